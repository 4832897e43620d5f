//! The only module that touches the browser's localStorage.
//!
//! - One versioned JSON document under [`DATA_KEY`]; every key starts with `siap-ekspor`.
//! - Storage is reached through `window.localStorage` as a `Result<Option<_>>` and read at once,
//!   because it throws when blocked (sandboxed or third-party iframe, private modes): then the app
//!   runs from memory and says so. No write at start-up: a storage that can be read but not written
//!   (full, or a private mode's quota of zero) is used all the same, and each save reports its own
//!   failure; a probe write (until 2026-12-03) never changed that outcome, and cost every start a
//!   write and a removal (about 10 ms at 4x CPU) and every other open tab a `storage` event.
//! - Damaged or unreadable data is never dropped: the raw text is copied under a
//!   `siap-ekspor:recovered:<time>` key and the app starts empty and says so. If even that copy
//!   cannot be written, the original key is left alone and saving is held back until she discards
//!   it, so nothing overwrites it.
//! - A document written by a newer version of the app is never written over: saving is held back
//!   until she reloads (which brings the newer version) or chooses to keep it aside as a copy.
//! - A failed `setItem` (quota) is reported; what is in memory is kept.
//! - Several tabs: the store knows which stored text it last read, wrote or took in
//!   ([`Known`]). Before every write, and whenever another tab writes (the `storage` event, which
//!   the shell follows), it compares the stored text with that; if another tab wrote, it settles
//!   with it (`domain::sync`): takes it in, merges, or keeps the other version as a copy.
//! - Reading and writing the JSON is the `Persist` part's (`crate::parts`): this module takes its
//!   functions as arguments and never names the codec, so the codec stays out of the main module.
//! - If a stored document cannot be read yet (the codec part could not be fetched), the document is
//!   left untouched and saving is held back, exactly as for damage that could not be copied away.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::model::AppData;
use crate::domain::persist::DecodeError;
use crate::domain::storage_status::{
    copy_kind, RecoveredCopy, SaveState, StorageHealth, StorageMode, NEWER_COPY_SUFFIX, TAB_COPY_SUFFIX,
};
use crate::domain::sync::{self, fingerprint, Known};
use crate::parts::Persist;

