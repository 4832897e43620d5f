//! The workshop's evaluation sheet and what goes into the report to the facilitator.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A question of the evaluation sheet, rated 1 (poor) to 5 (very good).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// The material was easy to understand.
    Clarity,
    /// It is useful for my business.
    Usefulness,
    /// The facilitator explained clearly.
    Facilitator,
    /// I feel ready to try exporting.
    Readiness,
}

impl Question {
    pub const ALL: [Question; 4] =
        [Question::Clarity, Question::Usefulness, Question::Facilitator, Question::Readiness];

    pub fn key(self) -> &'static str {
        match self {
            Question::Clarity => "clarity",
            Question::Usefulness => "usefulness",
            Question::Facilitator => "facilitator",
            Question::Readiness => "readiness",
        }
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
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopEdit {
    /// A rating outside 1–5 is ignored (a file or a stray event cannot store nonsense).
    Rate(Question, u8),
    Comments(String),
    ListingWritten(bool),
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
        }
    }

    /// The rating, if it is a valid one.
    pub fn rating(&self, question: Question) -> Option<u8> {
        self.ratings.get(&question).copied().filter(|r| (MIN_RATING..=MAX_RATING).contains(r))
    }
}
