//! The quiz's state machine: which screen shows, in which language, with
//! which answers, and what the visitor should be told. Pure: the root
//! component wraps it in `use_reducer`, and effects (storage, the URL, host
//! events) react to it from outside. Also the format of saved progress.

use std::rc::Rc;

use yew::Reducible;

use crate::core::answers::{Answer, Answers};
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::questions::{Kind, COUNT, QUESTIONS};

/// Which screen the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The question at this index of [`QUESTIONS`].
    Question(usize),
    Results,
}

/// Something the visitor should be told once, shown above the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saved answers could not be read and were discarded.
    StoredUnreadable,
    /// A shared link's answers could not be read.
    LinkUnreadable,
    /// Answers from a shared link are showing.
    FromLink,
    /// Saved progress was restored.
    Resumed,
    /// The visitor's saved answers were deleted.
    Forgotten,
}

/// Everything the widget shows is a function of this.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    pub notice: Option<Notice>,
    /// Whether these answers are the visitor's own and may be saved. Answers
    /// from someone else's shared link are not, until the visitor changes
    /// one: opening a link never overwrites the visitor's saved progress.
    pub own: bool,
}

impl QuizState {
    pub fn new(lang: Lang) -> Self {
        QuizState { lang, screen: Screen::Intro, answers: Answers::new(), notice: None, own: true }
    }
}

/// What the visitor (or the host page) can do.
// `Restore` carries a whole answer set by value; actions are short-lived and
// dispatched a few times a minute, so boxing it would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// From the intro to the first question (or the first unanswered one).
    Start,
    /// Sets (or with `None` clears) the answer to question `index`.
    Answer(usize, Option<Answer>),
    /// To the next question, or to the results after the last.
    Next,
    /// Clears the current question's answer and moves on.
    Skip,
    /// To the previous question, or the intro from the first.
    Back,
    /// Straight to question `index` (editing from the results).
    GoTo(usize),
    ShowResults,
    /// Clears the answers and returns to the intro.
    Restart,
    /// Like `Restart`, and says the saved answers were deleted.
    Forget,
    /// Replaces answers and screen (resume, shared link) with a notice.
    Restore {
        answers: Answers,
        screen: Screen,
        notice: Notice,
    },
    /// Shows a notice (e.g. a link that could not be read).
    Notify(Notice),
    DismissNotice,
}

impl QuizState {
    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> QuizState {
        let mut next = self.clone();
        // A notice belongs to the screen it was shown on.
        let moves = !matches!(action, Action::SetLang(_) | Action::Answer(..) | Action::Notify(_));
        if moves {
            next.notice = None;
        }
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Start => {
                let first_open = (0..COUNT).find(|&i| self.answers.at(i).is_none()).unwrap_or(0);
                next.screen = Screen::Question(first_open);
            }
            Action::Answer(i, a) => {
                next.own = true;
                // Invalid answers are refused by `Answers`; the state is unchanged.
                let _ = next.answers.set_at(i, a);
            }
            Action::Next => {
                // Moving on from a checkbox question with nothing ticked means
                // "none of these", which is an answer; Skip leaves it open.
                if let Screen::Question(i) = self.screen {
                    if matches!(QUESTIONS[i].kind, Kind::Multi(_)) && self.answers.at(i).is_none() {
                        let _ = next.answers.set_at(i, Some(Answer::Multi(0)));
                    }
                }
                next.screen = self.step(1);
            }
            Action::Skip => {
                if let Screen::Question(i) = self.screen {
                    let _ = next.answers.set_at(i, None);
                }
                next.screen = self.step(1);
            }
            Action::Back => next.screen = self.step(-1),
            Action::GoTo(i) => next.screen = Screen::Question(i.min(COUNT - 1)),
            Action::ShowResults => next.screen = Screen::Results,
            Action::Restart => {
                next.own = true;
                next.answers = Answers::new();
                next.screen = Screen::Intro;
            }
            Action::Forget => {
                next.own = true;
                next.answers = Answers::new();
                next.screen = Screen::Intro;
                next.notice = Some(Notice::Forgotten);
            }
            Action::Restore { answers, screen, notice } => {
                next.own = notice != Notice::FromLink;
                next.answers = answers;
                next.screen = screen;
                next.notice = Some(notice);
            }
            Action::Notify(n) => next.notice = Some(n),
            Action::DismissNotice => {}
        }
        next
    }

    fn step(&self, delta: isize) -> Screen {
        match self.screen {
            Screen::Question(i) => {
                let j = i as isize + delta;
                if j < 0 {
                    Screen::Intro
                } else if j as usize >= COUNT {
                    Screen::Results
                } else {
                    Screen::Question(j as usize)
                }
            }
            other => other,
        }
    }

    /// The question showing, if any.
    pub fn question_index(&self) -> Option<usize> {
        match self.screen {
            Screen::Question(i) => Some(i),
            _ => None,
        }
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

/// Progress as kept in localStorage: `1|<answer code>|<where>` with where
/// `i` (intro), `r` (results) or a question number.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub answers: Answers,
    pub screen: Screen,
}

