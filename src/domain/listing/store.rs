//! Her listings as the app keeps them: one draft per product, the one she is editing, and ids that
//! only grow. Stored in the app's document under `listings`.

use serde::{Deserialize, Serialize};

use super::draft::{Draft, DraftEdit};
use crate::domain::change::clamp;
use crate::domain::incoterms::calculator::QuoteFill;
use crate::domain::limits::MAX_SHORT_TEXT;
use crate::domain::model::Product;

pub use crate::domain::limits::MAX_LISTINGS;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listings {
    #[serde(default)]
    pub drafts: Vec<Entry>,
    #[serde(default)]
    pub current: Option<u32>,
    #[serde(default)]
    pub next_id: u32,
    /// What the catalogue (`#/catalog`) holds. Added within schema 3 (`#[serde(default)]`, left
    /// out of the file while she has chosen nothing): an older build ignores it.
    #[serde(default, skip_serializing_if = "CatalogChoice::is_empty")]
    pub catalog: CatalogChoice,
}

/// Her choices for the catalogue: the listings she left out (a new listing goes in by default)
/// and until when its prices hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogChoice {
    /// Ids of listings, each once. A `Vec`, not a set: the reducer is in the first visit's module,
    /// and a set of `u32` there costs about 2 KB of code that a vector already has.
    pub left_out: Vec<u32>,
    /// `YYYY-MM-DD` as a date input gives it; empty until she sets it.
    pub valid_until: String,
}

impl CatalogChoice {
    pub fn is_empty(&self) -> bool {
        *self == CatalogChoice::default()
    }

    pub fn includes(&self, id: u32) -> bool {
        !self.left_out.contains(&id)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u32,
    #[serde(default)]
    pub draft: Draft,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ListingsEdit {
    /// A new empty listing, or one started from a profile product; it becomes the current one.
    New(Option<Product>),
    Select(u32),
    Delete(u32),
    /// An edit of the current listing.
    Edit(DraftEdit),
    /// The current listing takes its price, Incoterm and place from a saved calculator quote (the
    /// page makes the [`QuoteFill`]: the reducer never runs a build-up).
    FromQuote(Box<QuoteFill>),
    /// A listing goes into the catalogue (`true`) or is left out.
    InCatalog(u32, bool),
    /// Until when the catalogue's prices hold (`YYYY-MM-DD`, or empty).
    ValidUntil(String),
}

impl Listings {
    /// Every listing's id, in her order (her photos are kept under them).
    pub fn ids(&self) -> Vec<u32> {
        self.drafts.iter().map(|entry| entry.id).collect()
    }

    pub fn current(&self) -> Option<&Entry> {
        let id = self.current?;
        self.drafts.iter().find(|e| e.id == id)
    }

    pub fn apply(&mut self, edit: ListingsEdit) {
        match edit {
            ListingsEdit::New(product) => {
                if self.drafts.len() >= MAX_LISTINGS {
                    return;
                }
                let id = self.next_id.max(self.drafts.iter().map(|e| e.id.saturating_add(1)).max().unwrap_or(0));
                let draft = product.as_ref().map(Draft::for_product).unwrap_or_default();
                self.drafts.push(Entry { id, draft });
                self.current = Some(id);
                self.next_id = id.saturating_add(1);
            }
            ListingsEdit::Select(id) => {
                if self.drafts.iter().any(|e| e.id == id) {
                    self.current = Some(id);
                }
            }
            ListingsEdit::Delete(id) => {
                self.drafts.retain(|e| e.id != id);
                self.catalog.left_out.retain(|left| *left != id);
                if self.current == Some(id) {
                    self.current = self.drafts.last().map(|e| e.id);
                }
            }
            ListingsEdit::Edit(edit) => {
                if let Some(entry) = self.current_mut() {
                    entry.draft.apply(edit);
                }
            }
            ListingsEdit::FromQuote(fill) => {
                if let Some(entry) = self.current_mut() {
                    entry.draft.fill_from(*fill);
                }
            }
            ListingsEdit::InCatalog(id, included) => {
                self.catalog.left_out.retain(|left| *left != id);
                if !included && self.drafts.iter().any(|e| e.id == id) {
                    self.catalog.left_out.push(id);
                }
            }
            ListingsEdit::ValidUntil(date) => {
                self.catalog.valid_until = clamp(date, MAX_SHORT_TEXT);
            }
        }
    }

    fn current_mut(&mut self) -> Option<&mut Entry> {
        let id = self.current?;
        self.drafts.iter_mut().find(|e| e.id == id)
    }
}
