//! The doctor's answers. Every answer is optional: the engine says what is missing.
//!
//! The codes below are the share link's vocabulary, version 1 (see `link`). They are a public format:
//! add new codes, never change the meaning of an existing one.

pub mod link;

use crate::date::Date;
use crate::percent::Percent;
use rust_decimal::Decimal;

/// An enum whose variants each carry a stable link code and a French label.
macro_rules! coded_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($variant:ident = $code:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.code() == code)
            }
        }
    };
}

coded_enum! {
    pub enum Specialty {
        GeneralPractice = "mg", "Médecine générale";
        ParticularPractice = "mep", "Médecin à exercice particulier (MEP)";
        Paediatrics = "ped", "Pédiatrie";
        Psychiatry = "psy", "Psychiatrie";
        Cardiology = "cardio", "Cardiologie";
        Dermatology = "derm", "Dermatologie";
        Endocrinology = "endo", "Endocrinologie";
        Gastroenterology = "gastro", "Gastro-entérologie";
        Neurology = "neuro", "Neurologie";
        Pneumology = "pneumo", "Pneumologie";
        Rheumatology = "rhumato", "Rhumatologie";
        Ophthalmology = "ophtalmo", "Ophtalmologie";
        Gynaecology = "gyn", "Gynécologie (médicale ou obstétrique)";
        Ent = "orl", "ORL";
        Surgery = "chir", "Chirurgie";
        Radiology = "radio", "Radiologie";
        Radiotherapy = "radiother", "Radiothérapie";
        Stomatology = "stomato", "Stomatologie";
        Anaesthesia = "anesth", "Anesthésie-réanimation";
        AnatomoPathology = "anapath", "Anatomo-cytopathologie";
        NuclearMedicine = "nucl", "Médecine nucléaire";
        Other = "autre", "Autre spécialité";
    }
}

impl Specialty {
    /// GPs are measured by their patientèle médecin traitant; everyone else by their file active.
    pub fn is_general_practice(self) -> bool {
        self == Specialty::GeneralPractice
    }
}

coded_enum! {
    pub enum Sector {
        One = "1", "Secteur 1";
        TwoOptam = "2-optam", "Secteur 2 adhérent à l'OPTAM ou l'OPTAM‑CO";
        Two = "2", "Secteur 2 sans OPTAM";
        NotContracted = "nc", "Non conventionné";
    }
}

coded_enum! {
    /// The band of the national distribution where the doctor's activity sits (n-th percentile).
    pub enum Band {
        BelowP30 = "moins-p30", "sous le 30e percentile";
        P30To50 = "p30-50", "entre le 30e et le 50e percentile";
        P50To70 = "p50-70", "entre le 50e et le 70e percentile";
        P70To90 = "p70-90", "entre le 70e et le 90e percentile";
        P90To95 = "p90-95", "entre le 90e et le 95e percentile";
        P95Plus = "p95", "au 95e percentile ou plus";
    }
}

coded_enum! {
    /// The assistant's working time financed by the contract, in full-time equivalents (ETP).
    pub enum Quotity {
        Third = "1/3", "1/3 ETP (tiers temps)";
        Half = "1/2", "1/2 ETP (mi-temps)";
        Full = "1", "1 ETP (temps plein)";
        OneAndHalf = "3/2", "1,5 ETP (second assistant)";
        Two = "2", "2 ETP (second assistant)";
    }
}

impl Quotity {
    pub fn is_second_assistant(self) -> bool {
        matches!(self, Quotity::OneAndHalf | Quotity::Two)
    }

    /// The financed time as a fraction of full time, for salary costs.
    pub fn full_time_share(self) -> Decimal {
        match self {
            Quotity::Third => Decimal::ONE / Decimal::from(3),
            Quotity::Half => Decimal::new(5, 1),
            Quotity::Full => Decimal::ONE,
            Quotity::OneAndHalf => Decimal::new(15, 1),
            Quotity::Two => Decimal::TWO,
        }
    }
}

/// A number of full-time equivalents counted in halves (the collective contract finances 0.5 steps).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HalfFte(pub u32);

impl HalfFte {
    pub fn as_decimal(self) -> Decimal {
        Decimal::new(i64::from(self.0) * 5, 1).normalize()
    }

    /// "2", "2,5": French decimal comma.
    pub fn french(self) -> String {
        if self.0 % 2 == 0 {
            (self.0 / 2).to_string()
        } else {
            format!("{},5", self.0 / 2)
        }
    }
}

