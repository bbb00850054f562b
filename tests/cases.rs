//! Case runner: every `*.toml` in `tests/cases/` (or in `$CASES_DIR`) holds `[[case]]` tables. Each
//! case has a `name` and a `link` (the share-link vocabulary without `v=1`), and states what the
//! doctor sees, in any of these fields:
//! - `eligible` (true only for a firm "eligible"), or `verdict`: eligible, to-confirm, incomplete,
//!   ineligible;
//! - `reason`: a condition code among those failed or to confirm; `missing`: the link keys of the
//!   answers still needed; `checks`: the state of a condition by its code (met, failed, missing,
//!   to-confirm);
//! - `aid` (ceilings of years 1..5, euros), `target_pmt`, `target_fa`, `floor_pmt`;
//! - `status`: how sure a figure is (confirmed, secondary, estimate, unknown): `aid` (one per year),
//!   `target_pmt`, `target_fa`, `band`, or a condition by its code.
//!
//! Prints "N passed, M failed" and names each mismatch.

use assistant_medical::rules::eligibility::{CheckState, Verdict};
use assistant_medical::rules::facts::Status;
use assistant_medical::rules::objective::Measure;
use assistant_medical::rules::{evaluate, Outcome};
use assistant_medical::situation::link;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Deserialize)]
struct CaseFile {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    link: String,
    eligible: Option<bool>,
    verdict: Option<String>,
    reason: Option<String>,
    missing: Option<Vec<String>>,
    #[serde(default)]
    checks: BTreeMap<String, String>,
    aid: Option<Vec<u32>>,
    target_pmt: Option<u32>,
    target_fa: Option<u32>,
    floor_pmt: Option<u32>,
    #[serde(default)]
    status: BTreeMap<String, StatusField>,
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
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect(),
        Err(error) => {
            eprintln!("cannot read {}: {error}", folder.display());
            return ExitCode::FAILURE;
        }
    };
    files.sort();

    let (mut passed, mut failed) = (0usize, 0usize);
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("FAIL {}: unreadable: {error}", file.display());
                failed += 1;
                continue;
            }
        };
        let cases = match toml::from_str::<CaseFile>(&text) {
            Ok(parsed) => parsed.case,
            Err(error) => {
                eprintln!("FAIL {}: not a case file: {error}", file.display());
                failed += 1;
                continue;
            }
        };
        let file_name = file.file_name().unwrap_or_default().to_string_lossy();
        for case in cases {
            let mismatches = run(&case);
            if mismatches.is_empty() {
                passed += 1;
            } else {
                failed += 1;
                for mismatch in mismatches {
                    eprintln!("FAIL {file_name} « {} »: {mismatch}", case.name);
                }
            }
        }
    }
    println!(
        "{passed} passed, {failed} failed ({} files in {})",
        files.len(),
        folder.display()
    );
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
    if case.eligible.is_none() && case.verdict.is_none() {
        mismatches.push("states neither `eligible` nor `verdict`".to_string());
    }
    let outcome = evaluate(&decoded.situation);
    mismatches.extend(verdict(case, &outcome));
    mismatches.extend(conditions(case, &outcome));
    mismatches.extend(figures(case, &outcome));
    mismatches.extend(statuses(case, &outcome));
    mismatches
}

fn verdict(case: &Case, outcome: &Outcome) -> Vec<String> {
    let verdict = outcome.verdict();
    let mut mismatches = Vec::new();
    if let Some(expected) = case.eligible {
        if (verdict == Verdict::Eligible) != expected {
            mismatches.push(format!("eligible: expected {expected}, got {verdict:?}"));
        }
    }
    if let Some(expected) = &case.verdict {
        if verdict.code() != expected {
            mismatches.push(format!("verdict: expected {expected}, got {verdict:?}"));
        }
    }
    if let Some(expected) = &case.missing {
        let got: Vec<&str> = match &verdict {
            Verdict::Incomplete { missing } => missing.iter().map(|q| q.key()).collect(),
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
        let unmet = unmet_codes(outcome);
        if !unmet.iter().any(|code| code == reason) {
            mismatches.push(format!("reason: expected {reason} among {unmet:?}"));
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

/// Codes of the conditions failed, or left for the CPAM to decide.
fn unmet_codes(outcome: &Outcome) -> Vec<&'static str> {
    outcome
        .eligibility
        .checks
        .iter()
        .filter(|check| matches!(check.state, CheckState::Failed | CheckState::ToConfirm))
        .flat_map(|check| check.codes.iter().map(|code| code.code()))
        .collect()
}
