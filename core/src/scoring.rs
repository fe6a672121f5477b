//! Scoring: a visitor's answers against every role in the catalogue, with a
//! score per dimension, an overall fit, dealbreakers, the reasons that moved
//! each score and the single answer changes that would raise it most.
//!
//! Each answered question gives, per role, a sub-score in `0..=1` and a
//! weight that depends only on how much the role asks of that requirement.
//! A dimension is the weighted mean of its answered questions; the overall
//! fit is the weighted mean of the dimensions that have answers, capped when
//! a hard answer ("I cannot") meets a requirement the role has often or
//! always. Unanswered questions leave the fit alone and lower completeness;
//! an answered dimension a role has no data for counts at the mean of the
//! roles that have (see [`score`]).

use std::fmt;

use super::answers::{Answer, Answers};
use super::catalogue::{Catalogue, Channel, Cite, Leadership, Level, Place, Role, Slot, Trait, LEVEL_MAX};
use super::pay::{self, PayFit};
use super::questions::{testing, Dimension, Kind, Means, Question, Tests, AGREE_TOP, COUNT, QUESTIONS, WILLING_TOP};
use super::region::Region;
use super::tuning;

/// How much each dimension counts in the overall fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    pub temperament: f32,
    pub schedule: f32,
    pub education: f32,
    pub setting: f32,
    pub pay: f32,
}

impl Default for Weights {
    fn default() -> Self {
        tuning::DEFAULT_WEIGHTS
    }
}

/// Weights an embedder gave that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WeightsError {
    /// A weight is negative, infinite or not a number.
    Invalid(Dimension),
    AllZero,
}

impl fmt::Display for WeightsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WeightsError::Invalid(d) => write!(f, "the {} weight must be a finite number ≥ 0", d.key()),
            WeightsError::AllZero => write!(f, "at least one weight must be above 0"),
        }
    }
}

impl std::error::Error for WeightsError {}

impl Weights {
    /// The weight of `d`.
    pub fn get(&self, d: Dimension) -> f32 {
        match d {
            Dimension::Temperament => self.temperament,
            Dimension::Schedule => self.schedule,
            Dimension::Education => self.education,
            Dimension::Setting => self.setting,
            Dimension::Pay => self.pay,
        }
    }

    /// Ok when every weight is finite and non-negative and one is above zero.
    pub fn validate(&self) -> Result<(), WeightsError> {
        if let Some(d) = Dimension::ALL.into_iter().find(|d| !(self.get(*d).is_finite() && self.get(*d) >= 0.0)) {
            return Err(WeightsError::Invalid(d));
        }
        if Dimension::ALL.iter().all(|d| self.get(*d) == 0.0) {
            return Err(WeightsError::AllZero);
        }
        Ok(())
    }
}

/// The requirement a reason, dealbreaker or what-if is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Trait(Trait),
    Slot(Slot),
    /// Irregular hours in general (evenings, nights, weekends, holidays, overtime).
    Rota,
    Place(Place),
    Channel(Channel),
    /// Minimum education (`role_level` = [`EduLevel`] rank).
    Education,
    /// On-the-job training (`role_level`: 0 days, 1 weeks, 2 months, 3 weeks
    /// or months by industry, [`TRAINING_NONE`], [`TRAINING_DAYS_TO_MONTHS`]).
    Training,
    Licence,
    Certifications,
    Pay,
    /// Years of related experience (`role_level` = the years the role expects).
    Experience,
    /// Leading others (`role_level` = [`Leadership`] rank the role asks).
    Leadership,
}

/// How well one answer fits one requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    Good,
    Partial,
    Poor,
}

/// One fact that moved a dimension's score.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub question: &'static str,
    pub subject: Subject,
    /// What the role asks, on the subject's scale (see [`Subject`]).
    pub role_level: u8,
    pub fit: Match,
    /// Points this answer moved the dimension's score, from a neutral 50.
    pub effect: i8,
    /// The catalogue citation of the requirement.
    pub cite: Cite,
}

/// A hard answer against a requirement the role has often or always.
#[derive(Clone, Debug, PartialEq)]
pub struct Dealbreaker {
    pub question: &'static str,
    pub subject: Subject,
    pub role_level: u8,
    /// The overall fit cannot exceed this.
    pub cap: u8,
    pub cite: Cite,
}

/// A single answer change that would raise a role's fit.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    /// The question whose answer would change.
    pub question: &'static str,
    /// What the visitor would do differently.
    pub change: Change,
    pub from: u8,
    pub to: u8,
}

/// What a what-if asks of the visitor, typed by what the question tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Work these hours (evenings, …), or be open to part- or full-time work.
    Slot(Slot),
    /// Work a changing rota.
    Rota,
    /// Accept a longer training.
    Training,
    /// Study for a licence.
    Licence,
    /// Prefer this workplace; `None`: no preference.
    Place(Option<Place>),
    /// Also help customers through this channel.
    Channel(Channel),
}

/// One dimension of one role's fit.
#[derive(Clone, Debug, PartialEq)]
pub struct DimFit {
    pub dimension: Dimension,
    /// 0..=100, `None` when no answered question bears on it or the role
    /// has no data for it.
    pub score: Option<u8>,
    /// The visitor answered questions of this dimension but the role has
    /// no data for them (e.g. no pay figures): the overall fit counts the
    /// dimension at the mean score of the roles that have data (see [`score`]).
    pub no_data: bool,
    /// The two or three answers that moved the score most.
    pub reasons: Vec<Reason>,
}

/// How well a visitor fits one role.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleFit {
    /// The role's id.
    pub role: String,
    /// Position in the catalogue.
    pub index: usize,
    /// 0..=100.
    pub overall: u8,
    /// In [`Dimension::ALL`] order.
    pub dims: Vec<DimFit>,
    pub dealbreakers: Vec<Dealbreaker>,
    /// Share of questions answered, 0..=100.
    pub completeness: u8,
    pub pay: Option<PayFit>,
    /// Experience or team leading the role expects and the visitor lacks.
    pub not_yet: Option<NotYet>,
    /// What stood in for missing data when this fit was scored, for
    /// [`what_ifs_for`].
    fill: Fill,
}

impl RoleFit {
    /// The fit for `d`.
    pub fn dim(&self, d: Dimension) -> &DimFit {
        &self.dims[d.index()]
    }

