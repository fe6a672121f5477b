//! Small fixture catalogues for the core's unit tests, independent of the
//! built-in data so the tests do not move when the data does.

use super::catalogue::Catalogue;

fn level(v: u8) -> String {
    format!(r#"{{"value":{v},"cite":{{"source":"seed-000","quote":"q"}}}}"#)
}

fn levels(names: &[&str], values: &[u8]) -> String {
    let body: Vec<String> = names.iter().zip(values).map(|(n, v)| format!(r#""{n}":{}"#, level(*v))).collect();
    format!("{{{}}}", body.join(","))
}

fn text(s: &str) -> String {
    format!(r#"{{"en":"{s}","nl":"{s}","de":"{s}","nb":"{s}","et":"{s}"}}"#)
}

/// A role as JSON: traits (10), schedule (7), setting (8) levels, minimum
/// education, training weeks and months flag, licence level, pay figures
/// (`(stat, period, amount, year, experience from)`) and similar ids.
#[allow(clippy::too_many_arguments)]
pub fn role_json(
    id: &str,
    traits: [u8; 10],
    schedule: [u8; 7],
    setting: [u8; 8],
    edu: &str,
    weeks: u16,
    months: bool,
    licence: u8,
    pay: &[(&str, &str, f64, u16, Option<u8>)],
    similar: &[&str],
) -> String {
    let traits = levels(
        &[
            "patience",
            "calm",
            "empathy",
            "verbal",
            "written",
            "listening",
            "problem_solving",
            "persuasion",
            "pace",
            "digital",
        ],
        &traits,
    );
    let schedule =
        levels(&["evenings", "nights", "weekends", "holidays", "overtime", "part_time", "full_time"], &schedule);
    let setting =
        levels(&["phone", "email_chat", "social", "in_person", "call_centre", "office", "home", "store"], &setting);
    let cite = r#"{"source":"seed-000","quote":"q"}"#;
    let pay: Vec<String> = pay
        .iter()
        .map(|(stat, period, amount, year, from)| {
            let exp = from.map_or(String::new(), |f| format!(r#","experience":{{"from":{f}}}"#));
            format!(r#"{{"stat":"{stat}","period":"{period}","amount":{amount},"currency":"USD","year":{year}{exp},"cite":{cite}}}"#)
        })
        .collect();
    let similar: Vec<String> = similar.iter().map(|s| format!("\"{s}\"")).collect();
    format!(
        r#"{{"id":"{id}","name":{name},"summary":{name},"traits":{traits},"schedule":{schedule},
        "education":{{"minimum":{{"value":"{edu}","cite":{cite}}},"training":{{"value":{{"weeks_min":1,"weeks_max":{weeks},"months_in_some_industries":{months}}},"cite":{cite}}},
        "licence":{licence},"certifications":[{{"text":{name},"cite":{cite}}}]}},
        "setting":{setting},"pay":[{pay}],"similar":[{similar}]}}"#,
        name = text(id),
        licence = level(licence),
        pay = pay.join(","),
        similar = similar.join(","),
    )
}

/// A catalogue of the given role JSONs.
pub fn catalogue_of(roles: &[String]) -> Catalogue {
    let json = format!(
        r#"{{"version":1,"sources":[{{"id":"seed-000","kind":"seed","title":"t","publisher":"p"}}],"roles":[{}]}}"#,
        roles.join(",")
    );
    crate::json::from_text(&json).expect("fixture catalogue parses")
}

/// The fixture's customer service representative (seed pay figures).
pub fn rep_json() -> String {
    role_json(
        "rep",
        [3, 3, 3, 3, 2, 3, 3, 2, 2, 2],
        [2, 1, 2, 2, 1, 2, 3],
        [3, 2, 1, 1, 2, 2, 1, 1],
        "secondary",
        3,
        true,
        1,
        &[
            ("median", "annual", 33750.0, 2018, None),
            ("median", "hourly", 16.23, 2018, None),
            ("p10", "annual", 22140.0, 2018, None),
            ("p90", "annual", 55310.0, 2018, None),
            ("median", "hourly", 15.81, 2017, None),
            ("average", "annual", 28000.0, 2018, Some(0)),
            ("average", "annual", 30000.0, 2018, Some(5)),
            ("average", "annual", 32000.0, 2018, Some(10)),
            ("average", "annual", 34000.0, 2018, Some(20)),
        ],
        &["desk", "manager"],
    )
    .replace(r#""experience":{"from":0}"#, r#""experience":{"from":0,"to":5}"#)
    .replace(r#""experience":{"from":5}"#, r#""experience":{"from":5,"to":10}"#)
    .replace(r#""experience":{"from":10}"#, r#""experience":{"from":10,"to":20}"#)
}

/// Four roles: `rep`, `desk` (median-only pay, weekday office hours),
/// `manager` (higher pay, higher education) and `night` (24-hour call centre, licence).
pub fn catalogue() -> Catalogue {
    catalogue_of(&[
        rep_json(),
        role_json(
            "desk",
            [2, 2, 2, 3, 2, 2, 1, 0, 1, 2],
            [0, 0, 0, 0, 1, 2, 3],
            [2, 1, 0, 3, 0, 2, 0, 3],
            "secondary",
            2,
            false,
            0,
            &[("median", "annual", 29140.0, 2018, None)],
            &["rep"],
        ),
        role_json(
            "manager",
            [2, 3, 2, 3, 3, 2, 3, 2, 1, 3],
            [1, 0, 1, 1, 2, 0, 3],
            [2, 2, 1, 2, 1, 3, 1, 0],
            "higher",
            8,
            false,
            0,
            &[
                ("median", "annual", 60000.0, 2018, None),
                ("p10", "annual", 40000.0, 2018, None),
                ("p90", "annual", 90000.0, 2018, None),
            ],
            &["rep"],
        ),
        role_json(
            "night",
            [2, 3, 2, 3, 1, 3, 2, 3, 3, 2],
            [3, 3, 3, 3, 2, 1, 3],
            [3, 0, 0, 0, 3, 0, 0, 0],
            "secondary",
            3,
            true,
            3,
            &[
                ("median", "annual", 31000.0, 2018, None),
                ("p10", "annual", 21000.0, 2018, None),
                ("p90", "annual", 48000.0, 2018, None),
            ],
            &["rep"],
        ),
    ])
}

/// The fixture's `rep` role.
pub fn csr() -> super::catalogue::Role {
    catalogue().roles.swap_remove(0)
}

/// A role with only the given pay figures.
pub fn role_with_pay(id: &str, pay: &[(&str, &str, f64, u16, Option<u8>)]) -> super::catalogue::Role {
    catalogue_of(&[role_json(id, [1; 10], [1; 7], [1; 8], "none", 1, false, 0, pay, &[])]).roles.swap_remove(0)
}
