//! The accuracy harness: runs [`claimcheck::values::find_values`] over the Microsoft
//! Recognizers-Text spec cases copied in `tests/peer-specs/Specs` and scores each case.
//!
//! Shared by the `peer-specs` example (which prints the table) and the `peer_specs`
//! integration test (which asserts floors on it). `docs/accuracy.md` describes the rules.
//!
//! A case passes when the set of our values of the kind(s) the file tests equals the
//! expected results: same span (compared as character offsets) and same resolved value.

// Each of the two targets that include this file uses a different part of it.
#![allow(dead_code)]

use claimcheck::Lang;
use claimcheck::claims::DateValue;
use claimcheck::values::{FoundValue, ValueKind, find_values};
use jiff::civil::Date;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The spec files measured, relative to `tests/peer-specs/Specs`.
pub const FILES: &[&str] = &[
    "Number/English/NumberModel.json",
    "Number/English/NumberRangeModel.json",
    "Number/English/PercentModel.json",
    "Number/French/NumberModel.json",
    "Number/French/NumberRangeModel.json",
    "Number/French/PercentModel.json",
    "NumberWithUnit/English/CurrencyModel.json",
    "NumberWithUnit/English/DimensionModel.json",
    "NumberWithUnit/French/CurrencyModel.json",
    "NumberWithUnit/French/DimensionModel.json",
    "DateTime/English/DateExtractor.json",
    "DateTime/English/DateParser.json",
    "DateTime/English/DatePeriodExtractor.json",
    "DateTime/English/DatePeriodParser.json",
    "DateTime/English/DateTimeModel.json",
    "DateTime/French/DateExtractor.json",
    "DateTime/French/DateParser.json",
    "DateTime/French/DatePeriodExtractor.json",
    "DateTime/French/DatePeriodParser.json",
    "DateTime/French/DateTimeModel.json",
];

/// Reference date for DateTime cases without `Context.ReferenceDateTime`: the date most
/// cases of these files use. The .NET harness takes "now" there, so those cases only
/// expect absolute dates and the choice does not change what they expect.
pub const DEFAULT_DATETIME_REFERENCE: Date = jiff::civil::date(2016, 11, 7);

/// Where the spec files live.
pub fn specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/peer-specs/Specs")
}

/// Where the list of deliberate disagreements lives.
pub fn exceptions_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/peer-specs/exceptions.yaml")
}

/// A case we disagree with on purpose (`tests/peer-specs/exceptions.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// Spec file, relative to `Specs/`.
    pub file: String,
    /// The case's `Input`, exactly.
    pub input: String,
    /// Why we disagree.
    pub reason: String,
}

/// Reads the exceptions file.
pub fn load_exceptions() -> Result<Vec<Exception>, String> {
    let path = exceptions_path();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let list: Option<Vec<Exception>> =
        claimcheck::yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(list.unwrap_or_default())
}

/// Passed out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Cases that passed.
    pub passed: usize,
    /// Cases scored.
    pub total: usize,
}

impl Tally {
    /// The pass rate in percent, `None` when nothing was scored.
    pub fn percent(self) -> Option<f64> {
        (self.total > 0).then(|| 100.0 * self.passed as f64 / self.total as f64)
    }

    fn add(&mut self, other: Tally) {
        self.passed += other.passed;
        self.total += other.total;
    }

    fn cell(self) -> String {
        match self.percent() {
            Some(p) => format!("{}/{} ({p:.1} %)", self.passed, self.total),
            None => format!("{}/{} (n/a)", self.passed, self.total),
        }
    }
}

/// A case that failed.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The sentence.
    pub input: String,
    /// Whether the .NET reference runs this case.
    pub validated: bool,
    /// The reason from `exceptions.yaml` when we disagree on purpose.
    pub exception: Option<String>,
    /// The expected results, rendered.
    pub expected: Vec<String>,
    /// Our results of the kinds the file tests, rendered.
    pub got: Vec<String>,
}

