//! The embedder's options, read into a [`Config`]. Pure (no DOM): the
//! options arrive as JSON values (from the `<career-quiz>` element's
//! attributes, where every value is a string, or from `CareerQuiz.mount`),
//! and every problem becomes a [`Problem`] naming the option and what
//! was expected. Tested natively.

use std::rc::Rc;

use crate::core::json::{self, Map, Value};

use crate::core::catalogue::{
    Catalogue, CatalogueError, Selection, BUILTIN_CURRENCIES, BUILTIN_ROLE_IDS, MAX_JSON_BYTES,
};
use crate::core::lang::Lang;
use crate::core::problem::Problem;
use crate::core::region::Region;
use crate::core::scoring::Weights;
use crate::links::{Cta, RoleLinks};
use crate::shared::{Roles, Shared};

/// The prefix of every storage key the widget writes.
pub const STORAGE_PREFIX: &str = "career-quiz:v1:";

/// The longest string accepted for a short option (storage key, labels).
pub const MAX_SHORT: usize = 200;

/// The longest link accepted.
pub const MAX_URL: usize = 2000;

/// Everything the options decide, ready for the widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// `None`: negotiate from the browser's languages.
    pub lang: Option<Lang>,
    /// The roles after custom roles, `show` and `currency`: the built-in
    /// ones are loaded when the quiz starts, with the selection applied then.
    pub roles: Roles,
    pub weights: Weights,
    /// Whose pay to compare with until the visitor chooses; `None`: the
    /// language's country.
    pub pay_region: Option<Region>,
    /// `(custom property, value)` pairs, e.g. `("--cq-accent", "#0a7")`.
    pub theme: Vec<(String, String)>,
    pub links: RoleLinks,
    /// The full localStorage key, or `None` for no storage.
    pub storage_key: Option<String>,
    /// Whether events carry the visitor's own answers (including typed pay).
    pub include_answers: bool,
}

/// The options, by their canonical name (lowercase, no `-` or `_`), and
/// the name documented for the JavaScript API.
const OPTIONS: &[(&str, &str)] = &[
    ("lang", "lang"),
    ("show", "show"),
    ("weights", "weights"),
    ("currency", "currency"),
    ("payregion", "payRegion"),
    ("theme", "theme"),
    ("links", "links"),
    ("storage", "storage"),
    ("storagekey", "storageKey"),
    ("roledata", "roleData"),
    ("rolessrc", "rolesSrc"),
    ("rolesmode", "rolesMode"),
    ("includeanswers", "includeAnswers"),
];

/// Theme keys (canonical) and the custom property each sets.
const THEME: &[(&str, &str)] = &[
    ("bg", "--cq-bg"),
    ("fg", "--cq-fg"),
    ("muted", "--cq-muted"),
    ("accent", "--cq-accent"),
    ("accentfg", "--cq-accent-fg"),
    ("accentsoft", "--cq-accent-soft"),
    ("good", "--cq-good"),
    ("warn", "--cq-warn"),
    ("bad", "--cq-bad"),
    ("border", "--cq-border"),
    ("focus", "--cq-focus"),
    ("font", "--cq-font"),
    ("radius", "--cq-radius"),
    ("gap", "--cq-gap"),
];

const WEIGHT_KEYS: [&str; 5] = ["temperament", "schedule", "education", "setting", "pay"];

/// An option's name without case, `-` and `_` (`pay-region`, `payRegion`:
/// `payregion`). Every option's name is ASCII.
fn canonical(name: &str) -> String {
    name.chars().filter(|c| *c != '-' && *c != '_').map(|c| c.to_ascii_lowercase()).collect()
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Shows a value the embedder gave inside a message, shortened.
fn quoted(s: &str) -> String {
    let short: String = s.chars().take(60).collect();
    if short.len() < s.len() {
        format!("\"{short}…\"")
    } else {
        format!("\"{short}\"")
    }
}

/// Where the embedder's options come from, besides the options themselves.
pub struct Context<'a> {
    /// The host element's id (empty when it has none).
    pub element_id: &'a str,
    /// The host element's number on the page (stable across remounts), for
    /// the default storage key of a host without an id.
    pub instance: u32,
    /// Reads the text of the `<script type="application/json">` with this id.
    pub script_text: &'a dyn Fn(&str) -> Result<String, String>,
    /// The built-in roles, loaded first when the options merge roles into
    /// them ([`needs_builtin`]); otherwise `None`, and the options are
    /// checked against the built-in roles' index.
    pub builtin: Option<&'a Catalogue>,
}

/// The option `key` (canonical name) of `options`, however it is spelled.
fn given<'v>(options: &'v Value, key: &str) -> Option<&'v Value> {
    options.as_object()?.iter().find(|(n, _)| canonical(n) == key).map(|(_, v)| v)
}

