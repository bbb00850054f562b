//! Everything the app tells the doctor above the screen, as one list with one shape: notices,
//! storage that will not keep the answers, a shared link to keep or not, a new version waiting,
//! the iOS install hint. Derived from the state, never stored twice.

use super::pwa::Pwa;
use super::state::{AppState, Prefill, Tone};
use super::storage::StorageState;
use leptos::prelude::*;

/// What a banner's button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Dismiss(u32),
    KeepLink,
    RestoreSaved,
    CloseLinkNotice,
    ApplyUpdate,
    CloseIosHint,
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
    let choice = prefill.saved.is_some();
    let mut banner = Banner::new(
        Tone::Info,
        "prefill",
        if choice {
            "Vos réponses enregistrées sur cet appareil n'ont pas été modifiées. Que voulez-vous garder ?"
        } else {
            ""
        },
    );
    banner.title = Some("Simulation préremplie depuis un lien partagé");
    if !prefill.issues.is_empty() {
        banner.text = format!("Ces réponses du lien ont été ignorées. {}", banner.text);
        banner.details = prefill.issues;
        banner.details_testid = "prefill-issues";
    }
    if choice {
        banner
            .button(
                Action::KeepLink,
                "Garder cette simulation",
                "keep-link",
                true,
            )
            .button(
                Action::RestoreSaved,
                "Revenir à mes réponses enregistrées",
                "back-to-saved",
                false,
            )
    } else {
        banner.button(Action::CloseLinkNotice, "Fermer", "close-prefill", false)
    }
}

fn banners(state: &AppState, pwa: &Pwa) -> Vec<Banner> {
    let mut banners = Vec::new();
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
    if pwa.ios_hint.get() {
        banners.push(
            Banner::new(
                Tone::Info,
                "ios-hint",
                "Pour installer le simulateur sur votre iPhone : touchez Partager, puis « Sur l'écran d'accueil ».",
            )
            .button(Action::CloseIosHint, "Compris", "ios-hint-close", false),
        );
    }
    if let StorageState::Unavailable(reason) = state.storage.get() {
        banners.push(Banner::new(Tone::Warning, "storage-warning", reason));
    }
    for notice in state.notices.get() {
        let mut banner = Banner::new(notice.tone, "notice", notice.text).button(
            Action::Dismiss(notice.id),
            "Fermer",
            "dismiss",
            false,
        );
        banner.details = notice.details;
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
        Action::KeepLink => state.keep_prefill(),
        Action::RestoreSaved => state.restore_saved(),
        Action::CloseLinkNotice => state.prefill.set(None),
        Action::ApplyUpdate => pwa.reload_to_update(),
        Action::CloseIosHint => pwa.close_ios_hint(),
    }
}

#[component]
pub fn Banners() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pwa = expect_context::<Pwa>();
    let list = Memo::new(move |_| banners(&state, &pwa));
    view! {
        <div class="notices" role="status" data-testid="notices">
            {move || {
                list.get()
                    .into_iter()
                    .map(|banner| {
                        let class = match banner.tone {
                            Tone::Info => "notice info",
                            Tone::Warning => "notice warning",
                        };
                        view! {
                            <div class=class data-testid=banner.testid>
                                {banner.title.map(|title| view! { <h2>{title}</h2> })}
                                {(!banner.text.is_empty()).then(|| view! { <p>{banner.text}</p> })}
                                {(!banner.details.is_empty())
                                    .then(|| {
                                        view! {
                                            <ul data-testid=banner.details_testid>
                                                {banner.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                            </ul>
                                        }
                                    })}
                                {(!banner.buttons.is_empty())
                                    .then(|| {
                                        view! {
                                            <div class="actions">
                                                {banner
                                                    .buttons
                                                    .into_iter()
                                                    .map(|button| {
                                                        let action = button.action;
                                                        view! {
                                                            <button
                                                                type="button"
                                                                class=if button.primary { "primary" } else { "secondary" }
                                                                data-testid=button.testid
                                                                on:click=move |_| act(action, &state, &pwa)
                                                            >
                                                                {button.label}
                                                            </button>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </div>
                                        }
                                    })}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
