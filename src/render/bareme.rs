//! « Barème et sources »: every parameter of every rule version with its value, status, source and
//! checked-on date, and what each text changed from the one before. Written from `rules::catalogue`,
//! the same facts the engine computes with, as three files: a static page of the site (readable
//! without JavaScript), a machine-readable `regles.json`, and `src/rules/BAREME.md` for review.

use super::html::{el, text_el, Html};
use super::why::source_link;
use crate::rules::catalogue::{changes, sections, Change, Parameter, Section};
use crate::rules::facts::{Source, Status};
use crate::rules::sources;

/// "C", "C2", "E", "U": the rules reference's words.
pub fn status_code(status: Status) -> &'static str {
    match status {
        Status::Confirmed => "C",
        Status::Secondary => "C2",
        Status::Estimate => "E",
        Status::Unknown => "U",
    }
}

fn status_words(status: Status) -> String {
    format!("{} — {}", status_code(status), status.label())
}

fn parameter(html: &mut Html, parameter: &Parameter) {
    let class = match parameter.status {
        Status::Estimate => "param estimate",
        Status::Unknown => "param unknown",
        Status::Confirmed | Status::Secondary => "param",
    };
    el!(html, "div"; "class" = class; "data-key" = &parameter.key => |div: &mut Html| {
        text_el!(div, "dt" => &parameter.label);
        el!(div, "dd" => |dd: &mut Html| {
            text_el!(dd, "p", "class" = "value" => &parameter.value);
            el!(dd, "p", "class" = "meta" => |p: &mut Html| {
                p.text(&status_words(parameter.status)).text(" · ").text(parameter.source.id).text(" ");
                source_link(p, parameter.source);
            });
            if !parameter.note.is_empty() {
                text_el!(dd, "p", "class" = "note" => parameter.note);
            }
        });
    });
}

fn change(html: &mut Html, change: &Change) {
    el!(html, "li" => |li: &mut Html| match change {
        Change::New(p) => {
            text_el!(li, "strong" => &p.label);
            li.text(" (nouveau) : ").text(&p.value);
        }
        Change::Removed(p) => {
            text_el!(li, "strong" => &p.label);
            li.text(" : retiré (était : ").text(&p.value).text(")");
        }
        Change::Changed { before, after } => {
            text_el!(li, "strong" => &after.label);
            li.text(" : ");
            if before.value != after.value {
                li.text(&before.value).text(" → ").text(&after.value);
            } else {
                li.text(&after.value);
            }
            if before.status != after.status || before.source != after.source {
                li.text(&format!(
                    " ({} {} → {} {})",
                    status_code(before.status),
                    before.source.id,
                    status_code(after.status),
                    after.source.id
                ));
            }
        }
    });
}

/// A text's values; `anchored`: the section carries the text's anchor (a folded one's is on its
/// disclosure).
fn section(html: &mut Html, section: &Section, previous: Option<&Section>, anchored: bool) {
    if anchored {
        el!(html, "section", "class" = "bareme-section"; "id" = section.code => |s: &mut Html| {
            section_body(s, section, previous)
        });
    } else {
        el!(html, "section", "class" = "bareme-section" => |s: &mut Html| {
            section_body(s, section, previous)
        });
    }
}

fn section_body(s: &mut Html, section: &Section, previous: Option<&Section>) {
    {
        text_el!(s, "h2" => section.title);
        if let Some(version) = section.version {
            el!(s, "p" => |p: &mut Html| {
                p.text(&version.period()).text(". ").text(version.legal_basis).text(". ");
                text_el!(p, "strong" => &format!("Vérifié le {}.", version.checked_on.french()));
            });
            text_el!(s, "p", "class" = "changes" => crate::rules::versions::changes(version));
        }
        if let Some(previous) = previous {
            let list = changes(&previous.parameters, &section.parameters);
            el!(s, "details", "class" = "diff" => |details: &mut Html| {
                text_el!(details, "summary" => &format!(
                    "Ce qui change par rapport à « {} » ({} valeurs)",
                    previous.title,
                    list.len()
                ));
                el!(details, "ul" => |ul: &mut Html| {
                    for item in &list {
                        change(ul, item);
                    }
                });
            });
        }
        el!(s, "dl", "class" = "params" => |dl: &mut Html| {
            for p in &section.parameters {
                parameter(dl, p);
            }
        });
    }
}

