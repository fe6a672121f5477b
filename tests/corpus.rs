//! The text corpus (issue 13): every sentence the widget can show, rendered
//! in the five languages into `target/text/<lang>.txt`, and mechanical
//! rules checked over all of it. What is rendered and what is refused is
//! described in docs/glossary.md, "How this is checked"; the per-language
//! forbidden patterns are that file's Avoid table, read from it here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use career_quiz::core::answers::{Answer, Answers};
use career_quiz::core::catalogue::{Catalogue, Channel, Cite, Period, Place, Slot, Trait};
use career_quiz::core::explain;
use career_quiz::core::lang::Lang;
use career_quiz::core::pay;
use career_quiz::core::questions::{Kind, QUESTIONS};
use career_quiz::core::region::Region;
use career_quiz::core::scoring::{
    score, Change, Dealbreaker, FitBand, Match, NotYet, Reason, RoleFit, Subject, Weights, WhatIf,
};
use regex::Regex;

/// What a text is, for the rules that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Form {
    /// A generated sentence or a question: ends with . ? or !.
    Sentence,
    /// An interface string: a sentence when it has several words.
    Interface,
    /// A label, a name, a role text, a note: no ending rule.
    Label,
}

/// One text in the five languages, in [`Lang::ALL`] order.
type Five = [String; 5];

#[derive(Default)]
struct Corpus {
    items: BTreeMap<String, (Form, Five)>,
}

