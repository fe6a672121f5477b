//! The role catalogue: the documented requirements, pay and outlook of the
//! customer service representative role and similar jobs, every fact cited.
//!
//! The built-in catalogue lives in `data/roles.json`; native code compiles
//! it in, the widget's wasm loads it (`i18n/roles.json`, [`BUILTIN_SHIPPED`])
//! when the quiz starts. Embedders supply their own roles in the same schema, so loading
//! is strict (`deny_unknown_fields`, every language required) and
//! [`Catalogue::validate`] checks what the types cannot.

use serde::Deserialize;

use std::collections::BTreeMap;

use super::lang::{Lang, Text};

mod from_json;
pub use super::problem::Problem;
pub use super::region::Region;

/// The built-in catalogue's JSON as written in `data/roles.json` (readable;
/// the tests edit it). The widget ships [`BUILTIN_COMPACT`] instead.
pub const BUILTIN_JSON: &str = include_str!("../../data/roles.json");

/// The same JSON without the whitespace between tokens (minified by
/// `build.rs`), compiled in so the widget works offline: 49 KB less wasm.
pub const BUILTIN_COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/roles.min.json"));

/// The built-in catalogue as the widget loads it, `i18n/roles.json`
/// (`core/build.rs`): the roles' texts in English only, the citations
/// without their texts. Read with [`Catalogue::from_shipped`]. The wasm
/// does not compile it in (nothing in the widget names it): it is loaded
/// when the quiz starts, which keeps 16 KB gzip out of the first load.
pub const BUILTIN_SHIPPED: &str = include_str!(concat!(env!("OUT_DIR"), "/roles.shipped.json"));

/// The built-in roles' ids in catalogue order (`core/build.rs`): what the
/// widget checks an embedder's `show` and `links` against, and names in its
/// `ready` event, before the roles are loaded.
pub const BUILTIN_ROLE_IDS: &[&str] = include!(concat!(env!("OUT_DIR"), "/builtin_ids.rs"));

/// The currencies the built-in roles have pay figures in, sorted
/// (`core/build.rs`): what an embedder's `currency` is checked against.
pub const BUILTIN_CURRENCIES: &[&str] = include!(concat!(env!("OUT_DIR"), "/builtin_currencies.rs"));

/// What an embedder keeps of a catalogue (its `show` and `currency`
/// options): applied to the roles given at once, and to the built-in roles
/// when they are loaded (the widget checks the options against
/// [`BUILTIN_ROLE_IDS`] and [`BUILTIN_CURRENCIES`] before that).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Only these roles, in this order; links to the others are dropped.
    pub show: Option<Vec<String>>,
    /// Only the pay figures in this currency.
    pub currency: Option<String>,
}

impl Selection {
    pub fn apply(&self, mut cat: Catalogue) -> Catalogue {
        if let Some(ids) = &self.show {
            let mut roles = Vec::new();
            for id in ids {
                if let Some(i) = cat.roles.iter().position(|r| &r.id == id) {
                    roles.push(cat.roles.swap_remove(i));
                }
            }
            for r in &mut roles {
                r.similar.retain(|s| ids.contains(s));
            }
            cat.roles = roles;
        }
        if let Some(code) = &self.currency {
            for r in &mut cat.roles {
                r.pay.retain(|p| &p.currency == code);
            }
        }
        cat
    }
}

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

/// A citation: which source, and the sentence it rests on. A shared
/// handle on [`CiteText`] (its fields read through it: `cite.source`), so
/// the scorer hands a fact's citation to each reason without copying its
/// texts: scoring all roles clones a few hundred citations.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "CiteText")]
pub struct Cite(std::sync::Arc<CiteText>);

impl Cite {
    /// A citation of `source` with no quote, gloss or note.
    pub fn of(source: &str) -> Cite {
        Cite::from(CiteText { source: source.into(), quote: None, gloss: None, note: None })
    }
}

impl From<CiteText> for Cite {
    fn from(text: CiteText) -> Cite {
        Cite(std::sync::Arc::new(text))
    }
}

impl std::ops::Deref for Cite {
    type Target = CiteText;
    fn deref(&self) -> &CiteText {
        &self.0
    }
}

/// Editing a citation (tests, fixtures) copies it first if it is shared.
impl std::ops::DerefMut for Cite {
    fn deref_mut(&mut self) -> &mut CiteText {
        std::sync::Arc::make_mut(&mut self.0)
    }
}

/// What a citation says.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteText {
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

    /// [`Traits::get`], to change (filling in citation texts).
    fn get_mut(&mut self, t: Trait) -> &mut Level {
        let Traits { patience, calm, empathy, verbal, written, listening, problem_solving, persuasion, pace, digital } =
            self;
        match t {
            Trait::Patience => patience,
            Trait::Calm => calm,
            Trait::Empathy => empathy,
            Trait::Verbal => verbal,
            Trait::Written => written,
            Trait::Listening => listening,
            Trait::ProblemSolving => problem_solving,
            Trait::Persuasion => persuasion,
            Trait::Pace => pace,
            Trait::Digital => digital,
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
    pub const ALL: [Slot; 7] =
        [Slot::Evenings, Slot::Nights, Slot::Weekends, Slot::Holidays, Slot::Overtime, Slot::PartTime, Slot::FullTime];
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

    /// [`Schedule::get`], to change.
    fn get_mut(&mut self, s: Slot) -> &mut Level {
        let Schedule { evenings, nights, weekends, holidays, overtime, part_time, full_time } = self;
        match s {
            Slot::Evenings => evenings,
            Slot::Nights => nights,
            Slot::Weekends => weekends,
            Slot::Holidays => holidays,
            Slot::Overtime => overtime,
            Slot::PartTime => part_time,
            Slot::FullTime => full_time,
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

impl EduLevel {
    /// Position on the scale, lowest 0.
    pub fn rank(self) -> u8 {
        match self {
            EduLevel::None => 0,
            EduLevel::Secondary => 1,
            EduLevel::Vocational => 2,
            EduLevel::Higher => 3,
        }
    }
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
    pub const ALL: [Channel; 4] = [Channel::Phone, Channel::EmailChat, Channel::Social, Channel::InPerson];
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

    /// [`Setting::channel`] and [`Setting::place`], to change.
    fn levels_mut(&mut self) -> [&mut Level; 8] {
        let Setting { phone, email_chat, social, in_person, call_centre, office, home, store } = self;
        [phone, email_chat, social, in_person, call_centre, office, home, store]
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
    /// The bottom quarter earn less than this.
    P25,
    Median,
    /// The top quarter earn more than this.
    P75,
    /// The top 10 % earn more than this.
    P90,
    /// An average whose kind the source does not state (e.g. PayScale by experience).
    Average,
    /// The bottom of a range the source gives as typical, percentiles not stated.
    Low,
    /// The top of such a range.
    High,
}

/// One pay figure exactly as its source gives it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayFigure {
    /// Where the pay is earned. May be left out for USD figures (the US);
    /// see [`PayFigure::region`].
    #[serde(default)]
    pub region: Option<Region>,
    pub stat: Stat,
    pub period: Period,
    pub amount: f64,
    /// ISO 4217 code, e.g. `USD`: the region's currency.
    pub currency: String,
    /// The year the figure describes; `None` when the source does not say.
    #[serde(default)]
    pub year: Option<u16>,
    /// Whose pay it is: the role's own, or a broader figure.
    #[serde(default)]
    pub coverage: Coverage,
    /// What a figure that is not the role's own covers ("all managers").
    #[serde(default)]
    pub covers: Option<Text>,
    /// Which employees the statistic counts.
    #[serde(default)]
    pub basis: Basis,
    /// Before tax and contributions. Net figures are kept but never compared.
    #[serde(default = "gross_default")]
    pub gross: bool,
    /// For figures by experience: `[from, to)` years; `to` absent means "and more".
    #[serde(default)]
    pub experience: Option<Experience>,
    pub cite: Cite,
    /// How current the figure is: its data year, else the year its source
    /// was published. Not in the JSON: set by [`Catalogue::checked`].
    #[serde(skip)]
    pub as_of: Option<u16>,
}

fn gross_default() -> bool {
    true
}

impl PayFigure {
    /// The region: as given, else the US for USD figures (catalogues from
    /// before regions held only those). [`Catalogue::validate`] refuses a
    /// figure in another currency without a region.
    pub fn region(&self) -> Region {
        self.region.unwrap_or(Region::Us)
    }

    /// The figures of one publication: same source, year, region and coverage.
    pub fn same_release(&self, other: &PayFigure) -> bool {
        self.cite.source == other.cite.source
            && self.year == other.year
            && self.region() == other.region()
            && self.coverage == other.coverage
    }
}

/// Whose pay a figure describes. A figure that is not the role's own is
/// shown only labelled with what it covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The role itself (or its official occupation code).
    #[default]
    Role,
    /// A neighbouring occupation that does much the same work.
    Proxy,
    /// A broad occupation group the role belongs to.
    Group,
    /// An industry, all occupations in it.
    Sector,
}

/// Which employees a pay statistic counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Full-time employees only.
    FullTime,
    /// Everyone, part-timers' pay scaled up to full time.
    FullTimeEquivalent,
    /// Full- and part-time employees as paid.
    AllEmployees,
    /// The source does not say.
    #[default]
    NotStated,
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
    /// What the job expects of experience and of leading others. Optional
    /// for an embedder's role: a role without it neither gains nor loses on
    /// experience (every built-in role has it).
    #[serde(default)]
    pub career: Option<Career>,
    /// Its citations' quotes, glosses and notes are not here yet: a
    /// built-in role in the wasm, whose citation texts come with
    /// `i18n/cites.json` ([`Catalogue::with_cite_texts`]). Such a role is
    /// checked natively, at build and test time, not when the widget starts.
    #[serde(skip)]
    pub cite_texts_pending: bool,
}

/// What a job expects of a newcomer's work history.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Career {
    /// Related work experience employers usually ask for.
    pub experience: Fact<ExperienceNeed>,
    /// How much the job involves leading or coaching others.
    pub leadership: Fact<Leadership>,
    /// Ids of roles in this catalogue that usually lead here (the path the
    /// results suggest to someone who lacks the experience).
    #[serde(default)]
    pub from: Vec<String>,
}

/// Years of related experience a job usually expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExperienceNeed {
    /// Usual years of related work experience; 0: none expected.
    pub years: u8,
    /// Whether the cited source says experience is required, not only usual.
    #[serde(default)]
    pub required: bool,
}

