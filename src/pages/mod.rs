//! One module per route.
//!
//! The editors' preview and the partners' embed page come with the `tools`
//! feature. The visitors' build (what prerendered pages load) has neither:
//! their routes load the full build instead (the `tool` module, in that build only).

pub mod actions;
pub mod home;
pub mod join;
pub mod manifesto;
pub mod not_found;
pub mod post;
pub mod posts;
pub mod tag;
pub mod tags;

#[cfg(feature = "tools")]
pub mod embed;
#[cfg(feature = "tools")]
pub mod preview;
#[cfg(not(feature = "tools"))]
mod tool;

#[cfg(feature = "tools")]
pub use embed::EmbedPage;
#[cfg(feature = "tools")]
pub use preview::PreviewPage;
#[cfg(not(feature = "tools"))]
pub use tool::{ToolPage as EmbedPage, ToolPage as PreviewPage};
