//! The quiz's state machine: which screen shows, in which language, with
//! which answers, what the visitor should be told, and where the widget
//! stands with the visitor's saved progress ([`Phase`], [`Stored`]). Pure:
//! the root component wraps it in `use_reducer`, and effects (storage, the
//! URL, host events) react to it from outside; what storage should receive
//! is decided by [`crate::persist::storage_op`]. Also the format of saved
//! progress ([`Saved`]).

use std::rc::Rc;

use yew::Reducible;

use crate::core::answers::{Answer, Answers};
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::questions::{Kind, COUNT, QUESTIONS};
use crate::core::region::Region;

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
    /// Saved answers could not be read; they are kept until new answers replace them.
    StoredUnreadable,
    /// Saved answers were written by a newer version; they are kept, and
    /// nothing is saved over them.
    StoredNewer,
    /// A shared link's answers could not be read.
    LinkUnreadable,
    /// Answers from a shared link are showing.
    FromLink,
    /// Saved progress was restored.
    Resumed,
    /// The visitor's saved answers were deleted.
    Forgotten,
    /// The visitor asked to forget, but storage refused to delete.
    ForgetFailed,
    /// Storage refused the latest change (full, blocked or throwing).
    SaveFailed,
    /// Another tab saved newer progress, and this tab now shows it.
    OtherTab,
    /// Another tab saved progress while this tab had a change it could not
    /// save; this tab keeps its answers, and its next change replaces the other's.
    OtherTabConflict,
    /// The language the visitor chose could not be loaded; the widget stays in its language.
    LangFailed,
}

/// Where the widget stands with the visitor's saved progress. Only
/// `Changed` and `Forgetting` ever lead to a write (see
/// [`crate::persist::storage_op`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before [`Action::Load`]: nothing has been read, so nothing is written.
    Loading,
    /// The visitor's own answers, with nothing to write: as loaded, as
    /// adopted from another tab, just saved, or after a write that failed
    /// (the next change tries again).
    Clean,
    /// The visitor changed their own answers or moved on since the last write.
    Changed,
    /// Someone else's answers from a shared link. The visitor's own progress
    /// stays in storage untouched until they change one of these answers.
    Shared,
    /// The visitor asked to forget their saved answers.
    Forgetting,
}

/// What storage holds under the widget's key, as this widget last read or
/// wrote it (the baseline the policy compares with).
// One per widget, replaced a few times a minute: the unboxed answer set in
// `Progress` costs nothing worth an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// The widget keeps nothing (no storage key).
    Off,
    /// Storage cannot be used: blocked by the browser, or it threw.
    Unavailable,
    /// Nothing under the key.
    Empty,
    /// Progress this version reads; `raw` is the stored text.
    Progress { raw: String, saved: Saved },
    /// A value a newer version of the widget wrote (`2|...`): kept, never
    /// overwritten or deleted unless the visitor asks to forget.
    Newer(String),
    /// Anything else.
    Corrupt(String),
}

impl Stored {
    /// Classifies the value read from storage (`None`: nothing stored).
    pub fn read(value: Option<&str>) -> Stored {
        let Some(raw) = value else { return Stored::Empty };
        match Saved::decode(raw) {
            Ok(saved) => Stored::Progress { raw: raw.to_string(), saved },
            Err(_) if Saved::is_newer(raw) => Stored::Newer(raw.to_string()),
            Err(_) => Stored::Corrupt(raw.to_string()),
        }
    }

    /// The visitor's readable saved progress, if any.
    pub fn progress(&self) -> Option<&Saved> {
        match self {
            Stored::Progress { saved, .. } => Some(saved),
            _ => None,
        }
    }

    /// Whether there is something the visitor could ask to forget.
    pub fn holds_something(&self) -> bool {
        matches!(self, Stored::Progress { .. } | Stored::Newer(_) | Stored::Corrupt(_))
    }
}

/// A `#cq=` share link as found in the address.
// Read once per link and handed straight to the reducer, like `Action`.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    Answers(Answers),
    /// The code is incomplete, changed or not a code at all.
    Unreadable,
}

/// What became of the storage op the policy asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Storage now holds this value.
    Saved(String),
    /// The key was removed.
    Removed,
    /// Storage refused (full, blocked or throwing); it holds what it held.
    Failed,
}

/// The visitor's latest answer, for the host's `answer` event. `seq`
/// counts answers, so the same answer given twice is two events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerChange {
    pub seq: u32,
    pub index: usize,
    pub answer: Option<Answer>,
}

/// Everything the widget shows is a function of this.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    pub notice: Option<Notice>,
    /// Where the widget stands with the visitor's saved progress.
    pub phase: Phase,
    /// What storage holds, as last read or written by this widget.
    pub stored: Stored,
    /// The latest write or delete failed (the visitor was told once).
    pub write_failed: bool,
    /// The visitor's latest answer (not answers restored or adopted).
    pub last_answer: Option<AnswerChange>,
}

