//! A small JSON reader and writer: the part of `serde_json` this crate
//! uses, in less code (the widget is WebAssembly, where serde_json costs
//! about 15 KB gzipped).
//!
//! [`from_str`] parses text into a [`Value`] tree (strict RFC 8259, nesting
//! at most 127 deep); [`read::FromJson`] reads a tree into the catalogue's
//! types as their serde derives would (without them: see [`read`]), and
//! [`from_text`] does both. `Display` writes compact JSON.
//!
//! It behaves like serde_json 1.0 built without `preserve_order`,
//! `arbitrary_precision` or `float_roundtrip` (this workspace's build):
//! the same tree, object keys sorted, the last of two equal keys kept, the
//! same compact text, and the same error messages with the same line and
//! column for bad text. Where it differs:
//! - numbers with a fraction or exponent are read without std's float
//!   parser (its tables are about 15 KB gzipped of wasm): correctly rounded
//!   for up to 15 significant digits and a decimal exponent within ±22
//!   (every number in roles data, weights and pay), otherwise within a few
//!   units in the last place (a literal within a few units of `f64::MAX`
//!   can then be out of range);
//! - floats are written with the shortest digits that read back (Rust's
//!   `{:e}`); where two are as short, the last digit can differ from
//!   serde_json's;
//! - a struct is read from an object only (serde_json also takes an array
//!   of its fields in order);
//! - an error found while reading a tree into a type has no line or column
//!   (a tree has none) but a [path](Error::path) to the value at fault;
//! - [`from_text`] reads through the tree, so it reports as serde_json's
//!   `from_value` does where that differs from its `from_str`: a key given
//!   twice is no `duplicate field` (the last wins), an enum that is neither
//!   a string nor an object is `invalid type: ..., expected string or map`
//!   (not `expected value`);
//! - enums are read with unit variants only (`"name"` or `{"name": null}`),
//!   all the catalogue has;
//! - `invalid unicode code point` cannot happen (text is a `&str`, as for
//!   `serde_json::from_str`);
//! - [`Value`]`[key] = ...` on a value that is not an object replaces it
//!   with an object instead of panicking; `Map[key]` for a missing key is
//!   `Null` instead of a panic;
//! - map keys are read as strings only (serde_json also reads numbers and
//!   `true`/`false` out of keys, for maps keyed by numbers or booleans).

pub mod read;

use serde::de::{self, Unexpected};
use std::fmt::{self, Display, Write as _};
use std::ops::{Index, IndexMut};

/// A JSON value, as `serde_json::Value`.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

static NULL: Value = Value::Null;

/// A JSON number that remembers whether it was an integer, as
/// `serde_json::Number`: an unsigned integer (one that fits a `u64`), a
/// negative one (fits an `i64`), or anything else as an `f64` (never NaN or
/// infinite).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(N);

#[derive(Clone, Copy, Debug, PartialEq)]
enum N {
    U(u64),
    /// Always negative.
    I(i64),
    F(f64),
}

/// A JSON object: keys sorted (as serde_json's `BTreeMap`), each once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

/// What [`Map::iter`] and `&Map`'s `into_iter` return.
pub type Iter<'a> =
    std::iter::Map<std::slice::Iter<'a, (String, Value)>, fn(&'a (String, Value)) -> (&'a String, &'a Value)>;

/// Why text is not JSON (with a line and column, as serde_json reports
/// them) or a tree is not the type asked for (with the path to the value).
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    message: String,
    line: usize,
    column: usize,
    /// Innermost first: each enclosing array or object adds its index or
    /// key as the error passes out of it.
    path: Vec<Seg>,
}

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

// ---------------------------------------------------------------- Value

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        self.as_number()?.as_f64()
    }
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number()?.as_u64()
    }
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number()?.as_i64()
    }
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    /// An object's member; `None` for a missing key or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.as_object_mut()?.get_mut(key)
    }
    /// Takes the value out, leaving `Null`.
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }

    /// The value as serde's error messages name it.
    /// The error for this value where `expected` was wanted (not generic:
    /// one copy for every type read).
    fn invalid(&self, expected: &dyn de::Expected) -> Error {
        de::Error::invalid_type(self.unexpected(), expected)
    }

    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Value::Null => Unexpected::Unit,
            Value::Bool(b) => Unexpected::Bool(*b),
            Value::Number(Number(N::U(u))) => Unexpected::Unsigned(*u),
            Value::Number(Number(N::I(i))) => Unexpected::Signed(*i),
            Value::Number(Number(N::F(f))) => Unexpected::Float(*f),
            Value::String(s) => Unexpected::Str(s),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }
}

