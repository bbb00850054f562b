//! Who may sign. Every criterion is a small function returning a [`Check`]; all of them run, so the
//! doctor sees every condition met or failed, never just the first failure.

use super::date::Date;
use super::explain::Explanation;
use super::facts::Status;
use super::model::{FullTimeAccess, RuleVersion};
use super::versions::ra2023;
use crate::format;
use crate::situation::{Band, Quotity, Sector, Situation, Specialty};

/// The codes of a failed condition (also used by the case files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonCode {
    Specialite,
    Honoraires,
    Secteur,
    Activite,
    Option,
    Zone,
    Groupe,
    Coordination,
    Date,
    SecondAssistant,
}

impl ReasonCode {
    pub const ALL: [ReasonCode; 10] = [
        ReasonCode::Specialite,
        ReasonCode::Honoraires,
        ReasonCode::Secteur,
        ReasonCode::Activite,
        ReasonCode::Option,
        ReasonCode::Zone,
        ReasonCode::Groupe,
        ReasonCode::Coordination,
        ReasonCode::Date,
        ReasonCode::SecondAssistant,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReasonCode::Specialite => "specialite",
            ReasonCode::Honoraires => "honoraires",
            ReasonCode::Secteur => "secteur",
            ReasonCode::Activite => "activite",
            ReasonCode::Option => "option",
            ReasonCode::Zone => "zone",
            ReasonCode::Groupe => "groupe",
            ReasonCode::Coordination => "coordination",
            ReasonCode::Date => "date",
            ReasonCode::SecondAssistant => "second-assistant",
        }
    }

    pub fn from_code(code: &str) -> Option<ReasonCode> {
        ReasonCode::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// An answer the engine needs before it can decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Specialty,
    Sector,
    Signature,
    Quotity,
    Pmt,
    ClinicalShare,
    FirstContract,
    CollectiveMembers,
    CollectiveFte,
}

