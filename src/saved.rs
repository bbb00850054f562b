//! The answers kept on the device: a versioned envelope around the share-link vocabulary, so that a
//! saved simulation and a shared one are read by the same decoder.
//!
//! A value we cannot read is never dropped: the caller moves it under [`SET_ASIDE_KEY`] and tells the
//! doctor. Older envelopes are migrated forward, one schema at a time:
//! - schema 1: `{"schema":1,"answers":"v=1&…"}`;
//! - schema 2 adds `saved_on`, the day of the last save, shown when the doctor resumes.

use crate::rules::date::Date;
use crate::situation::link;
use crate::situation::Situation;
use serde::{Deserialize, Serialize};

/// Every key this app writes starts with this.
pub const PREFIX: &str = "assistant-medical/";
pub const KEY: &str = "assistant-medical/reponses";
/// Where unreadable saved values are kept (one key each), so that nothing the doctor typed is lost.
pub const SET_ASIDE_KEY: &str = "assistant-medical/mises-de-cote";
pub const SCHEMA: u64 = 2;

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u64,
    /// `YYYY-MM-DD`.
    saved_on: &'a str,
    /// The answers in the share-link vocabulary (`v=1&spe=mg…`).
    answers: &'a str,
}

/// What we read back, every field optional: a foreign value still parses and is recognised as such.
/// Typed fields, not a generic JSON tree: far less code in the WebAssembly.
#[derive(Deserialize)]
struct Stored {
    schema: Option<u64>,
    saved_on: Option<String>,
    answers: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Loaded {
    Empty,
    Restored {
        situation: Situation,
        /// The day of the last save, when the envelope says it.
        saved_on: Option<Date>,
        /// Read from an older schema: save it again in the current one.
        migrated: bool,
        /// Answers that could not be read back, in French.
        notices: Vec<String>,
    },
    /// Unreadable: to be set aside, with the reason for the doctor.
    SetAside {
        reason: String,
    },
}

/// The saved value, as JSON.
pub fn serialise(situation: &Situation, today: Date) -> String {
    let answers = link::encode(situation);
    let envelope = Envelope {
        schema: SCHEMA,
        saved_on: &today.iso(),
        answers: &answers,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Empty;
    };
    let unreadable = |why: &str| {
        Loaded::SetAside {
        reason: format!(
            "Vos réponses enregistrées n'ont pas pu être relues ({why}). Elles ont été mises de côté \
             sur cet appareil, sans être effacées ; la simulation repart de zéro."
        ),
    }
    };
    let Ok(stored) = serde_json::from_str::<Stored>(raw) else {
        return unreadable("données abîmées ou d'un autre format");
    };
    let Some(schema) = stored.schema else {
        return unreadable("format inconnu");
    };
    if schema > SCHEMA {
        return Loaded::SetAside {
            reason: "Vos réponses ont été enregistrées par une version plus récente du simulateur. \
                     Elles ont été mises de côté, sans être effacées : rechargez la page pour obtenir \
                     cette version."
                .to_string(),
        };
    }
    let Some(answers) = stored.answers else {
        return unreadable("format inconnu");
    };
    match link::decode(&answers) {
        Ok(decoded) => Loaded::Restored {
            situation: decoded.situation,
            // Schema 1 had no date; a damaged date is only a lost detail.
            saved_on: stored.saved_on.as_deref().and_then(Date::parse_iso),
            migrated: schema < SCHEMA,
            notices: decoded
                .issues
                .iter()
                .map(|issue| format!("Réponse enregistrée non relue : {}", issue.french()))
                .collect(),
        },
        Err(refusal) => unreadable(&refusal.french()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::situation::Specialty;

    #[test]
    fn saved_answers_come_back() {
        let situation = Situation {
            specialty: Some(Specialty::GeneralPractice),
            pmt: Some(1_300),
            ..Situation::default()
        };
        let raw = serialise(&situation, Date::ymd(2026, 11, 23));
        assert_eq!(
            load(Some(&raw)),
            Loaded::Restored {
                situation,
                saved_on: Some(Date::ymd(2026, 11, 23)),
                migrated: false,
                notices: vec![]
            }
        );
    }

    #[test]
    fn a_schema_1_value_is_migrated_not_dropped() {
        let raw = r#"{"schema":1,"answers":"v=1&spe=mg&pmt=1300&etp=1&signature=2025-03-01"}"#;
        let Loaded::Restored {
            situation,
            saved_on,
            migrated,
            notices,
        } = load(Some(raw))
        else {
            panic!("a schema-1 value is read");
        };
        assert!(migrated);
        assert_eq!(saved_on, None);
        assert!(notices.is_empty());
        assert_eq!(situation.pmt, Some(1_300));
        assert_eq!(situation.specialty, Some(Specialty::GeneralPractice));
    }

    #[test]
    fn nothing_saved_is_not_an_error() {
        assert_eq!(load(None), Loaded::Empty);
    }

    #[test]
    fn unreadable_values_are_set_aside_with_a_reason() {
        for raw in [
            "{",
            "null",
            "42",
            "\"texte\"",
            "{\"foo\":1}",
            "{\"schema\":1}",
            "{\"schema\":\"1\",\"answers\":\"\"}",
        ] {
            assert!(matches!(load(Some(raw)), Loaded::SetAside { .. }), "{raw}");
        }
        let Loaded::SetAside { reason } = load(Some("{\"schema\":99,\"answers\":\"\"}")) else {
            panic!("a future schema is set aside");
        };
        assert!(reason.contains("plus récente"));
    }

    #[test]
    fn a_damaged_answer_is_reported_and_the_rest_kept() {
        let raw = r#"{"schema":2,"saved_on":"2026-11-23","answers":"v=1&spe=mg&pmt=abc"}"#;
        let Loaded::Restored {
            situation, notices, ..
        } = load(Some(raw))
        else {
            panic!("restored");
        };
        assert_eq!(situation.specialty, Some(Specialty::GeneralPractice));
        assert_eq!(situation.pmt, None);
        assert_eq!(notices.len(), 1);
    }
}
