//! The frame of every page, as [`solidarity_render::frame`] writes it (the
//! visitors' app and the prerendered pages alike), in the page's language
//! ([`use_lang`]), worked as the visitors' app works it
//! ([`solidarity_browser::frame::clicked`]).

use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use solidarity_render::frame;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MouseEvent};

/// The skip link and the header, which follow the address (the switcher
/// links to the same address in the other languages).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    move || {
        let (path, hash) = (location.pathname.get(), location.hash.get());
        view! { <Rendered markup=frame::top(lang, &path, &hash) wire=wire /> }
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! { <Rendered markup=frame::footer(use_lang()) wire=wire /> }
}

/// The frame's own clicks ([`solidarity_browser::frame::clicked`]).
fn wire(root: &Element) {
    let click = Closure::<dyn Fn(MouseEvent)>::new(move |event: MouseEvent| {
        if let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            solidarity_browser::frame::clicked(&event, &target);
        }
    });
    let _ = root.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    // As long as its element lives: the element goes with its page.
    click.forget();
}
