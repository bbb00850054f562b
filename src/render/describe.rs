//! The answers in French, one line each, for « Vos réponses » and the printed summary; each line
//! keeps the key of its answer, so « Modifier » goes straight to its question.

use crate::format;
use crate::situation::link::Key;
use crate::situation::Situation;

/// One answer given: what was asked, the answer, and its key.
pub struct Answer {
    pub question: &'static str,
    pub answer: String,
    pub key: Key,
}

/// Every answer, in the order of the steps: the contract, the activity, the project, the tools; a
/// running contract's own figures last.
pub const ORDER: [Key; 34] = [
    Key::Tracking,
    Key::Signature,
    Key::Specialty,
    Key::Sector,
    Key::ClinicalShare,
    Key::CollectiveMembers,
    Key::Pmt,
    Key::Fa,
    Key::Band,
    Key::JuniorHosts,
    Key::TrainingSite,
    Key::ManyChildren,
    Key::Zip,
    Key::GroupPractice,
    Key::Coordination,
    Key::Zac,
    Key::Quotity,
    Key::CollectiveFte,
    Key::FirstContract,
    Key::ObjectivesMet,
    Key::NewlyInstalled,
    Key::Age,
    Key::Disability,
    Key::MixedActivity,
    Key::PmtYear3,
    Key::FaYear3,
    Key::Salary,
    Key::EmployerCharges,
    Key::ContractTargetPmt,
    Key::ContractTargetFa,
    Key::PmtToday,
    Key::FaToday,
    Key::CountsReadOn,
    Key::HiredOn,
];

/// What « Vos réponses » calls an answer.
pub fn question(key: Key) -> &'static str {
    match key {
        Key::Signature => "Date de signature",
        Key::Specialty => "Spécialité",
        Key::Sector => "Secteur",
        Key::ClinicalShare => "Part des honoraires cliniques",
        Key::CollectiveMembers => "Contrat collectif : médecins du groupe",
        Key::Pmt => "Patientèle médecin traitant",
        Key::Fa => "File active",
        Key::Band => "Bande indiquée par la CPAM",
        Key::JuniorHosts => "Membres accueillant un docteur junior",
        Key::TrainingSite => "Structure agréée terrain de stage",
        Key::ManyChildren => "Beaucoup de patients de moins de 16 ans",
        Key::Zip => "Zone d'intervention prioritaire",
        Key::GroupPractice => "Exercice en groupe",
        Key::Coordination => "Exercice coordonné",
        Key::Zac => "Seul en zone d'action complémentaire",
        Key::Quotity => "Option",
        Key::CollectiveFte => "ETP demandés par le groupe",
        Key::FirstContract => "Contrat à 1 ETP en cours, signé le",
        Key::ObjectivesMet => "Objectifs de ce contrat atteints",
        Key::NewlyInstalled => "Nouvellement installé",
        Key::Age => "Âge",
        Key::Disability => "Handicap ou maladie chronique",
        Key::MixedActivity => "Activité mixte",
        Key::PmtYear3 => "Patientèle médecin traitant en 3e année",
        Key::FaYear3 => "File active en 3e année",
        Key::Salary => "Salaire brut mensuel de l'assistant",
        Key::EmployerCharges => "Charges patronales",
        Key::Tracking => "Contrat déjà signé",
        Key::ContractTargetPmt => "Objectif de patientèle médecin traitant du contrat",
        Key::ContractTargetFa => "Objectif de file active du contrat",
        Key::PmtToday => "Patientèle médecin traitant aujourd'hui",
        Key::FaToday => "File active aujourd'hui",
        Key::CountsReadOn => "Relevé sur ameli pro le",
        Key::HiredOn => "Assistant embauché le",
    }
}

fn yes(value: Option<bool>) -> Option<String> {
    (value == Some(true)).then(|| "oui".to_string())
}

