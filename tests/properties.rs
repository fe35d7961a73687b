//! Property tests: whatever the text, extraction does not panic, every claim points
//! at the text it quotes, and claim files survive a write and a read unchanged.

use claimcheck::article::Article;
use claimcheck::claims::store::ClaimFile;
use claimcheck::gazetteer::Gazetteer;
use claimcheck::lang::Lang;
use claimcheck::values::find_values;
use proptest::prelude::*;

/// Pieces of news prose: figures in both languages' formats, hedges, dates, names,
/// units and the punctuation and line endings that trip tokenizers.
const PIECES: &[&str] = &[
    "10.000",
    "11 000",
    "11\u{202f}000",
    "3,5",
    "1,200.5",
    "42",
    "0",
    "2024",
    "1er",
    "26",
    "environ",
    "about",
    "plus de",
    "more than",
    "une dizaine de milliers",
    "dozens of",
    "%",
    "pour cent",
    "par mois",
    "a day",
    "km",
    "milliards",
    "$",
    "€",
    "US$",
    "janvier",
    "avril",
    "December",
    "fin",
    "late",
    "depuis",
    "since",
    "le",
    "the",
    "selon le GUR",
    "according to",
    "Boudanov",
    "Budanov",
    "Koursk",
    "Kursk",
    "Shahed-136",
    "Geran",
    "Ukraine",
    "Russie",
    "soldats",
    "troops",
    "morts",
    "killed",
    "a déclaré",
    "said",
    "hier",
    "yesterday",
    "lundi",
    "Monday",
    ".",
    ",",
    ";",
    ":",
    "«",
    "»",
    "\"",
    "(",
    ")",
    "-",
    "–",
    "/",
    "'",
    "’",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "# ",
    "- ",
    "> ",
    "**",
    "---",
    "é",
    "🙂",
    "\u{feff}",
];

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|p| p.concat())
}

/// News-like prose, or any Unicode at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![3 => prose(), 1 => any::<String>()]
}

fn article(lang: &str, body: &str) -> Article {
    let text = format!("---\nid: prop\npublished: 2025-06-10\nlang: {lang}\n---\n{body}");
    Article::parse("prop.md", text).expect("generated front matter is valid")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_claim_points_at_its_text(body in text(), en in any::<bool>()) {
        let article = article(if en { "en" } else { "fr" }, &body);
        let claims = claimcheck::extract::extract(&article, Gazetteer::builtin());
        for c in &claims {
            let [start, end] = c.evidence.span;
            prop_assert!(start <= end && end <= article.source.text.len());
            prop_assert_eq!(article.source.slice(start..end), c.evidence.text.as_str());
            let at = article.source.line_col(start);
            prop_assert_eq!((at.line, at.column), (c.evidence.line, c.evidence.column));
            prop_assert!(start >= article.body_start, "claim in the front matter: {:?}", c);
        }
    }

    #[test]
    fn claim_files_read_back_as_written(body in prose(), en in any::<bool>()) {
        let article = article(if en { "en" } else { "fr" }, &body);
        let claims = claimcheck::extract::extract(&article, Gazetteer::builtin());
        let file = ClaimFile::new(&article, Some("prop.md".into()), claims);
        match ClaimFile::parse("claims/prop.yaml", &file.to_yaml()) {
            Ok(back) => prop_assert_eq!(back, file),
            Err(e) => prop_assert!(false, "written claim file does not read back: {}", e),
        }
    }

    #[test]
    fn value_spans_are_inside_the_text(body in text(), en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Fr };
        for v in find_values(&body, lang, None) {
            prop_assert!(v.span.start <= v.span.end && v.span.end <= body.len());
            prop_assert!(body.is_char_boundary(v.span.start) && body.is_char_boundary(v.span.end));
        }
    }

    #[test]
    fn any_front_matter_parses_or_errs_without_panicking(front in text(), body in prose()) {
        let text = format!("---\n{front}\n---\n{body}");
        if let Err(e) = Article::parse("fm.md", text) {
            prop_assert!(e.to_string().contains("fm.md"), "error without the file: {}", e);
        }
    }
}
