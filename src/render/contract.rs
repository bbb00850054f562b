//! « Où en est votre contrat », written by the worker from `rules::tracking`: the answer first (the
//! contract year and its dates, this year's ceiling, the patients gained on the promised ones, the
//! pace, the next payment), then the path to the target, what is at stake, what to do now, the other
//! decisions and the years past. In print, the « Bilan de mon contrat » for the accountant or the CPAM
//! meeting: the figures, their status, the date of the counts.

mod words;

use super::actions::Action;
use super::charts;
use super::html::{el, text_el, Html};
use super::ics;
use super::report::Report;
use super::results::{answers, rules_and_sources_of};
use super::why::{badge, why};
use crate::date::Date;
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::facts::Status;
use crate::rules::objective::Measure;
use crate::rules::tracking::{self, ContractTime, Goal, NotFollowed, Progress, Stake, Tracking};
use crate::rules::versions::common;
use crate::situation::link::escape_component;
use crate::situation::Situation;
use words::{pace_words, progress_words, status_of};

/// The contract view for these answers on `today`.
pub fn view(situation: &Situation, today: Date, report: Option<&Report>) -> String {
    let mut html = Html::new();
    match tracking::follow(situation, today) {
        Err(NotFollowed::Missing(questions)) => {
            el!(&mut html, "section", "class" = "hero incomplete", "data-testid" = "contract-missing" => |s: &mut Html| {
                text_el!(s, "h2" => "Il manque des réponses sur votre contrat");
                el!(s, "ul", "class" = "missing" => |ul: &mut Html| {
                    for question in &questions {
                        el!(ul, "li" => |li: &mut Html| {
                            text_el!(li, "button", "type" = "button", "class" = "link";
                                "data-action" = &Action::Edit(question.key()).code() => question.french());
                        });
                    }
                });
            });
        }
        Err(NotFollowed::Unsupported(reason)) => {
            text_el!(&mut html, "p", "class" = "notice warning", "data-testid" = "contract-unsupported" => &reason);
        }
        Ok(tracked) => followed(&mut html, &tracked, situation, report),
    }
    html.finish()
}

/// A contract followed, from top to bottom as the doctor reads it.
fn followed(html: &mut Html, tracked: &Tracking, situation: &Situation, report: Option<&Report>) {
    hero(html, tracked);
    action_bar(html, tracked);
    el!(html, "section", "class" = "block steps-of-objective", "aria-labelledby" = "chemin-titre", "data-testid" = "contract-progress" => |s: &mut Html| {
        text_el!(s, "h2", "id" = "chemin-titre" => "Votre objectif, pas à pas");
        for progress in &tracked.progress {
            measure(s, progress, tracked, report);
        }
        let rule = tracked.objective.combination;
        if tracked.progress.len() > 1 && !rule.note.is_empty() {
            el!(s, "p", "class" = "rule" => |p: &mut Html| {
                p.text(rule.note);
                badge(p, rule.status);
            });
        }
        el!(s, "p", "class" = "hint" => |p: &mut Html| {
            p.text(common::OBJECTIVE_MEASURE.value);
            badge(p, common::OBJECTIVE_MEASURE.status);
        });
    });
    stake(html, tracked, report);
    now(html);
    decisions(html, tracked, report);
    past(html, tracked);
    html.trusted(&answers(situation));
    // The decisions are not printed: nor are the sources only they rest on.
    let rules = [
        Explanation::new("").rests_on(&tracked.objective.combination),
        Explanation::new("").rests_on(&common::OBJECTIVE_MEASURE),
    ];
    let printed: Vec<&Explanation> = std::iter::once(&tracked.this_year.why)
        .chain(tracked.past.iter().map(|year| &year.why))
        .chain(tracked.next_payment.iter().map(|payment| &payment.why))
        .chain(tracked.progress.iter().map(|progress| &progress.why))
        .chain(std::iter::once(tracked.stake.why()))
        .chain(tracked.stake.estimate().map(|estimate| &estimate.why))
        .chain(&rules)
        .collect();
    let decisions: Vec<&Explanation> = tracked.decisions.iter().map(|d| &d.why).collect();
    html.trusted(&rules_and_sources_of(
        Some(tracked.version),
        &printed,
        &decisions,
    ));
}

