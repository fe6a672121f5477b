//! Career-fit quiz widget: a pure core ([`core`]) that matches a visitor's
//! answers against cited role requirements, and a Yew layer that shows it.
//! See ARCHITECTURE.md for the map.

pub mod app;
pub mod components;
pub mod core;
pub mod embed;
pub mod host;
pub mod i18n;
pub mod state;
