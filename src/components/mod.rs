//! Pieces shared by several pages.

pub mod notices;
pub mod page_head;
mod text;
pub mod with_site;

pub use text::Rendered;