/// The answer at a glance: which year and its dates, what it pays and when, how far the objective
/// is on its way, the pace or since when it counts, what follows the fifth year.
fn hero(html: &mut Html, tracked: &Tracking) {
    let year = &tracked.this_year;
    let (title, dates) = match tracked.time {
        ContractTime::NotStarted { starts } => (
            "Votre contrat n'a pas commencé".to_string(),
            format!("début le {}", starts.french()),
        ),
        ContractTime::Running { year, starts, ends } => (
            format!(
                "{} de votre contrat",
                format::capitalised(&format::ordinal(year))
            ),
            format!("du {} au {}", starts.french(), ends.french()),
        ),
    };
    let past = match tracked.past.len() {
        0 => String::new(),
        1 => " · 1 année passée".to_string(),
        n => format!(" · {n} années passées"),
    };
    el!(html, "section", "class" = "hero contract", "aria-labelledby" = "contrat-titre", "data-testid" = "contract-hero" => |s: &mut Html| {
        text_el!(s, "h2", "id" = "contrat-titre", "data-testid" = "contract-year" => &title);
        text_el!(s, "p", "class" = "dates", "data-testid" = "contract-dates" => &format!(
            "{dates} · signé le {} ({}){past}",
            tracked.signature.french(),
            format::uncapitalised(tracked.version.name)
        ));
        el!(s, "dl", "class" = "key-figures pair" => |dl: &mut Html| {
            let paid = if year.is_ceiling() { "au plus, selon l'objectif" } else { "versés en entier" };
            let revalued = revalued_since(tracked)
                .map(|since| format!(" · revalorisés depuis la {}", format::ordinal(since)))
                .unwrap_or_default();
            figure(dl, "Cette année", "contract-ceiling", &format::euros(year.amount),
                &format!("{paid}{revalued}"), year.why.status);
            match &tracked.next_payment {
                Some(payment) => figure(dl, "Prochain versement", "contract-payment",
                    &format::euros(payment.amount), &payment.when.french(), payment.why.status),
                None => figure(dl, "Prochain versement", "contract-payment", "—",
                    "date non connue : votre CPAM la donne", Status::Unknown),
            }
        });
        if let Some(first) = tracked.progress.first() {
            objective_line(s, first, tracked);
        }
        if tracked.time.year() + 1 >= common::CONTRACT_YEARS.value {
            text_el!(s, "p", "class" = "detail", "data-testid" = "contract-renewal" => &format!(
                "Après la {} : contrat renouvelable, aide pérenne.",
                format::ordinal(common::CONTRACT_YEARS.value)
            ));
        }
    });
}

/// The first contract year paid the revalued amounts, when this one is.
fn revalued_since(tracked: &Tracking) -> Option<u32> {
    if !tracked.this_year.revalued {
        return None;
    }
    tracked
        .past
        .iter()
        .find(|year| year.revalued)
        .map_or(Some(tracked.this_year.year), |year| Some(year.year))
}

/// The objective in the hero: gained on promised, its path drawn, then the pace or since when the
/// objective counts.
fn objective_line(html: &mut Html, progress: &Progress, tracked: &Tracking) {
    let (value, detail) = progress_words(progress);
    el!(html, "p", "class" = "objective-line", "data-testid" = "contract-objective" => |p: &mut Html| {
        text_el!(p, "span", "class" = "measure" => &format!("{} : ", format::capitalised(progress.measure.label())));
        text_el!(p, "strong", "class" = "big" => &value);
        p.text(" ").text(&detail);
        badge(p, status_of(progress.origin));
    });
    if let (Some(start), Some(goal)) = (progress.start, progress.goal_count()) {
        let observed = progress
            .today
            .map(|reading| (reading.count, reading.on.short_french()));
        charts::patients_path(
            html,
            "graphique-contrat",
            start,
            goal,
            observed.as_ref().map(|(count, on)| (*count, on.as_str())),
        );
    }
    if let Some((pace, until)) = pace_words(progress, tracked) {
        el!(html, "p", "class" = "pace", "data-testid" = "contract-pace" => |p: &mut Html| {
            text_el!(p, "strong" => &pace);
            p.text(" ").text(&until);
        });
    }
}