/// The most years of experience a role may ask for.
pub const MAX_EXPERIENCE_YEARS: u8 = 40;

/// How much a job involves leading others, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Leadership {
    /// Nobody reports to the job holder.
    None,
    /// Shows new colleagues the ropes, coaches or trains others.
    Coaches,
    /// Leads a team: schedules, checks and answers for other people's work.
    LeadsTeam,
}

impl Leadership {
    /// Position on the scale, lowest 0.
    pub fn rank(self) -> u8 {
        match self {
            Leadership::None => 0,
            Leadership::Coaches => 1,
            Leadership::LeadsTeam => 2,
        }
    }

    /// The name in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            Leadership::None => "none",
            Leadership::Coaches => "coaches",
            Leadership::LeadsTeam => "leads_team",
        }
    }
}

/// The whole catalogue: sources and roles.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Schema version; this code reads version 1.
    pub version: u32,
    pub sources: Vec<Source>,
    pub roles: Vec<Role>,
    /// `"$schema"`: where editors find the JSON Schema that checks the file
    /// as it is typed (`schema/roles.schema.json`). Read and ignored. Last,
    /// so serde's positional (array) form of the struct keeps its order.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The catalogue's English prose in the other languages (see
    /// [`Translation`]); empty for an embedder's catalogue.
    #[serde(skip)]
    pub translations: Translations,
}

/// The built-in catalogue's prose in one more language: citation notes,
/// glosses of quotes, and source descriptions (publishers, the estimate
/// source's title), each keyed by the text it translates, as gettext keys
/// a message by its English. `data/i18n/<lang>.json`; a test checks that
/// every note, quote and description has one and no key is left unused.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language code (`nl`, `de`, `nb`, `et`).
    pub lang: String,
    /// What the maps below are keyed by: the texts themselves (as
    /// translators write `data/i18n/`), or their hashes (the files the
    /// widget loads, which `scripts/i18n-build.mjs` writes: a third smaller).
    #[serde(default)]
    pub keys: TranslationKeys,
    /// English note → note.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Quote, verbatim in its original language → gloss in this language.
    #[serde(default)]
    pub glosses: BTreeMap<String, String>,
    /// English publisher or title → the same in this language.
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    /// The roles' own texts (names, summaries, pros, cons, ...): English →
    /// this language. Not in `data/i18n/` (data/roles.json has every
    /// language): scripts/i18n-build.mjs adds them to the files beside the
    /// wasm, whose built-in catalogue has these texts in English only.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

/// One [`Translation`] per language, in [`Lang::ALL`] order (English empty:
/// the catalogue is written in it).
/// How a [`Translation`]'s maps are keyed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum TranslationKeys {
    /// By the text they translate (`"keys": "text"`, or no `keys`).
    #[default]
    #[serde(rename = "text")]
    Text,
    /// By [`key_hash`](super::lang::key_hash) of that text, in eight
    /// lowercase hex digits (`"keys": "fnv1a32"`).
    #[serde(rename = "fnv1a32")]
    Hash,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Translations(pub [Translation; 5]);

/// The texts of the built-in roles' citations, which the wasm loads beside
/// it (`i18n/cites.json`): role id → path of the citation in the role
/// (`traits.calm.cite`, as [`Role::cites`] names it) → its quote, gloss and note.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CiteTexts(pub std::collections::BTreeMap<String, std::collections::BTreeMap<String, CiteTextsOf>>);

/// The texts of one citation in [`CiteTexts`].
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteTextsOf {
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub gloss: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl CiteTexts {
    /// Reads `i18n/cites.json`.
    pub fn from_json(json: &str) -> Result<CiteTexts, String> {
        crate::json::from_text(json).map_err(|e| e.to_string())
    }
}

impl Translations {
    /// The translation into `lang`.
    pub fn get(&self, lang: Lang) -> &Translation {
        &self.0[lang.index()]
    }
}

/// The built-in catalogue's translations (`data/i18n/*.json`) for native
/// code: the tests, `check-roles` and server-side rendering. The widget does
/// not compile them in; it loads the visitor's language at run time (an
/// inline copy in the offline file, else a file beside the wasm: see
/// ARCHITECTURE.md, "Translations of the catalogue").
#[cfg(not(target_arch = "wasm32"))]
pub const BUILTIN_TRANSLATIONS: [&str; 4] = [
    include_str!("../../data/i18n/nl.json"),
    include_str!("../../data/i18n/de.json"),
    include_str!("../../data/i18n/nb.json"),
    include_str!("../../data/i18n/et.json"),
];

impl Translation {
    /// The entry of `map`, one of this translation's, for `text`.
    fn lookup<'a>(&self, map: &'a BTreeMap<String, String>, text: &str) -> Option<&'a String> {
        match self.keys {
            TranslationKeys::Text => map.get(text),
            TranslationKeys::Hash => map.get(&format!("{:08x}", super::lang::key_hash(text))),
        }
    }

    /// Reads a translation file; the error names the problem.
    pub fn from_json(json: &str) -> Result<Translation, String> {
        let t: Translation = crate::json::from_text(json).map_err(|e| e.to_string())?;
        match Lang::from_tag(&t.lang) {
            Some(l) if l != Lang::En && l.code() == t.lang => Ok(t),
            _ => Err(format!("`{}` is not a language the catalogue is translated into", t.lang)),
        }
    }
}

impl Trait {
    /// The trait's field name in the JSON (`problem_solving`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Trait::Patience => "patience",
            Trait::Calm => "calm",
            Trait::Empathy => "empathy",
            Trait::Verbal => "verbal",
            Trait::Written => "written",
            Trait::Listening => "listening",
            Trait::ProblemSolving => "problem_solving",
            Trait::Persuasion => "persuasion",
            Trait::Pace => "pace",
            Trait::Digital => "digital",
        }
    }
}

impl Slot {
    /// The slot's field name in the JSON (`part_time`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Slot::Evenings => "evenings",
            Slot::Nights => "nights",
            Slot::Weekends => "weekends",
            Slot::Holidays => "holidays",
            Slot::Overtime => "overtime",
            Slot::PartTime => "part_time",
            Slot::FullTime => "full_time",
        }
    }
}

impl Channel {
    /// The channel's field name in the JSON (`email_chat`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Channel::Phone => "phone",
            Channel::EmailChat => "email_chat",
            Channel::Social => "social",
            Channel::InPerson => "in_person",
        }
    }
}

impl Place {
    /// The place's field name in the JSON (`call_centre`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Place::CallCentre => "call_centre",
            Place::Office => "office",
            Place::Home => "home",
            Place::Store => "store",
        }
    }
}

impl Period {
    /// The period's name in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            Period::Hourly => "hourly",
            Period::Monthly => "monthly",
            Period::Annual => "annual",
        }
    }

    /// How many of this period make a year: 2,080 working hours
    /// (40 hours × 52 weeks), 12 months, 1 year.
    pub fn per_year(self) -> f64 {
        match self {
            Period::Hourly => HOURS_PER_YEAR,
            Period::Monthly => 12.0,
            Period::Annual => 1.0,
        }
    }
}

