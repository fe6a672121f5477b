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

/// Installs the pack `build.rs` wrote for `lang` (the page that embeds
/// the widget serves it beside the wasm; this test page does not).
fn install(lang: Lang) {
    let json = match lang {
        Lang::Nl => include_str!(concat!(env!("OUT_DIR"), "/packs/nl.ui.json")),
        Lang::Et => include_str!(concat!(env!("OUT_DIR"), "/packs/et.ui.json")),
        _ => unreachable!("the tests install nl and et; de stays unloaded"),
    };
    career_quiz::core::lang::install(career_quiz::core::lang::Pack::from_json(json).expect("the pack reads"));
}

#[wasm_bindgen_test]
async fn intro_shows_in_the_negotiated_language() {
    install(Lang::Nl);
    let root = mount(Lang::Nl).await;
    assert_eq!(heading(&root), "Welke klantenservicebaan past bij jou?");
}

#[wasm_bindgen_test]
async fn the_wasm_carries_english_only_and_reads_other_languages_from_their_pack() {
    use career_quiz::core::lang::{ready, tr};
    use career_quiz::core::questions::QUESTIONS;
    // German is never installed here: its texts are not in the wasm.
    assert!(ready(Lang::En) && !ready(Lang::De));
    assert_eq!(career_quiz::i18n::ui(Lang::De).title, "Which customer service job fits you?");
    assert_eq!(tr(&QUESTIONS[0].text, Lang::De), QUESTIONS[0].text[0]);
    install(Lang::Et);
    assert!(ready(Lang::Et));
    assert_eq!(career_quiz::i18n::ui(Lang::Et).title, "Milline klienditeeninduse töö sulle sobib?");
    assert_ne!(tr(&QUESTIONS[0].text, Lang::Et), QUESTIONS[0].text[0]);
}

#[wasm_bindgen_test]
async fn a_language_that_cannot_be_loaded_keeps_the_widget_as_it_was_and_says_so() {
    let root = mount(Lang::En).await;
    let select: web_sys::HtmlSelectElement =
        root.query_selector("[data-testid=lang]").unwrap().unwrap().dyn_into().unwrap();
    // This test page has no i18n/de.ui.json beside it: the fetch fails.
    select.set_value("de");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    let notice = wait_for(|| root.query_selector("[data-testid=notice]").unwrap()).await.text_content().unwrap();
    assert!(notice.starts_with("The language you chose could not be loaded."), "{notice}");
    assert_eq!(heading(&root), "Which customer service job fits you?");
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(select.value(), "en", "the switcher shows the language that shows");
}

#[wasm_bindgen_test]
async fn the_language_chosen_last_wins_over_one_still_loading() {
    install(Lang::Et);
    let root = mount(Lang::En).await;
    let select: web_sys::HtmlSelectElement =
        root.query_selector("[data-testid=lang]").unwrap().unwrap().dyn_into().unwrap();
    // German is still loading (and fails: this page has no i18n/de.ui.json)
    // when the visitor picks Estonian, which is there at once.
    for lang in ["de", "et"] {
        select.set_value(lang);
        select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    }
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Milline klienditeeninduse töö sulle sobib?");
    // Long enough for German's fetch to fail.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |done, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&done, 500).unwrap();
    }))
    .await
    .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Milline klienditeeninduse töö sulle sobib?");
    assert!(root.query_selector("[data-testid=notice]").unwrap().is_none(), "no notice for a language given up");
    assert_eq!(select.value(), "et");
}

#[wasm_bindgen_test]
async fn switching_language_rerenders_in_place() {
    install(Lang::Et);
    let root = mount(Lang::En).await;
    assert_eq!(heading(&root), "Which customer service job fits you?");
    let select: web_sys::HtmlSelectElement =
        root.query_selector("[data-testid=lang]").unwrap().unwrap().dyn_into().unwrap();
    select.set_value("et");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Milline klienditeeninduse töö sulle sobib?");
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("et"));
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

fn question_id(root: &web_sys::Element) -> Option<String> {
    root.query_selector("[data-testid=question]").unwrap()?.get_attribute("data-question")
}