/// The score of one spec file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Path relative to `Specs/`.
    pub file: String,
    /// `Number`, `NumberWithUnit` or `Date`.
    pub group: &'static str,
    /// Language of the cases.
    pub lang: Lang,
    /// Cases the .NET reference runs.
    pub validated: Tally,
    /// Every case.
    pub all: Tally,
    /// Failing cases listed in `exceptions.yaml` (still counted as failures).
    pub exceptions: usize,
    /// Cases left out because they expect other types (DateTimeModel: times, durations…).
    pub excluded: usize,
    /// Cases left out because they, or one of their expected results, could not be read.
    pub malformed: usize,
    /// Our values whose byte span does not fall on character boundaries.
    pub bad_spans: usize,
    /// Expected spans recomputed from `Text` because the offsets disagreed with it.
    pub recomputed: usize,
    /// Exception entries whose case now passes.
    pub passing_exceptions: Vec<String>,
    /// Exception entries that name no case of this file.
    pub unknown_exceptions: Vec<String>,
    /// The failing cases.
    pub failures: Vec<Failure>,
}

/// The score of every file.
#[derive(Debug, Clone)]
pub struct Report {
    /// One entry per file of [`FILES`], in that order.
    pub files: Vec<FileReport>,
    /// Exception entries that name no case.
    pub unknown_exceptions: Vec<String>,
}

/// What a spec file tests, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    NumberRange,
    Percent,
    Currency,
    Dimension,
    DateExtractor,
    DateParser,
    DatePeriodExtractor,
    DatePeriodParser,
    DateTimeModel,
}

impl Kind {
    fn of(file: &str) -> Option<Kind> {
        let name = file.rsplit('/').next()?.strip_suffix(".json")?;
        Some(match name {
            "NumberModel" => Kind::Number,
            "NumberRangeModel" => Kind::NumberRange,
            "PercentModel" => Kind::Percent,
            "CurrencyModel" => Kind::Currency,
            "DimensionModel" => Kind::Dimension,
            "DateExtractor" => Kind::DateExtractor,
            "DateParser" => Kind::DateParser,
            "DatePeriodExtractor" => Kind::DatePeriodExtractor,
            "DatePeriodParser" => Kind::DatePeriodParser,
            "DateTimeModel" => Kind::DateTimeModel,
            _ => return None,
        })
    }

    /// Our value kinds this file scores.
    fn ours(self) -> &'static [ValueKind] {
        match self {
            Kind::Number => &[ValueKind::Number],
            Kind::NumberRange => &[ValueKind::NumberRange],
            Kind::Percent => &[ValueKind::Percent],
            Kind::Currency => &[ValueKind::Currency],
            Kind::Dimension => &[ValueKind::Dimension],
            Kind::DateExtractor | Kind::DateParser => &[ValueKind::Date],
            Kind::DatePeriodExtractor | Kind::DatePeriodParser => &[ValueKind::DateRange],
            Kind::DateTimeModel => &[ValueKind::Date, ValueKind::DateRange],
        }
    }

    /// Model files use `[Start, End]` inclusive; the others `[Start, Start+Length)`.
    fn is_model(self) -> bool {
        !matches!(
            self,
            Kind::DateExtractor
                | Kind::DateParser
                | Kind::DatePeriodExtractor
                | Kind::DatePeriodParser
        )
    }

    fn is_datetime(self) -> bool {
        matches!(
            self,
            Kind::DateExtractor
                | Kind::DateParser
                | Kind::DatePeriodExtractor
                | Kind::DatePeriodParser
                | Kind::DateTimeModel
        )
    }
}

/// One resolution a date result may have.
#[derive(Debug, Clone, PartialEq)]
enum DateWant {
    /// A day: our value must be that one day.
    Day(Date),
    /// A period; an absent bound is not checked. `end` is the spec's end, usually
    /// exclusive: our inclusive end may equal it or the day before.
    Period {
        start: Option<Date>,
        end: Option<Date>,
    },
    /// The spec gives no concrete dates ("not resolved", seasons): span only.
    Unresolved,
}

impl DateWant {
    fn matches(&self, got: &DateValue) -> bool {
        match self {
            DateWant::Day(d) => got.start == *d && got.end == *d,
            // Open periods ("before 2010") compare by the bounds they have.
            DateWant::Period { start, end } => {
                let (a, b) = got.bounds();
                start.is_none_or(|s| a == Some(s))
                    && end.is_none_or(|e| b == Some(e) || e.yesterday().ok() == b)
            }
            DateWant::Unresolved => true,
        }
    }

    fn render(&self) -> String {
        match self {
            DateWant::Day(d) => d.to_string(),
            DateWant::Period { start, end } => format!(
                "{}..{}",
                start.map(|d| d.to_string()).unwrap_or_default(),
                end.map(|d| d.to_string()).unwrap_or_default()
            ),
            DateWant::Unresolved => "unresolved".to_string(),
        }
    }
}

