//! The three short steps: profile, activity, project. Each asks only what applies to the answers so
//! far (the specialty first: PMT only for GPs, the clinical-fees share only for surgery, ENT and
//! gynaecology, avenant-7 questions only for contracts signed before May 2023).

use crate::app::components::fields::{Choice, DateField, NumberField, Select, YesNo};
use crate::app::components::focus::FocusOnMount;
use crate::app::components::gauge::Gauge;
use crate::app::pages::summary::LiveSummary;
use crate::app::state::{AppState, Step};
use crate::format;
use crate::lens;
use crate::rules::versions::{self, av7, conv2024, ra2023};
use crate::situation::link::{self, MAX_COUNT, MAX_MEMBERS};
use crate::situation::{Band, HalfFte, Quotity, Sector, Situation, Specialty};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn parse_count(text: &str) -> Result<u32, String> {
    link::count(text, MAX_COUNT).map_err(|e| format::capitalised(&e))
}

fn show_count(value: &u32) -> String {
    format::count(*value)
}

fn parse_age(text: &str) -> Result<u8, String> {
    link::ranged(text, link::AGE_RANGE)
        .map(|age| age as u8)
        .map_err(|e| format::capitalised(&e))
}

fn show_age(value: &u8) -> String {
    value.to_string()
}

fn parse_members(text: &str) -> Result<u32, String> {
    link::ranged(text, 1..=MAX_MEMBERS).map_err(|e| format::capitalised(&e))
}

fn parse_juniors(text: &str) -> Result<u32, String> {
    link::ranged(text, 0..=MAX_MEMBERS).map_err(|e| format::capitalised(&e))
}

fn parse_share(text: &str) -> Result<Decimal, String> {
    link::percent_share(text).map_err(|e| format::capitalised(&e))
}

fn show_decimal(value: &Decimal) -> String {
    format::decimal(*value, 2)
}

fn parse_fte(text: &str) -> Result<HalfFte, String> {
    link::half_fte(text).map_err(|e| format::capitalised(&e))
}

fn show_fte(value: &HalfFte) -> String {
    value.french()
}

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
            <FocusOnMount>
                <h1 tabindex="-1">{title}</h1>
            </FocusOnMount>
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

