//! A link key is public: the README's « Share links » tables name each one, so a new key cannot
//! land undocumented.

use assistant_medical::situation::link::Key;

fn share_links_section() -> String {
    let readme = include_str!("../README.md");
    let start = readme
        .find("## Share links")
        .expect("README has a « Share links » section");
    let rest = &readme[start + 2..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    rest[..end].to_string()
}

#[test]
fn every_link_key_is_in_the_readme_tables() {
    let section = share_links_section();
    let undocumented: Vec<&str> = Key::ALL
        .iter()
        .map(|key| key.code())
        .filter(|code| !section.contains(&format!("`{code}`")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "keys missing from README's share-link tables: {undocumented:?}"
    );
}
