//! A visitor's report of an action ("Take part" page), made into the entry
//! editors paste into the bundle's `actions`: checked by the very rules of
//! `bundle check` ([`crate::validate::check_action`]), so the form refuses
//! what the check would, and what it accepts the check does. It says why in
//! the visitor's language ([`Why`], [`crate::i18n::ReportWords::say`]), not
//! in the editors' words: a visitor picks a date from a calendar and knows
//! nothing of the bundle's fields.

use crate::bundle::{Action, ActionStatus, Translations};
use crate::date::Day;
use crate::validate::{check_action, Rule, Severity};
use time::{Date, Month};

/// What the visitor typed, field by field, as typed: also the draft kept
/// in the tab (`sessionStorage`) so that a reload loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub date: String,
    pub city: String,
    pub country: String,
    pub organiser: String,
    pub summary: String,
    pub link: String,
}

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Date,
    City,
    Country,
    Organiser,
    Summary,
    Link,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Date,
        Field::City,
        Field::Country,
        Field::Organiser,
        Field::Summary,
        Field::Link,
    ];

    /// The `id` of its form control (`report-date`), and with `-hint` and
    /// `-said` of its hint and of what the checks say of it: written by the
    /// form's markup and read by the code that works it.
    pub fn input_id(self) -> String {
        format!("report-{}", self.key())
    }

    /// Its name in the entry, which the checks' paths start with.
    pub fn key(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::City => "city",
            Field::Country => "country",
            Field::Organiser => "organiser",
            Field::Summary => "summary",
            Field::Link => "link",
        }
    }
}

/// The `id` of the prepared entry's text (its form control, and where focus
/// goes once it is prepared).
pub const ENTRY_ID: &str = "report-entry";

/// What the checks say of one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub field: Field,
    pub severity: Severity,
    /// Why, which the form says in the visitor's language
    /// ([`crate::i18n::ReportWords::say`]).
    pub why: Why,
    /// What `bundle check` says, in the editors' words (English).
    pub message: String,
}

/// Why a field is refused or questioned: the rules a visitor can break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// Left empty (or only spaces), where something must be said.
    Missing,
    /// A date the calendar has not, or not written as one.
    NotADate,
    /// Not a web address.
    NotALink,
    /// A country the map does not know, with the name it likely stands for.
    UnknownCountry { meant: Option<String> },
    /// Another of the editors' rules: only its message says it.
    Other,
}

impl From<Rule> for Why {
    fn from(rule: Rule) -> Why {
        match rule {
            Rule::Blank => Why::Missing,
            Rule::NotALink => Why::NotALink,
            Rule::UnknownCountry { meant } => Why::UnknownCountry { meant },
            Rule::Editors => Why::Other,
        }
    }
}

/// The checked report: the entry when nothing is an error, and what the
/// checks said either way.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub entry: Option<Action>,
    pub said: Vec<Said>,
}

impl Report {
    /// What was typed in `field`.
    pub fn field(&self, field: Field) -> &str {
        match field {
            Field::Date => &self.date,
            Field::City => &self.city,
            Field::Country => &self.country,
            Field::Organiser => &self.organiser,
            Field::Summary => &self.summary,
            Field::Link => &self.link,
        }
    }

    /// Sets what `field` holds.
    pub fn set(&mut self, field: Field, text: String) {
        let slot = match field {
            Field::Date => &mut self.date,
            Field::City => &mut self.city,
            Field::Country => &mut self.country,
            Field::Organiser => &mut self.organiser,
            Field::Summary => &mut self.summary,
            Field::Link => &mut self.link,
        };
        *slot = text;
    }

    /// The draft as the tab keeps it: `date=…&city=…`, each text
    /// [`percent_encoded`]. Not JSON: reading it back needs no JSON parser
    /// (and its error messages) in the form's small module.
    pub fn draft(&self) -> String {
        Field::ALL
            .map(|field| format!("{}={}", field.key(), percent_encoded(self.field(field))))
            .join("&")
    }

