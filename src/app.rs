//! The root component: owns the one reducer, calls the effects (`hooks`:
//! restore from a shared link or storage, save, listen for links and other
//! tabs, move focus, tell the host) and lays out the screen.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::shared::{Roles, Shared};

use crate::components::intro::Intro;
use crate::components::lang_switch::LangSwitch;
use crate::components::notice::NoticeBar;
use crate::components::question::QuestionView;
use crate::components::results::{Results, RolesPending};
use crate::core::answers::Answer;
use crate::core::catalogue::Catalogue;
use crate::core::codec;
use crate::core::lang::Lang;
use crate::core::questions::{testing, Tests, COUNT, QUESTIONS};
use crate::core::region::{Currency, Region};
use crate::core::scoring::{score, Weights};
pub use crate::hooks::HostEvent;
use crate::hooks::{
    use_focus_on_screen, use_host_events, use_link_listener, use_persist, use_prepared_money, use_restore,
    use_storage_listener, use_take_focus, use_translated, Translated,
};
use crate::host;
use crate::i18n::{fill, ui};
use crate::links::LinksContext;
use crate::state::{Action, QuizState, Screen};

/// What the host (the page, the embed API, a test) hands the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to start in (negotiated from the browser by the caller).
    pub lang: Lang,
    /// The roles to compare against (given ones compared by identity: a
    /// re-mount with other roles brings another `Rc`).
    pub roles: Roles,
    /// Where progress is saved in localStorage; `None` saves nothing.
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
    /// How much each dimension counts.
    #[prop_or_default]
    pub weights: Weights,
    /// Per-role call-to-action links (from the embedder).
    #[prop_or_default]
    pub links: LinksContext,
    /// Whose pay to compare with until the visitor chooses (the
    /// embedder's `payRegion`); `None`: the language's country.
    #[prop_or_default]
    pub pay_region: Option<Region>,
    /// Told when the widget is ready, on every answer and on the results.
    #[prop_or_default]
    pub onevent: Option<Callback<HostEvent>>,
    /// Start was pressed on the prerendered intro before the wasm mounted
    /// (see `scripts/prerender.mjs`): the quiz opens at its first open
    /// question once saved answers are read, so the click is not lost.
    #[prop_or_default]
    pub start: bool,
    /// The `data-testid` of the prerendered intro's control that had the
    /// keyboard focus when the wasm mounted: the live one gets it.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    /// The language asked for could not be loaded, so the widget shows
    /// English and says so (a notice).
    #[prop_or_default]
    pub lang_failed: bool,
}

impl AppProps {
    /// Props with these roles, no storage and the default weights.
    pub fn new(lang: Lang, catalogue: Rc<Catalogue>) -> Self {
        AppProps::with_roles(lang, Roles::Given(Shared(catalogue)))
    }

    /// Props with `roles` (the built-in ones, to load: [`Roles::builtin`]),
    /// no storage and the default weights.
    pub fn with_roles(lang: Lang, roles: Roles) -> Self {
        AppProps {
            lang,
            roles,
            storage_key: None,
            weights: Weights::default(),
            links: LinksContext::default(),
            pay_region: None,
            onevent: None,
            start: false,
            focus: None,
            lang_failed: false,
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

/// The currency of a pay answer that is not the region's (so pay is left
/// out of the match until the visitor gives it in the region's currency).
fn pay_mismatch(answers: &crate::core::answers::Answers, region: Region) -> Option<Currency> {
    match testing(Tests::Pay).and_then(|(i, _)| answers.at(i)) {
        Some(Answer::Pay { currency, .. }) if currency != region.currency() => Some(currency),
        _ => None,
    }
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

    use_restore(&state, props.storage_key.clone(), props.start, props.lang_failed);
    use_link_listener(&state);
    use_storage_listener(&state, props.storage_key.clone());
    use_persist(&state, props.storage_key.clone());
    use_focus_on_screen(&root, state.screen, state.notice.is_some());
    use_take_focus(&root, props.focus.clone());
    // The visitor's language of the role texts and citations, loaded beside
    // the wasm while the visitor answers (see hooks::use_translated).
    let Translated { catalogue: translated, missing, retry } =
        use_translated(props.roles.clone(), state.lang, state.screen != Screen::Intro);
    // The visitor's choice, else the embedder's, else the language's country.
    let region = state.answers.region.or(props.pay_region).unwrap_or_else(|| Region::for_lang(state.lang));
    use_prepared_money(state.lang, region.currency().code(), matches!(state.screen, Screen::Question(_)));
    let mut scored = state.answers;
    scored.region = Some(region);
    // Scored against the catalogue as shown (with its citation texts once
    // they are in: the reasons carry citations), compared by identity.
    // Nothing to score until the roles are in (loaded when the quiz starts).
    let fits = use_memo((scored, props.weights, translated.clone()), |(answers, weights, cat)| {
        cat.as_ref().map(|cat| Rc::new(score(cat, answers, weights)))
    });
    let shown = translated.clone().zip((*fits).clone());
    use_host_events(&state, shown.clone().map(|(c, f)| (f, c.0)), props.onevent.clone(), props.lang);

    let dispatch = |a: Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(a.clone()))
    };
    // A language the wasm does not carry is loaded first (its pack beside
    // the wasm); the widget stays in its language until it is there.
    // The language the visitor chose last: a load that finishes after a
    // later choice does not switch to its language.
    let chosen = use_mut_ref(|| None::<Lang>);
    let onlang = {
        let state = state.clone();
        Callback::from(move |l: Lang| {
            *chosen.borrow_mut() = Some(l);
            if crate::core::lang::ready(l) {
                state.dispatch(Action::SetLang(l));
                return;
            }
            let (state, chosen) = (state.clone(), chosen.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::host::load_pack(l).await;
                if *chosen.borrow() != Some(l) {
                    return;
                }
                match loaded {
                    Ok(()) => state.dispatch(Action::SetLang(l)),
                    Err(e) => {
                        crate::host::warn(&format!("career quiz: the {} texts could not be loaded: {e}", l.code()));
                        state.dispatch(Action::LangFailed);
                    }
                }
            });
        })
    };
    let t = ui(state.lang);
    let onregion = {
        let state = state.clone();
        Callback::from(move |r: Region| state.dispatch(Action::SetRegion(r)))
    };
    let progress = state
        .question_index()
        .map(|i| fill(t.progress, &[("{n}", &(i + 1).to_string()), ("{total}", &COUNT.to_string())]))
        .unwrap_or_default();

