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

use std::cell::Cell;

use crate::domain::model::AppData;
use crate::domain::persist;
use crate::domain::storage_status::{RecoveredCopy, SaveState, StorageHealth, StorageMode};

pub const KEY_PREFIX: &str = "siap-ekspor";
pub const DATA_KEY: &str = "siap-ekspor:data";
pub const RECOVERED_PREFIX: &str = "siap-ekspor:recovered:";
const PROBE_KEY: &str = "siap-ekspor:probe";

/// A handle on localStorage, or on nothing when storage is blocked.
pub struct Store {
    storage: Option<web_sys::Storage>,
    /// True while damaged data still sits under [`DATA_KEY`] because it could not be copied away.
    hold_data_key: Cell<bool>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// What was found on start-up.
pub struct Loaded {
    pub data: AppData,
    pub health: StorageHealth,
}

impl Store {
    /// A store that keeps nothing: for blocked storage and for server-side rendering in tests.
    pub fn memory() -> Store {
        Store { storage: None, hold_data_key: Cell::new(false) }
    }

    /// Opens localStorage and reads the document, migrating it and recovering from damage.
    pub fn open() -> (Store, Loaded) {
        let Some(storage) = reachable_storage() else {
            return (Store::memory(), Loaded { data: AppData::default(), health: StorageHealth::memory_only() });
        };
        let store = Store { storage: Some(storage), hold_data_key: Cell::new(false) };
        let data = match store.get(DATA_KEY) {
            Err(()) => {
                return (Store::memory(), Loaded { data: AppData::default(), health: StorageHealth::memory_only() });
            }
            Ok(None) => AppData::default(),
            Ok(Some(raw)) => match persist::decode(&raw) {
                Ok(data) => data,
                Err(_) => {
                    store.keep_damaged(&raw);
                    AppData::default()
                }
            },
        };
        let mut health = StorageHealth::local(store.bytes_used());
        health.recovered = store.recovered();
        if store.hold_data_key.get() {
            health.save = SaveState::Failed;
        }
        (store, Loaded { data, health })
    }

    pub fn mode(&self) -> StorageMode {
        if self.storage.is_some() {
            StorageMode::Local
        } else {
            StorageMode::Memory
        }
    }

    /// Writes the document. In memory mode there is nothing to write and nothing failed.
    pub fn save(&self, data: &AppData) -> SaveState {
        let Some(storage) = &self.storage else { return SaveState::Saved };
        if self.hold_data_key.get() {
            return SaveState::Failed;
        }
        let Ok(text) = persist::encode(data) else { return SaveState::Failed };
        match storage.set_item(DATA_KEY, &text) {
            Ok(()) => SaveState::Saved,
            Err(_) => SaveState::Failed,
        }
    }

    /// Bytes this app keeps, as browsers count them against the quota (UTF-16, keys included).
    pub fn bytes_used(&self) -> usize {
        self.own_keys()
            .iter()
            .map(|key| {
                let value = self.get(key).ok().flatten().unwrap_or_default();
                (key.encode_utf16().count() + value.encode_utf16().count()) * 2
            })
            .sum()
    }

    /// Copies of damaged data still kept, oldest first.
    pub fn recovered(&self) -> Vec<RecoveredCopy> {
        let mut keys: Vec<String> = self.own_keys().into_iter().filter(|k| k.starts_with(RECOVERED_PREFIX)).collect();
        if self.hold_data_key.get() {
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
        if key.starts_with(RECOVERED_PREFIX) || key == DATA_KEY {
            self.get(key).ok().flatten()
        } else {
            None
        }
    }

    /// Deletes a recovered copy she chose to discard. Discarding the held original releases saving.
    pub fn discard_recovered(&self, key: &str) {
        let Some(storage) = &self.storage else { return };
        if key == DATA_KEY && self.hold_data_key.get() {
            let _ = storage.remove_item(DATA_KEY);
            self.hold_data_key.set(false);
        } else if key.starts_with(RECOVERED_PREFIX) {
            let _ = storage.remove_item(key);
        }
    }

    fn keep_damaged(&self, raw: &str) {
        let Some(storage) = &self.storage else { return };
        let key = format!("{RECOVERED_PREFIX}{}", crate::browser::now_millis());
        if storage.set_item(&key, raw).is_err() {
            self.hold_data_key.set(true);
        }
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
