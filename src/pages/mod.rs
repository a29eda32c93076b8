//! One module per route.
//!
//! The visitors' build (`visitor` feature: what prerendered pages load) has
//! no editors' preview and no partners' embed page: their routes load the
//! full app instead (`tool.rs`), which every other address gets.

pub mod actions;
pub mod home;
pub mod manifesto;
pub mod not_found;
pub mod post;
pub mod posts;
pub mod tag;
pub mod tags;

#[cfg(not(feature = "visitor"))]
pub mod embed;
#[cfg(not(feature = "visitor"))]
pub mod preview;
#[cfg(feature = "visitor")]
mod tool;

#[cfg(not(feature = "visitor"))]
pub use embed::EmbedPage;
#[cfg(not(feature = "visitor"))]
pub use preview::PreviewPage;
#[cfg(feature = "visitor")]
pub use tool::{ToolPage as EmbedPage, ToolPage as PreviewPage};
