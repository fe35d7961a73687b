use super::*;
use crate::text::tokenize;
use jiff::civil::date;

/// The dates of `text` as (text as written, start, end, since).
fn dates(text: &str, lang: Lang, published: Option<Date>) -> Vec<(String, String, String, bool)> {
    let toks = tokenize(text, 0);
    let s = Sent::new(text, &toks);
    find(&s, lang, published)
        .into_iter()
        .map(|d| {
            let a = toks[d.start].span.start;
            let b = toks[d.end - 1].span.end;
            (
                text[a..b].to_string(),
                d.value.start.to_string(),
                d.value.end.to_string(),
                d.value.since,
            )
        })
        .collect()
}

fn one(text: &str, lang: Lang, published: &str) -> (String, String, String, bool) {
    let found = dates(text, lang, Some(published.parse().unwrap()));
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

fn t(a: &str, b: &str, c: &str, since: bool) -> (String, String, String, bool) {
    (a.into(), b.into(), c.into(), since)
}

/// The dates of `text` as (the date itself without its preposition, start, end).
fn values(text: &str, lang: Lang, published: &str) -> Vec<(String, String, String)> {
    let toks = tokenize(text, 0);
    let s = Sent::new(text, &toks);
    find(&s, lang, Some(published.parse().unwrap()))
        .into_iter()
        .map(|d| {
            let a = toks[d.core].span.start;
            let b = toks[d.end - 1].span.end;
            (
                text[a..b].to_string(),
                d.value.start.to_string(),
                d.value.end.to_string(),
            )
        })
        .collect()
}

/// The only date of `text`, as `values` gives it.
fn value(text: &str, lang: Lang, published: &str) -> (String, String, String) {
    let found = values(text, lang, published);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

fn v(a: &str, b: &str, c: &str) -> (String, String, String) {
    (a.into(), b.into(), c.into())
}

#[test]
fn dates_without_digits_or_month_names_are_found() {
    // The only words these dates hold are number words, units, decades or relative
    // days: `find` must still try the rules there.
    let p = "2025-06-10";
    assert_eq!(
        value("Le traité fut signé en deux mille dix-huit.", Lang::Fr, p),
        v("deux mille dix-huit", "2018-01-01", "2018-12-31")
    );
    assert_eq!(
        value(
            "It opened in nineteen seventy-eight and closed",
            Lang::En,
            p
        ),
        v("nineteen seventy-eight", "1978-01-01", "1978-12-31")
    );
    assert_eq!(
        value("La mode des années trente revient", Lang::Fr, p),
        v("années trente", "1930-01-01", "1939-12-31")
    );
    assert_eq!(
        value("Sales fell in the first half, they said", Lang::En, p),
        v("the first half", "2025-01-01", "2025-06-30")
    );
    assert_eq!(
        value("We meet the day after tomorrow with them", Lang::En, p),
        v("the day after tomorrow", "2025-06-12", "2025-06-12")
    );
    assert!(values("Deux soldats sont venus, et un troisième.", Lang::Fr, p).is_empty());
}

#[test]
fn years_and_parts_of_years() {
    assert_eq!(
        one("engagés en 2014 à Koursk", Lang::Fr, "2025-05-05"),
        t("en 2014", "2014-01-01", "2014-12-31", false)
    );
    assert_eq!(
        one("Fin 2024, des soldats", Lang::Fr, "2025-07-01"),
        t("Fin 2024", "2024-09-01", "2024-12-31", false)
    );
    assert_eq!(
        one("au début 2025(2)", Lang::Fr, "2025-05-05"),
        t("au début 2025", "2025-01-01", "2025-04-30", false)
    );
    assert_eq!(
        one("depuis mi-2024", Lang::Fr, "2025-05-05"),
        t("depuis mi-2024", "2024-05-01", "2024-08-31", true)
    );
    assert_eq!(
        one("in late 2024 the plan", Lang::En, "2025-06-16"),
        t("in late 2024", "2024-09-01", "2024-12-31", false)
    );
    assert_eq!(
        one("au printemps 2023", Lang::Fr, "2025-05-05"),
        t("au printemps 2023", "2023-03-01", "2023-05-31", false)
    );
}

#[test]
fn months_without_a_year_take_it_from_publication() {
    assert_eq!(
        one("Depuis décembre, les deux pays", Lang::Fr, "2025-06-10"),
        t("Depuis décembre", "2024-12-01", "2024-12-31", true)
    );
    assert_eq!(
        one("le 26 avril un destroyer", Lang::Fr, "2025-05-05"),
        t("le 26 avril", "2025-04-26", "2025-04-26", false)
    );
    assert_eq!(
        one("En juin 2024, les deux", Lang::Fr, "2025-07-01"),
        t("En juin 2024", "2024-06-01", "2024-06-30", false)
    );
    // A few days after publication is a slip or an announcement, not last year.
    assert_eq!(
        one("landfall on June 19, Odisha", Lang::En, "2025-06-16"),
        t("on June 19", "2025-06-19", "2025-06-19", false)
    );
}

#[test]
fn day_lists_and_ranges() {
    assert_eq!(
        one("les 3 et 4 janvier, les forces", Lang::Fr, "2025-05-05"),
        t("les 3 et 4 janvier", "2025-01-03", "2025-01-04", false)
    );
    assert_eq!(
        one("du 8 au 13 octobre 2024", Lang::Fr, "2025-05-05"),
        t("du 8 au 13 octobre 2024", "2024-10-08", "2024-10-13", false)
    );
}

#[test]
fn english_and_iso_days() {
    assert_eq!(
        one("on June 9, 2025 the storm", Lang::En, "2025-06-20"),
        t("on June 9, 2025", "2025-06-09", "2025-06-09", false)
    );
    assert_eq!(
        one("late on 9 June, with", Lang::En, "2025-06-12"),
        t("on 9 June", "2025-06-09", "2025-06-09", false)
    );
    assert_eq!(
        one("signed 2025-06-09 in", Lang::En, "2025-06-20"),
        t("2025-06-09", "2025-06-09", "2025-06-09", false)
    );
}

#[test]
fn relative_dates_resolve_against_publication() {
    // 2025-06-10 is a Tuesday.
    assert_eq!(
        one("late on Monday, officials", Lang::En, "2025-06-10"),
        t("on Monday", "2025-06-09", "2025-06-09", false)
    );
    assert_eq!(
        one("hier soir", Lang::Fr, "2025-06-10"),
        t("hier", "2025-06-09", "2025-06-09", false)
    );
    assert_eq!(
        one("l’an dernier ; partout", Lang::Fr, "2025-06-15"),
        t("l’an dernier", "2024-01-01", "2024-12-31", false)
    );
    assert_eq!(
        one("Il y a deux ans encore", Lang::Fr, "2025-06-15"),
        t("Il y a deux ans", "2023-01-01", "2023-12-31", false)
    );
    assert_eq!(
        one("three years ago", Lang::En, "2025-06-15"),
        t("three years ago", "2022-01-01", "2022-12-31", false)
    );
    assert_eq!(
        one("cancelled until Wednesday.", Lang::En, "2025-06-10"),
        t("until Wednesday", "2025-06-11", "2025-06-11", false)
    );
}

#[test]
fn without_publication_relative_dates_are_left_out() {
    assert!(dates("hier soir, le 26 avril", Lang::Fr, None).is_empty());
    assert_eq!(dates("en 2014", Lang::Fr, None).len(), 1);
}

#[test]
fn counts_and_bare_months_are_not_dates() {
    let p = Some(date(2025, 6, 10));
    assert!(dates("2000 soldats sont arrivés", Lang::Fr, p).is_empty());
    assert!(dates("it may rain", Lang::En, p).is_empty());
    assert!(dates("la planète mars", Lang::Fr, p).is_empty());
}

#[test]
fn full_dates_in_both_languages() {
    assert_eq!(
        value("signé le 9 juin 2025 à Paris", Lang::Fr, "2025-06-20"),
        v("9 juin 2025", "2025-06-09", "2025-06-09")
    );
    assert_eq!(
        value("signed on 9 June 2025 in Paris", Lang::En, "2025-06-20"),
        v("9 June 2025", "2025-06-09", "2025-06-09")
    );
    assert_eq!(
        value("signé le 2025-06-09 à Paris", Lang::Fr, "2025-06-20"),
        v("2025-06-09", "2025-06-09", "2025-06-09")
    );
    assert_eq!(
        value("Monday, January 12th, 2016 was", Lang::En, "2016-11-07"),
        v("Monday, January 12th, 2016", "2016-01-12", "2016-01-12")
    );
    assert_eq!(
        value("le mardi 11 mars 2025, les", Lang::Fr, "2025-06-20"),
        v("mardi 11 mars 2025", "2025-03-11", "2025-03-11")
    );
}

#[test]
fn numeric_dates_follow_the_language_order() {
    assert_eq!(
        value("le 22/02/2016, les", Lang::Fr, "2016-11-07"),
        v("22/02/2016", "2016-02-22", "2016-02-22")
    );
    assert_eq!(
        value("on 02/22/2016 the", Lang::En, "2016-11-07"),
        v("02/22/2016", "2016-02-22", "2016-02-22")
    );
    // Only one order makes a date.
    assert_eq!(
        value("le 9-18-15", Lang::Fr, "2016-11-07"),
        v("9-18-15", "2015-09-18", "2015-09-18")
    );
    assert_eq!(
        value("since 11/2016 prices", Lang::En, "2017-11-07").1,
        "2016-11-01"
    );
    assert_eq!(
        value("en 2016-11, les prix", Lang::Fr, "2017-11-07"),
        v("2016-11", "2016-11-01", "2016-11-30")
    );
    // Without a year, the one nearest publication.
    assert_eq!(
        value("on 4/22 the", Lang::En, "2016-11-07"),
        v("4/22", "2017-04-22", "2017-04-22")
    );
}

#[test]
fn fractions_codes_and_phone_numbers_are_not_dates() {
    let p = "2016-11-07";
    assert!(values("les 3/4 des électeurs", Lang::Fr, p).is_empty());
    assert!(values("half (1/2) of them", Lang::En, p).is_empty());
    assert!(values("Tel: +86 138-2010-2015", Lang::En, p).is_empty());
    assert!(values("The ssn is 123-12-1234", Lang::En, p).is_empty());
    assert!(values("version 2.1.3 of the code", Lang::En, p).is_empty());
    assert!(values("une valeur de 4.22 points", Lang::Fr, p).is_empty());
    assert!(values("the H1N1 virus", Lang::En, p).is_empty());
    assert!(values("Please convert $2000 to gbp.", Lang::En, p).is_empty());
    // "2011-12" is a season, not December 2011.
    assert_eq!(
        values("in the 2011-12 season", Lang::En, p),
        vec![v("2011", "2011-01-01", "2011-12-31")]
    );
}

#[test]
fn months_and_years_in_english() {
    let p = "2025-07-01";
    assert_eq!(
        value("In June 2024, the two", Lang::En, p),
        v("June 2024", "2024-06-01", "2024-06-30")
    );
    assert_eq!(
        value("engaged in 2024 near", Lang::En, p),
        v("2024", "2024-01-01", "2024-12-31")
    );
    assert_eq!(
        value("since early 2025 the", Lang::En, p),
        v("since early 2025", "2025-01-01", "2025-04-30")
    );
    assert_eq!(
        value("by mid-2024 the", Lang::En, p),
        v("mid-2024", "2024-05-01", "2024-08-31")
    );
    assert_eq!(
        value("in the spring of 2023 the", Lang::En, p),
        v("the spring of 2023", "2023-03-01", "2023-05-31")
    );
    // A bare month needs a preposition, else "May" may be a name.
    assert_eq!(
        value("in March the", Lang::En, p),
        v("March", "2025-03-01", "2025-03-31")
    );
    assert!(values("March on", Lang::En, p).is_empty());
    assert_eq!(
        value("the month of January was", Lang::En, p),
        v("the month of January", "2025-01-01", "2025-01-31")
    );
}

#[test]
fn french_months_and_parts() {
    let p = "2025-07-01";
    assert_eq!(
        value("fin avril, Kim", Lang::Fr, p),
        v("fin avril", "2025-04-16", "2025-04-30")
    );
    assert_eq!(
        value("en juin dernier, les", Lang::Fr, p),
        v("juin dernier", "2025-06-01", "2025-06-30")
    );
    assert_eq!(
        value("le mois d'août prochain", Lang::Fr, p),
        v("le mois d'août prochain", "2025-08-01", "2025-08-31")
    );
    assert_eq!(
        value("à la fin de l'année, les", Lang::Fr, p),
        v("fin de l'année", "2025-09-01", "2025-12-31")
    );
    assert_eq!(
        value("l’été dernier, les", Lang::Fr, "2025-11-07"),
        v("été dernier", "2025-06-01", "2025-08-31")
    );
    assert_eq!(
        value("rates have fallen since the autumn", Lang::En, "2025-05-22"),
        v("since the autumn", "2024-09-01", "2024-11-30")
    );
}

#[test]
fn day_spans_in_both_languages() {
    let p = "2016-11-07";
    assert_eq!(
        value("from 3 to 5 May the", Lang::En, p),
        v("from 3 to 5 May", "2017-05-03", "2017-05-05")
    );
    assert_eq!(
        value("from next Friday to Oct 1st 2020", Lang::En, p),
        v(
            "from next Friday to Oct 1st 2020",
            "2016-11-18",
            "2020-10-01"
        )
    );
    assert_eq!(
        value("between Jan 1 and Jan 5, 2016 the", Lang::En, p),
        v("between Jan 1 and Jan 5, 2016", "2016-01-01", "2016-01-05")
    );
    assert_eq!(
        value("on January 3 and 4 the", Lang::En, p),
        v("January 3", "2017-01-03", "2017-01-03")
    );
    assert_eq!(
        value("November 19-20 the", Lang::En, p),
        v("November 19-20", "2016-11-19", "2016-11-20")
    );
    assert_eq!(
        value("du 8 au 13 octobre, les", Lang::Fr, p),
        v("du 8 au 13 octobre", "2016-10-08", "2016-10-13")
    );
    assert_eq!(
        value("entre le 1er et le 5 janvier 2016", Lang::Fr, p),
        v(
            "entre le 1er et le 5 janvier 2016",
            "2016-01-01",
            "2016-01-05"
        )
    );
    assert_eq!(
        value("du 4 au 22 de ce mois", Lang::Fr, p),
        v("du 4 au 22 de ce mois", "2016-11-04", "2016-11-22")
    );
    // Years: the last one is included, as news mean it.
    assert_eq!(
        value("le plan 2014-2018 a", Lang::Fr, p),
        v("2014-2018", "2014-01-01", "2018-12-31")
    );
    assert_eq!(
        value("from 2014 to 2018 the", Lang::En, p),
        v("from 2014 to 2018", "2014-01-01", "2018-12-31")
    );
}

#[test]
fn relative_days_resolve_against_publication() {
    // 2016-11-07 is a Monday.
    let p = "2016-11-07";
    assert_eq!(value("tomorrow the", Lang::En, p).1, "2016-11-08");
    assert_eq!(value("yesterday the", Lang::En, p).1, "2016-11-06");
    assert_eq!(
        value("the day after tomorrow the", Lang::En, p).1,
        "2016-11-09"
    );
    assert_eq!(value("demain, les", Lang::Fr, p).1, "2016-11-08");
    assert_eq!(value("avant-hier, les", Lang::Fr, p).1, "2016-11-05");
    assert_eq!(value("après-demain, les", Lang::Fr, p).1, "2016-11-09");
    // Weekdays: the latest one by default, the one of the next week after "next".
    assert_eq!(value("lundi, les", Lang::Fr, "2016-11-09").1, "2016-11-07");
    assert_eq!(value("last Friday the", Lang::En, p).1, "2016-11-04");
    assert_eq!(value("next Monday the", Lang::En, p).1, "2016-11-14");
    assert_eq!(value("lundi prochain, les", Lang::Fr, p).1, "2016-11-14");
    assert_eq!(value("vendredi dernier, les", Lang::Fr, p).1, "2016-11-04");
    assert_eq!(value("this Friday the", Lang::En, p).1, "2016-11-11");
    assert_eq!(
        value("vendredi de la semaine prochaine", Lang::Fr, p).1,
        "2016-11-18"
    );
    assert_eq!(
        value("the first Friday of July the", Lang::En, p),
        v("the first Friday of July", "2016-07-01", "2016-07-01")
    );
    assert_eq!(
        value("two weeks ago the", Lang::En, p),
        v("two weeks ago", "2016-10-24", "2016-10-24")
    );
    assert_eq!(
        value("dans deux semaines, les", Lang::Fr, p),
        v("dans deux semaines", "2016-11-21", "2016-11-21")
    );
}

#[test]
fn relative_periods_resolve_against_publication() {
    let p = "2016-11-07";
    assert_eq!(
        value("this week the", Lang::En, p),
        v("this week", "2016-11-07", "2016-11-13")
    );
    assert_eq!(
        value("next month the", Lang::En, p),
        v("next month", "2016-12-01", "2016-12-31")
    );
    assert_eq!(
        value("last year the", Lang::En, p),
        v("last year", "2015-01-01", "2015-12-31")
    );
    assert_eq!(
        value("la semaine prochaine, les", Lang::Fr, p),
        v("la semaine prochaine", "2016-11-14", "2016-11-20")
    );
    assert_eq!(
        value("le mois dernier, les", Lang::Fr, p),
        v("le mois dernier", "2016-10-01", "2016-10-31")
    );
    assert_eq!(
        value("ce mois-ci, les", Lang::Fr, p),
        v("ce mois-ci", "2016-11-01", "2016-11-30")
    );
    assert_eq!(
        value("the past 3 weeks the", Lang::En, p),
        v("past 3 weeks", "2016-10-17", "2016-11-07")
    );
    assert_eq!(
        value("les trois derniers mois, les", Lang::Fr, p),
        v("trois derniers mois", "2016-08-07", "2016-11-07")
    );
    assert_eq!(
        value("last quarter the", Lang::En, p),
        v("last quarter", "2016-07-01", "2016-09-30")
    );
    assert_eq!(
        value("the rest of the year the", Lang::En, p),
        v("rest of the year", "2016-11-07", "2016-12-31")
    );
    assert_eq!(
        value("early next week the", Lang::En, p),
        v("early next week", "2016-11-14", "2016-11-16")
    );
}

#[test]
fn quarters_halves_weeks_decades_and_centuries() {
    let p = "2016-11-07";
    assert_eq!(
        value("in the third quarter of 2016 the", Lang::En, p),
        v("the third quarter of 2016", "2016-07-01", "2016-09-30")
    );
    assert_eq!(
        value("au premier trimestre 2020, les", Lang::Fr, p),
        v("premier trimestre 2020", "2020-01-01", "2020-03-31")
    );
    assert_eq!(
        value("in Q1 2016 the", Lang::En, p),
        v("Q1 2016", "2016-01-01", "2016-03-31")
    );
    assert_eq!(
        value("in H2 2016 the", Lang::En, p),
        v("H2 2016", "2016-07-01", "2016-12-31")
    );
    // Weeks of a year are ISO weeks; the first week of a month holds the 4th.
    assert_eq!(
        value("the first week of 2015 the", Lang::En, p),
        v("the first week of 2015", "2014-12-29", "2015-01-04")
    );
    assert_eq!(
        value("la dernière semaine de juillet, les", Lang::Fr, p),
        v("la dernière semaine de juillet", "2016-07-25", "2016-07-31")
    );
    assert_eq!(
        value("In the 90s the", Lang::En, p),
        v("the 90s", "1990-01-01", "1999-12-31")
    );
    assert_eq!(
        value("in the 1970s the", Lang::En, p),
        v("the 1970s", "1970-01-01", "1979-12-31")
    );
    assert_eq!(
        value("dans les années 90, les", Lang::Fr, p),
        v("les années 90", "1990-01-01", "1999-12-31")
    );
    assert_eq!(
        value("au XXe siècle, les", Lang::Fr, p),
        v("XXe siècle", "1900-01-01", "1999-12-31")
    );
}

#[test]
fn without_publication_english_relative_dates_are_left_out() {
    for text in [
        "yesterday the",
        "on Monday the",
        "last year the",
        "two years ago",
        "next week",
        "on June 9",
    ] {
        assert!(dates(text, Lang::En, None).is_empty(), "{text}");
    }
    for text in [
        "lundi prochain",
        "la semaine dernière",
        "l'an dernier",
        "demain",
    ] {
        assert!(dates(text, Lang::Fr, None).is_empty(), "{text}");
    }
    assert_eq!(dates("on June 9, 2025 the", Lang::En, None).len(), 1);
    assert_eq!(dates("le 9 juin 2025", Lang::Fr, None).len(), 1);
}

#[test]
fn relative_english_years_and_french_weekdays() {
    assert_eq!(
        one("Last year, the plant", Lang::En, "2025-06-15"),
        t("Last year", "2024-01-01", "2024-12-31", false)
    );
    assert_eq!(
        one("two years ago the", Lang::En, "2025-06-15"),
        t("two years ago", "2023-01-01", "2023-12-31", false)
    );
    // 2025-06-10 is a Tuesday.
    assert_eq!(
        one("lundi, les forces", Lang::Fr, "2025-06-10"),
        t("lundi", "2025-06-09", "2025-06-09", false)
    );
    assert_eq!(
        one("yesterday, the", Lang::En, "2025-06-10"),
        t("yesterday", "2025-06-09", "2025-06-09", false)
    );
}

#[test]
fn times_of_day_stay_times() {
    let p = "2025-06-10";
    assert_eq!(
        values("à 14h30 le 9 juin, les", Lang::Fr, p),
        vec![v("9 juin", "2025-06-09", "2025-06-09")]
    );
    assert_eq!(
        values("at 10:30 on June 9, the", Lang::En, p),
        vec![v("June 9", "2025-06-09", "2025-06-09")]
    );
    assert!(values("vers 10.30 ce matin-là", Lang::Fr, p).is_empty());
    assert!(values("at 10.30 that night", Lang::En, p).is_empty());
}

#[test]
fn years_that_name_an_event_are_marked() {
    let naming = |text: &str, lang: Lang| {
        let toks = tokenize(text, 0);
        let s = Sent::new(text, &toks);
        find(&s, lang, Some(date(2025, 6, 10)))
            .into_iter()
            .map(|d| d.naming)
            .collect::<Vec<_>>()
    };
    assert_eq!(naming("the 1999 super cyclone killed", Lang::En), [true]);
    assert_eq!(naming("la crise de 2008 a montré", Lang::Fr), [true]);
    assert_eq!(naming("in 1999 a cyclone killed", Lang::En), [false]);
    assert_eq!(naming("en 2008, la crise a montré", Lang::Fr), [false]);
}

#[test]
fn years_in_words() {
    let p = "2016-11-07";
    assert_eq!(
        value("It happened in June of nineteen ninety nine", Lang::En, p),
        v("June of nineteen ninety nine", "1999-06-01", "1999-06-30")
    );
    assert_eq!(
        value("from 2 to 7 Feb, two thousand and eighteen", Lang::En, p),
        v(
            "from 2 to 7 Feb, two thousand and eighteen",
            "2018-02-02",
            "2018-02-07"
        )
    );
    assert_eq!(
        value("le 2 février deux mille dix-huit, les", Lang::Fr, p),
        v("2 février deux mille dix-huit", "2018-02-02", "2018-02-02")
    );
    assert_eq!(
        value("In the nineteen seventies", Lang::En, p),
        v("the nineteen seventies", "1970-01-01", "1979-12-31")
    );
    assert!(values("in nineteen cases out of twenty", Lang::En, p).is_empty());
    assert!(values("dans dix-neuf cas sur vingt", Lang::Fr, p).is_empty());
    assert!(
        values(
            "from one thousand to one thousand five hundred",
            Lang::En,
            p
        )
        .is_empty()
    );
    assert!(values("varie de mille à mille cinq cents", Lang::Fr, p).is_empty());
}

#[test]
fn french_days_in_words_and_leap_days() {
    assert_eq!(
        value(
            "elle est née le quatre octobre 1972",
            Lang::Fr,
            "2016-11-07"
        ),
        v("quatre octobre 1972", "1972-10-04", "1972-10-04")
    );
    assert_eq!(
        value("le vingt-neuf mai, les", Lang::Fr, "2016-11-07").1,
        "2016-05-29"
    );
    assert_eq!(
        value("le 29/2, les", Lang::Fr, "2018-11-07").1,
        "2020-02-29"
    );
    assert_eq!(
        value("on Feb 29 the", Lang::En, "2017-01-07").1,
        "2016-02-29"
    );
}

#[test]
fn news_phrases_that_are_not_dates() {
    let p = "2025-05-22";
    assert!(values("the highest level in two years", Lang::En, p).is_empty());
    assert!(values("its first cut in a year", Lang::En, p).is_empty());
    assert!(values("most died within three days", Lang::En, p).is_empty());
    assert!(values("the March on Washington", Lang::En, p).is_empty());
    assert!(values("the fall of Kabul", Lang::En, p).is_empty());
    assert!(values("Kim may meet Putin", Lang::En, p).is_empty());
    assert!(values("le nombre de tués", Lang::Fr, p).is_empty());
    assert_eq!(
        values("jeudi à 22 h, les", Lang::Fr, "2025-03-07"),
        vec![v("jeudi", "2025-03-06", "2025-03-06")]
    );
}

#[test]
fn amounts_years_after_in_and_ranges_of_numeric_dates() {
    let p = "2019-08-07";
    assert_eq!(
        values("I bought it for $12 December 27", Lang::En, p),
        vec![v("December 27", "2019-12-27", "2019-12-27")]
    );
    assert_eq!(
        value("back to China on 28 June in 2020.", Lang::En, p),
        v("28 June in 2020", "2020-06-28", "2020-06-28")
    );
    assert_eq!(
        value("very serious at 02-02-2020 - 03-03-2020", Lang::En, p),
        v("02-02-2020 - 03-03-2020", "2020-02-02", "2020-03-03")
    );
    assert_eq!(
        value("established at the end of 2000", Lang::En, p),
        v("end of 2000", "2000-09-01", "2000-12-31")
    );
    assert_eq!(
        value("plan for Dec/2018", Lang::En, p),
        v("Dec/2018", "2018-12-01", "2018-12-31")
    );
}
/// The only date of `text` with its open side: (text, first day allowed, last day
/// allowed), "" for an open end.
fn bounds(text: &str, lang: Lang, published: &str) -> (String, String, String) {
    let toks = tokenize(text, 0);
    let s = Sent::new(text, &toks);
    let found = find(&s, lang, Some(published.parse().unwrap()));
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let d = &found[0];
    let (a, b) = d.value.bounds();
    let show = |x: Option<Date>| x.map(|x| x.to_string()).unwrap_or_default();
    (
        text[toks[d.core].span.start..toks[d.end - 1].span.end].to_string(),
        show(a),
        show(b),
    )
}

#[test]
fn before_and_after_a_date_are_open_periods() {
    let en = |text| bounds(text, Lang::En, "2016-11-07");
    let fr = |text| bounds(text, Lang::Fr, "2016-11-07");
    assert_eq!(
        en("sales before 2010 fell"),
        v("before 2010", "", "2009-12-31")
    );
    assert_eq!(
        en("leave after Feb 2018"),
        v("after Feb 2018", "2018-03-01", "")
    );
    assert_eq!(
        en("later than 2018"),
        v("later than 2018", "2019-01-01", "")
    );
    assert_eq!(
        en("before the end of December"),
        v("before the end of December", "", "2016-12-31")
    );
    assert_eq!(
        en("in 2018 or later, he said"),
        v("2018 or later", "2018-01-01", "")
    );
    assert_eq!(
        en("sales for year 2012 or later"),
        v("year 2012 or later", "2012-01-01", "")
    );
    assert_eq!(fr("avant 2018, rien"), v("avant 2018", "", "2017-12-31"));
    assert_eq!(fr("après le 3 mai"), v("après le 3 mai", "2017-05-04", ""));
    assert_eq!(
        fr("l'année 2016 et plus"),
        v("année 2016 et plus", "2016-01-01", "")
    );
    // "and after" only ends a clause: here it starts another.
    assert_eq!(
        en("in 2016 and after the election"),
        v("2016", "2016-01-01", "2016-12-31")
    );
    // A year that names an event is not opened: "after the 2014 elections".
    assert_eq!(
        values("after the 2014 elections", Lang::En, "2016-11-07").len(),
        1
    );
    assert_eq!(
        bounds("after the 2014 elections", Lang::En, "2016-11-07").1,
        "2014-01-01"
    );
}

#[test]
fn compound_durations_before_and_after_publication() {
    assert_eq!(
        value("We met 1 month 21 days ago", Lang::En, "2017-11-23"),
        v("1 month 21 days ago", "2017-10-02", "2017-10-02")
    );
    assert_eq!(
        value("We met 1 month and 21 days ago", Lang::En, "2017-11-23"),
        v("1 month and 21 days ago", "2017-10-02", "2017-10-02")
    );
    assert_eq!(
        value("il y a 2 semaines et 3 jours", Lang::Fr, "2016-11-07"),
        v("il y a 2 semaines et 3 jours", "2016-10-21", "2016-10-21")
    );
    // As precise as the finest unit: a month.
    assert_eq!(
        value("il y a deux ans et trois mois", Lang::Fr, "2016-11-07"),
        v("il y a deux ans et trois mois", "2014-08-01", "2014-08-31")
    );
}

#[test]
fn holidays_fixed_and_computed() {
    let en = |text| value(text, Lang::En, "2016-11-07");
    let fr = |text| value(text, Lang::Fr, "2016-11-07");
    assert_eq!(
        en("back on Christmas"),
        v("Christmas", "2016-12-25", "2016-12-25")
    );
    assert_eq!(
        en("on easter 2018"),
        v("easter 2018", "2018-04-01", "2018-04-01")
    );
    assert_eq!(
        en("last easter"),
        v("last easter", "2016-03-27", "2016-03-27")
    );
    assert_eq!(
        en("on New Year's Day"),
        v("New Year's Day", "2017-01-01", "2017-01-01")
    );
    assert_eq!(
        en("by Thanksgiving"),
        v("Thanksgiving", "2016-11-24", "2016-11-24")
    );
    assert_eq!(
        en("on labor day 2021"),
        v("labor day 2021", "2021-09-06", "2021-09-06")
    );
    assert_eq!(fr("à Noël"), v("Noël", "2016-12-25", "2016-12-25"));
    assert_eq!(
        fr("le lundi de Pâques 2018"),
        v("lundi de Pâques 2018", "2018-04-02", "2018-04-02")
    );
    assert_eq!(
        fr("la veille de Noël"),
        v("veille de Noël", "2016-12-24", "2016-12-24")
    );
    assert_eq!(
        fr("Pâques prochaine"),
        v("Pâques prochaine", "2017-04-16", "2017-04-16")
    );
    // Names, not dates.
    assert!(values("Easter Island statues", Lang::En, "2016-11-07").is_empty());
    assert!(values("a Christmas tree", Lang::En, "2016-11-07").is_empty());
    assert!(values("Noël Mamère a dit", Lang::Fr, "2016-11-07").is_empty());
}

#[test]
fn weekdays_with_dates_and_two_digit_years() {
    assert_eq!(
        value("done this friday 5/12", Lang::En, "2017-05-08"),
        v("this friday 5/12", "2017-05-12", "2017-05-12")
    );
    assert_eq!(
        value("un appel ce vendredi 15 juin", Lang::Fr, "2018-06-11"),
        v("ce vendredi 15 juin", "2018-06-15", "2018-06-15")
    );
    assert_eq!(
        value("En juillet 98, la France a gagné", Lang::Fr, "2016-11-07"),
        v("juillet 98", "1998-07-01", "1998-07-31")
    );
    assert_eq!(
        value("records for August 99", Lang::En, "2016-11-07"),
        v("August 99", "1999-08-01", "1999-08-31")
    );
    // A count after a month is no year.
    assert_eq!(
        value("In June 40 soldiers died", Lang::En, "2016-11-07"),
        v("June", "2016-06-01", "2016-06-30")
    );
}
#[test]
fn french_days_alone_week_numbers_and_days_in_words() {
    assert_eq!(
        value("Je suis revenu pour le 27.", Lang::Fr, "2016-11-07"),
        v("pour le 27", "2016-10-27", "2016-10-27")
    );
    assert_eq!(
        value("Rendez-vous le 3 et le 4 décembre", Lang::Fr, "2016-11-07"),
        v("3 et le 4 décembre", "2016-12-03", "2016-12-04")
    );
    // A regiment, an hour: no day.
    assert!(values("le 27e régiment", Lang::Fr, "2016-11-07").is_empty());
    assert!(values("le 18 h", Lang::Fr, "2016-11-07").is_empty());
    assert_eq!(
        value("ventes de la semaine 31", Lang::Fr, "2018-07-05"),
        v("semaine 31", "2018-07-30", "2018-08-05")
    );
    assert_eq!(
        value("sales in week 1", Lang::En, "2011-02-05"),
        v("week 1", "2011-01-03", "2011-01-09")
    );
    assert_eq!(
        value("Je reviendrai Mai vingt-neuf", Lang::Fr, "2016-11-07"),
        v("Mai vingt-neuf", "2016-05-29", "2016-05-29")
    );
    assert_eq!(
        value("on Monday, Jan twenty two, 2018", Lang::En, "2016-11-07"),
        v("Monday, Jan twenty two, 2018", "2018-01-22", "2018-01-22")
    );
    assert_eq!(
        value("Je reviendrai 1er avril 78", Lang::Fr, "2016-11-07"),
        v("1er avril 78", "1978-04-01", "1978-04-01")
    );
    assert_eq!(
        value("le mer. 24 juin 2020", Lang::Fr, "2016-11-07"),
        v("mer. 24 juin 2020", "2020-06-24", "2020-06-24")
    );
    // "en mai deux attaques": a count after the month.
    assert_eq!(
        value("en mai deux attaques", Lang::Fr, "2016-11-07"),
        v("mai", "2016-05-01", "2016-05-31")
    );
    // The article of a part or a season stays out of the date.
    assert_eq!(
        value("à la mi-novembre", Lang::Fr, "2016-10-07"),
        v("mi-novembre", "2016-11-10", "2016-11-20")
    );
}
#[test]
fn hedged_offsets_now_in_ranges_and_days_of_a_named_month() {
    let p = "2018-05-29";
    assert_eq!(
        bounds("more than 2 weeks before today", Lang::En, p),
        v("more than 2 weeks before today", "", "2018-05-15")
    );
    assert_eq!(
        bounds("plus de 2 semaines après aujourd'hui", Lang::Fr, p),
        v("plus de 2 semaines après aujourd'hui", "2018-06-12", "")
    );
    assert_eq!(
        bounds("less than 3 days after tomorrow", Lang::En, p),
        v(
            "less than 3 days after tomorrow",
            "2018-05-30",
            "2018-06-02"
        )
    );
    assert_eq!(
        value("between now and November 15th", Lang::En, p),
        v("between now and November 15th", "2018-05-29", "2018-11-15")
    );
    assert_eq!(
        value("entre mars 2018 et maintenant", Lang::Fr, p),
        v("entre mars 2018 et maintenant", "2018-03-01", "2018-05-29")
    );
    // "now" alone is no date.
    assert!(values("now is the time", Lang::En, p).is_empty());
    assert_eq!(
        value("out November between 19 and 20", Lang::En, p),
        v("November between 19 and 20", "2018-11-19", "2018-11-20")
    );
    assert_eq!(
        value("en novembre du 3 au 5", Lang::Fr, p),
        v("novembre du 3 au 5", "2018-11-03", "2018-11-05")
    );
    assert_eq!(
        value("back on 22nd", Lang::En, p),
        v("22nd", "2018-05-22", "2018-05-22")
    );
}
#[test]
fn english_days_in_words_and_with_their_article() {
    let p = "2016-11-07";
    assert_eq!(
        value("i'll go back may twenty one", Lang::En, p),
        v("may twenty one", "2016-05-21", "2016-05-21")
    );
    assert_eq!(
        value("back friday the fifteen", Lang::En, "2017-09-01"),
        v("friday the fifteen", "2017-09-15", "2017-09-15")
    );
    assert_eq!(
        value("We met the 20th of next month", Lang::En, p),
        v("the 20th of next month", "2016-12-20", "2016-12-20")
    );
    // "may" the verb before a count is no month.
    assert!(values("they may twenty one times", Lang::En, p).is_empty());
}
#[test]
fn deadlines_days_of_a_month_and_ranges_dated_once() {
    let p = "2016-11-07";
    assert_eq!(
        bounds("no later than January 1, 2010", Lang::En, p),
        v("no later than January 1, 2010", "", "2010-01-01")
    );
    assert_eq!(
        bounds("before the end of December", Lang::En, p),
        v("before the end of December", "", "2016-12-31")
    );
    assert_eq!(
        bounds("after the beginning of March", Lang::En, p),
        v("after the beginning of March", "2017-03-01", "")
    );
    assert_eq!(
        bounds("the deadliest attack to date", Lang::En, p),
        v("to date", "", "2016-11-07")
    );
    assert!(values("keep it up to date", Lang::En, p).is_empty());
    assert_eq!(
        value("sales from March to date", Lang::En, p),
        v("from March to date", "2016-03-01", "2016-11-07")
    );
    assert_eq!(
        value("on the 15th day of next month", Lang::En, p),
        v("the 15th day of next month", "2016-12-15", "2016-12-15")
    );
    assert_eq!(
        value("on the twenty third day of September", Lang::En, p),
        v("twenty third day of September", "2016-09-23", "2016-09-23")
    );
    assert_eq!(
        value("sales from April to June in 2017 fell", Lang::En, p),
        v("from April to June in 2017", "2017-04-01", "2017-06-30")
    );
    assert_eq!(
        value("du 3 mars au 5 avril en 2015", Lang::Fr, p),
        v("du 3 mars au 5 avril en 2015", "2015-03-03", "2015-04-05")
    );
    assert_eq!(
        value("on Earth Day 2010", Lang::En, p),
        v("Earth Day 2010", "2010-04-22", "2010-04-22")
    );
}
#[test]
fn french_decades_in_words_and_il_ya() {
    let p = "2016-11-07";
    assert_eq!(
        value("Dans les années deux mille", Lang::Fr, p),
        v("les années deux mille", "2000-01-01", "2009-12-31")
    );
    assert_eq!(
        value("Dans les années mille quatre cent vingt", Lang::Fr, p),
        v(
            "les années mille quatre cent vingt",
            "1420-01-01",
            "1429-12-31"
        )
    );
    assert_eq!(
        value("revenu il ya 2 jours.", Lang::Fr, p),
        v("il ya 2 jours", "2016-11-05", "2016-11-05")
    );
}
#[test]
fn starting_dates_and_weeks_of_a_year() {
    let p = "2018-11-07";
    assert_eq!(
        bounds("a meeting starting January 7th", Lang::En, p),
        v("starting January 7th", "2019-01-07", "")
    );
    assert_eq!(
        bounds("beginning on Sep 2019", Lang::En, p),
        v("beginning on Sep 2019", "2019-09-01", "")
    );
    assert_eq!(
        value("sales in week 3 of 2027", Lang::En, p),
        v("week 3 of 2027", "2027-01-18", "2027-01-24")
    );
    assert_eq!(
        value("sales in week 27 of last year", Lang::En, p),
        v("week 27 of last year", "2017-07-03", "2017-07-09")
    );
    assert_eq!(
        value("I was born on 15 April of 87", Lang::En, p),
        v("15 April of 87", "1987-04-15", "1987-04-15")
    );
}
#[test]
fn lengths_of_time_from_a_day() {
    let p = "2018-05-23";
    assert_eq!(
        value("set OOO for 3 days from today", Lang::En, p),
        v("for 3 days from today", "2018-05-23", "2018-05-25")
    );
    assert_eq!(
        value("set OOO for 1 week, from 20th dec", Lang::En, "2018-11-29"),
        v("for 1 week, from 20th dec", "2018-12-20", "2018-12-26")
    );
    assert_eq!(
        value("a truce of 2 weeks starting May 20th", Lang::En, p),
        v("2 weeks starting May 20th", "2018-05-20", "2018-06-02")
    );
    assert_eq!(
        value("replies for 3 days starting from next Monday", Lang::En, p),
        v(
            "3 days starting from next Monday",
            "2018-05-28",
            "2018-05-30"
        )
    );
    assert_eq!(
        value("set ooo for a week starting tomorrow", Lang::En, p),
        v("a week starting tomorrow", "2018-05-24", "2018-05-30")
    );
    // Without "for", a count from a day is how far, not how long: one day.
    assert_eq!(
        value("back 3 days from today", Lang::En, p),
        v("3 days from today", "2018-05-26", "2018-05-26")
    );
    // A length from a year or a month is not one we can place.
    assert_eq!(
        value("for 10 years from 2010", Lang::En, p),
        v("2010", "2010-01-01", "2010-12-31")
    );
}

#[test]
fn decades_of_this_century_in_words() {
    let p = "2018-05-23";
    assert_eq!(
        value("In the noughties", Lang::En, p),
        v("the noughties", "2000-01-01", "2009-12-31")
    );
    assert_eq!(
        value("In the twenty-tens", Lang::En, p),
        v("the twenty-tens", "2010-01-01", "2019-12-31")
    );
    assert_eq!(
        value("In the two thousand and tens", Lang::En, p),
        v("the two thousand and tens", "2010-01-01", "2019-12-31")
    );
    assert!(values("tens of thousands fled", Lang::En, p).is_empty());
    assert_eq!(
        value("dans les années 2010", Lang::Fr, p),
        v("les années 2010", "2010-01-01", "2019-12-31")
    );
}

#[test]
fn week_numbers_before_a_time_and_weeks_commencing() {
    let p = "2019-03-01";
    assert_eq!(
        values("week 10 8 p.m. should be a daterange", Lang::En, p),
        vec![v("week 10", "2019-03-04", "2019-03-10")]
    );
    assert_eq!(
        values("week 10 10:20 should be a daterange", Lang::En, p),
        vec![v("week 10", "2019-03-04", "2019-03-10")]
    );
    assert!(values("week 10 3 goals", Lang::En, p).is_empty());
    assert_eq!(
        value("a meeting for w/c Feb 4.", Lang::En, "2019-01-10"),
        v("w/c Feb 4", "2019-02-04", "2019-02-10")
    );
    assert_eq!(
        value("the week commencing Feb 4", Lang::En, "2019-01-10"),
        v("the week commencing Feb 4", "2019-02-04", "2019-02-10")
    );
}

#[test]
fn english_sentence_final_abbreviations_and_weekdays_in_weeks() {
    let p = "2016-11-07";
    // The sentence's period, not the abbreviation's.
    assert_eq!(
        value("I'll go back second of Aug.", Lang::En, p),
        v("second of Aug", "2016-08-02", "2016-08-02")
    );
    assert_eq!(
        values("1st week of Oct. on the 4th", Lang::En, p)[0].0,
        "1st week of Oct."
    );
    assert_eq!(
        value("I'll go back on Friday next week", Lang::En, p),
        v("on Friday next week", "2016-11-18", "2016-11-18")
    );
    assert_eq!(
        value("We met on tuesday of last week", Lang::En, p),
        v("tuesday of last week", "2016-11-01", "2016-11-01")
    );
    assert_eq!(
        value("gains this calendar year", Lang::En, p),
        v("this calendar year", "2016-01-01", "2016-12-31")
    );
    assert_eq!(
        value("over the next couple of weeks", Lang::En, p).1,
        "2016-11-08"
    );
    assert_eq!(
        value("a couple of weeks ago", Lang::En, p),
        v("a couple of weeks ago", "2016-10-24", "2016-10-24")
    );
}

#[test]
fn business_days_and_stretches_ahead() {
    let p = "2018-08-21";
    assert_eq!(
        value(
            "set something up for the next 4 business days.",
            Lang::En,
            p
        ),
        v("next 4 business days", "2018-08-22", "2018-08-27")
    );
    assert_eq!(
        value("for the previous 4 working days.", Lang::En, p),
        v("previous 4 working days", "2018-08-15", "2018-08-20")
    );
    assert_eq!(
        value("sometime in four business days.", Lang::En, p),
        v("in four business days", "2018-08-27", "2018-08-27")
    );
    assert_eq!(
        value("It will happen 2 days hence.", Lang::En, p),
        v("2 days hence", "2018-08-22", "2018-08-23")
    );
    assert_eq!(
        value("It will happen 4 weeks in the future.", Lang::En, p),
        v("4 weeks in the future", "2018-08-22", "2018-09-18")
    );
    assert_eq!(
        value(
            "What will happen in the 2 upcoming months?",
            Lang::En,
            "2018-08-30"
        ),
        v("2 upcoming months", "2018-08-31", "2018-10-30")
    );
    assert_eq!(
        value("take the remainder of the week off", Lang::En, "2020-06-12"),
        v("remainder of the week", "2020-06-12", "2020-06-14")
    );
    assert_eq!(
        value(
            "I'll be out the weekend after the next",
            Lang::En,
            "2016-11-07"
        ),
        v("the weekend after the next", "2016-11-26", "2016-11-27")
    );
}

#[test]
fn weekdays_in_the_week_of_a_counted_day() {
    let p = "2016-11-09";
    assert_eq!(
        value("I'll go back Monday two weeks from now.", Lang::En, p),
        v("Monday two weeks from now", "2016-11-21", "2016-11-21")
    );
    assert_eq!(
        value("I'll go back in 3 days on Friday.", Lang::En, p),
        v("in 3 days on Friday", "2016-11-11", "2016-11-11")
    );
    let p = "2021-01-02";
    assert_eq!(
        value("I'll go back Thursday, two year from now.", Lang::En, p),
        v("Thursday, two year from now", "2023-01-05", "2023-01-05")
    );
    // The Christmas nearest publication, 2020's.
    assert_eq!(
        value(
            "I'll go back 3 weeks after Christmas on Friday.",
            Lang::En,
            p
        ),
        v(
            "3 weeks after Christmas on Friday",
            "2021-01-15",
            "2021-01-15"
        )
    );
    // Without a weekday, a count of years is as precise as the text.
    assert_eq!(
        value("I'll go back two years from now.", Lang::En, p),
        v("two years from now", "2023-01-01", "2023-12-31")
    );
}

#[test]
fn a_weekday_with_its_date_in_brackets() {
    let p = "2018-06-12";
    assert_eq!(
        value("a call this friday (jun-15) with Jim", Lang::En, p),
        v("this friday (jun-15)", "2018-06-15", "2018-06-15")
    );
    assert_eq!(
        value("un appel vendredi (15 juin) avec Jim", Lang::Fr, p),
        v("vendredi (15 juin)", "2018-06-15", "2018-06-15")
    );
}

#[test]
fn english_days_in_cardinal_words_before_the_month() {
    let p = "2018-06-12";
    assert_eq!(
        value(
            "She was born on twenty five January nineteen eighty six",
            Lang::En,
            p
        ),
        v(
            "twenty five January nineteen eighty six",
            "1986-01-25",
            "1986-01-25"
        )
    );
    assert_eq!(
        value("On fifteen August 1993, the plant opened", Lang::En, p),
        v("fifteen August 1993", "1993-08-15", "1993-08-15")
    );
    // Without a year, a count.
    assert!(values("fifteen August arrests", Lang::En, p).is_empty());
    assert_eq!(
        value("née le vingt-cinq janvier 1986", Lang::Fr, p),
        v("vingt-cinq janvier 1986", "1986-01-25", "1986-01-25")
    );
}

#[test]
fn quarters_before_a_hyphenated_year_and_equal_to_date() {
    let p = "2019-06-12";
    assert_eq!(
        value("sales in q1-2019", Lang::En, p),
        v("q1-2019", "2019-01-01", "2019-03-31")
    );
    assert!(values("the H1N1 virus", Lang::En, p).is_empty());
    assert!(values("dates greater than or equals to date 1", Lang::En, p).is_empty());
    assert_eq!(
        bounds("the deadliest attack to date", Lang::En, p).0,
        "to date"
    );
}

#[test]
fn counted_weekdays_and_years_with_oh() {
    let p = "2018-05-07";
    assert_eq!(
        value("Are you available two sundays from now?", Lang::En, p),
        v("two sundays from now", "2018-05-20", "2018-05-20")
    );
    assert_eq!(
        value("on September 10, nineteen zero one", Lang::En, p),
        v(
            "September 10, nineteen zero one",
            "1901-09-10",
            "1901-09-10"
        )
    );
    assert_eq!(
        value("in nineteen oh five", Lang::En, p),
        v("nineteen oh five", "1905-01-01", "1905-12-31")
    );
}

#[test]
fn this_and_next_before_a_day_and_working_weeks() {
    let p = "2019-05-20";
    assert_eq!(
        value("done this 5/12", Lang::En, p),
        v("this 5/12", "2019-05-12", "2019-05-12")
    );
    assert_eq!(
        value("done next 5/12", Lang::En, p),
        v("next 5/12", "2020-05-12", "2020-05-12")
    );
    assert_eq!(
        value("done next 6th of April", Lang::En, p),
        v("next 6th of April", "2020-04-06", "2020-04-06")
    );
    assert_eq!(
        value("done last June 2", Lang::En, p),
        v("last June 2", "2018-06-02", "2018-06-02")
    );
    assert_eq!(
        value("from this 5/12 to next 5/19", Lang::En, p),
        v("from this 5/12 to next 5/19", "2019-05-12", "2020-05-19")
    );
    let p = "2018-06-26";
    assert_eq!(
        value("It will happen this working week", Lang::En, p),
        v("this working week", "2018-06-25", "2018-06-29")
    );
    assert_eq!(
        value("It will happen on next workweek", Lang::En, p),
        v("next workweek", "2018-07-02", "2018-07-06")
    );
}

#[test]
fn years_after_in_and_of_in_ranges() {
    let p = "2019-06-12";
    assert_eq!(
        value(
            "Total sales from april in 2016 to June in 2017 fell",
            Lang::En,
            p
        ),
        v(
            "from april in 2016 to June in 2017",
            "2016-04-01",
            "2017-06-30"
        )
    );
    assert_eq!(
        value("Total sales from april to June in 2017 fell", Lang::En, p),
        v("from april to June in 2017", "2017-04-01", "2017-06-30")
    );
    assert_eq!(
        value("sales went up from q1 of 2017 - q3 of 2018", Lang::En, p),
        v("from q1 of 2017 - q3 of 2018", "2017-01-01", "2018-09-30")
    );
}

#[test]
fn compound_stretches_and_a_second_day_before_the_first() {
    let p = "2016-11-07";
    assert_eq!(
        value(
            "worked for the last 3 months and 2 weeks and 2 days.",
            Lang::En,
            p
        ),
        v(
            "last 3 months and 2 weeks and 2 days",
            "2016-07-22",
            "2016-11-07"
        )
    );
    assert_eq!(
        values(
            "for the last 3 months and 2 days ago they found it",
            Lang::En,
            p
        ),
        vec![
            v("last 3 months", "2016-08-07", "2016-11-07"),
            v("2 days ago", "2016-11-05", "2016-11-05")
        ]
    );
    assert_eq!(
        value(
            "back within the upcoming 5 years 1 month 12 days",
            Lang::En,
            p
        ),
        v(
            "within the upcoming 5 years 1 month 12 days",
            "2016-11-07",
            "2021-12-19"
        )
    );
    assert_eq!(
        value(
            "i am off from april twenty-seventh to the third",
            Lang::En,
            "2017-03-01"
        ),
        v(
            "from april twenty-seventh to the third",
            "2017-04-27",
            "2017-05-03"
        )
    );
    assert_eq!(
        value("off from April 27 to the 3rd.", Lang::En, "2017-03-01"),
        v("from April 27 to the 3rd", "2017-04-27", "2017-05-03")
    );
}

#[test]
fn parts_of_a_season_after_a_preposition() {
    let p = "2016-11-07";
    assert_eq!(
        value("what about by mid summer?", Lang::En, p).0,
        "mid summer"
    );
    assert_eq!(
        value("in early spring the talks resumed", Lang::En, p),
        v("early spring", "2016-03-01", "2016-04-08")
    );
    assert!(values("an early spring storm", Lang::En, p).is_empty());
    assert_eq!(value("à la fin de l'été", Lang::Fr, p).0, "fin de l'été");
}

#[test]
fn an_amount_is_no_day() {
    let p = "2018-11-07";
    assert_eq!(
        value("I bought it for $ 12 December 27", Lang::En, p),
        v("December 27", "2018-12-27", "2018-12-27")
    );
    assert_eq!(
        value("acheté pour € 12 le 27 décembre", Lang::Fr, p),
        v("27 décembre", "2018-12-27", "2018-12-27")
    );
}

#[test]
fn as_early_as_and_as_late_as_open_a_period() {
    let p = "2018-08-17";
    assert_eq!(
        bounds(
            "I'll go back as early as next year's first quarter.",
            Lang::En,
            p
        ),
        v("as early as next year's first quarter", "2019-01-01", "")
    );
    assert_eq!(
        bounds("I'll leave as late as tomorrow.", Lang::En, p),
        v("as late as tomorrow", "", "2018-08-18")
    );
    assert_eq!(
        bounds("as late as 1990, the city had no sewers", Lang::En, p),
        v("as late as 1990", "", "1990-12-31")
    );
}

#[test]
fn a_month_and_an_ordinal_day_joined_by_a_period() {
    let p = "2016-11-07";
    assert_eq!(
        value("the week of september.16th", Lang::En, p),
        v("the week of september.16th", "2016-09-12", "2016-09-18")
    );
    assert_eq!(
        value("16. Nov. 2016", Lang::En, p),
        v("16. Nov. 2016", "2016-11-16", "2016-11-16")
    );
    // A sentence's period, then a figure: no day.
    assert_eq!(
        values("It fell in September. 16 people died", Lang::En, p),
        vec![v("September", "2016-09-01", "2016-09-30")]
    );
}

#[test]
fn fiscal_and_school_years_are_not_calendar_years() {
    let p = "2016-11-07";
    assert!(values("Show sales in the fiscal year 2008", Lang::En, p).is_empty());
    assert!(values("profits rose in fiscal 2008", Lang::En, p).is_empty());
    assert!(values("revenue for FY 2008 rose", Lang::En, p).is_empty());
    assert!(values("the school year 2008 began", Lang::En, p).is_empty());
    assert_eq!(
        value("Show sales in calendar year 2008", Lang::En, p),
        v("calendar year 2008", "2008-01-01", "2008-12-31")
    );
}

#[test]
fn days_of_the_current_month() {
    let p = "2020-07-07";
    assert_eq!(
        bounds(
            "We will come back before the twenty-sixth day of the month",
            Lang::En,
            p
        ),
        v("before the twenty-sixth day of the month", "", "2020-07-25")
    );
    assert_eq!(
        value("paid on the 15th day of the month", Lang::En, p),
        v("the 15th day of the month", "2020-07-15", "2020-07-15")
    );
    // A month named after it is another one.
    assert!(values("the 15th day of the month of Ramadan", Lang::En, p).is_empty());
}

#[test]
fn ranges_of_slashed_dates() {
    let p = "2018-05-29";
    assert_eq!(
        value("The period is 10/1-11/2/2017", Lang::En, p),
        v("10/1-11/2/2017", "2017-10-01", "2017-11-02")
    );
    assert_eq!(
        value("La période 10/1-11/2/2017", Lang::Fr, p),
        v("10/1-11/2/2017", "2017-01-10", "2017-02-11")
    );
    assert_eq!(
        value("vacation from 10/1/2018-10/7/2018", Lang::En, p),
        v("from 10/1/2018-10/7/2018", "2018-10-01", "2018-10-07")
    );
    // Codes stay codes.
    assert!(values("ref 123-12-1234", Lang::En, p).is_empty());
    assert!(values("version 1.2.3.4", Lang::En, p).is_empty());
}
#[test]
fn first_and_last_units_of_a_period() {
    let p = "2019-11-07";
    assert_eq!(
        value("in the first three months of 2024, exports", Lang::En, p),
        v("the first three months of 2024", "2024-01-01", "2024-03-31")
    );
    assert_eq!(
        value("for the last 3 weeks of this year", Lang::En, p),
        v("the last 3 weeks of this year", "2019-12-09", "2019-12-29")
    );
    assert_eq!(
        value("first ten days of last year", Lang::En, p),
        v("first ten days of last year", "2018-01-01", "2018-01-10")
    );
    assert_eq!(
        value("au cours des deux derniers mois de 2021", Lang::Fr, p),
        v("deux derniers mois de 2021", "2021-11-01", "2021-12-31")
    );
    assert_eq!(
        value("les trois premiers mois de l'année", Lang::Fr, p),
        v(
            "les trois premiers mois de l'année",
            "2019-01-01",
            "2019-03-31"
        )
    );
    assert_eq!(
        value("They will leave the third month of 2021", Lang::En, p),
        v("the third month of 2021", "2021-03-01", "2021-03-31")
    );
    // Without "of" a period, a stretch before publication, as before.
    assert_eq!(
        value("au cours des dix derniers mois", Lang::Fr, p).0,
        "dix derniers mois"
    );
}
#[test]
fn weekdays_within_a_named_week() {
    let p = "2017-11-15";
    assert_eq!(
        value(
            "a meeting next week between Wednesday and Friday.",
            Lang::En,
            p
        ),
        v(
            "next week between Wednesday and Friday",
            "2017-11-22",
            "2017-11-24"
        )
    );
    assert_eq!(
        value("this week from Tue to Thur.", Lang::En, p),
        v("this week from Tue to Thur", "2017-11-14", "2017-11-16")
    );
}
#[test]
fn numeric_dates_written_with_spaces() {
    let p = "2016-11-07";
    assert_eq!(
        value("Je retournerai 18 08 1978 à la maison.", Lang::Fr, p),
        v("18 08 1978", "1978-08-18", "1978-08-18")
    );
    assert_eq!(
        value("Je retournerai 18 8 78.", Lang::Fr, p),
        v("18 8 78", "1978-08-18", "1978-08-18")
    );
    assert_eq!(
        value("On 2016 10 16, the conference started.", Lang::En, p),
        v("2016 10 16", "2016-10-16", "2016-10-16")
    );
    // A phone number is a longer run of numbers.
    assert!(values("appelez le 01 45 67 89 12", Lang::Fr, p).is_empty());
}
#[test]
fn a_range_to_a_bare_weekday_ends_that_week() {
    assert_eq!(
        value(
            "a vacation from next monday to friday",
            Lang::En,
            "2019-09-04"
        ),
        v("from next monday to friday", "2019-09-09", "2019-09-13")
    );
    assert_eq!(
        value(
            "absent de lundi prochain à vendredi",
            Lang::Fr,
            "2019-11-01"
        ),
        v("de lundi prochain à vendredi", "2019-11-04", "2019-11-08")
    );
}
#[test]
fn dashed_day_and_month_after_a_weekday() {
    assert_eq!(
        value("a call on Friday 7-6 with Jim.", Lang::En, "2018-06-20"),
        v("Friday 7-6", "2018-07-06", "2018-07-06")
    );
    assert_eq!(
        value("un appel le vendredi 6.7 avec Jim.", Lang::Fr, "2018-06-20"),
        v("vendredi 6.7", "2018-07-06", "2018-07-06")
    );
    // Alone, a score.
    assert!(values("they won 7-6 on penalties", Lang::En, "2018-06-20").is_empty());
}
#[test]
fn a_tilde_joins_a_range() {
    assert_eq!(
        value("The range is 2014~2018.", Lang::En, "2016-11-07"),
        v("2014~2018", "2014-01-01", "2018-12-31")
    );
    assert_eq!(
        value("sur la période 2014~2018.", Lang::Fr, "2016-11-07"),
        v("2014~2018", "2014-01-01", "2018-12-31")
    );
}

#[test]
fn a_weekday_and_day_far_from_publication() {
    // No Tuesday the 13th between July 2021 and September 2022.
    assert_eq!(
        value("I'll go back Tue 13th", Lang::En, "2022-03-01"),
        v("Tue 13th", "2022-09-13", "2022-09-13")
    );
    assert_eq!(
        value(
            "Do you have any plans on Sunday 31!",
            Lang::En,
            "2018-06-01"
        ),
        v("Sunday 31", "2017-12-31", "2017-12-31")
    );
    assert_eq!(
        value("Rendez-vous dimanche 31.", Lang::Fr, "2018-06-01"),
        v("dimanche 31", "2017-12-31", "2017-12-31")
    );
}

#[test]
fn an_english_day_alone_after_a_preposition_and_its_article() {
    let en = |text| value(text, Lang::En, "2016-11-07");
    assert_eq!(
        en("I went back for the 27."),
        v("the 27", "2016-10-27", "2016-10-27")
    );
    assert_eq!(
        en("I went back for the second"),
        v("the second", "2016-11-02", "2016-11-02")
    );
    assert_eq!(
        en("it lasts until the twenty second!"),
        v("the twenty second", "2016-11-22", "2016-11-22")
    );
    // Counts and ranks are not days.
    assert!(values("a vote for the 27 member states", Lang::En, "2016-11-07").is_empty());
    assert!(values("After the first, he left", Lang::En, "2016-11-07").is_empty());
    assert!(values("he won for the second time", Lang::En, "2016-11-07").is_empty());
    // French: "le" alone dates a day, and keeps it.
    assert_eq!(
        value("Je suis retourné pour le 27.", Lang::Fr, "2016-11-07"),
        v("pour le 27", "2016-10-27", "2016-10-27")
    );
    assert_eq!(
        value("Il est revenu le vingt-deux.", Lang::Fr, "2016-11-07"),
        v("vingt-deux", "2016-11-22", "2016-11-22")
    );
    assert_eq!(
        value("Il est revenu le 27.", Lang::Fr, "2016-11-07"),
        v("27", "2016-10-27", "2016-10-27")
    );
    // "sept" is also a month.
    assert_eq!(
        value("pas ici durant le sept.", Lang::Fr, "2016-11-07"),
        v("sept.", "2016-09-01", "2016-09-30")
    );
    assert!(values("le onze de départ", Lang::Fr, "2016-11-07").is_empty());
}

#[test]
fn days_in_words_in_ranges() {
    let en = |text| value(text, Lang::En, "2018-03-01");
    assert_eq!(
        en("i am off between the ninth and the seventeenth of april"),
        v(
            "between the ninth and the seventeenth of april",
            "2018-04-09",
            "2018-04-17"
        )
    );
    assert_eq!(
        en("i am off from ninth till seventeenth of april"),
        v(
            "from ninth till seventeenth of april",
            "2018-04-09",
            "2018-04-17"
        )
    );
    assert_eq!(
        en("i am off april ninth through seventeenth"),
        v(
            "april ninth through seventeenth",
            "2018-04-09",
            "2018-04-17"
        )
    );
    assert_eq!(
        en("i am off from April the ninth till the seventeenth"),
        v(
            "from April the ninth till the seventeenth",
            "2018-04-09",
            "2018-04-17"
        )
    );
    assert_eq!(
        value("absent du neuf au dix-sept avril", Lang::Fr, "2018-03-01"),
        v("du neuf au dix-sept avril", "2018-04-09", "2018-04-17")
    );
    // A count of months is no range of days.
    assert!(values("de deux à trois mois", Lang::Fr, "2018-03-01").is_empty());
}

#[test]
fn a_bare_month_after_before_or_after() {
    assert_eq!(
        bounds("Maybe we can leave after Feb", Lang::En, "2018-06-01"),
        v("after Feb", "2018-03-01", "")
    );
    assert_eq!(
        bounds("rien ne bougera avant mars", Lang::Fr, "2018-06-01"),
        v("avant mars", "", "2018-02-28")
    );
    // Lower-case "may" is a verb.
    assert!(values("before may be late", Lang::En, "2018-06-01").is_empty());
}

#[test]
fn black_friday_and_cyber_monday() {
    assert_eq!(
        value("I'll go back on black friday 2010", Lang::En, "2016-11-07"),
        v("black friday 2010", "2010-11-26", "2010-11-26")
    );
    assert_eq!(
        value("les soldes du Black Friday 2019", Lang::Fr, "2016-11-07"),
        v("Black Friday 2019", "2019-11-29", "2019-11-29")
    );
    assert_eq!(
        value("sales on Cyber Monday", Lang::En, "2019-11-20"),
        v("Cyber Monday", "2019-12-02", "2019-12-02")
    );
}
#[test]
fn a_part_of_a_year_told_with_its_possessive() {
    let en = |text| value(text, Lang::En, "2016-11-07");
    assert_eq!(
        en("I'll be out next year's third-quarter"),
        v("next year's third-quarter", "2017-07-01", "2017-09-30")
    );
    assert_eq!(
        en("sales in 2015's second half fell"),
        v("2015's second half", "2015-07-01", "2015-12-31")
    );
    assert_eq!(
        en("this year's last quarter"),
        v("this year's last quarter", "2016-10-01", "2016-12-31")
    );
    // French says it with "de".
    assert_eq!(
        value(
            "au troisième trimestre de l'année prochaine",
            Lang::Fr,
            "2016-11-07"
        ),
        v(
            "troisième trimestre de l'année prochaine",
            "2017-07-01",
            "2017-09-30"
        )
    );
    // Without a part, the year alone.
    assert_eq!(
        en("next year's budget"),
        v("next year", "2017-01-01", "2017-12-31")
    );
}
#[test]
fn short_weekdays_after_on_and_a_day_after_a_comma() {
    let en = |text| values(text, Lang::En, "2016-11-07");
    assert_eq!(
        en("i'll go back on tues. good news."),
        vec![v("tues", "2016-11-01", "2016-11-01")]
    );
    assert_eq!(
        en("i'll go back on tues"),
        vec![v("tues", "2016-11-01", "2016-11-01")]
    );
    // A word after it: not a day ("on sat mats").
    assert!(en("he went on sat mats").is_empty());
    // French short names stay words ("mer" is the sea).
    assert!(values("on va à la mer.", Lang::Fr, "2016-11-07").is_empty());
    assert_eq!(
        en("set something up for October, 1st."),
        vec![v("October, 1st", "2016-10-01", "2016-10-01")]
    );
    // A count after the comma is no day.
    assert_eq!(
        en("In October, 12 people died"),
        vec![v("October", "2016-10-01", "2016-10-31")]
    );
    assert_eq!(
        values(
            "En octobre, 12 personnes sont mortes",
            Lang::Fr,
            "2016-11-07"
        ),
        vec![v("octobre", "2016-10-01", "2016-10-31")]
    );
}
#[test]
fn this_past_and_this_coming() {
    // 2019-02-01 is a Friday.
    let en = |text| value(text, Lang::En, "2019-02-01");
    assert_eq!(
        en("Where were you on this past Wednesday?"),
        v("this past Wednesday", "2019-01-30", "2019-01-30")
    );
    assert_eq!(
        en("Any plans this coming Monday?"),
        v("this coming Monday", "2019-02-04", "2019-02-04")
    );
    assert_eq!(
        en("It rained this past weekend."),
        v("this past weekend", "2019-01-26", "2019-01-27")
    );
    assert_eq!(
        value("Il a plu mercredi dernier.", Lang::Fr, "2019-02-01"),
        v("mercredi dernier", "2019-01-30", "2019-01-30")
    );
}
#[test]
fn holiday_weekends() {
    assert_eq!(
        value(
            "I need to prepare for labor day weekend",
            Lang::En,
            "2021-08-20"
        ),
        v("labor day weekend", "2021-09-04", "2021-09-06")
    );
    assert_eq!(
        value(
            "We'll take weekend of thanksgiving 2023 off",
            Lang::En,
            "2021-08-20"
        ),
        v("weekend of thanksgiving 2023", "2023-11-23", "2023-11-26")
    );
    assert_eq!(
        value(
            "a flight for halloween weekend 2021",
            Lang::En,
            "2020-01-10"
        ),
        v("halloween weekend 2021", "2021-10-30", "2021-10-31")
    );
    // Easter 2019 is on 21 April.
    assert_eq!(
        value(
            "des bouchons pendant le week-end de Pâques",
            Lang::Fr,
            "2019-04-01"
        ),
        v("le week-end de Pâques", "2019-04-20", "2019-04-21")
    );
    // The holiday alone stays a day.
    assert_eq!(
        value("closed on Labor Day", Lang::En, "2021-08-20"),
        v("Labor Day", "2021-09-06", "2021-09-06")
    );
}

#[test]
fn a_numbered_part_of_the_current_year_or_month() {
    let en = |text| value(text, Lang::En, "2020-05-10");
    assert_eq!(
        en("the first quarter of the year is usually slower"),
        v("the first quarter of the year", "2020-01-01", "2020-03-31")
    );
    assert_eq!(
        en("in the last week of the month"),
        v("the last week of the month", "2020-05-25", "2020-05-31")
    );
    assert_eq!(
        value("au premier trimestre de l'année", Lang::Fr, "2020-05-10"),
        v("premier trimestre de l'année", "2020-01-01", "2020-03-31")
    );
    assert_eq!(
        value("la dernière semaine du mois", Lang::Fr, "2020-05-10"),
        v("la dernière semaine du mois", "2020-05-25", "2020-05-31")
    );
}
#[test]
fn a_half_needs_its_year() {
    assert!(values("I'll be out during H2", Lang::En, "2016-11-07").is_empty());
    assert!(values("des bus roulant à l'H2", Lang::Fr, "2016-11-07").is_empty());
    assert_eq!(
        value("sales in H2 2016", Lang::En, "2016-11-07"),
        v("H2 2016", "2016-07-01", "2016-12-31")
    );
    assert_eq!(
        value("les ventes du H1 2016", Lang::Fr, "2016-11-07"),
        v("H1 2016", "2016-01-01", "2016-06-30")
    );
    // A quarter alone is this year's.
    assert_eq!(
        value("sales in Q2", Lang::En, "2016-11-07"),
        v("Q2", "2016-04-01", "2016-06-30")
    );
}
#[test]
fn a_range_to_a_part_of_a_month() {
    assert_eq!(
        value(
            "It has been closed from April until the end of June.",
            Lang::En,
            "2016-11-07"
        ),
        v(
            "from April until the end of June",
            "2016-04-01",
            "2016-06-30"
        )
    );
    assert_eq!(
        value("fermé du 3 avril à la fin juin", Lang::Fr, "2016-11-07"),
        v("du 3 avril à la fin juin", "2016-04-03", "2016-06-30")
    );
}

#[test]
fn french_ordinal_days_in_words() {
    let p = "2016-11-07";
    assert_eq!(
        value("le premier janvier", Lang::Fr, p),
        v("premier janvier", "2017-01-01", "2017-01-01")
    );
    assert_eq!(
        value("Je reviendrai seconde de août", Lang::Fr, p),
        v("seconde de août", "2016-08-02", "2016-08-02")
    );
    assert_eq!(
        value("le vingt et unième mai 2020", Lang::Fr, p),
        v("vingt et unième mai 2020", "2020-05-21", "2020-05-21")
    );
    assert_eq!(
        value("le dix-septième mai 2020", Lang::Fr, p),
        v("dix-septième mai 2020", "2020-05-17", "2020-05-17")
    );
    // After the month, only where the clause ends: "août deuxième hausse" is a rank.
    assert_eq!(
        value("Je reviendrai août deuxième", Lang::Fr, p),
        v("août deuxième", "2016-08-02", "2016-08-02")
    );
    assert_eq!(
        values("en août deuxième hausse", Lang::Fr, p),
        [v("août", "2016-08-01", "2016-08-31")]
    );
    // Alone, an ordinal word is a day only as a deadline ending the sentence.
    assert_eq!(
        value("Je suis retourné pour le deuxième !", Lang::Fr, p),
        v("pour le deuxième", "2016-11-02", "2016-11-02")
    );
    assert_eq!(values("Il a voté pour le second tour.", Lang::Fr, p), []);
    assert_eq!(values("le Premier ministre", Lang::Fr, p), []);
    // English has its ordinals already: "the first of January".
    assert_eq!(
        value("on the first of January", Lang::En, p),
        v("first of January", "2017-01-01", "2017-01-01")
    );
}

#[test]
fn french_next_and_last_before_the_noun_without_an_article() {
    let p = "2016-11-07";
    assert_eq!(
        value("prochain mois", Lang::Fr, p),
        v("prochain mois", "2016-12-01", "2016-12-31")
    );
    assert_eq!(
        value("au prochain printemps", Lang::Fr, p),
        v("prochain printemps", "2017-03-01", "2017-05-31")
    );
    assert_eq!(
        value("Je partirai prochain juin", Lang::Fr, p),
        v("prochain juin", "2017-06-01", "2017-06-30")
    );
    assert_eq!(
        value("Où étiez-vous dernier mercredi ?", Lang::Fr, p),
        v("dernier mercredi", "2016-11-02", "2016-11-02")
    );
    // After a possessive, an article or "ce", a rank: "his final month", "the
    // latter's".
    assert_eq!(values("C'est son dernier mois de mandat.", Lang::Fr, p), []);
    assert_eq!(values("un prochain printemps arabe", Lang::Fr, p), []);
    assert_eq!(values("ce dernier mois a été dur", Lang::Fr, p), []);
    // English already reads "next June".
    assert_eq!(
        value("next June", Lang::En, p),
        v("next June", "2017-06-01", "2017-06-30")
    );
}

#[test]
fn slashed_days_with_a_leading_zero_and_ranges_of_them_are_not_fractions() {
    let p = "2016-11-07";
    assert_eq!(
        value("le 02/08", Lang::Fr, p),
        v("02/08", "2016-08-02", "2016-08-02")
    );
    assert_eq!(
        value("on 06/07", Lang::En, p),
        v("06/07", "2016-06-07", "2016-06-07")
    );
    assert_eq!(
        value("du 28/2-1/3", Lang::Fr, p),
        v("du 28/2-1/3", "2017-02-28", "2017-03-01")
    );
    assert_eq!(
        value("from 2/28-3/1", Lang::En, p),
        v("from 2/28-3/1", "2017-02-28", "2017-03-01")
    );
    // Fractions stay numbers.
    assert_eq!(values("1/3 des votes", Lang::Fr, p), []);
    assert_eq!(values("3/4 of the votes", Lang::En, p), []);
}

#[test]
fn articles_before_the_ends_of_a_range() {
    let p = "2016-11-07";
    assert_eq!(
        value(
            "entre le 1er janvier 2015 et le 5 février 2018",
            Lang::Fr,
            p
        ),
        v(
            "entre le 1er janvier 2015 et le 5 février 2018",
            "2015-01-01",
            "2018-02-05"
        )
    );
    assert_eq!(
        value("de la semaine 31 à la semaine 35", Lang::Fr, p),
        v(
            "de la semaine 31 à la semaine 35",
            "2016-08-01",
            "2016-09-04"
        )
    );
    assert_eq!(
        value("between 2015 and the 5th of January 2018", Lang::En, p),
        v(
            "between 2015 and the 5th of January 2018",
            "2015-01-01",
            "2018-01-05"
        )
    );
    assert_eq!(values("entre la France et le Maroc", Lang::Fr, p), []);
}

#[test]
fn the_rest_and_later_parts_of_the_current_period() {
    let p = "2016-11-09";
    // The article stays out, as for "le 2 décembre".
    assert_eq!(
        value("le reste de ma semaine", Lang::Fr, p),
        v("reste de ma semaine", "2016-11-09", "2016-11-13")
    );
    assert_eq!(
        value("le reste de la semaine en cours", Lang::Fr, p),
        v("reste de la semaine en cours", "2016-11-09", "2016-11-13")
    );
    assert_eq!(
        value("the rest of the week", Lang::En, p),
        v("rest of the week", "2016-11-09", "2016-11-13")
    );
    assert_eq!(
        value("nous verrons plus tard ce mois-ci", Lang::Fr, p),
        v("plus tard ce mois-ci", "2016-11-09", "2016-11-30")
    );
    assert_eq!(
        value("plus tôt cette semaine", Lang::Fr, p),
        v("plus tôt cette semaine", "2016-11-07", "2016-11-09")
    );
    assert_eq!(
        value("later this month", Lang::En, p),
        v("later this month", "2016-11-09", "2016-11-30")
    );
    // "plus tard" without "ce" counts from the event told.
    assert_eq!(values("deux jours plus tard", Lang::Fr, p), []);
    assert_eq!(
        values("plus tard la semaine prochaine", Lang::Fr, p),
        [v("la semaine prochaine", "2016-11-14", "2016-11-20")]
    );
}

#[test]
fn a_bare_french_month_after_dans() {
    let p = "2016-11-07";
    assert_eq!(
        value("Je serai dans déc", Lang::Fr, p),
        v("déc", "2016-12-01", "2016-12-31")
    );
    assert_eq!(
        value("Je serai dans Février", Lang::Fr, p),
        v("Février", "2017-02-01", "2017-02-28")
    );
    // "dans Mars" is the planet; a month alone, without a preposition, is no date.
    assert_eq!(values("Il vit dans Mars", Lang::Fr, p), []);
    assert_eq!(values("Je serai Janvier", Lang::Fr, p), []);
}

#[test]
fn a_range_opened_by_a_bare_month() {
    let p = "2016-11-07";
    assert_eq!(
        value("entre août et octobre", Lang::Fr, p),
        v("entre août et octobre", "2016-08-01", "2016-10-31")
    );
    assert_eq!(
        value("de mai à mars", Lang::Fr, p),
        v("de mai à mars", "2016-05-01", "2017-03-31")
    );
    assert_eq!(
        value("between August and October", Lang::En, p),
        v("between August and October", "2016-08-01", "2016-10-31")
    );
    // Both ends must be dates: "de Mars à Vénus" are planets.
    assert_eq!(values("de Mars à Vénus", Lang::Fr, p), []);
}

#[test]
fn a_french_month_with_its_year_after_de() {
    let p = "2016-11-07";
    assert_eq!(
        value("en novembre de 2016", Lang::Fr, p),
        v("novembre de 2016", "2016-11-01", "2016-11-30")
    );
    assert_eq!(
        value("en novembre de l'année dernière", Lang::Fr, p),
        v("novembre de l'année dernière", "2015-11-01", "2015-11-30")
    );
    assert_eq!(
        value("en nov. de l'année 2016", Lang::Fr, p),
        v("nov. de l'année 2016", "2016-11-01", "2016-11-30")
    );
    // "de 2000 à 2010" is a range of its own.
    assert_eq!(
        values("en mars de 2000 à 2010", Lang::Fr, p),
        [
            v("mars", "2017-03-01", "2017-03-31"),
            v("de 2000 à 2010", "2000-01-01", "2010-12-31")
        ]
    );
    // English says "of": "June of 2016".
    assert_eq!(
        value("in June of 2016", Lang::En, p),
        v("June of 2016", "2016-06-01", "2016-06-30")
    );
}

#[test]
fn french_current_periods_and_counts_with_the_adjective_after_the_unit() {
    let p = "2016-11-07";
    assert_eq!(
        value("la semaine en cours", Lang::Fr, p),
        v("la semaine en cours", "2016-11-07", "2016-11-13")
    );
    assert_eq!(
        value("depuis le début de l'année en cours", Lang::Fr, p).1,
        "2016-01-01"
    );
    assert_eq!(
        value("les 3 semaines passées", Lang::Fr, p),
        v("3 semaines passées", "2016-10-17", "2016-11-07")
    );
    assert_eq!(
        value("les deux mois prochains", Lang::Fr, p),
        v("deux mois prochains", "2016-11-08", "2017-01-07")
    );
    // Counted from an event told, not from publication.
    assert_eq!(values("les trois semaines précédentes", Lang::Fr, p), []);
    assert_eq!(
        value("the past 3 weeks", Lang::En, p),
        v("past 3 weeks", "2016-10-17", "2016-11-07")
    );
}

#[test]
fn french_recent_and_coming_periods_without_a_count() {
    let p = "2016-11-07";
    assert_eq!(
        value("ces derniers jours", Lang::Fr, p),
        v("derniers jours", "2016-11-04", "2016-11-07")
    );
    assert_eq!(
        value("ces prochaines semaines", Lang::Fr, p),
        v("prochaines semaines", "2016-11-08", "2016-11-28")
    );
    // The last days of something told are not the last days before publication.
    assert_eq!(values("les derniers jours de la campagne", Lang::Fr, p), []);
    // English says "the past few days".
    assert_eq!(
        value("the past few days", Lang::En, p),
        v("past few days", "2016-11-04", "2016-11-07")
    );
}

#[test]
fn a_range_between_two_weekdays_with_their_days() {
    let p = "2016-11-07";
    assert_eq!(
        value("du vendredi 11 au mardi 15", Lang::Fr, p),
        v("du vendredi 11 au mardi 15", "2016-11-11", "2016-11-15")
    );
    assert_eq!(
        value("from Friday 11 to Tuesday 15", Lang::En, p),
        v("from Friday 11 to Tuesday 15", "2016-11-11", "2016-11-15")
    );
    // A weekday and a count stay apart.
    assert_eq!(
        values("vendredi 11 au matin", Lang::Fr, p),
        [v("vendredi", "2016-11-04", "2016-11-04")]
    );
}

#[test]
fn counts_from_a_french_day_with_its_article() {
    let p = "2016-11-07";
    assert_eq!(
        value("3 jours après le 12 janvier", Lang::Fr, p),
        v("3 jours après le 12 janvier", "2017-01-15", "2017-01-15")
    );
    assert_eq!(
        value("2 semaines avant le 13 mai 1999", Lang::Fr, p),
        v(
            "2 semaines avant le 13 mai 1999",
            "1999-04-29",
            "1999-04-29"
        )
    );
    assert_eq!(
        value("5 jours avant le nouvel an", Lang::Fr, p),
        v("5 jours avant le nouvel an", "2016-12-27", "2016-12-27")
    );
    assert_eq!(
        value("16 jours à partir du 01/02/2018", Lang::Fr, p),
        v(
            "16 jours à partir du 01/02/2018",
            "2018-02-17",
            "2018-02-17"
        )
    );
    assert_eq!(
        value("3 days after January 12th", Lang::En, p),
        v("3 days after January 12th", "2017-01-15", "2017-01-15")
    );
}

#[test]
fn french_days_of_a_month_and_weeks_starting_on_a_day() {
    let p = "2016-11-07";
    assert_eq!(
        value("le 4e jour de juillet de 1995", Lang::Fr, p),
        v("4e jour de juillet de 1995", "1995-07-04", "1995-07-04")
    );
    // A full month name has no abbreviation's period: the sentence's stays out.
    assert_eq!(
        value("Je rentrerai le deuxième jour d'août.", Lang::Fr, p),
        v("deuxième jour d'août", "2016-08-02", "2016-08-02")
    );
    assert_eq!(
        value("la semaine commençant le 4 février", Lang::Fr, p),
        v(
            "la semaine commençant le 4 février",
            "2017-01-30",
            "2017-02-05"
        )
    );
    assert_eq!(
        value("the week starting February 4", Lang::En, p),
        v("the week starting February 4", "2017-01-30", "2017-02-05")
    );
    assert_eq!(
        value("le jour de la Terre 2010", Lang::Fr, p),
        v("jour de la Terre 2010", "2010-04-22", "2010-04-22")
    );
}

#[test]
fn french_current_and_coming_periods_in_two_words() {
    let p = "2016-11-07";
    assert_eq!(
        value("les ventes du trimestre en cours", Lang::Fr, p),
        v("trimestre en cours", "2016-10-01", "2016-12-31")
    );
    assert_eq!(
        value("le trimestre à venir", Lang::Fr, p),
        v("le trimestre à venir", "2017-01-01", "2017-03-31")
    );
    assert_eq!(
        value("dans les 5 années à venir", Lang::Fr, p),
        v("5 années à venir", "2016-11-08", "2021-11-07")
    );
    // "les mois à venir" are several, not next month.
    assert_eq!(values("dans les mois à venir", Lang::Fr, p), []);
    // A school year does not follow the calendar.
    assert_eq!(values("cette année scolaire", Lang::Fr, p), []);
    assert_eq!(
        value("the coming quarter", Lang::En, p),
        v("coming quarter", "2017-01-01", "2017-03-31")
    );
}

#[test]
fn counts_in_several_words() {
    let p = "2016-11-07";
    assert_eq!(
        value("il y a un mois et vingt-et-un jours", Lang::Fr, p),
        v(
            "il y a un mois et vingt-et-un jours",
            "2016-09-16",
            "2016-09-16"
        )
    );
    assert_eq!(
        value("dans vingt-cinq jours", Lang::Fr, p),
        v("dans vingt-cinq jours", "2016-12-02", "2016-12-02")
    );
    assert_eq!(
        value("twenty one days ago", Lang::En, p),
        v("twenty one days ago", "2016-10-17", "2016-10-17")
    );
}

#[test]
fn french_to_date() {
    let p = "2016-11-07";
    assert_eq!(
        bounds("Le bilan s'élève à ce jour à 30 morts.", Lang::Fr, p),
        v("à ce jour", "", "2016-11-07")
    );
    assert_eq!(
        bounds("jusqu'à ce jour", Lang::Fr, p),
        v("jusqu'à ce jour", "", "2016-11-07")
    );
    assert_eq!(
        value("de mars à ce jour", Lang::Fr, p),
        v("de mars à ce jour", "2016-03-01", "2016-11-07")
    );
    assert_eq!(
        bounds("the deadliest attack to date", Lang::En, p),
        v("to date", "", "2016-11-07")
    );
}

#[test]
fn a_french_day_with_dernier_or_prochain_after_it() {
    let p = "2016-11-07";
    // Nearest publication, 1 January would be 2017's: "dernier" says the past one.
    assert_eq!(
        value("le 1er janvier dernier", Lang::Fr, p),
        v("1er janvier dernier", "2016-01-01", "2016-01-01")
    );
    assert_eq!(
        value("le 3 mars prochain", Lang::Fr, p),
        v("3 mars prochain", "2017-03-03", "2017-03-03")
    );
    // A comma ends the date: "le 3 mars, dernier jour du salon".
    assert_eq!(
        value("le 3 mars, dernier jour du salon", Lang::Fr, p),
        v("3 mars", "2017-03-03", "2017-03-03")
    );
}

#[test]
fn about_so_many_units_and_courant() {
    let p = "2016-11-07";
    assert_eq!(
        value("il y a une dizaine de jours", Lang::Fr, p),
        v("il y a une dizaine de jours", "2016-10-28", "2016-10-28")
    );
    assert_eq!(
        value("il y a plusieurs semaines", Lang::Fr, p),
        v("il y a plusieurs semaines", "2016-10-17", "2016-10-17")
    );
    assert_eq!(
        value("several weeks ago", Lang::En, p),
        v("several weeks ago", "2016-10-17", "2016-10-17")
    );
    assert_eq!(
        value("courant mars", Lang::Fr, p),
        v("mars", "2017-03-01", "2017-03-31")
    );
}

#[test]
fn french_quarters_and_halves_in_letters_and_weeks_of_a_bare_day() {
    let p = "2016-11-07";
    assert_eq!(
        value("au T3 2023", Lang::Fr, p),
        v("T3 2023", "2023-07-01", "2023-09-30")
    );
    assert_eq!(
        value("au S1 2024", Lang::Fr, p),
        v("S1 2024", "2024-01-01", "2024-06-30")
    );
    // Without its year, "un T3" is a flat of three rooms.
    assert_eq!(values("un T3 à Paris", Lang::Fr, p), []);
    assert_eq!(
        value("Q3 2016", Lang::En, p),
        v("Q3 2016", "2016-07-01", "2016-09-30")
    );
    assert_eq!(
        value("pour la semaine du 18.", Lang::Fr, p),
        v("la semaine du 18", "2016-11-14", "2016-11-20")
    );
    assert_eq!(values("la semaine du 18 personnes", Lang::Fr, p), []);
}

#[test]
fn french_day_then_weekday_is_that_day_nearest_publication() {
    let p = "2018-09-10";
    assert_eq!(
        value("Mon prochain salaire sera le 25 mardi", Lang::Fr, p),
        v("le 25 mardi", "2018-09-25", "2018-09-25")
    );
    assert_eq!(
        value("Mon prochain salaire sera le vingt-cinq mardi", Lang::Fr, p),
        v("le vingt-cinq mardi", "2018-09-25", "2018-09-25")
    );
    // The weekday picks the month: the 25th nearest that is a Monday.
    assert_eq!(
        value("Il viendra le 25 lundi", Lang::Fr, p),
        v("le 25 lundi", "2018-06-25", "2018-06-25")
    );
    // "prochain" says the week: the weekday is read, not the day.
    assert_eq!(
        value("Il viendra le 3 lundi prochain", Lang::Fr, p),
        v("lundi prochain", "2018-09-17", "2018-09-17")
    );
}

#[test]
fn french_month_and_day_joined_by_a_period() {
    let p = "2016-11-07";
    assert_eq!(
        value("la semaine de septembre.16", Lang::Fr, p),
        v("la semaine de septembre.16", "2016-09-12", "2016-09-18")
    );
    // "le mois de septembre.16" is the month; "le mois du 16 septembre" too.
    assert_eq!(
        value("le mois de septembre.16", Lang::Fr, p),
        v("le mois de septembre.16", "2016-09-01", "2016-09-30")
    );
    assert_eq!(
        value("le mois du 16 septembre", Lang::Fr, p),
        v("mois du 16 septembre", "2016-09-01", "2016-09-30")
    );
    // A figure glued after a period and followed by a word is a missing space.
    assert_eq!(
        value("en septembre.15 morts", Lang::Fr, p),
        v("septembre", "2016-09-01", "2016-09-30")
    );
    assert_eq!(values("le mois du ramadan", Lang::Fr, p), []);
}

#[test]
fn french_business_days_skip_the_weekend() {
    // Published on a Friday, which the days before or after it leave out.
    let p = "2016-11-04";
    assert_eq!(
        value("un appel dans deux jours ouvrés.", Lang::Fr, p),
        v("dans deux jours ouvrés", "2016-11-08", "2016-11-08")
    );
    assert_eq!(
        value("un appel dans 4 journées de travail", Lang::Fr, p),
        v("dans 4 journées de travail", "2016-11-10", "2016-11-10")
    );
    assert_eq!(
        value("pendant les 4 prochains jours ouvrables", Lang::Fr, p),
        v("4 prochains jours ouvrables", "2016-11-07", "2016-11-10")
    );
    assert_eq!(
        value("les 3 derniers jours ouvrés", Lang::Fr, p),
        v("3 derniers jours ouvrés", "2016-11-01", "2016-11-03")
    );
    // Calendar days still count the weekend.
    assert_eq!(
        value("dans deux jours", Lang::Fr, p),
        v("dans deux jours", "2016-11-06", "2016-11-06")
    );
    // The English counterpart.
    assert_eq!(
        value("a call in two business days", Lang::En, p),
        v("in two business days", "2016-11-08", "2016-11-08")
    );
}

#[test]
fn french_length_of_time_from_a_day_is_the_days_it_covers() {
    // Published on a Monday. "pendant" is part of it, as "for" is.
    let p = "2016-11-07";
    assert_eq!(
        value("fermé pendant 3 jours à partir de lundi", Lang::Fr, p),
        v(
            "pendant 3 jours à partir de lundi",
            "2016-11-07",
            "2016-11-09"
        )
    );
    assert_eq!(
        value("pendant deux semaines à compter d'aujourd'hui", Lang::Fr, p),
        v(
            "pendant deux semaines à compter d'aujourd'hui",
            "2016-11-07",
            "2016-11-20"
        )
    );
    // Without "pendant", the count is how far: one day.
    assert_eq!(
        value("2 semaines à compter d'aujourd'hui", Lang::Fr, p),
        v(
            "2 semaines à compter d'aujourd'hui",
            "2016-11-21",
            "2016-11-21"
        )
    );
    // From an event told, not a day: no date.
    assert_eq!(
        values("resté pendant 3 jours à partir de l'accident", Lang::Fr, p),
        []
    );
    // The English counterpart.
    assert_eq!(
        value("closed for 3 days from today", Lang::En, p),
        v("for 3 days from today", "2016-11-07", "2016-11-09")
    );
}

#[test]
fn french_weekday_in_a_week_to_come() {
    let p = "2016-11-09";
    assert_eq!(
        value("on se revoit lundi dans deux semaines", Lang::Fr, p),
        v("lundi dans deux semaines", "2016-11-21", "2016-11-21")
    );
    assert_eq!(
        value("vendredi dans 3 semaines", Lang::Fr, p),
        v("vendredi dans 3 semaines", "2016-12-02", "2016-12-02")
    );
    // A count of days is another day, not the weekday's week.
    assert_eq!(values("lundi dans 3 jours", Lang::Fr, p).len(), 2);
    // The English counterpart.
    assert_eq!(
        value("see you Monday two weeks from now", Lang::En, p),
        v("Monday two weeks from now", "2016-11-21", "2016-11-21")
    );
}

#[test]
fn french_since_a_day_with_its_article() {
    let p = "2016-11-07";
    assert_eq!(
        one("Il vit ici depuis le 1er janvier 2010.", Lang::Fr, p),
        t(
            "depuis le 1er janvier 2010",
            "2010-01-01",
            "2010-01-01",
            true
        )
    );
    // "dès" with its accent is "since"; the day is the one before publication.
    assert_eq!(
        one("Dès le 3 mai, il a plu.", Lang::Fr, p),
        t("Dès le 3 mai", "2016-05-03", "2016-05-03", true)
    );
    // "depuis le 2 jusqu'au 22 octobre" is from one to the other.
    assert!(!one("depuis le 2 jusqu'au 22 octobre", Lang::Fr, p).3);
    // The English counterpart.
    assert_eq!(
        one("He has lived here since January 1, 2010.", Lang::En, p),
        t("since January 1, 2010", "2010-01-01", "2010-01-01", true)
    );
}

#[test]
fn french_approximate_counts_before_or_after_publication() {
    let p = "2016-11-07";
    assert_eq!(
        value("Il y a à peu près un mois.", Lang::Fr, p),
        v("Il y a à peu près un mois", "2016-10-01", "2016-10-31")
    );
    assert_eq!(
        value("il y a environ deux semaines", Lang::Fr, p),
        v("il y a environ deux semaines", "2016-10-24", "2016-10-24")
    );
    assert_eq!(
        value("la loi votée il y a près de trois ans", Lang::Fr, p),
        v("il y a près de trois ans", "2013-01-01", "2013-12-31")
    );
    assert_eq!(
        value("dans presque deux ans", Lang::Fr, p),
        v("dans presque deux ans", "2018-01-01", "2018-12-31")
    );
    // "plus de" bounds the count: not read as the count itself.
    assert_eq!(values("il y a plus de dix ans", Lang::Fr, p), []);
    // The English counterpart: the hedge stays out of the date.
    assert_eq!(
        value("He left about two weeks ago", Lang::En, p),
        v("two weeks ago", "2016-10-24", "2016-10-24")
    );
}

#[test]
fn since_a_part_of_a_bare_month_is_the_latest_one_begun() {
    let p = "2026-11-14";
    for (text, lang) in [
        ("Ils occupent le site depuis la mi-mars.", Lang::Fr),
        ("They have occupied the site since mid-March.", Lang::En),
    ] {
        let found = values(text, lang, p);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].1.starts_with("2026-03"), "{text}: {found:?}");
    }
    // Without "since", the nearest one.
    let found = values("La réunion aura lieu à la mi-mars.", Lang::Fr, p);
    assert!(
        found.iter().all(|f| f.1.starts_with("2027-03")),
        "{found:?}"
    );
}

