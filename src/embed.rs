//! The embed API: what `career-quiz.js` (the loader, `embed/career-quiz.js`)
//! calls to put the widget into someone else's page. Each instance renders
//! in its own open shadow root with the widget's stylesheet, a host sheet
//! and a theme sheet adopted as constructed stylesheets (no inline style, so
//! a strict Content-Security-Policy page works; no `innerHTML`, so a Trusted
//! Types page works). The host element receives bubbling, composed
//! `careerquiz:*` events. Bad options never throw: they show a message in
//! the widget, a `careerquiz:error` event and a console error.
//!
//! Lifecycle: each instance is a Yew root (a [`WidgetRoot`] in a container
//! `<div>`) that is never destroyed. Yew keeps a root's event listeners for
//! the life of the page (`AppHandle::destroy` leaves them and the container
//! behind), and `destroy` on a root that has not rendered yet does nothing
//! at all, leaving a live zombie. So a mount gives a root its content as a
//! props update, a remount into the same element is another props update
//! (Yew applies them in order and renders once), and an unmount renders
//! nothing into the root and keeps it for the next mount, into any element
//! once Yew has rendered that nothing (until then the detached container
//! still holds the old quiz).

pub mod config;
pub mod error_box;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::core::json::{self, Map, Value};

/// A JSON object from `"key": value` pairs, each value through `Value::from`.
macro_rules! obj {
    ($($k:literal : $v:expr),* $(,)?) => {{
        let mut m = Map::new();
        $( m.insert($k.to_string(), Value::from($v)); )*
        Value::Object(m)
    }};
}
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{App, AppProps, HostEvent};
use crate::core::answers::{Answer, Answers};
use crate::core::catalogue::{Catalogue, Channel, Place, Slot, Trait};
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::pay::Verdict;
use crate::core::problem::Problem;
use crate::core::questions::{COUNT, QUESTIONS};
use crate::core::scoring::{RoleFit, Subject};
use crate::host;
use config::{Context, MAX_OPTIONS_BYTES};
use error_box::ConfigErrors;

/// What a widget root shows.
#[derive(Clone, PartialEq)]
enum Content {
    /// Nothing: a root waiting for its first content, or parked after an unmount.
    Nothing,
    /// The quiz.
    App(AppProps),
    /// The message about the embedder's options.
    Errors(Rc<Vec<Problem>>),
}

/// Whether a root has rendered nothing since its last content, so that its
/// container is empty and may go into another element.
#[derive(Clone, Default)]
struct Idle(Rc<Cell<bool>>);

impl PartialEq for Idle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, Clone, PartialEq)]
struct WidgetRootProps {
    content: Content,
    /// The mount this content is for: a new key per mount, so every mount
    /// starts a fresh quiz (and the previous one's effects are cleaned up).
    mount: u32,
    idle: Idle,
}

/// The component each Yew root of the embed renders.
#[component]
fn WidgetRoot(props: &WidgetRootProps) -> Html {
    {
        let (idle, nothing) = (props.idle.clone(), props.content == Content::Nothing);
        use_effect_with((props.mount, nothing), move |_| idle.0.set(nothing));
    }
    match &props.content {
        Content::Nothing => html! {},
        Content::App(app) => html! { <App key={props.mount} ..app.clone() /> },
        Content::Errors(errors) => html! { <ConfigErrors key={props.mount} errors={errors.clone()} /> },
    }
}

/// A Yew root: the container element it renders into and its handle.
struct Root {
    container: web_sys::Element,
    app: yew::AppHandle<WidgetRoot>,
    idle: Idle,
}

impl Root {
    /// A new root, rendering nothing until [`Root::show`].
    fn new() -> Option<Root> {
        let container = web_sys::window()?.document()?.create_element("div").ok()?;
        let idle = Idle::default();
        let props = WidgetRootProps { content: Content::Nothing, mount: 0, idle: idle.clone() };
        let app = yew::Renderer::<WidgetRoot>::with_root_and_props(container.clone(), props).render();
        Some(Root { container, app, idle })
    }

    /// Renders `content` (for mount number `mount`) in place of what the
    /// root showed: Yew applies the updates in order and renders the last.
    fn show(&mut self, content: Content, mount: u32) {
        self.idle.0.set(false);
        self.app.update(WidgetRootProps { content, mount, idle: self.idle.clone() });
    }