/// The storage format's version prefix.
const SAVED_VERSION: &str = "1";

impl Saved {
    /// The stored form.
    pub fn encode(answers: &Answers, screen: Screen) -> String {
        let at = match screen {
            Screen::Intro => "i".to_string(),
            Screen::Results => "r".to_string(),
            Screen::Question(i) => i.to_string(),
        };
        format!("{SAVED_VERSION}|{}|{at}", codec::encode(answers))
    }

    /// Reads a stored value; `Err` with a reason for anything else.
    pub fn decode(s: &str) -> Result<Saved, String> {
        let mut parts = s.splitn(3, '|');
        let (Some(version), Some(code), Some(at)) = (parts.next(), parts.next(), parts.next()) else {
            return Err("not in the `version|code|position` form".into());
        };
        if version != SAVED_VERSION {
            return Err(format!("unknown version `{version}`"));
        }
        let answers = codec::decode(code).map_err(|e| e.to_string())?;
        let screen = match at {
            "i" => Screen::Intro,
            "r" => Screen::Results,
            n => match n.parse::<usize>() {
                Ok(i) if i < QUESTIONS.len() => Screen::Question(i),
                _ => return Err(format!("unknown position `{n}`")),
            },
        };
        Ok(Saved { answers, screen })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(screen: Screen) -> QuizState {
        QuizState { screen, ..QuizState::new(Lang::En) }
    }

    fn check(from: Screen, action: Action, to: Screen) {
        assert_eq!(at(from).apply(action.clone()).screen, to, "{from:?} --{action:?}-->");
    }

    #[test]
    fn navigation() {
        check(Screen::Intro, Action::Start, Screen::Question(0));
        check(Screen::Question(0), Action::Next, Screen::Question(1));
        check(Screen::Question(0), Action::Back, Screen::Intro);
        check(Screen::Question(COUNT - 1), Action::Next, Screen::Results);
        check(Screen::Question(3), Action::Skip, Screen::Question(4));
        check(Screen::Results, Action::GoTo(5), Screen::Question(5));
        check(Screen::Results, Action::GoTo(999), Screen::Question(COUNT - 1));
        check(Screen::Results, Action::Restart, Screen::Intro);
        check(Screen::Question(2), Action::ShowResults, Screen::Results);
    }

    #[test]
    fn start_resumes_at_the_first_unanswered_question() {
        let mut s = QuizState::new(Lang::En);
        s = s.apply(Action::Answer(0, Some(Answer::Choice(1))));
        s = s.apply(Action::Answer(1, Some(Answer::Choice(2))));
        assert_eq!(s.apply(Action::Start).screen, Screen::Question(2));
    }

    #[test]
    fn switching_language_keeps_answers_and_screen() {
        let s = at(Screen::Question(1)).apply(Action::Answer(0, Some(Answer::Choice(3))));
        let t = s.apply(Action::SetLang(Lang::Et));
        assert_eq!((t.lang, t.screen, t.answers), (Lang::Et, Screen::Question(1), s.answers));
    }

    #[test]
    fn skip_clears_the_answer_and_invalid_answers_are_refused() {
        let s = at(Screen::Question(0)).apply(Action::Answer(0, Some(Answer::Choice(4))));
        assert_eq!(s.answers.at(0), Some(Answer::Choice(4)));
        assert_eq!(s.apply(Action::Skip).answers.at(0), None);
        let bad = s.apply(Action::Answer(0, Some(Answer::Choice(200))));
        assert_eq!(bad.answers.at(0), Some(Answer::Choice(4)));
    }

    #[test]
    fn next_on_an_unticked_checkbox_question_answers_none() {
        let multi = QUESTIONS.iter().position(|q| matches!(q.kind, Kind::Multi(_))).unwrap();
        let s = at(Screen::Question(multi));
        assert_eq!(s.apply(Action::Next).answers.at(multi), Some(Answer::Multi(0)));
        assert_eq!(s.apply(Action::Skip).answers.at(multi), None);
        let single = QUESTIONS.iter().position(|q| matches!(q.kind, Kind::Choice(_))).unwrap();
        assert_eq!(at(Screen::Question(single)).apply(Action::Next).answers.at(single), None);
    }

    #[test]
    fn answers_from_a_link_become_the_visitors_own_only_when_changed() {
        let shared = Answers::new().with(QUESTIONS[0].id, Answer::Choice(2)).unwrap();
        let s = QuizState::new(Lang::En).apply(Action::Restore {
            answers: shared,
            screen: Screen::Results,
            notice: Notice::FromLink,
        });
        assert!(!s.own, "a shared link is not saved over the visitor's progress");
        assert!(!s.apply(Action::GoTo(3)).own, "looking at the answers changes nothing");
        assert!(s.apply(Action::Answer(1, Some(Answer::Choice(0)))).own);
        assert!(s.apply(Action::Restart).own);
        let resumed = QuizState::new(Lang::En).apply(Action::Restore {
            answers: shared,
            screen: Screen::Results,
            notice: Notice::Resumed,
        });
        assert!(resumed.own);
    }

    #[test]
    fn forget_clears_everything_and_says_so() {
        let s = at(Screen::Results).apply(Action::Answer(0, Some(Answer::Choice(1)))).apply(Action::Forget);
        assert_eq!((s.screen, s.answers.answered(), s.notice), (Screen::Intro, 0, Some(Notice::Forgotten)));
    }

    #[test]
    fn notices_clear_when_the_visitor_moves_on() {
        let s = at(Screen::Intro).apply(Action::Notify(Notice::LinkUnreadable));
        assert_eq!(s.notice, Some(Notice::LinkUnreadable));
        assert_eq!(s.apply(Action::SetLang(Lang::De)).notice, Some(Notice::LinkUnreadable));
        assert_eq!(s.apply(Action::Start).notice, None);
    }

    #[test]
    fn saved_progress_round_trips() {
        let answers = Answers::new().with(QUESTIONS[0].id, Answer::Choice(2)).unwrap();
        for screen in [Screen::Intro, Screen::Question(7), Screen::Results] {
            let s = Saved::encode(&answers, screen);
            assert_eq!(Saved::decode(&s), Ok(Saved { answers, screen }), "{s}");
        }
    }

    #[test]
    fn unreadable_saved_progress_is_an_error_not_a_panic() {
        for bad in ["", "garbage", "2|A|i", "1|!!!|i", "1|A|", "1|A|999", "1|A|-1", "|||", "1||r"] {
            assert!(Saved::decode(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
