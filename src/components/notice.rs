//! A one-off message above the current screen (a link that could not be
//! read, resumed progress, ...), announced politely and dismissable.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::i18n::ui;
use crate::state::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub lang: Lang,
    pub notice: Notice,
    pub ondismiss: Callback<()>,
}

/// The message for a [`Notice`].
#[component]
pub fn NoticeBar(props: &NoticeProps) -> Html {
    let t = ui(props.lang);
    let (text, warn) = match props.notice {
        Notice::StoredUnreadable => (t.notice_stored, true),
        Notice::LinkUnreadable => (t.notice_link, true),
        Notice::FromLink => (t.notice_from_link, false),
        Notice::Resumed => (t.notice_resumed, false),
        Notice::Forgotten => (t.notice_forgotten, false),
    };
    html! {
        <div class={classes!("cq-notice", warn.then_some("warn"))} data-testid="notice">
            <p>{ text }</p>
            <button type="button" class="cq-btn link" onclick={props.ondismiss.reform(|_: MouseEvent| ())}>{ t.dismiss }</button>
        </div>
    }
}
