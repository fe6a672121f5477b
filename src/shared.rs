//! [`Shared`]: an `Rc` that compares by identity, for component properties
//! and hook dependencies that hold something large (the catalogue).

use std::ops::Deref;
use std::rc::Rc;

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
}
