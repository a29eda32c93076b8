//! `/{lang}/join`, "Take part": what anyone can do for the Day, and the
//! form that turns a report of an action into the entry editors add. This
//! is the form's markup, its fieldset disabled until
//! `solidarity_browser::report_form::wire` works it (the same code in the
//! app and on a prerendered page, where a small module of its own runs
//! it); without JavaScript a note says what to do instead.

use maud::{html, Markup};
use solidarity_core::i18n::{Lang, ReachWords};
use solidarity_core::report::{Field, ENTRY_ID};
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The page's content, in `lang`.
pub fn page(site: &Site, lang: Lang) -> Markup {
    let words = lang.ui().reach;
    // The manifesto's and the countdown's ways link to their pages.
    let links = [
        None,
        None,
        None,
        Some((Route::Manifesto.href(lang), words.read_the_manifesto)),
        Some((Route::Embed.href(lang), words.get_the_countdown)),
    ];
    html! {
        article.wrap.page.join {
            h1 { (words.nav_join) }
            p.intro { (words.join_intro) }
            p.safety { (words.join_safety) }
            ul.ways {
                @for ((title, text), link) in words.ways.iter().zip(links) {
                    li.way {
                        h2 { (title) }
                        p { (text) }
                        @if let Some((href, label)) = link {
                            p { a href=(href) { (label) } }
                        }
                    }
                }
            }
            section.report aria-labelledby="report-title" {
                h2 #report-title { (words.report_title) }
                p { (words.report_intro) }
                (report_form(site.bundle.campaign.contact.as_deref(), lang))
            }
        }
    }
}

/// Each field's form control: which field, its label and hint, whether it
/// may stay empty.
struct Control {
    field: Field,
    label: &'static str,
    hint: Option<&'static str>,
    required: bool,
}

fn controls(words: &ReachWords) -> [Control; 6] {
    let control = |field, label, hint, required| Control {
        field,
        label,
        hint,
        required,
    };
    [
        control(Field::Date, words.field_date, None, true),
        control(Field::City, words.field_city, None, false),
        control(
            Field::Country,
            words.field_country,
            Some(words.field_country_hint),
            true,
        ),
        control(Field::Organiser, words.field_organiser, None, false),
        control(
            Field::Summary,
            words.field_summary,
            Some(words.field_summary_hint),
            true,
        ),
        control(Field::Link, words.field_link, None, false),
    ]
}

/// The form, in `lang`; `contact` is the bundle's address for the "email"
/// link, if it names one.
fn report_form(contact: Option<&str>, lang: Lang) -> Markup {
    let words = lang.ui().reach;
    html! {
        p.report-needs-script { (words.report_needs_script) }
        // Shown by the page's loader if the code that works the form
        // cannot be loaded, rather than a form disabled without a word.
        p.report-unavailable role="alert" hidden { (words.report_unavailable) }
        // Its language on it: the code that works it answers in it.
        form.report-form novalidate lang=(lang.tag()) data-report-form=(contact.unwrap_or_default()) {
            fieldset disabled {
                legend.visually-hidden { (words.report_title) }
                @for control in controls(words) { (field(&control, words)) }
                p.hint { (words.report_kept) }
                button.button type="submit" { (words.prepare) }
            }
            p.report-status role="status" {}
        }
        div.report-entry hidden {
            label for=(ENTRY_ID) { (words.report_entry_label) }
            textarea id=(ENTRY_ID) readonly rows="12" spellcheck="false" lang="en" {}
            div.report-actions {
                button.button.copy-entry type="button" { (words.copy_entry) }
                a.button.secondary href="#" download="" { (words.download_entry) }
                @if contact.is_some() {
                    a.button.secondary.email-entry href="#" { (words.email_entry) }
                }
            }
            p.report-copied role="status" {}
            @if contact.is_none() { p.hint { (words.report_no_contact) } }
        }
    }
}

fn field(control: &Control, words: &ReachWords) -> Markup {
    let field = control.field;
    let input_id = field.input_id();
    let hint_id = format!("{input_id}-hint");
    let described_by = control.hint.is_some().then_some(hint_id.as_str());
    let (kind, autocomplete) = match field {
        Field::Date => ("date", "off"),
        Field::Link => ("url", "url"),
        Field::Country => ("text", "country-name"),
        Field::City => ("text", "address-level2"),
        _ => ("text", "organization"),
    };
    html! {
        div.field {
            label for=(input_id) {
                (control.label)
                @if !control.required { " " span.optional { (words.optional) } }
            }
            @if let Some(hint) = control.hint { p.hint id=(hint_id) { (hint) } }
            @if field == Field::Summary {
                textarea id=(input_id) name=(field.key()) rows="4" required[control.required]
                    aria-describedby=[described_by] {}
            } @else {
                input id=(input_id) name=(field.key()) type=(kind) autocomplete=(autocomplete)
                    required[control.required] aria-describedby=[described_by];
            }
            // What the checks say of the field, when they answer.
            ul.said id={ (input_id) "-said" } hidden {}
        }
    }
}