/// Whether `options` give roles of their own (`roleData`, `rolesSrc`):
/// reading and checking a catalogue is code of the rest of the widget,
/// which `embed::mount` loads first (`host::load_rest`).
pub fn gives_roles(options: &Value) -> bool {
    given(options, "roledata").is_some() || given(options, "rolessrc").is_some()
}

/// Whether `options` merge the embedder's roles into the built-in ones, so
/// the built-in roles must be loaded before the options can be checked
/// (every other option is checked against their index: ids and currencies).
pub fn needs_builtin(options: &Value) -> bool {
    gives_roles(options) && given(options, "rolesmode").and_then(Value::as_str).map(str::trim) != Some("replace")
}

/// The roles before `show` and `currency`.
enum Base {
    /// The built-in ones (not loaded yet: their index stands for them).
    Builtin,
    Given(Box<Catalogue>),
}

impl Base {
    fn ids(&self) -> Vec<&str> {
        match self {
            Base::Builtin => BUILTIN_ROLE_IDS.to_vec(),
            Base::Given(cat) => cat.roles.iter().map(|r| r.id.as_str()).collect(),
        }
    }

    /// The currencies of the roles' pay figures, sorted.
    fn currencies(&self) -> Vec<&str> {
        match self {
            Base::Builtin => BUILTIN_CURRENCIES.to_vec(),
            Base::Given(cat) => {
                let mut have: Vec<&str> =
                    cat.roles.iter().flat_map(|r| r.pay.iter().map(|p| p.currency.as_str())).collect();
                // A handful of codes: the small sort, not std's quicksort (2 KB of wasm for `&str`).
                crate::core::sort::sort_by(&mut have, |a, b| a.cmp(b));
                have.dedup();
                have
            }
        }
    }
}

/// Reads the options. `Err` lists every problem found.
pub fn parse(options: &Value, cx: &Context) -> Result<Config, Vec<Problem>> {
    let mut errors = Vec::new();
    let Some(obj) = options.as_object() else {
        return Err(vec![Problem::new(
            "options",
            format!("expected an object of options, got {}", type_name(options)),
        )]);
    };
    // Known options by canonical name, keeping the name the embedder used.
    let mut given: Vec<(&'static str, (String, &Value))> = Vec::new();
    for (name, value) in obj {
        let c = canonical(name);
        match OPTIONS.iter().find(|(k, _)| *k == c) {
            Some((k, _)) => match given.iter_mut().find(|(g, _)| g == k) {
                Some(slot) => {
                    slot.1 = (name.clone(), value);
                    errors.push(Problem::new(
                        name,
                        "is given twice (as an attribute and an option, or in two spellings)",
                    ));
                }
                None => given.push((k, (name.clone(), value))),
            },
            None => errors.push(Problem::new(
                name,
                format!(
                    "is not an option of the career quiz; known options: {}",
                    OPTIONS.iter().map(|(_, n)| *n).collect::<Vec<_>>().join(", ")
                ),
            )),
        }
    }
    let get = |k: &str| given.iter().find(|(g, _)| *g == k).map(|(_, (n, v))| (n.as_str(), *v));

    let lang = get("lang").and_then(|(n, v)| record(&mut errors, parse_lang(n, v)).flatten());
    let include_answers =
        get("includeanswers").and_then(|(n, v)| record(&mut errors, parse_bool(n, v))).unwrap_or(false);
    let weights = get("weights").and_then(|(n, v)| record(&mut errors, parse_weights(n, v))).unwrap_or_default();
    let pay_region = get("payregion").and_then(|(n, v)| record(&mut errors, parse_region(n, v)));
    let theme = get("theme").and_then(|(n, v)| record(&mut errors, parse_theme(n, v))).unwrap_or_default();
    let storage_key = parse_storage(get("storage"), get("storagekey"), cx, &mut errors);

    // The catalogue: built in, merged with or replaced by the embedder's roles.
    let base = catalogue(get("roledata"), get("rolessrc"), get("rolesmode"), cx, &mut errors);
    let mut selection = Selection::default();
    if let (Some(base), Some((n, v))) = (base.as_ref(), get("show")) {
        selection.show = record(&mut errors, parse_show(n, v, &base.ids()));
    }
    if let (Some(base), Some((n, v))) = (base.as_ref(), get("currency")) {
        selection.currency = record(&mut errors, parse_currency(n, v, &base.currencies()));
    }
    // Links name the roles shown.
    let links = match (base.as_ref(), get("links")) {
        (Some(base), Some((n, v))) => {
            let ids = selection.show.as_ref().map_or_else(|| base.ids(), |s| s.iter().map(String::as_str).collect());
            record(&mut errors, parse_links(n, v, &ids)).unwrap_or_default()
        }
        _ => RoleLinks::new(),
    };
    match base {
        Some(base) if errors.is_empty() => Ok(Config {
            lang,
            roles: match base {
                Base::Builtin => Roles::Builtin(Rc::new(selection)),
                Base::Given(cat) => Roles::Given(Shared::new(selection.apply(*cat))),
            },
            weights,
            pay_region,
            theme,
            links,
            storage_key,
            include_answers,
        }),
        _ => Err(errors),
    }
}

fn record<T>(errors: &mut Vec<Problem>, r: Result<T, Problem>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

fn string<'v>(name: &str, v: &'v Value, expected: &str) -> Result<&'v str, Problem> {
    v.as_str().ok_or_else(|| Problem::new(name, format!("expected {expected}, got {}", type_name(v))))
}

