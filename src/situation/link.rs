//! The share link: a situation written as `v=1&spe=mg&pmt=1300…`, carried in the address's fragment.
//!
//! Decoding never fails on a single bad answer: each rejected key comes back as a French message and
//! the rest of the link is kept. Only a link that cannot be ours as a whole is refused.

use super::input::{parse_decimal, parse_whole, NumberError};
use super::{Band, HalfFte, Quotity, Sector, Situation, Specialty};
use crate::rules::date::Date;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The vocabulary's version. Bump it only with a decoder for every older version.
pub const VERSION: u32 = 1;
/// Our longest link is a few hundred characters: anything far longer is not ours.
pub const MAX_LENGTH: usize = 2_000;
/// Patient counts above this are typing errors, not patientèles.
pub const MAX_COUNT: u32 = 100_000;
pub const MAX_MEMBERS: u32 = 100;
pub const AGE_RANGE: std::ops::RangeInclusive<u32> = 18..=110;

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
                "Ce lien est trop long ({length} caractères) pour venir du simulateur : il a été ignoré."
            ),
            Refusal::FutureVersion { version } => format!(
                "Ce lien vient d'une version plus récente du simulateur (format {version}) : \
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
    Invalid { value: String, expected: String },
}

impl LinkIssue {
    pub fn french(&self) -> String {
        let key = &self.key;
        let named = match field(key) {
            Some(field) => format!("« {key} » ({})", field.label),
            None => format!("« {key} »"),
        };
        match &self.problem {
            Problem::UnknownKey => {
                format!("{named} n'est pas une réponse connue du simulateur : ignorée.")
            }
            Problem::Repeated => {
                format!("{named} apparaît plusieurs fois : seule la première valeur est retenue.")
            }
            Problem::Unreadable => {
                format!("{named} contient des caractères illisibles : réponse ignorée.")
            }
            Problem::Invalid { value, expected } => {
                format!("{named} : « {value} » n'est pas valable ({expected}) : réponse ignorée.")
            }
        }
    }
}

/// Writes the situation as a link query, keys in a fixed order.
pub fn encode(situation: &Situation) -> String {
    let mut parts = vec![format!("v={VERSION}")];
    for field in FIELDS {
        if let Some(value) = (field.write)(situation) {
            parts.push(format!("{}={}", field.key, escape(&value)));
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
    let mut seen: Vec<&'static str> = Vec::new();

    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = unescape(raw_key) else {
            issues.push(LinkIssue {
                key: display_text(raw_key),
                problem: Problem::Unreadable,
            });
            continue;
        };
        let key = key.trim().to_lowercase();
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
                .any(|i| i.key == field.key && i.problem == Problem::Repeated)
            {
                issues.push(LinkIssue {
                    key: field.key.to_string(),
                    problem: Problem::Repeated,
                });
            }
            continue;
        }
        seen.push(field.key);
        let Some(value) = unescape(raw_value) else {
            issues.push(LinkIssue {
                key: field.key.to_string(),
                problem: Problem::Unreadable,
            });
            continue;
        };
        if let Err(expected) = (field.read)(&mut situation, value.trim()) {
            issues.push(LinkIssue {
                key: field.key.to_string(),
                problem: Problem::Invalid {
                    value: display_text(&value),
                    expected,
                },
            });
        }
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
                expected: format!("version {VERSION} attendue ; lu comme version {VERSION}"),
            },
        })),
    }
}

type Read = fn(&mut Situation, &str) -> Result<(), String>;
type Write = fn(&Situation) -> Option<String>;

/// One answer of the vocabulary: its key, what it means in French, how to read and write it.
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    read: Read,
    write: Write,
}

pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|field| field.key == key)
}

fn code<T>(
    value: &str,
    from: fn(&str) -> Option<T>,
    all: &[T],
    code: fn(&T) -> &'static str,
) -> Result<T, String> {
    from(value).ok_or_else(|| {
        let codes: Vec<_> = all.iter().map(code).collect();
        format!("valeurs possibles : {}", codes.join(", "))
    })
}

