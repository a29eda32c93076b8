//! The current route's parameters, as the pages read them.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A parameter of the current route (`:slug`, `:tag`), read reactively so a
/// page follows it from one post to the next. `None` once the page is being
/// left: the router disposes of its parameters before the page's view, which
/// must then render nothing rather than read them.
pub fn route_param(
    key: &'static str,
) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.try_with(|p| p.get(key).unwrap_or_default())
}
