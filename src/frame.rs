//! The frame of every page: the skip link, the header with the brand, the
//! language switcher and the navigation, and the footer. It speaks the
//! page's language ([`use_lang`]) and links by [`Route`].

use crate::lang::use_lang;
use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use solidarity_core::i18n::Lang;
use solidarity_core::route::{feed_href, without_lang, Route};

/// The link to the main content that keyboard users meet first; it moves
/// focus there, as it promises, without touching the address (the router
/// would treat `#main` as a navigation).
#[component]
pub fn SkipLink() -> impl IntoView {
    let ui = use_lang().ui();
    view! { <a class="skip-link" href="#main" on:click=skip_to_main>{ui.skip_to_content}</a> }
}

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

/// The header shown on every page, before and after the bundle loads.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    let navigation = Route::NAVIGATION
        .into_iter()
        .filter_map(|route| {
            let label = route.nav_label(ui)?;
            // The home page's link is current on the home page only, not
            // on every page below it.
            let exact = route == Route::Home;
            Some(view! { <li><A href=route.href(lang) exact>{label}</A></li> })
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=Route::Home.href(lang)>
                    <span class="brand-flag" aria-hidden="true"></span>
                    <span class="brand-text">
                        <span class="brand-date">{ui.brand_date}</span>
                        <span class="brand-name">{ui.brand_name}</span>
                    </span>
                </a>
                <LanguageSwitcher />
                <nav class="site-nav" aria-label=ui.nav_label>
                    <ul>{navigation}</ul>
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
    let prerendering = use_render_mode().built_at().is_some();
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let target = move || {
                let path = location.pathname.get();
                // Any address, a page that was not found included: the same
                // address in the other language.
                let rest = without_lang(&path).unwrap_or_default();
                let hash = if prerendering {
                    String::new()
                } else {
                    location.hash.get()
                };
                format!("/{}{rest}{hash}", lang.tag())
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
                        on:click=move |_| solidarity_browser::storage::choose_lang(lang.tag())
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
/// a prerendered page `solidarity_page` wires it until the app's own
/// footer replaces it. `data-done` and `data-failed` carry the answers for
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
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{ui.footer_note}</p>
                <p class="footer-privacy">{ui.footer_privacy}</p>
                // A page load: the embed page is not in the visitors' build
                // (and the prerendered footer must read the same).
                <p><a href=Route::Embed.href(lang) rel=EMBED_LINK_REL>{ui.embed.title}</a></p>
                <p><a href=feed_href(lang, None) type="application/atom+xml">{ui.discovery.feed}</a></p>
                // Last: when a script shows it, nothing below it moves.
                <ForgetThisSite />
            </div>
        </footer>
    }
}
