//! Collective contract for a group of GPs (SCP, SCM, SISA), from 25 February 2026. Known only through
//! secondary sources quoting ameli (S11): its figures are "confirmed by a secondary source", except
//! the group's minimum size, which nobody published.

use super::{conv2024, distribution_2021};
use crate::date::Date;
use crate::rules::facts::{euros, Fact, Status};
use crate::rules::model::*;
use crate::rules::sources::*;
use crate::situation::HalfFte;

pub const SIGNED_FROM: Date = Date::ymd(2026, 2, 25);

/// What changed from the previous text, for the barème (kept out of `VERSION`, which the app
/// carries: only the barème page reads it).
pub const CHANGES: &str = "Un contrat pour le groupe : l'aide par ETP financé, au plus 1 ETP par médecin (plus \
              0,5 ETP par membre accueillant un docteur junior depuis novembre 2026), une patientèle \
              moyenne d'au moins 775 patients et un objectif commun de +260 patients médecin traitant \
              et +110 en file active par ETP, en 2 ans.";

pub static VERSION: RuleVersion = RuleVersion {
    code: "coll2026",
    name: "Contrat collectif (2026)",
    legal_basis: "Contrat collectif d'aide à l'emploi d'assistants médicaux pour un groupe de \
                  généralistes (SCP, SCM, SISA), en vigueur depuis le 25 février 2026",
    signed_from: SIGNED_FROM,
    signed_until: None,
    checked_on: Date::ymd(2026, 12, 3),
    source: &S11_CONTRAT_COLLECTIF,
    status: Status::Secondary,
    eligibility: conv2024::ELIGIBILITY,
    thresholds: distribution_2021::THRESHOLDS,
    objective: conv2024::OBJECTIVE,
    training_years: conv2024::VERSION.training_years,
    first_payment: Fact::estimate(
        FirstPayment::WithinMonthAfterSigning,
        &S0_ESTIMATION,
        "Le rythme des versements du contrat collectif n'est pas publié : nous reprenons celui des \
         contrats individuels.",
    ),
};

pub static RULES: CollectiveRules = CollectiveRules {
    version: &VERSION,
    per_fte: Fact::secondary(
        [euros(38_000), euros(28_000), euros(22_000)],
        &S11_CONTRAT_COLLECTIF,
        "Par ETP financé ; à partir de la 3e année, l'aide est proratisée selon l'atteinte de l'objectif.",
    ),
    mean_pmt_minimum: Fact {
        note: "Moyenne de la patientèle médecin traitant des médecins du groupe.",
        source: &S11_CONTRAT_COLLECTIF,
        ..distribution_2021::P30
    },
    structures: Fact::secondary(
        "un groupe de médecins généralistes réunis en SCP, SCM ou SISA",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    minimum_members: Fact::estimate(
        2,
        &S0_ESTIMATION,
        "Aucune taille minimale n'est publiée : un groupe (SCP, SCM, SISA) réunit au moins deux \
         médecins, c'est notre déduction.",
    ),
    fte_per_member: Fact::secondary(
        HalfFte(2),
        &S11_CONTRAT_COLLECTIF,
        "Au plus 1 ETP par médecin membre.",
    ),
    junior_bonus: Fact::secondary(
        (Date::ymd(2026, 11, 1), HalfFte(1)),
        &S11_CONTRAT_COLLECTIF,
        "Depuis novembre 2026 : +0,5 ETP par médecin maître de stage (PAMSU) accueillant un docteur \
         junior, ou par membre quand la structure est un terrain de stage ambulatoire agréé. \
         Exemple : 4 médecins dont 2 accueillent un docteur junior → 5 ETP.",
    ),
    members: Fact::secondary(
        "Les membres sont les associés, en leur nom propre, de la SCP, de la SCM ou de la SISA qui \
         signe ; une SEL ne peut pas signer. Un associé peut choisir de ne pas entrer dans le \
         contrat : le plafond d'ETP compte les médecins qui y entrent.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    no_cumulation: Fact::secondary(
        "Pas de cumul avec un contrat individuel : le contrat individuel de chaque membre doit être \
         clos avant.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    membership_changes: Fact::secondary(
        "Des médecins peuvent entrer dans le contrat ou en sortir à chaque date anniversaire, sans \
         incidence sur le nombre d'ETP choisi initialement.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    objective_when_members_change: Fact::unknown(
        "Nos sources ne disent pas si l'objectif du groupe change quand des membres entrent ou \
         sortent : votre CPAM le dit.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    junior_bonus_for_earlier_contracts: Fact::unknown(
        "Nos sources ne disent pas si un contrat signé avant novembre 2026 obtient ce supplément à \
         partir de novembre : votre CPAM le dit.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    earlier_gains: Fact::secondary(
        "L'objectif du groupe est diminué des patients déjà gagnés sous les contrats individuels \
         antérieurs des membres ; la formule n'est pas publiée : l'objectif montré ici est celui \
         d'avant cette diminution, votre CPAM fait le calcul.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    newly_installed_member: Fact::secondary(
        "Un membre nouvellement installé a son propre objectif : atteindre la médiane des \
         généralistes (1 045 patients médecin traitant, 1 514 en file active) au bout de 3 ans.",
        &S11_CONTRAT_COLLECTIF,
        "",
    ),
    pmt_per_fte: Fact::secondary(260, &S11_CONTRAT_COLLECTIF, ""),
    fa_per_fte: Fact::secondary(110, &S11_CONTRAT_COLLECTIF, ""),
    both_measures: Fact::unknown(
        false,
        &S11_CONTRAT_COLLECTIF,
        "Le texte écrit « +260 patients médecin traitant et +110 en file active » par ETP financé : \
         s'il faut atteindre les deux n'est pas dit. Nous comptons, comme pour les contrats \
         individuels en vigueur, qu'un seul suffit.",
    ),
    years: Fact::secondary(2, &S11_CONTRAT_COLLECTIF, ""),
    prorated_from_year_3: Fact::secondary(true, &S11_CONTRAT_COLLECTIF, ""),
};
