//! "Can I export this, and what do I need?": export rules by her own words or an HS code.
//!
//! The rules live in `assets/data/export-rules.json`, each with its source and the date it was
//! checked; [`parse`] checks the file and builds the search index, [`search`] ranks the rules for
//! a query, and [`RuleBook::checklist_needs`] tells the checklist which permits her products need.

pub mod answer;
pub mod hs;
pub mod rules;
pub mod save;
pub mod search;

pub use answer::{answer, answer_with, product_name_for, Answer, Candidate, QueryKind};
pub use hs::{dotted, HsEntry, Nomenclature};
pub use rules::{parse, Condition, DocumentType, RequiredBy, Rule, RuleBook, Status};
pub use search::{hs_digits, is_qualifier, search, Match, MatchedBy, QUALIFIERS};