impl QuizState {
    pub fn new(lang: Lang) -> Self {
        QuizState {
            lang,
            screen: Screen::Intro,
            answers: Answers::new(),
            notice: None,
            phase: Phase::Loading,
            stored: Stored::Empty,
            write_failed: false,
            last_answer: None,
        }
    }

    /// Whether the intro offers "Forget my answers": answers show, or
    /// storage holds something (even unreadable) the visitor may want gone.
    pub fn can_forget(&self) -> bool {
        self.answers.answered() > 0 || self.stored.holds_something()
    }
}

/// What the visitor (or the host page, or storage) can do.
// `Load` carries whole answer sets by value; actions are short-lived and
// dispatched a few times a minute, so boxing them would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Shows the widget in `lang` (its texts are loaded: `core::lang::ready`).
    SetLang(Lang),
    /// The texts of the language the visitor chose could not be loaded.
    LangFailed,
    /// The visitor chose whose pay to compare with; kept with the answers.
    SetRegion(Region),
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
    /// Back to the intro. Clears the visitor's own answers; on someone
    /// else's shared results, returns to the visitor's own saved progress.
    Restart,
    /// Clears the answers and deletes the saved ones; the notice follows
    /// the outcome ([`Notice::Forgotten`] or [`Notice::ForgetFailed`]).
    Forget,
    /// The first restore, once per mount: what storage held and the share
    /// link in the address, if any. A link wins over saved progress but
    /// never replaces it.
    Load {
        stored: Stored,
        link: Option<Link>,
    },
    /// A share link pasted into the open page (the fragment changed).
    OpenLink(Link),
    /// The outcome of the storage op the policy asked for.
    Synced(Outcome),
    /// Another tab changed what storage holds under this widget's key.
    StorageChanged(Stored),
    DismissNotice,
}

impl Action {
    /// Whether the action moves the visitor on, which retires the notice (a
    /// notice belongs to the screen it was shown on).
    fn moves_on(&self) -> bool {
        !matches!(
            self,
            Action::SetLang(_)
                | Action::LangFailed
                | Action::SetRegion(_)
                | Action::Answer(..)
                | Action::Load { .. }
                | Action::OpenLink(_)
                | Action::Synced(_)
                | Action::StorageChanged(_)
        )
    }
}

impl QuizState {
    /// The state after `action`; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> QuizState {
        let mut next = self.clone();
        if action.moves_on() {
            next.notice = None;
        }
        match action {
            Action::SetLang(lang) => {
                next.lang = lang;
                // A language is there now: the failure of an earlier one is history.
                if next.notice == Some(Notice::LangFailed) {
                    next.notice = None;
                }
            }
            Action::LangFailed => next.notice = Some(Notice::LangFailed),
            Action::SetRegion(region) => next.answers.region = Some(region),
            // Only from the intro: a Start pressed on the prerendered page
            // arrives after saved progress may have opened another screen.
            Action::Start if self.screen != Screen::Intro => {}
            Action::Start => {
                let first_open = (0..COUNT).find(|&i| self.answers.at(i).is_none()).unwrap_or(0);
                next.screen = Screen::Question(first_open);
            }
            Action::Answer(i, a) => {
                // Invalid answers are refused by `Answers`; the state is unchanged.
                if next.answers.set_at(i, a).is_ok() && next.answers != self.answers {
                    let seq = self.last_answer.map_or(1, |c| c.seq.wrapping_add(1));
                    next.last_answer = Some(AnswerChange { seq, index: i, answer: a });
                }
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
            Action::Restart if self.phase == Phase::Shared => {
                // Someone else's answers were showing: back to the visitor's
                // own, exactly as saved, and storage is not touched.
                next.answers = self.stored.progress().map(|s| s.answers).unwrap_or_default();
                next.screen = Screen::Intro;
                next.phase = Phase::Clean;
                return next;
            }
            Action::Restart => {
                next.answers = Answers::new();
                next.screen = Screen::Intro;
            }
            Action::Forget => {
                next.answers = Answers::new();
                next.screen = Screen::Intro;
                if self.stored == Stored::Off {
                    // Nothing was ever stored: forgetting is done.
                    next.notice = Some(Notice::Forgotten);
                    next.phase = Phase::Clean;
                } else {
                    next.phase = Phase::Forgetting;
                }
                return next;
            }
            Action::Load { stored, link } => return self.load(stored, link),
            Action::OpenLink(Link::Answers(answers)) => {
                next.answers = answers;
                next.screen = Screen::Results;
                next.notice = Some(Notice::FromLink);
                next.phase = Phase::Shared;
                return next;
            }
            Action::OpenLink(Link::Unreadable) => {
                next.notice = Some(Notice::LinkUnreadable);
                return next;
            }
            Action::Synced(outcome) => return self.synced(outcome),
            Action::StorageChanged(stored) => return self.storage_changed(stored),
            Action::DismissNotice => {}
        }
        // The visitor's own change: storage should follow. On someone else's
        // answers only a changed answer counts; looking around does not.
        let answered = next.answers != self.answers;
        let moved = next.screen != self.screen;
        next.phase = match self.phase {
            Phase::Shared if answered => Phase::Changed,
            Phase::Clean | Phase::Changed if answered || moved => Phase::Changed,
            p => p,
        };
        next
    }

