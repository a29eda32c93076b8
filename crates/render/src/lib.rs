//! The site's pages as HTML, in plain Rust ([`maud`]): every text escaped,
//! natively tested, the same markup whoever asks for it.
//!
//! Why a renderer of its own beside Leptos: a page written as a string
//! needs neither a reactive graph nor a router nor the DOM code of every
//! element, which are most of the visitors' app (its budget is 150 KB
//! brotli; Leptos' own string renderer, compiled for the browser, weighs
//! more than the reactive app). Pages move here one by one; the Leptos
//! page of one that has moved only places this markup ([`Markup::into_string`])
//! in the app and in the prerendered page, so each page is written once.

pub mod actions;
pub mod countdown;
pub mod frame;
pub mod home;
#[cfg(any(test, feature = "test-data"))]
pub mod hostile;
pub mod join;
pub mod list;
pub mod manifesto;
pub mod map;
pub mod not_found;
pub mod notices;
pub mod page;
pub mod post;
pub mod post_card;
pub mod share;
pub mod tags;
pub mod text;

pub use maud::Markup;

#[cfg(test)]
mod tests;
