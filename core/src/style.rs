//! Response styles that make agree-scale answers say little about the
//! visitor: agreeing with statements and with those worded the other way
//! round (acquiescence), or giving every statement the same answer
//! (straight-lining). Pure detection; the results screen says so and
//! offers to revisit those answers.

use super::answers::{Answer, Answers};
use super::questions::{Kind, QUESTIONS};

/// A pattern in the agree-scale answers worth a word of caution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResponseStyle {
    /// Agreed with most reverse-worded statements (which describe the
    /// opposite of what the jobs ask) while also agreeing with most of the
    /// forward ones.
    Acquiescent,
    /// The same option for every answered agree-scale statement.
    StraightLined,
}

/// The lowest option of the agree scale that agrees: "Agree" (3) and
/// "Strongly agree" (4) on [`super::questions::AGREE`].
pub const AGREES_FROM: u8 = 3;

/// Acquiescent: agreed with at least this many reverse-worded statements
/// (3 of the bank's 4). One or two can be a real profile (selling feels
/// pushy and a noisy room would wear you out); nearly all of them next to
/// agreeing with the forward statements describes someone and their
/// opposite.
pub const MIN_REVERSE_AGREED: usize = 3;

/// Acquiescent: and agreed with at least this share (percent) of the
/// forward statements answered, so that agreement is the rule, not a
/// strength here and there.
pub const FORWARD_AGREED_PCT: usize = 80;

/// Acquiescent: at least this many forward statements answered; 80 % of
/// fewer is one or two answers, too few to call a pattern.
pub const MIN_FORWARD_ANSWERED: usize = 4;

/// Straight-lined: at least this many agree-scale statements answered, all
/// with the same option. Eight of the bank's eleven: a short run of equal
/// answers is common and honest.
pub const MIN_STRAIGHT_ANSWERED: usize = 8;

/// Index of the first agree-scale question in [`QUESTIONS`], where
/// revisiting those answers starts.
pub fn first_agree_question() -> usize {
    QUESTIONS.iter().position(|q| matches!(q.kind, Kind::Agree { .. })).unwrap_or(0)
}

