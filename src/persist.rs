//! The persistence policy: what localStorage should receive for a given
//! state. Pure, and the only place this is decided: the effect in
//! `hooks::use_persist` executes the [`Op`] and reports the [`Outcome`]
//! back as an action.
//!
//! The rules (each has a case in the tests below):
//! - Saved progress is never touched until the visitor changes an answer,
//!   or moves on from their own answers, or asks to forget it. Loading the
//!   page, a resume, and a `#cq=` link (readable or not, in a fresh page
//!   load, a new tab, the embed or the offline file) write nothing.
//! - "Start over" on someone else's shared results returns to the
//!   visitor's own saved progress and writes nothing; on their own answers
//!   it clears them, and storage follows.
//! - A value written by a newer version (`2|...`) is kept: never
//!   overwritten, removed only when the visitor asks to forget.
//! - A corrupt value is kept and said so; the visitor's next own progress
//!   replaces it (nothing readable is lost), or "Forget" removes it.
//! - A write that fails (full, blocked, throwing) is said once; nothing
//!   claims "saved" or "deleted" unless storage did it.
//! - Another tab's newer progress is adopted when this tab has nothing
//!   unsaved; otherwise this tab keeps its answers and says so (see
//!   [`QuizState::apply`] for `StorageChanged`).
//!
//! [`QuizState::apply`]: crate::state::QuizState::apply

use crate::state::{Phase, QuizState, Saved, Screen, Stored};

/// What storage should receive under the widget's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// Store this value.
    Save(String),
    /// Remove the key.
    Remove,
}

/// What storage should receive now, if anything.
pub fn storage_op(state: &QuizState) -> Option<Op> {
    if state.stored == Stored::Off {
        return None;
    }
    match state.phase {
        Phase::Forgetting => Some(Op::Remove),
        Phase::Changed => {
            // A visitor with no answers on the intro has nothing to keep.
            let keep = state.answers.answered() > 0 || state.screen != Screen::Intro;
            let value = keep.then(|| Saved::encode(&state.answers, state.screen));
            match (&state.stored, value) {
                (Stored::Newer(_), _) => None,
                (Stored::Progress { raw, .. }, Some(v)) if *raw == v => None,
                (_, Some(v)) => Some(Op::Save(v)),
                (Stored::Progress { .. }, None) => Some(Op::Remove),
                (_, None) => None,
            }
        }
        Phase::Loading | Phase::Clean | Phase::Shared => None,
    }
}

#[cfg(test)]
mod tests {
    //! Every case, driven through the reducer and the policy together, with
    //! a fake storage standing in for the browser's (one key, which can be
    //! made to refuse writes, and which "another tab" can write to).

    use super::*;
    use crate::core::answers::{Answer, Answers};
    use crate::core::lang::Lang;
    use crate::core::questions::QUESTIONS;
    use crate::state::{Action, Link, Notice, Outcome};

    /// localStorage under one key, as the widget sees it.
    #[derive(Clone, Debug, PartialEq)]
    struct Storage {
        value: Option<String>,
        /// `None`: works; otherwise how it fails.
        broken: Option<Broken>,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Broken {
        /// The `localStorage` getter throws: nothing can be read or written.
        Getter,
        /// `setItem` throws (storage full); reads and removes work.
        SetItem,
        /// `removeItem` throws; reads and writes work.
        RemoveItem,
    }

    impl Storage {
        fn holding(value: Option<&str>) -> Self {
            Storage { value: value.map(str::to_string), broken: None }
        }

        fn read(&self) -> Stored {
            match self.broken {
                Some(Broken::Getter) => Stored::Unavailable,
                _ => Stored::read(self.value.as_deref()),
            }
        }

        /// Executes `op` as `hooks::use_persist` does, and says how it went.
        fn execute(&mut self, op: Op) -> Outcome {
            match (op, self.broken) {
                (_, Some(Broken::Getter)) | (Op::Save(_), Some(Broken::SetItem)) => Outcome::Failed,
                (Op::Remove, Some(Broken::RemoveItem)) => Outcome::Failed,
                (Op::Save(v), _) => {
                    self.value = Some(v.clone());
                    Outcome::Saved(v)
                }
                (Op::Remove, _) => {
                    self.value = None;
                    Outcome::Removed
                }
            }
        }
    }

