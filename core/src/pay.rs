//! Pay maths: a role's pay distribution from its cited figures, period
//! normalisation (2,080 hours and 12 months a year), where an expectation
//! falls on the distribution, the experience ladder, and a plain verdict.
//!
//! Nothing is invented: a role that only publishes a median is compared to
//! the median alone, with no band and no percentile.

use std::cmp::Reverse;

use super::catalogue::{Basis, Catalogue, Cite, Coverage, PayFigure, Period, Role, Stat};
use super::lang::Text;
use super::region::{Currency, Region};
use super::tuning;

/// `amount` per `period`, as an annual amount (see [`Period::per_year`]).
pub fn annual(amount: f64, period: Period) -> f64 {
    amount * period.per_year()
}

/// An annual amount, per `period`.
pub fn per_period(annual_amount: f64, period: Period) -> f64 {
    annual_amount / period.per_year()
}

/// One rung of an experience ladder: typical annual pay for `[from, to)` years.
#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    pub from: u8,
    /// `None`: and more.
    pub to: Option<u8>,
    pub annual: f64,
    pub cite: Cite,
}

/// A role's pay in one region, all amounts annual, from one release (one
/// source's figures for one year): the best-covering, latest release with a
/// median (or, failing that, an average). A percentile is kept only when
/// it lies on its side of the median.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub p10: Option<f64>,
    pub p25: Option<f64>,
    pub median: f64,
    pub p75: Option<f64>,
    pub p90: Option<f64>,
    /// The source calls the central figure an average, not a median.
    pub median_is_average: bool,
    /// A usual range the source gives instead of a median (low, high,
    /// annual; percentiles not named). Then `median` is only the range's
    /// middle, for placing it on a chart: no sentence calls it a median.
    pub range: Option<(f64, f64)>,
    pub region: Region,
    /// The year the figures describe; `None`: the source does not say.
    pub year: Option<u16>,
    /// Whose pay it is; anything but [`Coverage::Role`] is labelled with `covers`.
    pub coverage: Coverage,
    pub covers: Option<Text>,
    pub basis: Basis,
    /// The period the central figure was published in (an hourly figure
    /// shown per month was converted at [`crate::catalogue::HOURS_PER_YEAR`]).
    pub published: Period,
    /// ISO 4217 code.
    pub currency: String,
    pub cite: Cite,
    /// Pay by years of experience from the same release, lowest band first (may be empty).
    pub ladder: Vec<Rung>,
}

impl Distribution {
    /// Only a central figure is known: no band, no percentile.
    pub fn median_only(&self) -> bool {
        self.range.is_none() && [self.p10, self.p25, self.p75, self.p90].iter().all(Option::is_none)
    }

    /// Whether `other` comes from the same release (same source and year,
    /// same region): only such figures are compared with each other
    /// without a label.
    pub fn same_release(&self, other: &Distribution) -> bool {
        self.cite.source == other.cite.source && self.year == other.year && self.region == other.region
    }

    /// The known points of the distribution as (percentile, annual amount),
    /// lowest first, each above the one before.
    fn knots(&self) -> impl Iterator<Item = (f64, f64)> {
        let all = [(10.0, self.p10), (25.0, self.p25), (50.0, Some(self.median)), (75.0, self.p75), (90.0, self.p90)];
        let mut last = f64::NEG_INFINITY;
        all.into_iter().filter_map(move |(p, v)| {
            let v = v.filter(|v| *v > last)?;
            last = v;
            Some((p, v))
        })
    }

    /// The ladder rung for `years` of experience.
    pub fn rung(&self, years: u8) -> Option<&Rung> {
        self.ladder.iter().find(|r| years >= r.from && r.to.is_none_or(|t| years < t))
    }
}

/// Period preference when a source gives the same figure several ways: as
/// published annually first (no rounding through hourly rates).
fn period_rank(p: Period) -> u8 {
    match p {
        Period::Annual => 0,
        Period::Monthly => 1,
        Period::Hourly => 2,
    }
}

fn usable(f: &PayFigure) -> bool {
    f.amount.is_finite() && f.amount > 0.0 && f.gross
}

/// The figures of `role` that describe pay in `region`.
fn figures(role: &Role, region: Region) -> impl Iterator<Item = &PayFigure> {
    role.pay.iter().filter(move |f| f.region() == region && usable(f))
}

