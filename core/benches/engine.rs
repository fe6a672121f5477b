//! Engine benchmark: time to score every built-in role for one answer set
//! (with reasons and pay; the what-ifs, worked out for a role whose details
//! show, on their own lines), and to encode and decode a share code.
//! Run with `cargo bench --bench engine`; prints the figures.

use std::hint::black_box;
use std::time::Instant;

use career_quiz_core::answers::{Answer, Answers};
use career_quiz_core::catalogue::{Catalogue, Period};
use career_quiz_core::codec::{decode, encode};
use career_quiz_core::questions::{Kind, QUESTIONS};
use career_quiz_core::region::Currency;
use career_quiz_core::scoring::{score, what_ifs_for, Weights};

/// Every question answered, with a mix of options, so every path runs.
fn full_answers() -> Answers {
    let mut a = Answers::new();
    for (i, q) in QUESTIONS.iter().enumerate() {
        let n = q.options().len() as u8;
        let x = match q.kind {
            Kind::Agree { .. } | Kind::Choice(_) => Answer::Choice(i as u8 % n),
            Kind::Multi(_) => Answer::Multi(0b0101 & ((1 << n) - 1)),
            Kind::Years => Answer::Years(7),
            Kind::Pay => Answer::Pay { cents: 3_200_000, period: Period::Annual, currency: Currency::Usd },
        };
        a.set_at(i, Some(x)).expect("valid answer");
    }
    a
}

/// Rounds per figure: the machine is shared, so the best round is the
/// figure (the least disturbed), with the median next to it.
const ROUNDS: usize = 7;

/// `cargo bench` passes `--bench`; `cargo test --all-targets` runs this file
/// too (unoptimised), where one short round shows it still works.
fn benchmarking() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn time<T>(name: &str, iterations: u32, mut f: impl FnMut() -> T) -> f64 {
    let (rounds_n, iterations) = if benchmarking() { (ROUNDS, iterations) } else { (1, (iterations / 100).max(1)) };
    for _ in 0..iterations / 10 {
        black_box(f());
    }
    let mut rounds: Vec<f64> = (0..rounds_n)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                black_box(f());
            }
            start.elapsed().as_secs_f64() / f64::from(iterations)
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    let (best, median) = (rounds[0], rounds[rounds_n / 2]);
    println!(
        "{name:44} {:>10.2} µs/iter  (best of {rounds_n} rounds of {iterations}; median {:.2} µs)",
        best * 1e6,
        median * 1e6
    );
    best
}

fn main() {
    let cat = Catalogue::builtin().expect("built-in catalogue");
    let answers = full_answers();
    let weights = Weights::default();
    let code = encode(&answers);
    println!(
        "engine benchmark: {} roles, {} questions, code {code} ({} chars)",
        cat.roles.len(),
        QUESTIONS.len(),
        code.len()
    );
    let per = time("score all roles (reasons, pay)", 2_000, || score(&cat, &answers, &weights));
    time("score all roles, nothing answered", 2_000, || score(&cat, &Answers::new(), &weights));
    // What-ifs are worked out for a role whose details show (`what_ifs_for`).
    let fits = score(&cat, &answers, &weights);
    time("what-ifs of the top role (its details opened)", 2_000, || what_ifs_for(&cat, &answers, &weights, &fits[0]));
    time("what-ifs of all roles (every card opened)", 500, || {
        fits.iter().map(|f| what_ifs_for(&cat, &answers, &weights, f)).collect::<Vec<_>>()
    });
    time("pay fit of every role", 2_000, || {
        cat.roles.iter().map(|r| career_quiz_core::scoring::pay_fit(&cat, r, &answers)).collect::<Vec<_>>()
    });
    time("read the built-in catalogue (JSON, checked)", 50, || Catalogue::builtin().expect("built-in catalogue"));
    time("encode", 200_000, || encode(&answers));
    time("decode", 200_000, || decode(&code));
    if benchmarking() {
        let verdict = if per < 1e-3 { "well under" } else { "NOT under" };
        println!("scoring all roles: {:.3} ms, {verdict} 1 ms", per * 1e3);
    } else {
        println!("(a short unoptimised run under `cargo test`; `cargo bench` gives the figures)");
    }
}
