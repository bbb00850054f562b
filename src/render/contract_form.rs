//! « Votre contrat »: the figures the CPAM wrote in the contract, each with the one line that says
//! where it is found, then the counts today as ameli pro shows them. Written fields (`form`).

use super::form::{fieldset, Field, Input};
use super::html::Html;
use crate::rules::questions;
use crate::situation::link::Key;
use crate::situation::{Band, Quotity, Situation, Specialty};

/// GPs first (most users), then the others in French alphabetical order.
pub const SPECIALTY_ORDER: [Specialty; 22] = [
    Specialty::GeneralPractice,
    Specialty::ParticularPractice,
    Specialty::AnatomoPathology,
    Specialty::Anaesthesia,
    Specialty::Cardiology,
    Specialty::Surgery,
    Specialty::Dermatology,
    Specialty::Endocrinology,
    Specialty::Gastroenterology,
    Specialty::Gynaecology,
    Specialty::NuclearMedicine,
    Specialty::Neurology,
    Specialty::Ophthalmology,
    Specialty::Ent,
    Specialty::Paediatrics,
    Specialty::Pneumology,
    Specialty::Psychiatry,
    Specialty::Radiology,
    Specialty::Radiotherapy,
    Specialty::Rheumatology,
    Specialty::Stomatology,
    Specialty::Other,
];

const PATIENTS: Input = Input::Whole("patients");

/// What the contract says, in the order of its pages.
fn written_in_the_contract(answers: &Situation) -> Vec<Field> {
    let specialties = SPECIALTY_ORDER
        .iter()
        .map(|s| (s.code(), s.label()))
        .collect();
    let options = Quotity::ALL.iter().map(|q| (q.code(), q.label())).collect();
    let bands = Band::ALL.iter().map(|b| (b.code(), b.label())).collect();
    let senior = questions::rules_of(answers)
        .objective
        .senior
        .map(|rule| {
            format!(
                "À partir de {} ans, l'objectif est de maintenir votre patientèle.",
                rule.value.from_age
            )
        })
        .unwrap_or_default();
    vec![
        Field::new(
            Key::Signature,
            "Date de signature",
            "En tête du contrat. Elle fixe les règles qui s'appliquent.",
            Input::Date,
        ),
        Field::new(
            Key::Specialty,
            "Votre spécialité",
            "",
            Input::List(specialties, "Choisissez"),
        ),
        Field::new(
            Key::Quotity,
            "Option choisie (temps de l'assistant)",
            "",
            Input::List(options, "Choisissez"),
        ),
        Field::new(
            Key::Pmt,
            "Patientèle médecin traitant à la signature",
            "Dans l'annexe du contrat (situation de départ) : pas celle d'aujourd'hui.",
            PATIENTS,
        ),
        Field::new(
            Key::Fa,
            "File active à la signature (facultatif)",
            "Même annexe, à côté de la patientèle.",
            PATIENTS,
        ),
        Field::new(
            Key::ContractTargetPmt,
            "Objectif de patientèle médecin traitant (facultatif)",
            "Dans l'annexe des engagements. Vide : nous l'estimons, et le disons.",
            PATIENTS,
        ),
        Field::new(
            Key::ContractTargetFa,
            "Objectif de file active (facultatif)",
            "Même annexe, s'il y figure.",
            PATIENTS,
        ),
        Field::new(
            Key::Band,
            "Bande indiquée par votre CPAM (facultatif)",
            "Sur le contrat ou le courrier de la CPAM : elle décide de votre objectif.",
            Input::List(bands, "Je ne sais pas"),
        ),
        Field::new(
            Key::Age,
            "Votre âge (facultatif)",
            senior,
            Input::Whole("ans"),
        ),
        Field::new(
            Key::NewlyInstalled,
            "Nouvellement installé(e) à la signature ?",
            "",
            Input::List(vec![("1", "Oui"), ("0", "Non")], "Je ne sais pas"),
        ),
    ]
}

/// Today's counts, as ameli pro shows them, and the assistant's hiring.
fn read_today() -> Vec<Field> {
    vec![
        Field::new(
            Key::PmtToday,
            "Patientèle médecin traitant aujourd'hui",
            "Sur ameli pro, page « patientèle ».",
            PATIENTS,
        ),
        Field::new(
            Key::FaToday,
            "File active aujourd'hui (facultatif)",
            "Même page d'ameli pro.",
            PATIENTS,
        ),
        Field::new(
            Key::CountsReadOn,
            "Date de ces chiffres",
            "Le jour de leur mise à jour sur ameli pro.",
            Input::Date,
        ),
        Field::new(
            Key::HiredOn,
            "Embauche de l'assistant (facultatif)",
            "Sur son contrat de travail : pour l'échéance de sa formation.",
            Input::Date,
        ),
    ]
}

/// The contract's figures, then today's.
pub fn form(answers: &Situation) -> String {
    let mut html = Html::new();
    fieldset(
        &mut html,
        "Ce que dit votre contrat",
        answers,
        &written_in_the_contract(answers),
    );
    fieldset(&mut html, "Aujourd'hui", answers, &read_today());
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_of_a_running_contract_has_its_field() {
        let html = form(&Situation::default());
        for key in [
            Key::Signature,
            Key::Specialty,
            Key::Quotity,
            Key::Pmt,
            Key::Fa,
            Key::ContractTargetPmt,
            Key::ContractTargetFa,
            Key::Band,
            Key::Age,
            Key::NewlyInstalled,
            Key::PmtToday,
            Key::FaToday,
            Key::CountsReadOn,
            Key::HiredOn,
        ] {
            assert!(
                html.contains(&format!("name=\"{}\"", key.code())),
                "{}",
                key.code()
            );
        }
    }

    #[test]
    fn every_specialty_is_offered_once() {
        for specialty in Specialty::ALL {
            assert_eq!(
                SPECIALTY_ORDER.iter().filter(|s| *s == specialty).count(),
                1,
                "{}",
                specialty.code()
            );
        }
    }
}
