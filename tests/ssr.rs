//! Rendering tests with no browser: Yew's server-side renderer turns the app
//! into an HTML string, which the tests read like a person would.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use career_quiz::app::{App, AppProps};
use career_quiz::core::catalogue::Catalogue;
use career_quiz::core::lang::Lang;
use career_quiz::i18n::ui;
use yew::LocalServerRenderer;

async fn render(lang: Lang) -> String {
    let catalogue = Rc::new(Catalogue::builtin().expect("built-in catalogue loads"));
    LocalServerRenderer::<App>::with_props(AppProps::new(lang, catalogue)).render().await
}

#[tokio::test]
async fn intro_renders_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang).await;
        let t = ui(lang);
        assert!(html.contains(t.title), "{lang:?}: title missing in {html}");
        assert!(html.contains(t.privacy), "{lang:?}: privacy note missing");
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())), "{lang:?}: lang attribute");
    }
}
