//! Amounts of money as people type them in the five languages' habits,
//! read into cents, and written back for an input field.

use super::answers::MAX_PAY_CENTS;

/// Reads an amount as typed in any of the five languages' habits
/// ("33750", "33,750", "33.750", "33 750", "15,81", "15.81") into cents.
pub fn parse_amount(text: &str) -> Option<u32> {
    let s: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'').collect();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    // The last separator followed by one or two digits is the decimal mark;
    // any other separator groups thousands.
    let last_sep = s.rfind(['.', ',']);
    let (whole, frac) = match last_sep {
        Some(i) if (1..=2).contains(&(s.len() - i - 1)) => (&s[..i], &s[i + 1..]),
        _ => (&s[..], ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    let whole: u64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let frac: u64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<u64>().ok()? * 10,
        _ => frac.parse().ok()?,
    };
    let cents = whole.checked_mul(100)?.checked_add(frac)?;
    (cents > 0 && cents <= u64::from(MAX_PAY_CENTS)).then_some(cents as u32)
}

pub fn format_amount(cents: u32) -> String {
    if cents.is_multiple_of(100) {
        (cents / 100).to_string()
    } else {
        format!("{}.{:02}", cents / 100, cents % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_amount;

    fn check(text: &str, expected: Option<u32>) {
        assert_eq!(parse_amount(text), expected, "{text:?}");
    }

    #[test]
    fn amounts_in_every_local_habit() {
        check("33750", Some(3_375_000));
        check("33,750", Some(3_375_000));
        check("33.750", Some(3_375_000));
        check("33 750", Some(3_375_000));
        check("33\u{a0}750", Some(3_375_000));
        check("15,81", Some(1581));
        check("15.81", Some(1581));
        check("15.8", Some(1580));
        check("1.234.567,50", Some(123_456_750));
        check("1,234,567.5", Some(123_456_750));
        check("", None);
        check("0", None);
        check("-5", None);
        check("abc", None);
        check("99999999999999999999", None);
        check("20000000", None);
    }
}
