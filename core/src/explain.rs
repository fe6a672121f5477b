//! Plain sentences for what the scorer found: reasons, dealbreakers, what-if
//! hints and pay verdicts, in the five languages. Pure functions of the
//! results and a [`Lang`]; money is formatted by a function the caller
//! passes in (the UI uses the browser's `Intl.NumberFormat`).

use super::catalogue::{Catalogue, Channel, Coverage, Period, Place, Slot, Training, Trait};
use super::lang::{fill, tr, Lang, T5};
use super::pay::{per_period, PayFit, Verdict};
use super::questions::Dimension;
use super::scoring::{
    Change, Dealbreaker, FitBand, Match, NotYet, Reason, Subject, WhatIf, TRAINING_NONE, TRAINING_SOME_MONTHS,
};
use crate::t5;

/// Formats an amount in a currency (ISO 4217 code) for display.
pub type Money<'a> = &'a dyn Fn(f64, &str) -> String;

/// A plain money formatter for tests and non-browser use: `USD 33,750`,
/// two decimals below 100.
pub fn plain_money(amount: f64, currency: &str) -> String {
    if amount < 100.0 {
        return format!("{currency} {}", fixed(amount, 2));
    }
    let digits = fixed(amount, 0);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{currency} {out}")
}

/// `x` with exactly `places` decimals and a point (`fixed(2.5, 2)` is
/// `2.50`, `fixed(1234.5, 0)` is `1235`; halves round away from zero),
/// worked out in integers: Rust's float formatting (`{:.2}`) costs the
/// wasm about 4 KB. Exact while `x` × 10^`places` is below 2^53, far
/// above any amount or coordinate here.
pub fn fixed(x: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    // `as` saturates: NaN is 0, huge values the largest u64.
    let n = (x.abs() * scale as f64).round() as u64;
    let sign = if x < 0.0 && n > 0 { "-" } else { "" };
    let (whole, frac) = (n / scale, n % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = places as usize)
    }
}

/// [`fixed`] without the trailing zeros (and the point when nothing is
/// left after it): `trimmed(8.50, 2)` is `8.5`, `trimmed(1000.0, 1)` is
/// `1000`. For numbers in markup, like SVG coordinates.
pub fn trimmed(x: f64, places: u32) -> String {
    let mut s = fixed(x, places);
    if s.contains('.') {
        let keep = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(keep);
    }
    s
}

/// `v` as a percentage the way `lang` writes it (`58%`, `58 %`).
pub fn percent(lang: Lang, v: u8) -> String {
    match lang {
        Lang::De | Lang::Nb => format!("{v}\u{a0}%"),
        _ => format!("{v}%"),
    }
}

fn cap_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// The name of each dimension.
fn dimension_text(x: Dimension) -> &'static T5 {
    match x {
        Dimension::Temperament => &t5!["Temperament", "Karakter", "Temperament", "Temperament", "Iseloom"],
        Dimension::Schedule => &t5!["Working hours", "Werktijden", "Arbeitszeiten", "Arbeidstid", "Tööaeg"],
        Dimension::Education => &t5![
            "Education and experience",
            "Opleiding en ervaring",
            "Qualifikation und Erfahrung",
            "Utdanning og erfaring",
            "Haridus ja kogemus",
        ],
        Dimension::Setting => &t5!["Work setting", "Werkomgeving", "Arbeitsumfeld", "Arbeidsmiljø", "Töökeskkond"],
        Dimension::Pay => &t5!["Pay", "Salaris", "Gehalt", "Lønn", "Palk"],
    }
}

/// The name of a dimension.
pub fn dimension_name(lang: Lang, d: Dimension) -> &'static str {
    tr(dimension_text(d), lang)
}

static IMPORTANCE: [T5; 4] = [
    t5!["not needed", "niet nodig", "nicht nötig", "ikke nødvendig", "mittevajalik"],
    t5!["useful", "nuttig", "hilfreich", "nyttig", "kasulik"],
    t5!["important", "belangrijk", "wichtig", "viktig", "oluline"],
    t5!["essential", "essentieel", "unverzichtbar", "helt avgjørende", "hädavajalik"],
];

static FREQUENCY: [T5; 4] = [
    t5!["rare", "zeldzaam", "selten", "sjeldent", "haruldane"],
    t5!["occasional", "af en toe aan de orde", "ab und zu gefragt", "av og til aktuelt", "aeg-ajalt vajalik"],
    t5!["common", "gebruikelijk", "üblich", "vanlig", "tavaline"],
    t5!["the norm", "de norm", "die Regel", "normen", "reegel"],
];

/// How often a job offers what a visitor may wish for (part-time, full-time,
/// working from home): the same frequency, said as a possibility rather
/// than a demand ("aeg-ajalt võimalik", not "aeg-ajalt vajalik").
static OFFERED: [T5; 4] = [
    t5!["rare", "zeldzaam", "selten", "sjeldent", "haruldane"],
    t5![ctx "offered"; "occasional", "af en toe mogelijk", "ab und zu möglich", "av og til mulig", "aeg-ajalt võimalik"],
    t5!["common", "gebruikelijk", "üblich", "vanlig", "tavaline"],
    t5!["the norm", "de norm", "die Regel", "normen", "reegel"],
];

/// Each trait as a noun phrase.
fn trait_text(x: Trait) -> &'static T5 {
    match x {
        Trait::Patience => &t5![
            "patience with customers who need time",
            "geduld met klanten die tijd nodig hebben",
            "Geduld mit langsamen oder unsicheren Kundinnen und Kunden",
            "tålmodighet med kunder som trenger tid",
            "kannatlikkus aeglasemate klientide suhtes",
        ],
        Trait::Calm => &t5![
            "staying calm with angry or upset customers",
            "rustig blijven bij boze of overstuur geraakte klanten",
            "Ruhe bei verärgerten oder aufgebrachten Kundinnen und Kunden",
            "å holde seg rolig med sinte eller opprørte kunder",
            "rahulikuks jäämine vihaste või ärritunud klientidega",
        ],
        Trait::Empathy => &t5![
            "seeing problems from the customer's side",
            "problemen vanuit de klant bekijken",
            "der Blick auf Probleme aus Kundensicht",
            "å se problemer fra kundens side",
            "probleemide nägemine kliendi vaatenurgast",
        ],
        Trait::Verbal => &t5![
            "explaining things clearly by phone or face to face",
            "dingen helder uitleggen aan de telefoon of in een persoonlijk gesprek",
            "klares Erklären am Telefon oder im persönlichen Gespräch",
            "å forklare ting tydelig på telefon eller ansikt til ansikt",
            "selge suuline selgitamine telefonis või silmast silma",
        ],
        Trait::Written => &t5![
            "clear writing in emails and chats",
            "helder schrijven in e-mails en chats",
            "klares Schreiben in E-Mails und Chats",
            "klar skriving i e-post og chat",
            "selge kirjutamine e-kirjades ja vestlustes",
        ],
        Trait::Listening => &t5![
            "listening carefully before answering",
            "goed luisteren voordat je antwoordt",
            "genaues Zuhören vor dem Antworten",
            "å lytte nøye før du svarer",
            "hoolikas kuulamine enne vastamist",
        ],
        Trait::ProblemSolving => &t5![
            "working out problems and choosing the best fix",
            "problemen uitzoeken en de beste oplossing kiezen",
            "Probleme zu durchschauen und die beste Lösung zu wählen",
            "å finne ut av problemer og velge den beste løsningen",
            "probleemide lahtiharutamine ja parima lahenduse valimine",
        ],
        Trait::Persuasion => &t5![
            "persuading and selling",
            "overtuigen en verkopen",
            "Überzeugen und Verkaufen",
            "å overtale og selge",
            "veenmine ja müümine",
        ],
        Trait::Pace => &t5![
            "a fast pace with many calls and targets",
            "een hoog tempo met veel gesprekken en targets",
            "ein hohes Tempo mit vielen Anrufen und Vorgaben",
            "høyt tempo med mange samtaler og måltall",
            "kiire tempo paljude kõnede ja eesmärkidega",
        ],
        Trait::Digital => &t5![
            "learning new software such as CRM systems",
            "nieuwe software (zoals CRM-systemen) leren",
            "das Erlernen neuer Software wie CRM-Systeme",
            "å lære ny programvare som CRM-systemer",
            "uue tarkvara (näiteks CRM-süsteemide) õppimine",
        ],
    }
}

/// Each kind of hours as a noun phrase.
fn slot_text(x: Slot) -> &'static T5 {
    match x {
        Slot::Evenings => &t5!["evening work", "avondwerk", "Abendarbeit", "kveldsarbeid", "õhtune töö"],
        Slot::Nights => &t5!["night work", "nachtwerk", "Nachtarbeit", "nattarbeid", "öötöö"],
        Slot::Weekends => &t5![
            "weekend work",
            "werken in het weekend",
            "Wochenendarbeit",
            "helgearbeid",
            "nädalavahetustel töötamine"
        ],
        Slot::Holidays => &t5![
            "work on public holidays",
            "werken op feestdagen",
            "Arbeit an Feiertagen",
            "arbeid på helligdager",
            "riigipühadel töötamine",
        ],
        Slot::Overtime => &t5![
            "overtime and staying past closing",
            "overwerk en na sluitingstijd blijven",
            "Überstunden und Bleiben nach Ladenschluss",
            "å jobbe overtid og bli etter stengetid",
            "ületunnid ja pärast sulgemist jäämine",
        ],
        Slot::PartTime => {
            &t5!["part-time work", "parttimewerk", "Teilzeitarbeit", "deltidsarbeid", "osalise tööajaga töö"]
        }
        Slot::FullTime => &t5!["full-time work", "fulltimewerk", "Vollzeitarbeit", "heltidsarbeid", "täistööajaga töö"],
    }
}

/// Each workplace as a noun phrase.
fn place_text(x: Place) -> &'static T5 {
    match x {
        Place::CallCentre => &t5![
            "working in an open-plan call centre",
            "werken in een callcenter",
            "Arbeit im Callcenter",
            "arbeid i kundesenter",
            "töö kõnekeskuses",
        ],
        Place::Office => &t5!["office work", "werken op kantoor", "Arbeit im Büro", "kontorarbeid", "töö kontoris"],
        Place::Home => {
            &t5!["working from home", "thuiswerken", "Arbeit von zu Hause", "hjemmekontor", "kodus töötamine"]
        }
        Place::Store => &t5![
            "work in a shop or at a front desk",
            "werken in een winkel of aan een balie",
            "Arbeit im Geschäft oder am Empfang",
            "arbeid i butikk eller i skranke",
            "töö poes või vastuvõtulauas",
        ],
    }
}

/// Each channel as a noun phrase.
fn channel_text(x: Channel) -> &'static T5 {
    match x {
        Channel::Phone => &t5![
            "helping customers by phone",
            "klanten telefonisch helpen",
            "Kundenhilfe am Telefon",
            "å hjelpe kunder på telefon",
            "klientide aitamine telefoni teel",
        ],
        Channel::EmailChat => &t5![
            "answering email and live chat",
            "e-mail en livechat beantwoorden",
            "Antworten per E-Mail und Live-Chat",
            "å svare på e-post og chat",
            "e-kirjadele ja vestlustele vastamine",
        ],
        Channel::Social => &t5![
            "helping customers on social media",
            "klanten helpen via sociale media",
            "Kundenhilfe in sozialen Medien",
            "å hjelpe kunder i sosiale medier",
            "klientide aitamine sotsiaalmeedias",
        ],
        Channel::InPerson => &t5![
            "helping customers face to face",
            "klanten persoonlijk helpen",
            "persönliche Kundenberatung",
            "å hjelpe kunder ansikt til ansikt",
            "klientide aitamine silmast silma",
        ],
    }
}

