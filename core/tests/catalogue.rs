#![cfg(not(target_arch = "wasm32"))]
//! Checks the real role catalogue against the seed articles: every quote
//! occurs in its seed file, every seed figure is present, pay is ordered and
//! consistent, and broken fixtures are caught.

use std::path::PathBuf;

use career_quiz_core::catalogue::{Catalogue, Period, SourceKind, Stat, BUILTIN_JSON};

/// The seed folder: `$SEEDS_DIR`, else `<workspace>/../shared/seeds`.
fn seeds_dir() -> PathBuf {
    match std::env::var_os("SEEDS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn builtin() -> Catalogue {
    Catalogue::builtin_translated().unwrap_or_else(|e| panic!("{e}"))
}

/// Every seed quote that does not occur in its file, as `path: quote`.
fn misquotes(cat: &Catalogue) -> Vec<String> {
    let dir = seeds_dir();
    assert!(
        dir.is_dir(),
        "SEED FILES NOT FOUND: looked in {} (set SEEDS_DIR, or put shared/seeds beside the checkout); \
         the quote check cannot run without them",
        dir.display()
    );
    let mut bad = Vec::new();
    for role in &cat.roles {
        for (path, cite) in role.cites() {
            let source = cat.source(&cite.source).expect("validated");
            let (SourceKind::Seed, Some(file), Some(quote)) = (source.kind, &source.file, &cite.quote) else {
                continue;
            };
            let text = std::fs::read_to_string(dir.join(file))
                .unwrap_or_else(|e| panic!("cannot read seed {} in {}: {e}", file, dir.display()));
            if !collapse(&text).contains(&collapse(quote)) {
                bad.push(format!("roles[{}].{path}: {quote:?} not in {file}", role.id));
            }
        }
    }
    bad
}

#[test]
fn every_seed_quote_occurs_in_its_file() {
    let bad = misquotes(&builtin());
    assert!(bad.is_empty(), "quotes not found:\n{}", bad.join("\n"));
}

#[test]
fn a_wrong_quote_is_caught() {
    let mut cat = builtin();
    cat.roles[0].traits.patience.cite.quote = Some("Dit staat nergens in de tekst.".into());
    let bad = misquotes(&cat);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].contains("traits.patience.cite"), "{}", bad[0]);
}

#[test]
fn catalogue_has_enough_roles_and_all_languages() {
    let cat = builtin();
    assert!(cat.roles.len() >= 8, "only {} roles", cat.roles.len());
    for role in &cat.roles {
        for (path, text) in role.texts() {
            for lang in career_quiz_core::lang::Lang::ALL {
                assert!(!text.get(lang).trim().is_empty(), "{}.{path}.{}", role.id, lang.code());
            }
        }
        assert!(!role.pros.is_empty() && !role.cons.is_empty() && !role.advancement.is_empty(), "{}", role.id);
        assert_eq!(role.levels().len(), 26, "{}", role.id);
    }
}

#[test]
fn documented_and_estimated_facts_are_both_marked() {
    let cat = builtin();
    let kinds: Vec<SourceKind> = cat
        .roles
        .iter()
        .flat_map(|r| r.cites().into_iter().map(|(_, c)| cat.source(&c.source).unwrap().kind))
        .collect();
    for kind in [SourceKind::Seed, SourceKind::Public, SourceKind::Estimate] {
        assert!(kinds.contains(&kind), "no fact cites a {kind:?} source");
    }
}

/// One seed figure from issue 3, point 4: role, stat, period, year, amount,
/// and (for PayScale) the first year of the experience band.
fn check(role: &str, stat: Stat, period: Period, year: Option<u16>, amount: f64, from: Option<u8>) {
    let cat = builtin();
    let r = cat.role(role).unwrap_or_else(|| panic!("no role {role}"));
    let found = r.pay.iter().any(|p| {
        p.stat == stat
            && p.period == period
            && p.year == year
            && p.amount == amount
            && p.currency == "USD"
            && p.experience.map(|e| e.from) == from
            && cat.source(&p.cite.source).is_some_and(|s| s.kind == SourceKind::Seed)
    });
    assert!(found, "{role}: {stat:?} {period:?} {year:?} {amount} (experience {from:?}) missing or not seed-cited");
}