#[test]
fn english_deadlines_comparisons_and_named_days() {
    let p = "2016-11-07";
    // "by the end of" is a deadline: that part or any day before.
    let found = find_one("I'll go back by end of this month", p);
    assert_eq!(found.0, "by end of this month");
    assert_eq!(found.1.open, Some(Open::OnOrBefore));
    assert_eq!(found.1.end.to_string(), "2016-11-30");
    assert_eq!(
        find_one("They will finish by the end of 2020.", p).1.open,
        Some(Open::OnOrBefore)
    );
    // "by mid summer" stays the part.
    assert_eq!(find_one("what about by mid summer?", p).1.open, None);
    // The unit compared is part of the open period.
    assert_eq!(
        value("What's the sales for year greater than 2012", Lang::En, p).0,
        "year greater than 2012"
    );
    // "CY 2008" is the calendar year.
    assert_eq!(
        value("Show sales in the cy 2008", Lang::En, p),
        v("cy 2008", "2008-01-01", "2008-12-31")
    );
    assert_eq!(
        value("Show sales in the CY18", Lang::En, p),
        v("CY18", "2018-01-01", "2018-12-31")
    );
    // A part of the year after it.
    assert_eq!(
        value("I'll be out 2016 the third quarter", Lang::En, p),
        v("2016 the third quarter", "2016-07-01", "2016-09-30")
    );
    // A holiday named as a day dates itself; "Christmas shopping" does not.
    assert_eq!(
        value(
            "Let's celebrate International Workers' Day!",
            Lang::En,
            "2020-06-07"
        ),
        v("International Workers' Day", "2020-05-01", "2020-05-01")
    );
    assert!(values("Christmas shopping started early.", Lang::En, p).is_empty());
}

