//! Amounts of money and years of experience as people type them in the five
//! languages' habits ("$45,000", "45k", "45.000,-", "€ 3.000", "kr 45 000"),
//! read into typed values, or refused with a typed reason when the text is
//! malformed or could mean two things; and amounts written back for an input
//! field.

use crate::answers::MAX_PAY_CENTS;
use crate::lang::Lang;
use crate::questions::MAX_YEARS;

/// Why a typed amount was not read. Every case is refused rather than
/// guessed, so the visitor is asked instead of silently given a wrong amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing typed (blanks, or only a currency sign).
    Empty,
    /// Letters or signs that are no part of an amount ("abc", "45.", "4e4").
    NotANumber,
    /// A minus sign.
    Negative,
    /// Zero.
    Zero,
    /// One mark followed by exactly three digits, where the visitor's language
    /// uses that mark for decimals ("45.000" in English, "45,000" in German):
    /// thousands in the other habit, three decimals in this one. `whole` is
    /// the thousands reading in whole units, for the message's example.
    Ambiguous { whole: u64 },
    /// Thousands separators not in groups of three, two kinds mixed, or a
    /// mark used both ways ("1.2.3", "45,000.00.00", "4 5000", "45,,000").
    BadGrouping,
    /// More than two decimals ("0.001").
    TooManyDecimals,
    /// Above [`MAX_PAY_CENTS`].
    TooLarge,
}

/// Why a typed number of years was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearsError {
    /// Nothing typed.
    Empty,
    /// Not a number ("abc", "3 months").
    NotANumber,
    /// A minus sign.
    Negative,
    /// A fraction ("2.5"): the answer is whole years.
    NotWhole,
    /// Above [`MAX_YEARS`].
    TooMany,
}

/// Currency signs, codes and words a visitor may type before or after the
/// number; they are dropped, not converted (the quiz asks for one currency).
/// Longest first, so that "kr." is taken before "kr". Matched without case.
const CURRENCIES: [&str; 20] = [
    "dollars", "kroner", "dollar", "euros", "krone", "euro", "us$", "usd", "eur", "nok", "gbp", "sek", "dkk", "kr.",
    "kr", "€", "$", "£", "¥", "₹",
];

/// Year words a visitor may type after the number, in the five languages.
/// Longest first. Matched without case.
const YEAR_WORDS: [&str; 11] =
    ["aastat", "jahren", "years", "jahre", "jaren", "aasta", "year", "jaar", "jahr", "yrs", "år"];

/// Signs read as a minus.
const MINUS: [char; 3] = ['-', '\u{2212}', '\u{2013}'];

/// Dashes that, after a decimal mark, say "a whole amount" ("45,-", "45.–").
const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// "k" after the number: thousands.
const THOUSAND: u64 = 1000;

/// Digits between thousands separators.
const GROUP: usize = 3;

/// Decimals an amount of money may have (cents).
const MAX_DECIMALS: usize = 2;

/// A mark between digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Dot,
    Comma,
    /// Any blank: space, no-break space, narrow no-break space, thin space.
    Space,
    /// ' or ’, as in Swiss "45'000".
    Apostrophe,
}

impl Mark {
    fn of(c: char) -> Option<Mark> {
        match c {
            '.' => Some(Mark::Dot),
            ',' => Some(Mark::Comma),
            '\'' | '\u{2019}' => Some(Mark::Apostrophe),
            c if c.is_whitespace() => Some(Mark::Space),
            _ => None,
        }
    }

    /// Whether the mark can be a decimal mark in any language.
    fn can_be_decimal(self) -> bool {
        matches!(self, Mark::Dot | Mark::Comma)
    }
}

/// The decimal mark in `lang`'s habits (English a point, the others a comma;
/// the other of the two groups thousands).
fn decimal_mark(lang: Lang) -> Mark {
    match lang {
        Lang::En => Mark::Dot,
        Lang::Nl | Lang::De | Lang::Nb | Lang::Et => Mark::Comma,
    }
}

