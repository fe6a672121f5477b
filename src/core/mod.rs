//! The pure core: role data, questions, scoring, pay maths and the answer
//! codec. Nothing in here touches the DOM or imports yew, web-sys, gloo or
//! wasm-bindgen; it is tested natively with `cargo test`.

pub mod catalogue;
pub mod lang;
pub mod codec;
pub mod explain;
pub mod pay;
pub mod questions;
pub mod scoring;
pub mod sort;

#[cfg(test)]
mod testkit;