#[test]
fn english_days_after_on_around_and_weeks() {
    let p = "2018-06-20";
    // A month's days joined by a hyphen keep their "on"; two dates joined by "to" do
    // not.
    assert_eq!(
        value("APEC will happen in Korea on November 18-19", Lang::En, p),
        v("on November 18-19", "2018-11-18", "2018-11-19")
    );
    assert_eq!(
        value(
            "I will travel in Japan on 26 june to 28 june in 2020.",
            Lang::En,
            p
        )
        .0,
        "26 june to 28 june in 2020"
    );
    // "around" says the date is approximate.
    assert_eq!(
        value("set something up around the 21st this month.", Lang::En, p).0,
        "around the 21st this month"
    );
    // A day in cardinal words before a preposition, not before a noun it counts.
    assert_eq!(
        value("a call this friday june twenty two with Jim", Lang::En, p),
        v("this friday june twenty two", "2018-06-22", "2018-06-22")
    );
    assert_eq!(
        value("In June twenty people died", Lang::En, p),
        v("June", "2018-06-01", "2018-06-30")
    );
    // An ordinal in two words after "on" ("on second thought" is none).
    assert_eq!(
        value("i went back on twenty second?", Lang::En, "2016-11-07"),
        v("twenty second", "2016-11-22", "2016-11-22")
    );
    assert!(values("On second thought, he stayed.", Lang::En, p).is_empty());
    // A week, then the weekday in it.
    assert_eq!(
        value("1st week of Oct. on Friday.", Lang::En, "2019-11-06"),
        v("1st week of Oct. on Friday", "2019-10-04", "2019-10-04")
    );
}