/// Whether a figure is recent enough to compare an expectation with
/// ([`tuning::PAY_CURRENT_FROM`]); a figure of unknown date counts as current.
pub fn current(f: &PayFigure) -> bool {
    f.as_of.is_none_or(|y| y >= tuning::PAY_CURRENT_FROM)
}

/// The role's pay distribution in `region`, or `None` when it has no
/// central figure there.
pub fn distribution(role: &Role, region: Region) -> Option<Distribution> {
    // The central figure: the role's own pay before broader figures, a
    // median before an average before a usual range, the latest year
    // (undated last), as published annually.
    let rank = |s: Stat| match s {
        Stat::Median => 0,
        Stat::Average => 1,
        _ => 2,
    };
    let mid = figures(role, region)
        .filter(|f| current(f) && f.experience.is_none() && matches!(f.stat, Stat::Median | Stat::Average | Stat::Low))
        .min_by_key(|f| (f.coverage, rank(f.stat), Reverse(f.year), period_rank(f.period)))?;
    // The figures of the central figure's release, found once (comparing
    // releases compares source names).
    let same: Vec<&PayFigure> =
        figures(role, region).filter(|f| f.same_release(mid) && f.currency == mid.currency).collect();
    let release = || same.iter().copied();
    let range = if mid.stat == Stat::Low {
        let high = release()
            .filter(|f| f.stat == Stat::High && f.experience.is_none())
            .min_by_key(|f| period_rank(f.period))?;
        let (lo, hi) = (annual(mid.amount, mid.period), annual(high.amount, high.period));
        Some((lo, hi)).filter(|_| lo < hi)
    } else {
        None
    };
    if mid.stat == Stat::Low && range.is_none() {
        return None;
    }
    let median = range.map_or_else(|| annual(mid.amount, mid.period), |(lo, hi)| (lo + hi) / 2.0);
    let bound = |s: Stat, ok: fn(f64, f64) -> bool| {
        release()
            .filter(|f| f.stat == s && f.experience.is_none())
            .min_by_key(|f| period_rank(f.period))
            .map(|f| annual(f.amount, f.period))
            .filter(|v| ok(*v, median))
    };
    let mut ladder: Vec<Rung> = release()
        .filter_map(|f| {
            let e = f.experience?;
            Some(Rung { from: e.from, to: e.to, annual: annual(f.amount, f.period), cite: f.cite.clone() })
        })
        .collect();
    super::sort::sort_by(&mut ladder, |a, b| a.from.cmp(&b.from));
    let no_bounds = range.is_some();
    let bound = |s: Stat, ok: fn(f64, f64) -> bool| if no_bounds { None } else { bound(s, ok) };
    Some(Distribution {
        p10: bound(Stat::P10, |v, m| v < m),
        p25: bound(Stat::P25, |v, m| v < m),
        median,
        p75: bound(Stat::P75, |v, m| v > m),
        p90: bound(Stat::P90, |v, m| v > m),
        median_is_average: mid.stat == Stat::Average,
        range,
        region,
        year: mid.year,
        coverage: mid.coverage,
        covers: mid.covers.clone(),
        basis: mid.basis,
        published: mid.period,
        currency: mid.currency.clone(),
        cite: mid.cite.clone(),
        ladder,
    })
}

/// The figures of `role` in `region` that the distribution does not use:
/// other sources and years, ranges, figures by experience from another
/// release. Shown as what their sources say, each with its own year.
pub fn other_figures(role: &Role, region: Region) -> Vec<&PayFigure> {
    let d = distribution(role, region);
    // The release's figures are all shown by the chart, except a range
    // beside a median (the chart draws percentiles, not ranges).
    let used = |f: &PayFigure, d: &Distribution| {
        f.cite.source == d.cite.source
            && f.year == d.year
            && f.coverage == d.coverage
            && (d.range.is_some() || !matches!(f.stat, Stat::Low | Stat::High))
    };
    figures(role, region).filter(|f| d.as_ref().is_none_or(|d| !used(f, d))).collect()
}

/// The regions in which `role` has comparable pay.
pub fn regions_with_pay(role: &Role) -> Vec<Region> {
    Region::ALL.into_iter().filter(|r| distribution(role, *r).is_some()).collect()
}

