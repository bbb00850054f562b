use super::*;
use crate::situation::link;

/// The contract of a share link, followed on `today`.
fn followed(link: &str, today: Date) -> Result<Tracking, NotFollowed> {
    let decoded = link::decode(link).expect("a link the decoder reads");
    follow(&decoded.situation, today)
}

fn tracked(link: &str, today: Date) -> Tracking {
    followed(link, today).expect("a contract followed")
}

const HALF_2023: &str = "spe=mg&secteur=1&pmt=1300&etp=1/2&signature=2023-10-01&suivi=1";
const FULL_2023: &str = "spe=mg&secteur=1&pmt=1300&etp=1&signature=2023-10-01&suivi=1";

fn decision<'a>(tracking: &'a Tracking, title: &str) -> Option<&'a Decision> {
    tracking.decisions.iter().find(|d| d.title.contains(title))
}

#[test]
fn contract_years_by_day() {
    let signed = Date::ymd(2023, 10, 1);
    assert_eq!(
        ContractTime::of(signed, Date::ymd(2023, 9, 30)),
        ContractTime::NotStarted { starts: signed }
    );
    assert_eq!(
        ContractTime::of(signed, signed),
        ContractTime::Running {
            year: 1,
            starts: signed,
            ends: Date::ymd(2024, 9, 30)
        }
    );
    assert_eq!(
        ContractTime::of(signed, Date::ymd(2026, 12, 6)),
        ContractTime::Running {
            year: 4,
            starts: Date::ymd(2026, 10, 1),
            ends: Date::ymd(2027, 9, 30)
        }
    );
    assert_eq!(ContractTime::of(signed, Date::ymd(2029, 10, 1)).year(), 7);
}

#[test]
fn a_second_assistant_is_counted_by_no_published_amount() {
    let Err(NotFollowed::Unsupported(why)) = followed(
        "spe=mg&secteur=1&pmt=1300&etp=3/2&signature=2025-10-01&suivi=1",
        Date::ymd(2026, 12, 6),
    ) else {
        panic!("a 1.5-ETP contract is not followed with our amounts");
    };
    assert!(
        why.contains("second assistant ne sont pas publiés"),
        "{why}"
    );
}

#[test]
fn a_second_assistant_is_possible_from_year_3_of_a_full_time_contract_only() {
    let today = Date::ymd(2026, 12, 6);
    let full = tracked(FULL_2023, today);
    let second = decision(&full, "second assistant").expect("offered");
    assert_eq!(second.on, Some(Date::ymd(2025, 10, 1)));
    assert!(second.says.contains("3e année"), "{}", second.says);
    assert!(
        second.says.contains("dès le 1er octobre 2025"),
        "{}",
        second.says
    );
    let half = tracked(HALF_2023, today);
    let second = decision(&half, "second assistant").expect("said");
    assert_eq!(second.on, None);
    assert!(
        second.says.contains("pas avec ce contrat"),
        "{}",
        second.says
    );
}

#[test]
fn the_collective_contract_is_offered_to_a_gp_once_it_is_open() {
    let opened = crate::rules::versions::COLLECTIVE[0].version.signed_from;
    let gp_after = tracked(HALF_2023, opened);
    assert!(decision(&gp_after, "collectif").is_some());
    let day_before = opened.previous_day().expect("a day");
    assert!(decision(&tracked(HALF_2023, day_before), "collectif").is_none());
    let cardiologist =
        "spe=cardio&secteur=1&fa=2000&bande=p50-70&etp=1/2&signature=2023-10-01&suivi=1";
    assert!(decision(&tracked(cardiologist, opened), "collectif").is_none());
}

#[test]
fn going_full_time_is_offered_below_full_time_only() {
    let today = Date::ymd(2026, 12, 6);
    assert!(decision(&tracked(HALF_2023, today), "Passer à 1 ETP").is_some());
    let third = "spe=mg&secteur=1&pmt=1300&etp=1/3&signature=2021-10-01&suivi=1";
    assert!(decision(&tracked(third, today), "Passer à 1 ETP").is_some());
    assert!(decision(&tracked(FULL_2023, today), "Passer à 1 ETP").is_none());
}

#[test]
fn the_training_deadline_is_said_from_the_hiring_date() {
    let today = Date::ymd(2026, 12, 6);
    let hired = tracked(&format!("{HALF_2023}&embauche=2024-01-15"), today);
    let training = decision(&hired, "formation").expect("said");
    assert!(
        training.says.contains("Embauché le 15 janvier 2024"),
        "{}",
        training.says
    );
    assert!(
        training.says.contains("au plus tard le"),
        "{}",
        training.says
    );
    let unknown = tracked(HALF_2023, today);
    let training = decision(&unknown, "formation").expect("said");
    assert!(
        training.says.contains("indiquez la date"),
        "{}",
        training.says
    );
}

#[test]
fn a_reminder_says_au_plus_from_year_3_only() {
    let events = tracked(HALF_2023, Date::ymd(2024, 3, 1)).events;
    let year = |n: &str| {
        events
            .iter()
            .find(|e| e.title.ends_with(&format!("début de la {n}")))
            .unwrap_or_else(|| panic!("year {n} in {events:?}"))
    };
    assert!(!year("2e année").prepare.contains("au plus"));
    assert!(year("3e année").prepare.contains("au plus"));
    assert!(year("3e année").prepare.contains("dépend de l'atteinte"));
    assert!(year("4e année").prepare.contains("au plus"));
    assert!(!year("4e année").prepare.contains("dépend de l'atteinte"));
}

#[test]
fn a_payment_window_is_a_reminder_until_its_last_day() {
    // Signed for 2027-01-15: year 1 is paid within the month that follows.
    let signed_2027 = "spe=mg&secteur=1&pmt=1000&etp=1/2&signature=2027-01-15&suivi=1";
    let payment = |today: Date| {
        tracked(signed_2027, today)
            .events
            .into_iter()
            .find(|e| e.title.contains("versement de la 1re année"))
    };
    let window = payment(Date::ymd(2026, 12, 6)).expect("the first payment to come");
    let last = window.until.expect("a window");
    assert_eq!(payment(last), Some(window));
    assert_eq!(payment(last.next_day().expect("a day")), None);
}

#[test]
fn no_pace_once_the_target_is_reached() {
    let reached = tracked(
        &format!("{HALF_2023}&objpmt=1400&pmtjour=1450&releve=2024-11-20"),
        Date::ymd(2024, 12, 6),
    );
    let pmt = &reached.progress[0];
    assert_eq!(pmt.remaining(), Some(0));
    assert_eq!(pmt.pace, None);
    let behind = tracked(
        &format!("{HALF_2023}&objpmt=1400&pmtjour=1350&releve=2024-11-20"),
        Date::ymd(2024, 12, 6),
    );
    assert!(behind.progress[0].pace.is_some());
}
