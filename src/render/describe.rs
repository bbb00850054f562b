//! The answers in French, one line each, for the results and the printed summary.

use super::Situation;
use crate::format;

fn yes(value: Option<bool>) -> Option<String> {
    (value == Some(true)).then(|| "oui".to_string())
}

/// (question, answer) for every answer given, in the order of the steps.
pub fn describe(situation: &Situation) -> Vec<(&'static str, String)> {
    let s = situation;
    let percent = |value: rust_decimal::Decimal| format!("{} %", format::decimal(value, 1));
    let lines: [(&'static str, Option<String>); 25] = [
        ("Spécialité", s.specialty.map(|x| x.label().to_string())),
        ("Secteur", s.sector.map(|x| x.label().to_string())),
        (
            "Part des honoraires cliniques",
            s.clinical_share.map(percent),
        ),
        (
            "Contrat collectif : médecins du groupe",
            s.collective_members.map(|n| n.to_string()),
        ),
        ("Patientèle médecin traitant", s.pmt.map(format::count)),
        ("File active", s.fa.map(format::count)),
        (
            "Bande indiquée par la CPAM",
            s.stated_band.map(|b| b.label().to_string()),
        ),
        (
            "Membres accueillant un docteur junior",
            s.junior_hosts.map(|n| n.to_string()),
        ),
        ("Date de signature", s.signature.map(|d| d.french())),
        ("Option", s.quotity.map(|q| q.label().to_string())),
        (
            "ETP demandés par le groupe",
            s.collective_fte.map(|f| f.french()),
        ),
        ("Zone d'intervention prioritaire", yes(s.in_zip)),
        ("Nouvellement installé", yes(s.newly_installed)),
        ("Âge", s.age.map(|a| format!("{a} ans"))),
        ("Exercice en groupe", yes(s.group_practice)),
        ("Exercice coordonné", yes(s.coordinated_practice)),
        ("Seul en zone d'action complémentaire", yes(s.in_zac)),
        (
            "Contrat à 1 ETP en cours, signé le",
            s.first_contract_signed.map(|d| d.french()),
        ),
        ("Objectifs de ce contrat atteints", yes(s.objectives_met)),
        ("Handicap ou maladie chronique", yes(s.disability)),
        ("Activité mixte", yes(s.mixed_activity)),
        (
            "Patientèle médecin traitant en 3e année",
            s.pmt_year3.map(format::count),
        ),
        ("File active en 3e année", s.fa_year3.map(format::count)),
        (
            "Salaire brut mensuel de l'assistant",
            s.monthly_salary.map(format::euros_cents),
        ),
        ("Charges patronales", s.employer_charges.map(percent)),
    ];
    lines
        .into_iter()
        .filter_map(|(question, answer)| Some((question, answer?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::situation::link::decode;

    #[test]
    fn the_reference_case_in_french() {
        let situation = decode("spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01&zip=0")
            .expect("decoded")
            .situation;
        let lines = describe(&situation);
        assert_eq!(lines[0], ("Spécialité", "Médecine générale".to_string()));
        assert!(lines.contains(&("Patientèle médecin traitant", "1\u{202f}300".to_string())));
        assert!(lines.contains(&("Date de signature", "1er mars 2025".to_string())));
        // A "no" is not an answer worth printing.
        assert!(lines
            .iter()
            .all(|(question, _)| *question != "Zone d'intervention prioritaire"));
    }
}
