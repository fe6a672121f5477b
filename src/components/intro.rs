//! The intro screen: what the quiz is, how long it takes, that it is private.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub lang: Lang,
    /// How many roles the catalogue compares.
    pub role_count: usize,
    /// Whether answers exist already (the button then says "Continue").
    pub resuming: bool,
    /// Whether "Forget my answers" is offered: answers exist, or storage
    /// holds some this version cannot read.
    pub can_forget: bool,
    pub onstart: Callback<()>,
    /// Deletes saved answers.
    pub onforget: Callback<()>,
}

/// The first screen a visitor sees.
#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let t = ui(props.lang);
    html! {
        <section class="cq-intro">
            <h2 class="cq-title" tabindex="-1" data-autofocus="">{ t.title }</h2>
            <p class="cq-lead">{ t.lead }</p>
            <ul class="cq-facts">
                <li>{ t.duration }</li>
                <li>{ t.roles_covered.replace("{n}", &props.role_count.to_string()) }</li>
                <li>{ t.privacy }</li>
            </ul>
            <p class="cq-muted">{ t.optional_hint }</p>
            <button type="button" class="cq-btn big" data-testid="start" onclick={props.onstart.reform(|_: MouseEvent| ())}>
                { if props.resuming { t.resume } else { t.start } }
            </button>
            if props.can_forget {
                <button type="button" class="cq-btn link danger" data-testid="forget"
                        onclick={props.onforget.reform(|_: MouseEvent| ())}>{ t.forget }</button>
            }
        </section>
    }
}
