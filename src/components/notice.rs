//! A one-off message above the current screen (a link that could not be
//! read, resumed progress, a save that failed, ...), announced politely and
//! dismissable; dismissing it puts focus on the screen's heading
//! (`hooks::use_focus_on_screen`).

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
        Notice::StoredNewer => (t.notice_newer, true),
        Notice::LinkUnreadable => (t.notice_link, true),
        Notice::FromLink => (t.notice_from_link, false),
        Notice::Resumed => (t.notice_resumed, false),
        Notice::Forgotten => (t.notice_forgotten, false),
        Notice::ForgetFailed => (t.notice_forget_failed, true),
        Notice::SaveFailed => (t.notice_save_failed, true),
        Notice::OtherTab => (t.notice_other_tab, false),
        Notice::OtherTabConflict => (t.notice_other_tab_conflict, true),
        Notice::LangFailed => (t.notice_lang_failed, true),
    };
    html! {
        <div class={classes!("cq-notice", warn.then_some("warn"))} data-testid="notice">
            <p>{ text }</p>
            <button type="button" class="cq-btn link" onclick={props.ondismiss.reform(|_: MouseEvent| ())}>{ t.dismiss }</button>
        </div>
    }
}