pub(crate) fn count(value: &str, max: u32) -> Result<u32, String> {
    parse_whole(value, max).map_err(|error| match error {
        NumberError::TooLarge => format!("{} ; maximum {max}", error.french()),
        _ => format!("{} ; nombre entier attendu", error.french()),
    })
}

pub(crate) fn ranged(value: &str, range: std::ops::RangeInclusive<u32>) -> Result<u32, String> {
    parse_whole(value, *range.end())
        .ok()
        .filter(|v| range.contains(v))
        .ok_or_else(|| {
            format!(
                "nombre entier de {} à {} attendu",
                range.start(),
                range.end()
            )
        })
}

fn flag(value: &str) -> Result<bool, String> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err("1 pour oui, 0 pour non".to_string()),
    }
}

fn date(value: &str) -> Result<Date, String> {
    Date::parse_iso(value).ok_or_else(|| "date réelle au format AAAA-MM-JJ attendue".to_string())
}

pub(crate) fn percent_share(value: &str) -> Result<Decimal, String> {
    parse_decimal(value, Decimal::ONE_HUNDRED, 1)
        .map_err(|_| "pourcentage de 0 à 100, une décimale au plus".to_string())
}

pub(crate) fn half_fte(value: &str) -> Result<HalfFte, String> {
    parse_decimal(value, Decimal::from(MAX_MEMBERS * 2), 1)
        .ok()
        .map(|fte| fte * Decimal::TWO)
        .filter(|halves| halves.fract().is_zero() && !halves.is_zero())
        .and_then(|halves| halves.to_u32())
        .map(HalfFte)
        .ok_or_else(|| "nombre d'ETP par pas de 0,5 attendu (ex. 2 ou 2,5)".to_string())
}

fn show_flag(value: Option<bool>) -> Option<String> {
    value.map(|v| if v { "1" } else { "0" }.to_string())
}

fn show_decimal(value: Option<Decimal>) -> Option<String> {
    value.map(|v| v.normalize().to_string())
}