    /// One widget (a page load or a tab) and the storage it shares.
    struct Page {
        state: QuizState,
        /// The ops executed, in order.
        ops: Vec<Op>,
    }

    impl Page {
        /// A fresh page load, with `link` in the address.
        fn open(storage: &Storage, link: Option<Link>) -> Page {
            let mut page = Page { state: QuizState::new(Lang::En), ops: Vec::new() };
            page.state = page.state.apply(Action::Load { stored: storage.read(), link });
            page
        }

        /// An action, then the effect runs until the policy has nothing
        /// left to do (as the hook would, once per change of op).
        fn act(&mut self, storage: &mut Storage, action: Action) {
            self.state = self.state.apply(action);
            self.settle(storage);
        }

        fn settle(&mut self, storage: &mut Storage) {
            let mut last = None;
            while let Some(op) = storage_op(&self.state) {
                assert_ne!(last.as_ref(), Some(&op), "the same op twice in a row would loop");
                last = Some(op.clone());
                self.ops.push(op.clone());
                let outcome = storage.execute(op);
                self.state = self.state.apply(Action::Synced(outcome));
            }
        }

        /// Another tab wrote: the `storage` event.
        fn storage_event(&mut self, storage: &mut Storage) {
            self.act(storage, Action::StorageChanged(storage.read()));
        }
    }

    /// The second option to each of the first `n` questions (all of them
    /// single-choice scales).
    fn answers(n: usize) -> Answers {
        let mut a = Answers::new();
        for i in 0..n {
            a.set_at(i, Some(Answer::Choice(1))).unwrap();
        }
        a
    }

    fn shared() -> Answers {
        Answers::new()
            .with(QUESTIONS[0].id, Answer::Choice(4))
            .unwrap()
            .with(QUESTIONS[1].id, Answer::Choice(0))
            .unwrap()
    }

    /// The visitor's own progress: three answers, at question 3.
    fn own() -> String {
        Saved::encode(&answers(3), Screen::Question(3))
    }

    const NEWER: &str = "2|AmZmQAAAADQ|5";
    const CORRUPT: &str = "1|A!!!|3";

    // --- Loading: nothing is ever written by opening the page. ---

    #[test]
    fn loading_never_writes_whatever_storage_and_address_hold() {
        let values = [None, Some(own()), Some(NEWER.into()), Some(CORRUPT.into()), Some("garbage".into())];
        let links = [None, Some(Link::Answers(shared())), Some(Link::Unreadable)];
        for value in &values {
            for link in &links {
                for broken in [None, Some(Broken::Getter), Some(Broken::SetItem), Some(Broken::RemoveItem)] {
                    let mut storage = Storage { value: value.clone(), broken };
                    let mut page = Page::open(&storage, link.clone());
                    page.settle(&mut storage);
                    assert_eq!(page.ops, [], "{value:?} {link:?} {broken:?}");
                    assert_eq!(storage.value, *value);
                }
            }
        }
        // Before `Load` (the first render), the policy waits.
        assert_eq!(storage_op(&QuizState::new(Lang::En)), None);
    }

    #[test]
    fn fresh_visit_saves_from_the_first_move() {
        let mut storage = Storage::holding(None);
        let mut page = Page::open(&storage, None);
        assert_eq!((page.state.screen, page.state.notice), (Screen::Intro, None));
        page.act(&mut storage, Action::SetLang(Lang::De));
        assert_eq!(page.ops, [], "a language is not progress");
        page.act(&mut storage, Action::Start);
        assert_eq!(storage.value.as_deref(), Some(Saved::encode(&Answers::new(), Screen::Question(0)).as_str()));
        page.act(&mut storage, Action::Answer(0, Some(Answer::Choice(2))));
        let saved = Saved::decode(storage.value.as_deref().unwrap()).unwrap();
        assert_eq!(saved.answers.at(0), Some(Answer::Choice(2)));
        assert_eq!(page.state.phase, Phase::Clean);
        assert_eq!(page.state.notice, None);
    }

