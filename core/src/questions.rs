//! The question bank: every question the quiz asks, in five languages, with
//! its answer type and the role requirement it tests. Compiled-in static
//! tables, so the widget carries no question data at run time beyond these.
//!
//! Situations come from the seed articles in `shared/seeds/` (angry
//! customers and refunds, hundreds of calls a day with call quotas, a
//! customer walking in five minutes before closing, CRM systems, licences in
//! finance and insurance). Some temperament items are worded in reverse so
//! that agreeing with everything does not make a perfect match.

use super::catalogue::{Channel, EduLevel, Leadership, Place, Slot, Trait};
use super::lang::T5;
use crate::t5;

/// The five things a role is scored on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Temperament,
    Schedule,
    Education,
    Setting,
    Pay,
}

impl Dimension {
    /// Every dimension, in the order results show them.
    pub const ALL: [Dimension; 5] =
        [Dimension::Temperament, Dimension::Schedule, Dimension::Education, Dimension::Setting, Dimension::Pay];

    /// Position in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        match self {
            Dimension::Temperament => 0,
            Dimension::Schedule => 1,
            Dimension::Education => 2,
            Dimension::Setting => 3,
            Dimension::Pay => 4,
        }
    }

    /// The dimension's name in embedders' `weights` option and in messages.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Temperament => "temperament",
            Dimension::Schedule => "schedule",
            Dimension::Education => "education",
            Dimension::Setting => "setting",
            Dimension::Pay => "pay",
        }
    }
}

/// One answer option.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Opt {
    pub label: T5,
    /// What the option means on the question's scale (see [`Tests`]), for
    /// options whose `means` is [`Means::Scale`].
    pub value: u8,
    /// A hard answer ("I cannot"): against a role that needs it, a dealbreaker.
    pub hard: bool,
    /// What choosing the option stands for.
    pub means: Means,
}

/// What an option stands for: a point on its question's scale, or a thing
/// the scoring looks up by type (so option order never has to match an enum's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Means {
    /// A point on the question's scale: [`Opt::value`].
    Scale,
    /// A preferred workplace; `None` is "no preference".
    Place(Option<Place>),
    /// A channel to help customers through.
    Channel(Channel),
    /// The highest education completed.
    Education(EduLevel),
    /// The most leading of others done so far.
    Leadership(Leadership),
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Five-point agree scale ([`AGREE`]); `reverse` items score agreement as the opposite trait.
    Agree { reverse: bool },
    /// Exactly one option.
    Choice(&'static [Opt]),
    /// Any set of options (bit `i` = option `i`); none is a valid answer.
    Multi(&'static [Opt]),
    /// An amount of money and the period it is for.
    Pay,
    /// Whole years, `0..=MAX_YEARS`.
    Years,
}

/// The most years of experience an answer can hold.
pub const MAX_YEARS: u8 = 60;

/// The role requirement a question tests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tests {
    /// A temperament trait; the answer is how strongly the visitor has it.
    Trait(Trait),
    /// Tolerance for working in a place (agree scale).
    Tolerates(Place),
    /// Willingness to work these hours; option value `0..=3`, `0` = cannot.
    Slot(Slot),
    /// Full-time (0), part-time (1) or either (2).
    Hours,
    /// How fixed the hours must be: 0 fixed, 1 mostly, 2 changing rota fine.
    Rota,
    /// Highest education; options are [`Means::Education`].
    Education,
    /// Training accepted: 0 days, 1 weeks, 2 months.
    Training,
    /// Licence: 0 no, 1 maybe, 2 yes, 3 already has one.
    Licence,
    /// Certifications held (multi).
    Certifications,
    /// Preferred channels (multi; options are [`Means::Channel`]).
    Channels,
    /// Preferred place (options are [`Means::Place`]).
    PlacePref,
    /// Expected pay.
    Pay,
    /// Years of customer service experience.
    Experience,
    /// Leading or coaching others (options are [`Means::Leadership`]).
    Leadership,
}

/// One question of the quiz.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    /// Stable short id, used in answers, links and tests.
    pub id: &'static str,
    pub dimension: Dimension,
    pub kind: Kind,
    pub text: T5,
    /// One line of help shown under the question.
    pub help: Option<T5>,
    pub tests: Tests,
    /// A fact about the visitor (education, experience) rather than a choice;
    /// what-if hints never suggest changing it.
    pub fact: bool,
}

impl Question {
    /// The options to show (the agree scale for [`Kind::Agree`], none for pay and years).
    pub fn options(&self) -> &'static [Opt] {
        match self.kind {
            Kind::Agree { .. } => &AGREE,
            Kind::Choice(o) | Kind::Multi(o) => o,
            Kind::Pay | Kind::Years => &[],
        }
    }
}

/// Index of the question with `id`.
pub fn index_of(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == id)
}

/// The question with `id`.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// An option on the question's scale.
const fn o(value: u8, hard: bool, label: T5) -> Opt {
    Opt { label, value, hard, means: Means::Scale }
}

/// An option that stands for a thing (a place, a channel, a level of
/// education) rather than a point on a scale.
const fn typed(means: Means, label: T5) -> Opt {
    Opt { label, value: 0, hard: false, means }
}

/// The top of the agree scale ("strongly agree").
pub const AGREE_TOP: u8 = 4;

