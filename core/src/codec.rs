//! The answer codec: answers ↔ a short URL-safe string for save/resume and
//! share links, e.g. `A` + base64url.
//!
//! Layout (version `B`, and `A` before it): for each question in
//! [`QUESTIONS`] order a presence bit, then the answer in as few bits as its type needs (an option
//! index in ⌈log2 options⌉ bits, a multi-choice mask in one bit per option,
//! years in 6 bits, pay as a 2-bit period and the cents in 7-bit groups with
//! a continuation bit); zero bits to a whole byte; one checksum byte. The
//! whole is base64url without padding. Decoding checks everything and
//! returns a [`DecodeError`] value; it never panics.
//!
//! Versions: `A` covers the first [`VERSION_A_QUESTIONS`] questions (the
//! bank before the leadership question was added); `B` covers them all.
//! `C` adds the pay answer's currency (2 bits after the period) and, after
//! the last question, the chosen pay region (3 bits, 0 = none); `A` and `B`
//! pay answers are in USD and name no region.
//! New questions are only ever appended, so an `A` code (a saved visit or a
//! shared link from before) still reads, with the newer questions open.

use std::fmt;

use super::answers::{check_answer, Answer, Answers};
use super::catalogue::Period;
use super::questions::{Kind, Question, QUESTIONS};
use super::region::{Currency, Region};

/// The version character of the current layout.
pub const VERSION: char = 'C';

/// How many questions a version-`A` code holds (the first ones of [`QUESTIONS`]).
pub const VERSION_A_QUESTIONS: usize = 26;

/// The questions a code of `version` holds, or `None` for an unknown version.
fn layout(version: char) -> Option<&'static [Question]> {
    match version {
        'A' => QUESTIONS.get(..VERSION_A_QUESTIONS),
        'B' | 'C' => Some(&QUESTIONS[..]),
        _ => None,
    }
}

/// Why a code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing to decode.
    Empty,
    /// The first character names a layout this code does not know.
    Version(char),
    /// A character that base64url does not use, at this position.
    Char(usize),
    /// The code is cut off or has a length no encoder produces.
    Length,
    /// The checksum does not match: the code was changed or mistyped.
    Checksum,
    /// An answer that is out of range for this question id.
    Value(&'static str),
    /// Extra or non-zero bits after the last answer.
    Trailing,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the code is empty"),
            DecodeError::Version(c) => write!(f, "unknown code version `{c}`"),
            DecodeError::Char(i) => write!(f, "invalid character at position {i}"),
            DecodeError::Length => write!(f, "the code is incomplete"),
            DecodeError::Checksum => write!(f, "the code was changed or mistyped (checksum)"),
            DecodeError::Value(id) => write!(f, "invalid answer for question `{id}`"),
            DecodeError::Trailing => write!(f, "unexpected data at the end of the code"),
        }
    }
}

impl std::error::Error for DecodeError {}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
}

fn b64_value(c: u8) -> Option<u8> {
    ALPHABET.iter().position(|a| *a == c).map(|p| p as u8)
}

/// Decodes base64url without padding; `offset` is added to error positions.
fn b64_decode(s: &str, offset: usize) -> Result<Vec<u8>, DecodeError> {
    let bytes = s.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(DecodeError::Length);
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for (ci, chunk) in bytes.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = b64_value(*c).ok_or(DecodeError::Char(offset + ci * 4 + i))?;
            n |= u32::from(v) << (18 - 6 * i);
        }
        let full = chunk.len() - 1;
        // Bits below the last whole byte must be zero in a canonical code.
        if n & ((1u32 << (24 - 8 * full)) - 1) != 0 {
            return Err(DecodeError::Trailing);
        }
        out.extend((0..full).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Ok(out)
}

fn checksum(bytes: &[u8]) -> u8 {
    let h = bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    (h ^ h >> 8 ^ h >> 16 ^ h >> 24) as u8
}

struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..width {
            let byte = self.bytes.get(self.pos / 8)?;
            v = v << 1 | u32::from(byte >> (7 - self.pos % 8) & 1);
            self.pos += 1;
        }
        Some(v)
    }
}

/// Bits needed for an option index of `q`.
fn index_width(q: &Question) -> u32 {
    let n = q.options().len() as u32;
    32 - n.saturating_sub(1).leading_zeros()
}

const PERIODS: [Period; 3] = [Period::Hourly, Period::Monthly, Period::Annual];

