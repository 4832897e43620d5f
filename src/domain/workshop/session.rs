//! The facilitator's sessions and the reports received for each, stored on her device in the app's
//! one document (`AppData.sessions`, a field added with `#[serde(default)]`). A report is stored
//! as the code lines that came in the chat (and who sent them), not as decoded fields: the stored
//! document stays small and stable, and a code of any version is read by the same decoder that
//! read it at import.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::chat::Found;
use super::code::{self, Kind, Sheet};
use super::valid_id;
use crate::domain::change::{clamp, MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::domain::text::fold;

/// More sessions than a facilitator keeps; the oldest beyond it cannot be created.
pub const MAX_SESSIONS: usize = 50;
/// More reports than one session receives (50 participants, a report and an evaluation each,
/// several times over).
pub const MAX_REPORTS: usize = 400;

crate::code_enum! {
    /// The workshop's stages a session covers (the workshop ran in three stages, the second in two
    /// sessions).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Stage: key {
        /// The preparation sheet (the business profile).
        Preparation = "preparation",
        /// Session 1: the material.
        Material = "material",
        /// Session 2: practice, each participant reporting what she did.
        Practice = "practice",
        /// Monitoring and evaluation.
        Evaluation = "evaluation",
    }
}

/// Every session on the facilitator's device, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sessions {
    #[serde(default)]
    pub list: Vec<Session>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    #[serde(default)]
    pub title: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub facilitator: String,
    #[serde(default)]
    pub stages: BTreeSet<Stage>,
    /// The activity report she writes up afterwards (printed on A4 with the tables).
    #[serde(default)]
    pub write_up: String,
    /// The latest report and the latest evaluation of each participant.
    #[serde(default)]
    pub reports: Vec<Received>,
}

/// A code as it came in the chat.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Received {
    /// The sender as the chat names her (empty for a paste without a header).
    #[serde(default)]
    pub from: String,
    /// When the chat says it was sent, as written.
    #[serde(default)]
    pub stamp: String,
    /// The code's lines (`SE1 1/3 …`).
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionsEdit {
    /// A new session (its id made by the page from random bits), first in the list. An invalid or
    /// used id, or a full list, changes nothing.
    Create {
        id: String,
        date: String,
    },
    Title(String, String),
    Date(String, String),
    Facilitator(String, String),
    Stage(String, Stage, bool),
    WriteUp(String, String),
    /// The session's reports after an import ([`merge`]).
    Reports(String, Vec<Received>),
    /// The session and all its reports.
    Delete(String),
}

impl Sessions {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Session> {
        self.list.iter().find(|s| s.id == id)
    }

    pub fn apply(&mut self, edit: SessionsEdit) {
        match edit {
            SessionsEdit::Create { id, date } => {
                if valid_id(&id) && self.get(&id).is_none() && self.list.len() < MAX_SESSIONS {
                    self.list.insert(0, Session { id, date: clamp(date, 10), ..Session::default() });
                }
            }
            SessionsEdit::Delete(id) => self.list.retain(|s| s.id != id),
            SessionsEdit::Title(id, text) => self.with(&id, |s| s.title = clamp(text, MAX_SHORT_TEXT)),
            SessionsEdit::Date(id, text) => self.with(&id, |s| s.date = clamp(text, 10)),
            SessionsEdit::Facilitator(id, text) => self.with(&id, |s| s.facilitator = clamp(text, MAX_SHORT_TEXT)),
            SessionsEdit::Stage(id, stage, covered) => self.with(&id, |s| {
                if covered {
                    s.stages.insert(stage);
                } else {
                    s.stages.remove(&stage);
                }
            }),
            SessionsEdit::WriteUp(id, text) => self.with(&id, |s| s.write_up = clamp(text, MAX_LONG_TEXT)),
            SessionsEdit::Reports(id, mut reports) => self.with(&id, |s| {
                reports.truncate(MAX_REPORTS);
                s.reports = reports;
            }),
        }
    }

    fn with(&mut self, id: &str, change: impl FnOnce(&mut Session)) {
        if let Some(session) = self.list.iter_mut().find(|s| s.id == id) {
            change(session);
        }
    }
}

/// Who a sheet is from, for counting each participant once: her participant id when she opened
/// a session link; else her business name (ignoring case, accents and spaces); else the chat's
/// sender; else nobody known (counted on its own).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Who {
    Participant(String),
    Business(String),
    Sender(String),
    Unknown(usize),
}

pub fn who(sheet: &Sheet, sender: &str, index: usize) -> Who {
    let business: String = fold(sheet.business.trim()).filter(|c| c.is_alphanumeric()).collect();
    if !sheet.participant.is_empty() {
        Who::Participant(sheet.participant.clone())
    } else if !business.is_empty() {
        Who::Business(business)
    } else if !sender.trim().is_empty() {
        Who::Sender(sender.trim().to_string())
    } else {
        Who::Unknown(index)
    }
}

/// A stored report, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read<'a> {
    pub received: &'a Received,
    pub sheet: Sheet,
}

/// The stored reports that can be read (a stored code always could, when it was imported).
pub fn read(reports: &[Received]) -> Vec<Read<'_>> {
    reports
        .iter()
        .filter_map(|received| code::decode_text(&received.code).ok().map(|sheet| Read { received, sheet }))
        .collect()
}

/// What an import did, for the page to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Reports and evaluations read (including those that replaced an earlier one).
    pub read: usize,
    /// Of those, how many replaced an earlier one from the same participant.
    pub replaced: usize,
    /// Codes that could not be read, and codes for another session: listed, not counted.
    pub refused: Vec<Refused>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub sender: Option<String>,
    pub stamp: String,
    pub why: Why,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    Damaged(code::Damage),
    /// The participant opened another session's link.
    OtherSession(String),
}

/// Adds what was found in a chat to a session's reports. Each participant keeps her latest report
/// and her latest evaluation: the later date wins, and on the same day the later in the chat (an
/// import comes after what is stored).
pub fn merge(session: &Session, found: Vec<Found>) -> (Vec<Received>, Outcome) {
    let mut outcome = Outcome::default();
    let mut kept: Vec<(Who, Kind, String, Received)> = Vec::new();
    let mut index = 0usize;
    let mut add = |kept: &mut Vec<(Who, Kind, String, Received)>, sheet: Sheet, received: Received| -> bool {
        index += 1;
        let key = who(&sheet, &received.from, index);
        match kept.iter_mut().find(|(k, kind, _, _)| *k == key && *kind == sheet.kind) {
            Some(slot) => {
                if sheet.date >= slot.2 {
                    *slot = (key, sheet.kind, sheet.date, received);
                }
                true
            }
            None => {
                kept.push((key, sheet.kind, sheet.date, received));
                false
            }
        }
    };
    for read in read(&session.reports) {
        add(&mut kept, read.sheet, read.received.clone());
    }
    for found in found {
        let sender = found.sender.clone();
        let refuse = |why| Refused { sender: sender.clone(), stamp: found.stamp.clone(), why };
        match found.result {
            Err(damage) => outcome.refused.push(refuse(Why::Damaged(damage))),
            Ok(sheet) if !sheet.session.is_empty() && sheet.session != session.id => {
                outcome.refused.push(refuse(Why::OtherSession(sheet.session.clone())))
            }
            Ok(sheet) => {
                outcome.read += 1;
                let received = Received { from: sender.unwrap_or_default(), stamp: found.stamp, code: found.code };
                if add(&mut kept, sheet, received) {
                    outcome.replaced += 1;
                }
            }
        }
    }
    (kept.into_iter().map(|(_, _, _, received)| received).collect(), outcome)
}
