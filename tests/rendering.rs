//! The renderers, checked as a browser would read them: every block parses as HTML without a single
//! parse error (html5ever, the parser of Servo), the charts are proportional to the figures and carry
//! their text equivalent, and the barème lists exactly the engine's parameters.

use assistant_medical::date::Date;
use assistant_medical::render::tool_block::Tool;
use assistant_medical::render::{
    aid, bareme, contract, contract_form, hero, next_steps, report::Report, results, site,
    tool_fields, tools,
};
use assistant_medical::rules::catalogue;
use assistant_medical::rules::{calendar, compare, cost, evaluate, Outcome};
use assistant_medical::situation::link::decode;
use assistant_medical::situation::Situation;
use scraper::{Html, Selector};

const LINKS: [&str; 15] = [
    "spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01&pmt3=1430",
    "spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01&salaire=2000&charges=25",
    "spe=cardio&secteur=1&etp=1/2&signature=2025-03-01",
    "spe=radio&secteur=nc&etp=1/3&signature=2025-03-01",
    "spe=mg&secteur=1&collectif=3&pmt=900&fa=1500&etpgroupe=2&signature=2026-03-01",
    "spe=chir&secteur=1&etp=1/2&signature=2025-03-01",
    "spe=mg&secteur=1&pmt=870&etp=1&signature=2021-05-10&coordonne=1&zac=1",
    "spe=mg&secteur=1&pmt=1300&etp=2&signature=2025-03-01&zip=1",
    "spe=mg&secteur=1&pmt=1235&etp=1&signature=2025-03-01&age=66",
    "spe=mg&secteur=1&pmt=500&etp=1/2&signature=2021-05-10&groupe=1&coordonne=1&handicap=1",
    "signature=2018-01-01",
    "",
    "suivi=1&spe=mg&secteur=1&etp=1/2&signature=2023-10-01&pmt=900&fa=1200&objpmt=1125&pmtjour=1000&releve=2026-11-20&embauche=2023-11-06",
    "suivi=1&spe=mg&etp=1&signature=2020-02-01&pmt=1100&fa=1500",
    "suivi=1&spe=cardio&etp=1/2&signature=2026-12-20",
];
/// A contract signed on 1 October 2023 at half time, followed on 6 December 2026.
const RUNNING: &str = LINKS[12];

fn situation(link: &str) -> Situation {
    decode(link).expect("decoded").situation
}

/// Parses an HTML fragment and returns its parse errors.
fn parse_errors(fragment: &str) -> Vec<String> {
    Html::parse_fragment(fragment)
        .errors
        .iter()
        .map(|e| e.to_string())
        .collect()
}

fn assert_well_formed(name: &str, link: &str, fragment: &str) {
    let errors = parse_errors(fragment);
    assert!(
        errors.is_empty(),
        "{name} for « {link} »: {errors:?}\n{fragment}"
    );
}

fn blocks(link: &str) -> Vec<(&'static str, String)> {
    let situation = situation(link);
    let outcome = evaluate(&situation);
    let report = Report {
        contact: "erreurs@exemple.fr",
        link: "https://exemple.fr/#v=1",
    };
    let report = Some(&report);
    let options = compare::options(&situation);
    let net = outcome
        .primary()
        .zip(situation.quotity)
        .and_then(|(s, q)| cost::net_cost(&situation, q, &s.aid));
    let payments = match (outcome.version, situation.signature, outcome.primary()) {
        (Some(v), Some(d), Some(s)) => calendar::payments(d, v, &s.aid),
        _ => Vec::new(),
    };
    let mut all = vec![
        ("hero", hero::hero(&outcome)),
        ("conditions", results::conditions(&outcome, report)),
        ("aid", aid::aid(&outcome, report)),
        ("objective", results::objective(&outcome, report)),
        ("answers", results::answers(&situation)),
        ("notices", results::notices(&outcome)),
        ("rules", results::rules_and_sources(&outcome)),
        ("compare", tools::compare(&options, &situation)),
        ("cost", tools::cost(net.as_ref(), report)),
        ("calendar", tools::calendar(&payments, report)),
        (
            "contract",
            contract::view(&situation, Date::ymd(2026, 12, 6), report),
        ),
        ("contract form", contract_form::form(&situation)),
    ];
    for tool in Tool::ALL {
        all.push(("tool fields", tool_fields::top(tool, &situation, &outcome)));
    }
    if let Some(scenario) = outcome.primary() {
        if let Some(year3) = scenario.aid.years().get(2) {
            all.push((
                "what-if",
                tools::what_if(&scenario.objective, year3, &situation, report),
            ));
        }
    }
    all
}

