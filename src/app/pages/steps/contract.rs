//! Step 1, the contract: its signature date first (it chooses the rules, and so every later
//! question), then the specialty, the sector, and for a GP whether it is individual or collective.

use super::{asks, StepFrame};
use crate::app::components::fields::{Choice, KeyChoice, Offer};
use crate::app::components::written;
use crate::app::screen::Step;
use crate::app::state::AppState;
use crate::render::contract_form::SPECIALTY_ORDER;
use crate::render::form::{Field, Input};
use crate::rules::questions::{self, Question};
use crate::rules::versions;
use crate::situation::link::Key;
use crate::situation::{Sector, Situation};
use leptos::prelude::*;

/// Step 1, the contract: date, specialty, sector, kind of contract. The view is the screen from top
/// to bottom; it stays one function so that it reads in the order the doctor sees it.
#[component]
pub fn Contract() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = state.answers;
    let needs_clinical_share = asks(state, Question::ClinicalShare);
    let is_gp = Memo::new(move |_| answers.with(Situation::is_general_practitioner));
    // The share of the text in force at the signature date (a text that publishes none does not ask).
    let clinical_hint = Memo::new(move |_| {
        answers
            .with(questions::rules_of)
            .eligibility
            .clinical_fees
            .value
            .minimum
            .map(|minimum| {
                format!(
                    "Honoraires hors actes techniques (CCAM), rapportés au total : il faut au moins {}.",
                    minimum.french()
                )
            })
    });
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
                s.training_site = None;
            }
        })
    });
    let sectors: Vec<Offer> = vec![
        (Sector::One.code(), "Secteur 1", None),
        (
            Sector::TwoOptam.code(),
            "Secteur 2 avec OPTAM ou OPTAM\u{2011}CO",
            None,
        ),
        (Sector::Two.code(), "Secteur 2 sans OPTAM", None),
        (Sector::NotContracted.code(), "Non conventionné", None),
    ];
    let collective_since = versions::COLLECTIVE[0].version.signed_from.french();
    let contracts: Vec<Offer> = vec![
        ("individuel", "Seul(e) : contrat individuel", None),
        (
            "collectif",
            "Pour un groupe de généralistes : contrat collectif",
            Some(format!(
                "SCP, SCM ou SISA ; ouvert depuis le {collective_since}"
            )),
        ),
    ];
    let specialties: Vec<(&'static str, &'static str)> = SPECIALTY_ORDER
        .iter()
        .map(|s| (s.code(), s.label()))
        .collect();
    view! {
        <StepFrame step=Step::Contract>
            {written::field(Field::new(
                Key::Signature,
                "Date de signature du contrat",
                "Aujourd'hui par défaut. Les règles dépendent de cette date : simulez un contrat passé, en cours ou à venir.",
                Input::Date,
            ))}
            {written::field(Field::new(Key::Specialty, "Votre spécialité", "", Input::List(specialties, "Choisissez")))}
            <KeyChoice key=Key::Sector legend="Votre secteur conventionnel" options=Signal::stored(sectors)/>
            {move || {
                needs_clinical_share
                    .get()
                    .then(|| {
                        written::field(Field::new(
                            Key::ClinicalShare,
                            "Part de vos honoraires cliniques sur les 12 derniers mois",
                            clinical_hint.get().unwrap_or_default(),
                            Input::Decimal("%"),
                        ))
                    })
            }}
            {move || {
                is_gp
                    .get()
                    .then(|| {
                        view! {
                            <Choice
                                name="contrat"
                                legend="Vous signez"
                                options=Signal::stored(contracts.clone())
                                selected=contract
                                choose=choose_contract
                            />
                        }
                    })
            }}
        </StepFrame>
    }
}
