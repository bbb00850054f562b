//! Case runner: every file of `tests/cases/` (or of `$CASES_DIR`) is a `*.toml` of `[[case]]` tables,
//! and nothing else: another file, a subfolder, a key outside a case or a file without a case fails
//! loudly rather than being skipped. Each case has a `name`, a `link` (the share-link vocabulary
//! without `v=1`) and its `verdict` (eligible, ineligible, to-confirm, incomplete), and may state
//! what else the doctor sees:
//! - `reason`: a condition code, among the *failed* conditions of an ineligible verdict, or among
//!   those to confirm of a to-confirm one; `missing`: the link keys of the answers still needed;
//!   `checks`: the state of a condition by its code (met, failed, missing, to-confirm);
//! - `aid` (ceilings of years 1..5, euros), `target_pmt`, `target_fa`, `floor_pmt`: each with its
//!   `status` beside it, so that a figure shown as confirmed instead of « estimation » is noticed;
//!   `year3_estimate`: the « Et si… » aid of year 3 for the link's `pmt3`/`fa3` (always an estimate);
//! - `status`: how sure a figure is (confirmed, secondary, estimate, unknown): `aid` (one per year,
//!   or one for every year),
//!   `target_pmt`, `target_fa`, `band`, or a condition by its code.
//!
//! Prints "N passed, M failed" and names each mismatch.

#[path = "case_runner/files.rs"]
mod files;
#[path = "case_runner/tracking.rs"]
mod tracking;

use assistant_medical::rules::eligibility::{CheckState, Verdict};
use assistant_medical::rules::facts::Status;
use assistant_medical::rules::objective::Measure;
use assistant_medical::rules::{evaluate, Outcome};
use assistant_medical::situation::link;
use files::{load, runner_refuses_what_it_cannot_read, Loaded};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A case file holds cases and nothing else: `[[cases]]`, or a key above the first `[[case]]`, is
/// refused instead of being read as nothing.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    link: String,
    verdict: String,
    reason: Option<String>,
    missing: Option<Vec<String>>,
    #[serde(default)]
    checks: BTreeMap<String, String>,
    aid: Option<Vec<u32>>,
    target_pmt: Option<u32>,
    target_fa: Option<u32>,
    floor_pmt: Option<u32>,
    /// The « Et si… » estimate of year 3's aid, from the counts `pmt3`/`fa3` of the link.
    year3_estimate: Option<u32>,
    #[serde(default)]
    status: BTreeMap<String, StatusField>,
    /// A running contract followed on a day (`rules::tracking`).
    tracking: Option<Followed>,
}

/// What a doctor under contract sees on `today`. Targets say where they come from (`origin_pmt`:
/// contract, or the rules' status); `estimate` is always checked to be labelled an estimate.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Followed {
    today: String,
    /// Why the contract cannot be followed: `missing` (answers) or `unsupported`.
    not_followed: Option<String>,
    year: Option<u32>,
    not_started: Option<bool>,
    ceiling: Option<u32>,
    revalued: Option<bool>,
    past: Option<Vec<u32>>,
    measured_from: Option<String>,
    /// The first day of the next payment's window.
    next_payment: Option<String>,
    both_required: Option<bool>,
    target_pmt: Option<u32>,
    target_fa: Option<u32>,
    origin_pmt: Option<String>,
    origin_fa: Option<String>,
    promised_pmt: Option<u32>,
    gained_pmt: Option<i64>,
    remaining_pmt: Option<u32>,
    remaining_fa: Option<u32>,
    /// Patients to gain per month until the start of year 3; 0 for no pace (past, or reached).
    pace_pmt: Option<u32>,
    pace_fa: Option<u32>,
    floor_pmt: Option<u32>,
    /// `in-full` (years 1–2) or `modulated` (from year 3).
    stake: Option<String>,
    estimate: Option<u32>,
    /// The days of the calendar's reminders.
    events: Option<Vec<String>>,
    /// The training deadline of the assistant.
    training_deadline: Option<String>,
}

/// One status, or one per contract year.
#[derive(Deserialize)]
#[serde(untagged)]
enum StatusField {
    One(String),
    PerYear(Vec<String>),
}

