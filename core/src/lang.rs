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

    /// Position in [`Lang::ALL`] (and in a [`T5`]).
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Nl => 1,
            Lang::De => 2,
            Lang::Nb => 3,
            Lang::Et => 4,
        }
    }

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
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }
}

/// A compiled-in text in the five languages, in [`Lang::ALL`] order (en,
/// nl, de, nb, et).
pub type T5 = [&'static str; 5];

/// `text` in `lang`.
pub fn tr(text: &T5, lang: Lang) -> &'static str {
    text[lang.index()]
}

/// `template` with each `{key}` replaced by its value, in one pass: a value
/// that itself contains `{…}` (an embedder's role name, say) is left as it is.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        match tail.find('}').map(|end| &tail[..=end]).and_then(|key| args.iter().find(|(k, _)| *k == key)) {
            Some((key, value)) => {
                out.push_str(value);
                rest = &tail[key.len()..];
            }
            None => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
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

    /// The text in `lang`, to change.
    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::En => &mut self.en,
            Lang::Nl => &mut self.nl,
            Lang::De => &mut self.de,
            Lang::Nb => &mut self.nb,
            Lang::Et => &mut self.et,
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
    fn index_is_the_position_in_all() {
        for (i, l) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(l.index(), i, "{l:?}");
        }
    }

    #[test]
    fn fill_replaces_known_keys_once() {
        assert_eq!(fill("{a} and {b}", &[("{a}", "1"), ("{b}", "2")]), "1 and 2");
        assert_eq!(fill("{a}", &[("{a}", "{b}"), ("{b}", "x")]), "{b}", "a value is not filled again");
        assert_eq!(fill("{unknown} {", &[("{a}", "1")]), "{unknown} {");
        assert_eq!(fill("ü{a}ö", &[("{a}", "é")]), "üéö");
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
