//! The pay chart for one pay region: an inline SVG with the role's p10–p90
//! band, its median, the experience ladder where there is one, similar
//! roles beside it, and the visitor's expectation as a marker; plus the
//! same figures as a table and the sources' other figures. Amounts are
//! shown per the region's usual period; every row names its year, and a
//! figure that is not the role's own says what it covers.

use yew::prelude::*;

use crate::shared::Shared;

use crate::core::catalogue::{Catalogue, Coverage, PayFigure, Period, Stat, HOURS_PER_YEAR};
use crate::core::explain::{self, data_year, period_name};
use crate::core::lang::Lang;
use crate::core::pay::{current, distribution, other_figures, per_period, Distribution, PayFit};
use crate::core::region::Region;
use crate::core::tuning::PAY_CURRENT_FROM;
use crate::host::money;
use crate::i18n::{fill, ui};

#[derive(Properties, PartialEq)]
pub struct PayChartProps {
    pub lang: Lang,
    pub catalogue: Shared<Catalogue>,
    /// Index of the role in the catalogue.
    pub role: usize,
    /// The visitor's expectation placed on this role, if they gave one.
    pub fit: Option<PayFit>,
    /// Whose pay is shown.
    pub region: Region,
}

/// One row of the chart: a role's name and its distribution.
struct Row {
    name: String,
    dist: Distribution,
    main: bool,
}

impl Row {
    /// The row's label: the role, what a broader figure covers, and the year.
    fn label(&self, lang: Lang) -> String {
        let year = data_year(lang, self.dist.year);
        match (&self.dist.covers, self.dist.coverage) {
            (Some(c), Coverage::Proxy | Coverage::Group | Coverage::Sector) => {
                format!("{} · {} · {year}", self.name, c.get(lang))
            }
            _ => format!("{} · {year}", self.name),
        }
    }
}

/// A figure's statistic in `lang`, for the list of other figures.
fn stat_name(lang: Lang, s: Stat) -> &'static str {
    let t = ui(lang);
    match s {
        Stat::P10 => t.p10,
        Stat::P25 => t.p25,
        Stat::Median => t.median,
        Stat::P75 => t.p75,
        Stat::P90 => t.p90,
        Stat::Average => t.average,
        Stat::Low => t.range_low,
        Stat::High => t.range_high,
    }
}

/// The bars' coordinate width (they are stretched to the row's width).
const W: f64 = 1000.0;
const PAD: f64 = 8.0;
/// A coordinate in the bars' markup: a tenth of a unit is a ten-thousandth
/// of the width, finer than any screen shows.
fn coord(v: f64) -> String {
    explain::trimmed(v, 1)
}
/// At most this many similar roles beside the role itself, in catalogue order.
const MAX_SIMILAR: usize = 6;