/// `value["key"]`: the member, or `Null` for a missing key or a value that
/// is not an object (as serde_json).
impl Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

/// `value[i]`: the element, or `Null` out of range or for a value that is
/// not an array (as serde_json).
impl Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        match self {
            Value::Array(a) => a.get(i).unwrap_or(&NULL),
            _ => &NULL,
        }
    }
}

/// `value["key"] = ...`: on an object, the member (inserted as `Null` if
/// missing); `Null` becomes an empty object first (both as serde_json).
/// Unlike serde_json, which panics, any other value (bool, number, string,
/// array) is also replaced by an empty object first: it never panics.
impl IndexMut<&str> for Value {
    fn index_mut(&mut self, key: &str) -> &mut Value {
        if !self.is_object() {
            *self = Value::Object(Map::new());
        }
        match self {
            Value::Object(m) => m.slot(key),
            other => other, // not reached: it is an object now
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::String(s.clone())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
/// NaN and the infinities become `Null` (as serde_json).
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}
impl From<Number> for Value {
    fn from(n: Number) -> Value {
        Value::Number(n)
    }
}
/// An array of anything that is a value (`Vec<Value>`, `Vec<&str>`, `Vec<u8>`, ...).
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(a: Vec<T>) -> Value {
        Value::Array(a.into_iter().map(Into::into).collect())
    }
}
impl From<Map> for Value {
    fn from(m: Map) -> Value {
        Value::Object(m)
    }
}
/// `None` is `Null`.
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Value {
        o.map_or(Value::Null, Into::into)
    }
}
macro_rules! from_integer {
    ($($t:ty => $via:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Number(Number::from(<$via>::from(n)))
            }
        }
    )*};
}
from_integer!(u8 => u64, u16 => u64, u32 => u64, u64 => u64, i32 => i64, i64 => i64);
impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Number(Number(N::U(n as u64)))
    }
}

/// Compact JSON, exactly as `serde_json::to_string`.
impl Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            Value::Number(n) => Display::fmt(n, f),
            Value::String(s) => write_string(f, s),
            Value::Array(a) => {
                f.write_char('[')?;
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    Display::fmt(v, f)?;
                }
                f.write_char(']')
            }
            Value::Object(m) => {
                f.write_char('{')?;
                for (i, (k, v)) in m.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write_string(f, k)?;
                    f.write_char(':')?;
                    Display::fmt(v, f)?;
                }
                f.write_char('}')
            }
        }
    }
}

/// Compact JSON (the same as `v.to_string()`).
pub fn to_string(v: &Value) -> String {
    v.to_string()
}

/// A JSON string: `"` and `\` escaped, control characters as `\b \t \n \f
/// \r` or `\u00xx`, everything else as it is (serde_json's escaping).
fn write_string(f: &mut fmt::Formatter, s: &str) -> fmt::Result {
    f.write_char('"')?;
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            8 => "\\b",
            12 => "\\f",
            0..=31 => "",
            _ => continue,
        };
        f.write_str(&s[start..i])?;
        start = i + 1;
        if short.is_empty() {
            write!(f, "\\u{b:04x}")?;
        } else {
            f.write_str(short)?;
        }
    }
    f.write_str(&s[start..])?;
    f.write_char('"')
}

// ---------------------------------------------------------------- Number

impl Number {
    /// `None` for NaN and the infinities, which JSON cannot write.
    pub fn from_f64(f: f64) -> Option<Number> {
        f.is_finite().then_some(Number(N::F(f)))
    }
    /// Always `Some` (an integer as the nearest `f64`).
    pub fn as_f64(&self) -> Option<f64> {
        Some(match self.0 {
            N::U(u) => u as f64,
            N::I(i) => i as f64,
            N::F(f) => f,
        })
    }
    /// An integer that fits a `u64`; `None` for negative ones and floats.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::U(u) => Some(u),
            _ => None,
        }
    }
    /// An integer that fits an `i64`; `None` for larger ones and floats.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::U(u) => i64::try_from(u).ok(),
            N::I(i) => Some(i),
            N::F(_) => None,
        }
    }
    pub fn is_u64(&self) -> bool {
        self.as_u64().is_some()
    }
    pub fn is_i64(&self) -> bool {
        self.as_i64().is_some()
    }
    pub fn is_f64(&self) -> bool {
        matches!(self.0, N::F(_))
    }
}

