//! Career-fit quiz widget: the Yew layer over the pure core
//! (`career-quiz-core`, re-exported as [`core`]). See ARCHITECTURE.md for
//! the map.

pub use career_quiz_core as core;

pub mod app;
pub mod components;
/// The embedding API; the hosted page's wasm is built without it
/// (`--no-default-features`, see Cargo.toml).
#[cfg(feature = "embed")]
pub mod embed;
pub mod hooks;
pub mod host;
pub mod i18n;
pub mod links;
pub mod persist;
pub mod shared;
pub mod start;
pub mod state;