impl Stat {
    /// The statistic's name in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            Stat::P10 => "p10",
            Stat::P25 => "p25",
            Stat::Median => "median",
            Stat::P75 => "p75",
            Stat::P90 => "p90",
            Stat::Average => "average",
            Stat::Low => "low",
            Stat::High => "high",
        }
    }
}

/// Full-time working hours in a year, used to compare hourly and annual pay
/// (40 hours a week × 52 weeks), as the US Bureau of Labor Statistics does.
pub const HOURS_PER_YEAR: f64 = 2080.0;

/// How far an hourly (or monthly) figure may stray from the annual one for
/// the same statistic and year once both are put on a yearly basis.
pub const PERIOD_TOLERANCE: f64 = 0.01;

/// The most a pay figure may come to in a year, in any currency: far above
/// any salary (even in currencies with small units), and far enough below
/// `f64::MAX` that sums and spreads of such figures stay finite.
pub const MAX_YEARLY_PAY: f64 = 1e15;

/// The range of an outlook's change in employment, in percent: employment
/// cannot fall by more than all of it, and a rise above tenfold is a typo.
pub const OUTLOOK_CHANGE_PCT: (f64, f64) = (-100.0, 1000.0);

/// The largest catalogue JSON [`Catalogue::from_json`] accepts, in bytes.
pub const MAX_JSON_BYTES: usize = 4 * 1024 * 1024;

/// The schema version this code reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Notes `id` in `seen`; false when it was there already. The lists are a
/// catalogue's ids (about a hundred sources at most), where a `HashSet`
/// cost 2 KB of wasm for nothing measurable.
fn first_time<'a>(seen: &mut Vec<&'a str>, id: &'a str) -> bool {
    if seen.contains(&id) {
        return false;
    }
    seen.push(id);
    true
}

