//! Figures every text shares, and those outside the texts that the tools use (the assistant's
//! salary). Dated and sourced like the rest.

use crate::date::Date;
use crate::percent::Percent;
use crate::rules::facts::Fact;
use crate::rules::sources::*;
use rust_decimal::Decimal;

/// The contract lasts 5 years, is renewable, and the aid is permanent: year 6 onwards pays as year 5.
pub const CONTRACT_YEARS: Fact<u32> = Fact::confirmed(5, &S1_AMELI_JUIN_2024);

/// From this contract year the amount is a ceiling, paid according to the objective's achievement;
/// years 1 and 2 are paid in full whatever happens. No primary source states it: a regional page of
/// the avenant-7 era and the press of 2025 do.
pub const FIRST_MODULATED_YEAR: Fact<u32> = Fact::secondary(
    3,
    &PAPS_PACA,
    "Les deux premières années sont versées en entier ; à partir de la 3e, l'aide est modulée selon \
     l'atteinte des objectifs (« jusqu'à 22 000 € la troisième année et les suivantes selon \
     l'atteinte des objectifs », Le Quotidien du Médecin, 3 avril 2025).",
);

/// The second year's aid is paid at the first anniversary.
pub const SECOND_YEAR_AT_ANNIVERSARY: Fact<bool> = Fact::secondary(
    true,
    &S9_DJIBE,
    "L'aide de la 2e année est versée à la date anniversaire du contrat.",
);

/// From year 3, two payments of half the year's amount.
pub const LATER_YEARS_IN_HALVES: Fact<u32> = Fact::secondary(
    2,
    &S9_DJIBE,
    "À partir de la 3e année, l'aide est versée en deux moitiés ; leurs dates ne sont pas publiées.",
);

/// How the aid of year 3 follows the objective: nobody published the formula.
pub const MODULATION: Fact<&str> = Fact::estimate(
    "part de l'augmentation obtenue, de 0 à 100 %, appliquée au plafond ; avenant 7 : le taux le plus \
     bas des deux mesures, depuis 2023 : le plus haut ; objectif de maintien : tout ou rien",
    &S0_ESTIMATION,
    "La formule de modulation n'est pas publiée. Nous comptons la part de l'augmentation obtenue, \
     entre 0 et 100 %, et l'appliquons au plafond.",
);

/// The minimum gross monthly salaries of an assistant, full time, under the medical-practice staff
/// collective agreement, on a date: from the lowest coefficient to the highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SalaryGrid {
    pub on: Date,
    pub lowest: Decimal,
    pub highest: Decimal,
}

pub const SALARY_GRID: Fact<SalaryGrid> = Fact::secondary(
    SalaryGrid {
        on: Date::ymd(2024, 1, 1),
        lowest: Decimal::from_parts(181_579, 0, 0, false, 2),
        highest: Decimal::from_parts(215_991, 0, 0, false, 2),
    },
    &CCN_CABINETS_2024,
    "Minima de la grille, temps plein, selon le coefficient de l'assistant.",
);

/// Employer charges, in % of the gross salary: our editable estimate.
pub const EMPLOYER_CHARGES: Fact<Percent> = Fact::estimate(
    Percent::new(42, 0),
    &S0_ESTIMATION,
    "Ordre de grandeur des cotisations patronales d'un salarié du privé avant allègements ; près du \
     SMIC, les allègements généraux les réduisent nettement. Votre expert-comptable ou l'Urssaf \
     donnent le taux réel.",
);

/// Leaving a contract: notice by registered letter, in months (a running contract, RULES.md §6).
pub const LEAVING_NOTICE_MONTHS: Fact<u32> = Fact::secondary(
    2,
    &S9_DJIBE,
    "Vous pouvez quitter le contrat avec un préavis de 2 mois, par lettre recommandée à votre CPAM.",
);

/// After a contract ends, the years before a new one may be signed.
pub const WAIT_AFTER_ENDING_YEARS: Fact<u32> = Fact::secondary(
    2,
    &S11_CONTRAT_COLLECTIF,
    "Après la fin d'un contrat, il faut attendre 2 ans avant d'en signer un nouveau.",
);