/// Reads an amount typed by a visitor who reads the quiz in `lang` into
/// cents. Currency signs and codes before or after, "k" for thousands,
/// every language's thousands separators (checked: groups of three) and
/// decimal marks, and a trailing ",-" for a whole amount are understood.
/// One mark followed by three digits, which `lang` would read as decimals,
/// is [`AmountError::Ambiguous`].
pub fn parse_amount(text: &str, lang: Lang) -> Result<u32, AmountError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let (negative, s) = strip_minus(s);
    let s = strip_currency(s);
    // "$-5" as well as "-$5".
    let (negative_inside, s) = strip_minus(s);
    let (thousands, s) = match s.strip_suffix(['k', 'K']) {
        Some(rest) => (true, rest.trim_end()),
        None => (false, s),
    };
    let (whole_mark, s) = strip_whole_marker(s);
    let factor = if thousands { THOUSAND } else { 1 };
    let read = read_number(s, lang, whole_mark).and_then(|reading| match reading {
        Reading::Cents(cents) => Ok(cents.saturating_mul(factor)),
        Reading::Ambiguous { whole } => Err(AmountError::Ambiguous { whole: whole.saturating_mul(factor) }),
    });
    match read {
        Ok(0) => Err(AmountError::Zero),
        // A minus before a readable amount is what is wrong with it.
        Ok(_) | Err(AmountError::Ambiguous { .. } | AmountError::TooLarge) if negative || negative_inside => {
            Err(AmountError::Negative)
        }
        Ok(cents) => u32::try_from(cents).ok().filter(|c| *c <= MAX_PAY_CENTS).ok_or(AmountError::TooLarge),
        Err(e) => Err(e),
    }
}

/// `cents` as a visitor in `lang` would type it, for showing a saved answer
/// back in the field: no thousands separator (so it reads the same in every
/// language), and `lang`'s decimal mark when there are cents.
pub fn format_amount(cents: u32, lang: Lang) -> String {
    let mark = match decimal_mark(lang) {
        Mark::Dot => '.',
        _ => ',',
    };
    if cents.is_multiple_of(100) {
        (cents / 100).to_string()
    } else {
        format!("{}{mark}{:02}", cents / 100, cents % 100)
    }
}

/// Reads a number of years of experience: whole years from 0 to
/// [`MAX_YEARS`], optionally followed by the word for years in one of the
/// five languages ("3", "3 years", "3 Jahre").
pub fn parse_years(text: &str) -> Result<u8, YearsError> {
    let s = text.trim();
    if s.is_empty() {
        return Err(YearsError::Empty);
    }
    let s = strip_word_end(s, &YEAR_WORDS).trim_end();
    let (negative, s) = strip_minus(s);
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(YearsError::NotANumber);
    }
    if s.contains(['.', ',']) && s.split(['.', ',']).all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(if negative { YearsError::Negative } else { YearsError::NotWhole });
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(YearsError::NotANumber);
    }
    if negative {
        return Err(YearsError::Negative);
    }
    match s.parse::<u64>() {
        Ok(y) if y <= u64::from(MAX_YEARS) => Ok(y as u8),
        // Only digits: too long for u64 is too many years too.
        _ => Err(YearsError::TooMany),
    }
}

/// A leading minus sign, and the rest trimmed.
fn strip_minus(s: &str) -> (bool, &str) {
    match s.strip_prefix(MINUS) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    }
}

/// `s` without one currency sign or code at its start and one at its end, trimmed.
fn strip_currency(s: &str) -> &str {
    let s = strip_word_start(s, &CURRENCIES).trim_start();
    strip_word_end(s, &CURRENCIES).trim_end()
}

fn strip_word_start<'a>(s: &'a str, words: &[&str]) -> &'a str {
    words
        .iter()
        .find_map(|w| s.get(..w.len()).filter(|head| head.eq_ignore_ascii_case(w)).map(|_| &s[w.len()..]))
        .unwrap_or(s)
}