fn source_item(html: &mut Html, source: &Source) {
    el!(html, "li"; "id" = &format!("source-{}", source.id) => |li: &mut Html| {
        text_el!(li, "strong" => source.id);
        li.text(" — ");
        source_link(li, source);
        if !source.url.is_empty() {
            text_el!(li, "span", "class" = "address" => source.url);
        }
    });
}

/// A table laid out as cards on a phone (see the CSS): a name per row, each value under its column.
fn cards_table(
    html: &mut Html,
    caption: &str,
    testid: &str,
    columns: &[&str],
    rows: &[(String, Vec<String>)],
) {
    el!(html, "table", "class" = "cards-on-phone", "role" = "table"; "data-testid" = testid => |table: &mut Html| {
        text_el!(table, "caption" => caption);
        el!(table, "thead", "role" = "rowgroup" => |head: &mut Html| el!(head, "tr", "role" = "row" => |tr: &mut Html| {
            for column in columns {
                text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => column);
            }
        }));
        el!(table, "tbody", "role" = "rowgroup" => |body: &mut Html| {
            for (name, cells) in rows {
                el!(body, "tr", "role" = "row" => |tr: &mut Html| {
                    text_el!(tr, "th", "scope" = "row", "role" = "rowheader" => name);
                    for (label, cell) in columns[1..].iter().zip(cells) {
                        text_el!(tr, "td", "role" = "cell"; "data-label" = label => cell);
                    }
                });
            }
        });
    });
}

/// The value of a parameter in a text, « — » when the text has none.
fn value_in(section: &Section, key: &str) -> String {
    section
        .parameters
        .iter()
        .find(|p| p.key == key)
        .map_or_else(|| "—".to_string(), |p| p.value.clone())
}

/// The amounts of the text in force, by option and contract year, on top.
fn amounts_in_force(html: &mut Html, section: &Section) {
    let years = [
        ("annee-1", "1re année"),
        ("annee-2", "2e année"),
        ("annee-3", "3e année et suivantes (plafond)"),
    ];
    let rows: Vec<(String, Vec<String>)> = crate::situation::Quotity::ALL
        .iter()
        .filter(|q| !q.is_second_assistant())
        .map(|q| {
            let cells = years
                .iter()
                .map(|(year, _)| value_in(section, &format!("montants.{}.{year}", q.code())))
                .collect();
            (q.label().to_string(), cells)
        })
        .collect();
    let mut columns = vec!["Option"];
    columns.extend(years.iter().map(|(_, name)| *name));
    cards_table(
        html,
        "L'aide par option et par année de contrat",
        "bareme-amounts",
        &columns,
        &rows,
    );
}

/// Every value that differs between the individual texts, one row each, one column per text.
fn differences(html: &mut Html, texts: &[&Section]) {
    let mut keys: Vec<(&str, &str)> = Vec::new();
    for section in texts {
        for p in &section.parameters {
            let values: Vec<String> = texts.iter().map(|t| value_in(t, &p.key)).collect();
            let differs = values.iter().any(|v| *v != values[0]);
            if differs && !keys.iter().any(|(key, _)| *key == p.key) {
                keys.push((&p.key, &p.label));
            }
        }
    }
    let rows: Vec<(String, Vec<String>)> = keys
        .iter()
        .map(|(key, label)| {
            (
                label.to_string(),
                texts.iter().map(|t| value_in(t, key)).collect(),
            )
        })
        .collect();
    let mut columns = vec!["Paramètre"];
    columns.extend(texts.iter().map(|t| t.title));
    el!(html, "details", "class" = "block differences", "id" = "differences" => |details: &mut Html| {
        text_el!(details, "summary" => &format!("Ce qui change d'un texte à l'autre ({} valeurs)", rows.len()));
        cards_table(details, "Les valeurs qui diffèrent, texte par texte", "bareme-differences", &columns, &rows);
    });
}