/// An object, or (from an attribute) a string holding a JSON object.
fn object(name: &str, v: &Value, example: &str) -> Result<Map, Problem> {
    let expected = format!("an object such as {example}");
    match v {
        Value::Object(m) => Ok(m.clone()),
        Value::String(s) => match json::from_str(s) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(other) => Err(Problem::new(name, format!("expected {expected}, got {}", type_name(&other)))),
            Err(e) => Err(Problem::new(name, format!("is not valid JSON ({e}); expected {expected}"))),
        },
        other => Err(Problem::new(name, format!("expected {expected}, got {}", type_name(other)))),
    }
}

fn parse_lang(name: &str, v: &Value) -> Result<Option<Lang>, Problem> {
    let s = string(name, v, "a language code such as \"en\"")?;
    if s.trim().eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    Lang::from_tag(s).map(Some).ok_or_else(|| {
        Problem::new(
            name,
            format!("{} is not a language of the widget; expected one of en, nl, de, nb, et or auto", quoted(s)),
        )
    })
}

fn parse_bool(name: &str, v: &Value) -> Result<bool, Problem> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.is_empty() || s == "true" => Ok(true),
        Value::String(s) if s == "false" => Ok(false),
        Value::String(s) => Err(Problem::new(name, format!("{} is not true or false", quoted(s)))),
        other => Err(Problem::new(name, format!("expected true or false, got {}", type_name(other)))),
    }
}

/// A pay region code: `us`, `nl`, `de`, `no` or `ee`, in any case.
fn parse_region(name: &str, v: &Value) -> Result<Region, Problem> {
    let s = string(name, v, "a pay region such as \"nl\"")?;
    Region::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Region::ALL.iter().map(|r| r.key()).collect();
        Problem::new(name, format!("{} is not a pay region; expected one of {}", quoted(s), all.join(", ")))
    })
}

fn short_text(name: &str, v: &Value) -> Result<String, Problem> {
    let s = string(name, v, "a short text")?.trim();
    if s.is_empty() {
        return Err(Problem::new(name, "is empty; expected a short text"));
    }
    if s.chars().count() > MAX_SHORT {
        return Err(Problem::new(
            name,
            format!("is {} characters long; at most {MAX_SHORT} are accepted", s.chars().count()),
        ));
    }
    Ok(s.to_string())
}

fn parse_weights(name: &str, v: &Value) -> Result<Weights, Problem> {
    let m = object(name, v, "{\"pay\": 2, \"schedule\": 1}")?;
    let mut w = Weights::default();
    for (k, x) in &m {
        let at = format!("{name}.{k}");
        let slot = match k.as_str() {
            "temperament" => &mut w.temperament,
            "schedule" => &mut w.schedule,
            "education" => &mut w.education,
            "setting" => &mut w.setting,
            "pay" => &mut w.pay,
            _ => return Err(Problem::new(at, format!("is not a weight; expected one of {}", WEIGHT_KEYS.join(", ")))),
        };
        match x.as_f64() {
            Some(n) if (0.0..=1000.0).contains(&n) => *slot = n as f32,
            Some(n) => return Err(Problem::new(at, format!("is {n}; expected a number from 0 to 1000"))),
            None => return Err(Problem::new(at, format!("expected a number from 0 to 1000, got {}", type_name(x)))),
        }
    }
    w.validate().map_err(|e| Problem::new(name, format!("{e}")))?;
    Ok(w)
}

/// Rejects a theme value that could leave its declaration.
fn css_value(at: &str, v: &Value) -> Result<String, Problem> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        other => {
            return Err(Problem::new(at, format!("expected a CSS value such as \"#1d5c8f\", got {}", type_name(other))))
        }
    };
    if s.is_empty() {
        return Err(Problem::new(at, "is empty; expected a CSS value such as \"#1d5c8f\""));
    }
    if s.len() > MAX_SHORT {
        return Err(Problem::new(at, format!("is {} bytes long; at most {MAX_SHORT} are accepted", s.len())));
    }
    let lower = s.to_ascii_lowercase();
    if let Some(c) = s.chars().find(|c| matches!(c, ';' | '{' | '}' | '<' | '>' | '\\') || c.is_control()) {
        return Err(Problem::new(at, format!("{} contains `{c}`, which is not allowed in a theme value", quoted(&s))));
    }
    // `src()` fetches like `url()` does, in browsers that ship it.
    for bad in ["url(", "src(", "image(", "image-set(", "expression(", "/*", "@import"] {
        if lower.contains(bad) {
            return Err(Problem::new(
                at,
                format!("{} contains `{bad}`, which is not allowed in a theme value", quoted(&s)),
            ));
        }
    }
    balanced(&s).map_err(|why| Problem::new(at, format!("{} {why}", quoted(&s))))?;
    Ok(s)
}