    /// How many answered dimensions the role has no data for.
    pub fn gaps(&self) -> usize {
        self.dims.iter().filter(|d| d.no_data).count()
    }

    /// How well the role fits, in words: the percentage is secondary.
    pub fn band(&self) -> FitBand {
        if self.not_yet.is_some() {
            FitBand::NotYet
        } else if self.overall >= tuning::FIT_STRONG {
            FitBand::Strong
        } else if self.overall >= tuning::FIT_POSSIBLE {
            FitBand::Possible
        } else {
            FitBand::Poor
        }
    }
}

/// How well a role fits, as an adviser would say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FitBand {
    /// From [`tuning::FIT_STRONG`] up.
    Strong,
    /// From [`tuning::FIT_POSSIBLE`] up.
    Possible,
    /// Below [`tuning::FIT_POSSIBLE`].
    Poor,
    /// The role expects experience or team leading the visitor lacks.
    NotYet,
}

/// One answered question's bearing on one role.
#[derive(Clone, Copy)]
struct Contrib<'r> {
    dim: Dimension,
    sub: f32,
    weight: f32,
    subject: Subject,
    role_level: u8,
    /// A hard answer against this role level (≥ 2).
    hard: bool,
    /// How strongly the role needs what the hard answer rules out (2 often, 3 always).
    severity: u8,
    cite: &'r Cite,
}

fn frac(l: &Level) -> f32 {
    f32::from(l.value.min(LEVEL_MAX)) / f32::from(LEVEL_MAX)
}

fn demand_weight(d: f32) -> f32 {
    tuning::DEMAND_WEIGHT_BASE + d
}

fn shortfall(need: f32, have: f32) -> f32 {
    1.0 - (need - have).max(0.0)
}

/// Training codes beyond the days / weeks / months levels (see [`Subject::Training`]):
/// weeks, or months in some industries.
pub const TRAINING_SOME_MONTHS: u8 = 3;
/// No training period (the route in is experience).
pub const TRAINING_NONE: u8 = 4;
/// From a few days to a few months.
pub const TRAINING_DAYS_TO_MONTHS: u8 = 5;

/// Training the role needs: 0 days, 1 weeks, 2 months; and the level code for explanations.
fn training_need(role: &Role) -> (u8, u8, u8) {
    let t = &role.education.training.value;
    if t.weeks_max == 0 && !t.months_in_some_industries {
        return (0, 0, TRAINING_NONE);
    }
    let base = if t.weeks_max <= tuning::TRAINING_DAYS_UP_TO {
        0
    } else if t.weeks_max <= tuning::TRAINING_WEEKS_UP_TO {
        1
    } else {
        2
    };
    let months = if t.months_in_some_industries { 2 } else { base };
    let code = if t.months_in_some_industries && base < 2 {
        TRAINING_SOME_MONTHS
    } else if base == 2 && t.weeks_min <= tuning::TRAINING_DAYS_UP_TO {
        TRAINING_DAYS_TO_MONTHS
    } else {
        base
    };
    (base, months, code)
}

