//! The site's static pages and the reviewed barème, written from the engine's data:
//!   cargo run --bin pages                  rewrites src/rules/BAREME.md (the table reviewed in git)
//!   cargo run --bin pages -- --site DIR    writes DIR/bareme.html, DIR/regles.json, DIR/ensuite.html
//!                                          and the legal pages (the build does, see .ci/post-build.mjs)
//!   cargo run --bin pages -- apercu 'LINK' DIR
//!                                          writes the result screen and each tool's screen for a
//!                                          share link, with the real stylesheet: a wording or layout
//!                                          change seen in seconds, without the browser build
//! The pages' stylesheet address is written `__FEUILLE_DE_STYLE__`: the post-build step puts in the
//! hashed one.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use assistant_medical::date::Date;
    use assistant_medical::render::{bareme, preview, site};
    use std::path::PathBuf;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut written = Vec::new();
    let result = match args.as_slice() {
        [] => {
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/rules/BAREME.md");
            written.push(path.clone());
            std::fs::write(&path, bareme::markdown())
        }
        [flag, dir] if flag == "--site" => {
            let dir = PathBuf::from(dir);
            let json = dir.join("regles.json");
            written.push(json.clone());
            let mut result = std::fs::write(&json, bareme::json());
            // The publisher's settings, from the build's environment (.ci/build).
            let setting = |name: &str| {
                std::env::var(name)
                    .ok()
                    .map(|value| value.trim().to_string())
                    .filter(|value| !value.is_empty())
            };
            let (name, contact) = (setting("PUBLISHER"), setting("CONTACT"));
            let publisher = site::Publisher {
                name: name.as_deref(),
                contact: contact.as_deref(),
            };
            for page in site::pages(&publisher) {
                let path = dir.join(page.file);
                written.push(path.clone());
                result = result.and_then(|_| {
                    std::fs::write(&path, site::document(&page, "__FEUILLE_DE_STYLE__", CSP))
                });
            }
            result
        }
        [command, link, dir, day @ ..] if command == "apercu" && day.len() <= 1 => {
            let dir = PathBuf::from(dir);
            let today = match day.first() {
                Some(day) => match Date::parse_iso(day) {
                    Some(day) => day,
                    None => {
                        eprintln!("date au format AAAA-MM-JJ attendue : {day}");
                        return std::process::ExitCode::FAILURE;
                    }
                },
                None => today(),
            };
            let screens = match preview::screens(link, today) {
                Ok(screens) => screens,
                Err(why) => {
                    eprintln!("lien refusé : {why}");
                    return std::process::ExitCode::FAILURE;
                }
            };
            let stylesheet = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("style/main.css");
            let mut result = std::fs::create_dir_all(&dir)
                .and_then(|_| std::fs::copy(&stylesheet, dir.join("main.css")).map(|_| ()));
            for screen in screens {
                let path = dir.join(&screen.file);
                written.push(path.clone());
                result = result.and_then(|_| std::fs::write(&path, &screen.html));
            }
            result
        }
        _ => {
            eprintln!(
                "usage : cargo run --bin pages [-- --site DOSSIER | -- apercu 'LIEN' DOSSIER [AAAA-MM-JJ]]"
            );
            return std::process::ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => {
            for path in written {
                println!("écrit : {}", path.display());
            }
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("écriture impossible : {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Today, from the system clock (UTC days: the preview's day, not a legal one).
#[cfg(not(target_arch = "wasm32"))]
fn today() -> assistant_medical::date::Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    assistant_medical::date::Date::from_unix_days((seconds / 86_400) as i64)
        .unwrap_or(assistant_medical::date::Date::ymd(2026, 1, 1))
}

/// The pages need no script at all.
#[cfg(not(target_arch = "wasm32"))]
const CSP: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; \
                   object-src 'none'; base-uri 'none'; form-action 'none'";

#[cfg(target_arch = "wasm32")]
fn main() {}
