//! One thing wrong with input the widget was given (a role catalogue, an
//! embedder's options): where it is, and what is wrong. Catalogue
//! validation and option parsing both report these, so a page developer
//! reads one kind of message.

use std::fmt;

/// One problem: where (`roles[receptionist].traits.calm.cite`, `theme.accent`)
/// and what is wrong and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as the author wrote it: a path into the catalogue or an option name.
    pub at: String,
    /// What is wrong and what was expected.
    pub what: String,
}

impl Problem {
    pub fn new(at: impl Into<String>, what: impl Into<String>) -> Problem {
        Problem { at: at.into(), what: what.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.what)
    }
}

impl std::error::Error for Problem {}