/// The contribution of answer `a` to question `q` for `role`.
fn contrib<'r>(q: &Question, a: Answer, role: &'r Role, payfit: Option<&PayFit>) -> Option<Contrib<'r>> {
    let opt = match a {
        Answer::Choice(i) => q.options().get(usize::from(i)),
        _ => None,
    };
    let v = opt.map_or(0, |o| o.value);
    let means = opt.map_or(Means::Scale, |o| o.means);
    let hard = matches!(a, Answer::Choice(i) if q.options().get(usize::from(i)).is_some_and(|o| o.hard));
    let c = |sub: f32, weight: f32, subject, l: &'r Level, hard: bool| Contrib {
        dim: q.dimension,
        sub: sub.clamp(0.0, 1.0),
        weight,
        subject,
        role_level: l.value.min(LEVEL_MAX),
        hard,
        severity: l.value.min(LEVEL_MAX),
        cite: &l.cite,
    };
    let agree = |reverse| {
        let x = f32::from(v) / f32::from(AGREE_TOP);
        if reverse {
            1.0 - x
        } else {
            x
        }
    };
    let rev = matches!(q.kind, Kind::Agree { reverse: true });
    Some(match q.tests {
        Tests::Trait(t) => {
            let l = role.traits.get(t);
            c(shortfall(frac(l), agree(rev)), demand_weight(frac(l)), Subject::Trait(t), l, false)
        }
        Tests::Tolerates(p) => {
            let l = role.setting.place(p);
            c(shortfall(frac(l), agree(rev)), demand_weight(frac(l)), Subject::Place(p), l, false)
        }
        Tests::Slot(s) => {
            let l = role.schedule.get(s);
            let need = frac(l);
            c(
                shortfall(need, f32::from(v) / f32::from(WILLING_TOP)),
                demand_weight(need),
                Subject::Slot(s),
                l,
                hard && l.value >= 2,
            )
        }
        Tests::Hours => {
            let sch = &role.schedule;
            // How available positions of the wanted kind are, by level.
            let avail = |l: &Level| tuning::POSITIONS_AVAILABLE[usize::from(l.value.min(LEVEL_MAX))];
            match v {
                0 => {
                    c(avail(&sch.full_time), tuning::HOURS_WEIGHT, Subject::Slot(Slot::FullTime), &sch.full_time, false)
                }
                1 => Contrib {
                    severity: 3,
                    ..c(
                        avail(&sch.part_time),
                        1.0,
                        Subject::Slot(Slot::PartTime),
                        &sch.part_time,
                        hard && sch.part_time.value == 0,
                    )
                },
                _ => c(1.0, 1.0, Subject::Slot(Slot::FullTime), &sch.full_time, false),
            }
        }
        Tests::Rota => {
            let irregular = [Slot::Evenings, Slot::Nights, Slot::Weekends, Slot::Holidays, Slot::Overtime];
            let most = irregular.iter().map(|s| role.schedule.get(*s)).max_by_key(|l| l.value)?;
            let mean = irregular.iter().map(|s| frac(role.schedule.get(*s))).sum::<f32>() / irregular.len() as f32;
            let sub = match v {
                0 => 1.0 - mean,
                1 => 1.0 - mean * tuning::ROTA_MOSTLY_FIXED_SHARE,
                _ => 1.0,
            };
            Contrib {
                role_level: (mean * f32::from(LEVEL_MAX)).round() as u8,
                ..c(sub, tuning::ROTA_WEIGHT, Subject::Rota, most, false)
            }
        }
        Tests::Education => {
            let m = &role.education.minimum;
            let Means::Education(have) = means else { return None };
            let need = m.value.rank();
            let sub = 1.0 - tuning::EDUCATION_GAP_STEP * f32::from(need.saturating_sub(have.rank()));
            Contrib {
                sub: sub.max(0.0),
                weight: tuning::EDUCATION_WEIGHT,
                subject: Subject::Education,
                role_level: need,
                hard: false,
                severity: 0,
                cite: &m.cite,
                dim: q.dimension,
            }
        }
        Tests::Training => {
            let (base, months, code) = training_need(role);
            let sub = if v >= months {
                1.0
            } else if v >= base {
                tuning::TRAINING_WITHOUT_MONTHS
            } else {
                1.0 - tuning::TRAINING_GAP_STEP * f32::from(base - v)
            };
            let t = &role.education.training;
            Contrib {
                sub: sub.max(0.0),
                weight: 1.0,
                subject: Subject::Training,
                role_level: code,
                hard: false,
                severity: 0,
                cite: &t.cite,
                dim: q.dimension,
            }
        }
        Tests::Licence => {
            let l = &role.education.licence;
            c(
                shortfall(frac(l), f32::from(v) / f32::from(WILLING_TOP)),
                demand_weight(frac(l)),
                Subject::Licence,
                l,
                hard && l.value >= 2,
            )
        }
        Tests::Certifications => {
            let Answer::Multi(m) = a else { return None };
            let first = role.education.certifications.first()?;
            let sub = if m != 0 { 1.0 } else { tuning::NO_CERTIFICATE };
            Contrib {
                sub,
                weight: tuning::CERTIFICATES_WEIGHT,
                subject: Subject::Certifications,
                role_level: 1,
                hard: false,
                severity: 0,
                cite: &first.cite,
                dim: q.dimension,
            }
        }
        Tests::Channels => {
            let Answer::Multi(m) = a else { return None };
            if m == 0 {
                return None;
            }
            // The channels whose options are ticked (bit i = option i).
            let ticked: Vec<Channel> = q
                .options()
                .iter()
                .enumerate()
                .filter(|(i, _)| m & (1 << i) != 0)
                .filter_map(|(_, o)| match o.means {
                    Means::Channel(c) => Some(c),
                    _ => None,
                })
                .collect();
            let chosen = |c: &Channel| ticked.contains(c);
            let st = &role.setting;
            let best = Channel::ALL.iter().filter(|c| chosen(c)).max_by_key(|c| st.channel(**c).value)?;
            let worst = Channel::ALL.iter().filter(|c| !chosen(c)).max_by_key(|c| st.channel(**c).value);
            let unwanted = worst.map_or(0.0, |w| frac(st.channel(*w)));
            let sub = tuning::CHANNEL_WANTED_SHARE * frac(st.channel(*best))
                + (1.0 - tuning::CHANNEL_WANTED_SHARE) * (1.0 - unwanted);
            let shown = match worst {
                Some(w) if sub < tuning::MATCH_GOOD && st.channel(*w).value > st.channel(*best).value => *w,
                _ => *best,
            };
            c(sub, tuning::SETTING_WEIGHT, Subject::Channel(shown), st.channel(shown), false)
        }
        Tests::PlacePref => match means {
            Means::Place(Some(p)) => {
                c(frac(role.setting.place(p)), tuning::SETTING_WEIGHT, Subject::Place(p), role.setting.place(p), false)
            }
            Means::Place(None) => {
                let (p, l) = Place::ALL.iter().map(|p| (*p, role.setting.place(*p))).max_by_key(|(_, l)| l.value)?;
                c(1.0, tuning::SETTING_WEIGHT, Subject::Place(p), l, false)
            }
            _ => return None,
        },
        Tests::Pay => {
            let f = payfit?;
            Contrib {
                dim: q.dimension,
                sub: f32::from(f.score) / 100.0,
                weight: 1.0,
                subject: Subject::Pay,
                role_level: 0,
                hard: false,
                severity: 0,
                cite: &role.pay.iter().find(|p| p.cite == f.dist.cite)?.cite,
            }
        }
        Tests::Experience => {
            let Answer::Years(have) = a else { return None };
            let need = role.career.as_ref()?;
            let years = need.experience.value.years;
            let (sub, weight) = if years == 0 {
                (1.0, tuning::EXPERIENCE_WEIGHT_NONE_ASKED)
            } else {
                ((f32::from(have) / f32::from(years)).min(1.0), tuning::EXPERIENCE_WEIGHT)
            };
            Contrib {
                dim: q.dimension,
                sub,
                weight,
                subject: Subject::Experience,
                role_level: years,
                hard: false,
                severity: 0,
                cite: &need.experience.cite,
            }
        }
        Tests::Leadership => {
            let Means::Leadership(have) = means else { return None };
            let need = role.career.as_ref()?;
            let asks = need.leadership.value.rank();
            let gap = asks.saturating_sub(have.rank());
            // Someone who has led a team is told when a job would not use it.
            let unused = have.rank().saturating_sub(asks);
            let sub =
                1.0 - tuning::LEADERSHIP_GAP_STEP * f32::from(gap) - tuning::LEADERSHIP_UNUSED_STEP * f32::from(unused);
            Contrib {
                dim: q.dimension,
                sub,
                weight: tuning::LEADERSHIP_WEIGHT_BASE
                    + tuning::LEADERSHIP_WEIGHT_PER_STEP * f32::from(asks.max(have.rank())),
                subject: Subject::Leadership,
                role_level: asks,
                hard: false,
                severity: 0,
                cite: &need.leadership.cite,
            }
        }
    })
}

/// Dimension scores (0..=1) from contributions.
fn dims(cs: &[Option<Contrib>]) -> [Option<f32>; 5] {
    Sums::of(cs).dims()
}

/// Per dimension, the weighted sum of sub-scores and the sum of weights:
/// what [`dims`] divides. The what-if search moves one contribution at a
/// time in and out of it instead of summing all of them for each trial.
#[derive(Clone, Copy)]
struct Sums {
    sum: [f32; 5],
    wsum: [f32; 5],
}