    #[test]
    fn resume_shows_the_saved_screen_and_writes_only_on_a_change() {
        let mut storage = Storage::holding(Some(&own()));
        let mut page = Page::open(&storage, None);
        assert_eq!((page.state.screen, page.state.answers), (Screen::Question(3), answers(3)));
        assert_eq!(page.state.notice, Some(Notice::Resumed));
        page.act(&mut storage, Action::DismissNotice);
        page.act(&mut storage, Action::SetLang(Lang::Nb));
        assert_eq!(page.ops, []);
        page.act(&mut storage, Action::Next);
        assert_eq!(page.ops, [Op::Save(Saved::encode(&answers(3), Screen::Question(4)))]);
    }

    #[test]
    fn saved_progress_at_the_intro_with_no_answers_is_not_a_resume() {
        let storage = Storage::holding(Some(&Saved::encode(&Answers::new(), Screen::Intro)));
        let page = Page::open(&storage, None);
        assert_eq!((page.state.screen, page.state.notice), (Screen::Intro, None));
    }

    // --- Share links. ---

    #[test]
    fn a_share_link_never_touches_the_visitors_progress_until_they_change_an_answer() {
        for value in [None, Some(own())] {
            let mut storage = Storage::holding(value.as_deref());
            let mut page = Page::open(&storage, Some(Link::Answers(shared())));
            assert_eq!((page.state.screen, page.state.answers), (Screen::Results, shared()));
            assert_eq!(page.state.notice, Some(Notice::FromLink));
            // Looking through the shared answers changes nothing.
            for a in [Action::GoTo(0), Action::Next, Action::Back, Action::Back, Action::ShowResults] {
                page.act(&mut storage, a);
            }
            assert_eq!(page.ops, [], "{value:?}");
            assert_eq!(storage.value, value);
            // Changing one makes them the visitor's own, and they are saved.
            page.act(&mut storage, Action::GoTo(2));
            page.act(&mut storage, Action::Answer(2, Some(Answer::Choice(3))));
            let saved = Saved::decode(storage.value.as_deref().unwrap()).unwrap();
            assert_eq!((saved.answers.at(0), saved.answers.at(2)), (Some(Answer::Choice(4)), Some(Answer::Choice(3))));
        }
    }

    #[test]
    fn an_unreadable_link_says_so_and_keeps_the_visitors_own_answers_behind_continue() {
        for value in [None, Some(own())] {
            let mut storage = Storage::holding(value.as_deref());
            let mut page = Page::open(&storage, Some(Link::Unreadable));
            assert_eq!((page.state.screen, page.state.notice), (Screen::Intro, Some(Notice::LinkUnreadable)));
            let own_answers = if value.is_some() { answers(3) } else { Answers::new() };
            assert_eq!(page.state.answers, own_answers);
            page.act(&mut storage, Action::DismissNotice);
            assert_eq!((page.ops.len(), &storage.value), (0, &value));
            page.act(&mut storage, Action::Start);
            assert_eq!(page.state.screen, Screen::Question(if value.is_some() { 3 } else { 0 }));
        }
    }

    #[test]
    fn a_link_pasted_into_the_open_page_leaves_the_visitors_progress_alone() {
        let mut storage = Storage::holding(None);
        let mut page = Page::open(&storage, None);
        page.act(&mut storage, Action::Start);
        page.act(&mut storage, Action::Answer(0, Some(Answer::Choice(1))));
        let mine = storage.value.clone();
        page.act(&mut storage, Action::OpenLink(Link::Answers(shared())));
        assert_eq!((page.state.screen, page.state.notice), (Screen::Results, Some(Notice::FromLink)));
        page.act(&mut storage, Action::OpenLink(Link::Unreadable));
        assert_eq!(page.state.notice, Some(Notice::LinkUnreadable));
        assert_eq!(page.state.answers, shared(), "an unreadable link replaces nothing");
        assert_eq!(storage.value, mine);
    }

