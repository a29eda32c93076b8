//! The campaign's domain, free of any UI: the bundle format and its checks,
//! the countdown arithmetic, the indexes pages read, slugs and interface text.
//!
//! Everything here runs natively under `cargo test` and, unchanged, in the
//! browser app and the embeddable widget.

pub mod bundle;
pub mod countdown;
pub mod date;
pub mod embed;
pub mod face;
pub mod head;
pub mod i18n;
pub mod localize;
pub mod map;
pub mod member;
pub mod order;
pub mod paging;
pub mod positions;
pub mod report;
pub mod route;
pub mod site;
pub mod slug;
pub mod text;
pub mod validate;

pub use bundle::Bundle;
pub use site::Site;

/// The tables of cases a rule of the Rust and a script of the pages are
/// both checked against (`crates/core/tests/*.json`, read by the browser
/// tests too): one rule, written twice only where the platform needs it.
#[cfg(test)]
pub(crate) fn shared_cases(table: &str) -> Vec<serde_json::Value> {
    let cases: Vec<serde_json::Value> = serde_json::from_str(table).expect("a JSON array of cases");
    // A table cut short would check little on either side.
    assert!(cases.len() > 10, "{} cases", cases.len());
    cases
}

/// The JSON Schema (draft 2020-12) of the bundle, generated from its types.
#[cfg(feature = "schema")]
pub fn bundle_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(bundle::Bundle);
    serde_json::to_value(schema).unwrap_or_default()
}
