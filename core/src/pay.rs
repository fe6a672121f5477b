//! Pay maths: a role's pay distribution from its cited figures, period
//! normalisation (2,080 hours and 12 months a year), where an expectation
//! falls on the distribution, the experience ladder, and a plain verdict.
//!
//! Nothing is invented: a role that only publishes a median is compared to
//! the median alone, with no band and no percentile.

use super::catalogue::{Catalogue, Cite, PayFigure, Period, Role, Stat};

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
    pub year: u16,
    pub cite: Cite,
}

/// A role's pay, all amounts annual, from the latest year with a median.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub p10: Option<f64>,
    pub median: f64,
    pub p90: Option<f64>,
    /// The source calls the central figure an average, not a median.
    pub median_is_average: bool,
    pub year: u16,
    /// ISO 4217 code.
    pub currency: String,
    pub cite: Cite,
    /// Pay by years of experience, lowest band first (may be empty).
    pub ladder: Vec<Rung>,
}

impl Distribution {
    /// Only a central figure is known: no band, no percentile.
    pub fn median_only(&self) -> bool {
        self.p10.is_none() && self.p90.is_none()
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

fn pick<'a>(figs: &[&'a PayFigure], stat: Stat, year: u16, currency: &str) -> Option<&'a PayFigure> {
    figs.iter()
        .copied()
        .filter(|f| f.stat == stat && f.year == year && f.currency == currency)
        .min_by_key(|f| period_rank(f.period))
}

fn usable(f: &PayFigure) -> bool {
    f.amount.is_finite() && f.amount > 0.0
}

/// The role's pay distribution, or `None` when it has no central figure.
pub fn distribution(role: &Role) -> Option<Distribution> {
    let general: Vec<&PayFigure> = role.pay.iter().filter(|f| f.experience.is_none() && usable(f)).collect();
    let central = |stat| general.iter().filter(move |f| f.stat == stat);
    let (stat, latest) =
        [Stat::Median, Stat::Average].into_iter().find_map(|s| central(s).max_by_key(|f| f.year).map(|f| (s, *f)))?;
    let (year, currency) = (latest.year, latest.currency.as_str());
    let mid = pick(&general, stat, year, currency)?;
    let median = annual(mid.amount, mid.period);
    let bound = |s, ok: fn(f64, f64) -> bool| {
        pick(&general, s, year, currency).map(|f| annual(f.amount, f.period)).filter(|v| ok(*v, median))
    };
    let mut ladder: Vec<Rung> = role
        .pay
        .iter()
        .filter(|f| f.currency == currency && usable(f))
        .filter_map(|f| {
            let e = f.experience?;
            Some(Rung {
                from: e.from,
                to: e.to,
                annual: annual(f.amount, f.period),
                year: f.year,
                cite: f.cite.clone(),
            })
        })
        .collect();
    super::sort::sort_by(&mut ladder, |a, b| a.from.cmp(&b.from));
    Some(Distribution {
        p10: bound(Stat::P10, |v, m| v < m),
        median,
        p90: bound(Stat::P90, |v, m| v > m),
        median_is_average: stat == Stat::Average,
        year,
        currency: currency.to_string(),
        cite: mid.cite.clone(),
        ladder,
    })
}

/// The currency the quiz asks pay in: that of the first role with pay.
pub fn main_currency(cat: &Catalogue) -> Option<String> {
    cat.roles.iter().find_map(distribution).map(|d| d.currency)
}

/// The percentile of `x` (annual), linear between p10, median and p90 and
/// extrapolated with the neighbouring slope beyond them, clamped to 1..=99.
/// `None` unless both p10 and p90 are known.
pub fn percentile(d: &Distribution, x: f64) -> Option<u8> {
    let (p10, m, p90) = (d.p10?, d.median, d.p90?);
    let pct = if x <= m { 10.0 + 40.0 * (x - p10) / (m - p10) } else { 50.0 + 40.0 * (x - m) / (p90 - m) };
    Some(pct.clamp(1.0, 99.0).round() as u8)
}

/// How realistic a pay expectation is for a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Under the lowest 10 %: the visitor could ask for more.
    BelowMarket,
    /// At or under the median (or what the visitor's experience typically earns).
    Realistic,
    /// Above the median but within what the top earners get.
    Ambitious,
    /// Beyond the top 10 % (or well above a lone median).
    Unrealistic,
}

/// A lone median allows this much above it before an expectation is unrealistic.
pub const MEDIAN_ONLY_HEADROOM: f64 = 1.25;

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

