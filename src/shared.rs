//! [`Shared`]: an `Rc` that compares by identity, for component properties
//! and hook dependencies that hold something large (the catalogue), and
//! [`Roles`], the roles a widget is given.

use std::ops::Deref;
use std::rc::Rc;

use crate::core::catalogue::{Catalogue, Selection, BUILTIN_ROLE_IDS};

/// An `Rc` compared by identity rather than by value. Yew compares every
/// property of a component each time its parent renders, and every hook
/// dependency; holding the catalogue as a plain `Rc` walked all of it each
/// time (several milliseconds for a results screen in the wasm). Whatever
/// produces a changed catalogue makes a new `Rc` (`hooks::use_translated`),
/// so identity is the right equality here.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

impl<T> yew::html::ImplicitClone for Shared<T> {}

/// The roles a widget matches the visitor against.
#[derive(Clone, Debug, PartialEq)]
pub enum Roles {
    /// The built-in ones, with what the embedder keeps of them. The wasm
    /// does not carry them: they are loaded when the quiz starts
    /// (`i18n/roles.json`, `hooks::use_translated`); until then the widget
    /// knows their ids (`BUILTIN_ROLE_IDS`).
    Builtin(Rc<Selection>),
    /// These, read already: an embedder's own (or merged with the built-in
    /// ones), or the built-in ones read natively (tests, prerendering).
    Given(Shared<Catalogue>),
}

impl Roles {
    /// Every built-in role.
    pub fn builtin() -> Roles {
        Roles::Builtin(Rc::new(Selection::default()))
    }

    /// The ids of the roles, in the order they are listed.
    pub fn ids(&self) -> Vec<&str> {
        match self {
            Roles::Builtin(sel) => match &sel.show {
                Some(ids) => ids.iter().map(String::as_str).collect(),
                None => BUILTIN_ROLE_IDS.to_vec(),
            },
            Roles::Given(cat) => cat.roles.iter().map(|r| r.id.as_str()).collect(),
        }
    }
}

impl yew::html::ImplicitClone for Roles {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself() {
        let a = Shared::new(vec![1, 2]);
        let b = Shared::new(vec![1, 2]);
        assert_eq!(a, a.clone());
        assert_ne!(a, b, "the same value in another Rc is another value here");
        assert_eq!(*a, *b);
    }

    #[test]
    fn the_ids_of_roles_not_loaded_yet_are_the_index_s_or_the_selection_s() {
        assert_eq!(Roles::builtin().ids(), BUILTIN_ROLE_IDS);
        let show = vec![BUILTIN_ROLE_IDS[2].to_string(), BUILTIN_ROLE_IDS[0].to_string()];
        let sel = Roles::Builtin(Rc::new(Selection { show: Some(show), currency: None }));
        assert_eq!(sel.ids(), [BUILTIN_ROLE_IDS[2], BUILTIN_ROLE_IDS[0]]);
        let cat = Catalogue::builtin().unwrap();
        assert_eq!(Roles::Given(Shared::new(cat)).ids(), BUILTIN_ROLE_IDS);
    }
}
