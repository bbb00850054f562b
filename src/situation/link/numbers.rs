//! Number forms. Read: typed the French way ("1 300", "1300", "1 815,79") or as a link writes them.
//! Written: the link's form, a dot and no grouping ("1815.79"), whatever the screen shows.

use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
}

impl NumberError {
    pub fn french(self) -> &'static str {
        match self {
            NumberError::Empty => "valeur vide",
            NumberError::NotANumber => "ce n'est pas un nombre",
            NumberError::Negative => "un nombre négatif n'a pas de sens ici",
            NumberError::NotWhole => "un nombre entier est attendu",
            NumberError::TooLarge => "nombre trop grand",
        }
    }
}

/// Spaces a French writer may put between digit groups: ordinary, no-break and narrow no-break.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

fn without_group_separators(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !is_group_separator(*c))
        .collect()
}

/// A whole number no greater than `max`.
pub fn parse_whole(text: &str, max: u32) -> Result<u32, NumberError> {
    let compact = without_group_separators(text);
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, digits) = match compact.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, compact.strip_prefix('+').unwrap_or(&compact)),
    };
    if digits.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        let looks_decimal = digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && digits.bytes().any(|b| b.is_ascii_digit());
        return Err(if looks_decimal {
            NumberError::NotWhole
        } else {
            NumberError::NotANumber
        });
    }
    if negative && digits.bytes().any(|b| b != b'0') {
        return Err(NumberError::Negative);
    }
    // Digits only from here: the only possible parse failure is overflow.
    let value: u64 = digits.parse().unwrap_or(u64::MAX);
    u32::try_from(value)
        .ok()
        .filter(|v| *v <= max)
        .ok_or(NumberError::TooLarge)
}

/// A non-negative decimal with at most `max_decimals` digits after the comma (or dot). Built from
/// its digits, so the app needs none of rust_decimal's text parsing.
pub fn parse_decimal(text: &str, max: Decimal, max_decimals: u32) -> Result<Decimal, NumberError> {
    let compact = without_group_separators(text).replace(',', ".");
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, unsigned) = match compact.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits_only = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits_only(whole) || fraction.is_some_and(|f| !digits_only(f)) {
        return Err(NumberError::NotANumber);
    }
    let fraction = fraction.unwrap_or("").trim_end_matches('0');
    // Eighteen digits fit an i64 mantissa; more is not a number anyone types here.
    if whole.trim_start_matches('0').len() + fraction.len() > 18 {
        return Err(NumberError::TooLarge);
    }
    let mantissa: i64 = format!("{whole}{fraction}")
        .parse()
        .map_err(|_| NumberError::TooLarge)?;
    let value = Decimal::new(mantissa, fraction.len() as u32);
    if negative && !value.is_zero() {
        return Err(NumberError::Negative);
    }
    if fraction.len() as u32 > max_decimals {
        return Err(NumberError::NotWhole);
    }
    if value > max {
        return Err(NumberError::TooLarge);
    }
    Ok(value.normalize())
}

/// The link's form of a decimal: "1815.79", "79.5", "2000". Never the French display form, whose
/// narrow no-break spaces would travel percent-escaped.
pub fn write_decimal(value: Decimal) -> String {
    let value = value.normalize();
    let digits = value.mantissa().unsigned_abs().to_string();
    let scale = value.scale() as usize;
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (whole, fraction) = padded.split_at(padded.len() - scale);
    let sign = if value.is_sign_negative() && !value.is_zero() {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_form_of_a_decimal_is_plain_ascii() {
        assert_eq!(write_decimal(Decimal::from(2_000)), "2000");
        assert_eq!(write_decimal(Decimal::new(181_579, 2)), "1815.79");
        assert_eq!(write_decimal(Decimal::new(7_950, 2)), "79.5");
        assert_eq!(write_decimal(Decimal::new(5, 3)), "0.005");
        assert_eq!(write_decimal(Decimal::ZERO), "0");
        for value in [Decimal::new(1_234_567, 2), Decimal::new(5, 1)] {
            let written = write_decimal(value);
            assert_eq!(
                parse_decimal(&written, Decimal::MAX, 2),
                Ok(value.normalize())
            );
        }
    }

    #[test]
    fn whole_numbers_the_french_way() {
        assert_eq!(parse_whole("1300", 50_000), Ok(1300));
        assert_eq!(parse_whole(" 1 300 ", 50_000), Ok(1300));
        assert_eq!(parse_whole("1\u{202f}300", 50_000), Ok(1300));
        assert_eq!(parse_whole("1\u{a0}300", 50_000), Ok(1300));
        assert_eq!(parse_whole("+12", 50_000), Ok(12));
        assert_eq!(parse_whole("-0", 50_000), Ok(0));
        assert_eq!(parse_whole("", 50_000), Err(NumberError::Empty));
        assert_eq!(parse_whole("   ", 50_000), Err(NumberError::Empty));
        assert_eq!(parse_whole("-5", 50_000), Err(NumberError::Negative));
        assert_eq!(parse_whole("12,5", 50_000), Err(NumberError::NotWhole));
        assert_eq!(parse_whole("1.300", 50_000), Err(NumberError::NotWhole));
        assert_eq!(parse_whole("abc", 50_000), Err(NumberError::NotANumber));
        assert_eq!(parse_whole("1e3", 50_000), Err(NumberError::NotANumber));
        assert_eq!(parse_whole("-", 50_000), Err(NumberError::NotANumber));
        assert_eq!(parse_whole("50001", 50_000), Err(NumberError::TooLarge));
        assert_eq!(
            parse_whole("99999999999999999999999999", 50_000),
            Err(NumberError::TooLarge)
        );
    }

    #[test]
    fn decimals_with_comma_or_dot() {
        let max = Decimal::from(10_000);
        assert_eq!(
            parse_decimal("1 815,79", max, 2),
            Ok(Decimal::new(181_579, 2))
        );
        assert_eq!(
            parse_decimal("1815.79", max, 2),
            Ok(Decimal::new(181_579, 2))
        );
        assert_eq!(parse_decimal("80", max, 1), Ok(Decimal::from(80)));
        assert_eq!(parse_decimal("80,0", max, 1), Ok(Decimal::from(80)));
        assert_eq!(parse_decimal("79,55", max, 1), Err(NumberError::NotWhole));
        assert_eq!(parse_decimal("-1", max, 2), Err(NumberError::Negative));
        assert_eq!(parse_decimal("1,2,3", max, 2), Err(NumberError::NotANumber));
        assert_eq!(parse_decimal(",5", max, 2), Err(NumberError::NotANumber));
        assert_eq!(parse_decimal("5,", max, 2), Err(NumberError::NotANumber));
        assert_eq!(
            parse_decimal("10000,01", max, 2),
            Err(NumberError::TooLarge)
        );
        assert_eq!(
            parse_decimal("123456789012345678901234567890", max, 2),
            Err(NumberError::TooLarge)
        );
    }
}
