//! Browser services: language preferences, storage, the URL, the
//! clipboard, printing, money formatting through `Intl` and the
//! stylesheet. A leaf: it knows nothing of the widget's components. Every
//! call that could fail (storage full or blocked, no clipboard) returns a
//! value the UI can show (storage calls a `Result`); nothing here panics.

use wasm_bindgen::JsValue;

use crate::core::lang::Lang;

/// The localStorage key for saved progress (versioned).
pub const STORAGE_KEY: &str = "career-quiz:v1";

/// The URL fragment parameter that carries shared answers: `#cq=<code>`.
pub const HASH_PREFIX: &str = "#cq=";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The visitor's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

/// What the visitor did on the prerendered intro before the wasm mounted,
/// as the page's script (`scripts/prerender.mjs`) or the embed loader left
/// it on the widget's element.
#[derive(Debug, Default)]
pub struct Prerendered {
    /// The language chosen in its switcher.
    pub lang: Option<Lang>,
    /// Whether Start was pressed.
    pub start: bool,
    /// The `data-testid` of its control that has the keyboard focus, to
    /// give the same control of the live widget the focus.
    pub focus: Option<String>,
}

/// Reads (once: the marks are removed) what the visitor did on the
/// prerendered intro in `element` (the hosted page's `#career-quiz`, or
/// the embed's host element with the intro in its shadow root).
pub fn take_prerendered(element: &web_sys::Element) -> Prerendered {
    let take = |name: &str| {
        let key = JsValue::from_str(name);
        let value = js_sys::Reflect::get(element, &key).unwrap_or(JsValue::UNDEFINED);
        let _ = js_sys::Reflect::delete_property(element, &key);
        value
    };
    let active = match element.shadow_root() {
        Some(root) => root.active_element(),
        None => {
            window().and_then(|w| w.document()).and_then(|d| d.active_element()).filter(|a| element.contains(Some(a)))
        }
    };
    Prerendered {
        lang: take(PENDING_LANG).as_string().and_then(|tag| Lang::from_tag(&tag)),
        start: take(PENDING_START).is_truthy(),
        focus: active.and_then(|a| a.get_attribute("data-testid")),
    }
}

/// Loads the texts of `lang` (the language to show, with `pre` already
/// taken from the prerendered intro in `element`), then of any language the
/// visitor picks there meanwhile, and returns the language to mount in,
/// what the visitor did on the intro (taken), and whether its texts could
/// not be loaded (the widget then shows English).
pub async fn ready_to_mount(
    element: &web_sys::Element,
    mut lang: Lang,
    mut pre: Prerendered,
) -> (Lang, Prerendered, bool) {
    loop {
        if let Err(e) = load_pack(lang).await {
            warn(&format!("career quiz: showing English, the {} texts could not be loaded: {e}", lang.code()));
            return (Lang::En, pre, true);
        }
        let more = take_prerendered(element);
        pre.start |= more.start;
        if more.focus.is_some() {
            pre.focus = more.focus;
        }
        match more.lang {
            Some(l) if l != lang => lang = l,
            _ => return (lang, pre, false),
        }
    }
}

/// The properties the prerendered page sets on the widget's element (the
/// same names in `scripts/prerender.mjs` and `embed/career-quiz.js`).
const PENDING_LANG: &str = "__careerQuizLang";
const PENDING_START: &str = "__careerQuizStart";

/// Why storage did not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// There is no localStorage here: the browser blocks it, or the
    /// `localStorage` getter threw.
    Unavailable,
    /// The call threw (storage full, or blocked), or the value did not stick.
    Refused,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    window().and_then(|w| w.local_storage().ok().flatten()).ok_or(StorageError::Unavailable)
}

/// The stored value under `key` (`Ok(None)`: nothing stored).
pub fn load(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(|_| StorageError::Refused)
}

/// Stores `value` under `key`, and checks that it stuck.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    let s = storage()?;
    s.set_item(key, value).map_err(|_| StorageError::Refused)?;
    match s.get_item(key) {
        Ok(Some(v)) if v == value => Ok(()),
        _ => Err(StorageError::Refused),
    }
}

/// Removes `key` from storage, and checks that it is gone.
pub fn remove(key: &str) -> Result<(), StorageError> {
    let s = storage()?;
    s.remove_item(key).map_err(|_| StorageError::Refused)?;
    match s.get_item(key) {
        Ok(None) => Ok(()),
        _ => Err(StorageError::Refused),
    }
}

