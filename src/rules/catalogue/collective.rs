//! The parameters of the collective contract's text.

use super::{List, Parameter};
use crate::format;
use crate::rules::facts::Fact;
use crate::rules::model::*;

/// Long only because it lists the collective text's parameters one after the other, as the barème
/// shows them.
pub(super) fn parameters(rules: &CollectiveRules) -> Vec<Parameter> {
    // Every term named: a new one does not build until it is listed below.
    let CollectiveRules {
        version: _,
        per_fte: _,
        mean_pmt_minimum: _,
        structures: _,
        minimum_members: _,
        fte_per_member: _,
        junior_bonus: _,
        members: _,
        no_cumulation: _,
        membership_changes: _,
        objective_when_members_change: _,
        junior_bonus_for_earlier_contracts: _,
        earlier_gains: _,
        newly_installed_member: _,
        pmt_per_fte: _,
        fa_per_fte: _,
        both_measures: _,
        years: _,
        prorated_from_year_3: _,
    } = rules;
    let mut list = List(Vec::new());
    let version = rules.version;
    let text = Fact {
        status: version.status,
        ..Fact::confirmed((), version.source)
    };
    list.add(
        "periode.debut",
        "Contrats signés à partir du",
        text,
        version.signed_from.french(),
    );
    list.add(
        "collectif.structures",
        "Signataires",
        rules.structures,
        rules.structures.value,
    );
    list.add(
        "collectif.taille-minimale",
        "Taille minimale du groupe",
        rules.minimum_members,
        format!("{} médecins", rules.minimum_members.value),
    );
    let per = rules.per_fte.value;
    for (index, what) in ["1re année", "2e année", "3e année et suivantes (plafond)"]
        .iter()
        .enumerate()
    {
        list.add(
            &format!("collectif.aide.annee-{}", index + 1),
            &format!("Aide par ETP financé, {what}"),
            rules.per_fte,
            format::euros(per[index]),
        );
    }
    list.add(
        "collectif.seuil",
        "Patientèle médecin traitant moyenne des membres",
        rules.mean_pmt_minimum,
        format!("{} patients", rules.mean_pmt_minimum.value.french()),
    );
    list.add(
        "collectif.etp-par-membre",
        "ETP financés par médecin membre",
        rules.fte_per_member,
        format!("{} au plus", rules.fte_per_member.value.french()),
    );
    let (from, bonus) = rules.junior_bonus.value;
    list.add(
        "collectif.docteur-junior",
        "ETP en plus par membre accueillant un docteur junior (ou membre d'un terrain de stage agréé)",
        rules.junior_bonus,
        format!("+{} depuis le {}", bonus.french(), from.french()),
    );
    let terms = [
        ("collectif.membres", "Membres", rules.members),
        (
            "collectif.cumul",
            "Contrats individuels des membres",
            rules.no_cumulation,
        ),
        (
            "collectif.entrees-sorties",
            "Entrées et sorties de membres",
            rules.membership_changes,
        ),
        (
            "collectif.entrees-sorties.objectif",
            "Objectif après une entrée ou une sortie",
            rules.objective_when_members_change,
        ),
        (
            "collectif.docteur-junior.contrats-anterieurs",
            "Supplément docteur junior pour un contrat signé avant",
            rules.junior_bonus_for_earlier_contracts,
        ),
        (
            "collectif.objectif.gains-anterieurs",
            "Gains des contrats individuels antérieurs",
            rules.earlier_gains,
        ),
        (
            "collectif.objectif.nouvel-installe",
            "Membre nouvellement installé",
            rules.newly_installed_member,
        ),
    ];
    for (key, label, fact) in terms {
        list.add(key, label, fact, fact.value);
    }
    list.add(
        "collectif.objectif.pmt",
        "Objectif du groupe par ETP : patients médecin traitant",
        rules.pmt_per_fte,
        format!("+{}", rules.pmt_per_fte.value),
    );
    list.add(
        "collectif.objectif.fa",
        "Objectif du groupe par ETP : file active",
        rules.fa_per_fte,
        format!("+{}", rules.fa_per_fte.value),
    );
    list.add(
        "collectif.objectif.les-deux",
        "Les deux objectifs du groupe exigés",
        rules.both_measures,
        "non dit : le texte écrit « 260 et 110 »",
    );
    list.add(
        "collectif.objectif.delai",
        "Délai de l'objectif du groupe",
        rules.years,
        format!("{} ans", rules.years.value),
    );
    list.add(
        "collectif.proratisation",
        "Aide à partir de la 3e année",
        rules.prorated_from_year_3,
        "proratisée selon l'atteinte de l'objectif",
    );
    list.add(
        "versement.annee1",
        "Versement de la 1re année",
        version.first_payment,
        "en une fois, dans le mois qui suit la signature",
    );
    list.0
}
