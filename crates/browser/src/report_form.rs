//! The "Take part" page's report form at work: what the visitor types is
//! checked by `bundle check`'s own rules ([`solidarity_core::report`]) and
//! made into the entry editors paste into the bundle — to copy, download,
//! or send from the visitor's own mail program. The page sends nothing
//! anywhere.
//!
//! The form's markup is written by the app's component (prerendered, or
//! rendered by the app) with its fieldset disabled; [`wire`] works it.
//! Written once, with the DOM alone and no framework, so that a prerendered
//! page works its form with a small module of its own (`crates/report`)
//! instead of the whole app, and the app works the forms it renders with the
//! same code.
//!
//! What is typed is kept in this tab only ([`crate::storage::save_report_draft`]):
//! a reload loses nothing, closing the tab forgets it, and a form rendered
//! anew (the app taking over the page) starts from it.

use solidarity_core::i18n::{long_date, Lang, ReportWords};
use solidarity_core::report::{
    entry_data_url, entry_file_name, entry_json, mailto, Field, Report, Said, ENTRY_ID,
};
use solidarity_core::validate::Severity;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, HtmlAnchorElement, HtmlElement, HtmlFormElement, HtmlInputElement,
    HtmlTextAreaElement,
};

/// The attribute that marks the form, with the bundle's contact address as
/// its value (empty without one).
pub const FORM_ATTRIBUTE: &str = "data-report-form";

/// The event the visitors' app sends a report form it has put in the page:
/// the page's loader (`crates/page/js/start.js`, which reads this name in
/// the page's `#build` block) has the form's own small module work it once
/// it nears the screen, as it does on a page complete without the app.
pub const SHOWN_EVENT: &str = "report-form-shown";

/// Works `form` (once: a form already at work is left as it is): restores
/// the draft, enables it, and answers its changes and its "Prepare".
pub fn wire(form: &HtmlFormElement) -> Result<(), JsValue> {
    if form.has_attribute("data-working") {
        return Ok(());
    }
    let document = form.owner_document().ok_or("no document")?;
    // The form and its entry, found from the form rather than from the
    // document: whatever else the page holds, they are these.
    let root = form.parent_element().ok_or("the form has no parent")?;
    // The form's own language (its markup says it): the words it answers
    // in are those of the form the visitor reads.
    let lang = form
        .closest("[lang]")?
        .and_then(|element| element.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let contact = form.get_attribute(FORM_ATTRIBUTE).filter(|c| !c.is_empty());
    let form_ = Form {
        document,
        root,
        form: form.clone(),
        lang,
        words: lang.report_words(),
        contact,
    };
    if let Some(draft) = crate::storage::report_draft() {
        let report = Report::from_draft(&draft);
        for field in Field::ALL {
            form_.set_value(field, report.field(field));
        }
    }
    // The form's state is the page's: the fields, and the entry, shown or
    // not (its text in its textarea).
    let form_ = Rc::new(form_);

    let on_input = {
        let form = Rc::clone(&form_);
        Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            crate::storage::save_report_draft(&form.report().draft());
            // An entry prepared before this change no longer says what the
            // form does: it goes, until prepared again.
            if form.prepared().is_some() {
                form.show_entry(None);
                form.set_status("");
            }
        })
    };
    form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref())?;
    on_input.forget();

    let on_submit = {
        let form = Rc::clone(&form_);
        Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            // Nothing is ever submitted: the page prepares, the visitor sends.
            event.prevent_default();
            form.prepare();
        })
    };
    form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())?;
    on_submit.forget();

    let copy = form_.entry_element("button.copy-entry");
    if let Some(button) = copy {
        let form = Rc::clone(&form_);
        let on_copy = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            let Some(json) = form.prepared() else {
                return;
            };
            let form = Rc::clone(&form);
            wasm_bindgen_futures::spawn_local(async move {
                let done = crate::share::copy(&json).await;
                // Where the clipboard is refused, the entry is there to select.
                form.set_copied(if done { form.words.entry_copied } else { "" });
                if !done {
                    if let Some(area) = form.entry_text() {
                        area.select();
                    }
                }
            });
        });
        button.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref())?;
        on_copy.forget();
    }

    form.set_attribute("data-working", "")?;
    if let Some(fieldset) = form.query_selector("fieldset")? {
        fieldset.remove_attribute("disabled")?;
    }
    Ok(())
}

/// The form and what it needs to answer in the page's language.
struct Form {
    /// Creates the elements of what the checks say.
    document: Document,
    /// Where the form's and its entry's elements are looked for.
    root: Element,
    form: HtmlFormElement,
    lang: Lang,
    words: &'static ReportWords,
    contact: Option<String>,
}

impl Form {
    /// The element `#id` of the form or its entry.
    fn by_id(&self, id: &str) -> Option<Element> {
        self.root.query_selector(&format!("#{id}")).ok().flatten()
    }

    fn control(&self, field: Field) -> Option<Element> {
        self.by_id(&field.input_id())
    }

    fn value(&self, field: Field) -> String {
        let Some(control) = self.control(field) else {
            return String::new();
        };
        match control.dyn_into::<HtmlInputElement>() {
            Ok(input) => input.value(),
            Err(other) => other
                .dyn_into::<HtmlTextAreaElement>()
                .map(|area| area.value())
                .unwrap_or_default(),
        }
    }

    fn set_value(&self, field: Field, text: &str) {
        let Some(control) = self.control(field) else {
            return;
        };
        match control.dyn_into::<HtmlInputElement>() {
            Ok(input) => input.set_value(text),
            Err(other) => {
                if let Ok(area) = other.dyn_into::<HtmlTextAreaElement>() {
                    area.set_value(text);
                }
            }
        }
    }