fn main() -> ExitCode {
    let folder = std::env::var_os("CASES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"));
    let runner_slips = runner_refuses_what_it_cannot_read();
    for slip in &runner_slips {
        eprintln!("FAIL the case runner itself: {slip}");
    }
    let Loaded { cases, problems } = match load(&folder) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("cannot read {}: {error}", folder.display());
            return ExitCode::FAILURE;
        }
    };
    for problem in &problems {
        eprintln!("FAIL {problem}");
    }
    let (mut passed, mut failed) = (0usize, problems.len() + runner_slips.len());
    for (file_name, case) in &cases {
        let mismatches = run(case);
        if mismatches.is_empty() {
            passed += 1;
        } else {
            failed += 1;
            for mismatch in mismatches {
                eprintln!("FAIL {file_name} « {} »: {mismatch}", case.name);
            }
        }
    }
    println!("{passed} passed, {failed} failed ({})", folder.display());
    if failed == 0 && passed > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every field of the case that the outcome contradicts.
fn run(case: &Case) -> Vec<String> {
    let decoded = match link::decode(&case.link) {
        Ok(decoded) => decoded,
        Err(refusal) => return vec![format!("link refused: {}", refusal.french())],
    };
    let mut mismatches: Vec<String> = decoded
        .issues
        .iter()
        .map(|issue| format!("link: {}", issue.french()))
        .collect();
    mismatches.extend(figures_without_status(case));
    let outcome = evaluate(&decoded.situation);
    mismatches.extend(verdict(case, &outcome));
    mismatches.extend(conditions(case, &outcome));
    mismatches.extend(figures(case, &outcome));
    mismatches.extend(statuses(case, &outcome));
    if let Some(followed) = &case.tracking {
        mismatches.extend(tracking::check(followed, &decoded.situation));
    }
    mismatches
}

fn verdict(case: &Case, outcome: &Outcome) -> Vec<String> {
    let verdict = outcome.verdict();
    let mut mismatches = Vec::new();
    if verdict.code() != case.verdict {
        mismatches.push(format!(
            "verdict: expected {}, got {verdict:?}",
            case.verdict
        ));
    }
    if let Some(expected) = &case.missing {
        let got: Vec<&str> = match &verdict {
            Verdict::Incomplete { missing } => missing.iter().map(|q| q.key().code()).collect(),
            _ => Vec::new(),
        };
        if got != *expected {
            mismatches.push(format!("missing: expected {expected:?}, got {got:?}"));
        }
    }
    mismatches
}

fn conditions(case: &Case, outcome: &Outcome) -> Vec<String> {
    let mut mismatches = Vec::new();
    if let Some(reason) = &case.reason {
        // The reason of a refusal is a failed condition; a to-confirm one cannot stand in for it.
        let state = match case.verdict.as_str() {
            "ineligible" => Some(CheckState::Failed),
            "to-confirm" => Some(CheckState::ToConfirm),
            _ => None,
        };
        match state {
            None => mismatches.push(format!(
                "reason: only an ineligible or to-confirm verdict has one, not {}",
                case.verdict
            )),
            Some(state) => {
                let codes = codes_in_state(outcome, &state);
                if !codes.iter().any(|code| code == reason) {
                    mismatches.push(format!(
                        "reason: expected {reason} among the {} conditions {codes:?}",
                        state.code()
                    ));
                }
            }
        }
    }
    for (code, expected) in &case.checks {
        match check_with(outcome, code) {
            Some(check) if check.state.code() == expected => {}
            Some(check) => mismatches.push(format!(
                "checks.{code}: expected {expected}, got {} ({})",
                check.state.code(),
                check.about
            )),
            None => mismatches.push(format!("checks.{code}: no such condition")),
        }
    }
    mismatches
}

