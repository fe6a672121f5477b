//! Writes the language packs: for each language other than English, every
//! text the widget's wasm leaves out (one language per load; see
//! `core::lang::Pack`), as `$OUT_DIR/packs/<lang>.ui.json`:
//!
//! - `texts`: every `t5![…]` table in `core/src/` by the hash of its key
//!   (the key is the English, or `ctx|English`, which the wasm has; the
//!   hash is `core::lang::key_hash`, FNV-1a, in eight hex digits), with
//!   its translation;
//! - `ui`: every field of the `Ui` statics in `src/i18n.rs` by name.
//!
//! `$OUT_DIR/packs/keys.json` names each hash's key, for the tests.
//!
//! Natively everything is compiled in, so these files serve the wasm only:
//! `examples/prerender.rs` copies them to `target/prerender/`, from where
//! the build puts them beside the wasm (and into the offline file).
//!
//! The build fails, naming the place, when the same key would need two
//! translations (write one of them `t5![ctx "…"; …]`), when two keys
//! have one hash, or when a
//! five-string array in `core/src/` is not written with `t5!` (the wasm
//! would carry all five languages of it, and look it up by the wrong key).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// The languages in `T5` order.
const LANGS: [&str; 5] = ["en", "nl", "de", "nb", "et"];
/// The `Ui` statics in `src/i18n.rs`, in `LANGS` order.
const UI_STATICS: [&str; 5] = ["EN", "NL", "DE", "NB", "ET"];

#[derive(Debug, PartialEq, Clone)]
enum Tok {
    Str(String),
    Punct(char),
    Word(String),
}

