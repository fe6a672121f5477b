//! One question on its own screen: the question as the heading of a
//! fieldset, native radio buttons or checkboxes (so arrow keys, Space and
//! screen readers work as everywhere else), the pay and years fields, and
//! Back / Skip / Next.
//!
//! The pay and years fields keep the text being typed. A readable text
//! becomes the answer when the visitor leaves the field or presses Next; an
//! unreadable one is never dropped or guessed: Next stays on the question,
//! names what is wrong under the field and moves focus back to it.

use yew::prelude::*;

use crate::components::region_select::RegionSelect;
use crate::core::amount::{format_amount, parse_amount, parse_years, AmountError, YearsError};
use crate::core::answers::{Answer, MAX_PAY_CENTS};
use crate::core::catalogue::Period;
use crate::core::explain::period_name;
use crate::core::lang::tr;
use crate::core::lang::Lang;
use crate::core::questions::{Kind, Question, COUNT, MAX_YEARS};
use crate::core::region::{Currency, Region};
use crate::host::money;
use crate::i18n::{fill, ui};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub lang: Lang,
    /// Position in the quiz, from 0.
    pub index: usize,
    pub question: &'static Question,
    pub answer: Option<Answer>,
    /// Whose pay the expectation is compared with: sets the pay question's
    /// currency and usual period.
    pub region: Region,
    /// Called when the visitor picks another pay region on the pay question.
    pub onregion: Callback<Region>,
    /// Unique per widget instance, so that two quizzes on one page keep
    /// separate radio groups.
    pub uid: AttrValue,
    pub onanswer: Callback<Option<Answer>>,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    pub onskip: Callback<()>,
}

/// Why the text in the pay or years field is not an answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldProblem {
    Amount(AmountError),
    Years(YearsError),
}

/// What the text typed into the field of a `kind` question means: an
/// answer, no answer (an empty field), or a problem to show. Questions
/// without a text field have no text, hence no answer from it.
pub fn read_field(
    kind: Kind,
    lang: Lang,
    text: &str,
    period: Period,
    currency: Currency,
) -> Result<Option<Answer>, FieldProblem> {
    match kind {
        Kind::Pay => match parse_amount(text, lang) {
            Ok(cents) => Ok(Some(Answer::Pay { cents, period, currency })),
            Err(AmountError::Empty) => Ok(None),
            Err(e) => Err(FieldProblem::Amount(e)),
        },
        Kind::Years => match parse_years(text) {
            Ok(years) => Ok(Some(Answer::Years(years))),
            Err(YearsError::Empty) => Ok(None),
            Err(e) => Err(FieldProblem::Years(e)),
        },
        Kind::Agree { .. } | Kind::Choice(_) | Kind::Multi(_) => Ok(None),
    }
}

/// The message under the field for `problem`, in `lang`. `currency`
/// writes the largest amount.
pub fn problem_message(lang: Lang, problem: FieldProblem, currency: &str) -> String {
    let t = ui(lang);
    match problem {
        FieldProblem::Amount(e) => match e {
            AmountError::Empty | AmountError::NotANumber => t.amount_not_number.to_string(),
            AmountError::Ambiguous { whole } => fill(t.amount_ambiguous, &[("{n}", &whole.to_string())]),
            AmountError::BadGrouping => t.amount_grouping.to_string(),
            AmountError::TooManyDecimals => t.amount_decimals.to_string(),
            AmountError::Negative => t.amount_negative.to_string(),
            AmountError::Zero => t.amount_zero.to_string(),
            AmountError::TooLarge => {
                fill(t.amount_too_large, &[("{max}", &money(lang, f64::from(MAX_PAY_CENTS / 100), currency))])
            }
        },
        FieldProblem::Years(e) => match e {
            YearsError::Empty | YearsError::NotANumber => t.years_not_number.to_string(),
            YearsError::Negative => t.years_negative.to_string(),
            YearsError::NotWhole => t.years_not_whole.to_string(),
            YearsError::TooMany => fill(t.years_too_many, &[("{max}", &MAX_YEARS.to_string())]),
        },
    }
}

