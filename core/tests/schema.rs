#![cfg(not(target_arch = "wasm32"))]
//! The published JSON Schema (`schema/roles.schema.json`) and the code that
//! reads roles (`Catalogue::from_json`) agree: the fixtures in
//! `schema/fixtures/` that the schema accepts or refuses (checked by
//! `scripts/check-schema.mjs`) the code accepts or refuses too, and the
//! schema's fields, required fields, nulls, unknown fields and enums are
//! those of the serde types.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use career_quiz_core::catalogue::{
    Basis, Catalogue, Coverage, EduLevel, Leadership, Period, Region, SourceKind, Stat, Trait, BUILTIN_JSON, LEVEL_MAX,
    MAX_EXPERIENCE_YEARS, OUTLOOK_CHANGE_PCT, SCHEMA_VERSION,
};
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    let full = repo().join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn schema() -> Value {
    json("schema/roles.schema.json")
}

fn cases() -> Value {
    json("schema/fixtures/cases.json")
}

fn list<'a>(cases: &'a Value, key: &str) -> &'a Vec<Value> {
    cases[key].as_array().unwrap_or_else(|| panic!("cases.json has no list `{key}`"))
}

fn field<'a>(case: &'a Value, key: &str) -> &'a str {
    case[key].as_str().unwrap_or_else(|| panic!("case {case} has no `{key}`"))
}

#[test]
fn the_code_accepts_the_valid_fixtures() {
    for file in list(&cases(), "valid") {
        let file = file.as_str().unwrap();
        if let Err(e) = Catalogue::from_json(&read(&format!("schema/fixtures/{file}"))) {
            panic!("{file}: {e}");
        }
    }
}

#[test]
fn the_code_refuses_the_broken_fixtures_for_the_stated_reason() {
    let cases = cases();
    let broken: Vec<&Value> = list(&cases, "invalid").iter().chain(list(&cases, "code_only")).collect();
    assert!(broken.len() >= 25, "only {} broken fixtures", broken.len());
    let mut listed = HashSet::new();
    for case in broken {
        let file = field(case, "file");
        let expected = field(case, "code_error");
        listed.insert(file.trim_start_matches("invalid/").to_string());
        match Catalogue::from_json(&read(&format!("schema/fixtures/{file}"))) {
            Ok(_) => panic!("{file} was accepted; expected {expected:?}"),
            Err(e) => assert!(e.to_string().contains(expected), "{file}: expected {expected:?} in\n{e}"),
        }
    }
    // Every fixture file is a case, so none is silently skipped.
    for entry in std::fs::read_dir(repo().join("schema/fixtures/invalid")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(listed.contains(&name), "schema/fixtures/invalid/{name} is not listed in cases.json");
    }
}

#[test]
fn the_published_example_files_load_in_both_modes() {
    let builtin = Catalogue::from_json(BUILTIN_JSON).unwrap_or_else(|e| panic!("data/roles.json: {e}"));
    let agency = read("embed/demo/agency-roles.json");
    let replaced = Catalogue::from_json(&agency).unwrap_or_else(|e| panic!("agency-roles.json (replace): {e}"));
    let merged = Catalogue::parse_json(&agency)
        .and_then(|extra| builtin.clone().merged(extra).checked())
        .unwrap_or_else(|e| panic!("agency-roles.json (merge): {e}"));
    assert_eq!(merged.roles.len(), builtin.roles.len() + replaced.roles.len());
}

/// The schema node at a `#/...` pointer.
fn at<'a>(schema: &'a Value, ptr: &str) -> &'a Value {
    schema.pointer(&ptr[1..]).unwrap_or_else(|| panic!("no {ptr} in the schema"))
}

/// Follows `$ref`s (and, for an `anyOf` such as "an object or null", the
/// object branch) to the node that describes an object or array.
fn resolve(schema: &Value, mut ptr: String) -> String {
    loop {
        let node = at(schema, &ptr);
        if let Some(r) = node["$ref"].as_str() {
            ptr = r.to_string();
        } else if let Some(branches) = node["anyOf"].as_array() {
            let i = branches.iter().position(|b| b["type"] != "null").expect("a non-null branch");
            ptr = format!("{ptr}/anyOf/{i}");
        } else {
            return ptr;
        }
    }
}

