//! Charts as inline SVG, where a doctor would rather look than read: the aid per contract year, the
//! aid against the assistant's cost, the patientèle from signature to objective, the gauge of the
//! percentiles. Written from the engine's figures with integer arithmetic (float formatting weighs
//! kilobytes of WebAssembly), shapes styled by CSS classes (the CSP forbids inline styles). Each chart
//! carries its text equivalent (`<title>` and `<desc>`), and tells ceilings and estimates apart by
//! outline and words, never by colour alone.

use super::html::{el, empty_el, text_el, Html};
use crate::format;
use crate::rules::amounts::YearAid;
use crate::rules::cost::NetCost;
use crate::rules::facts::Status;
use crate::rules::model::GpThresholds;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Whole euros as an integer, for drawing; negative amounts draw as nothing.
fn whole(value: Decimal) -> u64 {
    value.round().to_u64().unwrap_or(0)
}

/// `part / total` of `length`, in whole units.
fn scaled(part: u64, total: u64, length: u64) -> u64 {
    (part.min(total) * length).checked_div(total).unwrap_or(0)
}

/// `<svg role="img">` with its title and description, then the shapes.
fn svg(
    html: &mut Html,
    id: &str,
    view_box: &str,
    title: &str,
    desc: &str,
    shapes: impl FnOnce(&mut Html),
) {
    let title_id = format!("{id}-titre");
    let desc_id = format!("{id}-description");
    el!(html, "svg", "class" = "chart", "role" = "img", "focusable" = "false";
        "viewBox" = view_box; "aria-labelledby" = &format!("{title_id} {desc_id}") => |svg: &mut Html| {
        text_el!(svg, "title"; "id" = &title_id => title);
        text_el!(svg, "desc"; "id" = &desc_id => desc);
        shapes(svg);
    });
}

fn rect(html: &mut Html, class: &str, x: u64, y: u64, width: u64, height: u64) {
    empty_el!(html, "rect"; "class" = class; "x" = &x.to_string(); "y" = &y.to_string();
        "width" = &width.to_string(); "height" = &height.to_string());
}

fn label(html: &mut Html, class: &str, x: u64, y: u64, text: &str) {
    text_el!(html, "text", "text-anchor" = "middle"; "class" = class; "x" = &x.to_string();
        "y" = &y.to_string() => text);
}

fn baseline(html: &mut Html) {
    empty_el!(
        html,
        "line",
        "class" = "baseline",
        "x1" = "0",
        "x2" = "320",
        "y1" = "150",
        "y2" = "150"
    );
}

fn marker(html: &mut Html, x: u64, y: u64) {
    empty_el!(html, "circle", "class" = "marker", "r" = "7"; "cx" = &x.to_string(); "cy" = &y.to_string());
}

/// Five bars, one per contract year; from year 3 the bar is a ceiling (dashed outline, hatched), and
/// the estimated aid of year 3, when the doctor gave year-3 counts, is drawn inside it.
pub fn aid_bars(html: &mut Html, years: &[YearAid]) {
    const BASE: u64 = 150;
    const HEIGHT: u64 = 110;
    const SLOT: u64 = 64;
    let max = years.iter().map(|y| whole(y.amount)).max().unwrap_or(0);
    let desc: Vec<String> = years
        .iter()
        .map(|year| {
            let mut line = format!(
                "{} : {}{}",
                format::ordinal(year.year),
                if year.is_ceiling() { "au plus " } else { "" },
                format::euros(year.amount)
            );
            if let Some(modulated) = &year.modulated {
                line.push_str(&format!(", estimé {}", format::euros(modulated.amount)));
            }
            line
        })
        .collect();
    svg(
        html,
        "graphique-aide",
        "0 0 320 172",
        "Aide par année de contrat",
        &format!("{}.", desc.join(" ; ")),
        |svg| {
            for (index, year) in years.iter().enumerate() {
                let x = index as u64 * SLOT + 10;
                let height = scaled(whole(year.amount), max, HEIGHT).max(2);
                let class = if year.is_ceiling() {
                    "bar ceiling"
                } else {
                    "bar"
                };
                rect(svg, class, x, BASE - height, 44, height);
                let short = format::euros(year.amount);
                label(svg, "value", x + 22, BASE - height - 6, &short);
                if let Some(modulated) = &year.modulated {
                    let inner = scaled(whole(modulated.amount), max, HEIGHT);
                    rect(svg, "bar estimate", x + 8, BASE - inner, 28, inner);
                }
                label(svg, "axis", x + 22, BASE + 14, &format::ordinal(year.year));
            }
            baseline(svg);
        },
    );
}

/// For each contract year, the aid (solid) beside the employer's cost (outlined), and what is left:
/// « gain » when the aid exceeds the cost.
pub fn cost_bars(html: &mut Html, cost: &NetCost) {
    const BASE: u64 = 150;
    const HEIGHT: u64 = 110;
    const SLOT: u64 = 64;
    let max = cost
        .years
        .iter()
        .map(|y| whole(y.aid).max(whole(y.employer_cost)))
        .max()
        .unwrap_or(0);
    let desc: Vec<String> = cost
        .years
        .iter()
        .map(|year| {
            format!(
                "{} : aide {}, coût {}, {}",
                format::ordinal(year.year),
                format::euros(year.aid),
                format::euros(year.employer_cost),
                format::net_words(year.net)
            )
        })
        .collect();
    svg(
        html,
        "graphique-cout",
        "0 0 320 172",
        "Aide et coût de l'assistant par année",
        &format!("{}.", desc.join(" ; ")),
        |svg| {
            for (index, year) in cost.years.iter().enumerate() {
                let x = index as u64 * SLOT + 8;
                let aid = scaled(whole(year.aid), max, HEIGHT).max(1);
                let employer = scaled(whole(year.employer_cost), max, HEIGHT).max(1);
                rect(svg, "bar", x, BASE - aid, 22, aid);
                rect(svg, "bar cost", x + 24, BASE - employer, 22, employer);
                let top = BASE - aid.max(employer);
                let net = if year.net.is_sign_negative() {
                    format!("+{}", format::euros(-year.net))
                } else {
                    format!("−{}", format::euros(year.net))
                };
                label(svg, "value", x + 23, top - 6, &net);
                label(svg, "axis", x + 23, BASE + 14, &format::ordinal(year.year));
            }
            baseline(svg);
        },
    );
}