impl Question {
    pub fn french(self) -> &'static str {
        match self {
            Question::Specialty => "votre spécialité",
            Question::Sector => "votre secteur d'exercice",
            Question::Signature => "la date de signature du contrat",
            Question::Quotity => "le temps de travail de l'assistant (option)",
            Question::Pmt => "votre patientèle médecin traitant",
            Question::ClinicalShare => "la part de vos honoraires cliniques",
            Question::FirstContract => "la date de signature de votre contrat à 1 ETP en cours",
            Question::CollectiveMembers => "le nombre de médecins du groupe",
            Question::CollectiveFte => "le nombre d'ETP demandés par le groupe",
        }
    }

    /// The share-link key that answers it.
    pub fn key(self) -> &'static str {
        match self {
            Question::Specialty => "spe",
            Question::Sector => "secteur",
            Question::Signature => "signature",
            Question::Quotity => "etp",
            Question::Pmt => "pmt",
            Question::ClinicalShare => "clinique",
            Question::FirstContract => "contrat1etp",
            Question::CollectiveMembers => "collectif",
            Question::CollectiveFte => "etpgroupe",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckState {
    Met,
    Failed,
    Missing(Question),
    /// Decided by a rule nobody published: the CPAM answers.
    ToConfirm,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub title: &'static str,
    pub codes: &'static [ReasonCode],
    pub state: CheckState,
    pub why: Explanation,
}

impl Check {
    fn new(
        title: &'static str,
        codes: &'static [ReasonCode],
        state: CheckState,
        why: Explanation,
    ) -> Check {
        Check {
            title,
            codes,
            state,
            why,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Eligible,
    /// Nothing fails, but a rule nobody published decides: ask the CPAM.
    ToConfirm,
    Incomplete {
        missing: Vec<Question>,
    },
    Ineligible {
        failed: Vec<ReasonCode>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eligibility {
    pub checks: Vec<Check>,
}

impl Eligibility {
    /// Failed beats missing, missing beats to-confirm.
    pub fn verdict(&self) -> Verdict {
        let failed: Vec<ReasonCode> = self
            .checks
            .iter()
            .filter(|check| check.state == CheckState::Failed)
            .flat_map(|check| check.codes.iter().copied())
            .fold(Vec::new(), |mut codes, code| {
                if !codes.contains(&code) {
                    codes.push(code);
                }
                codes
            });
        if !failed.is_empty() {
            return Verdict::Ineligible { failed };
        }
        let missing: Vec<Question> = self
            .checks
            .iter()
            .filter_map(|check| match check.state {
                CheckState::Missing(question) => Some(question),
                _ => None,
            })
            .fold(Vec::new(), |mut questions, question| {
                if !questions.contains(&question) {
                    questions.push(question);
                }
                questions
            });
        if !missing.is_empty() {
            return Verdict::Incomplete { missing };
        }
        if self
            .checks
            .iter()
            .any(|check| check.state == CheckState::ToConfirm)
        {
            return Verdict::ToConfirm;
        }
        Verdict::Eligible
    }
}

/// Every criterion of an individual contract under `version`.
pub fn assess(situation: &Situation, version: &RuleVersion, signature: Date) -> Eligibility {
    let criteria = [
        specialty(situation, version),
        clinical_fees(situation, version),
        sector_check(situation, version),
        activity(situation, version),
        group_practice(situation, version, signature),
        coordinated_practice(situation, version),
        option(situation, version, signature),
        adapted_contract(situation, version),
    ];
    let mut checks: Vec<Check> = criteria.into_iter().flatten().collect();
    checks.extend(second_assistant(situation, version, signature));
    Eligibility { checks }
}

/// The check a signature before the first version gets.
pub fn no_rule_set(signature: Date) -> Check {
    Check::new(
        "Date de signature",
        &[ReasonCode::Date],
        CheckState::Failed,
        Explanation::new(format!(
            "Aucune règle ne s'applique à un contrat signé le {signature} : le dispositif a commencé \
             avec l'avenant 7, pour les contrats signés à partir du {}.",
            super::versions::av7::SIGNED_FROM
        ))
        .input("Date de signature", signature.french())
        .source(&super::facts::sources::S5_AVENANT_7),
    )
}

/// A condition that cannot be decided yet: the answer to ask for. `version`: the rules it is asked under,
/// when a signature date has chosen them.
pub(super) fn missing(
    title: &'static str,
    codes: &'static [ReasonCode],
    question: Question,
    version: Option<&RuleVersion>,
) -> Check {
    let why = Explanation::new(format!("Réponse attendue : {}.", question.french()));
    Check::new(
        title,
        codes,
        CheckState::Missing(question),
        match version {
            Some(version) => why.version(version),
            None => why,
        },
    )
}

fn specialty(situation: &Situation, version: &RuleVersion) -> Option<Check> {
    const TITLE: &str = "Spécialité";
    const CODES: &[ReasonCode] = &[ReasonCode::Specialite];
    let Some(specialty) = situation.specialty else {
        return Some(missing(TITLE, CODES, Question::Specialty, Some(version)));
    };
    let rule = version.eligibility.excluded_specialties;
    let why = Explanation::new("")
        .version(version)
        .input("Spécialité", specialty.label());
    let check = match rule.value {
        Some(excluded) if excluded.contains(&specialty) => Check::new(
            TITLE,
            CODES,
            CheckState::Failed,
            Explanation {
                rule: format!("{} est exclue du dispositif.", specialty.label()),
                ..why.rests_on(&rule)
            },
        ),
        Some(_) => Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation {
                rule: format!(
                    "{} est éligible (seules la radiologie, la radiothérapie, la stomatologie, \
                     l'anesthésie, l'anatomo-cytopathologie et la médecine nucléaire sont exclues).",
                    specialty.label()
                ),
                ..why.rests_on(&rule)
            },
        ),
        // Avenant 7's matrix is unpublished: GPs were always in, others depended on the area.
        None if specialty.is_general_practice() => Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation {
                rule: "La médecine générale est éligible.".to_string(),
                ..why.source(version.source)
            },
        ),
        None if situation.in_zip == Some(true) => Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation {
                rule: "En zone d'intervention prioritaire, l'avenant 7 ouvrait l'aide aux autres \
                       spécialités ; votre CPAM le confirme."
                    .to_string(),
                ..why.rests_on(&rule)
            },
        ),
        None if ra2023::EXCLUDED_SPECIALTIES.contains(&specialty) => Check::new(
            TITLE,
            CODES,
            CheckState::ToConfirm,
            Explanation {
                rule: "Sous l'avenant 7, cette spécialité n'était éligible qu'en zone sous-dense, si elle \
                       l'était : la liste n'est pas publiée, votre CPAM tranche."
                    .to_string(),
                ..why.rests_on(&rule)
            },
        ),
        None => Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation {
                rule: format!(
                    "{} pouvait signer sous l'avenant 7, mais certaines spécialités ne l'étaient \
                     qu'en zone sous-dense : votre CPAM le confirme.",
                    specialty.label()
                ),
                ..why.rests_on(&rule)
            },
        ),
    };
    Some(check)
}

fn clinical_fees(situation: &Situation, version: &RuleVersion) -> Option<Check> {
    const TITLE: &str = "Part des honoraires cliniques";
    const CODES: &[ReasonCode] = &[ReasonCode::Honoraires];
    if !situation.specialty?.needs_clinical_fees_share() {
        return None;
    }
    let rule = version.eligibility.clinical_fees_minimum;
    let why = Explanation::new("").version(version).rests_on(&rule);
    let Some(minimum) = rule.value else {
        return Some(Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation {
                rule: "Nous ne savons pas si l'avenant 7 exigeait une part minimale d'honoraires \
                       cliniques : votre CPAM le confirme."
                    .to_string(),
                ..why
            },
        ));
    };
    let Some(share) = situation.clinical_share else {
        return Some(missing(
            TITLE,
            CODES,
            Question::ClinicalShare,
            Some(version),
        ));
    };
    let rule_text = format!(
        "Chirurgiens, ORL et gynécologues : les honoraires cliniques (hors actes techniques CCAM) \
         doivent représenter au moins {} % du total sur les 12 mois précédant la signature.",
        format::decimal(minimum, 1)
    );
    let state = if share >= minimum {
        CheckState::Met
    } else {
        CheckState::Failed
    };
    Some(Check::new(
        TITLE,
        CODES,
        state,
        Explanation {
            rule: rule_text,
            ..why.input(
                "Part des honoraires cliniques",
                format!("{} %", format::decimal(share, 1)),
            )
        },
    ))
}

