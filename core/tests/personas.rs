#![cfg(not(target_arch = "wasm32"))]
//! Personas against the built-in catalogue: answers in, expected top roles,
//! dealbreakers and pay verdicts out. Each persona says in a comment why the
//! sources lead to that expectation. Role requirements are those of
//! `data/roles.json` (seeds 000–004 and the public sources it cites).

use career_quiz_core::answers::{Answer, Answers};
use career_quiz_core::catalogue::{Catalogue, Leadership, Period};
use career_quiz_core::explain;
use career_quiz_core::lang::Lang;
use career_quiz_core::pay::Verdict;
use career_quiz_core::region::Currency;
use career_quiz_core::scoring::{score, RoleFit, Weights};
use career_quiz_core::tuning::TIE_POINTS;

use Answer::{Choice, Multi};

// Agree scale.
const NO: Answer = Choice(0);
const RATHER_NOT: Answer = Choice(1);
const AGREE: Answer = Choice(3);
const YES: Answer = Choice(4);
// Willingness to work these hours.
const GLADLY: Answer = Choice(0);
const SOMETIMES: Answer = Choice(1);
const RARELY: Answer = Choice(2);
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
const VOCATIONAL: Answer = Choice(2);
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
// Leading others.
const NEVER_LED: Answer = Choice(0);
const COACHED: Answer = Choice(1);
const LED_TEAM: Answer = Choice(2);
const fn years(n: u8) -> Answer {
    Answer::Years(n)
}

const fn yearly(dollars: u32) -> Answer {
    Answer::Pay { cents: dollars * 100, period: Period::Annual, currency: Currency::Usd }
}
const fn monthly(dollars: u32) -> Answer {
    Answer::Pay { cents: dollars * 100, period: Period::Monthly, currency: Currency::Usd }
}
const fn hourly(cents: u32) -> Answer {
    Answer::Pay { cents, period: Period::Hourly, currency: Currency::Usd }
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
    /// Every one of the three best fits is one of these (where an adviser
    /// would name a group of jobs rather than one).
    top_within: &'static [&'static str],
    /// Each of these is among the three worst fits.
    bottom: &'static [&'static str],
    /// Exactly these roles have a dealbreaker.
    dealbreakers: &'static [&'static str],
    /// Exactly these roles are "not yet" (experience or team leading missing).
    not_yet: &'static [&'static str],
    /// Pay verdicts for these roles.
    pay: &'static [(&'static str, Verdict)],
}