/// Checks that every quote is closed and every bracket closed by its own
/// kind, outside quotes, so a value cannot open a string or a block that
/// swallows the rest of the theme sheet. (`\` is refused before this, so
/// there are no escapes to follow.)
fn balanced(s: &str) -> Result<(), String> {
    let mut open: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => open.push(c),
            (None, ')' | ']') => {
                let wanted = if c == ')' { '(' } else { '[' };
                match open.pop() {
                    Some(o) if o == wanted => {}
                    Some(o) => {
                        let closer = if o == '(' { ')' } else { ']' };
                        return Err(format!("has a `{c}` where `{closer}` should close the `{o}`"));
                    }
                    None => return Err(format!("has a `{c}` that closes nothing")),
                }
            }
            _ => {}
        }
    }
    match (quote, open.last()) {
        (Some(_), _) => Err("has an unclosed quote".into()),
        (None, Some(o)) => Err(format!("has an unclosed `{o}`")),
        (None, None) => Ok(()),
    }
}

fn parse_theme(name: &str, v: &Value) -> Result<Vec<(String, String)>, Problem> {
    let m = object(name, v, "{\"accent\": \"#0a7\", \"radius\": \"4px\"}")?;
    let mut out = Vec::new();
    for (k, x) in &m {
        let at = format!("{name}.{k}");
        let key = canonical(k.trim_start_matches("--").trim_start_matches("cq-"));
        let Some((_, prop)) = THEME.iter().find(|(t, _)| *t == key) else {
            return Err(Problem::new(
                at,
                format!(
                    "is not a theme property; expected one of {}",
                    THEME.iter().map(|(_, p)| p.trim_start_matches("--cq-")).collect::<Vec<_>>().join(", ")
                ),
            ));
        };
        out.push((prop.to_string(), css_value(&at, x)?));
    }
    Ok(out)
}

/// The CSS that applies a theme: custom properties on the widget's root.
pub fn theme_css(theme: &[(String, String)]) -> String {
    if theme.is_empty() {
        return String::new();
    }
    let decls: String = theme.iter().map(|(p, v)| format!("{p}: {v}; ")).collect();
    format!(".cq {{ {decls}}}")
}

fn parse_storage(
    storage: Option<(&str, &Value)>,
    key: Option<(&str, &Value)>,
    cx: &Context,
    errors: &mut Vec<Problem>,
) -> Option<String> {
    let mut on = true;
    if let Some((n, v)) = storage {
        match v.as_str().map(str::trim) {
            Some("none") => on = false,
            Some("local") => {}
            Some(s) => {
                errors.push(Problem::new(n, format!("{} is not a storage; expected \"local\" or \"none\"", quoted(s))))
            }
            None => errors.push(Problem::new(n, format!("expected \"local\" or \"none\", got {}", type_name(v)))),
        }
    }
    let explicit = key.and_then(|(n, v)| record(errors, short_text(n, v)));
    if !on {
        return None;
    }
    Some(match explicit {
        Some(k) => format!("{STORAGE_PREFIX}{k}"),
        None if !cx.element_id.is_empty() => format!("{STORAGE_PREFIX}{}", cx.element_id),
        None => format!("{STORAGE_PREFIX}embed-{}", cx.instance),
    })
}

/// Turns a catalogue error into a message of reasonable length.
fn catalogue_message(e: &CatalogueError) -> String {
    const SHOWN: usize = 8;
    match e {
        CatalogueError::Invalid(problems) if problems.len() > SHOWN => {
            let mut s = format!("the role catalogue has {} problems:", problems.len());
            for p in &problems[..SHOWN] {
                s.push_str(&format!("\n  - {p}"));
            }
            s.push_str(&format!("\n  - and {} more", problems.len() - SHOWN));
            s
        }
        e => e.to_string(),
    }
}