pub(super) fn sector_check(situation: &Situation, version: &RuleVersion) -> Option<Check> {
    const TITLE: &str = "Secteur";
    const CODES: &[ReasonCode] = &[ReasonCode::Secteur];
    let Some(sector) = situation.sector else {
        return Some(missing(TITLE, CODES, Question::Sector, Some(version)));
    };
    let rule = version.eligibility.eligible_sectors;
    let (state, text) = if rule.value.contains(&sector) {
        (
            CheckState::Met,
            "Le secteur 1 et le secteur 2 avec OPTAM ou OPTAM-CO ouvrent droit à l'aide.",
        )
    } else if sector == Sector::NotContracted {
        (
            CheckState::Failed,
            "Un médecin non conventionné ne peut pas signer ce contrat.",
        )
    } else {
        (
            CheckState::Failed,
            "En secteur 2, il faut adhérer à l'OPTAM ou à l'OPTAM-CO pour signer ce contrat.",
        )
    };
    Some(Check::new(
        TITLE,
        CODES,
        state,
        Explanation::new(text)
            .version(version)
            .input("Secteur", sector.label())
            .rests_on(&rule),
    ))
}

fn activity(situation: &Situation, version: &RuleVersion) -> Option<Check> {
    const TITLE: &str = "Activité minimale";
    const CODES: &[ReasonCode] = &[ReasonCode::Activite];
    let specialty = situation.specialty?;
    if situation.is_newly_installed() {
        let rule = version.eligibility.newly_installed_exempt;
        return Some(Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation::new(
                "Un médecin nouvellement installé n'a pas de seuil d'activité à atteindre.",
            )
            .version(version)
            .input("Nouvellement installé", "oui")
            .rests_on(&rule),
        ));
    }
    let stated = |band: Band, why: Explanation| {
        let state = if band == Band::BelowP30 {
            CheckState::Failed
        } else {
            CheckState::Met
        };
        Check::new(
            TITLE,
            CODES,
            state,
            why.input("Bande donnée par votre CPAM", band.label()),
        )
    };
    if specialty.is_general_practice() {
        let threshold = version.thresholds.p30;
        let rule_text = format!(
            "Un généraliste doit avoir une patientèle médecin traitant d'{} patients (30e percentile).",
            threshold.value.french()
        );
        let why = Explanation::new(rule_text)
            .version(version)
            .rests_on(&threshold);
        return Some(match (situation.pmt, situation.stated_band) {
            (Some(pmt), _) => {
                let state = if threshold.value.is_reached_by(pmt) {
                    CheckState::Met
                } else {
                    CheckState::Failed
                };
                Check::new(
                    TITLE,
                    CODES,
                    state,
                    why.input("Patientèle médecin traitant", format::count(pmt)),
                )
            }
            (None, Some(band)) => stated(band, why),
            (None, None) => missing(TITLE, CODES, Question::Pmt, Some(version)),
        });
    }
    let why = Explanation::new(
        "Hors médecine générale, la file active doit atteindre le 30e percentile de la spécialité.",
    )
    .version(version)
    .source(version.source);
    Some(match situation.stated_band {
        Some(band) => stated(band, why),
        None => Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            why.with_status(Status::Unknown).note(
                "Les percentiles de file active par spécialité ne sont pas publiés : votre CPAM \
                 vérifie que vous atteignez le 30e.",
            ),
        ),
    })
}

