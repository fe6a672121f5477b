//! The widget's own interface strings in the five languages. Role content
//! and the engine's explanations carry their own translations (the
//! catalogue, `core::explain`); this table holds the chrome around them. A
//! missing string is a compile error. `{n}`-style placeholders are filled in
//! by the component that shows the string.

use crate::core::lang::Lang;

/// Defines [`Ui`] and, for the wasm, how it is read from a language's
/// [`Pack`](crate::core::lang::Pack) (a field by its name; one the pack
/// lacks stays English).
macro_rules! ui_struct {
    ($(#[$sm:meta])* pub struct Ui { $( $(#[$m:meta])* pub $f:ident: $t:ty, )* }) => {
        $(#[$sm])*
        #[derive(Clone)]
        pub struct Ui { $( $(#[$m])* pub $f: $t, )* }

        #[cfg(not(target_arch = "wasm32"))]
        impl Ui {
            /// Every field by name, as the pack holds it (for the tests).
            pub fn fields(&self) -> Vec<(&'static str, Vec<&'static str>)> {
                vec![ $( (stringify!($f), ToStrings::strings(&self.$f)), )* ]
            }
        }

        #[cfg(target_arch = "wasm32")]
        impl Ui {
            /// The interface in `pack`'s language; a field it lacks stays English.
            fn from_pack(pack: &crate::core::lang::Pack) -> Ui {
                let mut ui = EN.clone();
                let slots: [(&str, &mut dyn FromPack); [$(stringify!($f)),*].len()] =
                    [ $( (stringify!($f), &mut ui.$f), )* ];
                for (name, slot) in slots {
                    if let Some(strings) = pack.field(name) {
                        slot.set(strings);
                    }
                }
                ui
            }
        }
    };
}

/// A [`Ui`] field's strings.
#[cfg(not(target_arch = "wasm32"))]
trait ToStrings {
    fn strings(&self) -> Vec<&'static str>;
}

#[cfg(not(target_arch = "wasm32"))]
impl ToStrings for &'static str {
    fn strings(&self) -> Vec<&'static str> {
        vec![*self]
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<const N: usize> ToStrings for [&'static str; N] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
}

/// A [`Ui`] field, set from a pack's strings (left as it is if they do not fit).
#[cfg(target_arch = "wasm32")]
trait FromPack {
    fn set(&mut self, strings: &[&'static str]);
}

#[cfg(target_arch = "wasm32")]
impl FromPack for &'static str {
    fn set(&mut self, strings: &[&'static str]) {
        if let [s] = strings {
            *self = s;
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl<const N: usize> FromPack for [&'static str; N] {
    fn set(&mut self, strings: &[&'static str]) {
        if let Ok(all) = strings.try_into() {
            *self = all;
        }
    }
}

ui_struct! {
/// Every interface string, one field each.
pub struct Ui {
    pub title: &'static str,
    pub lead: &'static str,
    pub duration: &'static str,
    pub privacy: &'static str,
    pub roles_covered: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub language: &'static str,
    /// "Question {n} of {total}".
    pub progress: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub skip: &'static str,
    pub see_results: &'static str,
    pub amount: &'static str,
    pub per: &'static str,
    /// Under the pay question: "... in {cur} ...".
    pub pay_note: &'static str,
    /// Under the amount field when Next finds it unreadable, one per reason.
    pub amount_not_number: &'static str,
    /// One mark that could group thousands or start decimals; "{n}" is the
    /// amount written without it.
    pub amount_ambiguous: &'static str,
    pub amount_grouping: &'static str,
    pub amount_decimals: &'static str,
    pub amount_negative: &'static str,
    pub amount_zero: &'static str,
    /// "{max}": the largest amount the quiz takes.
    pub amount_too_large: &'static str,
    /// Under the years field when Next finds it unreadable, one per reason.
    pub years_not_number: &'static str,
    pub years_negative: &'static str,
    pub years_not_whole: &'static str,
    /// "{max}": the most years the quiz takes.
    pub years_too_many: &'static str,
    /// The pay table's first column head (role names, experience steps, you).
    pub pay_table_head: &'static str,
    pub years: &'static str,
    pub optional_hint: &'static str,
    pub results_title: &'static str,
    /// "Based on {n} of {total} answers."
    pub based_on: &'static str,
    pub low_confidence: &'static str,
    /// A dimension bar's value where the visitor answered about pay but the role has no pay figures.
    pub no_pay_data: &'static str,
    /// The same for any other dimension the role has no data for.
    pub no_dim_data: &'static str,
    /// Heading of the caution about a response style (core::style).
    pub style_title: &'static str,
    /// Agreed with statements and with those worded the other way round.
    pub style_acquiescent: &'static str,
    /// The same answer to every statement.
    pub style_straight: &'static str,
    /// Button: back to the first agree-scale question.
    pub style_revisit: &'static str,
    pub fit: &'static str,
    pub not_answered: &'static str,
    pub show_details: &'static str,
    pub hide_details: &'static str,
    pub why: &'static str,
    pub dealbreakers: &'static str,
    pub what_if: &'static str,
    pub get_there: &'static str,
    pub min_education: &'static str,
    /// Names of the education levels, lowest first.
    pub edu_levels: [&'static str; 4],
    pub training: &'static str,
    /// "{min}–{max} weeks".
    pub training_months: &'static str,
    pub licence: &'static str,
    pub licence_levels: [&'static str; 4],
    pub certifications: &'static str,
    pub advancement: &'static str,
    pub pros: &'static str,
    pub cons: &'static str,
    pub outlook: &'static str,
    /// "{p} % from {from} to {to} ({scope})".
    pub outlook_line: &'static str,
    pub pay_title: &'static str,
    pub pay_none: &'static str,
    pub pay_chart_label: &'static str,
    pub pay_table: &'static str,
    pub you: &'static str,
    pub median: &'static str,
    pub p10: &'static str,
    pub p90: &'static str,
    pub p25: &'static str,
    pub p75: &'static str,
    pub similar_pay: &'static str,
    pub by_experience: &'static str,
    /// "{from}–{to} years" and "{from}+ years".
    pub years_band: &'static str,
    pub years_open: &'static str,
    pub annual_note: &'static str,
    pub documented: &'static str,
    pub estimate: &'static str,
    pub source: &'static str,
    pub gloss: &'static str,
    pub reason_note: &'static str,
    /// Label of the note on how a documented fact was read from its source.
    pub reading_note: &'static str,
    /// Label of a gloss in the visitor's language.
    pub translation: &'static str,
    pub edit: &'static str,
    pub restart: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub share_label: &'static str,
    pub share_file: &'static str,
    pub print: &'static str,
    pub forget: &'static str,
    pub dismiss: &'static str,
    pub notice_stored: &'static str,
    pub notice_link: &'static str,
    pub notice_from_link: &'static str,
    pub notice_resumed: &'static str,
    pub notice_forgotten: &'static str,
    /// Saved answers written by a newer version of the widget: kept, not read.
    pub notice_newer: &'static str,
    /// Storage refused the latest change (full, blocked or throwing).
    pub notice_save_failed: &'static str,
    /// "Forget my answers" could not delete them.
    pub notice_forget_failed: &'static str,
    /// Another tab saved newer answers, which this tab now shows.
    pub notice_other_tab: &'static str,
    /// Another tab saved answers while this tab had a change it could not save.
    pub notice_other_tab_conflict: &'static str,
    pub all_roles: &'static str,
    /// The default text of an embedder's call-to-action link on a role.
    pub apply: &'static str,
    /// The label of the pay region menu.
    pub pay_region: &'static str,
    /// The pay answer is in another currency than the region's: "{old}", "{in}", "{cur}".
    pub currency_mismatch: &'static str,
    /// The button that goes back to the pay question.
    pub change_pay: &'static str,
    /// Under a chart whose rows come from different sources or years.
    pub mixed_releases: &'static str,
    /// Under a chart showing an hourly figure per month or year: "{hours}".
    pub hourly_converted: &'static str,
    /// The pay table's column with each row's source and year.
    pub pay_source_col: &'static str,
    /// The heading of the figures the chart does not use (other sources and years).
    pub other_figures: &'static str,
    /// Names of the range ends a source gives without percentiles.
    pub range_low: &'static str,
    pub range_high: &'static str,
    pub average: &'static str,
    /// The chart legend for a usual range a source gives instead of percentiles.
    pub usual_range: &'static str,
    /// The sources give figures for the role in the region, but none to compare with: "{in}".
    pub pay_none_but: &'static str,
    /// The role's only figures in the region are too old to compare: "{in}", "{year}".
    pub pay_none_stale: &'static str,
    /// Under the other figures when some are too old to compare: "{year}".
    pub stale_note: &'static str,
    /// No role has pay figures in the region: "{in}".
    pub pay_none_anywhere: &'static str,
    /// On the prerendered intro when the widget's code could not be loaded
    /// (scripts/prerender.mjs shows it; the wasm never does).
    pub load_failed: &'static str,
    /// The language the visitor chose could not be loaded (its file beside the wasm).
    pub notice_lang_failed: &'static str,
    /// On the results: the roles' texts in the visitor's language could not be loaded.
    pub missing_translation: &'static str,
    /// On the results: the citations' quotes could not be loaded.
    pub missing_quotes: &'static str,
    /// Loads what could not be loaded again.
    pub try_again: &'static str,
    /// On the results, while the roles (loaded when the quiz starts) are not in yet.
    pub roles_loading: &'static str,
    /// On the results: the roles could not be loaded, so there is nothing to show.
    pub roles_failed: &'static str,
}
}

/// The interface strings for `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
        Lang::De => &DE,
        Lang::Nb => &NB,
        Lang::Et => &ET,
    }
}

/// The interface strings for `lang`: English is compiled in, the others
/// come from the language's pack (`host::load_pack`), read once; English
/// while the pack is not there.
#[cfg(target_arch = "wasm32")]
pub fn ui(lang: Lang) -> &'static Ui {
    use std::cell::RefCell;
    type Cached = Option<(&'static crate::core::lang::Pack, &'static Ui)>;
    thread_local! {
        static READ: RefCell<[Cached; 5]> = const { RefCell::new([None; 5]) };
    }
    let Some(pack) = crate::core::lang::pack(lang) else { return &EN };
    READ.with(|read| {
        let mut read = read.borrow_mut();
        match read[lang.index()] {
            Some((p, ui)) if std::ptr::eq(p, pack) => ui,
            _ => {
                let ui: &'static Ui = Box::leak(Box::new(Ui::from_pack(pack)));
                read[lang.index()] = Some((pack, ui));
                ui
            }
        }
    })
}

pub use crate::core::lang::fill;

/// The language packs `build.rs` writes from this file and the core's
/// `t5!` tables: what the wasm loads beside it for each language but
/// English (`host::load_pack`). Natively every language is compiled in;
/// these are here for `examples/prerender.rs`, which puts them beside the
/// wasm, and for the tests.
#[cfg(not(target_arch = "wasm32"))]
pub const PACKS: [(Lang, &str); 4] = [
    (Lang::Nl, include_str!(concat!(env!("OUT_DIR"), "/packs/nl.ui.json"))),
    (Lang::De, include_str!(concat!(env!("OUT_DIR"), "/packs/de.ui.json"))),
    (Lang::Nb, include_str!(concat!(env!("OUT_DIR"), "/packs/nb.ui.json"))),
    (Lang::Et, include_str!(concat!(env!("OUT_DIR"), "/packs/et.ui.json"))),
];

/// The key each hash in the packs stands for (`{hash: key}`), for the tests.
#[cfg(not(target_arch = "wasm32"))]
pub const PACK_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/packs/keys.json"));

static EN: Ui = Ui {
    title: "Which customer service job fits you?",
    lead: "Answer a few questions about your temperament, the hours you can work, your education and the pay you expect. We compare your answers with what published sources say each job asks for.",
    duration: "About 5 minutes",
    privacy: "Your answers stay in this browser. Nothing is sent anywhere.",
    roles_covered: "{n} jobs compared",
    start: "Start the quiz",
    resume: "Continue the quiz",
    language: "Language",
    progress: "Question {n} of {total}",
    next: "Next",
    back: "Back",
    skip: "Skip",
    see_results: "See my results",
    amount: "Amount",
    per: "Per",
    pay_note: "We compare your expectation with pay {in}, in {cur}, so please give it in {cur}.",
    amount_not_number: "Write the amount as a number, for example 2,500 or 2500.",
    amount_ambiguous: "Here a point could mean thousands or decimals. Please write the amount without it, for example {n}.",
    amount_grouping: "Check the separators: thousands come in groups of three digits, for example 45,000 or 45000.",
    amount_decimals: "Use at most two decimals, for example 2,500.50.",
    amount_negative: "Write the amount without a minus sign.",
    amount_zero: "Write an amount above zero, or skip this question.",
    amount_too_large: "That is more than this quiz can compare. Write an amount up to {max}.",
    years_not_number: "Write the years as a number, for example 3.",
    years_negative: "Years can't be negative. Write 0 if you have no experience yet.",
    years_not_whole: "Round to whole years, for example 2 or 3.",
    years_too_many: "Write at most {max} years.",
    pay_table_head: "Role",
    years: "Years",
    optional_hint: "You can skip any question; your results will just be less certain.",
    results_title: "Your results",
    based_on: "Based on {n} of {total} answers.",
    low_confidence: "Answer more questions for a surer result.",
    no_pay_data: "No comparable pay figures {in}",
    no_dim_data: "No data for this job",
    style_title: "About your answers",
    style_acquiescent: "You agreed with almost every statement, including the ones that describe the opposite of what these jobs ask (such as cutting callers short, or a noisy room wearing you out). Answers like that make your results say less about you. It may help to look at those answers again.",
    style_straight: "You gave the same answer to every statement. That makes your results say less about you, because they cannot tell your strengths from your weaker points. It may help to look at those answers again.",
    style_revisit: "Review those answers",
    fit: "fit",
    not_answered: "not answered",
    show_details: "Show details",
    hide_details: "Hide details",
    why: "Why this score",
    dealbreakers: "Dealbreaker",
    what_if: "What would raise your fit",
    get_there: "How to get there",
    min_education: "Education usually asked",
    edu_levels: ["no particular diploma", "a secondary school diploma", "a vocational qualification", "a college or university degree"],
    training: "Training on the job",
    training_months: "in some industries several months",
    licence: "Licence",
    licence_levels: ["not needed", "sometimes needed", "often needed", "required"],
    certifications: "Certificates that help",
    advancement: "Where it can lead",
    pros: "Good sides",
    cons: "Hard sides",
    outlook: "Outlook",
    outlook_line: "{p} from {from} to {to} ({scope})",
    pay_title: "Pay",
    pay_none: "No published pay figures for this job {in} were found, so its pay counts as the average of the jobs that have them.",
    pay_chart_label: "Pay for {role} compared with your expectation",
    pay_table: "Pay figures as a table",
    you: "You",
    median: "Median",
    p10: "Lowest 10%",
    p90: "Top 10%",
    p25: "Lowest 25%",
    p75: "Top 25%",
    similar_pay: "Similar jobs",
    by_experience: "By experience",
    years_band: "{from}–{to} years",
    years_open: "{from}+ years",
    annual_note: "Amounts {per}, {cur}, before tax.",
    documented: "Documented",
    estimate: "Estimate",
    source: "Source",
    gloss: "In English",
    reason_note: "Why estimated",
    reading_note: "How we read it",
    translation: "Translation",
    edit: "Change my answers",
    restart: "Start over",
    share: "Copy a link to these results",
    share_copied: "Link copied. Anyone who opens it sees these results; the answers travel in the link itself.",
    share_label: "Link to these results",
    share_file: "Share links need the quiz on a web page. From this file, print the results or save them as a PDF.",
    print: "Print or save as PDF",
    forget: "Forget my answers",
    dismiss: "Dismiss",
    notice_stored: "Your saved answers could not be read. New answers you give will be saved in their place.",
    notice_link: "This link could not be read: it is incomplete or was changed. You can take the quiz yourself.",
    notice_from_link: "These results come from a shared link.",
    notice_resumed: "Welcome back! Your answers were saved in this browser.",
    notice_forgotten: "Your answers were deleted from this browser.",
    notice_newer: "Your saved answers come from a newer version of this quiz, which this page cannot read. They are kept as they are, so answers you give here are not saved.",
    notice_save_failed: "Your latest answers could not be saved in this browser (its storage is full or blocked). They stay on this page until you close it.",
    notice_forget_failed: "Your answers could not be deleted from this browser (its storage is blocked). They may show up again next time.",
    notice_other_tab: "Your answers were changed in another tab, so this tab shows them too.",
    notice_other_tab_conflict: "Your answers were also changed in another tab. Your next answer here will replace them.",
    all_roles: "All jobs, best fit first",
    apply: "Apply for this job",
    pay_region: "Compare pay in",
    currency_mismatch: "Your pay expectation was given in {old}. Pay {in} is compared in {cur}, so your expectation is left out of the match until you give it in {cur}.",
    change_pay: "Change your pay expectation",
    mixed_releases: "The rows come from different sources and years; each row shows its year.",
    hourly_converted: "Hourly figures are shown at {hours} hours a year (40 hours a week).",
    pay_source_col: "Source, year",
    other_figures: "Other figures in the sources",
    range_low: "lower end of the usual range",
    range_high: "upper end of the usual range",
    average: "average",
    pay_none_stale: "The only figures for this job {in} are from before {year}: they are listed below, but too old to set your expectation against, so its pay counts as the average of the jobs with current figures.",
    stale_note: "Figures from before {year} are shown as their sources give them, but not compared with your expectation.",
    pay_none_but: "None of the figures the sources give for this job {in} is a median, an average or a usual range, so its pay counts as the average of the jobs that have one.",
    usual_range: "usual range (no percentiles published)",
    pay_none_anywhere: "No published pay figures {in} were found for these jobs, so pay does not count in the match there.",
    load_failed: "The quiz could not be loaded. Please check your internet connection and reload the page.",
    notice_lang_failed: "The language you chose could not be loaded. Please check your internet connection and try again.",
    missing_translation: "The descriptions of the jobs could not be loaded in your language, so they are shown in English.",
    missing_quotes: "The quotes from the sources could not be loaded; the sources themselves are still named.",
    try_again: "Try again",
    roles_loading: "Loading the jobs…",
    roles_failed: "The jobs could not be loaded, so there are no results to show yet. Check your connection and try again.",
};

#[cfg(not(target_arch = "wasm32"))]
static NL: Ui = Ui {
    title: "Welke klantenservicebaan past bij jou?",
    lead: "Beantwoord een paar vragen over je karakter, de uren die je kunt werken, je opleiding en het salaris dat je verwacht. We vergelijken je antwoorden met wat gepubliceerde bronnen over elke baan zeggen.",
    duration: "Ongeveer 5 minuten",
    privacy: "Je antwoorden blijven in deze browser. Er wordt niets verstuurd.",
    roles_covered: "{n} banen vergeleken",
    start: "Begin de quiz",
    resume: "Ga verder met de quiz",
    language: "Taal",
    progress: "Vraag {n} van {total}",
    next: "Volgende",
    back: "Terug",
    skip: "Overslaan",
    see_results: "Bekijk mijn uitslag",
    amount: "Bedrag",
    per: "Per",
    pay_note: "We vergelijken je verwachting met salarissen {in}, in {cur}. Geef je verwachting dus ook in {cur}.",
    amount_not_number: "Schrijf het bedrag als getal, bijvoorbeeld 2.500 of 2500.",
    amount_ambiguous: "Een komma kan hier duizendtallen of decimalen betekenen. Schrijf het bedrag zonder komma, bijvoorbeeld {n}.",
    amount_grouping: "Controleer de scheidingstekens: duizendtallen staan in groepjes van drie cijfers, bijvoorbeeld 45.000 of 45000.",
    amount_decimals: "Gebruik hoogstens twee cijfers achter de komma, bijvoorbeeld 2.500,50.",
    amount_negative: "Schrijf het bedrag zonder minteken.",
    amount_zero: "Vul een bedrag boven nul in, of sla deze vraag over.",
    amount_too_large: "Dat is meer dan deze quiz kan vergelijken. Vul een bedrag in tot {max}.",
    years_not_number: "Schrijf het aantal jaren als getal, bijvoorbeeld 3.",
    years_negative: "Het aantal jaren kan niet negatief zijn. Vul 0 in als je nog geen ervaring hebt.",
    years_not_whole: "Rond af op hele jaren, bijvoorbeeld 2 of 3.",
    years_too_many: "Vul hoogstens {max} jaar in.",
    pay_table_head: "Baan",
    years: "Jaren",
    optional_hint: "Je kunt elke vraag overslaan; je uitslag wordt dan alleen wat minder zeker.",
    results_title: "Jouw uitslag",
    based_on: "Op basis van {n} van de {total} antwoorden.",
    low_confidence: "Beantwoord meer vragen voor een betrouwbaardere uitslag.",
    no_pay_data: "Geen vergelijkbare salariscijfers {in}",
    no_dim_data: "Geen gegevens voor deze baan",
    style_title: "Over je antwoorden",
    style_acquiescent: "Je was het met bijna elke stelling eens, ook met de stellingen die het tegenovergestelde beschrijven van wat deze banen vragen (zoals bellers onderbreken, of dat een rumoerige ruimte je uitput). Daardoor zegt je uitslag minder over jou. Misschien helpt het om die antwoorden nog eens te bekijken.",
    style_straight: "Je gaf op elke stelling hetzelfde antwoord. Daardoor zegt je uitslag minder over jou, want je sterke en zwakkere punten zijn zo niet van elkaar te onderscheiden. Misschien helpt het om die antwoorden nog eens te bekijken.",
    style_revisit: "Antwoorden nog eens bekijken",
    fit: "match",
    not_answered: "niet beantwoord",
    show_details: "Toon details",
    hide_details: "Verberg details",
    why: "Waarom deze score",
    dealbreakers: "Breekpunt",
    what_if: "Wat je score zou verhogen",
    get_there: "Zo kom je er",
    min_education: "Gevraagde opleiding",
    edu_levels: ["geen bepaald diploma", "een diploma vmbo, havo of vwo", "een mbo-diploma", "een hbo- of wo-diploma"],
    training: "Inwerken op de werkvloer",
    training_months: "in sommige sectoren enkele maanden",
    licence: "Vergunning",
    licence_levels: ["niet nodig", "soms nodig", "vaak nodig", "verplicht"],
    certifications: "Certificaten die helpen",
    advancement: "Waar het toe kan leiden",
    pros: "Voordelen",
    cons: "Nadelen",
    outlook: "Vooruitzichten",
    outlook_line: "{p} van {from} tot {to} ({scope})",
    pay_title: "Salaris",
    pay_none: "Voor deze baan zijn {in} geen gepubliceerde salariscijfers gevonden; het salaris telt daarom mee als het gemiddelde van de banen waarvoor die er wel zijn.",
    pay_chart_label: "Salaris voor {role} vergeleken met jouw verwachting",
    pay_table: "Salariscijfers als tabel",
    you: "Jij",
    median: "Mediaan",
    p10: "Laagste 10%",
    p90: "Hoogste 10%",
    p25: "Laagste 25%",
    p75: "Hoogste 25%",
    similar_pay: "Vergelijkbare banen",
    by_experience: "Naar ervaring",
    years_band: "{from}–{to} jaar",
    years_open: "{from}+ jaar",
    annual_note: "Bedragen {per}, {cur}, bruto.",
    documented: "Gedocumenteerd",
    estimate: "Schatting",
    source: "Bron",
    gloss: "In het Engels",
    reason_note: "Waarom geschat",
    reading_note: "Zo lezen we de bron",
    translation: "Vertaling",
    edit: "Mijn antwoorden wijzigen",
    restart: "Opnieuw beginnen",
    share: "Kopieer een link naar deze uitslag",
    share_copied: "Link gekopieerd. Wie hem opent, ziet deze uitslag; de antwoorden zitten in de link zelf.",
    share_label: "Link naar deze uitslag",
    share_file: "Deellinks werken alleen als de quiz op een webpagina staat. Druk vanuit dit bestand de uitslag af of bewaar hem als pdf.",
    print: "Afdrukken of als pdf bewaren",
    forget: "Vergeet mijn antwoorden",
    dismiss: "Sluiten",
    notice_stored: "Je opgeslagen antwoorden konden niet worden gelezen. Nieuwe antwoorden worden in hun plaats bewaard.",
    notice_link: "Deze link kon niet worden gelezen: hij is onvolledig of gewijzigd. Je kunt de quiz zelf invullen.",
    notice_from_link: "Deze uitslag komt uit een gedeelde link.",
    notice_resumed: "Welkom terug! Je antwoorden waren bewaard in deze browser.",
    notice_forgotten: "Je antwoorden zijn uit deze browser verwijderd.",
    notice_newer: "Je opgeslagen antwoorden komen uit een nieuwere versie van deze quiz, die deze pagina niet kan lezen. Ze blijven bewaard zoals ze zijn, dus antwoorden die je hier geeft, worden niet opgeslagen.",
    notice_save_failed: "Je laatste antwoorden konden niet in deze browser worden opgeslagen (de opslag is vol of geblokkeerd). Ze blijven op deze pagina staan tot je die sluit.",
    notice_forget_failed: "Je antwoorden konden niet uit deze browser worden verwijderd (de opslag is geblokkeerd). Ze kunnen de volgende keer weer verschijnen.",
    notice_other_tab: "Je antwoorden zijn in een ander tabblad gewijzigd, dus dit tabblad toont ze nu ook.",
    notice_other_tab_conflict: "Je antwoorden zijn ook in een ander tabblad gewijzigd. Je volgende antwoord hier vervangt die.",
    all_roles: "Alle banen, beste match eerst",
    apply: "Solliciteer op deze baan",
    pay_region: "Salarissen vergelijken voor",
    currency_mismatch: "Je salarisverwachting staat in {old}. Salarissen {in} worden in {cur} vergeleken, dus je verwachting telt pas mee als je hem in {cur} opgeeft.",
    change_pay: "Salarisverwachting aanpassen",
    mixed_releases: "De rijen komen uit verschillende bronnen en jaren; bij elke rij staat het jaar.",
    hourly_converted: "Uurlonen zijn omgerekend met {hours} uur per jaar (40 uur per week).",
    pay_source_col: "Bron, jaar",
    other_figures: "Andere cijfers uit de bronnen",
    range_low: "onderkant van de gebruikelijke bandbreedte",
    range_high: "bovenkant van de gebruikelijke bandbreedte",
    average: "gemiddelde",
    pay_none_stale: "De enige cijfers voor deze baan {in} zijn van vóór {year}: ze staan hieronder, maar zijn te oud om je verwachting mee te vergelijken. Het salaris telt daarom mee als het gemiddelde van de banen met actuele cijfers.",
    stale_note: "Cijfers van vóór {year} staan hier zoals de bronnen ze geven, maar worden niet met je verwachting vergeleken.",
    pay_none_but: "De bronnen geven voor deze baan {in} geen mediaan, gemiddelde of gebruikelijke bandbreedte; het salaris telt daarom mee als het gemiddelde van de banen waarvoor die er wel is.",
    usual_range: "gebruikelijke bandbreedte (geen percentielen bekend)",
    pay_none_anywhere: "Voor deze banen zijn {in} geen gepubliceerde salariscijfers gevonden; salaris telt daar dus niet mee in de match.",
    load_failed: "De quiz kon niet worden geladen. Controleer je internetverbinding en laad de pagina opnieuw.",
    notice_lang_failed: "De gekozen taal kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.",
    missing_translation: "De beschrijvingen van de banen konden niet in jouw taal worden geladen; daarom staan ze in het Engels.",
    missing_quotes: "De citaten uit de bronnen konden niet worden geladen; de bronnen zelf worden nog wel genoemd.",
    try_again: "Opnieuw proberen",
    roles_loading: "De banen worden geladen…",
    roles_failed: "De banen konden niet worden geladen, dus er zijn nog geen resultaten. Controleer je verbinding en probeer het opnieuw.",
};

#[cfg(not(target_arch = "wasm32"))]
static DE: Ui = Ui {
    title: "Welcher Job im Kundenservice passt zu dir?",
    lead: "Beantworte ein paar Fragen zu deinem Temperament, deinen möglichen Arbeitszeiten, deiner Ausbildung und deinen Gehaltsvorstellungen. Wir vergleichen deine Antworten mit dem, was veröffentlichte Quellen über jeden Beruf sagen.",
    duration: "Etwa 5 Minuten",
    privacy: "Deine Antworten bleiben in diesem Browser. Es wird nichts verschickt.",
    roles_covered: "{n} Jobs im Vergleich",
    start: "Quiz starten",
    resume: "Quiz fortsetzen",
    language: "Sprache",
    progress: "Frage {n} von {total}",
    next: "Weiter",
    back: "Zurück",
    skip: "Überspringen",
    see_results: "Zu meinem Ergebnis",
    amount: "Betrag",
    per: "Pro",
    pay_note: "Wir vergleichen deine Vorstellung mit Gehältern {in}, in {cur}. Gib sie deshalb bitte auch in {cur} an.",
    amount_not_number: "Schreib den Betrag als Zahl, zum Beispiel 2.500 oder 2500.",
    amount_ambiguous: "Das Komma kann hier Tausender oder Nachkommastellen trennen. Schreib den Betrag bitte ohne Komma, zum Beispiel {n}.",
    amount_grouping: "Prüf die Trennzeichen: Tausender stehen in Dreiergruppen, zum Beispiel 45.000 oder 45000.",
    amount_decimals: "Gib höchstens zwei Nachkommastellen an, zum Beispiel 2.500,50.",
    amount_negative: "Schreib den Betrag ohne Minuszeichen.",
    amount_zero: "Gib einen Betrag über null an oder überspring diese Frage.",
    amount_too_large: "Das ist mehr, als dieses Quiz vergleichen kann. Gib einen Betrag bis {max} an.",
    years_not_number: "Schreib die Jahre als Zahl, zum Beispiel 3.",
    years_negative: "Jahre können nicht negativ sein. Gib 0 an, wenn du noch keine Erfahrung hast.",
    years_not_whole: "Runde auf ganze Jahre, zum Beispiel 2 oder 3.",
    years_too_many: "Gib höchstens {max} Jahre an.",
    pay_table_head: "Job",
    years: "Jahre",
    optional_hint: "Du kannst jede Frage überspringen; dein Ergebnis wird dann nur etwas unsicherer.",
    results_title: "Dein Ergebnis",
    based_on: "Auf Grundlage von {n} der {total} Antworten.",
    low_confidence: "Beantworte mehr Fragen für ein sichereres Ergebnis.",
    no_pay_data: "Keine vergleichbaren Gehaltszahlen {in}",
    no_dim_data: "Keine Daten für diesen Job",
    style_title: "Zu deinen Antworten",
    style_acquiescent: "Du hast fast jeder Aussage zugestimmt, auch denen, die das Gegenteil von dem beschreiben, was diese Jobs verlangen (etwa Anrufer zu unterbrechen oder dass dich ein lauter Raum erschöpft). Dadurch sagt dein Ergebnis weniger über dich aus. Es kann helfen, diese Antworten noch einmal anzusehen.",
    style_straight: "Du hast bei jeder Aussage dieselbe Antwort gegeben. Dadurch sagt dein Ergebnis weniger über dich aus, denn so lassen sich deine Stärken und Schwächen nicht unterscheiden. Es kann helfen, diese Antworten noch einmal anzusehen.",
    style_revisit: "Antworten noch einmal ansehen",
    fit: "Passung",
    not_answered: "nicht beantwortet",
    show_details: "Details zeigen",
    hide_details: "Details ausblenden",
    why: "Warum dieser Wert",
    dealbreakers: "Ausschlusskriterium",
    what_if: "Was dein Ergebnis verbessern würde",
    get_there: "So kommst du hin",
    min_education: "Üblicher Abschluss",
    edu_levels: ["kein bestimmter Abschluss", "ein Schulabschluss (Haupt-, Realschule oder Abitur)", "eine abgeschlossene Berufsausbildung", "ein abgeschlossenes Studium"],
    training: "Einarbeitung im Job",
    training_months: "in manchen Branchen mehrere Monate",
    licence: "Zulassung",
    licence_levels: ["nicht nötig", "manchmal nötig", "oft nötig", "Pflicht"],
    certifications: "Hilfreiche Zertifikate",
    advancement: "Wohin es führen kann",
    pros: "Was dafür spricht",
    cons: "Was dagegen spricht",
    outlook: "Aussichten",
    outlook_line: "{p} von {from} bis {to} ({scope})",
    pay_title: "Gehalt",
    pay_none: "Für diesen Job wurden {in} keine veröffentlichten Gehaltszahlen gefunden; das Gehalt wird deshalb mit dem Durchschnitt der Jobs bewertet, für die es Zahlen gibt.",
    pay_chart_label: "Gehalt für „{role}“ im Vergleich zu deiner Vorstellung",
    pay_table: "Gehaltszahlen als Tabelle",
    you: "Du",
    median: "Median",
    p10: "Unterste 10 %",
    p90: "Oberste 10 %",
    p25: "Unterste 25 %",
    p75: "Oberste 25 %",
    similar_pay: "Ähnliche Berufe",
    by_experience: "Nach Berufserfahrung",
    years_band: "{from}–{to} Jahre",
    years_open: "ab {from} Jahren",
    annual_note: "Beträge {per}, {cur}, brutto.",
    documented: "Belegt",
    estimate: "Schätzung",
    source: "Quelle",
    gloss: "Auf Englisch",
    reason_note: "Warum geschätzt",
    reading_note: "So lesen wir die Quelle",
    translation: "Übersetzung",
    edit: "Antworten ändern",
    restart: "Neu beginnen",
    share: "Link zu diesem Ergebnis kopieren",
    share_copied: "Link kopiert. Wer ihn öffnet, sieht dieses Ergebnis; die Antworten stecken im Link selbst.",
    share_label: "Link zu diesem Ergebnis",
    share_file: "Links zum Teilen funktionieren nur, wenn das Quiz auf einer Webseite liegt. Aus dieser Datei kannst du das Ergebnis drucken oder als PDF speichern.",
    print: "Drucken oder als PDF speichern",
    forget: "Meine Antworten löschen",
    dismiss: "Schließen",
    notice_stored: "Deine gespeicherten Antworten ließen sich nicht lesen. Neue Antworten werden an ihrer Stelle gespeichert.",
    notice_link: "Dieser Link ließ sich nicht lesen: Er ist unvollständig oder wurde verändert. Du kannst das Quiz selbst machen.",
    notice_from_link: "Dieses Ergebnis stammt aus einem geteilten Link.",
    notice_resumed: "Willkommen zurück! Deine Antworten waren in diesem Browser gespeichert.",
    notice_forgotten: "Deine Antworten wurden aus diesem Browser gelöscht.",
    notice_newer: "Deine gespeicherten Antworten stammen aus einer neueren Version dieses Quiz, die diese Seite nicht lesen kann. Sie bleiben unverändert erhalten, deshalb werden Antworten, die du hier gibst, nicht gespeichert.",
    notice_save_failed: "Deine letzten Antworten ließen sich in diesem Browser nicht speichern (der Speicher ist voll oder gesperrt). Sie bleiben auf dieser Seite, bis du sie schließt.",
    notice_forget_failed: "Deine Antworten ließen sich nicht aus diesem Browser löschen (der Speicher ist gesperrt). Sie können beim nächsten Mal wieder erscheinen.",
    notice_other_tab: "Deine Antworten wurden in einem anderen Tab geändert, deshalb zeigt dieser Tab sie jetzt auch.",
    notice_other_tab_conflict: "Deine Antworten wurden auch in einem anderen Tab geändert. Deine nächste Antwort hier ersetzt sie.",
    all_roles: "Alle Jobs, beste Passung zuerst",
    apply: "Auf diese Stelle bewerben",
    pay_region: "Gehälter vergleichen für",
    currency_mismatch: "Deine Gehaltsvorstellung ist in {old} angegeben. Gehälter {in} werden in {cur} verglichen; deine Vorstellung zählt deshalb erst, wenn du sie in {cur} angibst.",
    change_pay: "Gehaltsvorstellung ändern",
    mixed_releases: "Die Zeilen stammen aus verschiedenen Quellen und Jahren; das Jahr steht bei jeder Zeile.",
    hourly_converted: "Stundenlöhne sind mit {hours} Stunden im Jahr (40 Stunden pro Woche) umgerechnet.",
    pay_source_col: "Quelle, Jahr",
    other_figures: "Weitere Zahlen aus den Quellen",
    range_low: "unteres Ende der üblichen Spanne",
    range_high: "oberes Ende der üblichen Spanne",
    average: "Durchschnitt",
    pay_none_stale: "Die einzigen Zahlen für diesen Job {in} stammen aus der Zeit vor {year}: Sie stehen unten, sind aber zu alt für einen Vergleich mit deiner Vorstellung. Das Gehalt wird deshalb mit dem Durchschnitt der Jobs mit aktuellen Zahlen bewertet.",
    stale_note: "Zahlen aus der Zeit vor {year} stehen hier so, wie die Quellen sie nennen, werden aber nicht mit deiner Vorstellung verglichen.",
    pay_none_but: "Die Quellen nennen für diesen Job {in} weder Median noch Durchschnitt noch übliche Spanne; das Gehalt wird deshalb mit dem Durchschnitt der Jobs bewertet, für die es eine solche Zahl gibt.",
    usual_range: "übliche Spanne (keine Perzentile veröffentlicht)",
    pay_none_anywhere: "Für diese Jobs wurden {in} keine veröffentlichten Gehaltszahlen gefunden; das Gehalt zählt dort deshalb nicht zur Passung.",
    load_failed: "Das Quiz konnte nicht geladen werden. Prüf bitte deine Internetverbindung und lade die Seite neu.",
    notice_lang_failed: "Die gewählte Sprache konnte nicht geladen werden. Bitte prüfe deine Internetverbindung und versuche es noch einmal.",
    missing_translation: "Die Beschreibungen der Jobs konnten nicht in deiner Sprache geladen werden und werden deshalb auf Englisch angezeigt.",
    missing_quotes: "Die Zitate aus den Quellen konnten nicht geladen werden; die Quellen selbst werden weiterhin genannt.",
    try_again: "Erneut versuchen",
    roles_loading: "Die Jobs werden geladen …",
    roles_failed: "Die Jobs konnten nicht geladen werden, deshalb gibt es noch keine Ergebnisse. Prüfe deine Verbindung und versuche es erneut.",
};

#[cfg(not(target_arch = "wasm32"))]
static NB: Ui = Ui {
    title: "Hvilken kundeservicejobb passer for deg?",
    lead: "Svar på noen spørsmål om temperamentet ditt, hvilke tider du kan jobbe, utdanningen din og lønnen du forventer. Vi sammenligner svarene dine med det publiserte kilder sier at hver jobb krever.",
    duration: "Omtrent 5 minutter",
    privacy: "Svarene dine blir i denne nettleseren. Ingenting sendes noe sted.",
    roles_covered: "{n} jobber sammenlignet",
    start: "Start quizen",
    resume: "Fortsett quizen",
    language: "Språk",
    progress: "Spørsmål {n} av {total}",
    next: "Neste",
    back: "Tilbake",
    skip: "Hopp over",
    see_results: "Se resultatet mitt",
    amount: "Beløp",
    per: "Per",
    pay_note: "Vi sammenligner forventningen din med lønn {in}, i {cur}, så oppgi den i {cur}.",
    amount_not_number: "Skriv beløpet som et tall, for eksempel 2\u{a0}500 eller 2500.",
    amount_ambiguous: "Her kan komma bety både tusener og desimaler. Skriv beløpet uten komma, for eksempel {n}.",
    amount_grouping: "Sjekk skilletegnene: tusener står i grupper på tre sifre, for eksempel 45\u{a0}000 eller 45000.",
    amount_decimals: "Bruk høyst to desimaler, for eksempel 2\u{a0}500,50.",
    amount_negative: "Skriv beløpet uten minustegn.",
    amount_zero: "Skriv et beløp over null, eller hopp over dette spørsmålet.",
    amount_too_large: "Det er mer enn denne quizen kan sammenligne. Skriv et beløp på opptil {max}.",
    years_not_number: "Skriv antall år som et tall, for eksempel 3.",
    years_negative: "Antall år kan ikke være negativt. Skriv 0 hvis du ikke har erfaring ennå.",
    years_not_whole: "Rund av til hele år, for eksempel 2 eller 3.",
    years_too_many: "Skriv høyst {max} år.",
    pay_table_head: "Jobb",
    years: "År",
    optional_hint: "Du kan hoppe over hvilket som helst spørsmål; resultatet blir bare litt mindre sikkert.",
    results_title: "Resultatet ditt",
    based_on: "Basert på {n} av {total} svar.",
    low_confidence: "Svar på flere spørsmål for et sikrere resultat.",
    no_pay_data: "Ingen sammenlignbare lønnstall {in}",
    no_dim_data: "Ingen data for denne jobben",
    style_title: "Om svarene dine",
    style_acquiescent: "Du var enig i nesten alle påstandene, også dem som beskriver det motsatte av det disse jobbene krever (som å avbryte innringere, eller at et støyende rom sliter deg ut). Da sier resultatet mindre om deg. Det kan hjelpe å se på de svarene en gang til.",
    style_straight: "Du ga samme svar på alle påstandene. Da sier resultatet mindre om deg, fordi det ikke kan skille det du er god på fra det du er mindre god på. Det kan hjelpe å se på de svarene en gang til.",
    style_revisit: "Se på svarene igjen",
    fit: "match",
    not_answered: "ikke besvart",
    show_details: "Vis detaljer",
    hide_details: "Skjul detaljer",
    why: "Hvorfor denne poengsummen",
    dealbreakers: "Absolutt hinder",
    what_if: "Hva som ville gitt bedre match",
    get_there: "Slik kommer du dit",
    min_education: "Vanlig utdanningskrav",
    edu_levels: ["ingen bestemt utdanning", "fullført videregående skole", "fagbrev eller yrkesfaglig utdanning", "høyskole eller universitet"],
    training: "Opplæring i jobben",
    training_months: "i enkelte bransjer flere måneder",
    licence: "Autorisasjon",
    licence_levels: ["ikke nødvendig", "noen ganger nødvendig", "ofte nødvendig", "påkrevd"],
    certifications: "Kursbevis og sertifikater som hjelper",
    advancement: "Veien videre",
    pros: "Fordeler",
    cons: "Ulemper",
    outlook: "Utsikter",
    outlook_line: "{p} fra {from} til {to} ({scope})",
    pay_title: "Lønn",
    pay_none: "Vi fant ingen publiserte lønnstall for denne jobben {in}, så lønnen regnes som gjennomsnittet av jobbene som har slike tall.",
    pay_chart_label: "Lønn for {role} sammenlignet med forventningen din",
    pay_table: "Lønnstall som tabell",
    you: "Du",
    median: "Median",
    p10: "Laveste 10 %",
    p90: "Høyeste 10 %",
    p25: "Laveste 25 %",
    p75: "Høyeste 25 %",
    similar_pay: "Lignende yrker",
    by_experience: "Etter erfaring",
    years_band: "{from}–{to} år",
    years_open: "{from}+ år",
    annual_note: "Beløp {per}, {cur}, brutto.",
    documented: "Dokumentert",
    estimate: "Anslag",
    source: "Kilde",
    gloss: "På engelsk",
    reason_note: "Hvorfor anslått",
    reading_note: "Slik leser vi kilden",
    translation: "Oversettelse",
    edit: "Endre svarene mine",
    restart: "Begynn på nytt",
    share: "Kopier en lenke til dette resultatet",
    share_copied: "Lenken er kopiert. Den som åpner den, ser dette resultatet; svarene ligger i selve lenken.",
    share_label: "Lenke til dette resultatet",
    share_file: "Delingslenker virker bare når quizen ligger på en nettside. Fra denne filen kan du skrive ut resultatet eller lagre det som PDF.",
    print: "Skriv ut eller lagre som PDF",
    forget: "Glem svarene mine",
    dismiss: "Lukk",
    notice_stored: "De lagrede svarene dine kunne ikke leses. Nye svar du gir, lagres i stedet.",
    notice_link: "Denne lenken kunne ikke leses: den er ufullstendig eller endret. Du kan ta quizen selv.",
    notice_from_link: "Dette resultatet kommer fra en delt lenke.",
    notice_resumed: "Velkommen tilbake! Svarene dine var lagret i denne nettleseren.",
    notice_forgotten: "Svarene dine er slettet fra denne nettleseren.",
    notice_newer: "De lagrede svarene dine kommer fra en nyere versjon av denne quizen, som denne siden ikke kan lese. De beholdes som de er, så svar du gir her, blir ikke lagret.",
    notice_save_failed: "De siste svarene dine kunne ikke lagres i denne nettleseren (lagringen er full eller blokkert). De blir værende på denne siden til du lukker den.",
    notice_forget_failed: "Svarene dine kunne ikke slettes fra denne nettleseren (lagringen er blokkert). De kan dukke opp igjen neste gang.",
    notice_other_tab: "Svarene dine ble endret i en annen fane, så denne fanen viser dem nå også.",
    notice_other_tab_conflict: "Svarene dine ble også endret i en annen fane. Det neste svaret ditt her erstatter dem.",
    all_roles: "Alle jobber, best match først",
    apply: "Søk på denne stillingen",
    pay_region: "Sammenlign lønn i",
    currency_mismatch: "Lønnsforventningen din er oppgitt i {old}. Lønn {in} sammenlignes i {cur}, så forventningen teller ikke med før du oppgir den i {cur}.",
    change_pay: "Endre lønnsforventningen",
    mixed_releases: "Radene kommer fra ulike kilder og år; året står ved hver rad.",
    hourly_converted: "Timelønn er regnet om med {hours} timer i året (40 timer i uken).",
    pay_source_col: "Kilde, år",
    other_figures: "Andre tall i kildene",
    range_low: "nedre del av det vanlige spennet",
    range_high: "øvre del av det vanlige spennet",
    average: "gjennomsnitt",
    pay_none_stale: "De eneste tallene for denne jobben {in} er fra før {year}: de står nedenfor, men er for gamle til å sammenligne forventningen din med. Lønnen regnes derfor som gjennomsnittet av jobbene med oppdaterte tall.",
    stale_note: "Tall fra før {year} vises slik kildene oppgir dem, men sammenlignes ikke med forventningen din.",
    pay_none_but: "Kildene gir verken median, gjennomsnitt eller vanlig spenn for denne jobben {in}, så lønnen regnes som gjennomsnittet av jobbene som har et slikt tall.",
    usual_range: "vanlig spenn (ingen persentiler publisert)",
    pay_none_anywhere: "Vi fant ingen publiserte lønnstall for disse jobbene {in}, så lønn teller ikke med i matchen der.",
    load_failed: "Quizen kunne ikke lastes inn. Sjekk internettforbindelsen din og last inn siden på nytt.",
    notice_lang_failed: "Språket du valgte, kunne ikke lastes inn. Sjekk internettforbindelsen din og prøv igjen.",
    missing_translation: "Beskrivelsene av jobbene kunne ikke lastes inn på ditt språk, så de vises på engelsk.",
    missing_quotes: "Sitatene fra kildene kunne ikke lastes inn, men selve kildene er fortsatt oppgitt.",
    try_again: "Prøv igjen",
    roles_loading: "Laster inn jobbene …",
    roles_failed: "Jobbene kunne ikke lastes inn, så det er ingen resultater ennå. Sjekk tilkoblingen og prøv igjen.",
};

#[cfg(not(target_arch = "wasm32"))]
static ET: Ui = Ui {
    title: "Milline klienditeeninduse töö sulle sobib?",
    lead: "Vasta mõnele küsimusele oma iseloomu, sobivate tööaegade, hariduse ja palgaootuse kohta. Võrdleme su vastuseid sellega, mida avaldatud allikad iga töö nõuete kohta ütlevad.",
    duration: "Umbes 5 minutit",
    privacy: "Sinu vastused jäävad sellesse brauserisse. Midagi ei saadeta kuhugi.",
    roles_covered: "Võrdluses {n} ametit",
    start: "Alusta testi",
    resume: "Jätka testi",
    language: "Keel",
    progress: "Küsimus {n}/{total}",
    next: "Edasi",
    back: "Tagasi",
    skip: "Jäta vahele",
    see_results: "Vaata tulemust",
    amount: "Summa",
    per: "Periood",
    pay_note: "Võrdleme sinu ootust palkadega {in} valuutas {cur}, nii et märgi see ka valuutas {cur}.",
    amount_not_number: "Kirjuta summa numbritega, näiteks 2\u{a0}500 või 2500.",
    amount_ambiguous: "Koma võib siin tähendada nii tuhandeid kui ka kümnendkohti. Kirjuta summa ilma komata, näiteks {n}.",
    amount_grouping: "Kontrolli eraldajaid: tuhanded käivad kolmekohaliste rühmadena, näiteks 45\u{a0}000 või 45000.",
    amount_decimals: "Kasuta kõige rohkem kahte kümnendkohta, näiteks 2\u{a0}500,50.",
    amount_negative: "Kirjuta summa ilma miinusmärgita.",
    amount_zero: "Kirjuta nullist suurem summa või jäta see küsimus vahele.",
    amount_too_large: "See on rohkem, kui see test suudab võrrelda. Kirjuta summa kuni {max}.",
    years_not_number: "Kirjuta aastate arv numbrina, näiteks 3.",
    years_negative: "Aastate arv ei saa olla negatiivne. Kirjuta 0, kui sul veel kogemust pole.",
    years_not_whole: "Ümarda täisaastateni, näiteks 2 või 3.",
    years_too_many: "Kirjuta kõige rohkem {max} aastat.",
    pay_table_head: "Amet",
    years: "Aastaid",
    optional_hint: "Iga küsimuse võib vahele jätta; tulemus on siis lihtsalt veidi ebakindlam.",
    results_title: "Sinu tulemus",
    based_on: "Põhineb {n} vastusel {total}-st.",
    low_confidence: "Kindlama tulemuse saamiseks vasta rohkematele küsimustele.",
    no_pay_data: "{in} puuduvad võrreldavad palganumbrid",
    no_dim_data: "Selle töö kohta andmed puuduvad",
    style_title: "Sinu vastustest",
    style_acquiescent: "Sa nõustusid peaaegu iga väitega, ka nendega, mis kirjeldavad vastupidist sellele, mida need tööd nõuavad (näiteks helistajale vahele segamine või see, et mürarikas ruum kurnab sind). Seetõttu ütleb tulemus sinu kohta vähem. Võib-olla tasub need vastused uuesti läbi vaadata.",
    style_straight: "Sa andsid igale väitele sama vastuse. Seetõttu ütleb tulemus sinu kohta vähem, sest nii ei saa eristada sinu tugevaid ja nõrgemaid külgi. Võib-olla tasub need vastused uuesti läbi vaadata.",
    style_revisit: "Vaata vastused uuesti läbi",
    fit: "sobivus",
    not_answered: "vastamata",
    show_details: "Näita üksikasju",
    hide_details: "Peida üksikasjad",
    why: "Miks selline tulemus",
    dealbreakers: "Välistav tegur",
    what_if: "Mis tõstaks sinu sobivust",
    get_there: "Kuidas sinna jõuda",
    min_education: "Tavaliselt nõutav haridus",
    edu_levels: ["kindlat haridust ei nõuta", "keskharidus", "kutseharidus", "kõrgharidus"],
    training: "Väljaõpe töökohal",
    training_months: "mõnes valdkonnas mitu kuud",
    licence: "Litsents",
    licence_levels: ["pole vaja", "mõnikord vaja", "sageli vaja", "kohustuslik"],
    certifications: "Kasulikud tunnistused",
    advancement: "Kuhu see võib viia",
    pros: "Head küljed",
    cons: "Varjuküljed",
    outlook: "Väljavaated",
    outlook_line: "{p} aastatel {from}–{to} ({scope})",
    pay_title: "Palk",
    pay_none: "Selle ameti kohta ei leitud {in} avaldatud palganumbreid, seega arvestatakse palga puhul nende ametite keskmist, mille kohta andmed on olemas.",
    pay_chart_label: "Ameti „{role}“ palk võrrelduna sinu ootusega",
    pay_table: "Palganumbrid tabelina",
    you: "Sina",
    median: "Mediaan",
    p10: "Madalaim 10%",
    p90: "Kõrgeim 10%",
    p25: "Madalaim 25%",
    p75: "Kõrgeim 25%",
    similar_pay: "Sarnased ametid",
    by_experience: "Töökogemuse järgi",
    years_band: "{from}–{to} aastat",
    years_open: "{from}+ aastat",
    annual_note: "Summad {per}, {cur}, bruto.",
    documented: "Allikaga",
    estimate: "Hinnang",
    source: "Allikas",
    gloss: "Inglise keeles",
    reason_note: "Miks hinnang",
    reading_note: "Kuidas allikat lugesime",
    translation: "Tõlge",
    edit: "Muuda vastuseid",
    restart: "Alusta uuesti",
    share: "Kopeeri link selle tulemuseni",
    share_copied: "Link on kopeeritud. Kes selle avab, näeb seda tulemust; vastused on lingis endas.",
    share_label: "Link selle tulemuseni",
    share_file: "Jagamislingid töötavad ainult siis, kui test on veebilehel. Sellest failist saad tulemuse välja printida või PDF-ina salvestada.",
    print: "Prindi või salvesta PDF-ina",
    forget: "Unusta minu vastused",
    dismiss: "Sulge",
    notice_stored: "Salvestatud vastuseid ei õnnestunud lugeda. Sinu uued vastused salvestatakse nende asemele.",
    notice_link: "Seda linki ei õnnestunud lugeda: see on puudulik või muudetud. Võid testi ise teha.",
    notice_from_link: "See tulemus pärineb jagatud lingist.",
    notice_resumed: "Tere tulemast tagasi! Sinu vastused olid sellesse brauserisse salvestatud.",
    notice_forgotten: "Sinu vastused kustutati sellest brauserist.",
    notice_newer: "Sinu salvestatud vastused pärinevad selle testi uuemast versioonist, mida see leht lugeda ei oska. Need jäetakse alles, seega siin antud vastuseid ei salvestata.",
    notice_save_failed: "Sinu viimaseid vastuseid ei õnnestunud sellesse brauserisse salvestada (brauseri mälu on täis või blokeeritud). Need jäävad sellele lehele, kuni selle sulged.",
    notice_forget_failed: "Sinu vastuseid ei õnnestunud sellest brauserist kustutada (brauseri mälu on blokeeritud). Need võivad järgmisel korral uuesti ilmuda.",
    notice_other_tab: "Sinu vastuseid muudeti teisel vahekaardil, nii et see vahekaart näitab neid nüüd samuti.",
    notice_other_tab_conflict: "Sinu vastuseid muudeti ka teisel vahekaardil. Sinu järgmine vastus siin asendab need.",
    all_roles: "Kõik ametid, parim sobivus eespool",
    apply: "Kandideeri sellele töökohale",
    pay_region: "Võrdle palku riigis",
    currency_mismatch: "Sinu palgaootus on märgitud valuutas {old}. Palku {in} võrreldakse valuutas {cur}, seega ei arvestata sinu ootust enne, kui märgid selle valuutas {cur}.",
    change_pay: "Muuda palgaootust",
    mixed_releases: "Read pärinevad eri allikatest ja aastatest; iga rida näitab oma aastat.",
    hourly_converted: "Tunnipalgad on ümber arvutatud {hours} töötunniga aastas (40 tundi nädalas).",
    pay_source_col: "Allikas, aasta",
    other_figures: "Muud arvud allikates",
    range_low: "tavapärase vahemiku alumine piir",
    range_high: "tavapärase vahemiku ülemine piir",
    average: "keskmine",
    pay_none_stale: "Selle ameti kohta on {in} ainult enne {year}. aastat avaldatud arvud: need on allpool, kuid liiga vanad, et sinu ootusega võrrelda. Seetõttu arvestatakse palga puhul nende ametite keskmist, mille kohta on värsked andmed.",
    stale_note: "Enne {year}. aastat avaldatud arvud on siin nii, nagu allikad need annavad, kuid sinu ootusega neid ei võrrelda.",
    pay_none_but: "Allikad ei anna selle ameti kohta {in} mediaani, keskmist ega tavapärast vahemikku, seega arvestatakse palga puhul nende ametite keskmist, mille kohta see on olemas.",
    usual_range: "tavapärane vahemik (protsentiile pole avaldatud)",
    pay_none_anywhere: "Nende ametite kohta ei leitud {in} avaldatud palganumbreid, seega palka seal sobivuse hindamisel ei arvestata.",
    load_failed: "Testi ei õnnestunud laadida. Kontrolli oma internetiühendust ja laadi leht uuesti.",
    notice_lang_failed: "Valitud keelt ei õnnestunud laadida. Kontrolli oma internetiühendust ja proovi uuesti.",
    missing_translation: "Ametite kirjeldusi ei õnnestunud sinu keeles laadida, seepärast on need inglise keeles.",
    missing_quotes: "Allikate tsitaate ei õnnestunud laadida, kuid allikad ise on endiselt nimetatud.",
    try_again: "Proovi uuesti",
    roles_loading: "Ameteid laaditakse…",
    roles_failed: "Ameteid ei õnnestunud laadida, seega tulemusi veel pole. Kontrolli ühendust ja proovi uuesti.",
};