/// Whether `event` (a `storage` event) is about `key` in localStorage: a
/// change to that key, or the whole storage cleared (`key` null).
pub fn storage_event_is_for(event: &web_sys::Event, key: &str) -> bool {
    let get = |name: &str| js_sys::Reflect::get(event, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let ours = match storage() {
        Ok(s) => js_sys::Object::is(&get("storageArea"), s.as_ref()),
        Err(_) => false,
    };
    let changed = get("key");
    ours && (changed.is_null() || changed.as_string().as_deref() == Some(key))
}

/// The shared code in the URL fragment, if the fragment is `#cq=...`.
pub fn hash_code() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    hash.strip_prefix(HASH_PREFIX).map(str::to_string)
}

/// Removes the fragment without reloading or adding a history entry.
pub fn clear_hash() {
    let Some(w) = window() else { return };
    let (Ok(path), Ok(search)) = (w.location().pathname(), w.location().search()) else { return };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Whether the page was opened from a file (no share links there).
pub fn is_file() -> bool {
    window().and_then(|w| w.location().protocol().ok()).as_deref() == Some("file:")
}

/// A link to this page with `code` in the fragment.
pub fn share_url(code: &str) -> Option<String> {
    let href = window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}{HASH_PREFIX}{code}"))
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// `amount` in `currency`, formatted for `lang` by the browser's
/// `Intl.NumberFormat`; whole units from 100 up, cents below. The
/// formatters are made once per (language, currency, digits) and kept: a
/// results screen formats dozens of amounts.
#[cfg(target_arch = "wasm32")]
pub fn money(lang: Lang, amount: f64, currency: &str) -> String {
    use std::cell::RefCell;

    /// Amounts below this show cents.
    const CENTS_BELOW: f64 = 100.0;
    type Key = (Lang, String, u8);
    thread_local! {
        /// A few formats a page (languages × currencies × two digit
        /// counts), so a list.
        static FORMATS: RefCell<Vec<(Key, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
    }
    let digits: u8 = if amount < CENTS_BELOW { 2 } else { 0 };
    let format = FORMATS.with(|f| {
        let mut formats = f.borrow_mut();
        let found = formats.iter().find(|((l, c, d), _)| *l == lang && c == currency && *d == digits);
        if let Some((_, format)) = found {
            return format.clone();
        }
        let options = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&options, &k.into(), &v);
        };
        set("style", "currency".into());
        set("currency", currency.into());
        set("minimumFractionDigits", digits.into());
        set("maximumFractionDigits", digits.into());
        let locales = js_sys::Array::of1(&lang.code().into());
        let format = js_sys::Intl::NumberFormat::new(&locales, &options).format();
        formats.push(((lang, currency.to_string(), digits), format.clone()));
        format
    });
    format
        .call1(&JsValue::UNDEFINED, &amount.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| crate::core::explain::plain_money(amount, currency))
}

/// Readies [`money`]'s formats for `lang` and `currency` in a task of its
/// own, soon after the call: the first `Intl.NumberFormat` of a page loads
/// the browser's locale data, which took 26 ms of the results screen's
/// first render when it happened there (docs/performance.md). Called while
/// the visitor answers, so the results find the formats made.
pub fn prepare_money(lang: Lang, currency: &'static str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let ready = wasm_bindgen::closure::Closure::once_into_js(move || {
            for amount in [1.0, 1000.0] {
                let _ = money(lang, amount, currency);
            }
        });
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(ready.unchecked_ref(), 0);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, currency);
}

/// Outside a browser (server-side rendering tests): a plain format.
#[cfg(not(target_arch = "wasm32"))]
pub fn money(_lang: Lang, amount: f64, currency: &str) -> String {
    crate::core::explain::plain_money(amount, currency)
}

/// A file of the language `lang` beside the wasm, as text: the copy
/// inlined in the page (`<script type="application/json" id="<id>-<lang>">`,
/// the offline file, so it makes no request), else the promise of its text
/// a page script started early (`globalThis.__careerQuizFetched["<file>"]`,
/// see `scripts/prerender.mjs` and the embed loader), else `<file>` fetched
/// from `globalThis.__careerQuizI18nBase` (set by the embed loader to the
/// `i18n/` folder beside the wasm) or `i18n/` beside the page.
#[cfg(target_arch = "wasm32")]
async fn language_file(id: &str, file: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let window = window().ok_or("no window")?;
    let inline = window.document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.text_content());
    if let Some(text) = inline {
        return Ok(text);
    }
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let base = get(&js_sys::global(), "__careerQuizI18nBase").as_string().unwrap_or_else(|| "i18n/".into());
    let url = format!("{base}{file}");
    // The same promise serves every widget on the page that asks; one that
    // failed resolved to null, and the file is fetched anew.
    let fetched = get(&js_sys::global(), "__careerQuizFetched");
    if let Ok(text) = get(&fetched, file).dyn_into::<js_sys::Promise>() {
        if let Some(text) = JsFuture::from(text).await.ok().and_then(|t| t.as_string()) {
            return Ok(text);
        }
    }
    let response = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|_| format!("{url}: not fetched"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "no body")?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or_else(|| format!("{url}: no text"))
}

