//! Minifies the built-in catalogue at build time: `data/roles.json` stays the
//! readable source (and `catalogue::BUILTIN_JSON` for the tests), while the
//! widget compiles in `$OUT_DIR/roles.min.json`, the same JSON without the
//! whitespace between tokens (about 49 KB less wasm, 1.7 KB less gzip; see
//! docs/performance.md). No dependencies: whitespace outside strings is all
//! it removes, so the parsed catalogue is identical (a unit test checks).

use std::{env, fs, path::Path};

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
    let json = fs::read_to_string("../data/roles.json").expect("../data/roles.json");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("roles.min.json");
    fs::write(out, minify(&json)).expect("write roles.min.json");
}