/// A bound of an expected range: value and whether it is included.
type Bound = Option<(f64, bool)>;

/// The value an expected result resolves to.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    /// A number, percentage (in percent) or `None` for "null".
    Number(Option<f64>),
    /// An interval.
    Range { low: Bound, high: Bound },
    /// An amount with a unit; `unit` is `None` when the spec's unit is one we do not
    /// model, and then nothing matches.
    Unit {
        value: Option<f64>,
        unit: Option<&'static str>,
        name: String,
    },
    /// Extractor files: the span is all.
    Span,
    /// Any of these resolutions.
    Dates(Vec<DateWant>),
}

impl Want {
    fn matches(&self, got: &FoundValue) -> bool {
        match self {
            Want::Number(v) => close_opt(*v, got.value),
            Want::Range { low, high } => {
                bound_matches(*low, got.low, got.low_inclusive)
                    && bound_matches(*high, got.high, got.high_inclusive)
            }
            Want::Unit { value, unit, .. } => {
                unit.is_some_and(|u| got.unit.as_deref() == Some(u)) && close_opt(*value, got.value)
            }
            Want::Span => true,
            Want::Dates(alts) => match &got.date {
                Some(d) => alts.iter().any(|w| w.matches(d)),
                None => alts.contains(&DateWant::Unresolved),
            },
        }
    }

    fn render(&self) -> String {
        match self {
            Want::Number(v) => opt_num(*v),
            Want::Range { low, high } => format!(
                "{}{},{}{}",
                if low.is_none_or(|b| b.1) { '[' } else { '(' },
                low.map(|b| num(b.0)).unwrap_or_default(),
                high.map(|b| num(b.0)).unwrap_or_default(),
                if high.is_none_or(|b| b.1) { ']' } else { ')' },
            ),
            Want::Unit { value, unit, name } => format!(
                "{} {} ({name})",
                opt_num(*value),
                unit.unwrap_or("<unit not modelled>")
            ),
            Want::Span => String::new(),
            Want::Dates(alts) => alts
                .iter()
                .map(DateWant::render)
                .collect::<Vec<_>>()
                .join(" | "),
        }
    }
}

fn bound_matches(want: Bound, got: Option<f64>, got_inclusive: bool) -> bool {
    match (want, got) {
        (None, None) => true,
        (Some((w, inc)), Some(g)) => close(w, g) && inc == got_inclusive,
        _ => false,
    }
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-6 * a.abs().max(b.abs())
}

fn close_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn num(v: f64) -> String {
    format!("{v}")
}

fn opt_num(v: Option<f64>) -> String {
    v.map(num).unwrap_or_else(|| "null".to_string())
}

/// An expected result: a character span and a value.
#[derive(Debug, Clone)]
struct Expected {
    start: usize,
    end: usize,
    text: String,
    want: Want,
}

/// Parses "0,2", "1E-07", "1234567.89".
fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    let s = if s.contains('.') {
        s.to_string()
    } else {
        s.replace(',', ".")
    };
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A numeric resolution: a string ("null" for none) or a JSON number.
fn value_field(v: Option<&Value>) -> Result<Option<f64>, ()> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s == "null" => Ok(None),
        Some(Value::String(s)) => parse_number(s.trim_end_matches('%').trim())
            .map(Some)
            .ok_or(()),
        Some(Value::Number(n)) => n.as_f64().map(Some).ok_or(()),
        Some(_) => Err(()),
    }
}

/// Parses "[20,30)", "(,30]", "(0.5,)".
fn parse_interval(s: &str) -> Option<(Bound, Bound)> {
    let s = s.trim();
    let low_inc = match s.chars().next()? {
        '[' => true,
        '(' => false,
        _ => return None,
    };
    let high_inc = match s.chars().last()? {
        ']' => true,
        ')' => false,
        _ => return None,
    };
    let inner = s.get(1..s.len() - 1)?;
    let (lo, hi) = inner.split_once(',')?;
    let bound = |t: &str, inc: bool| -> Option<Bound> {
        if t.trim().is_empty() {
            Some(None)
        } else {
            parse_number(t).map(|v| Some((v, inc)))
        }
    };
    Some((bound(lo, low_inc)?, bound(hi, high_inc)?))
}