fn catalogue(
    data: Option<(&str, &Value)>,
    src: Option<(&str, &Value)>,
    mode: Option<(&str, &Value)>,
    cx: &Context,
    errors: &mut Vec<Problem>,
) -> Option<Base> {
    let replace = match mode {
        None => false,
        Some((n, v)) => match v.as_str().map(str::trim) {
            Some("merge") => false,
            Some("replace") => true,
            Some(s) => {
                errors.push(Problem::new(n, format!("{} is not a mode; expected \"merge\" or \"replace\"", quoted(s))));
                return None;
            }
            None => {
                errors.push(Problem::new(n, format!("expected \"merge\" or \"replace\", got {}", type_name(v))));
                return None;
            }
        },
    };
    let (name, json) = match (data, src) {
        (Some((a, _)), Some((b, _))) => {
            errors.push(Problem::new(a, format!("is given together with {b}; give the roles one way")));
            return None;
        }
        (None, None) => {
            if let Some((n, _)) = mode {
                errors.push(Problem::new(
                    n,
                    "is given without roleData or roles-src; there are no custom roles to merge or replace with",
                ));
                return None;
            }
            return Some(Base::Builtin);
        }
        (Some((n, v)), None) => match v {
            Value::Object(_) => (n, v.to_string()),
            Value::String(s) => (n, s.clone()),
            other => {
                errors.push(Problem::new(
                    n,
                    format!(
                        "expected a role catalogue object (the schema of data/roles.json), got {}",
                        type_name(other)
                    ),
                ));
                return None;
            }
        },
        (None, Some((n, v))) => {
            let Some(sel) = v.as_str().map(str::trim) else {
                errors.push(Problem::new(
                    n,
                    format!("expected \"#id\" of a <script type=\"application/json\">, got {}", type_name(v)),
                ));
                return None;
            };
            let Some(id) = sel.strip_prefix('#').filter(|id| !id.is_empty()) else {
                errors.push(Problem::new(
                    n,
                    format!(
                        "{} is not of the form \"#id\" (the id of a <script type=\"application/json\">)",
                        quoted(sel)
                    ),
                ));
                return None;
            };
            match (cx.script_text)(id) {
                Ok(text) => (n, text),
                Err(why) => {
                    errors.push(Problem::new(n, why));
                    return None;
                }
            }
        }
    };
    let parsed = if replace {
        Catalogue::from_json(&json)
    } else {
        let Some(builtin) = cx.builtin else {
            // `embed::mount` loads them first (`needs_builtin`).
            errors.push(Problem::new(name, "cannot be merged: the built-in roles were not loaded"));
            return None;
        };
        Catalogue::parse_json(&json).and_then(|extra| {
            // Merging keeps only the last of two roles with one id: report them first.
            let twice = extra.duplicate_ids();
            if twice.is_empty() {
                builtin.clone().merged(extra).checked()
            } else {
                Err(CatalogueError::Invalid(twice))
            }
        })
    };
    parsed.map(|c| Base::Given(Box::new(c))).map_err(|e| errors.push(Problem::new(name, catalogue_message(&e)))).ok()
}

/// A list given as an array of strings, or (from an attribute) a string
/// separated by commas or spaces.
fn id_list(name: &str, v: &Value) -> Result<Vec<String>, Problem> {
    match v {
        Value::String(s) => {
            Ok(s.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect())
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, x)| {
                x.as_str().map(String::from).ok_or_else(|| {
                    Problem::new(format!("{name}[{i}]"), format!("expected a role id (a string), got {}", type_name(x)))
                })
            })
            .collect(),
        other => Err(Problem::new(name, format!("expected a list of role ids, got {}", type_name(other)))),
    }
}

fn parse_show(name: &str, v: &Value, known: &[&str]) -> Result<Vec<String>, Problem> {
    let ids = id_list(name, v)?;
    if ids.is_empty() {
        return Err(Problem::new(name, "is empty; expected at least one role id"));
    }
    for (i, id) in ids.iter().enumerate() {
        if !known.contains(&id.as_str()) {
            return Err(Problem::new(
                name,
                format!("{} is not a role in the catalogue; known ids: {}", quoted(id), known.join(", ")),
            ));
        }
        if ids[..i].contains(id) {
            return Err(Problem::new(name, format!("{} is listed twice", quoted(id))));
        }
    }
    Ok(ids)
}

fn parse_currency(name: &str, v: &Value, have: &[&str]) -> Result<String, Problem> {
    let s = string(name, v, "a currency code such as \"USD\"")?.trim();
    if !(s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase())) {
        return Err(Problem::new(name, format!("{} is not an ISO 4217 code such as \"USD\"", quoted(s))));
    }
    if !have.contains(&s) {
        return Err(Problem::new(
            name,
            format!(
                "no role in the catalogue has pay figures in {s}; available: {}",
                if have.is_empty() { "none".into() } else { have.join(", ") }
            ),
        ));
    }
    Ok(s.to_string())
}