fn strip_word_end<'a>(s: &'a str, words: &[&str]) -> &'a str {
    words
        .iter()
        .find_map(|w| {
            let at = s.len().checked_sub(w.len())?;
            s.get(at..).filter(|tail| tail.eq_ignore_ascii_case(w)).map(|_| &s[..at])
        })
        .unwrap_or(s)
}

/// A trailing ",-" / ".-" / ",–" / ",—" (a whole amount): the mark it
/// names as the decimal mark, and the rest.
fn strip_whole_marker(s: &str) -> (Option<Mark>, &str) {
    let without_dashes = s.trim_end_matches(DASHES);
    if without_dashes.len() == s.len() {
        return (None, s);
    }
    match without_dashes.chars().next_back().and_then(Mark::of).filter(|m| m.can_be_decimal()) {
        Some(mark) => (Some(mark), &without_dashes[..without_dashes.len() - 1]),
        // "45-": a dash with no mark before it.
        None => (None, s),
    }
}

/// A number read from digits and marks.
enum Reading {
    Cents(u64),
    /// Thousands in one habit (`whole` units), three decimals in the visitor's.
    Ambiguous {
        whole: u64,
    },
}

/// Reads digits separated by marks. `whole_mark`: the text ended in ",-",
/// so that mark is the decimal mark and there are no decimals.
fn read_number(s: &str, lang: Lang, whole_mark: Option<Mark>) -> Result<Reading, AmountError> {
    // Digit runs and the single mark between each two.
    let mut groups: Vec<&str> = Vec::new();
    let mut marks: Vec<Mark> = Vec::new();
    let mut start = None;
    let mut pending: Option<Mark> = None;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            if start.is_none() {
                if let Some(m) = pending.take() {
                    marks.push(m);
                }
                start = Some(i);
            }
            continue;
        }
        let mark = Mark::of(c).ok_or(AmountError::NotANumber)?;
        if let Some(st) = start.take() {
            groups.push(&s[st..i]);
        } else if groups.is_empty() {
            // A mark before any digit (".5").
            return Err(AmountError::NotANumber);
        }
        pending = match pending {
            None => Some(mark),
            // Several blanks in a row count as one.
            Some(Mark::Space) if mark == Mark::Space => Some(Mark::Space),
            Some(_) => return Err(AmountError::BadGrouping),
        };
    }
    match start {
        Some(st) => groups.push(&s[st..]),
        // Digits must end the number ("45.", "45,"); "45,-" was taken off before.
        None => return Err(AmountError::NotANumber),
    }

    if let Some(w) = whole_mark {
        // ",-": that mark is the decimal one; every mark before is grouping.
        if marks.contains(&w) {
            return Err(AmountError::BadGrouping);
        }
        return grouped(&groups, &marks).map(whole_units);
    }
    // The last mark is a decimal mark if it can be one and is not used before.
    let last = marks.last().copied().filter(|m| m.can_be_decimal() && marks.iter().filter(|x| *x == m).count() == 1);
    let Some(dec) = last else {
        // No mark that can be decimal: all marks group thousands.
        return grouped(&groups, &marks).map(whole_units);
    };
    let (int_groups, frac) = groups.split_at(groups.len() - 1);
    let frac = frac[0];
    let int_marks = &marks[..marks.len() - 1];
    if !int_marks.is_empty() {
        // Two kinds of mark: the last is the decimal mark, whatever the language.
        if frac.len() > MAX_DECIMALS {
            return Err(AmountError::TooManyDecimals);
        }
        let units = grouped(int_groups, int_marks)?;
        return Ok(Reading::Cents(with_decimals(units, frac)));
    }
    // One mark.
    let int = int_groups[0];
    if frac.len() <= MAX_DECIMALS {
        // One or two digits after a point or comma are decimals in every habit.
        return Ok(Reading::Cents(with_decimals(digits(int), frac)));
    }
    let as_thousands = grouped(&groups, &marks);
    match (dec == decimal_mark(lang), as_thousands) {
        // The language groups thousands with this mark.
        (false, Ok(units)) => Ok(whole_units(units)),
        (false, Err(_)) if frac.len() == GROUP => Err(AmountError::TooManyDecimals),
        (false, Err(e)) => Err(e),
        // The language writes decimals with this mark: three digits could be either.
        (true, Ok(units)) => Ok(Reading::Ambiguous { whole: units }),
        (true, Err(_)) => Err(AmountError::TooManyDecimals),
    }
}

