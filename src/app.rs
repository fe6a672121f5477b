//! The root component: owns the one reducer and lays out the current screen.

use yew::prelude::*;

use crate::components::intro::Intro;
use crate::components::lang_switch::LangSwitch;
use crate::core::catalogue::Catalogue;
use crate::core::lang::Lang;
use crate::state::{Action, QuizState, Screen};

/// What the host (the page, the embed API, a test) hands the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to start in (negotiated from the browser by the caller).
    pub lang: Lang,
    /// The roles to compare against.
    pub catalogue: std::rc::Rc<Catalogue>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let lang = props.lang;
        move || QuizState::new(lang)
    });
    let onlang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    html! {
        <div class="cq" lang={state.lang.code()}>
            <header class="cq-bar">
                <LangSwitch lang={state.lang} onchange={onlang} />
            </header>
            {
                match state.screen {
                    Screen::Intro => html! {
                        <Intro lang={state.lang} role_count={props.catalogue.roles.len()} />
                    },
                }
            }
        </div>
    }
}