/// Why a catalogue could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueError {
    /// The input is larger than [`MAX_JSON_BYTES`].
    TooLarge { bytes: usize, max: usize },
    /// The input is not JSON, or does not have the catalogue's shape
    /// (a missing language, a field of the wrong type, an unknown field, ...).
    Parse {
        /// What is wrong, e.g. ``missing field `et` `` or ``EOF while parsing a value``.
        message: String,
        /// Where in the data a value of the wrong shape is
        /// (`roles[2].traits.calm.value`; empty for the whole catalogue or a syntax error).
        path: String,
        /// 1-based line and column of a syntax error (0 for a value of the wrong shape).
        line: usize,
        column: usize,
        /// The input around the error, for the reader to find the place.
        near: String,
    },
    /// The JSON has the right shape but breaks the catalogue's rules.
    Invalid(Vec<Problem>),
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogueError::TooLarge { bytes, max } => {
                write!(f, "the role catalogue is {bytes} bytes long; at most {max} bytes are accepted")
            }
            CatalogueError::Parse { message, path, line, column, near } => {
                write!(f, "the role catalogue is not valid: ")?;
                if !path.is_empty() {
                    write!(f, "{path}: ")?;
                }
                write!(f, "{message}")?;
                if *line > 0 {
                    write!(f, " (line {line}, column {column}")?;
                    if !near.is_empty() {
                        write!(f, ", near `{near}`")?;
                    }
                    write!(f, ")")?;
                }
                Ok(())
            }
            CatalogueError::Invalid(problems) => {
                let n = problems.len();
                write!(f, "the role catalogue has {n} problem{}:", if n == 1 { "" } else { "s" })?;
                for p in problems {
                    write!(f, "\n  - {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CatalogueError {}

/// The text around byte `column` of line `line` (both 1-based), at most
/// about 60 bytes, cut on character boundaries and on one line.
fn excerpt(json: &str, line: usize, column: usize) -> String {
    const SPAN: usize = 30;
    let Some(text) = line.checked_sub(1).and_then(|i| json.lines().nth(i)) else {
        return String::new();
    };
    let at = column.saturating_sub(1).min(text.len());
    let mut start = at.saturating_sub(SPAN);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + SPAN).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end].trim().to_string()
}

impl Catalogue {
    /// Reads a catalogue from JSON and checks it with [`Catalogue::validate`].
    /// Never panics; every failure is a [`CatalogueError`] that says where
    /// and what was expected.
    pub fn from_json(json: &str) -> Result<Catalogue, CatalogueError> {
        Catalogue::parse_json(json)?.checked()
    }

    /// `Ok(self)` when [`Catalogue::validate`] finds nothing wrong, with
    /// each pay figure dated ([`PayFigure::as_of`]).
    pub fn checked(mut self) -> Result<Catalogue, CatalogueError> {
        let problems = self.validate();
        if problems.is_empty() {
            let published: Vec<(String, Option<u16>)> = self.sources.iter().map(|s| (s.id.clone(), s.year)).collect();
            for f in self.roles.iter_mut().flat_map(|r| r.pay.iter_mut()) {
                let source_year = published.iter().find(|(id, _)| *id == f.cite.source).and_then(|(_, y)| *y);
                f.as_of = f.year.or(source_year);
            }
            Ok(self)
        } else {
            Err(CatalogueError::Invalid(problems))
        }
    }

    /// This catalogue with `extra` merged in: a source or role with an id
    /// already here replaces it in place, new ones are appended. Not
    /// validated; call [`Catalogue::checked`] on the result.
    pub fn merged(mut self, extra: Catalogue) -> Catalogue {
        self.version = self.version.max(extra.version);
        for s in extra.sources {
            match self.sources.iter_mut().find(|x| x.id == s.id) {
                Some(x) => *x = s,
                None => self.sources.push(s),
            }
        }
        for r in extra.roles {
            match self.roles.iter_mut().find(|x| x.id == r.id) {
                Some(x) => *x = r,
                None => self.roles.push(r),
            }
        }
        self
    }

    /// Reads a catalogue's JSON (size and shape) without validating it.
    pub fn parse_json(json: &str) -> Result<Catalogue, CatalogueError> {
        if json.len() > MAX_JSON_BYTES {
            return Err(CatalogueError::TooLarge { bytes: json.len(), max: MAX_JSON_BYTES });
        }
        let catalogue: Catalogue = crate::json::from_text(json).map_err(|e| {
            let (line, column) = (e.line(), e.column());
            CatalogueError::Parse {
                message: e.message().to_string(),
                path: e.path(),
                line,
                column,
                near: excerpt(json, line, column),
            }
        })?;
        Ok(catalogue)
    }

    /// Roles or sources that share an id. Part of [`Catalogue::validate`];
    /// also run on custom roles before [`Catalogue::merged`], which would
    /// otherwise let the second of two equal ids replace the first silently.
    pub fn duplicate_ids(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        for s in self.sources.iter().filter(|s| !s.id.trim().is_empty()) {
            if !first_time(&mut seen, &s.id) {
                out.push(Problem::new(
                    format!("sources[{}].id", s.id),
                    format!("`{}` is used by more than one source", s.id),
                ));
            }
        }
        let mut seen = Vec::new();
        for (i, r) in self.roles.iter().enumerate() {
            if !first_time(&mut seen, &r.id) {
                let at = format!("roles[{}].id", if r.id.is_empty() { i.to_string() } else { r.id.clone() });
                out.push(Problem::new(at, format!("`{}` is used by more than one role", r.id)));
            }
        }
        out
    }

    /// The catalogue compiled into the widget (`data/roles.json`). In the
    /// wasm its citations have no texts yet ([`Role::cite_texts_pending`]),
    /// and its roles' texts are compiled in English only, shown in every
    /// language until the visitor's translation is in (`core/build.rs`).
    pub fn builtin() -> Result<Catalogue, CatalogueError> {
        if cfg!(target_arch = "wasm32") {
            return Catalogue::from_shipped(BUILTIN_COMPACT);
        }
        Catalogue::parse_json(BUILTIN_COMPACT)?.checked()
    }

    /// Reads the built-in catalogue in the form the widget loads it
    /// ([`BUILTIN_SHIPPED`], `i18n/roles.json`): its roles' other languages
    /// are filled with the English until the visitor's translation is in,
    /// and their citation texts are pending ([`Catalogue::with_cite_texts`]).
    pub fn from_shipped(json: &str) -> Result<Catalogue, CatalogueError> {
        let mut cat = Catalogue::parse_json(json)?;
        for role in &mut cat.roles {
            role.cite_texts_pending = true;
            role.texts_mut().for_each(Text::fill_from_english);
        }
        cat.checked()
    }

    /// This catalogue with the texts of its roles' citations that were left
    /// out ([`Role::cite_texts_pending`]) filled in from `texts`; other roles
    /// (an embedder's) stay as they are.
    pub fn with_cite_texts(mut self, texts: &CiteTexts) -> Catalogue {
        for role in self.roles.iter_mut().filter(|r| r.cite_texts_pending) {
            let Some(own) = texts.0.get(&role.id) else { continue };
            role.for_each_cite_mut(&mut |path, cite| {
                if let Some(t) = own.get(&path) {
                    cite.quote.clone_from(&t.quote);
                    cite.gloss.clone_from(&t.gloss);
                    cite.note.clone_from(&t.note);
                }
            });
            role.cite_texts_pending = false;
        }
        self
    }

    /// Whether some role's citation texts are still to come.
    pub fn cite_texts_pending(&self) -> bool {
        self.roles.iter().any(|r| r.cite_texts_pending)
    }

    /// The texts of every role's citations, by role id and path
    /// (`traits.calm.cite`), as JSON: what the wasm loads as
    /// `i18n/cites.json` (`examples/prerender.rs` writes it).
    pub fn cite_texts_json(&self) -> String {
        use crate::json::{Map, Value};
        let mut roles = Map::new();
        for role in &self.roles {
            let mut cites = Map::new();
            for (path, cite) in role.cites() {
                let mut texts = Map::new();
                for (k, v) in [("quote", &cite.quote), ("gloss", &cite.gloss), ("note", &cite.note)] {
                    if let Some(v) = v {
                        texts.insert(k.to_string(), Value::String(v.clone()));
                    }
                }
                if !texts.is_empty() {
                    cites.insert(path, Value::Object(texts));
                }
            }
            roles.insert(role.id.clone(), Value::Object(cites));
        }
        crate::json::to_string(&Value::Object(roles))
    }

    /// The built-in catalogue with its translations into every language
    /// (native code only; the widget loads one language at a time).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin_translated() -> Result<Catalogue, CatalogueError> {
        let mut cat = Catalogue::builtin()?;
        for json in BUILTIN_TRANSLATIONS {
            let t = Translation::from_json(json).map_err(|message| CatalogueError::Parse {
                message: format!("data/i18n: {message}"),
                path: String::new(),
                line: 0,
                column: 0,
                near: String::new(),
            })?;
            cat = cat.with_translation(t);
        }
        Ok(cat)
    }

    /// This catalogue with `t` as its translation into `t.lang` (checked by
    /// [`Translation::from_json`]; an unknown language is ignored).
    /// Its `texts` fill the roles' texts that are in English only in that
    /// language (the wasm's built-in roles); texts written in the language
    /// (every embedder's role) are kept.
    pub fn with_translation(mut self, t: Translation) -> Catalogue {
        if let Some(lang) = Lang::from_tag(&t.lang).filter(|l| *l != Lang::En) {
            if !t.texts.is_empty() {
                for text in self.roles.iter_mut().flat_map(Role::texts_mut) {
                    if text.get(lang) == text.en {
                        if let Some(own) = t.lookup(&t.texts, &text.en) {
                            own.clone_into(text.get_mut(lang));
                        }
                    }
                }
            }
            self.translations.0[lang.index()] = t;
        }
        self
    }

    /// Whether the catalogue holds a translation into `lang` (English is the original).
    pub fn translated_into(&self, lang: Lang) -> bool {
        lang == Lang::En || !self.translations.get(lang).lang.is_empty()
    }

    /// A cite's note in `lang`: the translation where the catalogue has
    /// one, else the note as written.
    pub fn note<'a>(&'a self, cite: &'a Cite, lang: Lang) -> Option<&'a str> {
        let note = cite.note.as_deref()?;
        let t = self.translations.get(lang);
        Some(t.lookup(&t.notes, note).map_or(note, String::as_str))
    }

    /// Whether the note of `cite` reads in `lang`: English, or translated.
    pub fn note_translated(&self, cite: &Cite, lang: Lang) -> bool {
        let t = self.translations.get(lang);
        lang == Lang::En || cite.note.as_ref().is_some_and(|n| t.lookup(&t.notes, n).is_some())
    }

    /// A gloss of a cite's quote for a reader of `lang`, with the language
    /// it is in: none when the quote is in `lang` already; else the gloss in
    /// `lang` where the catalogue has one, else the English gloss.
    pub fn gloss<'a>(&'a self, cite: &'a Cite, lang: Lang) -> Option<(&'a str, Lang)> {
        let quote = cite.quote.as_deref()?;
        let quote_lang = self.source(&cite.source).and_then(|s| s.lang.as_deref()).and_then(Lang::from_tag);
        if quote_lang == Some(lang) {
            return None;
        }
        let t = self.translations.get(lang);
        match t.lookup(&t.glosses, quote) {
            Some(g) => Some((g.as_str(), lang)),
            None => cite.gloss.as_deref().map(|g| (g, Lang::En)),
        }
    }

    /// A source's publisher or title (`text`) in `lang`.
    pub fn source_text<'a>(&'a self, text: &'a str, lang: Lang) -> &'a str {
        let t = self.translations.get(lang);
        t.lookup(&t.sources, text).map_or(text, String::as_str)
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Everything wrong with the catalogue that its types cannot rule out;
    /// empty when it is sound.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.version != SCHEMA_VERSION {
            out.push(Problem::new("version", format!("is {}; this code reads version {SCHEMA_VERSION}", self.version)));
        }
        self.validate_sources(&mut out);
        if self.roles.is_empty() {
            out.push(Problem::new("roles", "is empty; a catalogue needs at least one role"));
        }
        for (i, role) in self.roles.iter().enumerate() {
            let at = format!("roles[{}]", if role.id.is_empty() { i.to_string() } else { role.id.clone() });
            if !is_id(&role.id) {
                out.push(Problem::new(
                    format!("roles[{i}].id"),
                    format!("`{}` is not a valid id; expected lowercase letters, digits and `_`", role.id),
                ));
            }
            self.validate_role(role, &at, &mut out);
        }
        out.extend(self.duplicate_ids());
        out
    }

    fn validate_sources(&self, out: &mut Vec<Problem>) {
        for (i, s) in self.sources.iter().enumerate() {
            let at = format!("sources[{}]", if s.id.is_empty() { i.to_string() } else { s.id.clone() });
            if s.id.trim().is_empty() {
                out.push(Problem::new(format!("sources[{i}].id"), "is empty"));
            }
            if s.title.trim().is_empty() {
                out.push(Problem::new(format!("{at}.title"), "is empty"));
            }
            if s.publisher.trim().is_empty() {
                out.push(Problem::new(format!("{at}.publisher"), "is empty"));
            }
            match s.kind {
                SourceKind::Seed if s.file.as_deref().is_none_or(|f| f.trim().is_empty()) => out.push(Problem::new(
                    format!("{at}.file"),
                    "is missing; a seed source names its file in shared/seeds/",
                )),
                SourceKind::Public if s.year.is_none() && s.url.as_deref().is_none_or(|u| u.trim().is_empty()) => out
                    .push(Problem::new(
                        format!("{at}.year"),
                        "is missing; a public source gives the year of its data, or the address of an undated page",
                    )),
                _ => {}
            }
        }
    }

    fn validate_role(&self, role: &Role, at: &str, out: &mut Vec<Problem>) {
        for (path, text) in role.texts() {
            for lang in super::lang::Lang::ALL {
                if text.get(lang).trim().is_empty() {
                    out.push(Problem::new(
                        format!("{at}.{path}.{}", lang.code()),
                        "is empty; every text needs all five languages",
                    ));
                }
            }
        }
        for (path, cite) in role.cites() {
            if role.cite_texts_pending {
                // Only the source: the texts come later (checked natively).
                if self.source(&cite.source).is_none() {
                    out.push(Problem::new(
                        format!("{at}.{path}.source"),
                        format!("`{}` is not in the catalogue's sources", cite.source),
                    ));
                }
                continue;
            }
            self.validate_cite(cite, &format!("{at}.{path}"), out);
        }
        for (path, level) in role.levels() {
            if level.value > LEVEL_MAX {
                out.push(Problem::new(
                    format!("{at}.{path}.value"),
                    format!("is {}; a level is 0, 1, 2 or 3", level.value),
                ));
            }
        }
        let t = &role.education.training.value;
        if t.weeks_min > t.weeks_max {
            out.push(Problem::new(
                format!("{at}.education.training.value"),
                format!("weeks_min ({}) is greater than weeks_max ({})", t.weeks_min, t.weeks_max),
            ));
        }
        validate_pay(&role.pay, at, out);
        for (i, o) in role.outlook.iter().enumerate() {
            let (lo, hi) = OUTLOOK_CHANGE_PCT;
            if !o.change_pct.is_finite() {
                out.push(Problem::new(format!("{at}.outlook[{i}].change_pct"), "is not a finite number"));
            } else if !(lo..=hi).contains(&o.change_pct) {
                out.push(Problem::new(
                    format!("{at}.outlook[{i}].change_pct"),
                    format!("is {}; expected a change from {lo} to {hi} percent", number(o.change_pct)),
                ));
            }
            if o.from_year > o.to_year {
                out.push(Problem::new(
                    format!("{at}.outlook[{i}]"),
                    format!("from_year ({}) is after to_year ({})", o.from_year, o.to_year),
                ));
            }
        }
        if let Some(c) = &role.career {
            if c.experience.value.years > MAX_EXPERIENCE_YEARS {
                out.push(Problem::new(
                    format!("{at}.career.experience.value.years"),
                    format!("is {}; at most {MAX_EXPERIENCE_YEARS} years are accepted", c.experience.value.years),
                ));
            }
            for (i, id) in c.from.iter().enumerate() {
                let p = format!("{at}.career.from[{i}]");
                if *id == role.id {
                    out.push(Problem::new(p, format!("`{id}` is the role itself")));
                } else if self.role(id).is_none() {
                    out.push(Problem::new(p, format!("`{id}` is not a role in this catalogue")));
                }
            }
        }
        let mut similar = Vec::new();
        for (i, id) in role.similar.iter().enumerate() {
            let p = format!("{at}.similar[{i}]");
            if *id == role.id {
                out.push(Problem::new(p, format!("`{id}` is the role itself")));
            } else if self.role(id).is_none() {
                out.push(Problem::new(p, format!("`{id}` is not a role in this catalogue")));
            } else if !first_time(&mut similar, id) {
                out.push(Problem::new(p, format!("`{id}` is listed twice")));
            }
        }
    }

    fn validate_cite(&self, cite: &Cite, at: &str, out: &mut Vec<Problem>) {
        let filled = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        let Some(source) = self.source(&cite.source) else {
            out.push(Problem::new(
                format!("{at}.source"),
                format!("`{}` is not in the catalogue's sources", cite.source),
            ));
            return;
        };
        match source.kind {
            SourceKind::Estimate if !filled(&cite.note) => out.push(Problem::new(
                format!("{at}.note"),
                format!("is missing; an estimate (source `{}`) needs a one-line reason", source.id),
            )),
            SourceKind::Seed | SourceKind::Public if !filled(&cite.quote) => out.push(Problem::new(
                format!("{at}.quote"),
                format!("is missing; a documented fact quotes its source `{}`", source.id),
            )),
            SourceKind::Seed | SourceKind::Public
                if source.lang.as_deref().is_some_and(|l| l != "en") && !filled(&cite.gloss) =>
            {
                out.push(Problem::new(
                    format!("{at}.gloss"),
                    format!("is missing; a quote from `{}` needs an English gloss", source.id),
                ))
            }
            _ => {}
        }
    }
}

