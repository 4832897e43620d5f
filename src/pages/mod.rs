//! One component per route: glue between the domain and the view, computing nothing itself.

pub mod coming_soon;
pub mod data;
pub mod home;
pub mod incoterms;
pub mod not_found;
pub mod profile;
