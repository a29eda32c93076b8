//! Markup [`solidarity_render`] wrote, in the app.

use leptos::prelude::*;
use solidarity_render::Markup;

/// Markup [`solidarity_render`] wrote. Its box is not drawn
/// (style/main.css: `display: contents`): the markup lays out as if it
/// stood in its place.
///
/// `wire`, if given, works what the markup holds once it is in the page.
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