fn figure(html: &mut Html, name: &str, testid: &str, value: &str, detail: &str, status: Status) {
    el!(html, "div", "class" = "key-figure" => |div: &mut Html| {
        text_el!(div, "dt" => name);
        text_el!(div, "dd", "class" = "big"; "data-testid" = testid => value);
        el!(div, "dd", "class" = "detail" => |dd: &mut Html| {
            dd.text(detail);
            badge(dd, status);
        });
    });
}

/// « Ajouter à mon agenda » (a calendar file made here, nothing sent), share, the summary in print,
/// and the way back to the contract's figures.
fn action_bar(html: &mut Html, tracked: &Tracking) {
    let calendar = ics::calendar(&tracked.events, tracked.signature, tracked.today);
    let href = format!(
        "data:text/calendar;charset=utf-8,{}",
        escape_component(&calendar)
    );
    text_el!(html, "a", "class" = "button primary wide no-print", "download" = "mon-contrat-assistant-medical.ics",
        "data-testid" = "agenda"; "href" = &href => "Ajouter à mon agenda");
    el!(html, "div", "class" = "action-bar no-print", "data-testid" = "contract-actions" => |bar: &mut Html| {
        text_el!(bar, "button", "type" = "button", "class" = "secondary", "data-testid" = "share";
            "data-action" = &Action::Share.code() => "Partager");
        text_el!(bar, "button", "type" = "button", "class" = "secondary", "data-testid" = "print";
            "data-action" = &Action::Print.code() => "Bilan PDF");
        text_el!(bar, "button", "type" = "button", "class" = "secondary", "data-testid" = "edit-contract";
            "data-action" = &Action::EditContract.code() => "Modifier");
    });
}

/// One measure's path: start → today → target, in words and drawn.
fn measure(html: &mut Html, progress: &Progress, tracked: &Tracking, report: Option<&Report>) {
    let id = match progress.measure {
        Measure::Pmt => "graphique-suivi-pmt",
        Measure::Fa => "graphique-suivi-fa",
    };
    // What the hero already says (its measure's words, the same pace) is printed once.
    let in_hero = tracked.progress.first() == Some(progress);
    let hero_pace = tracked
        .progress
        .first()
        .and_then(|first| pace_words(first, tracked));
    let once = |repeats: bool, class: &'static str| {
        if repeats {
            format!("{class} no-print")
        } else {
            class.to_string()
        }
    };
    el!(html, "div", "class" = "target"; "data-testid" = id => |div: &mut Html| {
        let (value, detail) = progress_words(progress);
        el!(div, "p"; "class" = &once(in_hero, "figure-line") => |p: &mut Html| {
            text_el!(p, "strong" => &format!("{} : {value}", format::capitalised(progress.measure.label())));
            p.text(" ").text(&detail);
            badge(p, status_of(progress.origin));
        });
        if let (Some(start), Some(goal)) = (progress.start, progress.goal_count()) {
            let observed = progress.today.map(|reading| (reading.count, reading.on.short_french()));
            charts::patients_path(div, id, start, goal, observed.as_ref().map(|(count, on)| (*count, on.as_str())));
        }
        if let Some(reading) = progress.today {
            text_el!(div, "p", "class" = "detail" => &if reading.day_assumed {
                "Date du relevé non indiquée : compté comme lu aujourd'hui.".to_string()
            } else {
                format!("Relevé sur ameli pro le {}.", reading.on.french())
            });
        }
        if let Some(pace) = pace_words(progress, tracked) {
            let repeats = hero_pace.as_ref() == Some(&pace);
            text_el!(div, "p"; "class" = &once(repeats, "detail") => &format!("{} {}", pace.0, pace.1));
        }
        why(div, &progress.why, report, progress.measure.label());
    });
}