fn figures(case: &Case, outcome: &Outcome) -> Vec<String> {
    let mut mismatches = Vec::new();
    if let Some(expected) = &case.aid {
        let got: Option<Vec<Decimal>> = outcome
            .primary()
            .map(|scenario| scenario.aid.years().iter().map(|y| y.amount).collect());
        let expected: Vec<Decimal> = expected.iter().map(|&euros| Decimal::from(euros)).collect();
        if got.as_ref() != Some(&expected) {
            mismatches.push(format!("aid: expected {expected:?}, got {got:?}"));
        }
    }
    let target = |measure| {
        outcome
            .primary()
            .and_then(|s| s.objective.target(measure).cloned())
    };
    let compare = |field: &str, expected: Option<u32>, got: Option<u32>| {
        expected
            .filter(|e| Some(*e) != got)
            .map(|e| format!("{field}: expected {e}, got {got:?}"))
    };
    mismatches.extend(compare(
        "target_pmt",
        case.target_pmt,
        target(Measure::Pmt).and_then(|t| t.target_count()),
    ));
    mismatches.extend(compare(
        "target_fa",
        case.target_fa,
        target(Measure::Fa).and_then(|t| t.target_count()),
    ));
    mismatches.extend(compare(
        "floor_pmt",
        case.floor_pmt,
        target(Measure::Pmt).and_then(|t| t.floor()),
    ));
    if let Some(expected) = case.year3_estimate {
        let modulated = outcome
            .primary()
            .and_then(|s| s.aid.years().get(2))
            .and_then(|year| year.modulated.as_ref());
        match modulated {
            Some(m) if m.amount == Decimal::from(expected) && m.why.status == Status::Estimate => {}
            Some(m) => mismatches.push(format!(
                "year3_estimate: expected {expected} (estimate), got {} ({:?})",
                m.amount, m.why.status
            )),
            None => mismatches.push(format!("year3_estimate: expected {expected}, got none")),
        }
    }
    mismatches
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Confirmed => "confirmed",
        Status::Secondary => "secondary",
        Status::Estimate => "estimate",
        Status::Unknown => "unknown",
    }
}

fn statuses(case: &Case, outcome: &Outcome) -> Vec<String> {
    let mut mismatches = Vec::new();
    let scenario = outcome.primary();
    for (figure, expected) in &case.status {
        let got: Option<Vec<&str>> = match figure.as_str() {
            "aid" => scenario.map(|s| {
                s.aid
                    .years()
                    .iter()
                    .map(|y| status_word(y.why.status))
                    .collect()
            }),
            "target_pmt" | "target_fa" => {
                let measure = if figure == "target_pmt" {
                    Measure::Pmt
                } else {
                    Measure::Fa
                };
                scenario
                    .and_then(|s| s.objective.target(measure))
                    .map(|t| vec![status_word(t.why.status)])
            }
            "band" => outcome
                .band
                .as_ref()
                .map(|b| vec![status_word(b.why.status)]),
            code => check_with(outcome, code).map(|c| vec![status_word(c.why.status)]),
        };
        let expected: Vec<&str> = match expected {
            // One status for the aid is the status of every year shown.
            StatusField::One(one) if figure == "aid" => {
                vec![one.as_str(); got.as_ref().map_or(1, Vec::len).max(1)]
            }
            StatusField::One(one) => vec![one.as_str()],
            StatusField::PerYear(all) => all.iter().map(String::as_str).collect(),
        };
        if got.as_ref() != Some(&expected) {
            mismatches.push(format!(
                "status.{figure}: expected {expected:?}, got {got:?}"
            ));
        }
    }
    mismatches
}

/// The first condition carrying this reason code.
fn check_with<'a>(
    outcome: &'a Outcome,
    code: &str,
) -> Option<&'a assistant_medical::rules::eligibility::Check> {
    outcome
        .eligibility
        .checks
        .iter()
        .find(|check| check.codes.iter().any(|c| c.code() == code))
}

/// Codes of the conditions in one state.
fn codes_in_state(outcome: &Outcome, state: &CheckState) -> Vec<&'static str> {
    outcome
        .eligibility
        .checks
        .iter()
        .filter(|check| check.state == *state)
        .flat_map(|check| check.codes.iter().map(|code| code.code()))
        .collect()
}

/// A figure stated without its status: the case would not notice an estimate shown as confirmed.
fn figures_without_status(case: &Case) -> Vec<String> {
    [
        ("aid", case.aid.is_some()),
        ("target_pmt", case.target_pmt.is_some()),
        ("target_fa", case.target_fa.is_some()),
    ]
    .into_iter()
    .filter(|(figure, stated)| *stated && !case.status.contains_key(*figure))
    .map(|(figure, _)| format!("{figure} is stated without status.{figure}"))
    .collect()
}