static ROTA: T5 = t5![
    "working irregular hours",
    "werken op wisselende tijden",
    "Arbeit zu wechselnden Zeiten",
    "arbeid til ujevne tider",
    "ebaregulaarne tööaeg",
];
static LICENCE: T5 = t5![
    "a licence for finance or insurance work",
    "een vergunning of erkend diploma voor financiële producten",
    "eine Zulassung für Finanz- oder Versicherungsprodukte",
    "autorisasjon for finans- eller forsikringsarbeid",
    "litsents finants- või kindlustustööks",
];
static CERTS: T5 = t5![
    "a customer service certificate",
    "een certificaat in klantenservice",
    "ein Zertifikat im Kundenservice",
    "kursbevis i kundeservice eller fagbrev",
    "klienditeeninduse tunnistus",
];

/// The noun phrase for a subject, as it stands mid-sentence.
pub fn subject_name(lang: Lang, s: Subject) -> &'static str {
    let t = match s {
        Subject::Trait(t) => trait_text(t),
        Subject::Slot(x) => slot_text(x),
        Subject::Rota => &ROTA,
        Subject::Place(p) => place_text(p),
        Subject::Channel(c) => channel_text(c),
        Subject::Licence => &LICENCE,
        Subject::Certifications => &CERTS,
        Subject::Education | Subject::Training => dimension_text(Dimension::Education),
        Subject::Pay => dimension_text(Dimension::Pay),
        Subject::Experience => {
            &t5!["work experience", "werkervaring", "Berufserfahrung", "arbeidserfaring", "töökogemus"]
        }
        Subject::Leadership => &t5!["leading others", "leidinggeven", "Führungserfahrung", "ledelse", "juhtimine"],
    };
    tr(t, lang)
}

/// "about 2 years" in `lang` (`n` ≥ 1).
fn years_phrase(lang: Lang, n: u8) -> String {
    let t: &T5 = if n == 1 {
        &t5!["about 1 year", "ongeveer 1 jaar", "etwa 1 Jahr", "omtrent 1 år", "umbes 1 aasta"]
    } else {
        &t5!["about {n} years", "ongeveer {n} jaar", "etwa {n} Jahre", "omtrent {n} år", "umbes {n} aastat"]
    };
    fill(tr(t, lang), &[("{n}", &n.to_string())])
}

/// One whole sentence on the experience a role expects (`years`) and how
/// the visitor's years compare.
fn experience_reason(lang: Lang, years: u8, fit: Match) -> String {
    if years == 0 {
        let t: T5 = t5![
            "This job asks for no previous experience.",
            "Voor deze baan is geen eerdere ervaring nodig.",
            "Für diesen Job brauchst du keine Vorerfahrung.",
            "Denne jobben krever ingen tidligere erfaring.",
            "See töö ei eelda varasemat kogemust.",
        ];
        return tr(&t, lang).to_string();
    }
    let t: T5 = match fit {
        Match::Good => t5![
            "This job usually asks for {y} of experience, and you have that.",
            "Voor deze baan vragen werkgevers meestal {y} ervaring, en die heb je.",
            "Für diesen Job wird meist {y} Erfahrung verlangt, und die hast du.",
            "Denne jobben krever vanligvis {y} erfaring, og det har du.",
            "See töö eeldab tavaliselt {y} kogemust ja see on sul olemas.",
        ],
        Match::Partial => t5![
            "This job usually asks for {y} of experience; you have part of that.",
            "Voor deze baan vragen werkgevers meestal {y} ervaring; je hebt daar een deel van.",
            "Für diesen Job wird meist {y} Erfahrung verlangt; einen Teil davon hast du.",
            "Denne jobben krever vanligvis {y} erfaring; du har en del av dette.",
            "See töö eeldab tavaliselt {y} kogemust; osa sellest on sul olemas.",
        ],
        Match::Poor => t5![
            "This job usually asks for {y} of experience, which you do not have yet.",
            "Voor deze baan vragen werkgevers meestal {y} ervaring, en die heb je nog niet.",
            "Für diesen Job wird meist {y} Erfahrung verlangt, die du noch nicht hast.",
            "Denne jobben krever vanligvis {y} erfaring, og det har du ikke ennå.",
            "See töö eeldab tavaliselt {y} kogemust, mida sul veel ei ole.",
        ],
    };
    fill(tr(&t, lang), &[("{y}", &years_phrase(lang, years))])
}

/// One whole sentence on the leading a role asks (`asks`: a
/// [`Leadership`](super::catalogue::Leadership) rank) and the visitor's.
fn leadership_reason(lang: Lang, asks: u8, fit: Match) -> String {
    let t: T5 = match (asks, fit) {
        (0, _) => t5![
            "This job does not involve leading others.",
            "In deze baan geef je geen leiding aan anderen.",
            "In diesem Job führst du keine anderen Mitarbeitenden.",
            "Denne jobben innebærer ikke å lede andre.",
            "See töö ei hõlma teiste juhtimist.",
        ],
        (1, Match::Good) => t5![
            "This job involves coaching colleagues, and you have done that.",
            "In deze baan begeleid je collega's, en dat heb je al gedaan.",
            "In diesem Job leitest du Kolleginnen und Kollegen an, und das hast du schon gemacht.",
            "Denne jobben innebærer å veilede kolleger, og det har du gjort.",
            "See töö hõlmab kolleegide juhendamist ja sul on see kogemus olemas.",
        ],
        (1, _) => t5![
            "This job involves coaching colleagues, which you have not done yet.",
            "In deze baan begeleid je collega's, en dat heb je nog niet gedaan.",
            "In diesem Job leitest du Kolleginnen und Kollegen an, und das hast du noch nicht gemacht.",
            "Denne jobben innebærer å veilede kolleger, og det har du ikke gjort ennå.",
            "See töö hõlmab kolleegide juhendamist, kuid sul pole seda kogemust veel.",
        ],
        (_, Match::Good) => t5![
            "This job means leading a team, and you have done that before.",
            "In deze baan geef je leiding aan een team, en dat heb je al eerder gedaan.",
            "In diesem Job leitest du ein Team, und das hast du schon einmal gemacht.",
            "Denne jobben innebærer å lede et team, og det har du gjort før.",
            "See töö tähendab meeskonna juhtimist ja sul on see kogemus olemas.",
        ],
        (_, Match::Partial) => t5![
            "This job means leading a team; you have coached colleagues, which is a good start.",
            "In deze baan geef je leiding aan een team; je hebt al collega's begeleid, en dat is een goed begin.",
            "In diesem Job leitest du ein Team; du hast schon Kolleginnen und Kollegen angeleitet, das ist ein guter Anfang.",
            "Denne jobben innebærer å lede et team; du har veiledet kolleger, og det er en god start.",
            "See töö tähendab meeskonna juhtimist; sa oled juba kolleege juhendanud ja see on hea algus.",
        ],
        (_, Match::Poor) => t5![
            "This job means leading a team, which you have not done yet.",
            "In deze baan geef je leiding aan een team, en dat heb je nog niet gedaan.",
            "In diesem Job leitest du ein Team, und das hast du noch nicht gemacht.",
            "Denne jobben innebærer å lede et team, og det har du ikke gjort ennå.",
            "See töö tähendab meeskonna juhtimist, kuid sul pole seda kogemust veel.",
        ],
    };
    tr(&t, lang).to_string()
}

/// Why a role is not yet within reach and the way there: what it expects,
/// a common way in (`path`: the names of the roles that usually lead
/// there) and the cap it puts on the fit.
pub fn not_yet(lang: Lang, n: &NotYet, path: &[&str]) -> String {
    let head: T5 = match (n.years, n.leads_team) {
        (Some(_), true) => t5![
            "This job usually asks for {y} of experience and for having led or coached others.",
            "Voor deze baan vragen werkgevers meestal {y} ervaring en ervaring met begeleiden of leidinggeven.",
            "Für diesen Job werden meist {y} Berufserfahrung und Erfahrung im Anleiten oder Führen verlangt.",
            "Denne jobben krever vanligvis {y} erfaring og erfaring med å veilede eller lede andre.",
            "See töö eeldab tavaliselt {y} töökogemust ning juhendamise või juhtimise kogemust.",
        ],
        (Some(_), false) => t5![
            "This job usually asks for {y} of experience.",
            "Voor deze baan vragen werkgevers meestal {y} ervaring.",
            "Für diesen Job wird meist {y} Berufserfahrung verlangt.",
            "Denne jobben krever vanligvis {y} erfaring.",
            "See töö eeldab tavaliselt {y} töökogemust.",
        ],
        (None, _) => t5![
            "This job means leading a team, which usually comes after experience of coaching or leading others.",
            "In deze baan geef je leiding aan een team; daarvoor is meestal eerst ervaring met begeleiden of leidinggeven nodig.",
            "In diesem Job leitest du ein Team; dafür braucht man meist schon Erfahrung im Anleiten oder Führen.",
            "Denne jobben innebærer å lede et team, og det krever vanligvis erfaring med å veilede eller lede andre først.",
            "See töö tähendab meeskonna juhtimist, milleks on tavaliselt vaja varasemat juhendamise või juhtimise kogemust.",
        ],
    };
    let years = n.years.map(|y| years_phrase(lang, y)).unwrap_or_default();
    let mut out = fill(tr(&head, lang), &[("{y}", &years)]);
    if !path.is_empty() {
        let or: T5 = t5![" or ", " of ", " oder ", " eller ", " või "];
        let names: Vec<String> = path.iter().map(|name| quoted(lang, name)).collect();
        let t: T5 = t5![
            "A common way in is to start as {path} and move up.",
            "Een gebruikelijke route is beginnen als {path} en doorgroeien.",
            "Ein üblicher Weg: als {path} anfangen und sich hocharbeiten.",
            "En vanlig vei inn er å begynne som {path} og jobbe seg opp.",
            "Tavaline tee on alustada ametis {path} ja liikuda sealt edasi.",
        ];
        out.push(' ');
        out.push_str(&fill(tr(&t, lang), &[("{path}", &names.join(tr(&or, lang)))]));
    }
    let cap: T5 = t5![
        "That keeps the fit at {cap} at most for now.",
        "Daarom komt je match voorlopig niet boven {cap}.",
        "Deshalb liegt deine Passung vorerst höchstens bei {cap}.",
        "Derfor kommer matchen foreløpig ikke over {cap}.",
        "Seetõttu ei ületa sobivus praegu {cap}.",
    ];
    out.push(' ');
    out.push_str(&fill(tr(&cap, lang), &[("{cap}", &percent(lang, n.cap))]));
    out
}

/// A job title set in a sentence, in the quotation marks of `lang`
/// (“…” in English and Dutch, „…“ in German and Estonian, «…» in Norwegian):
/// the title stays as written, whether a common noun or an agency's own name.
pub fn quoted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En | Lang::Nl => format!("\u{201c}{name}\u{201d}"),
        Lang::De | Lang::Et => format!("\u{201e}{name}\u{201c}"),
        Lang::Nb => format!("\u{ab}{name}\u{bb}"),
    }
}

/// A one- or two-word label for how well a role fits.
pub fn band_name(lang: Lang, b: FitBand) -> &'static str {
    let t: &T5 = match b {
        FitBand::Strong => &t5!["Strong fit", "Sterke match", "Passt gut", "God match", "Sobib hästi"],
        FitBand::Possible => &t5!["Possible fit", "Mogelijke match", "Passt teilweise", "Mulig match", "Võib sobida"],
        FitBand::Poor => &t5!["Poor fit", "Zwakke match", "Passt kaum", "Svak match", "Sobib halvasti"],
        FitBand::NotYet => &t5!["Not yet", "Nog niet", "Noch nicht", "Ikke ennå", "Veel mitte"],
    };
    tr(t, lang)
}