    /// What the form says now.
    fn report(&self) -> Report {
        let mut report = Report::default();
        for field in Field::ALL {
            report.set(field, self.value(field));
        }
        report
    }

    /// The prepared entry's JSON, if the entry is shown.
    fn prepared(&self) -> Option<String> {
        let part = self.root.query_selector(".report-entry").ok().flatten()?;
        if part.has_attribute("hidden") {
            return None;
        }
        self.entry_text().map(|area| area.value())
    }

    /// "Prepare": the checks' answer under each field, the status line, and
    /// the entry if there is one, focus on the entry or on the first field
    /// to fix.
    fn prepare(&self) {
        let checked = self.report().check();
        for field in Field::ALL {
            self.say(field, checked.said.iter().filter(|s| s.field == field));
        }
        self.set_copied("");
        match checked.entry {
            Some(action) => {
                let place = action
                    .city
                    .clone()
                    .unwrap_or_else(|| action.country.clone());
                let json = entry_json(&action);
                let subject =
                    (self.words.email_subject)(&place, &long_date(self.lang, action.date.0));
                self.show_entry(Some((&json, &entry_file_name(&action), &subject)));
                self.set_status(self.words.report_ready);
                focus(self.entry_text().map(JsCast::unchecked_into));
            }
            None => {
                self.show_entry(None);
                let errors = checked
                    .said
                    .iter()
                    .filter(|s| s.severity == Severity::Error)
                    .count();
                let status = match errors {
                    0 => String::new(),
                    errors => (self.words.report_fix)(errors),
                };
                self.set_status(&status);
                let first = checked.first_error().and_then(|field| self.control(field));
                focus(first.and_then(|e| e.dyn_into::<HtmlElement>().ok()));
            }
        }
    }

    /// Writes what the checks `said` of `field` under it, and marks it
    /// invalid if that is an error.
    fn say<'a>(&self, field: Field, said: impl Iterator<Item = &'a Said>) {
        let id = field.input_id();
        let said_id = format!("{id}-said");
        let (Some(control), Some(list)) = (self.control(field), self.by_id(&said_id)) else {
            return;
        };
        list.set_text_content(None);
        let mut invalid = false;
        for s in said {
            invalid |= s.severity == Severity::Error;
            let item = self.document.create_element("li").ok();
            let text = self.document.create_element("span").ok();
            if let (Some(item), Some(text)) = (item, text) {
                let class = if s.severity == Severity::Error {
                    "error"
                } else {
                    "warning"
                };
                let _ = item.set_attribute("class", class);
                match self.words.say(s) {
                    Some(words) => text.set_text_content(Some(&words)),
                    None => {
                        // A rule only editors meet: its own words, in English.
                        let _ = text.set_attribute("lang", "en");
                        text.set_text_content(Some(&s.message));
                    }
                }
                let _ = item.append_child(&text);
                let _ = list.append_child(&item);
            }
        }
        let any = list.child_element_count() > 0;
        let _ = if any {
            list.remove_attribute("hidden")
        } else {
            list.set_attribute("hidden", "")
        };
        let _ = if invalid {
            control.set_attribute("aria-invalid", "true")
        } else {
            control.remove_attribute("aria-invalid")
        };
        let hint_id = format!("{id}-hint");
        let mut described = Vec::new();
        if self.by_id(&hint_id).is_some() {
            described.push(hint_id);
        }
        if any {
            described.push(said_id);
        }
        let _ = if described.is_empty() {
            control.remove_attribute("aria-describedby")
        } else {
            control.set_attribute("aria-describedby", &described.join(" "))
        };
    }

    /// The prepared entry's part of the page (beside the form).
    fn entry_element(&self, selector: &str) -> Option<Element> {
        self.root
            .query_selector(&format!(".report-entry {selector}"))
            .ok()
            .flatten()
    }

    fn entry_text(&self) -> Option<HtmlTextAreaElement> {
        self.by_id(ENTRY_ID)?.dyn_into().ok()
    }

    /// Shows the entry (its JSON, file name and email's subject), or hides it.
    fn show_entry(&self, entry: Option<(&str, &str, &str)>) {
        let Some(part) = self.root.query_selector(".report-entry").ok().flatten() else {
            return;
        };
        let Some((json, file_name, subject)) = entry else {
            let _ = part.set_attribute("hidden", "");
            if let Some(area) = self.entry_text() {
                area.set_value("");
            }
            return;
        };
        if let Some(area) = self.entry_text() {
            area.set_value(json);
        }
        if let Some(download) = self
            .entry_element("a[download]")
            .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        {
            download.set_href(&entry_data_url(json));
            download.set_download(file_name);
        }
        if let (Some(mail), Some(to)) = (
            self.entry_element("a.email-entry")
                .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()),
            &self.contact,
        ) {
            mail.set_href(&mailto(to, subject, json));
        }
        let _ = part.remove_attribute("hidden");
    }

    fn set_status(&self, text: &str) {
        if let Some(status) = self.form.query_selector(".report-status").ok().flatten() {
            status.set_text_content(Some(text));
        }
    }

    fn set_copied(&self, text: &str) {
        if let Some(copied) = self.entry_element(".report-copied") {
            copied.set_text_content(Some(text));
        }
    }
}

/// Moves focus to `element` on the next frame (after what asked for it is
/// drawn).
fn focus(element: Option<HtmlElement>) {
    let Some(element) = element else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || {
        let _ = element.focus();
    });
    let _ = window.request_animation_frame(callback.unchecked_ref());
}
