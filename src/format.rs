//! Numbers the French way: "38 000 €", "1 300", "18,75 %". Groups are separated by a narrow
//! no-break space and the euro sign by a no-break space, as the Imprimerie nationale sets them (and as
//! `Intl.NumberFormat("fr-FR")` prints them).

use rust_decimal::{Decimal, RoundingStrategy};

pub const GROUP_SEPARATOR: char = '\u{202f}';
pub const UNIT_SEPARATOR: char = '\u{a0}';

fn group_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(GROUP_SEPARATOR);
        }
        out.push(digit);
    }
    out
}

/// A count of patients: "1 300".
pub fn count(value: u32) -> String {
    group_digits(&value.to_string())
}

/// A decimal with at most `decimals` digits after the comma, trailing zeros dropped: "18,75", "2,5".
/// Written from the mantissa, so the app needs none of rust_decimal's text formatting.
pub fn decimal(value: Decimal, decimals: u32) -> String {
    let rounded = value
        .round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let digits = rounded.mantissa().unsigned_abs().to_string();
    let scale = rounded.scale() as usize;
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (whole, fraction) = padded.split_at(padded.len() - scale);
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "−"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{}", group_digits(whole))
    } else {
        format!("{sign}{},{fraction}", group_digits(whole))
    }
}

/// Whole euros: "38 000 €". Amounts are rounded to the euro, half away from zero.
pub fn euros(value: Decimal) -> String {
    format!("{}{UNIT_SEPARATOR}€", decimal(value, 0))
}

/// Euros and cents when there are cents: "1 815,79 €".
pub fn euros_cents(value: Decimal) -> String {
    let rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if rounded.fract().is_zero() {
        return euros(rounded);
    }
    let text = decimal(rounded, 2);
    // Cents always take two digits: "1 815,70 €", not "1 815,7 €".
    let padded = match text.split_once(',') {
        Some((_, fraction)) if fraction.len() == 1 => format!("{text}0"),
        _ => text,
    };
    format!("{padded}{UNIT_SEPARATOR}€")
}

/// "1 patient", "260 patients".
pub fn patients(value: u32) -> String {
    if value <= 1 {
        format!("{} patient", count(value))
    } else {
        format!("{} patients", count(value))
    }
}

/// "Entre le 50e…" from "entre le 50e…". Our texts start with ASCII or "é": no Unicode tables needed.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some('é') => format!("É{}", chars.as_str()),
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// "1re année", "3e année": a contract year.
pub fn ordinal(year: u32) -> String {
    if year == 1 {
        "1re année".to_string()
    } else {
        format!("{year}e année")
    }
}

/// « gain 8 000 € » when the aid exceeds the cost, « reste à charge 2 000 € » otherwise.
pub fn net_words(net: Decimal) -> String {
    if net.is_sign_negative() {
        format!("gain {}", euros(-net))
    } else {
        format!("reste à charge {}", euros(net))
    }
}

/// "a, b ou c": a list read as alternatives.
pub fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => format!("{} ou {last}", rest.join(", ")),
    }
}

/// "radiologie" from "Radiologie", for a label inside a sentence; an acronym ("ORL") stays as it
/// is. ASCII or "É", like `capitalised`.
pub fn uncapitalised(text: &str) -> String {
    let mut chars = text.chars();
    if chars
        .clone()
        .nth(1)
        .is_some_and(|second| second.is_ascii_uppercase())
    {
        return text.to_string();
    }
    match chars.next() {
        Some('É') => format!("é{}", chars.as_str()),
        Some(first) => format!("{}{}", first.to_ascii_lowercase(), chars.as_str()),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_narrow_no_break_spaces() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1_300), "1\u{202f}300");
        assert_eq!(count(1_234_567), "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn euros_round_half_away_from_zero() {
        assert_eq!(euros(Decimal::from(38_000)), "38\u{202f}000\u{a0}€");
        assert_eq!(euros(Decimal::new(105_005, 1)), "10\u{202f}501\u{a0}€");
        assert_eq!(euros(Decimal::new(-25_005, 1)), "−2\u{202f}501\u{a0}€");
        assert_eq!(euros(Decimal::ZERO), "0\u{a0}€");
        assert_eq!(
            euros_cents(Decimal::new(181_579, 2)),
            "1\u{202f}815,79\u{a0}€"
        );
        assert_eq!(
            euros_cents(Decimal::new(18_157, 1)),
            "1\u{202f}815,70\u{a0}€"
        );
        assert_eq!(euros_cents(Decimal::new(1_800, 0)), "1\u{202f}800\u{a0}€");
    }

    #[test]
    fn decimals_are_written_from_their_mantissa() {
        assert_eq!(decimal(Decimal::new(5, 3), 2), "0,01");
        assert_eq!(decimal(Decimal::new(5, 1), 2), "0,5");
        assert_eq!(
            decimal(Decimal::new(123_456_789, 2), 2),
            "1\u{202f}234\u{202f}567,89"
        );
        assert_eq!(decimal(Decimal::new(-75, 1), 1), "−7,5");
    }

    #[test]
    fn capitals() {
        assert_eq!(capitalised("entre le 50e"), "Entre le 50e");
        assert_eq!(capitalised("été"), "Été");
        assert_eq!(capitalised(""), "");
        assert_eq!(uncapitalised("Médecine nucléaire"), "médecine nucléaire");
        assert_eq!(join_or(&["a", "b", "c"]), "a, b ou c");
        assert_eq!(join_or(&["a"]), "a");
        assert_eq!(uncapitalised("Échographie"), "échographie");
        assert_eq!(uncapitalised("ORL"), "ORL");
    }

    #[test]
    fn patients_agree_in_number() {
        assert_eq!(patients(1), "1 patient");
        assert_eq!(patients(260), "260 patients");
    }
}