#[test]
fn every_seed_pay_figure_is_present() {
    use Period::*;
    use Stat::*;
    let csr = "customer_service_rep";
    check(csr, Median, Annual, Some(2018), 33750.0, None);
    check(csr, Median, Hourly, Some(2018), 16.23, None);
    check(csr, P90, Annual, Some(2018), 55310.0, None);
    check(csr, P90, Hourly, Some(2018), 26.59, None);
    check(csr, P10, Annual, Some(2018), 22140.0, None);
    check(csr, P10, Hourly, Some(2018), 10.65, None);
    check(csr, Median, Hourly, Some(2017), 15.81, None);
    check(csr, Average, Annual, None, 28000.0, Some(0));
    check(csr, Average, Annual, None, 30000.0, Some(5));
    check(csr, Average, Annual, None, 32000.0, Some(10));
    check(csr, Average, Annual, None, 34000.0, Some(20));
    check("receptionist", Median, Annual, Some(2018), 29140.0, None);
    check("concierge", Median, Annual, Some(2018), 30400.0, None);
    check("lodging_manager", Median, Annual, Some(2018), 53390.0, None);
}

#[test]
fn seed_outlook_schedule_and_training_are_present() {
    let cat = builtin();
    let csr = cat.role("customer_service_rep").unwrap();
    let outlook =
        |pct: f64| csr.outlook.iter().any(|o| o.change_pct == pct && (o.from_year, o.to_year) == (2016, 2026));
    assert!(outlook(5.0) && outlook(36.0), "{:?}", csr.outlook);
    let part_time = csr.schedule.part_time.cite.quote.as_deref().unwrap_or("");
    assert!(part_time.contains("één op de vijf"), "{part_time}");
    let t = &csr.education.training.value;
    assert_eq!((t.weeks_min, t.weeks_max, t.months_in_some_industries), (2, 3, true));
}

#[test]
fn pay_is_ordered_and_periods_agree() {
    // validate() checks both; this states the rule directly on the data.
    let cat = builtin();
    for role in &cat.roles {
        for a in &role.pay {
            for b in &role.pay {
                let same = a.same_release(b) && a.currency == b.currency && a.experience == b.experience;
                if same && a.stat == b.stat && a.period != b.period {
                    let (ya, yb) = (a.amount * a.period.per_year(), b.amount * b.period.per_year());
                    assert!((ya - yb).abs() <= 0.01 * ya.max(yb), "{}: {ya} vs {yb}", role.id);
                }
                if same && a.period == b.period && a.stat == Stat::P10 && b.stat == Stat::P90 {
                    assert!(a.amount <= b.amount, "{}: p10 {} > p90 {}", role.id, a.amount, b.amount);
                }
            }
        }
    }
}

