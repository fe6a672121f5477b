#![cfg(not(target_arch = "wasm32"))]
//! Personas against the built-in catalogue: answers in, expected top roles,
//! dealbreakers and pay verdicts out. Each persona says in a comment why the
//! sources lead to that expectation. Role requirements are those of
//! `data/roles.json` (seeds 000–004 and the public sources it cites).

use career_quiz_core::answers::{Answer, Answers};
use career_quiz_core::catalogue::{Catalogue, Period};
use career_quiz_core::explain;
use career_quiz_core::lang::Lang;
use career_quiz_core::pay::Verdict;
use career_quiz_core::scoring::{score, RoleFit, Weights};

use Answer::{Choice, Multi};

// Agree scale.
const NO: Answer = Choice(0);
const RATHER_NOT: Answer = Choice(1);
const AGREE: Answer = Choice(3);
const YES: Answer = Choice(4);
// Willingness to work these hours.
const GLADLY: Answer = Choice(0);
const SOMETIMES: Answer = Choice(1);
const CANNOT: Answer = Choice(3);
// Hours wanted.
const FULL_TIME: Answer = Choice(0);
const PART_TIME_ONLY: Answer = Choice(1);
// Rota.
const FIXED: Answer = Choice(0);
const CHANGING_OK: Answer = Choice(2);
// Education.
const NO_DIPLOMA: Answer = Choice(0);
const SECONDARY: Answer = Choice(1);
const HIGHER: Answer = Choice(3);
// Training.
const DAYS: Answer = Choice(0);
const WEEKS: Answer = Choice(1);
const MONTHS: Answer = Choice(2);
// Licence.
const LICENCE_YES: Answer = Choice(1);
const LICENCE_NO: Answer = Choice(3);
// Channels (mask) and places.
const PHONE: u8 = 1;
const EMAIL_CHAT: u8 = 2;
const SOCIAL: u8 = 4;
const IN_PERSON: u8 = 8;
const CALL_CENTRE: Answer = Choice(0);
const OFFICE: Answer = Choice(1);
const HOME: Answer = Choice(2);
const STORE: Answer = Choice(3);
const ANY_PLACE: Answer = Choice(4);

const fn yearly(dollars: u32) -> Answer {
    Answer::Pay { cents: dollars * 100, period: Period::Annual }
}
const fn monthly(dollars: u32) -> Answer {
    Answer::Pay { cents: dollars * 100, period: Period::Monthly }
}
const fn hourly(cents: u32) -> Answer {
    Answer::Pay { cents, period: Period::Hourly }
}

/// The temperament the seeds describe for a good representative: calm with
/// angry customers, patient, empathetic, listens, explains and writes
/// clearly, solves problems, does not mind suggesting extras or the pace,
/// learns CRM software (seeds 001, 002, 003).
const TEMPERAMENT_REP: [(&str, Answer); 10] = [
    ("t_calm", YES),
    ("t_patience", YES),
    ("t_empathy", YES),
    ("t_listen", NO),
    ("t_verbal", YES),
    ("t_written", AGREE),
    ("t_solve", YES),
    ("t_sell", RATHER_NOT),
    ("t_pace", RATHER_NOT),
    ("t_software", AGREE),
];

struct Persona {
    name: &'static str,
    answers: Vec<(&'static str, Answer)>,
    /// Each of these is among the three best fits.
    top: &'static [&'static str],
    /// None of these is among the three best fits.
    not_top: &'static [&'static str],
    /// Exactly these roles have a dealbreaker.
    dealbreakers: &'static [&'static str],
    /// Pay verdicts for these roles.
    pay: &'static [(&'static str, Verdict)],
}

fn with(base: &[(&'static str, Answer)], more: &[(&'static str, Answer)]) -> Vec<(&'static str, Answer)> {
    base.iter().chain(more).copied().collect()
}

