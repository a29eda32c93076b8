//! The tools' pages, and the visitors' pages as an editor previews them.

pub mod embed;
pub mod preview;
pub mod visitor;

pub use embed::EmbedPage;
pub use preview::PreviewPage;
pub use visitor::VisitorPage;
