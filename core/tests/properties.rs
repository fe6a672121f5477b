#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the engine against the built-in catalogue: scores stay
//! in bounds, relaxing a constraint never lowers a fit, answer order does not
//! matter, the codec round-trips, and no input panics the scorer or decoder.
//! 15,000 generated cases in all (3 × 1,500 + 4 × 2,500 + 500).

use career_quiz_core::answers::{Answer, Answers, MAX_PAY_CENTS};
use career_quiz_core::catalogue::{Catalogue, Period};
use career_quiz_core::codec::{decode, encode};
use career_quiz_core::questions::{index_of, Kind, MAX_YEARS, QUESTIONS};
use career_quiz_core::region::Currency;
use career_quiz_core::scoring::{score, Weights, MIN_WHAT_IF_GAIN};
use proptest::prelude::*;
use std::sync::OnceLock;

fn cat() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| Catalogue::builtin().expect("built-in catalogue"))
}

const PERIODS: [Period; 3] = [Period::Hourly, Period::Monthly, Period::Annual];

/// A valid answer to question `i` made from raw numbers.
fn answer(i: usize, r: u32, p: usize) -> Answer {
    let q = &QUESTIONS[i];
    let n = q.options().len() as u32;
    match q.kind {
        Kind::Agree { .. } | Kind::Choice(_) => Answer::Choice((r % n) as u8),
        Kind::Multi(_) => Answer::Multi((r % (1 << n)) as u8),
        Kind::Years => Answer::Years((r % (u32::from(MAX_YEARS) + 1)) as u8),
        Kind::Pay => Answer::Pay {
            cents: 1 + r % MAX_PAY_CENTS,
            period: PERIODS[p % 3],
            currency: Currency::ALL[r as usize % 3],
        },
    }
}

fn pairs() -> impl Strategy<Value = Vec<(usize, Answer)>> {
    prop::collection::vec((any::<bool>(), any::<u32>(), 0usize..3), QUESTIONS.len()).prop_map(|raw| {
        raw.into_iter()
            .enumerate()
            .filter(|(_, (present, _, _))| *present)
            .map(|(i, (_, r, p))| (i, answer(i, r, p)))
            .collect()
    })
}

fn build(pairs: &[(usize, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (i, x) in pairs {
        a.set_at(*i, Some(*x)).unwrap();
    }
    a
}

/// The answer to question `id` made one step more flexible, if it can be.
fn relax(id: &str, a: Answer) -> Option<Answer> {
    let Answer::Choice(i) = a else { return None };
    match id {
        // Willingness and licence: lower index = more willing.
        "s_evenings" | "s_nights" | "s_weekends" | "s_holidays" | "s_overtime" | "e_licence" => {
            i.checked_sub(1).map(Answer::Choice)
        }
        // Rota and training: higher index = more flexible.
        "s_rota" | "e_training" => (i < 2).then_some(Answer::Choice(i + 1)),
        "s_hours" => (i != 2).then_some(Answer::Choice(2)),
        _ => None,
    }
}

const RELAXABLE: [&str; 9] = [
    "s_evenings",
    "s_nights",
    "s_weekends",
    "s_holidays",
    "s_overtime",
    "e_licence",
    "s_rota",
    "e_training",
    "s_hours",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn scores_stay_in_bounds_and_ranked(p in pairs()) {
        let a = build(&p);
        let fits = score(cat(), &a, &Weights::default());
        prop_assert_eq!(fits.len(), cat().roles.len());
        for w in fits.windows(2) {
            // Equal fits: fewer dimensions without data first, then catalogue order.
            let key = |f: &career_quiz_core::scoring::RoleFit| (std::cmp::Reverse(f.overall), f.gaps(), f.index);
            prop_assert!(key(&w[0]) < key(&w[1]));
        }
        for f in &fits {
            prop_assert!(f.overall <= 100 && f.completeness <= 100);
            prop_assert!(f.dims.iter().all(|d| d.score.is_none_or(|s| s <= 100) && d.reasons.len() <= 3));
            let what_ifs = career_quiz_core::scoring::what_ifs_for(cat(), &a, &Weights::default(), f);
            prop_assert!(what_ifs.len() <= 2);
            prop_assert!(what_ifs.iter().all(|w| w.from == f.overall && w.to >= w.from + MIN_WHAT_IF_GAIN && w.to <= 100));
            prop_assert!(f.dealbreakers.iter().all(|d| f.overall <= d.cap));
            if let Some(pf) = &f.pay {
                prop_assert!(pf.score <= 100 && pf.percentile.is_none_or(|x| (1..=99).contains(&x)));
            }
        }
    }

    #[test]
    fn relaxing_a_constraint_never_lowers_any_fit(p in pairs(), which in 0usize..RELAXABLE.len(), start in 0u8..4) {
        let id = RELAXABLE[which];
        let i = index_of(id).unwrap();
        let mut a = build(&p);
        let n = QUESTIONS[i].options().len() as u8;
        a.set_at(i, Some(Answer::Choice(start % n))).unwrap();
        let Some(relaxed) = relax(id, a.at(i).unwrap()) else { return Ok(()) };
        let mut b = a;
        b.set_at(i, Some(relaxed)).unwrap();
        let before = score(cat(), &a, &Weights::default());
        let after = score(cat(), &b, &Weights::default());
        for f in &before {
            let g = after.iter().find(|g| g.role == f.role).unwrap();
            prop_assert!(g.overall >= f.overall, "{} {}: {} -> {}", id, f.role, f.overall, g.overall);
            prop_assert!(g.dealbreakers.len() <= f.dealbreakers.len());
        }
    }

    #[test]
    fn answer_order_does_not_matter(p in pairs().prop_flat_map(|p| (Just(p.clone()), Just(p).prop_shuffle()))) {
        let (a, b) = (build(&p.0), build(&p.1));
        prop_assert_eq!(a, b);
        prop_assert_eq!(score(cat(), &a, &Weights::default()), score(cat(), &b, &Weights::default()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2500, ..ProptestConfig::default() })]

    #[test]
    fn codec_round_trips(p in pairs()) {
        let a = build(&p);
        let code = encode(&a);
        prop_assert!(code.len() <= 40, "{}", code);
        prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(decode(&code), Ok(a));
    }

    #[test]
    fn decoder_never_panics_on_any_text(s in any::<String>()) {
        let _ = decode(&s);
    }

    #[test]
    fn decoder_rejects_or_round_trips_near_codes(s in "A[A-Za-z0-9_-]{0,40}") {
        if let Ok(a) = decode(&s) {
            prop_assert_eq!(encode(&a), s);
        }
    }

    #[test]
    fn tampered_codes_never_panic(p in pairs(), at in any::<usize>(), c in "[A-Za-z0-9_-]") {
        let code = encode(&build(&p));
        let at = 1 + at % (code.len() - 1);
        let tampered = format!("{}{}{}", &code[..at], c, &code[at + 1..]);
        match decode(&tampered) {
            Ok(a) => prop_assert_eq!(encode(&a), tampered),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn scorer_never_panics_on_any_weights(p in pairs(), w in prop::array::uniform5(any::<f32>())) {
        let weights = Weights { temperament: w[0], schedule: w[1], education: w[2], setting: w[3], pay: w[4] };
        for f in score(cat(), &build(&p), &weights) {
            prop_assert!(f.overall <= 100);
        }
    }
}
