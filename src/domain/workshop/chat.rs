//! Reading a WhatsApp chat: what the facilitator pastes (one or many messages, copied from the
//! chat) or the `.txt` of WhatsApp's "Export chat", from Android or iPhone, in Indonesian or English.
//!
//! The formats read (fixtures in `tests/fixtures/whatsapp-*.txt`):
//!
//! ```text
//! 03/12/24 14.05 - Siti Aminah: pesan            Android, Indonesian
//! 12/3/24, 2:05 PM - Siti Aminah: message        Android, English (US)
//! 03/12/2024, 14:05 - Siti Aminah: message       Android, English (24 hours)
//! [03/12/24 14.05.33] Siti Aminah: pesan         iPhone, Indonesian
//! [12/3/24, 2:05:33 PM] Siti Aminah: message     iPhone, English
//! ```
//!
//! A line that starts with a date and time starts a message; every other line continues the one
//! before (messages span lines). Lines before the first such line (a paste of one message's text)
//! are a message without a sender. Dates are not interpreted: day and month order differ between
//! phones, and the chat is already in order.

use super::code::{self, CodeLine, Damage, Sheet};

/// One message of a chat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message<'a> {
    /// The sender's name or number as the chat shows it; `None` for the chat's own notices and for
    /// pasted text without a header.
    pub sender: Option<&'a str>,
    /// The date and time as written (`03/12/24 14.05`), empty without a header.
    pub stamp: &'a str,
    pub lines: Vec<&'a str>,
}

/// Splits a chat into messages.
pub fn messages(text: &str) -> Vec<Message<'_>> {
    let mut out: Vec<Message> = Vec::new();
    for line in text.lines() {
        match header(line) {
            Some((stamp, rest)) => {
                let (sender, first) = match rest.split_once(": ") {
                    Some((sender, first)) if !sender.trim().is_empty() => (Some(sender.trim()), first),
                    _ => (None, rest),
                };
                out.push(Message { sender, stamp, lines: vec![first] });
            }
            None => match out.last_mut() {
                Some(message) => message.lines.push(line),
                None => out.push(Message { sender: None, stamp: "", lines: vec![line] }),
            },
        }
    }
    out
}

/// The header of a message line: its date and time, and what follows (`Sender: text`).
fn header(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start_matches(['\u{200e}', '\u{200f}', '\u{feff}', ' ']);
    if let Some(inner) = line.strip_prefix('[') {
        let (stamp, rest) = inner.split_once(']')?;
        return is_stamp(stamp).then(|| (stamp.trim(), rest.trim_start_matches(['\u{200e}', ' '])));
    }
    let (stamp, rest) = line.split_once(" - ")?;
    is_stamp(stamp).then_some((stamp.trim(), rest))
}

/// `03/12/24 14.05`, `12/3/24, 2:05 PM`, `03.12.2024, 14:05:33`, with the narrow no-break space
/// newer phones put before AM/PM.
fn is_stamp(text: &str) -> bool {
    let text = text.trim();
    let Some((date, time)) = text.split_once([',', ' ']) else { return false };
    let date_ok = {
        let parts: Vec<&str> = date.split(['/', '.', '-']).collect();
        parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    if !date_ok {
        return false;
    }
    let time = time.trim_start_matches([',', ' ', '\u{a0}', '\u{202f}']);
    let digits_end = time.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).unwrap_or(time.len());
    let (clock, marker) = time.split_at(digits_end);
    let clock = clock.trim_end_matches('.');
    let groups: Vec<&str> = clock.split([':', '.']).collect();
    let clock_ok = (2..=3).contains(&groups.len())
        && groups.iter().all(|g| (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let marker = marker.trim_matches([' ', '\u{a0}', '\u{202f}']);
    clock_ok && marker.len() <= 6 && marker.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// A code found in a chat: who sent it, when, and what it says or why it could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub sender: Option<String>,
    pub stamp: String,
    pub result: Result<Sheet, Damage>,
    /// Its lines as found, one per line (what the facilitator's device stores).
    pub code: String,
}

/// Every code in a chat or a paste, in order. Messages without a code are left out.
pub fn codes(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for message in messages(text) {
        let mut current: Vec<CodeLine> = Vec::new();
        for line in &message.lines {
            let Some(next) = code::find_line(line) else { continue };
            let continues = current.last().is_some_and(|last| {
                next.part == last.part + 1 && next.total == last.total && next.version == last.version
            });
            if !continues && !current.is_empty() {
                found.push(read(&message, std::mem::take(&mut current)));
            }
            let complete = next.part == next.total;
            current.push(next);
            if complete {
                found.push(read(&message, std::mem::take(&mut current)));
            }
        }
        if !current.is_empty() {
            found.push(read(&message, current));
        }
    }
    found
}

fn read(message: &Message, lines: Vec<CodeLine>) -> Found {
    let code = lines
        .iter()
        .map(|l| format!("{}{} {}/{} {}", code::MARK, l.version, l.part, l.total, l.chunk))
        .collect::<Vec<_>>()
        .join("\n");
    Found {
        sender: message.sender.map(str::to_string),
        stamp: message.stamp.to_string(),
        result: code::decode(&lines),
        code,
    }
}
