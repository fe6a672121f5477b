//! The career quiz's pure core: role data, questions, answers, scoring, pay
//! maths, sentences and the answer codec. A crate of its own with no
//! browser dependency (no yew, web-sys, js-sys, gloo or wasm-bindgen), so
//! purity is a compile error rather than a convention; it is tested
//! natively with `cargo test -p career-quiz-core`.

pub mod amount;
pub mod answers;
pub mod catalogue;
pub mod codec;
pub mod explain;
pub mod json;
pub mod lang;
pub mod pay;
pub mod problem;
pub mod questions;
pub mod region;
pub mod scoring;
pub mod sort;
pub mod style;
pub mod tuning;

#[cfg(test)]
mod testkit;
