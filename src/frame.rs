//! The frame of every page, as [`solidarity_render::frame`] writes it (the
//! visitors' app and the prerendered pages alike), in the page's language
//! ([`use_lang`]), and what makes it work here: the skip link, the
//! language chosen remembered, the footer's "forget this site".

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
        view! { <Rendered markup=frame::top(lang, &path, &hash) wire=wire_header /> }
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! { <Rendered markup=frame::footer(use_lang()) wire=wire_footer /> }
}

/// The skip link moves focus to the content, as it promises, without
/// touching the address (the router would take `#main` for a page); a
/// language chosen with the switcher is remembered.
fn wire_header(root: &Element) {
    on_click(root, |event, target| {
        if target.closest(".skip-link").ok().flatten().is_some() {
            event.prevent_default();
            let main = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(frame::MAIN_ID))
                .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(main) = main {
                let _ = main.focus();
            }
        } else if let Some(link) = target.closest(".lang-switch a[hreflang]").ok().flatten() {
            if let Some(lang) = link.get_attribute("hreflang") {
                solidarity_browser::storage::choose_lang(&lang);
            }
        }
    });
}

/// "Forget this site on this device".
fn wire_footer(root: &Element) {
    on_click(root, |_, target| {
        if let Some(button) = target.closest(".forget button").ok().flatten() {
            leptos::task::spawn_local(async move {
                solidarity_browser::forget::forget_and_say(&button).await
            });
        }
    });
}

/// Calls `f` with each click in `root` and the element clicked.
fn on_click(root: &Element, f: impl Fn(&MouseEvent, Element) + 'static) {
    let click = Closure::<dyn Fn(MouseEvent)>::new(move |event: MouseEvent| {
        if let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            f(&event, target);
        }
    });
    let _ = root.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    // As long as its element lives: the element goes with its page.
    click.forget();
}