/// Whether `id` is lowercase letters, digits and `_`, starting with a letter.
fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `v` for a message: plain digits, or `1e306` for the absurdly large.
fn number(v: f64) -> String {
    if v.is_finite() && v.abs() >= MAX_YEARLY_PAY {
        format!("{v:e}")
    } else {
        v.to_string()
    }
}

/// A pay figure's period in a sentence: "is 20 an hour".
fn per(period: Period) -> &'static str {
    match period {
        Period::Hourly => "an hour",
        Period::Monthly => "a month",
        Period::Annual => "a year",
    }
}

/// The pay regions' keys for a message: "us, nl, de, no, ee".
fn region_keys() -> String {
    Region::ALL.map(Region::key).join(", ")
}

/// A figure's year for a message, or "undated".
fn year_or_undated(year: Option<u16>) -> String {
    year.map_or_else(|| "undated".to_string(), |y| y.to_string())
}

/// The years a pay figure may describe: modern pay statistics up to a year
/// ahead of the newest data (collective agreements set next year's pay).
pub const PAY_YEARS: (u16, u16) = (1990, 2100);

impl Coverage {
    /// The coverage's name in the JSON.
    pub fn key(self) -> &'static str {
        match self {
            Coverage::Role => "role",
            Coverage::Proxy => "proxy",
            Coverage::Group => "group",
            Coverage::Sector => "sector",
        }
    }
}

/// Checks amounts, percentile order and that periods agree.
fn validate_pay(pay: &[PayFigure], at: &str, out: &mut Vec<Problem>) {
    for (i, p) in pay.iter().enumerate() {
        let here = format!("{at}.pay[{i}]");
        if !(p.amount.is_finite() && p.amount > 0.0) {
            out.push(Problem::new(format!("{here}.amount"), format!("is {}; expected a positive number", p.amount)));
        } else if p.amount * p.period.per_year() > MAX_YEARLY_PAY {
            out.push(Problem::new(
                format!("{here}.amount"),
                format!(
                    "is {} {}, which is more than {} a year; expected a real amount",
                    number(p.amount),
                    per(p.period),
                    number(MAX_YEARLY_PAY)
                ),
            ));
        }
        if !(p.currency.len() == 3 && p.currency.chars().all(|c| c.is_ascii_uppercase())) {
            out.push(Problem::new(
                format!("{here}.currency"),
                format!("`{}` is not an ISO 4217 code such as `USD`", p.currency),
            ));
        } else if p.region.is_none() && p.currency != Region::Us.currency().code() {
            out.push(Problem::new(
                format!("{here}.region"),
                format!(
                    "is missing; a figure in {} needs the region it was earned in (one of {})",
                    p.currency,
                    region_keys()
                ),
            ));
        } else if p.currency != p.region().currency().code() {
            out.push(Problem::new(
                format!("{here}.currency"),
                format!(
                    "is {}, but pay in region `{}` is compared in {}",
                    p.currency,
                    p.region().key(),
                    p.region().currency().code()
                ),
            ));
        }
        match (&p.coverage, &p.covers) {
            (Coverage::Role, _) => {}
            (_, Some(t)) if Lang::ALL.iter().all(|l| !t.get(*l).trim().is_empty()) => {}
            (c, _) => out.push(Problem::new(
                format!("{here}.covers"),
                format!("is missing; a `{}` figure says what it covers (e.g. \"all managers\")", c.key()),
            )),
        }
        if let Some(y) = p.year {
            if !(PAY_YEARS.0..=PAY_YEARS.1).contains(&y) {
                out.push(Problem::new(
                    format!("{here}.year"),
                    format!("is {y}; expected a year from {} to {}", PAY_YEARS.0, PAY_YEARS.1),
                ));
            }
        }
        if let Some(Experience { from, to: Some(to) }) = p.experience {
            if from >= to {
                out.push(Problem::new(
                    format!("{here}.experience"),
                    format!("from ({from}) must be less than to ({to})"),
                ));
            }
        }
    }
    let rank = |s: Stat| match s {
        Stat::P10 => Some(0),
        Stat::P25 => Some(1),
        Stat::Median => Some(2),
        Stat::P75 => Some(3),
        Stat::P90 => Some(4),
        Stat::Average | Stat::Low | Stat::High => None,
    };
    // The order the message states: the short one while only p10, median and p90 are involved.
    let order = |a: Stat, b: Stat| {
        if [a, b].iter().any(|s| matches!(s, Stat::P25 | Stat::P75)) {
            "p10 <= p25 <= median <= p75 <= p90"
        } else {
            "p10 <= median <= p90"
        }
    };
    let usable =
        |p: &PayFigure| p.amount.is_finite() && p.amount > 0.0 && p.amount * p.period.per_year() <= MAX_YEARLY_PAY;
    for (i, a) in pay.iter().enumerate() {
        for (j, b) in pay.iter().enumerate().skip(i + 1) {
            if !(usable(a)
                && usable(b)
                && a.same_release(b)
                && a.currency == b.currency
                && a.experience == b.experience)
            {
                continue;
            }
            if a.period == b.period {
                if let (Some(ra), Some(rb)) = (rank(a.stat), rank(b.stat)) {
                    let (lo, hi) = if ra <= rb { (a, b) } else { (b, a) };
                    if ra != rb && lo.amount > hi.amount {
                        out.push(Problem::new(
                            format!("{at}.pay[{i}], pay[{j}]"),
                            format!(
                                "{} {} {} {} ({}) is above {} ({}); expected {}",
                                year_or_undated(a.year),
                                a.period.key(),
                                a.currency,
                                lo.stat.key(),
                                lo.amount,
                                hi.stat.key(),
                                hi.amount,
                                order(a.stat, b.stat)
                            ),
                        ));
                    }
                }
            } else if a.stat == b.stat {
                let (ya, yb) = (a.amount * a.period.per_year(), b.amount * b.period.per_year());
                if (ya - yb).abs() > PERIOD_TOLERANCE * ya.max(yb) {
                    out.push(Problem::new(
                        format!("{at}.pay[{i}], pay[{j}]"),
                        format!(
                            "{} {} {} {} ({}) and {} ({}) differ by more than 1% at {} hours a year",
                            year_or_undated(a.year),
                            a.stat.key(),
                            a.currency,
                            a.period.key(),
                            a.amount,
                            b.period.key(),
                            b.amount,
                            HOURS_PER_YEAR
                        ),
                    ));
                }
            }
        }
    }
}