/// The percentile of `x` (annual), linear between the known points (p10,
/// p25, median, p75, p90) and extrapolated with the neighbouring slope
/// beyond them, clamped to 1..=99. `None` unless a point below the median
/// (p10 or p25) and one above it (p75 or p90) are known.
pub fn percentile(d: &Distribution, x: f64) -> Option<u8> {
    d.p10.or(d.p25)?;
    d.p75.or(d.p90)?;
    let mut knots = [(0.0, 0.0); 5];
    let mut n = 0;
    for k in d.knots() {
        knots[n] = k;
        n += 1;
    }
    // The segment holding x: the first whose upper end reaches it, else the last.
    let i = (1..n).find(|&i| x <= knots[i].1).unwrap_or(n - 1);
    let ((pa, va), (pb, vb)) = (knots[i - 1], knots[i]);
    let pct = pa + (pb - pa) * (x - va) / (vb - va);
    Some(pct.clamp(1.0, 99.0).round() as u8)
}

/// How a pay expectation compares with what a role pays, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Well below what the job pays (under the 25th percentile, or well
    /// under the median where that is not published): the visitor could
    /// ask for more.
    WellBelow,
    /// Below the median (or what the visitor's experience typically earns)
    /// by more than [`tuning::NEAR_MEDIAN`]: more than half of the people earn more.
    BelowMedian,
    /// Within [`tuning::NEAR_MEDIAN`] of the median (or of what the visitor's
    /// experience typically earns).
    Realistic,
    /// Above that, but within what the top earners get.
    Ambitious,
    /// Beyond the top 10 % (or well above a lone median).
    Unrealistic,
}

// Why these values: the OEWS May 2023 spreads of the catalogue's ten
// occupations (docs/research/pay-and-requirements.md, section 1.2) put the
// 10th percentile at 0.60–0.79 of the median, the 25th at 0.76–0.93, the
// 75th at 1.11–1.35 and the 90th at 1.25–1.94.

/// The lines between the verdicts for one distribution and reference, all annual.
struct Lines {
    /// Under it: [`Verdict::WellBelow`].
    low: f64,
    /// Under it: [`Verdict::BelowMedian`].
    near_below: f64,
    /// Up to it: [`Verdict::Realistic`].
    near_above: f64,
    /// Up to it: [`Verdict::Ambitious`]; above: [`Verdict::Unrealistic`].
    top: f64,
}

impl Lines {
    fn new(d: &Distribution, reference: f64) -> Lines {
        // A usual range: under it well below, within it realistic, above it ambitious up to the headroom.
        if let Some((lo, hi)) = d.range {
            let top = hi * tuning::RANGE_TOP_HEADROOM;
            return Lines { low: lo, near_below: lo, near_above: hi, top };
        }
        // The 25th percentile when published; else under both the lowest
        // 10 % and three quarters of the median.
        let low = d.p25.unwrap_or_else(|| d.p10.unwrap_or(0.0).max(d.median * tuning::WELL_BELOW_MEDIAN));
        let near_above = reference * (1.0 + tuning::NEAR_MEDIAN);
        let top = d.p90.unwrap_or_else(|| d.p75.unwrap_or(0.0).max(d.median * tuning::MEDIAN_ONLY_HEADROOM));
        Lines { low, near_below: reference * (1.0 - tuning::NEAR_MEDIAN), near_above, top: top.max(near_above) }
    }

    fn verdict(&self, x: f64) -> Verdict {
        if x < self.low {
            Verdict::WellBelow
        } else if x < self.near_below {
            Verdict::BelowMedian
        } else if x <= self.near_above {
            Verdict::Realistic
        } else if x <= self.top {
            Verdict::Ambitious
        } else {
            Verdict::Unrealistic
        }
    }

    /// 0..=1: full up to the realistic band (a visitor asking less would
    /// take the job), falling through the ambitious band and beyond.
    fn score(&self, x: f64) -> f64 {
        if x <= self.near_above {
            1.0
        } else if x <= self.top {
            1.0 - (1.0 - tuning::SCORE_AT_TOP) * (x - self.near_above) / (self.top - self.near_above)
        } else {
            (tuning::SCORE_AT_TOP - (x - self.top) / self.top).max(0.0)
        }
    }
}