/// The vocabulary, version 1. Order is the order of an encoded link.
pub static FIELDS: &[Field] = &[
    Field {
        key: "spe",
        label: "spécialité",
        read: |s, v| {
            s.specialty = Some(code(v, Specialty::from_code, Specialty::ALL, |x| x.code())?);
            Ok(())
        },
        write: |s| s.specialty.map(|x| x.code().to_string()),
    },
    Field {
        key: "secteur",
        label: "secteur",
        read: |s, v| {
            s.sector = Some(code(v, Sector::from_code, Sector::ALL, |x| x.code())?);
            Ok(())
        },
        write: |s| s.sector.map(|x| x.code().to_string()),
    },
    Field {
        key: "pmt",
        label: "patientèle médecin traitant",
        read: |s, v| {
            s.pmt = Some(count(v, MAX_COUNT)?);
            Ok(())
        },
        write: |s| s.pmt.map(|x| x.to_string()),
    },
    Field {
        key: "fa",
        label: "file active",
        read: |s, v| {
            s.fa = Some(count(v, MAX_COUNT)?);
            Ok(())
        },
        write: |s| s.fa.map(|x| x.to_string()),
    },
    Field {
        key: "bande",
        label: "bande donnée par la CPAM",
        read: |s, v| {
            s.stated_band = Some(code(v, Band::from_code, Band::ALL, |x| x.code())?);
            Ok(())
        },
        write: |s| s.stated_band.map(|x| x.code().to_string()),
    },
    Field {
        key: "etp",
        label: "temps de travail de l'assistant",
        read: |s, v| {
            s.quotity = Some(code(v, Quotity::from_code, Quotity::ALL, |x| x.code())?);
            Ok(())
        },
        write: |s| s.quotity.map(|x| x.code().to_string()),
    },
    Field {
        key: "signature",
        label: "date de signature",
        read: |s, v| {
            s.signature = Some(date(v)?);
            Ok(())
        },
        write: |s| s.signature.map(Date::iso),
    },
    Field {
        key: "clinique",
        label: "part des honoraires cliniques",
        read: |s, v| {
            s.clinical_share = Some(percent_share(v)?);
            Ok(())
        },
        write: |s| show_decimal(s.clinical_share),
    },
    Field {
        key: "age",
        label: "âge",
        read: |s, v| {
            s.age = Some(ranged(v, AGE_RANGE)? as u8);
            Ok(())
        },
        write: |s| s.age.map(|x| x.to_string()),
    },
    Field {
        key: "installe",
        label: "nouvellement installé",
        read: |s, v| {
            s.newly_installed = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.newly_installed),
    },
    Field {
        key: "zip",
        label: "zone d'intervention prioritaire",
        read: |s, v| {
            s.in_zip = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.in_zip),
    },
    Field {
        key: "zac",
        label: "zone d'action complémentaire",
        read: |s, v| {
            s.in_zac = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.in_zac),
    },
    Field {
        key: "groupe",
        label: "exercice en groupe",
        read: |s, v| {
            s.group_practice = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.group_practice),
    },
    Field {
        key: "coordonne",
        label: "exercice coordonné",
        read: |s, v| {
            s.coordinated_practice = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.coordinated_practice),
    },
    Field {
        key: "objectifs",
        label: "objectifs du premier contrat atteints",
        read: |s, v| {
            s.objectives_met = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.objectives_met),
    },
    Field {
        key: "contrat1etp",
        label: "signature du contrat à 1 ETP en cours",
        read: |s, v| {
            s.first_contract_signed = Some(date(v)?);
            Ok(())
        },
        write: |s| s.first_contract_signed.map(Date::iso),
    },
    Field {
        key: "collectif",
        label: "nombre de médecins du contrat collectif",
        read: |s, v| {
            s.collective_members = Some(ranged(v, 1..=MAX_MEMBERS)?);
            Ok(())
        },
        write: |s| s.collective_members.map(|x| x.to_string()),
    },
    Field {
        key: "etpgroupe",
        label: "ETP demandés par le groupe",
        read: |s, v| {
            s.collective_fte = Some(half_fte(v)?);
            Ok(())
        },
        write: |s| s.collective_fte.map(|x| x.as_decimal().to_string()),
    },
    Field {
        key: "juniors",
        label: "membres accueillant un docteur junior",
        read: |s, v| {
            s.junior_hosts = Some(ranged(v, 0..=MAX_MEMBERS)?);
            Ok(())
        },
        write: |s| s.junior_hosts.map(|x| x.to_string()),
    },
    Field {
        key: "handicap",
        label: "handicap ou maladie chronique",
        read: |s, v| {
            s.disability = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.disability),
    },
    Field {
        key: "mixte",
        label: "activité mixte libérale et salariée",
        read: |s, v| {
            s.mixed_activity = Some(flag(v)?);
            Ok(())
        },
        write: |s| show_flag(s.mixed_activity),
    },
    Field {
        key: "pmt3",
        label: "patientèle médecin traitant en 3e année",
        read: |s, v| {
            s.pmt_year3 = Some(count(v, MAX_COUNT)?);
            Ok(())
        },
        write: |s| s.pmt_year3.map(|x| x.to_string()),
    },
    Field {
        key: "fa3",
        label: "file active en 3e année",
        read: |s, v| {
            s.fa_year3 = Some(count(v, MAX_COUNT)?);
            Ok(())
        },
        write: |s| s.fa_year3.map(|x| x.to_string()),
    },
];

/// Percent-escapes everything but unreserved characters, so a value can never break the query.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
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

/// Text from a link, made safe to show: no control characters, at most 40 characters.
fn display_text(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .take(41)
        .collect();
    if cleaned.chars().count() > 40 {
        format!("{}…", cleaned.chars().take(40).collect::<String>())
    } else {
        cleaned
    }
}