impl From<u64> for Number {
    fn from(u: u64) -> Number {
        Number(N::U(u))
    }
}
impl From<i64> for Number {
    fn from(i: i64) -> Number {
        Number(if i < 0 { N::I(i) } else { N::U(i as u64) })
    }
}

/// As serde_json: integers as integers, floats in the shortest form that
/// reads back (`1.5`, `100.0`, `1e-7`, `1.5e+300`).
impl Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            N::U(u) => write!(f, "{u}"),
            N::I(i) => write!(f, "{i}"),
            N::F(x) => write_f64(f, x),
        }
    }
}

/// A float as serde_json writes it (with its `zmij` crate): the shortest
/// digits that read back as the same float, laid out plainly for decimal
/// exponents -5 to 15 (`0.00001`, `1.5`, `100.0`, `1000000000000000.0`),
/// else as `1e-6`, `1.5e+16`. NaN and infinities, which JSON has no words
/// for, are `null`.
fn write_f64(f: &mut fmt::Formatter, x: f64) -> fmt::Result {
    if !x.is_finite() {
        return f.write_str("null");
    }
    if x.is_sign_negative() {
        f.write_char('-')?;
    }
    let x = x.abs();
    // Rust's `{:e}` finds the shortest digits. Of two as near, zmij takes
    // the even one (...162.25 is ...162.2) as `{:.Ne}` does, `{:e}` the
    // upper: when `{:.Ne}` at the same length reads back, it is zmij's.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits = mantissa.replace('.', "");
    let n = digits.len() as i32;
    if !(-5..=15).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let sign = if exp < 0 { '-' } else { '+' };
        let dot = if rest.is_empty() { "" } else { "." };
        write!(f, "{first}{dot}{rest}e{sign}{}", exp.abs())
    } else if exp < 0 {
        write!(f, "0.{:0>width$}", digits, width = (n - exp - 1) as usize)
    } else if n - 1 <= exp {
        write!(f, "{digits:0<width$}.0", width = (exp + 1) as usize)
    } else {
        let (int, frac) = digits.split_at(exp as usize + 1);
        write!(f, "{int}.{frac}")
    }
}

// ---------------------------------------------------------------- Map

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }
    /// Sets `key` to `value`; returns the value it replaces.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }
    /// The member, inserted as `Null` if missing.
    fn slot(&mut self, key: &str) -> &mut Value {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key.to_owned(), Value::Null));
                i
            }
        };
        &mut self.0[i].1
    }
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Members in key order.
    pub fn iter(&self) -> Iter<'_> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut Value)> {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.0.iter().map(|(_, v)| v)
    }
}

/// Later pairs replace earlier ones with the same key.
impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(pairs: I) -> Map {
        let mut m = Map::new();
        for (k, v) in pairs {
            m.insert(k, v);
        }
        m
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// `map["key"]`: the member, or `Null` if missing (serde_json panics).
impl Index<&str> for Map {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

// ---------------------------------------------------------------- Error

impl Error {
    fn new(message: String) -> Error {
        Error { message, line: 0, column: 0, path: Vec::new() }
    }
    /// What is wrong, without the position or path.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// 1-based line of bad text; 0 for an error in a tree.
    pub fn line(&self) -> usize {
        self.line
    }
    /// Column of bad text, counted in bytes as serde_json does; 0 for an
    /// error in a tree.
    pub fn column(&self) -> usize {
        self.column
    }
    /// Where in the tree the value at fault is, e.g. `roles[2].traits.calm`
    /// (keys joined by `.`, indices as `[i]`); empty for the root and for
    /// bad text.
    pub fn path(&self) -> String {
        let mut s = String::new();
        for seg in self.path.iter().rev() {
            match seg {
                Seg::Key(k) => {
                    if !s.is_empty() {
                        s.push('.');
                    }
                    s.push_str(k);
                }
                Seg::Index(i) => {
                    let _ = write!(s, "[{i}]");
                }
            }
        }
        s
    }
    fn at(mut self, seg: Seg) -> Error {
        self.path.push(seg);
        self
    }
}

/// Bad text: `{message} at line {line} column {column}` (serde_json's
/// words); a tree: `{path}: {message}`, or `{message}` at the root.
impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{} at line {} column {}", self.message, self.line, self.column)
        } else if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path(), self.message)
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: Display>(message: T) -> Error {
        Error::new(message.to_string())
    }
    fn invalid_type(unexp: Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(format!("invalid type: {}, expected {exp}", Unexp(unexp)))
    }
    fn invalid_value(unexp: Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(format!("invalid value: {}, expected {exp}", Unexp(unexp)))
    }
}

