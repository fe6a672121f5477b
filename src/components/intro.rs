//! The intro screen: what the quiz is, how long it takes, that it is private.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub lang: Lang,
    /// How many roles the catalogue compares.
    pub role_count: usize,
}

/// The first screen a visitor sees.
#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let t = ui(props.lang);
    html! {
        <section class="cq-intro" aria-labelledby="cq-title">
            <h1 id="cq-title" tabindex="-1">{ t.title }</h1>
            <p class="cq-lead">{ t.lead }</p>
            <ul class="cq-facts">
                <li>{ t.duration }</li>
                <li>{ t.roles_covered.replace("{n}", &props.role_count.to_string()) }</li>
                <li>{ t.privacy }</li>
            </ul>
        </section>
    }
}
