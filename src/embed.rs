//! The embed API: what `career-quiz.js` (the loader, `embed/career-quiz.js`)
//! calls to put the widget into someone else's page. Each instance renders
//! in its own open shadow root with the widget's stylesheet, a host sheet
//! and a theme sheet adopted as constructed stylesheets (no inline style, so
//! a strict Content-Security-Policy page works). The host element receives
//! bubbling, composed `careerquiz:*` events. Bad options never throw: they
//! show a message in the widget, a `careerquiz:error` event and a console
//! error.

pub mod config;
pub mod error_box;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use yew::Callback;

use crate::app::{App, AppProps, HostEvent};
use crate::core::answers::Answer;
use crate::core::catalogue::{Catalogue, Channel, Place, Slot, Trait};
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::pay::Verdict;
use crate::core::problem::Problem;
use crate::core::questions::{COUNT, QUESTIONS};
use crate::core::scoring::Subject;
use crate::host;
use config::{Context, MAX_OPTIONS_BYTES};
use error_box::{ConfigErrors, ConfigErrorsProps};

/// Makes the host element a block that the page's CSS cannot hide or
/// restyle (inside a shadow root, `!important` beats the page's rules), and
/// styles the embed-only parts.
pub const HOST_CSS: &str = ":host { all: initial !important; display: block !important; \
visibility: visible !important; opacity: 1 !important; contain: content; } \
:host([hidden]) { display: none !important; } \
.cq-cta-row { margin: 0.25rem 0 0.75rem; } \
a.cq-btn.cq-cta { display: inline-block; text-decoration: none; } \
.cq-config-error { border-color: var(--cq-bad); } \
.cq-config-error code { font-weight: 600; } \
.cq-config-msg { white-space: pre-wrap; overflow-wrap: anywhere; }";

/// The root a widget lives in: the app, or the message about its options.
enum Mounted {
    App(yew::AppHandle<App>),
    Errors(yew::AppHandle<ConfigErrors>),
}

struct Instance {
    host: web_sys::Element,
    mounted: Mounted,
}

thread_local! {
    static INSTANCES: RefCell<BTreeMap<u32, Instance>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
    static HOSTS: Cell<u32> = const { Cell::new(0) };
    static BASE_SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet(css: &str) -> Option<web_sys::CssStyleSheet> {
    let s = web_sys::CssStyleSheet::new().ok()?;
    s.replace_sync(css).ok()?;
    Some(s)
}

/// The widget's stylesheet, constructed once and shared by every shadow root.
fn base_sheet() -> Option<web_sys::CssStyleSheet> {
    BASE_SHEET.with(|b| {
        let mut b = b.borrow_mut();
        if b.is_none() {
            *b = sheet(&format!("{}\n{HOST_CSS}", host::STYLE));
        }
        b.clone()
    })
}

/// Dispatches `careerquiz:<name>` on `host`, bubbling and composed.
fn emit(host: &web_sys::Element, name: &str, detail: &Value) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL));
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(&format!("careerquiz:{name}"), &init) {
        let _ = host.dispatch_event(&ev);
    }
}

/// Emits after the current task, so a host that mounts and then listens hears it.
fn emit_later(host: web_sys::Element, name: &'static str, detail: Value) {
    wasm_bindgen_futures::spawn_local(async move { emit(&host, name, &detail) });
}

/// The shadow root of `host`, made if it has none (open, so tests and
/// assistive tools can see in).
fn shadow(host: &web_sys::Element) -> Result<web_sys::ShadowRoot, String> {
    if let Some(root) = host.shadow_root() {
        return Ok(root);
    }
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).map_err(|_| {
        format!(
            "a <{}> element cannot hold the quiz; mount it into a <div> or a <career-quiz> element",
            host.tag_name().to_lowercase()
        )
    })
}

/// Reads the text of `<script type="application/json" id="...">`.
fn script_text(id: &str) -> Result<String, String> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("there is no document")?;
    let el = doc.get_element_by_id(id).ok_or_else(|| format!("there is no element with id \"{id}\" on the page"))?;
    let is_json = el.tag_name().eq_ignore_ascii_case("script")
        && el.get_attribute("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(format!("the element with id \"{id}\" is not a <script type=\"application/json\">"));
    }
    Ok(el.text_content().unwrap_or_default())
}