#[wasm_bindgen_test]
async fn start_answer_next_and_back_keep_the_answer_and_move_focus() {
    let root = mount(Lang::En).await;
    click(&root, "[data-testid=start]");
    yew::scheduler::flush().await;
    assert_eq!(question_id(&root).as_deref(), Some("t_calm"));
    // Focus is on the question's heading, for screen readers and keyboards.
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(active.tag_name(), "H2");
    // Choosing an option (a click on its label) and going on.
    click(&root, "label[for$='-t_calm-4']");
    yew::scheduler::flush().await;
    click(&root, "[data-testid=question] button[type=submit]");
    yew::scheduler::flush().await;
    assert_eq!(question_id(&root).as_deref(), Some("t_patience"));
    assert_eq!(
        root.query_selector("[aria-live=polite]").unwrap().unwrap().text_content().as_deref(),
        Some("Question 2 of 27")
    );
    click(&root, ".cq-nav button.secondary");
    yew::scheduler::flush().await;
    let chosen: web_sys::HtmlInputElement =
        root.query_selector("input[id$='-t_calm-4']").unwrap().unwrap().dyn_into().unwrap();
    assert!(chosen.checked(), "the answer is still chosen after Back");
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_separate_radio_groups() {
    let a = mount(Lang::En).await;
    let b = mount(Lang::En).await;
    click(&a, "[data-testid=start]");
    click(&b, "[data-testid=start]");
    yew::scheduler::flush().await;
    let name = |r: &web_sys::Element| r.query_selector("input[type=radio]").unwrap().unwrap().get_attribute("name");
    assert_ne!(name(&a), name(&b));
    click(&a, "label[for$='-t_calm-0']");
    yew::scheduler::flush().await;
    let checked = |r: &web_sys::Element| r.query_selector("input[type=radio]:checked").unwrap().is_some();
    assert!(checked(&a));
    assert!(!checked(&b), "answering one widget leaves the other alone");
}

/// A fresh `<div>` in the page for the embed API.
fn host_div() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn config_errors_show_the_option_and_message_as_text() {
    use career_quiz::core::problem::Problem;
    use career_quiz::embed::error_box::{ConfigErrors, ConfigErrorsProps};
    let root = host_div();
    let errors = vec![Problem::new("theme.accent", "\"<b>x</b>\" contains `<`")];
    yew::Renderer::<ConfigErrors>::with_root_and_props(root.clone(), ConfigErrorsProps { errors: Rc::new(errors) })
        .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("theme.accent: \"<b>x</b>\" contains `<`"), "{text}");
    assert!(root.query_selector("b").unwrap().is_none(), "configuration text is never markup");
}

#[wasm_bindgen_test]
async fn embed_mount_shows_bad_options_in_its_shadow_root_without_throwing() {
    let el = host_div();
    let options = js_sys::JSON::parse(r#"{"lang": "fr", "links": {"receptionist": "javascript:alert(1)"}}"#).unwrap();
    let id = career_quiz::embed::mount(el.clone(), options);
    assert!(id > 0);
    yew::scheduler::flush().await;
    let shadow = el.shadow_root().expect("a shadow root");
    let text =
        shadow.query_selector("[data-testid=config-error]").unwrap().expect("the message").text_content().unwrap();
    assert!(text.contains("lang: \"fr\" is not a language of the widget"), "{text}");
    assert!(text.contains("links.receptionist: \"javascript:alert(1)\" uses the javascript: scheme"), "{text}");
    career_quiz::embed::unmount(id);
    assert_eq!(shadow.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn embed_mount_renders_the_quiz_and_remounting_replaces_it() {
    let el = host_div();
    install(Lang::Et);
    let options = js_sys::JSON::parse(r#"{"lang": "et", "storage": "none"}"#).unwrap();
    let first = career_quiz::embed::mount(el.clone(), options.clone());
    let second = career_quiz::embed::mount(el.clone(), options);
    assert_ne!(first, second);
    yew::scheduler::flush().await;
    let shadow = el.shadow_root().expect("a shadow root");
    assert_eq!(shadow.query_selector_all(".cq").unwrap().length(), 1);
    let h2 = shadow.query_selector("h2").unwrap().unwrap().text_content().unwrap();
    assert_eq!(h2, "Milline klienditeeninduse töö sulle sobib?");
    career_quiz::embed::unmount(second);
}

/// Waits (20 ms at a time, 2 s at most) until `find` finds an element.
async fn wait_for(find: impl Fn() -> Option<web_sys::Element>) -> web_sys::Element {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if let Some(el) = find() {
            return el;
        }
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |done, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&done, 20).unwrap();
        }))
        .await
        .unwrap();
    }
    panic!("never showed");
}

