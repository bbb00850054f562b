//! Calendar dates, just what contract years need: validation, ordering, anniversaries.
//!
//! A contract year runs from one anniversary of the signature to the day before the next. A date
//! that does not exist in the target year (29 February) falls on the last day of that month, as the
//! Code de procédure civile (art. 641) counts periods in years and months.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived ordering compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

pub const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Years a date may carry. Wide enough for any contract, narrow enough to keep arithmetic trivial.
pub const FIRST_YEAR: u16 = 1900;
pub const LAST_YEAR: u16 = 2199;

const fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A date written in the rule tables. Invalid dates stop the build, not the app.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("invalid date in a rule table"),
        }
    }

    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 {
            return None;
        }
        if day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// The day `days` after 1 January 1970 (the Unix epoch), in the proleptic Gregorian calendar;
    /// `None` outside the supported years.
    pub fn from_unix_days(days: i64) -> Option<Date> {
        // Days to a civil date, by 400-year eras (H. Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Reads `YYYY-MM-DD`, strictly: four digits, two, two; the date must exist.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let digits = &text[range];
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            digits.parse().ok()
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "14 juillet 2025", "1er mars 2025".
    pub fn french(self) -> String {
        let month = FRENCH_MONTHS[usize::from(self.month - 1)];
        if self.day == 1 {
            format!("1er {month} {}", self.year)
        } else {
            format!("{} {month} {}", self.day, self.year)
        }
    }

    /// "14/07/2025", for tables where space is short.
    pub fn short_french(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// The same day `months` later, or the last day of that month when it is shorter.
    /// `None` past the supported years.
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = u32::from(self.month - 1) + months;
        let year = u32::from(self.year) + index / 12;
        let year = u16::try_from(year).ok().filter(|y| *y <= LAST_YEAR)?;
        let month = (index % 12) as u8 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    pub fn add_years(self, years: u32) -> Option<Date> {
        self.add_months(years.checked_mul(12)?)
    }

    pub fn add_days(self, days: u32) -> Option<Date> {
        let mut date = self;
        for _ in 0..days {
            date = date.next_day()?;
        }
        Some(date)
    }

    pub fn next_day(self) -> Option<Date> {
        if self.day < days_in_month(self.year, self.month) {
            Some(Date {
                day: self.day + 1,
                ..self
            })
        } else if self.month < 12 {
            Date::new(self.year, self.month + 1, 1)
        } else {
            Date::new(self.year.checked_add(1)?, 1, 1)
        }
    }

    pub fn previous_day(self) -> Option<Date> {
        if self.day > 1 {
            Some(Date {
                day: self.day - 1,
                ..self
            })
        } else if self.month > 1 {
            let month = self.month - 1;
            Date::new(self.year, month, days_in_month(self.year, month))
        } else {
            Date::new(self.year.checked_sub(1)?, 12, 31)
        }
    }

    /// The first day of the month after this one.
    pub fn first_of_next_month(self) -> Option<Date> {
        Date { day: 1, ..self }.add_months(1)
    }

    /// Whole months from `self` to `later`, 0 when `later` is not after it: a day of the month is
    /// reached on the same day of a later month (or that month's last day, when it is shorter).
    pub fn whole_months_until(self, later: Date) -> u32 {
        if later <= self {
            return 0;
        }
        let mut months = (u32::from(later.year - self.year)) * 12 + u32::from(later.month)
            - u32::from(self.month);
        while months > 0 && self.add_months(months).is_none_or(|date| date > later) {
            months -= 1;
        }
        months
    }

    /// Whole years from `self` to `later` (an age, a contract's elapsed years).
    pub fn whole_years_until(self, later: Date) -> u32 {
        if later < self {
            return 0;
        }
        let mut years = u32::from(later.year - self.year);
        // Counting by anniversaries keeps 29 February right: it falls on 28 February in ordinary years.
        while years > 0 && self.add_years(years).is_none_or(|date| date > later) {
            years -= 1;
        }
        years
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.french())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse_iso("2024-06-22"), Some(Date::ymd(2024, 6, 22)));
        assert_eq!(Date::parse_iso("2024-02-29"), Some(Date::ymd(2024, 2, 29)));
        for bad in [
            "2025-02-29",
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "2025-6-1",
            "25-06-01",
            "2025/06/01",
            "+025-06-01",
            "2025-06-01x",
            "",
            "1899-12-31",
            "2200-01-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_since_1970_are_calendar_days() {
        assert_eq!(Date::from_unix_days(0), Some(Date::ymd(1970, 1, 1)));
        assert_eq!(Date::from_unix_days(19_782), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::from_unix_days(20_428), Some(Date::ymd(2025, 12, 6)));
        assert_eq!(Date::from_unix_days(-1), Some(Date::ymd(1969, 12, 31)));
        assert_eq!(Date::from_unix_days(1_000_000), None);
    }

    #[test]
    fn whole_months_count_reached_days_only() {
        let from = Date::ymd(2026, 1, 31);
        assert_eq!(from.whole_months_until(Date::ymd(2026, 2, 27)), 0);
        assert_eq!(from.whole_months_until(Date::ymd(2026, 2, 28)), 1);
        assert_eq!(from.whole_months_until(Date::ymd(2026, 3, 30)), 1);
        assert_eq!(from.whole_months_until(Date::ymd(2026, 3, 31)), 2);
        assert_eq!(from.whole_months_until(Date::ymd(2027, 1, 31)), 12);
        assert_eq!(from.whole_months_until(from), 0);
        assert_eq!(from.whole_months_until(Date::ymd(2025, 1, 1)), 0);
    }

    #[test]
    fn anniversaries_of_29_february_fall_on_28_february() {
        let signed = Date::ymd(2020, 2, 29);
        assert_eq!(signed.add_years(1), Some(Date::ymd(2021, 2, 28)));
        assert_eq!(signed.add_years(4), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(signed.whole_years_until(Date::ymd(2021, 2, 27)), 0);
        assert_eq!(signed.whole_years_until(Date::ymd(2021, 2, 28)), 1);
    }

    #[test]
    fn day_steps_cross_months_and_years() {
        assert_eq!(
            Date::ymd(2024, 6, 22).previous_day(),
            Some(Date::ymd(2024, 6, 21))
        );
        assert_eq!(
            Date::ymd(2024, 3, 1).previous_day(),
            Some(Date::ymd(2024, 2, 29))
        );
        assert_eq!(
            Date::ymd(2024, 1, 1).previous_day(),
            Some(Date::ymd(2023, 12, 31))
        );
        assert_eq!(
            Date::ymd(2023, 12, 31).next_day(),
            Some(Date::ymd(2024, 1, 1))
        );
        assert_eq!(
            Date::ymd(2025, 1, 31).first_of_next_month(),
            Some(Date::ymd(2025, 2, 1))
        );
        assert_eq!(
            Date::ymd(2025, 1, 31).add_months(1),
            Some(Date::ymd(2025, 2, 28))
        );
        assert_eq!(Date::ymd(2199, 12, 31).next_day(), None);
    }

    #[test]
    fn french_formats() {
        assert_eq!(Date::ymd(2023, 5, 1).french(), "1er mai 2023");
        assert_eq!(Date::ymd(2024, 6, 22).french(), "22 juin 2024");
        assert_eq!(Date::ymd(2024, 6, 2).short_french(), "02/06/2024");
    }

    #[test]
    fn counts_whole_years() {
        let born = Date::ymd(1960, 6, 22);
        assert_eq!(born.whole_years_until(Date::ymd(2025, 6, 21)), 64);
        assert_eq!(born.whole_years_until(Date::ymd(2025, 6, 22)), 65);
        assert_eq!(born.whole_years_until(Date::ymd(1950, 1, 1)), 0);
    }
}
