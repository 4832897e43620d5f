//! One set of limits for everything that comes into her document: what she types, what a share
//! link brings, what a backup file brings. Typing is cut as she types (`change::apply`; the inputs
//! carry the same `maxlength`); a link and an import are cut here, in one pass, by the page that
//! reads them (`pages/incoterms/link.rs`, `pages/data.rs`) before it dispatches the change, and
//! the cuts are listed so the page can name what was cut before anything is kept. (Not in
//! `change::apply`: the reducer is in the main module every first visit downloads, and this pass
//! over every type of the document would add 4 KB to it.)
//!
//! The stored document is never cut when it is read back: it only ever holds what came in through
//! one of these ways, and cutting it on reading could drop what an older version kept.

use super::checklist::ChecklistState;
use super::documents::model::{FieldKey, Texts};
use super::documents::store::{MAX_BLOCK_TEXT, MAX_DOCUMENTS, MAX_LINES, MAX_PACKAGES, MAX_TEXT};
use super::documents::{DocField, Documents, LineField};
use super::incoterms::calculator::Calculator;
pub use super::incoterms::calculator::{MAX_FIELD_TEXT, MAX_SAVED_QUOTES};
use super::incoterms::{Field, Form};
use super::listing::draft::TextField;
use super::listing::store::Listings;
use super::market::MarketState;
use super::model::{AppData, ContactField, Product, ProductClass, Profile, RegionChoice};
use super::workshop::session::{Sessions, MAX_REPORTS, MAX_SESSIONS};

/// Longest text kept in a one-line field (names); the inputs carry the same `maxlength`.
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest text kept in a free-text field (descriptions, goals, notes).
pub const MAX_LONG_TEXT: usize = 4000;
/// More products than a workshop participant plausibly lists; keeps the stored document small.
pub const MAX_PRODUCTS: usize = 50;
/// Longest text kept in a listing draft's field; the inputs carry the same `maxlength`.
pub const MAX_DRAFT_TEXT: usize = 2000;
/// More listings than one workshop participant writes; keeps the stored document small.
pub const MAX_LISTINGS: usize = 30;
/// Longest id of a checklist item, a marketplace step or account, or an export rule (the data
/// files' ids are at most 40 characters).
pub const MAX_ID_TEXT: usize = 100;
/// More checklist answers than the checklist has items (133 ids today).
pub const MAX_CHECKLIST_ENTRIES: usize = 500;
/// More marketplace steps or accounts than the guide has (167 ids today).
pub const MAX_MARKET_ENTRIES: usize = 500;

/// Cuts text to at most `max` characters, never inside a character.
pub fn clamp(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text.get(..cut).map(str::to_string).unwrap_or_default(),
        None => text,
    }
}

/// A kind of text that has a limit, for naming what was cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextKind {
    BusinessName,
    OwnerName,
    Region,
    OtherRegion,
    OtherDocument,
    Goals,
    ProductName,
    ProductDescription,
    ProductClass,
    /// A field of the calculator's form (also in a saved quote's form).
    CalculatorField(Field),
    MinOrder,
    /// A saved quote's line or date.
    SavedQuote,
    ChecklistId,
    ChecklistNote,
    ChecklistDate,
    MarketId,
    WorkshopComments,
    ListingField(TextField),
    ListingTitle,
    /// A contact detail of her profile.
    Contact(ContactField),
    /// A one-line field of an export document (names, numbers, places, a line's or package's
    /// figures): [`MAX_TEXT`] characters.
    DocumentField,
    /// An address, terms, marks or a description of goods on an export document:
    /// [`MAX_BLOCK_TEXT`] characters.
    DocumentBlock,
    /// A workshop session's title, date or facilitator, or a received report's sender or time.
    SessionField,
    /// A session's activity report or a received report's code.
    SessionBlock,
    /// The session or participant id the participant's app keeps.
    WorkshopId,
}