/// The top of the willingness and licence scales ("yes, gladly", "I already have one").
pub const WILLING_TOP: u8 = 3;

/// The five-point agree scale, value 0 (strongly disagree) to 4.
pub static AGREE: [Opt; 5] = [
    o(0, false, t5!["Strongly disagree", "Helemaal mee oneens", "Stimmt gar nicht", "Helt uenig", "Ei nõustu üldse"]),
    o(1, false, t5!["Disagree", "Mee oneens", "Stimmt eher nicht", "Litt uenig", "Pigem ei nõustu"]),
    o(2, false, t5!["Neither", "Neutraal", "Teils, teils", "Verken eller", "Nii ja naa"]),
    o(3, false, t5!["Agree", "Mee eens", "Stimmt eher", "Litt enig", "Pigem nõustun"]),
    o(4, false, t5!["Strongly agree", "Helemaal mee eens", "Stimmt genau", "Helt enig", "Nõustun täielikult"]),
];

static WILLING: [Opt; 4] = [
    o(3, false, t5!["Yes, gladly", "Ja, graag", "Ja, gern", "Ja, gjerne", "Jah, hea meelega"]),
    o(2, false, t5!["Now and then", "Af en toe", "Ab und zu", "Av og til", "Aeg-ajalt"]),
    o(
        1,
        false,
        t5![
            "Only in exceptional cases",
            "Alleen bij uitzondering",
            "Nur ausnahmsweise",
            "Bare unntaksvis",
            "Ainult erandkorras",
        ],
    ),
    o(
        0,
        true,
        t5![
            "No, I can't",
            "Nee, dat kan ik niet",
            "Nein, das geht nicht",
            "Nei, det kan jeg ikke",
            "Ei, see pole mulle võimalik",
        ],
    ),
];

static HOURS: [Opt; 3] = [
    o(0, false, t5!["Full-time", "Fulltime", "Vollzeit", "Heltid", "Täistööaeg"]),
    o(1, true, t5!["Part-time only", "Alleen parttime", "Nur Teilzeit", "Bare deltid", "Ainult osaline tööaeg"]),
    o(2, false, t5!["Either is fine", "Allebei goed", "Beides ist okay", "Begge deler går fint", "Sobivad mõlemad"]),
];

static ROTA: [Opt; 3] = [
    o(
        0,
        false,
        t5![
            "The same hours every week",
            "Elke week dezelfde uren",
            "Jede Woche dieselben Zeiten",
            "Samme tider hver uke",
            "Igal nädalal samad tööajad",
        ],
    ),
    o(
        1,
        false,
        t5![
            "Mostly fixed, the odd change is fine",
            "Meestal vast; af en toe een wijziging is prima",
            "Meist feste Zeiten, gelegentliche Änderungen sind okay",
            "Stort sett faste, litt endring går fint",
            "Enamasti kindlad, vahel muutus sobib",
        ],
    ),
    o(
        2,
        false,
        t5![
            "A changing rota suits me",
            "Een wisselend rooster past me",
            "Wechselnde Dienstpläne passen mir",
            "Skiftende turnus passer meg",
            "Muutuv graafik sobib mulle",
        ],
    ),
];

/// Highest education, in each country's own school system, mapped onto the
/// engine's four levels ([`EduLevel`]): the Dutch vmbo, havo and vwo are all
/// secondary; the mbo, the German Ausbildung, the Norwegian fagbrev and the
/// Estonian kutseharidus are vocational (docs/glossary.md, "Education").
static EDU: [Opt; 4] = [
    typed(
        Means::Education(EduLevel::None),
        t5![
            "No diploma (yet)",
            "(Nog) geen diploma, of alleen basisonderwijs",
            "(Noch) kein Schulabschluss",
            "Grunnskole, eller ikke fullført videregående (ennå)",
            "Põhiharidus või pooleli jäänud kool",
        ],
    ),
    typed(
        Means::Education(EduLevel::Secondary),
        t5![
            "Secondary school (high school diploma, GED)",
            "Vmbo, havo of vwo",
            "Hauptschulabschluss, Realschulabschluss (Mittlere Reife) oder Abitur",
            "Videregående skole (studieforberedende)",
            "Keskharidus (gümnaasium)",
        ],
    ),
    typed(
        Means::Education(EduLevel::Vocational),
        t5![
            "Vocational qualification (e.g. a trade certificate)",
            "Mbo",
            "Abgeschlossene Berufsausbildung",
            "Fagbrev eller yrkesfaglig videregående",
            "Kutseharidus",
        ],
    ),
    typed(
        Means::Education(EduLevel::Higher),
        t5![
            "College or university degree",
            "Hbo of wo (hogeschool of universiteit)",
            "Studium (Hochschule oder Universität)",
            "Høyskole eller universitet",
            "Kõrgharidus (ülikool või rakenduskõrgkool)",
        ],
    ),
];

static TRAINING: [Opt; 3] = [
    o(
        0,
        false,
        t5![
            "A few days at most",
            "Hooguit een paar dagen",
            "Höchstens ein paar Tage",
            "Høyst noen dager",
            "Kõige rohkem paar päeva",
        ],
    ),
    o(
        1,
        false,
        t5!["Two or three weeks", "Twee à drie weken", "Zwei bis drei Wochen", "To–tre uker", "Kaks-kolm nädalat"],
    ),
    o(
        2,
        false,
        t5![
            "Several months, if the job needs it",
            "Een paar maanden, als de baan dat vraagt",
            "Einige Monate, wenn der Job es verlangt",
            "Flere måneder, om jobben krever det",
            "Mitu kuud, kui töö seda nõuab",
        ],
    ),
];

