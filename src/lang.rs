//! The languages claimcheck reads, and a cheap detector for articles that do not say.

use serde::{Deserialize, Serialize};

/// A language the extractors understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code, as written in front matter.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (`fr`, `en`, case-insensitive, regional suffix allowed).
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Guesses the language of `text` from its most frequent function words.
    ///
    /// Function words are short, frequent and nearly disjoint between French and
    /// English, so counting them is enough for news prose; ties go to English.
    pub fn detect(text: &str) -> Lang {
        const FR: &[&str] = &[
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que",
            "qui", "sur", "par", "avec", "au", "aux", "selon", "ont", "sont", "pas",
        ];
        const EN: &[&str] = &[
            "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by",
            "are", "were", "from", "said", "has", "have", "it", "at", "its", "an",
        ];
        let (mut fr, mut en) = (0usize, 0usize);
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(5000)
        {
            let w = word.to_lowercase();
            if FR.contains(&w.as_str()) {
                fr += 1;
            }
            if EN.contains(&w.as_str()) {
                en += 1;
            }
        }
        if fr > en { Lang::Fr } else { Lang::En }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_french_and_english_prose() {
        assert_eq!(
            Lang::detect("Selon le renseignement ukrainien, les soldats sont dans la région."),
            Lang::Fr
        );
        assert_eq!(
            Lang::detect("The ministry said that the troops were moved to the region."),
            Lang::En
        );
    }

    #[test]
    fn parses_codes_with_region_suffix() {
        assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
