//! Document numbers: one series per kind and year, `PI-2026-001`, `CI-2026-001`, `PL-2026-001`.
//!
//! - The next number is one more than the highest of the series' counter and of the numbers of
//!   existing documents in that series, so a number the app gave out is never given again, even
//!   after its document is deleted (the counter remembers it), and a number she typed herself is
//!   skipped while its document exists (and remembered when it is deleted).
//! - She may type any number (her own series, her accountant's); a number another document
//!   already has is warned about, never refused.
//! - Three digits at least (`001`), more when the series passes 999 (`PI-2026-1000`).

use super::model::{Counter, DocField, DocKind, Documents};

/// `PI-2026-007` → (kind, 2026, 7): a number of the app's own form, read case-insensitively with
/// blanks ignored at the ends. Anything else is `None` (she may still use it).
pub fn parse_number(text: &str) -> Option<(DocKind, i32, u32)> {
    let text = text.trim().to_ascii_uppercase();
    let mut parts = text.split('-');
    let (prefix, year, seq) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || seq.is_empty() || seq.len() > 9 {
        return None;
    }
    if !year.bytes().all(|b| b.is_ascii_digit()) || !seq.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let kind = DocKind::ALL.into_iter().find(|k| k.prefix() == prefix)?;
    Some((kind, year.parse().ok()?, seq.parse().ok()?))
}

/// `PI-2026-001`.
pub fn format_number(kind: DocKind, year: i32, seq: u32) -> String {
    format!("{}-{year:04}-{seq:03}", kind.prefix())
}

/// The highest sequence number used in a series so far (0 when none).
pub fn last_used(documents: &Documents, kind: DocKind, year: i32) -> u32 {
    let counted = documents.counters.iter().filter(|c| c.kind == kind && c.year == year).map(|c| c.last).max();
    let existing = documents
        .items
        .iter()
        .filter_map(|d| parse_number(d.get(DocField::Number)))
        .filter(|(k, y, _)| *k == kind && *y == year)
        .map(|(_, _, seq)| seq)
        .max();
    counted.unwrap_or(0).max(existing.unwrap_or(0))
}

/// The number a new document of `kind` gets in `year`, and its sequence number.
pub fn next_number(documents: &Documents, kind: DocKind, year: i32) -> (String, u32) {
    let seq = last_used(documents, kind, year).saturating_add(1);
    (format_number(kind, year, seq), seq)
}

/// Records that `seq` was given out (or used) in a series, so it is never given out again.
pub fn remember(documents: &mut Documents, kind: DocKind, year: i32, seq: u32) {
    match documents.counters.iter_mut().find(|c| c.kind == kind && c.year == year) {
        Some(counter) => counter.last = counter.last.max(seq),
        None => documents.counters.push(Counter { kind, year, last: seq }),
    }
}

/// The same number, as people compare them: case and surrounding blanks ignored.
pub fn same_number(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.eq_ignore_ascii_case(b)
}

/// Another document (of any kind) already has this document's number.
pub fn is_duplicate(documents: &Documents, id: u32) -> bool {
    let Some(document) = documents.get(id) else {
        return false;
    };
    let number = document.get(DocField::Number);
    documents.items.iter().any(|other| other.id != id && same_number(other.get(DocField::Number), number))
}
