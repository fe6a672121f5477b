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
/// The menu always shows the language on screen: a choice whose texts
/// must be loaded first shows once they are there (and not at all if they
/// cannot be, which the widget says in a notice).
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let select = use_node_ref();
    let onchange = {
        let (cb, shown) = (props.onchange.clone(), props.lang);
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let chosen = Lang::from_tag(&select.value());
            select.set_value(shown.code());
            if let Some(lang) = chosen {
                cb.emit(lang);
            }
        })
    };
    {
        let select = select.clone();
        use_effect_with(props.lang, move |lang| {
            if let Some(s) = select.cast::<web_sys::HtmlSelectElement>() {
                s.set_value(lang.code());
            }
        });
    }
    html! {
        <label class="cq-lang">
            <span>{ ui(props.lang).language }</span>
            <select {onchange} data-testid="lang" ref={select}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == props.lang}>{ l.native_name() }</option>
                }) }
            </select>
        </label>
    }
}
