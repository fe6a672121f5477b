//! One role in the results: its fit, a bar per dimension, dealbreakers in
//! plain words, and on demand the reasons with their sources, what-if hints,
//! the pay chart and how to get there.

use yew::prelude::*;

use crate::shared::Shared;

use crate::components::cite::CiteView;
use crate::components::pay_chart::PayChart;
use crate::components::role_cta::RoleCta;
use crate::core::answers::Answers;
use crate::core::catalogue::{Catalogue, Item};
use crate::core::explain;
use crate::core::lang::Lang;
use crate::core::questions::Dimension;
use crate::core::region::Region;
use crate::core::scoring::{what_ifs_for, FitBand, Match, RoleFit, Weights};
use crate::host::money;
use crate::i18n::{fill, ui};

#[derive(Properties, PartialEq)]
pub struct RoleCardProps {
    pub lang: Lang,
    pub catalogue: Shared<Catalogue>,
    pub fit: RoleFit,
    /// The rank shown: 1 for the best fit; near-equal fits share one.
    pub rank: usize,
    /// Place in the list, from 1 (unique, unlike `rank`).
    pub position: usize,
    pub expanded: bool,
    pub ontoggle: Callback<usize>,
    /// Whose pay the role is compared with.
    pub region: Region,
    /// The answers and weights the fit was scored with, for the what-ifs
    /// (worked out when the details show: `scoring::what_ifs_for`).
    pub answers: Answers,
    pub weights: Weights,
}

/// An outlook's change in employment, signed, as `lang` writes a
/// percentage: whole percents, but one decimal below 1 % so a small change
/// does not read as none; a change that rounds to 0.0 is plain "0 %".
fn outlook_change(lang: Lang, change_pct: f64) -> String {
    // The unit as `explain::percent` writes it for `lang` ("%" or " %").
    let unit = explain::percent(lang, 0);
    let unit = unit.trim_start_matches('0');
    let tenths = (change_pct.abs() * 10.0).round();
    if tenths == 0.0 {
        return format!("0{unit}");
    }
    let size = if tenths < 10.0 {
        let point = match lang {
            Lang::En => ".",
            Lang::Nl | Lang::De | Lang::Nb | Lang::Et => ",",
        };
        format!("0{point}{}", tenths as u8)
    } else {
        explain::fixed(change_pct.abs(), 0)
    };
    let sign = if change_pct < 0.0 { "−" } else { "+" };
    format!("{sign}{size}{unit}")
}

/// A horizontal bar for a 0–100 value, drawn in SVG so that no inline
/// style is needed (strict Content-Security-Policy pages allow it); the
/// empty track is the element's own background (`.cq-bar`), one element
/// less per bar: a results screen draws 72 of them. `None`: no value is
/// known, so only the track shows.
fn bar(value: Option<u8>) -> Html {
    html! {
        <svg class="cq-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
            if let Some(v) = value {
                <rect class="fill" width={v.min(100).to_string()} height="8" rx="4" />
            }
        </svg>
    }
}

/// From this place in the list on, a card shows only its head (and prints briefly).
const BRIEF_AFTER: usize = 3;

/// The class that colours a fit band.
fn band_class(b: FitBand) -> &'static str {
    match b {
        FitBand::Strong => "strong",
        FitBand::Possible => "possible",
        FitBand::Poor => "poor",
        FitBand::NotYet => "notyet",
    }
}

/// The names of the roles that usually lead to a job, in `lang`.
fn path_names<'c>(cat: &'c Catalogue, ids: &[String], lang: Lang) -> Vec<&'c str> {
    ids.iter().filter_map(|id| cat.role(id)).map(|r| r.name.get(lang)).collect()
}

/// The list-marker class for how well an answer fits a requirement.
fn match_class(m: Match) -> &'static str {
    match m {
        Match::Good => "mgood",
        Match::Partial => "mpartial",
        Match::Poor => "mpoor",
    }
}