impl Corpus {
    fn add(&mut self, key: String, form: Form, render: impl Fn(Lang) -> String) {
        let five = Lang::ALL.map(&render);
        self.items.insert(key, (form, five));
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn cite() -> Cite {
    Cite::of("seed-000")
}

fn subjects() -> Vec<Subject> {
    Trait::ALL
        .map(Subject::Trait)
        .into_iter()
        .chain(Slot::ALL.map(Subject::Slot))
        .chain(Place::ALL.map(Subject::Place))
        .chain(Channel::ALL.map(Subject::Channel))
        .chain([Subject::Rota, Subject::Education, Subject::Training, Subject::Licence, Subject::Certifications])
        .chain([Subject::Pay, Subject::Experience, Subject::Leadership])
        .collect()
}

fn changes() -> Vec<Change> {
    Slot::ALL
        .map(Change::Slot)
        .into_iter()
        .chain(Place::ALL.map(|p| Change::Place(Some(p))))
        .chain(Channel::ALL.map(Change::Channel))
        .chain([Change::Place(None), Change::Rota, Change::Training, Change::Licence])
        .collect()
}

/// Every answer to every question: each option, each single box ticked and
/// none, a few years, a few pay amounts in each region's currency.
fn answer_sets() -> Vec<(String, Answers)> {
    let mut out = vec![("none".to_string(), Answers::new())];
    for q in &QUESTIONS {
        let n = q.options().len() as u8;
        let answers: Vec<Answer> = match q.kind {
            Kind::Agree { .. } | Kind::Choice(_) => (0..n).map(Answer::Choice).collect(),
            Kind::Multi(_) => (0..n).map(|i| Answer::Multi(1 << i)).chain([Answer::Multi(0)]).collect(),
            Kind::Years => [0u8, 1, 3, 8].map(Answer::Years).to_vec(),
            Kind::Pay => Vec::new(),
        };
        for a in answers {
            if let Ok(set) = Answers::new().with(q.id, a) {
                out.push((format!("{}={a:?}", q.id), set));
            }
        }
    }
    // Two whole personas, so dimensions mix and caps combine.
    let rigid = [
        ("s_evenings", Answer::Choice(3)),
        ("s_weekends", Answer::Choice(3)),
        ("s_hours", Answer::Choice(1)),
        ("e_level", Answer::Choice(0)),
        ("e_licence", Answer::Choice(3)),
        ("p_years", Answer::Years(0)),
        ("x_lead", Answer::Choice(0)),
        ("w_place", Answer::Choice(2)),
    ];
    let set = rigid.iter().fold(Answers::new(), |a, (id, x)| a.with(id, *x).unwrap_or_else(|e| panic!("{id}: {e}")));
    out.push(("persona=rigid".into(), set));
    out
}

/// Everything there is to say, in five languages.
fn corpus() -> Corpus {
    let cat = Catalogue::builtin_translated().expect("built-in catalogue");
    let mut c = Corpus::default();
    let money = &explain::plain_money;

    // Reasons for every subject, level (0–5 covers the training codes) and fit.
    for s in subjects() {
        for level in 0..=5u8 {
            for fit in [Match::Good, Match::Partial, Match::Poor] {
                let r = Reason { question: "q", subject: s, role_level: level, fit, effect: 0, cite: cite() };
                c.add(format!("reason/{s:?}/{level}/{fit:?}"), Form::Sentence, |l| explain::reason(l, &r));
            }
        }
        for level in 1..=3u8 {
            let d = Dealbreaker { question: "q", subject: s, role_level: level, cap: 40, cite: cite() };
            c.add(format!("dealbreaker/{s:?}/{level}"), Form::Sentence, |l| explain::dealbreaker(l, &d));
        }
    }
    for ch in changes() {
        let w = WhatIf { question: "q", change: ch, from: 48, to: 71 };
        c.add(format!("what_if/{ch:?}"), Form::Sentence, |l| explain::what_if(l, &w));
    }
    let paths: [&[&str]; 3] = [&[], &["customer_service_rep"], &["customer_service_rep", "receptionist"]];
    for years in [None, Some(1), Some(3)] {
        for leads_team in [false, true] {
            for (i, path) in paths.iter().enumerate() {
                let n = NotYet { cap: 55, years, leads_team, from: Vec::new(), cite: cite() };
                c.add(format!("not_yet/{years:?}/{leads_team}/{i}"), Form::Sentence, |l| {
                    let names: Vec<&str> = path.iter().filter_map(|id| cat.role(id)).map(|r| r.name.get(l)).collect();
                    explain::not_yet(l, &n, &names)
                });
            }
        }
    }

    // What the scorer really says, for each answer to each question, on every role.
    for (label, answers) in answer_sets() {
        for f in score(&cat, &answers, &Weights::default()) {
            let what_ifs = career_quiz::core::scoring::what_ifs_for(&cat, &answers, &Weights::default(), &f);
            add_fit(&mut c, &cat, &format!("scored/{label}/{}", f.role), &f, &what_ifs);
        }
    }

    // Pay verdicts for every role in every country, at five expectations.
    for role in &cat.roles {
        for region in Region::ALL {
            let Some(d) = pay::distribution(role, region) else { continue };
            for factor in [0.4, 0.8, 1.0, 1.3, 2.5] {
                for years in [None, Some(2)] {
                    let period = region.usual_period();
                    let e = pay::Expectation {
                        amount: pay::per_period(d.median * factor, period).round(),
                        period,
                        currency: region.currency(),
                    };
                    let Some(p) = pay::fit(&cat, role, e, years, region) else { continue };
                    c.add(format!("pay/{}/{region:?}/{factor}/{years:?}", role.id), Form::Sentence, |l| {
                        format!("{}: {}", explain::verdict_label(l, &p), explain::pay(l, &cat, &p, money))
                    });
                }
            }
        }
    }

    // Words and phrases the cards show.
    for b in [FitBand::Strong, FitBand::Possible, FitBand::Poor, FitBand::NotYet] {
        c.add(format!("band/{b:?}"), Form::Label, |l| explain::band_name(l, b).to_string());
    }
    for p in [Period::Hourly, Period::Monthly, Period::Annual] {
        c.add(format!("period/{p:?}"), Form::Label, |l| explain::period_name(l, p).to_string());
    }
    for role in &cat.roles {
        c.add(format!("training/{}", role.id), Form::Label, |l| {
            explain::training_span(l, &role.education.training.value)
        });
        for (path, text) in role.texts() {
            c.add(format!("role/{}/{path}", role.id), Form::Label, |l| text.get(l).to_string());
        }
    }

    // Questions, options and help.
    for q in &QUESTIONS {
        c.add(format!("question/{}", q.id), Form::Sentence, |l| q.text[l.index()].to_string());
        if let Some(h) = q.help {
            c.add(format!("question/{}/help", q.id), Form::Sentence, |l| h[l.index()].to_string());
        }
        for (i, o) in q.options().iter().enumerate() {
            c.add(format!("question/{}/option/{i}", q.id), Form::Label, |l| o.label[l.index()].to_string());
        }
    }

    // Interface strings, with sample values in their placeholders.
    for (field, five) in interface_strings() {
        c.add(format!("ui/{field}"), Form::Interface, |l| five[l.index()].clone());
    }

    // Citations: notes, glosses and source descriptions as each reader sees them.
    for role in &cat.roles {
        for (path, ct) in role.cites() {
            if ct.note.is_some() {
                c.add(format!("note/{}/{path}", role.id), Form::Label, |l| cat.note(ct, l).unwrap_or("").to_string());
            }
        }
    }
    for s in &cat.sources {
        c.add(format!("publisher/{}", s.id), Form::Label, |l| cat.source_text(&s.publisher, l).to_string());
    }
    c
}

/// A scored role's sentences, keyed under `key`.
fn add_fit(c: &mut Corpus, cat: &Catalogue, key: &str, f: &RoleFit, what_ifs: &[WhatIf]) {
    for (i, r) in f.dims.iter().flat_map(|d| &d.reasons).enumerate() {
        c.add(format!("{key}/reason/{i}"), Form::Sentence, |l| explain::reason(l, r));
    }
    for (i, d) in f.dealbreakers.iter().enumerate() {
        c.add(format!("{key}/dealbreaker/{i}"), Form::Sentence, |l| explain::dealbreaker(l, d));
    }
    for (i, w) in what_ifs.iter().enumerate() {
        c.add(format!("{key}/what_if/{i}"), Form::Sentence, |l| explain::what_if(l, w));
    }
    if let Some(n) = &f.not_yet {
        c.add(format!("{key}/not_yet"), Form::Sentence, |l| {
            let names: Vec<&str> = n.from.iter().filter_map(|id| cat.role(id)).map(|r| r.name.get(l)).collect();
            explain::not_yet(l, n, &names)
        });
    }
}

/// Sample values for the interface strings' placeholders, the same in every language.
const SAMPLES: [(&str, &str); 18] = [
    ("{n}", "3"),
    ("{total}", "27"),
    ("{role}", "Receptionist"),
    ("{min}", "2"),
    ("{max}", "6"),
    ("{cur}", "EUR"),
    ("{year}", "2020"),
    ("{p}", "+5%"),
    ("{from}", "2023"),
    ("{to}", "2033"),
    ("{scope}", "US"),
    ("{in}", "[region]"),
    ("{per}", "[period]"),
    ("{old}", "USD"),
    ("{hours}", "2080"),
    ("{c}", "[covers]"),
    ("{who}", "CBS"),
    ("{name}", "Receptionist"),
];

/// `field → the five values` of `src/i18n.rs`, placeholders filled with [`SAMPLES`].
fn interface_strings() -> BTreeMap<String, Vec<String>> {
    const SOURCE: &str = include_str!("../src/i18n.rs");
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let field = Regex::new(r#"(?m)^    ([a-z_0-9]+): (.*?),?$"#).unwrap();
    let string = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    for lang in ["EN", "NL", "DE", "NB", "ET"] {
        let start = SOURCE.find(&format!("static {lang}: Ui = Ui {{")).unwrap_or_else(|| panic!("no {lang} table"));
        let body = &SOURCE[start..];
        let body = &body[..body.find("\n};").expect("end of table")];
        for cap in field.captures_iter(body) {
            let values: Vec<String> = string.captures_iter(&cap[2]).map(|s| unescape(&s[1])).collect();
            for (i, v) in values.iter().enumerate() {
                let key = if values.len() > 1 { format!("{}[{i}]", &cap[1]) } else { cap[1].to_string() };
                out.entry(key).or_default().push(explain_fill(v));
            }
        }
    }
    out.retain(|_, v| v.len() == 5);
    out
}

fn explain_fill(s: &str) -> String {
    career_quiz::core::lang::fill(s, &SAMPLES)
}

fn unescape(s: &str) -> String {
    s.replace("\\u{a0}", "\u{a0}").replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\")
}

/// The Avoid table of docs/glossary.md: `(language or "*", pattern)`.
fn avoid() -> Vec<(String, Regex)> {
    const GLOSSARY: &str = include_str!("../docs/glossary.md");
    let section = &GLOSSARY[GLOSSARY.find("## Avoid").expect("an Avoid section")..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let row = Regex::new(r"(?m)^\| (\*|en|nl|de|nb|et) \| `(.+?)` \|").unwrap();
    let out: Vec<(String, Regex)> = row
        .captures_iter(section)
        .map(|c| {
            let pattern = c[2].replace("\\|", "|");
            (c[1].to_string(), Regex::new(&pattern).unwrap_or_else(|e| panic!("glossary pattern {pattern}: {e}")))
        })
        .collect();
    assert!(out.len() > 40, "read only {} Avoid rows from docs/glossary.md", out.len());
    out
}

/// Names and terms that stay English in every language.
const ENGLISH_ALLOWED: &[&str] = &[
    "Certified Customer Service Professional",
    "Customer Service",
    "Important Qualities",
    "Occupational Outlook Handbook",
    "Occupational Employment and Wage Statistics",
    "Bureau of Labor Statistics",
    "National Customer Service Association",
    "National Careers Service",
    "Career Information System",
    "Job Outlook",
    "Live-Chat",
    "live chat",
    "CareerAddict",
    "Jobs and Skills",
    "Training and Workforce Development",
    "job-near.me",
    "career-quiz",
];

/// Texts whose numbers differ between languages on purpose: clock times
/// ("9 pm", "21 Uhr") and "24 hours a day" said as "round the clock".
const NUMBERS_MAY_DIFFER: &[&str] = &["question/s_evenings", "question/s_nights"];

/// Words repeated on purpose: a relative pronoun before an article
/// ("eine Spanne, die die Quelle …").
const DOUBLED_ALLOWED: &[&str] = &["die", "der", "das", "dat"];

/// English words that are not words of nl, de, nb or et.
const ENGLISH_MARKERS: &[&str] = &[
    "the", "and", "with", "your", "you", "which", "would", "could", "should", "their", "there", "about", "this",
    "that", "than", "earn", "pay", "when", "what", "where", "only", "not", "are", "were", "has", "job", "jobs", "work",
    "weeks", "months", "years",
];

fn quoted_spans() -> Regex {
    // Words quoted from a source stay in its language: “…”, „…“, «…», "…", '…'.
    Regex::new(r#"“[^”“]*[”“]|„[^“”]*[“”]|«[^»]*»|"[^"]*"|'[^']*'"#).unwrap()
}

#[test]
fn every_sentence_follows_the_rules_in_every_language() {
    let corpus = corpus();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/text");
    std::fs::create_dir_all(&dir).expect("target/text");
    let avoid = avoid();
    let placeholder = Regex::new(r"\{[A-Za-z_]*\}").unwrap();
    let doubled = Regex::new(r"(?i)\b(\p{L}+)\s+(\p{L}+)\b").unwrap();
    let digits = Regex::new(r"\d+").unwrap();
    let grouped = Regex::new(r"(\d)[,. \u{a0}](\d{3})\b").unwrap();
    let range = Regex::new(r"\b(\d+)\s?[–-]\s?(\d+)\b").unwrap();
    let word = Regex::new(r"\p{L}+").unwrap();
    let quoted = quoted_spans();
    let word_list = Regex::new(r"[\p{L}()]+(?:\s?/\s?[\p{L}()]+)+(?: to)?").unwrap();
    let mut problems: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        let mut file = String::new();
        let mut sentences = 0;
        for (key, (form, five)) in &corpus.items {
            let text = &five[lang.index()];
            let _ = writeln!(file, "{key}\t{text}");
            let mut bad = |why: &str| problems.push(format!("{}: {key}: {why}: {text}", lang.code()));
            if text.trim().is_empty() && *form != Form::Label {
                bad("empty");
                continue;
            }
            if matches!(form, Form::Sentence) {
                sentences += 1;
            }
            for r in range.captures_iter(text) {
                if r[1] == r[2] {
                    bad("a range with equal ends");
                }
            }
            if placeholder.is_match(text) {
                bad("a placeholder left");
            }
            if text.contains("  ") || text.starts_with(' ') || text.ends_with(' ') {
                bad("a doubled or stray space");
            }
            if [" ,", " .", " ;", " :", " !", " ?"].iter().any(|p| text.contains(p)) {
                bad("a space before punctuation");
            }
            for pair in doubled.captures_iter(text) {
                let w = pair[1].to_lowercase();
                if w == pair[2].to_lowercase() && w.chars().count() > 1 && !DOUBLED_ALLOWED.contains(&w.as_str()) {
                    bad(&format!("doubled word “{}”", &pair[1]));
                }
            }
            let long = word.find_iter(text).count() >= 6;
            let ends = text.trim_end_matches(['”', '“', '»', ')']).ends_with(['.', '?', '!', ':']);
            if (*form == Form::Sentence || *form == Form::Interface && long && text.contains(". ")) && !ends {
                bad("no final punctuation");
            }
            for (which, re) in &avoid {
                if (which == "*" || which == lang.code()) && re.is_match(text) {
                    bad(&format!("glossary Avoid `{}`", re.as_str()));
                }
            }
            if lang != Lang::En && !key.starts_with("role/") {
                let mut plain = quoted.replace_all(text, " ").into_owned();
                for name in ENGLISH_ALLOWED {
                    plain = plain.replace(name, " ");
                }
                // Word lists of a reading rule ("must / need(s) / …") are the source's words.
                let plain = word_list.replace_all(&plain, " ");
                let english: Vec<&str> =
                    word.find_iter(&plain).map(|m| m.as_str()).filter(|w| ENGLISH_MARKERS.contains(w)).collect();
                if !english.is_empty() {
                    bad(&format!("English words {english:?}"));
                }
            }
        }
        // Every language says the same numbers in the same item.
        if lang != Lang::En {
            for (key, (_, five)) in &corpus.items {
                let nums = |s: &str| {
                    // Thousands grouped as each language groups them (2,500 · 2.500 · 2 500) are one number.
                    let joined = grouped.replace_all(s, "$1$2");
                    let joined = grouped.replace_all(&joined, "$1$2");
                    let mut v: Vec<String> =
                        digits.find_iter(&joined).map(|m| m.as_str().trim_start_matches('0').to_string()).collect();
                    v.sort();
                    v
                };
                let exempt = key.starts_with("note/") || NUMBERS_MAY_DIFFER.contains(&key.as_str());
                if !exempt && nums(&five[0]) != nums(&five[lang.index()]) {
                    problems.push(format!(
                        "{}: {key}: other numbers than English:\n  en: {}\n  {}: {}",
                        lang.code(),
                        five[0],
                        lang.code(),
                        five[lang.index()]
                    ));
                }
            }
        }
        let path = dir.join(format!("{}.txt", lang.code()));
        std::fs::write(&path, file).expect("write the corpus");
        println!("{}: {} texts, {} sentences → {}", lang.code(), corpus.len(), sentences, path.display());
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_rules_catch_what_the_review_found() {
    // Each defect class of the content review, as it used to render, is caught.
    let avoid = avoid();
    let caught = |lang: &str, text: &str| avoid.iter().any(|(l, re)| (l == "*" || l == lang) && re.is_match(text));
    assert!(caught("et", "Litsents finants- või kindlustustööks on selles töös pole vajalik ja see sobib sulle."));
    assert!(caught("et", "Väljaõpe kestab paar nädalat, mõnes valdkonnas kuid, kuid sinu vastuste põhjal…"));
    assert!(caught("nb", "Hjemmekontor er sjelden i denne jobben."));
    assert!(caught("nb", "Deltidsarbeid er sjelden i denne jobben."));
    assert!(caught("en", "That keeps Customer service representative at 55% at most."));
    assert!(caught("de", "Geduld mit Kunden, die Zeit brauchen ist in diesem Job wichtig."));
    assert!(caught("nl", "Daardoor komt Receptionist niet boven 55%."));
    assert!(caught("nl", "Nieuwe software leren, zoals CRM-systemen is in deze baan nuttig."));
    assert!(caught("nl", "Het mediaanloon is €2.800."));
    assert!(caught("de", "Würden Sie dafür lernen?"));
    assert!(caught("de", "Geduld mit langsamen oder unsicheren Kunden ist wichtig."));
    assert!(!caught("de", "Geduld mit langsamen oder unsicheren Kundinnen und Kunden ist wichtig."));
    assert!(caught("et", "Kas Teie saaksite töötada õhtuti?"));
    assert!(!caught("nb", "Tålmodighet er sjelden viktig."), "a common-gender subject may take sjelden");
    assert!(!caught("en", "4–6 weeks"));
}

/// Every five-language table in the sentence and question code (`[en, nl,
/// de, nb, et]` string arrays) uses the same placeholders in each language;
/// the interface strings have their own check (`tests/i18n.rs`).
#[test]
fn every_template_has_the_same_placeholders_in_all_five_languages() {
    let tables = Regex::new(r#"\[\s*(?:"(?:[^"\\]|\\.)*"\s*,\s*){4}"(?:[^"\\]|\\.)*"\s*,?\s*\]"#).unwrap();
    let string = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let hole = Regex::new(r"\{[A-Za-z_]+\}").unwrap();
    let mut checked = 0;
    for (file, source) in [
        ("core/src/explain.rs", include_str!("../core/src/explain.rs")),
        ("core/src/questions.rs", include_str!("../core/src/questions.rs")),
        ("core/src/region.rs", include_str!("../core/src/region.rs")),
    ] {
        for table in tables.find_iter(source) {
            let holes: Vec<Vec<&str>> = string
                .captures_iter(table.as_str())
                .map(|s| {
                    let mut h: Vec<&str> = hole.find_iter(s.get(1).unwrap().as_str()).map(|m| m.as_str()).collect();
                    h.sort();
                    h
                })
                .collect();
            assert_eq!(holes.len(), 5, "{file}: {}", table.as_str());
            for (lang, h) in Lang::ALL.iter().zip(&holes) {
                assert_eq!(h, &holes[0], "{file}: {lang:?} has other placeholders: {}", table.as_str());
            }
            checked += 1;
        }
    }
    println!("{checked} five-language tables checked for placeholders");
    assert!(checked > 150, "found only {checked} tables: the pattern no longer matches the code");
}
