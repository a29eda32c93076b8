//! One module per route.

pub mod actions;
pub mod embed;
pub mod home;
pub mod manifesto;
pub mod not_found;
pub mod post;
pub mod posts;
pub mod preview;
pub mod tag;
pub mod tags;
