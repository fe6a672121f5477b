//! The pay region menu: which country's pay the visitor's expectation is
//! set against. Shown on the pay question and above the results; a change
//! keeps every answer and re-scores.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::core::region::Region;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct RegionSelectProps {
    pub lang: Lang,
    pub region: Region,
    /// Makes the `<select>`'s id unique on the page.
    pub id: AttrValue,
    /// Called with the chosen region.
    pub onchange: Callback<Region>,
}

/// A labelled `<select>` of the pay regions, each with its currency.
#[component]
pub fn RegionSelect(props: &RegionSelectProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(r) = Region::parse(&select.value()) {
                cb.emit(r);
            }
        })
    };
    let lang = props.lang;
    html! {
        <div class="cq-field cq-region">
            <label for={props.id.clone()}>{ ui(lang).pay_region }</label>
            <select id={props.id.clone()} {onchange} data-testid="region">
                { for Region::ALL.iter().map(|r| html! {
                    <option value={r.key()} selected={*r == props.region}>
                        { format!("{} ({})", r.name(lang), r.currency().code()) }
                    </option>
                }) }
            </select>
        </div>
    }
}