#[test]
fn the_parser_reports_broken_markup() {
    // The control: if these parsed cleanly, the test below would prove nothing.
    assert!(!parse_errors("<div><span></div>").is_empty());
    assert!(!parse_errors("<p>a</div>").is_empty());
    assert!(!parse_errors("<table><p>x</p></table>").is_empty());
}

#[test]
fn every_renderer_writes_well_formed_html() {
    for link in LINKS {
        for (name, fragment) in blocks(link) {
            assert_well_formed(name, link, &fragment);
        }
    }
    assert_well_formed("next steps", "", &next_steps::next_steps());
    assert_well_formed("barème", "", &bareme::page_body());
    let publishers = [
        site::Publisher::default(),
        site::Publisher {
            name: Some("Dr Exemple <éditeur>"),
            contact: Some("erreurs@exemple.fr"),
        },
    ];
    for page in publishers.iter().flat_map(site::pages) {
        let document =
            Html::parse_document(&site::document(&page, "main.css", "default-src 'self'"));
        assert!(
            document.errors.is_empty(),
            "{}: {:?}",
            page.file,
            document.errors
        );
    }
}

fn outcome(link: &str) -> Outcome {
    evaluate(&situation(link))
}

#[test]
fn aid_bars_are_proportional_to_the_amounts_and_say_them_in_words() {
    let html = aid::aid(&outcome(LINKS[0]), None);
    let fragment = Html::parse_fragment(&html);
    let bars: Vec<u32> = fragment
        .select(&Selector::parse("svg.chart rect.bar:not(.estimate)").unwrap())
        .map(|rect| rect.value().attr("height").unwrap().parse().unwrap())
        .collect();
    // 38 000, 28 000, then 22 000 € ceilings: the tallest bar is 110 units.
    assert_eq!(bars, vec![110, 81, 63, 63, 63]);
    let ceilings = fragment
        .select(&Selector::parse("rect.bar.ceiling").unwrap())
        .count();
    assert_eq!(ceilings, 3, "years 3 to 5 are drawn as ceilings");
    // Year 3 at 1 430 patients of 1 300 → 1 560: half the objective, 11 000 € estimated.
    let estimate: Vec<u32> = fragment
        .select(&Selector::parse("rect.bar.estimate").unwrap())
        .map(|rect| rect.value().attr("height").unwrap().parse().unwrap())
        .collect();
    assert_eq!(estimate, vec![31]);
    let desc = fragment
        .select(&Selector::parse("svg.chart desc").unwrap())
        .next()
        .expect("a text equivalent")
        .text()
        .collect::<String>();
    for expected in [
        "1re année : 38\u{202f}000\u{a0}€",
        "3e année : au plus 22\u{202f}000\u{a0}€, estimé 11\u{202f}000\u{a0}€",
    ] {
        assert!(desc.contains(expected), "{expected} in {desc}");
    }
    let labelled = fragment
        .select(&Selector::parse("svg.chart[role=img][aria-labelledby]").unwrap())
        .count();
    assert_eq!(labelled, 1);
}

#[test]
fn an_unknown_band_gives_one_folded_line_per_case_with_its_total() {
    // A cardiologist at half time without a stated band: every band's aid, each folded.
    let html = aid::aid(&outcome(LINKS[2]), None);
    let fragment = Html::parse_fragment(&html);
    let folded: Vec<String> = fragment
        .select(&Selector::parse("details.years:not([open]) > summary").unwrap())
        .map(|summary| summary.text().collect())
        .collect();
    let tables = fragment
        .select(&Selector::parse("details.years > table.aid").unwrap())
        .count();
    assert!(folded.len() >= 2, "{folded:?}");
    assert_eq!(tables, folded.len(), "each case's table is inside its line");
    for line in &folded {
        assert!(line.contains(" sur 5 ans") && line.contains('€'), "{line}");
    }
}

