//! The three short steps: profile, activity, project. Each asks only what applies to the answers so
//! far (the specialty first: PMT only for GPs, the clinical-fees share only for surgery, ENT and
//! gynaecology, avenant-7 questions only for contracts signed before May 2023).

use crate::app::components::fields::{Choice, KeyChoice, Kind, Offer, Select, TextField, YesNo};
use crate::app::components::gauge::Gauge;
use crate::app::pages::summary::LiveSummary;
use crate::app::state::{AppState, Step};
use crate::rules::versions::{av7, conv2024, ra2023};
use crate::situation::{Band, Quotity, Sector, Situation, Specialty};
use leptos::prelude::*;

/// A step: heading (focused on arrival), its questions, a live summary, and the way back and on.
#[component]
fn StepFrame(step: Step, title: &'static str, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let last = step.next() == crate::app::state::Screen::Results;
    view! {
        <form
            class="step"
            novalidate
            on:submit=move |event| {
                event.prevent_default();
                state.go(step.next());
            }
        >
            <p class="progress">{format!("Étape {} sur {}", step.number(), Step::ALL.len())}</p>
            <h1 tabindex="-1">{title}</h1>
            {children()}
            <LiveSummary/>
            <div class="nav">
                <button type="button" class="secondary" on:click=move |_| state.go(step.previous())>
                    "Retour"
                </button>
                <button type="submit" class="primary" data-testid="next">
                    {if last { "Voir le résultat" } else { "Continuer" }}
                </button>
            </div>
        </form>
    }
}

/// GPs first (most users), then the others in French alphabetical order.
const SPECIALTY_ORDER: [Specialty; 22] = [
    Specialty::GeneralPractice,
    Specialty::ParticularPractice,
    Specialty::AnatomoPathology,
    Specialty::Anaesthesia,
    Specialty::Cardiology,
    Specialty::Surgery,
    Specialty::Dermatology,
    Specialty::Endocrinology,
    Specialty::Gastroenterology,
    Specialty::Gynaecology,
    Specialty::NuclearMedicine,
    Specialty::Neurology,
    Specialty::Ophthalmology,
    Specialty::Ent,
    Specialty::Paediatrics,
    Specialty::Pneumology,
    Specialty::Psychiatry,
    Specialty::Radiology,
    Specialty::Radiotherapy,
    Specialty::Rheumatology,
    Specialty::Stomatology,
    Specialty::Other,
];

fn specialties() -> Vec<(&'static str, &'static str)> {
    SPECIALTY_ORDER
        .iter()
        .map(|s| (s.code(), s.label()))
        .collect()
}

fn bands() -> Vec<(&'static str, &'static str)> {
    Band::ALL.iter().map(|b| (b.code(), b.label())).collect()
}

#[component]
pub fn Profile() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = state.answers;
    let needs_clinical_share = move || {
        answers.with(|a| {
            a.specialty
                .is_some_and(Specialty::needs_clinical_fees_share)
        })
    };
    let is_gp = move || answers.with(Situation::is_general_practitioner);
    let contract = Signal::derive(move || {
        let collective = answers.with(Situation::is_collective);
        Some(
            if collective {
                "collectif"
            } else {
                "individuel"
            }
            .to_string(),
        )
    });
    let choose_contract = Callback::new(move |code: &'static str| {
        answers.update(|s| {
            if code == "collectif" {
                s.collective_members.get_or_insert(2);
            } else {
                s.collective_members = None;
                s.collective_fte = None;
                s.junior_hosts = None;
            }
        })
    });
    let sectors: Vec<Offer> = vec![
        (Sector::One.code(), "Secteur 1", None),
        (
            Sector::TwoOptam.code(),
            "Secteur 2 avec OPTAM ou OPTAM-CO",
            None,
        ),
        (Sector::Two.code(), "Secteur 2 sans OPTAM", None),
        (Sector::NotContracted.code(), "Non conventionné", None),
    ];
    let contracts: Vec<Offer> = vec![
        ("individuel", "Seul(e) : contrat individuel", None),
        (
            "collectif",
            "Pour un groupe de généralistes : contrat collectif",
            Some("SCP, SCM ou SISA ; ouvert depuis le 25 février 2026"),
        ),
    ];
    view! {
        <StepFrame step=Step::Profile title="Votre profil">
            <Select key="spe" label="Votre spécialité" options=specialties()/>
            <KeyChoice key="secteur" legend="Votre secteur conventionnel" options=Signal::stored(sectors)/>
            <Show when=needs_clinical_share>
                <TextField
                    key="clinique"
                    label="Part de vos honoraires cliniques sur les 12 derniers mois"
                    hint="Honoraires hors actes techniques (CCAM), rapportés au total : il faut au moins 80 %."
                    kind=Kind::Decimal
                    unit="%"
                />
            </Show>
            <Show when=is_gp>
                <Choice
                    name="contrat"
                    legend="Vous signez"
                    options=Signal::stored(contracts.clone())
                    selected=contract
                    choose=choose_contract
                />
            </Show>
        </StepFrame>
    }
}