/// How a reason's sentence ends: what the visitor's answer means for this
/// requirement. Each case has a whole sentence per language (see
/// [`requirement_sentence`]), so word order, negation and punctuation are
/// each language's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// The answer meets the requirement.
    Suits,
    /// The answer meets part of it.
    Partly,
    /// The answer says the visitor cannot or would rather not.
    NotSuit,
    /// The job seldom offers what the visitor asked for (a workplace, a
    /// channel, part- or full-time): a wish only partly met.
    WishPartly,
    /// … a wish not met.
    WishNot,
    /// A diploma or certificate the visitor does not have yet.
    Lacks,
    /// A licence the visitor might study for.
    LicenceMaybe,
    /// A licence the visitor would not study for.
    LicenceNo,
}

impl Case {
    /// The case for reason `r`.
    pub fn of(r: &Reason) -> Case {
        let wish = match r.subject {
            Subject::Slot(Slot::PartTime | Slot::FullTime) => true,
            Subject::Place(_) | Subject::Channel(_) => r.role_level <= 1,
            _ => false,
        };
        match (r.fit, r.subject) {
            (Match::Good, _) => Case::Suits,
            (_, Subject::Education | Subject::Certifications) => Case::Lacks,
            (Match::Partial, Subject::Licence) => Case::LicenceMaybe,
            (Match::Poor, Subject::Licence) => Case::LicenceNo,
            (Match::Partial, _) if wish => Case::WishPartly,
            (Match::Poor, _) if wish => Case::WishNot,
            (Match::Partial, _) => Case::Partly,
            (Match::Poor, _) => Case::NotSuit,
        }
    }
}

/// "{N} is {l} in this job, and that suits you.": a requirement ({N} a noun
/// phrase at the start of the sentence, {l} its level word) and the case.
fn requirement_sentence(case: Case) -> &'static T5 {
    match case {
        Case::Suits => &t5![
            "{N} is {l} in this job, and that suits you.",
            "{N} is in deze baan {l}, en dat past bij je.",
            "{N} ist in diesem Job {l} – und das passt zu dir.",
            "{N} er {l} i denne jobben, og det passer deg.",
            "{N} on selles töös {l} ja see sobib sulle.",
        ],
        Case::Partly => &t5![
            "{N} is {l} in this job; that partly suits you.",
            "{N} is in deze baan {l}; dat past deels bij je.",
            "{N} ist in diesem Job {l} – das passt teilweise zu dir.",
            "{N} er {l} i denne jobben; det passer deg delvis.",
            "{N} on selles töös {l}; see sobib sulle osaliselt.",
        ],
        Case::NotSuit => &t5![
            "{N} is {l} in this job, but your answers suggest it does not suit you.",
            "{N} is in deze baan {l}, maar volgens je antwoorden past dat niet bij je.",
            "{N} ist in diesem Job {l} – laut deinen Antworten passt das aber nicht zu dir.",
            "{N} er {l} i denne jobben, men svarene dine tyder på at det ikke passer deg.",
            "{N} on selles töös {l}, kuid sinu vastuste põhjal see sulle ei sobi.",
        ],
        Case::WishPartly => &t5![
            "{N} is {l} in this job; that only partly matches what you are looking for.",
            "{N} is in deze baan {l}; dat sluit maar deels aan bij wat je zoekt.",
            "{N} ist in diesem Job {l} – das passt nur teilweise zu dem, was du suchst.",
            "{N} er {l} i denne jobben; det passer bare delvis med det du ser etter.",
            "{N} on selles töös {l}; see vastab vaid osaliselt sellele, mida otsid.",
        ],
        Case::WishNot => &t5![
            "{N} is {l} in this job, which does not match what you are looking for.",
            "{N} is in deze baan {l}, en dat sluit niet aan bij wat je zoekt.",
            "{N} ist in diesem Job {l} – das passt nicht zu dem, was du suchst.",
            "{N} er {l} i denne jobben, og det passer dårlig med det du ser etter.",
            "{N} on selles töös {l}, mis ei vasta sellele, mida otsid.",
        ],
        Case::Lacks => &t5![
            "{N} is {l} in this job, and you do not have one yet.",
            "{N} is in deze baan {l}, en dat heb je nog niet.",
            "{N} ist in diesem Job {l} – das bringst du noch nicht mit.",
            "{N} er {l} i denne jobben, og det har du ikke ennå.",
            "{N} on selles töös {l}, kuid sul seda veel ei ole.",
        ],
        Case::LicenceMaybe => &t5![
            "{N} is {l} in this job, and you are not sure you want to get one.",
            "{N} is in deze baan {l}, en je weet nog niet of je die wilt halen.",
            "{N} ist in diesem Job {l} – und du weißt noch nicht, ob du sie erwerben möchtest.",
            "{N} er {l} i denne jobben, og du er usikker på om du vil ta den.",
            "{N} on selles töös {l} ja sa ei ole kindel, kas soovid seda omandada.",
        ],
        Case::LicenceNo => &t5![
            "{N} is {l} in this job, but you would rather not get one.",
            "{N} is in deze baan {l}, maar je wilt die liever niet halen.",
            "{N} ist in diesem Job {l} – du möchtest sie aber lieber nicht erwerben.",
            "{N} er {l} i denne jobben, men du vil helst ikke ta den.",
            "{N} on selles töös {l}, kuid sa ei soovi seda omandada.",
        ],
    }
}

/// The level word for a subject: how important (traits, licence,
/// certificates) or how frequent (hours, places, channels).
fn level_word(lang: Lang, s: Subject, level: u8) -> &'static str {
    let scale = match s {
        Subject::Trait(_) | Subject::Licence | Subject::Certifications => &IMPORTANCE,
        Subject::Slot(Slot::PartTime | Slot::FullTime) | Subject::Place(Place::Home) => &OFFERED,
        _ => &FREQUENCY,
    };
    tr(&scale[usize::from(level.min(3))], lang)
}

/// Education asked, by [`EduLevel`](super::catalogue::EduLevel) rank, in
/// each country's own terms; rank 0 has a sentence of its own.
static EDU: [T5; 4] = [
    t5!["", "", "", "", ""],
    t5![
        "a secondary school diploma",
        "een diploma van de middelbare school (vmbo, havo of vwo)",
        "einen Schulabschluss",
        "fullført videregående skole",
        "keskharidus",
    ],
    t5![
        "a vocational qualification",
        "een mbo-diploma",
        "eine abgeschlossene Berufsausbildung",
        "fagbrev eller yrkesfaglig utdanning",
        "kutseharidus",
    ],
    t5![
        "a college or university degree",
        "een hbo- of wo-diploma",
        "ein abgeschlossenes Studium",
        "høyere utdanning fra høyskole eller universitet",
        "kõrgharidus",
    ],
];

/// The education sentence: none asked, asked and held, asked and not held yet.
fn education_sentence(lang: Lang, level: u8, case: Case) -> String {
    if level == 0 {
        let t: T5 = t5![
            "This job does not ask for a particular diploma.",
            "Voor deze baan is geen bepaald diploma nodig.",
            "Für diesen Job brauchst du keinen bestimmten Abschluss.",
            "Denne jobben krever ingen bestemt utdanning.",
            "Selle töö jaoks ei ole kindlat haridust vaja.",
        ];
        return tr(&t, lang).to_string();
    }
    let t: T5 = if case == Case::Suits {
        t5![
            "This job usually asks for {e}, and you have that.",
            "Voor deze baan is meestal {e} nodig, en dat heb je.",
            "Für diesen Job braucht man meist {e} – das bringst du mit.",
            "Denne jobben krever vanligvis {e}, og det har du.",
            "Selle töö puhul on tavaliselt nõutav {e} ja see on sul olemas.",
        ]
    } else {
        t5![
            "This job usually asks for {e}, which you do not have yet.",
            "Voor deze baan is meestal {e} nodig, en dat heb je nog niet.",
            "Für diesen Job braucht man meist {e} – das bringst du noch nicht mit.",
            "Denne jobben krever vanligvis {e}, og det har du ikke ennå.",
            "Selle töö puhul on tavaliselt nõutav {e}, mida sul veel ei ole.",
        ]
    };
    fill(tr(&t, lang), &[("{e}", tr(&EDU[usize::from(level.min(3))], lang))])
}

/// Training as a phrase, by the code [`training_need`](super::scoring)
/// gives (see [`Subject::Training`]); [`TRAINING_NONE`] has a sentence of
/// its own.
static TRAINING: [T5; 6] = [
    t5!["a few days", "een paar dagen", "ein paar Tage", "noen dager", "paar päeva"],
    t5!["a few weeks", "een paar weken", "einige Wochen", "noen uker", "paar nädalat"],
    t5!["several months", "een paar maanden", "mehrere Monate", "flere måneder", "mitu kuud"],
    t5![
        "a few weeks (in some industries months)",
        "een paar weken (in sommige sectoren maanden)",
        "einige Wochen (in manchen Branchen Monate)",
        "noen uker (i enkelte bransjer måneder)",
        "paar nädalat (mõnes valdkonnas mitu kuud)",
    ],
    // TRAINING_NONE: not used as a phrase.
    t5!["", "", "", "", ""],
    t5![
        "a few days to a few months",
        "een paar dagen tot een paar maanden",
        "ein paar Tage bis einige Monate",
        "fra noen dager til noen måneder",
        "paarist päevast mõne kuuni",
    ],
];

/// The training sentence: how long, and whether the visitor would accept it.
fn training_sentence(lang: Lang, code: u8, case: Case) -> String {
    if code == TRAINING_NONE {
        let t: T5 = t5![
            "This job has no set training period, and that suits you.",
            "Voor deze baan is er geen vaste inwerkperiode, en dat past bij je.",
            "Für diesen Job gibt es keine feste Einarbeitungszeit – das passt zu dir.",
            "Denne jobben har ingen fast opplæringsperiode, og det passer deg.",
            "Selles töös ei ole kindlat väljaõppeperioodi ja see sobib sulle.",
        ];
        return tr(&t, lang).to_string();
    }
    let t: T5 = match case {
        Case::Suits => t5![
            "Training on the job takes {t}, and that suits you.",
            "De inwerkperiode duurt {t}, en dat past bij je.",
            "Die Einarbeitung dauert {t} – das passt zu dir.",
            "Opplæringen tar {t}, og det passer deg.",
            "Väljaõpe kestab {t} ja see sobib sulle.",
        ],
        Case::Partly | Case::WishPartly | Case::LicenceMaybe => t5![
            "Training on the job takes {t}, a little longer than you would like.",
            "De inwerkperiode duurt {t}, iets langer dan je zou willen.",
            "Die Einarbeitung dauert {t}, etwas länger, als du möchtest.",
            "Opplæringen tar {t}, litt lenger enn du ønsker.",
            "Väljaõpe kestab {t}, veidi kauem, kui sooviksid.",
        ],
        Case::NotSuit | Case::WishNot | Case::Lacks | Case::LicenceNo => t5![
            "Training on the job takes {t}, longer than you said you would accept.",
            "De inwerkperiode duurt {t}, langer dan je aangaf te willen.",
            "Die Einarbeitung dauert {t}, länger, als du laut deinen Antworten möchtest.",
            "Opplæringen tar {t}, lenger enn du sa at du ville godta.",
            "Väljaõpe kestab {t}, kauem, kui oled valmis.",
        ],
    };
    let phrase = TRAINING.get(usize::from(code)).unwrap_or(&TRAINING[TRAINING_SOME_MONTHS as usize]);
    fill(tr(&t, lang), &[("{t}", tr(phrase, lang))])
}

