//! The pay chart: an inline SVG with the role's p10–p90 band, its median,
//! the experience ladder where there is one, similar roles beside it, and
//! the visitor's expectation as a marker; plus the same figures as a table.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::catalogue::Catalogue;
use crate::core::lang::Lang;
use crate::core::pay::{distribution, Distribution, PayFit};
use crate::host::money;
use crate::i18n::{fill, ui};

#[derive(Properties, PartialEq)]
pub struct PayChartProps {
    pub lang: Lang,
    pub catalogue: Rc<Catalogue>,
    /// Index of the role in the catalogue.
    pub role: usize,
    /// The visitor's expectation placed on this role, if they gave one.
    pub fit: Option<PayFit>,
}

/// One row of the chart: a role's name and its distribution.
struct Row {
    name: String,
    dist: Distribution,
    main: bool,
}

/// The bars' coordinate width (they are stretched to the row's width).
const W: f64 = 1000.0;
const PAD: f64 = 8.0;
/// At most this many similar roles beside the role itself, in catalogue order.
const MAX_SIMILAR: usize = 6;

/// Chart and table for one role.
#[component]
pub fn PayChart(props: &PayChartProps) -> Html {
    let t = ui(props.lang);
    let cat = &props.catalogue;
    let Some(role) = cat.roles.get(props.role) else { return html! {} };
    let Some(dist) = distribution(role) else {
        return html! { <p class="cq-muted">{ t.pay_none }</p> };
    };
    let lang = props.lang;
    let mut rows = vec![Row { name: role.name.get(lang).to_string(), dist: dist.clone(), main: true }];
    rows.extend(
        role.similar
            .iter()
            .filter_map(|id| cat.role(id))
            .filter_map(|r| {
                let d = distribution(r)?;
                (d.currency == dist.currency).then(|| Row { name: r.name.get(lang).to_string(), dist: d, main: false })
            })
            .take(MAX_SIMILAR),
    );
    let expected = props.fit.as_ref().map(|f| f.expected);

    // The scale: every figure shown, with some room on both sides.
    let mut values: Vec<f64> =
        rows.iter().flat_map(|r| [r.dist.p10, Some(r.dist.median), r.dist.p90]).flatten().collect();
    values.extend(dist.ladder.iter().map(|r| r.annual));
    values.extend(expected);
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min) * 0.85;
    let hi = values.iter().cloned().fold(0.0, f64::max) * 1.08;
    let x = |v: f64| PAD + (v - lo) / (hi - lo) * (W - 2.0 * PAD);
    let cur = dist.currency.clone();
    let m = |v: f64| money(lang, v, &cur);

    let summary = fill(t.pay_chart_label, &[("{role}", role.name.get(lang))]);
    let years = |from: u8, to: Option<u8>| match to {
        Some(to) => fill(t.years_band, &[("{from}", &from.to_string()), ("{to}", &to.to_string())]),
        None => fill(t.years_open, &[("{from}", &from.to_string())]),
    };
    // Each row is HTML text over a bar drawn in its own stretched SVG, so the
    // text stays readable at any width; the expectation is a dashed line at
    // the same x in every row.
    let you = |h: &str| match expected {
        Some(e) => {
            html! { <line class="cq-you-line" x1={x(e).to_string()} x2={x(e).to_string()} y1="0" y2={h.to_string()}
            vector-effect="non-scaling-stroke" /> }
        }
        None => html! {},
    };
    let tick = |v: f64, class: &'static str| {
        html! {
            <line class={class} x1={x(v).to_string()} x2={x(v).to_string()} y1="2" y2="22" vector-effect="non-scaling-stroke" />
        }
    };
    let row = |r: &Row| {
        html! {
            <div class={classes!("cq-crow", r.main.then_some("main"))}>
                <span class="cq-clabel">{ &r.name }<span class="cq-cval">{ m(r.dist.median) }</span></span>
                <svg viewBox={format!("0 0 {W} 24")} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="cq-track" x="0" y="10" width={W.to_string()} height="4" />
                    if let (Some(p10), Some(p90)) = (r.dist.p10, r.dist.p90) {
                        <rect class="cq-band" x={x(p10).to_string()} y="5" width={(x(p90) - x(p10)).max(1.0).to_string()} height="14" />
                    }
                    { tick(r.dist.median, "cq-median") }
                    { you("24") }
                </svg>
            </div>
        }
    };

    html! {
        <figure class="cq-pay" data-testid="pay-chart">
            <div class="cq-chart" role="img" aria-label={summary.clone()}>
                { for rows.iter().map(row) }
                if !dist.ladder.is_empty() {
                    <div class="cq-crow ladder">
                        <span class="cq-clabel">{ t.by_experience }<span class="cq-cval">
                            { dist.ladder.iter().map(|r| m(r.annual)).collect::<Vec<_>>().join(" · ") }
                        </span></span>
                        <svg viewBox={format!("0 0 {W} 24")} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="cq-track" x="0" y="10" width={W.to_string()} height="4" />
                            { for dist.ladder.iter().map(|r| tick(r.annual, "cq-rung")) }
                            { you("24") }
                        </svg>
                    </div>
                }
            </div>
            if let Some(e) = expected {
                <p class="cq-you" data-testid="pay-marker">{ format!("{}: {}", t.you, m(e)) }</p>
            }
            <figcaption class="cq-legend">
                <span class="cq-key band"></span>{ format!("{}–{}", t.p10, t.p90) }
                <span class="cq-key median"></span>{ t.median }
                if expected.is_some() { <span class="cq-key you"></span>{ t.you } }
                if !dist.ladder.is_empty() { <span class="cq-key rung"></span>{ t.by_experience } }
                <span class="cq-note">{ fill(t.annual_note, &[("{cur}", &dist.currency), ("{year}", &dist.year.to_string())]) }</span>
            </figcaption>
            <details class="cq-table">
                <summary>{ t.pay_table }</summary>
                <table>
                    <caption>{ summary }</caption>
                    <thead><tr>
                        <th scope="col"><span class="cq-sr">{ t.pay_table_head }</span></th><th scope="col">{ t.p10 }</th><th scope="col">{ t.median }</th><th scope="col">{ t.p90 }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ &r.name }</th>
                                <td>{ r.dist.p10.map(m).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ m(r.dist.median) }</td>
                                <td>{ r.dist.p90.map(m).unwrap_or_else(|| "–".into()) }</td>
                            </tr>
                        }) }
                        { for dist.ladder.iter().map(|r| html! {
                            <tr><th scope="row">{ format!("{} ({})", t.by_experience, years(r.from, r.to)) }</th>
                                <td></td><td>{ m(r.annual) }</td><td></td></tr>
                        }) }
                        if let Some(e) = expected {
                            <tr class="you"><th scope="row">{ t.you }</th><td></td><td>{ m(e) }</td><td></td></tr>
                        }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
