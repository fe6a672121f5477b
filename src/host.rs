//! The boundary with the browser: language preferences, the stylesheet, and
//! mounting. Everything that touches `window` lives here or in effects.

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::app::{App, AppProps};
use crate::core::catalogue::Catalogue;
use crate::core::lang::Lang;

/// The widget's stylesheet, compiled in.
pub const STYLE: &str = include_str!("style.css");

/// The visitor's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

/// Adds the widget's stylesheet to the document as a constructed sheet
/// (allowed under a strict `style-src`), once.
pub fn adopt_style(document: &web_sys::Document) {
    let existing = document.adopted_style_sheets();
    let marker = wasm_bindgen::JsValue::from_str("career-quiz");
    if existing.iter().any(|s| {
        js_sys::Reflect::get(&s, &"cqMarker".into()).ok().as_ref() == Some(&marker)
    }) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync(STYLE).is_err() {
        return;
    }
    let _ = js_sys::Reflect::set(&sheet, &"cqMarker".into(), &marker);
    existing.push(&sheet);
    document.set_adopted_style_sheets(&existing);
}

/// Mounts the widget into the element with id `career-quiz` (the demo page).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("career-quiz") else { return };
    adopt_style(&document);
    let catalogue = match Catalogue::builtin() {
        Ok(c) => c,
        Err(e) => {
            root.set_text_content(Some(&format!("The role catalogue could not be read: {e}")));
            return;
        }
    };
    root.set_inner_html("");
    let props = AppProps {
        lang: Lang::negotiate(browser_languages().iter().map(String::as_str)),
        catalogue: Rc::new(catalogue),
    };
    let root: web_sys::Element = root.unchecked_into();
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
