//! What the site's frame (`solidarity_render::frame`) does when it is
//! clicked, the same in the visitors' app and the tools': the skip link,
//! the language chosen with the switcher, "forget this site".

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, MouseEvent};

/// Handles a click on `target` if it is one of the frame's own, and says
/// whether it was. The skip link moves the focus to what it points to,
/// as it promises, without touching the address (an app would take
/// `#main` for a page); a language chosen with the switcher is remembered
/// (the link then loads the page anew); the footer's button forgets the
/// site and says so ([`crate::forget::forget_and_say`]).
pub fn clicked(event: &MouseEvent, target: &Element) -> bool {
    let closest = |selector: &str| target.closest(selector).ok().flatten();
    if let Some(link) = closest(".skip-link") {
        event.prevent_default();
        let goal = link
            .get_attribute("href")
            .and_then(|href| href.strip_prefix('#').map(str::to_string))
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(&id));
        if let Some(goal) = goal.and_then(|g| g.dyn_into::<HtmlElement>().ok()) {
            let _ = goal.focus();
        }
    } else if let Some(link) = closest(".lang-switch a[hreflang]") {
        if let Some(lang) = link.get_attribute("hreflang") {
            crate::storage::choose_lang(&lang);
        }
    } else if let Some(button) = closest(".forget button") {
        wasm_bindgen_futures::spawn_local(
            async move { crate::forget::forget_and_say(&button).await },
        );
    } else {
        return false;
    }
    true
}