impl Sums {
    fn of(cs: &[Option<Contrib>]) -> Sums {
        let mut s = Sums { sum: [0.0; 5], wsum: [0.0; 5] };
        for c in cs.iter().flatten() {
            s.add(c, 1.0);
        }
        s
    }

    /// Adds (`sign` 1) or removes (`sign` -1) one contribution.
    fn add(&mut self, c: &Contrib, sign: f32) {
        self.sum[c.dim.index()] += sign * c.sub * c.weight;
        self.wsum[c.dim.index()] += sign * c.weight;
    }

    /// These sums with contribution `was` replaced by `now`.
    fn replaced(mut self, was: Option<&Contrib>, now: Option<&Contrib>) -> Sums {
        if let Some(c) = was {
            self.add(c, -1.0);
        }
        if let Some(c) = now {
            self.add(c, 1.0);
        }
        self
    }

    fn dims(&self) -> [Option<f32>; 5] {
        // A removed weight can leave a rounding crumb: below this it is none.
        const NO_WEIGHT: f32 = 1e-6;
        std::array::from_fn(|i| (self.wsum[i] > NO_WEIGHT).then(|| self.sum[i] / self.wsum[i]))
    }
}

/// The dealbreaker cap for contributions, if any.
fn cap(cs: &[Option<Contrib>]) -> Option<u8> {
    let hard = cs.iter().flatten().filter(|c| c.hard);
    let (n, top) = hard.fold((0u8, 0u8), |(n, top), c| (n.saturating_add(1), top.max(c.severity)));
    (n > 0).then(|| {
        let base = if top >= 3 { CAP_ALWAYS } else { CAP_OFTEN };
        base.saturating_sub(CAP_STEP.saturating_mul(n - 1))
    })
}

pub use super::tuning::{CAP_ALWAYS, CAP_OFTEN, CAP_STEP, MIN_WHAT_IF_GAIN, NEUTRAL_FIT};

/// Per dimension, the score that stands in for a role's missing data: the
/// mean over the roles that have data for this visitor (`None` where no
/// role has, so the dimension is left out for every role).
type Fill = [Option<f32>; 5];

/// Overall 0..=100 from contributions, with `fill` for dimensions the role has no data for.
fn overall(cs: &[Option<Contrib>], w: &Weights, fill: &Fill) -> u8 {
    overall_of(&dims(cs), cap(cs), w, fill)
}

/// Overall 0..=100 from dimension scores and the dealbreaker cap.
fn overall_of(d: &[Option<f32>; 5], cap: Option<u8>, w: &Weights, fill: &Fill) -> u8 {
    let (mut sum, mut wsum) = (0.0f32, 0.0f32);
    for dim in Dimension::ALL {
        if let Some(s) = d[dim.index()].or(fill[dim.index()]) {
            sum += s * w.get(dim);
            wsum += w.get(dim);
        }
    }
    // With nothing answered the fit is the neutral middle; otherwise every
    // point short of a perfect match counts `STRETCH` times (see tuning).
    let raw = if wsum > 0.0 { 1.0 - tuning::STRETCH * (1.0 - sum / wsum) } else { NEUTRAL_FIT };
    let pct = (raw * 100.0).round().clamp(0.0, 100.0) as u8;
    cap.map_or(pct, |c| pct.min(c))
}

fn pct(x: f32) -> u8 {
    (x * 100.0).round().clamp(0.0, 100.0) as u8
}

/// The reasons shown for each dimension (by [`Dimension::index`]): the
/// contributions with the largest effect on its score, shortfalls first.
fn reasons(cs: &[Option<Contrib>], sums: &Sums) -> [Vec<Reason>; 5] {
    let effect = |c: &Contrib| 100.0 * c.weight * (c.sub - 0.5) / sums.wsum[c.dim.index()];
    // Rank first, in one pass, on the stack (at most one entry per
    // question), and build only the reasons shown: a reason holds a
    // citation handle, and most contributions are not among the top few.
    let mut ranked = [[(0.0f32, 0usize); COUNT]; 5];
    let mut n = [0usize; 5];
    for (i, c) in cs.iter().enumerate() {
        let Some(c) = c.as_ref() else { continue };
        let e = effect(c);
        // Shortfalls explain a score better than matches of the same size.
        let rank = if e < 0.0 { -tuning::SHORTFALL_FIRST * e } else { e };
        if rank >= tuning::MIN_REASON_EFFECT {
            let d = c.dim.index();
            ranked[d][n[d]] = (rank, i);
            n[d] += 1;
        }
    }
    std::array::from_fn(|d| {
        let list = &mut ranked[d][..n[d]];
        super::sort::sort_by(list, |a, b| b.0.total_cmp(&a.0));
        list.iter()
            .take(tuning::REASONS_PER_DIMENSION)
            .filter_map(|&(_, i)| {
                let c = cs[i].as_ref()?;
                let fit = if c.sub >= tuning::MATCH_GOOD {
                    Match::Good
                } else if c.sub >= tuning::MATCH_PARTIAL {
                    Match::Partial
                } else {
                    Match::Poor
                };
                Some(Reason {
                    question: QUESTIONS[i].id,
                    subject: c.subject,
                    role_level: c.role_level,
                    fit,
                    effect: effect(c).round() as i8,
                    cite: c.cite.clone(),
                })
            })
            .collect()
    })
}

/// The answers a what-if may try for question `q` instead of `a`: another
/// option, or (for channels) one more ticked option.
fn alternatives(q: &Question, a: Answer) -> impl Iterator<Item = Answer> + '_ {
    let n = q.options().len() as u8;
    let choices = matches!(a, Answer::Choice(_)).then_some(0..n).into_iter().flatten();
    let choices = choices.map(Answer::Choice).filter(move |alt| *alt != a);
    let adds = match a {
        Answer::Multi(m) if q.tests == Tests::Channels => {
            Some((0..n).filter(move |i| m & (1 << i) == 0).map(move |i| Answer::Multi(m | 1 << i)))
        }
        _ => None,
    };
    choices.chain(adds.into_iter().flatten())
}

