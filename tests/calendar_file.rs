//! The calendar file of a running contract, read back by a parser we did not write (the icalendar
//! crate): every event there, on the right days, all-day (the same day in Europe/Paris as
//! anywhere), with what to prepare and a reminder.

use assistant_medical::date::Date;
use assistant_medical::render::ics;
use assistant_medical::rules::tracking;
use assistant_medical::situation::link::decode;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

fn calendar_of(link: &str, today: Date) -> (tracking::Tracking, String) {
    let situation = decode(link).expect("a case link").situation;
    let tracked = tracking::follow(&situation, today).expect("a contract followed");
    let file = ics::calendar(&tracked.events, tracked.signature, today);
    (tracked, file)
}

fn day(value: Option<DatePerhapsTime>) -> Option<String> {
    match value? {
        DatePerhapsTime::Date(date) => Some(date.format("%Y-%m-%d").to_string()),
        DatePerhapsTime::DateTime(_) => None,
    }
}

#[test]
fn the_issues_contract_gives_its_reminders_on_their_days() {
    // Signed on 2023-10-01 at half time, the assistant hired on 2024-01-15: year 4 on 2026-12-06.
    let (tracked, file) = calendar_of(
        "spe=mg&secteur=1&pmt=940&etp=1/2&signature=2023-10-01&suivi=1&objpmt=1128&embauche=2024-01-15",
        Date::ymd(2026, 12, 6),
    );
    assert!(
        file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{file}"
    );
    assert!(
        file.lines().all(|line| line.len() <= 76),
        "lines folded at 75 octets"
    );
    let calendar: Calendar = file.parse().expect("a calendar another parser reads");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|component| match component {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), tracked.events.len());
    let days: Vec<String> = events
        .iter()
        .filter_map(|event| day(event.get_start()))
        .collect();
    assert_eq!(
        days,
        ["2027-01-15", "2027-10-01", "2028-10-01", "2029-10-01"]
    );
    for (event, expected) in events.iter().zip(&tracked.events) {
        assert_eq!(event.get_summary(), Some(expected.title.as_str()));
        assert_eq!(event.get_description(), Some(expected.prepare.as_str()));
        // All day: the end is the next day, exclusive.
        let end = expected
            .until
            .unwrap_or(expected.on)
            .next_day()
            .expect("a next day");
        assert_eq!(day(event.get_end()), Some(end.iso()));
        assert!(event
            .get_uid()
            .is_some_and(|uid| uid.ends_with("@assistant-medical")));
    }
    assert!(events[0].get_summary().is_some_and(|s| s.contains("CQP")));
    assert!(events[1]
        .get_description()
        .is_some_and(|d| d.contains("ameli pro")));
    assert_eq!(
        file.matches("BEGIN:VALARM").count(),
        events.len(),
        "a reminder for each"
    );
    assert_eq!(file.matches("TRIGGER:-P14D").count(), events.len());
}

#[test]
fn a_payment_window_spans_its_days() {
    // Signed for 2027-01-15: year 1 is paid within the month that follows, a window of days.
    let (_, file) = calendar_of(
        "spe=mg&secteur=1&pmt=1000&etp=1/2&signature=2027-01-15&suivi=1",
        Date::ymd(2026, 12, 6),
    );
    let calendar: Calendar = file.parse().expect("a calendar");
    let window = calendar
        .components
        .iter()
        .find_map(|component| match component {
            CalendarComponent::Event(event)
                if event
                    .get_summary()
                    .is_some_and(|s| s.contains("versement de la 1re année")) =>
            {
                Some(event)
            }
            _ => None,
        })
        .expect("the first payment's window");
    assert_eq!(day(window.get_start()).as_deref(), Some("2027-01-15"));
    // Until 2027-02-15 included: the exclusive end is the day after.
    assert_eq!(day(window.get_end()).as_deref(), Some("2027-02-16"));
    assert!(window
        .get_description()
        .is_some_and(|d| d.contains("19\u{202f}000")));
}