#[test]
fn a_doctor_who_is_not_eligible_sees_no_aid_as_theirs() {
    // Sector 2 without OPTAM: not eligible. The text's amounts stay, folded, under another title.
    let html = aid::block(
        &outcome("spe=mg&secteur=2&pmt=1300&etp=1&signature=2025-03-01"),
        None,
    );
    let fragment = Html::parse_fragment(&html);
    let title: String = fragment
        .select(&Selector::parse("h2").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(title, "L'aide prévue par le texte");
    assert!(!html.contains("Votre aide"), "{html}");
    let folded = fragment
        .select(&Selector::parse("details.years:not([open]) svg.chart").unwrap())
        .count();
    assert_eq!(folded, 1, "the chart is folded");
}

#[test]
fn the_cost_chart_sets_aid_against_cost() {
    let situation = situation(LINKS[1]);
    let outcome = evaluate(&situation);
    let net = cost::net_cost(
        &situation,
        situation.quotity.unwrap(),
        &outcome.primary().unwrap().aid,
    );
    let html = tools::cost(net.as_ref(), None);
    let fragment = Html::parse_fragment(&html);
    // 2 000 × 12 × 1,25 = 30 000 € a year against 38 000 € of aid in year 1: 110 and 86 units.
    let heights: Vec<u32> = fragment
        .select(&Selector::parse("svg.chart rect").unwrap())
        .map(|rect| rect.value().attr("height").unwrap().parse().unwrap())
        .collect();
    assert_eq!(&heights[..2], &[110, 86]);
    let text = fragment.root_element().text().collect::<String>();
    assert!(text.contains("gain 8\u{202f}000\u{a0}€"), "{text}");
    assert!(
        text.contains("reste à charge 8\u{202f}000\u{a0}€"),
        "{text}"
    );
}

#[test]
fn the_hero_holds_the_answer() {
    let text = |html: String| {
        Html::parse_fragment(&html)
            .root_element()
            .text()
            .collect::<String>()
    };
    let eligible = text(hero::hero(&outcome(LINKS[0])));
    for expected in [
        "Vous êtes éligible",
        "38\u{202f}000\u{a0}€",
        "132\u{202f}000\u{a0}€",
        "+260 patients",
        "1\u{202f}300 → 1\u{202f}560 patients médecin traitant",
    ] {
        assert!(eligible.contains(expected), "{expected} in {eligible}");
    }
    let refused = text(hero::hero(&outcome(LINKS[3])));
    assert!(refused.contains("Vous n'êtes pas éligible"), "{refused}");
    assert!(
        refused.contains("Radiologie : spécialité exclue"),
        "{refused}"
    );
    assert!(
        !refused.contains('€'),
        "no aid figure for a refusal: {refused}"
    );
    let incomplete = hero::hero(&outcome(LINKS[5]));
    assert!(
        incomplete.contains("data-action=\"modifier:clinique\""),
        "{incomplete}"
    );
}

#[test]
fn the_bareme_lists_every_parameter_of_the_engine() {
    let page = bareme::page_body();
    let json: serde_json::Value = serde_json::from_str(&bareme::json()).expect("valid JSON");
    let listed = json["parametres"].as_array().expect("parameters");
    let mut count = 0;
    for section in catalogue::sections() {
        for parameter in &section.parameters {
            count += 1;
            let key = format!("data-key=\"{}\"", parameter.key);
            assert!(page.contains(&key), "{} in the page", parameter.key);
            assert!(
                listed
                    .iter()
                    .any(|p| p["version"] == section.code && p["cle"] == parameter.key.as_str()),
                "{} of {} in regles.json",
                parameter.key,
                section.code
            );
        }
    }
    assert_eq!(
        listed.len(),
        count,
        "regles.json lists nothing the engine does not"
    );
    assert!(count > 150, "{count} parameters");
}

#[test]
fn the_reviewed_table_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/BAREME.md");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == bareme::markdown(),
        "src/rules/BAREME.md is stale: run `cargo run --bin pages` and review the diff"
    );
}

#[test]
fn a_running_contract_says_the_patients_gained_on_those_promised() {
    let html = contract::view(&situation(RUNNING), Date::ymd(2026, 12, 6), None);
    let text = scraper::Html::parse_fragment(&html)
        .root_element()
        .text()
        .collect::<String>()
        .replace(['\u{a0}', '\u{202f}'], " ");
    assert!(text.contains("4e année de votre contrat"), "{text}");
    assert!(
        text.contains("+100 patients sur les +225 promis (selon votre contrat)"),
        "{text}"
    );
    // No reading of today's file active: what is promised, and the count it leads to.
    assert!(
        text.contains("+300 patients à gagner, soit 1 500 (notre estimation)"),
        "{text}"
    );
    assert!(!text.contains("patients patients"), "{text}");
}

#[test]
fn the_legal_notice_names_the_publisher_and_the_bareme_offers_a_report() {
    let publisher = site::Publisher {
        name: Some("Cabinet Exemple"),
        contact: Some("erreurs@exemple.fr"),
    };
    let pages = site::pages(&publisher);
    let page = |file: &str| {
        pages
            .iter()
            .find(|page| page.file == file)
            .map(|page| page.body.replace('\u{a0}', " "))
            .expect("the page")
    };
    assert!(page("mentions-legales.html").contains("Éditeur : Cabinet Exemple."));
    assert!(page("mentions-legales.html").contains("href=\"mailto:erreurs@exemple.fr\""));
    assert!(page("bareme.html").contains("Signaler une erreur"));
    let unset = site::pages(&site::Publisher::default());
    let notice = &unset
        .iter()
        .find(|page| page.file == "mentions-legales.html")
        .expect("the legal notice")
        .body;
    assert!(notice.contains("non indiqué"), "{notice}");
    assert!(!notice.contains("{editeur}"));
}
