//! Numbers typed the French way: "1 300", "1300", "1 815,79". Shared by the form and the share link.

use rust_decimal::Decimal;
use std::str::FromStr;

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

/// A non-negative decimal with at most `max_decimals` digits after the comma (or dot).
pub fn parse_decimal(text: &str, max: Decimal, max_decimals: u32) -> Result<Decimal, NumberError> {
    let compact = without_group_separators(text).replace(',', ".");
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    let well_formed = {
        let unsigned = compact.strip_prefix('-').unwrap_or(&compact);
        let mut parts = unsigned.split('.');
        let whole = parts.next().unwrap_or("");
        let fraction = parts.next();
        parts.next().is_none()
            && !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
    };
    if !well_formed {
        return Err(NumberError::NotANumber);
    }
    // Bounded length keeps rust_decimal far from its 28-digit limit.
    if compact.len() > 20 {
        return Err(NumberError::TooLarge);
    }
    let value = Decimal::from_str(&compact).map_err(|_| NumberError::TooLarge)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(NumberError::Negative);
    }
    if value.normalize().scale() > max_decimals {
        return Err(NumberError::NotWhole);
    }
    if value > max {
        return Err(NumberError::TooLarge);
    }
    Ok(value.normalize().abs())
}

#[cfg(test)]
mod tests {
    use super::*;

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