/// The code for `answers`.
pub fn encode(answers: &Answers) -> String {
    encode_as(VERSION, &QUESTIONS, answers)
}

/// The code for `answers` in the layout of `version` over `questions`.
fn encode_as(version: char, questions: &[Question], answers: &Answers) -> String {
    let mut bits = Bits { bytes: Vec::new(), len: 0 };
    for (i, q) in questions.iter().enumerate() {
        let Some(a) = answers.at(i) else {
            bits.push(0, 1);
            continue;
        };
        bits.push(1, 1);
        match a {
            Answer::Choice(x) => bits.push(u32::from(x), index_width(q)),
            Answer::Multi(m) => bits.push(u32::from(m), q.options().len() as u32),
            Answer::Years(y) => bits.push(u32::from(y), 6),
            Answer::Pay { cents, period, currency } => {
                bits.push(PERIODS.iter().position(|p| *p == period).unwrap_or(0) as u32, 2);
                if has_regions(version) {
                    bits.push(Currency::ALL.iter().position(|c| *c == currency).unwrap_or(0) as u32, 2);
                }
                let mut c = cents;
                loop {
                    let more = c >= 0x80;
                    bits.push(c & 0x7f | u32::from(more) << 7, 8);
                    c >>= 7;
                    if !more {
                        break;
                    }
                }
            }
        }
    }
    if has_regions(version) {
        bits.push(answers.region.and_then(|r| Region::ALL.iter().position(|x| *x == r)).map_or(0, |i| i as u32 + 1), 3);
    }
    let sum = checksum(&bits.bytes);
    bits.bytes.push(sum);
    let mut out = String::with_capacity(1 + bits.bytes.len() * 4 / 3 + 1);
    out.push(version);
    b64_encode(&bits.bytes, &mut out);
    out
}

/// Whether codes of `version` carry currencies and a region (`C` on).
fn has_regions(version: char) -> bool {
    version >= 'C'
}

fn read_answer(r: &mut Reader, q: &Question, version: char) -> Option<Answer> {
    Some(match q.kind {
        Kind::Agree { .. } | Kind::Choice(_) => Answer::Choice(r.take(index_width(q))? as u8),
        Kind::Multi(o) => Answer::Multi(r.take(o.len() as u32)? as u8),
        Kind::Years => Answer::Years(r.take(6)? as u8),
        Kind::Pay => {
            let period = *PERIODS.get(r.take(2)? as usize)?;
            let currency = if has_regions(version) { *Currency::ALL.get(r.take(2)? as usize)? } else { Currency::Usd };
            let mut cents = 0u64;
            for shift in (0..35).step_by(7) {
                let g = r.take(8)?;
                cents |= u64::from(g & 0x7f) << shift;
                if g & 0x80 == 0 {
                    return Some(Answer::Pay { cents: u32::try_from(cents).ok()?, period, currency });
                }
            }
            return None;
        }
    })
}

