//! The vocabulary of a link, one line per key: what it means in French, how to read, write and clear
//! it. The form binds its fields to these too, so a typed answer and a linked one read the same way.
//! Add keys, never change the meaning of one (the format is public).

use super::numbers::{parse_decimal, parse_whole, write_decimal, NumberError};
use crate::date::Date;
use crate::percent::Percent;
use crate::situation::{Band, HalfFte, Quotity, Sector, Situation, Specialty};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Patient counts above this are typing errors, not patientèles.
pub const MAX_COUNT: u32 = 100_000;
pub const MAX_MEMBERS: u32 = 100;
pub const AGE_RANGE: std::ops::RangeInclusive<u32> = 18..=110;

type Read = fn(&mut Situation, &str) -> Result<(), String>;
type Write = fn(&Situation) -> Option<String>;
type Clear = fn(&mut Situation);

pub struct Field {
    pub key: Key,
    pub label: &'static str,
    pub read: Read,
    pub write: Write,
    pub clear: Clear,
}

/// The field of a key as written in a link, if it is one of ours.
pub fn field(code: &str) -> Option<&'static Field> {
    Key::from_code(code).map(Key::field)
}

/// A field of the situation read with `parse` and written with `show`.
macro_rules! field {
    ($key:expr, $label:literal, $name:ident, $parse:expr, $show:expr) => {
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

/// The vocabulary: each answer named once, as a `Key` variant with its code in the link, and its
/// field. Every place that turns a key into something else (a question, a screen, a line of « Vos
/// réponses ») matches on `Key` exhaustively, so a new answer does not build until each has it.
macro_rules! vocabulary {
    ($($variant:ident = $code:literal, $label:literal, $name:ident, $parse:expr, $show:expr;)+) => {
        /// An answer, by the key that carries it in a link.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $($variant),+
        }

        impl Key {
            /// Every key, in the order of an encoded link.
            pub const ALL: &'static [Key] = &[$(Key::$variant),+];

            /// The key as written in a link (`pmt`, `signature`…): a public format, never changed.
            pub fn code(self) -> &'static str {
                match self {
                    $(Key::$variant => $code),+
                }
            }

            pub fn from_code(code: &str) -> Option<Key> {
                Key::ALL.iter().copied().find(|key| key.code() == code)
            }

            /// How the answer is read, written and cleared.
            pub fn field(self) -> &'static Field {
                &FIELDS[self as usize]
            }
        }

        /// The fields, in the order of `Key` (an encoded link's order).
        pub static FIELDS: &[Field] = &[$(field!(Key::$variant, $label, $name, $parse, $show)),+];
    };
}

/// Reads an enum by its code, listing the codes when it is not one.
macro_rules! coded {
    ($type:ty) => {
        |text: &str| {
            <$type>::from_code(text).ok_or_else(|| {
                let codes: Vec<_> = <$type>::ALL.iter().map(|value| value.code()).collect();
                format!("valeurs possibles : {}", codes.join(", "))
            })
        }
    };
}