/// Options from JavaScript as JSON, refusing what cannot be JSON or is too big.
fn options_json(options: &JsValue) -> Result<Value, Problem> {
    let err = |m: String| Problem::new("options", m);
    if options.is_undefined() || options.is_null() {
        return Ok(json!({}));
    }
    let text = js_sys::JSON::stringify(options)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| err("could not be read as JSON (a function, a cycle or a BigInt?)".into()))?;
    if text.len() > MAX_OPTIONS_BYTES {
        return Err(err(format!("are {} bytes as JSON; at most {MAX_OPTIONS_BYTES} are accepted", text.len())));
    }
    serde_json::from_str(&text).map_err(|e| err(format!("could not be read as JSON ({e})")))
}

/// A number for `host`, the same on every mount into it (the default
/// storage key of a host without an id): hosts are numbered in the order
/// they are first mounted.
fn host_number(host: &web_sys::Element) -> u32 {
    let key = JsValue::from_str("__careerQuizNumber");
    if let Some(n) = js_sys::Reflect::get(host, &key).ok().and_then(|v| v.as_f64()) {
        return n as u32;
    }
    let n = HOSTS.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let _ = js_sys::Reflect::set(host, &key, &f64::from(n).into());
    n
}

fn unmount_instance(inst: Instance) {
    match inst.mounted {
        Mounted::App(h) => h.destroy(),
        Mounted::Errors(h) => h.destroy(),
    }
}

/// Mounts a quiz into `host` (its shadow root) with `options` (see
/// EMBEDDING.md) and returns the instance's id for [`unmount`]. Mounting
/// again into the same element replaces the quiz there. Never throws.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, options: JsValue) -> u32 {
    // One quiz per element: a second mount replaces the first.
    let old = INSTANCES.with(|m| {
        let mut m = m.borrow_mut();
        let key = m.iter().find(|(_, i)| i.host == host).map(|(k, _)| *k);
        key.and_then(|k| m.remove(&k))
    });
    if let Some(old) = old {
        unmount_instance(old);
    }
    let id = NEXT.with(|n| n.replace(n.get() + 1));
    let root = match shadow(&host) {
        Ok(r) => r,
        Err(message) => {
            report(&host, &[Problem::new("element", message)]);
            return 0;
        }
    };
    root.set_inner_html("");
    let container = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("div").ok());
    let Some(container) = container else { return 0 };
    let _ = root.append_child(&container);

    let parsed = options_json(&options).map_err(|e| vec![e]).and_then(|v| {
        config::parse(&v, &Context { element_id: &host.id(), instance: host_number(&host), script_text: &script_text })
    });
    let mut sheets = js_sys::Array::new();
    sheets.extend(base_sheet());
    let mounted = match parsed {
        Ok(cfg) => {
            sheets.extend(sheet(&config::theme_css(&cfg.theme)));
            let lang =
                cfg.lang.unwrap_or_else(|| Lang::negotiate(host::browser_languages().iter().map(String::as_str)));
            let onevent = {
                let (host, cat, include) = (host.clone(), cfg.catalogue.clone(), cfg.include_answers);
                Callback::from(move |e: HostEvent| {
                    let (name, detail) = event_detail(&cat, include, &e);
                    emit(&host, name, &detail);
                })
            };
            let props = AppProps {
                storage_key: cfg.storage_key.map(Into::into),
                weights: cfg.weights,
                links: Rc::new(cfg.links),
                pay_region: cfg.pay_region.map(Into::into),
                onevent: Some(onevent),
                ..AppProps::new(lang, cfg.catalogue)
            };
            Mounted::App(yew::Renderer::<App>::with_root_and_props(container, props).render())
        }
        Err(errors) => {
            report(&host, &errors);
            let props = ConfigErrorsProps { errors: Rc::new(errors) };
            Mounted::Errors(yew::Renderer::<ConfigErrors>::with_root_and_props(container, props).render())
        }
    };
    let _ = js_sys::Reflect::set(&root, &"adoptedStyleSheets".into(), &sheets);
    INSTANCES.with(|m| m.borrow_mut().insert(id, Instance { host, mounted }));
    id
}

