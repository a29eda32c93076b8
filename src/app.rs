//! The app: the page frame (header, navigation, footer), the routes, and the
//! language, which is the first segment of every address (`/be/…`, `/ru/…`,
//! `/en/…`).

use crate::components::notices::{PreviewBanner, StaleNotice};
use crate::data::{prerendering_now, SiteData, TakingOver};
use crate::pages::{
    actions::ActionsPage, home::HomePage, manifesto::ManifestoPage, not_found::NotFoundPage,
    post::PostPage, posts::PostsPage, tag::TagPage, tags::TagsPage, EmbedPage, PreviewPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};
use solidarity_core::i18n::{page_title, Lang};
use std::time::Duration;

/// Where the visitor's explicit choice of language is remembered (also
/// written by prerendered pages' start-up script, crates/page/js/start.js).
const LANG_KEY: &str = "solidarity-day:lang";

/// The language of the page being shown.
#[derive(Clone, Copy)]
pub(crate) struct CurrentLang(pub(crate) Lang);

/// The interface language of the current page.
pub fn use_lang() -> Lang {
    use_context::<CurrentLang>().map_or(Lang::En, |c| c.0)
}

/// An address of this site in `lang`: `href(Lang::Be, "/posts")` is `/be/posts`.
pub fn href(lang: Lang, path: &str) -> String {
    format!("/{}{path}", lang.tag())
}

/// The language a path starts with, if any.
pub(crate) fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL.into_iter().find(|l| l.tag() == first)
}

/// The visitor's language: their earlier choice, else their browser's.
fn preferred_lang() -> Lang {
    // At build time there is no visitor: `/` is written in English.
    if prerendering_now().is_some() {
        return Lang::En;
    }
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    let languages: Vec<String> = window
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::preferred(stored.as_deref(), languages.iter().map(String::as_str))
}

fn remember_lang(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let data = SiteData::provide();
    if use_context::<TakingOver>().is_some() {
        crate::takeover::when_ready(data);
    }
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
    let taking_over = use_context::<TakingOver>().is_some();
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
                            <Route path=path!("posts/:slug") view=PostPage />
                            <Route path=path!("tags") view=TagsPage />
                            <Route path=path!("tags/:tag") view=TagPage />
                            <Route path=path!("actions") view=ActionsPage />
                            <Route path=path!("preview") view=PreviewPage />
                            <Route path=path!("embed") view=EmbedPage />
                        </ParentRoute>
                    </Routes>
                }
            })
        };
        view! {
            <Html attr:lang=lang.tag() />
            <a class="skip-link" href="#main" on:click=skip_to_main>{ui.skip_to_content}</a>
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

/// Moves focus to the main content, as the skip link promises, without
/// touching the address (the router would treat `#main` as a navigation).
fn skip_to_main(ev: web_sys::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) =
        main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
    {
        let _ = main.focus();
    }
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
        "{}{query}{}",
        href(preferred_lang(), rest),
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

/// The header shown on every page, before and after the bundle loads.
#[component]
fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=href(lang, "")>
                    <span class="brand-flag" aria-hidden="true"></span>
                    <span class="brand-text">
                        <span class="brand-date">{ui.brand_date}</span>
                        <span class="brand-name">{ui.brand_name}</span>
                    </span>
                </a>
                <LanguageSwitcher />
                <nav class="site-nav" aria-label=ui.nav_label>
                    <ul>
                        <li><A href=href(lang, "") exact=true>{ui.nav_home}</A></li>
                        <li><A href=href(lang, "/manifesto")>{ui.nav_manifesto}</A></li>
                        <li><A href=href(lang, "/posts")>{ui.nav_posts}</A></li>
                        <li><A href=href(lang, "/tags")>{ui.nav_tags}</A></li>
                        <li><A href=href(lang, "/actions")>{ui.nav_actions}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// Links to the same page in the other languages; the choice is remembered.
/// They load the page anew (`rel="external"` keeps the router out): every
/// string on it changes, and the router must not be rebuilt mid-navigation.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    // A page written at build time has no fragment to carry over.
    let prerendering = prerendering_now().is_some();
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let target = move || {
                let path = location.pathname.get();
                let rest = path
                    .trim_start_matches('/')
                    .split_once('/')
                    .map_or("", |(_, rest)| rest);
                let rest = if rest.is_empty() {
                    String::new()
                } else {
                    format!("/{rest}")
                };
                let hash = if prerendering {
                    String::new()
                } else {
                    location.hash.get()
                };
                format!("{}{hash}", href(lang, &rest))
            };
            let is_current = lang == current;
            view! {
                <li>
                    <a
                        href=target
                        lang=lang.tag()
                        hreflang=lang.tag()
                        rel="external"
                        aria-current=is_current.then_some("true")
                        on:click=move |_| remember_lang(lang)
                    >
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switch" aria-label=current.ui().language_label>
            <ul>{links}</ul>
        </nav>
    }
}

/// The button that removes what the site stored on this device
/// ([`solidarity_browser::forget_this_site`]), last in the footer. Shown
/// only where a script can act on it (`html[data-js]`, style/main.css): on
/// a prerendered page crates/page wires it until the app's own footer
/// replaces it. `data-done` and `data-failed` carry the answers for
/// crates/page, which has no interface text of its own.
#[component]
fn ForgetThisSite() -> impl IntoView {
    let ui = use_lang().ui();
    let (said, say) = signal(None::<&'static str>);
    let forget = move |_| {
        leptos::task::spawn_local(async move {
            let answer = match solidarity_browser::forget_this_site().await {
                Ok(()) => ui.forgotten,
                Err(e) => {
                    leptos::logging::warn!("forgetting the site: {e:?}");
                    ui.forget_failed
                }
            };
            say.set(Some(answer));
        });
    };
    view! {
        <div class="forget">
            <button
                type="button"
                class="button secondary"
                on:click=forget
                data-done=ui.forgotten
                data-failed=ui.forget_failed
            >
                {ui.forget}
            </button>
            <p class="forget-status" role="status">{move || said.get()}</p>
        </div>
    }
}

/// `rel` of the footer's link to the embed page: a page load where the
/// page is not in this build (the visitors' build, and the prerendered
/// pages that load it).
const EMBED_LINK_REL: Option<&str> = if !cfg!(feature = "tools") {
    Some("external")
} else {
    None
};

#[component]
fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{ui.footer_note}</p>
                <p class="footer-privacy">{ui.footer_privacy}</p>
                // A page load: the embed page is not in the visitors' build
                // (and the prerendered footer must read the same).
                <p><a href=href(lang, "/embed") rel=EMBED_LINK_REL>{ui.embed.title}</a></p>
                // Last: when a script shows it, nothing below it moves.
                <ForgetThisSite />
            </div>
        </footer>
    }
}