/// What is at stake this year, and what the texts say happens when the objective is not met.
fn stake(html: &mut Html, tracked: &Tracking, report: Option<&Report>) {
    el!(html, "section", "class" = "block", "aria-labelledby" = "enjeu-titre", "data-testid" = "contract-stake" => |s: &mut Html| {
        text_el!(s, "h2", "id" = "enjeu-titre" => "Ce qui est en jeu");
        match &tracked.stake {
            Stake::InFull { then, .. } => {
                text_el!(s, "p" => &format!(
                    "Cette année est versée en entier, quoi qu'il arrive. À partir du {}, début de la 3e \
                     année, l'aide dépend de l'atteinte de l'objectif{}.",
                    tracked.measured_from.french(),
                    then.map(|ceiling| format!(" : au plus {} par an", format::euros(ceiling))).unwrap_or_default()
                ));
            }
            Stake::Modulated { ceiling, .. } => {
                text_el!(s, "p" => &format!(
                    "Cette année, au plus {} : l'aide est versée selon l'atteinte de l'objectif. La formule \
                     n'est pas publiée : nous ne donnons aucun montant réduit ferme.",
                    format::euros(*ceiling)
                ));
            }
        }
        if let Some(estimate) = tracked.stake.estimate() {
            el!(s, "p", "class" = "figure-line", "data-testid" = "contract-estimate" => |p: &mut Html| {
                p.text("Avec vos chiffres d'aujourd'hui, environ ");
                text_el!(p, "strong" => &format::euros(estimate.amount));
                p.text(&format!(" sur {}", format::euros(estimate.ceiling)));
                badge(p, estimate.why.status);
            });
            why(s, &estimate.why, report, "Estimation de l'aide");
        }
        for progress in &tracked.progress {
            if let Goal::Keep { floor } = progress.goal {
                text_el!(s, "p", "data-testid" = "contract-floor" => &format!(
                    "À partir de 65 ans : garder au moins {} {}.",
                    format::count(floor),
                    progress.measure.patients()
                ));
            }
        }
        why(s, tracked.stake.why(), report, "Ce qui est en jeu");
    });
}

/// What to do now: the CPAM, the documents, the questions to ask.
fn now(html: &mut Html) {
    // The « Bilan » in print keeps the figures; what to do and the other decisions stay on screen.
    el!(html, "section", "class" = "block no-print", "aria-labelledby" = "maintenant-titre", "data-testid" = "contract-now" => |s: &mut Html| {
        text_el!(s, "h2", "id" = "maintenant-titre" => "Que faire maintenant ?");
        el!(s, "ul" => |ul: &mut Html| {
            text_el!(ul, "li" => "Votre CPAM, signataire du contrat, est votre interlocuteur : demandez-lui à quelle \
                date et comment elle mesure votre objectif, quel montant elle vous versera cette année et quand.");
            text_el!(ul, "li" => "Les documents à réunir : votre contrat et son annexe (l'option, les nombres de \
                départ, l'objectif), le relevé de patientèle d'ameli pro (page « patientèle »), le contrat de \
                travail et les bulletins de salaire de l'assistant, son attestation de formation.");
            text_el!(ul, "li" => "Vérifiez que les nombres d'ameli pro sont ceux que votre CPAM retient.");
        });
        el!(s, "p" => |p: &mut Html| {
            text_el!(p, "a", "class" = "link", "href" = "ensuite.html" => "Et ensuite ? Les réponses aux questions des médecins");
        });
    });
}

fn decisions(html: &mut Html, tracked: &Tracking, report: Option<&Report>) {
    el!(html, "section", "class" = "block no-print", "aria-labelledby" = "decisions-titre", "data-testid" = "contract-decisions" => |s: &mut Html| {
        text_el!(s, "h2", "id" = "decisions-titre" => "Les autres décisions");
        for decision in &tracked.decisions {
            el!(s, "details", "class" = "decision" => |d: &mut Html| {
                el!(d, "summary" => |summary: &mut Html| {
                    summary.text(decision.title);
                    if let Some(on) = decision.on {
                        text_el!(summary, "span", "class" = "detail" => &on.french());
                    }
                });
                text_el!(d, "p" => &decision.says);
                badge(d, decision.why.status);
                why(d, &decision.why, report, decision.title);
            });
        }
    });
}

/// The years already over, with what each paid at most.
fn past(html: &mut Html, tracked: &Tracking) {
    if tracked.past.is_empty() {
        return;
    }
    el!(html, "details", "class" = "block past", "data-testid" = "contract-past" => |d: &mut Html| {
        text_el!(d, "summary" => &format!("Les années passées ({})", tracked.past.len()));
        el!(d, "ul" => |ul: &mut Html| {
            for year in &tracked.past {
                text_el!(ul, "li" => &format!(
                    "{}, du {} au {} : {}{}",
                    format::ordinal(year.year),
                    year.starts.short_french(),
                    year.ends.short_french(),
                    if year.is_ceiling() { "au plus " } else { "" },
                    format::euros(year.amount)
                ));
            }
        });
    });
}