/// Loads the built-in JSON after one text replacement and returns the error.
fn broken(from: &str, to: &str) -> String {
    assert!(BUILTIN_JSON.contains(from), "fixture text {from:?} not in roles.json");
    let json = BUILTIN_JSON.replacen(from, to, 1);
    match Catalogue::from_json(&json) {
        Ok(_) => panic!("replacing {from:?} with {to:?} was not caught"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn broken_fixtures_are_caught() {
    let cases = [
        // a missing language
        (r#""et": "Klienditeenindaja""#, r#""xx": "Klienditeenindaja""#, "unknown field `xx`"),
        // an empty language
        (r#""et": "Klienditeenindaja""#, r#""et": " ""#, "roles[customer_service_rep].name.et: is empty"),
        // unordered percentiles: p10 above the median
        (r#""amount": 22140,"#, r#""amount": 40000,"#, "expected p10 <= median <= p90"),
        // hourly and annual disagree
        (r#""amount": 16.23,"#, r#""amount": 18.23,"#, "differ by more than 1%"),
        // a citation to a source that does not exist
        (r#""source": "seed-003""#, r#""source": "seed-009""#, "`seed-009` is not in the catalogue's sources"),
        // a level off the scale
        (r#""value": 3,"#, r#""value": 7,"#, "is 7; a level is 0, 1, 2 or 3"),
    ];
    for (from, to, expected) in cases {
        let msg = broken(from, to);
        assert!(msg.contains(expected), "replacing {from:?}: expected {expected:?} in:\n{msg}");
    }
}

/// Every built-in role says what experience and leading it expects, with a
/// citation, so experience counts for each of them (issue 11).
#[test]
fn every_builtin_role_states_its_experience_and_leadership() {
    let cat = builtin();
    for r in &cat.roles {
        let c = r.career.as_ref().unwrap_or_else(|| panic!("{} has no career", r.id));
        for id in &c.from {
            assert!(cat.role(id).is_some() && *id != r.id, "{}: career.from {id}", r.id);
        }
        if c.experience.value.years > 0 {
            assert!(!c.from.is_empty(), "{}: expects experience but names no way in", r.id);
        }
    }
}

/// The most of the catalogue's facts that may be team estimates (issue 12):
/// the rest cite a seed or a public source that states them.
const MAX_ESTIMATE_SHARE: f64 = 0.25;

#[test]
fn fewer_than_a_quarter_of_the_facts_are_team_estimates() {
    let cat = builtin();
    let (mut facts, mut estimates) = (0usize, 0usize);
    println!("team estimates per role (of its cited facts):");
    for role in &cat.roles {
        let cites = role.cites();
        let est = cites.iter().filter(|(_, c)| cat.source(&c.source).unwrap().kind == SourceKind::Estimate).count();
        println!("  {:<28} {est:>3} of {:>3}", role.id, cites.len());
        facts += cites.len();
        estimates += est;
    }
    let share = estimates as f64 / facts as f64;
    println!("catalogue: {estimates} of {facts} facts are team estimates ({:.1} %)", share * 100.0);
    assert!(share < MAX_ESTIMATE_SHARE, "{:.1} % of the facts are estimates", share * 100.0);
}

/// Issue 12: every region's figures are in that region's currency, each
/// comparison draws on one release (one source's figures for one year),
/// periods convert at 2,080 hours / 12 months, and the "pays closer"
/// hint only names a role of the same release. Prints the coverage table.
#[test]
fn each_regions_pay_is_local_and_each_comparison_uses_one_release() {
    use career_quiz_core::pay::{distribution, fit, Expectation};
    use career_quiz_core::region::Region;
    let cat = builtin();
    assert!(cat.validate().is_empty(), "{:?}", cat.validate());
    println!("{:<40}{}", "pay coverage (role)", Region::ALL.map(|r| format!("{:>8}", r.key())).join(""));
    for role in &cat.roles {
        let mut line = format!("{:<40}", role.id);
        for region in Region::ALL {
            for f in role.pay.iter().filter(|f| f.region() == region) {
                assert_eq!(f.currency, region.currency().code(), "{}: {region:?} figure in {}", role.id, f.currency);
            }
            let Some(d) = distribution(role, region) else {
                line.push_str(&format!("{:>8}", "-"));
                continue;
            };
            line.push_str(&format!("{:>8}", d.coverage.key()));
            // Every number of the distribution is a figure of its one release.
            let release: Vec<_> = role
                .pay
                .iter()
                .filter(|f| f.region() == region && f.cite.source == d.cite.source && f.year == d.year)
                .collect();
            let annual = |f: &&career_quiz_core::catalogue::PayFigure| f.amount * f.period.per_year();
            let numbers = [d.p10, d.p25, d.p75, d.p90].into_iter().flatten().chain(d.range.map(|r| r.0));
            for v in numbers.chain(d.range.is_none().then_some(d.median)) {
                assert!(
                    release.iter().any(|f| (annual(f) - v).abs() < 0.01),
                    "{} {region:?}: {v} not in the release",
                    role.id
                );
            }
            // Ordered, whatever the period each figure was published in.
            let known: Vec<f64> = [d.p10, d.p25, Some(d.median), d.p75, d.p90].into_iter().flatten().collect();
            assert!(known.windows(2).all(|w| w[0] <= w[1]), "{} {region:?}: {known:?}", role.id);
            // Far above every figure: the closer role, if any, is of the same release.
            let e = Expectation { amount: d.median * 10.0, period: Period::Annual, currency: region.currency() };
            if let Some(closer) = fit(&cat, role, e, None, region).and_then(|f| f.closer) {
                let other = distribution(cat.role(&closer).unwrap(), region).unwrap();
                assert!(other.same_release(&d), "{} {region:?}: closer {closer} from another release", role.id);
            }
        }
        println!("{line}");
    }
    // The conversions the charts and verdicts use.
    assert_eq!(Period::Hourly.per_year(), 2080.0);
    assert_eq!(Period::Monthly.per_year(), 12.0);
    // Every language's country has current figures for at least half the roles.
    for region in Region::ALL {
        let with = cat.roles.iter().filter(|r| distribution(r, region).is_some()).count();
        assert!(with * 2 >= cat.roles.len(), "{region:?}: {with} roles with pay");
    }
}

/// Figures older than `PAY_CURRENT_FROM` (by data year, or by publication
/// for undated ones) are listed, never compared; the threshold keeps up
/// with the catalogue's newest figures.
#[test]
fn old_pay_figures_are_shown_but_not_compared() {
    use career_quiz_core::pay::{current, distribution, other_figures};
    use career_quiz_core::region::Region;
    use career_quiz_core::tuning::PAY_CURRENT_FROM;
    let cat = builtin();
    let newest = cat.roles.iter().flat_map(|r| r.pay.iter().filter_map(|f| f.as_of)).max().unwrap();
    assert!(newest >= PAY_CURRENT_FROM && newest - PAY_CURRENT_FROM <= 5, "newest {newest}: move PAY_CURRENT_FROM");
    // Estonian support specialists: one proxy median (customer service workers), in an
    // article of March 2018 (Kaubandus.ee).
    let support = cat.role("customer_support_specialist").unwrap();
    assert_eq!(distribution(support, Region::Ee), None);
    let listed = other_figures(support, Region::Ee);
    assert!(listed.iter().any(|f| f.amount == 704.0 && !current(f)), "the old figure is still shown");
    // Estonian representatives: the 2018 median is still listed beside the 2020 group figure.
    let csr = cat.role("customer_service_rep").unwrap();
    assert!(other_figures(csr, Region::Ee).iter().any(|f| f.amount == 704.0 && !current(f)));
    // The seeds' own 2017/2018 US figures stay listed beside the 2023 release.
    let us = other_figures(csr, Region::Us);
    assert!(us.iter().any(|f| f.year == Some(2018) && f.amount == 33750.0));
    assert!(us.iter().any(|f| f.year.is_none() && f.experience.is_some()), "PayScale, year not stated");
}

/// Issue 13, point 4: every citation note, every quote not in the reader's
/// language and every source description reads in each language. The
/// translations (`data/i18n/<lang>.json`) are keyed by the text they
/// translate, so a changed note shows up here as missing, and a key no
/// longer used as stale.
#[test]
fn every_note_gloss_and_source_description_is_translated() {
    use career_quiz_core::lang::Lang;
    use std::collections::BTreeSet;
    let cat = builtin();
    let cites: Vec<_> = cat.roles.iter().flat_map(|r| r.cites()).collect();
    let notes: BTreeSet<&str> = cites.iter().filter_map(|(_, c)| c.note.as_deref()).collect();
    let descriptions: BTreeSet<&str> = cat
        .sources
        .iter()
        .flat_map(|s| {
            let title = (s.kind == SourceKind::Estimate).then_some(s.title.as_str());
            title.into_iter().chain([s.publisher.as_str()])
        })
        .collect();
    let quote_lang = |source: &str| cat.source(source).and_then(|s| s.lang.as_deref()).and_then(Lang::from_tag);
    let mut problems = Vec::new();
    for lang in [Lang::Nl, Lang::De, Lang::Nb, Lang::Et] {
        let t = cat.translations.get(lang);
        assert_eq!(t.lang, lang.code(), "data/i18n/{}.json says it is {}", lang.code(), t.lang);
        let quotes: BTreeSet<&str> = cites
            .iter()
            .filter(|(_, c)| quote_lang(&c.source) != Some(lang))
            .filter_map(|(_, c)| c.quote.as_deref())
            .collect();
        let mut check = |kind: &str, wanted: &BTreeSet<&str>, have: &std::collections::BTreeMap<String, String>| {
            for w in wanted {
                match have.get(*w) {
                    None => problems.push(format!("{}: {kind} missing: {w}", lang.code())),
                    Some(v) if v.trim().is_empty() => problems.push(format!("{}: {kind} empty: {w}", lang.code())),
                    Some(_) => {}
                }
            }
            for k in have.keys().filter(|k| !wanted.contains(k.as_str())) {
                problems.push(format!("{}: {kind} no longer used: {k}", lang.code()));
            }
        };
        check("note", &notes, &t.notes);
        check("gloss", &quotes, &t.glosses);
        check("source", &descriptions, &t.sources);
        println!(
            "{}: {} notes, {} glosses, {} source descriptions translated",
            lang.code(),
            t.notes.len(),
            t.glosses.len(),
            t.sources.len()
        );
    }
    assert!(problems.is_empty(), "{} translation problems:\n{}", problems.len(), problems.join("\n"));
}

/// A reader sees the note and gloss in their language, the quote verbatim.
#[test]
fn a_citation_reads_in_the_visitors_language() {
    use career_quiz_core::lang::Lang;
    let cat = builtin();
    let rep = cat.role("customer_service_rep").unwrap();
    let (_, cite) = rep.cites().into_iter().find(|(_, c)| c.source == "seed-002" && c.quote.is_some()).unwrap();
    // An Estonian quote: no gloss for an Estonian reader, an English one for
    // an English reader, a German one for a German reader.
    assert_eq!(cat.gloss(cite, Lang::Et), None);
    assert_eq!(cat.gloss(cite, Lang::En).map(|(_, l)| l), Some(Lang::En));
    let (de, l) = cat.gloss(cite, Lang::De).unwrap();
    assert_eq!(l, Lang::De);
    assert_ne!(Some(de), cite.gloss.as_deref());
    let noted = cat.roles.iter().flat_map(|r| r.cites()).find(|(_, c)| c.note.is_some()).unwrap().1;
    assert_ne!(cat.note(noted, Lang::Nl), noted.note.as_deref(), "the Dutch note is the English one");
    assert_eq!(cat.note(noted, Lang::En), noted.note.as_deref());
    let estimate = cat.source("team-estimate").unwrap();
    assert_ne!(cat.source_text(&estimate.title, Lang::Nb), estimate.title);
}

/// A translation file that is not one is refused with a message naming the
/// problem; the widget then keeps the notes in English (`hooks::use_translated`).
#[test]
fn a_broken_translation_file_is_refused_by_name() {
    use career_quiz_core::catalogue::Translation;
    let refused = |json: &str| Translation::from_json(json).expect_err(json);
    assert!(refused(r#"{"lang": "fr"}"#).contains("`fr`"));
    assert!(refused(r#"{"lang": "en"}"#).contains("`en`"), "English is the original, not a translation");
    assert!(refused(r#"{"lang": "nl", "notes": {"a": 1}}"#).contains("invalid type"));
    assert!(refused(r#"{"lang": "nl", "extra": {}}"#).contains("unknown field `extra`"));
    assert!(refused(r#"{"lang": "nl", "notes": {"#).contains("EOF"));
    let t = Translation::from_json(r#"{"lang": "nb", "notes": {"x": "y"}}"#).unwrap();
    let cat = builtin().with_translation(t);
    assert!(cat.translated_into(career_quiz_core::lang::Lang::Nb));
}
