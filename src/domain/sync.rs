//! One document, several tabs: the installed app and a browser tab opened from a chat link are open
//! at once as a matter of course. Each tab holds her document in memory and saves all of it; this
//! module decides what a tab does when the stored document is not the one it last read or wrote.
//!
//! - Every save is stamped (`model::Revision`): a number one above the revision it replaced, and
//!   the fingerprint of the stored text it replaced (`based_on`).
//! - A tab knows what it last read, wrote or took in ([`Known`]). When the stored text is another
//!   (the browser's `storage` event, or a check before each write), the tab settles with it here:
//!   a document made from what this tab knew holds everything this tab stored, so the two are
//!   merged part by part (what only one side changed is taken from that side); a document that
//!   was not made from it has overwritten this tab's save without seeing it.
//! - Nothing is dropped: when both sides changed the same part, or the other document did not see
//!   this tab's save, this tab's version stays in use and the other is kept aside whole (a
//!   recovery copy the app announces), never silently replaced.

use super::model::AppData;

/// FNV-1a over the text's UTF-8 bytes: what identifies one stored text among the saves of a few
/// tabs (not a defence against anyone; the text is hers).
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// A fingerprint as stored in `revision.based_on`: 16 lowercase hex digits.
pub fn fingerprint_hex(fingerprint: u64) -> String {
    format!("{fingerprint:016x}")
}

/// What a tab knows is stored: what it last read, wrote or took in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Known {
    /// The stored text's fingerprint; `None` when nothing was stored.
    pub fingerprint: Option<u64>,
    /// Its revision number.
    pub number: u64,
    /// What it holds.
    pub data: AppData,
}

impl Known {
    /// The stamp for the next save when the stored text is `replacing` (a fingerprint) with
    /// revision `number`: one above both that and what this tab knew.
    pub fn next(&self, replacing: Option<u64>, number: u64) -> super::model::Revision {
        super::model::Revision {
            number: self.number.max(number).saturating_add(1),
            based_on: replacing.map(fingerprint_hex).unwrap_or_default(),
        }
    }
}

/// A top-level part of the document: the unit of a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Settings,
    Profile,
    Calculator,
    Checklist,
    Market,
    Workshop,
    Listings,
    Documents,
    Sessions,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Settings,
        Section::Profile,
        Section::Calculator,
        Section::Checklist,
        Section::Market,
        Section::Workshop,
        Section::Listings,
        Section::Documents,
        Section::Sessions,
    ];

    fn same(self, a: &AppData, b: &AppData) -> bool {
        match self {
            Section::Settings => a.settings == b.settings,
            Section::Profile => a.profile == b.profile,
            Section::Calculator => a.calculator == b.calculator,
            Section::Checklist => a.checklist == b.checklist,
            Section::Market => a.market == b.market,
            Section::Workshop => a.workshop == b.workshop,
            Section::Listings => a.listings == b.listings,
            Section::Documents => a.documents == b.documents,
            Section::Sessions => a.sessions == b.sessions,
        }
    }

    fn take(self, into: &mut AppData, from: &AppData) {
        match self {
            Section::Settings => into.settings = from.settings.clone(),
            Section::Profile => into.profile = from.profile.clone(),
            Section::Calculator => into.calculator = from.calculator.clone(),
            Section::Checklist => into.checklist = from.checklist.clone(),
            Section::Market => into.market = from.market.clone(),
            Section::Workshop => into.workshop = from.workshop.clone(),
            Section::Listings => into.listings = from.listings.clone(),
            Section::Documents => into.documents = from.documents.clone(),
            Section::Sessions => into.sessions = from.sessions.clone(),
        }
    }
}

/// Every part of the document is a [`Section`]: a field added to [`AppData`] stops this from
/// compiling until it is given a section (else two tabs would silently drop each other's edits of it).
#[allow(dead_code)]
fn every_part_is_a_section(data: &AppData) {
    let AppData {
        app: _,
        schema_version: _,
        revision: _,
        settings: _,
        profile: _,
        calculator: _,
        checklist: _,
        market: _,
        workshop: _,
        listings: _,
        documents: _,
        sessions: _,
    } = data;
}

/// What a tab does with another tab's document.
#[derive(Clone, Debug, PartialEq)]
pub struct Settled {
    /// What the tab shows from now on.
    pub data: AppData,
    /// `data` must be written (it is not the stored document).
    pub write: bool,
    /// The other document must be kept aside, whole, before `data` is written: both changed the
    /// same part ([`Settled::conflicts`]), or it was written without seeing this tab's save.
    pub keep_theirs: bool,
    /// The parts both sides changed; this tab's version of each is the one in `data`.
    pub conflicts: Vec<Section>,
}

/// Whether `theirs` was made from the document this tab knows (so it holds everything this tab
/// stored): it says so by fingerprint, or this tab knew of nothing stored, or it holds the same.
pub fn based_on_known(known: &Known, theirs: &AppData) -> bool {
    match known.fingerprint {
        None => true,
        Some(fingerprint) => theirs.revision.based_on == fingerprint_hex(fingerprint) || *theirs == known.data,
    }
}

/// Settles this tab's document (`mine`: what it shows, saved or not) with the stored one
/// (`theirs`), given what this tab knew was stored.
pub fn settle(known: &Known, mine: &AppData, theirs: &AppData) -> Settled {
    if mine == theirs {
        return Settled { data: theirs.clone(), write: false, keep_theirs: false, conflicts: Vec::new() };
    }
    if !based_on_known(known, theirs) {
        return Settled { data: mine.clone(), write: true, keep_theirs: true, conflicts: Vec::new() };
    }
    let base = &known.data;
    let mut data = mine.clone();
    let mut conflicts = Vec::new();
    for section in Section::ALL {
        if section.same(mine, theirs) || section.same(theirs, base) {
            continue;
        }
        if section.same(mine, base) {
            section.take(&mut data, theirs);
        } else {
            conflicts.push(section);
        }
    }
    let write = data != *theirs;
    Settled { data, write, keep_theirs: !conflicts.is_empty(), conflicts }
}