/// The page's `<main>` content: the text in force first, with its amounts on top; the differences
/// between texts in one table; the collective contract and what all texts share; the older texts
/// folded; the sources. Every value of every text is on the page.
pub fn page_body() -> String {
    let all = sections();
    let individual: Vec<&Section> = all.iter().filter(|s| is_individual(s)).collect();
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "bareme" => |article: &mut Html| {
        text_el!(article, "p", "class" = "lead" =>
            "Chaque valeur de chaque texte, avec sa source et sa fiabilité : C confirmé par une source \
             officielle, C2 par une source secondaire, E notre estimation (toujours signalée dans le \
             simulateur), U inconnu (fixé par votre CPAM, jamais calculé). Écrit à partir des mêmes \
             données que le calcul.");
        let in_force = individual.last().copied();
        if let Some(current) = in_force {
            text_el!(article, "h2", "class" = "in-force" => &format!("En vigueur : {}", current.title));
            amounts_in_force(article, current);
        }
        el!(article, "nav", "aria-label" = "Textes" => |nav: &mut Html| {
            el!(nav, "ul", "class" = "bareme-nav" => |ul: &mut Html| {
                // The texts in force first (the individual one, the collective one), then the
                // older ones, then what they share.
                let order = in_force.into_iter().chain(all.iter().filter(|s| !is_individual(s) && s.version.is_some()))
                    .chain(individual.iter().rev().copied().filter(|s| in_force.is_some_and(|c| c.code != s.code)))
                    .chain(all.iter().filter(|s| s.version.is_none()));
                for s in order {
                    el!(ul, "li" => |li: &mut Html| {
                        text_el!(li, "a"; "href" = &format!("#{}", s.code) => s.title);
                    });
                }
                el!(ul, "li" => |li: &mut Html| text_el!(li, "a", "href" = "#sources" => "Sources"));
            });
        });

        differences(article, &individual);
        // The text in force, then the collective contract and what the texts share, open; the
        // older texts folded, the most recent first.
        let is_in_force = |s: &Section| in_force.is_some_and(|current| current.code == s.code);
        let open = all.iter().enumerate().filter(|(_, s)| is_in_force(s))
            .chain(all.iter().enumerate().filter(|(_, s)| !is_individual(s)));
        for (index, s) in open {
            section(article, s, previous_individual(&all, index), true);
        }
        let older = all.iter().enumerate().rev().filter(|(_, s)| is_individual(s) && !is_in_force(s));
        for (index, s) in older {
            el!(article, "details", "class" = "bareme-old"; "id" = s.code => |details: &mut Html| {
                text_el!(details, "summary" => &format!("{} (texte antérieur)", s.title));
                section(details, s, previous_individual(&all, index), false);
            });
        }
        el!(article, "section", "id" = "sources" => |s: &mut Html| {
            text_el!(s, "h2" => "Sources");
            el!(s, "ul", "class" = "sources-list" => |ul: &mut Html| {
                for source in sources::ALL {
                    source_item(ul, source);
                }
            });
        });
        el!(article, "p" => |p: &mut Html| {
            p.text("Les mêmes données, lisibles par un programme : ");
            text_el!(p, "a", "href" = "regles.json" => "regles.json");
            p.text(".");
        });
    });
    html.finish()
}