// The vocabulary, version 1. Add keys, never change the meaning of one (the format is public).
#[rustfmt::skip]
vocabulary! {
    Specialty = "spe", "spécialité", specialty, coded!(Specialty), show_code(Specialty::code);
    Sector = "secteur", "secteur", sector, coded!(Sector), show_code(Sector::code);
    Pmt = "pmt", "patientèle médecin traitant", pmt, patient_count, show_number;
    Fa = "fa", "file active", fa, patient_count, show_number;
    Band = "bande", "bande donnée par la CPAM", stated_band, coded!(Band), show_code(Band::code);
    Quotity = "etp", "temps de travail de l'assistant", quotity, coded!(Quotity), show_code(Quotity::code);
    Signature = "signature", "date de signature", signature, date, show_date;
    ClinicalShare = "clinique", "part des honoraires cliniques", clinical_share, percent_share, show_percent;
    Age = "age", "âge", age, age, show_number;
    NewlyInstalled = "installe", "nouvellement installé", newly_installed, flag, show_flag;
    Zip = "zip", "zone d'intervention prioritaire", in_zip, flag, show_flag;
    Zac = "zac", "zone d'action complémentaire", in_zac, flag, show_flag;
    GroupPractice = "groupe", "exercice en groupe", group_practice, flag, show_flag;
    Coordination = "coordonne", "exercice coordonné", coordinated_practice, flag, show_flag;
    ManyChildren = "moins16", "beaucoup de patients de moins de 16 ans", many_children, flag, show_flag;
    ObjectivesMet = "objectifs", "objectifs du premier contrat atteints", objectives_met, flag, show_flag;
    FirstContract = "contrat1etp", "signature du contrat à 1 ETP en cours", first_contract_signed, date, show_date;
    CollectiveMembers = "collectif", "nombre de médecins du contrat collectif", collective_members, members, show_number;
    CollectiveFte = "etpgroupe", "ETP demandés par le groupe", collective_fte, half_fte, show_half_fte;
    JuniorHosts = "juniors", "membres accueillant un docteur junior", junior_hosts, juniors, show_number;
    TrainingSite = "stage", "structure agréée terrain de stage", training_site, flag, show_flag;
    Disability = "handicap", "handicap ou maladie chronique", disability, flag, show_flag;
    MixedActivity = "mixte", "activité mixte libérale et salariée", mixed_activity, flag, show_flag;
    PmtYear3 = "pmt3", "patientèle médecin traitant en 3e année", pmt_year3, patient_count, show_number;
    FaYear3 = "fa3", "file active en 3e année", fa_year3, patient_count, show_number;
    Salary = "salaire", "salaire brut mensuel à temps plein", monthly_salary, salary, show_decimal;
    EmployerCharges = "charges", "taux de charges patronales", employer_charges, percent_share, show_percent;
    Tracking = "suivi", "suivi d'un contrat signé", tracking, flag, show_flag;
    ContractTargetPmt = "objpmt", "objectif de patientèle médecin traitant du contrat", contract_target_pmt, patient_count, show_number;
    ContractTargetFa = "objfa", "objectif de file active du contrat", contract_target_fa, patient_count, show_number;
    PmtToday = "pmtjour", "patientèle médecin traitant aujourd'hui", pmt_today, patient_count, show_number;
    FaToday = "fajour", "file active aujourd'hui", fa_today, patient_count, show_number;
    CountsReadOn = "releve", "date du relevé sur ameli pro", counts_read_on, date, show_date;
    HiredOn = "embauche", "date d'embauche de l'assistant", hired_on, date, show_date;
}

pub(crate) fn count(value: &str, max: u32) -> Result<u32, String> {
    parse_whole(value, max).map_err(|error| match error {
        NumberError::TooLarge => format!("{} ; maximum {max}", error.french()),
        _ => format!("{} ; nombre entier attendu", error.french()),
    })
}

fn patient_count(value: &str) -> Result<u32, String> {
    count(value, MAX_COUNT)
}

fn ranged(value: &str, range: std::ops::RangeInclusive<u32>) -> Result<u32, String> {
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

/// A percentage from 0 to 100, one decimal at most.
fn percent_share(value: &str) -> Result<Percent, String> {
    parse_decimal(value, Decimal::ONE_HUNDRED, 1)
        .map(Percent::points)
        .map_err(|_| "pourcentage de 0 à 100, une décimale au plus".to_string())
}

/// Gross monthly salary for full time: euros and cents, up to 20 000 €.
fn salary(value: &str) -> Result<Decimal, String> {
    parse_decimal(value, Decimal::from(20_000), 2)
        .ok()
        .filter(|salary| !salary.is_zero())
        .ok_or_else(|| "montant en euros de 1 à 20 000, deux décimales au plus".to_string())
}

fn half_fte(value: &str) -> Result<HalfFte, String> {
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

fn show_decimal(value: &Decimal) -> String {
    write_decimal(*value)
}

fn show_percent(value: &Percent) -> String {
    write_decimal(value.as_points())
}

fn show_half_fte(value: &HalfFte) -> String {
    write_decimal(value.as_decimal())
}