/// Reads a code made by [`encode`] (this version or an earlier one).
pub fn decode(code: &str) -> Result<Answers, DecodeError> {
    let code = code.trim();
    let mut chars = code.chars();
    let version = chars.next().ok_or(DecodeError::Empty)?;
    let questions = layout(version).ok_or(DecodeError::Version(version))?;
    let mut bytes = b64_decode(chars.as_str(), 1)?;
    let sum = bytes.pop().ok_or(DecodeError::Length)?;
    if checksum(&bytes) != sum {
        return Err(DecodeError::Checksum);
    }
    let mut r = Reader { bytes: &bytes, pos: 0 };
    let mut answers = Answers::new();
    for (i, q) in questions.iter().enumerate() {
        if r.take(1).ok_or(DecodeError::Length)? == 0 {
            continue;
        }
        let a = read_answer(&mut r, q, version).ok_or(DecodeError::Value(q.id))?;
        check_answer(q, a).map_err(|_| DecodeError::Value(q.id))?;
        answers.set_at(i, Some(a)).map_err(|_| DecodeError::Value(q.id))?;
    }
    if has_regions(version) {
        answers.region = match r.take(3).ok_or(DecodeError::Length)? {
            0 => None,
            i => Some(*Region::ALL.get(i as usize - 1).ok_or(DecodeError::Value("region"))?),
        };
    }
    if bytes.len() != r.pos.div_ceil(8) || r.take((8 - r.pos % 8) as u32 % 8) != Some(0) {
        return Err(DecodeError::Trailing);
    }
    // Only the encoder's own spelling is accepted (e.g. no over-long pay groups).
    if encode_as(version, questions, &answers) != code {
        return Err(DecodeError::Trailing);
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Answers {
        Answers::new()
            .with("t_calm", Answer::Choice(4))
            .and_then(|a| a.with("s_weekends", Answer::Choice(3)))
            .and_then(|a| a.with("w_channels", Answer::Multi(0b1010)))
            .and_then(|a| {
                a.with("p_expect", Answer::Pay { cents: 250_000, period: Period::Monthly, currency: Currency::Nok })
            })
            .and_then(|a| a.with("p_years", Answer::Years(7)))
            .unwrap()
    }

    fn check(code: &str, expected: Result<Answers, DecodeError>) {
        assert_eq!(decode(code), expected, "{code:?}");
    }

    #[test]
    fn round_trips_and_is_short() {
        for a in [Answers::new(), sample()] {
            let code = encode(&a);
            assert!(code.len() <= 32, "{code}");
            assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            check(&code, Ok(a));
        }
    }

    #[test]
    fn rejects_what_is_not_a_code() {
        let good = encode(&sample());
        check("", Err(DecodeError::Empty));
        check("Z", Err(DecodeError::Version('Z')));
        check("B", Err(DecodeError::Length));
        check("BA", Err(DecodeError::Length));
        check("BAAAA", Err(DecodeError::Checksum));
        check("BAB!", Err(DecodeError::Char(3)));
        check("é", Err(DecodeError::Version('é')));
        assert!(decode(&good[..good.len() - 1]).is_err());
        assert!(decode(&good[..good.len() - 4]).is_err());
        assert!(decode(&format!("{good}A")).is_err());
        let mut flipped = good.clone().into_bytes();
        flipped[3] = if flipped[3] == b'B' { b'C' } else { b'B' };
        assert!(decode(std::str::from_utf8(&flipped).unwrap()).is_err());
    }

    /// Codes saved or shared before the leadership question was added (these
    /// two were read out of a browser's storage by the reliability review).
    #[test]
    fn version_a_codes_still_read_with_the_new_questions_open() {
        for old in ["AgAAAALo", "AmZmQAAAADQ"] {
            let a = decode(old).unwrap_or_else(|e| panic!("{old}: {e}"));
            assert!(a.answered() > 0, "{old}");
            assert!((VERSION_A_QUESTIONS..QUESTIONS.len()).all(|i| a.at(i).is_none()), "{old}");
            assert_eq!(encode_as('A', &QUESTIONS[..VERSION_A_QUESTIONS], &a), old, "A codes keep their spelling");
        }
        // A new code is version B and carries the new question's answer.
        let lead = QUESTIONS.len() - 1;
        let mut a = sample();
        a.set_at(lead, Some(Answer::Choice(2))).unwrap();
        let code = encode(&a);
        assert!(code.starts_with(VERSION), "{code}");
        check(&code, Ok(a));
    }

    /// Version `C` carries the pay answer's currency and the chosen region;
    /// a `B` code (saved before regions) reads with its pay in USD and no region.
    #[test]
    fn currency_and_region_round_trip_and_b_codes_read_as_us_dollars() {
        for region in [None, Some(Region::No), Some(Region::Ee)] {
            for currency in Currency::ALL {
                let mut a = sample();
                a.set("p_expect", Answer::Pay { cents: 310_000, period: Period::Monthly, currency }).unwrap();
                a.region = region;
                check(&encode(&a), Ok(a));
            }
        }
        let mut a = sample();
        a.set("p_expect", Answer::Pay { cents: 4_000_000, period: Period::Annual, currency: Currency::Usd }).unwrap();
        let b = encode_as('B', &QUESTIONS, &a);
        assert!(b.starts_with('B'));
        check(&b, Ok(a));
        // A region number no region has is refused, not guessed.
        let mut bits = Bits { bytes: Vec::new(), len: 0 };
        (0..QUESTIONS.len()).for_each(|_| bits.push(0, 1));
        bits.push(7, 3);
        let sum = checksum(&bits.bytes);
        bits.bytes.push(sum);
        let mut bad = String::from("C");
        b64_encode(&bits.bytes, &mut bad);
        check(&bad, Err(DecodeError::Value("region")));
    }

    #[test]
    fn errors_display() {
        assert_eq!(DecodeError::Checksum.to_string(), "the code was changed or mistyped (checksum)");
        assert_eq!(DecodeError::Value("t_calm").to_string(), "invalid answer for question `t_calm`");
    }
}