    /// A parked root whose container is empty again (one that was just
    /// unmounted may still hold its quiz until Yew renders), or a new one.
    fn take() -> Option<Root> {
        let parked = PARKED.with(|p| {
            let mut p = p.borrow_mut();
            let i = p.iter().position(|r| r.idle.0.get())?;
            Some(p.swap_remove(i))
        });
        parked.or_else(Root::new)
    }
}

struct Instance {
    host: web_sys::Element,
    root: Root,
}

/// The mounted widgets by id: a handful per page, so a list (a `BTreeMap`
/// of them cost 5 KB of wasm).
#[derive(Default)]
struct Instances(Vec<(u32, Instance)>);

impl Instances {
    fn insert(&mut self, id: u32, instance: Instance) {
        self.remove(&id);
        self.0.push((id, instance));
    }
    fn remove(&mut self, id: &u32) -> Option<Instance> {
        let at = self.0.iter().position(|(k, _)| k == id)?;
        Some(self.0.swap_remove(at).1)
    }
    fn iter(&self) -> impl Iterator<Item = (&u32, &Instance)> {
        self.0.iter().map(|(k, i)| (k, i))
    }
}

thread_local! {
    static INSTANCES: RefCell<Instances> = const { RefCell::new(Instances(Vec::new())) };
    /// Roots of unmounted instances, rendering nothing (or about to), for
    /// the next mounts: about as many as were ever mounted at once.
    static PARKED: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
    static HOSTS: Cell<u32> = const { Cell::new(0) };
    static BASE_SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

/// The property that marks a shadow root as the widget's own.
const OWN_ROOT: &str = "__careerQuizRoot";

/// Elements that may have a shadow root (besides custom elements): the
/// list in the DOM standard's `attachShadow`.
const SHADOW_HOSTS: &[&str] = &[
    "article",
    "aside",
    "blockquote",
    "body",
    "div",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "main",
    "nav",
    "p",
    "section",
    "span",
];

fn sheet(css: &str) -> Option<web_sys::CssStyleSheet> {
    let s = web_sys::CssStyleSheet::new().ok()?;
    s.replace_sync(css).ok()?;
    Some(s)
}

/// The widget's stylesheet (`src/style.css` and `src/embed/host.css`),
/// constructed once and shared by every shadow root. The wasm does not
/// carry it: the loader does, for its prerendered intro, and hands the
/// text over as `globalThis.__careerQuizStyle`.
fn base_sheet() -> Option<web_sys::CssStyleSheet> {
    BASE_SHEET.with(|b| {
        let mut b = b.borrow_mut();
        if b.is_none() {
            let css = js_sys::Reflect::get(&js_sys::global(), &STYLE_GLOBAL.into()).ok().and_then(|v| v.as_string());
            *b = sheet(css.as_deref().unwrap_or_default());
        }
        b.clone()
    })
}

/// Where the loader puts the stylesheet's text (embed/career-quiz.js).
const STYLE_GLOBAL: &str = "__careerQuizStyle";

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

/// The widget's shadow root in `host`, made if it has none (open, so tests
/// and assistive tools can see in). A shadow root the widget did not make
/// is the page's: it is left alone, and the element refused.
fn shadow(host: &web_sys::Element) -> Result<web_sys::ShadowRoot, String> {
    let tag = host.local_name();
    let ours = web_sys::window().and_then(|w| w.document());
    if host.owner_document() != ours {
        return Err(format!(
            "the <{tag}> element belongs to another document (an iframe?); load career-quiz.js in that \
             document and mount the quiz there"
        ));
    }
    if let Some(root) = host.shadow_root() {
        if js_sys::Reflect::get(&root, &OWN_ROOT.into()).is_ok_and(|v| v.is_truthy()) {
            return Ok(root);
        }
        return Err(format!(
            "the <{tag}> element already has a shadow root of its own, which the quiz leaves alone; mount \
             the quiz into an element without one"
        ));
    }
    match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
        Ok(root) => {
            let _ = js_sys::Reflect::set(&root, &OWN_ROOT.into(), &JsValue::TRUE);
            Ok(root)
        }
        Err(_) if tag.contains('-') => Err(format!(
            "the <{tag}> element already has a closed shadow root of its own, or does not allow one; mount \
             the quiz into an element without one"
        )),
        Err(_) if SHADOW_HOSTS.contains(&tag.as_str()) => Err(format!(
            "the <{tag}> element already has a closed shadow root of its own; mount the quiz into an element \
             without one"
        )),
        Err(_) => {
            Err(format!("a <{tag}> element cannot hold the quiz; mount it into a <div> or a <career-quiz> element"))
        }
    }
}

