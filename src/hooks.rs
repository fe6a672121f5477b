//! The widget's effects, one hook each, called by the root component
//! (`app.rs`) in this order. Each reacts to state or to the browser and only
//! carries out what pure code decided: the reducer ([`QuizState::apply`])
//! and the persistence policy ([`storage_op`]). Every listener is
//! registered in an effect whose cleanup removes it, so it lives exactly as
//! long as the widget.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::answers::{Answer, Answers};
use crate::core::catalogue::Catalogue;
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::scoring::RoleFit;
use crate::host;
use crate::persist::{storage_op, Op};
use crate::shared::{Roles, Shared};
use crate::state::{Action, Link, Outcome, QuizState, Screen, Stored};

mod later;
use later::{BUILTIN, BUILTIN_FAILED, BUILTIN_LOADING, CITES, CITES_FAILED, FAILED, LOADED, WAITING};

/// What the widget tells its host (the embed layer turns these into DOM events).
// `Complete` carries the answers by value; an event is sent a few times a
// visit, so boxing them would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The first render is done.
    Ready { lang: Lang },
    /// The visitor answered (or cleared) question `index`.
    Answer { lang: Lang, index: usize, answer: Option<Answer>, answered: usize },
    /// The results are showing.
    Complete { lang: Lang, fits: Rc<Vec<RoleFit>>, answers: Answers, catalogue: Rc<Catalogue> },
}

/// What storage holds under `key` (`None`: the widget keeps nothing).
fn read_stored(key: Option<&str>) -> Stored {
    match key.map(host::load) {
        None => Stored::Off,
        Some(Ok(value)) => Stored::read(value.as_deref()),
        Some(Err(_)) => Stored::Unavailable,
    }
}

/// The `#cq=` share link in the address, if any, taken out of the address.
fn take_link() -> Option<Link> {
    let code = host::hash_code()?;
    host::clear_hash();
    Some(codec::decode(&code).map_or(Link::Unreadable, Link::Answers))
}

/// Once per mount: reads the share link in the address and what storage
/// holds, and hands both to the reducer ([`Action::Load`]), which decides
/// what shows. Writes nothing. Then passes on what happened before the
/// mount: Start pressed on the prerendered intro, a language that could not
/// be loaded.
#[hook]
pub fn use_restore(state: &UseReducerHandle<QuizState>, key: Option<AttrValue>, start: bool, lang_failed: bool) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let stored = read_stored(key.as_deref());
        state.dispatch(Action::Load { stored, link: take_link() });
        // A Start pressed on the prerendered intro, after the saved answers
        // are in (so it resumes); ignored if a link opened another screen.
        if start {
            state.dispatch(Action::Start);
        }
        // The language asked for could not be loaded (the visitor sees
        // English): said last, as Start retires notices.
        if lang_failed {
            state.dispatch(Action::LangFailed);
        }
    });
}

/// After the first render, gives the keyboard focus to the control with
/// `data-testid` = `testid` under `root` (the one that had it on the
/// prerendered intro the widget replaced), so a keyboard user keeps
/// their place.
#[hook]
pub fn use_take_focus(root: &NodeRef, testid: Option<AttrValue>) {
    let root = root.clone();
    use_effect_with((), move |_| {
        let target = testid.and_then(|id| {
            root.cast::<web_sys::Element>()?.query_selector(&format!("[data-testid=\"{id}\"]")).ok().flatten()
        });
        if let Some(el) = target.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
}

/// Executes the storage op the policy returns for the current state, once
/// per op, and reports the outcome ([`Action::Synced`]).
#[hook]
pub fn use_persist(state: &UseReducerHandle<QuizState>, key: Option<AttrValue>) {
    let op = storage_op(state);
    let state = state.clone();
    use_effect_with(op, move |op| {
        let (Some(op), Some(key)) = (op, key) else { return };
        let outcome = match op {
            Op::Save(value) => host::save(&key, value).map_or(Outcome::Failed, |()| Outcome::Saved(value.clone())),
            Op::Remove => host::remove(&key).map_or(Outcome::Failed, |()| Outcome::Removed),
        };
        state.dispatch(Action::Synced(outcome));
    });
}

/// A link pasted into the address bar of an open page changes only the
/// fragment (no reload): listens for `hashchange` while the widget lives.
#[hook]
pub fn use_link_listener(state: &UseReducerHandle<QuizState>) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                if let Some(link) = take_link() {
                    state.dispatch(Action::OpenLink(link));
                }
            })
        });
        move || drop(listener)
    });
}