fn group_practice(situation: &Situation, version: &RuleVersion, signature: Date) -> Option<Check> {
    let rule = version.eligibility.group_practice_required;
    if !rule.value {
        return None;
    }
    let in_group = situation.group_practice == Some(true);
    let alone_in_zip = situation.in_zip == Some(true);
    let route = alone_in_zac_route(situation, version, signature);
    let state = match route {
        _ if in_group || alone_in_zip => CheckState::Met,
        ZacRoute::Open => CheckState::Met,
        ZacRoute::NeedsPmt => CheckState::Missing(Question::Pmt),
        ZacRoute::Closed => CheckState::Failed,
    };
    let mut why = Explanation::new(
        "Sous l'avenant 7, il faut exercer en groupe (au moins deux médecins) ou, seul, en zone \
         d'intervention prioritaire (ZIP) ; depuis l'avenant 8, un généraliste seul en zone d'action \
         complémentaire (ZAC) peut aussi signer pour 1 ETP s'il atteint la médiane de patientèle.",
    )
    .version(version)
    .input("Exercice en groupe", yes_no(in_group))
    .input("En ZIP", yes_no(alone_in_zip))
    .rests_on(&rule);
    if route == ZacRoute::Open {
        why = why
            .input("Seul en ZAC, 1 ETP, médiane atteinte", "oui")
            .rests_on(&version.eligibility.full_time);
    }
    Some(Check::new(
        "Exercice en groupe",
        &[ReasonCode::Groupe],
        state,
        why,
    ))
}

/// Avenant 8's opening: a GP practising alone in a ZAC, at or above the median patientèle, may take a
/// full-time assistant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ZacRoute {
    Closed,
    NeedsPmt,
    Open,
}

fn alone_in_zac_route(situation: &Situation, version: &RuleVersion, signature: Date) -> ZacRoute {
    let FullTimeAccess::OnlyInZip {
        alone_in_zac_from: Some(from),
    } = version.eligibility.full_time.value
    else {
        return ZacRoute::Closed;
    };
    let applies = signature >= from
        && situation.quotity == Some(Quotity::Full)
        && situation.is_general_practitioner()
        && situation.in_zac == Some(true)
        && situation.group_practice != Some(true);
    match (applies, situation.pmt) {
        (false, _) => ZacRoute::Closed,
        (true, None) => ZacRoute::NeedsPmt,
        (true, Some(pmt)) if version.thresholds.p50.value.is_reached_by(pmt) => ZacRoute::Open,
        (true, Some(_)) => ZacRoute::Closed,
    }
}

fn coordinated_practice(situation: &Situation, version: &RuleVersion) -> Option<Check> {
    let rule = version.eligibility.coordination_required;
    if !rule.value {
        return None;
    }
    let coordinated = situation.coordinated_practice == Some(true);
    Some(Check::new(
        "Exercice coordonné",
        &[ReasonCode::Coordination],
        if coordinated {
            CheckState::Met
        } else {
            CheckState::Failed
        },
        Explanation::new(
            "Sous l'avenant 7, il faut exercer de façon coordonnée (MSP, centre de santé, ESP, ESS, \
             CPTS…) ou s'engager à le faire dans les deux ans.",
        )
        .version(version)
        .input("Exercice coordonné", yes_no(coordinated))
        .rests_on(&rule),
    ))
}