/// Removes every node from `root` but `keep` (no `innerHTML`, which a
/// Trusted Types policy forbids).
fn clear(root: &web_sys::ShadowRoot, keep: Option<&web_sys::Element>) {
    let mut next = root.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        if keep.is_none_or(|k| **k != node) {
            let _ = root.remove_child(&node);
        }
    }
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

/// What a JavaScript exception says ("TypeError: ...").
fn thrown(e: &JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => e.as_string().unwrap_or_else(|| "a value that is not an error".into()),
    }
}

/// Options from JavaScript as JSON, refusing what cannot be JSON or is too big.
fn options_json(options: &JsValue) -> Result<Value, Problem> {
    let err = |m: String| Problem::new("options", m);
    if options.is_undefined() || options.is_null() {
        return Ok(Value::Object(Map::new()));
    }
    let text = match js_sys::JSON::stringify(options) {
        Ok(s) => s.as_string().ok_or_else(|| err("could not be read as JSON (a function?)".into()))?,
        // A throwing getter, a Proxy whose traps throw, a cycle, a BigInt.
        Err(e) => return Err(err(format!("could not be read as JSON: reading them threw {}", thrown(&e)))),
    };
    if text.len() > MAX_OPTIONS_BYTES {
        return Err(err(format!("are {} bytes as JSON; at most {MAX_OPTIONS_BYTES} are accepted", text.len())));
    }
    json::from_str(&text).map_err(|e| err(format!("could not be read as JSON ({e})")))
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

/// Mounts a quiz into `host` (its shadow root) with `options` (see
/// EMBEDDING.md) and returns the instance's id for [`unmount`] (0 when the
/// element cannot hold a quiz). Mounting again into the same element
/// replaces the quiz there. Never throws.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, options: JsValue) -> u32 {
    // One quiz per element: a second mount reuses the first one's root.
    let old = INSTANCES.with(|m| {
        let mut m = m.borrow_mut();
        let key = m.iter().find(|(_, i)| i.host == host).map(|(k, _)| *k);
        key.and_then(|k| m.remove(&k))
    });
    let id = NEXT.with(|n| n.replace(n.get() + 1));
    let shadow_root = match shadow(&host) {
        Ok(r) => r,
        Err(message) => {
            report(&host, &[Problem::new("element", message)]);
            return 0;
        }
    };
    let root = old.map(|i| i.root).or_else(Root::take);
    let Some(root) = root else { return 0 };

    let options = options_json(&options);
    // The visitor's language choice and Start click on the loader's
    // prerendered intro, if any, win over the options' language.
    let pre = host::take_prerendered(&host);
    let mut instance = Instance { host, root };
    // Options with roles of their own wait for the rest of the widget,
    // which reads catalogues, and for the built-in roles when they merge
    // into them (the wasm carries neither); the others are checked now.
    let gives_roles = options.as_ref().is_ok_and(config::gives_roles);
    let needs_builtin = options.as_ref().is_ok_and(config::needs_builtin);
    if !gives_roles {
        let (content, sheets) = configure(&instance.host, options, None, pre);
        match content {
            Content::App(props) if !crate::core::lang::ready(props.lang) => {
                INSTANCES.with(|m| m.borrow_mut().insert(id, instance));
                wasm_bindgen_futures::spawn_local(show_later(id, shadow_root, Content::App(props), sheets));
            }
            content => {
                present(&shadow_root, &mut instance, content, id, &sheets);
                INSTANCES.with(|m| m.borrow_mut().insert(id, instance));
            }
        }
        return id;
    }
    let element = instance.host.clone();
    INSTANCES.with(|m| m.borrow_mut().insert(id, instance));
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match host::load_rest().await {
            Err(e) => Err(Problem::new("custom roles", format!("could not be checked: {e}"))),
            Ok(()) if needs_builtin => host::load_builtin_roles().await.map(Some).map_err(|e| {
                Problem::new(
                    "built-in roles",
                    format!("could not be loaded, so the custom roles cannot be merged into them: {e}"),
                )
            }),
            Ok(()) => Ok(None),
        };
        let (content, sheets) = match loaded {
            Ok(builtin) => configure(&element, options, builtin.as_ref(), pre),
            Err(problem) => {
                let problems = vec![problem];
                report(&element, &problems);
                (Content::Errors(Rc::new(problems)), base_sheets())
            }
        };
        show_later(id, shadow_root, content, sheets).await;
    });
    id
}

