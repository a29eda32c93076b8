//! `/preview`: an editor opens a local bundle file and sees the whole site
//! rendered from it, with every problem listed. Nothing is uploaded: the file
//! is read in the tab and kept in memory until the preview ends.

use crate::components::page_head::PageHead;
use crate::components::with_site::ProblemList;
use crate::data::use_site_data;
use crate::lang::use_lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use solidarity_core::head::Head;
use solidarity_core::route::Route;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn PreviewPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    let pw = lang.preview_words();
    let data = use_site_data();
    let (read_failed, set_read_failed) = signal(false);
    let (dragging, set_dragging) = signal(false);

    let open = move |file: web_sys::File| {
        let name = file.name();
        spawn_local(async move {
            // Its bytes, not the browser's reading of them as text: a file
            // that is not UTF-8 is refused where `bundle check` refuses it.
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    set_read_failed.set(false);
                    data.start_preview(name, js_sys::Uint8Array::new(&buffer).to_vec());
                }
                Err(_) => set_read_failed.set(true),
            }
        });
    };
    let on_change = move |ev: web_sys::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|files| files.get(0)) {
            open(file);
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        {
            open(file);
        }
    };

    let report = move || {
        data.preview().map(|preview| {
            let problems = (*preview.problems).clone();
            let summary = if problems.is_empty() {
                view! { <p class="preview-ok">{pw.preview_no_problems}</p> }.into_any()
            } else {
                view! { <ProblemList problems /> }.into_any()
            };
            let browse = match preview.site {
                Some(_) => view! {
                    <p>{pw.preview_browse}</p>
                    // Every page of the navigation, drawn from the file.
                    <ul class="more-links">
                        {Route::NAVIGATION
                            .into_iter()
                            .filter_map(|route| {
                                let label = route.nav_label(ui)?;
                                Some(view! { <li><a href=route.href(lang)>{label}</a></li> })
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
                None => view! { <p>{pw.preview_unreadable}</p> }.into_any(),
            };
            view! {
                <section class="preview-report" aria-labelledby="preview-file">
                    <h2 id="preview-file">{preview.file_name}</h2>
                    {summary}
                    {browse}
                    <button class="button secondary" on:click=move |_| data.end_preview()>{pw.exit_preview}</button>
                </section>
            }
        })
    };

    view! {
        <PageHead head=Head::unlisted(pw.preview_title, pw.preview_intro) />
        <div class="wrap page">
            <h1>{pw.preview_title}</h1>
            <p class="intro">{pw.preview_intro}</p>
            <label
                class="drop-zone"
                class:dragging=dragging
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                <span class="button">{pw.preview_choose}</span>
                <span>{pw.preview_drop}</span>
                <input class="visually-hidden" type="file" accept=".json,application/json" on:change=on_change />
            </label>
            <p class="meta">{pw.preview_private}</p>
            {move || read_failed.get().then(|| view! { <p role="alert">{pw.preview_read_failed}</p> })}
            {report}
        </div>
    }
}