fn currency_unit(name: &str, iso: Option<&str>) -> Option<&'static str> {
    const OURS: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "KRW", "CHF", "CAD", "AUD", "HKD", "NZD",
        "MXN", "INR", "TRY", "CRC", "GEL", "LAK", "BTC", "LKR",
    ];
    if let Some(iso) = iso {
        return OURS.iter().copied().find(|&u| u == iso);
    }
    Some(match name.to_lowercase().as_str() {
        "dollar" | "united states dollar" | "dollar états-unis" => "USD",
        "euro" => "EUR",
        "pound" | "british pound" | "livre" | "livre sterling" => "GBP",
        "cent" | "centimes" => "cent",
        "pence" | "penny" => "penny",
        "japanese yen" | "yen" | "yen japonais" => "JPY",
        "chinese yuan" | "yuan" | "yuan chinois" => "CNY",
        "russian ruble" | "rouble russe" => "RUB",
        "swiss franc" | "franc suisse" => "CHF",
        "korean won" | "south korean won" | "won sud-coréen" => "KRW",
        "ukrainian hryvnia" | "hryvnia ukrainienne" => "UAH",
        "canadian dollar" | "dollar canadien" => "CAD",
        "australian dollar" | "dollar australien" => "AUD",
        "hong kong dollar" | "dollar de hong kong" => "HKD",
        "new zealand dollar" | "dollar néo-zélandais" => "NZD",
        "mexican peso" | "peso mexicain" => "MXN",
        "rupee" | "indian rupee" | "roupie" | "roupie indienne" => "INR",
        "turkish lira" | "livre turque" => "TRY",
        "bitcoin" => "BTC",
        "satoshi" => "satoshi",
        "franc" => "franc",
        "peseta" => "ESP",
        "netherlands guilder" | "florins néerlandais" => "NLG",
        "finnish markka" | "mark finlandais" => "FIM",
        "pesewa" => "pesewa",
        _ => return None,
    })
}

fn dimension_unit(name: &str) -> Option<&'static str> {
    Some(match name.to_lowercase().as_str() {
        "kilometer" | "kilomètre" | "kilomètres" => "km",
        "meter" | "mètre" | "mètres" => "m",
        "decimeter" | "décimètre" | "décimètres" => "dm",
        "hectometer" | "hectomètre" | "hectomètres" => "hm",
        "foot" | "pied" | "pieds" => "ft",
        "inch" | "pouce" | "pouces" => "in",
        "square meter" | "mètre carré" => "m2",
        "square mile" => "mi2",
        "cubic foot" | "pieds cube" => "ft3",
        "milliliter" | "millilitre" => "ml",
        "gallon" => "gal",
        "gram" | "gramme" => "g",
        "milligram" | "milligramme" => "mg",
        "microgram" | "microgramme" => "ug",
        "ounce" | "once" | "onces" => "oz",
        "pound" | "livre" => "lb",
        "bit" => "bit",
        "tablespoon" | "cuillère à soupe" => "tbsp",
        "teaspoon" | "cuillère à café" => "tsp",
        "cup" | "tasse" => "cup",
        "mile" | "miles" => "mi",
        "millimeter" | "millimètre" | "millimètres" => "mm",
        "centimeter" | "centimètre" | "centimètres" => "cm",
        "kilogram" | "kilogramme" | "kilogrammes" => "kg",
        "ton" | "tonne" | "metric ton" | "tonne métrique" => "t",
        "square kilometer" | "kilomètre carré" => "km2",
        "hectare" => "ha",
        "acre" => "acre",
        "liter" | "litre" => "l",
        "barrel" | "baril" => "barrel",
        "kilometer per hour" | "kilomètre par heure" | "kilomètres par heure" => "kmh",
        "mile per hour" | "miles par heure" => "mph",
        "radian" => "rad",
        "degree" => "deg",
        "megabyte" => "MB",
        _ => return None,
    })
}

fn parse_date(v: Option<&Value>) -> Option<Date> {
    v?.as_str()?.get(..10)?.parse().ok()
}