fn personas() -> Vec<Persona> {
    vec![
        // 1. The representative the seeds describe: the rep's traits (001–003),
        // flexible hours because call centres open evenings, weekends and holidays
        // (000, 002), phone and email (000: most reps answer by phone, email or chat),
        // a secondary diploma (000, 002, 004) and the BLS 2018 median of $33,750
        // (002) as expectation: realistic.
        Persona {
            name: "seed representative",
            answers: with(
                &TEMPERAMENT_REP,
                &[
                    ("s_evenings", GLADLY),
                    ("s_nights", SOMETIMES),
                    ("s_weekends", GLADLY),
                    ("s_holidays", GLADLY),
                    ("s_overtime", SOMETIMES),
                    ("s_hours", FULL_TIME),
                    ("s_rota", CHANGING_OK),
                    ("e_level", SECONDARY),
                    ("e_training", MONTHS),
                    ("e_licence", LICENCE_YES),
                    ("e_certs", Multi(0)),
                    ("w_channels", Multi(PHONE | EMAIL_CHAT)),
                    ("w_place", CALL_CENTRE),
                    ("w_noise", NO),
                    ("p_expect", yearly(33_750)),
                    ("p_years", Answer::Years(1)),
                ],
            ),
            top: &["customer_service_rep"],
            not_top: &["secretary", "retail_sales"],
            dealbreakers: &[],
            pay: &[("customer_service_rep", Verdict::Realistic)],
        },
        // 2. Weekdays only, in an office, writing and software: the secretary role
        // has no evening, night, weekend or holiday work; lodging managers work
        // evenings and weekends as the norm (level 3), telemarketers evenings (3).
        // $45,000 a year is at the secretary's lone 2023 median ($46,010) and
        // above the rep's median but under its p90 ($55,310): ambitious.
        Persona {
            name: "weekday office writer",
            answers: vec![
                ("t_written", YES),
                ("t_software", YES),
                ("t_pace", AGREE),
                ("t_sell", YES),
                ("t_calm", AGREE),
                ("s_evenings", CANNOT),
                ("s_nights", CANNOT),
                ("s_weekends", CANNOT),
                ("s_holidays", CANNOT),
                ("s_rota", FIXED),
                ("s_hours", FULL_TIME),
                ("w_channels", Multi(EMAIL_CHAT)),
                ("w_place", OFFICE),
                ("p_expect", yearly(45_000)),
            ],
            top: &["secretary"],
            not_top: &["lodging_manager", "telemarketer", "call_centre_operator"],
            dealbreakers: &[
                "customer_service_rep",
                "concierge",
                "lodging_manager",
                "telemarketer",
                "retail_sales",
                "call_centre_operator",
            ],
            pay: &[("secretary", Verdict::Realistic), ("customer_service_rep", Verdict::Ambitious)],
        },
        // 3. A born seller who wants part-time evening work on the phone: seed 004
        // names telemarketers as customer service by phone; the catalogue rates
        // telemarketing 3 for persuasion and pace and part-time positions as the
        // norm. Team leaders, managers and lodging managers have no part-time
        // positions (level 0): a dealbreaker.
        Persona {
            name: "part-time phone seller",
            answers: vec![
                ("t_sell", NO),
                ("t_pace", NO),
                ("t_verbal", YES),
                ("t_calm", AGREE),
                ("t_written", RATHER_NOT),
                ("s_evenings", GLADLY),
                ("s_hours", PART_TIME_ONLY),
                ("s_weekends", SOMETIMES),
                ("w_channels", Multi(PHONE)),
                ("w_place", CALL_CENTRE),
                ("w_noise", NO),
                ("e_level", NO_DIPLOMA),
            ],
            top: &["telemarketer"],
            not_top: &["secretary", "team_leader", "customer_service_manager"],
            dealbreakers: &["lodging_manager", "team_leader", "customer_service_manager"],
            pay: &[],
        },
        // 4. Face to face in a shop, weekends and holidays fine, no diploma, a noisy
        // call centre would wear them out: retail sales asks no diploma, works
        // on the shop floor (seed 000: in retail reps meet customers in person;
        // seed 004: advice on the sales floor) with weekends and holidays common.
        Persona {
            name: "shop floor helper",
            answers: vec![
                ("t_sell", RATHER_NOT),
                ("t_verbal", YES),
                ("t_empathy", AGREE),
                ("t_patience", AGREE),
                ("s_weekends", GLADLY),
                ("s_holidays", GLADLY),
                ("s_evenings", SOMETIMES),
                ("s_hours", FULL_TIME),
                ("w_channels", Multi(IN_PERSON)),
                ("w_place", STORE),
                ("w_noise", YES),
                ("e_level", NO_DIPLOMA),
                ("e_training", WEEKS),
            ],
            top: &["retail_sales"],
            not_top: &["call_centre_operator", "telemarketer", "customer_support_specialist"],
            dealbreakers: &[],
            pay: &[],
        },
        // 5. A representative in every way except weekends: call centres and shops
        // work weekends (seed 000), so every role rating weekends "often" or
        // "always" gets a dealbreaker and the rep is capped at 55 %; the best
        // fits are weekday roles (weekends rated 0 or 1).
        Persona {
            name: "no weekends",
            answers: with(
                &TEMPERAMENT_REP,
                &[
                    ("s_evenings", GLADLY),
                    ("s_weekends", CANNOT),
                    ("s_holidays", SOMETIMES),
                    ("s_hours", FULL_TIME),
                    ("w_channels", Multi(PHONE | EMAIL_CHAT)),
                    ("w_place", ANY_PLACE),
                    ("e_level", SECONDARY),
                ],
            ),
            top: &[],
            not_top: &["customer_service_rep", "call_centre_operator", "lodging_manager", "concierge", "retail_sales"],
            dealbreakers: &[
                "customer_service_rep",
                "concierge",
                "lodging_manager",
                "retail_sales",
                "call_centre_operator",
            ],
            pay: &[],
        },
        // 6. $80,000 a year with two years' experience: BLS 2018 puts the top 10 %
        // of reps above $55,310 (seed 002): unrealistic, and of the rep's similar
        // roles team leaders (median $58,450, BLS OES 2020) pay closest.
        Persona {
            name: "expects 80k",
            answers: with(&TEMPERAMENT_REP, &[("p_expect", yearly(80_000)), ("p_years", Answer::Years(2))]),
            top: &[],
            not_top: &[],
            dealbreakers: &[],
            pay: &[
                ("customer_service_rep", Verdict::Unrealistic),
                ("team_leader", Verdict::Ambitious),
                ("receptionist", Verdict::Unrealistic),
            ],
        },
        // 7. $9 an hour ($18,720 a year): the lowest 10 % of reps earn under
        // $10.65 (seed 002), team leaders under $35,360 (BLS OES 2020): well
        // below, you could ask for more. The receptionist publishes only a
        // median ($29,140, seed 002); $18,720 is under three quarters of it, so
        // well below there too, not "realistic".
        Persona {
            name: "asks too little",
            answers: with(&TEMPERAMENT_REP, &[("p_expect", hourly(900))]),
            top: &[],
            not_top: &[],
            dealbreakers: &[],
            pay: &[
                ("customer_service_rep", Verdict::WellBelow),
                ("receptionist", Verdict::WellBelow),
                ("team_leader", Verdict::WellBelow),
            ],
        },
        // 8. $34,000 with 25 years: PayScale's ladder gives $34,000 for 20+ years
        // (seed 000), so the expectation is realistic for the rep even though
        // it is above the 2018 median of $33,750.
        Persona {
            name: "veteran at 34k",
            answers: with(&TEMPERAMENT_REP, &[("p_expect", yearly(34_000)), ("p_years", Answer::Years(25))]),
            top: &[],
            not_top: &[],
            dealbreakers: &[],
            pay: &[("customer_service_rep", Verdict::Realistic)],
        },
        // 9. The same $34,000 with one year: the ladder says $28,000 for 0–5 years
        // (seed 000), under the median, so the median of $33,750 is the yardstick;
        // $34,000 is within a tenth of it: realistic.
        Persona {
            name: "newcomer at 34k",
            answers: with(&TEMPERAMENT_REP, &[("p_expect", yearly(34_000)), ("p_years", Answer::Years(1))]),
            top: &[],
            not_top: &[],
            dealbreakers: &[],
            pay: &[("customer_service_rep", Verdict::Realistic)],
        },
        // 10. Manager track: higher education, solves problems, stays calm, stays
        // late, full-time in an office, $4,600 a month. Seed 001: reps can work
        // towards management; seed 003: team leader, head of department. Team
        // leader and manager are full-time office roles (part-time 0, office 3);
        // $55,200 a year is within a tenth of their median of $58,450 (BLS OES
        // 2020): realistic.
        Persona {
            name: "manager track",
            answers: vec![
                ("t_calm", YES),
                ("t_solve", YES),
                ("t_verbal", YES),
                ("t_written", AGREE),
                ("t_pace", RATHER_NOT),
                ("t_empathy", AGREE),
                ("t_sell", RATHER_NOT),
                ("s_overtime", GLADLY),
                ("s_evenings", SOMETIMES),
                ("s_weekends", SOMETIMES),
                ("s_hours", FULL_TIME),
                ("s_rota", FIXED),
                ("e_level", HIGHER),
                ("e_training", MONTHS),
                ("w_channels", Multi(PHONE | EMAIL_CHAT | IN_PERSON)),
                ("w_place", OFFICE),
                ("p_expect", monthly(4_600)),
            ],
            top: &["team_leader", "customer_service_manager"],
            not_top: &["telemarketer", "retail_sales"],
            dealbreakers: &[],
            pay: &[("team_leader", Verdict::Realistic), ("customer_service_rep", Verdict::Ambitious)],
        },
        // 11. Will not study for a licence: the seeds say a licence is needed only
        // in some states, for insurance and finance (000, 002), so no role in
        // the catalogue needs one often or always: a hard "no" breaks nothing.
        Persona {
            name: "no licence",
            answers: with(&TEMPERAMENT_REP, &[("e_licence", LICENCE_NO), ("e_level", SECONDARY)]),
            top: &[],
            not_top: &[],
            dealbreakers: &[],
            pay: &[],
        },
        // 12. Writes well, works from home by email, chat and social media:
        // seed 003 lists email/chat and social media customer service and work
        // from home; the support specialist is rated 3 for writing, software and
        // email/chat. Telemarketing (no writing, phone only) is not for them.
        Persona {
            name: "home-based writer",
            answers: vec![
                ("t_written", YES),
                ("t_software", YES),
                ("t_solve", YES),
                ("t_patience", AGREE),
                ("t_sell", YES),
                ("t_verbal", RATHER_NOT),
                ("t_pace", AGREE),
                ("w_channels", Multi(EMAIL_CHAT | SOCIAL)),
                ("w_place", HOME),
                ("w_noise", YES),
                ("s_hours", FULL_TIME),
                ("e_level", SECONDARY),
                ("e_training", MONTHS),
            ],
            top: &["customer_support_specialist"],
            not_top: &["telemarketer", "retail_sales", "bank_teller"],
            dealbreakers: &[],
            pay: &[],
        },
        // 13. A student: part-time only, evenings and weekends gladly, no diploma,
        // a few days of training at most. Roles with no part-time positions
        // (lodging manager, team leader, manager) are dealbreakers; retail and
        // telemarketing ask no diploma and offer part-time work (seed 000: one
        // in five reps works part-time).
        Persona {
            name: "student",
            answers: vec![
                ("s_hours", PART_TIME_ONLY),
                ("s_evenings", GLADLY),
                ("s_weekends", GLADLY),
                ("s_holidays", SOMETIMES),
                ("e_level", NO_DIPLOMA),
                ("e_training", DAYS),
                ("t_calm", AGREE),
                ("t_sell", RATHER_NOT),
                ("w_channels", Multi(PHONE | IN_PERSON)),
                ("w_place", ANY_PLACE),
            ],
            top: &["telemarketer"],
            not_top: &["team_leader", "customer_service_manager", "lodging_manager"],
            dealbreakers: &["lodging_manager", "team_leader", "customer_service_manager"],
            pay: &[],
        },
        // 14. No answers: nothing is known, every role stands at the neutral 50 %
        // in catalogue order, with no dealbreakers and completeness 0.
        Persona {
            name: "nothing answered",
            answers: vec![],
            top: &["customer_service_rep", "receptionist", "concierge"],
            not_top: &[],
            dealbreakers: &[],
            pay: &[],
        },
    ]
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().fold(Answers::new(), |a, (id, x)| a.with(id, *x).unwrap_or_else(|e| panic!("{id}: {e}")))
}