/// serde's names for values, with serde_json's two changes: `null` for
/// unit and floats written as JSON writes them. (A string is written with
/// its `Debug` escapes, by serde: the release build keeps `Debug`
/// formatting for it; see docs/performance.md on `-Zfmt-debug=none`.)
struct Unexp<'a>(Unexpected<'a>);

impl Display for Unexp<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Unexpected::Unit => f.write_str("null"),
            Unexpected::Float(x) => {
                f.write_str("floating point `")?;
                write_f64(f, x)?;
                f.write_char('`')
            }
            other => Display::fmt(&other, f),
        }
    }
}

// ---------------------------------------------------------------- parsing

const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EXPECTED_VALUE: &str = "expected value";
const EXPECTED_LIST: &str = "expected `,` or `]`";
const EXPECTED_OBJECT: &str = "expected `,` or `}`";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_IDENT: &str = "expected ident";
const KEY_STRING: &str = "key must be a string";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING: &str = "trailing characters";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const OUT_OF_RANGE: &str = "number out of range";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const END_OF_HEX: &str = "unexpected end of hex escape";
const CONTROL: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const RECURSION: &str = "recursion limit exceeded";

/// Parses JSON text (RFC 8259, nothing before or after but whitespace).
/// Errors read as serde_json's, with its line and column.
pub fn from_str(text: &str) -> Result<Value, Error> {
    let mut p = Parser { s: text, b: text.as_bytes(), i: 0, depth: 128 };
    let v = p.value()?;
    match p.ws() {
        Some(_) => p.peek_err(TRAILING),
        None => Ok(v),
    }
}

