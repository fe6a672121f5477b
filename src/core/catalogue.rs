//! The role catalogue: the documented requirements, pay and outlook of the
//! customer service representative role and similar jobs, every fact cited.
//!
//! The built-in catalogue lives in `data/roles.json` and is compiled into the
//! widget. Embedders supply their own roles in the same schema, so loading
//! is strict (`deny_unknown_fields`, every language required) and
//! [`Catalogue::validate`] checks what the types cannot.

use serde::Deserialize;

use super::lang::Text;

/// The built-in catalogue's JSON, compiled in so the widget works offline.
pub const BUILTIN_JSON: &str = include_str!("../../data/roles.json");

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id that citations refer to, e.g. `seed-002` or `bls-ooh-receptionists-2018`.
    pub id: String,
    pub kind: SourceKind,
    /// Title of the article, page or dataset.
    pub title: String,
    /// Publisher or author.
    pub publisher: String,
    /// Year of publication or of the data.
    #[serde(default)]
    pub year: Option<u16>,
    /// For seed articles: the file name in `shared/seeds/`.
    #[serde(default)]
    pub file: Option<String>,
    /// Language of the original text (`nl`, `et`, ...).
    #[serde(default)]
    pub lang: Option<String>,
    /// Address, where the source has one.
    #[serde(default)]
    pub url: Option<String>,
}

/// Documented facts come from a seed article or a named public source;
/// estimates are the team's judgement and always carry a reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// One of the five seed articles in `shared/seeds/`.
    Seed,
    /// A public source that was actually read (publisher, page or dataset, year).
    Public,
    /// No source states it; the citation's `note` says why the value was chosen.
    Estimate,
}

/// A citation: which source, and the sentence it rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    /// Id of an entry in [`Catalogue::sources`].
    pub source: String,
    /// The sentence in the source's original language, verbatim.
    #[serde(default)]
    pub quote: Option<String>,
    /// An English gloss of `quote`.
    #[serde(default)]
    pub gloss: Option<String>,
    /// For estimates: the one-line reason for the value.
    #[serde(default)]
    pub note: Option<String>,
}

/// A value and the citation it rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    pub cite: Cite,
}

/// How much a role asks of something, on one scale for every requirement:
/// `0` not at all / never, `1` sometimes / helpful, `2` often / important,
/// `3` always / essential.
pub type Level = Fact<u8>;

/// The highest level on the [`Level`] scale.
pub const LEVEL_MAX: u8 = 3;

/// A cited sentence shown to the visitor (a pro, a con, an advancement step).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub text: Text,
    pub cite: Cite,
}

/// Temperament traits the sources name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Trait {
    Patience,
    Calm,
    Empathy,
    Verbal,
    Written,
    Listening,
    ProblemSolving,
    Persuasion,
    Pace,
    Digital,
}

impl Trait {
    pub const ALL: [Trait; 10] = [
        Trait::Patience,
        Trait::Calm,
        Trait::Empathy,
        Trait::Verbal,
        Trait::Written,
        Trait::Listening,
        Trait::ProblemSolving,
        Trait::Persuasion,
        Trait::Pace,
        Trait::Digital,
    ];
}

/// How much a role asks of each temperament trait.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Traits {
    /// Patience with customers who need time or repeat themselves.
    pub patience: Level,
    /// Staying calm with angry or upset people.
    pub calm: Level,
    /// Seeing the problem from the customer's side.
    pub empathy: Level,
    /// Clear spoken communication, on the phone or face to face.
    pub verbal: Level,
    /// Clear written communication (email, chat, letters).
    pub written: Level,
    /// Active listening.
    pub listening: Level,
    /// Critical thinking and problem solving.
    pub problem_solving: Level,
    /// Persuading and selling.
    pub persuasion: Level,
    /// Tolerance for a fast, repetitive pace and quotas.
    pub pace: Level,
    /// Computer skills and learning new software (CRM systems).
    pub digital: Level,
}

impl Traits {
    pub fn get(&self, t: Trait) -> &Level {
        match t {
            Trait::Patience => &self.patience,
            Trait::Calm => &self.calm,
            Trait::Empathy => &self.empathy,
            Trait::Verbal => &self.verbal,
            Trait::Written => &self.written,
            Trait::Listening => &self.listening,
            Trait::ProblemSolving => &self.problem_solving,
            Trait::Persuasion => &self.persuasion,
            Trait::Pace => &self.pace,
            Trait::Digital => &self.digital,
        }
    }
}

/// Parts of the working week a role may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    Evenings,
    Nights,
    Weekends,
    Holidays,
    Overtime,
    PartTime,
    FullTime,
}

impl Slot {
    pub const ALL: [Slot; 7] = [
        Slot::Evenings,
        Slot::Nights,
        Slot::Weekends,
        Slot::Holidays,
        Slot::Overtime,
        Slot::PartTime,
        Slot::FullTime,
    ];
}

/// How often a role's schedule includes each kind of hours
/// (`part_time` / `full_time`: how available such positions are).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub evenings: Level,
    /// Nights and 24-hour operations.
    pub nights: Level,
    pub weekends: Level,
    /// Public holidays.
    pub holidays: Level,
    /// Overtime and staying past closing.
    pub overtime: Level,
    /// How available part-time positions are.
    pub part_time: Level,
    /// How typical full-time positions are.
    pub full_time: Level,
}