    #[test]
    fn start_over_on_shared_results_returns_to_the_visitors_own_progress() {
        for value in [None, Some(own()), Some(NEWER.to_string()), Some(CORRUPT.to_string())] {
            let mut storage = Storage::holding(value.as_deref());
            let mut page = Page::open(&storage, Some(Link::Answers(shared())));
            page.act(&mut storage, Action::Restart);
            assert_eq!(page.state.screen, Screen::Intro);
            let own_answers = if value == Some(own()) { answers(3) } else { Answers::new() };
            assert_eq!(page.state.answers, own_answers, "{value:?}");
            assert_eq!(page.ops, [], "{value:?}");
            assert_eq!(storage.value, value);
            // "Continue the quiz" goes on with the visitor's own answers.
            page.act(&mut storage, Action::Start);
            assert_eq!(page.state.answers, own_answers);
        }
    }

    #[test]
    fn start_over_on_own_results_clears_them_and_storage_follows() {
        let mut storage = Storage::holding(Some(&own()));
        let mut page = Page::open(&storage, None);
        page.act(&mut storage, Action::ShowResults);
        page.act(&mut storage, Action::Restart);
        assert_eq!((page.state.screen, page.state.answers), (Screen::Intro, Answers::new()));
        assert_eq!(storage.value, None);
        assert_eq!(page.state.notice, None, "start over is not announced as a deletion");
    }

    // --- Forget. ---

    #[test]
    fn forget_deletes_and_says_so_only_when_it_worked() {
        let mut storage = Storage::holding(Some(&own()));
        let mut page = Page::open(&storage, None);
        page.act(&mut storage, Action::Forget);
        assert_eq!((page.state.screen, page.state.answers), (Screen::Intro, Answers::new()));
        assert_eq!((page.ops.as_slice(), &storage.value), ([Op::Remove].as_slice(), &None));
        assert_eq!(page.state.notice, Some(Notice::Forgotten));
        assert!(!page.state.can_forget());

        for broken in [Broken::RemoveItem, Broken::Getter] {
            let mut storage = Storage { value: Some(own()), broken: Some(broken) };
            let mut page = Page::open(&storage, None);
            page.act(&mut storage, Action::Forget);
            assert_eq!(page.state.notice, Some(Notice::ForgetFailed), "{broken:?}: never a false 'deleted'");
            assert_eq!(storage.value, Some(own()));
            if broken == Broken::RemoveItem {
                assert!(page.state.can_forget(), "the button stays, to try again");
                storage.broken = None;
                page.act(&mut storage, Action::Forget);
                assert_eq!((page.state.notice, &storage.value), (Some(Notice::Forgotten), &None));
            }
        }
    }

    #[test]
    fn forget_on_shared_results_deletes_the_visitors_own_progress() {
        let mut storage = Storage::holding(Some(&own()));
        let mut page = Page::open(&storage, Some(Link::Answers(shared())));
        page.act(&mut storage, Action::Forget);
        assert_eq!((storage.value.as_deref(), page.state.notice), (None, Some(Notice::Forgotten)));
    }

    #[test]
    fn without_storage_nothing_is_written_and_forget_just_clears() {
        let mut storage = Storage::holding(Some(&own()));
        let mut page = Page { state: QuizState::new(Lang::En), ops: Vec::new() };
        page.state = page.state.apply(Action::Load { stored: Stored::Off, link: None });
        assert_eq!(page.state.notice, None);
        page.act(&mut storage, Action::Start);
        page.act(&mut storage, Action::Answer(0, Some(Answer::Choice(1))));
        page.act(&mut storage, Action::Forget);
        assert_eq!(page.ops, []);
        assert_eq!((page.state.answers, page.state.notice), (Answers::new(), Some(Notice::Forgotten)));
    }

    // --- Values this version cannot read. ---

    #[test]
    fn a_corrupt_value_is_kept_and_said_until_the_visitors_own_progress_replaces_it() {
        let mut storage = Storage::holding(Some(CORRUPT));
        let mut page = Page::open(&storage, None);
        assert_eq!(page.state.notice, Some(Notice::StoredUnreadable));
        assert!(page.state.can_forget(), "the visitor can remove it");
        page.act(&mut storage, Action::DismissNotice);
        assert_eq!(storage.value.as_deref(), Some(CORRUPT));
        page.act(&mut storage, Action::Start);
        page.act(&mut storage, Action::Answer(0, Some(Answer::Choice(1))));
        assert!(Saved::decode(storage.value.as_deref().unwrap()).is_ok());
        // Or "Forget" removes it.
        let mut storage = Storage::holding(Some(CORRUPT));
        let mut page = Page::open(&storage, None);
        page.act(&mut storage, Action::Forget);
        assert_eq!((storage.value, page.state.notice), (None, Some(Notice::Forgotten)));
    }