/// Another tab (or window) of the same site wrote under `key`: listens for
/// the `storage` event and hands the new value to the reducer
/// ([`Action::StorageChanged`]), which decides whether to adopt it.
#[hook]
pub fn use_storage_listener(state: &UseReducerHandle<QuizState>, key: Option<AttrValue>) {
    let state = state.clone();
    use_effect_with(key, move |key| {
        let listener = key.clone().zip(web_sys::window()).map(|(key, w)| {
            EventListener::new(&w, "storage", move |event| {
                if host::storage_event_is_for(event, &key) {
                    state.dispatch(Action::StorageChanged(read_stored(Some(&key))));
                }
            })
        });
        move || drop(listener)
    });
}

/// Focuses the element marked `data-autofocus` (the screen's heading).
fn focus_heading(root: &NodeRef) {
    if let Some(el) = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector("[data-autofocus]").ok().flatten())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

/// Whether keyboard focus is nowhere (on the page's body): what happens when
/// the focused element is taken out of the page.
fn focus_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    match document.active_element() {
        None => true,
        Some(active) => document.body().is_some_and(|body| *body == active),
    }
}

/// Moves focus to each new screen's heading, except on the first render
/// (the host page keeps its focus until the visitor acts). When a notice
/// goes away and takes focus with it (its "Dismiss" button was pressed),
/// focus goes to the current screen's heading instead of the page's body.
#[hook]
pub fn use_focus_on_screen(root: &NodeRef, screen: Screen, notice_showing: bool) {
    let first = use_mut_ref(|| true);
    {
        let root = root.clone();
        use_effect_with(screen, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_heading(&root);
            }
        });
    }
    let was_showing = use_mut_ref(|| false);
    let root = root.clone();
    use_effect_with(notice_showing, move |showing| {
        let went_away = std::mem::replace(&mut *was_showing.borrow_mut(), *showing) && !*showing;
        if went_away && focus_lost() {
            focus_heading(&root);
        }
    });
}

/// Tells the host: `Ready` after the first render, `Answer` for each answer
/// the visitor gives (as the reducer recorded it), `Complete` when the
/// results show.
#[hook]
pub fn use_host_events(
    state: &QuizState,
    // The fits and the roles as shown (in the visitor's language, for their
    // names), once the roles are in.
    shown: Option<(Rc<Vec<RoleFit>>, Rc<Catalogue>)>,
    onevent: Option<Callback<HostEvent>>,
    initial_lang: Lang,
) {
    {
        let onevent = onevent.clone();
        use_effect_with((), move |_| {
            if let Some(cb) = onevent {
                cb.emit(HostEvent::Ready { lang: initial_lang });
            }
        });
    }
    {
        let (onevent, lang, answered) = (onevent.clone(), state.lang, state.answers.answered());
        use_effect_with(state.last_answer, move |change| {
            if let (Some(c), Some(cb)) = (change, onevent) {
                cb.emit(HostEvent::Answer { lang, index: c.index, answer: c.answer, answered });
            }
        });
    }
    // Once per arrival at the results with the roles in (they may come
    // after the last answer); not again when a translation comes in.
    let (lang, answers) = (state.lang, state.answers);
    use_effect_with((state.screen, shown.is_some()), move |(screen, _)| {
        if let (Screen::Results, Some(cb), Some((fits, catalogue))) = (screen, onevent, shown) {
            cb.emit(HostEvent::Complete { lang, fits, answers, catalogue });
        }
    });
}

/// What [`use_translated`] could not load, for the results to say so.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Missing {
    /// The translation into the visitor's language: the roles' texts and
    /// the citations' notes show in English.
    pub translation: bool,
    /// The citations' texts: each citation names its source without the quote.
    pub quotes: bool,
    /// The built-in roles themselves: there are no results to show.
    pub roles: bool,
}

impl Missing {
    pub fn any(self) -> bool {
        self.translation || self.quotes || self.roles
    }
}

/// The catalogue as shown, what of it could not be loaded, and how to try
/// again (see [`use_translated`]).
pub struct Translated {
    /// `None` until the built-in roles are loaded.
    pub catalogue: Option<Shared<Catalogue>>,
    pub missing: Missing,
    /// Loads what is missing again.
    pub retry: Callback<()>,
}