/// The usual training in weeks as the role card shows it: "2–3 weeks",
/// "4 weeks" when the range is one value, "no training period" for none.
pub fn training_span(lang: Lang, t: &Training) -> String {
    if t.weeks_max == 0 {
        let none: T5 = t5![
            "no training period",
            "geen inwerkperiode",
            "keine Einarbeitungszeit",
            "ingen opplæringsperiode",
            "väljaõppeperioodi ei ole",
        ];
        return tr(&none, lang).to_string();
    }
    let (w, n): (T5, T5) = (
        t5![
            "{min}–{max} weeks",
            "{min} à {max} weken",
            "{min}–{max} Wochen",
            "{min}–{max} uker",
            "{min}–{max} nädalat"
        ],
        t5!["{n} weeks", "{n} weken", "{n} Wochen", "{n} uker", "{n} nädalat"],
    );
    if t.weeks_min == t.weeks_max {
        let one: T5 = t5!["1 week", "1 week", "1 Woche", "1 uke", "1 nädal"];
        if t.weeks_max == 1 {
            return tr(&one, lang).to_string();
        }
        return fill(tr(&n, lang), &[("{n}", &t.weeks_max.to_string())]);
    }
    fill(tr(&w, lang), &[("{min}", &t.weeks_min.to_string()), ("{max}", &t.weeks_max.to_string())])
}

/// One sentence for a reason, e.g. "Weekend work is common in this job, but
/// your answers suggest it does not suit you."
pub fn reason(lang: Lang, r: &Reason) -> String {
    let case = Case::of(r);
    match r.subject {
        Subject::Experience => experience_reason(lang, r.role_level, r.fit),
        Subject::Leadership => leadership_reason(lang, r.role_level, r.fit),
        Subject::Pay => {
            let t: T5 = match r.fit {
                Match::Good => t5![
                    "This job can pay what you expect.",
                    "Deze baan kan betalen wat je verwacht.",
                    "Dieser Job kann zahlen, was du erwartest.",
                    "Denne jobben kan betale det du forventer.",
                    "See töö võib maksta nii palju, kui ootad.",
                ],
                Match::Partial => t5![
                    "Your pay expectation is on the high side for this job.",
                    "Je salarisverwachting is aan de hoge kant voor deze baan.",
                    "Deine Gehaltsvorstellung liegt für diesen Job eher hoch.",
                    "Lønnsforventningen din er i høyeste laget for denne jobben.",
                    "Sinu palgaootus on selle töö jaoks pigem kõrge.",
                ],
                Match::Poor => t5![
                    "Your pay expectation is well above what this job usually pays.",
                    "Je salarisverwachting ligt ver boven wat deze baan meestal betaalt.",
                    "Deine Gehaltsvorstellung liegt deutlich über dem, was dieser Job üblicherweise zahlt.",
                    "Lønnsforventningen din ligger godt over det denne jobben vanligvis betaler.",
                    "Sinu palgaootus on tunduvalt kõrgem, kui see töö tavaliselt maksab.",
                ],
            };
            tr(&t, lang).to_string()
        }
        Subject::Education => education_sentence(lang, r.role_level, case),
        Subject::Training => training_sentence(lang, r.role_level, case),
        s => fill(
            tr(requirement_sentence(case), lang),
            &[("{N}", &cap_first(subject_name(lang, s))), ("{l}", level_word(lang, s, r.role_level))],
        ),
    }
}

/// "You said you cannot work evenings, but evening work is {l} in this
/// job.": the hard answer behind a dealbreaker and the requirement it
/// meets, one whole sentence per subject.
fn clash_sentence(x: Subject) -> &'static T5 {
    match x {
        Subject::Slot(Slot::Evenings) => &t5![
            "You said you cannot work evenings, but evening work is {l} in this job.",
            "Je gaf aan dat je 's avonds niet kunt werken, maar avondwerk is in deze baan {l}.",
            "Du kannst laut deinen Antworten abends nicht arbeiten, aber Abendarbeit ist in diesem Job {l}.",
            "Du sa at du ikke kan jobbe kveld, men kveldsarbeid er {l} i denne jobben.",
            "Sa ütlesid, et ei saa õhtuti töötada, kuid selles ametis on õhtune töö {l}.",
        ],
        Subject::Slot(Slot::Nights) => &t5![
            "You said you cannot work nights, but night work is {l} in this job.",
            "Je gaf aan dat je 's nachts niet kunt werken, maar nachtwerk is in deze baan {l}.",
            "Du kannst laut deinen Antworten nachts nicht arbeiten, aber Nachtarbeit ist in diesem Job {l}.",
            "Du sa at du ikke kan jobbe natt, men nattarbeid er {l} i denne jobben.",
            "Sa ütlesid, et ei saa öösiti töötada, kuid selles ametis on öötöö {l}.",
        ],
        Subject::Slot(Slot::Weekends) => &t5![
            "You said you cannot work weekends, but weekend work is {l} in this job.",
            "Je gaf aan dat je in het weekend niet kunt werken, maar werken in het weekend is in deze baan {l}.",
            "Du kannst laut deinen Antworten am Wochenende nicht arbeiten, aber Wochenendarbeit ist in diesem Job {l}.",
            "Du sa at du ikke kan jobbe i helgene, men helgearbeid er {l} i denne jobben.",
            "Sa ütlesid, et ei saa nädalavahetustel töötada, kuid selles ametis on nädalavahetustel töötamine {l}.",
        ],
        Subject::Slot(Slot::Holidays) => &t5![
            "You said you cannot work on public holidays, but holiday work is {l} in this job.",
            "Je gaf aan dat je op feestdagen niet kunt werken, maar werken op feestdagen is in deze baan {l}.",
            "Du kannst laut deinen Antworten an Feiertagen nicht arbeiten, aber Arbeit an Feiertagen ist in diesem Job {l}.",
            "Du sa at du ikke kan jobbe på helligdager, men arbeid på helligdager er {l} i denne jobben.",
            "Sa ütlesid, et ei saa riigipühadel töötada, kuid selles ametis on riigipühadel töötamine {l}.",
        ],
        Subject::Slot(Slot::Overtime) => &t5![
            "You said you cannot work overtime, but overtime is {l} in this job.",
            "Je gaf aan dat je niet kunt overwerken, maar overwerk is in deze baan {l}.",
            "Du kannst laut deinen Antworten keine Überstunden machen, aber Überstunden sind in diesem Job {l}.",
            "Du sa at du ikke kan jobbe overtid, men overtid er {l} i denne jobben.",
            "Sa ütlesid, et ei saa ületunde teha, kuid selles ametis on ületunnid {l}.",
        ],
        Subject::Slot(Slot::PartTime) => &t5![
            "You can only work part-time, but part-time work is {l} in this job.",
            "Je kunt alleen parttime werken, maar parttimewerk is in deze baan {l}.",
            "Du kannst nur in Teilzeit arbeiten, aber Teilzeitarbeit ist in diesem Job {l}.",
            "Du kan bare jobbe deltid, men deltidsarbeid er {l} i denne jobben.",
            "Sa saad töötada ainult osalise tööajaga, kuid selles ametis on osalise tööajaga töö {l}.",
        ],
        Subject::Slot(Slot::FullTime) => &t5![
            "You can only work full-time, but full-time work is {l} in this job.",
            "Je kunt alleen fulltime werken, maar fulltimewerk is in deze baan {l}.",
            "Du kannst nur in Vollzeit arbeiten, aber Vollzeitarbeit ist in diesem Job {l}.",
            "Du kan bare jobbe heltid, men heltidsarbeid er {l} i denne jobben.",
            "Sa saad töötada ainult täistööajaga, kuid selles ametis on täistööajaga töö {l}.",
        ],
        Subject::Licence => &t5![
            "You would not study for a licence, but a licence for finance or insurance work is {l} in this job.",
            "Je wilt geen vergunning of erkend diploma halen, maar een vergunning voor financiële producten is in deze baan {l}.",
            "Du möchtest keine Zulassung erwerben, aber eine Zulassung für Finanz- oder Versicherungsprodukte ist in diesem Job {l}.",
            "Du vil ikke ta autorisasjon, men autorisasjon for finans- eller forsikringsarbeid er {l} i denne jobben.",
            "Sa ei soovi litsentsi omandada, kuid selles ametis on litsents finants- või kindlustustööks {l}.",
        ],
        // No other answer is hard today; a new kind of dealbreaker reads
        // correctly, if plainly, until it gets its own sentence.
        _ => &t5![
            "Your answers rule out something this job asks for.",
            "Volgens je antwoorden kun je niet voldoen aan iets wat deze baan vraagt.",
            "Laut deinen Antworten kommt etwas, das dieser Job verlangt, für dich nicht infrage.",
            "Ifølge svarene dine utelukker du noe denne jobben krever.",
            "Sinu vastuste järgi ei sobi sulle miski, mida see töö nõuab.",
        ],
    }
}

/// Two sentences for a dealbreaker: the clash, and the cap it puts on the fit.
pub fn dealbreaker(lang: Lang, d: &Dealbreaker) -> String {
    let cap: T5 = t5![
        "That keeps your fit with this job at {cap} at most.",
        "Daardoor komt je match met deze baan niet boven {cap}.",
        "Deshalb liegt deine Passung für diesen Job höchstens bei {cap}.",
        "Derfor kommer matchen med denne jobben ikke over {cap}.",
        "Seetõttu ei ületa sinu sobivus selle tööga {cap}.",
    ];
    let clash = fill(tr(clash_sentence(d.subject), lang), &[("{l}", level_word(lang, d.subject, d.role_level))]);
    clash + " " + &fill(tr(&cap, lang), &[("{cap}", &percent(lang, d.cap))])
}

/// "If you {…}": being willing to work these hours.
fn if_slot(x: Slot) -> &'static T5 {
    match x {
        Slot::Evenings => &t5![
            "could work evenings",
            "'s avonds zou kunnen werken",
            "abends arbeiten könntest",
            "kunne jobbet kveld",
            "saaksid õhtuti töötada",
        ],
        Slot::Nights => &t5![
            "could work nights",
            "'s nachts zou kunnen werken",
            "nachts arbeiten könntest",
            "kunne jobbet natt",
            "saaksid öösiti töötada",
        ],
        Slot::Weekends => &t5![
            "could work weekends",
            "in het weekend zou kunnen werken",
            "am Wochenende arbeiten könntest",
            "kunne jobbet i helgene",
            "saaksid nädalavahetustel töötada",
        ],
        Slot::Holidays => &t5![
            "could work on public holidays",
            "op feestdagen zou kunnen werken",
            "an Feiertagen arbeiten könntest",
            "kunne jobbet på helligdager",
            "saaksid riigipühadel töötada",
        ],
        Slot::Overtime => &t5![
            "could stay late or work overtime",
            "soms zou kunnen overwerken",
            "auch mal Überstunden machen könntest",
            "kunne jobbet overtid",
            "saaksid vahel ületunde teha",
        ],
        Slot::PartTime => &t5![
            "were open to part-time work",
            "ook parttime zou willen werken",
            "auch in Teilzeit arbeiten würdest",
            "var åpen for deltid",
            "oleksid valmis osalise tööajaga tööks",
        ],
        Slot::FullTime => &t5![
            "were open to full-time work",
            "ook fulltime zou willen werken",
            "auch in Vollzeit arbeiten würdest",
            "var åpen for heltid",
            "oleksid valmis täistööajaga tööks",
        ],
    }
}