/// The only date of English `text`: its words without the preposition, and its value.
fn find_one(text: &str, published: &str) -> (String, DateValue) {
    let toks = tokenize(text, 0);
    let s = Sent::new(text, &toks);
    let found = find(&s, Lang::En, Some(published.parse().unwrap()));
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let d = &found[0];
    let a = toks[d.core].span.start;
    let b = toks[d.end - 1].span.end;
    (text[a..b].to_string(), d.value)
}

#[test]
fn english_month_ranges_comparisons_and_current_date() {
    let p = "2018-08-06";
    // A month before a hyphen and another month opens a range; a start after the end
    // is in the year before.
    assert_eq!(
        value("APEC will happen in Korea Jan-Feb 2017", Lang::En, p),
        v("Jan-Feb 2017", "2017-01-01", "2017-02-28")
    );
    assert_eq!(
        value("APEC will happen in Korea Nov-Feb 5th, 2017", Lang::En, p),
        v("Nov-Feb 5th, 2017", "2016-11-01", "2017-02-05")
    );
    // "till current date" ends on publication.
    assert_eq!(
        value(
            "rows from 2010-01-01 till current date",
            Lang::En,
            "2021-06-18"
        ),
        v(
            "from 2010-01-01 till current date",
            "2010-01-01",
            "2021-06-18"
        )
    );
    // Comparisons in symbols open the year.
    let found = find_one("sales > = 2019", p);
    assert_eq!(found.0, "> = 2019");
    assert_eq!(found.1.open, Some(Open::OnOrAfter));
    assert_eq!(find_one("sales <=2019", p).1.open, Some(Open::OnOrBefore));
    assert_eq!(find_one("sales < 2015", p).1.open, Some(Open::Before));
}