#[wasm_bindgen_test]
async fn an_embed_in_a_language_still_loading_shows_once_its_texts_are_in_or_english_if_they_cannot_be() {
    let el = host_div();
    // German is not beside this test page: the load fails, after a fetch.
    let options = js_sys::JSON::parse(r#"{"lang": "de", "storage": "none"}"#).unwrap();
    let first = career_quiz::embed::mount(el.clone(), options.clone());
    let second = career_quiz::embed::mount(el.clone(), options);
    yew::scheduler::flush().await;
    let shadow = el.shadow_root().expect("a shadow root");
    assert_eq!(shadow.query_selector_all(".cq").unwrap().length(), 0, "nothing until the texts are settled");
    let notice = wait_for(|| shadow.query_selector("[data-testid=notice]").unwrap()).await.text_content().unwrap();
    assert!(notice.starts_with("The language you chose could not be loaded."), "{notice}");
    assert_eq!(shadow.query_selector_all(".cq").unwrap().length(), 1, "the first mount's load shows nothing");
    let h2 = shadow.query_selector("h2").unwrap().unwrap().text_content().unwrap();
    assert_eq!(h2, "Which customer service job fits you?");
    career_quiz::embed::unmount(first);
    assert_eq!(shadow.query_selector_all(".cq").unwrap().length(), 1, "an old id unmounts nothing");
    career_quiz::embed::unmount(second);
    yew::scheduler::flush().await;
    assert_eq!(shadow.child_element_count(), 0);
}

/// Counts `hashchange` listeners on `window`: wraps add/removeEventListener
/// once, and returns a function giving adds minus removes so far.
fn hashchange_listeners() -> js_sys::Function {
    js_sys::Function::new_no_args(
        r#"
        if (!window.__cqHashListeners) {
            window.__cqHashListeners = 0;
            const add = window.addEventListener, remove = window.removeEventListener;
            window.addEventListener = function (type, ...rest) {
                if (type === 'hashchange') window.__cqHashListeners++;
                return add.call(this, type, ...rest);
            };
            window.removeEventListener = function (type, ...rest) {
                if (type === 'hashchange') window.__cqHashListeners--;
                return remove.call(this, type, ...rest);
            };
        }
        return () => window.__cqHashListeners;
        "#,
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap()
    .dyn_into()
    .unwrap()
}

#[wasm_bindgen_test]
async fn the_link_listener_lives_exactly_as_long_as_the_widget() {
    let count = hashchange_listeners();
    let listeners = || count.call0(&wasm_bindgen::JsValue::NULL).unwrap().as_f64().unwrap();
    let before = listeners();
    let catalogue = Rc::new(Catalogue::builtin().unwrap());
    // Mounted, rendered, destroyed.
    let handle = yew::Renderer::<App>::with_root_and_props(host_div(), AppProps::new(Lang::En, catalogue)).render();
    yew::scheduler::flush().await;
    assert_eq!(listeners(), before + 1.0, "one listener while the widget lives");
    handle.destroy();
    yew::scheduler::flush().await;
    assert_eq!(listeners(), before, "none after it is destroyed");
}

#[wasm_bindgen_test]
async fn results_wait_for_the_built_in_roles_and_say_when_they_cannot_be_loaded() {
    use career_quiz::core::catalogue::{BUILTIN_ROLE_IDS, BUILTIN_SHIPPED};
    use career_quiz::shared::Roles;
    let document = web_sys::window().unwrap().document().unwrap();
    // A share link opens the results at once, before any roles are here.
    let code = career_quiz::core::codec::encode(&Default::default());
    web_sys::window().unwrap().location().set_hash(&format!("cq={code}")).unwrap();
    let root = host_div();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::with_roles(Lang::En, Roles::builtin())).render();
    let pending = wait_for(|| root.query_selector("[data-testid=results-pending]").unwrap()).await;
    assert!(root.query_selector("[data-testid=results]").unwrap().is_none(), "no results without roles");
    // This test page serves no i18n/roles.json: the load fails, and says so.
    let missing = wait_for(|| root.query_selector("[data-testid=roles-missing]").unwrap()).await;
    assert!(missing.text_content().unwrap().contains("could not be loaded"), "{:?}", missing.text_content());
    assert_eq!(pending.get_attribute("aria-busy").as_deref(), Some("false"));
    // The roles become available (as the offline file inlines them); Try again.
    let data = document.create_element("script").unwrap();
    data.set_attribute("type", "application/json").unwrap();
    data.set_id("career-quiz-roles");
    data.set_text_content(Some(BUILTIN_SHIPPED));
    document.body().unwrap().append_child(&data).unwrap();
    click(&root, "[data-testid=retry-roles]");
    wait_for(|| root.query_selector("[data-testid=results]").unwrap()).await;
    let cards = root.query_selector_all(".cq-roles > li").unwrap().length() as usize;
    assert_eq!(cards, BUILTIN_ROLE_IDS.len());
    data.remove();
}