    /// [`Action::Load`].
    fn load(&self, stored: Stored, link: Option<Link>) -> QuizState {
        let mut next = QuizState { phase: Phase::Clean, stored, ..self.clone() };
        let own = next.stored.progress().cloned();
        match link {
            Some(Link::Answers(answers)) => {
                next.answers = answers;
                next.screen = Screen::Results;
                next.notice = Some(Notice::FromLink);
                next.phase = Phase::Shared;
            }
            Some(Link::Unreadable) => {
                // The visitor's own answers wait behind "Continue the quiz".
                if let Some(own) = own {
                    next.answers = own.answers;
                }
                next.notice = Some(Notice::LinkUnreadable);
            }
            None => match (&next.stored, own) {
                (_, Some(own)) if own.answers.answered() > 0 || own.screen != Screen::Intro => {
                    next.answers = own.answers;
                    next.screen = own.screen;
                    next.notice = Some(Notice::Resumed);
                }
                (Stored::Corrupt(_), _) => next.notice = Some(Notice::StoredUnreadable),
                (Stored::Newer(_), _) => next.notice = Some(Notice::StoredNewer),
                _ => {}
            },
        }
        next
    }

    /// [`Action::Synced`].
    fn synced(&self, outcome: Outcome) -> QuizState {
        let mut next = self.clone();
        let forgetting = self.phase == Phase::Forgetting;
        if matches!(self.phase, Phase::Changed | Phase::Forgetting) {
            next.phase = Phase::Clean;
        }
        match outcome {
            Outcome::Saved(raw) => {
                next.stored = Stored::read(Some(&raw));
                next.write_failed = false;
                if next.notice == Some(Notice::SaveFailed) {
                    next.notice = None;
                }
            }
            Outcome::Removed => {
                next.stored = Stored::Empty;
                next.write_failed = false;
                if forgetting {
                    next.notice = Some(Notice::Forgotten);
                }
            }
            Outcome::Failed => {
                if forgetting {
                    next.notice = Some(Notice::ForgetFailed);
                } else if !self.write_failed {
                    // Told once per run of failures, not on every answer.
                    next.notice = Some(Notice::SaveFailed);
                }
                next.write_failed = true;
            }
        }
        next
    }

