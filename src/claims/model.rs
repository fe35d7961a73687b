//! Claims: what an article asserts, the fact it is about, its value and its evidence.

use crate::lexicon::HedgeKind;
use serde::{Deserialize, Serialize};

/// What kind of value a claim carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// A count or measure ("environ 11 000 soldats").
    Quantity,
    /// A date or period ("fin 2024").
    Date,
    /// Who holds a role ("Kirill Boudanov, chef du renseignement militaire ukrainien").
    Role,
}

impl ClaimKind {
    /// Lower-case name, as in claim files.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Date => "date",
            ClaimKind::Role => "role",
        }
    }
}

/// Whether a figure is a count of what is, or a goal, plan or forecast.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Aspect {
    /// What is (or was).
    #[default]
    Actual,
    /// A target, objective, plan or forecast.
    Target,
    /// What it was before a change ("fell to 3.4% from 3.6%").
    Previous,
}

impl Aspect {
    fn is_actual(&self) -> bool {
        *self == Aspect::Actual
    }
}

/// The fact a claim is about: claims from different articles with compatible facts
/// are compared.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// What is counted, measured or dated (a lexicon concept such as `troops`, or the
    /// noun as written when the lexicon does not know it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concept: Option<String>,
    /// What happened to it (`transfer`, `produce`, `kill`…), when the sentence says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Whose it is: the state or actor the counted thing belongs to or comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Where: places named with it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Named things that pin it (weapons, organisations).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub things: Vec<String>,
    /// Unit code (`USD`, `percent`, `t`…); absent for plain counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Rate period (`month`, `day`, `unit`…), when the figure is per something.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    /// Actual figure or target.
    #[serde(default, skip_serializing_if = "Aspect::is_actual")]
    pub aspect: Aspect,
    /// The period the figure refers to, when the sentence dates it ("en 2024").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<DateValue>,
    /// Whether the figure counts part of a total in a place ("dont 120 000 à Paris").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub subset: bool,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A day.
    Day,
    /// Several days ("les 3 et 4 janvier").
    Days,
    /// A month.
    Month,
    /// Part of a year ("fin 2024", "au printemps 2023").
    PartOfYear,
    /// A year.
    Year,
}

/// A date or period as an interval of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateValue {
    /// First day.
    pub start: jiff::civil::Date,
    /// Last day.
    pub end: jiff::civil::Date,
    /// How precise the text is.
    pub granularity: Granularity,
    /// Whether the text says "since" ("depuis décembre"): a state that began then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub since: bool,
    /// An open period around the named one ("before 2010", "après février", "2018 or
    /// later"); absent for a closed period. `start`..`end` stay the period named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<Open>,
}

/// Which way a period runs open from the period the text names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Open {
    /// Every day before it ("before 2010", "avant le 3 mai").
    Before,
    /// Every day after it ("after 2018", "après février").
    After,
    /// It and every day after ("2018 or later", "1/1/2016 and after").
    OnOrAfter,
    /// It and every day before ("2018 or earlier").
    OnOrBefore,
}

impl DateValue {
    /// The days the text allows, both ends included; `None` where the period is open
    /// ("since 2020" has no end, "before 2010" no start).
    pub fn bounds(&self) -> (Option<jiff::civil::Date>, Option<jiff::civil::Date>) {
        match self.open {
            Some(Open::Before) => (None, self.start.yesterday().ok()),
            Some(Open::After) => (self.end.tomorrow().ok(), None),
            Some(Open::OnOrBefore) => (None, Some(self.end)),
            Some(Open::OnOrAfter) => (Some(self.start), None),
            None if self.since => (Some(self.start), None),
            None => (Some(self.start), Some(self.end)),
        }
    }

    /// [`DateValue::bounds`] with the open ends at the ends of the calendar.
    pub fn interval(&self) -> (jiff::civil::Date, jiff::civil::Date) {
        let (a, b) = self.bounds();
        (
            a.unwrap_or(jiff::civil::Date::MIN),
            b.unwrap_or(jiff::civil::Date::MAX),
        )
    }

    /// The point value as ISO text at the text's precision: `2024`, `2024-12`, `2024-12-03`.
    pub fn point(&self) -> String {
        match self.granularity {
            Granularity::Year | Granularity::PartOfYear => self.start.year().to_string(),
            Granularity::Month => format!("{:04}-{:02}", self.start.year(), self.start.month()),
            Granularity::Day | Granularity::Days => self.start.to_string(),
        }
    }

    /// Whether the two periods share a day (open ones as far as they run; "since"
    /// as the period it names, the day a state began).
    pub fn overlaps(&self, other: &DateValue) -> bool {
        let (a, b) = self.closed();
        let (c, d) = other.closed();
        a <= d && c <= b
    }