#[component]
pub fn Activity() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = state.answers;
    // Memos: a keystroke must not re-render the branch holding the field being typed in.
    let is_collective = Memo::new(move |_| answers.with(Situation::is_collective));
    let is_gp = Memo::new(move |_| answers.with(Situation::is_general_practitioner));
    let before_2023 =
        Memo::new(move |_| answers.with(|a| a.signature.is_some_and(|d| d < ra2023::SIGNED_FROM)));
    let gauge = move || {
        let count = answers.with(|a| a.pmt)?;
        let outcome = state.outcome.get();
        let version = outcome.version?;
        let band = outcome.band?;
        Some(view! { <Gauge count thresholds=version.thresholds description=band.why.rule/> })
    };
    view! {
        <StepFrame step=Step::Activity title="Votre activité">
            {move || {
                if is_collective.get() {
                    view! {
                        <TextField
                            key="collectif"
                            label="Nombre de médecins généralistes du groupe"
                        />
                        <TextField
                            key="pmt"
                            label="Patientèle médecin traitant moyenne des membres"
                            hint="Il faut au moins 775 patients en moyenne."
                        />
                        <TextField
                            key="fa"
                            label="File active moyenne des membres (facultatif)"
                        />
                        <TextField
                            key="juniors"
                            label="Membres accueillant un docteur junior (facultatif)"
                            hint="Depuis novembre 2026, chacun ouvre 0,5 ETP de plus."
                        />
                    }
                        .into_any()
                } else if is_gp.get() {
                    view! {
                        <TextField
                            key="pmt"
                            label="Votre patientèle médecin traitant"
                            hint="Adultes et enfants qui vous ont déclaré médecin traitant (espace amelipro). \
                                  Pour un contrat signé avant mai 2023, comptez les patients de 16 ans et plus."
                        />
                        {gauge}
                        <TextField
                            key="fa"
                            label="Votre file active (facultatif)"
                            hint="Patients différents vus dans l'année : sert à l'objectif de file active."
                        />
                        <Select
                            key="bande"
                            label="Bande indiquée par votre CPAM (facultatif)"
                            hint=if before_2023.get() {
                                "Pour un contrat signé avant mai 2023, la distribution de l'époque n'est pas publiée : \
                                 la bande de votre contrat rend le calcul sûr."
                            } else {
                                "Utile près de 1 330 patients : le 70e percentile n'est pas publié."
                            }
                            options=bands()
                            placeholder="Je ne sais pas"
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <Select
                            key="bande"
                            label="Où se situe votre file active, selon votre CPAM ?"
                            hint="Les seuils de votre spécialité ne sont pas publiés. Sans réponse, nous montrons chaque cas."
                            options=bands()
                            placeholder="Je ne sais pas"
                        />
                        <TextField
                            key="fa"
                            label="Votre file active (facultatif)"
                            hint="Patients différents vus dans l'année : sert à calculer l'objectif."
                        />
                    }
                        .into_any()
                }
            }}
        </StepFrame>
    }
}