/// The patientèle on one line: the count at signature, the objective, and the count reached in
/// year 3 when the doctor gave it.
pub fn patients_line(html: &mut Html, start: u32, target: u32, year3: Option<u32>) {
    patients_path(
        html,
        "graphique-patients",
        start,
        target,
        year3.map(|count| (count, "3e année")),
    );
}

/// A patientèle from signature to its target, with a count reached on the way (`observed`: the
/// count and what to call it, « 3e année », « 20/11/2026 »). `id` names the drawing, one per page.
pub fn patients_path(
    html: &mut Html,
    id: &str,
    start: u32,
    target: u32,
    observed: Option<(u32, &str)>,
) {
    const LEFT: u64 = 20;
    const WIDTH: u64 = 280;
    let year3 = observed.map(|(count, _)| count);
    let top = u64::from(start.max(target).max(year3.unwrap_or(0))) * 11 / 10;
    let low = u64::from(start.min(target).min(year3.unwrap_or(u32::MAX))) * 8 / 10;
    let span = top.saturating_sub(low).max(1);
    let x = |count: u32| LEFT + scaled(u64::from(count).saturating_sub(low), span, WIDTH);
    let mut desc = format!(
        "{} à la signature, {} visés",
        format::patients(start),
        format::count(target)
    );
    if let Some((count, when)) = observed {
        desc.push_str(&format!(", {} {}", format::count(count), in_words(when)));
    }
    svg(
        html,
        id,
        "0 0 320 84",
        "Votre patientèle, de la signature à l'objectif",
        &format!("{desc}."),
        |svg| {
            rect(svg, "track", LEFT, 38, WIDTH, 8);
            let (from, to) = (x(start).min(x(target)), x(start).max(x(target)));
            rect(svg, "goal", from, 36, (to - from).max(2), 12);
            label(svg, "axis", x(start), 66, &format::count(start));
            label(svg, "axis", x(start), 78, "signature");
            label(
                svg,
                "value",
                x(target),
                24,
                &format!("{} visés", format::count(target)),
            );
            if let Some((count, when)) = observed {
                let at = x(count);
                marker(svg, at, 42);
                // Below the track beside the signature's labels when there is room; too close to
                // them, on one line above the track, over the target's label.
                if at.abs_diff(x(start)) >= 64 {
                    label(svg, "axis", at, 66, &format::count(count));
                    label(svg, "axis", at, 78, when);
                } else {
                    label(
                        svg,
                        "axis",
                        at,
                        11,
                        &format!("{} ({when})", format::count(count)),
                    );
                }
            }
        },
    );
}

/// « en 3e année », « le 20/11/2026 »: when a count was reached, in a sentence.
fn in_words(when: &str) -> String {
    if when.starts_with(|c: char| c.is_ascii_digit()) && when.contains('/') {
        format!("le {when}")
    } else {
        format!("en {when}")
    }
}

/// Where a GP's patientèle sits against the percentiles, each tick with its number. Decorative: the
/// same is written beside it.
pub fn gauge(html: &mut Html, count: u32, thresholds: &GpThresholds) {
    const LEFT: u64 = 12;
    const WIDTH: u64 = 296;
    let floors = thresholds.band_floors();
    let last = floors[floors.len() - 1].2.value.sure_count();
    let scale = (u64::from(last) * 5 / 4)
        .max(u64::from(count) * 21 / 20)
        .max(1);
    let x = |value: u32| LEFT + scaled(u64::from(value), scale, WIDTH);
    let marker_at = x(count).min(LEFT + WIDTH);
    el!(html, "svg", "class" = "gauge-drawing", "viewBox" = "0 0 320 92", "aria-hidden" = "true",
        "focusable" = "false" => |svg: &mut Html| {
        rect(svg, "track", LEFT, 42, WIDTH, 8);
        rect(svg, "filled", LEFT, 42, marker_at - LEFT, 8);
        for (index, (_, name, floor)) in floors.iter().enumerate() {
            let at = x(floor.value.sure_count()).to_string();
            let approx = if floor.status == Status::Estimate { "≈" } else { "" };
            empty_el!(svg, "line", "class" = "tick", "y1" = "36", "y2" = "56"; "x1" = &at; "x2" = &at);
            // Alternate above and below, so close percentiles (P70, P90) never overlap.
            let (name_y, number_y) = if index % 2 == 0 { (14, 28) } else { (70, 84) };
            let at = x(floor.value.sure_count());
            label(svg, "tick-label", at, name_y, &format!("{name}{approx}"));
            label(svg, "tick-number", at, number_y, &floor.value.number());
        }
        marker(svg, marker_at, 46);
    });
}
