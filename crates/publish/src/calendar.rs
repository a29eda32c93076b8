//! The Day as an iCalendar file (RFC 5545) per language: one all-day event
//! that repeats every year, for "Add 4 August to my calendar".

use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The calendar of the Day in `lang`: one yearly all-day event from the
/// first Day on. Its `UID` is the campaign's address and day, and its
/// `DTSTAMP` the bundle's newest date, so that two builds of the same
/// bundle write the same bytes and a calendar that imports it again
/// updates the event rather than adding a second. `None` only for a day
/// no year of the calendar has.
pub fn calendar(site: &Site, lang: Lang) -> Option<String> {
    let campaign = &site.bundle.campaign;
    let day = campaign.day;
    // The first year that has the day (a 29 February Day: a leap year).
    let first = (campaign.first_year..campaign.first_year + 8).find_map(|y| day.in_year(y))?;
    let next = first.next_day().unwrap_or(first);
    let newest = site
        .bundle
        .posts
        .iter()
        .map(|p| p.date)
        .chain([site.bundle.manifesto.published])
        .max()
        .unwrap_or(site.bundle.manifesto.published);
    let host = campaign
        .site_url
        .split("://")
        .nth(1)
        .unwrap_or_default()
        .trim_end_matches('/');
    let home = site.absolute(&Route::Home.href(lang));
    let name = campaign.title_in(lang).text;
    let description = format!(
        "{}\n\n{home}",
        (lang.ui().discovery.day_description)(campaign.first_year, campaign.honoree_in(lang).text)
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//{}//Solidarity Day site//{}",
            text(host),
            lang.tag().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(name)),
        "BEGIN:VEVENT".into(),
        format!("UID:day-{}@{}", compact(&day.to_string()), text(host)),
        format!("DTSTAMP:{}T000000Z", compact(&newest.to_string())),
        format!("DTSTART;VALUE=DATE:{}", compact(&first.to_string())),
        format!("DTEND;VALUE=DATE:{}", compact(&next.to_string())),
        "RRULE:FREQ=YEARLY".into(),
        format!("SUMMARY;LANGUAGE={}:{}", lang.tag(), text(name)),
        format!("DESCRIPTION;LANGUAGE={}:{}", lang.tag(), text(&description)),
        format!("URL;VALUE=URI:{home}"),
        "TRANSP:TRANSPARENT".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    Some(lines.iter().map(|line| fold(line)).collect())
}

/// `2027-08-04` → `20270804`; `08-04` → `0804`.
fn compact(date: &str) -> String {
    date.replace('-', "")
}

/// A TEXT value: backslash, semicolon and comma escaped, line breaks as
/// `\n`, other control characters (which no property may hold) left out.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded as RFC 5545 says: at most 75 octets a line, each
/// continuation starting with a space, never inside a character; CRLF.
/// Never next to a space of the text itself either: unfolding keeps it,
/// but some readers trim the ends of the lines they join, so the fold moves
/// back to fall between two letters.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // Where the current physical line starts in `out`.
    let mut start = 0;
    for c in line.chars() {
        if out.len() - start + c.len_utf8() > 75 {
            let mut carried = String::new();
            while let Some(last) = out[start..].chars().last() {
                let next = carried.chars().next().unwrap_or(c);
                if !(last.is_whitespace() || next.is_whitespace()) || out.len() - start <= 2 {
                    break;
                }
                out.truncate(out.len() - last.len_utf8());
                carried.insert(0, last);
            }
            out.push_str("\r\n ");
            start = out.len() - 1;
            out.push_str(&carried);
        }
        out.push(c);
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::{fold, text};

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "ж".repeat(100));
        let folded = fold(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{physical:?}");
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        // Where a fold would fall before a space, it falls a letter earlier.
        let line = format!("SUMMARY:{} {}", "a".repeat(67), "b".repeat(20));
        let folded = fold(&line);
        assert!(folded.contains("a\r\n a b"), "{folded:?}");
        let line = format!("SUMMARY:{} {}", "a".repeat(66), "b".repeat(20));
        let folded = fold(&line);
        assert!(folded.contains("a\r\n a b"), "{folded:?}");
        assert_eq!(folded.trim_end().replace("\r\n ", ""), line);
    }

    #[test]
    fn text_values_escape_their_separators() {
        assert_eq!(text("a;b,c\\d\ne\u{7}"), "a\\;b\\,c\\\\d\\ne");
    }
}
