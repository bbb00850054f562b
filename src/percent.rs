//! Percentages, one way: a number of percent points ("80 %" is `Percent` of 80), whether it comes
//! from a rule table (+18,75 %), the doctor (80 % of clinical fees, 42 % of charges) or a computation
//! (50 % of the objective reached). `rate()` gives the fraction for arithmetic.

use crate::format;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(Decimal);

impl Percent {
    pub const ZERO: Percent = Percent(Decimal::ZERO);
    pub const HUNDRED: Percent = Percent(Decimal::ONE_HUNDRED);

    /// `Percent::new(18, 75)` is 18,75 %: whole points and hundredths, as rule tables write them.
    pub const fn new(whole: u32, hundredths: u32) -> Percent {
        Percent(Decimal::from_parts(
            whole * 100 + hundredths,
            0,
            0,
            false,
            2,
        ))
    }

    /// A number of points, as typed by the doctor or read from a link ("79.5").
    pub fn points(points: Decimal) -> Percent {
        Percent(points.normalize())
    }

    /// From a fraction: 0.5 is 50 %.
    pub fn from_rate(rate: Decimal) -> Percent {
        Percent((rate * Decimal::ONE_HUNDRED).normalize())
    }

    pub fn as_points(self) -> Decimal {
        self.0
    }

    /// The fraction: 18,75 % is 0.1875.
    pub fn rate(self) -> Decimal {
        self.0 / Decimal::ONE_HUNDRED
    }

    /// "18,75 %", "80 %", "7,5 %", at most two decimals.
    pub fn french(self) -> String {
        format!("{}{}%", format::decimal(self.0, 2), format::UNIT_SEPARATOR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_percentage_read_three_ways() {
        assert_eq!(Percent::new(18, 75).rate(), Decimal::new(1875, 4));
        assert_eq!(Percent::new(18, 75).french(), "18,75\u{a0}%");
        assert_eq!(Percent::new(7, 50).french(), "7,5\u{a0}%");
        assert_eq!(Percent::from_rate(Decimal::new(5, 1)), Percent::new(50, 0));
        assert_eq!(
            Percent::points(Decimal::new(795, 1)).french(),
            "79,5\u{a0}%"
        );
        assert!(Percent::points(Decimal::new(799, 1)) < Percent::new(80, 0));
        assert_eq!(
            Percent::new(20, 0).rate() * Decimal::from(1_300),
            Decimal::from(260)
        );
    }
}