/// "If you {…}": preferring this workplace (`None`: no preference).
fn if_place(x: Option<Place>) -> &'static T5 {
    match x {
        Some(Place::CallCentre) => &t5![
            "would work in a call centre",
            "in een callcenter zou willen werken",
            "im Callcenter arbeiten würdest",
            "ville jobbet i kundesenter",
            "oleksid valmis töötama kõnekeskuses",
        ],
        Some(Place::Office) => &t5![
            "would work in an office",
            "op kantoor zou willen werken",
            "im Büro arbeiten würdest",
            "ville jobbet på kontor",
            "oleksid valmis töötama kontoris",
        ],
        Some(Place::Home) => &t5![
            "would work from home",
            "thuis zou willen werken",
            "von zu Hause arbeiten würdest",
            "ville jobbet hjemmefra",
            "oleksid valmis töötama kodus",
        ],
        Some(Place::Store) => &t5![
            "would work in a shop or at a front desk",
            "in een winkel of aan een balie zou willen werken",
            "im Geschäft oder am Empfang arbeiten würdest",
            "ville jobbet i butikk eller i skranke",
            "oleksid valmis töötama poes või vastuvõtulauas",
        ],
        None => &t5![
            "were open to any workplace",
            "geen voorkeur had voor een werkplek",
            "beim Arbeitsort flexibel wärst",
            "var åpen for alle arbeidssteder",
            "oleksid töökoha suhtes paindlik",
        ],
    }
}

/// "If you {…}": being open to this channel.
fn if_channel(x: Channel) -> &'static T5 {
    match x {
        Channel::Phone => &t5![
            "were open to helping customers by phone",
            "open zou staan voor telefonisch klantcontact",
            "offen für Kundenhilfe am Telefon wärst",
            "var åpen for å hjelpe kunder på telefon",
            "oleksid valmis aitama kliente telefoni teel",
        ],
        Channel::EmailChat => &t5![
            "were open to answering email and live chat",
            "open zou staan voor e-mail en livechat",
            "offen für E-Mail und Live-Chat wärst",
            "var åpen for å svare på e-post og chat",
            "oleksid valmis vastama e-kirjadele ja vestlustele",
        ],
        Channel::Social => &t5![
            "were open to helping customers on social media",
            "open zou staan voor klantcontact via sociale media",
            "offen für Kundenhilfe in sozialen Medien wärst",
            "var åpen for å hjelpe kunder i sosiale medier",
            "oleksid valmis aitama kliente sotsiaalmeedias",
        ],
        Channel::InPerson => &t5![
            "were open to helping customers face to face",
            "open zou staan voor persoonlijk klantcontact",
            "offen für persönliche Kundenberatung wärst",
            "var åpen for å hjelpe kunder ansikt til ansikt",
            "oleksid valmis aitama kliente silmast silma",
        ],
    }
}

/// "If you could work weekends, your fit with this job would rise from 58% to 81%."
pub fn what_if(lang: Lang, w: &WhatIf) -> String {
    let other: [T5; 3] = [
        t5![
            "could work a changing rota",
            "met een wisselend rooster zou kunnen werken",
            "mit wechselnden Dienstplänen arbeiten könntest",
            "kunne jobbet skiftende turnus",
            "saaksid töötada muutuva graafikuga",
        ],
        t5![
            "would train for longer",
            "een langere inwerkperiode zou accepteren",
            "eine längere Einarbeitung in Kauf nehmen würdest",
            "var villig til lengre opplæring",
            "oleksid valmis pikemaks väljaõppeks",
        ],
        t5![
            "would study for a licence",
            "een vergunning of erkend diploma zou willen halen",
            "eine Zulassung erwerben würdest",
            "var villig til å ta autorisasjon",
            "oleksid valmis litsentsi omandama",
        ],
    ];
    let [rota, training, licence] = &other;
    let c = match w.change {
        Change::Slot(s) => if_slot(s),
        Change::Rota => rota,
        Change::Training => training,
        Change::Licence => licence,
        Change::Place(p) => if_place(p),
        Change::Channel(c) => if_channel(c),
    };
    let t: T5 = t5![
        "If you {c}, your fit with this job would rise from {a} to {b}.",
        "Als je {c}, zou je match met deze baan stijgen van {a} naar {b}.",
        "Wenn du {c}, würde deine Passung für diesen Job von {a} auf {b} steigen.",
        "Hvis du {c}, ville matchen med denne jobben økt fra {a} til {b}.",
        "Kui sa {c}, tõuseks sinu sobivus selle tööga {a}-lt {b}-le.",
    ];
    let s = fill(tr(&t, lang), &[("{c}", tr(c, lang)), ("{a}", &percent(lang, w.from)), ("{b}", &percent(lang, w.to))]);
    cap_first(&s)
}

/// "a month", "per maand", …
fn period_text(x: Period) -> &'static T5 {
    match x {
        Period::Hourly => &t5!["an hour", "per uur", "pro Stunde", "i timen", "tunnis"],
        Period::Monthly => &t5!["a month", "per maand", "im Monat", "i måneden", "kuus"],
        Period::Annual => &t5!["a year", "per jaar", "im Jahr", "i året", "aastas"],
    }
}

/// "a month", "per maand", …
pub fn period_name(lang: Lang, p: Period) -> &'static str {
    tr(period_text(p), lang)
}

/// A short label for each verdict.
fn verdict_text(x: Verdict) -> &'static T5 {
    match x {
        Verdict::WellBelow => &t5![
            "Well below the usual pay",
            "Ruim onder het gangbare salaris",
            "Deutlich unter dem üblichen Gehalt",
            "Godt under vanlig lønn",
            "Tavapalgast tunduvalt madalam",
        ],
        Verdict::BelowMedian => {
            &t5!["Below the median", "Onder het mediaansalaris", "Unter dem Median", "Under medianen", "Alla mediaani"]
        }
        Verdict::Realistic => &t5!["Realistic", "Realistisch", "Realistisch", "Realistisk", "Realistlik"],
        Verdict::Ambitious => &t5!["Ambitious", "Ambitieus", "Ambitioniert", "Ambisiøst", "Ambitsioonikas"],
        Verdict::Unrealistic => &t5!["Unrealistic", "Onrealistisch", "Unrealistisch", "Urealistisk", "Ebarealistlik"],
    }
}

/// A one- or two-word label for a verdict.
pub fn verdict_name(lang: Lang, v: Verdict) -> &'static str {
    tr(verdict_text(v), lang)
}