/// A kind of list that has a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// The first [`MAX_PRODUCTS`] are kept.
    Products,
    /// The newest [`MAX_SAVED_QUOTES`] are kept (the calculator drops the oldest too).
    SavedQuotes,
    /// The first [`MAX_CHECKLIST_ENTRIES`] in id order are kept.
    ChecklistEntries,
    /// The first [`MAX_MARKET_ENTRIES`] in id order are kept.
    MarketSteps,
    MarketAccounts,
    /// The first [`MAX_LISTINGS`] are kept.
    Listings,
    /// The first [`MAX_DOCUMENTS`] export documents are kept.
    Documents,
    /// The first [`MAX_LINES`] lines of goods of a document.
    DocumentLines,
    /// The first [`MAX_PACKAGES`] package rows of a packing list.
    DocumentPackages,
    /// The first [`MAX_SESSIONS`] workshop sessions (the newest: they are listed newest first).
    Sessions,
    /// The first [`MAX_REPORTS`] reports of a session.
    SessionReports,
}

/// What was cut to fit the limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cut {
    /// `count` texts of this kind were longer than `max` characters and were cut to `max`.
    Text { what: TextKind, max: usize, count: usize },
    /// A list held `found` items; `kept` were kept.
    Items { what: ListKind, found: usize, kept: usize },
}

/// Collects cuts, one entry per kind of text (counting how many were cut) and per list.
#[derive(Default)]
struct Cutter {
    cuts: Vec<Cut>,
}

impl Cutter {
    fn text(&mut self, text: &mut String, max: usize, what: TextKind) {
        // Cheap test first: a text of at most `max` bytes has at most `max` characters.
        if text.len() <= max || text.chars().count() <= max {
            return;
        }
        *text = clamp(std::mem::take(text), max);
        for cut in &mut self.cuts {
            if let Cut::Text { what: seen, count, .. } = cut {
                if *seen == what {
                    *count += 1;
                    return;
                }
            }
        }
        self.cuts.push(Cut::Text { what, max, count: 1 });
    }

    fn list<T>(&mut self, items: &mut Vec<T>, max: usize, what: ListKind, keep_newest: bool) {
        let found = items.len();
        if found <= max {
            return;
        }
        if keep_newest {
            items.drain(..found - max);
        } else {
            items.truncate(max);
        }
        self.cuts.push(Cut::Items { what, found, kept: max });
    }

    fn ids(&mut self, set: &mut std::collections::BTreeSet<String>, max: usize, what: ListKind) {
        if set.iter().any(|id| id.chars().count() > MAX_ID_TEXT) {
            let mut cut = Vec::new();
            for id in std::mem::take(set) {
                let mut id = id;
                self.text(&mut id, MAX_ID_TEXT, TextKind::MarketId);
                cut.push(id);
            }
            set.extend(cut);
        }
        let found = set.len();
        if found > max {
            let kept: std::collections::BTreeSet<String> = std::mem::take(set).into_iter().take(max).collect();
            *set = kept;
            self.cuts.push(Cut::Items { what, found, kept: max });
        }
    }

    fn form(&mut self, form: &mut Form) {
        for field in Field::ALL {
            let mut text = form.get(field).to_string();
            if text.len() > MAX_FIELD_TEXT {
                self.text(&mut text, MAX_FIELD_TEXT, TextKind::CalculatorField(field));
                form.set(field, text);
            }
        }
        self.text(&mut form.rate_date, MAX_FIELD_TEXT, TextKind::CalculatorField(Field::Rate));
    }

    fn profile(&mut self, profile: &mut Profile) {
        self.text(&mut profile.business_name, MAX_SHORT_TEXT, TextKind::BusinessName);
        self.text(&mut profile.owner_name, MAX_SHORT_TEXT, TextKind::OwnerName);
        if let Some(RegionChoice::EastJava { code }) = &mut profile.region {
            self.text(code, MAX_ID_TEXT, TextKind::Region);
        }
        self.text(&mut profile.other_region, MAX_SHORT_TEXT, TextKind::OtherRegion);
        self.text(&mut profile.other_document, MAX_SHORT_TEXT, TextKind::OtherDocument);
        self.text(&mut profile.goals, MAX_LONG_TEXT, TextKind::Goals);
        for field in ContactField::ALL {
            self.text(profile.contact.get_mut(field), field.max_chars(), TextKind::Contact(field));
        }
        self.list(&mut profile.products, MAX_PRODUCTS, ListKind::Products, false);
        for product in &mut profile.products {
            self.product(product);
        }
    }

