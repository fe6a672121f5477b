//! The widget's components: functions of props that map state to HTML and
//! DOM events to callbacks carrying domain values. One per file.

pub mod cite;
pub mod intro;
pub mod lang_switch;
pub mod notice;
pub mod pay_chart;
pub mod question;
pub mod region_select;
pub mod results;
pub mod role_card;
pub mod role_cta;
