//! Everything the app tells the doctor above the screen, as one list with one shape: notices,
//! storage that will not keep the answers, a shared link to keep or not, a new version waiting,
//! the iOS install hint. Derived from the state, never stored twice. Calm: one line each, the details
//! folded, a « Fermer »; and they stay off the tools.

use super::browser;
use super::pwa::Pwa;
use super::screen::Screen;
use super::state::{AppState, Prefill, Tone};
use super::storage::StorageState;
use crate::render::html::{el, text_el, Html};
use leptos::prelude::*;

/// What a banner's button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Dismiss(u32),
    Undo,
    BackFromLink,
    CloseLinkNotice,
    ApplyUpdate,
    CloseIosHint,
}

impl Action {
    /// The button's `data-action`, and back.
    fn code(self) -> String {
        match self {
            Action::Dismiss(id) => format!("fermer:{id}"),
            Action::Undo => "annuler".to_string(),
            Action::BackFromLink => "revenir".to_string(),
            Action::CloseLinkNotice => "fermer-lien".to_string(),
            Action::ApplyUpdate => "recharger".to_string(),
            Action::CloseIosHint => "compris".to_string(),
        }
    }

    fn from_code(code: &str) -> Option<Action> {
        Some(match code {
            "annuler" => Action::Undo,
            "revenir" => Action::BackFromLink,
            "fermer-lien" => Action::CloseLinkNotice,
            "recharger" => Action::ApplyUpdate,
            "compris" => Action::CloseIosHint,
            other => Action::Dismiss(other.strip_prefix("fermer:")?.parse().ok()?),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Button {
    action: Action,
    label: &'static str,
    testid: &'static str,
    primary: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Banner {
    tone: Tone,
    testid: &'static str,
    title: Option<&'static str>,
    text: String,
    /// Listed under the text (the keys a link got wrong), with their own test id.
    details: Vec<String>,
    details_testid: &'static str,
    buttons: Vec<Button>,
}

impl Banner {
    fn new(tone: Tone, testid: &'static str, text: impl Into<String>) -> Banner {
        Banner {
            tone,
            testid,
            title: None,
            text: text.into(),
            details: Vec::new(),
            details_testid: "",
            buttons: Vec::new(),
        }
    }

    fn button(
        mut self,
        action: Action,
        label: &'static str,
        testid: &'static str,
        primary: bool,
    ) -> Banner {
        self.buttons.push(Button {
            action,
            label,
            testid,
            primary,
        });
        self
    }
}

fn prefill_banner(prefill: Prefill) -> Banner {
    // One line on a phone: what was kept apart is said only when the doctor had a simulation open.
    let kept = if prefill.known {
        "Déjà dans vos simulations."
    } else if prefill.back_to.is_some() {
        "Enregistrée à part : la vôtre n'a pas changé."
    } else {
        ""
    };
    let mut banner = Banner::new(Tone::Info, "prefill", kept);
    banner.title = Some("Simulation préremplie depuis un lien partagé");
    if !prefill.issues.is_empty() {
        banner.text = format!(
            "{} réponse(s) du lien ignorée(s). {}",
            prefill.issues.len(),
            banner.text
        )
        .trim_end()
        .to_string();
        banner.details = prefill.issues;
        banner.details_testid = "prefill-issues";
    }
    if prefill.back_to.is_some() {
        banner = banner.button(
            Action::BackFromLink,
            "Revenir à ma simulation",
            "back-to-saved",
            false,
        );
    }
    banner.button(Action::CloseLinkNotice, "Fermer", "close-prefill", false)
}

fn banners(state: &AppState, pwa: &Pwa) -> Vec<Banner> {
    let mut banners = Vec::new();
    if matches!(state.screen.get(), Screen::Tool(_)) {
        return banners;
    }
    if pwa.update_ready.get() {
        banners.push(
            Banner::new(
                Tone::Info,
                "update",
                "Une nouvelle version du simulateur est disponible. Vos réponses sont gardées.",
            )
            .button(Action::ApplyUpdate, "Recharger", "update-reload", true),
        );
    }
    if pwa.offline.get() {
        banners.push(Banner::new(
            Tone::Info,
            "offline",
            "Hors ligne : le simulateur calcule sur cet appareil, vos réponses sont gardées.",
        ));
    }
    // After a first result (a simulation kept), and never over a shared link's banner: one thing
    // at a time.
    let after_a_result = state.current.with(Option::is_some);
    if pwa.ios_hint.get() && after_a_result && state.prefill.with(Option::is_none) {
        banners.push(
            Banner::new(
                Tone::Info,
                "ios-hint",
                "Pour installer le simulateur sur votre iPhone : touchez Partager, puis « Sur l'écran d'accueil ».",
            )
            .button(Action::CloseIosHint, "Compris", "ios-hint-close", false),
        );
    }
    if let StorageState::Unavailable(reason) = state.storage.get() {
        banners.push(Banner::new(Tone::Warning, "storage-warning", reason));
    }
    for notice in state.notices.get() {
        let mut banner = Banner::new(notice.tone, "notice", notice.text);
        if notice.undoable {
            banner = banner.button(Action::Undo, "Annuler", "undo", false);
        }
        let mut banner = banner.button(Action::Dismiss(notice.id), "Fermer", "dismiss", false);
        banner.details = notice.details;
        banner.details_testid = "notice-details";
        banners.push(banner);
    }
    if let Some(prefill) = state.prefill.get() {
        banners.push(prefill_banner(prefill));
    }
    banners
}

fn act(action: Action, state: &AppState, pwa: &Pwa) {
    match action {
        Action::Dismiss(id) => state.dismiss(id),
        Action::Undo => state.undo(),
        Action::BackFromLink => state.back_from_link(),
        Action::CloseLinkNotice => state.prefill.set(None),
        Action::ApplyUpdate => pwa.reload_to_update(),
        Action::CloseIosHint => pwa.close_ios_hint(),
    }
}

/// The banners as HTML: one line each, the details folded, the buttons naming their action.
fn write(banners: Vec<Banner>) -> String {
    let mut html = Html::new();
    for banner in banners {
        let class = match banner.tone {
            Tone::Info => "notice info",
            Tone::Warning => "notice warning",
        };
        // A banner whose one button only closes it keeps that button on its line.
        let compact = matches!(banner.buttons.as_slice(), [only] if !only.primary);
        let class = if compact {
            format!("{class} compact")
        } else {
            class.to_string()
        };
        el!(&mut html, "div"; "class" = &class; "data-testid" = banner.testid => |div: &mut Html| {
            el!(div, "p", "class" = "line" => |p: &mut Html| {
                if let Some(title) = banner.title {
                    text_el!(p, "strong" => title);
                    p.text(" ");
                }
                p.text(&banner.text);
            });
            if !banner.details.is_empty() {
                el!(div, "details" => |details: &mut Html| {
                    text_el!(details, "summary" => &format!("Voir le détail ({})", banner.details.len()));
                    el!(details, "ul"; "data-testid" = banner.details_testid => |ul: &mut Html| {
                        for detail in &banner.details {
                            text_el!(ul, "li" => detail);
                        }
                    });
                });
            }
            if !banner.buttons.is_empty() {
                el!(div, "div", "class" = "notice-actions" => |actions: &mut Html| {
                    for button in &banner.buttons {
                        let class = if button.primary { "primary" } else { "secondary" };
                        text_el!(actions, "button", "type" = "button"; "class" = class;
                            "data-action" = &button.action.code(); "data-testid" = button.testid => button.label);
                    }
                });
            }
        });
    }
    html.finish()
}

#[component]
pub fn Banners() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pwa = expect_context::<Pwa>();
    let on_click = move |event: leptos::ev::MouseEvent| {
        if let Some(action) =
            browser::clicked_action(&event).and_then(|code| Action::from_code(&code))
        {
            act(action, &state, &pwa);
        }
    };
    view! {
        <div class="notices" data-testid="notices" on:click=on_click inner_html=move || write(banners(&state, &pwa))></div>
    }
}