/// Logs the problems and tells the host page (a `careerquiz:error` event).
fn report(host: &web_sys::Element, errors: &[Problem]) {
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    web_sys::console::error_1(&format!("career quiz: the options have a problem:\n{}", text.join("\n")).into());
    let list: Vec<Value> = errors.iter().map(|e| json!({ "option": e.at, "message": e.what })).collect();
    emit_later(host.clone(), "error", json!({ "errors": list }));
}

/// Removes the quiz with this id (from [`mount`]) and empties its shadow
/// root. Unknown ids are ignored.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    if let Some(inst) = INSTANCES.with(|m| m.borrow_mut().remove(&id)) {
        let host = inst.host.clone();
        unmount_instance(inst);
        if let Some(root) = host.shadow_root() {
            root.set_inner_html("");
        }
    }
}

/// A stable name for what a dealbreaker is about (`slot:nights`, `licence`).
pub fn subject_id(s: Subject) -> String {
    match s {
        Subject::Trait(t) => format!("trait:{}", Trait::key(t)),
        Subject::Slot(x) => format!("schedule:{}", Slot::key(x)),
        Subject::Rota => "schedule:irregular".into(),
        Subject::Place(p) => format!("place:{}", Place::key(p)),
        Subject::Channel(c) => format!("channel:{}", Channel::key(c)),
        Subject::Education => "education".into(),
        Subject::Training => "training".into(),
        Subject::Licence => "licence".into(),
        Subject::Certifications => "certifications".into(),
        Subject::Pay => "pay".into(),
        Subject::Experience => "experience".into(),
        Subject::Leadership => "leadership".into(),
    }
}

fn verdict_id(v: Verdict) -> &'static str {
    match v {
        Verdict::WellBelow => "well_below",
        Verdict::BelowMedian => "below_median",
        Verdict::Realistic => "realistic",
        Verdict::Ambitious => "ambitious",
        Verdict::Unrealistic => "unrealistic",
    }
}

fn answer_json(a: Option<Answer>) -> Value {
    match a {
        None => Value::Null,
        Some(Answer::Choice(i)) => json!({ "choice": i }),
        Some(Answer::Multi(bits)) => json!({ "choices": (0..8).filter(|i| bits & (1 << i) != 0).collect::<Vec<u8>>() }),
        Some(Answer::Pay { cents, period }) => json!({ "pay": f64::from(cents) / 100.0, "period": period.key() }),
        Some(Answer::Years(y)) => json!({ "years": y }),
    }
}

/// The event name and detail for a widget event. Answers the visitor gave
/// (including the pay they typed) are only included with `include_answers`.
pub fn event_detail(cat: &Catalogue, include_answers: bool, e: &HostEvent) -> (&'static str, Value) {
    match e {
        HostEvent::Ready { lang } => (
            "ready",
            json!({ "lang": lang.code(), "roles": cat.roles.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), "questions": COUNT }),
        ),
        HostEvent::Answer { lang, index, answer, answered } => {
            let mut d = json!({ "lang": lang.code(), "question": QUESTIONS[*index].id, "index": index,
                                "answered": answered, "total": COUNT });
            if include_answers {
                d["answer"] = answer_json(*answer);
            }
            ("answer", d)
        }
        HostEvent::Complete { lang, fits, answers } => {
            let roles: Vec<Value> = fits
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let name = cat.roles.get(f.index).map(|r| r.name.get(*lang)).unwrap_or_default();
                    json!({
                        "rank": i + 1, "id": f.role, "name": name, "fit": f.overall,
                        "dealbreakers": f.dealbreakers.iter().map(|d| json!({ "question": d.question, "subject": subject_id(d.subject) })).collect::<Vec<_>>(),
                        "pay": f.pay.as_ref().map(|p| json!({ "verdict": verdict_id(p.verdict), "percentile": p.percentile })),
                    })
                })
                .collect();
            let mut d = json!({ "lang": lang.code(), "answered": answers.answered(), "total": COUNT, "roles": roles });
            if include_answers {
                d["answers"] = json!({
                    "code": codec::encode(answers),
                    "byQuestion": QUESTIONS.iter().enumerate().filter_map(|(i, q)| answers.at(i).map(|a| (q.id.to_string(), answer_json(Some(a))))).collect::<serde_json::Map<_, _>>(),
                });
            }
            ("complete", d)
        }
    }
}