fn specialties() -> Vec<(Specialty, &'static str)> {
    // GPs first (most users), then everyone else in alphabetical order.
    let mut others: Vec<_> = Specialty::ALL
        .iter()
        .copied()
        .filter(|s| {
            !matches!(
                s,
                Specialty::GeneralPractice | Specialty::ParticularPractice
            )
        })
        .map(|s| (s, s.label()))
        .collect();
    others.sort_by_key(|(_, label)| label.to_lowercase());
    let mut all = vec![
        (
            Specialty::GeneralPractice,
            Specialty::GeneralPractice.label(),
        ),
        (
            Specialty::ParticularPractice,
            Specialty::ParticularPractice.label(),
        ),
    ];
    all.extend(others);
    all
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
    let contract_kind = crate::app::components::fields::Lens::new(
        answers,
        |s| Some(s.is_collective()),
        |s, collective| {
            if collective == Some(true) {
                s.collective_members.get_or_insert(2);
            } else {
                s.collective_members = None;
                s.collective_fte = None;
                s.junior_hosts = None;
            }
        },
    );
    view! {
        <StepFrame step=Step::Profile title="Votre profil">
            <Select
                id="spe"
                label="Votre spécialité"
                lens=lens!(answers, specialty)
                options=specialties()
                code=Specialty::code
                from_code=Specialty::from_code
            />
            <Choice
                name="secteur"
                legend="Votre secteur conventionnel"
                lens=lens!(answers, sector)
                options=Signal::stored(vec![
                    (Sector::One, "Secteur 1", None),
                    (Sector::TwoOptam, "Secteur 2 avec OPTAM ou OPTAM-CO", None),
                    (Sector::Two, "Secteur 2 sans OPTAM", None),
                    (Sector::NotContracted, "Non conventionné", None),
                ])
            />
            <Show when=needs_clinical_share>
                <NumberField
                    id="clinique"
                    label="Part de vos honoraires cliniques sur les 12 derniers mois"
                    hint="Honoraires hors actes techniques (CCAM), rapportés au total : il faut au moins 80 %."
                    lens=lens!(answers, clinical_share)
                    parse=parse_share
                    show=show_decimal
                    decimal=true
                    unit="%"
                />
            </Show>
            <Show when=is_gp>
                <Choice
                    name="contrat"
                    legend="Vous signez"
                    lens=contract_kind
                    options=Signal::stored(vec![
                        (false, "Seul(e) : contrat individuel", None),
                        (
                            true,
                            "Pour un groupe de généralistes : contrat collectif",
                            Some("SCP, SCM ou SISA ; ouvert depuis le 25 février 2026"),
                        ),
                    ])
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
    let bands: Vec<(Band, &'static str)> = Band::ALL.iter().map(|b| (*b, b.label())).collect();
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
                        <NumberField
                            id="collectif"
                            label="Nombre de médecins généralistes du groupe"
                            lens=lens!(answers, collective_members)
                            parse=parse_members
                            show=show_count
                        />
                        <NumberField
                            id="pmt"
                            label="Patientèle médecin traitant moyenne des membres"
                            hint="Il faut au moins 775 patients en moyenne."
                            lens=lens!(answers, pmt)
                            parse=parse_count
                            show=show_count
                        />
                        <NumberField
                            id="fa"
                            label="File active moyenne des membres (facultatif)"
                            lens=lens!(answers, fa)
                            parse=parse_count
                            show=show_count
                        />
                        <NumberField
                            id="juniors"
                            label="Membres accueillant un docteur junior (facultatif)"
                            hint="Depuis novembre 2026, chacun ouvre 0,5 ETP de plus."
                            lens=lens!(answers, junior_hosts)
                            parse=parse_juniors
                            show=show_count
                        />
                    }
                        .into_any()
                } else if is_gp.get() {
                    view! {
                        <NumberField
                            id="pmt"
                            label="Votre patientèle médecin traitant"
                            hint="Adultes et enfants qui vous ont déclaré médecin traitant (espace amelipro). \
                                  Pour un contrat signé avant mai 2023, comptez les patients de 16 ans et plus."
                            lens=lens!(answers, pmt)
                            parse=parse_count
                            show=show_count
                        />
                        {gauge}
                        <NumberField
                            id="fa"
                            label="Votre file active (facultatif)"
                            hint="Patients différents vus dans l'année : sert à l'objectif de file active."
                            lens=lens!(answers, fa)
                            parse=parse_count
                            show=show_count
                        />
                        <Select
                            id="bande"
                            label="Bande indiquée par votre CPAM (facultatif)"
                            hint=if before_2023.get() {
                                "Pour un contrat signé avant mai 2023, la distribution de l'époque n'est pas publiée : \
                                 la bande de votre contrat rend le calcul sûr."
                            } else {
                                "Utile près de 1 330 patients : le 70e percentile n'est pas publié."
                            }
                            lens=lens!(answers, stated_band)
                            options=bands.clone()
                            code=Band::code
                            from_code=Band::from_code
                            placeholder="Je ne sais pas"
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <Select
                            id="bande"
                            label="Où se situe votre file active, selon votre CPAM ?"
                            hint="Les seuils de votre spécialité ne sont pas publiés. Sans réponse, nous montrons chaque cas."
                            lens=lens!(answers, stated_band)
                            options=bands.clone()
                            code=Band::code
                            from_code=Band::from_code
                            placeholder="Je ne sais pas"
                        />
                        <NumberField
                            id="fa"
                            label="Votre file active (facultatif)"
                            hint="Patients différents vus dans l'année : sert à calculer l'objectif."
                            lens=lens!(answers, fa)
                            parse=parse_count
                            show=show_count
                        />
                    }
                        .into_any()
                }
            }}
        </StepFrame>
    }
}

