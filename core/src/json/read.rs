//! Reading a [`Value`] tree into the catalogue's types with [`FromJson`]
//! instead of serde's derives, with serde's words for every error.
//!
//! serde's derived readers are generic over any deserializer; in the
//! widget's wasm they were the largest single function (every struct's
//! visitor inlined into `Catalogue::parse_json`, 60 KB before gzip). Here a
//! struct is read by one non-generic walk over its members ([`Obj`]) and a
//! call per field, an enum by one lookup in its names ([`variant`]).
//!
//! The errors are serde_json's `from_value` errors for the derived types,
//! found in the same order (`core/tests/json.rs` compares the two on every
//! bad text it has): members are taken in key order and the first bad
//! value or unknown key wins; only then is a missing field reported, the
//! first in the struct's declaration order. An error inside an array or
//! object carries its [path](Error::path).

use serde::de::{Error as _, Unexpected};
use std::collections::BTreeMap;

use super::{Error, Number, Seg, Value, N};

/// A type read from a JSON tree, as its serde derive would read it.
pub trait FromJson: Sized {
    fn from_json(v: &Value) -> Result<Self, Error>;
}

/// The most fields a struct read with [`Obj`] may have.
const MAX_FIELDS: usize = 16;

/// An object being read into a struct: which member holds each field, and
/// the first error found so far.
pub struct Obj<'v> {
    members: &'v [(String, Value)],
    keys: &'static [&'static str],
    /// Per field (declaration order): its member's index + 1, or 0.
    at: [u16; MAX_FIELDS],
    /// The next field [`Obj::req`] and the others read.
    next: usize,
    /// The error to report, with the member index it was found at (a
    /// missing field: after every member).
    error: Option<(usize, Error)>,
}

impl<'v> Obj<'v> {
    /// `v` as an object with the fields `keys` (`expected`: `struct Name`);
    /// a member that is not one of them is an `unknown field`.
    pub fn new(v: &'v Value, expected: &'static str, keys: &'static [&'static str]) -> Result<Obj<'v>, Error> {
        debug_assert!(keys.len() <= MAX_FIELDS);
        let Value::Object(map) = v else { return Err(v.invalid(&expected)) };
        let mut obj = Obj { members: &map.0, keys, at: [0; MAX_FIELDS], next: 0, error: None };
        for (i, (key, _)) in map.0.iter().enumerate() {
            match keys.iter().position(|k| k == key) {
                Some(f) => obj.at[f] = i as u16 + 1,
                None => {
                    // serde stops here: members after it are not read.
                    obj.error = Some((i, Error::unknown_field(key, keys)));
                    break;
                }
            }
        }
        Ok(obj)
    }

    /// The next field's value, if its member is there (the reads below
    /// keep their generic part to the call of `T::from_json`).
    #[inline(never)]
    fn member(&mut self) -> Option<&'v Value> {
        let field = self.next;
        self.next += 1;
        let i = (self.at[field] as usize).checked_sub(1)?;
        Some(&self.members[i].1)
    }

    /// Records the error reading the last field's member, unless one
    /// found at an earlier member is already recorded.
    #[inline(never)]
    fn fail(&mut self, e: Error) {
        let i = self.at[self.next - 1] as usize - 1;
        if self.error.as_ref().is_none_or(|(at, _)| i < *at) {
            self.error = Some((i, e.at(Seg::Key(self.members[i].0.clone()))));
        }
    }

    /// Records that the last field is missing, unless an error is recorded.
    #[inline(never)]
    fn missing(&mut self) {
        if self.error.is_none() {
            self.error = Some((usize::MAX, Error::missing_field(self.keys[self.next - 1])));
        }
    }

    /// The next field: `Ok(None)` when it is absent, `Err` (recorded) when
    /// it cannot be read.
    fn take<T: FromJson>(&mut self) -> Result<Option<T>, ()> {
        let Some(v) = self.member() else { return Ok(None) };
        match T::from_json(v) {
            Ok(t) => Ok(Some(t)),
            Err(e) => {
                self.fail(e);
                Err(())
            }
        }
    }

    /// The next field, which must be there.
    pub fn req<T: FromJson>(&mut self) -> Option<T> {
        match self.take() {
            Ok(Some(t)) => Some(t),
            Ok(None) => {
                self.missing();
                None
            }
            Err(()) => None,
        }
    }

    /// The next field, `default()` when it is absent.
    pub fn or<T: FromJson>(&mut self, default: impl FnOnce() -> T) -> Option<T> {
        match self.take() {
            Ok(t) => Some(t.unwrap_or_else(default)),
            Err(()) => None,
        }
    }

    /// The next field, `T::default()` when it is absent (`#[serde(default)]`).
    pub fn def<T: FromJson + Default>(&mut self) -> Option<T> {
        self.or(T::default)
    }

    /// The first error, if any: call once every field is taken.
    pub fn finish(self) -> Result<(), Error> {
        match self.error {
            Some((_, e)) => Err(e),
            None => Ok(()),
        }
    }
}