/// Whole units from digit groups separated by thousands marks: one kind of
/// mark, a first group of one to three digits not starting with 0, then
/// groups of exactly three. No marks: any run of digits.
fn grouped(groups: &[&str], marks: &[Mark]) -> Result<u64, AmountError> {
    if let Some(first) = marks.first() {
        let first_ok = (1..=GROUP).contains(&groups[0].len()) && !groups[0].starts_with('0');
        if !first_ok || marks.iter().any(|m| m != first) || groups[1..].iter().any(|g| g.len() != GROUP) {
            return Err(AmountError::BadGrouping);
        }
    }
    Ok(groups
        .iter()
        .fold(0u64, |acc, g| g.bytes().fold(acc, |a, b| a.saturating_mul(10).saturating_add(u64::from(b - b'0')))))
}

fn whole_units(units: u64) -> Reading {
    Reading::Cents(units.saturating_mul(100))
}

/// A run of digits as a number, saturating (too large is caught later).
fn digits(s: &str) -> u64 {
    grouped(&[s], &[]).unwrap_or(u64::MAX)
}

/// Cents from whole units and one or two decimal digits.
fn with_decimals(units: u64, frac: &str) -> u64 {
    let frac = match frac.len() {
        1 => digits(frac) * 10,
        _ => digits(frac),
    };
    units.saturating_mul(100).saturating_add(frac)
}

#[cfg(test)]
mod tests {
    use super::AmountError::*;
    use super::YearsError;
    use super::*;
    use crate::lang::Lang::{self, De, En, Et, Nb, Nl};

    /// `input`, typed by a visitor who reads the quiz in `lang`, reads as `expected` (cents).
    fn check(lang: Lang, input: &str, expected: Result<u32, AmountError>) {
        assert_eq!(parse_amount(input, lang), expected, "{lang:?} {input:?}");
    }

    /// Whole currency units in cents.
    const fn u(units: u32) -> Result<u32, AmountError> {
        Ok(units * 100)
    }

    #[test]
    fn amounts_as_people_write_them() {
        // Plain numbers and the languages' own habits.
        check(En, "33750", u(33_750));
        check(En, "33,750", u(33_750));
        check(En, "1,234,567.50", Ok(123_456_750));
        check(En, "15.81", Ok(1581));
        check(En, "15.8", Ok(1580));
        check(Nl, "33.750", u(33_750));
        check(De, "1.234.567,50", Ok(123_456_750));
        check(De, "15,81", Ok(1581));
        check(Nb, "33 750", u(33_750));
        check(Nb, "33\u{a0}750", u(33_750));
        check(Et, "33\u{202f}750", u(33_750));
        check(Et, "1 234,5", Ok(123_450));
        check(De, "45'000", u(45_000));
        check(De, "45\u{2019}000", u(45_000));
        // Two decimals or fewer are decimals in every language.
        check(En, "15,81", Ok(1581));
        check(Nb, "15.81", Ok(1581));
        // Both marks present: the last one is the decimal mark, whatever the language.
        check(En, "1.234,50", Ok(123_450));
        check(Nl, "1,234.50", Ok(123_450));
        // Currency signs and codes, before or after (F3).
        check(En, "$45,000", u(45_000));
        check(En, "$ 45,000.00", u(45_000));
        check(En, "45,000 USD", u(45_000));
        check(En, "USD45000", u(45_000));
        check(En, "£30,000", u(30_000));
        check(De, "45.000 €", u(45_000));
        check(De, "45.000€", u(45_000));
        check(De, "EUR 45.000", u(45_000));
        check(Nl, "€ 3.000", u(3_000));
        check(Nl, "€3.000,50", Ok(300_050));
        check(Nb, "kr 45 000", u(45_000));
        check(Nb, "45 000 kr", u(45_000));
        check(Nb, "45000kr", u(45_000));
        check(Nb, "NOK 45.000", u(45_000));
        check(Nb, "kr. 4 500", u(4_500));
        check(Et, "2 500 eur", u(2_500));
        check(Et, "2500 €", u(2_500));
        // Thousands as "k" (F3).
        check(En, "45k", u(45_000));
        check(En, "45K", u(45_000));
        check(En, "$45k", u(45_000));
        check(En, "2.5k", u(2_500));
        check(Nl, "2,5k", u(2_500));
        check(De, "45 k €", u(45_000));
        check(Nb, "2,25K", u(2_250));
        // Whole amounts written with a trailing dash (F3).
        check(De, "45.000,-", u(45_000));
        check(Nl, "€ 3.000,-", u(3_000));
        check(Nb, "kr 45 000,-", u(45_000));
        check(De, "45.000,—", u(45_000));
        check(De, "45.000,– €", u(45_000));
        check(De, "45'000.-", u(45_000));
        // The dash says which mark is the decimal one, so English does not need to guess.
        check(En, "45.000,-", u(45_000));
        // Blanks around are fine.
        check(En, "  45000  ", u(45_000));
    }