/// A parser file's `Value`: `{Timex, FutureResolution: {date | startDate, endDate}, PastResolution}`.
fn parser_dates(value: &Value, period: bool) -> Option<Vec<DateWant>> {
    let mut alts = Vec::new();
    for key in ["FutureResolution", "PastResolution"] {
        let Some(res) = value.get(key).and_then(Value::as_object) else {
            continue;
        };
        if res.is_empty() {
            continue;
        }
        if period {
            let start = parse_date(res.get("startDate"));
            let end = parse_date(res.get("endDate"));
            if start.is_none() && end.is_none() {
                return None;
            }
            alts.push(DateWant::Period { start, end });
        } else {
            alts.push(DateWant::Day(parse_date(res.get("date"))?));
        }
    }
    if alts.is_empty() {
        alts.push(DateWant::Unresolved);
    }
    Some(alts)
}

/// A DateTimeModel resolution: `{values: [{type, value | start/end}]}`.
fn model_dates(resolution: &Value) -> Option<Vec<DateWant>> {
    let values = resolution.get("values")?.as_array()?;
    let mut alts = Vec::new();
    for v in values {
        let start = parse_date(v.get("start"));
        let end = parse_date(v.get("end"));
        if start.is_some() || end.is_some() {
            alts.push(DateWant::Period { start, end });
        } else if let Some(d) = parse_date(v.get("value")) {
            alts.push(DateWant::Day(d));
        } else if v.get("value").and_then(Value::as_str) == Some("not resolved") {
            alts.push(DateWant::Unresolved);
        }
    }
    (!alts.is_empty()).then_some(alts)
}

fn chars_eq_ci(a: &[char], b: &[char]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || x.to_lowercase().eq(y.to_lowercase()))
}

/// The character span of `text` in `input`: `start..end` when it holds `text`
/// (case-insensitively), else the occurrence of `text` nearest `start`. The flag says
/// whether the span was recomputed.
fn locate(
    input: &[char],
    text: &[char],
    start: Option<usize>,
    end: Option<usize>,
) -> Option<(usize, usize, bool)> {
    if let (Some(s), Some(e)) = (start, end) {
        if s <= e && e <= input.len() && chars_eq_ci(&input[s..e], text) {
            return Some((s, e, false));
        }
    }
    if text.is_empty() || text.len() > input.len() {
        return None;
    }
    let anchor = start.unwrap_or(0);
    (0..=input.len() - text.len())
        .filter(|&i| chars_eq_ci(&input[i..i + text.len()], text))
        .min_by_key(|&i| i.abs_diff(anchor))
        .map(|i| (i, i + text.len(), true))
}

fn get_usize(r: &Value, keys: &[&str]) -> Option<usize> {
    keys.iter()
        .find_map(|k| r.get(*k))
        .or_else(|| {
            let res = r.get("Resolution")?;
            keys.iter().find_map(|k| res.get(*k))
        })
        .and_then(Value::as_u64)
        .map(|v| v as usize)
}

/// What reading one expected result gave.
enum Read {
    Ok(Expected, bool),
    Malformed,
}

fn read_result(kind: Kind, r: &Value, input: &[char]) -> Read {
    let Some(text) = r.get("Text").and_then(Value::as_str) else {
        return Read::Malformed;
    };
    let text_chars: Vec<char> = text.chars().collect();
    let start = get_usize(r, &["Start", "start"]);
    let end = if kind.is_model() {
        get_usize(r, &["End", "end"]).map(|e| e + 1)
    } else {
        get_usize(r, &["Length"]).and_then(|l| start.map(|s| s + l))
    };
    let Some((mut start, mut end, recomputed)) = locate(input, &text_chars, start, end) else {
        return Read::Malformed;
    };
    // Some French cases' `Text` starts with the space before the date (an offset slip:
    // " septembre 4 à septembre 8"); a span is the same without its outer spaces.
    while start < end && input[start].is_whitespace() {
        start += 1;
    }
    while end > start && input[end - 1].is_whitespace() {
        end -= 1;
    }
    let text: String = input[start..end].iter().collect();
    let text = text.as_str();
    let resolution = r.get("Resolution").unwrap_or(&Value::Null);
    let want = match kind {
        Kind::Number | Kind::Percent => match value_field(resolution.get("value")) {
            Ok(v) => Want::Number(v),
            Err(()) => return Read::Malformed,
        },
        Kind::NumberRange => {
            match resolution
                .get("value")
                .and_then(Value::as_str)
                .and_then(parse_interval)
            {
                Some((low, high)) => Want::Range { low, high },
                None => return Read::Malformed,
            }
        }
        Kind::Currency | Kind::Dimension => {
            let Ok(value) = value_field(resolution.get("value")) else {
                return Read::Malformed;
            };
            let name = resolution
                .get("unit")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let unit = if kind == Kind::Currency {
                let iso = resolution.get("isoCurrency").and_then(Value::as_str);
                currency_unit(&name, iso)
            } else {
                dimension_unit(&name)
            };
            Want::Unit { value, unit, name }
        }
        Kind::DateExtractor | Kind::DatePeriodExtractor => Want::Span,
        Kind::DateParser | Kind::DatePeriodParser => {
            let period = kind == Kind::DatePeriodParser;
            match r.get("Value").and_then(|v| parser_dates(v, period)) {
                Some(alts) => Want::Dates(alts),
                None => return Read::Malformed,
            }
        }
        Kind::DateTimeModel => match model_dates(resolution) {
            Some(alts) => Want::Dates(alts),
            None => return Read::Malformed,
        },
    };
    Read::Ok(
        Expected {
            start,
            end,
            text: text.to_string(),
            want,
        },
        recomputed,
    )
}