static LICENCE: [Opt; 4] = [
    o(
        3,
        false,
        t5!["I already have one", "Die heb ik al", "Habe ich schon", "Jeg har allerede en", "Mul on see juba olemas"],
    ),
    o(2, false, t5!["Yes", "Ja", "Ja", "Ja", "Jah"]),
    o(1, false, t5!["Maybe", "Misschien", "Vielleicht", "Kanskje", "Võib-olla"]),
    o(
        0,
        true,
        t5![
            "No, not for me",
            "Nee, dat is niets voor mij",
            "Nein, das kommt nicht infrage",
            "Nei, det er ikke noe for meg",
            "Ei, see pole minu jaoks",
        ],
    ),
];

/// Certificates, in each country's own terms. Any one ticked counts the
/// same (scoring), so the order only decides what is shown first; CCSP, a
/// US certificate, says so. Sources: seed 000 (CCSP, course certificates),
/// seed 003 (fagbrev); the local qualifications are listed with their
/// sources in docs/glossary.md, "Certificates".
static CERTS: [Opt; 3] = [
    o(
        0,
        false,
        t5![
            "Certified Customer Service Professional (CCSP, a US certificate)",
            "Certified Customer Service Professional (CCSP, een Amerikaans certificaat)",
            "Certified Customer Service Professional (CCSP, ein US-amerikanisches Zertifikat)",
            "Certified Customer Service Professional (CCSP, et amerikansk sertifikat)",
            "Certified Customer Service Professional (CCSP, USA tunnistus)",
        ],
    ),
    o(
        1,
        false,
        t5![
            "A certificate from a customer service course",
            "Een certificaat van een cursus klantenservice",
            "Ein Zertifikat über einen Kundenservice-Lehrgang",
            "Kursbevis i kundeservice",
            "Klienditeeninduse koolituse tunnistus",
        ],
    ),
    o(
        2,
        false,
        t5![
            "A vocational qualification in customer contact, sales or office work",
            "Een mbo-diploma in klantcontact, commercie of secretariaat (bijvoorbeeld Contactcenter medewerker)",
            "Eine Ausbildung, z. B. Servicefachkraft oder Kaufmann/-frau für Dialogmarketing, Kaufmann/-frau für Büromanagement oder im Einzelhandel",
            "Fagbrev i service- og administrasjonsfaget (tidligere kontor- og administrasjonsfaget), salgsfaget eller resepsjonsfaget",
            "Kutsetunnistus, näiteks klienditeenindaja kaubanduses, sekretär või bürooassistent",
        ],
    ),
];

static LEAD: [Opt; 3] = [
    typed(
        Means::Leadership(Leadership::None),
        t5!["No, not yet", "Nee, nog niet", "Nein, noch nicht", "Nei, ikke ennå", "Ei, veel mitte"],
    ),
    typed(
        Means::Leadership(Leadership::Coaches),
        t5![
            "I have trained or coached new colleagues",
            "Ik heb nieuwe collega's ingewerkt of begeleid",
            "Ich habe neue Kolleginnen und Kollegen eingearbeitet oder angeleitet",
            "Jeg har lært opp eller veiledet nye kolleger",
            "Olen uusi kolleege välja õpetanud või juhendanud",
        ],
    ),
    typed(
        Means::Leadership(Leadership::LeadsTeam),
        t5![
            "I have led a team or a shift",
            "Ik heb een team of een dienst geleid",
            "Ich habe ein Team oder eine Schicht geleitet",
            "Jeg har ledet et team eller et skift",
            "Olen juhtinud meeskonda või vahetust",
        ],
    ),
];

static CHANNELS: [Opt; 4] = [
    typed(Means::Channel(Channel::Phone), t5!["Phone", "Telefoon", "Telefon", "Telefon", "Telefon"]),
    typed(
        Means::Channel(Channel::EmailChat),
        t5![
            "Email and live chat",
            "E-mail en livechat",
            "E-Mail und Live-Chat",
            "E-post og chat",
            "E-post ja veebivestlus",
        ],
    ),
    typed(
        Means::Channel(Channel::Social),
        t5!["Social media", "Sociale media", "Soziale Medien", "Sosiale medier", "Sotsiaalmeedia"],
    ),
    typed(
        Means::Channel(Channel::InPerson),
        t5![
            "Face to face",
            "Persoonlijk (aan de balie of in de winkel)",
            "Persönlich vor Ort",
            "Ansikt til ansikt",
            "Silmast silma",
        ],
    ),
];

static PLACES: [Opt; 5] = [
    typed(
        Means::Place(Some(Place::CallCentre)),
        t5![
            "A busy open-plan call centre",
            "Een druk callcenter met open werkplekken",
            "Ein lebhaftes Callcenter im Großraumbüro",
            "Et travelt kundesenter i åpent landskap",
            "Elav kõnekeskus avatud kontoriruumis",
        ],
    ),
    typed(Means::Place(Some(Place::Office)), t5!["An office", "Een kantoor", "Ein Büro", "Et kontor", "Kontor"]),
    typed(Means::Place(Some(Place::Home)), t5!["At home", "Thuis", "Zu Hause", "Hjemmefra", "Kodus"]),
    typed(
        Means::Place(Some(Place::Store)),
        t5![
            "A shop, branch or front desk",
            "Een winkel, filiaal of balie",
            "Ein Geschäft, eine Filiale oder ein Empfang",
            "En butikk, filial eller skranke",
            "Pood, esindus või vastuvõtulett",
        ],
    ),
    typed(Means::Place(None), t5!["No preference", "Maakt me niet uit", "Egal", "Spiller ingen rolle", "Pole vahet"]),
];

