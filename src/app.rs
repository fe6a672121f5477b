//! The root component: owns the one reducer, runs the effects (restore from
//! a shared link or storage, save, move focus) and lays out the screen.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::intro::Intro;
use crate::components::lang_switch::LangSwitch;
use crate::components::notice::NoticeBar;
use crate::components::pay_region::PayRegion;
use crate::components::question::QuestionView;
use crate::components::results::Results;
use crate::core::answers::{Answer, Answers};
use crate::core::catalogue::Catalogue;
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::pay::main_currency;
use crate::core::questions::{COUNT, QUESTIONS};
use crate::core::scoring::{score, RoleFit, Weights};
use crate::host;
use crate::i18n::{fill, ui};
use crate::links::{LinksContext, RoleLinks};
use crate::state::{Action, Notice, QuizState, Saved, Screen};

/// What the host (the page, the embed API, a test) hands the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to start in (negotiated from the browser by the caller).
    pub lang: Lang,
    /// The roles to compare against.
    pub catalogue: Rc<Catalogue>,
    /// Where progress is saved in localStorage; `None` saves nothing.
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
    /// How much each dimension counts.
    #[prop_or_default]
    pub weights: Weights,
    /// Per-role call-to-action links (from the embedder).
    #[prop_or_default]
    pub links: Rc<RoleLinks>,
    /// Where the pay figures are from, shown with the results.
    #[prop_or_default]
    pub pay_region: Option<AttrValue>,
    /// Told when the widget is ready, on every answer and on the results.
    #[prop_or_default]
    pub onevent: Option<Callback<HostEvent>>,
}

/// What the widget tells its host (the embed layer turns these into DOM events).
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// The first render is done.
    Ready { lang: Lang },
    /// The visitor answered (or cleared) question `index`.
    Answer { lang: Lang, index: usize, answer: Option<Answer>, answered: usize },
    /// The results are showing.
    Complete { lang: Lang, fits: Rc<Vec<RoleFit>>, answers: Answers },
}

impl AppProps {
    /// Props with no storage and the default weights.
    pub fn new(lang: Lang, catalogue: Rc<Catalogue>) -> Self {
        AppProps {
            lang,
            catalogue,
            storage_key: None,
            weights: Weights::default(),
            links: Rc::default(),
            pay_region: None,
            onevent: None,
        }
    }
}

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// A prefix unique to each widget on the page, for element ids and radio names.
fn next_uid() -> String {
    INSTANCES.with(|n| {
        n.set(n.get() + 1);
        format!("cq{}", n.get())
    })
}