    /// A kept draft read back: a field it does not name (a draft from an
    /// older form) stays empty, and so does one it garbles; an unreadable
    /// draft is an empty form (it was this tab's own, and nothing else is
    /// lost).
    pub fn from_draft(text: &str) -> Report {
        let mut report = Report::default();
        for pair in text.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let field = Field::ALL.into_iter().find(|field| field.key() == key);
            if let (Some(field), Some(value)) = (field, percent_decoded(value)) {
                report.set(field, value);
            }
        }
        report
    }

    /// Checks the report as `bundle check` would check it as an action.
    pub fn check(&self) -> Checked {
        let optional = |text: &str| {
            let text = text.trim();
            (!crate::text::is_blank(text)).then(|| text.to_string())
        };
        let mut said = Vec::new();
        let date = match Day::parse(self.date.trim()) {
            Ok(day) => Some(day),
            Err(message) => {
                said.push(Said {
                    field: Field::Date,
                    severity: Severity::Error,
                    why: match crate::text::is_blank(&self.date) {
                        true => Why::Missing,
                        false => Why::NotADate,
                    },
                    message,
                });
                None
            }
        };
        let action = Action {
            // Checked above: the rest is checked with any date.
            date: date.unwrap_or_else(any_day),
            city: optional(&self.city),
            country: self.country.trim().to_string(),
            organiser: optional(&self.organiser),
            summary: self.summary.trim().to_string(),
            status: ActionStatus::Held,
            post: None,
            link: optional(&self.link).map(with_scheme),
            position: None,
            translations: Translations::default(),
        };
        for problem in check_action(&action) {
            // The form has no position: that warning is the editors' to
            // act on (`bundle check` gives it them).
            let field = Field::ALL.into_iter().find(|f| {
                problem.path == f.key() || problem.path.starts_with(&format!("{}.", f.key()))
            });
            if let Some(field) = field {
                said.push(Said {
                    field,
                    severity: problem.severity,
                    why: problem.rule.into(),
                    message: problem.message,
                });
            }
        }
        let has_errors = said.iter().any(|s| s.severity == Severity::Error);
        Checked {
            entry: (date.is_some() && !has_errors).then_some(action),
            said,
        }
    }
}

/// A link typed as a browser's address bar takes it, `spring96.org/news`,
/// as the web address it names, `https://spring96.org/news`: what a
/// visitor copies from a poster or a message often has no scheme. Anything
/// else (a scheme of its own, a site-relative path, a word with no dot, a
/// host name not in ASCII letters, digits, dots and hyphens) is left for the
/// checks to judge. Read as bytes: searching by characters cost the form's
/// module 3 KB (brotli).
fn with_scheme(link: String) -> String {
    let bytes = link.as_bytes();
    let end = bytes.iter().position(|b| matches!(b, b'/' | b'?' | b'#'));
    let host = &bytes[..end.unwrap_or(bytes.len())];
    let bare_host = host.first().is_some_and(u8::is_ascii_alphanumeric)
        && host.contains(&b'.')
        && host
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    match bare_host {
        true => format!("https://{link}"),
        false => link,
    }
}

/// A valid day to check the rest of an action with while the form's own
/// date is refused: the first Day, 4 August 2012. Made, not parsed: a
/// parse's `expect` would bring the formatting of its error (escaping,
/// Unicode tables) into the form's module, for a panic that cannot happen.
fn any_day() -> Day {
    Day(Date::from_calendar_date(2012, Month::August, 4).unwrap_or(Date::MIN))
}

impl Checked {
    /// How many of the fields are refused.
    pub fn errors(&self) -> usize {
        self.said
            .iter()
            .filter(|s| s.severity == Severity::Error)
            .count()
    }

    /// The first field refused, where the visitor goes to fix it.
    pub fn first_error(&self) -> Option<Field> {
        self.said
            .iter()
            .find(|s| s.severity == Severity::Error)
            .map(|s| s.field)
    }
}

/// The entry as editors paste it into `actions`: the bundle's own JSON
/// style (two-space indents).
pub fn entry_json(action: &Action) -> String {
    serde_json::to_string_pretty(action).unwrap_or_default()
}

