//! A visitor's answers: one optional [`Answer`] per question in
//! [`QUESTIONS`] order, each checked against its question when set. This is
//! the quiz's input model; scoring, the codec and the state read it.

use std::fmt;

use super::catalogue::Period;
use super::questions::{index_of, Kind, Question, COUNT, MAX_YEARS, QUESTIONS};
use super::region::{Currency, Region};

/// One answer. Agree-scale questions take `Choice(0..=4)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Index of the chosen option.
    Choice(u8),
    /// Bit `i` set = option `i` chosen.
    Multi(u8),
    /// Expected pay in hundredths of the currency unit (cents), per
    /// `period`, in `currency` (the pay region's when it was given).
    Pay { cents: u32, period: Period, currency: Currency },
    /// Whole years.
    Years(u8),
}

/// The most a pay answer can hold, in cents (ten million a period).
pub const MAX_PAY_CENTS: u32 = 1_000_000_000;

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    /// The answer's type does not fit the question's.
    WrongKind(&'static str),
    /// An option index, mask, amount or year count out of range.
    OutOfRange(&'static str),
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(id) => write!(f, "no question with id `{id}`"),
            AnswerError::WrongKind(id) => write!(f, "wrong answer type for question `{id}`"),
            AnswerError::OutOfRange(id) => write!(f, "answer out of range for question `{id}`"),
        }
    }
}

impl std::error::Error for AnswerError {}

/// Whether `a` is a valid answer to `q`.
pub fn check_answer(q: &Question, a: Answer) -> Result<(), AnswerError> {
    let n = q.options().len() as u32;
    let ok = match (q.kind, a) {
        (Kind::Agree { .. } | Kind::Choice(_), Answer::Choice(i)) => u32::from(i) < n,
        (Kind::Multi(_), Answer::Multi(m)) => u32::from(m) < (1 << n),
        (Kind::Pay, Answer::Pay { cents, .. }) => cents > 0 && cents <= MAX_PAY_CENTS,
        (Kind::Years, Answer::Years(y)) => y <= MAX_YEARS,
        _ => return Err(AnswerError::WrongKind(q.id)),
    };
    if ok {
        Ok(())
    } else {
        Err(AnswerError::OutOfRange(q.id))
    }
}

/// A visitor's answers, one slot per question in [`QUESTIONS`] order, so the
/// order in which they were given does not matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answers {
    slots: [Option<Answer>; COUNT],
    /// The pay region the visitor chose; `None`: the embedder's or the
    /// language's (see the widget's `effective_region`).
    pub region: Option<Region>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers { slots: [None; COUNT], region: None }
    }
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the answer to question `id` after checking it.
    pub fn set(&mut self, id: &str, a: Answer) -> Result<(), AnswerError> {
        let i = index_of(id).ok_or_else(|| AnswerError::UnknownQuestion(id.to_string()))?;
        self.set_at(i, Some(a))
    }

    /// Builder form of [`Answers::set`].
    pub fn with(mut self, id: &str, a: Answer) -> Result<Self, AnswerError> {
        self.set(id, a).map(|_| self)
    }

    /// Sets or clears the answer at question index `i`.
    pub fn set_at(&mut self, i: usize, a: Option<Answer>) -> Result<(), AnswerError> {
        let q = QUESTIONS.get(i).ok_or_else(|| AnswerError::UnknownQuestion(i.to_string()))?;
        if let Some(a) = a {
            check_answer(q, a)?;
        }
        self.slots[i] = a;
        Ok(())
    }

    /// The answer to `id`.
    pub fn get(&self, id: &str) -> Option<Answer> {
        index_of(id).and_then(|i| self.slots[i])
    }

    /// The answer at question index `i`.
    pub fn at(&self, i: usize) -> Option<Answer> {
        self.slots.get(i).copied().flatten()
    }

    /// How many questions are answered.
    pub fn answered(&self) -> usize {
        self.slots.iter().filter(|a| a.is_some()).count()
    }

    /// Share of questions answered, 0..=100.
    pub fn completeness(&self) -> u8 {
        (self.answered() * 100 / COUNT) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use Answer::{Choice as C, Multi as M};

    fn check_answer_err(id: &str, a: Answer, expected: Result<(), AnswerError>) {
        assert_eq!(Answers::new().set(id, a), expected, "{id} {a:?}");
    }

    #[test]
    fn answers_are_checked() {
        check_answer_err("t_calm", C(4), Ok(()));
        check_answer_err("t_calm", C(5), Err(AnswerError::OutOfRange("t_calm")));
        check_answer_err("t_calm", M(1), Err(AnswerError::WrongKind("t_calm")));
        check_answer_err("w_channels", M(15), Ok(()));
        check_answer_err("w_channels", M(16), Err(AnswerError::OutOfRange("w_channels")));
        check_answer_err("p_years", Answer::Years(61), Err(AnswerError::OutOfRange("p_years")));
        check_answer_err(
            "p_expect",
            Answer::Pay { cents: 0, period: Period::Hourly, currency: Currency::Usd },
            Err(AnswerError::OutOfRange("p_expect")),
        );
        check_answer_err("nope", C(0), Err(AnswerError::UnknownQuestion("nope".into())));
    }
}