    fn product(&mut self, product: &mut Product) {
        self.text(&mut product.name, MAX_SHORT_TEXT, TextKind::ProductName);
        self.text(&mut product.description, MAX_LONG_TEXT, TextKind::ProductDescription);
        match &mut product.class {
            Some(ProductClass::Rule { id }) => self.text(id, MAX_ID_TEXT, TextKind::ProductClass),
            Some(ProductClass::Hs { code }) => self.text(code, MAX_ID_TEXT, TextKind::ProductClass),
            None => {}
        }
    }

    fn calculator(&mut self, calculator: &mut Calculator) {
        self.form(&mut calculator.form);
        self.text(&mut calculator.min_order, MAX_FIELD_TEXT, TextKind::MinOrder);
        self.list(&mut calculator.saved, MAX_SAVED_QUOTES, ListKind::SavedQuotes, true);
        for quote in &mut calculator.saved {
            self.text(&mut quote.line, MAX_SHORT_TEXT, TextKind::SavedQuote);
            self.text(&mut quote.saved_on, MAX_FIELD_TEXT, TextKind::SavedQuote);
            self.form(&mut quote.form);
            if let Some(product) = &mut quote.product {
                self.text(&mut product.name, MAX_FIELD_TEXT, TextKind::SavedQuote);
            }
            if let Some(fill) = &mut quote.fill {
                let texts = fill.moq.iter_mut().flat_map(|(a, b)| [a, b]).chain(fill.place.iter_mut());
                let texts = texts.chain(fill.price.iter_mut().flat_map(|(_, price, unit)| [price, unit]));
                for text in texts {
                    self.text(text, MAX_FIELD_TEXT, TextKind::SavedQuote);
                }
            }
        }
    }

    fn checklist(&mut self, checklist: &mut ChecklistState) {
        if checklist.ticks.keys().any(|id| id.chars().count() > MAX_ID_TEXT) {
            let ticks = std::mem::take(&mut checklist.ticks);
            for (id, tick) in ticks {
                let mut id = id;
                self.text(&mut id, MAX_ID_TEXT, TextKind::ChecklistId);
                checklist.ticks.entry(id).or_insert(tick);
            }
        }
        let found = checklist.ticks.len();
        if found > MAX_CHECKLIST_ENTRIES {
            checklist.ticks = std::mem::take(&mut checklist.ticks).into_iter().take(MAX_CHECKLIST_ENTRIES).collect();
            self.cuts.push(Cut::Items { what: ListKind::ChecklistEntries, found, kept: MAX_CHECKLIST_ENTRIES });
        }
        for tick in checklist.ticks.values_mut() {
            self.text(&mut tick.note, MAX_LONG_TEXT, TextKind::ChecklistNote);
            self.text(&mut tick.date, MAX_FIELD_TEXT, TextKind::ChecklistDate);
        }
    }

    fn market(&mut self, market: &mut MarketState) {
        self.ids(&mut market.steps, MAX_MARKET_ENTRIES, ListKind::MarketSteps);
        self.ids(&mut market.accounts, MAX_MARKET_ENTRIES, ListKind::MarketAccounts);
    }

    fn listings(&mut self, listings: &mut Listings) {
        self.list(&mut listings.drafts, MAX_LISTINGS, ListKind::Listings, false);
        if let Some(current) = listings.current {
            if !listings.drafts.iter().any(|entry| entry.id == current) {
                listings.current = listings.drafts.last().map(|entry| entry.id);
            }
        }
        for entry in &mut listings.drafts {
            let draft = &mut entry.draft;
            for field in TextField::ALL {
                let slot = draft.slot_mut(field);
                if slot.len() > MAX_DRAFT_TEXT {
                    let mut text = std::mem::take(slot);
                    self.text(&mut text, MAX_DRAFT_TEXT, TextKind::ListingField(field));
                    *draft.slot_mut(field) = text;
                }
            }
            if let Some(title) = &mut draft.title {
                self.text(title, MAX_DRAFT_TEXT, TextKind::ListingTitle);
            }
        }
        // The catalogue's choices are ids and a date: one that names no listing, or a date longer
        // than any date, can only come from an edited file and is dropped without a word (an id
        // twice is harmless: leaving it out and putting it back both see every copy).
        let drafts = &listings.drafts;
        listings.catalog.left_out.retain(|id| drafts.iter().any(|entry| entry.id == *id));
        if listings.catalog.valid_until.len() > MAX_SHORT_TEXT {
            listings.catalog.valid_until.clear();
        }
    }
}