/// The roles as shown: `roles` (the built-in ones loaded first, once per
/// page: the wasm does not carry them, see [`host::load_builtin_roles`])
/// with the built-in roles' citation texts (quotes, glosses, notes:
/// `i18n/cites.json`, which the wasm leaves out, loaded once per page in
/// every language) and their translation into `lang`, loaded the first
/// time a language other than English is shown (see
/// [`host::load_translation`]) and kept for the page's life, so switching
/// back and forth loads each language once. It is `wanted` from the first
/// question on (the roles show with the results; loading them while the
/// visitor answers has them there by then), never on the intro: the quiz
/// starts without waiting for them. Until the roles arrive there is no
/// catalogue (`None`: nothing to score); until the texts arrive the
/// catalogue is shown as it is: notes in English, marked as English. A
/// file that cannot be loaded is not asked for again until `retry` (the
/// results say what is missing and offer it). An embedder's own catalogue
/// (one without the built-in estimate source) has nothing to translate,
/// and nothing is loaded.
#[hook]
pub fn use_translated(roles: Roles, lang: Lang, wanted: bool) -> Translated {
    // The roles as given, or as loaded with the embedder's selection; none
    // until the rest of the widget, which works with them, is in too.
    let base = |roles: &Roles| match roles {
        _ if !host::rest_ready() => None,
        Roles::Given(c) => Some(c.0.clone()),
        Roles::Builtin(sel) => BUILTIN.with(|b| b.borrow().clone()).map(|b| Rc::new(sel.apply((*b).clone()))),
    };
    let current = use_state(|| base(&roles).map(|c| Shared(later::with_loaded(&c))));
    // Bumped by a retry, so the loading effect runs again.
    let attempt = use_state(|| 0u32);
    // Re-renders when a load fails (the failure is kept page-wide above)
    // or the built-in roles come.
    let rerender = use_force_update();
    let have_roles = host::rest_ready() && (matches!(roles, Roles::Given(_)) || BUILTIN.with(|b| b.borrow().is_some()));
    let builtin = current.as_ref().is_some_and(|c| c.source(BUILTIN_ESTIMATE_SOURCE).is_some());
    let missing = Missing {
        translation: builtin
            && !current.as_ref().is_some_and(|c| c.translated_into(lang))
            && FAILED.with(|f| f.borrow().contains(&lang))
            && !LOADED.with(|l| l.borrow().iter().any(|t| t.lang == lang.code())),
        quotes: current.as_ref().is_some_and(|c| c.cite_texts_pending())
            && CITES_FAILED.get()
            && CITES.with(|c| c.borrow().is_none()),
        roles: !have_roles && BUILTIN_FAILED.get(),
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| {
            FAILED.with(|f| f.borrow_mut().retain(|l| *l != lang));
            CITES_FAILED.set(false);
            BUILTIN_FAILED.set(false);
            attempt.set(*attempt + 1);
        })
    };
    {
        let current = current.clone();
        // Given roles by identity (`Shared`): comparing them by value on
        // every render walked all of them.
        use_effect_with((roles, lang, wanted, *attempt, have_roles), move |(roles, lang, wanted, _, _)| {
            let lang = *lang;
            let Some(catalogue) = base(roles) else {
                current.set(None);
                if !*wanted || BUILTIN_FAILED.get() {
                    return;
                }
                WAITING.with(|w| w.borrow_mut().push(rerender));
                if BUILTIN_LOADING.replace(true) {
                    return;
                }
                let builtin = matches!(roles, Roles::Builtin(_));
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = async {
                        host::load_rest().await?;
                        if builtin && BUILTIN.with(|b| b.borrow().is_none()) {
                            let cat = host::load_builtin_roles().await?;
                            BUILTIN.with(|b| *b.borrow_mut() = Some(Rc::new(cat)));
                        }
                        Ok::<(), String>(())
                    };
                    match loaded.await {
                        Ok(()) => {}
                        Err(e) => {
                            host::warn(&format!("career quiz: the roles could not be loaded: {e}"));
                            BUILTIN_FAILED.set(true);
                        }
                    }
                    BUILTIN_LOADING.set(false);
                    for widget in WAITING.with(|w| w.take()) {
                        widget.force_update();
                    }
                });
                return;
            };
            later::load_texts(catalogue, lang, *wanted, current, rerender);
        });
    }
    Translated { catalogue: (*current).clone(), missing, retry }
}

/// Once the quiz is under way, readies the money formats the results will
/// use (the region's currency in the visitor's language), off the path of
/// any render: see [`host::prepare_money`].
#[hook]
pub fn use_prepared_money(lang: Lang, currency: &'static str, answering: bool) {
    use_effect_with((lang, currency, answering), |(lang, currency, answering)| {
        if *answering {
            host::prepare_money(*lang, currency);
        }
    });
}

/// The built-in catalogue's source for team estimates: a catalogue with it
/// is (or includes) the built-in one, whose prose has translations.
const BUILTIN_ESTIMATE_SOURCE: &str = "team-estimate";