fn table(fits: &[RoleFit]) -> String {
    fits.iter()
        .map(|f| {
            format!(
                "{:28} {:3} dims {:?} deal {}",
                f.role,
                f.overall,
                f.dims.iter().map(|d| d.score).collect::<Vec<_>>(),
                f.dealbreakers.len()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn personas_get_the_roles_the_sources_suggest() {
    let cat = Catalogue::builtin().expect("built-in catalogue");
    let mut failures = Vec::new();
    for p in personas() {
        let fits = score(&cat, &answers(&p.answers), &Weights::default());
        let top3: Vec<&str> = fits.iter().take(3).map(|f| f.role.as_str()).collect();
        let mut fail = |what: String| failures.push(format!("{}: {what}\n{}", p.name, table(&fits)));
        for t in p.top {
            if !top3.contains(t) {
                fail(format!("{t} not in top 3 {top3:?}"));
            }
        }
        for t in p.not_top {
            if top3.contains(t) {
                fail(format!("{t} in top 3 {top3:?}"));
            }
        }
        let mut broken: Vec<&str> =
            fits.iter().filter(|f| !f.dealbreakers.is_empty()).map(|f| f.role.as_str()).collect();
        let mut expected = p.dealbreakers.to_vec();
        broken.sort_unstable();
        expected.sort_unstable();
        if broken != expected {
            fail(format!("dealbreakers {broken:?}, expected {expected:?}"));
        }
        for (role, verdict) in p.pay {
            let got = fits.iter().find(|f| f.role == *role).and_then(|f| f.pay.as_ref()).map(|p| p.verdict);
            if got != Some(*verdict) {
                fail(format!("{role}: pay {got:?}, expected {verdict:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn dealbreaker_keeps_a_role_well_below_a_strong_fit_and_the_what_if_names_it() {
    let cat = Catalogue::builtin().unwrap();
    let flexible = with(&TEMPERAMENT_REP, &[("s_weekends", GLADLY), ("s_evenings", GLADLY), ("w_place", CALL_CENTRE)]);
    let rigid = with(&flexible, &[("s_weekends", CANNOT)]);
    let rep = |pairs: &[(&str, Answer)]| {
        score(&cat, &answers(pairs), &Weights::default())
            .into_iter()
            .find(|f| f.role == "customer_service_rep")
            .unwrap()
    };
    let (good, bad) = (rep(&flexible), rep(&rigid));
    assert!(good.overall >= 85, "{}", good.overall);
    assert!(bad.overall <= 55, "{}", bad.overall);
    let hint = &bad.what_ifs[0];
    assert_eq!((hint.question, hint.from, hint.to), ("s_weekends", bad.overall, good.overall));
    let name = cat.role("customer_service_rep").unwrap().name.get(Lang::En);
    assert_eq!(
        explain::what_if(Lang::En, name, hint),
        format!(
            "If you could work weekends, Customer service representative would go from {}% to {}%.",
            bad.overall, good.overall
        )
    );
    let text = explain::dealbreaker(Lang::En, name, &bad.dealbreakers[0]);
    assert!(text.starts_with("You said you cannot work weekends, but weekend work is common in this job."), "{text}");
}

#[test]
fn every_explanation_renders_in_every_language_for_every_persona() {
    let cat = Catalogue::builtin().unwrap();
    for p in personas() {
        for f in score(&cat, &answers(&p.answers), &Weights::default()) {
            let role = cat.role(&f.role).unwrap();
            for lang in Lang::ALL {
                let name = role.name.get(lang);
                let mut texts: Vec<String> =
                    f.dims.iter().flat_map(|d| d.reasons.iter().map(|r| explain::reason(lang, r))).collect();
                texts.extend(f.dealbreakers.iter().map(|d| explain::dealbreaker(lang, name, d)));
                texts.extend(f.what_ifs.iter().map(|w| explain::what_if(lang, name, w)));
                texts.extend(f.pay.iter().map(|pf| explain::pay(lang, &cat, pf, &explain::plain_money)));
                for t in texts {
                    assert!(t.len() > 20 && !t.contains('{') && t.ends_with('.'), "{}: {t}", p.name);
                }
            }
        }
    }
}
