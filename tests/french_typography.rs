//! French typography in every text the doctor reads (Rust string literals and the HTML files): a
//! no-break space before « : », a narrow no-break space before « ; ? ! », no-break spaces inside
//! guillemets, and "OPTAM‑CO" with a non-breaking hyphen, so that no line ever starts with a
//! colon or breaks a name in two.

use std::path::{Path, PathBuf};

fn files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("readable folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            found.push(path);
        }
    }
}

/// The string literals of a Rust file (without comments), or the text of an HTML file.
fn texts(path: &Path, source: &str) -> Vec<String> {
    if path.extension().is_some_and(|e| e == "html") {
        let mut text = String::new();
        let mut in_tag = false;
        for c in source.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push('\n');
                }
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        return vec![text];
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
                // A character literal such as '"' must not open a string.
                let mut lookahead = chars.clone();
                let literal = match (lookahead.next(), lookahead.next(), lookahead.next()) {
                    (Some('\\'), Some(_), Some('\'')) => 3,
                    (Some(_), Some('\''), _) => 2,
                    _ => 0,
                };
                for _ in 0..literal {
                    chars.next();
                }
            }
            '"' if previous != 'r' => {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                            literal.push(' ');
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

/// What breaks French typography in a text, described.
fn faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, pair) in chars.windows(2).enumerate() {
        let before = if i > 0 { chars[i - 1] } else { ' ' };
        let after = chars.get(i + 2).copied().unwrap_or(' ');
        // A format placeholder (`{}`, `{count}`) stands for a word.
        let words = |c: char| c.is_alphanumeric() || "»)%€…}".contains(c);
        match (pair[0], pair[1]) {
            (' ', ':' | ';' | '?' | '!')
                if words(before) && (after.is_whitespace() || after == '"') =>
            {
                found.push(format!("plain space before « {} »", pair[1]))
            }
            ('«', ' ') | (' ', '»') => found.push("plain space inside guillemets".to_string()),
            _ => {}
        }
    }
    if text.contains("OPTAM-CO") {
        found.push("OPTAM-CO with a breaking hyphen".to_string());
    }
    found
}

#[test]
fn every_french_text_keeps_its_no_break_spaces() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), &mut paths);
    paths.push(root.join("index.html"));
    paths.push(root.join("public/404.html"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in &paths {
        let source = std::fs::read_to_string(path).expect("readable file");
        for text in texts(path, &source) {
            checked += 1;
            for fault in faults(&text) {
                let shown: String = text.chars().take(70).collect();
                problems.push(format!("{}: {fault} in « {shown} »", path.display()));
            }
        }
    }
    assert!(checked > 500, "only {checked} texts found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert_eq!(faults("Source : ameli").len(), 1);
    assert_eq!(faults("Pourquoi ?").len(), 1);
    assert_eq!(faults("« lien »").len(), 2);
    assert!(
        faults("Source\u{a0}: ameli, Pourquoi\u{202f}? «\u{a0}lien\u{a0}» https://x {:?}")
            .is_empty()
    );
}