#[test]
fn english_fortnights_and_compact_dates() {
    // A fortnight is two calendar weeks: this one and the next, or the two after.
    let p = "2021-05-20";
    assert_eq!(
        value("We hope to leave in the next fortnight.", Lang::En, p),
        v("next fortnight", "2021-05-31", "2021-06-13")
    );
    assert_eq!(
        value("Talks resume this fortnight.", Lang::En, p),
        v("this fortnight", "2021-05-17", "2021-05-30")
    );
    // Eight digits standing alone are a year, a month and a day when they make one.
    assert_eq!(
        value("I'll go back 20161016.", Lang::En, p),
        v("20161016", "2016-10-16", "2016-10-16")
    );
    assert_eq!(
        value("Le fichier du 20170302.", Lang::Fr, p),
        v("20170302", "2017-03-02", "2017-03-02")
    );
    // Not a count before a word, nor an impossible day, nor part of a figure.
    assert!(values("The population was 20161016 in total.", Lang::En, p).is_empty());
    assert!(values("Reference 20161340.", Lang::En, p).is_empty());
    assert!(values("It weighs 20161016.5 grams.", Lang::En, p).is_empty());
}

#[test]
fn month_named_dates_in_any_order() {
    // With the month named and a four-figure year, three glued parts are a date in
    // any order.
    let p = "2018-08-06";
    for text in [
        "I'll go back September-2020-23.",
        "I'll go back 2020/23/Sep.",
        "I'll go back 23-2020-September.",
    ] {
        assert_eq!(
            values(text, Lang::En, p)
                .into_iter()
                .map(|(_, a, b)| (a, b))
                .collect::<Vec<_>>(),
            [("2020-09-23".to_string(), "2020-09-23".to_string())],
            "{text}"
        );
    }
    assert_eq!(
        value("Je reviens le 23-2020-septembre.", Lang::Fr, p),
        v("23-2020-septembre", "2020-09-23", "2020-09-23")
    );
    // Two years and a month stay a range of months.
    assert_eq!(
        value("i'll go back 2020-Sep-2021", Lang::En, p),
        v("2020-Sep-2021", "2020-09-01", "2021-12-31")
    );
}