impl Cutter {
    /// Her export documents: as many as she can make, each field as long as she can type it.
    fn documents(&mut self, documents: &mut Documents) {
        self.list(&mut documents.items, MAX_DOCUMENTS, ListKind::Documents, false);
        if documents.current.is_some_and(|id| documents.get(id).is_none()) {
            documents.current = None;
        }
        self.texts(&mut documents.letterhead, |field: DocField| field.is_block());
        for document in &mut documents.items {
            self.texts(&mut document.text, |field: DocField| field.is_block());
            self.list(&mut document.lines, MAX_LINES, ListKind::DocumentLines, false);
            self.list(&mut document.packages, MAX_PACKAGES, ListKind::DocumentPackages, false);
            for line in &mut document.lines {
                self.texts(line, |field| field == LineField::Description);
            }
            for package in &mut document.packages {
                self.texts(package, |_| false);
            }
        }
    }

    /// The facilitator's sessions and the reports they received.
    fn sessions(&mut self, sessions: &mut Sessions) {
        self.list(&mut sessions.list, MAX_SESSIONS, ListKind::Sessions, false);
        for session in &mut sessions.list {
            self.text(&mut session.id, MAX_ID_TEXT, TextKind::WorkshopId);
            for text in [&mut session.title, &mut session.date, &mut session.facilitator] {
                self.text(text, MAX_SHORT_TEXT, TextKind::SessionField);
            }
            self.text(&mut session.write_up, MAX_LONG_TEXT, TextKind::SessionBlock);
            self.list(&mut session.reports, MAX_REPORTS, ListKind::SessionReports, false);
            for report in &mut session.reports {
                self.text(&mut report.from, MAX_SHORT_TEXT, TextKind::SessionField);
                self.text(&mut report.stamp, MAX_SHORT_TEXT, TextKind::SessionField);
                self.text(&mut report.code, MAX_LONG_TEXT, TextKind::SessionBlock);
            }
        }
    }

    /// Each field of `texts` to [`MAX_BLOCK_TEXT`] where `block` says so, else [`MAX_TEXT`] (the
    /// limits the document's inputs carry).
    fn texts<F: FieldKey>(&mut self, texts: &mut Texts<F>, block: impl Fn(F) -> bool) {
        for &field in F::ALL {
            let (max, what) = if block(field) {
                (MAX_BLOCK_TEXT, TextKind::DocumentBlock)
            } else {
                (MAX_TEXT, TextKind::DocumentField)
            };
            let mut text = texts.get(field).to_string();
            if text.len() > max {
                self.text(&mut text, max, what);
                texts.set(field, text);
            }
        }
    }
}

/// A whole document cut to the limits (an import): every text, every list. What was cut is listed,
/// in the order of the document; nothing else changes.
pub fn clamp_data(mut data: AppData) -> (AppData, Vec<Cut>) {
    let mut cutter = Cutter::default();
    cutter.profile(&mut data.profile);
    cutter.calculator(&mut data.calculator);
    cutter.checklist(&mut data.checklist);
    cutter.market(&mut data.market);
    cutter.text(&mut data.workshop.comments, MAX_LONG_TEXT, TextKind::WorkshopComments);
    cutter.listings(&mut data.listings);
    cutter.documents(&mut data.documents);
    cutter.sessions(&mut data.sessions);
    cutter.text(&mut data.workshop.session, MAX_ID_TEXT, TextKind::WorkshopId);
    cutter.text(&mut data.workshop.participant, MAX_ID_TEXT, TextKind::WorkshopId);
    (data, cutter.cuts)
}

/// The calculator's form cut to the limits (a share link): each field to [`MAX_FIELD_TEXT`].
pub fn clamp_form(mut form: Form) -> (Form, Vec<Cut>) {
    let mut cutter = Cutter::default();
    cutter.form(&mut form);
    (form, cutter.cuts)
}

/// Whether a document is within every limit (what [`clamp_data`] would leave unchanged).
pub fn within_limits(data: &AppData) -> bool {
    clamp_data(data.clone()).1.is_empty()
}