/// Chart and table for one role.
#[component]
pub fn PayChart(props: &PayChartProps) -> Html {
    let t = ui(props.lang);
    let cat = &props.catalogue;
    let Some(role) = cat.roles.get(props.role) else { return html! {} };
    let lang = props.lang;
    let region = props.region;
    let in_region = region.in_region(lang);
    let Some(dist) = distribution(role, region) else {
        // Without figures the role's pay counts as the mean of the roles that
        // have them; when none has, pay does not count at all.
        let any = cat.roles.iter().any(|r| distribution(r, region).is_some());
        let listed = other_figures(role, region);
        let none = if !any {
            t.pay_none_anywhere
        } else if listed.is_empty() {
            t.pay_none
        } else if listed.iter().all(|f| !current(f)) {
            t.pay_none_stale
        } else {
            t.pay_none_but
        };
        let from = PAY_CURRENT_FROM.to_string();
        return html! {
            <>
                <p class="cq-muted" data-testid="pay-none">{ fill(none, &[("{in}", in_region), ("{year}", &from)]) }</p>
                { others(lang, cat, role, region) }
            </>
        };
    };
    let mut rows = vec![Row { name: role.name.get(lang).to_string(), dist: dist.clone(), main: true }];
    rows.extend(
        role.similar
            .iter()
            .filter_map(|id| cat.role(id))
            .filter_map(|r| {
                Some(Row { name: r.name.get(lang).to_string(), dist: distribution(r, region)?, main: false })
            })
            .take(MAX_SIMILAR),
    );
    let mixed = rows.iter().any(|r| !r.dist.same_release(&dist));
    let hourly = rows.iter().any(|r| r.dist.published == Period::Hourly) && region.usual_period() != Period::Hourly;
    let expected = props.fit.as_ref().map(|f| f.expected);

    // The scale: every figure shown, with some room on both sides.
    let mut values: Vec<f64> = rows
        .iter()
        .flat_map(|r| {
            let band = band(&r.dist);
            [r.dist.p10, r.dist.p25, Some(r.dist.median), r.dist.p75, r.dist.p90, band.map(|b| b.0), band.map(|b| b.1)]
        })
        .flatten()
        .collect();
    values.extend(dist.ladder.iter().map(|r| r.annual));
    values.extend(expected);
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min) * 0.85;
    let hi = values.iter().cloned().fold(0.0, f64::max) * 1.08;
    let x = |v: f64| PAD + (v - lo) / (hi - lo) * (W - 2.0 * PAD);
    let cur = dist.currency.clone();
    let shown = region.usual_period();
    let m = |v: f64| money(lang, per_period(v, shown), &cur);

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
            html! { <line class="cq-you-line" x1={coord(x(e))} x2={coord(x(e))} y1="0" y2={h.to_string()}
            vector-effect="non-scaling-stroke" /> }
        }
        None => html! {},
    };
    // "Median", or "Median / average" where a row's source gives only an average.
    let central_name = if rows.iter().any(|r| r.dist.median_is_average) {
        format!("{} / {}", t.median, t.average)
    } else {
        t.median.to_string()
    };
    // The central figure, or a usual range where the source gives no median.
    let central = |r: &Row| match r.dist.range {
        Some((lo, hi)) => format!("{}–{}", m(lo), m(hi)),
        None => m(r.dist.median),
    };
    let tick = |v: f64, class: &'static str| {
        html! {
            <line class={class} x1={coord(x(v))} x2={coord(x(v))} y1="2" y2="22" vector-effect="non-scaling-stroke" />
        }
    };
    let row = |r: &Row| {
        html! {
            <div class={classes!("cq-crow", r.main.then_some("main"))}>
                <span class="cq-clabel">{ r.label(lang) }<span class="cq-cval">{ central(r) }</span></span>
                <svg viewBox={format!("0 0 {} 24", coord(W))} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="cq-track" x="0" y="10" width={coord(W)} height="4" />
                    if let Some((lo, hi)) = band(&r.dist) {
                        <rect class="cq-band" x={coord(x(lo))} y="5" width={coord((x(hi) - x(lo)).max(1.0))} height="14" />
                    }
                    if r.dist.range.is_none() { { tick(r.dist.median, "cq-median") } }
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
                        <svg viewBox={format!("0 0 {} 24", coord(W))} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="cq-track" x="0" y="10" width={coord(W)} height="4" />
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
                if rows.iter().any(|r| r.dist.range.is_none() && r.dist.p10.zip(r.dist.p90).is_some()) {
                    <span class="cq-key band"></span>{ format!("{}–{}", t.p10, t.p90) }
                }
                if rows.iter().any(|r| r.dist.range.is_none() && r.dist.p10.zip(r.dist.p90).is_none() && r.dist.p25.zip(r.dist.p75).is_some()) {
                    <span class="cq-key band"></span>{ format!("{}–{}", t.p25, t.p75) }
                }
                if rows.iter().any(|r| r.dist.range.is_some()) {
                    <span class="cq-key band"></span>{ t.usual_range }
                }
                <span class="cq-key median"></span>{ central_name.clone() }
                if expected.is_some() { <span class="cq-key you"></span>{ t.you } }
                if !dist.ladder.is_empty() { <span class="cq-key rung"></span>{ t.by_experience } }
                <span class="cq-note">{ fill(t.annual_note, &[("{cur}", &dist.currency), ("{per}", period_name(lang, shown))]) }</span>
                if mixed { <span class="cq-note" data-testid="mixed-releases">{ t.mixed_releases }</span> }
                if hourly { <span class="cq-note">{ fill(t.hourly_converted, &[("{hours}", &hours_per_year(lang))]) }</span> }
            </figcaption>
            <details class="cq-table">
                <summary>{ t.pay_table }</summary>
                <table>
                    <caption>{ summary }</caption>
                    <thead><tr>
                        <th scope="col"><span class="cq-sr">{ t.pay_table_head }</span></th><th scope="col">{ t.p10 }</th><th scope="col">{ central_name.clone() }</th><th scope="col">{ t.p90 }</th><th scope="col">{ t.pay_source_col }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ r.label(lang) }</th>
                                <td>{ r.dist.p10.map(m).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ central(r) }</td>
                                <td>{ r.dist.p90.map(m).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ source_year(lang, cat, &r.dist.cite.source, r.dist.year) }</td>
                            </tr>
                        }) }
                        { for dist.ladder.iter().map(|r| html! {
                            <tr><th scope="row">{ format!("{} ({})", t.by_experience, years(r.from, r.to)) }</th>
                                <td></td><td>{ m(r.annual) }</td><td></td><td></td></tr>
                        }) }
                        if let Some(e) = expected {
                            <tr class="you"><th scope="row">{ t.you }</th><td></td><td>{ m(e) }</td><td></td><td></td></tr>
                        }
                    </tbody>
                </table>
            </details>
            { others(lang, cat, role, region) }
        </figure>
    }
}

