//! The embedder's call-to-action link on a role's card ("Apply for this
//! job"), from the [`LinksContext`] the root provides. Addresses were
//! checked to be http(s): or mailto: when the options were read.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::ui;
use crate::links::LinksContext;

#[derive(Properties, PartialEq)]
pub struct RoleCtaProps {
    pub lang: Lang,
    pub role: AttrValue,
}

/// The embedder's link for one role, as a button-styled link; nothing when
/// the embedder gave none. Addresses were checked to be http(s): or mailto:.
#[component]
pub fn RoleCta(props: &RoleCtaProps) -> Html {
    let links = use_context::<LinksContext>();
    let Some(cta) = links.as_ref().and_then(|l| l.get(props.role.as_str())) else { return html! {} };
    let label = cta.label.clone().unwrap_or_else(|| ui(props.lang).apply.to_string());
    html! {
        <p class="cq-cta-row">
            <a class="cq-btn cq-cta" href={cta.url.clone()} target="_blank" rel="noopener noreferrer" data-testid="cta">{ label }</a>
        </p>
    }
}