/// Reads a struct, serde-derive style: `read_struct!(v, Name { field: how, … })`
/// with `how` one of `req` (must be there), `def` (its `Default` when
/// absent; `Option` fields absent are `None`) or `or(expr)` (`expr` when
/// absent); the JSON key is the field's name. Fields serde skips follow
/// a `;` with their values, inside the braces.
#[macro_export]
#[doc(hidden)]
macro_rules! read_struct {
    ($v:expr, $ty:ident { $($f:ident: $how:ident $(($d:expr))?),* $(,)? $(; $($skip:ident: $sv:expr),* $(,)?)? }) => {{
        let mut o = $crate::json::read::Obj::new($v, concat!("struct ", stringify!($ty)), &[$(stringify!($f)),*])?;
        $( let $f = o.$how($($d)?); )*
        o.finish()?;
        match ($($f,)*) {
            ($(Some($f),)*) => Ok($ty { $($f,)* $($($skip: $sv),*)? }),
            _ => Err($crate::json::read::unread()),
        }
    }};
}

/// What [`read_struct!`] says if a field were neither read nor reported
/// as an error (it cannot be: [`Obj::finish`] fails first).
#[doc(hidden)]
pub fn unread() -> Error {
    Error::custom("a field was neither read nor reported")
}

/// Which of `names` a unit variant is: `"name"`, or `{"name": null}`
/// (serde_json's two spellings), with serde's errors.
pub fn variant(v: &Value, names: &'static [&'static str]) -> Result<usize, Error> {
    let (name, data) = match v {
        Value::String(s) => (s, None),
        Value::Object(map) => match map.0.as_slice() {
            [(k, d)] => (k, Some(d)),
            _ => return Err(Error::invalid_value(Unexpected::Map, &"map with a single key")),
        },
        other => return Err(other.invalid(&"string or map")),
    };
    let Some(i) = names.iter().position(|n| n == name) else {
        return Err(Error::unknown_variant(name, names));
    };
    match data {
        None | Some(Value::Null) => Ok(i),
        Some(d) => Err(d.invalid(&"unit").at(Seg::Key(name.clone()))),
    }
}

/// `FromJson` for a `Copy` enum of unit variants: `read_enum!(Type { "name" => Variant, … })`.
#[macro_export]
#[doc(hidden)]
macro_rules! read_enum {
    ($ty:ident { $($name:literal => $variant:ident),* $(,)? }) => {
        impl $crate::json::read::FromJson for $ty {
            fn from_json(v: &$crate::json::Value) -> Result<$ty, $crate::json::Error> {
                const ALL: &[$ty] = &[$($ty::$variant),*];
                Ok(ALL[$crate::json::read::variant(v, &[$($name),*])?])
            }
        }
    };
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<String, Error> {
        match v {
            Value::String(s) => Ok(s.clone()),
            other => Err(other.invalid(&"a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Result<bool, Error> {
        match v {
            Value::Bool(b) => Ok(*b),
            other => Err(other.invalid(&"a boolean")),
        }
    }
}

impl FromJson for f64 {
    fn from_json(v: &Value) -> Result<f64, Error> {
        match v {
            Value::Number(Number(N::U(u))) => Ok(*u as f64),
            Value::Number(Number(N::I(i))) => Ok(*i as f64),
            Value::Number(Number(N::F(f))) => Ok(*f),
            other => Err(other.invalid(&"f64")),
        }
    }
}

/// An unsigned integer up to `max`, as serde's primitive visitors read it.
fn unsigned(v: &Value, max: u64, expected: &'static str) -> Result<u64, Error> {
    match v {
        Value::Number(Number(N::U(u))) if *u <= max => Ok(*u),
        Value::Number(Number(N::U(u))) => Err(Error::invalid_value(Unexpected::Unsigned(*u), &expected)),
        Value::Number(Number(N::I(i))) => Err(Error::invalid_value(Unexpected::Signed(*i), &expected)),
        other => Err(other.invalid(&expected)),
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(v: &Value) -> Result<$t, Error> {
                unsigned(v, <$t>::MAX as u64, stringify!($t)).map(|u| u as $t)
            }
        }
    )*};
}
unsigned!(u8, u16, u32);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Result<Option<T>, Error> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Result<Vec<T>, Error> {
        match v {
            Value::Array(items) => {
                items.iter().enumerate().map(|(i, item)| T::from_json(item).map_err(|e| e.at(Seg::Index(i)))).collect()
            }
            other => Err(other.invalid(&"a sequence")),
        }
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(v: &Value) -> Result<BTreeMap<String, T>, Error> {
        match v {
            // Inserted one by one: the keys come sorted, and collecting
            // would sort them again (a sort's code for each `T`).
            Value::Object(map) => {
                let mut out = BTreeMap::new();
                for (k, item) in &map.0 {
                    match T::from_json(item) {
                        Ok(t) => out.insert(k.clone(), t),
                        Err(e) => return Err(e.at(Seg::Key(k.clone()))),
                    };
                }
                Ok(out)
            }
            other => Err(other.invalid(&"a map")),
        }
    }
}