/// The response style of `answers`, if one is worth a caution.
/// Acquiescence wins where both apply (the same "agree" throughout).
pub fn response_style(answers: &Answers) -> Option<ResponseStyle> {
    // Reverse items agreed; forward items answered and of them agreed.
    let (mut reverse_agreed, mut forward, mut forward_agreed) = (0, 0, 0);
    let (mut answered, mut first, mut same) = (0, None, true);
    for (i, q) in QUESTIONS.iter().enumerate() {
        let Kind::Agree { reverse: rev } = q.kind else { continue };
        let Some(Answer::Choice(c)) = answers.at(i) else { continue };
        let agrees = usize::from(c >= AGREES_FROM);
        if rev {
            reverse_agreed += agrees;
        } else {
            forward += 1;
            forward_agreed += agrees;
        }
        answered += 1;
        same &= *first.get_or_insert(c) == c;
    }
    if reverse_agreed >= MIN_REVERSE_AGREED
        && forward >= MIN_FORWARD_ANSWERED
        && forward_agreed * 100 >= forward * FORWARD_AGREED_PCT
    {
        Some(ResponseStyle::Acquiescent)
    } else if same && answered >= MIN_STRAIGHT_ANSWERED {
        Some(ResponseStyle::StraightLined)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REVERSE: [&str; 4] = ["t_listen", "t_sell", "t_pace", "w_noise"];
    const FORWARD: [&str; 7] = ["t_calm", "t_patience", "t_empathy", "t_verbal", "t_written", "t_solve", "t_software"];

    fn answers(pairs: &[(&str, u8)]) -> Answers {
        pairs.iter().fold(Answers::new(), |a, (id, c)| a.with(id, Answer::Choice(*c)).unwrap())
    }

    fn all(ids: &[&'static str], c: u8) -> Vec<(&'static str, u8)> {
        ids.iter().map(|id| (*id, c)).collect()
    }

    fn check(pairs: &[(&str, u8)], expected: Option<ResponseStyle>) {
        assert_eq!(response_style(&answers(pairs)), expected, "{pairs:?}");
    }

    #[test]
    fn the_items_used_here_are_agree_scale_items_of_that_direction() {
        let is = |id: &str, reverse| QUESTIONS.iter().any(|q| q.id == id && q.kind == Kind::Agree { reverse });
        assert!(REVERSE.iter().all(|id| is(id, true)) && FORWARD.iter().all(|id| is(id, false)));
        assert!(matches!(QUESTIONS[first_agree_question()].kind, Kind::Agree { .. }));
        assert!(QUESTIONS[..first_agree_question()].iter().all(|q| !matches!(q.kind, Kind::Agree { .. })));
    }

    #[test]
    fn agreeing_with_statements_and_their_opposites_is_acquiescent() {
        use ResponseStyle::Acquiescent;
        // Strongly agree with everything: acquiescent (also straight-lined; the sharper word wins).
        check(&[all(&FORWARD, 4), all(&REVERSE, 4)].concat(), Some(Acquiescent));
        // Mixed Agree / Strongly agree: 3 of 4 reverse, 6 of 7 forward.
        let mut a = [all(&FORWARD[..6], 3), all(&REVERSE[..3], 4)].concat();
        a.extend([("t_software", 1), ("w_noise", 0)]);
        check(&a, Some(Acquiescent));
        // Only 4 forward answered, all agreed, with 3 reverse agreed.
        check(&[all(&FORWARD[..4], 4), all(&REVERSE[..3], 3)].concat(), Some(Acquiescent));
    }

    #[test]
    fn the_same_option_throughout_is_straight_lined() {
        use ResponseStyle::StraightLined;
        check(&[all(&FORWARD, 2), all(&REVERSE, 2)].concat(), Some(StraightLined));
        check(&[all(&FORWARD[..5], 1), all(&REVERSE[..3], 1)].concat(), Some(StraightLined));
        // Straight "agree" on forward items only is not acquiescence: no reverse item agreed.
        check(&[all(&FORWARD, 3), all(&REVERSE[..1], 3)].concat(), Some(StraightLined));
    }

    #[test]
    fn a_consistent_visitor_is_not_flagged() {
        // The seed representative of tests/personas.rs: agrees with the forward
        // statements, disagrees with the reverse ones.
        let rep = [
            ("t_calm", 4),
            ("t_patience", 4),
            ("t_empathy", 4),
            ("t_listen", 0),
            ("t_verbal", 4),
            ("t_written", 3),
            ("t_solve", 4),
            ("t_sell", 1),
            ("t_pace", 1),
            ("t_software", 3),
            ("w_noise", 0),
        ];
        check(&rep, None);
        // A real profile: dislikes selling, pace and noise, agrees with the rest; 2 of 4 reverse agreed.
        check(&[all(&FORWARD, 4), vec![("t_sell", 4), ("t_pace", 4), ("t_listen", 0), ("w_noise", 1)]].concat(), None);
        // 3 of 4 reverse agreed but forward answers mixed (5 of 7 agreed, under 80 %).
        let mixed = [all(&FORWARD[..5], 4), all(&FORWARD[5..], 1), all(&REVERSE[..3], 4)].concat();
        check(&mixed, None);
        check(&[], None);
    }

    #[test]
    fn too_few_answers_are_not_flagged() {
        // Seven equal answers: under MIN_STRAIGHT_ANSWERED.
        check(&[all(&FORWARD[..4], 2), all(&REVERSE[..3], 2)].concat(), None);
        // Every reverse item agreed but only three forward ones answered.
        check(&[all(&FORWARD[..3], 4), all(&REVERSE, 4)].concat(), None);
        // All four reverse items agreed and nothing else: a coherent (if unsuited) profile.
        check(&all(&REVERSE, 4), None);
    }
}
