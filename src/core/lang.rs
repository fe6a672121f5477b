//! The five languages the widget speaks, and text that exists in all of them.

use serde::Deserialize;

/// A language the widget speaks. Norwegian means bokmål.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Nl,
    De,
    Nb,
    Et,
}

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Nl, Lang::De, Lang::Nb, Lang::Et];

    /// The BCP 47 code (`en`, `nl`, `de`, `nb`, `et`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::De => "de",
            Lang::Nb => "nb",
            Lang::Et => "et",
        }
    }

    /// The language's own name for itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
            Lang::Nb => "Norsk bokmål",
            Lang::Et => "Eesti",
        }
    }

    /// Reads a language tag such as `de-AT`, `nb-NO`, `no` or `EN`.
    /// Norwegian tags (`no`, `nn`, `nb`) all map to bokmål.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            "de" => Some(Lang::De),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "et" => Some(Lang::Et),
            _ => None,
        }
    }

    /// The first supported language among the visitor's preferences, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }
}

/// A text in all five languages. Every field is required, so a catalogue
/// that lacks a language fails to load with a message naming the field.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub nl: String,
    pub de: String,
    pub nb: String,
    pub et: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Nl => &self.nl,
            Lang::De => &self.de,
            Lang::Nb => &self.nb,
            Lang::Et => &self.et,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tags: &[&str], expected: Lang) {
        assert_eq!(Lang::negotiate(tags.iter().copied()), expected, "{tags:?}");
    }

    #[test]
    fn negotiation_picks_first_supported_language() {
        check(&["de-AT", "en"], Lang::De);
        check(&["fr-FR", "nl-BE", "en"], Lang::Nl);
        check(&["no"], Lang::Nb);
        check(&["nn-NO"], Lang::Nb);
        check(&["ET"], Lang::Et);
        check(&["fr", "es"], Lang::En);
        check(&[], Lang::En);
        check(&[""], Lang::En);
    }
}
