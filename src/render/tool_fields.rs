//! The top of each tool's screen: its title (written by the app, at once), then what it does and
//! its fields (written fields, see `form`), written by the worker like the block under them.

use super::form::{field, Field, Input};
use super::html::{text_el, Html};
use super::tool_block::Tool;
use crate::format;
use crate::rules::objective::Measure;
use crate::rules::versions::{
    self,
    common::{EMPLOYER_CHARGES, SALARY_GRID},
};
use crate::rules::Outcome;
use crate::situation::link::Key;
use crate::situation::Situation;

/// When the counts of the « Et si… » are read: in year 3, or for a group at its objective's horizon,
/// as the members' mean.
fn what_if_when(answers: &Situation) -> Option<String> {
    answers.is_collective().then(|| {
        let years = versions::collective_for(answers.signature).years.value;
        format!("au bout de {years} ans")
    })
}

/// The slider runs from below the count at signature to a fifth past the target; a group's in
/// means, like its field.
fn slider_range(
    answers: &Situation,
    outcome: &Outcome,
    measure: Measure,
) -> Option<(u32, u32, u32)> {
    let members = match answers.collective_members {
        Some(members) if answers.is_collective() => members.max(1),
        _ => 1,
    };
    let target = outcome.primary()?.objective.target(measure)?;
    let goal = target.target_count()? / members;
    let start = target.start_count().unwrap_or(0) / members;
    Some((start.min(goal) * 8 / 10, goal, goal.max(start) * 12 / 10))
}

/// A tool's title; a group's « Et si… » at its objective's horizon.
pub fn title(tool: Tool, answers: &Situation) -> String {
    match (tool, what_if_when(answers)) {
        (Tool::WhatIf, Some(when)) => format!("Et si… {when}"),
        _ => tool.title().to_string(),
    }
}

fn what_if(answers: &Situation, outcome: &Outcome) -> (String, Vec<Field>) {
    let when = what_if_when(answers);
    let intro = match &when {
        Some(when) => format!(
            "Indiquez la patientèle moyenne que les membres pensent atteindre {when} : vous voyez si \
             l'objectif du groupe est atteint et l'aide estimée de la 3e année."
        ),
        None => "Indiquez la patientèle que vous pensez atteindre en 3e année : vous voyez si \
                 l'objectif est atteint et l'aide estimée de cette année-là."
            .to_string(),
    };
    let label = |individual: &str, group: &str| match &when {
        Some(when) => format!("{group} {when}"),
        None => individual.to_string(),
    };
    let is_gp = answers.is_general_practitioner();
    let mut fields = Vec::new();
    if is_gp {
        fields.push(Field::new(
            Key::PmtYear3,
            label(
                "Patientèle médecin traitant en 3e année",
                "Patientèle médecin traitant moyenne des membres",
            ),
            "",
            Input::Whole(""),
        ));
    }
    fields.push(Field::new(
        Key::FaYear3,
        label("File active en 3e année", "File active moyenne des membres"),
        "",
        Input::Whole(""),
    ));
    let (key, measure) = if is_gp {
        (Key::PmtYear3, Measure::Pmt)
    } else {
        (Key::FaYear3, Measure::Fa)
    };
    if let Some((min, target, max)) = slider_range(answers, outcome, measure) {
        let label = fields
            .iter()
            .find(|f| f.key == key)
            .map(|f| f.label.clone())
            .unwrap_or_default();
        fields.push(Field::new(
            key,
            label,
            "",
            Input::Slider { min, target, max },
        ));
    }
    (intro, fields)
}

fn cost() -> Vec<Field> {
    let salary_hint = format!(
        "Laissé vide : {}, minimum de la convention collective des cabinets médicaux (la grille va \
         jusqu'à {}).",
        format::euros_cents(SALARY_GRID.value.lowest),
        format::euros_cents(SALARY_GRID.value.highest)
    );
    let charges_hint = format!(
        "Laissé vide : {}, notre estimation avant allègements ; près du SMIC, les allègements la \
         réduisent nettement. Votre expert-comptable connaît le taux réel.",
        EMPLOYER_CHARGES.value.french()
    );
    vec![
        Field::new(
            Key::Salary,
            "Salaire brut mensuel de l'assistant, à temps plein",
            salary_hint,
            Input::Decimal("€ par mois"),
        ),
        Field::new(
            Key::EmployerCharges,
            "Charges patronales, en % du salaire brut",
            charges_hint,
            Input::Decimal("%"),
        ),
    ]
}

/// What a tool does, and its fields.
pub fn top(tool: Tool, answers: &Situation, outcome: &Outcome) -> String {
    let (intro, fields) = match tool {
        Tool::Compare => (
            "Les mêmes réponses pour chaque temps de travail de l'assistant : aide par année, total \
             sur 5 ans, coût net et objectif."
                .to_string(),
            Vec::new(),
        ),
        Tool::Cost => (
            "Ce que l'assistant coûte chaque année de contrat, salaire et charges, moins l'aide. \
             Chiffres indicatifs."
                .to_string(),
            cost(),
        ),
        Tool::Calendar => (
            "Quand chaque versement tombe, pour votre date de signature. Rythme confirmé par une \
             source secondaire ; votre CPAM fixe les dates exactes."
                .to_string(),
            Vec::new(),
        ),
        Tool::WhatIf => what_if(answers, outcome),
    };
    let mut html = Html::new();
    text_el!(&mut html, "p", "class" = "intro" => &intro);
    for each in &fields {
        field(&mut html, answers, each);
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::rules::evaluate;
    use crate::situation::{Quotity, Sector, Specialty};

    fn gp() -> Situation {
        Situation {
            signature: Some(Date::ymd(2025, 3, 1)),
            specialty: Some(Specialty::GeneralPractice),
            sector: Some(Sector::One),
            pmt: Some(1_000),
            quotity: Some(Quotity::Full),
            ..Situation::default()
        }
    }

    #[test]
    fn the_what_if_has_its_field_and_a_slider_around_the_target() {
        let answers = gp();
        let html = top(Tool::WhatIf, &answers, &evaluate(&answers));
        assert!(html.contains("id=\"pmt3\""), "{html}");
        assert!(html.contains("id=\"pmt3-curseur\""), "{html}");
        assert!(html.contains("min=\"800\""), "{html}");
        assert!(
            html.contains("objectif 1"),
            "the target under the slider: {html}"
        );
    }

    #[test]
    fn a_group_reads_its_counts_as_means_at_its_horizon() {
        let answers = Situation {
            signature: Some(Date::ymd(2026, 12, 1)),
            collective_members: Some(3),
            ..gp()
        };
        let html = top(Tool::WhatIf, &answers, &evaluate(&answers));
        assert!(title(Tool::WhatIf, &answers).starts_with("Et si… au bout de"));
        assert_eq!(title(Tool::WhatIf, &gp()), Tool::WhatIf.title());
        assert!(html.contains("moyenne des membres"), "{html}");
    }

    #[test]
    fn the_cost_asks_salary_and_charges() {
        let answers = gp();
        let html = top(Tool::Cost, &answers, &evaluate(&answers));
        assert!(html.contains("name=\"salaire\""), "{html}");
        assert!(html.contains("name=\"charges\""), "{html}");
    }
}