    #[test]
    fn ambiguous_amounts_are_refused_not_guessed() {
        // One mark followed by three digits, where the language uses it for decimals.
        check(En, "45.000", Err(Ambiguous { whole: 45_000 }));
        check(En, "1.234", Err(Ambiguous { whole: 1_234 }));
        check(De, "45,000", Err(Ambiguous { whole: 45_000 }));
        check(Nl, "3,000", Err(Ambiguous { whole: 3_000 }));
        check(Nb, "45,000", Err(Ambiguous { whole: 45_000 }));
        check(Et, "1,500", Err(Ambiguous { whole: 1_500 }));
        check(De, "2,500k", Err(Ambiguous { whole: 2_500_000 }));
        // The same text in the language that groups with that mark is clear.
        check(De, "1.234", u(1_234));
        check(En, "1,234", u(1_234));
    }

    #[test]
    fn malformed_amounts_are_refused_with_the_reason() {
        // F3's table: these used to be stored as 4,500,000, 12.30, 12.30 and 0.01.
        check(En, "45,000.00.00", Err(BadGrouping));
        check(De, "45,000.00.00", Err(BadGrouping));
        check(En, "1.2.3", Err(BadGrouping));
        check(En, "1,2,3", Err(BadGrouping));
        check(De, "1.2.3", Err(BadGrouping));
        check(En, "0.001", Err(TooManyDecimals));
        check(De, "0,001", Err(TooManyDecimals));
        check(En, "12.345678", Err(TooManyDecimals));
        check(En, "1,234.567", Err(TooManyDecimals));
        check(En, "4 5000", Err(BadGrouping));
        check(En, "45,00,000", Err(BadGrouping));
        check(Nb, "1 234.567,89", Err(BadGrouping));
        check(De, "45,,000", Err(BadGrouping));
        check(De, "45.000,00,-", Err(BadGrouping));
        check(En, "0,450", Err(TooManyDecimals));
        check(En, "", Err(Empty));
        check(En, "   ", Err(Empty));
        check(De, "€", Err(NotANumber));
        check(En, "-", Err(NotANumber));
        check(Nb, "kr", Err(NotANumber));
        check(En, "abc", Err(NotANumber));
        check(En, "45abc", Err(NotANumber));
        check(En, "forty thousand", Err(NotANumber));
        check(En, "45.", Err(NotANumber));
        check(En, ".5", Err(NotANumber));
        check(En, "45-", Err(NotANumber));
        check(En, "4e4", Err(NotANumber));
        check(En, "٤٥", Err(NotANumber));
        check(En, "-5", Err(Negative));
        check(De, "-45.000 €", Err(Negative));
        check(En, "−45000", Err(Negative));
        check(En, "$-5", Err(Negative));
        check(En, "-45.000", Err(Negative));
        check(En, "-0", Err(Zero));
        check(En, "0", Err(Zero));
        check(De, "0,00", Err(Zero));
        check(En, "0k", Err(Zero));
        check(En, "20000000", Err(TooLarge));
        check(En, "99999999999999999999999", Err(TooLarge));
        check(En, "10,000,000.01", Err(TooLarge));
        check(En, "10,000,000", u(10_000_000));
        check(En, "20000k", Err(TooLarge));
    }