/// What the doctor told us. `None` means "not answered"; yes/no answers left unanswered count as no.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Situation {
    pub specialty: Option<Specialty>,
    pub sector: Option<Sector>,
    /// Patientèle médecin traitant at signature (for a group: the members' mean).
    pub pmt: Option<u32>,
    /// File active at signature (for a group: the members' mean).
    pub fa: Option<u32>,
    /// The band the CPAM gave, when the counts cannot decide.
    pub stated_band: Option<Band>,
    pub quotity: Option<Quotity>,
    pub signature: Option<Date>,
    /// Share of clinical (non-CCAM) fees over the 12 months before signing.
    pub clinical_share: Option<Percent>,
    pub age: Option<u8>,
    pub newly_installed: Option<bool>,
    pub in_zip: Option<bool>,
    pub in_zac: Option<bool>,
    pub group_practice: Option<bool>,
    pub coordinated_practice: Option<bool>,
    /// For a second assistant: the objectives of the existing 1-ETP contract are met.
    pub objectives_met: Option<bool>,
    /// For a second assistant: signature date of the existing 1-ETP contract.
    pub first_contract_signed: Option<Date>,
    /// Collective contract: number of member GPs.
    pub collective_members: Option<u32>,
    /// Collective contract: ETP asked for the group.
    pub collective_fte: Option<HalfFte>,
    /// Collective contract: members hosting a docteur junior.
    pub junior_hosts: Option<u32>,
    /// Collective contract: the structure is an approved ambulatory training site.
    pub training_site: Option<bool>,
    /// A GP with many patients under 16 (more than the share avenant 7 set).
    pub many_children: Option<bool>,
    /// Disability or chronic illness: the contract is adapted by the CPAM.
    pub disability: Option<bool>,
    /// Mixed liberal and salaried activity: the contract is adapted by the CPAM.
    pub mixed_activity: Option<bool>,
    /// What-if: counts observed at year 3.
    pub pmt_year3: Option<u32>,
    pub fa_year3: Option<u32>,
    /// Net cost: the assistant's gross monthly salary for full time, in euros.
    pub monthly_salary: Option<Decimal>,
    /// Net cost: employer charges, in % of the gross salary.
    pub employer_charges: Option<Percent>,
    /// Following a contract already signed, rather than deciding whether to sign one.
    pub tracking: Option<bool>,
    /// The targets written in the contract: the counts to reach (or keep).
    pub contract_target_pmt: Option<u32>,
    pub contract_target_fa: Option<u32>,
    /// The counts today, as ameli pro shows them, and the day they were read.
    pub pmt_today: Option<u32>,
    pub fa_today: Option<u32>,
    pub counts_read_on: Option<Date>,
    /// The day the assistant was hired: the training deadline runs from it.
    pub hired_on: Option<Date>,
}

impl Situation {
    pub fn is_collective(&self) -> bool {
        self.collective_members.is_some() || self.collective_fte.is_some()
    }

    /// Following a signed contract (« J'ai déjà un contrat »).
    pub fn is_tracking(&self) -> bool {
        self.tracking == Some(true)
    }

    pub fn is_newly_installed(&self) -> bool {
        self.newly_installed == Some(true)
    }

    pub fn is_general_practitioner(&self) -> bool {
        self.specialty.is_some_and(Specialty::is_general_practice)
    }

    /// Disability, chronic illness or mixed activity: a situation the texts treat apart.
    pub fn is_particular(&self) -> bool {
        self.disability == Some(true) || self.mixed_activity == Some(true)
    }

    pub fn is_empty(&self) -> bool {
        *self == Situation::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            for value in all {
                assert_eq!(from(code(*value)), Some(*value));
            }
            let mut codes: Vec<_> = all.iter().map(|v| code(*v)).collect();
            codes.sort();
            codes.dedup();
            assert_eq!(codes.len(), all.len());
        }
        check(Specialty::ALL, Specialty::code, Specialty::from_code);
        check(Sector::ALL, Sector::code, Sector::from_code);
        check(Band::ALL, Band::code, Band::from_code);
        check(Quotity::ALL, Quotity::code, Quotity::from_code);
    }

    #[test]
    fn the_issue_vocabulary_is_all_there() {
        for code in [
            "mg",
            "mep",
            "ped",
            "psy",
            "cardio",
            "derm",
            "endo",
            "gastro",
            "neuro",
            "pneumo",
            "rhumato",
            "ophtalmo",
            "gyn",
            "orl",
            "chir",
            "radio",
            "radiother",
            "stomato",
            "anesth",
            "anapath",
            "nucl",
            "autre",
        ] {
            assert!(Specialty::from_code(code).is_some(), "{code}");
        }
        for code in ["moins-p30", "p30-50", "p50-70", "p70-90", "p90-95", "p95"] {
            assert!(Band::from_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn half_fte_in_french() {
        assert_eq!(HalfFte(5).french(), "2,5");
        assert_eq!(HalfFte(4).french(), "2");
        assert_eq!(HalfFte(5).as_decimal().to_string(), "2.5");
    }
}
