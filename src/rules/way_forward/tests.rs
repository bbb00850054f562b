use super::*;
use crate::date::Date;
use crate::situation::Specialty;

fn gp(signature: Date) -> Situation {
    Situation {
        signature: Some(signature),
        specialty: Some(Specialty::GeneralPractice),
        sector: Some(Sector::One),
        pmt: Some(1_300),
        quotity: Some(Quotity::Half),
        ..Situation::default()
    }
}

fn ways(situation: &Situation) -> Vec<Way> {
    way_forward(situation, &evaluate(situation))
}

fn the_try(way: &Way) -> (&Situation, &Brings, &'static str) {
    match &way.then {
        Then::Try {
            changed,
            brings,
            button,
            ..
        } => (changed, brings, button),
        other => panic!("a change to try, not {other:?}: {}", way.says),
    }
}

#[test]
fn an_eligible_doctor_has_nothing_to_do() {
    assert_eq!(ways(&gp(Date::ymd(2025, 3, 1))), vec![]);
}

#[test]
fn sector_2_without_optam_is_offered_the_optam_and_its_aid() {
    let situation = Situation {
        sector: Some(Sector::Two),
        ..gp(Date::ymd(2025, 3, 1))
    };
    let found = ways(&situation);
    assert_eq!(found.len(), 1, "{found:?}");
    let (changed, brings, button) = the_try(&found[0]);
    assert_eq!(changed.sector, Some(Sector::TwoOptam));
    assert_eq!(button, "Simuler avec l'OPTAM");
    assert_eq!(brings.verdict, Verdict::Eligible);
    assert_eq!(
        brings.first_year,
        Some((Decimal::from(19_000), Status::Confirmed))
    );
}

#[test]
fn too_few_patients_says_how_many_are_missing_and_offers_the_exemption() {
    let situation = Situation {
        pmt: Some(600),
        ..gp(Date::ymd(2025, 3, 1))
    };
    let found = ways(&situation);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .says
            .contains("il vous manque 175 patients (il en faut 775)"),
        "{}",
        found[0].says
    );
    let (changed, brings, _) = the_try(&found[0]);
    assert_eq!(changed.newly_installed, Some(true));
    assert_ne!(
        rank(&brings.verdict),
        rank(&Verdict::Ineligible { failed: vec![] })
    );
}

#[test]
fn an_exclusive_threshold_counts_one_more() {
    // Avenant 7: « plus de 640 » — 640 fails, 641 passes.
    let situation = Situation {
        pmt: Some(600),
        in_zip: Some(true),
        ..gp(Date::ymd(2021, 5, 10))
    };
    let says: Vec<String> = ways(&situation).into_iter().map(|w| w.says).collect();
    assert!(
        says.iter()
            .any(|s| s.contains("il vous manque 41 patients (il en faut 641)")),
        "{says:?}"
    );
}

#[test]
fn alone_outside_a_zip_under_avenant_7_is_offered_coordination() {
    let situation = Situation {
        in_zip: Some(false),
        group_practice: Some(false),
        coordinated_practice: Some(false),
        in_zac: Some(false),
        ..gp(Date::ymd(2021, 5, 10))
    };
    let found = ways(&situation);
    assert_eq!(found.len(), 2, "{found:?}");
    let (first, _, _) = the_try(&found[0]);
    assert_eq!(first.group_practice, Some(true));
    // The last change includes the one above it, and says what both bring.
    let (both, brings, button) = the_try(&found[1]);
    assert_eq!(button, "Je m'engage dans un exercice coordonné");
    assert_eq!(both.group_practice, Some(true));
    assert_eq!(both.coordinated_practice, Some(true));
    assert!(matches!(
        found[1].then,
        Then::Try {
            with_the_ways_above: true,
            ..
        }
    ));
    assert!(matches!(
        found[0].then,
        Then::Try {
            with_the_ways_above: false,
            ..
        }
    ));
    assert!(
        rank(&brings.verdict) >= rank(&Verdict::ToConfirm),
        "{brings:?}"
    );
}

#[test]
fn a_specialist_without_a_band_is_told_what_to_ask() {
    let situation = Situation {
        specialty: Some(Specialty::Cardiology),
        pmt: None,
        ..gp(Date::ymd(2025, 3, 1))
    };
    let found = ways(&situation);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].then,
        Then::Ask {
            key: Key::Band,
            button: "Indiquer la bande de la CPAM"
        }
    );
    assert!(found[0].says.contains("demandez à votre CPAM la bande"));
}

#[test]
fn nothing_is_promised_where_no_answer_helps() {
    let situation = Situation {
        sector: Some(Sector::NotContracted),
        ..gp(Date::ymd(2025, 3, 1))
    };
    let found = ways(&situation);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].then, Then::Nothing);
    assert!(found[0]
        .says
        .ends_with("Aucune réponse de cette simulation ne change ce point."));
}

#[test]
fn an_option_closed_at_the_date_is_offered_an_open_one() {
    // The convention of 2024 closed 1/3 ETP to new contracts.
    let situation = Situation {
        quotity: Some(Quotity::Third),
        ..gp(Date::ymd(2025, 3, 1))
    };
    let found = ways(&situation);
    assert_eq!(found.len(), 1, "{found:?}");
    let (changed, brings, button) = the_try(&found[0]);
    assert_eq!(changed.quotity, Some(Quotity::Half));
    assert_eq!(button, "Simuler à 1/2 ETP");
    assert_eq!(brings.verdict, Verdict::Eligible);
}

#[test]
fn a_group_is_never_told_how_many_patients_one_doctor_misses() {
    let situation = Situation {
        collective_members: Some(3),
        collective_fte: Some(crate::situation::HalfFte(4)),
        pmt: Some(300),
        ..gp(Date::ymd(2026, 12, 1))
    };
    let found = ways(&situation);
    assert!(!found.is_empty(), "the group's mean is too low");
    assert!(
        found.iter().all(|way| !way.says.contains("il vous manque")),
        "{found:?}"
    );
}

#[test]
fn a_question_no_band_settles_is_asked_of_the_cpam_without_a_band() {
    // Avenant 7: a radiologist's department list is not published; the activity needs the band.
    let situation = Situation {
        specialty: Some(Specialty::Radiology),
        pmt: None,
        group_practice: Some(true),
        coordinated_practice: Some(true),
        in_zip: Some(false),
        ..gp(Date::ymd(2021, 5, 10))
    };
    let outcome = evaluate(&situation);
    assert_eq!(outcome.verdict(), Verdict::ToConfirm);
    let found = way_forward(&situation, &outcome);
    let specialty = found
        .iter()
        .find(|way| way.says.starts_with("Spécialité"))
        .expect("the specialty to confirm");
    assert_eq!(specialty.then, Then::Nothing, "{}", specialty.says);
    assert!(
        specialty.says.contains("à demander à votre CPAM"),
        "{}",
        specialty.says
    );
    assert!(
        found
            .iter()
            .any(|way| matches!(way.then, Then::Ask { key: Key::Band, .. })),
        "the band is asked for the activity: {found:?}"
    );
}