#[wasm_bindgen]
extern "C" {
    /// `localStorage`, for the two calls that keep her document as the browser's string.
    type PageStorage;

    /// `getItem`, left as the browser's string: compared with the text this tab knows in the page
    /// (`===`), so a save does not copy her whole document into the wasm to check it.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_value(this: &PageStorage, key: &str) -> Result<JsValue, JsValue>;

    /// `setItem` with a string already in the page (kept as the text this tab knows).
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_value(this: &PageStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

fn page(storage: &web_sys::Storage) -> &PageStorage {
    storage.unchecked_ref()
}

pub const KEY_PREFIX: &str = "siap-ekspor";
pub const DATA_KEY: &str = "siap-ekspor:data";
pub const RECOVERED_PREFIX: &str = "siap-ekspor:recovered:";
const PROBE_KEY: &str = "siap-ekspor:probe";

/// A handle on localStorage, or on nothing when storage is blocked.
pub struct Store {
    storage: Option<web_sys::Storage>,
    /// Whether, and why, the document under [`DATA_KEY`] must not be overwritten.
    hold: Cell<Hold>,
    /// Bytes of this app's keys other than [`DATA_KEY`] (recovered copies), UTF-16 as counted.
    other_bytes: Cell<usize>,
    /// Bytes of [`DATA_KEY`] as last read or written.
    data_bytes: Cell<usize>,
    /// The stored document as this tab last read, wrote or took it in.
    known: RefCell<Known>,
    /// What the app shows now, when it is not `known.data` yet (a save not done, or failed).
    pending: RefCell<Option<AppData>>,
    /// The stored text as this tab last read, wrote or took it in (`null` for nothing).
    known_text: RefCell<JsValue>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Why saving is held back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hold {
    No,
    /// Damaged data could not be copied away: it stays under the data key until she discards it.
    Damaged,
    /// The document could not be read yet (the codec part could not be fetched): a reload reads it.
    Unread,
    /// A newer version of the app wrote the document (its schema): never written over.
    Newer(u32),
}

/// What was found on start-up: the stored document's text, not yet read.
pub struct Opened {
    pub raw: Option<String>,
    pub health: StorageHealth,
}

/// What a save, or a look at another tab's save, came to.
#[derive(Clone, Debug, PartialEq)]
pub struct Synced {
    pub save: SaveState,
    /// What the app must show from now on: another tab's document taken in, or merged with hers.
    pub show: Option<AppData>,
    /// A copy was kept aside (or the list of copies changed otherwise): the notices must refresh.
    pub copies_changed: bool,
}

impl Synced {
    fn saved() -> Synced {
        Synced { save: SaveState::Saved, show: None, copies_changed: false }
    }

    fn failed() -> Synced {
        Synced { save: SaveState::Failed, show: None, copies_changed: false }
    }
}

impl Opened {
    /// Her document, read with the codec and migrated. Damage is never dropped: the text is copied
    /// to a recovery key (or, if that fails, left in place with saving held back) and the app
    /// starts empty; a newer version's document is left in place and saving held back; without
    /// the codec (its part could not be fetched) the document is left exactly as it is and saving
    /// is held back until a reload can read it.
    pub fn read(self, store: &Store, codec: Option<Persist>) -> (AppData, StorageHealth) {
        match (&self.raw, codec) {
            (Some(_), Some(codec)) => (codec.read)(self, store, codec),
            (Some(_), None) => {
                store.hold_unread();
                (AppData::default(), store.health_after_reading(self.health))
            }
            (None, _) => (AppData::default(), self.health),
        }
    }

    /// [`Opened::read`] with the codec: reached through it (`Persist::read`), so that the copy of
    /// her document the store keeps is made in the codec's part, not in the main module.
    pub fn read_with(self, store: &Store, codec: Persist) -> (AppData, StorageHealth) {
        let Some(raw) = self.raw else { return (AppData::default(), self.health) };
        let data = match (codec.decode)(&raw) {
            Ok(data) => {
                store.known.replace(Known {
                    fingerprint: Some(fingerprint(&raw)),
                    number: data.revision.number,
                    data: data.clone(),
                });
                data
            }
            Err(DecodeError::NewerSchema { found }) => {
                store.hold_newer(found);
                AppData::default()
            }
            Err(_) => {
                store.keep_damaged(&raw);
                AppData::default()
            }
        };
        (data, store.health_after_reading(self.health))
    }
}

impl Store {
    /// A store that keeps nothing: for blocked storage and for server-side rendering in tests.
    pub fn memory() -> Store {
        Store {
            storage: None,
            hold: Cell::new(Hold::No),
            other_bytes: Cell::new(0),
            data_bytes: Cell::new(0),
            known: RefCell::new(Known::default()),
            pending: RefCell::new(None),
            known_text: RefCell::new(JsValue::NULL),
        }
    }

    /// Opens localStorage and takes the stored document's text; [`Opened::read`] reads it.
    pub fn open() -> (Store, Opened) {
        let memory = || (Store::memory(), Opened { raw: None, health: StorageHealth::memory_only() });
        let Some(storage) = reachable_storage() else { return memory() };
        let store = Store { storage: Some(storage), ..Store::memory() };
        let Some(Ok(value)) = store.storage.as_ref().map(|storage| page(storage).get_value(DATA_KEY)) else {
            return memory();
        };
        let raw = value.as_string();
        store.known_text.replace(value);
        store.data_bytes.set(raw.as_deref().map_or(0, |raw| utf16_bytes(DATA_KEY, raw)));
        store.known.borrow_mut().fingerprint = raw.as_deref().map(fingerprint);
        store.count_other_bytes();
        let mut health = StorageHealth::local();
        health.recovered = store.recovered();
        (store, Opened { raw, health })
    }

    /// The storage's health once her document was read (or could not be): the copies kept
    /// aside, and a failed save while saving is held back.
    fn health_after_reading(&self, mut health: StorageHealth) -> StorageHealth {
        health.recovered = self.recovered();
        if self.held() {
            health.save = SaveState::Failed;
        }
        health
    }

    fn hold_unread(&self) {
        if self.storage.is_some() {
            self.hold.set(Hold::Unread);
        }
    }

    fn hold_newer(&self, found: u32) {
        if self.storage.is_some() {
            self.hold.set(Hold::Newer(found));
        }
    }

    /// Saving is held back (damaged, unread or newer data still under the data key).
    pub fn held(&self) -> bool {
        self.hold.get() != Hold::No
    }

    /// Saving is held back because her stored document could not be read yet.
    pub fn unread(&self) -> bool {
        self.hold.get() == Hold::Unread
    }

    /// The schema of a newer version's document under the data key, which this tab never writes over.
    pub fn newer(&self) -> Option<u32> {
        match self.hold.get() {
            Hold::Newer(found) => Some(found),
            _ => None,
        }
    }

    pub fn mode(&self) -> StorageMode {
        if self.storage.is_some() {
            StorageMode::Local
        } else {
            StorageMode::Memory
        }
    }

    /// Saves her document as the app's state holds it (shared, and the language she reads in,
    /// which its `settings.lang` may not show yet): [`Store::save`] of it in that language.
    /// Reached through the codec (`Persist::save`), so that the copies are made in its part.
    pub fn save_shared(&self, data: &Rc<AppData>, lang: Lang, codec: Persist) -> Synced {
        if data.settings.lang == lang {
            self.save(data, codec)
        } else {
            self.save(&data.with_lang(lang), codec)
        }
    }

    /// Saves `data`, what the app shows now, as the codec writes it: only if it differs from what
    /// is stored, and never over another tab's save that this tab has not seen (it settles with
    /// that first). In memory mode there is nothing to write and nothing failed.
    pub fn save(&self, data: &AppData, codec: Persist) -> Synced {
        if self.storage.is_none() {
            return Synced::saved();
        }
        if self.held() {
            self.pending.replace(Some(data.clone()));
            return Synced::failed();
        }
        let (unchanged, known_fingerprint) = {
            let known = self.known.borrow();
            // A document from before revisions (or from an older schema) is written once, stamped.
            let stamped = known.fingerprint.is_none() || known.number > 0;
            ((codec.same)(&known.data, data) && stamped, known.fingerprint)
        };
        if unchanged {
            self.pending.replace(None);
            return Synced::saved();
        }
        let Some(current) = self.stored_value() else {
            self.pending.replace(Some(data.clone()));
            return Synced::failed();
        };
        if current != *self.known_text.borrow() {
            self.pending.replace(Some(data.clone()));
            return (codec.settle)(self, current.as_string(), codec);
        }
        let revision = {
            let known = self.known.borrow();
            known.next(known_fingerprint, known.number)
        };
        if self.write(data, revision, codec) {
            Synced::saved()
        } else {
            self.pending.replace(Some(data.clone()));
            Synced::failed()
        }
    }

    /// The stored document as the browser's string (`null` for none); `None` if storage throws.
    fn stored_value(&self) -> Option<JsValue> {
        page(self.storage.as_ref()?).get_value(DATA_KEY).ok()
    }

    /// What the app shows now, when it is not what was last saved (the data page's restore that
    /// could not be written): what another tab's save is settled with meanwhile. A save waiting
    /// for the codec needs none: it runs before anything is settled (`persistence::save`).
    pub fn note_pending(&self, data: &AppData) {
        if self.storage.is_some() {
            self.pending.replace(Some(data.clone()));
        }
    }

    /// Whether another tab's save is stored: then settles with it as [`Store::save`] does. `None`
    /// when the stored document is the one this tab knows, or when this tab does not write.
    pub fn check(&self, codec: Persist) -> Option<Synced> {
        if self.storage.is_none() || self.held() {
            return None;
        }
        let current = self.stored_value()?;
        if current == *self.known_text.borrow() {
            return None;
        }
        Some((codec.settle)(self, current.as_string(), codec))
    }

    /// Another tab wrote `raw` (or removed the document): take it in, merge, or keep it aside.
    /// Reached through the codec part (`Persist::settle`), so that this code and the merge
    /// (`domain::sync`) are fetched with the codec, never in the first visit.
    pub fn settle(&self, raw: Option<String>, codec: Persist) -> Synced {
        let mine = self.pending.borrow().clone().unwrap_or_else(|| self.known.borrow().data.clone());
        let Some(raw) = raw else {
            // Removed (storage cleared elsewhere): nothing stored to lose; write what is shown.
            self.known.replace(Known { data: AppData::default(), ..Known::default() });
            self.known_text.replace(JsValue::NULL);
            self.data_bytes.set(0);
            return self.write_or_keep(mine, None, 0, codec, false);
        };
        let theirs_fingerprint = fingerprint(&raw);
        self.data_bytes.set(utf16_bytes(DATA_KEY, &raw));
        let theirs = match (codec.decode)(&raw) {
            Ok(theirs) => theirs,
            Err(DecodeError::NewerSchema { found }) => {
                self.hold_newer(found);
                return Synced::failed();
            }
            Err(_) => {
                self.keep_damaged(&raw);
                if self.held() {
                    return Synced { copies_changed: true, ..Synced::failed() };
                }
                // Copied away: what is stored now is known, so a failed write is retried, not copied again.
                self.known.replace(Known {
                    fingerprint: Some(theirs_fingerprint),
                    number: 0,
                    data: AppData::default(),
                });
                self.known_text.replace(JsValue::from_str(&raw));
                return self.write_or_keep(mine, Some(theirs_fingerprint), 0, codec, true);
            }
        };
        let settled = sync::settle(&self.known.borrow(), &mine, &theirs);
        if settled.keep_theirs && !self.keep_copy(&raw, TAB_COPY_SUFFIX) {
            // The other version cannot be kept aside (quota): it stays where it is, and so does hers
            // (in memory, announced as a failed save); the next save tries again.
            return Synced::failed();
        }
        let revision = self.known.borrow().next(Some(theirs_fingerprint), theirs.revision.number);
        let number = theirs.revision.number;
        self.known.replace(Known { fingerprint: Some(theirs_fingerprint), number, data: theirs });
        self.known_text.replace(JsValue::from_str(&raw));
        let save = if settled.write {
            if self.write(&settled.data, revision, codec) {
                SaveState::Saved
            } else {
                SaveState::Failed
            }
        } else {
            self.pending.replace(None);
            SaveState::Saved
        };
        let show = (settled.data != mine).then(|| settled.data.clone());
        if save == SaveState::Failed {
            self.pending.replace(Some(settled.data));
        }
        Synced { save, show, copies_changed: settled.keep_theirs }
    }

    /// Writes `mine` over the stored text `replacing` (revision `number`); if that fails, it stays
    /// pending (on screen, announced as a failed save) for the next save.
    fn write_or_keep(
        &self,
        mine: AppData,
        replacing: Option<u64>,
        number: u64,
        codec: Persist,
        copied: bool,
    ) -> Synced {
        let revision = self.known.borrow().next(replacing, number);
        let save = if self.write(&mine, revision, codec) {
            SaveState::Saved
        } else {
            self.pending.replace(Some(mine));
            SaveState::Failed
        };
        Synced { save, show: None, copies_changed: copied }
    }

    /// Writes `data` stamped with `revision`; on success it is what this tab knows is stored.
    fn write(&self, data: &AppData, revision: crate::domain::model::Revision, codec: Persist) -> bool {
        let Some(storage) = &self.storage else { return true };
        let number = revision.number;
        let mut stamped = data.clone();
        stamped.revision = revision;
        let Ok(text) = (codec.encode)(&stamped) else { return false };
        let value = JsValue::from_str(&text);
        if page(storage).set_value(DATA_KEY, &value).is_err() {
            return false;
        }
        self.data_bytes.set(utf16_bytes(DATA_KEY, &text));
        self.known.replace(Known { fingerprint: Some(fingerprint(&text)), number, data: stamped });
        self.known_text.replace(value);
        self.pending.replace(None);
        true
    }

    /// Whether a document of `units` UTF-16 code units would fit in place of the stored one, found
    /// by writing as much more as it needs under a probe key (and removing it at once): what a
    /// browser counts against its quota differs, so only a write can tell.
    pub fn fits(&self, units: usize) -> bool {
        let Some(storage) = &self.storage else { return true };
        let current = self.data_bytes.get() / 2;
        let Some(more) = units.checked_sub(current).filter(|more| *more > 0) else { return true };
        let fits = storage.set_item(PROBE_KEY, &"0".repeat(more)).is_ok();
        let _ = storage.remove_item(PROBE_KEY);
        fits
    }

    /// Bytes this app keeps, as browsers count them against the quota (UTF-16, keys included):
    /// counted when storage opens and kept up to date by every write, never by re-reading the
    /// document (which would copy it out of the browser on every keystroke).
    pub fn bytes_used(&self) -> usize {
        self.other_bytes.get() + self.data_bytes.get()
    }

    /// Counts the copies again (another tab kept or discarded one).
    pub fn count_other_bytes(&self) {
        let bytes = self
            .own_keys()
            .iter()
            .filter(|key| key.as_str() != DATA_KEY)
            .map(|key| utf16_bytes(key, &self.get(key).ok().flatten().unwrap_or_default()))
            .sum();
        self.other_bytes.set(bytes);
    }

    /// Copies kept, oldest first.
    pub fn recovered(&self) -> Vec<RecoveredCopy> {
        let mut keys: Vec<String> = self.own_keys().into_iter().filter(|k| k.starts_with(RECOVERED_PREFIX)).collect();
        if self.hold.get() == Hold::Damaged {
            keys.push(DATA_KEY.to_string());
        }
        // Oldest first. A few keys at most (each is a whole copy of her document), each put in
        // its place as it comes: the standard library's sort would be 4 KB of the first visit's
        // code for this alone.
        let mut sorted: Vec<String> = Vec::with_capacity(keys.len());
        for key in keys {
            let at = sorted.partition_point(|k| *k < key);
            sorted.insert(at, key);
        }
        sorted
            .into_iter()
            .map(|key| {
                let bytes = self.get(&key).ok().flatten().map_or(0, |v| v.len());
                let kind = copy_kind(&key);
                RecoveredCopy { key, bytes, kind }
            })
            .collect()
    }

    /// The raw text of a recovered copy, for download.
    pub fn read_recovered(&self, key: &str) -> Option<String> {
        if key.starts_with(RECOVERED_PREFIX) || (key == DATA_KEY && self.hold.get() == Hold::Damaged) {
            self.get(key).ok().flatten()
        } else {
            None
        }
    }

    /// Deletes a recovered copy she chose to discard. Discarding the held original releases saving.
    pub fn discard_recovered(&self, key: &str) {
        let Some(storage) = &self.storage else { return };
        if key == DATA_KEY && self.hold.get() == Hold::Damaged {
            let _ = storage.remove_item(DATA_KEY);
            self.hold.set(Hold::No);
            self.data_bytes.set(0);
            self.known.replace(Known::default());
            self.known_text.replace(JsValue::NULL);
        } else if key.starts_with(RECOVERED_PREFIX) {
            let _ = storage.remove_item(key);
            self.count_other_bytes();
        }
    }

    /// A newer version's document, which this tab does not write over, is kept aside as a copy at
    /// her request, so that she can go on here; `false` if even the copy cannot be written.
    pub fn set_newer_aside(&self) -> bool {
        if self.newer().is_none() {
            return true;
        }
        let Ok(Some(raw)) = self.get(DATA_KEY) else {
            self.hold.set(Hold::No);
            return true;
        };
        if !self.keep_copy(&raw, NEWER_COPY_SUFFIX) {
            return false;
        }
        self.hold.set(Hold::No);
        self.known.replace(Known { fingerprint: Some(fingerprint(&raw)), number: 0, data: AppData::default() });
        self.known_text.replace(JsValue::from_str(&raw));
        true
    }

    fn keep_damaged(&self, raw: &str) {
        if self.storage.is_some() && !self.keep_copy(raw, "") {
            self.hold.set(Hold::Damaged);
        }
    }

    /// Writes `raw` under a new recovery key ending in `suffix`; `false` if it cannot be written.
    fn keep_copy(&self, raw: &str, suffix: &str) -> bool {
        let Some(storage) = &self.storage else { return false };
        let time = crate::browser::now_millis();
        let key = (0..100)
            .map(|n| {
                if n == 0 {
                    format!("{RECOVERED_PREFIX}{time}{suffix}")
                } else {
                    format!("{RECOVERED_PREFIX}{time}-{n}{suffix}")
                }
            })
            .find(|key| matches!(self.get(key), Ok(None)));
        let kept = key.is_some_and(|key| storage.set_item(&key, raw).is_ok());
        self.count_other_bytes();
        kept
    }

    fn get(&self, key: &str) -> Result<Option<String>, ()> {
        match &self.storage {
            Some(storage) => storage.get_item(key).map_err(|_| ()),
            None => Ok(None),
        }
    }

    fn own_keys(&self) -> Vec<String> {
        let Some(storage) = &self.storage else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|key| key.starts_with(KEY_PREFIX)).collect()
    }
}

/// Whether a key another tab changed is one this app keeps a copy under.
pub fn is_copy_key(key: &str) -> bool {
    key.starts_with(RECOVERED_PREFIX)
}

/// What a key and its value cost against the quota: UTF-16 code units, two bytes each.
fn utf16_bytes(key: &str, value: &str) -> usize {
    (key.encode_utf16().count() + value.encode_utf16().count()) * 2
}

/// UTF-16 code units of a text: what a document costs against the quota, halved.
pub fn utf16_units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// `window.localStorage`, if it exists and reaching it does not throw. Whether it can be read is
/// `Store::open`'s first read (a failure there is memory mode); a store that is merely full still
/// counts as reachable: the data loads, and saving reports the quota.
fn reachable_storage() -> Option<web_sys::Storage> {
    crate::browser::window()?.local_storage().ok()?
}
