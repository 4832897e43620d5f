//! The product's knowledge and arithmetic, in pure Rust.
//!
//! Nothing in here may use yew, web-sys, js-sys, gloo or wasm-bindgen: everything is tested natively
//! with `cargo test`, and pages only call into this module and render what it returns.

pub mod change;
pub mod checklist;
pub mod classify;
pub mod documents;
pub mod home;
pub mod incoterms;
pub mod lang;
pub mod limits;
pub mod listing;
pub mod market;
pub mod model;
pub mod money;
pub mod persist;
pub mod profile;
pub mod progress;
pub mod query;
pub mod regions;
pub mod report;
pub mod route;
pub mod share_link;
pub mod storage_status;
pub mod sync;
pub mod text;
pub mod workshop;