/// The options open for the answers so far; the current choice always stays visible.
fn quotity_options(answers: &Situation) -> Vec<Offer> {
    let date = answers.signature;
    let under_av7 = date.is_some_and(|d| d >= av7::SIGNED_FROM && d < ra2023::SIGNED_FROM);
    let second_open =
        date.is_none_or(|d| d >= conv2024::SIGNED_FROM) && answers.is_general_practitioner();
    let chosen = answers.quotity;
    let mut options = Vec::new();
    if under_av7 || chosen == Some(Quotity::Third) {
        options.push((
            Quotity::Third.code(),
            "1/3 ETP (tiers temps)",
            Some("fermé aux nouveaux contrats depuis le 1er mai 2023"),
        ));
    }
    options.push((Quotity::Half.code(), "1/2 ETP (mi-temps)", None));
    let full_detail =
        under_av7.then_some("avant mai 2023 : en ZIP, ou seul en ZAC avec au moins 1 045 patients");
    options.push((Quotity::Full.code(), "1 ETP (temps plein)", full_detail));
    if second_open || chosen.is_some_and(Quotity::is_second_assistant) {
        options.push((
            Quotity::OneAndHalf.code(),
            "1,5 ETP (second assistant)",
            Some("en ZIP, contrat à 1 ETP en 3e année ou plus"),
        ));
        options.push((Quotity::Two.code(), "2 ETP (second assistant)", None));
    }
    options
}

#[component]
pub fn Project() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = state.answers;
    let is_collective = Memo::new(move |_| answers.with(Situation::is_collective));
    let under_av7 = move || {
        answers.with(|a| {
            a.signature
                .is_some_and(|d| d >= av7::SIGNED_FROM && d < ra2023::SIGNED_FROM)
        })
    };
    let zac_applies = move || {
        answers.with(|a| {
            a.is_general_practitioner()
                && a.quotity == Some(Quotity::Full)
                && a.in_zip != Some(true)
                && a.group_practice != Some(true)
        })
    };
    let second_assistant =
        move || answers.with(|a| a.quotity.is_some_and(Quotity::is_second_assistant));
    let options = Signal::from(Memo::new(move |_| answers.with(quotity_options)));
    view! {
        <StepFrame step=Step::Project title="Votre projet">
            <TextField kind=Kind::Date
                key="signature"
                label="Date de signature du contrat"
                hint="Les règles dépendent de cette date : simulez un contrat passé, en cours ou à venir."
            />
            {move || {
                if is_collective.get() {
                    view! {
                        <TextField
                            key="etpgroupe"
                            label="ETP d'assistants demandés par le groupe"
                            hint="Au plus 1 ETP par médecin, par pas de 0,5."
                            kind=Kind::Decimal
                            unit="ETP"
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <KeyChoice key="etp" legend="Temps de travail de l'assistant financé" options/>
                        <YesNo
                            key="zip"
                            label="J'exerce en zone d'intervention prioritaire (ZIP)"
                            hint="Zone la plus sous-dotée, définie par votre ARS."
                        />
                        <YesNo
                            key="installe"
                            label="Je suis nouvellement installé(e)"
                            hint="Pas de seuil d'activité ; l'objectif est d'atteindre la médiane de votre spécialité."
                        />
                        <TextField
                            key="age"
                            label="Votre âge (facultatif)"
                            hint="À partir de 65 ans, l'objectif est de maintenir votre patientèle (contrats depuis juin 2024)."
                            unit="ans"
                        />
                        <Show when=under_av7>
                            <fieldset class="group">
                                <legend>"Conditions de l'avenant 7 (contrats signés avant mai 2023)"</legend>
                                <YesNo key="groupe" label="J'exerce en groupe (au moins deux médecins)"/>
                                <YesNo
                                    key="coordonne"
                                    label="J'exerce de façon coordonnée (MSP, centre de santé, ESP, CPTS…) ou je m'y engage sous 2 ans"
                                />
                                <Show when=zac_applies>
                                    <YesNo
                                        key="zac"
                                        label="J'exerce seul(e) en zone d'action complémentaire (ZAC)"
                                    />
                                </Show>
                            </fieldset>
                        </Show>
                        <Show when=second_assistant>
                            <fieldset class="group">
                                <legend>"Votre contrat à 1 ETP en cours"</legend>
                                <TextField kind=Kind::Date key="contrat1etp" label="Date de signature de ce contrat"/>
                                <YesNo key="objectifs" label="Ses objectifs sont atteints"/>
                            </fieldset>
                        </Show>
                        <details class="more">
                            <summary>"Situation particulière (facultatif)"</summary>
                            <YesNo
                                key="handicap"
                                label="Handicap ou maladie chronique"
                                hint="Vous restez éligible ; votre CPAM adapte le contrat."
                            />
                            <YesNo
                                key="mixte"
                                label="Activité mixte, libérale et salariée"
                                hint="Vous restez éligible ; votre CPAM adapte le contrat."
                            />
                        </details>
                    }
                        .into_any()
                }
            }}
        </StepFrame>
    }
}
