//! One question on its own screen: the question as the heading of a
//! fieldset, native radio buttons or checkboxes (so arrow keys, Space and
//! screen readers work as everywhere else), and Back / Skip / Next.

use yew::prelude::*;

use crate::core::amount::{format_amount, parse_amount};
use crate::core::answers::Answer;
use crate::core::catalogue::Period;
use crate::core::explain::period_name;
use crate::core::lang::tr;
use crate::core::lang::Lang;
use crate::core::questions::{Kind, Question, COUNT, MAX_YEARS};
use crate::i18n::{fill, ui};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub lang: Lang,
    /// Position in the quiz, from 0.
    pub index: usize,
    pub question: &'static Question,
    pub answer: Option<Answer>,
    /// Currency of the pay question (the catalogue's).
    pub currency: AttrValue,
    /// Unique per widget instance, so that two quizzes on one page keep
    /// separate radio groups.
    pub uid: AttrValue,
    pub onanswer: Callback<Option<Answer>>,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    pub onskip: Callback<()>,
}

/// The question screen.
#[component]
pub fn QuestionView(props: &QuestionProps) -> Html {
    let t = ui(props.lang);
    let q = props.question;
    let name = format!("{}-{}", props.uid, q.id);
    let onsubmit = {
        let next = props.onnext.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            next.emit(());
        })
    };
    let last = props.index + 1 == COUNT;
    let body = match q.kind {
        Kind::Agree { .. } | Kind::Choice(_) => choices(props, &name, false),
        // The question's own text says to choose any number.
        Kind::Multi(_) => choices(props, &name, true),
        Kind::Pay => html! { <PayInput lang={props.lang} answer={props.answer} currency={props.currency.clone()}
        name={name.clone()} onanswer={props.onanswer.clone()} /> },
        Kind::Years => years_input(props, &name),
    };
    let back = props.onback.reform(|_: MouseEvent| ());
    let skip = props.onskip.reform(|_: MouseEvent| ());
    html! {
        <form class="cq-question" {onsubmit} data-testid="question" data-question={q.id}>
            <div class="cq-progress" aria-hidden="true">
                <span>{ fill(t.progress, &[("{n}", &(props.index + 1).to_string()), ("{total}", &COUNT.to_string())]) }</span>
                <progress max={COUNT.to_string()} value={(props.index + 1).to_string()}></progress>
            </div>
            <fieldset aria-describedby={q.help.map(|_| format!("{name}-help"))}>
                <legend>
                    <h2 tabindex="-1" data-autofocus="">{ tr(&q.text, props.lang) }</h2>
                </legend>
                if let Some(help) = q.help {
                    <p class="cq-help" id={format!("{name}-help")}>{ tr(&help, props.lang) }</p>
                }
                { body }
            </fieldset>
            <div class="cq-nav">
                <button type="button" class="cq-btn secondary" onclick={back}>{ t.back }</button>
                <button type="button" class="cq-btn link" onclick={skip}>{ t.skip }</button>
                <button type="submit" class="cq-btn">{ if last { t.see_results } else { t.next } }</button>
            </div>
        </form>
    }
}

/// Radio buttons (one answer) or checkboxes (`multi`) for the options.
fn choices(props: &QuestionProps, name: &str, multi: bool) -> Html {
    let options = props.question.options();
    let mask = match props.answer {
        Some(Answer::Multi(m)) => m,
        _ => 0,
    };
    html! {
        <div class={classes!("cq-options", (options.len() == 5 && !multi).then_some("scale"))}>
            { for options.iter().enumerate().map(|(i, opt)| {
                let i = i as u8;
                let checked = if multi { mask & (1 << i) != 0 } else { props.answer == Some(Answer::Choice(i)) };
                let onchange = {
                    let cb = props.onanswer.clone();
                    Callback::from(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        if multi {
                            let m = if input.checked() { mask | (1 << i) } else { mask & !(1 << i) };
                            cb.emit(Some(Answer::Multi(m)));
                        } else if input.checked() {
                            cb.emit(Some(Answer::Choice(i)));
                        }
                    })
                };
                let id = format!("{name}-{i}");
                html! {
                    <div class="cq-option">
                        <input type={if multi { "checkbox" } else { "radio" }} id={id.clone()} name={name.to_string()}
                               value={i.to_string()} {checked} {onchange} />
                        <label for={id}>{ tr(&opt.label, props.lang) }</label>
                    </div>
                }
            }) }
        </div>
    }
}

fn years_input(props: &QuestionProps, name: &str) -> Html {
    let t = ui(props.lang);
    let value = match props.answer {
        Some(Answer::Years(y)) => y.to_string(),
        _ => String::new(),
    };
    let oninput = {
        let cb = props.onanswer.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let years = input.value().trim().parse::<u8>().ok().filter(|y| *y <= MAX_YEARS);
            cb.emit(years.map(Answer::Years));
        })
    };
    let id = format!("{name}-years");
    html! {
        <div class="cq-field">
            <label for={id.clone()}>{ t.years }</label>
            <input {id} type="number" inputmode="numeric" min="0" max={MAX_YEARS.to_string()} step="1"
                   value={value} {oninput} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PayInputProps {
    lang: Lang,
    answer: Option<Answer>,
    currency: AttrValue,
    name: String,
    onanswer: Callback<Option<Answer>>,
}

/// An amount and its period. The text being typed is kept locally, so a
/// half-typed amount ("12.") is not lost when it is not yet a number.
#[component]
fn PayInput(props: &PayInputProps) -> Html {
    let t = ui(props.lang);
    let (cents, period) = match props.answer {
        Some(Answer::Pay { cents, period }) => (Some(cents), period),
        _ => (None, Period::Annual),
    };
    let text = use_state(|| cents.map(|c| format_amount(c, props.lang)).unwrap_or_default());
    let period_state = use_state(|| period);
    let emit = {
        let (cb, lang) = (props.onanswer.clone(), props.lang);
        move |text: &str, period: Period| {
            cb.emit(parse_amount(text, lang).ok().map(|cents| Answer::Pay { cents, period }))
        }
    };
    let oninput = {
        let (text, period_state, emit) = (text.clone(), period_state.clone(), emit.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            emit(&v, *period_state);
            text.set(v);
        })
    };
    let onchange = {
        let (text, period_state) = (text.clone(), period_state.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let p = match select.value().as_str() {
                "hourly" => Period::Hourly,
                "monthly" => Period::Monthly,
                _ => Period::Annual,
            };
            emit(&text, p);
            period_state.set(p);
        })
    };
    let amount_id = format!("{}-amount", props.name);
    let period_id = format!("{}-period", props.name);
    let periods = [(Period::Hourly, "hourly"), (Period::Monthly, "monthly"), (Period::Annual, "annual")];
    html! {
        <div class="cq-pay-input">
            <div class="cq-field">
                <label for={amount_id.clone()}>{ format!("{} ({})", t.amount, props.currency) }</label>
                <input id={amount_id} type="text" inputmode="decimal" autocomplete="off"
                       aria-describedby={format!("{}-note", props.name)}
                       value={(*text).clone()} {oninput} />
            </div>
            <div class="cq-field">
                <label for={period_id.clone()}>{ t.per }</label>
                <select id={period_id} {onchange}>
                    { for periods.iter().map(|(p, v)| html! {
                        <option value={*v} selected={*p == *period_state}>{ period_name(props.lang, *p) }</option>
                    }) }
                </select>
            </div>
            <p class="cq-help cq-pay-note" id={format!("{}-note", props.name)}>{ fill(t.pay_note, &[("{cur}", props.currency.as_str())]) }</p>
        </div>
    }
}
