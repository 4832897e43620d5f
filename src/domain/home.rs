//! What the home page says: a state line under each tool, and where the "next step" card leads
//! before the summary part (with the fetched checklist) has arrived. The checklist's and the
//! marketplace guide's lines need that part and are told apart as [`ToolState::FromSummary`].

use super::checklist::profile_started;
use super::model::AppData;
use super::profile;
use super::route::Route;
use super::storage_status::{kilobytes, StorageMode};

/// One tool's state line, for the page to put in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToolState {
    /// Sections of the preparation sheet filled, of how many.
    Profile {
        filled: usize,
        total: usize,
    },
    /// Kept in this browser, this many kilobytes.
    StoredLocally {
        kb: usize,
    },
    /// Kept only in memory (storage blocked): lost when the page closes.
    InMemoryOnly,
    /// The last saved quote's line, as she sent it.
    LastQuote(String),
    NoQuote,
    /// Her named products checked, of how many; `checked` 0 is "none checked yet".
    Classified {
        checked: usize,
        total: usize,
    },
    Listings(usize),
    Sessions(usize),
    Documents(usize),
    /// Said by the summary part (checklist progress, marketplace accounts).
    FromSummary,
    /// Listings in the catalogue (those with a name or a title she did not leave out).
    Catalogue(usize),
    /// No line (home itself, an unknown address).
    Nothing,
}

/// The state line of `route`'s tool; `bytes_used` and `mode` say where her data is kept.
pub fn tool_state(data: &AppData, route: Route, mode: StorageMode, bytes_used: usize) -> ToolState {
    match route {
        Route::Profile => {
            let completion = profile::completion(&data.profile);
            ToolState::Profile { filled: completion.done, total: completion.total }
        }
        Route::Data => match mode {
            StorageMode::Local => ToolState::StoredLocally { kb: kilobytes(bytes_used) },
            StorageMode::Memory => ToolState::InMemoryOnly,
        },
        Route::Incoterms => {
            data.calculator.saved.last().map_or(ToolState::NoQuote, |q| ToolState::LastQuote(q.line.clone()))
        }
        Route::Checklist | Route::Market => ToolState::FromSummary,
        Route::Classify => {
            let (checked, total) = profile::classified(&data.profile);
            ToolState::Classified { checked, total }
        }
        Route::Describe => ToolState::Listings(data.listings.drafts.len()),
        Route::Catalog => ToolState::Catalogue(
            data.listings
                .drafts
                .iter()
                .filter(|e| data.listings.catalog.includes(e.id))
                .filter(|e| !e.draft.name.trim().is_empty() || e.draft.title.is_some())
                .count(),
        ),
        Route::Workshop => ToolState::Sessions(data.sessions.list.len()),
        Route::Documents => ToolState::Documents(data.documents.items.len()),
        Route::Home | Route::NotFound => ToolState::Nothing,
    }
}

/// Where the "next step" card leads until the summary part names the step: the profile while it
/// lacks a business name or a product (what every step builds on), else the checklist.
pub fn first_card(data: &AppData) -> Route {
    if profile_started(&data.profile) {
        Route::Checklist
    } else {
        Route::Profile
    }
}

/// "You listed N products", when she has named any.
pub fn named_products(data: &AppData) -> Option<usize> {
    let named = data.profile.products.iter().filter(|p| !p.name.trim().is_empty()).count();
    (named > 0).then_some(named)
}