fn with(base: &[(&'static str, Answer)], more: &[(&'static str, Answer)]) -> Vec<(&'static str, Answer)> {
    let mut out: Vec<(&'static str, Answer)> =
        base.iter().filter(|(id, _)| !more.iter().any(|(m, _)| m == id)).copied().collect();
    out.extend_from_slice(more);
    out
}

/// Everyone flexible about hours: evenings, weekends and holidays gladly,
/// nights now and then, full-time, a changing rota is fine.
const FLEXIBLE_HOURS: [(&str, Answer); 7] = [
    ("s_evenings", GLADLY),
    ("s_nights", SOMETIMES),
    ("s_weekends", GLADLY),
    ("s_holidays", GLADLY),
    ("s_overtime", SOMETIMES),
    ("s_hours", FULL_TIME),
    ("s_rota", CHANGING_OK),
];

/// Weekdays, office hours only.
const WEEKDAYS_ONLY: [(&str, Answer); 7] = [
    ("s_evenings", CANNOT),
    ("s_nights", CANNOT),
    ("s_weekends", CANNOT),
    ("s_holidays", CANNOT),
    ("s_overtime", SOMETIMES),
    ("s_hours", FULL_TIME),
    ("s_rota", FIXED),
];

/// The jobs that expect no experience and lead no one (BLS: "Work Experience
/// in a Related Occupation None"; the catalogue's `career`): where an
/// adviser sends a beginner who is flexible about everything.
const ENTRY_ROLES: &[&str] = &[
    "customer_service_rep",
    "receptionist",
    "concierge",
    "bank_teller",
    "secretary",
    "telemarketer",
    "retail_sales",
    "call_centre_operator",
];

/// The entry roles and the one that usually asks a year of customer-facing
/// experience (customer support specialist: "1-3 years in customer-facing
/// roles", the lower end): where a visitor with one year can start.
const ENTRY_OR_ONE_YEAR: &[&str] = &[
    "customer_service_rep",
    "receptionist",
    "concierge",
    "bank_teller",
    "secretary",
    "telemarketer",
    "retail_sales",
    "call_centre_operator",
    "customer_support_specialist",
];

/// The roles that ask evenings, weekends or holidays often or always (call
/// centres and hotels: seeds 000, 002; BLS; customer service managers: the
/// National Careers Service says evening and weekend shifts are common in
/// retail, leisure and contact centres): a weekdays-only visitor's "No, I
/// can't" is a dealbreaker for each. Concierge ("May work days, nights,
/// weekends, and holidays", WOIS) and retail ("required in some jobs", BLS)
/// read as "sometimes" under the frequency-word rule, so they are not.
const WEEKDAYS_ONLY_DEALBREAKERS: &[&str] =
    &["customer_service_rep", "lodging_manager", "telemarketer", "call_centre_operator", "customer_service_manager"];

fn personas() -> Vec<Persona> {
    let rep = |more: &[(&'static str, Answer)]| with(&with(&TEMPERAMENT_REP, &FLEXIBLE_HOURS), more);
    vec![
        // 1. The representative the seeds describe (traits: seeds 001–003; hours:
        // call centres open evenings, weekends and holidays, 000 and 002), on the
        // phone and by email in a call centre, a secondary diploma (000, 002,
        // 004), one year of experience, never led anyone, and the BLS 2018
        // median of $33,750 (002) as expectation: under the 25th percentile of
        // the US release now compared (BLS OEWS May 2023, $34,780), so well
        // below — pay has risen since 2018. An adviser: representative or
        // call-centre operator; team leader, manager and lodging manager expect
        // experience and leading a team (seeds 001, 003; MyPlan) — not yet.
        Persona {
            name: "seed representative",
            answers: rep(&[
                ("e_level", SECONDARY),
                ("e_training", MONTHS),
                ("e_licence", LICENCE_YES),
                ("e_certs", Multi(0)),
                ("w_channels", Multi(PHONE | EMAIL_CHAT)),
                ("w_place", CALL_CENTRE),
                ("w_noise", NO),
                ("p_expect", yearly(33_750)),
                ("p_years", years(1)),
                ("x_lead", NEVER_LED),
            ]),
            top: &["customer_service_rep", "call_centre_operator"],
            top_within: &[],
            bottom: &["team_leader", "customer_service_manager"],
            dealbreakers: &[],
            not_yet: &["team_leader", "customer_service_manager", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::WellBelow)],
        },
        // 2. A school leaver: the seeds' rep temperament and every hour on offer,
        // but no experience and no leading (issue 11's example). Entry jobs ask
        // no experience (BLS: "Work Experience in a Related Occupation None");
        // the three jobs that expect years and a team (team leader, manager,
        // lodging manager) are not yet within reach and stay at 55 % at most.
        // $30,000 a year is under the representative's 25th percentile of
        // $34,780 (BLS OEWS May 2023): well below.
        Persona {
            name: "school leaver",
            answers: rep(&[
                ("p_expect", yearly(30_000)),
                ("e_level", SECONDARY),
                ("e_training", WEEKS),
                ("w_channels", Multi(PHONE | EMAIL_CHAT | IN_PERSON)),
                ("w_place", ANY_PLACE),
                ("p_years", years(0)),
                ("x_lead", NEVER_LED),
            ]),
            top: &[],
            top_within: ENTRY_ROLES,
            bottom: &["team_leader", "customer_service_manager", "lodging_manager"],
            dealbreakers: &[],
            not_yet: &["team_leader", "customer_service_manager", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::WellBelow)],
        },
        // 3. Weekdays only, in an office, writing and software: the secretary role
        // has no evening, night, weekend or holiday work; lodging managers work
        // evenings and weekends as the norm, call centres run shifts (000, 002).
        // $45,000 a year is within a tenth of the secretary's May 2023 median
        // of $44,280 (BLS OEWS 43-6014) and above the representative's
        // $39,680 by more than a tenth, under its top tenth's $61,250.
        Persona {
            name: "weekday office writer",
            answers: with(
                &WEEKDAYS_ONLY,
                &[
                    ("t_written", YES),
                    ("t_software", YES),
                    ("t_pace", AGREE),
                    ("t_sell", YES),
                    ("t_calm", AGREE),
                    ("w_channels", Multi(EMAIL_CHAT)),
                    ("w_place", OFFICE),
                    ("p_expect", yearly(45_000)),
                    ("p_years", years(3)),
                    ("x_lead", NEVER_LED),
                ],
            ),
            top: &["secretary"],
            top_within: &[],
            bottom: &["lodging_manager", "telemarketer"],
            dealbreakers: WEEKDAYS_ONLY_DEALBREAKERS,
            not_yet: &["lodging_manager", "team_leader", "customer_service_manager"],
            pay: &[("secretary", Verdict::Realistic), ("customer_service_rep", Verdict::Ambitious)],
        },
        // 4. A born seller who wants part-time evening work on the phone: seed 004
        // names telemarketers as customer service by phone; part-time positions
        // are the norm there (Vault). No role is a part-time dealbreaker any
        // more: lodging managers are 27 % part time (Jobs and Skills
        // Australia), team leaders (part-time jobs "also available") and
        // customer service managers (part-time work "often available",
        // National Careers Service) have some.
        // $14 an hour ($29,120 a year at 2,080 hours) is under the
        // representative's 25th percentile of $34,780 (BLS OEWS May 2023):
        // well below.
        Persona {
            name: "part-time phone seller",
            answers: vec![
                ("p_expect", hourly(1_400)),
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
            top_within: &[],
            bottom: &["secretary", "concierge"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("customer_service_rep", Verdict::WellBelow)],
        },
        // 5. Face to face in a shop, weekends and holidays fine, no diploma, a noisy
        // call centre would wear them out: retail asks no diploma and works the
        // shop floor (000: in retail reps meet customers in person).
        // $16 an hour ($33,280 a year) is within a tenth of retail's May 2023
        // median of $33,680 (BLS OEWS): realistic.
        Persona {
            name: "shop floor helper",
            answers: vec![
                ("p_expect", hourly(1_600)),
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
            top_within: &[],
            bottom: &["call_centre_operator", "telemarketer"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("retail_sales", Verdict::Realistic)],
        },
        // 6. A representative in every way except weekends: call centres and shops
        // work weekends (000), so every role rating weekends "often" or "always"
        // gets a dealbreaker (telemarketers who call consumers: Vault; customer
        // service managers: National Careers Service); weekday roles
        // (secretary, receptionist) lead.
        // $38,000 is under the secretary's May 2023 median of $44,280 by more
        // than a tenth (above its 25th percentile, $36,330), and within a tenth
        // of the receptionist's median of $35,840 (BLS OEWS).
        Persona {
            name: "no weekends",
            answers: rep(&[
                ("p_expect", yearly(38_000)),
                ("s_weekends", CANNOT),
                ("s_holidays", SOMETIMES),
                ("w_channels", Multi(PHONE | EMAIL_CHAT)),
                ("w_place", ANY_PLACE),
                ("e_level", SECONDARY),
            ]),
            top: &["secretary"],
            top_within: &[],
            bottom: &["lodging_manager"],
            // Concierge and retail weekends are "sometimes" (WOIS "May work",
            // BLS "in some jobs"), so not dealbreakers.
            dealbreakers: &[
                "customer_service_rep",
                "lodging_manager",
                "call_centre_operator",
                "customer_service_manager",
                "telemarketer",
            ],
            not_yet: &[],
            pay: &[("secretary", Verdict::BelowMedian), ("receptionist", Verdict::Realistic)],
        },
        // 7. $80,000 a year with two years: the top 10 % of reps earn above
        // $61,250 (BLS OEWS May 2023): unrealistic; supervisors' 75th percentile
        // is $79,690 and their top tenth $100,270 (43-1011): ambitious.
        // Customer service managers usually need 3 years (Job Outlook, ANZSCO
        // 1492): one short is not enough for "not yet".
        Persona {
            name: "expects 80k",
            answers: rep(&[("p_expect", yearly(80_000)), ("p_years", years(2)), ("w_place", CALL_CENTRE)]),
            top: &["team_leader"],
            top_within: &[],
            bottom: &["retail_sales"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[
                ("customer_service_rep", Verdict::Unrealistic),
                ("team_leader", Verdict::Ambitious),
                ("receptionist", Verdict::Unrealistic),
            ],
        },
        // 8. $9 an hour ($18,720 a year): under the 10th percentile of reps
        // ($29,560), receptionists ($26,940) and supervisors ($41,060) in BLS
        // OEWS May 2023: well below, you could ask for more.
        Persona {
            name: "asks too little",
            answers: rep(&[("p_expect", hourly(900)), ("w_place", CALL_CENTRE), ("w_channels", Multi(PHONE))]),
            top: &["customer_service_rep", "call_centre_operator"],
            top_within: &[],
            bottom: &["retail_sales"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[
                ("customer_service_rep", Verdict::WellBelow),
                ("receptionist", Verdict::WellBelow),
                ("team_leader", Verdict::WellBelow),
            ],
        },
        // 9. $34,000 with 25 years and a team led: PayScale's ladder gives $34,000
        // for 20+ years (000), but the verdict uses one release, BLS OEWS May
        // 2023, where $34,000 is under the 25th percentile ($34,780): well
        // below. With that record the adviser points
        // to team leader and manager (seed 003: team leader, department manager).
        Persona {
            name: "veteran at 34k",
            answers: rep(&[
                ("p_expect", yearly(34_000)),
                ("p_years", years(25)),
                ("x_lead", LED_TEAM),
                ("e_level", SECONDARY),
                ("w_channels", Multi(PHONE | EMAIL_CHAT)),
                ("w_place", OFFICE),
                ("t_solve", YES),
            ]),
            top: &["team_leader", "customer_service_manager"],
            top_within: &[],
            bottom: &["bank_teller", "retail_sales"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("customer_service_rep", Verdict::WellBelow)],
        },
        // 10. The same $34,000 with one year: under the 25th percentile of
        // $34,780 (BLS OEWS May 2023): well below.
        Persona {
            name: "newcomer at 34k",
            answers: rep(&[("p_expect", yearly(34_000)), ("p_years", years(1)), ("x_lead", NEVER_LED)]),
            top: &[],
            top_within: ENTRY_OR_ONE_YEAR,
            bottom: &["team_leader", "customer_service_manager", "lodging_manager"],
            dealbreakers: &[],
            not_yet: &["team_leader", "customer_service_manager", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::WellBelow)],
        },
        // 11. Manager track: higher education, six years, has led a team, solves
        // problems, stays calm and late, full-time in an office, $4,600 a month:
        // $55,200 a year is above the supervisors' 25th percentile of $50,160
        // and under their median of $63,450 by more than a tenth (BLS OEWS May
        // 2023, 43-1011): below the median; above the representative's $39,680
        // and under its top tenth: ambitious.
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
                ("p_years", years(6)),
                ("x_lead", LED_TEAM),
            ],
            top: &["team_leader", "customer_service_manager"],
            top_within: &[],
            bottom: &["retail_sales"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("team_leader", Verdict::BelowMedian), ("customer_service_rep", Verdict::Ambitious)],
        },
        // 12. Will not study for a licence: a licence is needed only in some
        // places for insurance and finance (000, 002), so no role needs one
        // often or always: a hard "no" breaks nothing.
        // $34,000 is under the representative's 25th percentile of $34,780
        // (BLS OEWS May 2023): well below.
        Persona {
            name: "no licence",
            answers: rep(&[
                ("p_expect", yearly(34_000)),
                ("e_licence", LICENCE_NO),
                ("e_level", SECONDARY),
                ("w_place", CALL_CENTRE),
            ]),
            top: &["call_centre_operator"],
            top_within: &[],
            bottom: &["bank_teller"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("customer_service_rep", Verdict::WellBelow)],
        },
        // 13. Writes well, works from home by email, chat and social media
        // (seed 003: email, chat, social media and home working); the support
        // specialist is rated high for writing, software and email/chat.
        // Telemarketing (phone only, selling) is not for them.
        // $3,000 a month ($36,000 a year) is within a tenth of the
        // representative's median of $39,680 and under the secretary's 25th
        // percentile of $36,330 (BLS OEWS May 2023): well below there.
        Persona {
            name: "home-based writer",
            answers: vec![
                ("p_expect", monthly(3_000)),
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
                ("p_years", years(2)),
                ("x_lead", NEVER_LED),
            ],
            top: &["customer_support_specialist"],
            top_within: &[],
            bottom: &["telemarketer", "retail_sales"],
            dealbreakers: &[],
            not_yet: &["customer_service_manager", "team_leader", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::Realistic), ("secretary", Verdict::WellBelow)],
        },
        // 14. A student: part-time only, evenings and weekends gladly, no diploma,
        // a few days of training at most. No role lacks part-time positions any
        // more (lodging managers: 27 % part time, Jobs and Skills Australia);
        // retail and telemarketing offer part-time work, team leaders and
        // managers some. The support specialist, with little part-time work
        // ("may") and longer training, fits least.
        // $12 an hour ($24,960 a year) is under retail's 25th percentile of
        // $28,600 (BLS OEWS May 2023): well below, the student could ask for more.
        Persona {
            name: "student",
            answers: vec![
                ("p_expect", hourly(1_200)),
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
                ("p_years", years(0)),
                ("x_lead", NEVER_LED),
            ],
            top: &["telemarketer"],
            top_within: &[],
            bottom: &["customer_support_specialist"],
            dealbreakers: &[],
            not_yet: &["lodging_manager", "team_leader", "customer_service_manager"],
            pay: &[("retail_sales", Verdict::WellBelow)],
        },
        // 15. Nothing answered: nothing is known, every role stands at the neutral
        // 50 % in catalogue order, with no dealbreakers.
        Persona {
            name: "nothing answered",
            answers: vec![],
            top: &["customer_service_rep", "receptionist", "concierge"],
            top_within: &[],
            bottom: &[],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[],
        },
        // 16. One year in a call centre, has coached newcomers, wants to move up:
        // one year short of the team leader's two is not a wall, and coaching
        // is half way to leading (seed 003: team leader is the next step).
        // $36,000 is realistic for a representative (median $39,680) and under
        // a supervisor's 25th percentile of $50,160 (BLS OEWS May 2023).
        Persona {
            name: "rep who coaches",
            answers: rep(&[
                ("p_expect", yearly(36_000)),
                ("e_level", SECONDARY),
                ("w_channels", Multi(PHONE | EMAIL_CHAT)),
                ("w_place", CALL_CENTRE),
                ("w_noise", NO),
                ("p_years", years(1)),
                ("x_lead", COACHED),
                ("t_solve", YES),
            ]),
            top: &["customer_service_rep", "call_centre_operator"],
            top_within: &[],
            bottom: &["customer_service_manager"],
            dealbreakers: &[],
            not_yet: &["customer_service_manager"],
            pay: &[("customer_service_rep", Verdict::Realistic), ("team_leader", Verdict::WellBelow)],
        },
        // 17. A hotel front-desk clerk: face to face at a front desk, evenings,
        // weekends and holidays fine, three years, has trained new colleagues.
        // Receptionist and concierge are front-desk jobs (BLS, WOIS); the
        // lodging manager asks several years in a hotel (MyPlan) and leads the
        // staff, so it is within reach but not the best fit yet.
        // $31,000 is above the receptionist's 25th percentile ($30,450) but
        // more than a tenth under its median ($35,840), and under the
        // concierge's 25th percentile ($33,300) (BLS OEWS May 2023).
        Persona {
            name: "hotel front desk",
            answers: with(
                &FLEXIBLE_HOURS,
                &[
                    ("p_expect", yearly(31_000)),
                    ("t_patience", YES),
                    ("t_calm", YES),
                    ("t_verbal", YES),
                    ("t_empathy", AGREE),
                    ("t_pace", RATHER_NOT),
                    ("w_channels", Multi(IN_PERSON | PHONE)),
                    ("w_place", STORE),
                    ("w_noise", YES),
                    ("e_level", SECONDARY),
                    ("p_years", years(3)),
                    ("x_lead", COACHED),
                ],
            ),
            top: &["receptionist"],
            top_within: &[],
            bottom: &["telemarketer"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("receptionist", Verdict::BelowMedian), ("concierge", Verdict::WellBelow)],
        },
        // 18. An experienced hotel supervisor with a hospitality degree: six
        // years, has led a shift team, evenings and weekends as the norm. The
        // lodging manager's several years in a hotel and a degree (MyPlan).
        // $52,000 is above the lodging manager's 25th percentile ($49,380) and
        // more than a tenth under its median of $65,360 (BLS OEWS May 2023).
        Persona {
            name: "hotel supervisor",
            answers: with(
                &FLEXIBLE_HOURS,
                &[
                    ("p_expect", yearly(52_000)),
                    ("t_calm", YES),
                    ("t_solve", YES),
                    ("t_verbal", YES),
                    ("t_patience", AGREE),
                    ("t_pace", RATHER_NOT),
                    ("w_channels", Multi(IN_PERSON | PHONE | EMAIL_CHAT)),
                    ("w_place", STORE),
                    ("e_level", HIGHER),
                    ("p_years", years(6)),
                    ("x_lead", LED_TEAM),
                    ("s_nights", GLADLY),
                ],
            ),
            top: &["lodging_manager"],
            top_within: &[],
            bottom: &["telemarketer"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("lodging_manager", Verdict::BelowMedian)],
        },
        // 19. Bank-minded: calm and careful, weekdays only, face to face at a
        // branch, happy to train for months and to study for a licence. Tellers
        // work branch hours (BLS: most work full time in branches).
        // $26,000 is under the tellers' 10th percentile of $29,720 (BLS OEWS
        // May 2023; the 2012 median of $24,940 is no longer in the catalogue).
        Persona {
            name: "bank-minded",
            answers: with(
                &WEEKDAYS_ONLY,
                &[
                    ("p_expect", yearly(26_000)),
                    ("t_calm", YES),
                    ("t_patience", YES),
                    ("t_software", AGREE),
                    ("t_sell", RATHER_NOT),
                    ("w_channels", Multi(IN_PERSON)),
                    ("w_place", STORE),
                    ("e_level", SECONDARY),
                    ("e_training", MONTHS),
                    ("e_licence", LICENCE_YES),
                    ("p_years", years(1)),
                    ("x_lead", NEVER_LED),
                ],
            ),
            top: &["bank_teller"],
            top_within: &[],
            bottom: &["telemarketer", "lodging_manager"],
            dealbreakers: WEEKDAYS_ONLY_DEALBREAKERS,
            not_yet: &["lodging_manager", "team_leader", "customer_service_manager"],
            pay: &[("bank_teller", Verdict::WellBelow)],
        },
        // 20. A tech troubleshooter: loves working out a caller's install problem
        // (seeds 002, 003: troubleshooting, CRM), writes well, email and chat
        // from home or an office, two years of support work.
        // $40,000 is within a tenth of the representative's median of $39,680
        // (BLS OEWS May 2023): realistic; the support specialist's US figures
        // are the same occupation's, as a proxy.
        Persona {
            name: "tech troubleshooter",
            answers: with(
                &FLEXIBLE_HOURS,
                &[
                    ("p_expect", yearly(40_000)),
                    ("t_solve", YES),
                    ("t_software", YES),
                    ("t_written", YES),
                    ("t_listen", NO),
                    ("t_sell", AGREE),
                    ("w_channels", Multi(EMAIL_CHAT | PHONE)),
                    ("w_place", HOME),
                    ("e_level", VOCATIONAL),
                    ("e_training", MONTHS),
                    ("p_years", years(2)),
                    ("x_lead", NEVER_LED),
                ],
            ),
            top: &["customer_support_specialist"],
            top_within: &[],
            bottom: &["retail_sales"],
            dealbreakers: &[],
            not_yet: &["customer_service_manager", "team_leader", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::Realistic)],
        },
        // 21. Hates selling and a fast pace: suggesting extras feels pushy and
        // hundreds of calls a day would wear them out (seeds 001, 002);
        // telemarketing is selling by phone at pace (seed 004, WOIS).
        // $45,000 is within a tenth of the secretary's May 2023 median of
        // $44,280 (BLS OEWS 43-6014).
        Persona {
            name: "no selling, no quotas",
            answers: with(
                &TEMPERAMENT_REP,
                &[
                    ("p_expect", yearly(45_000)),
                    ("t_sell", YES),
                    ("t_pace", YES),
                    ("w_noise", YES),
                    ("w_channels", Multi(IN_PERSON | EMAIL_CHAT)),
                    ("w_place", OFFICE),
                    ("e_level", SECONDARY),
                    ("s_hours", FULL_TIME),
                ],
            ),
            top: &["secretary"],
            top_within: &[],
            bottom: &["telemarketer", "call_centre_operator"],
            dealbreakers: &[],
            not_yet: &[],
            pay: &[("secretary", Verdict::Realistic)],
        },
        // 22. A night owl in a 24-hour contact centre: nights gladly (000: some
        // call centres are open 24 hours), phone, call centre, no experience.
        // $35,000 is above the representative's 25th percentile ($34,780) and
        // more than a tenth under its median of $39,680 (BLS OEWS May 2023).
        Persona {
            name: "night owl",
            answers: with(
                &TEMPERAMENT_REP,
                &[
                    ("p_expect", yearly(35_000)),
                    ("s_nights", GLADLY),
                    ("s_evenings", GLADLY),
                    ("s_weekends", GLADLY),
                    ("s_rota", CHANGING_OK),
                    ("w_channels", Multi(PHONE)),
                    ("w_place", CALL_CENTRE),
                    ("w_noise", NO),
                    ("p_years", years(0)),
                    ("x_lead", NEVER_LED),
                ],
            ),
            top: &["call_centre_operator", "customer_service_rep"],
            top_within: &[],
            bottom: &["lodging_manager"],
            dealbreakers: &[],
            not_yet: &["team_leader", "customer_service_manager", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::BelowMedian)],
        },
        // 23. Part-time, weekdays, at a front desk or in an office, no experience:
        // receptionists often work part time (BLS: 3 in 10) and weekdays.
        // $14 an hour ($29,120 a year at 2,080 hours) is under the
        // receptionist's 25th percentile of $30,450 (BLS OEWS May 2023): well
        // below.
        Persona {
            name: "part-time front desk",
            answers: vec![
                ("p_expect", hourly(1_400)),
                ("t_patience", YES),
                ("t_verbal", YES),
                ("t_calm", AGREE),
                ("s_hours", PART_TIME_ONLY),
                ("s_evenings", CANNOT),
                ("s_nights", CANNOT),
                ("s_weekends", RARELY),
                ("s_rota", FIXED),
                ("w_channels", Multi(IN_PERSON | PHONE)),
                ("w_place", STORE),
                ("e_level", SECONDARY),
                ("p_years", years(0)),
                ("x_lead", NEVER_LED),
            ],
            top: &["receptionist"],
            top_within: &[],
            bottom: &["team_leader", "customer_service_manager"],
            // Evenings are common or the norm in call centres and hotels (000,
            // 002, BLS; managers: National Careers Service); concierge and retail evenings
            // are "sometimes" (WOIS "May work", BLS "in some jobs").
            dealbreakers: &[
                "call_centre_operator",
                "customer_service_manager",
                "customer_service_rep",
                "lodging_manager",
                "telemarketer",
            ],
            not_yet: &["team_leader", "customer_service_manager", "lodging_manager"],
            pay: &[("receptionist", Verdict::WellBelow)],
        },
        // 24. A career changer: a university degree and years leading a team
        // elsewhere, but no customer service experience. Leading is there; the
        // years in the field are not for the manager (3 years, Job Outlook
        // ANZSCO 1492): not yet. Team leaders ask at least one year (Randstad),
        // one short, which is not enough for "not yet". Entry roles lead.
        // $50,000 is above the representative's median ($39,680) and under its
        // top tenth ($61,250): ambitious; under a supervisor's 25th percentile
        // of $50,160 (BLS OEWS May 2023): well below.
        Persona {
            name: "career changer",
            answers: rep(&[
                ("p_expect", yearly(50_000)),
                ("e_level", HIGHER),
                ("w_channels", Multi(PHONE | EMAIL_CHAT | IN_PERSON)),
                ("w_place", OFFICE),
                ("p_years", years(0)),
                ("x_lead", LED_TEAM),
            ]),
            top: &["secretary"],
            top_within: &[],
            bottom: &["customer_service_manager", "lodging_manager"],
            dealbreakers: &[],
            not_yet: &["customer_service_manager", "lodging_manager"],
            pay: &[("customer_service_rep", Verdict::Ambitious), ("team_leader", Verdict::WellBelow)],
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
        // Near-equal is equal (tuning::TIE_POINTS): a role within that many
        // points of the third counts as among the top three, and likewise at the bottom.
        let (third, third_last) = (fits[2].overall, fits[fits.len() - 3].overall);
        let top3: Vec<&str> =
            fits.iter().filter(|f| f.overall + TIE_POINTS >= third).map(|f| f.role.as_str()).collect();
        let mut fail = |what: String| failures.push(format!("{}: {what}\n{}", p.name, table(&fits)));
        for t in p.top {
            if !top3.contains(t) {
                fail(format!("{t} not in top 3 {top3:?}"));
            }
        }
        if !p.top_within.is_empty() {
            if let Some(t) = top3.iter().find(|t| !p.top_within.contains(t)) {
                fail(format!("{t} in top 3 {top3:?}, expected only {:?}", p.top_within));
            }
        }
        let has_answers = !p.answers.is_empty();
        if has_answers && (p.top.is_empty() && p.top_within.is_empty() || p.bottom.is_empty() || p.pay.is_empty()) {
            fail("every persona states its expected top, bottom and pay verdict".into());
        }
        let bottom3: Vec<&str> =
            fits.iter().filter(|f| f.overall <= third_last + TIE_POINTS).map(|f| f.role.as_str()).collect();
        for t in p.bottom {
            if !bottom3.contains(t) {
                fail(format!("{t} not in bottom 3 {bottom3:?}"));
            }
        }
        let mut not_yet: Vec<&str> = fits.iter().filter(|f| f.not_yet.is_some()).map(|f| f.role.as_str()).collect();
        let mut expected_not_yet = p.not_yet.to_vec();
        not_yet.sort_unstable();
        expected_not_yet.sort_unstable();
        if not_yet != expected_not_yet {
            fail(format!("not yet {not_yet:?}, expected {expected_not_yet:?}"));
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
    assert!(good.overall >= career_quiz_core::tuning::FIT_STRONG, "{}", good.overall);
    assert!(bad.overall <= 55, "{}", bad.overall);
    let hints = career_quiz_core::scoring::what_ifs_for(&cat, &answers(&rigid), &Weights::default(), &bad);
    let hint = &hints[0];
    assert_eq!((hint.question, hint.from, hint.to), ("s_weekends", bad.overall, good.overall));
    assert_eq!(
        explain::what_if(Lang::En, hint),
        format!(
            "If you could work weekends, your fit with this job would rise from {}% to {}%.",
            bad.overall, good.overall
        )
    );
    let text = explain::dealbreaker(Lang::En, &bad.dealbreakers[0]);
    assert!(text.starts_with("You said you cannot work weekends, but weekend work is common in this job."), "{text}");
}

#[test]
fn every_explanation_renders_in_every_language_for_every_persona() {
    let cat = Catalogue::builtin().unwrap();
    for p in personas() {
        for f in score(&cat, &answers(&p.answers), &Weights::default()) {
            for lang in Lang::ALL {
                let mut texts: Vec<String> =
                    f.dims.iter().flat_map(|d| d.reasons.iter().map(|r| explain::reason(lang, r))).collect();
                texts.extend(f.dealbreakers.iter().map(|d| explain::dealbreaker(lang, d)));
                let what_ifs =
                    career_quiz_core::scoring::what_ifs_for(&cat, &answers(&p.answers), &Weights::default(), &f);
                texts.extend(what_ifs.iter().map(|w| explain::what_if(lang, w)));
                texts.extend(f.pay.iter().map(|pf| explain::pay(lang, &cat, pf, &explain::plain_money)));
                for t in texts {
                    assert!(t.len() > 20 && !t.contains('{') && t.ends_with('.'), "{}: {t}", p.name);
                }
            }
        }
    }
}

/// The persona table's spread, printed with the test output: per persona
/// the best fit minus the worst and the best minus the third. The targets
/// (issue 11): clearly different roles far apart, a median spread of at
/// least [`MIN_MEDIAN_SPREAD`] points.
#[test]
fn scores_separate_roles() {
    const MIN_MEDIAN_SPREAD: u8 = 40;
    let cat = Catalogue::builtin().unwrap();
    let mut spreads = Vec::new();
    println!("{:24} {:>10} {:>7}  ranking", "persona", "best-worst", "#1-#3");
    for p in personas() {
        let fits = score(&cat, &answers(&p.answers), &Weights::default());
        let (best, third, worst) = (fits[0].overall, fits[2].overall, fits[fits.len() - 1].overall);
        let ranking: Vec<String> = fits.iter().map(|f| format!("{} {}", f.role, f.overall)).collect();
        println!("{:24} {:>10} {:>7}  {}", p.name, best - worst, best - third, ranking.join(", "));
        spreads.push(best - worst);
    }
    spreads.sort_unstable();
    let median = spreads[spreads.len() / 2];
    println!("median best-worst: {median} points over {} personas", spreads.len());
    assert!(spreads.len() >= 24, "at least 24 personas");
    assert!(median >= MIN_MEDIAN_SPREAD, "median spread {median} < {MIN_MEDIAN_SPREAD}");
}

/// Every persona again with no experience and no leading: no role that
/// usually expects two years or more, or leads a team, is above 60 %, and
/// its "not yet" sentence says why.
#[test]
fn a_beginner_never_sees_a_senior_role_above_sixty() {
    const SENIOR_MAX: u8 = 60;
    let cat = Catalogue::builtin().unwrap();
    for p in personas() {
        let beginner = with(&p.answers, &[("p_years", years(0)), ("x_lead", NEVER_LED)]);
        for f in score(&cat, &answers(&beginner), &Weights::default()) {
            let career = cat.role(&f.role).unwrap().career.as_ref().unwrap();
            let senior = career.experience.value.years >= 2 || career.leadership.value == Leadership::LeadsTeam;
            if !senior {
                continue;
            }
            assert!(f.overall <= SENIOR_MAX, "{}: {} at {}", p.name, f.role, f.overall);
            let n = f.not_yet.as_ref().unwrap_or_else(|| panic!("{}: {} has no not-yet", p.name, f.role));
            let text = explain::not_yet(Lang::En, n, &[]);
            let why = if career.experience.value.years >= 2 { "of experience" } else { "leading a team" };
            assert!(text.contains(why), "{}: {}: {text}", p.name, f.role);
        }
    }
}