/// Places an expectation (`amount` per `period`, in the catalogue's main
/// currency) for `role`; `None` when the role has no comparable pay.
pub fn fit(cat: &Catalogue, role: &Role, amount: f64, period: Period, years: Option<u8>) -> Option<PayFit> {
    let currency = main_currency(cat)?;
    let dist = distribution(role).filter(|d| d.currency == currency)?;
    let x = annual(amount, period);
    if !x.is_finite() || x <= 0.0 {
        return None;
    }
    let rung = years.and_then(|y| dist.rung(y)).cloned();
    let reference = rung.as_ref().map_or(dist.median, |r| r.annual.max(dist.median));
    let top = dist.p90.unwrap_or(dist.median * MEDIAN_ONLY_HEADROOM).max(reference);
    let verdict = if dist.p10.is_some_and(|p| x < p) {
        Verdict::BelowMarket
    } else if x <= reference {
        Verdict::Realistic
    } else if x <= top {
        Verdict::Ambitious
    } else {
        Verdict::Unrealistic
    };
    let score = if x <= reference {
        1.0
    } else if x <= top {
        1.0 - 0.5 * (x - reference) / (top - reference)
    } else {
        (0.5 - (x - top) / top).max(0.0)
    };
    let closer = if verdict == Verdict::Unrealistic { closer_role(cat, role, &currency, x) } else { None };
    Some(PayFit {
        expected: x,
        period,
        percentile: percentile(&dist, x),
        rung,
        verdict,
        closer,
        score: (score * 100.0).round() as u8,
        dist,
    })
}

/// The similar role whose median is closer to `x` than `role`'s own.
fn closer_role(cat: &Catalogue, role: &Role, currency: &str, x: f64) -> Option<String> {
    let own = (distribution(role)?.median - x).abs();
    role.similar
        .iter()
        .filter_map(|id| cat.roles.iter().find(|r| &r.id == id))
        .filter_map(|r| {
            let d = distribution(r).filter(|d| d.currency == currency)?;
            Some(((d.median - x).abs(), r))
        })
        .filter(|(gap, _)| *gap < own)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, r)| r.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{catalogue, csr, role_with_pay};

    fn dist() -> Distribution {
        distribution(&csr()).unwrap()
    }

    fn check_pct(x: f64, expected: Option<u8>) {
        assert_eq!(percentile(&dist(), x), expected, "{x}");
    }

    #[test]
    fn distribution_prefers_latest_year_and_annual_figures() {
        let d = dist();
        assert_eq!((d.p10, d.median, d.p90), (Some(22140.0), 33750.0, Some(55310.0)));
        assert_eq!((d.year, d.currency.as_str()), (2018, "USD"));
        assert_eq!(d.ladder.iter().map(|r| r.annual).collect::<Vec<_>>(), [28000.0, 30000.0, 32000.0, 34000.0]);
        assert_eq!(d.rung(7).map(|r| r.from), Some(5));
        assert_eq!(d.rung(40).map(|r| r.from), Some(20));
    }

    #[test]
    fn periods_normalise() {
        assert_eq!(annual(15.0, Period::Hourly), 31200.0);
        assert_eq!(annual(2500.0, Period::Monthly), 30000.0);
        assert_eq!(per_period(31200.0, Period::Hourly), 15.0);
    }

    #[test]
    fn percentiles_interpolate_and_clamp() {
        check_pct(33750.0, Some(50));
        check_pct(22140.0, Some(10));
        check_pct(55310.0, Some(90));
        check_pct(27945.0, Some(30));
        check_pct(44530.0, Some(70));
        check_pct(1.0, Some(1));
        check_pct(1e9, Some(99));
    }

    fn check_verdict(amount: f64, period: Period, years: Option<u8>, expected: Verdict, closer: Option<&str>) {
        let cat = catalogue();
        let f = fit(&cat, &cat.roles[0], amount, period, years).unwrap();
        assert_eq!((f.verdict, f.closer.as_deref()), (expected, closer), "{amount} {period:?}");
    }

    #[test]
    fn verdicts() {
        check_verdict(9.0, Period::Hourly, None, Verdict::BelowMarket, None);
        check_verdict(2500.0, Period::Monthly, None, Verdict::Realistic, None);
        check_verdict(40000.0, Period::Annual, None, Verdict::Ambitious, None);
        check_verdict(34000.0, Period::Annual, Some(25), Verdict::Realistic, None);
        check_verdict(34000.0, Period::Annual, Some(1), Verdict::Ambitious, None);
        check_verdict(80000.0, Period::Annual, None, Verdict::Unrealistic, Some("manager"));
        check_verdict(35.0, Period::Hourly, None, Verdict::Unrealistic, Some("manager"));
    }

    #[test]
    fn median_only_role_is_compared_to_its_median() {
        let cat = catalogue();
        let r = cat.roles.iter().find(|r| r.id == "desk").unwrap();
        let f = fit(&cat, r, 32000.0, Period::Annual, None).unwrap();
        assert!(f.dist.median_only());
        assert_eq!((f.percentile, f.verdict), (None, Verdict::Ambitious));
        let f = fit(&cat, r, 40000.0, Period::Annual, None).unwrap();
        assert_eq!(f.verdict, Verdict::Unrealistic);
    }

    #[test]
    fn roles_without_pay_have_no_fit() {
        let cat = catalogue();
        assert_eq!(distribution(&role_with_pay("x", &[])), None);
        assert_eq!(fit(&cat, &role_with_pay("x", &[]), 1.0, Period::Annual, None), None);
        assert_eq!(fit(&cat, &cat.roles[0], f64::NAN, Period::Annual, None), None);
    }
}