impl Schedule {
    pub fn get(&self, s: Slot) -> &Level {
        match s {
            Slot::Evenings => &self.evenings,
            Slot::Nights => &self.nights,
            Slot::Weekends => &self.weekends,
            Slot::Holidays => &self.holidays,
            Slot::Overtime => &self.overtime,
            Slot::PartTime => &self.part_time,
            Slot::FullTime => &self.full_time,
        }
    }
}

/// Formal education, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EduLevel {
    /// No diploma required.
    None,
    /// Secondary school diploma or equivalent (high school, GED, Abitur-level).
    Secondary,
    /// Vocational qualification (for example the Norwegian fagbrev).
    Vocational,
    /// Higher education (college, university).
    Higher,
}

/// On-the-job training a new hire goes through.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// Typical shortest training, in weeks.
    pub weeks_min: u16,
    /// Typical longest training, in weeks.
    pub weeks_max: u16,
    /// Whether some industries train for months instead (finance, insurance).
    pub months_in_some_industries: bool,
}

/// What a role asks in education and training.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// The minimum education usually required.
    pub minimum: Fact<EduLevel>,
    /// On-the-job training.
    pub training: Fact<Training>,
    /// Whether a government licence is needed (finance, insurance), on the [`Level`] scale.
    pub licence: Level,
    /// Optional certifications that help (CCSP, fagbrev, ...).
    #[serde(default)]
    pub certifications: Vec<Item>,
}

/// Channels a role works through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Phone,
    EmailChat,
    Social,
    InPerson,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Phone,
        Channel::EmailChat,
        Channel::Social,
        Channel::InPerson,
    ];
}

/// Places a role is done in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    CallCentre,
    Office,
    Home,
    Store,
}

impl Place {
    pub const ALL: [Place; 4] = [Place::CallCentre, Place::Office, Place::Home, Place::Store];
}

/// Where and through which channels the work happens, on the [`Level`] scale.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting {
    pub phone: Level,
    /// Email and live chat.
    pub email_chat: Level,
    pub social: Level,
    /// Face to face (desk, counter, shop floor).
    pub in_person: Level,
    /// Open-plan call or contact centre.
    pub call_centre: Level,
    pub office: Level,
    /// Working from home.
    pub home: Level,
    /// A shop, branch or front desk open to the public.
    pub store: Level,
}

impl Setting {
    pub fn channel(&self, c: Channel) -> &Level {
        match c {
            Channel::Phone => &self.phone,
            Channel::EmailChat => &self.email_chat,
            Channel::Social => &self.social,
            Channel::InPerson => &self.in_person,
        }
    }

    pub fn place(&self, p: Place) -> &Level {
        match p {
            Place::CallCentre => &self.call_centre,
            Place::Office => &self.office,
            Place::Home => &self.home,
            Place::Store => &self.store,
        }
    }
}

/// The period a pay figure is quoted for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Hourly,
    Monthly,
    Annual,
}

/// Which statistic a pay figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stat {
    /// The bottom 10 % earn less than this.
    P10,
    Median,
    /// The top 10 % earn more than this.
    P90,
    /// An average whose kind the source does not state (e.g. PayScale by experience).
    Average,
}

/// One pay figure exactly as its source gives it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayFigure {
    pub stat: Stat,
    pub period: Period,
    pub amount: f64,
    /// ISO 4217 code, e.g. `USD`.
    pub currency: String,
    /// The year (or survey date's year) the figure describes.
    pub year: u16,
    /// For figures by experience: `[from, to)` years; `to` absent means "and more".
    #[serde(default)]
    pub experience: Option<Experience>,
    pub cite: Cite,
}

/// A band of years of experience, `from` inclusive, `to` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    pub from: u8,
    #[serde(default)]
    pub to: Option<u8>,
}

/// A job outlook figure: expected change in employment over a period.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    /// Percentage change, e.g. `5.0` for +5 %.
    pub change_pct: f64,
    pub from_year: u16,
    pub to_year: u16,
    /// What the figure covers ("all industries", "call centres").
    pub scope: Text,
    pub cite: Cite,
}

/// One job the widget can match a visitor against.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable id, lowercase with `_`, e.g. `customer_service_rep`.
    pub id: String,
    pub name: Text,
    /// One or two sentences on what the job is.
    pub summary: Text,
    pub traits: Traits,
    pub schedule: Schedule,
    pub education: Education,
    pub setting: Setting,
    /// Pay figures as the sources give them; may be empty for an embedder's role.
    #[serde(default)]
    pub pay: Vec<PayFigure>,
    #[serde(default)]
    pub outlook: Vec<Outlook>,
    /// Where the job can lead.
    #[serde(default)]
    pub advancement: Vec<Item>,
    #[serde(default)]
    pub pros: Vec<Item>,
    #[serde(default)]
    pub cons: Vec<Item>,
    /// Ids of similar roles in the same catalogue.
    #[serde(default)]
    pub similar: Vec<String>,
}

/// The whole catalogue: sources and roles.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Schema version; this code reads version 1.
    pub version: u32,
    pub sources: Vec<Source>,
    pub roles: Vec<Role>,
}