/// Accepts `http:`, `https:` and `mailto:` addresses only.
fn parse_url(at: &str, v: &Value) -> Result<String, Problem> {
    let s = string(at, v, "an http(s): or mailto: address")?.trim();
    if s.len() > MAX_URL {
        return Err(Problem::new(at, format!("is {} bytes long; at most {MAX_URL} are accepted", s.len())));
    }
    if s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Problem::new(at, format!("{} contains spaces or control characters", quoted(s))));
    }
    let lower = s.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > lower.find("//").unwrap_or(0) + 2
        || lower.starts_with("mailto:") && s.len() > 7;
    if ok {
        return Ok(s.to_string());
    }
    let scheme = lower.split(':').next().filter(|_| lower.contains(':')).unwrap_or("");
    Err(Problem::new(
        at,
        if scheme == "javascript" || scheme == "data" || scheme == "vbscript" {
            format!(
                "{} uses the {scheme}: scheme, which is not allowed; expected an http(s): or mailto: address",
                quoted(s)
            )
        } else {
            format!("{} is not an http(s): or mailto: address", quoted(s))
        },
    ))
}

fn parse_links(name: &str, v: &Value, known: &[&str]) -> Result<RoleLinks, Problem> {
    let m = object(name, v, "{\"receptionist\": \"https://example.com/jobs/12\"}")?;
    let mut out = RoleLinks::new();
    for (id, x) in &m {
        let at = format!("{name}.{id}");
        if !known.contains(&id.as_str()) {
            return Err(Problem::new(
                at,
                format!("{} is not a role in the catalogue; known ids: {}", quoted(id), known.join(", ")),
            ));
        }
        let cta = match x {
            Value::Object(o) => {
                if let Some(k) = o.keys().find(|k| *k != "url" && *k != "label") {
                    return Err(Problem::new(format!("{at}.{k}"), "is not a link field; expected url and label"));
                }
                let url = o.get("url").ok_or_else(|| Problem::new(&at, "has no url"))?;
                Cta {
                    url: parse_url(&format!("{at}.url"), url)?,
                    label: o.get("label").map(|l| short_text(&format!("{at}.label"), l)).transpose()?,
                }
            }
            x => Cta { url: parse_url(&at, x)?, label: None },
        };
        out.insert(id.clone(), cta);
    }
    Ok(out)
}

