//! Step 2, the activity: a GP's patientèle médecin traitant against the percentiles of the contract's
//! rules (with the gauge), another specialty's band as the CPAM gave it, or a group's members and
//! mean patientèle. Every threshold in a hint comes from the rules; the jargon is explained here.

use super::{asks, rules, StepFrame};
use crate::app::components::gauge::Gauge;
use crate::app::components::written;
use crate::app::screen::Step;
use crate::app::state::AppState;
use crate::render::form::{Field, Input};
use crate::rules::facts::Status;
use crate::rules::questions::Question;
use crate::rules::versions;
use crate::situation::link::Key;
use crate::situation::{Band, Situation};
use leptos::prelude::*;

/// A count of patients or doctors.
const COUNT: Input = Input::Whole("");

fn bands() -> Vec<(&'static str, &'static str)> {
    Band::ALL.iter().map(|b| (b.code(), b.label())).collect()
}

/// PMT, file active, percentile, bande: said once, where the questions use them.
#[component]
fn Jargon() -> impl IntoView {
    view! {
        <details class="jargon">
            <summary>"Patientèle, file active, percentile, bande : de quoi s'agit-il ?"</summary>
            <dl>
                <dt>"Patientèle médecin traitant (PMT)"</dt>
                <dd>"Les patients qui vous ont déclaré médecin traitant ; votre espace amelipro la donne."</dd>
                <dt>"File active (FA)"</dt>
                <dd>"Les patients différents que vous avez vus dans l'année."</dd>
                <dt>"Percentile"</dt>
                <dd>
                    "Le 30e percentile est le nombre de patients sous lequel se trouvent 30 % des médecins de \
                     votre spécialité ; la médiane est le 50e."
                </dd>
                <dt>"Bande"</dt>
                <dd>
                    "L'intervalle de percentiles où tombe votre activité (par exemple entre le 50e et le 70e) : \
                     il fixe votre objectif et, au-delà du 90e, le montant de l'aide. Votre CPAM vous l'indique."
                </dd>
            </dl>
        </details>
    }
}

