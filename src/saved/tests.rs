use super::*;
use crate::situation::Specialty;

fn stored(schema: Option<u64>, saved_on: Option<&str>, answers: Option<&str>) -> Read {
    Read::Value(Stored {
        schema,
        saved_on: saved_on.map(str::to_string),
        answers: answers.map(str::to_string),
        ..Stored::default()
    })
}

fn simulation(situation: Situation) -> Simulation {
    Simulation {
        situation,
        origin: Origin::Typed,
        created_on: Some(Date::ymd(2026, 11, 23)),
        saved_on: None,
    }
}

#[test]
fn saved_simulations_come_back_with_their_origin_and_days() {
    let kept = Simulation {
        origin: Origin::Link,
        ..simulation(Situation {
            specialty: Some(Specialty::GeneralPractice),
            pmt: Some(1_300),
            ..Situation::default()
        })
    };
    let written = envelope(&kept, Date::ymd(2026, 12, 6));
    assert_eq!(written.schema, SCHEMA);
    let read = Read::Value(Stored {
        schema: Some(written.schema),
        origin: Some(written.origin.to_string()),
        created_on: Some(written.created_on.clone()),
        saved_on: Some(written.saved_on.clone()),
        answers: Some(written.answers.clone()),
    });
    assert_eq!(
        load(read),
        Loaded::Restored {
            simulation: Box::new(Simulation {
                saved_on: Some(Date::ymd(2026, 12, 6)),
                ..kept
            }),
            migrated: false,
            notices: vec![]
        }
    );
}

#[test]
fn a_schema_1_value_is_migrated_not_dropped() {
    let read = stored(
        Some(1),
        None,
        Some("v=1&spe=mg&pmt=1300&etp=1&signature=2025-03-01"),
    );
    let Loaded::Restored {
        simulation,
        migrated,
        notices,
    } = load(read)
    else {
        panic!("a schema-1 value is read");
    };
    assert!(migrated);
    assert_eq!(simulation.saved_on, None);
    assert_eq!(simulation.origin, Origin::Typed);
    assert!(notices.is_empty());
    assert_eq!(simulation.situation.pmt, Some(1_300));
}

#[test]
fn a_schema_2_value_keeps_its_day_as_its_creation() {
    let Loaded::Restored {
        simulation,
        migrated,
        ..
    } = load(stored(Some(2), Some("2026-11-23"), Some("v=1&spe=mg")))
    else {
        panic!("read");
    };
    assert!(migrated);
    assert_eq!(simulation.created_on, Some(Date::ymd(2026, 11, 23)));
}

#[test]
fn nothing_saved_is_not_an_error() {
    assert_eq!(load(Read::Nothing), Loaded::Empty);
}

#[test]
fn unreadable_values_are_set_aside_with_a_reason() {
    let foreign = [
        Read::Unreadable,
        Read::Value(Stored::default()),
        stored(Some(1), None, None),
        stored(None, None, Some("v=1&spe=mg")),
        stored(Some(2), None, Some(&"a".repeat(5_000))),
    ];
    for read in foreign {
        assert!(matches!(load(read), Loaded::SetAside { .. }));
    }
    let Loaded::SetAside { reason } = load(stored(Some(99), None, Some(""))) else {
        panic!("a future schema is set aside");
    };
    assert!(reason.contains("plus récente"));
}

#[test]
fn a_damaged_answer_is_reported_and_the_rest_kept() {
    let read = stored(Some(3), Some("2026-11-23"), Some("v=1&spe=mg&pmt=abc"));
    let Loaded::Restored {
        simulation,
        notices,
        ..
    } = load(read)
    else {
        panic!("restored");
    };
    assert_eq!(
        simulation.situation.specialty,
        Some(Specialty::GeneralPractice)
    );
    assert_eq!(simulation.situation.pmt, None);
    assert_eq!(notices.len(), 1);
}

#[test]
fn names_say_what_each_simulation_is() {
    let contract = simulation(Situation {
        tracking: Some(true),
        signature: Some(Date::ymd(2023, 10, 1)),
        quotity: Some(Quotity::Half),
        ..Situation::default()
    });
    assert_eq!(contract.name(), "Mon contrat du 1er octobre 2023 · 1/2 ETP");
    let project = simulation(Situation {
        signature: Some(Date::ymd(2025, 3, 1)),
        quotity: Some(Quotity::Full),
        ..Situation::default()
    });
    assert_eq!(project.name(), "Projet, signature le 1er mars 2025 · 1 ETP");
    let received = Simulation {
        origin: Origin::Link,
        ..project
    };
    assert_eq!(
        received.name(),
        "Lien reçu le 23 novembre 2026 · Projet, signature le 1er mars 2025 · 1 ETP"
    );
}

#[test]
fn the_current_simulation_reads_back_and_refuses_foreign_text() {
    let current = Current {
        id: "1733500000000".to_string(),
        screen: "suivi".to_string(),
    };
    assert_eq!(Current::read(&current.write()), Some(current));
    assert_eq!(Current::read(""), None);
    assert_eq!(Current::read("<script>\nx"), None);
    assert_eq!(key("12"), "assistant-medical/simulations/12");
    assert_eq!(id_of(&key("12")), Some("12"));
    assert_eq!(id_of("assistant-medical/courante"), None);
}
