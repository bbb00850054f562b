//! « Ajouter à mon agenda »: a running contract's reminders as an iCalendar file (RFC 5545), written
//! on the device, which a phone's calendar opens. All-day events (`VALUE=DATE`): a date means the
//! same calendar day wherever the phone is, Europe/Paris included. Each event carries a reminder two
//! weeks before, and says what to prepare.

use crate::date::Date;
use crate::rules::tracking::Event;

/// The reminder, before each event.
const REMINDER: &str = "-P14D";

/// The calendar file. `stamp` is the day it is written (each event's `DTSTAMP`); `signature`
/// makes the events' identifiers stable, so that importing the file again updates them.
pub fn calendar(events: &[Event], signature: Date, stamp: Date) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Simulateur independant//Aide a l'emploi d'un assistant medical//FR".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", text("Mon contrat d'assistant médical")),
    ];
    for (index, event) in events.iter().enumerate() {
        let end = event
            .until
            .unwrap_or(event.on)
            .next_day()
            .unwrap_or(event.on);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}-{}-{}@assistant-medical",
                compact(signature),
                compact(event.on),
                index + 1
            ),
            format!("DTSTAMP:{}T000000Z", compact(stamp)),
            format!("DTSTART;VALUE=DATE:{}", compact(event.on)),
            format!("DTEND;VALUE=DATE:{}", compact(end)),
            format!("SUMMARY:{}", text(&event.title)),
            format!("DESCRIPTION:{}", text(&event.prepare)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("DESCRIPTION:{}", text(&event.title)),
            format!("TRIGGER:{REMINDER}"),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

/// YYYYMMDD.
fn compact(date: Date) -> String {
    date.iso().replace('-', "")
}

/// A TEXT value: backslashes, semicolons, commas and new lines escaped (RFC 5545, 3.3.11).
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A content line, folded at 75 octets without cutting a character, ended by CRLF (3.1).
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if width + octets > 75 {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(c);
        width += octets;
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters_and_text_is_escaped() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|part| part.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