/// One role's card.
#[component]
pub fn RoleCard(props: &RoleCardProps) -> Html {
    let t = ui(props.lang);
    let lang = props.lang;
    let cat = &props.catalogue;
    let fit = &props.fit;
    let Some(role) = cat.roles.get(fit.index) else { return html! {} };
    let band = fit.band();
    let name = role.name.get(lang);
    let cite =
        |c: &crate::core::catalogue::Cite| html! { <CiteView {lang} cite={c.clone()} catalogue={cat.clone()} /> };
    let items = |items: &[Item]| {
        html! {
            <ul>{ for items.iter().map(|i| html! { <li>{ i.text.get(lang) }{ " " }{ cite(&i.cite) }</li> }) }</ul>
        }
    };
    let body_id = format!("cq-role-{}-{}", role.id, props.position);
    let ontoggle = props.ontoggle.reform({
        let i = fit.index;
        move |_: MouseEvent| i
    });
    let m = |v: f64, c: &str| money(lang, v, c);
    // Only for the details on show: the search tries every other answer.
    let what_ifs = if props.expanded { what_ifs_for(cat, &props.answers, &props.weights, fit) } else { Vec::new() };
    let edu = &role.education;
    let training = &edu.training.value;
    let mut training_text = explain::training_span(lang, training);
    if training.months_in_some_industries {
        training_text = format!("{training_text}; {}", t.training_months);
    }

    html! {
        <article class={classes!("cq-role", (props.position > BRIEF_AFTER).then_some("cq-brief"))} data-testid="role" data-role={role.id.clone()}
                 aria-labelledby={format!("{body_id}-h")}>
            <header class="cq-role-head">
                <h3 id={format!("{body_id}-h")}><span class="cq-rank">{ format!("{}.", props.rank) }</span>{ " " }{ name }</h3>
                <p class={classes!("cq-fit", band_class(band))} data-testid="fit">
                    <strong>{ explain::band_name(lang, band) }</strong>
                    { " · " }{ explain::percent(lang, fit.overall) }{ " " }{ t.fit }
                </p>
            </header>
            { bar(Some(fit.overall)) }
            <p class="cq-summary">{ role.summary.get(lang) }</p>
            if let Some(n) = &fit.not_yet {
                <div class="cq-notyet" data-testid="not-yet">
                    <p>{ explain::not_yet(lang, n, &path_names(cat, &n.from, lang)) }{ " " }{ cite(&n.cite) }</p>
                </div>
            }
            if !fit.dealbreakers.is_empty() {
                <div class="cq-alert" data-testid="dealbreaker">
                    <p><strong>{ t.dealbreakers }</strong></p>
                    <ul>{ for fit.dealbreakers.iter().map(|d| html! {
                        <li>{ explain::dealbreaker(lang, d) }{ " " }{ cite(&d.cite) }</li>
                    }) }</ul>
                </div>
            }
            <dl class="cq-dims">
                { for Dimension::ALL.iter().map(|d| {
                    let dim = fit.dim(*d);
                    // Answered, but the role has no data: not a measurement, so no fill and no number.
                    let value = match (dim.score, dim.no_data, d) {
                        (Some(s), _, _) => explain::percent(lang, s),
                        (None, true, Dimension::Pay) => fill(t.no_pay_data, &[("{in}", props.region.in_region(lang))]),
                        (None, true, _) => t.no_dim_data.to_string(),
                        (None, false, _) => t.not_answered.to_string(),
                    };
                    html! {
                        <div class="cq-dim" data-dim={d.key()}>
                            <dt>{ explain::dimension_name(lang, *d) }</dt>
                            <dd>
                                { bar(dim.score) }
                                <span class="cq-dim-val">{ value }</span>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            if let Some(p) = &fit.pay {
                <p class="cq-verdict" data-testid="pay-verdict">
                    <strong>{ explain::verdict_label(lang, p) }{ ": " }</strong>
                    { explain::pay(lang, cat, p, &m) }
                </p>
            }
            <RoleCta {lang} role={role.id.clone()} />
            <button type="button" class="cq-btn link cq-toggle" aria-expanded={props.expanded.to_string()}
                    aria-controls={body_id.clone()} onclick={ontoggle}>
                { if props.expanded { t.hide_details } else { t.show_details } }
            </button>
            // The details are built only for an open card (issue 15: a results
            // screen of 12 cards was about 9,000 nodes with every body built
            // and hidden); the empty element stays for `aria-controls`.
            <div id={body_id} class={classes!("cq-role-body", (!props.expanded).then_some("collapsed"))}>
            if props.expanded {
                <h4>{ t.why }</h4>
                { for fit.dims.iter().filter(|d| !d.reasons.is_empty()).map(|d| html! {
                    <section class="cq-reasons">
                        <h5>{ explain::dimension_name(lang, d.dimension) }</h5>
                        <ul>{ for d.reasons.iter().map(|r| html! {
                            <li class={match_class(r.fit)}>{ explain::reason(lang, r) }{ " " }{ cite(&r.cite) }</li>
                        }) }</ul>
                    </section>
                }) }
                if !what_ifs.is_empty() {
                    <h4>{ t.what_if }</h4>
                    <ul class="cq-whatif" data-testid="what-if">
                        { for what_ifs.iter().map(|w| html! { <li>{ explain::what_if(lang, w) }</li> }) }
                    </ul>
                }
                <h4>{ t.pay_title }</h4>
                <PayChart {lang} catalogue={cat.clone()} role={fit.index} fit={fit.pay.clone()} region={props.region} />
                <h4>{ t.get_there }</h4>
                <dl class="cq-facts-list">
                    <dt>{ t.min_education }</dt>
                    <dd>{ t.edu_levels[usize::from(edu.minimum.value.rank())] }{ " " }{ cite(&edu.minimum.cite) }</dd>
                    <dt>{ t.training }</dt>
                    <dd>{ training_text }{ " " }{ cite(&edu.training.cite) }</dd>
                    <dt>{ t.licence }</dt>
                    <dd>{ t.licence_levels[usize::from(edu.licence.value.min(3))] }{ " " }{ cite(&edu.licence.cite) }</dd>
                    if !edu.certifications.is_empty() {
                        <dt>{ t.certifications }</dt>
                        <dd>{ items(&edu.certifications) }</dd>
                    }
                    if !role.advancement.is_empty() {
                        <dt>{ t.advancement }</dt>
                        <dd>{ items(&role.advancement) }</dd>
                    }
                    if !role.outlook.is_empty() {
                        <dt>{ t.outlook }</dt>
                        <dd><ul>{ for role.outlook.iter().map(|o| {
                            let pct = outlook_change(lang, o.change_pct);
                            html! { <li>{ fill(t.outlook_line, &[("{p}", &pct), ("{from}", &o.from_year.to_string()),
                                ("{to}", &o.to_year.to_string()), ("{scope}", o.scope.get(lang))]) }{ " " }{ cite(&o.cite) }</li> }
                        }) }</ul></dd>
                    }
                </dl>
                <div class="cq-proscons">
                    if !role.pros.is_empty() { <section><h4>{ t.pros }</h4>{ items(&role.pros) }</section> }
                    if !role.cons.is_empty() { <section><h4>{ t.cons }</h4>{ items(&role.cons) }</section> }
                </div>
            }
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlook_changes_show_their_real_size_and_sign() {
        let cases = [
            (Lang::En, 300.0, "+300%"),
            (Lang::En, -100.0, "−100%"),
            (Lang::En, 1000.0, "+1000%"),
            (Lang::En, 5.0, "+5%"),
            (Lang::En, 36.4, "+36%"),
            (Lang::En, 1.5, "+2%"),
            (Lang::En, -0.4, "−0.4%"),
            (Lang::En, 0.6, "+0.6%"),
            (Lang::De, -0.4, "−0,4\u{a0}%"),
            (Lang::Nl, 0.25, "+0,3%"),
            (Lang::Et, -0.96, "−1%"),
            (Lang::Nb, 255.6, "+256\u{a0}%"),
            // No "−0%" and no "+0%": no change is just 0.
            (Lang::En, 0.0, "0%"),
            (Lang::En, -0.0, "0%"),
            (Lang::En, -0.04, "0%"),
            (Lang::De, 0.04, "0\u{a0}%"),
        ];
        for (lang, pct, expected) in cases {
            assert_eq!(outlook_change(lang, pct), expected, "{lang:?} {pct}");
        }
    }
}