fn type_name(r: &Value) -> Option<&str> {
    r.get("TypeName")
        .or_else(|| r.get("Typename"))
        .and_then(Value::as_str)
}

fn mentions_dotnet(case: &Value, key: &str) -> bool {
    case.get(key)
        .and_then(Value::as_str)
        .is_some_and(|s| s.to_lowercase().contains("dotnet"))
}

/// One of our values, with its span in characters.
struct Got<'a> {
    start: usize,
    end: usize,
    value: &'a FoundValue,
}

fn render_got(input: &str, g: &Got<'_>) -> String {
    let v = g.value;
    let text = input.get(v.span.clone()).unwrap_or("?");
    let value = match v.kind {
        ValueKind::NumberRange => Want::Range {
            low: v.low.map(|x| (x, v.low_inclusive)),
            high: v.high.map(|x| (x, v.high_inclusive)),
        }
        .render(),
        ValueKind::Date | ValueKind::DateRange => match &v.date {
            Some(d) if d.start == d.end && d.bounds() == (Some(d.start), Some(d.end)) => {
                d.start.to_string()
            }
            Some(d) => {
                let (a, b) = d.bounds();
                let show = |x: Option<Date>| x.map(|x| x.to_string()).unwrap_or_default();
                format!("{}..={}", show(a), show(b))
            }
            None => "no date".to_string(),
        },
        _ => match &v.unit {
            Some(u) => format!("{} {u}", opt_num(v.value)),
            None => opt_num(v.value),
        },
    };
    format!("{:?} {text:?} @{}..{} = {value}", v.kind, g.start, g.end)
}

fn render_expected(e: &Expected) -> String {
    match e.want {
        Want::Span => format!("{:?} @{}..{}", e.text, e.start, e.end),
        _ => format!("{:?} @{}..{} = {}", e.text, e.start, e.end, e.want.render()),
    }
}

/// Byte offset to character offset, `None` off a character boundary.
fn char_offset(text: &str, byte: usize) -> Option<usize> {
    text.get(..byte).map(|s| s.chars().count())
}

