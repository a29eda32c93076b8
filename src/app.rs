//! The app: the page frame (header, navigation, footer) and the routes.

use crate::components::notices::{PreviewBanner, StaleNotice};
use crate::data::SiteData;
use crate::pages::{
    actions::ActionsPage, home::HomePage, manifesto::ManifestoPage, not_found::NotFoundPage,
    post::PostPage, posts::PostsPage, preview::PreviewPage, tag::TagPage, tags::TagsPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use solidarity_core::i18n::{page_title, Lang};

/// The interface language. One for now; the router will set it from the URL.
pub fn use_lang() -> Lang {
    Lang::En
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    SiteData::provide();
    let lang = use_lang();
    let ui = lang.ui();

    view! {
        <Html attr:lang=lang.tag() />
        <Title formatter=move |page: String| page_title(&page, ui.site_name) />
        <Router>
            <a class="skip-link" href="#main">{ui.skip_to_content}</a>
            <SiteHeader />
            <PreviewBanner />
            <StaleNotice />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/manifesto") view=ManifestoPage />
                    <Route path=path!("/posts") view=PostsPage />
                    <Route path=path!("/posts/:slug") view=PostPage />
                    <Route path=path!("/tags") view=TagsPage />
                    <Route path=path!("/tags/:tag") view=TagPage />
                    <Route path=path!("/actions") view=ActionsPage />
                    <Route path=path!("/preview") view=PreviewPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// The header shown on every page, before and after the bundle loads.
#[component]
fn SiteHeader() -> impl IntoView {
    let ui = use_lang().ui();
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href="/">
                    <span class="brand-flag" aria-hidden="true"></span>
                    <span class="brand-text">
                        <span class="brand-date">{ui.brand_date}</span>
                        <span class="brand-name">{ui.brand_name}</span>
                    </span>
                </a>
                <nav class="site-nav" aria-label=ui.nav_label>
                    <ul>
                        <li><A href="/" exact=true>{ui.nav_home}</A></li>
                        <li><A href="/manifesto">{ui.nav_manifesto}</A></li>
                        <li><A href="/posts">{ui.nav_posts}</A></li>
                        <li><A href="/tags">{ui.nav_tags}</A></li>
                        <li><A href="/actions">{ui.nav_actions}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    let ui = use_lang().ui();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{ui.footer_note}</p>
                <p class="footer-privacy">{ui.footer_privacy}</p>
            </div>
        </footer>
    }
}
