//! The answers kept on the device: a versioned envelope around the share-link vocabulary, so that a
//! saved simulation and a shared one are read by the same decoder.
//!
//! The JSON text itself is the caller's: in the browser, `JSON.parse` and `JSON.stringify` (no JSON
//! parser in the WebAssembly: serde's machinery alone weighed 9.5 KB compressed, 6 % of the budget).
//!
//! A value we cannot read is never dropped: the caller moves it under [`SET_ASIDE_KEY`] and tells the
//! doctor. Older envelopes are migrated forward, one schema at a time:
//! - schema 1: `{"schema":1,"answers":"v=1&…"}`;
//! - schema 2 adds `saved_on`, the day of the last save, shown when the doctor resumes.

use crate::date::Date;
use crate::situation::link;
use crate::situation::Situation;

/// Every key this app writes starts with this.
pub const PREFIX: &str = "assistant-medical/";
pub const KEY: &str = "assistant-medical/reponses";
/// Where unreadable saved values are kept (one key each), so that nothing the doctor typed is lost.
pub const SET_ASIDE_KEY: &str = "assistant-medical/mises-de-cote";
pub const SCHEMA: u64 = 2;

/// What is written: `{"schema":2,"saved_on":"YYYY-MM-DD","answers":"v=1&…"}`.
#[derive(Debug, PartialEq, Eq)]
pub struct Envelope {
    pub schema: u64,
    pub saved_on: String,
    /// The answers in the share-link vocabulary (`v=1&spe=mg…`).
    pub answers: String,
}

/// What was read back, every field optional: a foreign object still reads, and is recognised as such.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stored {
    pub schema: Option<u64>,
    pub saved_on: Option<String>,
    pub answers: Option<String>,
}

/// The stored value as the caller found it.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    Nothing,
    /// Not JSON, or JSON of another shape (a number, a list, a field of the wrong type).
    Unreadable,
    Value(Stored),
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

/// What to save for these answers, today.
pub fn envelope(situation: &Situation, today: Date) -> Envelope {
    Envelope {
        schema: SCHEMA,
        saved_on: today.iso(),
        answers: link::encode(situation),
    }
}

pub fn load(read: Read) -> Loaded {
    let unreadable = |why: &str| {
        Loaded::SetAside {
        reason: format!(
            "Vos réponses enregistrées n'ont pas pu être relues ({why}). Elles ont été mises de côté \
             sur cet appareil, sans être effacées ; la simulation repart de zéro."
        ),
    }
    };
    let stored = match read {
        Read::Nothing => return Loaded::Empty,
        Read::Unreadable => return unreadable("données abîmées ou d'un autre format"),
        Read::Value(stored) => stored,
    };
    let Some(schema) = stored.schema else {
        return unreadable("format inconnu");
    };
    if schema > SCHEMA {
        return Loaded::SetAside {
            reason: "Vos réponses ont été enregistrées par une version plus récente du simulateur. \
                     Elles ont été mises de côté, sans être effacées : rechargez la page pour obtenir \
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
                .map(|issue| format!("Réponse enregistrée non relue : {}", issue.french()))
                .collect(),
        },
        Err(refusal) => unreadable(&refusal.french()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::situation::Specialty;

    fn stored(schema: Option<u64>, saved_on: Option<&str>, answers: Option<&str>) -> Read {
        Read::Value(Stored {
            schema,
            saved_on: saved_on.map(str::to_string),
            answers: answers.map(str::to_string),
        })
    }

    #[test]
    fn saved_answers_come_back() {
        let situation = Situation {
            specialty: Some(Specialty::GeneralPractice),
            pmt: Some(1_300),
            ..Situation::default()
        };
        let written = envelope(&situation, Date::ymd(2026, 11, 23));
        assert_eq!(written.schema, SCHEMA);
        let read = stored(
            Some(written.schema),
            Some(&written.saved_on),
            Some(&written.answers),
        );
        assert_eq!(
            load(read),
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
        let read = stored(
            Some(1),
            None,
            Some("v=1&spe=mg&pmt=1300&etp=1&signature=2025-03-01"),
        );
        let Loaded::Restored {
            situation,
            saved_on,
            migrated,
            notices,
        } = load(read)
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
        let read = stored(Some(2), Some("2026-11-23"), Some("v=1&spe=mg&pmt=abc"));
        let Loaded::Restored {
            situation, notices, ..
        } = load(read)
        else {
            panic!("restored");
        };
        assert_eq!(situation.specialty, Some(Specialty::GeneralPractice));
        assert_eq!(situation.pmt, None);
        assert_eq!(notices.len(), 1);
    }
}
