//! Browser tests (wasm-bindgen-test in headless Chromium) of the storage layer against the real
//! localStorage: saving and loading, damaged data, blocked storage, a full quota.
#![cfg(target_arch = "wasm32")]

use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::persist;
use siap_ekspor::domain::storage_status::{SaveState, StorageHealth, StorageMode};
use siap_ekspor::storage::{Store, DATA_KEY, RECOVERED_PREFIX};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function clear_storage() { localStorage.clear(); }
export function put(key, value) { localStorage.setItem(key, value); }
export function read(key) { return localStorage.getItem(key); }
export function keys() { return Object.keys(localStorage).join('\n'); }
export function block_storage() {
  window.__realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}
export function unblock_storage() {
  if (window.__realStorage) { Object.defineProperty(window, 'localStorage', window.__realStorage); }
  else { delete window.localStorage; }
}
export function fill_quota() {
  window.__realSetItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
}
export function free_quota() { Storage.prototype.setItem = window.__realSetItem; }
"#)]
extern "C" {
    fn clear_storage();
    fn put(key: &str, value: &str);
    fn read(key: &str) -> Option<String>;
    fn keys() -> String;
    fn block_storage();
    fn unblock_storage();
    fn fill_quota();
    fn free_quota();
}

/// Opens storage and reads the document as the app does once the codec part is here.
fn open() -> (Store, Loaded) {
    let (store, opened) = Store::open();
    let (data, health) = opened.read(&store, Some(persist::decode));
    (store, Loaded { data, health })
}

struct Loaded {
    data: AppData,
    health: StorageHealth,
}

fn save(store: &Store, data: &AppData) -> SaveState {
    store.save(data, persist::encode)
}

fn sample() -> AppData {
    let mut data = AppData::default();
    data.profile.business_name = "UD Kopi Ijen".into();
    data
}

#[wasm_bindgen_test]
fn saves_and_loads_through_local_storage() {
    clear_storage();
    let (store, loaded) = open();
    assert_eq!(loaded.health.mode, StorageMode::Local);
    assert_eq!(loaded.data, AppData::default());
    assert_eq!(save(&store, &sample()), SaveState::Saved);
    assert!(read(DATA_KEY).unwrap_or_default().contains("UD Kopi Ijen"));
    let (store, loaded) = open();
    assert_eq!(loaded.data, sample());
    assert!(store.bytes_used() > 40);
    assert!(!keys().contains("probe"), "the probe key is removed");
}

#[wasm_bindgen_test]
fn damaged_data_is_kept_and_announced() {
    clear_storage();
    put(DATA_KEY, "{not json");
    let (store, loaded) = open();
    assert_eq!(loaded.data, AppData::default());
    assert_eq!(loaded.health.recovered.len(), 1);
    let key = loaded.health.recovered[0].key.clone();
    assert!(key.starts_with(RECOVERED_PREFIX));
    assert_eq!(store.read_recovered(&key).as_deref(), Some("{not json"));
    // Saving new data does not touch the copy; discarding removes it.
    assert_eq!(save(&store, &sample()), SaveState::Saved);
    assert_eq!(read(&key).as_deref(), Some("{not json"));
    store.discard_recovered(&key);
    assert!(store.recovered().is_empty());
    assert_eq!(read(&key), None);
    // A newer version's data is kept the same way, never overwritten.
    put(DATA_KEY, r#"{"app":"siap-ekspor","schema_version":99}"#);
    let (_, loaded) = open();
    assert_eq!(loaded.health.recovered.len(), 1);
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory() {
    clear_storage();
    block_storage();
    let (store, loaded) = open();
    unblock_storage();
    assert_eq!(loaded.health.mode, StorageMode::Memory);
    assert_eq!(store.mode(), StorageMode::Memory);
    assert_eq!(save(&store, &sample()), SaveState::Saved, "memory mode has nothing to fail");
    assert_eq!(read(DATA_KEY), None);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_nothing_is_lost() {
    clear_storage();
    let (store, _) = open();
    assert_eq!(save(&store, &AppData::default()), SaveState::Saved);
    fill_quota();
    let result = save(&store, &sample());
    free_quota();
    assert_eq!(result, SaveState::Failed);
    assert!(!read(DATA_KEY).unwrap_or_default().contains("UD Kopi Ijen"), "the old document is intact");
    assert_eq!(save(&store, &sample()), SaveState::Saved, "saving works again once there is room");
}

#[wasm_bindgen_test]
fn damaged_data_that_cannot_be_copied_is_left_in_place() {
    clear_storage();
    put(DATA_KEY, "garbage");
    fill_quota();
    let (store, loaded) = open();
    free_quota();
    assert_eq!(loaded.health.mode, StorageMode::Local);
    assert_eq!(loaded.health.save, SaveState::Failed);
    assert_eq!(loaded.health.recovered.len(), 1);
    assert_eq!(loaded.health.recovered[0].key, DATA_KEY);
    assert_eq!(save(&store, &sample()), SaveState::Failed, "held until she decides");
    assert_eq!(read(DATA_KEY).as_deref(), Some("garbage"));
    store.discard_recovered(DATA_KEY);
    assert_eq!(save(&store, &sample()), SaveState::Saved);
}

#[wasm_bindgen_test]
fn a_document_that_cannot_be_read_yet_is_left_alone() {
    clear_storage();
    let text = persist::encode(&sample()).unwrap_or_default();
    put(DATA_KEY, &text);
    // The codec part could not be fetched: nothing to read the document with.
    let (store, opened) = Store::open();
    let (data, health) = opened.read(&store, None);
    assert_eq!(data, AppData::default());
    assert!(store.unread());
    assert_eq!(health.save, SaveState::Failed);
    assert!(health.recovered.is_empty(), "not damaged, only unread: nothing to discard");
    assert_eq!(save(&store, &AppData::default()), SaveState::Failed, "never written over");
    assert_eq!(read(DATA_KEY).as_deref(), Some(text.as_str()));
    // A later start with the codec reads it whole.
    let (_, loaded) = open();
    assert_eq!(loaded.data, sample());
}
