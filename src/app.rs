//! The app: the router, with each page's address pattern beside the page
//! that renders it, the frame around the pages ([`crate::frame`]) in the
//! page's language, and what happens between pages (addresses without a
//! language, focus after a move).
//!
//! Whoever mounts the app first provides its [`crate::render_mode::RenderMode`]
//! and its [`SiteData`].

use crate::components::notices::{PreviewBanner, StaleNotice};
use crate::data::SiteData;
use crate::frame::{SiteFooter, SiteHeader, SkipLink};
use crate::lang::{preferred_lang, CurrentLang};
use crate::pages::{
    actions::ActionsPage, home::HomePage, join::JoinPage, manifesto::ManifestoPage,
    not_found::NotFoundPage, post::PostPage, posts::PostsPage, tag::TagPage, tags::TagsPage,
    EmbedPage, PreviewPage,
};
use crate::render_mode::{use_render_mode, RenderMode};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};
use solidarity_core::i18n::page_title;
use solidarity_core::route::lang_of_path;
use std::time::Duration;

/// Renders the app in `mode`: provides the mode and the site's data (which
/// it returns, for [`crate::takeover`] to watch), then the app.
pub fn provide_and_render(mode: RenderMode) -> (SiteData, impl IntoView) {
    mode.provide();
    let data = SiteData::provide();
    (data, view! { <App /> })
}

/// The app; its mode and data are provided by [`provide_and_render`].
#[component]
fn App() -> impl IntoView {
    provide_meta_context();
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
    let lang =
        Memo::new(move |_| lang_of_path(&location.pathname.get()).unwrap_or_else(preferred_lang));
    // Taking over a prerendered page, the app renders its frame in one task
    // and its page in the next: shorter tasks on a slow phone (see takeover.rs).
    let taking_over = use_render_mode().is_taking_over();
    move || {
        let lang = lang.get();
        provide_context(CurrentLang(lang));
        let ui = lang.ui();
        let page_ready = RwSignal::new(!taking_over);
        if taking_over {
            set_timeout(move || page_ready.set(true), Duration::ZERO);
        }
        // The title goes with the page: the prerendered one stays until both
        // are rendered, never an empty one in between.
        let routes = move || {
            page_ready.get().then(|| {
                view! {
                    <Title formatter=move |page: String| document_title(&page, ui.site_name) />
                    <Routes fallback=|| view! { <AddLanguageOrNotFound /> }>
                        <ParentRoute path=path!("/:lang") view=LanguageRoot>
                            <Route path=path!("") view=HomePage />
                            <Route path=path!("manifesto") view=ManifestoPage />
                            <Route path=path!("posts") view=PostsPage />
                            <Route path=path!("posts/page/:page") view=PostsPage />
                            <Route path=path!("posts/:slug") view=PostPage />
                            <Route path=path!("tags") view=TagsPage />
                            <Route path=path!("tags/:tag") view=TagPage />
                            <Route path=path!("tags/:tag/page/:page") view=TagPage />
                            <Route path=path!("actions") view=ActionsPage />
                            <Route path=path!("join") view=JoinPage />
                            <Route path=path!("preview") view=PreviewPage />
                            <Route path=path!("embed") view=EmbedPage />
                        </ParentRoute>
                    </Routes>
                }
            })
        };
        view! {
            <Html attr:lang=lang.tag() />
            <SkipLink />
            <SiteHeader />
            <PreviewBanner />
            <StaleNotice />
            <main id="main" tabindex="-1">{routes}</main>
            <SiteFooter />
        }
    }
}

/// The document's title for a page. Prerendering, as HTML: leptos_meta
/// writes the `<title>` of a prerendered page as it is, and a post's title is
/// whatever an editor typed. (In the browser it is set as text.)
fn document_title(page: &str, site_name: &str) -> String {
    let title = page_title(page, site_name);
    #[cfg(feature = "ssr")]
    let title = html_escape::encode_text(&title).into_owned();
    title
}

/// The pages of one language; other first segments are not languages.
#[component]
fn LanguageRoot() -> impl IntoView {
    let location = use_location();
    move || match lang_of_path(&location.pathname.get()) {
        Some(_) => view! { <Outlet /> }.into_any(),
        None => view! { <AddLanguageOrNotFound /> }.into_any(),
    }
}

/// `/posts/x` becomes `/be/posts/x` (in the visitor's language); an address
/// that has a language but no page is not found.
#[component]
fn AddLanguageOrNotFound() -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    if lang_of_path(&path).is_some() {
        return view! { <NotFoundPage /> }.into_any();
    }
    let rest = if path == "/" {
        ""
    } else {
        path.trim_end_matches('/')
    };
    let search = location.search.get_untracked();
    let query = if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    };
    let target = format!(
        "/{}{rest}{query}{}",
        preferred_lang().tag(),
        location.hash.get_untracked()
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
                    if let Some(element) = target.and_then(|e| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()
                    }) {
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