    /// Whether `other` lies within this period.
    pub fn contains(&self, other: &DateValue) -> bool {
        let (a, b) = self.closed();
        let (c, d) = other.closed();
        a <= c && d <= b
    }

    /// The interval comparison sees: an open period as far as it runs, "since" as
    /// the period named.
    fn closed(&self) -> (jiff::civil::Date, jiff::civil::Date) {
        if self.open.is_some() {
            self.interval()
        } else {
            (self.start, self.end)
        }
    }
}

/// A figure with the interval its wording allows.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantityValue {
    /// The figure as stated (the middle of a vague or ranged figure).
    pub point: f64,
    /// Lowest value the wording allows; absent when open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    /// Highest value the wording allows; absent when open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// The hedge, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hedge: Option<HedgeKind>,
    /// Whether the figure is vague ("des milliers", "une dizaine de milliers").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    /// Whether the figure is a range ("entre 10 et 15").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub range: bool,
}

/// A claim's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// A figure.
    Quantity(QuantityValue),
    /// A date or period.
    Date(DateValue),
    /// An actor (for role claims): entity id.
    Actor {
        /// Entity id of who holds the role.
        actor: String,
    },
}

/// Who the article says a claim comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// The attribution as written ("selon les estimations du GUR").
    pub text: String,
    /// Entity id of the source, when resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// 1-based line of the attribution text.
    pub line: usize,
    /// 1-based character column of the attribution text.
    pub column: usize,
}

/// Where in the article a claim stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The value's text as written ("environ 11 000").
    pub text: String,
    /// The sentence holding it (shared by the claims of one sentence, and by the
    /// findings that list the claim).
    pub quote: std::sync::Arc<str>,
    /// 1-based line of `text`.
    pub line: usize,
    /// 1-based character column of `text`.
    pub column: usize,
    /// Byte span of `text` in the article file.
    pub span: [usize; 2],
}

/// What a reviewer decided about a claim.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// Nobody has looked yet.
    #[default]
    Unreviewed,
    /// Checked and right as extracted.
    Confirmed,
    /// Wrong: not a claim, or not this fact. Left out of comparison.
    Rejected,
    /// Right claim, wrong value: `corrected` replaces the extracted value.
    Corrected,
}

/// A value a reviewer wrote: a number, or text (a date `2024-12`, a figure `~11000`,
/// an actor id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Corrected {
    /// A number.
    Number(f64),
    /// Anything else, as written.
    Text(String),
}

/// The fields a person edits in a claim file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The decision.
    #[serde(default)]
    pub status: ReviewStatus,
    /// The right value, with `status: corrected`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrected: Option<Corrected>,
    /// Why, or anything the reviewer wants to keep.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Who reviewed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
}

impl Review {
    /// No review yet.
    pub const NONE: Review = Review {
        status: ReviewStatus::Unreviewed,
        corrected: None,
        note: None,
        reviewer: None,
    };

    /// Whether a person has written anything here.
    pub fn touched(&self) -> bool {
        *self != Review::NONE
    }
}

/// A claim's review, read as a [`Review`] (`claim.review.status`) and written as one,
/// but held in one word until a person writes one: most claims of a large base are
/// never reviewed, and an empty review inline cost every claim 80 bytes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewSlot(Option<Box<Review>>);

impl ReviewSlot {
    /// The slot holding `review`.
    pub fn new(review: Review) -> ReviewSlot {
        ReviewSlot(review.touched().then(|| Box::new(review)))
    }
}

impl std::ops::Deref for ReviewSlot {
    type Target = Review;

    fn deref(&self) -> &Review {
        self.0.as_deref().unwrap_or(&Review::NONE)
    }
}

impl From<Review> for ReviewSlot {
    fn from(review: Review) -> ReviewSlot {
        ReviewSlot::new(review)
    }
}

impl Serialize for ReviewSlot {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Review::serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for ReviewSlot {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ReviewSlot, D::Error> {
        Review::deserialize(d).map(ReviewSlot::new)
    }
}

/// One claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable id: the same while the claim's sentence is unchanged.
    pub id: String,
    /// Kind of value.
    pub kind: ClaimKind,
    /// What it is about.
    pub fact: Fact,
    /// The value.
    pub value: Value,
    /// Entity ids named in (or carried into) its sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<String>,
    /// Who it is attributed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Box<Attribution>>,
    /// Where it stands.
    pub evidence: Evidence,
    /// What a reviewer decided.
    #[serde(default)]
    pub review: ReviewSlot,
    /// Set by `extract` when the claim's sentence is no longer in the article; the
    /// claim is kept for its reviewer.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
}

