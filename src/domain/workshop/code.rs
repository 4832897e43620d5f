//! The machine-readable part of a participant's report and evaluation (DESIGN.md, "Contracts": a
//! versioned line the workshop page reads back from a pasted WhatsApp chat; old versions stay
//! readable). `docs/workshop.md` describes the format; in short, version 1 is
//!
//! ```text
//! SE1 1/3 eyJrIjoiciIsImIiOiJVRCBLb3BpIElqZW4iLCJj…
//! SE1 2/3 …
//! SE1 3/3 …
//! ```
//!
//! `SE` and the version, the part's number and the number of parts, then 60 characters of base64
//! (standard alphabet, no padding: no `_`, `*`, `~` or backtick, which WhatsApp turns into
//! formatting) of the sheet as compact JSON followed by a 4-byte checksum. Every line is at most
//! 70 characters; the whole code at most [`MAX_CODE_CHARS`].

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{base64, valid_id, Obstacle, Question, MAX_RATING};
use crate::domain::model::HeldDocument;

/// What starts every line of a code: `SE` and the version.
pub const MARK: &str = "SE";
/// The version this build writes. History: 1, the first.
pub const VERSION: u32 = 1;
/// Base64 characters per line: with `SE1 12/20 ` in front, a line stays within 70 characters.
pub const CHUNK: usize = 60;
/// Longest line of a code.
pub const MAX_LINE: usize = 70;
/// The whole code, all lines and their line breaks, stays under this.
pub const MAX_CODE_CHARS: usize = 1900;

/// Which sheet a code carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// The report to the facilitator (her progress).
    #[default]
    #[serde(rename = "r")]
    Report,
    /// The evaluation sheet.
    #[serde(rename = "e")]
    Evaluation,
}

/// What the classification tool says of a product, as the code carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProductStatus {
    #[serde(rename = "f")]
    Free,
    #[serde(rename = "r")]
    Restricted,
    #[serde(rename = "p")]
    Prohibited,
    /// An HS code no rule covers: presumed free.
    #[serde(rename = "h")]
    PresumedFree,
    #[serde(rename = "n")]
    NotChecked,
}

impl ProductStatus {
    pub const ALL: [ProductStatus; 5] = [
        ProductStatus::Free,
        ProductStatus::Restricted,
        ProductStatus::Prohibited,
        ProductStatus::PresumedFree,
        ProductStatus::NotChecked,
    ];
}

/// A participant's report or evaluation as the facilitator receives it. Field names are short in
/// JSON to keep the code small; empty fields are left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    #[serde(rename = "k")]
    pub kind: Kind,
    /// The session whose link she opened, if any.
    #[serde(rename = "ws", default, skip_serializing_if = "String::is_empty")]
    pub session: String,
    /// Her participant id, if she opened a session link.
    #[serde(rename = "p", default, skip_serializing_if = "String::is_empty")]
    pub participant: String,
    /// The day the sheet was made, `YYYY-MM-DD` (her phone's clock).
    #[serde(rename = "d", default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(rename = "b", default, skip_serializing_if = "String::is_empty")]
    pub business: String,
    #[serde(rename = "o", default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// An East Java regency or city code (`3510`), or `x` for another province.
    #[serde(rename = "g", default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(rename = "pr", default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<(String, ProductStatus)>,
    #[serde(rename = "doc", default, skip_serializing_if = "BTreeSet::is_empty")]
    pub papers: BTreeSet<HeldDocument>,
    /// Checklist progress: done, total.
    #[serde(rename = "c", default, skip_serializing_if = "is_zero_pair")]
    pub progress: (u32, u32),
    /// Marketplaces where she has an account, by name.
    #[serde(rename = "acc", default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<String>,
    /// English listings written.
    #[serde(rename = "l", default, skip_serializing_if = "is_zero")]
    pub listings: u32,
    /// Ratings in [`Question::ALL`] order, 1–5, 0 for not rated.
    #[serde(rename = "r", default, skip_serializing_if = "is_unrated")]
    pub ratings: [u8; 4],
    #[serde(rename = "ob", default, skip_serializing_if = "BTreeSet::is_empty")]
    pub obstacles: BTreeSet<Obstacle>,
    #[serde(rename = "cm", default, skip_serializing_if = "String::is_empty")]
    pub comments: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_zero_pair(pair: &(u32, u32)) -> bool {
    *pair == (0, 0)
}

fn is_unrated(ratings: &[u8; 4]) -> bool {
    ratings.iter().all(|r| *r == 0)
}

impl Sheet {
    /// The rating of `question`, if she gave one.
    pub fn rating(&self, question: Question) -> Option<u8> {
        let index = Question::ALL.iter().position(|q| *q == question)?;
        self.ratings.get(index).copied().filter(|r| (1..=MAX_RATING).contains(r))
    }

    /// Checks what a code could carry but the app never writes.
    fn check(&self) -> Result<(), Damage> {
        let ok = self.ratings.iter().all(|r| *r <= MAX_RATING)
            && self.progress.0 <= self.progress.1
            && (self.session.is_empty() || valid_id(&self.session))
            && (self.participant.is_empty() || valid_id(&self.participant));
        if ok {
            Ok(())
        } else {
            Err(Damage::Unreadable)
        }
    }
}

/// Why a code could not be read. Each has its own explanation on the workshop page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Lines are missing (`got` of `total` arrived), or came out of order.
    Incomplete { got: u32, total: u32 },
    /// A line holds characters a code never has (edited, or mangled on the way).
    Changed,
    /// The checksum does not match: a character was changed.
    Checksum,
    /// The content is not a sheet this version knows (a hand-edited code).
    Unreadable,
    /// Made by a newer version of the app: update the app to read it.
    Newer { version: u32 },
}

