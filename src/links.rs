//! The embedder's call-to-action links, one per role: a UI-level type the
//! options parser fills in and the role cards read (through context).

use std::collections::BTreeMap;

/// A call-to-action link on one role's results card.
#[derive(Clone, Debug, PartialEq)]
pub struct Cta {
    /// An `http:`, `https:` or `mailto:` address.
    pub url: String,
    /// The button's text; `None` uses the translated default.
    pub label: Option<String>,
}

/// Role id → its call-to-action link.
pub type RoleLinks = BTreeMap<String, Cta>;

/// The embedder's per-role links, provided as context by the root.
pub type LinksContext = crate::shared::Shared<RoleLinks>;