    let screen = match state.screen {
        Screen::Intro => html! {
            <Intro lang={state.lang} role_count={props.roles.ids().len()}
                   resuming={state.answers.answered() > 0} can_forget={state.can_forget()}
                   onstart={dispatch(Action::Start)}
                   onforget={dispatch(Action::Forget)} />
        },
        Screen::Question(i) => {
            let onanswer = {
                let state = state.clone();
                // A pay expectation fixes the country it was given for: a later
                // language switch must not move it to another country's pay.
                let unchosen = state.answers.region.is_none();
                Callback::from(move |a: Option<Answer>| {
                    if unchosen && matches!(a, Some(Answer::Pay { .. })) {
                        state.dispatch(Action::SetRegion(region));
                    }
                    state.dispatch(Action::Answer(i, a))
                })
            };
            html! {
                <QuestionView key={QUESTIONS[i].id} lang={state.lang} index={i} question={&QUESTIONS[i]}
                              answer={state.answers.at(i)} {region} onregion={onregion.clone()} uid={(*uid).clone()}
                              {onanswer} onnext={dispatch(Action::Next)} onback={dispatch(Action::Back)}
                              onskip={dispatch(Action::Skip)} />
            }
        }
        Screen::Results => {
            let ready = shown.is_some();
            let body = match shown {
                // The roles are still loading, or could not be loaded.
                None => html! { <RolesPending lang={state.lang} failed={missing.roles} onretry={retry} /> },
                Some((translated, fits)) => {
                    let share_url = (!host::is_file())
                        .then(|| host::share_url(&codec::encode(&scored)))
                        .flatten()
                        .map(AttrValue::from);
                    html! {
                        <Results lang={state.lang} catalogue={translated} fits={Shared(fits)}
                                 answered={state.answers.answered()} {share_url}
                                 onedit={dispatch(Action::GoTo(0))} onrestart={dispatch(Action::Restart)}
                                 onforget={dispatch(Action::Forget)} response_style={crate::core::style::response_style(&state.answers)}
                                 onrevisit={dispatch(Action::GoTo(crate::core::style::first_agree_question()))}
                                 {region} onregion={onregion.clone()} pay_mismatch={pay_mismatch(&state.answers, region)}
                                 onpay={dispatch(Action::GoTo(testing(Tests::Pay).map_or(0, |(i, _)| i)))}
                                 answers={scored} weights={props.weights} {missing} onretry={retry} />
                    }
                }
            };
            // One section and heading whether the roles are in or still
            // loading: the keyboard focus on the heading stays when they come.
            html! {
                <section class="cq-results" data-testid={if ready { "results" } else { "results-pending" }}
                         aria-busy={(!ready && !missing.roles).to_string()}>
                    <h2 tabindex="-1" data-autofocus="">{ t.results_title }</h2>
                    { body }
                </section>
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
        </div>
    }
}
