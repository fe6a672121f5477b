//! The quiz's state machine: which screen is showing, in which language.
//! Pure: the root component wraps it in `use_reducer`, and effects (storage,
//! URL, host events) react to it from the outside.

use std::rc::Rc;

use yew::Reducible;

use crate::core::lang::Lang;

/// Which screen the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
}

/// Everything the widget shows is a function of this.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub lang: Lang,
    pub screen: Screen,
}

impl QuizState {
    pub fn new(lang: Lang) -> Self {
        QuizState { lang, screen: Screen::Intro }
    }
}

/// What the visitor (or the host page) can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
}

impl QuizState {
    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> QuizState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
        }
        next
    }
}

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_language_keeps_the_screen() {
        let s = QuizState::new(Lang::En).apply(Action::SetLang(Lang::Et));
        assert_eq!(s.lang, Lang::Et);
        assert_eq!(s.screen, Screen::Intro);
    }
}
