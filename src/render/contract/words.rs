//! The contract's figures in the doctor's words: « +80 patients sur les +188 promis (selon votre
//! contrat) », the pace to hold, where a target comes from.

use crate::format;
use crate::rules::facts::Status;
use crate::rules::tracking::{Goal, Origin, Progress, Tracking};

/// Where a target comes from, as a badge: « selon votre contrat » is never an estimate.
pub(super) fn status_of(origin: Origin) -> Status {
    match origin {
        Origin::Contract => Status::Confirmed,
        Origin::Rules(status) => status,
    }
}
pub(super) fn origin_words(origin: Origin) -> &'static str {
    match origin {
        Origin::Contract => "selon votre contrat",
        Origin::Rules(Status::Estimate) => "notre estimation",
        Origin::Rules(Status::Unknown) => "fixé par votre CPAM",
        Origin::Rules(_) => "selon les règles de votre contrat",
    }
}
/// « +80 patients », « sur les +188 promis (selon votre contrat) · 108 à gagner ».
pub(super) fn progress_words(progress: &Progress) -> (String, String) {
    let origin = origin_words(progress.origin);
    let patients = progress.measure.patients();
    match (progress.goal, progress.gained(), progress.promised()) {
        (Goal::Unknown, _, _) => (
            "À indiquer".to_string(),
            format!(
                "l'objectif de {} est dans votre contrat",
                progress.measure.label()
            ),
        ),
        (Goal::Keep { floor }, _, _) => match progress.today {
            Some(reading) => (
                format!("{} aujourd'hui", format::count(reading.count)),
                format!(
                    "{patients} : garder au moins {} ({origin})",
                    format::count(floor)
                ),
            ),
            None => (
                format!("Garder {}", format::count(floor)),
                format!("{patients} au moins ({origin}) · indiquez le nombre d'aujourd'hui"),
            ),
        },
        (Goal::Reach { .. }, Some(gained), Some(promised)) => {
            let remaining = progress.remaining().unwrap_or(0);
            let signed = if gained < 0 { "−" } else { "+" };
            (
                format!("{signed}{}", format::patients(gained.unsigned_abs() as u32)),
                format!(
                    "sur les +{} promis ({origin}) · {}",
                    format::count(promised),
                    if remaining == 0 {
                        "objectif atteint".to_string()
                    } else {
                        format!("{} à gagner", format::count(remaining))
                    }
                ),
            )
        }
        (Goal::Reach { target }, _, Some(promised)) => (
            format!("+{}", format::patients(promised)),
            format!(
                "à gagner, soit {} ({origin}) · indiquez le nombre d'aujourd'hui (ameli pro)",
                format::count(target)
            ),
        ),
        (Goal::Reach { target }, _, None) => (
            format::count(target),
            format!("{patients} visés ({origin}) · indiquez le nombre de départ de votre contrat"),
        ),
    }
}
/// « 59 par mois », « jusqu'au 1er mars 2026, début de la 3e année », or since when it counts.
pub(super) fn pace_words(progress: &Progress, tracked: &Tracking) -> Option<(String, String)> {
    if let Some(pace) = progress.pace {
        return Some((
            format!("{} patients par mois", format::count(pace.per_month)),
            format!(
                "pendant {} mois, jusqu'au {} (début de la 3e année, quand l'objectif commence à \
                 compter).",
                pace.months,
                pace.until.french()
            ),
        ));
    }
    (tracked.measured_from <= tracked.today).then(|| {
        (
            "L'objectif compte".to_string(),
            format!(
                "depuis le {}, début de la 3e année.",
                tracked.measured_from.french()
            ),
        )
    })
}