/// What answering `alt` instead of `was` to `q` asks of the visitor, for
/// the questions a what-if may suggest changing.
fn change(q: &Question, was: Answer, alt: Answer, subject: Subject) -> Option<Change> {
    let option_means = |i: u8| q.options().get(usize::from(i)).map(|o| o.means);
    match (q.tests, alt) {
        (Tests::Slot(_) | Tests::Hours, _) => match subject {
            Subject::Slot(s) => Some(Change::Slot(s)),
            _ => None,
        },
        (Tests::Rota, _) => Some(Change::Rota),
        (Tests::Training, _) => Some(Change::Training),
        (Tests::Licence, _) => Some(Change::Licence),
        (Tests::PlacePref, Answer::Choice(i)) => match option_means(i)? {
            Means::Place(p) => Some(Change::Place(p)),
            _ => None,
        },
        (Tests::Channels, Answer::Multi(m)) => {
            let Answer::Multi(before) = was else { return None };
            let added = (m & !before).trailing_zeros();
            match option_means(u8::try_from(added).ok()?)? {
                Means::Channel(c) => Some(Change::Channel(c)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Questions a what-if may suggest changing: choices about hours, training,
/// licences and where and how one works; not temperament or facts.
fn may_suggest(q: &Question) -> bool {
    !q.fact
        && matches!(q.dimension, Dimension::Schedule | Dimension::Education | Dimension::Setting)
        && !matches!(q.kind, Kind::Agree { .. })
}

/// Whether replacing contribution `now` by `alt` cannot raise the overall
/// fit, so the what-if search need not score it: the same weight, no
/// better a sub-score, and no dealbreaker lifted. (The overall fit only
/// rises with a sub-score at a fixed weight.)
fn cannot_raise(now: Option<&Contrib>, alt: Option<&Contrib>) -> bool {
    match (now, alt) {
        (Some(n), Some(a)) => a.weight == n.weight && a.sub <= n.sub && (a.hard || !n.hard),
        _ => false,
    }
}

fn what_ifs(
    role: &Role,
    answers: &Answers,
    cs: &[Option<Contrib>; COUNT],
    w: &Weights,
    fill: &Fill,
    now: u8,
    gate: u8,
) -> Vec<WhatIf> {
    let mut best: Vec<WhatIf> = Vec::new();
    // A role held at a cap the answers cannot lift (not yet) has nothing to suggest.
    if now.saturating_add(MIN_WHAT_IF_GAIN) > gate {
        return best;
    }
    let mut trial = *cs;
    let (sums, base_cap) = (Sums::of(cs), cap(cs));
    for (i, q) in QUESTIONS.iter().enumerate() {
        let Some(a) = answers.at(i).filter(|_| may_suggest(q)) else { continue };
        // The smallest change reaching the highest score: options nearest the current one win ties.
        let mut pick: Option<(u8, u32, WhatIf)> = None;
        for alt in alternatives(q, a) {
            trial[i] = contrib(q, alt, role, None);
            if cannot_raise(cs[i].as_ref(), trial[i].as_ref()) {
                continue;
            }
            // One contribution moved; the cap only changes with a dealbreaker in play.
            let d = sums.replaced(cs[i].as_ref(), trial[i].as_ref()).dims();
            let hard = cs[i].is_some_and(|c| c.hard) || trial[i].is_some_and(|c| c.hard);
            let to = overall_of(&d, if hard { cap(&trial) } else { base_cap }, w, fill).min(gate);
            let distance = match (a, alt) {
                (Answer::Choice(x), Answer::Choice(y)) => u32::from(x.abs_diff(y)),
                _ => 1,
            };
            let better = pick.as_ref().is_none_or(|(t, d, _)| to > *t || (to == *t && distance < *d));
            if to >= now.saturating_add(MIN_WHAT_IF_GAIN) && better {
                let changed = trial[i].and_then(|c| change(q, a, alt, c.subject));
                if let Some(change) = changed {
                    pick = Some((to, distance, WhatIf { question: q.id, change, from: now, to }));
                }
            }
        }
        trial[i] = cs[i];
        best.extend(pick.map(|(_, _, w)| w));
    }
    super::sort::sort_by(&mut best, |a, b| b.to.cmp(&a.to));
    best.truncate(tuning::WHAT_IFS_PER_ROLE);
    best
}

/// The pay fit of `role` for the visitor's pay and experience answers, in
/// the answers' pay region (the US when none is set: the widget sets the
/// embedder's or the language's region before scoring).
pub fn pay_fit(cat: &Catalogue, role: &Role, answers: &Answers) -> Option<PayFit> {
    let answer_to = |t: Tests| testing(t).and_then(|(i, _)| answers.at(i));
    let Some(Answer::Pay { cents, period, currency }) = answer_to(Tests::Pay) else { return None };
    let years = match answer_to(Tests::Experience) {
        Some(Answer::Years(y)) => Some(y),
        _ => None,
    };
    let e = pay::Expectation { amount: f64::from(cents) / 100.0, period, currency };
    pay::fit(cat, role, e, years, answers.region.unwrap_or(Region::Us))
}

/// Why a role is "not yet" within reach: it expects experience or team
/// leading the visitor does not have. Not a dealbreaker (no source makes
/// it one), but the fit is capped and the results show the way there.
#[derive(Clone, Debug, PartialEq)]
pub struct NotYet {
    /// The overall fit cannot exceed this.
    pub cap: u8,
    /// The years the role usually expects, when the visitor has
    /// [`tuning::NOT_YET_YEARS_SHORT`] or more fewer.
    pub years: Option<u8>,
    /// The role leads a team and the visitor has never led or coached anyone.
    pub leads_team: bool,
    /// Roles that usually lead here (the catalogue's `career.from`).
    pub from: Vec<String>,
    /// The citation of the experience requirement (or of the leadership one
    /// when only that falls short).
    pub cite: Cite,
}

/// The "not yet" gate of `role` for the visitor's experience and leadership answers.
fn not_yet(role: &Role, answers: &Answers) -> Option<NotYet> {
    let career = role.career.as_ref()?;
    let answer_to = |t: Tests| testing(t).and_then(|(i, _)| answers.at(i));
    let years = match answer_to(Tests::Experience) {
        Some(Answer::Years(have)) => {
            let need = career.experience.value.years;
            (need.saturating_sub(have) >= tuning::NOT_YET_YEARS_SHORT).then_some(need)
        }
        _ => None,
    };
    let (_, lead_q) = testing(Tests::Leadership)?;
    let leads_team = match answer_to(Tests::Leadership) {
        Some(Answer::Choice(i)) => {
            lead_q.options().get(usize::from(i)).map(|o| o.means) == Some(Means::Leadership(Leadership::None))
                && career.leadership.value == Leadership::LeadsTeam
        }
        _ => false,
    };
    if years.is_none() && !leads_team {
        return None;
    }
    let cite = if years.is_some() { &career.experience.cite } else { &career.leadership.cite };
    Some(NotYet { cap: tuning::NOT_YET_CAP, years, leads_team, from: career.from.clone(), cite: cite.clone() })
}

/// One role's contributions, before the other roles are scored.
struct Part<'r> {
    index: usize,
    role: &'r Role,
    payfit: Option<PayFit>,
    cs: [Option<Contrib<'r>>; COUNT],
}

fn part<'r>(cat: &'r Catalogue, index: usize, answers: &Answers) -> Option<Part<'r>> {
    let role = cat.roles.get(index)?;
    let payfit = pay_fit(cat, role, answers);
    let mut cs: [Option<Contrib>; COUNT] = [None; COUNT];
    for (i, q) in QUESTIONS.iter().enumerate() {
        cs[i] = answers.at(i).and_then(|a| contrib(q, a, role, payfit.as_ref()));
    }
    Some(Part { index, role, payfit, cs })
}

/// The mean of each dimension's score over the roles that have one.
fn fill(parts: &[Part]) -> Fill {
    let (mut sum, mut n) = ([0.0f32; 5], [0u16; 5]);
    for p in parts {
        for (i, d) in dims(&p.cs).into_iter().enumerate() {
            if let Some(d) = d {
                sum[i] += d;
                n[i] += 1;
            }
        }
    }
    std::array::from_fn(|i| (n[i] > 0).then(|| sum[i] / f32::from(n[i])))
}

fn finish(p: Part, answers: &Answers, w: &Weights, fill: &Fill) -> RoleFit {
    let Part { index, role, payfit, cs } = p;
    let sums = Sums::of(&cs);
    let d = sums.dims();
    let mut reasons = reasons(&cs, &sums);
    let not_yet = not_yet(role, answers);
    let gate = not_yet.as_ref().map_or(100, |n| n.cap);
    let now = overall(&cs, w, fill).min(gate);
    let cap = cap(&cs).unwrap_or(100);
    let dealbreakers = QUESTIONS
        .iter()
        .zip(&cs)
        .filter_map(|(q, c)| c.filter(|c| c.hard).map(|c| (q, c)))
        .map(|(q, c)| Dealbreaker {
            question: q.id,
            subject: c.subject,
            role_level: c.role_level,
            cap,
            cite: c.cite.clone(),
        })
        .collect();
    RoleFit {
        role: role.id.clone(),
        index,
        overall: now,
        dims: Dimension::ALL
            .iter()
            .map(|dim| DimFit {
                dimension: *dim,
                score: d[dim.index()].map(pct),
                no_data: d[dim.index()].is_none() && fill[dim.index()].is_some(),
                reasons: std::mem::take(&mut reasons[dim.index()]),
            })
            .collect(),
        dealbreakers,
        completeness: answers.completeness(),
        pay: payfit,
        not_yet,
        fill: *fill,
    }
}

/// The rank to show for each fit of a ranking (best first): a fit within
/// [`tuning::TIE_POINTS`] of the one before it shares its rank, so
/// near-equal roles are not presented as different ("1, 1, 3").
pub fn ranks(fits: &[RoleFit]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(fits.len());
    for (i, f) in fits.iter().enumerate() {
        let tied = i > 0 && fits[i - 1].overall.saturating_sub(f.overall) <= tuning::TIE_POINTS;
        out.push(if tied { out[i - 1] } else { i + 1 });
    }
    out
}

/// What would raise `fit` (scored by [`score`] from the same catalogue,
/// answers and weights): at most [`tuning::WHAT_IFS_PER_ROLE`] answers to
/// change, best first. Worked out when a role's details are shown, not
/// with every score: it tries each other answer to each question, which is
/// most of a score's work.
pub fn what_ifs_for(cat: &Catalogue, answers: &Answers, weights: &Weights, fit: &RoleFit) -> Vec<WhatIf> {
    let w = if weights.validate().is_ok() { *weights } else { Weights::default() };
    let Some(p) = part(cat, fit.index, answers) else { return Vec::new() };
    let gate = fit.not_yet.as_ref().map_or(100, |n| n.cap);
    what_ifs(p.role, answers, &p.cs, &w, &fit.fill, fit.overall, gate)
}

/// Scores one role, as [`score`] does.
pub fn score_role(cat: &Catalogue, index: usize, answers: &Answers, weights: &Weights) -> Option<RoleFit> {
    score(cat, answers, weights).into_iter().find(|f| f.index == index)
}

/// Scores every role, best fit first; invalid weights (see
/// [`Weights::validate`]) fall back to the defaults.
///
/// Missing data neither helps nor hurts: where the visitor answered
/// questions of a dimension and a role has no data for it (no pay figures,
/// say), the role's overall fit counts that dimension at the mean score of
/// the roles that have data, so it ranks as an average role would on it.
/// Equal fits rank the role with fewer such gaps first (a measured fit
/// beats an assumed one), then keep catalogue order.
pub fn score(cat: &Catalogue, answers: &Answers, weights: &Weights) -> Vec<RoleFit> {
    let w = if weights.validate().is_ok() { *weights } else { Weights::default() };
    let parts: Vec<Part> = (0..cat.roles.len()).filter_map(|i| part(cat, i, answers)).collect();
    let fill = fill(&parts);
    let mut fits: Vec<RoleFit> = parts.into_iter().map(|p| finish(p, answers, &w, &fill)).collect();
    super::sort::sort_by(&mut fits, |a, b| {
        b.overall.cmp(&a.overall).then(a.gaps().cmp(&b.gaps())).then(a.index.cmp(&b.index))
    });
    fits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::catalogue;

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().fold(Answers::new(), |a, (id, x)| a.with(id, *x).unwrap())
    }

    /// A fit's what-ifs, worked out on demand, are those of the search over
    /// the same contributions and fill the score used.
    #[test]
    fn what_ifs_on_demand_are_the_scores_own() {
        let cat = catalogue();
        let w = Weights::default();
        let mut seed = 0x9e37_79b9_u32;
        for _ in 0..100 {
            let mut a = Answers::new();
            for (i, q) in QUESTIONS.iter().enumerate() {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let n = q.options().len() as u32;
                if n > 0 && !seed.is_multiple_of(3) {
                    let x = (seed >> 8) % n;
                    let answer =
                        if matches!(q.kind, Kind::Multi(_)) { Answer::Multi(x as u8) } else { Answer::Choice(x as u8) };
                    let _ = a.set_at(i, Some(answer));
                }
            }
            let parts: Vec<Part> = (0..cat.roles.len()).filter_map(|i| part(&cat, i, &a)).collect();
            let fill = fill(&parts);
            for f in score(&cat, &a, &w) {
                let p = parts.iter().find(|p| p.index == f.index).unwrap();
                let gate = f.not_yet.as_ref().map_or(100, |n| n.cap);
                assert_eq!(f.overall, overall(&p.cs, &w, &fill).min(gate));
                assert_eq!(what_ifs_for(&cat, &a, &w, &f), what_ifs(p.role, &a, &p.cs, &w, &fill, f.overall, gate));
            }
        }
    }

    /// The what-if search skips alternatives that cannot raise the fit; it
    /// finds exactly what scoring every alternative finds.
    #[test]
    fn pruned_what_ifs_equal_the_full_search() {
        let cat = catalogue();
        let w = Weights::default();
        let mut seed = 0x2545_f491_u32;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for _ in 0..300 {
            let mut a = Answers::new();
            for (i, q) in QUESTIONS.iter().enumerate() {
                let n = q.options().len() as u32;
                if n > 0 && next() % 4 != 0 {
                    let x = next() % n;
                    let answer =
                        if matches!(q.kind, Kind::Multi(_)) { Answer::Multi(x as u8) } else { Answer::Choice(x as u8) };
                    let _ = a.set_at(i, Some(answer));
                }
            }
            let parts: Vec<Part> = (0..cat.roles.len()).filter_map(|i| part(&cat, i, &a)).collect();
            let fill = fill(&parts);
            for p in &parts {
                let now = overall(&p.cs, &w, &fill);
                let fast = what_ifs(p.role, &a, &p.cs, &w, &fill, now, 100);
                // The full search: every alternative scored.
                let mut full: Vec<WhatIf> = Vec::new();
                let mut trial = p.cs;
                for (i, q) in QUESTIONS.iter().enumerate() {
                    let Some(was) = a.at(i).filter(|_| may_suggest(q)) else { continue };
                    let mut pick: Option<(u8, u32, WhatIf)> = None;
                    for alt in alternatives(q, was) {
                        trial[i] = contrib(q, alt, p.role, None);
                        let to = overall(&trial, &w, &fill);
                        let d = match (was, alt) {
                            (Answer::Choice(x), Answer::Choice(y)) => u32::from(x.abs_diff(y)),
                            _ => 1,
                        };
                        let better = pick.as_ref().is_none_or(|(t, pd, _)| to > *t || (to == *t && d < *pd));
                        if to >= now.saturating_add(MIN_WHAT_IF_GAIN) && better {
                            if let Some(change) = trial[i].and_then(|c| change(q, was, alt, c.subject)) {
                                pick = Some((to, d, WhatIf { question: q.id, change, from: now, to }));
                            }
                        }
                    }
                    trial[i] = p.cs[i];
                    full.extend(pick.map(|(_, _, w)| w));
                }
                crate::sort::sort_by(&mut full, |a, b| b.to.cmp(&a.to));
                full.truncate(tuning::WHAT_IFS_PER_ROLE);
                assert_eq!(fast, full, "{}: {a:?}", p.role.id);
            }
        }
    }

    fn fit_of<'a>(fits: &'a [RoleFit], id: &str) -> &'a RoleFit {
        fits.iter().find(|f| f.role == id).unwrap()
    }

    /// Scores `pairs`; checks the ranking's first role and `role`'s overall range.
    fn check(pairs: &[(&str, Answer)], top: &str, role: &str, range: std::ops::RangeInclusive<u8>) {
        let fits = score(&catalogue(), &answers(pairs), &Weights::default());
        assert_eq!(fits[0].role, top, "{fits:#?}");
        let o = fit_of(&fits, role).overall;
        assert!(range.contains(&o), "{role}: {o} not in {range:?}");
    }

    use Answer::{Choice as C, Multi as M};

    #[test]
    fn rankings() {
        check(
            &[("s_nights", C(0)), ("s_weekends", C(0)), ("w_place", C(0)), ("e_licence", C(0))],
            "night",
            "rep",
            60..=100,
        );
        check(
            &[("s_weekends", C(3)), ("s_evenings", C(3)), ("w_place", C(3)), ("w_channels", M(8))],
            "desk",
            "night",
            0..=40,
        );
        check(
            &[
                ("e_level", C(3)),
                ("s_nights", C(3)),
                ("t_solve", C(4)),
                ("t_software", C(4)),
                ("t_pace", C(4)),
                ("w_place", C(1)),
            ],
            "manager",
            "manager",
            80..=100,
        );
        check(&[], "rep", "night", 50..=50);
    }

    #[test]
    fn dealbreaker_caps_fit_and_says_why() {
        // Willingness options: index 0 "Yes, gladly" .. index 3 "No, I can't".
        let willing = answers(&[("s_weekends", C(0)), ("s_nights", C(0)), ("t_calm", C(4)), ("t_pace", C(0))]);
        let strong = fit_of(&score(&catalogue(), &willing, &Weights::default()), "night").clone();
        assert!(strong.overall >= 80 && strong.dealbreakers.is_empty(), "{strong:?}");
        let cannot = willing.with("s_weekends", C(3)).unwrap();
        let fits = score(&catalogue(), &cannot, &Weights::default());
        let night = fit_of(&fits, "night");
        assert!(night.overall <= CAP_ALWAYS, "{}", night.overall);
        assert_eq!(night.dealbreakers.len(), 1);
        assert_eq!(night.dealbreakers[0].subject, Subject::Slot(Slot::Weekends));
        let what_ifs = what_ifs_for(&catalogue(), &cannot, &Weights::default(), night);
        assert_eq!((what_ifs[0].question, what_ifs[0].to), ("s_weekends", strong.overall));
        assert!(fit_of(&fits, "desk").dealbreakers.is_empty());
    }

    #[test]
    fn unanswered_lowers_completeness_not_fit() {
        let a = answers(&[("t_calm", C(4))]);
        let f = score(&catalogue(), &a, &Weights::default());
        assert_eq!(fit_of(&f, "rep").overall, 100);
        assert_eq!(fit_of(&f, "rep").completeness, 3);
        assert_eq!(fit_of(&f, "rep").dim(Dimension::Schedule).score, None);
    }

    #[test]
    fn reasons_carry_cites_and_worst_first() {
        let a = answers(&[("t_calm", C(0)), ("t_empathy", C(4)), ("t_sell", C(4)), ("t_written", C(4))]);
        let f = score(&catalogue(), &a, &Weights::default());
        let r = &fit_of(&f, "rep").dim(Dimension::Temperament).reasons;
        assert_eq!(r.iter().map(|r| r.question).collect::<Vec<_>>(), ["t_calm", "t_empathy", "t_written"]);
        assert_eq!((r[0].fit, r[0].cite.source.as_str()), (Match::Poor, "seed-000"));
        assert!(r[0].effect < 0 && r[1].effect > 0);
    }

    #[test]
    fn near_equal_fits_share_a_rank() {
        let fits = score(&catalogue(), &answers(&[("t_calm", C(4))]), &Weights::default());
        let with = |overall: &[u8]| -> Vec<usize> {
            let fs: Vec<RoleFit> = overall.iter().map(|o| RoleFit { overall: *o, ..fits[0].clone() }).collect();
            ranks(&fs)
        };
        assert_eq!(with(&[90, 89, 80, 78, 60]), [1, 1, 3, 3, 5]);
        assert_eq!(with(&[90, 87, 86]), [1, 2, 2]);
        assert_eq!(with(&[]), Vec::<usize>::new());
    }

    /// A role with the fixture rep's requirements and only a median of `median` (none: no pay data).
    fn twin(id: &str, median: Option<f64>) -> String {
        let pay: Vec<_> = median.map(|m| ("median", "annual", m, 2018, None)).into_iter().collect();
        let (traits, schedule, setting) =
            ([3, 3, 3, 3, 2, 3, 3, 2, 2, 2], [2, 1, 2, 2, 1, 2, 3], [3, 2, 1, 1, 2, 2, 1, 1]);
        crate::testkit::role_json(id, traits, schedule, setting, "secondary", 3, true, 1, &pay, &[])
    }

    /// Ranks twins for a calm visitor expecting $40,000 a year: role ids and overall fits, best first.
    fn rank_twins(roles: &[(&str, Option<f64>)]) -> Vec<(String, u8)> {
        let cat = crate::testkit::catalogue_of(&roles.iter().map(|(id, m)| twin(id, *m)).collect::<Vec<_>>());
        let a = answers(&[
            ("t_calm", C(4)),
            ("s_weekends", C(1)),
            (
                "p_expect",
                Answer::Pay {
                    cents: 4_000_000,
                    period: crate::catalogue::Period::Annual,
                    currency: crate::region::Currency::Usd,
                },
            ),
        ]);
        score(&cat, &a, &Weights::default()).into_iter().map(|f| (f.role, f.overall)).collect()
    }

    fn ids(ranked: &[(String, u8)]) -> Vec<&str> {
        ranked.iter().map(|(id, _)| id.as_str()).collect()
    }

    #[test]
    fn no_pay_data_neither_gains_nor_loses() {
        // Pay that matches ($40,000 median), misses (a $30,000 lone median: unrealistic) and none.
        let (paid, missed, gap) = (("paid", Some(40000.0)), ("missed", Some(30000.0)), ("gap", None));
        // Issue 11: the role without pay figures used to rank first here.
        let all = rank_twins(&[gap, missed, paid]);
        assert_eq!(ids(&all), ["paid", "gap", "missed"], "{all:?}");
        assert!(all[0].1 > all[1].1 && all[1].1 > all[2].1, "{all:?}");
        // Against a role whose pay matches: the same fit at most, ranked below it.
        let two = rank_twins(&[gap, paid]);
        assert_eq!((ids(&two), two[0].1), (vec!["paid", "gap"], two[1].1), "{two:?}");
        // Against one whose pay misses, the imputed value is that role's own pay score: a tie, data first.
        let two = rank_twins(&[gap, missed]);
        assert_eq!((ids(&two), two[0].1), (vec!["missed", "gap"], two[1].1), "{two:?}");
    }

    #[test]
    fn missing_data_is_marked_only_where_the_visitor_answered() {
        let cat = crate::testkit::catalogue_of(&[twin("paid", Some(40000.0)), twin("gap", None)]);
        let pay = (
            "p_expect",
            Answer::Pay {
                cents: 4_000_000,
                period: crate::catalogue::Period::Annual,
                currency: crate::region::Currency::Usd,
            },
        );
        let fits = score(&cat, &answers(&[("t_calm", C(4)), pay]), &Weights::default());
        let gap = fit_of(&fits, "gap");
        assert_eq!((gap.dim(Dimension::Pay).score, gap.dim(Dimension::Pay).no_data, gap.gaps()), (None, true, 1));
        assert!(!fit_of(&fits, "paid").dim(Dimension::Pay).no_data);
        assert!(!gap.dim(Dimension::Schedule).no_data, "not answered is not missing data");
        let fits = score(&cat, &answers(&[("t_calm", C(4))]), &Weights::default());
        assert_eq!(fit_of(&fits, "gap").gaps(), 0);
        // With pay weighing nothing the gap changes nothing.
        let w = Weights { pay: 0.0, ..Weights::default() };
        let fits = score(&cat, &answers(&[("t_calm", C(4)), pay]), &w);
        assert_eq!((fits[0].overall, fits[1].overall), (100, 100));
    }

    fn check_weights(w: Weights, expected: Result<(), WeightsError>) {
        assert_eq!(w.validate(), expected, "{w:?}");
    }

    #[test]
    fn weights_validate() {
        let d = Weights::default();
        check_weights(d, Ok(()));
        check_weights(Weights { pay: -1.0, ..d }, Err(WeightsError::Invalid(Dimension::Pay)));
        check_weights(Weights { schedule: f32::NAN, ..d }, Err(WeightsError::Invalid(Dimension::Schedule)));
        check_weights(
            Weights { temperament: 0.0, schedule: 0.0, education: 0.0, setting: 0.0, pay: 0.0 },
            Err(WeightsError::AllZero),
        );
    }
}
