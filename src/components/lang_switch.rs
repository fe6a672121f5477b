//! The language switcher: a labelled `<select>` with each language's own name.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    /// Called with the chosen language.
    pub onchange: Callback<Lang>,
}

/// Lets the visitor switch language at any time without losing answers.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                cb.emit(lang);
            }
        })
    };
    html! {
        <label class="cq-lang">
            <span>{ ui(props.lang).language }</span>
            <select {onchange} data-testid="lang">
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == props.lang}>{ l.native_name() }</option>
                }) }
            </select>
        </label>
    }
}