/// Whether our values equal the expected ones, as multisets of (span, value).
fn same(expected: &[Expected], got: &[Got<'_>]) -> bool {
    if expected.len() != got.len() {
        return false;
    }
    let mut used = vec![false; got.len()];
    expected.iter().all(|e| {
        let hit = got.iter().enumerate().position(|(i, g)| {
            !used[i] && g.start == e.start && g.end == e.end && e.want.matches(g.value)
        });
        hit.map(|i| used[i] = true).is_some()
    })
}

/// Scores one spec file. `exceptions` maps inputs to reasons for this file.
pub fn run_file(file: &str, exceptions: &BTreeMap<String, String>) -> Result<FileReport, String> {
    let kind = Kind::of(file).ok_or_else(|| format!("{file}: not a known spec file"))?;
    let lang = if file.contains("/English/") {
        Lang::En
    } else if file.contains("/French/") {
        Lang::Fr
    } else {
        return Err(format!("{file}: no language in the path"));
    };
    let group = match file.split('/').next() {
        Some("Number") => "Number",
        Some("NumberWithUnit") => "NumberWithUnit",
        _ => "Date",
    };
    let path = specs_dir().join(file);
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut report = FileReport {
        file: file.to_string(),
        group,
        lang,
        validated: Tally::default(),
        all: Tally::default(),
        exceptions: 0,
        excluded: 0,
        malformed: 0,
        bad_spans: 0,
        recomputed: 0,
        passing_exceptions: Vec::new(),
        unknown_exceptions: Vec::new(),
        failures: Vec::new(),
    };
    let inputs: std::collections::BTreeSet<&str> = cases
        .iter()
        .filter_map(|c| c.get("Input").and_then(Value::as_str))
        .collect();
    report.unknown_exceptions = exceptions
        .keys()
        .filter(|k| !inputs.contains(k.as_str()))
        .cloned()
        .collect();
    for case in &cases {
        let (Some(input), Some(results)) = (
            case.get("Input").and_then(Value::as_str),
            case.get("Results").and_then(Value::as_array),
        ) else {
            report.malformed += 1;
            continue;
        };
        if kind == Kind::DateTimeModel
            && results.iter().any(|r| {
                !matches!(
                    type_name(r),
                    Some("datetimeV2.date" | "datetimeV2.daterange")
                )
            })
        {
            report.excluded += 1;
            continue;
        }
        let chars: Vec<char> = input.chars().collect();
        let mut expected = Vec::new();
        let mut recomputed = 0;
        for r in results {
            match read_result(kind, r, &chars) {
                Read::Ok(e, moved) => {
                    recomputed += usize::from(moved);
                    expected.push(e);
                }
                Read::Malformed => break,
            }
        }
        // A case with an unreadable expected result is left out: without it the case
        // would expect less than its authors meant.
        if expected.len() < results.len() {
            report.malformed += 1;
            continue;
        }
        report.recomputed += recomputed;
        let reference = case
            .get("Context")
            .and_then(|c| c.get("ReferenceDateTime"))
            .and_then(|d| parse_date(Some(d)))
            .or(kind.is_datetime().then_some(DEFAULT_DATETIME_REFERENCE));
        let found = find_values(input, lang, reference);
        let mut got = Vec::new();
        for v in found.iter().filter(|v| kind.ours().contains(&v.kind)) {
            match (
                char_offset(input, v.span.start),
                char_offset(input, v.span.end),
            ) {
                (Some(start), Some(end)) => got.push(Got {
                    start,
                    end,
                    value: v,
                }),
                // Off a character boundary: kept so the case fails, and counted.
                _ => {
                    report.bad_spans += 1;
                    got.push(Got {
                        start: usize::MAX,
                        end: usize::MAX,
                        value: v,
                    });
                }
            }
        }
        let passed = same(&expected, &got);
        let validated = !mentions_dotnet(case, "NotSupported")
            && !mentions_dotnet(case, "NotSupportedByDesign");
        let tally = Tally {
            passed: usize::from(passed),
            total: 1,
        };
        report.all.add(tally);
        if validated {
            report.validated.add(tally);
        }
        let exception = exceptions.get(input).cloned();
        if passed {
            if exception.is_some() {
                report.passing_exceptions.push(input.to_string());
            }
            continue;
        }
        report.exceptions += usize::from(exception.is_some());
        report.failures.push(Failure {
            input: input.to_string(),
            validated,
            exception,
            expected: expected.iter().map(render_expected).collect(),
            got: got.iter().map(|g| render_got(input, g)).collect(),
        });
    }
    Ok(report)
}

/// Scores every file of [`FILES`] with the exceptions of `exceptions.yaml`.
pub fn run() -> Result<Report, String> {
    let exceptions = load_exceptions()?;
    let mut by_file: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    let mut unknown = Vec::new();
    for e in &exceptions {
        match FILES.iter().find(|f| **f == e.file) {
            Some(f) => {
                by_file
                    .entry(f)
                    .or_default()
                    .insert(e.input.clone(), e.reason.clone());
            }
            None => unknown.push(format!("{}: {:?} (no such file)", e.file, e.input)),
        }
    }
    let mut files = Vec::new();
    for file in FILES {
        let empty = BTreeMap::new();
        let mine = by_file.get(file).unwrap_or(&empty);
        let report = run_file(file, mine)?;
        unknown.extend(
            report
                .unknown_exceptions
                .iter()
                .map(|input| format!("{file}: {input:?} (no such case)")),
        );
        files.push(report);
    }
    Ok(Report {
        files,
        unknown_exceptions: unknown,
    })
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "French",
    }
}

