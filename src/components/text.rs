//! Text in the app: content in a language other than the page's, and the
//! markup [`solidarity_render`] writes for the pages that have moved there.

use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::i18n::Lang;
use solidarity_render::Markup;

/// The `lang` attribute for content in `text_lang` on a page in the visitor's
/// language ([`solidarity_render::text::lang_attr`]).
pub fn lang_attr(text_lang: Lang) -> Option<&'static str> {
    solidarity_render::text::lang_attr(text_lang, use_lang())
}

/// Markup [`solidarity_render`] wrote (a page that has moved there), in
/// the app and in the prerendered page alike. Its box is not drawn
/// (style/main.css: `display: contents`): the markup lays out as if it
/// stood in its place.
///
/// `wire`, if given, works what the markup holds once it is in the page
/// (in the browser only: a prerendered page's own code works it there).
#[component]
pub fn Rendered(
    markup: Markup,
    #[prop(optional)] wire: Option<fn(&web_sys::Element)>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    if let Some(wire) = wire {
        Effect::new(move |_| {
            if let Some(element) = node.get() {
                wire(&element);
            }
        });
    }
    view! { <div class="rendered" node_ref=node inner_html=markup.into_string()></div> }
}
