//! Case runner: every `*.toml` in `tests/cases/` (or in `$CASES_DIR`) holds `[[case]]` tables:
//! `name`, `link` (the share-link vocabulary without `v=1`), `eligible`, and optionally `reason`,
//! `aid` (ceilings of years 1..5, euros), `target_pmt`, `target_fa`, `floor_pmt`.

use assistant_medical::rules::eligibility::{CheckState, Verdict};
use assistant_medical::rules::objective::Measure;
use assistant_medical::rules::{evaluate, Outcome};
use assistant_medical::situation::link;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Deserialize)]
struct CaseFile {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    link: String,
    eligible: bool,
    reason: Option<String>,
    aid: Option<Vec<u32>>,
    target_pmt: Option<u32>,
    target_fa: Option<u32>,
    floor_pmt: Option<u32>,
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
    let outcome = evaluate(&decoded.situation);
    let verdict = outcome.verdict();

    let eligible = verdict == Verdict::Eligible;
    if eligible != case.eligible {
        mismatches.push(format!(
            "eligible: expected {}, got {verdict:?}",
            case.eligible
        ));
    }
    if let Some(reason) = &case.reason {
        let unmet = unmet_codes(&outcome);
        if !unmet.iter().any(|code| code == reason) {
            mismatches.push(format!("reason: expected {reason} among {unmet:?}"));
        }
    }
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