/// How and on which day the CPAM measures the objective: nobody published it.
pub const OBJECTIVE_MEASURE: Fact<&str> = Fact::unknown(
    "La date exacte et la façon dont la CPAM mesure l'objectif ne sont pas publiées : demandez-les \
     à votre CPAM.",
    &S0_ESTIMATION,
    "",
);

/// The press of 2025: CPAMs refusing or cutting the aid of GPs whose counts had not risen enough.
pub const REFUSALS_2025: Fact<&str> = Fact::secondary(
    "En 2025, la presse a rapporté des CPAM refusant ou réduisant l'aide de généralistes dont la \
     patientèle n'avait pas assez augmenté.",
    &S15_QUOTIDIEN_2025,
    "",
);

/// Changing the option of a running contract (½ to 1 ETP): how is not published.
pub const OPTION_CHANGE: Fact<&str> = Fact::unknown(
    "Nos sources ne disent pas comment passer d'une option à l'autre en cours de contrat (avenant au \
     contrat ou nouveau contrat) : demandez à votre CPAM.",
    &S0_ESTIMATION,
    "",
);

/// A situation the app recognises and explains without computing it (RULES.md §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    pub question: &'static str,
    pub answer: &'static str,
}

/// The answers doctors ask for after a simulation, each sourced.
pub static GUIDANCE: [Fact<Guidance>; 7] = [
    Fact::secondary(
        Guidance {
            question: "Mon assistant est absent plus de trois mois : que devient l'aide ?",
            answer: "Sans remplacement, le contrat est suspendu. Si l'assistant est remplacé, le \
                     contrat continue.",
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    Fact::secondary(
        Guidance {
            question: "Ma secrétaire peut-elle devenir mon assistante médicale ?",
            answer: "Oui, mais l'aide n'est versée que si le poste de secrétaire est pourvu à \
                     nouveau dans les 6 mois.",
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    Fact::secondary(
        Guidance {
            question: "Je déménage loin ou je change de spécialité : que se passe-t-il ?",
            answer:
                "Vous êtes alors traité comme un médecin nouvellement installé, avec un nouveau \
                     contrat.",
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    Fact::confirmed(
        Guidance {
            question: "Dois-je employer l'assistant moi-même ?",
            answer: "Non : vous pouvez l'employer vous-même, ou passer par un groupement \
                     d'employeurs (GE, SISA). Le service TESE de l'Urssaf simplifie les formalités \
                     d'embauche et de paie.",
        },
        &S2_AMELI_CONVENTION_2024,
    ),
    Fact::unknown(
        Guidance {
            question: "Puis-je embaucher en CDD ?",
            answer: "Les sources divergent : le site partenaire des URPS admet un CDD, un cabinet \
                     d'avocats écrit que l'assistant « doit être recruté par CDI ». Demandez à votre \
                     CPAM ce qu'elle accepte avant de signer le contrat de travail.",
        },
        &AVOCATS_CDI,
        "Sources en désaccord : assistants-medicaux.org (CDD admis), un cabinet d'avocats (CDI \
         seulement).",
    ),
    Fact::secondary(
        Guidance {
            question: "Quelle formation pour l'assistant ?",
            answer: "Il doit obtenir le certificat de qualification professionnelle (CQP) \
                     d'assistant médical, ou la formation d'adaptation à l'emploi (FAE) s'il est \
                     infirmier, aide-soignant ou auxiliaire de puériculture : dans les 2 ans pour \
                     un contrat de la convention 2024, dans les 3 ans auparavant.",
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    Fact::confirmed(
        Guidance {
            question: "J'ai un handicap, une maladie chronique ou une activité mixte : suis-je \
                       éligible ?",
            answer: "Depuis 2023, oui : votre CPAM adapte le contrat (seuil d'activité et \
                     objectifs) à votre situation ; sous l'avenant 7, un handicap reconnu \
                     permettait une dérogation aux seuils. Prenez contact avec elle.",
        },
        &S2_AMELI_CONVENTION_2024,
    ),
];
