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
/// nl, de, nb, et), written with [`t5!`]. In the widget's wasm only the
/// English is compiled in: the other four slots hold the text's key in its
/// language [`Pack`], loaded beside the wasm (one language per load).
pub type T5 = [&'static str; 5];

/// A [`T5`]: `t5!["English", "Nederlands", "Deutsch", "norsk", "eesti"]`.
/// Natively (server-side rendering, tests) it is the five texts. In the
/// wasm it is the English and, four times, the key the other languages
/// find it by in their [`Pack`]: the English itself, or `"ctx|English"`
/// when written `t5![ctx "ctx"; …]`, for an English text that other
/// languages say in two ways (the build fails on such a clash and names
/// it; see `build.rs`). Every five-language table in this crate is written
/// with it (the build checks that too).
#[macro_export]
macro_rules! t5 {
    (ctx $ctx:literal; $en:literal, $nl:literal, $de:literal, $nb:literal, $et:literal $(,)?) => {
        $crate::t5_in!(concat!($ctx, "|", $en); $en, $nl, $de, $nb, $et)
    };
    ($en:literal, $nl:literal, $de:literal, $nb:literal, $et:literal $(,)?) => {
        $crate::t5_in!($en; $en, $nl, $de, $nb, $et)
    };
}

#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
#[macro_export]
macro_rules! t5_in {
    ($key:expr; $en:literal, $nl:literal, $de:literal, $nb:literal, $et:literal) => {
        [$en, $nl, $de, $nb, $et]
    };
}

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
#[macro_export]
macro_rules! t5_in {
    ($key:expr; $en:literal, $nl:literal, $de:literal, $nb:literal, $et:literal) => {
        [$en, $key, $key, $key, $key]
    };
}

/// `text` in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn tr(text: &T5, lang: Lang) -> &'static str {
    text[lang.index()]
}

/// `text` in `lang`: from the language's [`Pack`], or the English while
/// that is not loaded (the widget loads it before it shows the language).
// Not inlined: it is called from hundreds of places, and the lookup is
// cheap next to what the caller then does with the text.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn tr(text: &T5, lang: Lang) -> &'static str {
    match lang {
        Lang::En => text[0],
        _ => pack(lang).and_then(|p| p.text(text[lang.index()])).unwrap_or(text[0]),
    }
}

/// The texts of one language other than English that the widget's wasm
/// leaves out: every [`T5`] by its key, and the interface strings by field
/// name (`Ui` in the widget). Written at build time from the sources
/// (`build.rs` of the widget), served as `i18n/<lang>.ui.json` beside the
/// wasm, and read once per page and language; its strings live as long as
/// the page.
///
/// A pack names its texts by the [`key_hash`] of their key, not the key
/// itself (the English, which the wasm has): 1.7 KB gzip less per pack.
#[derive(Debug, PartialEq)]
pub struct Pack {
    pub lang: Lang,
    /// Sorted by key hash.
    texts: Vec<(u32, &'static str)>,
    /// Sorted by field name; a field is one string or a list.
    fields: Vec<(&'static str, Vec<&'static str>)>,
}

impl Pack {
    /// Reads a pack: `{"lang": "nl", "texts": {hash: text}, "ui": {field: text or [texts]}}`,
    /// `hash` the [`key_hash`] of the text's key in eight lowercase hex digits.
    pub fn from_json(json: &str) -> Result<Pack, String> {
        use crate::json::Value;
        let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
        let v = crate::json::from_str(json).map_err(|e| e.to_string())?;
        let lang = match v.get("lang").and_then(Value::as_str).and_then(|t| Lang::from_tag(t).map(|l| (t, l))) {
            Some((tag, l)) if l != Lang::En && l.code() == tag => l,
            _ => return Err("`lang` is not one of nl, de, nb, et".into()),
        };
        let object = |name: &str| v.get(name).and_then(Value::as_object).ok_or(format!("`{name}` is not an object"));
        let mut texts = Vec::new();
        for (key, text) in object("texts")? {
            let hash = Some(key)
                .filter(|k| k.len() == 8 && k.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
                .and_then(|k| u32::from_str_radix(k, 16).ok())
                .ok_or(format!("texts.{key} is not a key hash (eight lowercase hex digits)"))?;
            let text = text.as_str().ok_or(format!("texts.{key} is not a string"))?;
            texts.push((hash, leak(text)));
        }
        let mut fields = Vec::new();
        for (name, value) in object("ui")? {
            let list = match value {
                Value::String(s) => vec![leak(s)],
                Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().map(leak).ok_or(format!("ui.{name} has an item that is not a string")))
                    .collect::<Result<_, _>>()?,
                _ => return Err(format!("ui.{name} is neither a string nor a list of strings")),
            };
            fields.push((leak(name), list));
        }
        // A JSON object's members come sorted by key (`json::Map`): eight
        // hex digits sort as the numbers they write, as the lookups need.
        Ok(Pack { lang, texts, fields })
    }

    /// The text with this key (its English, or `ctx|English`).
    pub fn text(&self, key: &str) -> Option<&'static str> {
        let hash = key_hash(key);
        self.texts.binary_search_by_key(&hash, |(h, _)| *h).ok().map(|i| self.texts[i].1)
    }

    /// The interface string(s) of this field.
    pub fn field(&self, name: &str) -> Option<&[&'static str]> {
        self.fields.binary_search_by_key(&name, |(k, _)| k).ok().map(|i| self.fields[i].1.as_slice())
    }