/// The built-in catalogue's translation into `lang` (its citation notes,
/// glosses, source descriptions and role texts), which the wasm does not
/// carry: `i18n/<lang>.json` (see [`language_file`]). A failure is
/// returned, not thrown: the notes stay in English.
#[cfg(target_arch = "wasm32")]
pub async fn load_translation(lang: Lang) -> Result<crate::core::catalogue::Translation, String> {
    let code = lang.code();
    let json = language_file(&format!("career-quiz-i18n-{code}"), &format!("{code}.json")).await?;
    crate::core::catalogue::Translation::from_json(&json)
}

/// Outside a browser there is nothing to load (native code has every
/// translation: `Catalogue::builtin_translated`).
#[cfg(not(target_arch = "wasm32"))]
pub async fn load_translation(lang: Lang) -> Result<crate::core::catalogue::Translation, String> {
    Err(format!("no translation into {} outside a browser", lang.code()))
}

/// Whether the rest of the widget is in: the code that only runs once
/// there are roles (reading and checking catalogues, scoring, pay,
/// explanations, the results' components), which a release build keeps
/// in a second wasm loaded when the quiz starts (`scripts/split.mjs`: its glue defines
/// `__careerQuizRest` and sets `__careerQuizRestReady`). Always, in a
/// build that is not split (the tests) and natively.
pub fn rest_ready() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let get = |k: &str| js_sys::Reflect::get(&js_sys::global(), &k.into()).unwrap_or(JsValue::UNDEFINED);
        get("__careerQuizRest").is_undefined() || get("__careerQuizRestReady").is_truthy()
    }
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// Loads the rest of the widget (see [`rest_ready`]), once per page.
pub async fn load_rest() -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if rest_ready() {
            return Ok(());
        }
        let load = js_sys::Reflect::get(&js_sys::global(), &"__careerQuizRest".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or("no loader for the rest of the widget")?;
        let promise = load.call0(&JsValue::NULL).map_err(|e| format!("the rest of the widget: {e:?}"))?;
        let promise: js_sys::Promise = promise.dyn_into().map_err(|_| "the rest of the widget: not a promise")?;
        wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| {
            let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
            format!("the rest of the widget could not be loaded: {}", message.unwrap_or_default())
        })?;
    }
    Ok(())
}

/// The built-in roles, which the wasm does not carry: `i18n/roles.json`
/// (see [`language_file`]; `core/build.rs` writes it), read with
/// `Catalogue::from_shipped` once the rest of the widget is in.
#[cfg(target_arch = "wasm32")]
pub async fn load_builtin_roles() -> Result<crate::core::catalogue::Catalogue, String> {
    // Reading a catalogue is code of the rest of the widget.
    load_rest().await?;
    let json = language_file("career-quiz-roles", "roles.json").await?;
    crate::core::catalogue::Catalogue::from_shipped(&json).map_err(|e| format!("roles.json: {e}"))
}

/// Natively the built-in roles are compiled in.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load_builtin_roles() -> Result<crate::core::catalogue::Catalogue, String> {
    crate::core::catalogue::Catalogue::builtin().map_err(|e| e.to_string())
}

/// The built-in roles' citation texts (quotes, glosses, notes), which the
/// wasm does not carry: `i18n/cites.json` (see [`language_file`]).
#[cfg(target_arch = "wasm32")]
pub async fn load_cite_texts() -> Result<crate::core::catalogue::CiteTexts, String> {
    let json = language_file("career-quiz-cites", "cites.json").await?;
    crate::core::catalogue::CiteTexts::from_json(&json).map_err(|e| format!("cites.json: {e}"))
}

/// Outside a browser the catalogue has its citation texts.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load_cite_texts() -> Result<crate::core::catalogue::CiteTexts, String> {
    Err("no citation texts to load outside a browser".into())
}

/// Makes the interface, questions and explanations of `lang` ready to show
/// (`core::lang::ready`): the wasm carries English only, and reads a
/// language's pack, `i18n/<lang>.ui.json` (see [`language_file`]), once per
/// page. Natively, and for English, there is nothing to do.
pub async fn load_pack(lang: Lang) -> Result<(), String> {
    if crate::core::lang::ready(lang) {
        return Ok(());
    }
    #[cfg(target_arch = "wasm32")]
    {
        let code = lang.code();
        let file = format!("{code}.ui.json");
        let json = language_file(&format!("career-quiz-ui-{code}"), &file).await?;
        let pack = crate::core::lang::Pack::from_json(&json).map_err(|e| format!("{file}: {e}"))?;
        if pack.lang != lang {
            return Err(format!("{file} holds the texts of {}", pack.lang.code()));
        }
        crate::core::lang::install(pack);
    }
    Ok(())
}

/// A warning in the browser's console (nothing outside a browser).
pub fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}