/// The pay or years field while the visitor types: the text, the period
/// chosen (pay), and the problem shown under the field, if any.
#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    period: Period,
    problem: Option<FieldProblem>,
}

impl Draft {
    /// The field as a saved answer shows it (in `lang`'s number habits);
    /// an empty pay field offers the region's usual period.
    fn of(answer: Option<Answer>, lang: Lang, region: Region) -> Draft {
        let (text, period) = match answer {
            Some(Answer::Pay { cents, period, .. }) => (format_amount(cents, lang), period),
            Some(Answer::Years(y)) => (y.to_string(), Period::Annual),
            _ => (String::new(), region.usual_period()),
        };
        Draft { text, period, problem: None }
    }
}

/// The question screen.
#[component]
pub fn QuestionView(props: &QuestionProps) -> Html {
    let t = ui(props.lang);
    let q = props.question;
    let name = format!("{}-{}", props.uid, q.id);
    let draft = use_state(|| Draft::of(props.answer, props.lang, props.region));
    let field = use_node_ref();
    // Bumped when Next finds the field unreadable: focus goes back to the
    // field once it is drawn with its message.
    let refocus = use_state(|| 0u32);
    {
        let field = field.clone();
        use_effect_with(*refocus, move |n| {
            if *n > 0 {
                if let Some(input) = field.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    // The field's text as an answer, given to the app when it differs from
    // the one it has; `Err` when unreadable (nothing is given).
    let commit = {
        let (kind, lang, current, onanswer) = (q.kind, props.lang, props.answer, props.onanswer.clone());
        let currency = props.region.currency();
        // An expectation in another currency than the region's is kept
        // as it is until the visitor changes the amount or its period.
        let kept = Draft::of(current, lang, props.region);
        let other_currency = matches!(current, Some(Answer::Pay { currency: c, .. }) if c != currency);
        move |text: &str, period: Period| {
            if other_currency && text == kept.text && period == kept.period {
                return Ok(());
            }
            let read = read_field(kind, lang, text, period, currency);
            if let Ok(answer) = read {
                if answer != current {
                    onanswer.emit(answer);
                }
            }
            read.map(|_| ())
        }
    };
    let text_field = matches!(q.kind, Kind::Pay | Kind::Years);
    let onsubmit = {
        let (next, draft, field, refocus, commit) =
            (props.onnext.clone(), draft.clone(), field.clone(), refocus.clone(), commit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !text_field {
                next.emit(());
                return;
            }
            // The text as it is now in the field, even if typed since the last render.
            let text =
                field.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_else(|| draft.text.clone());
            match commit(&text, draft.period) {
                Ok(()) => next.emit(()),
                Err(problem) => {
                    draft.set(Draft { text, period: draft.period, problem: Some(problem) });
                    refocus.set(*refocus + 1);
                }
            }
        })
    };
    let last = props.index + 1 == COUNT;
    let field_props = TextFieldProps {
        draft: draft.clone(),
        field: field.clone(),
        commit: Callback::from(move |(text, period): (String, Period)| {
            let _ = commit(&text, period);
        }),
    };
    let body = match q.kind {
        Kind::Agree { .. } | Kind::Choice(_) => choices(props, &name, false),
        // The question's own text says to choose any number.
        Kind::Multi(_) => choices(props, &name, true),
        Kind::Pay => pay_input(props, &name, &field_props),
        Kind::Years => years_input(props, &name, &field_props),
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

/// What the pay and years fields share: the draft, the input element (for
/// focus and its live value) and how to give a readable text as the answer.
struct TextFieldProps {
    draft: UseStateHandle<Draft>,
    field: NodeRef,
    /// (text, period): gives the answer if the text reads; otherwise nothing.
    commit: Callback<(String, Period)>,
}

impl TextFieldProps {
    /// Keeps the typed text. No message appears while typing; one already
    /// shown goes as soon as the text reads (or is emptied).
    fn oninput(&self, kind: Kind, lang: Lang, currency: Currency) -> Callback<InputEvent> {
        let draft = self.draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            let problem = draft.problem.filter(|_| read_field(kind, lang, &text, draft.period, currency).is_err());
            draft.set(Draft { text, period: draft.period, problem });
        })
    }

    /// Leaving the field gives a readable text as the answer (so Back or a
    /// language switch keep it); an unreadable one waits for Next.
    fn onblur(&self) -> Callback<FocusEvent> {
        let (draft, commit) = (self.draft.clone(), self.commit.clone());
        Callback::from(move |e: FocusEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            commit.emit((input.value(), draft.period));
        })
    }

    /// `aria-describedby` of the input: the message first, then `others`.
    fn described_by(&self, error_id: &str, others: &[&str]) -> Option<String> {
        let ids: Vec<&str> = self.draft.problem.map(|_| error_id).into_iter().chain(others.iter().copied()).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The message under the field, in a polite live region that is always
    /// there (so it is read out also when focus already is on the field).
    fn message(&self, lang: Lang, error_id: String, currency: &str) -> Html {
        html! {
            <div class="cq-error-slot" aria-live="polite">
                if let Some(problem) = self.draft.problem {
                    <p class="cq-error" id={error_id} data-testid="field-error">{ problem_message(lang, problem, currency) }</p>
                }
            </div>
        }
    }
}

fn years_input(props: &QuestionProps, name: &str, f: &TextFieldProps) -> Html {
    let t = ui(props.lang);
    let id = format!("{name}-years");
    let error_id = format!("{id}-error");
    html! {
        <div class="cq-field">
            <label for={id.clone()}>{ t.years }</label>
            <input {id} ref={f.field.clone()} type="text" inputmode="numeric" autocomplete="off"
                   aria-invalid={f.draft.problem.map(|_| "true")} aria-describedby={f.described_by(&error_id, &[])}
                   value={f.draft.text.clone()} oninput={f.oninput(props.question.kind, props.lang, props.region.currency())} onblur={f.onblur()} />
            { f.message(props.lang, error_id, props.region.currency().code()) }
        </div>
    }
}

/// The pay region, an amount in its currency and the period.
fn pay_input(props: &QuestionProps, name: &str, f: &TextFieldProps) -> Html {
    let t = ui(props.lang);
    let lang = props.lang;
    let currency = props.region.currency();
    let cur = currency.code();
    let onchange = {
        let (draft, commit) = (f.draft.clone(), f.commit.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let period = match select.value().as_str() {
                "hourly" => Period::Hourly,
                "monthly" => Period::Monthly,
                _ => Period::Annual,
            };
            commit.emit((draft.text.clone(), period));
            draft.set(Draft { period, ..(*draft).clone() });
        })
    };
    let amount_id = format!("{name}-amount");
    let error_id = format!("{amount_id}-error");
    let note_id = format!("{name}-note");
    let period_id = format!("{name}-period");
    let mismatch_id = format!("{name}-mismatch");
    let mismatch = match props.answer {
        Some(Answer::Pay { currency: old, .. }) if old != currency => Some(old),
        _ => None,
    };
    let in_region = props.region.in_region(lang);
    let periods = [(Period::Hourly, "hourly"), (Period::Monthly, "monthly"), (Period::Annual, "annual")];
    let described: Vec<&str> = mismatch.map(|_| mismatch_id.as_str()).into_iter().chain([note_id.as_str()]).collect();
    html! {
        <div class="cq-pay-input">
            <RegionSelect {lang} region={props.region} id={format!("{name}-region")} onchange={props.onregion.clone()} />
            <div class="cq-field">
                <label for={amount_id.clone()}>{ format!("{} ({cur})", t.amount) }</label>
                <input id={amount_id} ref={f.field.clone()} type="text" inputmode="decimal" autocomplete="off"
                       aria-invalid={f.draft.problem.map(|_| "true")} aria-describedby={f.described_by(&error_id, &described)}
                       value={f.draft.text.clone()} oninput={f.oninput(Kind::Pay, lang, currency)} onblur={f.onblur()} />
                { f.message(lang, error_id, cur) }
            </div>
            <div class="cq-field">
                <label for={period_id.clone()}>{ t.per }</label>
                <select id={period_id} {onchange}>
                    { for periods.iter().map(|(p, v)| html! {
                        <option value={*v} selected={*p == f.draft.period}>{ period_name(lang, *p) }</option>
                    }) }
                </select>
            </div>
            if let Some(old) = mismatch {
                <p class="cq-help cq-warn" id={mismatch_id.clone()} data-testid="currency-mismatch">
                    { fill(t.currency_mismatch, &[("{old}", old.code()), ("{in}", in_region), ("{cur}", cur)]) }
                </p>
            }
            <p class="cq-help cq-pay-note" id={note_id.clone()}>{ fill(t.pay_note, &[("{cur}", cur), ("{in}", in_region)]) }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questions::QUESTIONS;

    fn kind(id: &str) -> Kind {
        QUESTIONS.iter().find(|q| q.id == id).map(|q| q.kind).unwrap()
    }

    #[test]
    fn the_field_reads_into_an_answer_no_answer_or_a_problem() {
        let (pay, years) = (kind("p_expect"), kind("p_years"));
        let monthly = Period::Monthly;
        let check = |k: Kind, lang: Lang, text: &str, expected: Result<Option<Answer>, FieldProblem>| {
            assert_eq!(read_field(k, lang, text, monthly, Currency::Eur), expected, "{lang:?} {text:?}");
        };
        check(
            pay,
            Lang::De,
            "3.000 €",
            Ok(Some(Answer::Pay { cents: 300_000, period: monthly, currency: Currency::Eur })),
        );
        check(pay, Lang::En, "  ", Ok(None));
        check(pay, Lang::En, "45,000.00.00", Err(FieldProblem::Amount(AmountError::BadGrouping)));
        check(pay, Lang::En, "45.000", Err(FieldProblem::Amount(AmountError::Ambiguous { whole: 45_000 })));
        check(years, Lang::Nb, "3 år", Ok(Some(Answer::Years(3))));
        check(years, Lang::Nb, "", Ok(None));
        check(years, Lang::En, "61", Err(FieldProblem::Years(YearsError::TooMany)));
        check(kind("t_calm"), Lang::En, "anything", Ok(None));
    }

    #[test]
    fn every_problem_has_its_own_message_in_every_language() {
        let amount = [
            AmountError::NotANumber,
            AmountError::Ambiguous { whole: 45_000 },
            AmountError::BadGrouping,
            AmountError::TooManyDecimals,
            AmountError::Negative,
            AmountError::Zero,
            AmountError::TooLarge,
        ];
        let years = [YearsError::NotANumber, YearsError::Negative, YearsError::NotWhole, YearsError::TooMany];
        let problems: Vec<FieldProblem> =
            amount.map(FieldProblem::Amount).into_iter().chain(years.map(FieldProblem::Years)).collect();
        for lang in Lang::ALL {
            let messages: Vec<String> = problems.iter().map(|p| problem_message(lang, *p, "USD")).collect();
            for (p, m) in problems.iter().zip(&messages) {
                assert!(!m.is_empty() && !m.contains('{'), "{lang:?} {p:?}: {m}");
                assert_eq!(messages.iter().filter(|x| *x == m).count(), 1, "{lang:?} {p:?}: {m} is not specific");
            }
            assert!(messages[1].contains("45000"), "{lang:?}: the ambiguous message shows the amount without marks");
            assert!(messages.last().unwrap().contains(&MAX_YEARS.to_string()), "{lang:?}");
            if lang != Lang::En {
                assert!(messages.iter().all(|m| !ui(Lang::En).amount_not_number.contains(m.as_str())), "{lang:?}");
            }
        }
    }
}
