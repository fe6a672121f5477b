//! The widget's components: functions of props and context that map state
//! to HTML and DOM events to [`crate::state::Action`]s.

pub mod intro;
pub mod lang_switch;
