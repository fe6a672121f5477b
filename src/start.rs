//! The hosted page's entry point: mounts the widget into `#career-quiz`
//! (the demo page and the offline file). Embedders go through `embed`
//! (the `embed` feature, which the hosted page's wasm is built without).

use wasm_bindgen::JsCast;

use crate::app::{App, AppProps};
use crate::core::lang::Lang;
use crate::host::{self, browser_languages, STORAGE_KEY};
use crate::shared::Roles;

/// Whether the embed loader (`career-quiz.js`) loaded this wasm: it sets
/// `globalThis.__careerQuizEmbed` first, and mounts through `embed::mount`.
fn embedded() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"__careerQuizEmbed".into()).is_ok_and(|v| v.is_truthy())
}

/// Mounts the widget into the element with id `career-quiz` (the demo page).
/// Does nothing on a page loaded by the embed loader, so a host element
/// that happens to have this id is not mounted twice.
///
/// With the prerendered intro in place, waits until the page's script says
/// it has been painted (`__careerQuizPainted`, a promise: the frame after
/// parsing, or 100 ms at most), so the visitor sees the intro first even
/// when the wasm comes fast, and the live widget takes over with the same
/// markup (which the browser then does not count as a new largest paint).
/// For a visitor in another language than English, it also waits for that
/// language's texts (`host::ready_to_mount`); the intro stays meanwhile.
pub fn start() {
    if embedded() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("career-quiz") else { return };
    let painted = js_sys::Reflect::get(&root, &"__careerQuizPainted".into()).ok();
    let painted = painted.and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(painted) = painted {
            let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
        }
        // What the visitor did on the prerendered intro before the wasm
        // came (`scripts/prerender.mjs`): a language chosen, Start pressed.
        let pre = host::take_prerendered(&root);
        let lang = pre.lang.unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)));
        // The wasm carries English only: another language's texts first.
        let (lang, pre, lang_failed) = host::ready_to_mount(&root, lang, pre).await;
        mount(root, lang, pre, lang_failed);
    });
}

/// Replaces the prerendered intro (or the loading message) in `root` with
/// the live widget, with the built-in roles (loaded when the quiz starts).
fn mount(root: web_sys::Element, lang: Lang, pre: host::Prerendered, lang_failed: bool) {
    // The prerendered intro (or the loading message) goes; `textContent`,
    // not `innerHTML`, so a page under Trusted Types works too.
    root.set_text_content(None);
    let props = AppProps {
        storage_key: Some(STORAGE_KEY.into()),
        start: pre.start,
        focus: pre.focus.map(Into::into),
        lang_failed,
        ..AppProps::with_roles(lang, Roles::builtin())
    };
    let root: web_sys::Element = root.unchecked_into();
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
