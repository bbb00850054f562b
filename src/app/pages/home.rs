//! The home screen's live part: resume, the two ways in (deciding whether to hire, or following a
//! contract already signed), the collective contract, and « Mes simulations ». Its text (title, what
//! the simulator does) is static in index.html, painted before the WebAssembly arrives and shown
//! only on this screen. The buttons are written as HTML, each naming its action.

use crate::app::browser;
use crate::app::pwa::Pwa;
use crate::app::screen::{Screen, Step};
use crate::app::state::{AppState, Listed};
use crate::render::actions::Action;
use crate::render::html::{el, text_el, Html};
use crate::situation::{Situation, Specialty};
use leptos::prelude::*;

/// What the home screen shows.
struct Home<'a> {
    /// The simulation on screen, by its name.
    on_screen: Option<&'a Listed>,
    simulations: &'a [Listed],
    installable: bool,
}

fn button(html: &mut Html, action: Action, class: &str, testid: &str, label: &str, detail: &str) {
    el!(html, "button", "type" = "button"; "class" = class; "data-testid" = testid;
        "data-action" = &action.code() => |button: &mut Html| {
        button.text(label);
        // A space, so that the label and its detail are never read as one word.
        button.text(" ");
        text_el!(button, "span", "class" = "detail" => detail);
    });
}

fn saved_on(listed: &Listed) -> String {
    listed
        .saved_on
        .map(|day| format!("enregistrée le {}", day.french()))
        .unwrap_or_default()
}

fn write(home: &Home) -> String {
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "actions ways-in" => |div: &mut Html| {
        if let Some(listed) = home.on_screen {
            button(div, Action::Resume, "primary", "resume", &format!("Reprendre : {}", listed.name), &saved_on(listed));
        }
        let first = if home.on_screen.is_some() { "secondary" } else { "primary" };
        button(div, Action::Start, first, "start", "Je réfléchis à embaucher",
            "éligibilité, aide par année, patients à gagner");
        button(div, Action::FollowContract, "secondary", "follow-contract", "J'ai déjà un contrat",
            "où en est mon objectif, ce que je touche, les dates");
        text_el!(div, "button", "type" = "button", "class" = "link", "data-testid" = "start-collective";
            "data-action" = &Action::StartCollective.code()
            => "Vous êtes un groupe de généralistes (SCP, SCM, SISA) ? Le contrat collectif");
        if home.installable {
            text_el!(div, "button", "type" = "button", "class" = "secondary", "data-testid" = "install";
                "data-action" = &Action::Install.code() => "Installer l'application");
        }
    });
    if !home.simulations.is_empty() {
        el!(&mut html, "section", "class" = "simulations", "aria-labelledby" = "mes-simulations" => |section: &mut Html| {
            text_el!(section, "h2", "id" = "mes-simulations" => &format!("Mes simulations ({})", home.simulations.len()));
            el!(section, "ul", "data-testid" = "simulations" => |ul: &mut Html| {
                for listed in home.simulations {
                    let Ok(id) = listed.id.parse::<u64>() else { continue };
                    el!(ul, "li" => |li: &mut Html| {
                        button(li, Action::OpenSimulation(id), "link", "open-simulation", &listed.name, &saved_on(listed));
                        text_el!(li, "button", "type" = "button", "class" = "secondary small", "data-testid" = "delete-simulation";
                            "aria-label" = &format!("Supprimer : {}", listed.name);
                            "data-action" = &Action::DeleteSimulation(id).code() => "Supprimer");
                    });
                }
            });
        });
    }
    text_el!(&mut html, "p", "class" = "disclaimer" =>
        "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat.");
    html.finish()
}

#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pwa = expect_context::<Pwa>();
    let on_click = move |event: leptos::ev::MouseEvent| match browser::clicked_action(&event)
        .and_then(|code| Action::from_code(&code))
    {
        Some(Action::Resume) => state.go(state.answer_screen()),
        Some(Action::Start) => {
            state.new_simulation(state.fresh_answers(), Screen::Step(Step::Contract))
        }
        Some(Action::FollowContract) => {
            state.new_simulation(state.fresh_contract(), Screen::ContractForm)
        }
        Some(Action::StartCollective) => {
            let collective = Situation {
                specialty: Some(Specialty::GeneralPractice),
                collective_members: Some(2),
                ..state.fresh_answers()
            };
            state.new_simulation(collective, Screen::Step(Step::Contract));
        }
        Some(Action::OpenSimulation(id)) => state.open_simulation(&id.to_string()),
        Some(Action::DeleteSimulation(id)) => state.delete_simulation(&id.to_string()),
        Some(Action::Install) => pwa.install(),
        _ => {}
    };
    let html = move || {
        let simulations = state.simulations.get();
        let on_screen = state.current.with(|current| {
            current
                .as_ref()
                .and_then(|c| simulations.iter().position(|s| s.id == c.id))
        });
        write(&Home {
            on_screen: on_screen.map(|index| &simulations[index]),
            simulations: &simulations,
            installable: pwa.installable.get(),
        })
    };
    view! { <div class="home-actions" on:click=on_click inner_html=html></div> }
}