/// The largest options object accepted, as JSON (a catalogue plus room).
pub const MAX_OPTIONS_BYTES: usize = MAX_JSON_BYTES + 64 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    /// `serde_json::json!`, read back as the widget's own [`Value`].
    macro_rules! json {
        ($($t:tt)+) => {
            json::from_str(&serde_json::json!($($t)+).to_string()).unwrap()
        };
    }

    /// Options with `roleData` and string options.
    fn roles_opts(roles: Value, more: &[(&str, &str)]) -> Value {
        let mut m: Map = more.iter().map(|(k, v)| (k.to_string(), Value::from(*v))).collect();
        m.insert("roleData".into(), roles);
        Value::Object(m)
    }

    fn no_scripts(id: &str) -> Result<String, String> {
        Err(format!("there is no element with id \"{id}\""))
    }

    /// Reads the options as `embed::mount` does: with the built-in roles
    /// loaded first only when they merge into them.
    fn run(v: Value) -> Result<Config, Vec<Problem>> {
        let builtin = Catalogue::builtin().unwrap();
        let builtin = needs_builtin(&v).then_some(&builtin);
        parse(&v, &Context { element_id: "quiz", instance: 1, script_text: &no_scripts, builtin })
    }

    /// The roles the widget ends up with (the built-in ones as loaded later).
    fn resolved(c: &Config) -> Catalogue {
        match &c.roles {
            Roles::Builtin(sel) => sel.apply(Catalogue::builtin().unwrap()),
            Roles::Given(cat) => (**cat).clone(),
        }
    }

    fn check(v: Value, expected: &str) {
        match run(v.clone()) {
            Ok(_) => panic!("{v} was accepted"),
            Err(e) => {
                let all = e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
                assert!(all.contains(expected), "for {v}: expected {expected:?} in {all:?}");
            }
        }
    }

    #[test]
    fn defaults() {
        let c = run(json!({})).unwrap();
        assert_eq!(c.lang, None);
        assert_eq!(c.storage_key.as_deref(), Some("career-quiz:v1:quiz"));
        assert!(!c.include_answers && c.links.is_empty() && c.theme.is_empty());
        assert_eq!(resolved(&c).roles.len(), Catalogue::builtin().unwrap().roles.len());
    }

    #[test]
    fn the_built_in_roles_are_loaded_first_only_when_custom_roles_merge_into_them() {
        let agency: Value = json::from_str(include_str!("../../embed/demo/agency-roles.json")).unwrap();
        assert!(needs_builtin(&roles_opts(agency.clone(), &[])));
        assert!(needs_builtin(&roles_opts(agency.clone(), &[("roles-mode", " merge ")])));
        assert!(!needs_builtin(&roles_opts(agency.clone(), &[("rolesMode", "replace")])));
        assert!(needs_builtin(&json!({"roles-src": "#agency-roles"})));
        for v in [json!({}), json!({"show": "receptionist", "currency": "EUR"}), json!([1])] {
            assert!(!needs_builtin(&v) && !gives_roles(&v), "{v}");
        }
        assert!(gives_roles(&roles_opts(agency.clone(), &[("rolesMode", "replace")])));
        // Everything else is checked against the index and applied when they come.
        let c = run(json!({"show": "receptionist bank_teller", "currency": "EUR"})).unwrap();
        let Roles::Builtin(sel) = &c.roles else { panic!("the built-in roles are loaded later") };
        assert_eq!(sel.show.as_deref(), Some(&["receptionist".to_string(), "bank_teller".to_string()][..]));
        assert_eq!(sel.currency.as_deref(), Some("EUR"));
        assert_eq!(c.roles.ids(), ["receptionist", "bank_teller"]);
        // Merging without them says so instead of merging into nothing.
        let cx = Context { element_id: "quiz", instance: 1, script_text: &no_scripts, builtin: None };
        let errors = parse(&roles_opts(agency, &[]), &cx).unwrap_err();
        assert_eq!(errors[0].to_string(), "roleData: cannot be merged: the built-in roles were not loaded");
    }

    #[test]
    fn good_options_from_attributes() {
        let c = run(json!({
            "lang": "de", "show": "receptionist, customer_service_rep", "weights": "{\"pay\": 2}",
            "theme": "{\"accent\": \"#0a7\", \"--cq-radius\": \"4px\"}", "storage-key": "agency",
            "links": "{\"receptionist\": \"https://example.com/apply\"}", "include-answers": "",
            "pay-region": "NL", "currency": "USD"
        }))
        .unwrap();
        assert_eq!(c.lang, Some(Lang::De));
        let cat = resolved(&c);
        let ids: Vec<_> = cat.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["receptionist", "customer_service_rep"]);
        assert_eq!(c.weights.pay, 2.0);
        assert_eq!(theme_css(&c.theme), ".cq { --cq-radius: 4px; --cq-accent: #0a7; }");
        assert_eq!(c.storage_key.as_deref(), Some("career-quiz:v1:agency"));
        assert!(c.include_answers);
        assert_eq!(c.pay_region, Some(Region::Nl));
        assert_eq!(run(json!({"storage": "none"})).unwrap().storage_key, None);
    }

    #[test]
    fn bad_options_say_which_and_what() {
        let cases: Vec<(Value, &str)> = vec![
            (json!([]), "options: expected an object of options, got an array"),
            (json!({"colour": "red"}), "colour: is not an option of the career quiz"),
            (json!({"lang": "fr"}), "lang: \"fr\" is not a language of the widget"),
            (json!({"lang": 3}), "lang: expected a language code such as \"en\", got a number"),
            (json!({"weights": "{pay:2}"}), "weights: is not valid JSON"),
            (json!({"weights": {"pay": -1}}), "weights.pay: is -1; expected a number from 0 to 1000"),
            (json!({"weights": {"luck": 1}}), "weights.luck: is not a weight"),
            (
                json!({"weights": {"temperament": 0, "schedule": 0, "education": 0, "setting": 0, "pay": 0}}),
                "weights: at least one weight must be above 0",
            ),
            (
                json!({"theme": {"accent": "red; background: url(x)"}}),
                "theme.accent: \"red; background: url(x)\" contains `;`",
            ),
            (json!({"theme": {"accent": "url(https://x)"}}), "contains `url(`"),
            (json!({"theme": {"sparkle": "1"}}), "theme.sparkle: is not a theme property"),
            (json!({"show": "astronaut"}), "show: \"astronaut\" is not a role in the catalogue"),
            (json!({"show": ["receptionist", "receptionist"]}), "show: \"receptionist\" is listed twice"),
            (json!({"show": ""}), "show: is empty"),
            (json!({"currency": "eur"}), "currency: \"eur\" is not an ISO 4217 code"),
            (
                json!({"currency": "GBP"}),
                "currency: no role in the catalogue has pay figures in GBP; available: EUR, NOK, USD",
            ),
            (
                json!({"links": {"receptionist": "javascript:alert(1)"}}),
                "links.receptionist: \"javascript:alert(1)\" uses the javascript: scheme",
            ),
            (json!({"links": {"astronaut": "https://x.test"}}), "links.astronaut: \"astronaut\" is not a role"),
            (json!({"storage": "session"}), "storage: \"session\" is not a storage"),
            (json!({"rolesMode": "replace"}), "rolesMode: is given without roleData"),
            (json!({"rolesSrc": "my-roles"}), "rolesSrc: \"my-roles\" is not of the form \"#id\""),
            (json!({"rolesSrc": "#nope"}), "rolesSrc: there is no element with id \"nope\""),
            (json!({"roleData": "{"}), "roleData: the role catalogue is not valid: EOF while parsing"),
            (json!({"roleData": {"version": 1, "sources": [], "roles": [], "x": 1}}), "unknown field `x`"),
            (json!({"roleData": " ".repeat(MAX_JSON_BYTES + 1)}), "at most 4194304 bytes"),
            (json!({"includeAnswers": "yes"}), "includeAnswers: \"yes\" is not true or false"),
        ];
        for (v, expected) in cases {
            check(v, expected);
        }
    }

    #[test]
    fn theme_values_must_be_balanced_and_fetch_nothing() {
        let bad: &[(&str, &str)] = &[
            // Quote parity is not enough: the last quote opens a string that swallows the sheet.
            ("\"'\"'", "theme.accent: \"\"'\"'\" has an unclosed quote"),
            ("'a", "has an unclosed quote"),
            ("rgb(0 0 0", "theme.accent: \"rgb(0 0 0\" has an unclosed `(`"),
            ("[red", "theme.accent: \"[red\" has an unclosed `[`"),
            ("red)", "theme.accent: \"red)\" has a `)` that closes nothing"),
            ("rgb(0 0 0]", "has a `]` where `)` should close the `(`"),
            ("calc(1px + (2px)", "has an unclosed `(`"),
            ("src(\"http://evil.test/x\")", "contains `src(`, which is not allowed"),
            ("SRC(x)", "contains `src(`, which is not allowed"),
        ];
        for (value, expected) in bad {
            check(json!({"theme": {"accent": value}}), expected);
        }
        let good = [
            "Georgia, \"Times New Roman\", serif",
            "'Foo (Bar', sans-serif",
            "\"[x\"",
            "rgb(0 0 0 / 80%)",
            "calc(1rem + (2px * 3))",
            "color-mix(in srgb, red 50%, blue)",
        ];
        for value in good {
            let c = run(json!({"theme": {"font": value}})).unwrap_or_else(|e| panic!("{value}: {e:?}"));
            assert_eq!(c.theme, vec![("--cq-font".to_string(), value.to_string())]);
        }
    }

    #[test]
    fn duplicate_role_ids_in_merged_roles_are_reported_like_in_replace_mode() {
        let mut v: Value = json::from_str(include_str!("../../embed/demo/agency-roles.json")).unwrap();
        let first = v["roles"][0].clone();
        v["roles"].as_array_mut().unwrap().push(first);
        let expected = "roleData: the role catalogue has 1 problem:\n  - roles[warehouse_dispatcher].id: `warehouse_dispatcher` is used by more than one role";
        check(roles_opts(v.clone(), &[("rolesMode", "replace")]), expected);
        check(roles_opts(v.clone(), &[]), expected);
        check(roles_opts(v.clone(), &[("rolesMode", "merge")]), expected);
        // A duplicate of a built-in id inside the agency's own list, too.
        let mut b: Value = json::from_str(include_str!("../../embed/demo/agency-roles.json")).unwrap();
        let builtin: Value = json::from_str(crate::core::catalogue::BUILTIN_JSON).unwrap();
        let rep = builtin["roles"][0].clone();
        b["roles"].as_array_mut().unwrap().extend([rep.clone(), rep]);
        check(roles_opts(b, &[]), "`customer_service_rep` is used by more than one role");
    }

    #[test]
    fn custom_roles_merge_and_replace() {
        // Replace with a one-role catalogue taken from the built-in one.
        let mut v: Value = json::from_str(crate::core::catalogue::BUILTIN_JSON).unwrap();
        let roles = v["roles"].as_array_mut().unwrap();
        roles.truncate(1);
        roles[0]["id"] = Value::from("agency_role");
        roles[0]["similar"] = Value::Array(Vec::new());
        let c = run(roles_opts(v.clone(), &[("rolesMode", "replace")])).unwrap();
        assert_eq!(resolved(&c).roles.len(), 1);
        let merged = run(roles_opts(v, &[])).unwrap();
        assert_eq!(resolved(&merged).roles.len(), Catalogue::builtin().unwrap().roles.len() + 1);
    }

    #[test]
    fn the_demo_agency_roles_merge_and_replace() {
        let v: Value = json::from_str(include_str!("../../embed/demo/agency-roles.json")).unwrap();
        let replaced = run(roles_opts(v.clone(), &[("rolesMode", "replace")])).unwrap();
        let cat = resolved(&replaced);
        let ids: Vec<_> = cat.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["warehouse_dispatcher", "it_helpdesk_agent"]);
        let shown = run(roles_opts(v, &[("show", "warehouse_dispatcher customer_service_rep")])).unwrap();
        assert_eq!(resolved(&shown).roles.len(), 2);
    }
}