/// The pay fit of one role for one expectation.
#[derive(Clone, Debug, PartialEq)]
pub struct PayFit {
    /// The expectation, annual.
    pub expected: f64,
    /// The period the visitor gave it in, for showing it back.
    pub period: Period,
    pub dist: Distribution,
    pub percentile: Option<u8>,
    /// The visitor's experience rung, where the role has a ladder.
    pub rung: Option<Rung>,
    pub verdict: Verdict,
    /// When unrealistic: the similar role whose median is closest to the expectation.
    pub closer: Option<String>,
    /// 0..=100, the pay dimension's score.
    pub score: u8,
}

impl PayFit {
    /// The verdict is against the visitor's experience rung, which pays
    /// more than the median, rather than against the median.
    pub fn by_experience(&self) -> bool {
        self.rung.as_ref().is_some_and(|r| r.annual > self.dist.median)
    }
}

/// A visitor's pay expectation: an amount per period in a currency.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Expectation {
    pub amount: f64,
    pub period: Period,
    pub currency: Currency,
}

/// Places an expectation for `role` against its pay in `region`; `None`
/// when the role has no pay there, or the expectation is in another
/// currency than the region's (it is kept, but not compared).
pub fn fit(cat: &Catalogue, role: &Role, e: Expectation, years: Option<u8>, region: Region) -> Option<PayFit> {
    if e.currency != region.currency() {
        return None;
    }
    let dist = distribution(role, region)?;
    let x = annual(e.amount, e.period);
    if !x.is_finite() || x <= 0.0 {
        return None;
    }
    let rung = years.and_then(|y| dist.rung(y)).cloned();
    let reference = rung.as_ref().map_or(dist.median, |r| r.annual.max(dist.median));
    let lines = Lines::new(&dist, reference);
    let (verdict, score) = (lines.verdict(x), lines.score(x));
    let closer = if verdict == Verdict::Unrealistic { closer_role(cat, role, &dist, x) } else { None };
    Some(PayFit {
        expected: x,
        period: e.period,
        percentile: percentile(&dist, x),
        rung,
        verdict,
        closer,
        score: (score * 100.0).round() as u8,
        dist,
    })
}

