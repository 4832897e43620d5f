//! The only module that touches the browser's localStorage.
//!
//! - One versioned JSON document under [`DATA_KEY`]; every key starts with `siap-ekspor`.
//! - Storage is reached through `window.localStorage` as a `Result<Option<_>>` and probed with a
//!   write, because it throws when blocked (sandboxed or third-party iframe, private modes): then the
//!   app runs from memory and says so.
//! - Damaged or unreadable data is never dropped: the raw text is copied under a
//!   `siap-ekspor:recovered:<time>` key and the app starts empty and says so. If even that copy
//!   cannot be written, the original key is left alone and saving is held back until she discards
//!   it, so nothing overwrites it.
//! - A failed `setItem` (quota) is reported; what is in memory is kept.
//! - Reading and writing the JSON is the `Persist` part's (`crate::parts`): this module takes its
//!   functions as arguments and never names the codec, so the codec stays out of the main module.
//! - If a stored document cannot be read yet (the codec part could not be fetched), the document is
//!   left untouched and saving is held back, exactly as for damage that could not be copied away.

use std::cell::Cell;

use crate::domain::model::AppData;
use crate::domain::persist::DecodeError;
use crate::domain::storage_status::{RecoveredCopy, SaveState, StorageHealth, StorageMode};

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
}

/// What was found on start-up: the stored document's text, not yet read.
pub struct Opened {
    pub raw: Option<String>,
    pub health: StorageHealth,
}

/// The codec part's reader (`domain::persist::decode`).
pub type Decode = fn(&str) -> Result<AppData, DecodeError>;

impl Opened {
    /// Her document, read with `decode` and migrated. Damage is never dropped: the text is copied
    /// to a recovery key (or, if that fails, left in place with saving held back) and the app
    /// starts empty; without a reader (the codec part could not be fetched) the document is left
    /// exactly as it is and saving is held back until a reload can read it.
    pub fn read(self, store: &Store, decode: Option<Decode>) -> (AppData, StorageHealth) {
        let mut health = self.health;
        let Some(raw) = self.raw else { return (AppData::default(), health) };
        let data = match decode {
            Some(decode) => decode(&raw).unwrap_or_else(|_| {
                store.keep_damaged(&raw);
                AppData::default()
            }),
            None => {
                store.hold_unread();
                AppData::default()
            }
        };
        health.recovered = store.recovered();
        if store.held() {
            health.save = SaveState::Failed;
        }
        (data, health)
    }
}

impl Store {
    /// A store that keeps nothing: for blocked storage and for server-side rendering in tests.
    pub fn memory() -> Store {
        Store { storage: None, hold: Cell::new(Hold::No), other_bytes: Cell::new(0), data_bytes: Cell::new(0) }
    }

    /// Opens localStorage and takes the stored document's text; [`Opened::read`] reads it.
    pub fn open() -> (Store, Opened) {
        let memory = || (Store::memory(), Opened { raw: None, health: StorageHealth::memory_only() });
        let Some(storage) = reachable_storage() else { return memory() };
        let store = Store { storage: Some(storage), ..Store::memory() };
        let Ok(raw) = store.get(DATA_KEY) else { return memory() };
        store.data_bytes.set(raw.as_deref().map_or(0, |raw| utf16_bytes(DATA_KEY, raw)));
        store.count_other_bytes();
        let mut health = StorageHealth::local();
        health.recovered = store.recovered();
        (store, Opened { raw, health })
    }

    fn hold_unread(&self) {
        if self.storage.is_some() {
            self.hold.set(Hold::Unread);
        }
    }

    /// Saving is held back (damaged or unread data still under the data key).
    pub fn held(&self) -> bool {
        self.hold.get() != Hold::No
    }

    /// Saving is held back because her stored document could not be read yet.
    pub fn unread(&self) -> bool {
        self.hold.get() == Hold::Unread
    }

    pub fn mode(&self) -> StorageMode {
        if self.storage.is_some() {
            StorageMode::Local
        } else {
            StorageMode::Memory
        }
    }

    /// Writes the document. In memory mode there is nothing to write and nothing failed.
    /// Writes `data` as `encode` (the codec part's) writes it.
    pub fn save(&self, data: &AppData, encode: fn(&AppData) -> Result<String, serde_json::Error>) -> SaveState {
        let Some(storage) = &self.storage else { return SaveState::Saved };
        if self.hold.get() != Hold::No {
            return SaveState::Failed;
        }
        let Ok(text) = encode(data) else { return SaveState::Failed };
        match storage.set_item(DATA_KEY, &text) {
            Ok(()) => {
                self.data_bytes.set(utf16_bytes(DATA_KEY, &text));
                SaveState::Saved
            }
            Err(_) => SaveState::Failed,
        }
    }

    /// Bytes this app keeps, as browsers count them against the quota (UTF-16, keys included):
    /// counted when storage opens and kept up to date by every write, never by re-reading the
    /// document (which would copy it out of the browser on every keystroke).
    pub fn bytes_used(&self) -> usize {
        self.other_bytes.get() + self.data_bytes.get()
    }

    fn count_other_bytes(&self) {
        let bytes = self
            .own_keys()
            .iter()
            .filter(|key| key.as_str() != DATA_KEY)
            .map(|key| utf16_bytes(key, &self.get(key).ok().flatten().unwrap_or_default()))
            .sum();
        self.other_bytes.set(bytes);
    }

    /// Copies of damaged data still kept, oldest first.
    pub fn recovered(&self) -> Vec<RecoveredCopy> {
        let mut keys: Vec<String> = self.own_keys().into_iter().filter(|k| k.starts_with(RECOVERED_PREFIX)).collect();
        if self.hold.get() == Hold::Damaged {
            keys.push(DATA_KEY.to_string());
        }
        keys.sort();
        keys.into_iter()
            .map(|key| {
                let bytes = self.get(&key).ok().flatten().map_or(0, |v| v.len());
                RecoveredCopy { key, bytes }
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
        } else if key.starts_with(RECOVERED_PREFIX) {
            let _ = storage.remove_item(key);
            self.count_other_bytes();
        }
    }

    fn keep_damaged(&self, raw: &str) {
        let Some(storage) = &self.storage else { return };
        let key = format!("{RECOVERED_PREFIX}{}", crate::browser::now_millis());
        if storage.set_item(&key, raw).is_err() {
            self.hold.set(Hold::Damaged);
        }
        self.count_other_bytes();
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

/// What a key and its value cost against the quota: UTF-16 code units, two bytes each.
fn utf16_bytes(key: &str, value: &str) -> usize {
    (key.encode_utf16().count() + value.encode_utf16().count()) * 2
}

/// `window.localStorage`, if it exists, doesn't throw, and takes a write. A store that is merely
/// full still counts as reachable when it can be read: the data loads, and saving reports the quota.
fn reachable_storage() -> Option<web_sys::Storage> {
    let storage = crate::browser::window()?.local_storage().ok()??;
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            Some(storage)
        }
        Err(_) => storage.get_item(DATA_KEY).ok().map(|_| storage),
    }
}
