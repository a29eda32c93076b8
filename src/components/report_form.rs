//! The "Take part" page's form: a report of an action, checked by
//! `bundle check`'s own rules ([`solidarity_core::report`]) and made into
//! the entry editors paste into the bundle — to copy, download, or send
//! from the visitor's own mail program. The page sends nothing anywhere.
//!
//! What is typed is kept in this tab only
//! ([`solidarity_browser::storage::save_report_draft`]): a reload loses
//! nothing, closing the tab forgets it.
//!
//! The prerendered page carries the form disabled (`data-needs-app` makes
//! its start-up load the app, which replaces it with this one, working):
//! nothing typed before the swap could be lost. Without JavaScript a note
//! says what to do instead.

use crate::lang::use_lang;
use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use solidarity_core::i18n::{long_date, ReachWords};
use solidarity_core::report::{
    entry_data_url, entry_file_name, entry_json, mailto, Field, Report, Said,
};
use solidarity_core::validate::Severity;

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

fn id(field: Field) -> String {
    format!("report-{}", field.key())
}

/// The entry once prepared: its JSON, file name and email's subject.
#[derive(Clone)]
struct Prepared {
    json: String,
    file_name: String,
    subject: String,
}

#[component]
pub fn ReportForm(contact: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let words = lang.ui().reach;
    let prerendered = use_render_mode().built_at().is_some();
    let draft = if prerendered {
        Report::default()
    } else {
        solidarity_browser::storage::report_draft()
            .map(|draft| Report::from_draft(&draft))
            .unwrap_or_default()
    };
    let report = RwSignal::new(draft);
    // Each change is kept for this tab at once: a reload loses nothing.
    Effect::new(move |_| {
        solidarity_browser::storage::save_report_draft(&report.with(Report::draft));
    });
    let said = RwSignal::new(Vec::<Said>::new());
    let prepared = RwSignal::new(None::<Prepared>);
    // What the form says of the last "Prepare": the entry is ready, or how
    // many fields to fix (nothing once a change took the entry away).
    let status = move || {
        if prepared.with(Option::is_some) {
            return words.report_ready.to_string();
        }
        match said.with(|s| s.iter().filter(|s| s.severity == Severity::Error).count()) {
            0 => String::new(),
            errors => (words.report_fix)(errors),
        }
    };
    let (copied, set_copied) = signal(String::new());

    let prepare = move |ev: leptos::ev::SubmitEvent| {
        // Nothing is ever submitted: the page prepares, the visitor sends.
        ev.prevent_default();
        let checked = report.get_untracked().check();
        let first_error = checked.first_error();
        said.set(checked.said);
        set_copied.set(String::new());
        match checked.entry {
            Some(action) => {
                let place = action
                    .city
                    .clone()
                    .unwrap_or_else(|| action.country.clone());
                prepared.set(Some(Prepared {
                    json: entry_json(&action),
                    file_name: entry_file_name(&action),
                    subject: (words.email_subject)(&place, &long_date(lang, action.date.0)),
                }));
                focus("report-entry");
            }
            None => {
                prepared.set(None);
                if let Some(field) = first_error {
                    focus(&id(field));
                }
            }
        }
    };

    let fields = controls(words)
        .into_iter()
        .map(|control| {
            let field = control.field;
            let input_id = id(field);
            let hint_id = format!("{input_id}-hint");
            let said_id = format!("{input_id}-said");
            let value = move || report.with(|r| r.field(field).to_string());
            let set = move |text: String| {
                report.update(|r| r.set(field, text));
                // An entry prepared before this change no longer says
                // what the form does: it goes, until prepared again.
                if prepared.with_untracked(Option::is_some) {
                    prepared.set(None);
                }
            };
            let messages = move || {
                said.get()
                    .into_iter()
                    .filter(|s| s.field == field)
                    .collect::<Vec<_>>()
            };
            let invalid = move || {
                messages()
                    .iter()
                    .any(|s| s.severity == Severity::Error)
                    .then_some("true")
            };
            let described_by = {
                let (hint_id, said_id) = (hint_id.clone(), said_id.clone());
                move || {
                    let mut ids = Vec::new();
                    if control.hint.is_some() {
                        ids.push(hint_id.clone());
                    }
                    if !messages().is_empty() {
                        ids.push(said_id.clone());
                    }
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
            };
            let input = match field {
                Field::Summary => view! {
                    <textarea id=input_id.clone() name=field.key() rows="4" required=control.required
                        aria-invalid=invalid aria-describedby=described_by
                        prop:value=value on:input:target=move |ev| set(ev.target().value())>
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
                            required=control.required aria-invalid=invalid aria-describedby=described_by
                            prop:value=value on:input:target=move |ev| set(ev.target().value()) />
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
                    // A plain list rebuilt when the checks answer: a
                    // keyed <For> would bring its diffing into the wasm for
                    // three lines at most.
                    {move || {
                        let said = messages();
                        (!said.is_empty()).then(|| view! {
                            <ul class="said" id=said_id.clone()>
                                {said.into_iter().map(|s| view! {
                                    <li class=if s.severity == Severity::Error { "error" } else { "warning" }>
                                        // The checks' own words: the editors' tool's, in English.
                                        <span lang="en">{s.message}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        })
                    }}
                </div>
            }
            .into_any()
        })
        .collect_view();

    let copy = move |_| {
        let Some(entry) = prepared.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let done = solidarity_browser::share::copy(&entry.json).await;
            // Where the clipboard is refused, the entry is there to select.
            set_copied.set(if done {
                words.entry_copied.to_string()
            } else {
                String::new()
            });
            if !done {
                select("report-entry");
            }
        });
    };
    let contact = StoredValue::new(contact);
    let entry = move || {
        prepared.get().map(|entry| {
            let mail = contact
                .get_value()
                .map(|to| mailto(&to, &entry.subject, &entry.json));
            view! {
                <div class="report-entry">
                    <label for="report-entry">{words.report_entry_label}</label>
                    <textarea id="report-entry" readonly rows="12" spellcheck="false" lang="en">{entry.json.clone()}</textarea>
                    <div class="report-actions">
                        <button type="button" class="button" on:click=copy>{words.copy_entry}</button>
                        <a class="button secondary" href=entry_data_url(&entry.json) download=entry.file_name.clone()>{words.download_entry}</a>
                        {mail.map(|href| view! { <a class="button secondary" href=href>{words.email_entry}</a> })}
                    </div>
                    <p class="report-copied" role="status">{move || copied.get()}</p>
                    {contact.get_value().is_none().then(|| view! { <p class="hint">{words.report_no_contact}</p> })}
                </div>
            }
        })
    };

    view! {
        <p class="report-needs-script">{words.report_needs_script}</p>
        <form class="report-form" novalidate on:submit=prepare data-needs-app="">
            <fieldset disabled=prerendered>
                <legend class="visually-hidden">{words.report_title}</legend>
                {fields}
                <p class="hint">{words.report_kept}</p>
                {words.checks_in_english.map(|note| view! { <p class="hint">{note}</p> })}
                <button type="submit" class="button">{words.prepare}</button>
            </fieldset>
            <p class="report-status" role="status">{status}</p>
        </form>
        {entry}
    }
    .into_any()
}

/// Moves focus to the element `id` once it is rendered (the entry appears
/// with the signal that asks for it).
fn focus(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

fn select(id: &str) {
    let area = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok());
    if let Some(area) = area {
        area.select();
    }
}
