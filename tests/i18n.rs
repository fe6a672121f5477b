//! The interface strings (src/i18n.rs) agree across the five languages:
//! every field of every language uses the same `{placeholders}`, and none
//! is empty. The `Ui` struct makes a missing field a compile error; this
//! test catches what the compiler cannot: `{n}` in English and `{m}` in
//! Estonian.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

const SOURCE: &str = include_str!("../src/i18n.rs");

/// `field → value` for the `static <LANG>: Ui = Ui { … }` block.
fn fields(lang: &str) -> BTreeMap<String, String> {
    let start = SOURCE.find(&format!("static {lang}: Ui = Ui {{")).unwrap_or_else(|| panic!("no {lang} table"));
    let body = &SOURCE[start..];
    let body = &body[..body.find("\n};").unwrap()];
    let mut out = BTreeMap::new();
    let mut field: Option<String> = None;
    for line in body.lines().skip(1) {
        let line = line.trim();
        // `name: "value",` or `name: [..]` possibly continued on following lines.
        if let Some((name, value)) =
            line.split_once(':').filter(|(n, _)| n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        {
            field = Some(name.to_string());
            out.insert(name.to_string(), value.trim().to_string());
        } else if let Some(f) = &field {
            out.get_mut(f).unwrap().push_str(line);
        }
    }
    out
}

fn placeholders(s: &str) -> Vec<String> {
    // A `\u{a0}` escape in the source is a character, not a placeholder.
    let s = s.replace("\\u{", "\\u(");
    let mut out: Vec<String> =
        s.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(k, _)| k.to_string()).collect();
    out.sort();
    out
}

#[test]
fn every_language_uses_the_same_placeholders_and_no_field_is_empty() {
    let en = fields("EN");
    assert!(en.len() > 60, "parsed only {} fields of EN", en.len());
    for lang in ["NL", "DE", "NB", "ET"] {
        let other = fields(lang);
        assert_eq!(en.keys().collect::<Vec<_>>(), other.keys().collect::<Vec<_>>(), "{lang} has other fields");
        for (k, v) in &en {
            assert_eq!(placeholders(v), placeholders(&other[k]), "{lang}.{k}: {} vs {}", v, other[k]);
            assert!(!other[k].contains("\"\""), "{lang}.{k} has an empty string");
        }
    }
}

#[test]
fn the_parser_sees_placeholders() {
    assert_eq!(placeholders("Question {n} of {total}"), ["n", "total"]);
    assert_eq!(placeholders("2\\u{a0}500 {n}"), ["n"]);
    assert!(fields("EN")["progress"].contains("{total}"));
}
