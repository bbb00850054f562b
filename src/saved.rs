//! The simulations kept on the device (« Mes simulations »): each a versioned envelope around the
//! share-link vocabulary, under a key of its own, so that a saved, a typed and a shared simulation
//! are read by the same decoder, and another window's change to one is one storage event.
//!
//! The JSON text itself is the caller's: in the browser, `JSON.parse` and `JSON.stringify` (no JSON
//! parser in the WebAssembly: serde's machinery alone weighed 9.5 KB compressed, 6 % of the budget).
//!
//! A value we cannot read is never dropped: the caller moves it under [`SET_ASIDE_KEY`] and tells the
//! doctor. Older envelopes are migrated forward, one schema at a time:
//! - schema 1: `{"schema":1,"answers":"v=1&…"}`, the one simulation, under [`OLD_KEY`];
//! - schema 2 adds `saved_on`, the day of the last save;
//! - schema 3 keeps several simulations, one key each (`assistant-medical/simulations/<id>`), each
//!   saying where it came from (`origin`: typed, or a link received) and the day it was created.

use crate::date::Date;
use crate::situation::link;
use crate::situation::{Quotity, Situation};

/// Every key this app writes starts with this.
pub const PREFIX: &str = "assistant-medical/";
/// Where schemas 1 and 2 kept the one simulation: read once, moved to a simulation of its own.
pub const OLD_KEY: &str = "assistant-medical/reponses";
/// Each simulation under this, followed by its identifier.
pub const SIMULATIONS: &str = "assistant-medical/simulations/";
/// The simulation on screen and the screen, one per line: where the doctor lands back.
pub const CURRENT_KEY: &str = "assistant-medical/courante";
/// Where unreadable saved values are kept (one key each), so that nothing the doctor typed is lost.
pub const SET_ASIDE_KEY: &str = "assistant-medical/mises-de-cote";
pub const SCHEMA: u64 = 3;

/// The key of a simulation.
pub fn key(id: &str) -> String {
    format!("{SIMULATIONS}{id}")
}

/// The simulation a key holds, if it is one.
pub fn id_of(key: &str) -> Option<&str> {
    key.strip_prefix(SIMULATIONS).filter(|id| !id.is_empty())
}

/// Where a simulation came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Typed on this device.
    Typed,
    /// Opened from a shared link.
    Link,
}

impl Origin {
    pub fn code(self) -> &'static str {
        match self {
            Origin::Typed => "saisie",
            Origin::Link => "lien",
        }
    }

    fn from_code(code: Option<&str>) -> Origin {
        match code {
            Some("lien") => Origin::Link,
            _ => Origin::Typed,
        }
    }
}

/// What is written: `{"schema":3,"origin":"saisie","created_on":"…","saved_on":"…","answers":"v=1&…"}`.
#[derive(Debug, PartialEq, Eq)]
pub struct Envelope {
    pub schema: u64,
    pub origin: &'static str,
    pub created_on: String,
    pub saved_on: String,
    /// The answers in the share-link vocabulary (`v=1&spe=mg…`).
    pub answers: String,
}

/// What was read back, every field optional: a foreign object still reads, and is recognised as such.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stored {
    pub schema: Option<u64>,
    pub origin: Option<String>,
    pub created_on: Option<String>,
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

/// A simulation read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Simulation {
    pub situation: Situation,
    pub origin: Origin,
    pub created_on: Option<Date>,
    /// The day of the last save, when the envelope says it.
    pub saved_on: Option<Date>,
}

impl Simulation {
    /// Its name in « Mes simulations », said from its answers so that it stays true: « Mon contrat
    /// du 1er octobre 2023 · 1/2 ETP », « Projet · 1 ETP, signature le 1er mars 2025 », « Lien reçu
    /// le 6 décembre 2026 · … ».
    pub fn name(&self) -> String {
        let s = &self.situation;
        let option = s.quotity.map(short_option);
        let what = match (s.is_tracking(), s.signature) {
            (true, Some(day)) => format!("Mon contrat du {}", day.french()),
            (true, None) => "Mon contrat".to_string(),
            (false, Some(day)) if s.is_collective() => {
                format!("Contrat collectif, signature le {}", day.french())
            }
            (false, Some(day)) => format!("Projet, signature le {}", day.french()),
            (false, None) => "Projet".to_string(),
        };
        let what = match option {
            Some(option) => format!("{what} · {option}"),
            None => what,
        };
        match (self.origin, self.created_on) {
            (Origin::Link, Some(day)) => format!("Lien reçu le {} · {what}", day.french()),
            (Origin::Link, None) => format!("Lien reçu · {what}"),
            (Origin::Typed, _) => what,
        }
    }
}

/// "1/2 ETP": an option in few words.
fn short_option(quotity: Quotity) -> &'static str {
    match quotity {
        Quotity::Third => "1/3 ETP",
        Quotity::Half => "1/2 ETP",
        Quotity::Full => "1 ETP",
        Quotity::OneAndHalf => "1,5 ETP",
        Quotity::Two => "2 ETP",
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Loaded {
    Empty,
    Restored {
        simulation: Box<Simulation>,
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

/// What to save for a simulation, today.
pub fn envelope(simulation: &Simulation, today: Date) -> Envelope {
    Envelope {
        schema: SCHEMA,
        origin: simulation.origin.code(),
        created_on: simulation.created_on.unwrap_or(today).iso(),
        saved_on: today.iso(),
        answers: link::encode(&simulation.situation),
    }
}

pub fn load(read: Read) -> Loaded {
    let unreadable = |why: &str| Loaded::SetAside {
        reason: format!(
            "Une simulation enregistrée n'a pas pu être relue ({why}). Elle a été mise de côté sur \
             cet appareil, sans être effacée."
        ),
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
            reason: "Une simulation a été enregistrée par une version plus récente du simulateur. \
                     Elle a été mise de côté, sans être effacée : rechargez la page pour obtenir \
                     cette version."
                .to_string(),
        };
    }
    let Some(answers) = stored.answers else {
        return unreadable("format inconnu");
    };
    match link::decode(&answers) {
        Ok(decoded) => {
            // Schema 1 had no date; a damaged date is only a lost detail.
            let saved_on = stored.saved_on.as_deref().and_then(Date::parse_iso);
            Loaded::Restored {
                simulation: Box::new(Simulation {
                    situation: decoded.situation,
                    origin: Origin::from_code(stored.origin.as_deref()),
                    created_on: stored
                        .created_on
                        .as_deref()
                        .and_then(Date::parse_iso)
                        .or(saved_on),
                    saved_on,
                }),
                migrated: schema < SCHEMA,
                notices: decoded
                    .issues
                    .iter()
                    .map(|issue| format!("Réponse enregistrée non relue : {}", issue.french()))
                    .collect(),
            }
        }
        Err(refusal) => unreadable(&refusal.french()),
    }
}

/// Where the doctor was: the simulation on screen and the screen's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Current {
    pub id: String,
    pub screen: String,
}

impl Current {
    /// `id`, a new line, the screen's code.
    pub fn write(&self) -> String {
        format!("{}\n{}", self.id, self.screen)
    }

    pub fn read(text: &str) -> Option<Current> {
        let (id, screen) = text.split_once('\n').unwrap_or((text, ""));
        let id = id.trim();
        (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric())).then(|| Current {
            id: id.to_string(),
            screen: screen.trim().to_string(),
        })
    }
}

#[cfg(test)]
mod tests;
