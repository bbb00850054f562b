//! Hostile share links: each decodes to a situation plus French messages naming each rejected key,
//! or to a clear refusal. Never a panic, and never markup: a value holding any is not shown at all,
//! and the messages are plain text the app shows as text.

use assistant_medical::rules::evaluate;
use assistant_medical::situation::link::{decode, Decoded, Problem, MAX_ISSUES, MAX_LENGTH};
use assistant_medical::situation::{Situation, Specialty};

enum Expect {
    /// Refused as a whole, with this in the French reason.
    Refused(&'static str),
    /// Decoded, with exactly these messages (each given by a part of its text), in this order.
    Messages(&'static [&'static str]),
}
use Expect::*;

fn table() -> Vec<(String, Expect)> {
    let long_value = "x".repeat(1_500);
    vec![
        ("".into(), Messages(&[])),
        ("#".into(), Messages(&[])),
        ("&&&&".into(), Messages(&[])),
        ("a".repeat(100_000), Refused("Ce lien est trop long (100000 caractères)")),
        ("spe=mg&".repeat(14_000), Refused("trop long")),
        (format!("spe={}", "é".repeat(1_200)), Refused("trop long")),
        ("v=2&spe=mg".into(), Refused("version plus récente du simulateur (format 2)")),
        ("v=99999999999999999999&spe=mg".into(), Refused("version plus récente")),
        ("v=0&spe=mg".into(), Messages(&["« v » : « 0 » n'est pas valable (version 1 attendue"])),
        ("v=abc".into(), Messages(&["« v » : « abc » n'est pas valable"])),
        ("%".into(), Messages(&["« % » n'est pas une réponse connue du simulateur : ignorée."])),
        ("%FF=1".into(), Messages(&["« %FF » contient des caractères illisibles : réponse ignorée."])),
        ("pmt=%FF%FE".into(), Messages(&["« pmt » (patientèle médecin traitant) contient des caractères illisibles"])),
        ("pmt=%C3%28".into(), Messages(&["« pmt » (patientèle médecin traitant) contient des caractères illisibles"])),
        ("spe=mg&spe=radio".into(), Messages(&["« spe » (spécialité) apparaît plusieurs fois : seule la première valeur est retenue."])),
        ("pmt=-5".into(), Messages(&["« pmt » (patientèle médecin traitant) : « -5 » n'est pas valable (un nombre négatif n'a pas de sens ici"])),
        ("pmt=99999999999999999999".into(), Messages(&["(nombre trop grand ; maximum 100000)"])),
        ("pmt=100001".into(), Messages(&["« 100001 » n'est pas valable (nombre trop grand ; maximum 100000)"])),
        ("pmt=1300.5".into(), Messages(&["« 1300.5 » n'est pas valable (un nombre entier est attendu"])),
        ("fa=1,5".into(), Messages(&["« fa » (file active) : « 1,5 » n'est pas valable (un nombre entier est attendu"])),
        ("pmt=1e3".into(), Messages(&["« 1e3 » n'est pas valable (ce n'est pas un nombre"])),
        ("pmt=".into(), Messages(&["« pmt » (patientèle médecin traitant) : «  » n'est pas valable (valeur vide"])),
        ("pmt".into(), Messages(&["(valeur vide"])),
        ("pmt=١٣٠٠".into(), Messages(&["« ١٣٠٠ » n'est pas valable (ce n'est pas un nombre"])),
        // A value holding markup or query characters is not shown at all.
        ("pmt=1300#pmt=12".into(), Messages(&["« pmt » (patientèle médecin traitant) : « (non affichée) » n'est pas valable"])),
        ("signature=2025-02-30".into(), Messages(&["« signature » (date de signature) : « 2025-02-30 » n'est pas valable (date réelle au format AAAA-MM-JJ attendue)"])),
        ("signature=2025-02-29".into(), Messages(&["« 2025-02-29 » n'est pas valable (date réelle"])),
        ("signature=2025-13-01".into(), Messages(&["« 2025-13-01 » n'est pas valable (date réelle"])),
        ("signature=0000-01-01".into(), Messages(&["« 0000-01-01 » n'est pas valable (date réelle"])),
        ("signature=2025-03-01T00:00".into(), Messages(&["« 2025-03-01T00:00 » n'est pas valable"])),
        ("contrat1etp=31/12/2022".into(), Messages(&["« contrat1etp » (signature du contrat à 1 ETP en cours) : « 31/12/2022 »"])),
        ("foo=bar".into(), Messages(&["« foo » n'est pas une réponse connue du simulateur : ignorée."])),
        ("foo=1&foo=2&foo=3".into(), Messages(&["« foo » n'est pas une réponse connue"])),
        ("=mg".into(), Messages(&["« (clé vide) » n'est pas une réponse connue"])),
        // Markup is never echoed back, not even as text.
        ("spe=<script>alert(1)</script>".into(), Messages(&["« spe » (spécialité) : « (non affichée) » n'est pas valable (valeurs possibles : mg, mep"])),
        ("spe=%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E".into(), Messages(&["« spe » (spécialité) : « (non affichée) » n'est pas valable"])),
        ("<img src=x onerror=alert(1)>=1".into(), Messages(&["« (non affichée) » n'est pas une réponse connue"])),
        ("pmt=\"><svg/onload=alert(1)>".into(), Messages(&["« pmt » (patientèle médecin traitant) : « (non affichée) » n'est pas valable"])),
        ("spe=mg%00%01".into(), Messages(&["« spe » (spécialité) : « (non affichée) » n'est pas valable"])),
        (format!("foo={long_value}"), Messages(&["« foo » n'est pas une réponse connue"])),
        (format!("spe={long_value}"), Messages(&["« xxxxxxxxxxxxxxxxxxxxxxxx… » n'est pas valable"])),
        ("clinique=101".into(), Messages(&["« clinique » (part des honoraires cliniques) : « 101 » n'est pas valable (pourcentage de 0 à 100, une décimale au plus)"])),
        ("clinique=79.55".into(), Messages(&["« 79.55 » n'est pas valable (pourcentage de 0 à 100"])),
        ("age=17".into(), Messages(&["« age » (âge) : « 17 » n'est pas valable (nombre entier de 18 à 110 attendu)"])),
        ("age=200".into(), Messages(&["« 200 » n'est pas valable (nombre entier de 18 à 110 attendu)"])),
        ("installe=oui".into(), Messages(&["« installe » (nouvellement installé) : « oui » n'est pas valable (1 pour oui, 0 pour non)"])),
        ("etp=0.5".into(), Messages(&["« etp » (temps de travail de l'assistant) : « 0.5 » n'est pas valable (valeurs possibles : 1/3, 1/2, 1, 3/2, 2)"])),
        ("secteur=3".into(), Messages(&["« secteur » (secteur) : « 3 » n'est pas valable (valeurs possibles : 1, 2-optam, 2, nc)"])),
        ("bande=p99".into(), Messages(&["« p99 » n'est pas valable (valeurs possibles : moins-p30, p30-50"])),
        ("collectif=0".into(), Messages(&["« collectif » (nombre de médecins du contrat collectif) : « 0 » n'est pas valable (nombre entier de 1 à 100 attendu)"])),
        ("etpgroupe=2.25".into(), Messages(&["« 2.25 » n'est pas valable (nombre d'ETP par pas de 0,5 attendu"])),
        ("etpgroupe=0".into(), Messages(&["« 0 » n'est pas valable (nombre d'ETP par pas de 0,5 attendu"])),
        ("juniors=-1".into(), Messages(&["« -1 » n'est pas valable (nombre entier de 0 à 100 attendu)"])),
        ("pmt3=-1&fa3=abc".into(), Messages(&["« pmt3 » (patientèle médecin traitant en 3e année) : « -1 »", "« fa3 » (file active en 3e année) : « abc »"])),
        ("spe=mg;secteur=1".into(), Messages(&["« spe » (spécialité) : « (non affichée) » n'est pas valable"])),
        // Accepted forms: no message.
        ("SPE=mg&Pmt=1300".into(), Messages(&[])),
        ("pmt=1%20300&fa=2+000".into(), Messages(&[])),
        ("pmt=+1300".into(), Messages(&[])),
        ("signature=2024-02-29".into(), Messages(&[])),
        ("?v=1&spe=mg".into(), Messages(&[])),
        // A flood of distinct unknown keys is summarised after the first five messages.
        ((0..300).map(|i| format!("k{i}=1")).collect::<Vec<_>>().join("&"), Messages(&[
            "« k0 »", "« k1 »", "« k2 »", "« k3 »", "« k4 »", "Et 295 autres éléments du lien ignorés.",
        ])),
    ]
}

