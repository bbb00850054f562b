//! The answers in French, one line each, for « Vos réponses » and the printed summary; each line
//! keeps the link key of its question, so « Modifier » goes straight to it.

use crate::format;
use crate::situation::Situation;

/// One answer given: what was asked, the answer, and the key of its question.
pub struct Answer {
    pub question: &'static str,
    pub answer: String,
    pub key: &'static str,
}

fn yes(value: Option<bool>) -> Option<String> {
    (value == Some(true)).then(|| "oui".to_string())
}

/// Every answer given, in the order of the steps.
pub fn describe(situation: &Situation) -> Vec<Answer> {
    let s = situation;
    let lines: [(&'static str, &'static str, Option<String>); 27] = [
        (
            "Date de signature",
            "signature",
            s.signature.map(|d| d.french()),
        ),
        (
            "Spécialité",
            "spe",
            s.specialty.map(|x| x.label().to_string()),
        ),
        (
            "Secteur",
            "secteur",
            s.sector.map(|x| x.label().to_string()),
        ),
        (
            "Part des honoraires cliniques",
            "clinique",
            s.clinical_share.map(|p| p.french()),
        ),
        (
            "Contrat collectif : médecins du groupe",
            "collectif",
            s.collective_members.map(|n| n.to_string()),
        ),
        (
            "Patientèle médecin traitant",
            "pmt",
            s.pmt.map(format::count),
        ),
        ("File active", "fa", s.fa.map(format::count)),
        (
            "Bande indiquée par la CPAM",
            "bande",
            s.stated_band.map(|b| b.label().to_string()),
        ),
        (
            "Membres accueillant un docteur junior",
            "juniors",
            s.junior_hosts.map(|n| n.to_string()),
        ),
        (
            "Structure agréée terrain de stage",
            "stage",
            yes(s.training_site),
        ),
        (
            "Beaucoup de patients de moins de 16 ans",
            "moins16",
            yes(s.many_children),
        ),
        ("Zone d'intervention prioritaire", "zip", yes(s.in_zip)),
        ("Exercice en groupe", "groupe", yes(s.group_practice)),
        (
            "Exercice coordonné",
            "coordonne",
            yes(s.coordinated_practice),
        ),
        ("Seul en zone d'action complémentaire", "zac", yes(s.in_zac)),
        ("Option", "etp", s.quotity.map(|q| q.label().to_string())),
        (
            "ETP demandés par le groupe",
            "etpgroupe",
            s.collective_fte.map(|f| f.french()),
        ),
        (
            "Contrat à 1 ETP en cours, signé le",
            "contrat1etp",
            s.first_contract_signed.map(|d| d.french()),
        ),
        (
            "Objectifs de ce contrat atteints",
            "objectifs",
            yes(s.objectives_met),
        ),
        ("Nouvellement installé", "installe", yes(s.newly_installed)),
        ("Âge", "age", s.age.map(|a| format!("{a} ans"))),
        (
            "Handicap ou maladie chronique",
            "handicap",
            yes(s.disability),
        ),
        ("Activité mixte", "mixte", yes(s.mixed_activity)),
        (
            "Patientèle médecin traitant en 3e année",
            "pmt3",
            s.pmt_year3.map(format::count),
        ),
        (
            "File active en 3e année",
            "fa3",
            s.fa_year3.map(format::count),
        ),
        (
            "Salaire brut mensuel de l'assistant",
            "salaire",
            s.monthly_salary.map(format::euros_cents),
        ),
        (
            "Charges patronales",
            "charges",
            s.employer_charges.map(|p| p.french()),
        ),
    ];
    lines
        .into_iter()
        .filter_map(|(question, key, answer)| {
            Some(Answer {
                question,
                answer: answer?,
                key,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::situation::link::{decode, field};

    #[test]
    fn the_reference_case_in_french() {
        let situation = decode("spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01&zip=0")
            .expect("decoded")
            .situation;
        let lines = describe(&situation);
        assert_eq!(lines[0].question, "Date de signature");
        assert_eq!(lines[0].answer, "1er mars 2025");
        assert!(lines
            .iter()
            .any(|l| l.key == "pmt" && l.answer == "1\u{202f}300"));
        // A "no" is not an answer worth printing.
        assert!(lines.iter().all(|l| l.key != "zip"));
    }

    #[test]
    fn every_line_names_a_real_question() {
        let every = decode(
            "spe=mg&secteur=1&clinique=80&collectif=3&pmt=1&fa=1&bande=p30-50&juniors=1&stage=1\
             &moins16=1&zip=1&groupe=1&coordonne=1&zac=1&etp=1&etpgroupe=1&contrat1etp=2024-01-01\
             &objectifs=1&installe=1&age=60&handicap=1&mixte=1&pmt3=1&fa3=1&salaire=2000&charges=40\
             &signature=2025-01-01",
        )
        .expect("decoded")
        .situation;
        let lines = describe(&every);
        assert_eq!(lines.len(), 27);
        for line in lines {
            assert!(field(line.key).is_some(), "{}", line.key);
        }
    }
}