/// The pay verdict in sentences: the verdict against the distribution, the
/// experience rung where there is one, and the closer similar role when the
/// expectation is unrealistic. Amounts are shown per the visitor's period.
pub fn pay(lang: Lang, cat: &Catalogue, p: &PayFit, money: Money) -> String {
    let cur = p.dist.currency.as_str();
    let amount = |annual: f64| money(per_period(annual, p.period), cur);
    let per = period_name(lang, p.period);
    let x = format!("{} {}", amount(p.expected), per);
    let m = amount(p.dist.median);
    // Under a published percentile the sentence says what share earns more.
    let below = |v: Option<f64>| v.is_some_and(|v| p.expected < v);
    let share_said = p.verdict == Verdict::Unrealistic
        || p.verdict == Verdict::WellBelow && (below(p.dist.p10) || below(p.dist.p25));
    let avg = p.dist.median_is_average;
    let main: T5 = if p.dist.range.is_some() {
        range_verdict(p.verdict)
    } else {
        match p.verdict {
        Verdict::WellBelow if below(p.dist.p10) => t5![
            "{x} is below what 9 in 10 people in this job {in} earn (the lowest 10% earn under {p10}). You could ask for more.",
            "{x} is minder dan 9 op de 10 mensen in deze baan {in} verdienen (de laagste 10% verdient minder dan {p10}). Je kunt om meer vragen.",
            "{x} ist weniger, als 9 von 10 Beschäftigten in diesem Job {in} verdienen (die untersten 10\u{a0}% liegen unter {p10}). Du kannst mehr verlangen.",
            "{x} er mindre enn 9 av 10 i denne jobben {in} tjener (de laveste 10\u{a0}% tjener under {p10}). Du kan be om mer.",
            "{x} on vähem, kui teenib 9 inimest 10-st selles töös {in} (madalaim 10% teenib alla {p10}). Võiksid küsida rohkem.",
        ],
        Verdict::WellBelow if below(p.dist.p25) => t5![
            "{x} is below what 3 in 4 people in this job {in} earn (the lowest 25% earn under {p25}). You could ask for more.",
            "{x} is minder dan 3 op de 4 mensen in deze baan {in} verdienen (de laagste 25% verdient minder dan {p25}). Je kunt om meer vragen.",
            "{x} ist weniger, als 3 von 4 Beschäftigten in diesem Job {in} verdienen (die untersten 25\u{a0}% liegen unter {p25}). Du kannst mehr verlangen.",
            "{x} er mindre enn 3 av 4 i denne jobben {in} tjener (de laveste 25\u{a0}% tjener under {p25}). Du kan be om mer.",
            "{x} on vähem, kui teenib 3 inimest 4-st selles töös {in} (madalaim 25% teenib alla {p25}). Võiksid küsida rohkem.",
        ],
        Verdict::WellBelow if avg => t5![
            "{x} is well below the average of {m} {in}. You could ask for more.",
            "{x} ligt ruim onder het gemiddelde salaris van {m} {in}. Je kunt om meer vragen.",
            "{x} liegt deutlich unter dem Durchschnitt von {m} {in}. Du kannst mehr verlangen.",
            "{x} ligger godt under gjennomsnittet på {m} {in}. Du kan be om mer.",
            "{x} jääb {in} tunduvalt alla keskmise palga {m}. Võiksid küsida rohkem.",
        ],
        Verdict::WellBelow => t5![
            "{x} is well below the median of {m} {in}. You could ask for more.",
            "{x} ligt ruim onder het mediaansalaris van {m} {in}. Je kunt om meer vragen.",
            "{x} liegt deutlich unter dem Median von {m} {in}. Du kannst mehr verlangen.",
            "{x} ligger godt under medianen på {m} {in}. Du kan be om mer.",
            "{x} jääb {in} tunduvalt alla mediaani {m}. Võiksid küsida rohkem.",
        ],
        Verdict::BelowMedian if p.by_experience() => t5![
            "{x} is less than people with your experience usually earn in this job {in}. You could aim a little higher.",
            "{x} is minder dan mensen met jouw ervaring in deze baan {in} meestal verdienen. Je kunt iets hoger mikken.",
            "{x} ist weniger, als Beschäftigte mit deiner Erfahrung in diesem Job {in} üblicherweise verdienen. Du kannst etwas höher ansetzen.",
            "{x} er mindre enn folk med din erfaring vanligvis tjener i denne jobben {in}. Du kan sikte litt høyere.",
            "{x} on vähem, kui sinu kogemusega inimesed selles töös {in} tavaliselt teenivad. Võiksid sihtida veidi kõrgemale.",
        ],
        Verdict::BelowMedian if avg => t5![
            "{x} is below the average of {m} {in}. You could aim a little higher.",
            "{x} ligt onder het gemiddelde salaris van {m} {in}. Je kunt iets hoger mikken.",
            "{x} liegt unter dem Durchschnitt von {m} {in}. Du kannst etwas höher ansetzen.",
            "{x} ligger under gjennomsnittet på {m} {in}. Du kan sikte litt høyere.",
            "{x} jääb {in} alla keskmise palga {m}. Võiksid sihtida veidi kõrgemale.",
        ],
        Verdict::BelowMedian => t5![
            "{x} is below the median of {m} {in}: more than half of the people in this job earn more. You could aim a little higher.",
            "{x} ligt onder het mediaansalaris van {m} {in}: meer dan de helft van de mensen in deze baan verdient meer. Je kunt iets hoger mikken.",
            "{x} liegt unter dem Median von {m} {in}: Mehr als die Hälfte der Beschäftigten in diesem Job verdient mehr. Du kannst etwas höher ansetzen.",
            "{x} ligger under medianen på {m} {in}: mer enn halvparten av dem i denne jobben tjener mer. Du kan sikte litt høyere.",
            "{x} jääb {in} alla mediaani {m}: üle poole selle töö tegijatest teenib rohkem. Võiksid sihtida veidi kõrgemale.",
        ],
        Verdict::Realistic if p.by_experience() => t5![
            "{x} is realistic for this job {in} with your experience.",
            "{x} is realistisch voor deze baan {in} met jouw ervaring.",
            "{x} ist für diesen Job {in} mit deiner Erfahrung realistisch.",
            "{x} er realistisk for denne jobben {in} med din erfaring.",
            "{x} on sinu kogemusega selle töö puhul {in} realistlik.",
        ],
        Verdict::Realistic if avg => t5![
            "{x} is realistic for this job {in}: the average is {m}.",
            "{x} is realistisch voor deze baan {in}: het gemiddelde salaris is {m}.",
            "{x} ist für diesen Job {in} realistisch: Der Durchschnitt liegt bei {m}.",
            "{x} er realistisk for denne jobben {in}: gjennomsnittslønnen er {m}.",
            "{x} on selle töö puhul {in} realistlik: keskmine palk on {m}.",
        ],
        Verdict::Realistic => t5![
            "{x} is realistic for this job {in}: the median is {m}.",
            "{x} is realistisch voor deze baan {in}: het mediaansalaris is {m}.",
            "{x} ist für diesen Job {in} realistisch: Der Median liegt bei {m}.",
            "{x} er realistisk for denne jobben {in}: medianlønnen er {m}.",
            "{x} on selle töö puhul {in} realistlik: mediaanpalk on {m}.",
        ],
        Verdict::Ambitious if avg && p.dist.p90.is_some() => t5![
            "{x} is ambitious but possible {in}: above the average of {m}, below the top 10% ({p90}).",
            "{x} is ambitieus maar haalbaar {in}: boven het gemiddelde salaris van {m}, onder de hoogste 10% ({p90}).",
            "{x} ist {in} ambitioniert, aber möglich: über dem Durchschnitt von {m}, unter den obersten 10\u{a0}% ({p90}).",
            "{x} er ambisiøst, men mulig {in}: over gjennomsnittet på {m}, under de høyeste 10\u{a0}% ({p90}).",
            "{x} on {in} ambitsioonikas, kuid võimalik: üle keskmise palga {m}, alla kõrgeima 10% ({p90}).",
        ],
        Verdict::Ambitious if avg => t5![
            "{x} is above the average of {m} {in}, so it is ambitious.",
            "{x} ligt boven het gemiddelde salaris van {m} {in} en is dus ambitieus.",
            "{x} liegt über dem Durchschnitt von {m} {in} und ist damit ambitioniert.",
            "{x} ligger over gjennomsnittet på {m} {in} og er dermed ambisiøst.",
            "{x} on {in} üle keskmise palga {m}, seega ambitsioonikas.",
        ],
        Verdict::Ambitious if p.dist.p90.is_some() => t5![
            "{x} is ambitious but possible {in}: above the median of {m}, below the top 10% ({p90}).",
            "{x} is ambitieus maar haalbaar {in}: boven het mediaansalaris van {m}, onder de hoogste 10% ({p90}).",
            "{x} ist {in} ambitioniert, aber möglich: über dem Median von {m}, unter den obersten 10\u{a0}% ({p90}).",
            "{x} er ambisiøst, men mulig {in}: over medianen på {m}, under de høyeste 10\u{a0}% ({p90}).",
            "{x} on {in} ambitsioonikas, kuid võimalik: üle mediaani {m}, alla kõrgeima 10% ({p90}).",
        ],
        Verdict::Ambitious => t5![
            "{x} is above the median of {m} {in}, so it is ambitious.",
            "{x} ligt boven het mediaansalaris van {m} {in} en is dus ambitieus.",
            "{x} liegt über dem Median von {m} {in} und ist damit ambitioniert.",
            "{x} ligger over medianen på {m} {in} og er dermed ambisiøst.",
            "{x} on {in} üle mediaani {m}, seega ambitsioonikas.",
        ],
        Verdict::Unrealistic if p.dist.p90.is_some() => t5![
            "{x} is unrealistic for this job {in}: only the top 10% earn more than {p90}.",
            "{x} is onrealistisch voor deze baan {in}: alleen de hoogste 10% verdient meer dan {p90}.",
            "{x} ist für diesen Job {in} unrealistisch: Nur die obersten 10\u{a0}% verdienen mehr als {p90}.",
            "{x} er urealistisk for denne jobben {in}: bare de høyeste 10\u{a0}% tjener mer enn {p90}.",
            "{x} on selle töö puhul {in} ebarealistlik: üle {p90} teenib ainult kõrgeim 10%.",
        ],
        Verdict::Unrealistic if avg => t5![
            "{x} is far above the average of {m} {in}, so it is unrealistic for this job.",
            "{x} ligt ver boven het gemiddelde salaris van {m} {in} en is dus onrealistisch voor deze baan.",
            "{x} liegt weit über dem Durchschnitt von {m} {in} und ist für diesen Job unrealistisch.",
            "{x} ligger langt over gjennomsnittet på {m} {in} og er urealistisk for denne jobben.",
            "{x} on {in} keskmisest palgast {m} palju kõrgem ega ole selle töö puhul realistlik.",
        ],
        Verdict::Unrealistic => t5![
            "{x} is far above the median of {m} {in}, so it is unrealistic for this job.",
            "{x} ligt ver boven het mediaansalaris van {m} {in} en is dus onrealistisch voor deze baan.",
            "{x} liegt weit über dem Median von {m} {in} und ist für diesen Job unrealistisch.",
            "{x} ligger langt over medianen på {m} {in} og er urealistisk for denne jobben.",
            "{x} on {in} mediaanist {m} palju kõrgem ega ole selle töö puhul realistlik.",
        ],
    }
    };
    let [p10, p25, p90] = [p.dist.p10, p.dist.p25, p.dist.p90].map(|v| v.map(amount).unwrap_or_default());
    let within = p.dist.region.in_region(lang);
    let (lo, hi) = p.dist.range.map(|(l, h)| (amount(l), amount(h))).unwrap_or_default();
    let mut out = fill(
        tr(&main, lang),
        &[
            ("{x}", &x),
            ("{m}", &m),
            ("{p10}", &p10),
            ("{p25}", &p25),
            ("{p90}", &p90),
            ("{in}", within),
            ("{lo}", &lo),
            ("{hi}", &hi),
        ],
    );
    let pct_of = |v: u8| percent(lang, v);
    let mut add = |t: T5, args: &[(&str, &str)]| {
        out.push(' ');
        out.push_str(&fill(tr(&t, lang), args));
    };
    if p.dist.range.is_some() {
        add(
            t5![
                "Only a usual range is published for this job, no median.",
                "Voor deze baan is alleen een gebruikelijke bandbreedte bekend, geen mediaansalaris.",
                "Für diesen Job ist nur eine übliche Spanne veröffentlicht, kein Median.",
                "For denne jobben er bare et vanlig lønnsspenn publisert, ingen median.",
                "Selle töö kohta on avaldatud ainult tavapärane vahemik, mitte mediaan.",
            ],
            &[],
        );
    } else if p.dist.median_only() && p.dist.median_is_average {
        add(
            t5![
                "Only an average is published for this job, so there is no range to compare with.",
                "Voor deze baan is alleen een gemiddeld salaris bekend, dus er is geen bandbreedte om mee te vergelijken.",
                "Für diesen Job ist nur ein Durchschnitt veröffentlicht, eine Spanne gibt es zum Vergleich nicht.",
                "For denne jobben er bare et gjennomsnitt publisert, så det finnes ikke noe spenn å sammenligne med.",
                "Selle töö kohta on avaldatud ainult keskmine palk, seega vahemikku võrrelda ei saa.",
            ],
            &[],
        );
    } else if p.dist.median_only() {
        add(
            t5![
                "Only the median is published for this job, so there is no range to compare with.",
                "Voor deze baan is alleen het mediaansalaris bekend, dus er is geen bandbreedte om mee te vergelijken.",
                "Für diesen Job ist nur der Median veröffentlicht, eine Spanne gibt es zum Vergleich nicht.",
                "For denne jobben er bare medianen publisert, så det finnes ikke noe spenn å sammenligne med.",
                "Selle töö kohta on avaldatud ainult mediaan, seega vahemikku võrrelda ei saa.",
            ],
            &[],
        );
    } else if let (Some(pc), false) = (p.percentile, share_said) {
        add(
            t5![
                "About {p} of people in this job earn less.",
                "Ongeveer {p} van de mensen in deze baan verdient minder.",
                "Etwa {p} der Beschäftigten in diesem Job verdienen weniger.",
                "Omtrent {p} av dem i denne jobben tjener mindre.",
                "Umbes {p} selle töö tegijatest teenib vähem.",
            ],
            &[("{p}", &pct_of(pc))],
        );
    }
    if let Some(r) = &p.rung {
        let years = r.to.map_or(format!("{}+", r.from), |t| format!("{}–{}", r.from, t));
        add(
            t5![
                "With {y} years of experience, typical pay is {a}.",
                "Met {y} jaar ervaring is het gebruikelijke salaris {a}.",
                "Mit {y} Jahren Erfahrung liegt das übliche Gehalt bei {a}.",
                "Med {y} års erfaring er vanlig lønn {a}.",
                "{y}-aastase kogemusega on tavapalk {a}.",
            ],
            &[("{y}", &years), ("{a}", &amount(r.annual))],
        );
    }
    if let Some(covers) = &p.dist.covers {
        let t: Option<T5> = match p.dist.coverage {
            Coverage::Role => None,
            Coverage::Proxy => Some(t5![
                "The figures are for a neighbouring occupation, not for this job itself: {c}.",
                "De cijfers gaan over een verwant beroep, niet over deze baan zelf: {c}.",
                "Die Zahlen gelten für einen verwandten Beruf, nicht für diesen Job selbst: {c}.",
                "Tallene gjelder et beslektet yrke, ikke denne jobben selv: {c}.",
                "Arvud kehtivad sarnase ameti kohta, mitte selle töö enda kohta: {c}.",
            ]),
            Coverage::Group => Some(t5![
                "The figures cover a broader group, not this job alone: {c}.",
                "De cijfers gaan over een bredere groep, niet alleen over deze baan: {c}.",
                "Die Zahlen beziehen sich auf eine breitere Gruppe, nicht nur auf diesen Job: {c}.",
                "Tallene gjelder en bredere gruppe, ikke bare denne jobben: {c}.",
                "Arvud hõlmavad laiemat rühma, mitte ainult seda tööd: {c}.",
            ]),
            Coverage::Sector => Some(t5![
                "The figures are for a whole industry, across all its occupations: {c}.",
                "De cijfers gelden voor een hele sector, over alle beroepen daarin: {c}.",
                "Die Zahlen gelten für eine ganze Branche über alle Berufe hinweg: {c}.",
                "Tallene gjelder en hel bransje, på tvers av alle yrker: {c}.",
                "Arvud kehtivad terve tegevusala kohta, kõigi ametite peale kokku: {c}.",
            ]),
        };
        if let Some(t) = t {
            add(t, &[("{c}", covers.get(lang))]);
        }
    }
    if let Some(role) = p.closer.as_ref().and_then(|id| cat.roles.iter().find(|r| &r.id == id)) {
        if let Some(d) = super::pay::distribution(role, p.dist.region) {
            let t = if d.range.is_some() {
                t5![
                    "{s} pays closer to that: its usual range is {lo}–{hi}.",
                    "{s} zit daar dichter bij: de gebruikelijke bandbreedte is {lo}–{hi}.",
                    "{s} liegt näher daran: Die übliche Spanne reicht von {lo} bis {hi}.",
                    "{s} ligger nærmere: det vanlige spennet er {lo}–{hi}.",
                    "Sellele on lähemal amet {s}: tavapärane vahemik on {lo}–{hi}.",
                ]
            } else if d.median_is_average {
                t5![
                    "{s} pays closer to that: its average is {m}.",
                    "{s} zit daar dichter bij: het gemiddelde salaris is {m}.",
                    "{s} liegt näher daran: Der Durchschnitt beträgt {m}.",
                    "{s} ligger nærmere: gjennomsnittet er {m}.",
                    "Sellele on lähemal amet {s}: keskmine palk on {m}.",
                ]
            } else {
                t5![
                    "{s} pays closer to that: its median is {m}.",
                    "{s} zit daar dichter bij: het mediaansalaris is {m}.",
                    "{s} liegt näher daran: Der Median beträgt {m}.",
                    "{s} ligger nærmere: medianen er {m}.",
                    "Sellele on lähemal amet {s}: mediaan on {m}.",
                ]
            };
            let (lo, hi) = d.range.map(|(l, h)| (amount(l), amount(h))).unwrap_or_default();
            add(
                t,
                &[
                    ("{s}", &quoted(lang, role.name.get(lang))),
                    ("{m}", &amount(d.median)),
                    ("{lo}", &lo),
                    ("{hi}", &hi),
                ],
            );
        }
    }
    let publisher = cat.source(&p.dist.cite.source).map_or(p.dist.cite.source.as_str(), |s| s.publisher.as_str());
    add(
        t5![
            "Figures: {who}, {year}.",
            "Cijfers: {who}, {year}.",
            "Zahlen: {who}, {year}.",
            "Tall: {who}, {year}.",
            "Andmed: {who}, {year}.",
        ],
        &[("{who}", cat.source_text(publisher, lang)), ("{year}", &data_year(lang, p.dist.year))],
    );
    out
}

