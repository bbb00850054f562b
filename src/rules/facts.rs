//! Every number the engine uses is a [`Fact`]: a value, how sure we are of it, and where it comes from.
//! The statuses and sources are those of the project's rules reference (shared/domain/RULES.md).

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
            Status::Unknown => "inconnu : fixé par votre CPAM",
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
    /// Empty when the text is only in the Journal officiel without a stable address.
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

/// A percentage with two decimals: `percent(18, 75)` is 18.75 %, stored as the rate 0.1875.
pub const fn percent(whole: u32, hundredths: u32) -> Decimal {
    Decimal::from_parts(whole * 100 + hundredths, 0, 0, false, 4)
}

pub mod sources {
    use super::Source;

    pub static S1_AMELI_JUIN_2024: Source = Source {
        id: "S1",
        title: "ameli.fr — Aide à l'emploi d'un assistant médical : ce qui change dès juin 2024 (27/06/2024)",
        url: "https://www.ameli.fr/medecin/actualites/aide-l-emploi-d-un-assistant-medical-ce-qui-change-des-juin-2024",
    };
    pub static S2_AMELI_CONVENTION_2024: Source = Source {
        id: "S2",
        title: "ameli.fr — Convention médicale 2024 : revalorisation et assouplissement du dispositif (28/11/2024)",
        url: "https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/grands-axes-convention-detail/mesures-fortes-acces-soins/revalorisation-dispositif-aide-emploi-assistant-medical",
    };
    pub static S3_AMELI_REGLEMENT_ARBITRAL: Source = Source {
        id: "S3",
        title: "ameli.fr — Règlement arbitral : les mesures en vigueur dès le mois de mai 2023",
        url: "https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023",
    };
    pub static S4_AMELI_SIMULATEUR: Source = Source {
        id: "S4",
        title: "ameli.fr — Aide à l'emploi d'un assistant médical (page du simulateur officiel)",
        url: "https://www.ameli.fr/medecin/aide-emploi-assistant-medical",
    };
    pub static S5_AVENANT_7: Source = Source {
        id: "S5",
        title: "Avenant 7 à la convention médicale de 2016, art. 9-5-2-2 — arrêté du 14 août 2019, JO du 20 août 2019",
        url: "",
    };
    pub static S6_CSMF: Source = Source {
        id: "S6",
        title: "CSMF — Assistant médical : critères d'éligibilité et contreparties (avenant 7)",
        url: "http://www.csmf.org/assistant-medical-les-criteres-deligibilite",
    };
    pub static S7_PRESSE: Source = Source {
        id: "S7",
        title: "Presse médicale : egora (2021), Le Quotidien du Médecin (2024, 03/04/2025), Concours pluripro (2023), FMF",
        url: "",
    };
    pub static S8_SEUIL_775: Source = Source {
        id: "S8",
        title: "acoorde, jhp.fr, martinique.paps.sante.fr — seuil de 775 patients (P30 de la distribution au 31/12/2021)",
        url: "https://martinique.paps.sante.fr",
    };
    pub static S9_DJIBE: Source = Source {
        id: "S9",
        title: "djibe / recommandations-medicales — exemple 1 300 → +260, P90 1 503, P95 1 721, rythme des versements",
        url: "https://github.com/djibe/recommandations-medicales",
    };
    pub static S10_ASSISTANTS_MEDICAUX_ORG: Source = Source {
        id: "S10",
        title: "assistants-medicaux.org (site partenaire des URPS) — 65 ans et plus, nouveaux installés, absences, secrétaire",
        url: "https://assistants-medicaux.org",
    };
    pub static S11_CONTRAT_COLLECTIF: Source = Source {
        id: "S11",
        title: "Pages d'un cabinet de recrutement citant ameli sur le contrat collectif (2026)",
        url: "",
    };
    pub static S12_CONVENTION_CABINETS: Source = Source {
        id: "S12",
        title: "Convention collective du personnel des cabinets médicaux : salaires minima au 1er janvier 2024 (cités par une source secondaire)",
        url: "",
    };
    pub static S0_PROJET: Source = Source {
        id: "S0",
        title: "Estimation du simulateur (méthode décrite dans la note)",
        url: "",
    };

    pub static ALL: [&Source; 13] = [
        &S1_AMELI_JUIN_2024,
        &S2_AMELI_CONVENTION_2024,
        &S3_AMELI_REGLEMENT_ARBITRAL,
        &S4_AMELI_SIMULATEUR,
        &S5_AVENANT_7,
        &S6_CSMF,
        &S7_PRESSE,
        &S8_SEUIL_775,
        &S9_DJIBE,
        &S10_ASSISTANTS_MEDICAUX_ORG,
        &S11_CONTRAT_COLLECTIF,
        &S12_CONVENTION_CABINETS,
        &S0_PROJET,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_reads_as_written() {
        assert_eq!(percent(18, 75).to_string(), "0.1875");
        assert_eq!(percent(20, 0) * euros(1300), euros(260));
    }

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
    fn source_ids_are_unique() {
        let mut ids: Vec<_> = sources::ALL.iter().map(|s| s.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), sources::ALL.len());
    }
}
