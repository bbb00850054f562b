//! The share link's codec: a situation written as `v=1&spe=mg&pmt=1300…`, carried in the address's
//! fragment. The keys are in `fields`, the number forms in `numbers`.
//!
//! Decoding never fails on a single bad answer: each rejected key comes back as a French message and
//! the rest of the link is kept. Only a link that cannot be ours as a whole is refused.

mod fields;
pub mod numbers;

pub use fields::{field, Field, Key, FIELDS, MAX_COUNT, MAX_MEMBERS};

use super::Situation;
use numbers::{parse_whole, NumberError};

/// The vocabulary's version. Bump it only with a decoder for every older version.
pub const VERSION: u32 = 1;
/// Our longest link is a few hundred characters: anything far longer is not ours.
pub const MAX_LENGTH: usize = 2_000;
/// Messages listed for one link, kept short; the rest are counted in a last message.
pub const MAX_ISSUES: usize = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub situation: Situation,
    pub issues: Vec<LinkIssue>,
}

/// Why a whole link was set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    TooLong { length: usize },
    FutureVersion { version: String },
}

impl Refusal {
    pub fn french(&self) -> String {
        match self {
            Refusal::TooLong { length } => format!(
                "Ce lien est trop long ({length} caractères) pour venir du simulateur : il a été ignoré."
            ),
            Refusal::FutureVersion { version } => format!(
                "Ce lien vient d'une version plus récente du simulateur (format {version}) : \
                 mettez l'application à jour, puis rouvrez le lien."
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkIssue {
    /// The key as written in the link, cleaned for display.
    pub key: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownKey,
    Repeated,
    Unreadable,
    Invalid {
        value: String,
        expected: String,
    },
    /// More problems than we list.
    More {
        count: usize,
    },
}

impl LinkIssue {
    pub fn french(&self) -> String {
        let key = if self.key.is_empty() {
            "(clé vide)"
        } else {
            &self.key
        };
        let named = match field(key) {
            Some(field) => format!("« {key} » ({})", field.label),
            None => format!("« {key} »"),
        };
        match &self.problem {
            Problem::UnknownKey => {
                format!("{named} n'est pas une réponse connue du simulateur : ignorée.")
            }
            Problem::Repeated => {
                format!("{named} apparaît plusieurs fois : seule la première valeur est retenue.")
            }
            Problem::Unreadable => {
                format!("{named} contient des caractères illisibles : réponse ignorée.")
            }
            Problem::Invalid { value, expected } => {
                format!("{named} : « {value} » n'est pas valable ({expected}) : réponse ignorée.")
            }
            Problem::More { count } => format!("Et {count} autres éléments du lien ignorés."),
        }
    }
}

/// Writes the situation as a link query, keys in a fixed order.
pub fn encode(situation: &Situation) -> String {
    let mut parts = vec![format!("v={VERSION}")];
    for field in FIELDS {
        if let Some(value) = (field.write)(situation) {
            parts.push(format!("{}={}", field.key.code(), escape(&value)));
        }
    }
    parts.join("&")
}

/// Reads a link query (with or without a leading `#` or `?`, with or without `v=`).
pub fn decode(query: &str) -> Result<Decoded, Refusal> {
    if query.len() > MAX_LENGTH {
        return Err(Refusal::TooLong {
            length: query.chars().count(),
        });
    }
    let query = query.trim_start_matches(['#', '?']);
    let mut situation = Situation::default();
    let mut issues = Vec::new();
    let mut seen: Vec<Key> = Vec::new();

    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = unescape(raw_key) else {
            issues.push(LinkIssue {
                key: display_text(raw_key),
                problem: Problem::Unreadable,
            });
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        if key == "v" {
            if let Some(issue) = check_version(raw_value)? {
                issues.push(issue);
            }
            continue;
        }
        let Some(field) = field(&key) else {
            let key = display_text(&key);
            let already_reported = issues
                .iter()
                .any(|i| i.key == key && i.problem == Problem::UnknownKey);
            if !already_reported {
                issues.push(LinkIssue {
                    key,
                    problem: Problem::UnknownKey,
                });
            }
            continue;
        };
        if seen.contains(&field.key) {
            if !issues
                .iter()
                .any(|i| i.key == field.key.code() && i.problem == Problem::Repeated)
            {
                issues.push(LinkIssue {
                    key: field.key.code().to_string(),
                    problem: Problem::Repeated,
                });
            }
            continue;
        }
        seen.push(field.key);
        let Some(value) = unescape(raw_value) else {
            issues.push(LinkIssue {
                key: field.key.code().to_string(),
                problem: Problem::Unreadable,
            });
            continue;
        };
        if let Err(expected) = (field.read)(&mut situation, value.trim()) {
            issues.push(LinkIssue {
                key: field.key.code().to_string(),
                problem: Problem::Invalid {
                    value: display_text(&value),
                    expected,
                },
            });
        }
    }
    if issues.len() > MAX_ISSUES {
        let count = issues.len() - MAX_ISSUES;
        issues.truncate(MAX_ISSUES);
        issues.push(LinkIssue {
            key: String::new(),
            problem: Problem::More { count },
        });
    }
    Ok(Decoded { situation, issues })
}

fn check_version(raw: &str) -> Result<Option<LinkIssue>, Refusal> {
    let text = unescape(raw).unwrap_or_default();
    match parse_whole(&text, u32::MAX) {
        Ok(VERSION) => Ok(None),
        Ok(version) if version > VERSION => Err(Refusal::FutureVersion {
            version: version.to_string(),
        }),
        Err(NumberError::TooLarge) => Err(Refusal::FutureVersion {
            version: display_text(&text),
        }),
        _ => Ok(Some(LinkIssue {
            key: "v".to_string(),
            problem: Problem::Invalid {
                value: display_text(&text),
                expected: format!("version {VERSION} attendue ; lu comme version {VERSION}"),
            },
        })),
    }
}

/// Percent-escapes everything but unreserved characters and the slash of "1/2", so a value can never
/// break the query.
fn escape(value: &str) -> String {
    escape_keeping(value, b"/")
}

/// Percent-escapes everything but unreserved characters: for any part of an address (a mail's
/// subject, a form's parameter).
pub fn escape_component(value: &str) -> String {
    escape_keeping(value, b"")
}

fn escape_keeping(value: &str, also_kept: &[u8]) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~')
            || also_kept.contains(&byte)
        {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-decoding with `+` as a space; `None` when the bytes are not UTF-8.
fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match bytes
                .get(i + 1..i + 3)
                .and_then(|pair| hex_pair(pair[0], pair[1]))
            {
                Some(byte) => {
                    out.push(byte);
                    i += 3;
                }
                // A lone "%" stays as it is, as browsers do.
                None => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn hex_pair(high: u8, low: u8) -> Option<u8> {
    let digit = |b: u8| char::from(b).to_digit(16);
    Some((digit(high)? * 16 + digit(low)?) as u8)
}

/// Text from a link, made safe to show: a value holding markup or control characters is not shown at
/// all (it can only be an attack or an accident), the rest is cut at 24 characters.
fn display_text(text: &str) -> String {
    const MARKUP: &str = "<>\"'`&{}()[];=\\";
    if text.chars().any(|c| c.is_control() || MARKUP.contains(c)) {
        return "(non affichée)".to_string();
    }
    if text.chars().count() > 24 {
        format!("{}…", text.chars().take(24).collect::<String>())
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::percent::Percent;
    use crate::situation::HalfFte;
    use rust_decimal::Decimal;

    #[test]
    fn decimals_of_a_thousand_or_more_travel_as_ascii() {
        let situation = Situation {
            monthly_salary: Some(Decimal::new(200_050, 2)),
            employer_charges: Some(Percent::points(Decimal::new(425, 1))),
            clinical_share: Some(Percent::points(Decimal::new(795, 1))),
            collective_fte: Some(HalfFte(399)),
            pmt: Some(12_345),
            ..Situation::default()
        };
        let link = encode(&situation);
        assert!(link.is_ascii(), "{link}");
        assert!(!link.contains('%'), "{link}");
        assert!(link.contains("salaire=2000.5&"), "{link}");
        assert!(link.contains("etpgroupe=199.5"), "{link}");
        assert_eq!(decode(&link).map(|d| d.situation), Ok(situation));
    }
}
