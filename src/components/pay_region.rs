//! The embedder's label for where the pay figures come from, shown under
//! the results.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct PayRegionProps {
    pub lang: Lang,
    pub label: AttrValue,
}

/// The embedder's label for where the pay figures come from.
#[component]
pub fn PayRegion(props: &PayRegionProps) -> Html {
    let prefix = ui(props.lang).pay_region;
    html! { <p class="cq-muted cq-region" data-testid="pay-region">{ format!("{prefix}: ") }{ props.label.clone() }</p> }
}
