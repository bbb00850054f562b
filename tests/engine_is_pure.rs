//! The rules engine and the doctor's answers must build without any web crate: they are tested
//! natively and could serve another front end unchanged.

use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 5] = ["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_engine_file_mentions_a_web_crate() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for pure in ["rules", "situation", "render"] {
        rust_files(&source.join(pure), &mut files);
    }
    files.push(source.join("format.rs"));
    files.push(source.join("saved.rs"));
    assert!(
        files.len() > 10,
        "the engine's files were not found: {files:?}"
    );
    for file in files {
        let text = std::fs::read_to_string(&file)
            .expect("readable file")
            .to_lowercase();
        for word in FORBIDDEN {
            assert!(!text.contains(word), "{} mentions {word}", file.display());
        }
    }
}