    #[test]
    fn a_newer_versions_value_is_kept_and_never_overwritten() {
        let mut storage = Storage::holding(Some(NEWER));
        let mut page = Page::open(&storage, None);
        assert_eq!(page.state.notice, Some(Notice::StoredNewer));
        assert_eq!(page.state.screen, Screen::Intro);
        for a in [
            Action::Start,
            Action::Answer(0, Some(Answer::Choice(1))),
            Action::Next,
            Action::ShowResults,
            Action::Restart,
        ] {
            page.act(&mut storage, a);
        }
        assert_eq!((page.ops.as_slice(), storage.value.as_deref()), ([].as_slice(), Some(NEWER)));
        // Only an explicit "Forget" removes it; then saving works again.
        assert!(page.state.can_forget());
        page.act(&mut storage, Action::Forget);
        assert_eq!((storage.value.as_deref(), page.state.notice), (None, Some(Notice::Forgotten)));
        page.act(&mut storage, Action::Start);
        assert!(storage.value.is_some());
    }

    // --- Storage that fails. ---

    #[test]
    fn a_failed_save_is_said_once_and_never_claimed_as_saved() {
        for broken in [Broken::SetItem, Broken::Getter] {
            let mut storage = Storage { value: Some(own()), broken: Some(broken) };
            let mut page = Page::open(&storage, None);
            let resumed = broken == Broken::SetItem;
            assert_eq!(page.state.notice, resumed.then_some(Notice::Resumed), "{broken:?}");
            page.act(&mut storage, Action::Answer(3, Some(Answer::Choice(2))));
            assert_eq!(page.state.notice, Some(Notice::SaveFailed), "{broken:?}");
            assert!(page.state.write_failed);
            page.act(&mut storage, Action::DismissNotice);
            page.act(&mut storage, Action::GoTo(4));
            assert_eq!(page.state.notice, None, "{broken:?}: said once, not on every answer");
            assert_eq!(page.ops.len(), 2, "each change is tried once");
            assert_eq!(storage.value, Some(own()));
            // Storage works again: the next change is saved, the notice goes.
            storage.broken = None;
            page.act(&mut storage, Action::Answer(4, Some(Answer::Choice(1))));
            assert!(!page.state.write_failed);
            let saved = Saved::decode(storage.value.as_deref().unwrap()).unwrap();
            assert_eq!((saved.answers.at(3), saved.answers.at(4)), (Some(Answer::Choice(2)), Some(Answer::Choice(1))));
        }
    }

    #[test]
    fn a_failed_save_notice_goes_when_a_later_save_works() {
        let mut storage = Storage { value: None, broken: Some(Broken::SetItem) };
        let mut page = Page::open(&storage, None);
        page.act(&mut storage, Action::Start);
        assert_eq!(page.state.notice, Some(Notice::SaveFailed));
        storage.broken = None;
        page.act(&mut storage, Action::Answer(0, Some(Answer::Choice(1))));
        assert_eq!(page.state.notice, None);
    }

    // --- Two tabs. ---

    #[test]
    fn a_tab_adopts_newer_progress_from_another_and_does_not_overwrite_it() {
        // Tab B opens first, on question 1 of the visitor's progress.
        let mut storage = Storage::holding(None);
        let mut b = Page::open(&storage, None);
        b.act(&mut storage, Action::Start);
        // Tab A answers ten questions; B hears of each write.
        let mut a = Page::open(&storage, None);
        a.act(&mut storage, Action::Start);
        for i in 0..10 {
            a.act(&mut storage, Action::Answer(i, Some(Answer::Choice(1))));
            a.act(&mut storage, Action::Next);
            b.storage_event(&mut storage);
        }
        assert_eq!(b.state.answers.answered(), 10, "B shows A's answers");
        assert_eq!(b.state.screen, Screen::Question(0), "B stays where the visitor left it");
        assert_eq!(b.state.notice, Some(Notice::OtherTab));
        let before = b.ops.len();
        b.storage_event(&mut storage);
        assert_eq!(b.ops.len(), before, "adopting writes nothing (no ping-pong)");
        // A click in B now keeps A's answers.
        b.act(&mut storage, Action::Answer(0, Some(Answer::Choice(3))));
        let saved = Saved::decode(storage.value.as_deref().unwrap()).unwrap();
        assert_eq!(saved.answers.answered(), 10);
        assert_eq!(saved.answers.at(0), Some(Answer::Choice(3)));
        // And A adopts B's change in turn.
        a.storage_event(&mut storage);
        assert_eq!(a.state.answers, saved.answers);
    }