#[test]
fn a_year_across_a_spaced_dash_from_no_date_part_is_none() {
    let p = "2018-08-06";
    assert!(values("Is this a valid date? 32 - 2015", Lang::En, p).is_empty());
    assert!(values("Is this a valid date? 2015 - 32", Lang::En, p).is_empty());
    assert!(values("Le score : 2015 - 32.", Lang::Fr, p).is_empty());
    // A range of years, and a year after a day, stay.
    assert_eq!(
        value("The range is 1990 - 2015.", Lang::En, p),
        v("1990 - 2015", "1990-01-01", "2015-12-31")
    );
    assert_eq!(value("In 2015 - 20 people died", Lang::En, p).0, "2015");
}

#[test]
fn english_year_after_a_day_and_a_glued_comma() {
    let p = "2016-11-07";
    assert_eq!(
        value("i'll go back january12,2016", Lang::En, p),
        v("january12,2016", "2016-01-12", "2016-01-12")
    );
    assert_eq!(
        value("It opened on March 3,2015 in Paris", Lang::En, p),
        v("March 3,2015", "2015-03-03", "2015-03-03")
    );
}

#[test]
fn two_hyphened_dates_make_a_range() {
    let p = "2018-08-06";
    assert_eq!(
        value("My vacation is from 10-1-2018-10-7-2018", Lang::En, p),
        v("from 10-1-2018-10-7-2018", "2018-10-01", "2018-10-07")
    );
    assert_eq!(
        value("Congés du 1-10-2018-7-10-2018.", Lang::Fr, p),
        v("du 1-10-2018-7-10-2018", "2018-10-01", "2018-10-07")
    );
    // A longer chain is a code.
    assert!(values("Call 10-1-2018-10-7", Lang::En, p).is_empty());
    assert!(values("Code 1-2-3-4-5-6", Lang::En, p).is_empty());
}