/// Whether the property schema at `ptr` lets the value be `null`.
fn allows_null(schema: &Value, ptr: &str) -> bool {
    let node = at(schema, ptr);
    if let Some(r) = node["$ref"].as_str() {
        return allows_null(schema, r);
    }
    if let Some(branches) = node["anyOf"].as_array() {
        return (0..branches.len()).any(|i| allows_null(schema, &format!("{ptr}/anyOf/{i}")));
    }
    match &node["type"] {
        Value::String(t) => t == "null",
        Value::Array(ts) => ts.iter().any(|t| t == "null"),
        _ => false,
    }
}

/// Every object in `value` (at JSON pointer `vptr`) with the schema node
/// (`#/...`) that describes it.
fn objects(schema: &Value, sptr: String, value: &Value, vptr: String, out: &mut Vec<(String, String)>) {
    let sptr = resolve(schema, sptr);
    match value {
        Value::Object(map) => {
            out.push((vptr.clone(), sptr.clone()));
            for (k, v) in map {
                let child = format!("{sptr}/properties/{k}");
                assert!(schema.pointer(&child[1..]).is_some(), "{vptr}/{k}: the schema has no {child}");
                objects(schema, child, v, format!("{vptr}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                objects(schema, format!("{sptr}/items"), v, format!("{vptr}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Every property the schema declares for an object (`#/.../properties/k`),
/// leaving out the conditions (`allOf`: "a seed source needs a file").
fn declared(node: &Value, ptr: &str, out: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "allOf" || k == "examples" {
                    continue;
                }
                let child = format!("{ptr}/{k}");
                if ptr.ends_with("/properties") {
                    out.insert(child.clone());
                }
                declared(v, &child, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                declared(v, &format!("{ptr}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn parses(v: &Value) -> Result<(), String> {
    Catalogue::parse_json(&v.to_string()).map(drop).map_err(|e| e.to_string())
}

/// Walks `full.json` (every field used at least once) beside the schema and,
/// once per field of each object type, leaves the field out, sets it to
/// `null` and adds a field the format does not have, checking that the code
/// parses the result exactly when the schema says it may.
#[test]
fn the_schema_has_the_fields_of_the_serde_types() {
    let schema = schema();
    let full = json("schema/fixtures/valid/full.json");
    let mut found = Vec::new();
    objects(&schema, "#".into(), &full, String::new(), &mut found);
    let mut seen_type = HashSet::new();
    let mut seen_field = BTreeSet::new();
    for (vptr, sptr) in found {
        let node = at(&schema, &sptr);
        assert_eq!(node["additionalProperties"], false, "{sptr}: unknown fields must be refused, as serde does");
        let required: HashSet<&str> =
            node["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let mutate = |f: &dyn Fn(&mut serde_json::Map<String, Value>)| {
            let mut v = full.clone();
            f(v.pointer_mut(&vptr).unwrap().as_object_mut().unwrap());
            parses(&v)
        };
        if seen_type.insert(sptr.clone()) {
            let r = mutate(&|m| {
                m.insert("not_a_field".into(), Value::from(0));
            });
            assert!(r.as_ref().is_err_and(|e| e.contains("unknown field `not_a_field`")), "{vptr}: {r:?}");
        }
        for key in full.pointer(&vptr).unwrap().as_object().unwrap().keys() {
            let prop = format!("{sptr}/properties/{key}");
            if !seen_field.insert(prop.clone()) {
                continue;
            }
            let left_out = mutate(&|m| {
                m.remove(key);
            });
            if required.contains(key.as_str()) {
                let missing = format!("missing field `{key}`");
                assert!(left_out.as_ref().is_err_and(|e| e.contains(&missing)), "{vptr}/{key} left out: {left_out:?}");
            } else {
                assert_eq!(left_out, Ok(()), "{vptr}/{key} is optional in the schema ({prop})");
            }
            let null = mutate(&|m| {
                m.insert(key.clone(), Value::Null);
            });
            assert_eq!(null.is_ok(), allows_null(&schema, &prop), "{vptr}/{key} = null: code says {null:?}; {prop}");
        }
    }
    let mut all = BTreeSet::new();
    declared(&schema, "#", &mut all);
    let unused: Vec<_> = all.difference(&seen_field).collect();
    assert!(unused.is_empty(), "schema fields that schema/fixtures/valid/full.json never uses: {unused:?}");
}

/// The schema's `enum` at `ptr` names exactly the variants in `all`, each
/// once, in the spelling the code reads.
fn same_enum<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(schema: &Value, ptr: &str, all: &[T]) {
    let names = at(schema, ptr)["enum"].as_array().unwrap_or_else(|| panic!("{ptr} has no enum"));
    let read: Vec<T> = names
        .iter()
        .map(|n| serde_json::from_value(n.clone()).unwrap_or_else(|e| panic!("{ptr}: the code does not read {n}: {e}")))
        .collect();
    for x in all {
        assert!(read.contains(x), "{ptr}: the code's {x:?} is missing from the schema");
    }
    assert_eq!(read.len(), all.len(), "{ptr}: a name is listed twice");
}

#[test]
fn the_schema_names_the_enums_and_limits_of_the_code() {
    use EduLevel as E;
    use SourceKind as K;
    // The matches fail to compile when a variant is added: list it here and in the schema.
    let kinds = [K::Seed, K::Public, K::Estimate];
    kinds.iter().for_each(|k| match k {
        K::Seed | K::Public | K::Estimate => {}
    });
    let levels = [E::None, E::Secondary, E::Vocational, E::Higher];
    levels.iter().for_each(|l| match l {
        E::None | E::Secondary | E::Vocational | E::Higher => {}
    });
    let stats = [Stat::P10, Stat::P25, Stat::Median, Stat::P75, Stat::P90, Stat::Average, Stat::Low, Stat::High];
    stats.iter().for_each(|s| match s {
        Stat::P10 | Stat::P25 | Stat::Median | Stat::P75 | Stat::P90 | Stat::Average | Stat::Low | Stat::High => {}
    });
    let coverages = [Coverage::Role, Coverage::Proxy, Coverage::Group, Coverage::Sector];
    coverages.iter().for_each(|c| match c {
        Coverage::Role | Coverage::Proxy | Coverage::Group | Coverage::Sector => {}
    });
    let bases = [Basis::FullTime, Basis::FullTimeEquivalent, Basis::AllEmployees, Basis::NotStated];
    bases.iter().for_each(|b| match b {
        Basis::FullTime | Basis::FullTimeEquivalent | Basis::AllEmployees | Basis::NotStated => {}
    });
    let leads = [Leadership::None, Leadership::Coaches, Leadership::LeadsTeam];
    leads.iter().for_each(|l| match l {
        Leadership::None | Leadership::Coaches | Leadership::LeadsTeam => {}
    });
    let periods = [Period::Hourly, Period::Monthly, Period::Annual];
    periods.iter().for_each(|p| match p {
        Period::Hourly | Period::Monthly | Period::Annual => {}
    });
    let schema = schema();
    same_enum(&schema, "#/definitions/source/properties/kind", &kinds);
    same_enum(&schema, "#/definitions/education/properties/minimum/properties/value", &levels);
    same_enum(&schema, "#/definitions/payFigure/properties/stat", &stats);
    same_enum(&schema, "#/definitions/payFigure/properties/period", &periods);
    same_enum(&schema, "#/definitions/payFigure/properties/coverage", &coverages);
    same_enum(&schema, "#/definitions/payFigure/properties/basis", &bases);
    same_enum(&schema, "#/definitions/payFigure/properties/region/anyOf/0", &Region::ALL);
    same_enum(&schema, "#/definitions/career/properties/leadership/properties/value", &leads);
    assert_eq!(
        at(&schema, "#/definitions/career/properties/experience/properties/value/properties/years")["maximum"],
        MAX_EXPERIENCE_YEARS
    );

    let traits: Vec<&str> = Trait::ALL.iter().map(|t| t.key()).collect();
    assert_eq!(at(&schema, "#/definitions/traits")["required"], serde_json::json!(traits));
    assert_eq!(at(&schema, "#/definitions/level/properties/value")["maximum"], LEVEL_MAX);
    assert_eq!(at(&schema, "#/properties/version")["const"], SCHEMA_VERSION);
    let outlook = at(&schema, "#/definitions/outlook/properties/change_pct");
    assert_eq!(
        (outlook["minimum"].as_f64(), outlook["maximum"].as_f64()),
        (Some(OUTLOOK_CHANGE_PCT.0), Some(OUTLOOK_CHANGE_PCT.1))
    );
}