impl Role {
    /// Every citation in the role, with its path (`traits.calm.cite`, ...).
    pub fn cites(&self) -> Vec<(String, &Cite)> {
        let mut out: Vec<(String, &Cite)> =
            self.levels().into_iter().map(|(p, l)| (format!("{p}.cite"), &l.cite)).collect();
        out.push(("education.minimum.cite".into(), &self.education.minimum.cite));
        out.push(("education.training.cite".into(), &self.education.training.cite));
        if let Some(c) = &self.career {
            out.push(("career.experience.cite".into(), &c.experience.cite));
            out.push(("career.leadership.cite".into(), &c.leadership.cite));
        }
        for (name, list) in self.item_lists() {
            for (i, it) in list.iter().enumerate() {
                out.push((format!("{name}[{i}].cite"), &it.cite));
            }
        }
        for (i, p) in self.pay.iter().enumerate() {
            out.push((format!("pay[{i}].cite"), &p.cite));
        }
        for (i, o) in self.outlook.iter().enumerate() {
            out.push((format!("outlook[{i}].cite"), &o.cite));
        }
        out
    }

    /// [`Role::cites`], to change: `f` gets each citation with its path.
    fn for_each_cite_mut(&mut self, f: &mut dyn FnMut(String, &mut CiteText)) {
        for t in Trait::ALL {
            f(format!("traits.{}.cite", t.key()), &mut self.traits.get_mut(t).cite);
        }
        for sl in Slot::ALL {
            f(format!("schedule.{}.cite", sl.key()), &mut self.schedule.get_mut(sl).cite);
        }
        f("education.licence.cite".into(), &mut self.education.licence.cite);
        let places = Channel::ALL.map(Channel::key).into_iter().chain(Place::ALL.map(Place::key));
        for (key, level) in places.zip(self.setting.levels_mut()) {
            f(format!("setting.{key}.cite"), &mut level.cite);
        }
        f("education.minimum.cite".into(), &mut self.education.minimum.cite);
        f("education.training.cite".into(), &mut self.education.training.cite);
        if let Some(c) = &mut self.career {
            f("career.experience.cite".into(), &mut c.experience.cite);
            f("career.leadership.cite".into(), &mut c.leadership.cite);
        }
        let lists = [
            ("education.certifications", &mut self.education.certifications),
            ("advancement", &mut self.advancement),
            ("pros", &mut self.pros),
            ("cons", &mut self.cons),
        ];
        for (name, list) in lists {
            for (i, it) in list.iter_mut().enumerate() {
                f(format!("{name}[{i}].cite"), &mut it.cite);
            }
        }
        for (i, p) in self.pay.iter_mut().enumerate() {
            f(format!("pay[{i}].cite"), &mut p.cite);
        }
        for (i, o) in self.outlook.iter_mut().enumerate() {
            f(format!("outlook[{i}].cite"), &mut o.cite);
        }
    }

    /// Every [`Level`] in the role, with its path (`schedule.nights`, ...).
    pub fn levels(&self) -> Vec<(String, &Level)> {
        let mut out = Vec::new();
        for t in Trait::ALL {
            out.push((format!("traits.{}", t.key()), self.traits.get(t)));
        }
        for s in Slot::ALL {
            out.push((format!("schedule.{}", s.key()), self.schedule.get(s)));
        }
        out.push(("education.licence".to_string(), &self.education.licence));
        for c in Channel::ALL {
            out.push((format!("setting.{}", c.key()), self.setting.channel(c)));
        }
        for p in Place::ALL {
            out.push((format!("setting.{}", p.key()), self.setting.place(p)));
        }
        out
    }

