//! Patient-count thresholds: the percentiles that set a GP's band. Most are exact ("au moins 775",
//! "plus de 640"); one is known only within a range (the avenant-7-era median, "850 to 900").

use crate::format;
use crate::rules::facts::Fact;
use crate::situation::Band;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Threshold {
    /// "au moins 775" (`inclusive`) or "plus de 640".
    Exact { count: u32, inclusive: bool },
    /// Known within a range: a count below `from` never reaches it, a count of `to` or more always
    /// does, and in between only the CPAM can say.
    Range { from: u32, to: u32 },
}

/// Whether a count reaches a threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Reached,
    NotReached,
    /// Inside a threshold's range: the CPAM decides.
    Uncertain,
}

impl Threshold {
    pub const fn at_least(count: u32) -> Threshold {
        Threshold::Exact {
            count,
            inclusive: true,
        }
    }

    pub const fn more_than(count: u32) -> Threshold {
        Threshold::Exact {
            count,
            inclusive: false,
        }
    }

    pub fn reach(self, count: u32) -> Reach {
        let reached = |yes: bool| {
            if yes {
                Reach::Reached
            } else {
                Reach::NotReached
            }
        };
        match self {
            Threshold::Exact {
                count: at,
                inclusive: true,
            } => reached(count >= at),
            Threshold::Exact { count: at, .. } => reached(count > at),
            Threshold::Range { from, .. } if count < from => Reach::NotReached,
            Threshold::Range { to, .. } if count >= to => Reach::Reached,
            Threshold::Range { .. } => Reach::Uncertain,
        }
    }

    /// The lowest count that surely reaches it: where a gauge draws it.
    pub fn sure_count(self) -> u32 {
        match self {
            Threshold::Exact {
                count,
                inclusive: true,
            } => count,
            Threshold::Exact { count, .. } => count.saturating_add(1),
            Threshold::Range { to, .. } => to,
        }
    }

    /// "au moins 775", "plus de 640", "entre 850 et 900".
    pub fn french(self) -> String {
        match self {
            Threshold::Exact {
                count,
                inclusive: true,
            } => format!("au moins {}", format::count(count)),
            Threshold::Exact { count, .. } => format!("plus de {}", format::count(count)),
            Threshold::Range { from, to } => {
                format!("entre {} et {}", format::count(from), format::count(to))
            }
        }
    }

    /// How a count reaches it, in words: "au moins 775", or for a range "atteinte à 900 ou plus, pas
    /// sous 850 ; entre les deux, votre CPAM tranche".
    pub fn how_reached(self) -> String {
        match self {
            Threshold::Range { from, to } => format!(
                "atteinte à {} ou plus, pas sous {} ; entre les deux, votre CPAM tranche",
                format::count(to),
                format::count(from)
            ),
            exact => exact.french(),
        }
    }

    /// "775", "640", "850 à 900": the number alone, for a gauge or a bound.
    pub fn number(self) -> String {
        match self {
            Threshold::Exact { count, .. } => format::count(count),
            Threshold::Range { from, to } => {
                format!("{} à {}", format::count(from), format::count(to))
            }
        }
    }
}

/// Who a patientèle médecin traitant counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Population {
    /// Patients of 16 and over (avenant 7).
    AdultsOnly,
    AdultsAndChildren,
}

impl Population {
    pub fn french(self) -> &'static str {
        match self {
            Population::AdultsOnly => "patients de 16 ans et plus",
            Population::AdultsAndChildren => "patients adultes et enfants",
        }
    }
}

/// The GP patientèle médecin traitant percentiles that set the bands.
#[derive(Clone, Copy, Debug)]
pub struct GpThresholds {
    /// Who the counts include.
    pub population: Fact<Population>,
    pub p30: Fact<Threshold>,
    pub p50: Fact<Threshold>,
    pub p70: Fact<Threshold>,
    pub p90: Fact<Threshold>,
    pub p95: Fact<Threshold>,
    /// Median file active of GPs: the newly installed doctor's FA objective.
    pub fa_p50: Fact<u32>,
}

impl GpThresholds {
    /// Lower bound of each band above P30, in order, with its short name.
    pub fn band_floors(&self) -> [(Band, &'static str, Fact<Threshold>); 5] {
        [
            (Band::P30To50, "P30", self.p30),
            (Band::P50To70, "P50", self.p50),
            (Band::P70To90, "P70", self.p70),
            (Band::P90To95, "P90", self.p90),
            (Band::P95Plus, "P95", self.p95),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_range_thresholds() {
        assert_eq!(Threshold::at_least(775).reach(775), Reach::Reached);
        assert_eq!(Threshold::at_least(775).reach(774), Reach::NotReached);
        assert_eq!(Threshold::more_than(640).reach(640), Reach::NotReached);
        assert_eq!(Threshold::more_than(640).reach(641), Reach::Reached);
        let median = Threshold::Range { from: 850, to: 900 };
        assert_eq!(median.reach(849), Reach::NotReached);
        assert_eq!(median.reach(850), Reach::Uncertain);
        assert_eq!(median.reach(899), Reach::Uncertain);
        assert_eq!(median.reach(900), Reach::Reached);
        assert_eq!(median.french(), "entre 850 et 900");
        assert_eq!(Threshold::more_than(640).french(), "plus de 640");
        assert_eq!(Threshold::more_than(640).sure_count(), 641);
    }

    #[test]
    fn how_a_count_reaches_a_threshold_in_words() {
        let median = Threshold::Range { from: 850, to: 900 };
        assert_eq!(
            median.how_reached(),
            "atteinte à 900 ou plus, pas sous 850\u{202f}; entre les deux, votre CPAM tranche"
        );
        assert_eq!(Threshold::more_than(640).how_reached(), "plus de 640");
    }

    #[test]
    fn who_a_patientele_counts() {
        assert_eq!(
            Population::AdultsOnly.french(),
            "patients de 16 ans et plus"
        );
        assert_eq!(
            Population::AdultsAndChildren.french(),
            "patients adultes et enfants"
        );
    }
}
