//! Every publication a figure rests on, one each, with the id the rules reference gives it
//! (src/rules/RULES.md, "Sources"). A publication the reference names without an id gets a
//! descriptive one. An address is given only where the reference gives one.

use super::facts::Source;

pub static S1_AMELI_JUIN_2024: Source = Source {
    id: "S1",
    title: "ameli.fr — Aide à l'emploi d'un assistant médical : ce qui change dès juin 2024 (27/06/2024)",
    url: "https://www.ameli.fr/medecin/actualites/aide-l-emploi-d-un-assistant-medical-ce-qui-change-des-juin-2024",
};
pub static S2_AMELI_CONVENTION_2024: Source = Source {
    id: "S2",
    title: "ameli.fr — Convention médicale 2024 : revalorisation et assouplissement du dispositif (28/11/2024)",
    url: "https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/grands-axes-convention-detail/mesures-fortes-acces-soins/revalorisation-dispositif-aide-emploi-assistant-medical",
};
pub static S3_AMELI_REGLEMENT_ARBITRAL: Source = Source {
    id: "S3",
    title: "ameli.fr — Règlement arbitral : les mesures en vigueur dès le mois de mai 2023",
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
pub static S6A_CSMF_CRITERES: Source = Source {
    id: "S6a",
    title: "CSMF — Assistant médical : les critères d'éligibilité (avenant 7)",
    url: "http://www.csmf.org/assistant-medical-les-criteres-deligibilite",
};
pub static S6B_CSMF_CONTREPARTIES: Source = Source {
    id: "S6b",
    title: "CSMF — Assistant médical : les contreparties pour le médecin (avenant 7)",
    url: "http://www.csmf.org/assistant-medical-les-contreparties-pour-le-medecin",
};
pub static S7A_EGORA: Source = Source {
    id: "S7a",
    title: "egora (2021)",
    url: "",
};
pub static S7B_QUOTIDIEN_2024: Source = Source {
    id: "S7b",
    title: "Le Quotidien du Médecin (2024)",
    url: "",
};
pub static S7C_QUOTIDIEN_2025: Source = Source {
    id: "S7c",
    title: "Le Quotidien du Médecin (03/04/2025)",
    url: "",
};
pub static S7D_CONCOURS_PLURIPRO: Source = Source {
    id: "S7d",
    title: "Concours pluripro (2023)",
    url: "",
};
pub static S7E_FMF: Source = Source {
    id: "S7e",
    title: "FMF, un contrat à mi-temps de 2019",
    url: "",
};
pub static S8A_ACOORDE: Source = Source {
    id: "S8a",
    title: "acoorde",
    url: "",
};
pub static S8B_JHP: Source = Source {
    id: "S8b",
    title: "jhp.fr",
    url: "https://jhp.fr",
};
pub static S8C_PAPS_MARTINIQUE: Source = Source {
    id: "S8c",
    title: "PAPS Martinique (ARS)",
    url: "https://martinique.paps.sante.fr",
};
pub static S9_DJIBE: Source = Source {
    id: "S9",
    title: "djibe / recommandations-medicales, site d'un généraliste",
    url: "https://github.com/djibe/recommandations-medicales",
};
pub static S10_ASSISTANTS_MEDICAUX_ORG: Source = Source {
    id: "S10",
    title: "assistants-medicaux.org, site partenaire des URPS",
    url: "https://assistants-medicaux.org",
};
pub static S11_CONTRAT_COLLECTIF: Source = Source {
    id: "S11",
    title: "Pages d'un cabinet de recrutement citant ameli (2026)",
    url: "",
};
pub static S12_REAGJIR: Source = Source {
    id: "S12",
    title: "ReAGJIR (syndicat des jeunes généralistes), 05/07/2019 — assistants médicaux, mode d'emploi",
    url: "https://www.reagjir.fr/blog/2019/07/05/assistants-medicaux-mode-demploi/",
};
pub static S13_DOCTEURIMAGO: Source = Source {
    id: "S13",
    title: "docteurimago, 20/09/2019 — les radiologues éligibles sous conditions (11 départements)",
    url: "https://docteurimago.fr/actualite/socioprofessionnel/les-radiologues-eligibles-sous-conditions-a-laide-a-lembauche-dassistants-medicaux",
};
pub static S14_JHP_2023: Source = Source {
    id: "S14",
    title: "jhp.fr, 07/08/2023 — aide à l'emploi d'assistants médicaux : spécialités exclues et contrat adapté",
    url: "https://www.jhp.fr/mag-expert/aide-a-lemploi-dassistants-medicaux-dans-les-cabinets-liberaux",
};
pub static S15_QUOTIDIEN_2025: Source = Source {
    id: "S15",
    title: "Le Quotidien du Médecin, 03/04/2025 — couacs autour des aides à l'emploi des assistants médicaux selon les syndicats",
    url: "https://rhumatologie.lequotidiendumedecin.fr/liberal-soins-de-ville/exercice/cest-de-la-maltraitance-couacs-autour-des-aides-lemploi-des-assistants-medicaux-selon-les-syndicats",
};
/// Named by the reference without an id (§5, the modulation from year 3, avenant-7 era).
pub static PAPS_PACA: Source = Source {
    id: "PAPS-PACA",
    title: "PAPS PACA (portail régional d'accompagnement des professionnels de santé) — l'embauche d'un assistant médical",
    url: "https://paca.paps.sante.fr/lembauche-15",
};
/// Named by the reference without an id (§6, contract type: « doit être recruté par CDI »).
pub static AVOCATS_CDI: Source = Source {
    id: "Avocats",
    title: "Un cabinet d'avocats : l'assistant médical « doit être recruté par CDI »",
    url: "",
};
/// Named by the reference without an id ("a regional health-insurance page of the avenant-7 era").
pub static CPAM_AV7_MEDIANE: Source = Source {
    id: "AM-régional",
    title: "Page régionale de l'Assurance Maladie (époque de l'avenant 7)",
    url: "",
};
/// Named by the reference without an id (§6, net cost).
pub static CCN_CABINETS_2024: Source = Source {
    id: "CCN",
    title: "Convention collective du personnel des cabinets médicaux, salaires minima (source secondaire)",
    url: "",
};
pub static S0_ESTIMATION: Source = Source {
    id: "S0",
    title: "Estimation du simulateur (méthode décrite dans la note)",
    url: "",
};

/// Every source, in the reference's order.
pub static ALL: [&Source; 27] = [
    &S1_AMELI_JUIN_2024,
    &S2_AMELI_CONVENTION_2024,
    &S3_AMELI_REGLEMENT_ARBITRAL,
    &S4_AMELI_SIMULATEUR,
    &S5_AVENANT_7,
    &S6A_CSMF_CRITERES,
    &S6B_CSMF_CONTREPARTIES,
    &S7A_EGORA,
    &S7B_QUOTIDIEN_2024,
    &S7C_QUOTIDIEN_2025,
    &S7D_CONCOURS_PLURIPRO,
    &S7E_FMF,
    &S8A_ACOORDE,
    &S8B_JHP,
    &S8C_PAPS_MARTINIQUE,
    &S9_DJIBE,
    &S10_ASSISTANTS_MEDICAUX_ORG,
    &S11_CONTRAT_COLLECTIF,
    &S12_REAGJIR,
    &S13_DOCTEURIMAGO,
    &S14_JHP_2023,
    &S15_QUOTIDIEN_2025,
    &PAPS_PACA,
    &AVOCATS_CDI,
    &CPAM_AV7_MEDIANE,
    &CCN_CABINETS_2024,
    &S0_ESTIMATION,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_per_source_and_addresses_are_web_addresses() {
        let mut ids: Vec<_> = ALL.iter().map(|s| s.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        for source in ALL {
            assert!(
                source.url.is_empty() || source.url.starts_with("http"),
                "{}",
                source.id
            );
        }
    }
}