fn messages(decoded: &Decoded) -> Vec<String> {
    decoded.issues.iter().map(|issue| issue.french()).collect()
}

#[test]
fn every_hostile_link_gets_its_french_message_or_a_refusal() {
    let table = table();
    assert!(table.len() >= 40, "the table holds {} links", table.len());
    let mut failures = Vec::new();
    for (link, expect) in &table {
        let shown: String = link.chars().take(60).collect();
        match (decode(link), expect) {
            (Err(refusal), Refused(part)) => {
                if !refusal.french().contains(part) {
                    failures.push(format!(
                        "{shown}: refusal « {} » lacks « {part} »",
                        refusal.french()
                    ));
                }
            }
            (Ok(decoded), Messages(parts)) => {
                let got = messages(&decoded);
                let matches = got.len() == parts.len()
                    && got.iter().zip(parts.iter()).all(|(g, p)| g.contains(p));
                if !matches {
                    failures.push(format!("{shown}: expected {parts:?}, got {got:?}"));
                }
                // Whatever the link, the engine answers it.
                let _ = evaluate(&decoded.situation);
            }
            (Ok(decoded), Refused(_)) => failures.push(format!(
                "{shown}: decoded, not refused: {:?}",
                messages(&decoded)
            )),
            (Err(refusal), Messages(_)) => {
                failures.push(format!("{shown}: refused: {}", refusal.french()))
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} links:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

#[test]
fn a_repeated_key_keeps_the_first_value() {
    let decoded = decode("spe=mg&spe=radio").expect("decoded");
    assert_eq!(
        decoded.situation.specialty,
        Some(Specialty::GeneralPractice)
    );
}

#[test]
fn bad_answers_are_dropped_and_good_ones_kept() {
    let decoded =
        decode("v=1&spe=mg&pmt=abc&secteur=1&etp=7&signature=2025-03-01").expect("decoded");
    assert_eq!(decoded.issues.len(), 2);
    assert_eq!(decoded.situation.pmt, None);
    assert_eq!(decoded.situation.quotity, None);
    assert_eq!(
        decoded.situation.specialty,
        Some(Specialty::GeneralPractice)
    );
    assert!(decoded.situation.signature.is_some());
}

#[test]
fn a_link_of_only_garbage_decodes_to_nothing() {
    let decoded = decode("spe=zzz&pmt=-1&foo=bar").expect("decoded");
    assert_eq!(decoded.situation, Situation::default());
    assert_eq!(decoded.issues.len(), 3);
}

#[test]
fn messages_are_bounded() {
    // Hundreds of unknown keys, yet within the length a link may have: decoded, never refused.
    let keys: Vec<String> = (0..300).map(|i| format!("k{i}")).collect();
    let link = keys.join("&");
    assert!(link.len() <= MAX_LENGTH, "{} characters", link.len());
    let decoded = decode(&link).expect("a link within the length limit is read");
    assert_eq!(decoded.issues.len(), MAX_ISSUES + 1, "{:?}", decoded.issues);
    assert_eq!(
        decoded.issues.last().map(|issue| &issue.problem),
        Some(&Problem::More {
            count: 300 - MAX_ISSUES
        })
    );
    const { assert!(MAX_ISSUES <= 5, "a list of rejected keys stays short") };
}
