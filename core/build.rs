//! Minifies the built-in catalogue at build time: `data/roles.json` stays the
//! readable source (and `catalogue::BUILTIN_JSON` for the tests), while the
//! widget compiles in `$OUT_DIR/roles.min.json`, the same JSON without the
//! whitespace between tokens (about 49 KB less wasm, 1.7 KB less gzip; see
//! docs/performance.md); whitespace outside strings is all it removes, so
//! the parsed catalogue is identical (a unit test checks).
//!
//! For the wasm (one language per load), the roles' own texts (names,
//! summaries, pros, cons, ...) keep only their English: the other languages
//! are written empty (42 KB less wasm, 2.3 KB less gzip than copies of the
//! English) and filled with the English when the catalogue is read
//! (`Catalogue::builtin`), and the visitor's language
//! comes with the translation file beside the wasm
//! (`Translation::texts`, written by scripts/i18n-build.mjs). The
//! citations keep their source but not their quotes, glosses and notes,
//! which come with `i18n/cites.json` (`Catalogue::with_cite_texts`).
//!
//! That form is also written natively as `$OUT_DIR/roles.shipped.json`:
//! the widget's wasm does not compile the built-in roles in, it loads them
//! as `i18n/roles.json` when the quiz starts (`Catalogue::from_shipped`);
//! what it must know of them before (to check an embedder's options and
//! name the roles) is the index written beside it: the role ids
//! (`builtin_ids.rs`) and the currencies of their pay (`builtin_currencies.rs`).

use std::{env, fs, path::Path};

/// `src/json.rs` (and so its `src/json/` submodules) as in the crate.
#[allow(dead_code, unused_imports)]
#[path = "src"]
mod src {
    pub mod json;
}
use src::json;

/// The languages of a role text, English first.
const LANGS: [&str; 5] = ["en", "nl", "de", "nb", "et"];

/// The texts of a citation that the wasm leaves out (they come with
/// `i18n/cites.json`, loaded while the visitor answers; see
/// `Catalogue::with_cite_texts`).
const CITE_TEXTS: [&str; 3] = ["quote", "gloss", "note"];

/// Every citation under `v` (an object under a `cite` key) without its texts.
fn without_cite_texts(v: &mut json::Value) {
    match v {
        json::Value::Object(m) => {
            for (key, x) in m.iter_mut() {
                match x {
                    json::Value::Object(cite) if key == "cite" => {
                        for k in CITE_TEXTS {
                            cite.remove(k);
                        }
                    }
                    _ => without_cite_texts(x),
                }
            }
        }
        json::Value::Array(a) => a.iter_mut().for_each(without_cite_texts),
        _ => {}
    }
}

/// Every five-language text object under `v` with its other languages
/// emptied (`Text::fill_from_english` fills them in the wasm).
fn english_only(v: &mut json::Value) {
    match v {
        json::Value::Object(m)
            if m.len() == LANGS.len() && LANGS.iter().all(|l| m.get(l).is_some_and(json::Value::is_string)) =>
        {
            for l in &LANGS[1..] {
                m.insert((*l).to_string(), json::Value::String(String::new()));
            }
        }
        json::Value::Object(m) => m.iter_mut().for_each(|(_, x)| english_only(x)),
        json::Value::Array(a) => a.iter_mut().for_each(english_only),
        _ => {}
    }
}

fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=../data/roles.json");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/json.rs");
    let json = fs::read_to_string("../data/roles.json").expect("../data/roles.json");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    let mut tree = json::from_str(&json).expect("data/roles.json is JSON");
    // The index the widget checks options and names roles with before the
    // roles themselves are loaded (`catalogue::BUILTIN_ROLE_IDS`, `BUILTIN_CURRENCIES`).
    let ids: Vec<String> = tree["roles"]
        .as_array()
        .expect("data/roles.json has roles")
        .iter()
        .map(|r| r["id"].as_str().expect("a role id").to_string())
        .collect();
    let mut currencies: Vec<String> = Vec::new();
    for role in tree["roles"].as_array().expect("roles") {
        for p in role["pay"].as_array().into_iter().flatten() {
            let c = p["currency"].as_str().expect("a pay figure's currency").to_string();
            if !currencies.contains(&c) {
                currencies.push(c);
            }
        }
    }
    currencies.sort();
    let list = |v: &[String]| format!("&[{}]", v.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>().join(", "));
    fs::write(out.join("builtin_ids.rs"), list(&ids)).expect("write builtin_ids.rs");
    fs::write(out.join("builtin_currencies.rs"), list(&currencies)).expect("write builtin_currencies.rs");
    // What the widget loads as `i18n/roles.json`: English-only texts, no
    // citation texts (`Catalogue::from_shipped`).
    english_only(&mut tree["roles"]);
    without_cite_texts(&mut tree["roles"]);
    let shipped = tree.to_string();
    fs::write(out.join("roles.shipped.json"), &shipped).expect("write roles.shipped.json");
    let compact = if env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32")) { shipped } else { minify(&json) };
    fs::write(out.join("roles.min.json"), compact).expect("write roles.min.json");
}