/// The Markdown tables: one row per file, then totals per group and language, then notes.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    out.push_str("| file | validated: passed/total (%) | all: passed/total (%) | exceptions |\n");
    out.push_str("|---|---:|---:|---:|\n");
    for f in &report.files {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            f.file,
            f.validated.cell(),
            f.all.cell(),
            f.exceptions
        );
    }
    out.push('\n');
    out.push_str("| group | validated: passed/total (%) | all: passed/total (%) | exceptions |\n");
    out.push_str("|---|---:|---:|---:|\n");
    let mut total = (Tally::default(), Tally::default(), 0);
    for group in ["Number", "NumberWithUnit", "Date"] {
        for lang in [Lang::En, Lang::Fr] {
            let mut sum = (Tally::default(), Tally::default(), 0);
            for f in report
                .files
                .iter()
                .filter(|f| f.group == group && f.lang == lang)
            {
                sum.0.add(f.validated);
                sum.1.add(f.all);
                sum.2 += f.exceptions;
            }
            total.0.add(sum.0);
            total.1.add(sum.1);
            total.2 += sum.2;
            let _ = writeln!(
                out,
                "| {group} · {} | {} | {} | {} |",
                lang_name(lang),
                sum.0.cell(),
                sum.1.cell(),
                sum.2
            );
        }
    }
    let _ = writeln!(
        out,
        "| **total** | {} | {} | {} |",
        total.0.cell(),
        total.1.cell(),
        total.2
    );
    out.push('\n');
    let mut notes = Vec::new();
    for f in &report.files {
        if f.excluded > 0 {
            notes.push(format!(
                "{}: {} cases left out because they expect times, durations or sets.",
                f.file, f.excluded
            ));
        }
        if f.malformed > 0 {
            notes.push(format!(
                "{}: {} cases left out because an expected result could not be read.",
                f.file, f.malformed
            ));
        }
        if f.bad_spans > 0 {
            notes.push(format!(
                "{}: {} of our values had a span off character boundaries (counted as failing).",
                f.file, f.bad_spans
            ));
        }
        if f.recomputed > 0 {
            notes.push(format!(
                "{}: {} expected spans recomputed from `Text`.",
                f.file, f.recomputed
            ));
        }
        for input in &f.passing_exceptions {
            notes.push(format!(
                "{}: exception {input:?} now passes; remove it from exceptions.yaml.",
                f.file
            ));
        }
    }
    for e in &report.unknown_exceptions {
        notes.push(format!("exceptions.yaml names no case: {e}"));
    }
    for n in notes {
        let _ = writeln!(out, "- {n}");
    }
    out
}

/// The failing cases of files whose path contains `filter`, for debugging.
pub fn failures(report: &Report, filter: &str) -> String {
    let mut out = String::new();
    for f in report.files.iter().filter(|f| f.file.contains(filter)) {
        let _ = writeln!(out, "## {} ({} failing)\n", f.file, f.failures.len());
        for fail in &f.failures {
            let _ = writeln!(
                out,
                "- {:?}{}{}",
                fail.input,
                if fail.validated {
                    ""
                } else {
                    " [not run by .NET]"
                },
                fail.exception
                    .as_ref()
                    .map(|r| format!(" [exception: {r}]"))
                    .unwrap_or_default()
            );
            if fail.expected.is_empty() {
                out.push_str("    expected: nothing\n");
            }
            for e in &fail.expected {
                let _ = writeln!(out, "    expected: {e}");
            }
            if fail.got.is_empty() {
                out.push_str("    got:      nothing\n");
            }
            for g in &fail.got {
                let _ = writeln!(out, "    got:      {g}");
            }
        }
        out.push('\n');
    }
    out
}

/// The floor for a measured pass rate: 0.5 point below it, rounded down to a tenth,
/// and 0 when nothing passes.
pub fn floor_for(tally: Tally) -> f64 {
    match tally.percent() {
        Some(p) if tally.passed > 0 => (((p - 0.5) * 10.0).floor() / 10.0).max(0.0),
        _ => 0.0,
    }
}

/// The `FLOORS` table of `tests/peer_specs.rs` for the figures measured now.
pub fn floors_table(report: &Report) -> String {
    let mut out = String::from("const FLOORS: &[(&str, f64, f64)] = &[\n");
    for f in &report.files {
        let _ = writeln!(
            out,
            "    ({:?}, {:.1}, {:.1}),",
            f.file,
            floor_for(f.validated),
            floor_for(f.all)
        );
    }
    out.push_str("];\n");
    out
}
