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
        let code = checked_code(file, &text);
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

/// The string literals of Rust source (comments left out), or the text of an HTML file.
fn texts(path: &Path, source: &str) -> Vec<String> {
    if path.extension().is_some_and(|ext| ext == "html") {
        return vec![source.to_string()];
    }
    let mut literals = Vec::new();
    let mut chars = source.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                let mut lookahead = chars.clone();
                let skip = match (lookahead.next(), lookahead.next(), lookahead.next()) {
                    (Some('\\'), Some(_), Some('\'')) => 3,
                    (Some(_), Some('\''), _) => 2,
                    _ => 0,
                };
                for _ in 0..skip {
                    chars.next();
                }
            }
            '"' if previous != 'r' => {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => literal.push(c),
                    }
                }
                literals.push(literal);
            }
            _ => {}
        }
        previous = c;
    }
    literals
}

/// What a sentence says of a legal text: its name, its code, or one of its years.
fn names_a_text(text: &str, codes: &[&str], years: &[String]) -> Option<String> {
    let lower = text.to_lowercase();
    for word in ["avenant", "règlement arbitral"] {
        if lower.contains(word) {
            return Some(format!("« {word} »"));
        }
    }
    if let Some(at) = lower.find("convention 20") {
        return Some(format!("« {} »", &text[at..(at + 15).min(text.len())]));
    }
    if codes.contains(&text) {
        return Some(format!("the version code \"{text}\""));
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|word| !word.is_empty())
        .collect();
    years
        .iter()
        .find(|year| words.contains(&year.as_str()))
        .map(|year| format!("the year {year}"))
}

/// No sentence outside `versions/` (and the list of sources, which names publications) says what a
/// text says: a hint, a note, a predicate about a text comes from that text's version file.
#[test]
fn no_sentence_outside_the_versions_names_a_text() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = [
        source.join("rules/versions"),
        source.join("rules/sources.rs"),
    ];
    let mut files = Vec::new();
    source_files(&source, &mut files);
    let codes: Vec<&str> = versions::ALL.iter().map(|v| v.code).collect();
    let mut years: Vec<String> = text_dates()
        .iter()
        .map(|date| date.year().to_string())
        .collect();
    years.dedup();
    let mut found = Vec::new();
    for file in files
        .iter()
        .filter(|f| !allowed.iter().any(|a| f.starts_with(a)))
    {
        let text = std::fs::read_to_string(file).expect("readable file");
        let code = checked_code(file, &text);
        let name = file.strip_prefix(&source).unwrap_or(file).display();
        for literal in texts(file, code) {
            if let Some(what) = names_a_text(&literal, &codes, &years) {
                let shown: String = literal.chars().take(80).collect();
                found.push(format!("{name}: {what} in « {shown} »"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_check_finds_what_it_looks_for() {
    let codes = ["av7"];
    let years = ["2024".to_string()];
    assert!(names_a_text("Sous l'Avenant 7, …", &codes, &years).is_some());
    assert!(names_a_text("le règlement arbitral", &codes, &years).is_some());
    assert!(names_a_text("la convention 2016", &codes, &years).is_some());
    assert!(names_a_text("av7", &codes, &years).is_some());
    assert!(names_a_text("au 1er janvier 2024", &codes, &years).is_some());
    assert!(names_a_text("12 024 €", &codes, &years).is_none());
    assert!(names_a_text("de 640 patients", &codes, &years).is_none());
}

/// Unit tests may pick a version on purpose: only the code before them is checked, and a module's
/// tests kept in a file of their own (`tests.rs`) not at all.
fn checked_code<'a>(file: &std::path::Path, text: &'a str) -> &'a str {
    if file.file_name().is_some_and(|name| name == "tests.rs") {
        return "";
    }
    text.split("#[cfg(test)]").next().unwrap_or_default()
}
