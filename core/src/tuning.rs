//! The scoring model's tuning constants, in one place, each with the reason
//! for its value. docs/scoring.md explains the model to a recruiter; the
//! persona table (core/tests/personas.rs) is what these values are held to.

/// Every point a role falls short of a perfect match counts this many
/// times in the overall fit. The dimensions are weighted means of many
/// answers, so a clear mismatch (a workplace the visitor does not want, a
/// year of experience missing) moves the mean only a little; unstretched,
/// all twelve roles landed between about 85 % and 97 % for most visitors
/// and the ranking was noise. With 2, a role missing on a quarter of what
/// matters reads about 50 %, "possible at best", as an adviser would say.
pub const STRETCH: f32 = 2.0;

/// The fit of a role that expects experience or team leading the visitor
/// does not have cannot exceed this: such a role is a next step, not a
/// match today. Below [`FIT_STRONG`], and the results label it "not yet".
pub const NOT_YET_CAP: u8 = 55;

/// A role is "not yet" when the visitor has at least this many years less
/// experience than it usually expects: one year short is a gap an
/// employer often overlooks, two is not.
pub const NOT_YET_YEARS_SHORT: u8 = 2;

/// Weight of the experience answer for a role that expects experience:
/// as much as education (1.5), since employers weigh the two alike for
/// these jobs (BLS "how to become one" names both).
pub const EXPERIENCE_WEIGHT: f32 = 1.5;

/// Weight of the experience answer for a role that expects none: small,
/// since having experience helps little and lacking it costs nothing.
pub const EXPERIENCE_WEIGHT_NONE_ASKED: f32 = 0.5;

/// Leadership weight: this base plus this much per step the role asks
/// (none 0, coaching 1, leading a team 2), so leading matters most where
/// the job is about leading.
pub const LEADERSHIP_WEIGHT_BASE: f32 = 0.5;
pub const LEADERSHIP_WEIGHT_PER_STEP: f32 = 0.5;

/// Each step of leadership the visitor lacks (never led → coached → led a
/// team) costs this much of the answer's sub-score: coaching is half way.
pub const LEADERSHIP_GAP_STEP: f32 = 0.5;

/// Each step of leading the visitor has done beyond what the job asks
/// (coached, led a team) costs this much: a team leader is a fine
/// receptionist, but an adviser would not call it their best match.
pub const LEADERSHIP_UNUSED_STEP: f32 = 0.25;

/// From this overall fit up a role is a strong fit.
pub const FIT_STRONG: u8 = 70;

/// From this overall fit up (and below [`FIT_STRONG`]) a role is a
/// possible fit; below it, a poor one.
pub const FIT_POSSIBLE: u8 = 45;

/// Fits within this many points of each other are near-equal: the results
/// give them the same rank, since a visitor cannot act on such a gap.
pub const TIE_POINTS: u8 = 2;

/// How much each dimension counts by default (embedders may set their
/// own): temperament and hours decide most whether a visitor lasts in
/// these jobs (seeds 001, 002: angry callers, shifts), the setting next;
/// education and pay matter but rarely rule a job out on their own.
pub const DEFAULT_WEIGHTS: crate::scoring::Weights =
    crate::scoring::Weights { temperament: 0.25, schedule: 0.25, education: 0.15, setting: 0.20, pay: 0.15 };

/// A requirement's weight is this plus how much the role asks of it (0..1):
/// what a job asks little of still counts a little, so a visitor's
/// strengths are not ignored where they do no harm.
pub const DEMAND_WEIGHT_BASE: f32 = 0.25;

/// How likely a visitor finds a position of the kind they want (full- or
/// part-time) when the role offers it at level 0, 1, 2, 3: even "never"
/// is not impossible (0.2), "often" almost always works (0.9).
pub const POSITIONS_AVAILABLE: [f32; 4] = [0.2, 0.6, 0.9, 1.0];

/// Weights of the single-answer schedule questions (full or part time, rota).
pub const HOURS_WEIGHT: f32 = 1.0;
pub const ROTA_WEIGHT: f32 = 1.0;

/// "Mostly fixed, the odd change is fine" bears this share of the
/// irregular hours a "same hours every week" visitor would mind.
pub const ROTA_MOSTLY_FIXED_SHARE: f32 = 0.5;

/// Each level of education short of the role's usual minimum costs this
/// much (one level short: 0.3 left; two: nothing): employers screen on it.
pub const EDUCATION_GAP_STEP: f32 = 0.7;

/// Weight of the education answer: above a single trait, since it is a
/// stated requirement (BLS "how to become one"), not a preference.
pub const EDUCATION_WEIGHT: f32 = 1.5;

/// Training: a role's longest usual training up to this many weeks counts
/// as days, up to [`TRAINING_WEEKS_UP_TO`] as weeks, longer as months.
pub const TRAINING_DAYS_UP_TO: u16 = 1;
pub const TRAINING_WEEKS_UP_TO: u16 = 8;

