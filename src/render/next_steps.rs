//! « Et ensuite ? », a static page of the site: the steps after a simulation, then the questions
//! doctors ask, each folded and sourced. The date the answers were checked is said once. Every figure
//! comes from the rules.

use super::html::{el, text_el, Html};
use super::why::source_link;
use crate::format;
use crate::rules::facts::{Fact, Source, Status};
use crate::rules::model::SeniorRule;
use crate::rules::sources;
use crate::rules::versions::{self, common};

fn sourced(html: &mut Html, source: &Source, status: Status) {
    el!(html, "p", "class" = "source" => |p: &mut Html| {
        p.text("Source : ");
        source_link(p, source);
        p.text(match status {
            Status::Confirmed => " (source officielle)",
            Status::Secondary => " (source secondaire)",
            Status::Estimate => " (notre estimation)",
            Status::Unknown => " (non publié)",
        });
    });
}

fn question(html: &mut Html, question: &str, answer: &str, source: &Source, status: Status) {
    el!(html, "details", "class" = "faq" => |details: &mut Html| {
        text_el!(details, "summary" => question);
        text_el!(details, "p" => answer);
        sourced(details, source, status);
    });
}

fn faq_fact<T: Copy>(html: &mut Html, title: &str, answer: &str, fact: Fact<T>) {
    question(html, title, answer, fact.source, fact.status);
}

/// « Et ensuite ? »: the steps after the simulation and the questions doctors ask. Long only because
/// it is the page's text, question after question.
pub fn next_steps() -> String {
    let checked = versions::ALL.iter().map(|v| v.checked_on).max();
    let mut html = Html::new();
    el!(&mut html, "p", "class" = "lead" => |p: &mut Html| {
        p.text("Les étapes après la simulation, et les réponses aux questions que posent les médecins.");
        if let Some(day) = checked {
            p.text(" Réponses vérifiées le ").text(&day.french()).text(".");
        }
    });
    text_el!(&mut html, "h2" => "1. Prendre contact avec votre CPAM");
    text_el!(&mut html, "p" =>
        "Votre caisse vérifie votre éligibilité, vous indique votre bande d'activité (percentile de \
         votre patientèle ou de votre file active), fixe vos objectifs et signe le contrat avec vous. \
         Les montants et objectifs de votre contrat sont les siens : ce simulateur les estime.");
    sourced(&mut html, &sources::S4_AMELI_SIMULATEUR, Status::Confirmed);
    text_el!(&mut html, "h2" => "2. Recruter et former l'assistant");
    text_el!(&mut html, "p" =>
        "Les réponses ci-dessous disent qui peut l'employer, sous quel contrat et avec quelle formation.");
    text_el!(&mut html, "h2" => "Questions fréquentes");
    for item in &common::GUIDANCE {
        question(
            &mut html,
            item.value.question,
            item.value.answer,
            item.source,
            item.status,
        );
    }
    let years = common::CONTRACT_YEARS;
    faq_fact(
        &mut html,
        "L'aide s'arrête-t-elle au bout de cinq ans ?",
        &format!(
            "Non. Le contrat dure {} ans, il est renouvelable, et l'aide est pérenne.",
            years.value
        ),
        years,
    );
    let modulated = common::FIRST_MODULATED_YEAR;
    faq_fact(
        &mut html,
        "Si je n'atteins pas l'objectif, dois-je rembourser ?",
        &format!(
            "Les années avant la {n}e sont versées en entier quoi qu'il arrive. À partir de la {n}e \
             année, l'aide est modulée selon l'atteinte de l'objectif (proratisée dans le contrat \
             collectif). La formule n'est pas publiée : l'écran « Et si… en {n}e année » en donne une \
             estimation.",
            n = modulated.value
        ),
        modulated,
    );
    for table in versions::AMOUNT_TABLES
        .iter()
        .filter(|t| t.revaluation.is_some())
    {
        question(
            &mut html,
            "Mon contrat a été signé avant la revalorisation : suis-je revalorisé ?",
            &format!(
                "Oui, à partir de la première date anniversaire de votre contrat qui tombe le {} ou \
                 après, pour cette année de contrat et toutes les suivantes.",
                table.applies_from.french()
            ),
            table.source,
            table.status,
        );
    }
    if let Some((version, senior)) = versions::INDIVIDUAL
        .iter()
        .find_map(|v| v.objective.senior.map(|rule| (v, rule)))
    {
        let SeniorRule {
            from_age,
            tolerated_fall,
        } = senior.value;
        faq_fact(
            &mut html,
            &format!("J'ai {from_age} ans ou plus : quel objectif ?"),
            &format!(
                "Pour un contrat signé depuis le {}, l'objectif est de maintenir votre patientèle, \
                 une baisse de {} étant tolérée.",
                version.signed_from.french(),
                tolerated_fall.french()
            ),
            senior,
        );
    }
    let grid = common::SALARY_GRID;
    faq_fact(
        &mut html,
        "Combien coûte un assistant médical ?",
        &format!(
            "Le salaire minimum brut de la convention collective du personnel des cabinets médicaux \
             allait de {} à {} par mois à temps plein au {}, charges patronales en plus. L'écran \
             « Coût net » fait le calcul avec vos chiffres.",
            format::euros_cents(grid.value.lowest),
            format::euros_cents(grid.value.highest),
            grid.value.on.french()
        ),
        grid,
    );
    html.finish()
}
