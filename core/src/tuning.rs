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