/// Accepting the usual training but not the months some industries ask:
/// most jobs of the kind are still open.
pub const TRAINING_WITHOUT_MONTHS: f32 = 0.8;

/// Each step (days → weeks → months) of training the visitor would not
/// accept costs this much.
pub const TRAINING_GAP_STEP: f32 = 0.5;

/// No certificate where certificates help: they help (seeds 000, 003), but
/// no source makes one a condition.
pub const NO_CERTIFICATE: f32 = 0.6;

/// Certificates weigh little for the same reason.
pub const CERTIFICATES_WEIGHT: f32 = 0.5;

/// Weight of the channel and workplace answers: a visitor who wants to
/// work at home or face to face says what they are looking for.
pub const SETTING_WEIGHT: f32 = 1.5;

/// Channels: the best wanted channel's level counts this share, the most
/// used channel the visitor did not pick the rest (as a mismatch).
pub const CHANNEL_WANTED_SHARE: f32 = 0.7;

/// A sub-score from this up is a good match, from [`MATCH_PARTIAL`] a
/// partial one, below a poor one (how reasons are worded).
pub const MATCH_GOOD: f32 = 0.85;
pub const MATCH_PARTIAL: f32 = 0.5;

/// Shortfalls explain a score better than matches of the same size: when
/// choosing the reasons to show, a shortfall's effect counts this much more.
pub const SHORTFALL_FIRST: f32 = 1.25;

/// Reasons that moved a dimension by less than this (points from 50) are
/// not shown: they would only be noise.
pub const MIN_REASON_EFFECT: f32 = 0.5;

/// At most this many reasons per dimension and what-ifs per role: enough
/// to explain, few enough to read.
pub const REASONS_PER_DIMENSION: usize = 3;
pub const WHAT_IFS_PER_ROLE: usize = 2;

/// The overall fit when no answered question bears on the role: neutral.
pub const NEUTRAL_FIT: f32 = 0.5;

/// Overall cap for a dealbreaker against a requirement the role has
/// always (level 3) or often (level 2): "I cannot" against "always" keeps a
/// role out of the possible band; against "often", at its bottom.
pub const CAP_ALWAYS: u8 = 40;
pub const CAP_OFTEN: u8 = 55;

/// Each further dealbreaker lowers the cap by this much.
pub const CAP_STEP: u8 = 10;

/// A what-if must raise the overall fit by at least this many points: a
/// one-point change is noise, not advice.
pub const MIN_WHAT_IF_GAIN: u8 = 3;

// Pay verdicts (core::pay).

/// An expectation within this fraction of the reference (the median, or
/// what the visitor's experience typically earns) is realistic. ±10 % stays
/// inside the middle half (p25–p75) of every spread above except the
/// narrowest (tellers, p25 at 0.93): what a typical hire is paid, neither
/// underselling nor a stretch.
pub const NEAR_MEDIAN: f64 = 0.10;

/// Where the 25th percentile is not published, an expectation under this
/// fraction of the median is well below what the job pays. In every spread
/// above the 25th percentile lies higher (0.76–0.93), so under 0.75 × the
/// median at least three in four people in such a job earn more.
pub const WELL_BELOW_MEDIAN: f64 = 0.75;

/// Where the 90th percentile is not published, an expectation above this
/// multiple of the median is unrealistic: it is the lowest p90/median ratio
/// above (tellers, 1.25), so beyond it an expectation is out of the top
/// 10 % in at least one such job.
pub const MEDIAN_ONLY_HEADROOM: f64 = 1.25;

/// Where a source gives only a usual range (low–high, percentiles not
/// named), an expectation above this multiple of its top is unrealistic.
/// The top of a usual range is read like a 75th percentile; in the OEWS May
/// 2023 spreads above, the 90th percentile lies at 1.07–1.45 × the 75th,
/// 1.26 in the middle of them.
pub const RANGE_TOP_HEADROOM: f64 = 1.25;

/// Pay figures describing a year before this one (or, undated, published
/// before it) are shown as what their sources say but never compared with
/// an expectation. The newest figures in the catalogue describe 2023 and
/// 2024; pay has risen every year since, and four years of rises are more
/// than the ±10 % realistic band ([`NEAR_MEDIAN`]), so an older figure
/// would call a normal expectation ambitious. A test fails when the
/// catalogue's newest figure is more than four years after this year.
pub const PAY_CURRENT_FROM: u16 = 2020;

/// The pay score at the top of the ambitious band (the 90th percentile):
/// possible, but only for the best paid, so half a fit. It falls linearly
/// from 1 at the end of the realistic band, and beyond the top by the
/// excess as a share of the top (0 at 1.5 × the top).
pub const SCORE_AT_TOP: f64 = 0.5;
