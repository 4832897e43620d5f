//! Every edit of the documents, applied by [`Documents::apply`] (called from the pure
//! `change::apply`), with the limits that keep the stored data small.

use super::model::{DocField, Document, Documents, Line, LineField, Package, PackageField};
use super::numbering::{next_number, parse_number, remember};
use crate::domain::change::clamp;
use crate::domain::incoterms::Incoterm;
use crate::domain::money::Currency;

use super::dates::parse_date;

/// More documents than a first year of exporting produces; keeps the stored data small.
pub const MAX_DOCUMENTS: usize = 60;
/// Lines of goods on one document.
pub const MAX_LINES: usize = 40;
/// Package rows on one packing list.
pub const MAX_PACKAGES: usize = 20;
/// A one-line field: names, numbers, places. The inputs carry the same `maxlength`.
pub const MAX_TEXT: usize = 200;
/// Addresses, payment terms, shipping marks, descriptions of goods.
pub const MAX_BLOCK_TEXT: usize = 600;

/// Every edit. A new document is made by [`super::start`] (blank, from a quote, a listing or
/// another document: [`super::start::new_document`], [`super::start::derive_edit`],
/// [`super::start::duplicate_edit`]) and handed in whole, so the code that fills it stays out of
/// the reducer, which the app's first download carries.
#[derive(Clone, Debug, PartialEq)]
pub enum DocumentsEdit {
    /// A new document: it gets its id and the next number of its series (by the year of `today`,
    /// `YYYY-MM-DD` from the device) and opens in the editor.
    Insert {
        document: Box<Document>,
        today: String,
    },
    Delete(u32),
    Open(u32),
    /// Back to the list.
    Close,
    /// Edits of the open document.
    Text(DocField, String),
    Currency(Currency),
    Incoterm(Option<Incoterm>),
    AddLine,
    RemoveLine(usize),
    Line(usize, LineField, String),
    AddPackage,
    RemovePackage(usize),
    Package(usize, PackageField, String),
}

fn limit(field_is_block: bool) -> usize {
    if field_is_block {
        MAX_BLOCK_TEXT
    } else {
        MAX_TEXT
    }
}

impl Documents {
    pub fn apply(&mut self, edit: DocumentsEdit) {
        match edit {
            DocumentsEdit::Insert { document, today } => self.insert(*document, &today),
            DocumentsEdit::Delete(id) => {
                if let Some(gone) = self.get(id) {
                    // Her own number in the app's form is remembered too: never given out again.
                    if let Some((kind, year, seq)) = parse_number(gone.get(DocField::Number)) {
                        remember(self, kind, year, seq);
                    }
                }
                self.items.retain(|d| d.id != id);
                if self.current == Some(id) {
                    self.current = None;
                }
            }
            DocumentsEdit::Open(id) => {
                if self.get(id).is_some() {
                    self.current = Some(id);
                }
            }
            DocumentsEdit::Close => self.current = None,
            DocumentsEdit::Text(field, text) => {
                let text = clamp(text, limit(field.is_block()));
                if field.is_letterhead() {
                    self.letterhead.set(field, text.clone());
                }
                if let Some(document) = self.current_mut() {
                    document.set(field, text);
                }
            }
            DocumentsEdit::Currency(currency) => {
                if let Some(document) = self.current_mut() {
                    document.currency = currency;
                }
            }
            DocumentsEdit::Incoterm(rule) => {
                if let Some(document) = self.current_mut() {
                    document.incoterm = rule;
                }
            }
            DocumentsEdit::AddLine => {
                if let Some(document) = self.current_mut().filter(|d| d.lines.len() < MAX_LINES) {
                    // A new line repeats the last one's unit and HS code: usually the same goods.
                    let last = document.lines.last();
                    let repeated = |field| last.map_or("", |l: &Line| l.get(field));
                    let line = Line::with(&[
                        (LineField::Unit, repeated(LineField::Unit)),
                        (LineField::Hs, repeated(LineField::Hs)),
                    ]);
                    document.lines.push(line);
                }
            }
            DocumentsEdit::RemoveLine(index) => {
                if let Some(document) = self.current_mut().filter(|d| index < d.lines.len()) {
                    document.lines.remove(index);
                }
            }
            DocumentsEdit::Line(index, field, text) => {
                let max = if field == LineField::Description { MAX_BLOCK_TEXT } else { MAX_TEXT };
                if let Some(line) = self.current_mut().and_then(|d| d.lines.get_mut(index)) {
                    line.set(field, clamp(text, max));
                }
            }
            DocumentsEdit::AddPackage => {
                if let Some(document) = self.current_mut().filter(|d| d.packages.len() < MAX_PACKAGES) {
                    let kind =
                        document.packages.last().map(|p| p.get(PackageField::Kind).to_string()).unwrap_or_default();
                    document.packages.push(Package::with(&[(PackageField::Kind, &kind)]));
                }
            }
            DocumentsEdit::RemovePackage(index) => {
                if let Some(document) = self.current_mut().filter(|d| index < d.packages.len()) {
                    document.packages.remove(index);
                }
            }
            DocumentsEdit::Package(index, field, text) => {
                if let Some(package) = self.current_mut().and_then(|d| d.packages.get_mut(index)) {
                    package.set(field, clamp(text, MAX_TEXT));
                }
            }
        }
    }

    /// Gives a new document its id and the next number of its series (by the year of `today`),
    /// and opens it. Nothing happens at [`MAX_DOCUMENTS`].
    fn insert(&mut self, mut document: Document, today: &str) {
        if self.items.len() >= MAX_DOCUMENTS {
            return;
        }
        let id = self.next_id.max(self.items.iter().map(|d| d.id.saturating_add(1)).max().unwrap_or(0));
        let year = parse_date(today).map(|d| d.year).unwrap_or(0);
        let (number, seq) = next_number(self, document.kind, year);
        remember(self, document.kind, year, seq);
        document.id = id;
        document.set(DocField::Number, number);
        self.items.push(document);
        self.current = Some(id);
        self.next_id = id.saturating_add(1);
    }

    fn current_mut(&mut self) -> Option<&mut Document> {
        let id = self.current?;
        self.items.iter_mut().find(|d| d.id == id)
    }

    /// Repairs what a hand-edited backup could make inconsistent: repeated ids, a stale id
    /// counter, an open document that does not exist.
    pub fn normalise(&mut self) {
        let mut seen = std::collections::BTreeSet::new();
        self.items.retain(|d| seen.insert(d.id));
        let past_max = self.items.iter().map(|d| d.id.saturating_add(1)).max().unwrap_or(0);
        self.next_id = self.next_id.max(past_max);
        if self.current.is_some_and(|id| self.get(id).is_none()) {
            self.current = None;
        }
    }
}
