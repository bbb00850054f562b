//! Only `src/rules/versions/` knows about the legal texts: no other source file (tests apart) names a
//! version's module or writes one of its dates. A new text is then one file in `versions/` plus its
//! case file. The dates are read from the versions themselves, in every form code could write them.

use assistant_medical::date::Date;
use assistant_medical::rules::model::{FullTimeAccess, RuleVersion};
use assistant_medical::rules::versions;
use std::path::{Path, PathBuf};

fn source_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "html")
        {
            found.push(path);
        }
    }
}

/// Every date a version or an amount table is keyed by.
fn text_dates() -> Vec<Date> {
    let mut dates = Vec::new();
    let mut add = |version: &RuleVersion| {
        dates.push(version.signed_from);
        dates.extend(version.signed_until);
        dates.extend(version.eligibility.third_time_closed_from.value);
        if let FullTimeAccess::OnlyInZip {
            alone_in_zac: Some(opening),
        } = version.eligibility.full_time.value
        {
            dates.push(opening.from);
        }
    };
    for version in versions::ALL {
        add(version);
    }
    for table in versions::AMOUNT_TABLES {
        dates.push(table.applies_from);
    }
    for rules in versions::COLLECTIVE {
        dates.push(rules.junior_bonus.value.0);
    }
    dates.sort();
    dates.dedup();
    dates
}

/// The ways code could write a date: ISO, French, and as `Date::ymd` arguments.
fn forms(date: Date) -> Vec<String> {
    vec![
        date.iso(),
        date.french(),
        format!(
            "Date::ymd({}, {}, {})",
            date.year(),
            date.month(),
            date.day()
        ),
    ]
}

#[test]
fn no_text_is_named_outside_the_versions_folder() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let versions_folder = source.join("rules/versions");
    let mut files = Vec::new();
    source_files(&source, &mut files);
    let codes: Vec<&str> = versions::ALL.iter().map(|v| v.code).collect();
    let dates = text_dates();
    assert!(dates.len() >= 6, "the versions' dates were not found");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&versions_folder)) {
        let text = std::fs::read_to_string(file).expect("readable file");
        // Unit tests may pick a version on purpose: only the code before them is checked.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let name = file.strip_prefix(&source).unwrap_or(file).display();
        for version in &codes {
            for word in [format!("{version}::"), format!("versions::{version}")] {
                if code.contains(&word) {
                    found.push(format!("{name} names {word}"));
                }
            }
        }
        for date in &dates {
            for form in forms(*date) {
                if code.contains(&form) {
                    found.push(format!("{name} writes {form}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