/// The similar role whose median, in the same release as `own`, is closer to `x`.
fn closer_role(cat: &Catalogue, role: &Role, own: &Distribution, x: f64) -> Option<String> {
    let gap = (own.median - x).abs();
    role.similar
        .iter()
        .filter_map(|id| cat.roles.iter().find(|r| &r.id == id))
        .filter_map(|r| {
            let d = distribution(r, own.region).filter(|d| d.same_release(own))?;
            Some(((d.median - x).abs(), r))
        })
        .filter(|(g, _)| *g < gap)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, r)| r.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{catalogue, catalogue_of, csr, role_json, role_with_pay};

    /// An expectation in US dollars.
    fn usd(amount: f64, period: Period) -> Expectation {
        Expectation { amount, period, currency: Currency::Usd }
    }

    fn dist() -> Distribution {
        distribution(&csr(), Region::Us).unwrap()
    }

    fn check_pct(d: &Distribution, x: f64, expected: Option<u8>) {
        assert_eq!(percentile(d, x), expected, "{x}");
    }

    /// Every statistic the catalogue knows, for a role with quartiles.
    const QUARTILES: [(&str, &str, f64, u16, Option<u8>); 5] = [
        ("p10", "annual", 30000.0, 2023, None),
        ("p25", "annual", 35000.0, 2023, None),
        ("median", "annual", 40000.0, 2023, None),
        ("p75", "annual", 46000.0, 2023, None),
        ("p90", "annual", 55000.0, 2023, None),
    ];

    #[test]
    fn distribution_prefers_latest_year_and_annual_figures() {
        let d = dist();
        assert_eq!((d.p10, d.p25, d.median, d.p75, d.p90), (Some(22140.0), None, 33750.0, None, Some(55310.0)));
        assert_eq!((d.year, d.currency.as_str()), (Some(2018), "USD"));
        assert_eq!(d.ladder.iter().map(|r| r.annual).collect::<Vec<_>>(), [28000.0, 30000.0, 32000.0, 34000.0]);
        assert_eq!(d.rung(7).map(|r| r.from), Some(5));
        assert_eq!(d.rung(40).map(|r| r.from), Some(20));
        let q = distribution(&role_with_pay("q", &QUARTILES), Region::Us).unwrap();
        assert_eq!(
            (q.p10, q.p25, q.median, q.p75, q.p90),
            (Some(30000.0), Some(35000.0), 40000.0, Some(46000.0), Some(55000.0))
        );
        assert!(!q.median_only());
    }

    #[test]
    fn periods_normalise() {
        assert_eq!(annual(15.0, Period::Hourly), 31200.0);
        assert_eq!(annual(2500.0, Period::Monthly), 30000.0);
        assert_eq!(per_period(31200.0, Period::Hourly), 15.0);
    }

    #[test]
    fn percentiles_interpolate_and_clamp() {
        let d = dist();
        check_pct(&d, 33750.0, Some(50));
        check_pct(&d, 22140.0, Some(10));
        check_pct(&d, 55310.0, Some(90));
        check_pct(&d, 27945.0, Some(30));
        check_pct(&d, 44530.0, Some(70));
        check_pct(&d, 1.0, Some(1));
        check_pct(&d, 1e9, Some(99));
        // Quartiles, where known, are points of their own.
        let q = distribution(&role_with_pay("q", &QUARTILES), Region::Us).unwrap();
        check_pct(&q, 35000.0, Some(25));
        check_pct(&q, 37000.0, Some(35));
        check_pct(&q, 52000.0, Some(85));
        check_pct(&q, 25000.0, Some(1));
        // Quartiles alone make a range; one side alone does not.
        let mid = distribution(&role_with_pay("m", &QUARTILES[1..4]), Region::Us).unwrap();
        check_pct(&mid, 43000.0, Some(63));
        check_pct(&distribution(&role_with_pay("low", &QUARTILES[..3]), Region::Us).unwrap(), 33000.0, None);
    }

    /// The verdict and pay score of `amount` a year for the fixture role `id` (or a role with `pay`).
    fn check_verdict(cat: &Catalogue, id: &str, amount: f64, years: Option<u8>, expected: Verdict, score: u8) {
        let r = cat.roles.iter().find(|r| r.id == id).unwrap();
        let f = fit(cat, r, usd(amount, Period::Annual), years, Region::Us).unwrap();
        assert_eq!((f.verdict, f.score), (expected, score), "{id} {amount} {years:?}");
    }

    #[test]
    fn verdicts_with_p10_median_p90() {
        use Verdict::*;
        let cat = catalogue();
        // p10 22,140, median 33,750, p90 55,310: well below under max(p10, 0.75 × median) = 25,312.50,
        // realistic within 10 % of the median (30,375 to 37,125).
        check_verdict(&cat, "rep", 18720.0, None, WellBelow, 100);
        check_verdict(&cat, "rep", 25000.0, None, WellBelow, 100);
        check_verdict(&cat, "rep", 26000.0, None, BelowMedian, 100);
        check_verdict(&cat, "rep", 30000.0, None, BelowMedian, 100);
        check_verdict(&cat, "rep", 30400.0, None, Realistic, 100);
        check_verdict(&cat, "rep", 37125.0, None, Realistic, 100);
        check_verdict(&cat, "rep", 40000.0, None, Ambitious, 92);
        check_verdict(&cat, "rep", 55310.0, None, Ambitious, 50);
        check_verdict(&cat, "rep", 60000.0, None, Unrealistic, 42);
        check_verdict(&cat, "rep", 90000.0, None, Unrealistic, 0);
    }

    #[test]
    fn verdicts_with_quartiles() {
        use Verdict::*;
        let cat = catalogue_of(&[role_json("q", [1; 10], [1; 7], [1; 8], "none", 1, false, 0, &QUARTILES, &[])]);
        check_verdict(&cat, "q", 29000.0, None, WellBelow, 100);
        // Above the lowest 10 % but under the lowest quarter.
        check_verdict(&cat, "q", 34000.0, None, WellBelow, 100);
        check_verdict(&cat, "q", 35500.0, None, BelowMedian, 100);
        check_verdict(&cat, "q", 40000.0, None, Realistic, 100);
        check_verdict(&cat, "q", 50000.0, None, Ambitious, 73);
        check_verdict(&cat, "q", 60000.0, None, Unrealistic, 41);
    }

    #[test]
    fn verdicts_with_a_lone_median() {
        use Verdict::*;
        let cat = catalogue();
        // Median 29,140: well below under 21,855, realistic from 26,226 to 32,054,
        // unrealistic above 1.25 × the median (36,425).
        check_verdict(&cat, "desk", 20000.0, None, WellBelow, 100);
        check_verdict(&cat, "desk", 25000.0, None, BelowMedian, 100);
        check_verdict(&cat, "desk", 29140.0, None, Realistic, 100);
        check_verdict(&cat, "desk", 34000.0, None, Ambitious, 78);
        check_verdict(&cat, "desk", 40000.0, None, Unrealistic, 40);
        let f = fit(&cat, &cat.roles[1], usd(29140.0, Period::Annual), None, Region::Us).unwrap();
        assert!(f.dist.median_only() && f.percentile.is_none());
        // Issue 11: $31,000 against the lodging manager's lone median of $53,390.
        let lodging = role_with_pay("lodging", &[("median", "annual", 53390.0, 2018, None)]);
        let f = fit(&cat, &lodging, usd(31000.0, Period::Annual), None, Region::Us).unwrap();
        assert_eq!((f.verdict, f.percentile, f.score), (WellBelow, None, 100));
    }

    #[test]
    fn experience_rung_above_the_median_is_the_reference() {
        use Verdict::*;
        let cat = catalogue();
        // 20+ years: $34,000 (above the 33,750 median); 0–5 years: $28,000 (below it, so the median counts).
        check_verdict(&cat, "rep", 37300.0, Some(25), Realistic, 100);
        check_verdict(&cat, "rep", 37300.0, Some(1), Ambitious, 100);
        check_verdict(&cat, "rep", 30500.0, Some(25), BelowMedian, 100);
        check_verdict(&cat, "rep", 30500.0, Some(1), Realistic, 100);
        let f = |years| fit(&cat, &cat.roles[0], usd(30500.0, Period::Annual), Some(years), Region::Us).unwrap();
        assert!(f(25).by_experience() && !f(1).by_experience());
        assert_eq!(f(7).rung.map(|r| r.annual), Some(30000.0));
    }

    #[test]
    fn unrealistic_names_a_closer_similar_role() {
        let cat = catalogue();
        let closer = |amount, period| fit(&cat, &cat.roles[0], usd(amount, period), None, Region::Us).unwrap().closer;
        assert_eq!(closer(80000.0, Period::Annual).as_deref(), Some("manager"));
        assert_eq!(closer(35.0, Period::Hourly).as_deref(), Some("manager"));
        assert_eq!(closer(40000.0, Period::Annual), None);
    }

    /// A source that gives only a usual range (Manpower's €2,450–3,100 a
    /// month for Dutch representatives): under it, in it, above it, far above.
    #[test]
    fn a_usual_range_is_compared_as_a_range() {
        use Verdict::*;
        let pay = [("low", "monthly", 2450.0, 2025, None), ("high", "monthly", 3100.0, 2025, None)];
        let cat = catalogue_of(&[role_json("r", [1; 10], [1; 7], [1; 8], "none", 1, false, 0, &pay, &[])]);
        let d = distribution(&cat.roles[0], Region::Us).unwrap();
        assert_eq!(d.range, Some((29400.0, 37200.0)));
        assert!(!d.median_only() && d.p10.is_none() && d.p90.is_none());
        let verdict = |monthly: f64| {
            let f = fit(&cat, &cat.roles[0], usd(monthly, Period::Monthly), None, Region::Us).unwrap();
            (f.verdict, f.percentile)
        };
        assert_eq!(verdict(2000.0), (WellBelow, None));
        assert_eq!(verdict(2450.0), (Realistic, None));
        assert_eq!(verdict(3100.0), (Realistic, None));
        assert_eq!(verdict(3500.0), (Ambitious, None));
        assert_eq!(verdict(3900.0), (Unrealistic, None));
        // A low without its high is no range, and no central figure.
        let lone = role_with_pay("l", &[("low", "monthly", 2450.0, 2025, None)]);
        assert_eq!(distribution(&lone, Region::Us), None);
    }

    #[test]
    fn roles_without_pay_have_no_fit() {
        let cat = catalogue();
        assert_eq!(distribution(&role_with_pay("x", &[]), Region::Us), None);
        assert_eq!(fit(&cat, &role_with_pay("x", &[]), usd(1.0, Period::Annual), None, Region::Us), None);
        assert_eq!(fit(&cat, &cat.roles[0], usd(f64::NAN, Period::Annual), None, Region::Us), None);
    }
}