/// The verdict's label for `p`: "Below the average" where the central figure is an average.
pub fn verdict_label(lang: Lang, p: &PayFit) -> &'static str {
    match (p.verdict, p.dist.median_is_average) {
        (Verdict::BelowMedian, true) => tr(
            &t5![
                "Below the average",
                "Onder het gemiddelde salaris",
                "Unter dem Durchschnitt",
                "Under gjennomsnittet",
                "Alla keskmise",
            ],
            lang,
        ),
        (v, _) => verdict_name(lang, v),
    }
}

/// The verdict against a usual range the source gives instead of a
/// median: under it, within it, above it, far above it.
fn range_verdict(v: Verdict) -> T5 {
    match v {
        Verdict::WellBelow | Verdict::BelowMedian => t5![
            "{x} is below the usual range of {lo}–{hi} {in}. You could ask for more.",
            "{x} ligt onder de gebruikelijke bandbreedte van {lo}–{hi} {in}. Je kunt om meer vragen.",
            "{x} liegt unter der üblichen Spanne von {lo} bis {hi} {in}. Du kannst mehr verlangen.",
            "{x} ligger under det vanlige spennet på {lo}–{hi} {in}. Du kan be om mer.",
            "{x} jääb {in} alla tavapärase vahemiku {lo}–{hi}. Võiksid küsida rohkem.",
        ],
        Verdict::Realistic => t5![
            "{x} is within the usual range of {lo}–{hi} {in}, so it is realistic for this job.",
            "{x} valt binnen de gebruikelijke bandbreedte van {lo}–{hi} {in} en is dus realistisch voor deze baan.",
            "{x} liegt in der üblichen Spanne von {lo} bis {hi} {in} und ist für diesen Job realistisch.",
            "{x} ligger innenfor det vanlige spennet på {lo}–{hi} {in} og er realistisk for denne jobben.",
            "{x} jääb {in} tavapärasesse vahemikku {lo}–{hi} ja on selle töö puhul realistlik.",
        ],
        Verdict::Ambitious => t5![
            "{x} is above the usual range of {lo}–{hi} {in}, so it is ambitious.",
            "{x} ligt boven de gebruikelijke bandbreedte van {lo}–{hi} {in} en is dus ambitieus.",
            "{x} liegt über der üblichen Spanne von {lo} bis {hi} {in} und ist damit ambitioniert.",
            "{x} ligger over det vanlige spennet på {lo}–{hi} {in} og er dermed ambisiøst.",
            "{x} on {in} üle tavapärase vahemiku {lo}–{hi}, seega ambitsioonikas.",
        ],
        Verdict::Unrealistic => t5![
            "{x} is far above the usual range of {lo}–{hi} {in}, so it is unrealistic for this job.",
            "{x} ligt ver boven de gebruikelijke bandbreedte van {lo}–{hi} {in} en is dus onrealistisch voor deze baan.",
            "{x} liegt weit über der üblichen Spanne von {lo} bis {hi} {in} und ist für diesen Job unrealistisch.",
            "{x} ligger langt over det vanlige spennet på {lo}–{hi} {in} og er urealistisk for denne jobben.",
            "{x} on {in} tavapärasest vahemikust {lo}–{hi} palju kõrgem ega ole selle töö puhul realistlik.",
        ],
    }
}