fn option(situation: &Situation, version: &RuleVersion, signature: Date) -> Option<Check> {
    const TITLE: &str = "Option choisie";
    let Some(quotity) = situation.quotity else {
        return Some(missing(
            TITLE,
            &[ReasonCode::Option],
            Question::Quotity,
            Some(version),
        ));
    };
    let rules = &version.eligibility;
    let why = Explanation::new("")
        .version(version)
        .input("Option", quotity.label())
        .input("Date de signature", signature.french());
    let met = |text: &str, why: Explanation| {
        Check::new(
            TITLE,
            &[ReasonCode::Option],
            CheckState::Met,
            Explanation {
                rule: text.to_string(),
                ..why
            },
        )
    };
    Some(match quotity {
        Quotity::Third => match rules.third_time_closed_from.value {
            Some(closed) if signature >= closed => Check::new(
                TITLE,
                &[ReasonCode::Option],
                CheckState::Failed,
                Explanation {
                    rule: format!(
                        "Le tiers temps (1/3 ETP) n'est plus ouvert aux nouveaux contrats depuis le {closed} ; \
                         les contrats en cours continuent."
                    ),
                    ..why.rests_on(&rules.third_time_closed_from)
                },
            ),
            _ => met("Le tiers temps (1/3 ETP) est ouvert.", why),
        },
        Quotity::Half => met("Le mi-temps (1/2 ETP) est ouvert.", why),
        Quotity::Full => full_time(situation, version, signature, why),
        Quotity::OneAndHalf | Quotity::Two => match rules.second_assistant {
            None => Check::new(
                TITLE,
                &[ReasonCode::Option, ReasonCode::SecondAssistant],
                CheckState::Failed,
                Explanation {
                    rule: format!(
                        "Le second assistant (1,5 ou 2 ETP) n'existe que depuis la convention de 2024, \
                         pour les contrats signés à partir du {}.",
                        super::versions::conv2024::SIGNED_FROM
                    ),
                    ..why.source(&super::facts::sources::S4_AMELI_SIMULATEUR)
                },
            ),
            Some(_) => met(
                "Un second assistant (1,5 ou 2 ETP) est possible sous les conditions ci-dessous.",
                why,
            ),
        },
    })
}

fn full_time(
    situation: &Situation,
    version: &RuleVersion,
    signature: Date,
    why: Explanation,
) -> Check {
    const TITLE: &str = "Option choisie";
    const CODES: &[ReasonCode] = &[ReasonCode::Zone];
    let rule = version.eligibility.full_time;
    let FullTimeAccess::OnlyInZip { .. } = rule.value else {
        return Check::new(
            TITLE,
            &[ReasonCode::Option],
            CheckState::Met,
            Explanation {
                rule: "Le temps plein (1 ETP) est ouvert partout.".to_string(),
                ..why.rests_on(&rule)
            },
        );
    };
    let why = why.rests_on(&rule);
    let median = version.thresholds.p50;
    let rule_text = format!(
        "Sous l'avenant 7, le temps plein (1 ETP) n'est ouvert qu'en zone d'intervention prioritaire \
         (ZIP) ; l'avenant 8 l'ouvre aussi au généraliste exerçant seul en zone d'action \
         complémentaire (ZAC) avec une patientèle médecin traitant d'{} patients (50e percentile).",
        median.value.french()
    );
    if situation.in_zip == Some(true) {
        return Check::new(
            TITLE,
            CODES,
            CheckState::Met,
            Explanation {
                rule: rule_text,
                ..why.input("En ZIP", "oui")
            },
        );
    }
    let route = alone_in_zac_route(situation, version, signature);
    let why = why.input("En ZIP", "non").input(
        "Seul en ZAC",
        yes_no(situation.in_zac == Some(true) && situation.group_practice != Some(true)),
    );
    let state = match route {
        ZacRoute::Closed => CheckState::Failed,
        ZacRoute::NeedsPmt => CheckState::Missing(Question::Pmt),
        ZacRoute::Open => CheckState::Met,
    };
    Check::new(
        TITLE,
        CODES,
        state,
        Explanation {
            rule: rule_text,
            ..why.rests_on(&median)
        },
    )
}

