//! Career-fit quiz widget: a pure core ([`core`]) that matches a visitor's
//! answers against cited role requirements, and a Yew layer that shows it.

pub mod core;
