//! Export documents from her own data: the proforma invoice, the commercial invoice and
//! the packing list, in English, printable on A4.
//!
//! - [`model`]: what is stored (schema version 3), field by field as she typed it;
//! - [`start`]: a new document from a saved quote, a listing, or the previous document of the
//!   chain proforma → commercial invoice → packing list;
//! - [`store`]: every edit, with the limits on counts and text lengths;
//! - [`numbering`]: `PI-2026-001`, a series per kind and year, never reused;
//! - [`totals`]: line amounts, the total, weights and volume, in exact integers;
//! - [`words`]: the total in English words;
//! - [`dates`]: `YYYY-MM-DD` checked and printed as `28 November 2026`;
//! - [`check`]: what is missing before the page can print without "DRAFT";
//! - [`view`]: what the page shows and prints.

pub mod check;
pub mod dates;
pub mod model;
pub mod numbering;
pub mod start;
pub mod store;
pub mod totals;
pub mod view;
pub mod words;

pub use model::{DocField, DocKind, Document, Documents, LineField, PackageField};
pub use start::Start;
pub use store::DocumentsEdit;