#[test]
fn english_earlier_or_later_in_another_period() {
    // A period that does not hold publication: its first or last part.
    let p = "2018-11-28";
    assert_eq!(
        value("He took a test earlier previous week", Lang::En, p),
        v("earlier previous week", "2018-11-19", "2018-11-21")
    );
    assert_eq!(
        value("It opens later next month.", Lang::En, p),
        v("later next month", "2018-12-16", "2018-12-31")
    );
    // The current one: what is left after publication.
    assert_eq!(
        value("It opens later this month.", Lang::En, p),
        v("later this month", "2018-11-28", "2018-11-30")
    );
}

#[test]
fn from_a_bare_month_is_since_then_unless_the_sentence_speaks_of_the_future() {
    let p = "2026-11-14";
    let month = |text: &str| {
        let found = values(text, Lang::Fr, p);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].1[..7].to_string()
    };
    assert_eq!(month("Les prix ont augmenté à partir de mars."), "2026-03");
    assert_eq!(month("Dès mars, les usines ont ralenti."), "2026-03");
    assert_eq!(month("Le tarif s'appliquera à partir de mars."), "2027-03");
    assert_eq!(month("Dès mars, la mesure entrera en vigueur."), "2027-03");
    assert_eq!(
        month("Le gouvernement va relever le tarif dès mars."),
        "2027-03"
    );
    // "depuis" is always since then.
    assert_eq!(
        month("Les grévistes occupent le site depuis mars."),
        "2026-03"
    );
}