/// 2,080 as `lang` writes a number of that size (thousands grouped with a
/// comma, a dot or a space; Estonian does not group four digits).
fn hours_per_year(lang: Lang) -> String {
    let n = HOURS_PER_YEAR as u32;
    let (thousands, rest) = (n / 1000, n % 1000);
    match lang {
        Lang::En => format!("{thousands},{rest:03}"),
        Lang::Nl | Lang::De => format!("{thousands}.{rest:03}"),
        Lang::Nb => format!("{thousands}\u{a0}{rest:03}"),
        Lang::Et => n.to_string(),
    }
}

/// The band a row draws: the source's usual range, else p10–p90, else p25–p75.
fn band(d: &Distribution) -> Option<(f64, f64)> {
    d.range.or(d.p10.zip(d.p90)).or(d.p25.zip(d.p75))
}

/// "Publisher, year" for a source id.
fn source_year(lang: Lang, cat: &Catalogue, source: &str, year: Option<u16>) -> String {
    let who = cat.source(source).map_or(source, |s| s.publisher.as_str());
    format!("{who}, {}", data_year(lang, year))
}

/// The role's figures in `region` that the chart does not use, each as its
/// source gives it (its own period and year), so the seeds' own figures
/// stay visible without being compared with another year's.
fn others(lang: Lang, cat: &Catalogue, role: &crate::core::catalogue::Role, region: Region) -> Html {
    let figures: Vec<&PayFigure> = other_figures(role, region);
    if figures.is_empty() {
        return html! {};
    }
    let t = ui(lang);
    let line = |f: &PayFigure| {
        let amount = money(lang, f.amount, &f.currency);
        let years = f.experience.map(|e| match e.to {
            Some(to) => fill(t.years_band, &[("{from}", &e.from.to_string()), ("{to}", &to.to_string())]),
            None => fill(t.years_open, &[("{from}", &e.from.to_string())]),
        });
        let what = match years {
            Some(y) => format!("{} ({y})", stat_name(lang, f.stat)),
            None => stat_name(lang, f.stat).to_string(),
        };
        format!("{what}: {amount} {}; {}", period_name(lang, f.period), source_year(lang, cat, &f.cite.source, f.year))
    };
    html! {
        <details class="cq-table cq-other-pay" data-testid="other-pay">
            <summary>{ t.other_figures }</summary>
            <ul>{ for figures.iter().map(|f| html! { <li>{ line(f) }</li> }) }</ul>
            if figures.iter().any(|f| !current(f)) {
                <p class="cq-note">{ fill(t.stale_note, &[("{year}", &PAY_CURRENT_FROM.to_string())]) }</p>
            }
        </details>
    }
}