    #[test]
    fn forgetting_in_one_tab_clears_the_other() {
        let mut storage = Storage::holding(Some(&own()));
        let mut a = Page::open(&storage, None);
        let mut b = Page::open(&storage, None);
        a.act(&mut storage, Action::Forget);
        b.storage_event(&mut storage);
        assert_eq!((b.state.answers, b.state.screen), (Answers::new(), Screen::Intro));
        b.act(&mut storage, Action::DismissNotice);
        assert_eq!(storage.value, None, "B does not bring the forgotten answers back");
    }

    #[test]
    fn a_tab_showing_a_shared_link_only_remembers_the_other_tabs_progress() {
        let mut storage = Storage::holding(None);
        let mut b = Page::open(&storage, Some(Link::Answers(shared())));
        let mut a = Page::open(&storage, None);
        a.act(&mut storage, Action::Start);
        a.act(&mut storage, Action::Answer(0, Some(Answer::Choice(2))));
        b.storage_event(&mut storage);
        assert_eq!((b.state.answers, b.state.notice), (shared(), Some(Notice::FromLink)));
        b.act(&mut storage, Action::Restart);
        assert_eq!(b.state.answers.at(0), Some(Answer::Choice(2)), "start over returns to the newest own progress");
        assert_eq!(b.ops, []);
    }

    #[test]
    fn a_tab_with_an_unsaved_change_keeps_it_and_is_told() {
        let mut storage = Storage::holding(Some(&own()));
        let mut b = Page::open(&storage, None);
        storage.broken = Some(Broken::SetItem);
        b.act(&mut storage, Action::Answer(5, Some(Answer::Choice(0))));
        assert!(b.state.write_failed);
        // Another tab manages to write.
        storage.broken = None;
        let other = Saved::encode(&answers(8), Screen::Question(8));
        storage.value = Some(other.clone());
        b.storage_event(&mut storage);
        assert_eq!(b.state.notice, Some(Notice::OtherTabConflict));
        assert_eq!(b.state.answers.at(5), Some(Answer::Choice(0)), "B keeps what the visitor did here");
        assert_eq!(storage.value.as_deref(), Some(other.as_str()), "nothing written until the next change");
        b.act(&mut storage, Action::DismissNotice);
        assert_eq!(storage.value.as_deref(), Some(other.as_str()));
        b.act(&mut storage, Action::Next);
        assert_ne!(storage.value.as_deref(), Some(other.as_str()), "the visitor's next change here wins, as told");
    }

    #[test]
    fn another_tabs_unreadable_values_are_kept_and_said() {
        for (value, notice) in [(NEWER, Notice::StoredNewer), (CORRUPT, Notice::StoredUnreadable)] {
            let mut storage = Storage::holding(Some(&own()));
            let mut b = Page::open(&storage, None);
            storage.value = Some(value.to_string());
            b.storage_event(&mut storage);
            assert_eq!(b.state.notice, Some(notice));
            assert_eq!(b.state.answers, answers(3), "what shows stays");
            b.act(&mut storage, Action::Next);
            if value == NEWER {
                assert_eq!(storage.value.as_deref(), Some(NEWER), "never over a newer version");
            } else {
                assert!(Saved::decode(storage.value.as_deref().unwrap()).is_ok());
            }
        }
    }

    #[test]
    fn the_tabs_own_write_echoed_back_changes_nothing() {
        let mut storage = Storage::holding(None);
        let mut page = Page::open(&storage, None);
        page.act(&mut storage, Action::Start);
        let before = page.state.clone();
        page.storage_event(&mut storage);
        assert_eq!(page.state, before);
    }
}
