//! Pieces shared by several pages.

pub mod countdown;
pub mod notices;
pub mod page_head;
pub mod pager;
mod params;
pub mod report_form;
pub mod share;
mod text;
pub mod with_site;

pub use params::route_param;
pub use text::{lang_attr, Rendered};
