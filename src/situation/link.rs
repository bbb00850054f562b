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
/// Messages listed for one link; the rest are counted in a last message.
pub const MAX_ISSUES: usize = 12;

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
            Problem::More { count } => format!("Et {count} autres éléments du lien ignorés."),
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
                expected: format!("version {VERSION} attendue ; lu comme version {VERSION}"),
            },
        })),
    }
}

type Read = fn(&mut Situation, &str) -> Result<(), String>;
type Write = fn(&Situation) -> Option<String>;
type Clear = fn(&mut Situation);

/// One answer of the vocabulary: its key, what it means in French, how to read, write and clear it.
/// The form binds its fields to these too, so a typed answer and a linked one read the same way.
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub read: Read,
    pub write: Write,
    pub clear: Clear,
}

pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|field| field.key == key)
}

/// A field of the situation read with `parse` and written with `show`.
macro_rules! field {
    ($key:literal, $label:literal, $name:ident, $parse:expr, $show:expr) => {
        Field {
            key: $key,
            label: $label,
            read: |situation, text| {
                situation.$name = Some($parse(text)?);
                Ok(())
            },
            write: |situation| situation.$name.as_ref().map($show),
            clear: |situation| situation.$name = None,
        }
    };
}

/// Reads an enum by its code, listing the codes when it is not one.
macro_rules! coded {
    ($type:ty) => {
        |text: &str| {
            <$type>::from_code(text).ok_or_else(|| {
                let codes: Vec<_> = <$type>::ALL.iter().map(|value| value.code()).collect();
                format!("valeurs possibles : {}", codes.join(", "))
            })
        }
    };
}

pub(crate) fn count(value: &str, max: u32) -> Result<u32, String> {
    parse_whole(value, max).map_err(|error| match error {
        NumberError::TooLarge => format!("{} ; maximum {max}", error.french()),
        _ => format!("{} ; nombre entier attendu", error.french()),
    })
}

pub(crate) fn patient_count(value: &str) -> Result<u32, String> {
    count(value, MAX_COUNT)
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

fn age(value: &str) -> Result<u8, String> {
    ranged(value, AGE_RANGE).map(|age| age as u8)
}

fn members(value: &str) -> Result<u32, String> {
    ranged(value, 1..=MAX_MEMBERS)
}

fn juniors(value: &str) -> Result<u32, String> {
    ranged(value, 0..=MAX_MEMBERS)
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

/// Gross monthly salary for full time: euros and cents, up to 20 000 €.
pub(crate) fn salary(value: &str) -> Result<Decimal, String> {
    parse_decimal(value, Decimal::from(20_000), 2)
        .ok()
        .filter(|salary| !salary.is_zero())
        .ok_or_else(|| "montant en euros de 1 à 20 000, deux décimales au plus".to_string())
}

/// Employer charges in % of the gross salary.
pub(crate) fn charges_rate(value: &str) -> Result<Decimal, String> {
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

fn show_number<T: ToString>(value: &T) -> String {
    value.to_string()
}

fn show_flag(value: &bool) -> String {
    if *value { "1" } else { "0" }.to_string()
}

fn show_date(value: &Date) -> String {
    value.iso()
}

fn show_code<T: Copy>(code: fn(T) -> &'static str) -> impl Fn(&T) -> String {
    move |value| code(*value).to_string()
}

/// "79.5": the link's decimal form (a dot, no grouping).
fn show_decimal(value: &Decimal) -> String {
    crate::format::decimal(*value, 2).replace(',', ".")
}

fn show_half_fte(value: &HalfFte) -> String {
    value.french().replace(',', ".")
}

/// The vocabulary, version 1. Order is the order of an encoded link.
pub static FIELDS: &[Field] = &[
    field!(
        "spe",
        "spécialité",
        specialty,
        coded!(Specialty),
        show_code(Specialty::code)
    ),
    field!(
        "secteur",
        "secteur",
        sector,
        coded!(Sector),
        show_code(Sector::code)
    ),
    field!(
        "pmt",
        "patientèle médecin traitant",
        pmt,
        patient_count,
        show_number
    ),
    field!("fa", "file active", fa, patient_count, show_number),
    field!(
        "bande",
        "bande donnée par la CPAM",
        stated_band,
        coded!(Band),
        show_code(Band::code)
    ),
    field!(
        "etp",
        "temps de travail de l'assistant",
        quotity,
        coded!(Quotity),
        show_code(Quotity::code)
    ),
    field!("signature", "date de signature", signature, date, show_date),
    field!(
        "clinique",
        "part des honoraires cliniques",
        clinical_share,
        percent_share,
        show_decimal
    ),
    field!("age", "âge", age, age, show_number),
    field!(
        "installe",
        "nouvellement installé",
        newly_installed,
        flag,
        show_flag
    ),
    field!(
        "zip",
        "zone d'intervention prioritaire",
        in_zip,
        flag,
        show_flag
    ),
    field!(
        "zac",
        "zone d'action complémentaire",
        in_zac,
        flag,
        show_flag
    ),
    field!(
        "groupe",
        "exercice en groupe",
        group_practice,
        flag,
        show_flag
    ),
    field!(
        "coordonne",
        "exercice coordonné",
        coordinated_practice,
        flag,
        show_flag
    ),
    field!(
        "objectifs",
        "objectifs du premier contrat atteints",
        objectives_met,
        flag,
        show_flag
    ),
    field!(
        "contrat1etp",
        "signature du contrat à 1 ETP en cours",
        first_contract_signed,
        date,
        show_date
    ),
    field!(
        "collectif",
        "nombre de médecins du contrat collectif",
        collective_members,
        members,
        show_number
    ),
    field!(
        "etpgroupe",
        "ETP demandés par le groupe",
        collective_fte,
        half_fte,
        show_half_fte
    ),
    field!(
        "juniors",
        "membres accueillant un docteur junior",
        junior_hosts,
        juniors,
        show_number
    ),
    field!(
        "handicap",
        "handicap ou maladie chronique",
        disability,
        flag,
        show_flag
    ),
    field!(
        "mixte",
        "activité mixte libérale et salariée",
        mixed_activity,
        flag,
        show_flag
    ),
    field!(
        "pmt3",
        "patientèle médecin traitant en 3e année",
        pmt_year3,
        patient_count,
        show_number
    ),
    field!(
        "fa3",
        "file active en 3e année",
        fa_year3,
        patient_count,
        show_number
    ),
    field!(
        "salaire",
        "salaire brut mensuel à temps plein",
        monthly_salary,
        salary,
        show_decimal
    ),
    field!(
        "charges",
        "taux de charges patronales",
        employer_charges,
        charges_rate,
        show_decimal
    ),
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
