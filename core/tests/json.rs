#![cfg(not(target_arch = "wasm32"))]
//! `career_quiz_core::json` against serde_json, its reference: the same
//! trees and compact text for the project's JSON files, the same catalogue,
//! the same errors (message, line and column) for malformed text, the same
//! messages for type errors (plus a path), the same numbers and escapes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use career_quiz_core::catalogue::{Catalogue, Translation};
use career_quiz_core::json::read::FromJson;
use career_quiz_core::json::{self, Map, Number, Value};
use career_quiz_core::{read_enum, read_struct};
use serde::Deserialize;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.json` file under `dir` (a repository path), recursively, sorted.
fn json_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&repo().join(dir), &mut out);
    out.sort();
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parse and write back as compact text, or the error as displayed: ours.
fn ours(text: &str) -> Result<String, String> {
    json::from_str(text).map(|v| v.to_string()).map_err(|e| e.to_string())
}

/// The same by serde_json.
fn theirs(text: &str) -> Result<String, String> {
    serde_json::from_str::<serde_json::Value>(text).map(|v| v.to_string()).map_err(|e| e.to_string())
}

/// serde_json's message without its " at line L column C".
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) if e.line() > 0 => s[..i].to_string(),
        _ => s,
    }
}

// ---------------------------------------------------------------- the project's files

const ROLES: &str = include_str!("../../data/roles.json");

#[test]
fn project_files_give_the_same_tree_and_text() {
    let mut files = vec![repo().join("data/roles.json"), repo().join("embed/demo/agency-roles.json")];
    files.extend(json_files("data/i18n"));
    files.extend(json_files("schema/fixtures"));
    assert!(files.len() > 40, "found only {} files", files.len());
    for path in &files {
        let text = read(path);
        let expected = theirs(&text).unwrap_or_else(|e| panic!("{}: serde_json: {e}", path.display()));
        assert_eq!(ours(&text).as_ref(), Ok(&expected), "{}", path.display());
    }
    // include_str! too, as the brief asks, and the tree itself.
    let v = json::from_str(ROLES).unwrap();
    assert_eq!(v.to_string(), serde_json::from_str::<serde_json::Value>(ROLES).unwrap().to_string());
    assert_eq!(v["version"].as_u64(), Some(1));
    assert!(v["roles"].as_array().is_some_and(|r| !r.is_empty()));
}

#[test]
fn catalogue_reads_the_same() {
    let ours: Catalogue = json::from_text(ROLES).unwrap();
    let theirs: Catalogue = serde_json::from_str(ROLES).unwrap();
    assert_eq!(ours, theirs);
    assert_eq!(format!("{ours:?}"), format!("{theirs:?}"));
    for path in json_files("data/i18n") {
        let text = read(&path);
        let ours: Translation = json::from_text(&text).unwrap();
        let theirs: Translation = serde_json::from_str(&text).unwrap();
        assert_eq!(ours, theirs, "{}", path.display());
    }
}

/// Every schema fixture: both read it into a catalogue, or both refuse it
/// with the same message (ours without a line and column, with a path).
#[test]
fn catalogue_fixtures_read_or_fail_the_same() {
    let mut refused = 0;
    for path in json_files("schema/fixtures") {
        if path.ends_with("cases.json") {
            continue;
        }
        let text = read(&path);
        match (json::from_text::<Catalogue>(&text), serde_json::from_str::<Catalogue>(&text)) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{}", path.display()),
            (Err(a), Err(b)) => {
                refused += 1;
                assert_eq!(a.message(), strip_position(&b), "{}", path.display());
                assert_eq!((a.line(), a.column()), (0, 0));
            }
            (a, b) => panic!("{}: ours {:?}, serde_json {:?}", path.display(), a.err(), b.err()),
        }
    }
    assert!(refused > 10, "only {refused} fixtures refused");
}

// ---------------------------------------------------------------- malformed text

/// Each text: serde_json's error (message, line, column) is ours; if
/// serde_json accepts it, we accept it with the same value.
const TEXTS: &[&str] = &[
    // Empty, whitespace, BOM.
    "",
    "  ",
    "\n\n\t ",
    "\u{feff}1",
    "\u{feff}",
    // EOF while parsing a value.
    "[1,",
    "{\"version\": 1,",
    "{\"a\":",
    "{\"a\": ",
    "tru",
    "nul",
    "f",
    "-",
    "1.",
    "1e",
    "1e+",
    "1E-",
    "1.0e",
    "[1.",
    // EOF while parsing a list / an object / a string.
    "[",
    "[1",
    "[1 ",
    "[[1]",
    "{",
    "{\"a\":1",
    "{\"a\"",
    "{\"a\" ",
    "\"abc",
    "\"\\",
    "\"\\u12",
    "\"\\u12\"",
    "[\"\\uD800",
    "\"\\uD800\\",
    // expected value.
    "x",
    ".5",
    "+1",
    "NaN",
    "Infinity",
    "[,1]",
    "{\"a\":}",
    "]",
    "}",
    "[1,,2]",
    "'a'",
    // expected `,` or `]` / `,` or `}` / `:`.
    "[1 2]",
    "[1x]",
    "[\"a\" \"b\"]",
    "{\"a\":1 \"b\":2}",
    "{\"a\":1]",
    "{\"a\" 1}",
    "{\"a\",1}",
    "{\"a\"}",
    // key must be a string.
    "{1:2}",
    "{\"a\":1,2:3}",
    "{,}",
    "{'a':1}",
    "{a:1}",
    // trailing comma / trailing characters.
    "[1,]",
    "[1,\n]",
    "{\"a\":1,}",
    "{\"a\":1 , }",
    "1 2",
    "{} x",
    "\"a\"\"b\"",
    "1x",
    "truex",
    "nullnull",
    "[1]]",
    "0x10",
    // invalid escape.
    "\"\\q\"",
    "\"\\x41\"",
    "\"\\u12G4\"",
    "\"\\u-123\"",
    "\"\\u+123\"",
    "\"\\U0041\"",
    "\"\\'\"",
    // invalid number.
    "01",
    "00",
    "-01",
    "-a",
    "[-]",
    "-.5",
    "1.x",
    "1.e5",
    "1e+x",
    "1ex",
    "[1.]",
    "2.]",
    // number out of range.
    "1e999",
    "-1e400",
    "1e99999999999",
    "[1.5e308, 2e308]",
    "1.7976931348623159e308",
    "123456789e2147483647",
    // lone leading surrogate / unexpected end of hex escape.
    "\"\\uDC00\"",
    "\"\\uDFFF\"",
    "\"\\uD800\\u0041\"",
    "\"\\uD800\\uD800\"",
    "\"\\uD800\"",
    "\"\\uD800\\n\"",
    "\"\\uD800x\"",
    "\"\\uD800\\\"",
    "\"\\uDBFF\\uE000\"",
    // control characters.
    "\"\t\"",
    "\"a\nb\"",
    "\"\u{1f}\"",
    "\"\u{0}\"",
    "{\"a\r\":1}",
    // expected ident.
    "nul!",
    "tru ",
    "fals",
    "[nulx]",
    "t",
    "trUe",
    "nULL",
    "[true, fasle]",
    // Positions: lines, CRLF, non-ASCII before the error (columns count bytes).
    "{\n  \"a\": 1,\n  \"b\": x\n}",
    "[\r\n1,\r\n2,\r\n]",
    "\"é\" x",
    "[\"日本語\", ?]",
    "\n\n\n",
    "[1,\n",
    "{\"a\":\n",
    "\"ab\ncd\"",
    // Accepted: the same value.
    "-0",
    "-0.0",
    "0",
    "1E+2",
    "1e-999",
    "0e99999999999",
    "-1e-99999999999",
    "1.5e-5",
    "123456789012345678901234567890",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "-9223372036854775809",
    "\"\\/\"",
    "\"\\uD83D\\uDE00 \\u00e9 \\u0000 \\u001F \\u007f\"",
    " {\"b\" : [ 1 , { } , [ ] ] , \"a\" : null } ",
    "{\"b\":1,\"a\":2,\"b\":3}",
    "[true,false,null]",
    "\"\u{7f}\u{80}\u{2028}\u{10ffff}\"",
];

#[test]
fn malformed_text_fails_as_serde_json_fails() {
    let mut errors = 0;
    for text in TEXTS {
        let expected = theirs(text);
        errors += expected.is_err() as usize;
        assert_eq!(ours(text), expected, "{text:?}");
    }
    assert!(errors >= 100, "only {errors} malformed texts");
}

#[test]
fn error_positions_and_messages() {
    let e = json::from_str("{\"version\": 1,").unwrap_err();
    assert_eq!(e.to_string(), "EOF while parsing a value at line 1 column 14");
    assert_eq!((e.message(), e.line(), e.column(), e.path()), ("EOF while parsing a value", 1, 14, String::new()));
    // The byte after `tru` is the newline: serde_json counts it as line 3, column 0.
    let e = json::from_str("{\n  \"a\": tru\n}").unwrap_err();
    assert_eq!((e.message(), e.line(), e.column()), ("expected ident", 3, 0));
    assert_eq!(e.to_string(), theirs("{\n  \"a\": tru\n}").unwrap_err());
    let e = json::from_str("").unwrap_err();
    assert_eq!((e.line(), e.column()), (1, 0));
}

#[test]
fn nesting_is_limited_as_in_serde_json() {
    for depth in [126, 127, 128, 129, 300] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            assert_eq!(ours(&text), theirs(&text), "{depth} {open}");
        }
        let mixed = "[{\"k\":".repeat(depth / 2) + &"}]".repeat(depth / 2);
        assert_eq!(ours(&mixed), theirs(&mixed), "{depth} mixed");
    }
    assert!(json::from_str(&format!("{}{}", "[".repeat(127), "]".repeat(127))).is_ok());
    let e = json::from_str(&"[".repeat(200)).unwrap_err();
    assert_eq!(e.message(), "recursion limit exceeded");
}

// ---------------------------------------------------------------- numbers and text written

/// Numbers: the same value and kind, and the same text written.
#[test]
fn numbers_match_serde_json() {
    let literals = [
        "0",
        "-0",
        "1.5",
        "1e-7",
        "123456789012345678901234567890",
        "-9223372036854775808",
        "18446744073709551615",
        "0.30000000000000004",
        "1.0",
        "100",
        "1e15",
        "1e16",
        "1e17",
        "1e22",
        "1e300",
        "-1e300",
        "0.00001",
        "0.000001",
        "0.0001234",
        "1234567890123456.7",
        "5e-324",
        "2.2250738585072014e-308",
        "1.7976931348623157e308",
        "3.141592653589793",
        "-2.5E+3",
        "42e0",
        "9007199254740993",
        "-9007199254740993",
        "1e-5",
        "1e-6",
        "123.456e-2",
        "0.1",
        "250000",
        "-7",
    ];
    // Beyond 15 significant digits or 10^±22: read to within a few units
    // in the last place (no std float parser in the wasm), see below.
    let far = ["1e300", "-1e300", "5e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "1234567890123456.7"];
    for t in literals.iter().filter(|t| !far.contains(t)) {
        let a = json::from_str(t).unwrap();
        let b: serde_json::Value = serde_json::from_str(t).unwrap();
        assert_eq!(a.to_string(), b.to_string(), "{t}");
        assert_eq!((a.as_u64(), a.as_i64(), a.as_f64()), (b.as_u64(), b.as_i64(), b.as_f64()), "{t}");
        assert_eq!(a.as_number().map(Number::is_f64), Some(b.is_f64()), "{t}");
    }
    // 0.1 + 0.2 computed, not read.
    let x = 0.1 + 0.2;
    assert_eq!(Value::from(x).to_string(), serde_json::Value::from(x).to_string());
    assert_eq!(Value::from(x).to_string(), "0.30000000000000004");
    // Not representable: null, as serde_json.
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(Value::from(x), Value::Null);
        assert_eq!(Value::from(x).to_string(), serde_json::Value::from(x).to_string());
        assert!(Number::from_f64(x).is_none());
    }
}

/// A small fixed-seed generator (xorshift), so the tests need no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Random floats of every magnitude are written with the shortest digits
/// that read back as the same float (as serde_json's, but for the last
/// digit where two are as short), and read back by us as that float within
/// a unit or two in the last place.
#[test]
fn floats_are_written_with_the_shortest_digits_that_read_back() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for i in 0..100_000 {
        let x = match i % 3 {
            0 => f64::from_bits(rng.next()),
            1 => (rng.next() % 1_000_000) as f64 / [1.0, 10.0, 100.0, 1000.0][i % 4],
            _ => (rng.next() as f64) * 10f64.powi((rng.next() % 60) as i32 - 30),
        };
        if !x.is_finite() {
            continue;
        }
        let a = Value::from(x).to_string();
        let b = serde_json::Value::from(x).to_string();
        assert_eq!(a.parse::<f64>().ok(), Some(x), "{a} does not read back as {x:e}");
        assert!(a.len() <= b.len(), "{a} is longer than serde_json's {b}");
        let read = json::from_str(&a).unwrap().as_f64().unwrap();
        assert!(close(read, x), "{a} reads as {read:e}");
    }
}

/// Whether `a` is `b` to within a few units in the last place.
fn close(a: f64, b: f64) -> bool {
    a == b || ((a - b) / b).abs() <= 1e-14 || (a - b).abs() < 1e-300
}

/// Ordinary literals (up to 15 significant digits, within 10^±22 of an
/// integer) read as the same float as serde_json reads them: one correctly
/// rounded step for both.
#[test]
fn ordinary_literals_read_as_serde_json_reads_them() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..50_000 {
        let digits = 1 + rng.next() % 15;
        let s = (rng.next() % 10u64.pow(digits as u32)).to_string();
        let places = (rng.next() % (s.len() as u64 + 1)) as usize;
        let (int, frac) = s.split_at(s.len() - places);
        let int = if int.is_empty() { "0" } else { int };
        let mut t = if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") };
        if rng.next().is_multiple_of(2) {
            let exp = (rng.next() % 45) as i64 - 22 + places as i64;
            let e = ["e", "E", if exp < 0 { "e" } else { "e+" }][(rng.next() % 3) as usize];
            t += &format!("{e}{exp}");
        }
        if rng.next().is_multiple_of(2) {
            t.insert(0, '-');
        }
        let a = json::from_str(&t).unwrap();
        let b: serde_json::Value = serde_json::from_str(&t).unwrap();
        assert_eq!((a.as_f64(), a.as_u64(), a.as_i64()), (b.as_f64(), b.as_u64(), b.as_i64()), "{t}");
        assert_eq!(a.to_string(), b.to_string(), "{t}");
    }
}

/// Beyond those (more than 15 significant digits, exponents past ±22),
/// literals are read to within a few units in the last place (so a literal
/// within a few units of f64::MAX itself can come out as out of range).
#[test]
fn long_and_far_literals_are_read_closely() {
    for t in [
        "12345678901234567.0",
        "9.999999999999999e14",
        "-462245001.0e-22",
        "1e300",
        "-1e300",
        "2.2250738585072014e-308",
        "1.79769313486e308",
        "1234567890123456.7",
        "0.1234567890123456789",
        "6.02214076e23",
        "1.602176634e-19",
    ] {
        let correct: f64 = t.parse().unwrap();
        let read = json::from_str(t).unwrap().as_f64().unwrap();
        assert!(close(read, correct), "{t}: read {read:e}, correct {correct:e}");
    }
}

/// Strings with every escape, control characters and non-ASCII text are
/// read and written back as serde_json does.
#[test]
fn strings_are_written_as_serde_json_writes_them() {
    let texts = [
        r#""\" \\ \/ \b \f \n \r \t""#,
        r#""\u0000\u0001\u0007\u000b\u000e\u001b\u001f\u0020\u007f\u0080""#,
        r#""é ñ ü 日本語 😀 \ud83d\ude00 \u2028 \u2029 \uFEFF""#,
        "\"tab\\tand\\nnewline at the end\\n\"",
        "\"\"",
        "\"\\\\\\\\\"",
        "{\"k\\ney\":\"v\\u0002\",\"\\u00e9\":[\"\\b\\f\"]}",
    ];
    for t in texts {
        assert_eq!(ours(t), theirs(t), "{t}");
    }
    // Every char below 0x80 and a few above, built rather than read.
    let all: String = (0u32..0x100).chain([0x2028, 0xfffd, 0x1f600]).filter_map(char::from_u32).collect();
    assert_eq!(Value::from(all.as_str()).to_string(), serde_json::Value::from(all.as_str()).to_string());
    assert_eq!(json::to_string(&Value::from("a\u{8}\u{c}\u{1}")), r#""a\b\f\u0001""#);
}

// ---------------------------------------------------------------- type errors

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Top {
    roles: Vec<Role>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Role {
    name: String,
    level: u8,
    #[serde(default)]
    pay: Option<u32>,
    kind: Kind,
    #[serde(default)]
    traits: BTreeMap<String, Level>,
    #[serde(default)]
    remote: bool,
    #[serde(default)]
    shift: Option<Shift>,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Seed,
    PublicSource,
    Estimate,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Level {
    value: u8,
    #[serde(default)]
    cite: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Shift {
    Day,
    Evening,
}

// The same types read with `FromJson`, as the catalogue's are.
impl FromJson for Top {
    fn from_json(v: &Value) -> Result<Top, json::Error> {
        read_struct!(v, Top { roles: req, note: def })
    }
}

impl FromJson for Role {
    fn from_json(v: &Value) -> Result<Role, json::Error> {
        read_struct!(v, Role { name: req, level: req, pay: def, kind: req, traits: def, remote: def, shift: def })
    }
}

impl FromJson for Level {
    fn from_json(v: &Value) -> Result<Level, json::Error> {
        read_struct!(v, Level { value: req, cite: def })
    }
}

read_enum!(Kind { "seed" => Seed, "public_source" => PublicSource, "estimate" => Estimate });
read_enum!(Shift { "day" => Day, "evening" => Evening });

/// A role with one field replaced (`"name": 5`) or added.
fn with(field: &str) -> String {
    let mut fields =
        vec![("name", "\"Agent\""), ("level", "2"), ("kind", "\"seed\""), ("traits", "{\"calm\":{\"value\":1}}")];
    let (key, value) = field.split_once(':').unwrap();
    let key = key.trim_matches('"');
    fields.retain(|(k, _)| *k != key);
    if !value.is_empty() {
        fields.push((key, value));
    }
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    format!("{{\"roles\":[{{\"name\":\"First\",\"level\":0,\"kind\":\"estimate\"}},{{{}}}]}}", body.join(","))
}

/// Our message is serde_json's from text (without its position) and from
/// a tree (`from_value`), and the path names the value at fault.
#[test]
fn type_errors_read_as_serde_json_with_a_path() {
    let cases: &[(&str, &str)] = &[
        ("\"name\":5", "roles[1].name"),
        ("\"name\":null", "roles[1].name"),
        ("\"name\":[\"a\"]", "roles[1].name"),
        ("\"level\":300", "roles[1].level"),
        ("\"level\":-1", "roles[1].level"),
        ("\"level\":1.5", "roles[1].level"),
        ("\"level\":\"3\"", "roles[1].level"),
        ("\"level\":true", "roles[1].level"),
        ("\"level\":{}", "roles[1].level"),
        ("\"pay\":1.5", "roles[1].pay"),
        ("\"pay\":-3", "roles[1].pay"),
        ("\"pay\":4294967296", "roles[1].pay"),
        ("\"pay\":\"lots\"", "roles[1].pay"),
        ("\"kind\":\"public\"", "roles[1].kind"),
        ("\"kind\":\"PublicSource\"", "roles[1].kind"),
        ("\"kind\":{\"seed\":1}", "roles[1].kind.seed"),
        ("\"remote\":\"yes\"", "roles[1].remote"),
        ("\"remote\":0", "roles[1].remote"),
        ("\"traits\":[]", "roles[1].traits"),
        ("\"traits\":{\"calm\":\"high\"}", "roles[1].traits.calm"),
        ("\"traits\":{\"calm\":{\"value\":4.0}}", "roles[1].traits.calm.value"),
        ("\"traits\":{\"calm\":{\"value\":1,\"cite\":7}}", "roles[1].traits.calm.cite"),
        ("\"traits\":{\"calm\":{\"value\":1,\"source\":\"x\"}}", "roles[1].traits.calm"),
        ("\"traits\":{\"calm\":{}}", "roles[1].traits.calm"),
        ("\"name\":", "roles[1]"),
        ("\"kind\":", "roles[1]"),
        ("\"salary\":3", "roles[1]"),
        ("\"shift\":\"night\"", "roles[1].shift"),
        ("\"shift\":{\"day\":[]}", "roles[1].shift.day"),
        ("\"shift\":{\"day\":1}", "roles[1].shift.day"),
        ("\"shift\":{\"dusk\":null}", "roles[1].shift"),
    ];
    for (field, path) in cases {
        let text = with(field);
        let a = json::from_text::<Top>(&text).expect_err(&text);
        let text_error = serde_json::from_str::<Top>(&text).expect_err(&text);
        let tree = serde_json::from_str::<serde_json::Value>(&text).unwrap();
        let tree_error = serde_json::from_value::<Top>(tree).expect_err(&text);
        assert_eq!(a.message(), strip_position(&text_error), "{text}");
        assert_eq!(a.message(), tree_error.to_string(), "{text}");
        assert_eq!(a.path(), *path, "{text}");
        assert_eq!(a.to_string(), format!("{path}: {}", a.message()));
        assert_eq!((a.line(), a.column()), (0, 0));
    }
    // The fields as given are read as serde_json reads them.
    let ok = with("\"shift\":\"evening\"");
    assert_eq!(json::from_text::<Top>(&ok).unwrap(), serde_json::from_str::<Top>(&ok).unwrap());
    let ok = with("\"shift\":{\"day\":null}");
    assert_eq!(json::from_text::<Top>(&ok).unwrap(), serde_json::from_str::<Top>(&ok).unwrap());
    let ok = with("\"kind\":{\"seed\":null}");
    assert_eq!(json::from_text::<Top>(&ok).unwrap(), serde_json::from_str::<Top>(&ok).unwrap());
}

/// Errors at the root have no path; Display is the bare message.
#[test]
fn root_type_errors() {
    // serde_json also reads a struct from an array of its fields; core::json
    // wants an object and says so.
    for text in ["[]", "[[]]", "[[], null]", "[[], 5]"] {
        let a = json::from_text::<Top>(text).unwrap_err();
        assert_eq!(a.to_string(), "invalid type: sequence, expected struct Top", "{text}");
    }
    let texts = ["null", "5", "\"x\"", "{}", "{\"roles\":{}}", "{\"roles\":[],\"note\":5}"];
    for text in texts {
        let a = json::from_text::<Top>(text).map_err(|e| e.message().to_string());
        let b = serde_json::from_str::<Top>(text).map_err(|e| strip_position(&e));
        assert_eq!(a, b, "{text}");
    }
    let a = json::from_text::<Top>("null").unwrap_err();
    assert_eq!((a.path(), a.to_string()), (String::new(), "invalid type: null, expected struct Top".to_string()));
    let a = json::from_text::<Top>("{\"roles\":{}}").unwrap_err();
    assert_eq!(a.to_string(), "roles: invalid type: map, expected a sequence");
    let a = json::from_text::<Vec<Vec<u8>>>("[[1],[2,256]]").unwrap_err();
    assert_eq!(a.to_string(), "[1][1]: invalid value: integer `256`, expected u8");
    // A syntax error from from_text is the parser's, with its position.
    let a = json::from_text::<Top>("{\"roles\":[}").unwrap_err();
    assert_eq!(a.to_string(), serde_json::from_str::<Top>("{\"roles\":[}").unwrap_err().to_string());
}

/// A string in a message is escaped as serde escapes it: quotes,
/// backslashes, control and invisible characters.
#[test]
fn strings_in_messages_are_escaped_as_serde_escapes_them() {
    let names = [
        "it's",
        "say \\\"hi\\\"",
        "back\\\\slash",
        "line\\nbreak\\ttab\\r",
        "nul \\u0000 bell \\u0007 del \\u007f",
        "é ø ü ß õ – € 漢字 🙂",
        "\\u0301 starts with a combining mark",
        "zero\\u200bwidth, nbsp\\u00a0, bidi\\u202e",
        "",
    ];
    // Each name (JSON text) as a number (`invalid type: string …`) and as
    // an enum's variant (`unknown variant …`).
    for name in names {
        for role in [
            format!("\"name\":\"A\",\"level\":\"{name}\",\"kind\":\"seed\""),
            format!("\"name\":\"A\",\"level\":0,\"kind\":\"{name}\""),
        ] {
            let text = format!("{{\"roles\":[{{{role}}}]}}");
            let tree = serde_json::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let theirs = serde_json::from_value::<Top>(tree).unwrap_err().to_string();
            let ours = json::from_text::<Top>(&text).unwrap_err();
            assert_eq!(ours.message(), theirs, "{text}");
        }
    }
}

/// With several things wrong, the one reported is serde's: members in key
/// order, the first bad value or unknown key; only then a missing field,
/// the first declared (`FromJson` reads the fields in declaration order).
#[test]
fn the_first_error_is_the_one_serde_reports() {
    let roles = [
        "{\"name\":5,\"zzz\":1}",
        "{\"aaa\":1,\"name\":5}",
        "{\"kind\":\"x\",\"level\":300,\"name\":\"A\"}",
        "{\"level\":\"x\",\"name\":5}",
        "{\"remote\":1,\"kind\":7}",
        "{\"level\":\"x\"}",
        "{\"kind\":\"seed\"}",
        "{\"name\":\"A\",\"kind\":\"seed\"}",
        "{}",
        "{\"traits\":{\"b\":{\"value\":9000},\"a\":{\"cite\":1}},\"name\":1}",
        "{\"traits\":{\"a\":{\"x\":1,\"value\":\"v\"}}}",
    ];
    for role in roles {
        let text = format!("{{\"roles\":[{role}]}}");
        let tree = serde_json::from_str::<serde_json::Value>(&text).unwrap();
        let theirs = serde_json::from_value::<Top>(tree).unwrap_err().to_string();
        let ours = json::from_text::<Top>(&text).unwrap_err();
        assert_eq!(ours.message(), theirs, "{text}");
    }
}

/// Where reading a tree differs from reading text in serde_json, we are
/// the tree (`serde_json::from_value`): no text to point into.
#[test]
fn tree_errors_are_serde_json_from_value_errors() {
    let cases = [
        // Text: "expected value at ..."; tree: the kind of value.
        ("\"kind\":3", "roles[1].kind", "invalid type: integer `3`, expected string or map"),
        ("\"kind\":null", "roles[1].kind", "invalid type: null, expected string or map"),
        ("\"kind\":[\"seed\"]", "roles[1].kind", "invalid type: sequence, expected string or map"),
        ("\"kind\":{}", "roles[1].kind", "invalid value: map, expected map with a single key"),
        (
            "\"kind\":{\"seed\":null,\"estimate\":null}",
            "roles[1].kind",
            "invalid value: map, expected map with a single key",
        ),
    ];
    for (field, path, message) in cases {
        let text = with(field);
        let tree = serde_json::from_str::<serde_json::Value>(&text).unwrap();
        let theirs = serde_json::from_value::<Top>(tree).unwrap_err().to_string();
        let a = json::from_text::<Top>(&text).unwrap_err();
        assert_eq!((a.message(), theirs.as_str(), a.path().as_str()), (message, message, path), "{text}");
    }
    // A key given twice: the tree keeps the last (serde_json's Value does);
    // serde_json reading text into a struct says "duplicate field".
    let text = "{\"value\":1,\"value\":2}";
    assert_eq!(json::from_text::<Level>(text).unwrap(), Level { value: 2, cite: None });
    assert!(serde_json::from_str::<Level>(text).unwrap_err().to_string().starts_with("duplicate field `value`"));
}

// ---------------------------------------------------------------- tree API

#[test]
fn index_and_map_behave_as_serde_json() {
    let text = "{\"b\":[1,{\"c\":true}],\"a\":\"x\"}";
    let ours = json::from_str(text).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(ours["b"][1]["c"].as_bool(), theirs["b"][1]["c"].as_bool());
    assert_eq!(ours["a"].as_str(), Some("x"));
    for (a, b) in [
        (&ours["missing"], &theirs["missing"]),
        (&ours["a"]["x"], &theirs["a"]["x"]),
        (&ours["b"][9], &theirs["b"][9]),
        (&ours[0], &theirs[0]),
    ] {
        assert!(a.is_null() && b.is_null());
    }
    assert_eq!(ours.get("b").map(Value::is_array), theirs.get("b").map(serde_json::Value::is_array));
    assert_eq!(ours.get("zz"), None);
    assert!(ours.is_object() && ours["a"].is_string() && ours["b"][0].is_number() && ours["b"][1]["c"].is_boolean());

    // IndexMut: insert Null for a missing key; Null becomes an object.
    let mut a = json::from_str("{\"n\":null,\"o\":{\"k\":1}}").unwrap();
    let mut b: serde_json::Value = serde_json::from_str("{\"n\":null,\"o\":{\"k\":1}}").unwrap();
    a["n"]["x"] = Value::from(1u8);
    b["n"]["x"] = serde_json::Value::from(1u8);
    a["o"]["k"] = Value::from("two");
    b["o"]["k"] = serde_json::Value::from("two");
    a["new"]["deep"]["er"] = Value::from(vec![Value::from(true), Value::Null]);
    b["new"]["deep"]["er"] = serde_json::json!([true, null]);
    let _ = &mut a["touched"];
    let _ = &mut b["touched"];
    assert_eq!(a.to_string(), b.to_string());
    // Where serde_json panics (a key into a number), ours replaces the value by an object.
    let mut n = Value::from(5u8);
    n["k"] = Value::from(1u8);
    assert_eq!(n.to_string(), "{\"k\":1}");

    // A sorted map: insert, replace, remove, keys, as serde_json's Map.
    let mut m = Map::new();
    let mut sm = serde_json::Map::new();
    for (i, k) in ["delta", "alpha", "charlie", "bravo", "alpha", "Zulu", "é", "a b"].into_iter().enumerate() {
        let replaced = m.insert(k.to_string(), Value::from(i)).map(|v| v.to_string());
        assert_eq!(replaced, sm.insert(k.to_string(), serde_json::Value::from(i)).map(|v| v.to_string()), "{k}");
    }
    assert_eq!(Value::from(m.clone()).to_string(), serde_json::Value::from(sm.clone()).to_string());
    assert_eq!(m.keys().collect::<Vec<_>>(), sm.keys().collect::<Vec<_>>());
    assert_eq!(m.len(), sm.len());
    assert_eq!(m.remove("charlie").map(|v| v.to_string()), sm.remove("charlie").map(|v| v.to_string()));
    assert_eq!(m.remove("charlie"), None);
    assert!(m.contains_key("bravo") && !m.contains_key("charlie"));
    assert_eq!(Value::from(m.clone()).to_string(), serde_json::Value::from(sm).to_string());
    assert_eq!(m["alpha"].as_u64(), Some(4));
    assert!(m["nope"].is_null());
    assert_eq!(m.values().filter_map(Value::as_u64).sum::<u64>(), 25); // alpha 4, bravo 3, delta 0, Zulu 5, é 6, "a b" 7
    for (_, v) in m.iter_mut() {
        *v = Value::Null;
    }
    assert!((&m).into_iter().all(|(_, v)| v.is_null()));
    let collected: Map =
        [("b".to_string(), Value::from(1u8)), ("a".into(), Value::from(2u8)), ("b".into(), Value::from(3u8))]
            .into_iter()
            .collect();
    assert_eq!(Value::from(collected).to_string(), "{\"a\":2,\"b\":3}");
    let mut e = Map::new();
    assert!(e.is_empty() && e.get("x").is_none() && e.get_mut("x").is_none());
    assert_eq!(e.insert("x".into(), Value::Null), None);
    assert_eq!(e.insert("x".into(), Value::from(true)), Some(Value::Null));
}

#[test]
fn conversions_and_accessors() {
    assert_eq!(Value::from(Some("a")), Value::from("a".to_string()));
    assert_eq!(Value::from(None::<u32>), Value::Null);
    assert_eq!(Value::default(), Value::Null);
    for (ours, theirs) in [
        (Value::from(u8::MAX), serde_json::Value::from(u8::MAX)),
        (Value::from(u16::MAX), serde_json::Value::from(u16::MAX)),
        (Value::from(u32::MAX), serde_json::Value::from(u32::MAX)),
        (Value::from(u64::MAX), serde_json::Value::from(u64::MAX)),
        (Value::from(usize::MAX), serde_json::Value::from(usize::MAX)),
        (Value::from(i32::MIN), serde_json::Value::from(i32::MIN)),
        (Value::from(i64::MIN), serde_json::Value::from(i64::MIN)),
        (Value::from(7i64), serde_json::Value::from(7i64)),
        (Value::from(-0.0), serde_json::Value::from(-0.0)),
        (Value::from(false), serde_json::Value::from(false)),
    ] {
        assert_eq!(ours.to_string(), theirs.to_string());
        assert_eq!((ours.as_u64(), ours.as_i64(), ours.as_f64()), (theirs.as_u64(), theirs.as_i64(), theirs.as_f64()));
    }
    // 7 from an i64 is the same number as 7 read from text (unsigned).
    assert_eq!(Value::from(7i64), json::from_str("7").unwrap());
    assert_ne!(json::from_str("7").unwrap(), json::from_str("7.0").unwrap());
    let mut v = json::from_str("[1,{\"a\":[]}]").unwrap();
    v.as_array_mut().unwrap().push(Value::from("x"));
    v.as_array_mut().unwrap()[1].as_object_mut().unwrap().insert("b".into(), Value::from(1.5));
    if let Some(a) = v.as_array_mut().and_then(|a| a[1].get_mut("a")) {
        *a = Value::from(2u8);
    }
    assert_eq!(v.to_string(), "[1,{\"a\":2,\"b\":1.5},\"x\"]");
    assert_eq!(v[1].as_object().map(Map::len), Some(2));
    assert_eq!(v.as_array_mut().unwrap()[2].take(), Value::from("x"));
    assert_eq!(v.to_string(), "[1,{\"a\":2,\"b\":1.5},null]");
    let second = json::from_text::<BTreeMap<String, f64>>(&v[1].to_string()).unwrap();
    assert_eq!(second, BTreeMap::from([("a".to_string(), 2.0), ("b".to_string(), 1.5)]));
}