/// The stylesheets every instance has (the widget's and the host's).
fn base_sheets() -> js_sys::Array {
    let mut sheets = js_sys::Array::new();
    sheets.extend(base_sheet());
    sheets
}

/// What `host` shows for `options` (read with the built-in roles when they
/// merge into them), and its stylesheets. Problems are reported.
fn configure(
    host: &web_sys::Element,
    options: Result<Value, Problem>,
    builtin: Option<&Catalogue>,
    pre: host::Prerendered,
) -> (Content, js_sys::Array) {
    let cx = Context { element_id: &host.id(), instance: host_number(host), script_text: &script_text, builtin };
    let parsed = options.map_err(|e| vec![e]).and_then(|v| config::parse(&v, &cx));
    let mut sheets = base_sheets();
    let content = match parsed {
        Ok(cfg) => {
            sheets.extend(sheet(&config::theme_css(&cfg.theme)));
            let lang = pre
                .lang
                .or(cfg.lang)
                .unwrap_or_else(|| Lang::negotiate(host::browser_languages().iter().map(String::as_str)));
            let onevent = {
                let ids: Vec<String> = cfg.roles.ids().into_iter().map(String::from).collect();
                let (host, include) = (host.clone(), cfg.include_answers);
                Callback::from(move |e: HostEvent| {
                    let (name, detail) = event_detail(&ids, include, &e);
                    emit(&host, name, &detail);
                })
            };
            Content::App(AppProps {
                storage_key: cfg.storage_key.map(Into::into),
                weights: cfg.weights,
                links: crate::shared::Shared::new(cfg.links),
                pay_region: cfg.pay_region,
                onevent: Some(onevent),
                start: pre.start,
                focus: pre.focus.map(Into::into),
                ..AppProps::with_roles(lang, cfg.roles)
            })
        }
        Err(errors) => {
            report(host, &errors);
            Content::Errors(Rc::new(errors))
        }
    };
    (content, sheets)
}

/// Shows `content` in the instance `id` once the visitor's language is
/// loaded (the wasm carries English only): what shows stays (the loader's
/// prerendered intro, say) until its texts are here; in English if they
/// cannot be. Nothing, if the instance was unmounted or mounted again
/// meanwhile (that one shows).
async fn show_later(id: u32, shadow_root: web_sys::ShadowRoot, content: Content, sheets: js_sys::Array) {
    let content = match content {
        Content::App(props) if !crate::core::lang::ready(props.lang) => {
            let Some(element) =
                INSTANCES.with(|m| m.borrow().iter().find(|(k, _)| **k == id).map(|(_, i)| i.host.clone()))
            else {
                return;
            };
            let pre = host::Prerendered {
                lang: Some(props.lang),
                start: props.start,
                focus: props.focus.as_deref().map(Into::into),
            };
            let (lang, pre, failed) = host::ready_to_mount(&element, props.lang, pre).await;
            Content::App(AppProps {
                lang,
                start: pre.start,
                focus: pre.focus.map(Into::into),
                lang_failed: failed,
                ..props
            })
        }
        content => content,
    };
    let Some(mut instance) = INSTANCES.with(|m| m.borrow_mut().remove(&id)) else { return };
    present(&shadow_root, &mut instance, content, id, &sheets);
    INSTANCES.with(|m| m.borrow_mut().insert(id, instance));
}

/// Puts `instance`'s root in place of whatever `shadow_root` shows, with
/// its stylesheets, rendering `content`.
fn present(
    shadow_root: &web_sys::ShadowRoot,
    instance: &mut Instance,
    content: Content,
    id: u32,
    sheets: &js_sys::Array,
) {
    let container = &instance.root.container;
    clear(shadow_root, Some(container));
    if container.parent_node().as_ref() != Some(shadow_root) {
        let _ = shadow_root.append_child(container);
    }
    instance.root.show(content, id);
    let _ = js_sys::Reflect::set(shadow_root, &"adoptedStyleSheets".into(), sheets);
}