/// Shows the answers of a `#cq=<code>` link if the address has one, and
/// takes the code out of the address bar; says so when it cannot be read.
fn restore_from_link(state: &UseReducerHandle<QuizState>) -> bool {
    let Some(code) = host::hash_code() else { return false };
    host::clear_hash();
    match codec::decode(&code) {
        Ok(answers) => state.dispatch(Action::Restore { answers, screen: Screen::Results, notice: Notice::FromLink }),
        Err(_) => state.dispatch(Action::Notify(Notice::LinkUnreadable)),
    }
    true
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let lang = props.lang;
        move || QuizState::new(lang)
    });
    let uid = use_memo((), |_| next_uid());
    let root = use_node_ref();
    let restored = use_mut_ref(|| false);

    // Restore once: a shared link wins over saved progress.
    {
        let (state, key, restored) = (state.clone(), props.storage_key.clone(), restored.clone());
        let (onevent, lang) = (props.onevent.clone(), props.lang);
        use_effect_with((), move |_| {
            if restore_from_link(&state) {
                // The link's answers show; the visitor's own stay saved.
            } else if let Some(stored) = key.as_deref().and_then(host::load) {
                match Saved::decode(&stored) {
                    Ok(s) if s.answers.answered() > 0 || s.screen != Screen::Intro => state.dispatch(Action::Restore {
                        answers: s.answers,
                        screen: s.screen,
                        notice: Notice::Resumed,
                    }),
                    Ok(_) => {}
                    Err(_) => {
                        if let Some(k) = key.as_deref() {
                            host::forget(k);
                        }
                        state.dispatch(Action::Notify(Notice::StoredUnreadable));
                    }
                }
            }
            *restored.borrow_mut() = true;
            if let Some(cb) = onevent {
                cb.emit(HostEvent::Ready { lang });
            }
        });
    }

    // A link pasted into the address bar of an open page changes only the
    // fragment: no reload, so listen for it.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "hashchange", move |_| {
                    restore_from_link(&state);
                })
            });
            move || drop(listener)
        });
    }

    // Save after every change (never before the restore above has run).
    {
        let (key, restored) = (props.storage_key.clone(), restored.clone());
        use_effect_with((state.answers, state.screen, state.own), move |(answers, screen, own)| {
            if let (Some(key), true, true) = (key, *restored.borrow(), *own) {
                if answers.answered() == 0 && *screen == Screen::Intro {
                    host::forget(&key);
                } else {
                    host::save(&key, &Saved::encode(answers, *screen));
                }
            }
        });
    }

    // Move focus to the new screen's heading, except on first render (the
    // host page keeps its focus until the visitor acts).
    {
        let (root, first) = (root.clone(), use_mut_ref(|| true));
        use_effect_with(state.screen, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(el) = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector("[data-autofocus]").ok().flatten())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = el.focus();
            }
        });
    }

    let fits = use_memo((state.answers, props.weights, props.catalogue.clone()), |(answers, weights, cat)| {
        score(cat, answers, weights)
    });

    // Tell the host when the results show.
    {
        let (onevent, fits, answers, lang) = (props.onevent.clone(), fits.clone(), state.answers, state.lang);
        use_effect_with(state.screen, move |screen| {
            if let (Screen::Results, Some(cb)) = (screen, onevent) {
                cb.emit(HostEvent::Complete { lang, fits, answers });
            }
        });
    }

    let dispatch = |a: Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(a.clone()))
    };
    let onlang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let t = ui(state.lang);
    let currency = main_currency(&props.catalogue).unwrap_or_else(|| "USD".into());
    let progress = state
        .question_index()
        .map(|i| fill(t.progress, &[("{n}", &(i + 1).to_string()), ("{total}", &COUNT.to_string())]))
        .unwrap_or_default();

    let screen = match state.screen {
        Screen::Intro => html! {
            <Intro lang={state.lang} role_count={props.catalogue.roles.len()}
                   resuming={state.answers.answered() > 0} onstart={dispatch(Action::Start)}
                   onforget={dispatch(Action::Forget)} />
        },
        Screen::Question(i) => {
            let onanswer = {
                let (state, onevent) = (state.clone(), props.onevent.clone());
                Callback::from(move |a: Option<Answer>| {
                    let mut next = state.answers;
                    let changed = next.set_at(i, a).is_ok();
                    state.dispatch(Action::Answer(i, a));
                    if let (true, Some(cb)) = (changed, &onevent) {
                        cb.emit(HostEvent::Answer { lang: state.lang, index: i, answer: a, answered: next.answered() });
                    }
                })
            };
            html! {
                <QuestionView key={QUESTIONS[i].id} lang={state.lang} index={i} question={&QUESTIONS[i]}
                              answer={state.answers.at(i)} currency={currency.clone()} uid={(*uid).clone()}
                              {onanswer} onnext={dispatch(Action::Next)} onback={dispatch(Action::Back)}
                              onskip={dispatch(Action::Skip)} />
            }
        }
        Screen::Results => {
            let share_url = (!host::is_file())
                .then(|| host::share_url(&codec::encode(&state.answers)))
                .flatten()
                .map(AttrValue::from);
            html! {
                <Results lang={state.lang} catalogue={props.catalogue.clone()} fits={fits.clone()}
                         answered={state.answers.answered()} {share_url}
                         onedit={dispatch(Action::GoTo(0))} onrestart={dispatch(Action::Restart)}
                         onforget={dispatch(Action::Forget)} response_style={crate::core::style::response_style(&state.answers)}
                         onrevisit={dispatch(Action::GoTo(crate::core::style::first_agree_question()))} />
            }
        }
    };

    html! {
        <div class="cq" lang={state.lang.code()} ref={root} data-testid="career-quiz">
            <header class="cq-top">
                <LangSwitch lang={state.lang} onchange={onlang} />
            </header>
            <div role="status" class="cq-status">
                if let Some(n) = state.notice {
                    <NoticeBar lang={state.lang} notice={n} ondismiss={dispatch(Action::DismissNotice)} />
                }
            </div>
            <p class="cq-sr" aria-live="polite" data-testid="progress">{ progress }</p>
            <div class="cq-main">
                <ContextProvider<LinksContext> context={props.links.clone()}>{ screen }</ContextProvider<LinksContext>>
            </div>
            if let (Screen::Results, Some(label)) = (state.screen, props.pay_region.clone()) {
                <PayRegion lang={state.lang} {label} />
            }
        </div>
    }
}
