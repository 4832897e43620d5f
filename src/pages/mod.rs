//! One component per route: glue between the domain and the view, computing nothing itself.

pub mod catalog;
pub mod checklist;
pub mod classify;
pub mod data;
pub mod describe;
pub mod documents;
pub mod home;
pub mod incoterms;
pub mod market;
pub mod not_found;
pub mod profile;
pub mod workshop;