/// A recursive descent over the bytes, shaped like serde_json's so that it
/// stops, and reports, where serde_json does.
struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    /// The next byte.
    i: usize,
    /// Arrays and objects that may still open (serde_json's limit: 127 deep).
    depth: u8,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn next(&mut self) -> Option<u8> {
        let c = self.peek();
        self.i += c.is_some() as usize;
        c
    }
    /// Skips whitespace; the next byte.
    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }
    /// An error at the byte just read (serde_json's `error`).
    fn err<T>(&self, message: &str) -> Result<T, Error> {
        Err(self.error_at(self.i, message))
    }
    /// An error at the next byte, not yet read (serde_json's `peek_error`).
    fn peek_err<T>(&self, message: &str) -> Result<T, Error> {
        Err(self.error_at((self.i + 1).min(self.b.len()), message))
    }
    /// serde_json's position of the byte before `i`: lines from 1, the
    /// column in bytes from the line's start (0 before its first byte).
    fn error_at(&self, i: usize, message: &str) -> Error {
        let before = &self.b[..i];
        let start = before.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before[..start].iter().filter(|&&c| c == b'\n').count();
        Error { line, column: i - start, ..Error::new(message.to_owned()) }
    }

    fn value(&mut self) -> Result<Value, Error> {
        let Some(c) = self.ws() else { return self.peek_err(EOF_VALUE) };
        Ok(match c {
            b'n' => self.word("null", Value::Null)?,
            b't' => self.word("true", Value::Bool(true))?,
            b'f' => self.word("false", Value::Bool(false))?,
            b'-' | b'0'..=b'9' => Value::Number(self.number()?),
            b'"' => {
                self.i += 1;
                Value::String(self.string()?)
            }
            b'[' | b'{' => {
                self.depth -= 1;
                if self.depth == 0 {
                    return self.peek_err(RECURSION);
                }
                self.i += 1;
                let v = if c == b'[' { self.array()? } else { self.object()? };
                self.depth += 1;
                v
            }
            _ => return self.peek_err(EXPECTED_VALUE),
        })
    }

    /// `null`, `true` or `false`, its first letter seen.
    fn word(&mut self, word: &str, v: Value) -> Result<Value, Error> {
        self.i += 1;
        for &want in &word.as_bytes()[1..] {
            match self.next() {
                None => return self.err(EOF_VALUE),
                Some(c) if c != want => return self.err(EXPECTED_IDENT),
                _ => {}
            }
        }
        Ok(v)
    }

    /// After `[`, up to and including `]`.
    fn array(&mut self) -> Result<Value, Error> {
        let mut a = Vec::new();
        loop {
            match self.ws() {
                None => return self.peek_err(EOF_LIST),
                Some(b']') => break,
                _ if a.is_empty() => {}
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b']') => return self.peek_err(TRAILING_COMMA),
                        None => return self.peek_err(EOF_VALUE),
                        _ => {}
                    }
                }
                Some(_) => return self.peek_err(EXPECTED_LIST),
            }
            a.push(self.value()?);
        }
        self.i += 1;
        Ok(Value::Array(a))
    }

    /// After `{`, up to and including `}`. Of two equal keys the last wins.
    fn object(&mut self) -> Result<Value, Error> {
        let mut m = Map::new();
        loop {
            match self.ws() {
                None => return self.peek_err(EOF_OBJECT),
                Some(b'}') => break,
                Some(b'"') if m.is_empty() => {}
                Some(_) if m.is_empty() => return self.peek_err(KEY_STRING),
                Some(b',') => {
                    self.i += 1;
                    match self.ws() {
                        Some(b'"') => {}
                        Some(b'}') => return self.peek_err(TRAILING_COMMA),
                        Some(_) => return self.peek_err(KEY_STRING),
                        None => return self.peek_err(EOF_VALUE),
                    }
                }
                Some(_) => return self.peek_err(EXPECTED_OBJECT),
            }
            self.i += 1;
            let key = self.string()?;
            match self.ws() {
                Some(b':') => self.i += 1,
                Some(_) => return self.peek_err(EXPECTED_COLON),
                None => return self.peek_err(EOF_OBJECT),
            }
            let v = self.value()?;
            m.insert(key, v);
        }
        self.i += 1;
        Ok(Value::Object(m))
    }

    /// A number, checked as serde_json checks it; the value from
    /// `str::parse` (an integer that fits `u64`, or a negative one that
    /// fits `i64`, stays an integer; `-0` is a float).
    fn number(&mut self) -> Result<Number, Error> {
        let start = self.i;
        self.i += (self.peek() == Some(b'-')) as usize;
        let mut nonzero = false;
        match self.next() {
            None => return self.err(EOF_VALUE),
            Some(b'0') if matches!(self.peek(), Some(b'0'..=b'9')) => return self.peek_err(INVALID_NUMBER),
            Some(b'0') => {}
            Some(b'1'..=b'9') => nonzero = true,
            Some(_) => return self.err(INVALID_NUMBER),
        }
        nonzero |= self.digits();
        let mut float = false;
        if self.peek() == Some(b'.') {
            float = true;
            self.i += 1;
            let first = self.i;
            nonzero |= self.digits();
            if self.i == first {
                return self.peek_err(if self.peek().is_some() { INVALID_NUMBER } else { EOF_VALUE });
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            float = true;
            self.i += 1;
            let up = self.peek() != Some(b'-');
            self.i += matches!(self.peek(), Some(b'+' | b'-')) as usize;
            match self.next() {
                None => return self.err(EOF_VALUE),
                Some(b'0'..=b'9') => {}
                Some(_) => return self.err(INVALID_NUMBER),
            }
            // serde_json gives up at the digit that takes the exponent past
            // i32::MAX, if that makes the number infinite.
            let mut exp = u32::from(self.b[self.i - 1] - b'0');
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.i += 1;
                exp = exp.saturating_mul(10).saturating_add(u32::from(c - b'0'));
                if exp > i32::MAX as u32 && nonzero && up {
                    return self.err(OUT_OF_RANGE);
                }
            }
        }
        let text = &self.s[start..self.i];
        if !float {
            if let Ok(u) = text.parse() {
                return Ok(Number(N::U(u)));
            }
            if let Ok(i @ ..0) = text.parse::<i64>() {
                return Ok(Number(N::I(i)));
            }
        }
        match decimal(text) {
            f if f.is_finite() => Ok(Number(N::F(f))),
            _ => self.err(OUT_OF_RANGE),
        }
    }

    /// Skips decimal digits; whether any was not `0`.
    fn digits(&mut self) -> bool {
        let mut nonzero = false;
        while let Some(c @ b'0'..=b'9') = self.peek() {
            nonzero |= c != b'0';
            self.i += 1;
        }
        nonzero
    }

    /// After `"`, up to and including the closing `"`.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = String::new();
        // Runs between escapes start and end at ASCII bytes: whole characters.
        let mut start = self.i;
        loop {
            match self.next() {
                None => return self.err(EOF_STRING),
                Some(b'"') => {
                    out.push_str(&self.s[start..self.i - 1]);
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.s[start..self.i - 1]);
                    self.escape(&mut out)?;
                    start = self.i;
                }
                Some(0..=0x1f) => return self.err(CONTROL),
                Some(_) => {}
            }
        }
    }

    /// After `\`.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        out.push(match self.next() {
            None => return self.err(EOF_STRING),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let mut n = self.hex4()?;
                if (0xDC00..=0xDFFF).contains(&n) {
                    return self.err(LONE_SURROGATE);
                }
                if (0xD800..=0xDBFF).contains(&n) {
                    // A leading surrogate: `\u` and a trailing one must follow.
                    for want in [b'\\', b'u'] {
                        match self.next() {
                            None => return self.err(EOF_STRING),
                            Some(c) if c != want => return self.err(END_OF_HEX),
                            _ => {}
                        }
                    }
                    let low = self.hex4()?;
                    if !(0xDC00..=0xDFFF).contains(&low) {
                        return self.err(LONE_SURROGATE);
                    }
                    n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00);
                }
                // Never `None`: surrogates are paired by now.
                out.extend(char::from_u32(n));
                return Ok(());
            }
            Some(_) => return self.err(INVALID_ESCAPE),
        });
        Ok(())
    }

    /// The four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(hex) = self.b.get(self.i..self.i + 4) else {
            self.i = self.b.len();
            return self.err(EOF_STRING);
        };
        self.i += 4;
        let mut n = 0;
        for &c in hex {
            match (c as char).to_digit(16) {
                Some(d) => n = n * 16 + d,
                None => return self.err(INVALID_ESCAPE),
            }
        }
        Ok(n)
    }
}