/// Logs the problems and tells the host page (a `careerquiz:error` event).
fn report(host: &web_sys::Element, errors: &[Problem]) {
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    web_sys::console::error_1(&format!("career quiz: the options have a problem:\n{}", text.join("\n")).into());
    let list: Vec<Value> =
        errors.iter().map(|e| obj! { "option": e.at.as_str(), "message": e.what.as_str() }).collect();
    emit_later(host.clone(), "error", obj! { "errors": list });
}

/// Removes the quiz with this id (from [`mount`]) and empties its shadow
/// root; the root is kept, empty, for the next mount. Unknown ids are
/// ignored.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    let Some(Instance { host, mut root }) = INSTANCES.with(|m| m.borrow_mut().remove(&id)) else { return };
    root.show(Content::Nothing, 0);
    root.container.remove();
    if let Some(shadow_root) = host.shadow_root() {
        clear(&shadow_root, None);
        let _ = js_sys::Reflect::set(&shadow_root, &"adoptedStyleSheets".into(), &js_sys::Array::new());
    }
    PARKED.with(|p| p.borrow_mut().push(root));
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
        Some(Answer::Choice(i)) => obj! { "choice": i },
        Some(Answer::Multi(bits)) => obj! { "choices": (0..8).filter(|i| bits & (1 << i) != 0).collect::<Vec<u8>>() },
        Some(Answer::Pay { cents, period, currency }) => {
            obj! { "pay": f64::from(cents) / 100.0, "period": period.key(), "currency": currency.code() }
        }
        Some(Answer::Years(y)) => obj! { "years": y },
    }
}

/// The event name and detail for a widget event. Answers the visitor gave
/// (including the pay they typed) are only included with `include_answers`.
pub fn event_detail(role_ids: &[String], include_answers: bool, e: &HostEvent) -> (&'static str, Value) {
    match e {
        HostEvent::Ready { lang } => {
            ("ready", obj! { "lang": lang.code(), "roles": role_ids.to_vec(), "questions": COUNT })
        }
        HostEvent::Answer { lang, index, answer, answered } => {
            let mut d = obj! { "lang": lang.code(), "question": QUESTIONS[*index].id, "index": *index,
            "answered": *answered, "total": COUNT };
            if include_answers {
                d["answer"] = answer_json(*answer);
            }
            ("answer", d)
        }
        HostEvent::Complete { lang, fits, answers, catalogue } => {
            ("complete", complete_detail(*lang, fits, answers, catalogue, include_answers))
        }
    }
}

/// The detail of the `complete` event: every role ranked, with its fit,
/// dealbreakers and pay verdict. Code of the rest of the widget
/// (`scripts/split.mjs`), like the results it describes.
#[inline(never)]
fn complete_detail(
    lang: Lang,
    fits: &[RoleFit],
    answers: &Answers,
    catalogue: &Catalogue,
    include_answers: bool,
) -> Value {
    // Names as shown: the built-in roles' in the visitor's language.
    let roles: Vec<Value> = fits
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let name = catalogue.roles.get(f.index).map(|r| r.name.get(lang)).unwrap_or_default();
            obj! {
                "rank": i + 1, "id": &f.role, "name": name, "fit": f.overall,
                "dealbreakers": f.dealbreakers.iter().map(|d| obj! { "question": d.question, "subject": subject_id(d.subject) }).collect::<Vec<_>>(),
                "pay": f.pay.as_ref().map(|p| obj! {
                    "verdict": verdict_id(p.verdict), "percentile": p.percentile,
                    "region": p.dist.region.key(), "currency": &p.dist.currency, "year": p.dist.year,
                    "coverage": p.dist.coverage.key(),
                }),
            }
        })
        .collect();
    let mut d = obj! { "lang": lang.code(), "answered": answers.answered(), "total": COUNT, "roles": roles };
    if include_answers {
        d["answers"] = obj! {
            "code": codec::encode(answers),
            "byQuestion": QUESTIONS.iter().enumerate().filter_map(|(i, q)| answers.at(i).map(|a| (q.id.to_string(), answer_json(Some(a))))).collect::<Map>(),
        };
    }
    d
}
