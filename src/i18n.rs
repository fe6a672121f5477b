//! The widget's own interface strings in the five languages. Role content
//! and engine explanations carry their own translations; this table holds
//! only the chrome around them. A missing string is a compile error.

use crate::core::lang::Lang;

/// Every interface string, one field each. `{n}`-style placeholders are
/// filled in by the component that shows the string.
pub struct Ui {
    pub title: &'static str,
    pub lead: &'static str,
    pub duration: &'static str,
    pub privacy: &'static str,
    pub roles_covered: &'static str,
    pub start: &'static str,
    pub language: &'static str,
}

/// The interface strings for `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
        Lang::De => &DE,
        Lang::Nb => &NB,
        Lang::Et => &ET,
    }
}

static EN: Ui = Ui {
    title: "Which customer service job fits you?",
    lead: "Answer a few questions about your temperament, the hours you can work, your education and the pay you expect. We compare your answers with what published sources say each job asks for.",
    duration: "About 5 minutes",
    privacy: "Your answers stay in this browser. Nothing is sent anywhere.",
    roles_covered: "{n} jobs compared",
    start: "Start the quiz",
    language: "Language",
};

static NL: Ui = Ui {
    title: "Welke klantenservicebaan past bij jou?",
    lead: "Beantwoord een paar vragen over je karakter, de uren die je kunt werken, je opleiding en het loon dat je verwacht. We vergelijken je antwoorden met wat gepubliceerde bronnen over elke baan zeggen.",
    duration: "Ongeveer 5 minuten",
    privacy: "Je antwoorden blijven in deze browser. Er wordt niets verstuurd.",
    roles_covered: "{n} beroepen vergeleken",
    start: "Begin de quiz",
    language: "Taal",
};

static DE: Ui = Ui {
    title: "Welcher Job im Kundenservice passt zu dir?",
    lead: "Beantworte ein paar Fragen zu deinem Temperament, deinen möglichen Arbeitszeiten, deiner Ausbildung und deinen Gehaltsvorstellungen. Wir vergleichen deine Antworten mit dem, was veröffentlichte Quellen über jeden Beruf sagen.",
    duration: "Etwa 5 Minuten",
    privacy: "Deine Antworten bleiben in diesem Browser. Es wird nichts verschickt.",
    roles_covered: "{n} Berufe im Vergleich",
    start: "Quiz starten",
    language: "Sprache",
};

static NB: Ui = Ui {
    title: "Hvilken kundeservicejobb passer for deg?",
    lead: "Svar på noen spørsmål om temperamentet ditt, hvilke tider du kan jobbe, utdanningen din og lønnen du forventer. Vi sammenligner svarene dine med det publiserte kilder sier at hver jobb krever.",
    duration: "Omtrent 5 minutter",
    privacy: "Svarene dine blir i denne nettleseren. Ingenting sendes noe sted.",
    roles_covered: "{n} yrker sammenlignet",
    start: "Start quizen",
    language: "Språk",
};

static ET: Ui = Ui {
    title: "Milline klienditeeninduse töö sulle sobib?",
    lead: "Vasta mõnele küsimusele oma iseloomu, sobivate tööaegade, hariduse ja palgaootuse kohta. Võrdleme su vastuseid sellega, mida avaldatud allikad iga töö nõuete kohta ütlevad.",
    duration: "Umbes 5 minutit",
    privacy: "Sinu vastused jäävad sellesse brauserisse. Midagi ei saadeta kuhugi.",
    roles_covered: "Võrdluses {n} ametit",
    start: "Alusta testi",
    language: "Keel",
};