    /// Every [`Text`] in the role, with its path (`name`, `pros[0].text`, ...).
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = vec![("name".to_string(), &self.name), ("summary".to_string(), &self.summary)];
        for (name, list) in self.item_lists() {
            for (i, it) in list.iter().enumerate() {
                out.push((format!("{name}[{i}].text"), &it.text));
            }
        }
        for (i, o) in self.outlook.iter().enumerate() {
            out.push((format!("outlook[{i}].scope"), &o.scope));
        }
        out
    }

    /// Every text of the role, to change (those of [`Role::texts`] and what
    /// each pay figure covers).
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut Text> {
        let items = [&mut self.education.certifications, &mut self.advancement, &mut self.pros, &mut self.cons]
            .into_iter()
            .flat_map(|list| list.iter_mut().map(|it| &mut it.text));
        [&mut self.name, &mut self.summary]
            .into_iter()
            .chain(items)
            .chain(self.outlook.iter_mut().map(|o| &mut o.scope))
            .chain(self.pay.iter_mut().filter_map(|p| p.covers.as_mut()))
    }

    fn item_lists(&self) -> [(&'static str, &[Item]); 4] {
        [
            ("education.certifications", &self.education.certifications),
            ("advancement", &self.advancement),
            ("pros", &self.pros),
            ("cons", &self.cons),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in catalogue as the wasm has it: citations without texts.
    fn without_cite_texts(full: &Catalogue) -> Catalogue {
        let mut cat = full.clone();
        for r in &mut cat.roles {
            r.cite_texts_pending = true;
            r.for_each_cite_mut(&mut |_, c| {
                (c.quote, c.gloss, c.note) = (None, None, None);
            });
        }
        cat
    }

    #[test]
    fn cite_texts_taken_out_and_put_back_give_the_built_in_catalogue() {
        let full = Catalogue::builtin().unwrap();
        let json = full.cite_texts_json();
        let texts = CiteTexts::from_json(&json).unwrap();
        let cites: usize = full.roles.iter().map(|r| r.cites().len()).sum();
        assert_eq!(texts.0.values().map(|c| c.len()).sum::<usize>(), cites, "every citation has a text");
        let stripped = without_cite_texts(&full);
        assert!(stripped.cite_texts_pending() && !full.cite_texts_pending());
        assert_eq!(stripped.validate(), [], "roles waiting for their texts are checked for sources only");
        assert!(stripped.roles.iter().flat_map(|r| r.cites()).all(|(_, c)| c.quote.is_none() && c.note.is_none()));
        let back = stripped.with_cite_texts(&texts);
        assert!(!back.cite_texts_pending());
        assert_eq!(back, full);
    }

    #[test]
    fn cite_texts_fill_only_the_roles_waiting_for_them() {
        let full = Catalogue::builtin().unwrap();
        let texts = CiteTexts::from_json(&full.cite_texts_json()).unwrap();
        let mut cat = without_cite_texts(&full);
        // An embedder's role with the same id as a built-in one keeps its own citations.
        cat.roles[1] = full.roles[1].clone();
        cat.roles[1].traits.calm.cite.quote = Some("own quote".into());
        let filled = cat.with_cite_texts(&texts);
        assert_eq!(filled.roles[1].traits.calm.cite.quote.as_deref(), Some("own quote"));
        assert_eq!(filled.roles[0], full.roles[0]);
        // A role waiting for its texts is still checked for its sources.
        let mut bad = without_cite_texts(&full);
        bad.roles[0].traits.calm.cite.source = "nowhere".into();
        let problems = bad.validate();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].to_string().contains("traits.calm.cite.source"), "{}", problems[0]);
        assert!(CiteTexts::from_json(r#"{"x": {"p": {"quote": 1}}}"#).is_err());
    }

    #[test]
    fn the_roles_the_widget_loads_are_the_built_in_ones_in_english_without_citation_texts() {
        let full = Catalogue::builtin().unwrap();
        let shipped = Catalogue::from_shipped(BUILTIN_SHIPPED).unwrap();
        let mut expected = without_cite_texts(&full);
        for role in &mut expected.roles {
            role.texts_mut().for_each(|t| {
                for lang in [Lang::Nl, Lang::De, Lang::Nb, Lang::Et] {
                    *t.get_mut(lang) = t.en.clone();
                }
            });
        }
        assert_eq!(shipped, expected);
        let texts = CiteTexts::from_json(&full.cite_texts_json()).unwrap();
        assert!(!shipped.with_cite_texts(&texts).cite_texts_pending());
        assert!(BUILTIN_SHIPPED.len() < BUILTIN_JSON.len() / 2, "roles.json is the short form");
    }

    #[test]
    fn the_built_in_index_is_the_catalogue_s() {
        let full = Catalogue::builtin().unwrap();
        let ids: Vec<&str> = full.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(BUILTIN_ROLE_IDS, ids.as_slice());
        let mut currencies: Vec<&str> =
            full.roles.iter().flat_map(|r| r.pay.iter().map(|p| p.currency.as_str())).collect();
        currencies.sort_unstable();
        currencies.dedup();
        assert_eq!(BUILTIN_CURRENCIES, currencies.as_slice());
    }

    #[test]
    fn a_selection_keeps_the_roles_shown_in_their_order_and_the_pay_in_its_currency() {
        let full = Catalogue::builtin().unwrap();
        // A role with links to similar ones, shown with one it does not link to.
        let (first, other) = full
            .roles
            .iter()
            .filter(|r| !r.similar.is_empty())
            .find_map(|f| full.roles.iter().find(|o| o.id != f.id && !f.similar.contains(&o.id)).map(|o| (f, o)))
            .unwrap();
        let (a, b) = (other.id.clone(), first.id.clone());
        let sel = Selection { show: Some(vec![a.clone(), b.clone()]), currency: Some("EUR".into()) };
        let cat = sel.apply(full.clone());
        assert_eq!(cat.roles.iter().map(|r| r.id.clone()).collect::<Vec<_>>(), [a.clone(), b.clone()]);
        for r in &cat.roles {
            assert!(r.similar.iter().all(|s| *s == a || *s == b), "{}: {:?}", r.id, r.similar);
            assert!(r.pay.iter().all(|p| p.currency == "EUR"));
        }
        assert!(cat.roles[1].similar.is_empty(), "links to roles not shown are dropped");
        assert!(cat.roles.iter().any(|r| !r.pay.is_empty()), "EUR figures are kept");
        assert_eq!(Selection::default().apply(full.clone()), full, "an empty selection keeps everything");
    }

    #[test]
    fn builtin_catalogue_loads() {
        if let Err(e) = Catalogue::builtin() {
            panic!("{e}");
        }
    }

    /// Breaks a copy of the built-in catalogue and checks the message.
    fn check(break_it: fn(&mut Catalogue), expected: &str) {
        let mut cat = Catalogue::builtin().unwrap();
        break_it(&mut cat);
        let msg = CatalogueError::Invalid(cat.validate()).to_string();
        assert!(msg.contains(expected), "expected {expected:?} in:\n{msg}");
    }

    #[test]
    fn validation_names_the_place_and_the_rule() {
        check(|c| c.version = 2, "version: is 2; this code reads version 1");
        check(|c| c.roles[1].id = c.roles[0].id.clone(), "`customer_service_rep` is used by more than one role");
        check(|c| c.roles[0].id = "Bad Id".into(), "roles[0].id: `Bad Id` is not a valid id");
        check(
            |c| {
                let i = c.sources.iter().position(|s| s.id == "seed-001").unwrap();
                c.sources[i].id = "seed-000".into();
            },
            "`seed-000` is used by more than one source",
        );
        check(
            |c| c.roles[0].traits.calm.cite.source = "nope".into(),
            "roles[customer_service_rep].traits.calm.cite.source: `nope` is not in",
        );
        check(|c| c.roles[0].traits.calm.cite.quote = None, "traits.calm.cite.quote: is missing");
        check(|c| c.roles[0].traits.calm.cite.gloss = None, "traits.calm.cite.gloss: is missing");
        check(
            |c| c.roles[1].traits.empathy.cite.note = None,
            "roles[receptionist].traits.empathy.cite.note: is missing; an estimate",
        );
        check(|c| c.roles[0].schedule.nights.value = 4, "schedule.nights.value: is 4; a level is 0, 1, 2 or 3");
        check(|c| c.roles[0].education.training.value.weeks_min = 9, "weeks_min (9) is greater than weeks_max (3)");
        check(|c| c.roles[0].pay[0].amount = -1.0, "pay[0].amount: is -1; expected a positive number");
        check(|c| c.roles[0].pay[0].amount = f64::NAN, "pay[0].amount: is NaN");
        check(|c| c.roles[0].pay[0].currency = "usd".into(), "`usd` is not an ISO 4217 code");
        check(|c| c.roles[0].pay[2].amount = 30000.0, "2018 annual USD median (33750) is above p90 (30000)");
        check(
            |c| c.roles[0].pay[1].amount = 20.0,
            "2018 median USD annual (33750) and hourly (20) differ by more than 1%",
        );
        check(|c| c.roles[0].similar.push("customer_service_rep".into()), "is the role itself");
        check(|c| c.roles[0].similar.push("astronaut".into()), "`astronaut` is not a role in this catalogue");
        check(|c| c.roles[0].name.nb = "  ".into(), "roles[customer_service_rep].name.nb: is empty");
        check(|c| c.roles[0].pros[0].text.et.clear(), "pros[0].text.et: is empty");
        check(|c| c.roles[0].outlook[0].from_year = 2030, "from_year (2030) is after to_year (2026)");
        check(|c| c.roles.clear(), "roles: is empty");
    }

    /// A copy of the rep's 2018 annual median as another statistic.
    fn add_stat(c: &mut Catalogue, stat: Stat, amount: f64) {
        let mut f = c.roles[0].pay[0].clone();
        assert_eq!((f.stat, f.year, f.period), (Stat::Median, Some(2018), Period::Annual));
        (f.stat, f.amount) = (stat, amount);
        c.roles[0].pay.push(f);
    }

    #[test]
    fn quartiles_parse_and_are_checked_in_order() {
        assert_eq!(crate::json::from_text::<Stat>("\"p25\"").unwrap(), Stat::P25);
        assert_eq!(crate::json::from_text::<Stat>("\"p75\"").unwrap(), Stat::P75);
        let mut ok = Catalogue::builtin().unwrap();
        add_stat(&mut ok, Stat::P25, 30000.0);
        add_stat(&mut ok, Stat::P75, 40000.0);
        assert_eq!(ok.validate(), vec![]);
        check(
            |c| add_stat(c, Stat::P25, 40000.0),
            "2018 annual USD p25 (40000) is above median (33750); expected p10 <= p25 <= median <= p75 <= p90",
        );
        check(|c| add_stat(c, Stat::P25, 20000.0), "USD p10 (22140) is above p25 (20000)");
        check(|c| add_stat(c, Stat::P75, 60000.0), "USD p75 (60000) is above p90 (55310)");
        check(|c| add_stat(c, Stat::P75, 30000.0), "USD median (33750) is above p75 (30000)");
    }

    #[test]
    fn pay_whose_yearly_value_overflows_is_refused() {
        // Finite per hour, but infinite (or absurd) a year: the card would show "$∞".
        let hourly = |c: &mut Catalogue| {
            let i = c.roles[0].pay.iter().position(|p| p.period == Period::Hourly).unwrap();
            c.roles[0].pay[i].amount = 1e306;
            i
        };
        let mut cat = Catalogue::builtin().unwrap();
        let i = hourly(&mut cat);
        let msg = CatalogueError::Invalid(cat.validate()).to_string();
        let expected = format!("roles[customer_service_rep].pay[{i}].amount: is 1e306 an hour, which is more than");
        assert!(msg.contains(&expected), "expected {expected:?} in:\n{msg}");
        check(|c| c.roles[0].pay[0].amount = 1e300, "pay[0].amount: is 1e300 a year, which is more than");
        // A large but sane amount is still fine (in a currency with small units).
        let mut cat = Catalogue::builtin().unwrap();
        for p in &mut cat.roles[0].pay {
            p.amount *= 10_000.0;
        }
        assert_eq!(cat.validate(), vec![]);
    }

    #[test]
    fn outlook_outside_what_employment_can_do_is_refused() {
        check(
            |c| c.roles[0].outlook[0].change_pct = -300.0,
            "outlook[0].change_pct: is -300; expected a change from -100 to 1000 percent",
        );
        check(
            |c| c.roles[0].outlook[0].change_pct = 5000.0,
            "outlook[0].change_pct: is 5000; expected a change from -100 to 1000 percent",
        );
        let mut cat = Catalogue::builtin().unwrap();
        cat.roles[0].outlook[0].change_pct = 300.0;
        cat.roles[1].outlook[0].change_pct = -100.0;
        assert_eq!(cat.validate(), vec![]);
    }

    #[test]
    fn duplicate_ids_are_found_before_a_merge_hides_them() {
        let mut extra = Catalogue::builtin().unwrap();
        extra.roles.truncate(2);
        extra.roles[1].id = extra.roles[0].id.clone();
        extra.sources.retain(|s| s.kind == SourceKind::Seed);
        extra.sources.truncate(2);
        extra.sources[1].id = extra.sources[0].id.clone();
        let all = extra.duplicate_ids().iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        assert!(
            all.contains("roles[customer_service_rep].id: `customer_service_rep` is used by more than one role"),
            "{all}"
        );
        assert!(all.contains("sources[seed-000].id: `seed-000` is used by more than one source"), "{all}");
        // Merged, the second silently replaces the first: nothing left to find.
        let merged = Catalogue::builtin().unwrap().merged(extra);
        assert!(merged.duplicate_ids().is_empty());
    }

    fn parse_error(json: &str) -> String {
        match Catalogue::from_json(json) {
            Ok(_) => panic!("{json:?} was accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn parse_errors_say_what_and_where() {
        let cases: &[(&str, &str)] = &[
            ("", "EOF while parsing"),
            ("[]", "expected struct Catalogue"),
            ("{\"version\": 1, \"sources\": [], \"roles\": [], \"extra\": 1}", "unknown field `extra`"),
            // A value of the wrong shape: where it is in the data.
            ("{\"version\": \"one\"}", "not valid: version: invalid type: string \"one\", expected u32"),
            ("{\"version\": 1, \"sources\": []}", "missing field `roles`"),
            ("\u{feff}{}", "expected value"),
            ("{\"version\": 1e999}", "line 1"),
            (&"[".repeat(10_000), "recursion limit exceeded (line 1, column 128"),
        ];
        for (json, expected) in cases {
            let msg = parse_error(json);
            assert!(msg.contains(expected), "for {:?}: expected {expected:?} in {msg:?}", &json[..json.len().min(40)]);
        }
    }

    #[test]
    fn a_schema_reference_for_editors_is_accepted_and_ignored() {
        let json = BUILTIN_JSON.replacen('{', "{\"$schema\": \"../schema/roles.schema.json\",", 1);
        let cat = Catalogue::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cat.schema.as_deref(), Some("../schema/roles.schema.json"));
        assert_eq!(
            (cat.sources, cat.roles),
            (Catalogue::builtin().unwrap().sources, Catalogue::builtin().unwrap().roles)
        );
        assert!(parse_error("{\"$schema\": 5}").contains("invalid type: integer `5`, expected a string"));
    }

    #[test]
    fn a_translation_fills_role_texts_that_are_in_english_only() {
        // The wasm's built-in roles: every language a copy of the English.
        let full = Catalogue::builtin().unwrap();
        let mut english = full.clone();
        for text in english.roles.iter_mut().flat_map(Role::texts_mut) {
            for lang in [Lang::Nl, Lang::De, Lang::Nb, Lang::Et] {
                *text.get_mut(lang) = text.en.clone();
            }
        }
        // An embedder's text written in Dutch stays as written.
        *english.roles[1].summary.get_mut(Lang::Nl) = "Eigen tekst van het bureau.".into();
        let mut texts = BTreeMap::new();
        for role in &full.roles {
            for (_, text) in role.texts() {
                texts.insert(text.en.clone(), text.nl.clone());
            }
        }
        let t = Translation { lang: "nl".into(), texts, ..Translation::default() };
        let translated = english.with_translation(t);
        assert_eq!(translated.roles[0].name.nl, full.roles[0].name.nl);
        assert_ne!(translated.roles[0].name.nl, translated.roles[0].name.en);
        assert_eq!(translated.roles[1].summary.nl, "Eigen tekst van het bureau.");
        let nl = |r: &Role| r.pros.iter().map(|p| p.text.nl.clone()).collect::<Vec<_>>();
        assert_eq!(nl(&translated.roles[2]), nl(&full.roles[2]));
        // Other languages are left for their own translation.
        assert_eq!(translated.roles[0].name.de, translated.roles[0].name.en);
    }

    /// `t` keyed by hash, as `scripts/i18n-build.mjs` writes the files the
    /// widget loads.
    fn hashed(t: &Translation) -> Translation {
        let h = |m: &BTreeMap<String, String>| {
            m.iter().map(|(k, v)| (format!("{:08x}", crate::lang::key_hash(k)), v.clone())).collect()
        };
        Translation {
            lang: t.lang.clone(),
            keys: TranslationKeys::Hash,
            notes: h(&t.notes),
            glosses: h(&t.glosses),
            sources: h(&t.sources),
            texts: h(&t.texts),
        }
    }

    #[test]
    fn a_translation_keyed_by_hash_reads_as_the_one_keyed_by_text() {
        let full = Catalogue::builtin().unwrap();
        for json in BUILTIN_TRANSLATIONS {
            let by_text = Translation::from_json(json).unwrap();
            let lang = Lang::from_tag(&by_text.lang).unwrap();
            // Every role text (`scripts/i18n-build.mjs` writes them all).
            let mut texts = BTreeMap::new();
            for text in full.clone().roles.iter_mut().flat_map(Role::texts_mut) {
                texts.insert(text.en.clone(), text.get(lang).to_string());
            }
            let by_text = Translation { texts, ..by_text };
            let by_hash = hashed(&by_text);
            // Read back from its JSON, `keys` and all.
            let mut text = crate::json::from_str(json).unwrap();
            text["keys"] = crate::json::Value::from("fnv1a32");
            for (name, map) in [("notes", &by_hash.notes), ("glosses", &by_hash.glosses), ("sources", &by_hash.sources)]
            {
                text[name] = map
                    .iter()
                    .map(|(k, v)| (k.clone(), crate::json::Value::from(v)))
                    .collect::<crate::json::Map>()
                    .into();
            }
            let read = Translation::from_json(&text.to_string()).unwrap();
            assert_eq!(read, Translation { texts: BTreeMap::new(), ..by_hash.clone() });
            let mut english = full.clone();
            english.roles.iter_mut().flat_map(Role::texts_mut).for_each(|t| *t.get_mut(lang) = t.en.clone());
            let (a, b) = (english.clone().with_translation(by_text), english.with_translation(by_hash));
            assert!(a.roles == b.roles && a.roles == full.roles, "{lang:?}: role texts");
            let mut seen = 0;
            for role in &a.roles {
                for (_, cite) in role.cites() {
                    assert_eq!(a.note(cite, lang), b.note(cite, lang));
                    assert_eq!(a.note_translated(cite, lang), b.note_translated(cite, lang));
                    assert_eq!(a.gloss(cite, lang), b.gloss(cite, lang));
                    seen += usize::from(b.note_translated(cite, lang) && cite.note.is_some());
                }
            }
            assert!(seen > 50, "{lang:?}: {seen} notes translated");
            for s in &a.sources {
                assert_eq!(a.source_text(&s.publisher, lang), b.source_text(&s.publisher, lang));
                assert_eq!(a.source_text(&s.title, lang), b.source_text(&s.title, lang));
            }
        }
    }

    #[test]
    fn the_compact_builtin_is_the_readable_source_minus_whitespace() {
        // The indentation alone is a fifth of the readable file.
        assert!(BUILTIN_COMPACT.len() < BUILTIN_JSON.len() * 4 / 5, "roles.min.json is not minified");
        assert!(!BUILTIN_COMPACT.contains('\n'));
        assert_eq!(Catalogue::from_json(BUILTIN_COMPACT).unwrap(), Catalogue::from_json(BUILTIN_JSON).unwrap());
    }

    #[test]
    fn parse_error_shows_where_in_the_data_or_the_text() {
        // A value of the wrong shape: its path in the data.
        let json = BUILTIN_JSON.replacen("\"et\": \"Klienditeenindaja\"", "\"xx\": \"Klienditeenindaja\"", 1);
        let msg = parse_error(&json);
        assert!(
            msg.contains("roles[0].name: unknown field `xx`, expected one of `en`, `nl`, `de`, `nb`, `et`"),
            "{msg}"
        );
        // Broken JSON: line, column and the text around it.
        let json = BUILTIN_JSON.replacen("\"et\": \"Klienditeenindaja\"", "\"et\" \"Klienditeenindaja\"", 1);
        let msg = parse_error(&json);
        assert!(msg.contains("expected `:` (line "), "{msg}");
        assert!(msg.contains("near `\"et\" \"Klienditeenindaja\""), "{msg}");
    }

    #[test]
    fn oversized_input_is_refused_without_parsing() {
        let json = " ".repeat(MAX_JSON_BYTES + 1);
        assert_eq!(
            Catalogue::from_json(&json),
            Err(CatalogueError::TooLarge { bytes: MAX_JSON_BYTES + 1, max: MAX_JSON_BYTES })
        );
        assert!(parse_error(&json).contains("at most 4194304 bytes"));
    }

    #[test]
    fn excerpt_never_splits_a_character() {
        let line = "ööööööööööööööööööööööööööööööööööööööööööö";
        for col in 0..line.len() + 3 {
            let _ = excerpt(line, 1, col);
        }
        assert_eq!(excerpt("abc", 5, 1), "");
    }
}
