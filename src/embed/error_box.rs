//! The message shown instead of the quiz when the embedder's options cannot
//! be used: which option, and what was expected. Configuration text is
//! always rendered as text.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::problem::Problem;

#[derive(Properties, PartialEq)]
pub struct ConfigErrorsProps {
    pub errors: Rc<Vec<Problem>>,
}

/// Shown instead of the quiz when the embedder's options cannot be used:
/// which option, and what was expected. Meant for the page's developer, so
/// in English.
#[component]
pub fn ConfigErrors(props: &ConfigErrorsProps) -> Html {
    html! {
        <div class="cq cq-config-error" role="alert" data-testid="config-error">
            <h2>{ "The career quiz could not start" }</h2>
            <p>{ "The page's settings for this quiz have a problem:" }</p>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li><code>{ e.at.clone() }</code>{ ": " }<span class="cq-config-msg">{ e.what.clone() }</span></li>
                }) }
            </ul>
        </div>
    }
}