/// A file name for the downloaded entry: `action-2013-08-04-vilnius.json`.
pub fn entry_file_name(action: &Action) -> String {
    let place = crate::slug::slugify(action.city.as_deref().unwrap_or(&action.country));
    match place.as_str() {
        "" => format!("action-{}.json", action.date),
        place => format!("action-{}-{place}.json", action.date),
    }
}

/// `text` for a URL's query or a `data:` URL: every byte but letters,
/// digits and `-._~` as `%XX` (RFC 3986's unreserved), so any text,
/// newlines and all, arrives as it was.
pub fn percent_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The text [`percent_encoded`] wrote; `None` if `text` is not such
/// (a `%` without two hex digits, bytes that are not UTF-8).
pub fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        if byte != b'%' {
            bytes.push(byte);
            continue;
        }
        let digit = |byte: u8| (byte as char).to_digit(16);
        let (high, low) = (digit(rest.next()?)?, digit(rest.next()?)?);
        bytes.push((high * 16 + low) as u8);
    }
    String::from_utf8(bytes).ok()
}

/// The `mailto:` link that opens the visitor's mail program with the entry
/// addressed to `contact` (checked by [`crate::validate::check_email`]).
pub fn mailto(contact: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{contact}?subject={}&body={}",
        percent_encoded(subject),
        percent_encoded(body)
    )
}