    /// [`Action::StorageChanged`]: another tab wrote under this widget's
    /// key. The rule: this tab never writes over what it has not seen.
    /// - Showing someone else's link: only remember the visitor's progress
    ///   (start over returns to it).
    /// - Own answers, all saved: adopt the other tab's (answers; the screen
    ///   stays, or the intro if they were deleted) and say so.
    /// - Own answers with a change this tab could not save: keep them, say
    ///   so; nothing is written until the visitor's next change here.
    fn storage_changed(&self, stored: Stored) -> QuizState {
        if stored == self.stored {
            return self.clone();
        }
        let mut next = QuizState { stored, ..self.clone() };
        match self.phase {
            // `Load` reads storage itself; the value is noted for it.
            Phase::Loading | Phase::Shared => return next,
            _ if self.write_failed => next.notice = Some(Notice::OtherTabConflict),
            _ => match &next.stored {
                Stored::Progress { saved, .. } => {
                    next.answers = saved.answers;
                    next.notice = Some(Notice::OtherTab);
                }
                Stored::Empty => {
                    next.answers = Answers::new();
                    next.screen = Screen::Intro;
                    next.notice = Some(Notice::OtherTab);
                }
                Stored::Newer(_) => next.notice = Some(Notice::StoredNewer),
                Stored::Corrupt(_) => next.notice = Some(Notice::StoredUnreadable),
                Stored::Off | Stored::Unavailable => {}
            },
        }
        next.phase = Phase::Clean;
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

/// The storage format's version. A value with a higher version was written
/// by a newer widget and is never overwritten by this one.
const SAVED_VERSION: u32 = 1;

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
        if version != SAVED_VERSION.to_string() {
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

    /// Whether `s` is in the `version|...` form with a version newer than
    /// this widget's.
    pub fn is_newer(s: &str) -> bool {
        let Some((version, _)) = s.split_once('|') else { return false };
        let digits = !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit());
        digits && version.parse::<u32>().map_or(true, |v| v > SAVED_VERSION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(screen: Screen) -> QuizState {
        QuizState { screen, phase: Phase::Clean, ..QuizState::new(Lang::En) }
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
    fn start_acts_only_on_the_intro() {
        for screen in [Screen::Question(4), Screen::Results] {
            assert_eq!(at(screen).apply(Action::Start).screen, screen);
        }
    }

    #[test]
    fn start_resumes_at_the_first_unanswered_question() {
        let mut s = at(Screen::Intro);
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
    fn a_language_that_could_not_be_loaded_keeps_everything_and_says_so_until_another_shows() {
        let s = at(Screen::Question(1)).apply(Action::Answer(0, Some(Answer::Choice(3))));
        let failed = s.apply(Action::LangFailed);
        assert_eq!((failed.lang, failed.screen, failed.answers), (s.lang, s.screen, s.answers));
        assert_eq!(failed.notice, Some(Notice::LangFailed));
        assert_eq!(failed.apply(Action::SetLang(Lang::Nl)).notice, None, "a language that shows ends it");
        assert_eq!(failed.apply(Action::Answer(1, Some(Answer::Choice(1)))).notice, Some(Notice::LangFailed));
        assert_eq!(failed.apply(Action::Next).notice, None, "moving on retires it like any notice");
        let other = s.apply(Action::OpenLink(Link::Unreadable));
        assert_eq!(other.apply(Action::SetLang(Lang::De)).notice, other.notice, "other notices stay");
    }

    #[test]
    fn skip_clears_the_answer_and_invalid_answers_are_refused() {
        let s = at(Screen::Question(0)).apply(Action::Answer(0, Some(Answer::Choice(4))));
        assert_eq!(s.answers.at(0), Some(Answer::Choice(4)));
        assert_eq!(s.apply(Action::Skip).answers.at(0), None);
        let bad = s.apply(Action::Answer(0, Some(Answer::Choice(200))));
        assert_eq!(bad, s, "a refused answer changes nothing");
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
    fn each_accepted_answer_is_recorded_for_the_host_event_once() {
        let s = at(Screen::Question(0)).apply(Action::Answer(0, Some(Answer::Choice(1))));
        assert_eq!(s.last_answer, Some(AnswerChange { seq: 1, index: 0, answer: Some(Answer::Choice(1)) }));
        let t = s.apply(Action::Answer(0, Some(Answer::Choice(2))));
        assert_eq!(t.last_answer.map(|c| (c.seq, c.answer)), Some((2, Some(Answer::Choice(2)))));
        assert_eq!(t.apply(Action::Answer(0, Some(Answer::Choice(2)))), t, "the same answer again is no change");
        assert_eq!(t.apply(Action::Answer(0, Some(Answer::Choice(99)))), t, "a refused answer is no event");
        assert_eq!(t.apply(Action::Next).last_answer, t.last_answer, "moving on is no answer event");
    }

    #[test]
    fn notices_clear_when_the_visitor_moves_on() {
        let s = at(Screen::Intro).apply(Action::OpenLink(Link::Unreadable));
        assert_eq!(s.notice, Some(Notice::LinkUnreadable));
        assert_eq!(s.apply(Action::SetLang(Lang::De)).notice, Some(Notice::LinkUnreadable));
        assert_eq!(s.apply(Action::Start).notice, None);
        assert_eq!(s.apply(Action::DismissNotice).notice, None);
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

    #[test]
    fn stored_values_are_classified() {
        let good = Saved::encode(&Answers::new(), Screen::Question(3));
        let cases: &[(Option<&str>, &str)] = &[
            (None, "empty"),
            (Some(&good), "progress"),
            (Some("2|AAAA|r"), "newer"),
            (Some("9|anything at all"), "newer"),
            (Some("10|x|y"), "newer"),
            (Some("1|A!!!|3"), "corrupt"),
            (Some("0|AAAA|r"), "corrupt"),
            (Some("01|AAAA|r"), "corrupt"),
            (Some("+2|AAAA|r"), "corrupt"),
            (Some("|AAAA|r"), "corrupt"),
            (Some("garbage"), "corrupt"),
            (Some(""), "corrupt"),
        ];
        for (value, want) in cases {
            let got = match Stored::read(*value) {
                Stored::Empty => "empty",
                Stored::Progress { .. } => "progress",
                Stored::Newer(_) => "newer",
                Stored::Corrupt(_) => "corrupt",
                other => panic!("{other:?}"),
            };
            assert_eq!(got, *want, "{value:?}");
        }
    }
}
