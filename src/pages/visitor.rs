//! Every visitors' page, as [`solidarity_render::page::live`] writes it (for
//! the visitors' app and the prerendered files alike): here for an editor
//! who previews a bundle and browses the site it makes, or who came to the
//! tools from the site.

use crate::components::page_head::PageHead;
use crate::components::with_site::WithSite;
use crate::lang::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use solidarity_core::Site;
use solidarity_page::dom::PageCountdown;
use solidarity_render::notices::Shape;
use solidarity_render::page::{self, Address, Page};
use std::sync::Arc;
use std::time::Duration;

#[component]
pub fn VisitorPage() -> impl IntoView {
    let location = use_location();
    let shape = {
        let path = location.pathname.get_untracked();
        match Address::of(&path, "") {
            Address::Page { route, .. } => Shape::of(route),
            _ => Shape::Article,
        }
    };
    view! {
        <WithSite shape render=move |site| {
            // The page follows the address, from one post to the next.
            move || {
                let path = location.pathname.get();
                let query = location.search.get();
                let page = page_at(&site, &path, &query);
                view! {
                    <PageHead head=page.head />
                    <Content site=Arc::clone(&site) markup=page.main.into_string() />
                }
            }
        } />
    }
}

/// The page at `path` (`query`) in `site`, now.
fn page_at(site: &Site, path: &str, query: &str) -> Page {
    let lang = use_lang();
    let found = match Address::of(path, query) {
        Address::Page {
            lang,
            route,
            requested,
        } => page::live(
            site,
            lang,
            route,
            requested,
            solidarity_browser::now_unix_seconds(),
        ),
        Address::Unknown(_) | Address::NoLanguage => None,
    };
    found.unwrap_or_else(|| page::not_found(lang.ui().not_found_body, lang))
}

/// The page's markup, worked once it is in the document: its share
/// button, its report form and its countdown, which ticks until the page
/// goes.
#[component]
fn Content(site: Arc<Site>, markup: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(root) = node.get() else {
            return;
        };
        solidarity_browser::share::wire(&root);
        let form = root.query_selector("form[data-report-form]").ok().flatten();
        if let Some(form) = form.and_then(|f| wasm_bindgen::JsCast::dyn_into(f).ok()) {
            if let Err(e) = solidarity_browser::report_form::wire(&form) {
                leptos::logging::warn!("the report form cannot work: {e:?}");
            }
        }
        let section = root.query_selector("section.countdown").ok().flatten();
        let Some(section) = section else {
            return;
        };
        match PageCountdown::of(section, site.bundle.campaign.clone()) {
            Ok(countdown) => {
                let countdown = StoredValue::new_local(countdown);
                let tick = move || countdown.update_value(PageCountdown::tick);
                match set_interval_with_handle(tick, Duration::from_secs(1)) {
                    Ok(timer) => on_cleanup(move || timer.clear()),
                    Err(e) => leptos::logging::warn!("countdown timer unavailable: {e:?}"),
                }
            }
            Err(e) => leptos::logging::warn!("the countdown cannot tick: {e:?}"),
        }
    });
    view! { <div class="rendered" node_ref=node inner_html=markup></div> }
}
