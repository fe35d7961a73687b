//! Calendar arithmetic for the date reader: periods of a year, month, week or season,
//! moves by counts of units, parts of periods, years inferred from publication, and
//! holidays.

use super::*;

pub(super) fn ymd(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

pub(super) fn span(start: Date, end: Date, granularity: Granularity) -> DateValue {
    DateValue {
        start,
        end,
        granularity,
        since: false,
        open: None,
    }
}

pub(super) fn year_period(y: i16, part: Option<Part>) -> Option<DateValue> {
    let (a, b, g) = match part {
        None => ((1, 1), (12, 31), Granularity::Year),
        Some(Part::Early) => ((1, 1), (4, 30), Granularity::PartOfYear),
        Some(Part::Mid) => ((5, 1), (8, 31), Granularity::PartOfYear),
        Some(Part::Late) => ((9, 1), (12, 31), Granularity::PartOfYear),
    };
    Some(span(ymd(y, a.0, a.1)?, ymd(y, b.0, b.1)?, g))
}

pub(super) fn month_period(y: i16, m: i8, part: Option<Part>) -> Option<DateValue> {
    let last = ymd(y, m, 1)?.last_of_month();
    let (a, b) = match part {
        None => (1, last.day()),
        Some(Part::Early) => (1, 15),
        Some(Part::Mid) => (10, 20),
        Some(Part::Late) => (16, last.day()),
    };
    let g = if part.is_some() {
        Granularity::Days
    } else {
        Granularity::Month
    };
    Some(span(ymd(y, m, a)?, ymd(y, m, b)?, g))
}

pub(super) fn day(d: Date) -> DateValue {
    span(d, d, Granularity::Day)
}

pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

/// Monday to Sunday of the week holding `d`.
pub(super) fn week_of(d: Date) -> Option<DateValue> {
    let monday = add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    Some(span(monday, add_days(monday, 6)?, Granularity::Days))
}

/// The day `wd` of the week holding `d`.
pub(super) fn weekday_in_week(d: Date, wd: Weekday) -> Option<Date> {
    let monday = week_of(d)?.start;
    add_days(monday, i64::from(wd.to_monday_zero_offset()))
}

pub(super) fn decade_period(y: i16) -> Option<DateValue> {
    Some(span(
        ymd(y, 1, 1)?,
        ymd(y.checked_add(9)?, 12, 31)?,
        Granularity::Year,
    ))
}

/// The season (`a`..`b` months) of year `y`.
pub(super) fn season_period(y: i16, (a, b): (i8, i8)) -> Option<DateValue> {
    Some(span(
        ymd(y, a, 1)?,
        ymd(y, b, 1)?.last_of_month(),
        Granularity::PartOfYear,
    ))
}

/// The calendar `unit` holding `p`, moved by `offset` units ("next month": 1).
pub(super) fn unit_period(p: Date, unit: Unit, offset: i64) -> Option<DateValue> {
    match unit {
        Unit::Day => Some(day(add_days(p, offset)?)),
        Unit::Week => week_of(add_days(p, 7 * offset)?),
        Unit::Weekend => {
            let w = week_of(add_days(p, 7 * offset)?)?;
            Some(span(add_days(w.start, 5)?, w.end, Granularity::Days))
        }
        Unit::Month => {
            let d = p.first_of_month().checked_add(offset.months()).ok()?;
            month_period(d.year(), d.month(), None)
        }
        Unit::Year => year_period(p.year().checked_add(i16::try_from(offset).ok()?)?, None),
        Unit::Quarter => {
            let first = ymd(p.year(), (p.month() - 1) / 3 * 3 + 1, 1)?;
            let d = first.checked_add((3 * offset).months()).ok()?;
            Some(span(
                d,
                d.checked_add(2.months()).ok()?.last_of_month(),
                Granularity::Days,
            ))
        }
        Unit::Decade => {
            let y = p.year() - p.year().rem_euclid(10);
            decade_period(y.checked_add(i16::try_from(10 * offset).ok()?)?)
        }
    }
}

/// `n` units before (negative) or after `p`: one day when counted in days or weeks
/// ("two weeks ago"), the month or year it falls in when counted in months or years
/// ("il y a deux ans": that year, as precise as the text).
pub(super) fn shifted(p: Date, n: i64, unit: Unit) -> Option<DateValue> {
    match unit {
        Unit::Year => year_period(p.year().checked_add(i16::try_from(n).ok()?)?, None),
        Unit::Month => {
            let d = p.checked_add(n.months()).ok()?;
            month_period(d.year(), d.month(), None)
        }
        Unit::Day => Some(day(add_days(p, n)?)),
        Unit::Week => Some(day(add_days(p, 7 * n)?)),
        Unit::Weekend | Unit::Decade | Unit::Quarter => None,
    }
}

/// The counts of units before (`sign` -1) or after (1) `p`, as precise as the smallest
/// unit counted: "2 years 1 month ago" is a month, "1 month 21 days ago" a day.
pub(super) fn shifted_by(p: Date, parts: &[(i64, Unit)], sign: i64) -> Option<DateValue> {
    if let [(n, unit)] = parts {
        return shifted(p, sign * n, *unit);
    }
    let mut d = p;
    for &(n, unit) in parts {
        let n = sign * n;
        d = match unit {
            Unit::Year => d.checked_add(n.years()).ok()?,
            Unit::Month => d.checked_add(n.months()).ok()?,
            Unit::Week => add_days(d, 7 * n)?,
            Unit::Day => add_days(d, n)?,
            Unit::Weekend | Unit::Decade | Unit::Quarter => return None,
        };
    }
    let finest = parts.iter().map(|&(_, u)| u).min_by_key(|u| match u {
        Unit::Day => 0,
        Unit::Week => 1,
        _ => 2 + i32::from(*u == Unit::Year),
    })?;
    match finest {
        Unit::Year => year_period(d.year(), None),
        Unit::Month => month_period(d.year(), d.month(), None),
        _ => Some(day(d)),
    }
}

/// The day `parts` (counts of units) after (`sign` 1) or before (-1) `d`, to the day.
pub(super) fn moved(d: Date, parts: &[(i64, Unit)], sign: i64) -> Option<Date> {
    let mut d = d;
    for &(n, unit) in parts {
        let n = sign * n;
        d = match unit {
            Unit::Day => add_days(d, n)?,
            Unit::Week => add_days(d, 7 * n)?,
            Unit::Month => d.checked_add(n.months()).ok()?,
            Unit::Quarter => d.checked_add((3 * n).months()).ok()?,
            Unit::Year => d.checked_add(n.years()).ok()?,
            Unit::Decade => d.checked_add((10 * n).years()).ok()?,
            Unit::Weekend => return None,
        };
    }
    Some(d)
}

/// The `n` units just before (`n` < 0) or just after `p`: "the past 3 weeks", "les
/// trois prochains jours".
pub(super) fn stretch(p: Date, n: i64, unit: Unit) -> Option<DateValue> {
    let other = match unit {
        Unit::Day => add_days(p, n)?,
        Unit::Week => add_days(p, 7 * n)?,
        Unit::Month => p.checked_add(n.months()).ok()?,
        Unit::Year => p.checked_add(n.years()).ok()?,
        // "the past two decades": whole decades, as for "the 1990s".
        Unit::Decade => {
            let first = p.year() - p.year().rem_euclid(10);
            let n = i16::try_from(n).ok()?;
            let (a, b) = if n < 0 {
                (first.checked_add(10 * n)?, first - 1)
            } else {
                (first.checked_add(10)?, first.checked_add(10 * n + 9)?)
            };
            return Some(span(ymd(a, 1, 1)?, ymd(b, 12, 31)?, Granularity::Year));
        }
        // "the last two quarters": whole quarters before or after the current one.
        Unit::Quarter => {
            let first = unit_period(p, Unit::Quarter, 0)?.start;
            let (a, b) = if n < 0 {
                (
                    first.checked_add((3 * n).months()).ok()?,
                    add_days(first, -1)?,
                )
            } else {
                let next = first.checked_add(3.months()).ok()?;
                (
                    next,
                    add_days(next.checked_add((3 * n).months()).ok()?, -1)?,
                )
            };
            return Some(span(a, b, Granularity::Days));
        }
        Unit::Weekend => return None,
    };
    let (a, b) = if n < 0 {
        (other, p)
    } else {
        (add_days(p, 1)?, other)
    };
    Some(span(a, b, Granularity::Days))
}

/// The first, middle or last part of a period: thirds of a year ("fin 2024":
/// September to December), halves of a month ("fin avril": from the 16th), the first
/// three, middle four or last four days of a week. A single day
/// has no parts.
pub(super) fn part_of_period(v: DateValue, part: Part) -> Option<DateValue> {
    match v.granularity {
        Granularity::Year if v.start.year() == v.end.year() => {
            year_period(v.start.year(), Some(part))
        }
        Granularity::Month => month_period(v.start.year(), v.start.month(), Some(part)),
        Granularity::Day => None,
        _ => {
            let len = (v.end - v.start).get_days() as i64 + 1;
            let (a, b) = match part {
                Part::Early => (0, len * 3 / 7 - 1),
                Part::Mid => (len / 7, len * 5 / 7 - 1),
                Part::Late => (len * 3 / 7, len - 1),
            };
            let g = if v.granularity == Granularity::Year {
                Granularity::Year
            } else {
                Granularity::Days
            };
            Some(span(add_days(v.start, a)?, add_days(v.start, b.max(a))?, g))
        }
    }
}

/// The year a month (and day) without a year falls in: the one nearest the
/// publication date, or the latest one on or before it when the text says "since"
/// ("depuis décembre", in June, is last December; "June 26", in May, is next month).
pub(super) fn infer_year(published: Date, month: i8, d: Option<i8>, past: bool) -> i16 {
    let y = published.year();
    // "29/2": the nearest leap year.
    if month == 2 && d == Some(29) {
        return (y - 4..=y + 4)
            .filter_map(|year| Some((year, ymd(year, 2, 29)?)))
            .filter(|(_, a)| !past || *a <= published)
            .min_by_key(|(_, a)| (*a - published).get_days().abs())
            .map_or(y, |(year, _)| year);
    }
    let at = |year: i16| ymd(year, month, d.unwrap_or(15).min(28));
    if past {
        return if at(y).is_some_and(|a| a > published) {
            y - 1
        } else {
            y
        };
    }
    let distance = |year: i16| at(year).map_or(i32::MAX, |a| (a - published).get_days().abs());
    [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|&year| (distance(year), (year - y).abs()))
        .unwrap_or(y)
}

/// The month `m` of the year before (`offset` -1) or after (1) the publication month:
/// "juin dernier", "next June".
pub(super) fn month_relative(p: Date, m: i8, offset: i64) -> Option<DateValue> {
    let y = p.year();
    let y = match offset {
        0 => y,
        o if o < 0 => {
            if m < p.month() {
                y
            } else {
                y - 1
            }
        }
        _ => {
            if m > p.month() {
                y
            } else {
                y + 1
            }
        }
    };
    month_period(y, m, None)
}

pub(super) fn valid_day(y: i16, m: i8, d: i64) -> Option<Date> {
    ymd(y, m, i8::try_from(d).ok()?)
}

/// A holiday's rule.
#[derive(Debug, Clone, Copy)]
pub(super) enum Holiday {
    /// A month and day.
    Fixed(i8, i8),
    /// Days from Easter Sunday.
    Easter(i64),
    /// The `n`th (-1: last) weekday of a month, moved by a number of days.
    Nth(i8, Weekday, i8, i64),
}

impl Holiday {
    /// Its day in year `y`.
    pub(super) fn on(self, y: i16) -> Option<Date> {
        match self {
            Holiday::Fixed(m, d) => ymd(y, m, d),
            Holiday::Easter(off) => add_days(easter(y)?, off),
            Holiday::Nth(m, wd, n, off) => {
                add_days(ymd(y, m, 1)?.nth_weekday_of_month(n, wd).ok()?, off)
            }
        }
    }
}

/// Western Easter Sunday of year `y` (the Gregorian computus).
pub(super) fn easter(y: i16) -> Option<Date> {
    let y = i32::from(y);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    ymd(
        i16::try_from(y).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
}

/// The weekend a holiday falls in or next to, with the holiday: "Labor Day weekend"
/// (Saturday to Monday), "Thanksgiving weekend" (Thursday to Sunday), "the weekend of
/// Halloween" (a Sunday: Saturday and Sunday); midweek, the weekend of its week.
pub(super) fn holiday_weekend(d: Date) -> Option<DateValue> {
    let (a, b) = match d.weekday() {
        Weekday::Monday => (-2, 0),
        Weekday::Tuesday => (4, 5),
        Weekday::Wednesday => (3, 4),
        Weekday::Thursday => (0, 3),
        Weekday::Friday => (0, 2),
        Weekday::Saturday => (0, 1),
        Weekday::Sunday => (-1, 0),
    };
    Some(span(add_days(d, a)?, add_days(d, b)?, Granularity::Days))
}

/// A day or month moved to year `y`.
pub(super) fn with_year(x: DateValue, y: i16) -> Option<DateValue> {
    match x.granularity {
        Granularity::Day => Some(day(ymd(y, x.start.month(), x.start.day())?)),
        Granularity::Month => month_period(y, x.start.month(), None),
        _ => None,
    }
}

/// The `n`-th of the year's quarters (`size` 3) or halves (`size` 6).
pub(super) fn months_part(y: i16, n: i64, size: i64) -> Option<DateValue> {
    let first = i8::try_from(1 + (n - 1) * size).ok()?;
    let last = i8::try_from(n * size).ok()?;
    Some(span(
        ymd(y, first, 1)?,
        ymd(y, last, 1)?.last_of_month(),
        Granularity::PartOfYear,
    ))
}

/// "last Friday" (the latest before `p`), "this Friday" (in its week), "next Friday"
/// (in the week after).
pub(super) fn weekday_relative(p: Date, wd: Weekday, off: i64) -> Option<Date> {
    if off > 0 {
        return weekday_in_week(add_days(p, 7)?, wd);
    }
    weekday_near(p, wd, off, true)
}

/// The weekday `wd` nearest `p` before it (`off` < 0; the day itself too unless
/// `strict`) or after it (`off` > 0), or in its week (0).
pub(super) fn weekday_near(p: Date, wd: Weekday, off: i64, strict: bool) -> Option<Date> {
    let diff = i64::from(wd.to_monday_zero_offset() - p.weekday().to_monday_zero_offset());
    match off {
        0 => weekday_in_week(p, wd),
        o if o < 0 => {
            let back = (-diff).rem_euclid(7);
            add_days(p, -if back == 0 && strict { 7 } else { back })
        }
        _ => {
            let ahead = diff.rem_euclid(7);
            add_days(p, if ahead == 0 { 7 } else { ahead })
        }
    }
}

/// `n` days counted Monday to Friday from `p`: the day `n` of them after it (`sign`
/// 0, "in two business days"), or the days themselves after (1) or before (-1) it
/// ("the next 4 business days"). None beyond a year of them, as they are walked day
/// by day.
pub(super) fn business_days_from(p: Date, n: i64, sign: i64) -> Option<DateValue> {
    if !(1..=260).contains(&n) {
        return None;
    }
    let step = if sign < 0 { -1 } else { 1 };
    let (mut d, mut left, mut nearest) = (p, n, None);
    while left > 0 {
        d = add_days(d, step)?;
        if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
            nearest = nearest.or(Some(d));
            left -= 1;
        }
    }
    Some(match sign {
        0 => day(d),
        1 => span(nearest?, d, Granularity::Days),
        _ => span(d, nearest?, Granularity::Days),
    })
}
