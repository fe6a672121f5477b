//! The hosted page's entry point: mounts the widget into `#career-quiz`
//! (the demo page and the offline file). Embedders go through [`crate::embed`].

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::app::{App, AppProps};
use crate::core::catalogue::Catalogue;
use crate::core::lang::Lang;
use crate::host::{self, browser_languages, STORAGE_KEY};

/// Whether the embed loader (`career-quiz.js`) loaded this wasm: it sets
/// `globalThis.__careerQuizEmbed` first, and mounts through `embed::mount`.
fn embedded() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"__careerQuizEmbed".into()).is_ok_and(|v| v.is_truthy())
}

/// Mounts the widget into the element with id `career-quiz` (the demo page).
/// Does nothing on a page loaded by the embed loader, so a host element
/// that happens to have this id is not mounted twice.
pub fn start() {
    if embedded() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("career-quiz") else { return };
    let catalogue = match Catalogue::builtin() {
        Ok(c) => c,
        Err(e) => {
            root.set_text_content(Some(&format!("The role catalogue could not be read: {e}")));
            return;
        }
    };
    // What the visitor did on the prerendered intro before the wasm came
    // (`scripts/prerender.mjs`): a language chosen, Start pressed.
    let pre = host::take_prerendered(&root);
    let lang = pre.lang.unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)));
    // The prerendered intro (or the loading message) goes; `textContent`,
    // not `innerHTML`, so a page under Trusted Types works too.
    root.set_text_content(None);
    let props = AppProps {
        storage_key: Some(STORAGE_KEY.into()),
        start: pre.start,
        focus: pre.focus.map(Into::into),
        ..AppProps::new(lang, Rc::new(catalogue))
    };
    let root: web_sys::Element = root.unchecked_into();
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