// ---------------------------------------------------------------- reading a tree into a type

/// Parses text and reads it into `T`: [`from_str`] then
/// [`FromJson`](read::FromJson) (the errors serde_json's `from_value`
/// gives for the type's serde derive).
pub fn from_text<T: read::FromJson>(text: &str) -> Result<T, Error> {
    T::from_json(&from_str(text)?)
}

/// The exact powers of ten an f64 holds (10^0 to 10^22).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// A JSON number literal (already checked) as f64, without std's float
/// parser, whose tables cost about 15 KB gzipped of wasm. Correctly rounded
/// when the significand has at most 15 digits and the decimal exponent is
/// within ±22 (Clinger's fast path: one exact product or quotient), which
/// covers pay, levels and weights; otherwise within a few units in the last
/// place.
fn decimal(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, exp) = match text.find(['e', 'E']) {
        Some(at) => (
            &text[..at],
            text[at + 1..].parse::<i64>().unwrap_or(if text.as_bytes()[at + 1] == b'-' {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
        ),
        None => (text, 0),
    };
    // The significand's digits as an integer (the first 19 that matter),
    // with the decimal exponent that goes with it.
    let (mut m, mut e, mut n) = (0u64, exp, 0u32);
    let mut after_point = false;
    for c in digits.bytes() {
        match c {
            b'.' => after_point = true,
            d if n < 19 => {
                if m != 0 || d != b'0' {
                    n += 1;
                }
                m = m * 10 + u64::from(d - b'0');
                e -= i64::from(after_point);
            }
            _ => e += i64::from(!after_point),
        }
    }
    let x = m as f64;
    let v = if m == 0 {
        0.0
    } else if n <= 15 && (-22..=22).contains(&e) {
        // Exact operands, one rounding: correctly rounded.
        if e >= 0 {
            x * POW10[e as usize]
        } else {
            x / POW10[(-e) as usize]
        }
    } else {
        // A few roundings: within a few units in the last place. Far
        // exponents are applied in two steps so that neither overflows
        // nor underflows on the way to a representable result.
        let e = e.clamp(-400, 400) as i32;
        let (first, rest) = if e < -300 {
            (e + 300, -300)
        } else if e > 300 {
            (e - 300, 300)
        } else {
            (e, 0)
        };
        x * 10f64.powi(first) * 10f64.powi(rest)
    };
    if negative {
        -v
    } else {
        v
    }
}
