//! Every number the engine uses is a [`Fact`]: a value, how sure we are of it, and where it comes from.
//! The statuses and sources are those of the project's rules reference (src/rules/RULES.md).

use rust_decimal::Decimal;

/// How sure a figure is, from a primary source down to "nobody published it".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Confirmed by a primary source (ameli.fr, Journal officiel).
    Confirmed,
    /// Confirmed by a secondary source (union, press, regional portal, community site).
    Secondary,
    /// Our estimate: no published source gives the number. Shown as "estimation".
    Estimate,
    /// Nobody published it: the doctor's CPAM sets it and we compute nothing from it.
    Unknown,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmé (source officielle)",
            Status::Secondary => "confirmé (source secondaire)",
            Status::Estimate => "estimation",
            Status::Unknown => "inconnu : fixé par votre CPAM",
        }
    }

    /// The weakest of two statuses: a figure is only as sure as its least sure input.
    pub fn weakest(self, other: Status) -> Status {
        self.max(other)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    /// Empty when we know no stable address (a text only in the Journal officiel, a print article).
    pub url: &'static str,
}

/// A value with its status, its source and, for estimates and unknowns, the reason in French.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact<T: 'static> {
    pub value: T,
    pub status: Status,
    pub source: &'static Source,
    pub note: &'static str,
}

impl<T: Copy> Fact<T> {
    pub const fn confirmed(value: T, source: &'static Source) -> Fact<T> {
        Fact {
            value,
            status: Status::Confirmed,
            source,
            note: "",
        }
    }

    pub const fn secondary(value: T, source: &'static Source, note: &'static str) -> Fact<T> {
        Fact {
            value,
            status: Status::Secondary,
            source,
            note,
        }
    }

    pub const fn estimate(value: T, source: &'static Source, note: &'static str) -> Fact<T> {
        Fact {
            value,
            status: Status::Estimate,
            source,
            note,
        }
    }

    /// A rule nobody published: the CPAM decides, and the engine decides nothing from it.
    pub const fn unknown(value: T, source: &'static Source, note: &'static str) -> Fact<T> {
        Fact {
            value,
            status: Status::Unknown,
            source,
            note,
        }
    }

    /// The same fact about a value derived from this one.
    pub fn map<U: Copy>(self, derive: impl FnOnce(T) -> U) -> Fact<U> {
        Fact {
            value: derive(self.value),
            status: self.status,
            source: self.source,
            note: self.note,
        }
    }

    /// The same value, demoted to an estimate: used when a later text is silent and we carry the
    /// earlier figure forward.
    pub const fn as_estimate(self, note: &'static str) -> Fact<T> {
        Fact {
            status: Status::Estimate,
            note,
            ..self
        }
    }
}

/// Whole euros, written in the tables as integers and computed as decimals.
pub const fn euros(amount: u32) -> Decimal {
    Decimal::from_parts(amount, 0, 0, false, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weakest_status_wins() {
        assert_eq!(
            Status::Confirmed.weakest(Status::Estimate),
            Status::Estimate
        );
        assert_eq!(
            Status::Secondary.weakest(Status::Confirmed),
            Status::Secondary
        );
    }

    #[test]
    fn each_status_says_how_sure_it_is() {
        assert!(Status::Confirmed.label().contains("source officielle"));
        assert!(Status::Secondary.label().contains("source secondaire"));
        assert_eq!(Status::Estimate.label(), "estimation");
        assert!(Status::Unknown.label().contains("votre CPAM"));
    }

    #[test]
    fn a_figure_carried_forward_is_an_estimate_with_its_own_note() {
        let source = &crate::rules::sources::S1_AMELI_JUIN_2024;
        let carried = Fact::secondary(775, source, "le texte le dit").as_estimate("reporté");
        assert_eq!(carried.status, Status::Estimate);
        assert_eq!(carried.note, "reporté");
        assert_eq!(carried.value, 775);
    }
}
