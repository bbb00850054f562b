//! The `[case.tracking]` part of the case files: a running contract followed on a day. Included by
//! the case runner (tests/cases.rs), not a test of its own.

use super::Followed;
use assistant_medical::date::Date;
use assistant_medical::rules::facts::Status;
use assistant_medical::rules::objective::Measure;
use assistant_medical::rules::tracking::{
    self, ContractTime, NotFollowed, Origin, Progress, Stake,
};
use assistant_medical::situation::Situation;
use rust_decimal::Decimal;

fn origin_word(origin: Origin) -> &'static str {
    match origin {
        Origin::Contract => "contract",
        Origin::Rules(Status::Confirmed) => "confirmed",
        Origin::Rules(Status::Secondary) => "secondary",
        Origin::Rules(Status::Estimate) => "estimate",
        Origin::Rules(Status::Unknown) => "unknown",
    }
}

/// A stated value against the one computed, as a mismatch when they differ.
fn same<T: PartialEq + std::fmt::Debug>(
    field: &str,
    expected: &Option<T>,
    got: Option<T>,
) -> Option<String> {
    match expected {
        Some(expected) if Some(expected) != got.as_ref() => Some(format!(
            "tracking.{field}: expected {expected:?}, got {got:?}"
        )),
        _ => None,
    }
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap_or_else(|| panic!("a case's date: {text}"))
}

/// Every field of `[case.tracking]` the followed contract contradicts. Long because it is that
/// list of fields, one after the other.
pub fn check(followed: &Followed, situation: &Situation) -> Vec<String> {
    let today = date(&followed.today);
    let tracked = match tracking::follow(situation, today) {
        Ok(tracked) => tracked,
        Err(why) => {
            let got = match why {
                NotFollowed::Missing(_) => "missing",
                NotFollowed::Unsupported(_) => "unsupported",
            };
            return match &followed.not_followed {
                Some(expected) if expected == got => Vec::new(),
                _ => vec![format!("tracking: not followed ({why:?})")],
            };
        }
    };
    let mut mismatches = Vec::new();
    if followed.not_followed.is_some() {
        mismatches.push("tracking.not_followed: the contract is followed".to_string());
    }
    let measure = |measure: Measure| tracked.progress.iter().find(|p| p.measure == measure);
    let pmt = measure(Measure::Pmt);
    let fa = measure(Measure::Fa);
    let pace = |p: Option<&Progress>| p.map(|p| p.pace.map_or(0, |pace| pace.per_month));
    let iso = |day: Date| day.iso();
    let checks = [
        same("year", &followed.year, Some(tracked.time.year())),
        same(
            "not_started",
            &followed.not_started,
            Some(matches!(tracked.time, ContractTime::NotStarted { .. })),
        ),
        same(
            "ceiling",
            &followed.ceiling.map(Decimal::from),
            Some(tracked.this_year.amount),
        ),
        same(
            "revalued",
            &followed.revalued,
            Some(tracked.this_year.revalued),
        ),
        same(
            "past",
            &followed
                .past
                .as_ref()
                .map(|years| years.iter().map(|&e| Decimal::from(e)).collect::<Vec<_>>()),
            Some(tracked.past.iter().map(|year| year.amount).collect()),
        ),
        same(
            "measured_from",
            &followed.measured_from,
            Some(iso(tracked.measured_from)),
        ),
        same(
            "next_payment",
            &followed.next_payment,
            tracked
                .next_payment
                .as_ref()
                .map(|payment| match payment.when {
                    tracking_when::Within { from, .. } | tracking_when::DuringYear { from, .. } => {
                        iso(from)
                    }
                    tracking_when::On(day) => iso(day),
                    tracking_when::AfterHiring { .. } => "après l'embauche".to_string(),
                }),
        ),
        same(
            "both_required",
            &followed.both_required,
            Some(tracked.both_required),
        ),
        same(
            "target_pmt",
            &followed.target_pmt,
            pmt.and_then(Progress::goal_count),
        ),
        same(
            "target_fa",
            &followed.target_fa,
            fa.and_then(Progress::goal_count),
        ),
        same(
            "origin_pmt",
            &followed.origin_pmt.as_deref(),
            pmt.map(|p| origin_word(p.origin)),
        ),
        same(
            "origin_fa",
            &followed.origin_fa.as_deref(),
            fa.map(|p| origin_word(p.origin)),
        ),
        same(
            "promised_pmt",
            &followed.promised_pmt,
            pmt.and_then(Progress::promised),
        ),
        same(
            "gained_pmt",
            &followed.gained_pmt,
            pmt.and_then(Progress::gained),
        ),
        same(
            "remaining_pmt",
            &followed.remaining_pmt,
            pmt.and_then(Progress::remaining),
        ),
        same(
            "remaining_fa",
            &followed.remaining_fa,
            fa.and_then(Progress::remaining),
        ),
        same("pace_pmt", &followed.pace_pmt, pace(pmt)),
        same("pace_fa", &followed.pace_fa, pace(fa)),
        same(
            "floor_pmt",
            &followed.floor_pmt,
            pmt.and_then(|p| match p.goal {
                tracking::Goal::Keep { floor } => Some(floor),
                _ => None,
            }),
        ),
        same(
            "stake",
            &followed.stake.as_deref(),
            Some(match tracked.stake {
                Stake::InFull { .. } => "in-full",
                Stake::Modulated { .. } => "modulated",
            }),
        ),
        same(
            "events",
            &followed.events,
            Some(tracked.events.iter().map(|event| iso(event.on)).collect()),
        ),
        same(
            "training_deadline",
            &followed.training_deadline,
            tracked
                .decisions
                .iter()
                .find(|decision| decision.title.contains("formation"))
                .and_then(|decision| decision.on)
                .map(iso),
        ),
    ];
    mismatches.extend(checks.into_iter().flatten());
    // `pace_pmt = 0` reads « no pace »: a pace of nothing a month must not pass for one.
    for progress in &tracked.progress {
        if progress.pace.is_some_and(|pace| pace.per_month == 0) {
            mismatches.push(format!(
                "tracking: a pace of 0 a month ({:?})",
                progress.measure
            ));
        }
    }
    if let Some(expected) = followed.estimate {
        match tracked.stake.estimate() {
            Some(estimate)
                if estimate.amount == Decimal::from(expected)
                    && estimate.why.status == Status::Estimate => {}
            other => mismatches.push(format!(
                "tracking.estimate: expected {expected} (an estimate), got {:?}",
                other.map(|e| (e.amount, e.why.status))
            )),
        }
    }
    mismatches
}

use assistant_medical::rules::calendar::When as tracking_when;