/// Step 2, the activity: counts, band, exemptions. The view is the screen from top to bottom; it
/// stays one function so that it reads in the order the doctor sees it.
#[component]
pub fn Activity() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = state.answers;
    // Memos: a keystroke must not re-render the branch holding the field being typed in.
    let is_collective = Memo::new(move |_| answers.with(Situation::is_collective));
    let is_gp = Memo::new(move |_| answers.with(Situation::is_general_practitioner));
    let asks_children = asks(state, Question::ManyChildren);
    let asks_juniors = asks(state, Question::JuniorHosts);
    let version = rules(&state);
    let thresholds = version.thresholds;
    // A contract signed in the past is simulated from its counts at the signature, not today's.
    let signed = answers.with_untracked(|a| a.signature.is_some_and(|day| day < state.today));
    let (pmt_label, fa_label) = if signed {
        (
            "Votre patientèle médecin traitant à la signature",
            "Votre file active à la signature (facultatif)",
        )
    } else {
        (
            "Votre patientèle médecin traitant",
            "Votre file active (facultatif)",
        )
    };
    let pmt_hint = format!(
        "{}Ceux qui vous ont déclaré médecin traitant ({}), dans votre espace amelipro. Seuil pour ce \
         contrat : {} patients.",
        if signed {
            "Celle de la date de signature (annexe du contrat), pas celle d'aujourd'hui. "
        } else {
            ""
        },
        thresholds.population.value.french(),
        thresholds.p30.value.french()
    );
    let band_hint = {
        let estimated: Vec<String> = thresholds
            .band_floors()
            .iter()
            .filter(|(_, _, floor)| floor.status == Status::Estimate)
            .map(|(_, name, floor)| format!("{name} ≈ {}", floor.value.number()))
            .collect();
        match estimated.as_slice() {
            [] => String::new(),
            [one] => format!("Utile près de {one} patients : ce seuil n'est pas publié."),
            several => format!(
                "Pour ce contrat, ces seuils ne sont pas publiés : {}. La bande de votre contrat rend le \
                 calcul sûr.",
                several.join(", ")
            ),
        }
    };
    let children_label = version
        .eligibility
        .children_exemption
        .map(|share| {
            format!(
                "Plus de {} de mes patients ont moins de 16 ans",
                share.value.french()
            )
        })
        .unwrap_or_default();
    let collective = versions::collective_for(answers.with_untracked(|a| a.signature));
    let mean_hint = format!(
        "Il faut {} patients en moyenne.",
        collective.mean_pmt_minimum.value.french()
    );
    let (bonus_from, bonus) = collective.junior_bonus.value;
    let junior_hint = format!(
        "Depuis le {}, chacun ouvre {} ETP de plus.",
        bonus_from.french(),
        bonus.french()
    );
    let gauge = move || {
        let count = answers.with(|a| a.pmt)?;
        let outcome = state.outcome.get();
        let version = outcome.version?;
        let band = outcome.band?;
        Some(view! { <Gauge count thresholds=version.thresholds description=band.why.rule/> })
    };
    view! {
        <StepFrame step=Step::Activity>
            {move || {
                if is_collective.get() {
                    view! {
                        {written::field(Field::new(Key::CollectiveMembers, "Nombre de médecins généralistes du groupe", "", COUNT))}
                        {written::field(Field::new(Key::Pmt, "Patientèle médecin traitant moyenne des membres", mean_hint.clone(), COUNT))}
                        {written::field(Field::new(Key::Fa, "File active moyenne des membres (facultatif)", "", COUNT))}
                        {
                            let junior_hint = junior_hint.clone();
                            move || {
                                asks_juniors
                                    .get()
                                    .then(|| {
                                        view! {
                                            {written::field(Field::new(
                                                Key::JuniorHosts,
                                                "Membres accueillant un docteur junior (facultatif)",
                                                junior_hint.clone(),
                                                COUNT,
                                            ))}
                                            {written::field(Field::new(
                                                Key::TrainingSite,
                                                "La structure est un terrain de stage ambulatoire agréé",
                                                "Chaque membre ouvre alors le même supplément.",
                                                Input::Tick,
                                            ))}
                                        }
                                    })
                            }
                        }
                    }
                        .into_any()
                } else if is_gp.get() {
                    view! {
                        {written::field(Field::new(Key::Pmt, pmt_label, pmt_hint.clone(), COUNT))}
                        {gauge}
                        {
                            let children_label = children_label.clone();
                            move || {
                                asks_children
                                    .get()
                                    .then(|| {
                                        written::field(Field::new(
                                            Key::ManyChildren,
                                            children_label.clone(),
                                            "Vous n'avez alors pas de seuil d'activité.",
                                            Input::Tick,
                                        ))
                                    })
                            }
                        }
                        {written::field(Field::new(Key::Fa, fa_label, "Sert à l'objectif de file active.", COUNT))}
                        {written::field(Field::new(
                            Key::Band,
                            "Bande indiquée par votre CPAM (facultatif)",
                            band_hint.clone(),
                            Input::List(bands(), "Je ne sais pas"),
                        ))}
                        <Jargon/>
                    }
                        .into_any()
                } else {
                    view! {
                        {written::field(Field::new(
                            Key::Band,
                            "Où se situe votre file active, selon votre CPAM ?",
                            "Les seuils de votre spécialité ne sont pas publiés : sans réponse, votre CPAM confirme votre éligibilité et nous montrons chaque cas.",
                            Input::List(bands(), "Je ne sais pas"),
                        ))}
                        {written::field(Field::new(Key::Fa, "Votre file active (facultatif)", "Sert à calculer l'objectif.", COUNT))}
                        <Jargon/>
                    }
                        .into_any()
                }
            }}
        </StepFrame>
    }
}