const fn agree(id: &'static str, t: Trait, reverse: bool, text: T5) -> Question {
    Question {
        id,
        dimension: Dimension::Temperament,
        kind: Kind::Agree { reverse },
        text,
        help: None,
        tests: Tests::Trait(t),
        fact: false,
    }
}

const fn slot(id: &'static str, s: Slot, text: T5, help: Option<T5>) -> Question {
    Question {
        id,
        dimension: Dimension::Schedule,
        kind: Kind::Choice(&WILLING),
        text,
        help,
        tests: Tests::Slot(s),
        fact: false,
    }
}

const fn q(
    id: &'static str,
    dimension: Dimension,
    kind: Kind,
    tests: Tests,
    fact: bool,
    text: T5,
    help: Option<T5>,
) -> Question {
    Question { id, dimension, kind, text, help, tests, fact }
}

/// How many questions the quiz has.
pub const COUNT: usize = 27;

/// Every question, in the order the quiz asks them.
pub static QUESTIONS: [Question; COUNT] = [
    // Temperament: seeds 000, 001, 002 (angry and upset customers, refunds).
    agree("t_calm", Trait::Calm, false, t5![
        "A customer is shouting at you because a refund went wrong. You stay calm and keep looking for a solution.",
        "Een klant staat tegen je te schreeuwen omdat een terugbetaling is misgegaan. Jij blijft rustig en zoekt gewoon verder naar een oplossing.",
        "Ein Kunde schreit dich an, weil eine Rückerstattung schiefgelaufen ist. Du bleibst ruhig und suchst weiter nach einer Lösung.",
        "En kunde kjefter på deg fordi en refusjon har gått galt. Du holder hodet kaldt og leter videre etter en løsning.",
        "Klient karjub sinu peale, sest raha tagastamine läks valesti. Sa jääd rahulikuks ja otsid edasi lahendust.",
    ]),
    // Seed 003: patience, giving the customer room.
    agree("t_patience", Trait::Patience, false, t5![
        "An older customer asks you to explain the same step for the third time. You explain it again, just as kindly as the first time.",
        "Een oudere klant vraagt je voor de derde keer dezelfde stap uit te leggen. Je legt het nog een keer uit, net zo vriendelijk als de eerste keer.",
        "Eine ältere Kundin bittet dich zum dritten Mal, denselben Schritt zu erklären. Du erklärst ihn noch einmal, genauso freundlich wie beim ersten Mal.",
        "En eldre kunde ber deg forklare det samme steget for tredje gang. Du forklarer det igjen, like vennlig som første gang.",
        "Eakas klient palub sul sama sammu kolmandat korda selgitada. Sa selgitad uuesti, sama sõbralikult kui esimesel korral.",
    ]),
    // Seed 003: empathy, seeing it from the customer's perspective.
    agree("t_empathy", Trait::Empathy, false, t5![
        "When someone complains, my first thought is how the problem looks from their side.",
        "Als iemand klaagt, vraag ik me eerst af hoe het probleem er voor die persoon uitziet.",
        "Wenn sich jemand beschwert, überlege ich zuerst, wie das Problem aus seiner Sicht aussieht.",
        "Når noen klager, tenker jeg først på hvordan problemet ser ut fra deres side.",
        "Kui keegi kaebab, mõtlen kõigepealt, kuidas probleem tema vaatenurgast paistab.",
    ]),
    // Seed 002: active listening (reverse: cutting in).
    agree("t_listen", Trait::Listening, true, t5![
        "On the phone I often know the answer before the caller has finished, so I cut in to save time.",
        "Aan de telefoon weet ik vaak al het antwoord voordat de beller is uitgepraat, dus ik onderbreek om tijd te winnen.",
        "Am Telefon weiß ich oft die Antwort, bevor der Anrufer fertig ist, also unterbreche ich, um Zeit zu sparen.",
        "I telefonsamtaler vet jeg ofte svaret før innringeren er ferdig, så jeg avbryter for å spare tid.",
        "Telefonis tean tihti vastust enne, kui helistaja on lõpetanud, ja segan vahele, et aega säästa.",
    ]),
    // Seed 002: verbal communication avoids misunderstandings.
    agree("t_verbal", Trait::Verbal, false, t5![
        "Explaining a return policy over the phone so that the caller gets it right first time comes easily to me.",
        "Een retourbeleid aan de telefoon zo uitleggen dat de beller het in één keer snapt, gaat me makkelijk af.",
        "Eine Rückgaberegelung am Telefon so zu erklären, dass der Anrufer sie auf Anhieb versteht, fällt mir leicht.",
        "Å forklare returreglene på telefon slik at innringeren forstår dem med en gang, faller lett for meg.",
        "Mul on lihtne selgitada telefonis tagastustingimusi nii, et helistaja saab kohe esimese korraga aru.",
    ]),
    // Seed 003: clear written communication (email, chat).
    agree("t_written", Trait::Written, false, t5![
        "I can write a clear, friendly answer to a customer's email or chat message, without mistakes.",
        "Ik kan een duidelijk en vriendelijk antwoord schrijven op een e-mail of chatbericht van een klant, zonder fouten.",
        "Ich kann auf die E-Mail oder Chatnachricht einer Kundin oder eines Kunden eine klare, freundliche Antwort ohne Fehler schreiben.",
        "Jeg kan skrive et klart og vennlig svar på en e-post eller chatmelding fra en kunde, uten feil.",
        "Ma oskan kirjutada kliendi e-kirjale või vestlussõnumile selge ja sõbraliku vastuse ilma vigadeta.",
    ]),
    // Seeds 002, 003: troubleshooting, choosing the best solution.
    agree("t_solve", Trait::ProblemSolving, false, t5![
        "A caller's new product will not install. Finding out step by step what is wrong, and which fix is best, sounds like fun to me.",
        "Het nieuwe product van een beller wil niet installeren. Stap voor stap uitzoeken wat er mis is en welke oplossing het beste is, lijkt me leuk.",
        "Das neue Gerät eines Anrufers lässt sich nicht installieren. Schritt für Schritt herauszufinden, was los ist und welche Lösung die beste ist, macht mir Spaß.",
        "Et nytt produkt hos en innringer lar seg ikke installere. Å finne ut steg for steg hva som er galt og hvilken løsning som er best, høres gøy ut.",
        "Helistaja uus toode ei lähe tööle. Samm-sammult välja selgitada, mis on viga ja milline lahendus on parim, tundub mulle põnev.",
    ]),
    // Seeds 000, 004: suggesting extra products; telemarketing (reverse).
    agree("t_sell", Trait::Persuasion, true, t5![
        "Suggesting an extra product to a customer who only called with a question feels pushy to me.",
        "Een extra product voorstellen aan een klant die alleen belde met een vraag, voelt voor mij opdringerig.",
        "Einem Kunden, der nur mit einer Frage anruft, noch ein zusätzliches Produkt vorzuschlagen, fühlt sich für mich aufdringlich an.",
        "Å foreslå et ekstra produkt for en kunde som bare ringte med et spørsmål, føles påtrengende for meg.",
        "Lisatoote pakkumine kliendile, kes helistas ainult küsimusega, tundub mulle pealetükkiv.",
    ]),
    // Seeds 001, 002: hundreds of calls a day, a set number per shift (reverse).
    agree("t_pace", Trait::Pace, true, t5![
        "Handling hundreds of calls a day, with a set number of calls to answer each shift, would wear me out.",
        "Honderden telefoontjes per dag afhandelen, met een vast aantal gesprekken per dienst, zou me uitputten.",
        "Hunderte Anrufe am Tag mit einer festen Zahl an Gesprächen pro Schicht würden mich auslaugen.",
        "Å ta hundrevis av samtaler om dagen, med et fast antall samtaler per vakt, ville slitt meg ut.",
        "Sadade kõnede vastuvõtmine päevas, kindla kõnede arvuga vahetuse kohta, kurnaks mind ära.",
    ]),
    // Seed 003: CRM systems such as Salesforce, Microsoft Dynamics.
    agree("t_software", Trait::Digital, false, t5![
        "I quickly get the hang of a new computer system, such as a CRM like Salesforce or Microsoft Dynamics.",
        "Ik heb een nieuw computersysteem, zoals een CRM als Salesforce of Microsoft Dynamics, snel onder de knie.",
        "Ein neues Computersystem, etwa ein CRM wie Salesforce oder Microsoft Dynamics, habe ich schnell im Griff.",
        "Jeg lærer meg raskt et nytt datasystem, for eksempel et CRM-system som Salesforce eller Microsoft Dynamics.",
        "Saan uue arvutisüsteemiga, näiteks Salesforce'i või Microsoft Dynamicsi sarnase CRM-iga, kiiresti hakkama.",
    ]),
    // Schedule: seeds 000, 002 (call centres open evenings, weekends, holidays, some 24 hours).
    slot("s_evenings", Slot::Evenings, t5![
        "Could you work evening shifts, for example until 9 pm?",
        "Kun je avonddiensten werken, bijvoorbeeld tot 21.00 uur?",
        "Kannst du Spätschichten arbeiten, zum Beispiel bis 21 Uhr?",
        "Kan du jobbe kveldsvakter, for eksempel til klokka 21?",
        "Kas saad töötada õhtuses vahetuses, näiteks kella 21-ni?",
    ], None),
    slot("s_nights", Slot::Nights, t5![
        "Some call centres are open 24 hours a day. Could you work night shifts?",
        "Sommige callcenters zijn 24 uur per dag open. Kun je nachtdiensten draaien?",
        "Manche Callcenter sind rund um die Uhr geöffnet. Kannst du Nachtschichten übernehmen?",
        "Noen kundesentre har åpent hele døgnet. Kan du jobbe nattevakter?",
        "Mõni kõnekeskus on avatud ööpäev läbi. Kas saad töötada öövahetuses?",
    ], None),
    slot("s_weekends", Slot::Weekends, t5![
        "Could you work on Saturdays and Sundays?",
        "Kun je op zaterdag en zondag werken?",
        "Kannst du samstags und sonntags arbeiten?",
        "Kan du jobbe lørdager og søndager?",
        "Kas saad töötada laupäeviti ja pühapäeviti?",
    ], None),
    slot("s_holidays", Slot::Holidays, t5![
        "Could you work on public holidays, such as Easter Monday or Boxing Day?",
        "Kun je op feestdagen werken, zoals tweede paasdag of tweede kerstdag?",
        "Kannst du an Feiertagen arbeiten, etwa am Ostermontag oder am zweiten Weihnachtstag?",
        "Kan du jobbe på helligdager, for eksempel andre påskedag eller andre juledag?",
        "Kas saad töötada riigipühadel, näiteks teisel jõulupühal?",
    ], None),
    // Seed 001: a customer walks in at 18:25, five minutes before closing.
    slot("s_overtime", Slot::Overtime, t5![
        "A customer walks in five minutes before closing with a technical problem. Could you stay 20 or 30 minutes longer, or work overtime when it is busy?",
        "Vijf minuten voor sluitingstijd komt een klant binnen met een technisch probleem. Kun je 20 of 30 minuten langer blijven, of overuren maken als het druk is?",
        "Fünf Minuten vor Ladenschluss kommt ein Kunde mit einem technischen Problem. Kannst du 20 oder 30 Minuten länger bleiben oder Überstunden machen, wenn viel los ist?",
        "Fem minutter før stengetid kommer en kunde inn med et teknisk problem. Kan du bli 20–30 minutter ekstra, eller jobbe overtid når det er travelt?",
        "Viis minutit enne sulgemist tuleb klient tehnilise murega. Kas saad jääda 20–30 minutit kauemaks või teha kiirel ajal ületunde?",
    ], None),
    // Seeds 000, 002: most work full-time, one in five part-time.
    q("s_hours", Dimension::Schedule, Kind::Choice(&HOURS), Tests::Hours, false, t5![
        "Are you looking for full-time or part-time work?",
        "Zoek je een fulltime of een parttime baan?",
        "Suchst du eine Vollzeit- oder eine Teilzeitstelle?",
        "Ser du etter heltid eller deltid?",
        "Kas otsid täis- või osalise tööajaga tööd?",
    ], None),
    q("s_rota", Dimension::Schedule, Kind::Choice(&ROTA), Tests::Rota, false, t5![
        "How fixed do your working hours need to be?",
        "Hoe vast moeten je werktijden zijn?",
        "Wie fest müssen deine Arbeitszeiten sein?",
        "Hvor faste må arbeidstidene dine være?",
        "Kui kindlad peavad su tööajad olema?",
    ], Some(t5![
        "Many customer service jobs work from a rota that changes week by week.",
        "Bij veel klantenservicebanen werk je met een rooster dat elke week verandert.",
        "In vielen Kundenservice-Jobs ändert sich der Dienstplan jede Woche.",
        "Mange kundeservicejobber har en turnus som endrer seg fra uke til uke.",
        "Paljudes klienditeeninduse töödes muutub graafik iga nädal.",
    ])),
    // Education: seeds 000, 002, 004 (secondary diploma usually enough).
    q("e_level", Dimension::Education, Kind::Choice(&EDU), Tests::Education, true, t5![
        "What is the highest level of education you have completed?",
        "Wat is je hoogst afgeronde opleiding?",
        "Was ist dein höchster Abschluss?",
        "Hva er den høyeste utdanningen du har fullført?",
        "Milline on sinu kõrgeim lõpetatud haridustase?",
    ], None),
    // Seeds 000, 002: two to three weeks on the job, months in some industries.
    q("e_training", Dimension::Education, Kind::Choice(&TRAINING), Tests::Training, false, t5![
        "New staff are usually trained on the job. How much training would you accept?",
        "Nieuwe medewerkers krijgen meestal training op de werkvloer. Hoe lang mag die training voor jou duren?",
        "Neue Mitarbeitende werden meist im Job eingearbeitet. Wie lange darf die Einarbeitung für dich dauern?",
        "Nyansatte får som regel opplæring på jobben. Hvor lang opplæring er du villig til å ta?",
        "Uued töötajad õpetatakse tavaliselt välja töö käigus. Kui pikk väljaõpe sulle sobib?",
    ], Some(t5![
        "Usually two to three weeks; in banking or insurance it can take months because of the rules to learn.",
        "Meestal twee tot drie weken; bij banken en verzekeraars soms maanden, omdat er veel regels te leren zijn.",
        "Meist zwei bis drei Wochen; bei Banken und Versicherungen mitunter Monate, weil viele Vorschriften dazugehören.",
        "Vanligvis to–tre uker; i bank og forsikring kan det ta måneder fordi det er mange regler å lære.",
        "Tavaliselt kaks-kolm nädalat; pangas ja kindlustuses võib see võtta kuid, sest reegleid on palju.",
    ])),
    // Seeds 000, 002: licences for insurance and finance in some states and countries.
    q("e_licence", Dimension::Education, Kind::Choice(&LICENCE), Tests::Licence, false, t5![
        "Some jobs in banking and insurance need a government licence to sell or advise on products. Would you study for one?",
        "Voor sommige banen bij banken en verzekeraars heb je een wettelijk erkend diploma of vergunning nodig om producten te verkopen of te adviseren. Zou je daarvoor willen leren?",
        "Für manche Jobs bei Banken und Versicherungen braucht man eine behördliche Zulassung, um Produkte zu verkaufen oder zu beraten. Würdest du dafür lernen?",
        "Noen jobber i bank og forsikring krever offentlig godkjenning eller autorisasjon for å selge eller gi råd om produkter. Kunne du tenke deg å ta en slik godkjenning?",
        "Mõnes panga- ja kindlustustöös on toodete müümiseks või nõustamiseks vaja riiklikku litsentsi. Kas oleksid valmis selle omandama?",
    ], None),
    // Seeds 000, 003: CCSP, course certificates, fagbrev.
    q("e_certs", Dimension::Education, Kind::Multi(&CERTS), Tests::Certifications, true, t5![
        "Which of these do you have? Choose all that apply, or none.",
        "Welke hiervan heb je? Kies alles wat klopt, of niets.",
        "Welche davon hast du? Wähle alles Zutreffende oder nichts.",
        "Hvilke av disse har du? Velg alle som passer, eller ingen.",
        "Mis neist sul on? Vali kõik sobivad või mitte ühtegi.",
    ], None),
    // Setting: seeds 000, 002, 003 (phone, email, live chat, social media, in person in retail).
    q("w_channels", Dimension::Setting, Kind::Multi(&CHANNELS), Tests::Channels, false, t5![
        "How would you most like to help customers? Choose one or more.",
        "Hoe help je klanten het liefst? Kies er één of meer.",
        "Wie hilfst du Kundinnen und Kunden am liebsten? Wähle eines oder mehrere.",
        "Hvordan vil du helst hjelpe kunder? Velg én eller flere.",
        "Kuidas aitaksid kliente kõige meelsamini? Vali üks või mitu.",
    ], None),
    // Seeds 002, 003: open-plan call centres, offices, working from home; shops (000).
    q("w_place", Dimension::Setting, Kind::Choice(&PLACES), Tests::PlacePref, false, t5![
        "Where would you most like to work?",
        "Waar zou je het liefst werken?",
        "Wo würdest du am liebsten arbeiten?",
        "Hvor vil du helst jobbe?",
        "Kus sooviksid kõige meelsamini töötada?",
    ], None),
    // Seed 002: the call centre can be crowded and noisy (reverse).
    q("w_noise", Dimension::Setting, Kind::Agree { reverse: true }, Tests::Tolerates(Place::CallCentre), false, t5![
        "A crowded, noisy room full of colleagues on the phone would wear me out.",
        "Een volle, rumoerige ruimte met collega's die allemaal aan de telefoon zitten, zou me uitputten.",
        "Ein lauter Großraum, in dem ringsum alle telefonieren, würde mich erschöpfen.",
        "Et fullt og støyende rom med kolleger som snakker i telefonen, ville slitt meg ut.",
        "Rahvarohke ja mürarikas ruum täis telefoniga rääkivaid kolleege kurnaks mind.",
    ], None),
    // Pay: seeds 000, 002 (BLS medians, PayScale by experience).
    q("p_expect", Dimension::Pay, Kind::Pay, Tests::Pay, false, t5![
        "What pay do you expect, before tax?",
        "Welk salaris verwacht je, bruto?",
        "Welches Gehalt erwartest du, brutto?",
        "Hvilken lønn forventer du, før skatt?",
        "Millist palka ootad enne makse?",
    ], Some(t5![
        "Give an amount per hour, per month or per year.",
        "Geef een bedrag per uur, per maand of per jaar.",
        "Gib einen Betrag pro Stunde, Monat oder Jahr an.",
        "Oppgi et beløp per time, måned eller år.",
        "Sisesta summa tunnis, kuus või aastas.",
    ])),
    // Seeds 001, 003: representatives move up to team leader and manager
    // with experience; BLS and O*NET say how much each job expects.
    q("p_years", Dimension::Education, Kind::Years, Tests::Experience, true, t5![
        "How many years of customer service experience do you have?",
        "Hoeveel jaar ervaring heb je in de klantenservice?",
        "Wie viele Jahre Erfahrung im Kundenservice hast du?",
        "Hvor mange års erfaring fra kundeservice har du?",
        "Mitu aastat klienditeeninduse kogemust sul on?",
    ], Some(t5![
        "Count every job where you served customers: a call centre, a shop, a hotel front desk, a bank counter.",
        "Tel elke baan mee waarin je klanten hielp: een callcenter, een winkel, een hotelreceptie, een bankbalie.",
        "Zähl jeden Job mit, in dem du Kundschaft bedient hast: Callcenter, Laden, Hotelrezeption, Bankschalter.",
        "Tell med alle jobber der du har betjent kunder: kundesenter, butikk, hotellresepsjon, bankskranke.",
        "Arvesta iga tööd, kus teenindasid kliente: kõnekeskus, pood, hotelli vastuvõtt, panga teenindussaal.",
    ])),
    // Seeds 003, 004: team leaders coach the team and take escalated calls.
    q("x_lead", Dimension::Education, Kind::Choice(&LEAD), Tests::Leadership, true, t5![
        "Have you led or coached other people at work?",
        "Heb je op je werk anderen aangestuurd of begeleid?",
        "Hast du bei der Arbeit andere angeleitet oder geführt?",
        "Har du ledet eller veiledet andre på jobb?",
        "Kas oled tööl teisi juhendanud või juhtinud?",
    ], Some(t5![
        "For example training new colleagues, leading a shift or being a team leader.",
        "Bijvoorbeeld nieuwe collega's inwerken, een dienst leiden of teamleider zijn.",
        "Zum Beispiel neue Kolleginnen und Kollegen eingearbeitet, eine Schicht geleitet oder als Teamleitung gearbeitet.",
        "For eksempel lært opp nye kolleger, ledet et skift eller vært teamleder.",
        "Näiteks uusi kolleege välja õpetanud, vahetust juhtinud või meeskonnajuht olnud.",
    ])),
];