/// A text of the individual contract (not the collective one, nor what the texts share).
fn is_individual(section: &Section) -> bool {
    crate::rules::versions::INDIVIDUAL
        .iter()
        .any(|version| version.code == section.code)
}

/// The individual text before the one at `index`, to say what changed.
fn previous_individual(all: &[Section], index: usize) -> Option<&Section> {
    if !is_individual(&all[index]) {
        return None;
    }
    all[..index].iter().rev().find(|s| is_individual(s))
}

/// The table kept in the repository for review: one row per distinct value, with the first text that
/// gave it and every text that holds it. A change of a figure shows as a changed row.
pub fn markdown() -> String {
    let all = sections();
    let mut rows: Vec<(Parameter, Vec<&'static str>)> = Vec::new();
    for section in &all {
        for p in &section.parameters {
            let same = |(kept, _): &&mut (Parameter, Vec<&'static str>)| {
                kept.key == p.key
                    && kept.value == p.value
                    && kept.status == p.status
                    && kept.source == p.source
            };
            match rows.iter_mut().find(|row| same(row)) {
                Some((_, codes)) => codes.push(section.code),
                None => rows.push((p.clone(), vec![section.code])),
            }
        }
    }
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    let mut out = String::from(
        "# Barème : chaque valeur des règles, avec sa source\n\n\
         Écrit par `cargo run --bin pages` à partir des données du moteur (`src/rules/versions/`) : ne \
         pas modifier à la main. Un test échoue quand ce fichier n'est plus à jour, pour que chaque \
         changement d'un chiffre apparaisse ici en revue. Statuts : C confirmé (source officielle), C2 \
         confirmé (source secondaire), E estimation, U inconnu. Sources : voir la fin du fichier.\n\n\
         | Paramètre | Clé | Valeur | Statut | Source | Depuis | Textes |\n|---|---|---|---|---|---|---|\n",
    );
    for (p, codes) in &rows {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} | {} | {} |\n",
            cell(&p.label),
            p.key,
            cell(&p.value),
            status_code(p.status),
            p.source.id,
            codes[0],
            codes.join(", ")
        ));
    }
    out.push_str("\n## Sources\n\n");
    for source in sources::ALL {
        let address = if source.url.is_empty() {
            String::new()
        } else {
            format!(" — <{}>", source.url)
        };
        out.push_str(&format!(
            "- **{}** {}{address}\n",
            source.id,
            cell(source.title)
        ));
    }
    out
}

/// The machine-readable rules file: every version, every parameter, every source.
#[cfg(not(target_arch = "wasm32"))]
pub fn json() -> String {
    use serde_json::json;
    let all = sections();
    let versions: Vec<_> = all
        .iter()
        .filter_map(|s| s.version)
        .map(|v| {
            json!({
                "code": v.code,
                "nom": v.name,
                "base_legale": v.legal_basis,
                "signature_du": v.signed_from.iso(),
                "signature_au": v.signed_until.map(|d| d.iso()),
                "verifie_le": v.checked_on.iso(),
                "source": v.source.id,
            })
        })
        .collect();
    let parameters: Vec<_> = all
        .iter()
        .flat_map(|s| {
            s.parameters.iter().map(move |p| {
                json!({
                    "version": s.code,
                    "cle": p.key,
                    "parametre": p.label,
                    "valeur": p.value,
                    "statut": status_code(p.status),
                    "source": p.source.id,
                    "note": p.note,
                    "verifie_le": s.version.map(|v| v.checked_on.iso()),
                })
            })
        })
        .collect();
    let sources: Vec<_> = sources::ALL
        .iter()
        .map(|s| json!({ "id": s.id, "titre": s.title, "adresse": s.url }))
        .collect();
    let document = json!({
        "format": 1,
        "description": "Règles de l'aide à l'emploi d'un assistant médical, par texte : valeur, statut \
                        (C, C2, E, U), source et date de vérification.",
        "versions": versions,
        "parametres": parameters,
        "sources": sources,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}