/// The entry as a `data:` URL, for a download link: nothing leaves the page.
pub fn entry_data_url(json: &str) -> String {
    format!(
        "data:application/json;charset=utf-8,{}",
        percent_encoded(json)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::validate;

    fn vilnius() -> Report {
        Report {
            date: "2013-08-04".into(),
            city: " Vilnius ".into(),
            country: "Lithuania".into(),
            organiser: "".into(),
            summary: "About 30 people gathered near the Embassy.".into(),
            link: "https://spring96.org/en/news/1".into(),
        }
    }

    /// The entry, pasted at the end of the default bundle's actions.
    fn pasted(entry: &str) -> String {
        let bundle = include_str!("../../../public/data/bundle.json");
        let end = bundle.rfind("\n  ]").expect("actions is the last array");
        format!("{},\n{}{}", &bundle[..end], indented(entry), &bundle[end..])
    }

    fn indented(entry: &str) -> String {
        entry
            .lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_placeholder_day_is_the_first_day() {
        // Its fallback (`Date::MIN`, whose year `bundle check` refuses)
        // would add a second complaint about the date.
        assert_eq!(any_day().to_string(), "2012-08-04");
    }

    #[test]
    fn a_good_report_makes_an_entry_bundle_check_accepts_as_is() {
        let checked = vilnius().check();
        let action = checked.entry.expect("an entry");
        assert_eq!(action.city.as_deref(), Some("Vilnius"));
        assert_eq!(action.organiser, None);
        let json = entry_json(&action);
        assert!(
            json.starts_with("{\n  \"date\": \"2013-08-04\",\n  \"city\": \"Vilnius\""),
            "{json}"
        );
        let report = validate(&pasted(&json));
        assert!(!report.has_errors(), "{:#?}", report.problems);
        // The one warning is the editors': where exactly in Vilnius.
        let messages: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(messages.len(), 1, "{messages:#?}");
        assert!(messages[0].contains("no \"position\""), "{messages:?}");
    }

    #[test]
    fn what_bundle_check_refuses_the_form_refuses_and_says_why() {
        let mut report = vilnius();
        report.date = "2013-02-30".into();
        report.summary = "\u{200b}".into();
        report.link = "javascript:alert(1)".into();
        let checked = report.check();
        assert_eq!(checked.entry, None);
        let fields: Vec<Field> = checked.said.iter().map(|s| s.field).collect();
        assert_eq!(fields, [Field::Date, Field::Summary, Field::Link]);
        let whys: Vec<&Why> = checked.said.iter().map(|s| &s.why).collect();
        assert_eq!(whys, [&Why::NotADate, &Why::Missing, &Why::NotALink]);
        assert!(
            checked.said[0].message.contains("February"),
            "{:?}",
            checked.said[0]
        );
        assert!(checked.said[1].message.starts_with("must not be empty"));
        assert!(checked.said[2]
            .message
            .contains("links may only be http(s)://"));
        // The same words `bundle check` prints for the same values.
        let mut bundle_check: Vec<String> = Vec::new();
        let mut action: serde_json::Value =
            serde_json::from_str(&entry_json(&vilnius().check().entry.unwrap())).unwrap();
        action["summary"] = serde_json::json!("\u{200b}");
        action["link"] = serde_json::json!("javascript:alert(1)");
        let text = pasted(&serde_json::to_string_pretty(&action).unwrap());
        for p in validate(&text).problems {
            bundle_check.push(p.message);
        }
        for said in &checked.said[1..] {
            assert!(
                bundle_check.contains(&said.message),
                "{said:?} not in {bundle_check:?}"
            );
        }
    }

    #[test]
    fn an_empty_form_says_what_is_missing_and_a_misspelt_country_is_a_hint() {
        let checked = Report::default().check();
        assert_eq!(checked.entry, None);
        assert_eq!(
            (checked.errors(), checked.first_error()),
            (3, Some(Field::Date))
        );
        let fields: Vec<Field> = checked.said.iter().map(|s| s.field).collect();
        assert_eq!(fields, [Field::Date, Field::Country, Field::Summary]);
        assert!(checked.said.iter().all(|s| s.why == Why::Missing));
        // Spaces alone are as empty, the date's too.
        let mut report = vilnius();
        report.date = " \u{200b}".into();
        assert_eq!(report.check().said[0].why, Why::Missing);
        let mut report = vilnius();
        report.country = "Lithuana".into();
        let checked = report.check();
        assert!(checked.entry.is_some(), "a warning does not stop the entry");
        assert_eq!(checked.said.len(), 1);
        assert_eq!(checked.said[0].severity, Severity::Warning);
        assert!(checked.said[0]
            .message
            .contains("did you mean \"Lithuania\"?"));
        let meant = Some("Lithuania".to_string());
        assert_eq!(checked.said[0].why, Why::UnknownCountry { meant });
        report.country = "Atlantis".into();
        let meant = None;
        assert_eq!(report.check().said[0].why, Why::UnknownCountry { meant });
    }

    #[test]
    fn the_form_says_why_in_each_language_and_never_in_the_editors_words() {
        use crate::i18n::Lang;
        let mut report = Report {
            link: "javascript:alert(1)".into(),
            country: "Lithuana".into(),
            ..Report::default()
        };
        let mut said = report.check().said;
        report.date = "2013-02-30".into();
        report.country = "Atlantis".into();
        said.extend(report.check().said);
        let whys: Vec<&Why> = said.iter().map(|s| &s.why).collect();
        for why in [Why::Missing, Why::NotADate, Why::NotALink] {
            assert!(whys.contains(&&why), "{why:?} in {whys:?}");
        }
        for lang in Lang::ALL {
            let words = lang.report_words();
            let mut texts = Vec::new();
            for s in &said {
                let text = words
                    .say(s)
                    .expect("a visitor's rule has the visitor's words");
                // None of the bundle's words: its fields, its format.
                for editors in ["\"", "position", "lat", "YYYY", "http(s)"] {
                    assert!(!text.contains(editors), "{lang:?}: {text}");
                }
                texts.push(text);
            }
            let country = |meant: &str| texts.iter().any(|t| t.contains(meant));
            assert!(
                country("“Lithuania”") || country("«Lithuania»"),
                "{texts:?}"
            );
            // Each field that must be given says what it wants.
            let missing = [Field::Date, Field::Country, Field::Summary].map(words.missing);
            assert!(missing.iter().all(|m| !m.is_empty()) && missing[0] != missing[1]);
        }
        let other = Said {
            field: Field::Link,
            severity: Severity::Error,
            why: Why::Other,
            message: "a rule only editors meet".into(),
        };
        assert_eq!(Lang::Be.report_words().say(&other), None);
    }

    #[test]
    fn a_link_without_its_scheme_is_the_web_address_it_names() {
        let link = |typed: &str| {
            let mut report = vilnius();
            report.link = typed.into();
            let checked = report.check();
            checked.entry.and_then(|a| a.link).ok_or(checked.said)
        };
        assert_eq!(link(" spring96.org "), Ok("https://spring96.org".into()));
        assert_eq!(
            link("www.svaboda.org/a/news.html?x=1#top"),
            Ok("https://www.svaboda.org/a/news.html?x=1#top".into())
        );
        assert_eq!(link("http://example.org"), Ok("http://example.org".into()));
        // Not a bare address: as typed, for the checks, which refuse these.
        for typed in [
            "javascript:alert(1)",
            "mailto:a@b.org",
            "user@mail.org",
            "photos",
            ".org",
            "a b.org",
            "вясна.бел/навіны",
        ] {
            let said = link(typed).expect_err(typed);
            assert_eq!(said[0].why, Why::NotALink, "{typed}");
        }
    }

    #[test]
    fn hostile_text_survives_into_a_valid_entry_and_its_links() {
        let naughty = "\"quotes\" \\ </script> <b>&amp; 🇧🇾 \u{202e}\n<!--";
        let mut report = vilnius();
        report.summary = naughty.into();
        report.organiser = naughty.into();
        let action = report.check().entry.expect("an entry");
        let json = entry_json(&action);
        assert!(!validate(&pasted(&json)).has_errors());
        let back: Action = serde_json::from_str(&json).unwrap();
        assert_eq!(back.summary, naughty.trim());
        let mail = mailto("editors@solidarity.example", "Action: Vilnius", &json);
        assert!(mail.starts_with(
            "mailto:editors@solidarity.example?subject=Action%3A%20Vilnius&body=%7B%0A"
        ));
        assert!(!mail.contains(['\n', ' ', '"', '<', '&']) || mail.matches('&').count() == 1);
        assert!(entry_data_url(&json).starts_with("data:application/json;charset=utf-8,%7B"));
        assert_eq!(entry_file_name(&action), "action-2013-08-04-vilnius.json");
    }

    #[test]
    fn each_field_is_read_and_set_on_its_own() {
        let mut report = Report::default();
        for (i, field) in Field::ALL.into_iter().enumerate() {
            report.set(field, i.to_string());
        }
        for (i, field) in Field::ALL.into_iter().enumerate() {
            assert_eq!(report.field(field), i.to_string());
        }
        assert_eq!(report.country, "2");
    }

    #[test]
    fn the_draft_reads_back_whatever_was_kept() {
        assert_eq!(Report::from_draft(&vilnius().draft()), vilnius());
        // Whatever was typed: separators, percent signs, newlines, any script.
        let mut typed = Report::default();
        for (field, text) in Field::ALL.into_iter().zip([
            "a=b&c=d",
            "100% %zz %",
            "line\nnext\r\n\ttab",
            "Мінск 🇧🇾 \u{202e}",
            "",
            "https://x.example/?q=1&r=%20",
        ]) {
            typed.set(field, text.to_string());
        }
        assert_eq!(Report::from_draft(&typed.draft()), typed);
        // A draft from an older form, with fewer fields, still reads.
        assert_eq!(Report::from_draft("city=Prague").city, "Prague");
        // What cannot be read is an empty field, or an empty form.
        let garbled = Report::from_draft("city=Pr%2&country=Czech%20Republic&summary=%FF");
        assert_eq!(
            (garbled.city.as_str(), garbled.country.as_str()),
            ("", "Czech Republic")
        );
        assert_eq!(garbled.summary, "");
        assert_eq!(Report::from_draft("{broken"), Report::default());
        assert_eq!(
            Report::from_draft(r#"{"city":"Prague"}"#),
            Report::default()
        );
    }

    #[test]
    fn percent_decoding_undoes_encoding_and_refuses_the_rest() {
        for text in ["", "plain", "a b+c", "%", "ü€😀", "\0\u{7f}"] {
            assert_eq!(
                percent_decoded(&percent_encoded(text)).as_deref(),
                Some(text)
            );
        }
        for bad in ["%", "%4", "%G0", "%+F", "%-1", "%C3", "%C3%28"] {
            assert_eq!(percent_decoded(bad), None, "{bad}");
        }
    }
}
