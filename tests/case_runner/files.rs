//! Reading a folder of case files, refusing whatever could be skipped silently: another file, a
//! subfolder, a key outside a case, a file without a case.

use super::{Case, CaseFile};
use std::path::{Path, PathBuf};

/// Every case of a folder with its file's name, and every reason a file could not be read.
pub struct Loaded {
    pub cases: Vec<(String, Case)>,
    pub problems: Vec<String>,
}

/// Reads a folder of case files: a file that is not a case file, or holds no case, is a problem,
/// never skipped.
pub fn load(folder: &Path) -> std::io::Result<Loaded> {
    let (files, refused) = case_files(folder)?;
    let mut problems: Vec<String> = refused
        .iter()
        .map(|path| {
            format!(
                "{}: not a case file (case files are `*.toml` directly in the folder)",
                path.display()
            )
        })
        .collect();
    let mut cases = Vec::new();
    for file in &files {
        let file_name = file.file_name().unwrap_or_default().to_string_lossy();
        let parsed = std::fs::read_to_string(file)
            .map_err(|error| format!("unreadable: {error}"))
            .and_then(|text| {
                toml::from_str::<CaseFile>(&text)
                    .map_err(|error| format!("not a case file: {error}"))
            });
        match parsed {
            Ok(parsed) if parsed.case.is_empty() => {
                problems.push(format!("{file_name}: no case in this file"))
            }
            Ok(parsed) => cases.extend(
                parsed
                    .case
                    .into_iter()
                    .map(|case| (file_name.to_string(), case)),
            ),
            Err(problem) => problems.push(format!("{file_name}: {problem}")),
        }
    }
    Ok(Loaded { cases, problems })
}

/// The runner refuses, on scratch folders, each way a folder of cases could be read as "all passed"
/// while holding cases it never ran. Returns what it failed to refuse.
pub fn runner_refuses_what_it_cannot_read() -> Vec<String> {
    const ONE_CASE: &str = "[[case]]\nname = \"x\"\nlink = \"spe=mg\"\nverdict = \"incomplete\"\n";
    let malformed: [(&str, &str, &str); 7] = [
        ("plural header", "cases.toml", "[[cases]]\nname = \"x\"\nlink = \"spe=mg\"\nverdict = \"incomplete\"\n"),
        ("a key before the first case", "stray.toml", "verdict = \"eligible\"\n[[case]]\nname = \"x\"\nlink = \"spe=mg\"\nverdict = \"incomplete\"\n"),
        ("an empty file", "empty.toml", ""),
        ("an upper-case extension", "shout.TOML", ONE_CASE),
        ("a case without its verdict", "no-verdict.toml", "[[case]]\nname = \"x\"\nlink = \"spe=mg\"\n"),
        ("an unknown field", "typo.toml", "[[case]]\nname = \"x\"\nlink = \"spe=mg\"\nverdict = \"incomplete\"\nverdikt = \"eligible\"\n"),
        ("a subfolder", "nested/inside.toml", ONE_CASE),
    ];
    let mut slips = Vec::new();
    for (what, name, text) in malformed {
        let folder = std::env::temp_dir()
            .join(format!("cases-self-check-{}-{name}", std::process::id()).replace('/', "-"));
        let path = folder.join(name);
        let written = std::fs::create_dir_all(path.parent().unwrap_or(&folder))
            .and_then(|_| std::fs::write(&path, text))
            .and_then(|_| std::fs::write(folder.join("good.toml"), ONE_CASE));
        let refused = match (written, load(&folder)) {
            (Ok(()), Ok(loaded)) => !loaded.problems.is_empty(),
            _ => false,
        };
        if !refused {
            slips.push(format!("a folder with {what} ({name}) was not refused"));
        }
        let _ = std::fs::remove_dir_all(&folder);
    }
    slips
}

/// The case files of a folder, sorted, and every other entry in it (refused: a case file never goes
/// unread because of its name or place).
fn case_files(folder: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut refused = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        let is_case_file = path.is_file()
            && path
                .extension()
                .is_some_and(|extension| extension == "toml");
        if is_case_file {
            files.push(path);
        } else {
            refused.push(path);
        }
    }
    files.sort();
    refused.sort();
    Ok((files, refused))
}
