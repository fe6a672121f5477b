//! Component tests in a real browser (headless Chromium through
//! wasm-bindgen-test): mount into a container the test makes, flush Yew's
//! scheduler, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use career_quiz::app::{App, AppProps};
use career_quiz::core::catalogue::Catalogue;
use career_quiz::core::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh container and returns that container.
async fn mount(lang: Lang) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let catalogue = Rc::new(Catalogue::builtin().expect("built-in catalogue loads"));
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::new(lang, catalogue)).render();
    yew::scheduler::flush().await;
    root
}

fn heading(root: &web_sys::Element) -> String {
    root.query_selector("h2").unwrap().expect("a heading").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn intro_shows_in_the_negotiated_language() {
    let root = mount(Lang::Nl).await;
    assert_eq!(heading(&root), "Welke klantenservicebaan past bij jou?");
}

#[wasm_bindgen_test]
async fn switching_language_rerenders_in_place() {
    let root = mount(Lang::En).await;
    assert_eq!(heading(&root), "Which customer service job fits you?");
    let select: web_sys::HtmlSelectElement = root
        .query_selector("[data-testid=lang]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("et");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Milline klienditeeninduse töö sulle sobib?");
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("et"));
}