/// The lines of the code for `sheet`, fitted to [`MAX_CODE_CHARS`]: comments are shortened first,
/// then products and accounts dropped from the end, then names shortened.
pub fn encode(sheet: &Sheet) -> Vec<String> {
    let mut sheet = sheet.clone();
    loop {
        let lines = encode_exact(&sheet);
        if code_chars(&lines) <= MAX_CODE_CHARS || !shrink(&mut sheet) {
            return lines;
        }
    }
}

/// The characters of a code's lines with their line breaks.
pub fn code_chars(lines: &[String]) -> usize {
    lines.iter().map(|l| l.chars().count() + 1).sum()
}

fn encode_exact(sheet: &Sheet) -> Vec<String> {
    let mut bytes = serde_json::to_vec(sheet).unwrap_or_default();
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    let text = base64::encode(&bytes);
    let chunks: Vec<&str> = text.as_bytes().chunks(CHUNK).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    let total = chunks.len();
    chunks.iter().enumerate().map(|(i, chunk)| format!("{MARK}{VERSION} {}/{total} {chunk}", i + 1)).collect()
}

/// One step smaller; `false` when nothing is left to shrink.
fn shrink(sheet: &mut Sheet) -> bool {
    let cut = |text: &mut String, keep: usize| {
        let chars = text.chars().count();
        if chars > keep {
            *text = text.chars().take(keep.max(chars / 2)).collect();
            true
        } else {
            false
        }
    };
    if cut(&mut sheet.comments, 0) {
        return true;
    }
    if sheet.products.len() > 3 {
        sheet.products.pop();
        return true;
    }
    if sheet.accounts.len() > 3 {
        sheet.accounts.pop();
        return true;
    }
    for text in [&mut sheet.business, &mut sheet.owner] {
        if cut(text, 40) {
            return true;
        }
    }
    for (name, _) in &mut sheet.products {
        if cut(name, 24) {
            return true;
        }
    }
    for name in &mut sheet.accounts {
        if cut(name, 24) {
            return true;
        }
    }
    if sheet.products.pop().is_some() || sheet.accounts.pop().is_some() {
        return true;
    }
    false
}

/// FNV-1a, 32 bits: catches a changed character; not a signature.
fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |hash, b| (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

/// One line of a code, as found in a line of text: the version, the part's number, the number of
/// parts and the characters after them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLine<'a> {
    pub version: u32,
    pub part: u32,
    pub total: u32,
    pub chunk: &'a str,
}

/// Finds a code line in a line of text. It may follow a chat export's date and sender
/// (`12/03/24 14.05 - Siti: SE1 1/3 …`); trailing spaces and marks are ignored.
pub fn find_line(line: &str) -> Option<CodeLine<'_>> {
    let mut rest = line;
    loop {
        let at = rest.find(MARK)?;
        let before = rest.get(..at).and_then(|b| b.chars().last());
        let candidate = rest.get(at..).unwrap_or_default();
        if before.is_none_or(|c| c.is_whitespace() || matches!(c, ':' | '\u{200e}' | '\u{200f}' | '\u{feff}')) {
            if let Some(found) = parse_line(candidate) {
                return Some(found);
            }
        }
        rest = rest.get(at + MARK.len()..)?;
    }
}

fn parse_line(text: &str) -> Option<CodeLine<'_>> {
    let text = text.strip_prefix(MARK)?;
    let (version, rest) = text.split_once(' ')?;
    let (parts, rest) = rest.trim_start().split_once(' ')?;
    let (part, total) = parts.split_once('/')?;
    let number = |s: &str| -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            s.parse().ok()
        }
    };
    let (version, part, total) = (number(version)?, number(part)?, number(total)?);
    if version == 0 || part == 0 || part > total {
        return None;
    }
    // What follows the characters (an iPhone export's "<This message was edited>") is not code.
    let chunk = rest.split_whitespace().next().unwrap_or_default().trim_end_matches(['\u{200e}', '\u{200f}']);
    Some(CodeLine { version, part, total, chunk })
}

/// Reads a code from its lines, in order (as [`find_line`] found them).
pub fn decode(lines: &[CodeLine]) -> Result<Sheet, Damage> {
    let first = lines.first().ok_or(Damage::Incomplete { got: 0, total: 1 })?;
    if first.version > VERSION {
        return Err(Damage::Newer { version: first.version });
    }
    let total = first.total;
    let in_order = lines.iter().zip(1u32..).all(|(line, n)| line.part == n && line.total == total);
    let got = u32::try_from(lines.len()).unwrap_or(u32::MAX);
    if !in_order || got != total {
        return Err(Damage::Incomplete { got: got.min(total), total });
    }
    // Version 1 is the only version so far; a later one adds its arm here and keeps this one.
    decode_v1(lines)
}

fn decode_v1(lines: &[CodeLine]) -> Result<Sheet, Damage> {
    let text: String = lines.iter().map(|l| l.chunk).collect();
    let bytes = base64::decode(&text).ok_or(Damage::Changed)?;
    let split = bytes.len().checked_sub(4).ok_or(Damage::Changed)?;
    let (json, sum) = bytes.split_at(split);
    let sum: [u8; 4] = sum.try_into().map_err(|_| Damage::Changed)?;
    if checksum(json) != u32::from_be_bytes(sum) {
        return Err(Damage::Checksum);
    }
    let sheet: Sheet = serde_json::from_slice(json).map_err(|_| Damage::Unreadable)?;
    sheet.check()?;
    Ok(sheet)
}

/// Reads a code from text holding its lines (a test helper, and what a single pasted code is).
pub fn decode_text(text: &str) -> Result<Sheet, Damage> {
    let lines: Vec<CodeLine> = text.lines().filter_map(find_line).collect();
    decode(&lines)
}
