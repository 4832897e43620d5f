//! The workshop: the participant's evaluation sheet and what goes into her report to the
//! facilitator, and the facilitator's side (`#/workshop`): sessions, the machine-readable report
//! lines read back from a WhatsApp chat, the tally, the CSV and the session's QR code.

pub mod base64;
pub mod chat;
pub mod code;
pub mod csv;
pub mod qr;
pub mod session;
pub mod tally;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

crate::code_enum! {
    /// A question of the evaluation sheet, rated 1 (poor) to 5 (very good).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Question: key {
        /// The material was easy to understand.
        Clarity = "clarity",
        /// It is useful for my business.
        Usefulness = "usefulness",
        /// The facilitator explained clearly.
        Facilitator = "facilitator",
        /// I feel ready to try exporting.
        Readiness = "readiness",
    }
}

crate::code_enum! {
    /// The workshop's four obstacles to exporting, as the evaluation sheet asks about them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Obstacle: key {
        /// Foreign language (English on marketplaces and with buyers).
        Language = "language",
        /// Knowing how to market abroad.
        Marketing = "marketing",
        /// Trade rules and documents.
        Rules = "rules",
        /// Financing.
        Financing = "financing",
    }
}

pub const MIN_RATING: u8 = 1;
pub const MAX_RATING: u8 = 5;

/// Stored in the app's document under `workshop`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    #[serde(default)]
    pub ratings: BTreeMap<Question, u8>,
    #[serde(default)]
    pub comments: String,
    /// She has written her English product listing (until the listing builder records it).
    #[serde(default)]
    pub listing_written: bool,
    /// What holds her back, of the workshop's four.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub obstacles: BTreeSet<Obstacle>,
    /// The workshop session whose link she opened (`?ws=ID`); her report and evaluation carry it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub session: String,
    /// Her own random id, made once when she first opens a session link: the facilitator counts
    /// her once however often she sends, even after she renames her business.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub participant: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopEdit {
    /// A rating outside 1–5 is ignored (a file or a stray event cannot store nonsense).
    Rate(Question, u8),
    Comments(String),
    ListingWritten(bool),
    Obstacle(Obstacle, bool),
}

impl Workshop {
    pub fn apply(&mut self, edit: WorkshopEdit) {
        match edit {
            WorkshopEdit::Rate(question, rating) => {
                if (MIN_RATING..=MAX_RATING).contains(&rating) {
                    self.ratings.insert(question, rating);
                }
            }
            WorkshopEdit::Comments(text) => self.comments = super::change::clamp(text, super::change::MAX_LONG_TEXT),
            WorkshopEdit::ListingWritten(done) => self.listing_written = done,
            WorkshopEdit::Obstacle(obstacle, held_back) => {
                if held_back {
                    self.obstacles.insert(obstacle);
                } else {
                    self.obstacles.remove(&obstacle);
                }
            }
        }
    }

    /// She opened a session link (`?ws=ID`): the session is remembered; her participant id is
    /// made once (from `fresh`, a random id) and kept for every later session. An id that is not a
    /// session id (see [`valid_id`]) changes nothing.
    pub fn join(&mut self, session: &str, fresh: &str) {
        let session = session.trim().to_ascii_lowercase();
        if !valid_id(&session) {
            return;
        }
        self.session = session;
        if !valid_id(&self.participant) && valid_id(fresh) {
            self.participant = fresh.to_string();
        }
    }

    /// The rating, if it is a valid one.
    pub fn rating(&self, question: Question) -> Option<u8> {
        self.ratings.get(&question).copied().filter(|r| (MIN_RATING..=MAX_RATING).contains(r))
    }
}

/// A session or participant id: 4 to 16 lowercase letters and digits (what the app makes is 8
/// characters of base 32). Anything else in a link or a report is refused.
pub fn valid_id(id: &str) -> bool {
    (4..=16).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// An 8-character id from 40 random bits (the browser supplies them): letters and digits without
/// the easily confused i, l, o and u.
pub fn make_id(random: u64) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    (0..8).map(|i| ALPHABET.get(((random >> (i * 5)) & 31) as usize).map_or('0', |b| char::from(*b))).collect()
}