/// The options open for the answers so far; the current choice always stays visible.
fn quotity_options(answers: &Situation) -> Vec<(Quotity, &'static str, Option<&'static str>)> {
    let date = answers.signature;
    let third_open = date.is_some_and(|d| d < ra2023::SIGNED_FROM);
    let second_open =
        date.is_none_or(|d| d >= conv2024::SIGNED_FROM) && answers.is_general_practitioner();
    let chosen = answers.quotity;
    let mut options = Vec::new();
    if third_open || chosen == Some(Quotity::Third) {
        options.push((
            Quotity::Third,
            "1/3 ETP (tiers temps)",
            Some("fermé aux nouveaux contrats depuis le 1er mai 2023"),
        ));
    }
    options.push((Quotity::Half, "1/2 ETP (mi-temps)", None));
    let full_detail = if date
        .is_some_and(|d| versions::individual_for(d).is_some_and(|v| v.id == av7::VERSION.id))
    {
        Some("avant mai 2023 : en ZIP, ou seul en ZAC avec au moins 1 045 patients")
    } else {
        None
    };
    options.push((Quotity::Full, "1 ETP (temps plein)", full_detail));
    if second_open || chosen.is_some_and(Quotity::is_second_assistant) {
        options.push((
            Quotity::OneAndHalf,
            "1,5 ETP (second assistant)",
            Some("en ZIP, contrat à 1 ETP en 3e année ou plus"),
        ));
        options.push((Quotity::Two, "2 ETP (second assistant)", None));
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
            <DateField
                id="signature"
                label="Date de signature du contrat"
                hint="Les règles dépendent de cette date : simulez un contrat passé, en cours ou à venir."
                lens=lens!(answers, signature)
            />
            {move || {
                if is_collective.get() {
                    view! {
                        <NumberField
                            id="etpgroupe"
                            label="ETP d'assistants demandés par le groupe"
                            hint="Au plus 1 ETP par médecin, par pas de 0,5."
                            lens=lens!(answers, collective_fte)
                            parse=parse_fte
                            show=show_fte
                            decimal=true
                            unit="ETP"
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <Choice name="etp" legend="Temps de travail de l'assistant financé" lens=lens!(answers, quotity) options/>
                        <YesNo
                            id="zip"
                            label="J'exerce en zone d'intervention prioritaire (ZIP)"
                            hint="Zone la plus sous-dotée, définie par votre ARS."
                            lens=lens!(answers, in_zip)
                        />
                        <YesNo
                            id="installe"
                            label="Je suis nouvellement installé(e)"
                            hint="Pas de seuil d'activité ; l'objectif est d'atteindre la médiane de votre spécialité."
                            lens=lens!(answers, newly_installed)
                        />
                        <NumberField
                            id="age"
                            label="Votre âge (facultatif)"
                            hint="À partir de 65 ans, l'objectif est de maintenir votre patientèle (contrats depuis juin 2024)."
                            lens=lens!(answers, age)
                            parse=parse_age
                            show=show_age
                            unit="ans"
                        />
                        <Show when=under_av7>
                            <fieldset class="group">
                                <legend>"Conditions de l'avenant 7 (contrats signés avant mai 2023)"</legend>
                                <YesNo id="groupe" label="J'exerce en groupe (au moins deux médecins)" lens=lens!(answers, group_practice)/>
                                <YesNo
                                    id="coordonne"
                                    label="J'exerce de façon coordonnée (MSP, centre de santé, ESP, CPTS…) ou je m'y engage sous 2 ans"
                                    lens=lens!(answers, coordinated_practice)
                                />
                                <Show when=zac_applies>
                                    <YesNo
                                        id="zac"
                                        label="J'exerce seul(e) en zone d'action complémentaire (ZAC)"
                                        lens=lens!(answers, in_zac)
                                    />
                                </Show>
                            </fieldset>
                        </Show>
                        <Show when=second_assistant>
                            <fieldset class="group">
                                <legend>"Votre contrat à 1 ETP en cours"</legend>
                                <DateField id="contrat1etp" label="Date de signature de ce contrat" lens=lens!(answers, first_contract_signed)/>
                                <YesNo id="objectifs" label="Ses objectifs sont atteints" lens=lens!(answers, objectives_met)/>
                            </fieldset>
                        </Show>
                        <details class="more">
                            <summary>"Situation particulière (facultatif)"</summary>
                            <YesNo
                                id="handicap"
                                label="Handicap ou maladie chronique"
                                hint="Vous restez éligible ; votre CPAM adapte le contrat."
                                lens=lens!(answers, disability)
                            />
                            <YesNo
                                id="mixte"
                                label="Activité mixte, libérale et salariée"
                                hint="Vous restez éligible ; votre CPAM adapte le contrat."
                                lens=lens!(answers, mixed_activity)
                            />
                        </details>
                    }
                        .into_any()
                }
            }}
        </StepFrame>
    }
}