/// An answer in French; `None` when not given (a « non » is not worth printing). The situation is
/// taken apart whole: a new answer does not build until it is described here.
fn answer(situation: &Situation, key: Key) -> Option<String> {
    let Situation {
        specialty,
        sector,
        pmt,
        fa,
        stated_band,
        quotity,
        signature,
        clinical_share,
        age,
        newly_installed,
        in_zip,
        in_zac,
        group_practice,
        coordinated_practice,
        objectives_met,
        first_contract_signed,
        collective_members,
        collective_fte,
        junior_hosts,
        training_site,
        many_children,
        disability,
        mixed_activity,
        pmt_year3,
        fa_year3,
        monthly_salary,
        employer_charges,
        tracking,
        contract_target_pmt,
        contract_target_fa,
        pmt_today,
        fa_today,
        counts_read_on,
        hired_on,
    } = situation;
    match key {
        Key::Signature => signature.map(|d| d.french()),
        Key::Specialty => specialty.map(|x| x.label().to_string()),
        Key::Sector => sector.map(|x| x.label().to_string()),
        Key::ClinicalShare => clinical_share.map(|p| p.french()),
        Key::CollectiveMembers => collective_members.map(|n| n.to_string()),
        Key::Pmt => pmt.map(format::count),
        Key::Fa => fa.map(format::count),
        Key::Band => stated_band.map(|b| b.label().to_string()),
        Key::JuniorHosts => junior_hosts.map(|n| n.to_string()),
        Key::TrainingSite => yes(*training_site),
        Key::ManyChildren => yes(*many_children),
        Key::Zip => yes(*in_zip),
        Key::GroupPractice => yes(*group_practice),
        Key::Coordination => yes(*coordinated_practice),
        Key::Zac => yes(*in_zac),
        Key::Quotity => quotity.map(|q| q.label().to_string()),
        Key::CollectiveFte => collective_fte.map(|f| f.french()),
        Key::FirstContract => first_contract_signed.map(|d| d.french()),
        Key::ObjectivesMet => yes(*objectives_met),
        Key::NewlyInstalled => yes(*newly_installed),
        Key::Age => age.map(|a| format!("{a} ans")),
        Key::Disability => yes(*disability),
        Key::MixedActivity => yes(*mixed_activity),
        Key::PmtYear3 => pmt_year3.map(format::count),
        Key::FaYear3 => fa_year3.map(format::count),
        Key::Salary => monthly_salary.map(format::euros_cents),
        Key::EmployerCharges => employer_charges.map(|p| p.french()),
        Key::Tracking => yes(*tracking),
        Key::ContractTargetPmt => contract_target_pmt.map(format::count),
        Key::ContractTargetFa => contract_target_fa.map(format::count),
        Key::PmtToday => pmt_today.map(format::count),
        Key::FaToday => fa_today.map(format::count),
        Key::CountsReadOn => counts_read_on.map(|d| d.french()),
        Key::HiredOn => hired_on.map(|d| d.french()),
    }
}

/// Every answer given, in the order of the steps.
pub fn describe(situation: &Situation) -> Vec<Answer> {
    ORDER
        .iter()
        .filter_map(|&key| {
            Some(Answer {
                question: question(key),
                answer: answer(situation, key)?,
                key,
            })
        })
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
        assert_eq!(lines[0].question, "Date de signature");
        assert_eq!(lines[0].answer, "1er mars 2025");
        assert!(lines
            .iter()
            .any(|l| l.key == Key::Pmt && l.answer == "1\u{202f}300"));
        // A "no" is not an answer worth printing.
        assert!(lines.iter().all(|l| l.key != Key::Zip));
    }

    #[test]
    fn every_answer_has_its_line_once() {
        let mut order = ORDER.to_vec();
        order.sort();
        assert_eq!(order, Key::ALL, "ORDER lists every key once");
        let every = decode(
            "spe=mg&secteur=1&clinique=80&collectif=3&pmt=1&fa=1&bande=p30-50&juniors=1&stage=1\
             &moins16=1&zip=1&groupe=1&coordonne=1&zac=1&etp=1&etpgroupe=1&contrat1etp=2024-01-01\
             &objectifs=1&installe=1&age=60&handicap=1&mixte=1&pmt3=1&fa3=1&salaire=2000&charges=40\
             &signature=2025-01-01&suivi=1&objpmt=2&objfa=2&pmtjour=2&fajour=2&releve=2026-01-01\
             &embauche=2025-02-01",
        )
        .expect("decoded")
        .situation;
        assert_eq!(describe(&every).len(), Key::ALL.len());
    }
}
