//! Her listings as the app keeps them: one draft per product, the one she is editing, and ids that
//! only grow. Stored in the app's document under `listings`.

use serde::{Deserialize, Serialize};

use super::draft::{Draft, DraftEdit};
use crate::domain::incoterms::calculator::QuoteFill;
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
}

impl Listings {
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
        }
    }

    fn current_mut(&mut self) -> Option<&mut Entry> {
        let id = self.current?;
        self.drafts.iter_mut().find(|e| e.id == id)
    }
}