/// A figure's year, or "year not stated" in `lang`.
pub fn data_year(lang: Lang, year: Option<u16>) -> String {
    match year {
        Some(y) => y.to_string(),
        None => tr(
            &t5!["year not stated", "jaar niet vermeld", "Jahr nicht angegeben", "år ikke oppgitt", "aasta märkimata"],
            lang,
        )
        .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_and_trimmed_write_decimals_like_the_format_macros() {
        assert_eq!(fixed(2.5, 2), "2.50");
        assert_eq!(fixed(0.0, 2), "0.00");
        assert_eq!(fixed(99.999, 2), "100.00");
        assert_eq!(fixed(1234.4, 0), "1234");
        assert_eq!(fixed(1234.5, 0), "1235");
        assert_eq!(fixed(-3.25, 1), "-3.3");
        assert_eq!(fixed(-0.001, 2), "0.00", "no minus sign on a zero");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(trimmed(8.5, 2), "8.5");
        assert_eq!(trimmed(1000.0, 1), "1000");
        assert_eq!(trimmed(123.456, 2), "123.46");
        assert_eq!(trimmed(0.004, 2), "0");
        // Agrees with `{:.N}` wherever that has no tie to break.
        for i in 0..20_000 {
            let x = f64::from(i) * 0.731 + 0.0003;
            assert_eq!(fixed(x, 2), format!("{x:.2}"), "{x}");
            assert_eq!(fixed(x, 0), format!("{x:.0}"), "{x}");
        }
    }
    use crate::catalogue::{Channel, Cite, Place, Slot};
    use crate::testkit::catalogue;

    fn cite() -> Cite {
        Cite::of("seed-000")
    }

    fn check(lang: Lang, got: String, expected: &str) {
        assert_eq!(got, expected, "{lang:?}");
    }

    fn w(change: Change, from: u8, to: u8) -> WhatIf {
        WhatIf { question: "s_weekends", change, from, to }
    }

    #[test]
    fn what_ifs_read_naturally() {
        let x = w(Change::Slot(Slot::Weekends), 58, 81);
        check(
            Lang::En,
            what_if(Lang::En, &x),
            "If you could work weekends, your fit with this job would rise from 58% to 81%.",
        );
        check(
            Lang::Nl,
            what_if(Lang::Nl, &x),
            "Als je in het weekend zou kunnen werken, zou je match met deze baan stijgen van 58% naar 81%.",
        );
        check(
            Lang::De,
            what_if(Lang::De, &x),
            "Wenn du am Wochenende arbeiten könntest, würde deine Passung für diesen Job von 58\u{a0}% auf 81\u{a0}% steigen.",
        );
        check(
            Lang::Nb,
            what_if(Lang::Nb, &x),
            "Hvis du kunne jobbet i helgene, ville matchen med denne jobben økt fra 58\u{a0}% til 81\u{a0}%.",
        );
        check(
            Lang::Et,
            what_if(Lang::Et, &x),
            "Kui sa saaksid nädalavahetustel töötada, tõuseks sinu sobivus selle tööga 58%-lt 81%-le.",
        );
    }

    #[test]
    fn reasons_and_dealbreakers() {
        let r = Reason {
            question: "s_weekends",
            subject: Subject::Slot(Slot::Weekends),
            role_level: 3,
            fit: Match::Poor,
            effect: -20,
            cite: cite(),
        };
        check(
            Lang::En,
            reason(Lang::En, &r),
            "Weekend work is the norm in this job, but your answers suggest it does not suit you.",
        );
        check(
            Lang::De,
            reason(Lang::De, &r),
            "Wochenendarbeit ist in diesem Job die Regel – laut deinen Antworten passt das aber nicht zu dir.",
        );
        let r = Reason { subject: Subject::Trait(Trait::Calm), fit: Match::Good, ..r };
        check(
            Lang::Nb,
            reason(Lang::Nb, &r),
            "Å holde seg rolig med sinte eller opprørte kunder er helt avgjørende i denne jobben, og det passer deg.",
        );
        let r = Reason { subject: Subject::Education, role_level: 1, fit: Match::Good, ..r };
        check(
            Lang::Nl,
            reason(Lang::Nl, &r),
            "Voor deze baan is meestal een diploma van de middelbare school (vmbo, havo of vwo) nodig, en dat heb je.",
        );
        // A workplace the job seldom offers, wanted by the visitor.
        let r = Reason { subject: Subject::Place(Place::Home), role_level: 0, fit: Match::Poor, ..r };
        check(
            Lang::En,
            reason(Lang::En, &r),
            "Working from home is rare in this job, which does not match what you are looking for.",
        );
        check(
            Lang::Nl,
            reason(Lang::Nl, &r),
            "Thuiswerken is in deze baan zeldzaam, en dat sluit niet aan bij wat je zoekt.",
        );
        let d = Dealbreaker {
            question: "s_weekends",
            subject: Subject::Slot(Slot::Weekends),
            role_level: 3,
            cap: 40,
            cite: cite(),
        };
        check(Lang::En, dealbreaker(Lang::En, &d), "You said you cannot work weekends, but weekend work is the norm in this job. That keeps your fit with this job at 40% at most.");
        check(Lang::Et, dealbreaker(Lang::Et, &d), "Sa ütlesid, et ei saa nädalavahetustel töötada, kuid selles ametis on nädalavahetustel töötamine reegel. Seetõttu ei ületa sinu sobivus selle tööga 40%.");
    }

    #[test]
    fn every_sentence_exists_in_every_language() {
        let subjects = Trait::ALL
            .map(Subject::Trait)
            .into_iter()
            .chain(Slot::ALL.map(Subject::Slot))
            .chain(Place::ALL.map(Subject::Place))
            .chain(Channel::ALL.map(Subject::Channel))
            .chain([
                Subject::Rota,
                Subject::Education,
                Subject::Training,
                Subject::Licence,
                Subject::Certifications,
                Subject::Pay,
            ]);
        for s in subjects {
            for lang in Lang::ALL {
                for fit in [Match::Good, Match::Partial, Match::Poor] {
                    let r = Reason { question: "x", subject: s, role_level: 2, fit, effect: 0, cite: cite() };
                    let text = reason(lang, &r);
                    assert!(text.ends_with('.') && !text.contains('{'), "{text}");
                }
                if let Subject::Trait(_) = s {
                    continue;
                }
                let text =
                    dealbreaker(lang, &Dealbreaker { question: "x", subject: s, role_level: 2, cap: 40, cite: cite() });
                assert!(text.ends_with('.') && !text.contains('{'), "{text}");
            }
        }
        let changes = Slot::ALL
            .map(Change::Slot)
            .into_iter()
            .chain(Place::ALL.map(|p| Change::Place(Some(p))))
            .chain(Channel::ALL.map(Change::Channel))
            .chain([Change::Place(None), Change::Rota, Change::Training, Change::Licence]);
        for c in changes {
            for lang in Lang::ALL {
                let text = what_if(lang, &w(c, 1, 2));
                assert!(text.ends_with('.') && !text.contains('{'), "{text}");
            }
        }
    }

    /// The pay sentence for `amount` per `period` against the fixture role `id`.
    fn pay_text(id: &str, amount: f64, period: Period, years: Option<u8>, lang: Lang) -> String {
        let cat = catalogue();
        let role = cat.roles.iter().find(|r| r.id == id).unwrap();
        let e = crate::pay::Expectation { amount, period, currency: crate::region::Currency::Usd };
        let f = crate::pay::fit(&cat, role, e, years, crate::region::Region::Us).unwrap();
        pay(lang, &cat, &f, &plain_money)
    }

    fn check_pay(id: &str, amount: f64, period: Period, years: Option<u8>, lang: Lang, expected: &str) {
        assert_eq!(pay_text(id, amount, period, years, lang), expected);
    }

    #[test]
    fn pay_verdicts_with_a_range() {
        use Period::{Annual, Hourly, Monthly};
        // rep: p10 22,140, median 33,750, p90 55,310 (2018); PayScale ladder 28,000 (0–5 years) … 34,000 (20+).
        check_pay("rep", 9.0, Hourly, Some(2), Lang::En, "USD 9.00 an hour is below what 9 in 10 people in this job in the US earn (the lowest 10% earn under USD 10.64). You could ask for more. With 0–5 years of experience, typical pay is USD 13.46. Figures: p, 2018.");
        check_pay("rep", 24000.0, Annual, None, Lang::En, "USD 24,000 a year is well below the median of USD 33,750 in the US. You could ask for more. About 16% of people in this job earn less. Figures: p, 2018.");
        // 33,750 / 12 = 2,812.50: halves round up, as Intl.NumberFormat does in the browser.
        check_pay("rep", 2500.0, Monthly, None, Lang::En, "USD 2,500 a month is below the median of USD 2,813 in the US: more than half of the people in this job earn more. You could aim a little higher. About 37% of people in this job earn less. Figures: p, 2018.");
        check_pay("rep", 30500.0, Annual, Some(25), Lang::En, "USD 30,500 a year is less than people with your experience usually earn in this job in the US. You could aim a little higher. About 39% of people in this job earn less. With 20+ years of experience, typical pay is USD 34,000. Figures: p, 2018.");
        check_pay("rep", 33750.0, Annual, None, Lang::En, "USD 33,750 a year is realistic for this job in the US: the median is USD 33,750. About 50% of people in this job earn less. Figures: p, 2018.");
        check_pay("rep", 37000.0, Annual, Some(25), Lang::Nl, "USD 37,000 per jaar is realistisch voor deze baan in de VS met jouw ervaring. Ongeveer 56% van de mensen in deze baan verdient minder. Met 20+ jaar ervaring is het gebruikelijke salaris USD 34,000. Cijfers: p, 2018.");
        check_pay("rep", 40000.0, Annual, None, Lang::En, "USD 40,000 a year is ambitious but possible in the US: above the median of USD 33,750, below the top 10% (USD 55,310). About 62% of people in this job earn less. Figures: p, 2018.");
        check_pay("rep", 80000.0, Annual, None, Lang::De, "USD 80,000 im Jahr ist für diesen Job in den USA unrealistisch: Nur die obersten 10\u{a0}% verdienen mehr als USD 55,310. „manager“ liegt näher daran: Der Median beträgt USD 60,000. Zahlen: p, 2018.");
    }

    /// A source that publishes an average (SSB, Indeed, StepStone) is never
    /// said to give a median, in any verdict or language.
    #[test]
    fn an_average_is_never_called_a_median() {
        let cat = crate::testkit::catalogue_of(&[crate::testkit::role_json(
            "avg",
            [1; 10],
            [1; 7],
            [1; 8],
            "none",
            1,
            false,
            0,
            &[("average", "annual", 30000.0, 2023, None)],
            &[],
        )]);
        for amount in [10000.0, 25000.0, 30000.0, 35000.0, 90000.0] {
            let e = crate::pay::Expectation { amount, period: Period::Annual, currency: crate::region::Currency::Usd };
            let f = crate::pay::fit(&cat, &cat.roles[0], e, None, crate::region::Region::Us).unwrap();
            for lang in Lang::ALL {
                let text = format!("{} {}", verdict_label(lang, &f), pay(lang, &cat, &f, &plain_money));
                assert!(!text.to_lowercase().contains("median"), "{lang:?} {amount}: {text}");
                assert!(!text.to_lowercase().contains("mediaan"), "{lang:?} {amount}: {text}");
                for half in ["half", "helft", "hälfte", "halvparten", "poole"] {
                    assert!(!text.to_lowercase().contains(half), "{lang:?} {amount}: {text}");
                }
            }
        }
        let e =
            crate::pay::Expectation { amount: 25000.0, period: Period::Annual, currency: crate::region::Currency::Usd };
        let f = crate::pay::fit(&cat, &cat.roles[0], e, None, crate::region::Region::Us).unwrap();
        assert_eq!(pay(Lang::De, &cat, &f, &plain_money), "USD 25,000 im Jahr liegt unter dem Durchschnitt von USD 30,000 in den USA. Du kannst etwas höher ansetzen. Für diesen Job ist nur ein Durchschnitt veröffentlicht, eine Spanne gibt es zum Vergleich nicht. Zahlen: p, 2023.");
    }

    #[test]
    fn a_usual_range_reads_as_a_range() {
        let figures = [("low", "monthly", 2450.0, 2025, None), ("high", "monthly", 3100.0, 2025, None)];
        let cat = crate::testkit::catalogue_of(&[crate::testkit::role_json(
            "r",
            [1; 10],
            [1; 7],
            [1; 8],
            "none",
            1,
            false,
            0,
            &figures,
            &[],
        )]);
        let text = |amount: f64, lang| {
            let e = crate::pay::Expectation { amount, period: Period::Monthly, currency: crate::region::Currency::Usd };
            let f = crate::pay::fit(&cat, &cat.roles[0], e, None, crate::region::Region::Us).unwrap();
            pay(lang, &cat, &f, &plain_money)
        };
        assert_eq!(text(2800.0, Lang::Nl), "USD 2,800 per maand valt binnen de gebruikelijke bandbreedte van USD 2,450–USD 3,100 in de VS en is dus realistisch voor deze baan. Voor deze baan is alleen een gebruikelijke bandbreedte bekend, geen mediaansalaris. Cijfers: p, 2025.");
        assert_eq!(text(2000.0, Lang::En), "USD 2,000 a month is below the usual range of USD 2,450–USD 3,100 in the US. You could ask for more. Only a usual range is published for this job, no median. Figures: p, 2025.");
        for lang in Lang::ALL {
            for amount in [2000.0, 2800.0, 3500.0, 5000.0] {
                let t = text(amount, lang);
                assert!(!t.contains('{') && !t.contains("2,775"), "{lang:?}: {t}");
            }
        }
    }

    #[test]
    fn pay_verdicts_with_quartiles() {
        let q = |stat, amount| (stat, "annual", amount, 2023, None);
        let quartiles =
            [q("p10", 30000.0), q("p25", 35000.0), q("median", 40000.0), q("p75", 46000.0), q("p90", 55000.0)];
        let cat = crate::testkit::catalogue_of(&[crate::testkit::role_json(
            "q",
            [1; 10],
            [1; 7],
            [1; 8],
            "none",
            1,
            false,
            0,
            &quartiles,
            &[],
        )]);
        let e =
            crate::pay::Expectation { amount: 34000.0, period: Period::Annual, currency: crate::region::Currency::Usd };
        let f = crate::pay::fit(&cat, &cat.roles[0], e, None, crate::region::Region::Us).unwrap();
        assert_eq!(f.verdict, Verdict::WellBelow);
        assert_eq!(pay(Lang::Et, &cat, &f, &plain_money), "USD 34,000 aastas on vähem, kui teenib 3 inimest 4-st selles töös USA-s (madalaim 25% teenib alla USD 35,000). Võiksid küsida rohkem. Andmed: p, 2023.");
    }

    #[test]
    fn pay_verdicts_with_a_lone_median_claim_no_range() {
        use Period::Annual;
        // desk: only a median, 29,140.
        let only = " Only the median is published for this job, so there is no range to compare with.";
        let figures = " Figures: p, 2018.";
        check_pay(
            "desk",
            20000.0,
            Annual,
            None,
            Lang::En,
            &format!("USD 20,000 a year is well below the median of USD 29,140 in the US. You could ask for more.{only}{figures}"),
        );
        check_pay("desk", 25000.0, Annual, None, Lang::En, &format!("USD 25,000 a year is below the median of USD 29,140 in the US: more than half of the people in this job earn more. You could aim a little higher.{only}{figures}"));
        check_pay(
            "desk",
            30000.0,
            Annual,
            None,
            Lang::En,
            &format!("USD 30,000 a year is realistic for this job in the US: the median is USD 29,140.{only}{figures}"),
        );
        check_pay("desk", 34000.0, Annual, None, Lang::Nb, "USD 34,000 i året ligger over medianen på USD 29,140 i USA og er dermed ambisiøst. For denne jobben er bare medianen publisert, så det finnes ikke noe spenn å sammenligne med. Tall: p, 2018.");
        check_pay("desk", 40000.0, Annual, None, Lang::En, &format!("USD 40,000 a year is far above the median of USD 29,140 in the US, so it is unrealistic for this job.{only} “rep” pays closer to that: its median is USD 33,750.{figures}"));
        for lang in Lang::ALL {
            let text = pay_text("desk", 20000.0, Annual, None, lang);
            for claim in ["10%", "10\u{a0}%", "9 "] {
                assert!(!text.contains(claim), "{lang:?} claims a range: {text}");
            }
        }
    }

    #[test]
    fn every_pay_sentence_exists_in_every_language() {
        let cases = [
            ("rep", 18720.0, None),
            ("rep", 24000.0, None),
            ("rep", 28000.0, None),
            ("rep", 30500.0, Some(25)),
            ("rep", 33750.0, None),
            ("rep", 37000.0, Some(25)),
            ("rep", 40000.0, None),
            ("rep", 80000.0, None),
            ("desk", 20000.0, None),
            ("desk", 25000.0, None),
            ("desk", 29000.0, None),
            ("desk", 34000.0, None),
            ("desk", 40000.0, None),
        ];
        for (id, amount, years) in cases {
            let texts: Vec<String> =
                Lang::ALL.iter().map(|l| pay_text(id, amount, Period::Annual, years, *l)).collect();
            for (lang, text) in Lang::ALL.iter().zip(&texts) {
                assert!(text.ends_with('.') && !text.contains('{') && !text.contains("  "), "{lang:?}: {text}");
            }
            let mut unique = texts.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), 5, "{texts:?}");
        }
        for v in
            [Verdict::WellBelow, Verdict::BelowMedian, Verdict::Realistic, Verdict::Ambitious, Verdict::Unrealistic]
        {
            assert!(Lang::ALL.iter().all(|l| !verdict_name(*l, v).is_empty()));
        }
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(plain_money(33750.0, "USD"), "USD 33,750");
        assert_eq!(plain_money(1234567.4, "EUR"), "EUR 1,234,567");
        assert_eq!(plain_money(15.5, "USD"), "USD 15.50");
        assert_eq!(percent(Lang::Nl, 7), "7%");
    }
}
