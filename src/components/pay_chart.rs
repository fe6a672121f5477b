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

const W: f64 = 400.0;
const PAD: f64 = 12.0;
const ROW_H: f64 = 40.0;
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
    rows.extend(role.similar.iter().filter_map(|id| cat.role(id)).filter_map(|r| {
        let d = distribution(r)?;
        (d.currency == dist.currency).then(|| Row { name: r.name.get(lang).to_string(), dist: d, main: false })
    }).take(MAX_SIMILAR));
    let expected = props.fit.as_ref().map(|f| f.expected);

    // The scale: every figure shown, with some room on both sides.
    let mut values: Vec<f64> = rows.iter().flat_map(|r| [r.dist.p10, Some(r.dist.median), r.dist.p90]).flatten().collect();
    values.extend(dist.ladder.iter().map(|r| r.annual));
    values.extend(expected);
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min) * 0.85;
    let hi = values.iter().cloned().fold(0.0, f64::max) * 1.08;
    let x = |v: f64| PAD + (v - lo) / (hi - lo) * (W - 2.0 * PAD);
    let cur = dist.currency.clone();
    let m = |v: f64| money(lang, v, &cur);

    let ladder_rows = usize::from(!dist.ladder.is_empty());
    let height = (rows.len() + ladder_rows) as f64 * ROW_H + 34.0;
    let summary = fill(t.pay_chart_label, &[("{role}", role.name.get(lang))]);
    let years = |from: u8, to: Option<u8>| match to {
        Some(to) => fill(t.years_band, &[("{from}", &from.to_string()), ("{to}", &to.to_string())]),
        None => fill(t.years_open, &[("{from}", &from.to_string())]),
    };

    let row_svg = |i: usize, r: &Row| {
        let y = i as f64 * ROW_H + 16.0;
        let bar_y = y + 8.0;
        html! {
            <g class={classes!("cq-row", r.main.then_some("main"))}>
                <text x={PAD.to_string()} y={y.to_string()} class="cq-label">{ &r.name }</text>
                if let (Some(p10), Some(p90)) = (r.dist.p10, r.dist.p90) {
                    <rect class="cq-band" x={x(p10).to_string()} y={bar_y.to_string()}
                          width={(x(p90) - x(p10)).max(1.0).to_string()} height="14" rx="3" />
                }
                <line class="cq-median" x1={x(r.dist.median).to_string()} x2={x(r.dist.median).to_string()}
                      y1={(bar_y - 3.0).to_string()} y2={(bar_y + 17.0).to_string()} />
            </g>
        }
    };
    let ladder_y = rows.len() as f64 * ROW_H + 16.0;

    html! {
        <figure class="cq-pay" data-testid="pay-chart">
            <svg viewBox={format!("0 0 {W} {height}")} role="img" aria-label={summary.clone()}
                 xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">
                { for rows.iter().enumerate().map(|(i, r)| row_svg(i, r)) }
                if !dist.ladder.is_empty() {
                    <g class="cq-ladder">
                        <text x={PAD.to_string()} y={ladder_y.to_string()} class="cq-label">{ t.by_experience }</text>
                        { for dist.ladder.iter().map(|r| html! {
                            <circle cx={x(r.annual).to_string()} cy={(ladder_y + 14.0).to_string()} r="4">
                                <title>{ format!("{}: {}", years(r.from, r.to), m(r.annual)) }</title>
                            </circle>
                        }) }
                    </g>
                }
                if let Some(e) = expected {
                    <g class="cq-you" data-testid="pay-marker">
                        <line x1={x(e).to_string()} x2={x(e).to_string()} y1="4" y2={(height - 22.0).to_string()} />
                        <text x={x(e).clamp(30.0, W - 30.0).to_string()} y={(height - 8.0).to_string()} text-anchor="middle">
                            { format!("{}: {}", t.you, m(e)) }
                        </text>
                    </g>
                }
            </svg>
            <figcaption class="cq-legend">
                <span class="cq-key band"></span>{ format!("{}–{}", t.p10, t.p90) }
                <span class="cq-key median"></span>{ t.median }
                if expected.is_some() { <span class="cq-key you"></span>{ t.you } }
                <span class="cq-note">{ fill(t.annual_note, &[("{cur}", &dist.currency), ("{year}", &dist.year.to_string())]) }</span>
            </figcaption>
            <details class="cq-table">
                <summary>{ t.pay_table }</summary>
                <table>
                    <caption>{ summary }</caption>
                    <thead><tr>
                        <th scope="col"></th><th scope="col">{ t.p10 }</th><th scope="col">{ t.median }</th><th scope="col">{ t.p90 }</th>
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