/// Makes claims that quote the same sentence share it, as extraction made them: a
/// file read back holds one copy of each sentence, not one per claim. Claims of a
/// sentence stand next to each other.
pub fn share_quotes(claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (before, rest) = claims.split_at_mut(i);
        let (prev, this) = (&before[i - 1].evidence.quote, &mut rest[0].evidence.quote);
        if prev == this && !std::sync::Arc::ptr_eq(prev, this) {
            *this = prev.clone();
        }
    }
}

impl Claim {
    /// The claim as comparison sees it: None when rejected or stale, the corrected
    /// value in place of the extracted one when corrected.
    pub fn reviewed(&self) -> Option<Claim> {
        if self.review.status == ReviewStatus::Rejected || self.stale {
            return None;
        }
        let mut c = self.clone();
        if let (ReviewStatus::Corrected, Some(v)) = (self.review.status, &self.review.corrected) {
            c.value = corrected_value(&self.value, v)?;
        }
        Some(c)
    }

    /// The figure, for quantity claims.
    pub fn quantity(&self) -> Option<&QuantityValue> {
        match &self.value {
            Value::Quantity(q) => Some(q),
            _ => None,
        }
    }

    /// The date, for date claims.
    pub fn date(&self) -> Option<&DateValue> {
        match &self.value {
            Value::Date(d) => Some(d),
            _ => None,
        }
    }

    /// The value as a short normalised string ("11000", "2024-12", "kyrylo-budanov").
    pub fn value_string(&self) -> String {
        match &self.value {
            Value::Quantity(q) => format_number(q.point),
            Value::Date(d) => d.point(),
            Value::Actor { actor } => actor.clone(),
        }
    }
}

/// Reads a reviewer's corrected value as the kind of the value it replaces.
fn corrected_value(old: &Value, v: &Corrected) -> Option<Value> {
    let text = match v {
        Corrected::Number(n) => format_number(*n),
        Corrected::Text(t) => t.trim().to_string(),
    };
    match old {
        Value::Quantity(_) => {
            let (hedge, digits) = match text.strip_prefix('~') {
                Some(rest) => (Some(crate::lexicon::HedgeKind::Approximate), rest),
                None => (None, text.as_str()),
            };
            let n: f64 = digits.replace([' ', '\u{a0}', '_', ','], "").parse().ok()?;
            Some(Value::Quantity(crate::extract::quantity::hedged(n, hedge)))
        }
        Value::Date(_) => {
            let parts: Vec<&str> = text.split('-').collect();
            let num = |i: usize| parts.get(i).and_then(|p| p.parse::<i16>().ok());
            let y = num(0)?;
            let (start, end, granularity) = match (num(1), num(2)) {
                (Some(m), Some(d)) => {
                    let day = jiff::civil::Date::new(y, m as i8, d as i8).ok()?;
                    (day, day, Granularity::Day)
                }
                (Some(m), None) => {
                    let first = jiff::civil::Date::new(y, m as i8, 1).ok()?;
                    (first, first.last_of_month(), Granularity::Month)
                }
                _ => (
                    jiff::civil::Date::new(y, 1, 1).ok()?,
                    jiff::civil::Date::new(y, 12, 31).ok()?,
                    Granularity::Year,
                ),
            };
            Some(Value::Date(DateValue {
                start,
                end,
                granularity,
                since: false,
                open: None,
            }))
        }
        Value::Actor { .. } => Some(Value::Actor { actor: text }),
    }
}

/// Formats a figure without a trailing `.0`.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_periods_keep_old_files_readable_and_round_trip() {
        let old = "start: 2010-01-01\nend: 2010-12-31\ngranularity: year\n";
        let d: DateValue = crate::yaml::from_str(old).unwrap();
        assert_eq!(d.open, None);
        assert_eq!(d.bounds(), (Some(d.start), Some(d.end)));
        let before = DateValue {
            open: Some(Open::Before),
            ..d
        };
        let text = crate::yaml::to_string(&before).unwrap();
        assert!(text.contains("open: before"), "{text}");
        assert_eq!(crate::yaml::from_str::<DateValue>(&text).unwrap(), before);
        assert_eq!(
            before.bounds(),
            (None, Some(jiff::civil::date(2009, 12, 31)))
        );
        let after = DateValue {
            open: Some(Open::After),
            ..d
        };
        assert_eq!(after.bounds(), (Some(jiff::civil::date(2011, 1, 1)), None));
        // "before 2010" and "2012" share no day; "after 2010" and "2012" do.
        let y2012 = DateValue {
            start: jiff::civil::date(2012, 1, 1),
            end: jiff::civil::date(2012, 12, 31),
            ..d
        };
        assert!(!before.overlaps(&y2012));
        assert!(after.overlaps(&y2012));
        assert!(after.contains(&y2012));
    }
}