/// The conditions of a second assistant (1.5 or 2 ETP), convention 2024.
fn second_assistant(situation: &Situation, version: &RuleVersion, signature: Date) -> Vec<Check> {
    let (Some(quotity), Some(rule)) = (situation.quotity, version.eligibility.second_assistant)
    else {
        return Vec::new();
    };
    if !quotity.is_second_assistant() {
        return Vec::new();
    }
    let why = |text: String| Explanation::new(text).version(version).rests_on(&rule);
    let state = |met: bool| {
        if met {
            CheckState::Met
        } else {
            CheckState::Failed
        }
    };
    let mut checks = Vec::new();

    if let Some(specialty) = situation.specialty {
        checks.push(Check::new(
            "Second assistant : médecin généraliste",
            &[ReasonCode::Specialite, ReasonCode::SecondAssistant],
            state(specialty == Specialty::GeneralPractice),
            why("Le second assistant est réservé aux médecins généralistes (hors médecins à exercice \
                 particulier)."
                .to_string())
            .input("Spécialité", specialty.label()),
        ));
    }
    let in_zip = situation.in_zip == Some(true);
    checks.push(Check::new(
        "Second assistant : zone d'intervention prioritaire",
        &[ReasonCode::Zone, ReasonCode::SecondAssistant],
        state(in_zip),
        why("Le second assistant est réservé aux médecins exerçant en zone d'intervention prioritaire (ZIP)."
            .to_string())
        .input("En ZIP", yes_no(in_zip)),
    ));

    let year_needed = rule.value.from_contract_year;
    let contract_rule = format!(
        "Il faut avoir un contrat à 1 ETP en cours, arrivé au moins à sa {year_needed}e année."
    );
    checks.push(match situation.first_contract_signed {
        None => missing(
            "Second assistant : contrat à 1 ETP en cours",
            &[ReasonCode::SecondAssistant],
            Question::FirstContract,
            Some(version),
        ),
        Some(first) => {
            let year = first.whole_years_until(signature) + 1;
            let ok = first <= signature && year >= year_needed;
            let mut explanation = why(contract_rule)
                .input("Contrat à 1 ETP signé le", first.french())
                .input("Nouveau contrat signé le", signature.french());
            if first <= signature {
                explanation = explanation.input("Année du contrat en cours", format!("{year}e"));
            }
            Check::new(
                "Second assistant : contrat à 1 ETP en cours",
                &[ReasonCode::SecondAssistant],
                state(ok),
                explanation,
            )
        }
    });
    let objectives_met = situation.objectives_met == Some(true);
    checks.push(Check::new(
        "Second assistant : objectifs atteints",
        &[ReasonCode::SecondAssistant],
        state(objectives_met),
        why("Les objectifs du contrat à 1 ETP en cours doivent être atteints.".to_string())
            .input("Objectifs atteints", yes_no(objectives_met)),
    ));
    checks
}

fn adapted_contract(situation: &Situation, version: &RuleVersion) -> Option<Check> {
    let disability = situation.disability == Some(true);
    let mixed = situation.mixed_activity == Some(true);
    if !disability && !mixed {
        return None;
    }
    let why = Explanation::new("")
        .version(version)
        .input("Handicap ou maladie chronique", yes_no(disability))
        .input("Activité mixte libérale et salariée", yes_no(mixed));
    Some(match version.eligibility.adapted_contract {
        Some(rule) => Check::new(
            "Situation particulière",
            &[],
            CheckState::Met,
            Explanation {
                rule: "Vous restez éligible ; le contrat (seuils et objectifs) est adapté à votre \
                       situation par votre CPAM : prenez contact avec elle."
                    .to_string(),
                ..why.rests_on(&rule)
            },
        ),
        None => Check::new(
            "Situation particulière",
            &[],
            CheckState::Met,
            Explanation {
                rule: "Nos sources ne disent pas comment l'avenant 7 traitait cette situation : votre \
                       CPAM vous le dira."
                    .to_string(),
                ..why.with_status(Status::Unknown)
            },
        ),
    })
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "oui"
    } else {
        "non"
    }
}