    /// How many texts and fields it holds.
    pub fn len(&self) -> (usize, usize) {
        (self.texts.len(), self.fields.len())
    }
}

/// The 32-bit FNV-1a hash of a pack key (a text's English, or
/// `ctx|English`): what a [`Pack`] names the text by. The widget's
/// `build.rs` writes the packs with the same hash and fails on two keys
/// with one hash (`tests/packs.rs` checks every key is found through this).
pub const fn key_hash(key: &str) -> u32 {
    const OFFSET: u32 = 0x811c_9dc5;
    const PRIME: u32 = 0x0100_0193;
    let bytes = key.as_bytes();
    let mut hash = OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u32).wrapping_mul(PRIME);
        i += 1;
    }
    hash
}

thread_local! {
    static PACKS: std::cell::RefCell<[Option<&'static Pack>; 5]> = const { std::cell::RefCell::new([None; 5]) };
}

/// Makes `pack` the texts of its language for the rest of the page's life
/// (a second pack for the same language replaces the first).
pub fn install(pack: Pack) -> &'static Pack {
    let pack: &'static Pack = Box::leak(Box::new(pack));
    PACKS.with(|p| p.borrow_mut()[pack.lang.index()] = Some(pack));
    pack
}

/// The installed pack of `lang`, if any.
pub fn pack(lang: Lang) -> Option<&'static Pack> {
    PACKS.with(|p| p.borrow()[lang.index()])
}

/// Whether the texts of `lang` are there to show: English always, and
/// natively every language; in the wasm, a language once its pack is installed.
pub fn ready(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || lang == Lang::En || pack(lang).is_some()
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

    /// Every empty language given the English (the wasm's built-in roles
    /// are compiled in English only: `core/build.rs`).
    pub fn fill_from_english(&mut self) {
        for lang in [Lang::Nl, Lang::De, Lang::Nb, Lang::Et] {
            if self.get(lang).is_empty() {
                let en = self.en.clone();
                *self.get_mut(lang) = en;
            }
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

    #[test]
    fn fill_from_english_fills_only_the_empty_languages() {
        let s = String::from;
        let mut t = Text { en: s("Hello"), nl: s(""), de: s("Hallo"), nb: s(""), et: s("") };
        t.fill_from_english();
        assert_eq!(t, Text { en: s("Hello"), nl: s("Hello"), de: s("Hallo"), nb: s("Hello"), et: s("Hello") });
    }

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
    fn a_pack_finds_texts_by_key_and_fields_by_name() {
        let h = |key: &str| format!("{:08x}", key_hash(key));
        let pack = Pack::from_json(&format!(
            r#"{{"lang":"nl","texts":{{"{}":"zeldzaam","{}":"af en toe mogelijk","{}":""}},
                "ui":{{"title":"Titel","edu_levels":["a","b"]}}}}"#,
            h("rare"),
            h("offered|occasional"),
            h("")
        ))
        .expect("a pack");
        assert_eq!(pack.lang, Lang::Nl);
        assert_eq!(pack.text("rare"), Some("zeldzaam"));
        assert_eq!(pack.text("offered|occasional"), Some("af en toe mogelijk"));
        assert_eq!(pack.text("occasional"), None, "a context is part of the key");
        assert_eq!(pack.text(""), Some(""));
        assert_eq!(pack.field("title"), Some(&["Titel"][..]));
        assert_eq!(pack.field("edu_levels"), Some(&["a", "b"][..]));
        assert_eq!(pack.field("lead"), None);
        assert_eq!(pack.len(), (3, 2));
    }

    #[test]
    fn a_broken_pack_is_refused_with_what_is_wrong() {
        let cases = [
            ("", "EOF while parsing a value at line 1 column 0"),
            (r#"{"lang":"en","texts":{},"ui":{}}"#, "`lang` is not one of nl, de, nb, et"),
            (r#"{"lang":"NL","texts":{},"ui":{}}"#, "`lang` is not one of nl, de, nb, et"),
            (r#"{"lang":"de","ui":{}}"#, "`texts` is not an object"),
            (r#"{"lang":"de","texts":{"0000000a":1},"ui":{}}"#, "texts.0000000a is not a string"),
            (r#"{"lang":"de","texts":{"a":"x"},"ui":{}}"#, "texts.a is not a key hash (eight lowercase hex digits)"),
            (
                r#"{"lang":"de","texts":{"0000000A":"x"},"ui":{}}"#,
                "texts.0000000A is not a key hash (eight lowercase hex digits)",
            ),
            (r#"{"lang":"de","texts":{},"ui":{"x":[1]}}"#, "ui.x has an item that is not a string"),
            (r#"{"lang":"de","texts":{},"ui":{"x":null}}"#, "ui.x is neither a string nor a list of strings"),
        ];
        for (json, message) in cases {
            assert_eq!(Pack::from_json(json), Err(message.to_string()), "{json}");
        }
    }

    #[test]
    fn natively_every_language_is_ready_and_texts_are_their_own() {
        assert!(Lang::ALL.into_iter().all(ready));
        let t: T5 = crate::t5![ctx "x"; "one", "een", "eins", "en", "üks"];
        assert_eq!(Lang::ALL.map(|l| tr(&t, l)), ["one", "een", "eins", "en", "üks"]);
    }

    #[test]
    fn key_hashes_are_fnv1a() {
        // The reference values of FNV-1a, 32 bits.
        assert_eq!(key_hash(""), 0x811c_9dc5);
        assert_eq!(key_hash("a"), 0xe40c_292c);
        assert_eq!(key_hash("foobar"), 0xbf9c_f968);
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