/// Rust tokens, enough for string tables: string literals (escapes, line
/// continuations, raw strings) decoded, comments and char literals skipped.
fn tokens(src: &str) -> Vec<(Tok, usize)> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                line += usize::from(b[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            let start = line;
            let mut s = String::new();
            i += 1;
            while b[i] != '"' {
                if b[i] == '\\' {
                    let e = b[i + 1];
                    i += 2;
                    match e {
                        'n' => s.push('\n'),
                        't' => s.push('\t'),
                        '0' => s.push('\0'),
                        '\\' | '"' | '\'' => s.push(e),
                        'u' => {
                            let end = i + b[i..].iter().position(|&x| x == '}').expect("closed \\u{…}");
                            let hex: String = b[i + 1..end].iter().collect();
                            s.push(char::from_u32(u32::from_str_radix(&hex, 16).expect("hex")).expect("char"));
                            i = end + 1;
                        }
                        '\n' => {
                            line += 1;
                            while matches!(b[i], ' ' | '\t' | '\n' | '\r') {
                                line += usize::from(b[i] == '\n');
                                i += 1;
                            }
                        }
                        other => panic!("line {line}: unexpected escape \\{other}"),
                    }
                } else {
                    line += usize::from(b[i] == '\n');
                    s.push(b[i]);
                    i += 1;
                }
            }
            i += 1;
            out.push((Tok::Str(s), start));
        } else if c == 'r'
            && (b.get(i + 1) == Some(&'"') || b.get(i + 1) == Some(&'#'))
            && (i == 0 || !(b[i - 1].is_alphanumeric() || b[i - 1] == '_'))
        {
            let hashes = b[i + 1..].iter().take_while(|&&x| x == '#').count();
            let open = i + 1 + hashes;
            if b.get(open) != Some(&'"') {
                out.push((Tok::Word("r".into()), line));
                i += 1;
                continue;
            }
            let start = line;
            let mut j = open + 1;
            while !(b[j] == '"' && b[j + 1..].iter().take(hashes).filter(|&&x| x == '#').count() == hashes) {
                line += usize::from(b[j] == '\n');
                j += 1;
            }
            out.push((Tok::Str(b[open + 1..j].iter().collect()), start));
            i = j + 1 + hashes;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('static).
            let close = b[i + 1..].iter().take(12).position(|&x| x == '\'');
            match close {
                Some(n) if n >= 1 && (n == 1 || b[i + 1] == '\\') => i += n + 2,
                _ => i += 1,
            }
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            out.push((Tok::Word(b[start..i].iter().collect()), line));
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// Reads `"a", "b", …` up to `close`, from `at`; `None` if anything else is there.
fn strings(t: &[(Tok, usize)], mut at: usize, close: char) -> Option<(Vec<String>, usize)> {
    let mut out = Vec::new();
    loop {
        match &t.get(at)?.0 {
            Tok::Punct(c) if *c == close => return Some((out, at + 1)),
            Tok::Str(s) => out.push(s.clone()),
            _ => return None,
        }
        at += 1;
        match &t.get(at)?.0 {
            Tok::Punct(',') => at += 1,
            Tok::Punct(c) if *c == close => return Some((out, at + 1)),
            _ => return None,
        }
    }
}

/// A `t5![…]` table: its key, its five texts and where it is (`file:line`).
struct Table {
    key: String,
    texts: Vec<String>,
    at: String,
}

/// Every `t5![…]` in `src`, and the place of each five-string array
/// written without it.
fn t5_tables(src: &str, file: &str) -> (Vec<Table>, Vec<String>) {
    let t = tokens(src);
    // Test modules hold expected values, not tables.
    let end = t
        .windows(6)
        .position(|w| {
            w.iter().map(|(x, _)| x.clone()).collect::<Vec<_>>()
                == [
                    Tok::Punct('#'),
                    Tok::Punct('['),
                    Tok::Word("cfg".into()),
                    Tok::Punct('('),
                    Tok::Word("test".into()),
                    Tok::Punct(')'),
                ]
        })
        .unwrap_or(t.len());
    let (mut tables, mut bare) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < end {
        let macro_at =
            matches!(&t[i].0, Tok::Word(w) if w == "t5") && t.get(i + 1).map(|x| &x.0) == Some(&Tok::Punct('!'));
        if macro_at {
            let close = match t[i + 2].0 {
                Tok::Punct('[') => ']',
                Tok::Punct('(') => ')',
                _ => panic!("{file}:{}: t5! needs [ or (", t[i].1),
            };
            let mut at = i + 3;
            let mut ctx = None;
            if t[at].0 == Tok::Word("ctx".into()) {
                let Tok::Str(c) = &t[at + 1].0 else { panic!("{file}:{}: ctx needs a string", t[i].1) };
                assert_eq!(t[at + 2].0, Tok::Punct(';'), "{file}:{}: ctx \"…\"; then the texts", t[i].1);
                ctx = Some(c.clone());
                at += 3;
            }
            let (texts, next) =
                strings(&t, at, close).unwrap_or_else(|| panic!("{file}:{}: t5! holds five string literals", t[i].1));
            assert_eq!(texts.len(), 5, "{file}:{}: t5! holds five texts, in en, nl, de, nb, et order", t[i].1);
            let key = match ctx {
                Some(c) => format!("{c}|{}", texts[0]),
                None => texts[0].clone(),
            };
            tables.push(Table { key, texts, at: format!("{file}:{}", t[i].1) });
            i = next;
            continue;
        }
        if t[i].0 == Tok::Punct('[') {
            if let Some((texts, _)) = strings(&t, i + 1, ']') {
                if texts.len() == 5 {
                    bare.push(format!("{file}:{}", t[i].1));
                }
            }
        }
        i += 1;
    }
    (tables, bare)
}

/// The fields of `static NAME: Ui = Ui { … };` in `src`: name → strings.
fn ui_static(src: &str, name: &str) -> BTreeMap<String, Vec<String>> {
    let t = tokens(src);
    let start = t
        .windows(3)
        .position(|w| w[0].0 == Tok::Word("static".into()) && w[1].0 == Tok::Word(name.into()))
        .unwrap_or_else(|| panic!("src/i18n.rs: no static {name}"));
    let mut i = start + t[start..].iter().position(|x| x.0 == Tok::Punct('{')).expect("{") + 1;
    let mut fields = BTreeMap::new();
    while t[i].0 != Tok::Punct('}') {
        let Tok::Word(field) = &t[i].0 else { panic!("src/i18n.rs:{}: a field name", t[i].1) };
        assert_eq!(t[i + 1].0, Tok::Punct(':'), "src/i18n.rs:{}", t[i].1);
        let (value, next) = match &t[i + 2].0 {
            Tok::Str(s) => (vec![s.clone()], i + 3),
            Tok::Punct('[') => strings(&t, i + 3, ']').unwrap_or_else(|| panic!("src/i18n.rs:{}: strings", t[i].1)),
            _ => panic!("src/i18n.rs:{}: {field} is a string or a list of strings", t[i].1),
        };
        fields.insert(field.clone(), value);
        i = next;
        if t[i].0 == Tok::Punct(',') {
            i += 1;
        }
    }
    fields
}

/// `s` as a JSON string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `core::lang::key_hash` (FNV-1a, 32 bits), which the build script
/// cannot call: `tests/packs.rs` finds every text through the real one.
fn key_hash(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/i18n.rs");
    println!("cargo:rerun-if-changed=core/src");
    let mut files: Vec<_> = fs::read_dir("core/src")
        .expect("core/src")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut tables = Vec::new();
    let mut bare = Vec::new();
    for path in &files {
        let src = fs::read_to_string(path).expect("read a core source");
        let (t, b) = t5_tables(&src, &path.display().to_string());
        tables.extend(t);
        bare.extend(b);
    }
    if !bare.is_empty() {
        panic!(
            "five-string arrays not written with t5! (the wasm would look them up by the wrong key): {}",
            bare.join(", ")
        );
    }
    let i18n = fs::read_to_string("src/i18n.rs").expect("src/i18n.rs");
    let en_ui = ui_static(&i18n, UI_STATICS[0]);

    let dir = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("packs");
    fs::create_dir_all(&dir).expect("create packs/");
    let mut keys: BTreeMap<String, &str> = BTreeMap::new();
    for Table { key, at, .. } in &tables {
        if let Some(other) = keys.insert(format!("{:08x}", key_hash(key)), key) {
            assert_eq!(other, key, "{at}: the keys {key:?} and {other:?} have one hash; give one of them a ctx");
        }
    }
    let mut json = String::from("{");
    for (n, (hash, key)) in keys.iter().enumerate() {
        let _ = write!(json, "{}{}:{}", if n > 0 { "," } else { "" }, quoted(hash), quoted(key));
    }
    json.push_str("}\n");
    fs::write(dir.join("keys.json"), json).expect("write keys.json");
    for (li, lang) in LANGS.iter().enumerate().skip(1) {
        let mut texts: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
        for Table { key, texts: five, at } in &tables {
            if let Some((had, had_at)) = texts.insert(key, (&five[li], at)) {
                assert_eq!(
                    had, five[li],
                    "{at} and {had_at}: the key {key:?} has two {lang} texts; write one of them t5![ctx \"…\"; …]"
                );
            }
        }
        let ui = ui_static(&i18n, UI_STATICS[li]);
        assert_eq!(
            ui.keys().collect::<Vec<_>>(),
            en_ui.keys().collect::<Vec<_>>(),
            "src/i18n.rs: {} has other fields than EN",
            UI_STATICS[li]
        );
        let mut json = format!("{{\"lang\":{},\"texts\":{{", quoted(lang));
        for (n, (key, (text, _))) in texts.iter().enumerate() {
            let hash = format!("{:08x}", key_hash(key));
            let _ = write!(json, "{}{}:{}", if n > 0 { "," } else { "" }, quoted(&hash), quoted(text));
        }
        json.push_str("},\"ui\":{");
        for (n, (field, value)) in ui.iter().enumerate() {
            let value = match value.as_slice() {
                [one] if en_ui[field].len() == 1 => quoted(one),
                many => format!("[{}]", many.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(",")),
            };
            let _ = write!(json, "{}{}:{}", if n > 0 { "," } else { "" }, quoted(field), value);
        }
        json.push_str("}}\n");
        fs::write(dir.join(format!("{lang}.ui.json")), json).expect("write a pack");
    }
}
