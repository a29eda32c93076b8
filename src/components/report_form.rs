//! The "Take part" page's form: a report of an action, checked by
//! `bundle check`'s own rules and made into the entry editors paste into
//! the bundle. This is its markup; what it does is
//! [`solidarity_browser::report_form`]'s, the same code whether the app
//! rendered it or the page was prerendered (then a small module of its own
//! works it, without the app). Without JavaScript a note says what to do
//! instead.

use crate::lang::use_lang;
use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use solidarity_core::i18n::ReachWords;
use solidarity_core::report::{Field, ENTRY_ID};

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

/// The form's markup, in the page's language, its fieldset disabled until
/// [`solidarity_browser::report_form::wire`] works it: here, once mounted,
/// in the app; on a prerendered page, by its own small module
/// (`crates/report`), without the app. `contact` is the bundle's address
/// for the "email" link, if it names one.
#[component]
pub fn ReportForm(contact: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let words = lang.ui().reach;
    let form = NodeRef::<leptos::html::Form>::new();
    if use_render_mode().built_at().is_none() {
        // Once the form is in the page.
        Effect::new(move |_| {
            if let Some(form) = form.get() {
                if let Err(e) = solidarity_browser::report_form::wire(&form) {
                    leptos::logging::warn!("the report form cannot work: {e:?}");
                }
            }
        });
    }

    let fields = controls(words)
        .into_iter()
        .map(|control| {
            let field = control.field;
            let input_id = field.input_id();
            let hint_id = format!("{input_id}-hint");
            let said_id = format!("{input_id}-said");
            let described_by = control.hint.is_some().then(|| hint_id.clone());
            let input = match field {
                Field::Summary => view! {
                    <textarea id=input_id.clone() name=field.key() rows="4" required=control.required
                        aria-describedby=described_by>
                    </textarea>
                }
                .into_any(),
                _ => {
                    let (kind, autocomplete) = match field {
                        Field::Date => ("date", "off"),
                        Field::Link => ("url", "url"),
                        Field::Country => ("text", "country-name"),
                        Field::City => ("text", "address-level2"),
                        _ => ("text", "organization"),
                    };
                    view! {
                        <input id=input_id.clone() name=field.key() type=kind autocomplete=autocomplete
                            required=control.required aria-describedby=described_by />
                    }
                    .into_any()
                }
            };
            view! {
                <div class="field">
                    <label for=input_id>
                        {control.label}
                        {(!control.required).then(|| view! { " " <span class="optional">{words.optional}</span> })}
                    </label>
                    {control.hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
                    {input}
                    // What the checks say of the field, when they answer.
                    <ul class="said" id=said_id hidden></ul>
                </div>
            }
        })
        .collect_view();

    let mail = contact.is_some();
    view! {
        <p class="report-needs-script">{words.report_needs_script}</p>
        // Shown by the page's loader if the code that works the form
        // cannot be loaded, rather than a form disabled without a word.
        <p class="report-unavailable" role="alert" hidden>{words.report_unavailable}</p>
        // Its language on it: the code that works it answers in it.
        <form class="report-form" novalidate node_ref=form lang=lang.tag()
            data-report-form=contact.unwrap_or_default()>
            <fieldset disabled>
                <legend class="visually-hidden">{words.report_title}</legend>
                {fields}
                <p class="hint">{words.report_kept}</p>
                {words.checks_in_english.map(|note| view! { <p class="hint">{note}</p> })}
                <button type="submit" class="button">{words.prepare}</button>
            </fieldset>
            <p class="report-status" role="status"></p>
        </form>
        <div class="report-entry" hidden>
            <label for=ENTRY_ID>{words.report_entry_label}</label>
            <textarea id=ENTRY_ID readonly rows="12" spellcheck="false" lang="en"></textarea>
            <div class="report-actions">
                <button type="button" class="button copy-entry">{words.copy_entry}</button>
                <a class="button secondary" href="#" download="">{words.download_entry}</a>
                {mail.then(|| view! { <a class="button secondary email-entry" href="#">{words.email_entry}</a> })}
            </div>
            <p class="report-copied" role="status"></p>
            {(!mail).then(|| view! { <p class="hint">{words.report_no_contact}</p> })}
        </div>
    }
    .into_any()
}