    #[test]
    fn a_saved_amount_is_written_back_so_every_language_reads_it() {
        for cents in [1, 99, 100, 1581, 4_500_000, 123_456_750, MAX_PAY_CENTS] {
            for written in Lang::ALL {
                let text = format_amount(cents, written);
                assert!(!text.contains(['.', ',']) || cents % 100 != 0, "{text}");
                for read in Lang::ALL {
                    assert_eq!(
                        parse_amount(&text, read),
                        Ok(cents),
                        "{text:?} written in {written:?}, read in {read:?}"
                    );
                }
            }
        }
        assert_eq!(format_amount(1581, En), "15.81");
        assert_eq!(format_amount(1581, De), "15,81");
        assert_eq!(format_amount(4_500_000, Nb), "45000");
    }

    fn years(input: &str, expected: Result<u8, YearsError>) {
        assert_eq!(parse_years(input), expected, "{input:?}");
    }

    #[test]
    fn years_as_people_write_them() {
        years("3", Ok(3));
        years(" 3 ", Ok(3));
        years("0", Ok(0));
        years("03", Ok(3));
        years("60", Ok(60));
        years("3 years", Ok(3));
        years("1 year", Ok(1));
        years("3 jaar", Ok(3));
        years("3 Jahre", Ok(3));
        years("3 år", Ok(3));
        years("3 aastat", Ok(3));
        years("", Err(YearsError::Empty));
        years("  ", Err(YearsError::Empty));
        years("61", Err(YearsError::TooMany));
        years("999999999999", Err(YearsError::TooMany));
        years("-5", Err(YearsError::Negative));
        years("−5", Err(YearsError::Negative));
        years("2.5", Err(YearsError::NotWhole));
        years("2,5", Err(YearsError::NotWhole));
        years("abc", Err(YearsError::NotANumber));
        years("3 months", Err(YearsError::NotANumber));
        years("1e1", Err(YearsError::NotANumber));
        years("years", Err(YearsError::NotANumber));
    }

    /// `cents` with thousands grouped the way `lang` writes them.
    fn grouped_habit(cents: u32, lang: Lang) -> String {
        let (sep, dec) = match lang {
            En => (",", "."),
            Nl | De => (".", ","),
            Nb | Et => ("\u{a0}", ","),
        };
        let units = (cents / 100).to_string();
        let mut out = String::new();
        for (i, c) in units.chars().enumerate() {
            if i > 0 && (units.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        if !cents.is_multiple_of(100) {
            out.push_str(&format!("{dec}{:02}", cents % 100));
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        #[test]
        fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,24}", i in 0usize..5) {
            if let Ok(cents) = parse_amount(&text, Lang::ALL[i]) {
                proptest::prop_assert!(cents > 0 && cents <= MAX_PAY_CENTS, "{text:?} -> {cents}");
            }
            let _ = parse_years(&text);
        }

        #[test]
        fn amounts_like_typed_text_never_panic(text in "[-$€ 0-9.,'kK]{0,16}", i in 0usize..5) {
            let _ = parse_amount(&text, Lang::ALL[i]);
        }

        #[test]
        fn every_amount_written_in_a_language_s_habit_reads_back(cents in 1u32..=MAX_PAY_CENTS, i in 0usize..5) {
            let lang = Lang::ALL[i];
            let text = grouped_habit(cents, lang);
            proptest::prop_assert_eq!(parse_amount(&text, lang), Ok(cents), "{}", text);
            for read in Lang::ALL {
                proptest::prop_assert_eq!(parse_amount(&format_amount(cents, lang), read), Ok(cents));
            }
        }
    }
}
