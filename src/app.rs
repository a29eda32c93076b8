//! The tools' app: the router, with each page's address pattern beside
//! the page that renders it, the frame around the pages ([`crate::frame`])
//! in the page's language, and what happens between pages (addresses
//! without a language, focus after a move).

use crate::components::notices::{PreviewBanner, StaleNotice};
use crate::data::SiteData;
use crate::frame::{SiteFooter, SiteHeader};
use crate::lang::CurrentLang;
use crate::pages::{EmbedPage, PreviewPage, VisitorPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};
use solidarity_browser::AppState;
use solidarity_core::i18n::page_title;
use solidarity_core::route::{in_language, lang_of_path};
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Mounts the app as the page's content.
pub fn mount() {
    // What only a script can do is shown (style/main.css).
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-js", "");
    }
    leptos::mount::mount_to_body(App);
    AppState::Live.mark();
}

#[component]
fn App() -> impl IntoView {
    provide_meta_context();
    let data = SiteData::provide();
    // Every "Try again" ([`solidarity_render::notices`]'s `data-retry`).
    let _ = window_event_listener(leptos::ev::click, move |event| {
        let retry = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-retry]").ok().flatten());
        if retry.is_some() {
            data.retry();
        }
    });
    view! {
        <Router>
            <Shell />
            <RouteFocus />
        </Router>
    }
}

/// Everything that speaks a language. Rebuilt when the language changes, so
/// that no string of the old one stays behind.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    // An address without a language is about to be redirected to the
    // visitor's language: speak it already, so nothing changes on arrival.
    let lang = Memo::new(move |_| {
        lang_of_path(&location.pathname.get()).unwrap_or_else(solidarity_browser::preferred_lang)
    });
    move || {
        let lang = lang.get();
        provide_context(CurrentLang(lang));
        let ui = lang.ui();
        view! {
            <Html attr:lang=lang.tag() />
            <Title formatter=move |page: String| page_title(&page, ui.site_name) />
            <SiteHeader />
            <PreviewBanner />
            <StaleNotice />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <AddLanguageOrVisitorPage /> }>
                    <ParentRoute path=path!("/:lang") view=LanguageRoot>
                        <Route path=path!("preview") view=PreviewPage />
                        <Route path=path!("embed") view=EmbedPage />
                    </ParentRoute>
                </Routes>
            </main>
            <SiteFooter />
        }
    }
}

/// The tools of one language; other first segments are not languages.
#[component]
fn LanguageRoot() -> impl IntoView {
    let location = use_location();
    move || match lang_of_path(&location.pathname.get()) {
        Some(_) => view! { <Outlet /> }.into_any(),
        None => view! { <AddLanguageOrVisitorPage /> }.into_any(),
    }
}

/// `/posts/x` becomes `/be/posts/x` (in the visitor's language); any other
/// address with a language is a visitors' page (or not found).
#[component]
fn AddLanguageOrVisitorPage() -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    if lang_of_path(&path).is_some() {
        return view! { <VisitorPage /> }.into_any();
    }
    let target = in_language(
        solidarity_browser::preferred_lang(),
        &path,
        &location.search.get_untracked(),
        &location.hash.get_untracked(),
    );
    // Navigate once this render is done: redirecting while the router is
    // still rendering its fallback would re-enter it.
    let navigate = use_navigate();
    Effect::new(move |_| {
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
    ().into_any()
}

/// After each move to another page, focus goes to its main heading, so
/// keyboard and screen-reader users start reading there and hear its title.
#[component]
fn RouteFocus() -> impl IntoView {
    let location = use_location();
    let (announcement, set_announcement) = signal(String::new());
    Effect::new(move |previous: Option<String>| {
        // The query too: the pages of a long list (`?page=2`) are pages.
        let path = format!("{}{}", location.pathname.get(), location.search.get());
        // Not after `/` was redirected to a language: nobody moved yet.
        if previous
            .as_ref()
            .is_some_and(|p| *p != path && lang_of_path(p).is_some())
        {
            // Wait for the new page (and its title) to render.
            set_timeout(
                move || {
                    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                        return;
                    };
                    let target = document
                        .query_selector("main h1")
                        .ok()
                        .flatten()
                        .or_else(|| document.get_element_by_id("main"));
                    if let Some(element) =
                        target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        if !element.has_attribute("tabindex") {
                            let _ = element.set_attribute("tabindex", "-1");
                        }
                        let _ = element.focus();
                    }
                    set_announcement.set(document.title());
                },
                Duration::from_millis(50),
            );
        }
        path
    });
    view! { <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p> }
}