/// The question that tests `t`, if the bank has one.
pub fn testing(t: Tests) -> Option<(usize, &'static Question)> {
    QUESTIONS.iter().enumerate().find(|(_, q)| q.tests == t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(id: &str, dim: Dimension, min_options: usize) {
        let q = question(id).unwrap_or_else(|| panic!("no question {id}"));
        assert_eq!(q.dimension, dim, "{id}");
        assert!(q.options().len() >= min_options, "{id}");
    }

    #[test]
    fn bank_has_what_the_issue_asks() {
        check("t_calm", Dimension::Temperament, 5);
        check("s_weekends", Dimension::Schedule, 4);
        check("e_level", Dimension::Education, 4);
        check("e_licence", Dimension::Education, 4);
        check("w_channels", Dimension::Setting, 4);
        check("p_expect", Dimension::Pay, 0);
        let count = |d| QUESTIONS.iter().filter(|q| q.dimension == d).count();
        assert!(count(Dimension::Temperament) >= 8);
        assert!(count(Dimension::Schedule) >= 6);
        let reversed = QUESTIONS.iter().filter(|q| q.kind == Kind::Agree { reverse: true }).count();
        assert!(reversed >= 3);
    }

    #[test]
    fn scale_tops_are_the_highest_option_values() {
        let top = |t: Tests| QUESTIONS.iter().find(|q| q.tests == t).unwrap().options().iter().map(|o| o.value).max();
        assert_eq!(AGREE.iter().map(|o| o.value).max(), Some(AGREE_TOP));
        assert_eq!(top(Tests::Slot(Slot::Weekends)), Some(WILLING_TOP));
        assert_eq!(top(Tests::Licence), Some(WILLING_TOP));
    }

    #[test]
    fn dimension_index_is_the_position_in_all() {
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            assert_eq!(d.index(), i, "{d:?}");
        }
    }

    #[test]
    fn ids_unique_and_texts_complete() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(index_of(q.id), Some(i), "duplicate id {}", q.id);
            let texts = std::iter::once(&q.text).chain(q.help.iter()).chain(q.options().iter().map(|o| &o.label));
            for t in texts {
                assert!(t.iter().all(|s| !s.trim().is_empty()), "{}", q.id);
            }
            assert!(q.options().len() <= 8, "options must fit a byte mask: {}", q.id);
        }
    }

    /// Typed options cover their enum exactly once, whatever their order.
    #[test]
    fn typed_options_cover_their_enums() {
        let means = |t: Tests| testing(t).unwrap().1.options().iter().map(|o| o.means).collect::<Vec<_>>();
        let places = means(Tests::PlacePref);
        for p in Place::ALL {
            assert_eq!(places.iter().filter(|m| **m == Means::Place(Some(p))).count(), 1, "{p:?}");
        }
        assert!(places.contains(&Means::Place(None)), "a no-preference option");
        let channels = means(Tests::Channels);
        assert_eq!(channels.len(), Channel::ALL.len());
        for c in Channel::ALL {
            assert_eq!(channels.iter().filter(|m| **m == Means::Channel(c)).count(), 1, "{c:?}");
        }
        let edu = means(Tests::Education);
        for e in [EduLevel::None, EduLevel::Secondary, EduLevel::Vocational, EduLevel::Higher] {
            assert_eq!(edu.iter().filter(|m| **m == Means::Education(e)).count(), 1, "{e:?}");
        }
        let lead = means(Tests::Leadership);
        for l in [Leadership::None, Leadership::Coaches, Leadership::LeadsTeam] {
            assert_eq!(lead.iter().filter(|m| **m == Means::Leadership(l)).count(), 1, "{l:?}");
        }
        // Scale questions carry scale options only.
        let typed = [Tests::PlacePref, Tests::Channels, Tests::Education, Tests::Leadership];
        for q in QUESTIONS.iter().filter(|q| !typed.contains(&q.tests)) {
            assert!(q.options().iter().all(|o| o.means == Means::Scale), "{}", q.id);
        }
    }

    #[test]
    fn each_requirement_is_tested_by_one_question() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(testing(q.tests).map(|(j, _)| j), Some(i), "{} shares what it tests", q.id);
        }
    }

    #[test]
    fn only_cannot_answers_are_hard() {
        let hard: Vec<_> = QUESTIONS
            .iter()
            .flat_map(|q| q.options().iter().filter(|o| o.hard).map(move |o| (q.id, o.value)))
            .collect();
        assert!(hard.contains(&("s_weekends", 0)));
        assert!(hard.contains(&("e_licence", 0)));
        assert!(hard.contains(&("s_hours", 1)));
        assert!(!hard.iter().any(|(id, _)| id.starts_with("t_")));
    }
}
