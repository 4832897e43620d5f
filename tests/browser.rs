//! Browser tests (wasm-bindgen-test in headless Chromium) of the storage layer against the real
//! localStorage: saving and loading, damaged data, blocked storage, a full quota, a newer version's
//! document, and two tabs (two stores open on the same storage, as two tabs are).
#![cfg(target_arch = "wasm32")]

use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::persist;
use siap_ekspor::domain::storage_status::{CopyKind, SaveState, StorageHealth, StorageMode};
use siap_ekspor::parts::Persist;
use siap_ekspor::storage::{Store, Synced, DATA_KEY, RECOVERED_PREFIX};
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
export function refuse_data_writes() {
  window.__realSetItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'siap-ekspor:data') { throw new DOMException('full', 'QuotaExceededError'); }
    return window.__realSetItem.call(this, key, value);
  };
}
export function fill_all_but(units) {
  const key = 'siap-ekspor:filler';
  let lo = 0, hi = 12 * 1024 * 1024;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try { localStorage.setItem(key, 'x'.repeat(mid)); lo = mid; } catch (e) { hi = mid - 1; }
  }
  localStorage.setItem(key, 'x'.repeat(Math.max(0, lo - units)));
}
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
    fn refuse_data_writes();
    fn fill_all_but(units: u32);
}

const CODEC: Persist = Persist {
    decode: persist::decode,
    encode: persist::encode,
    settle: Store::settle,
    read: siap_ekspor::storage::Opened::read_with,
    save: Store::save_shared,
    backup: |_, _| {},
    same: |a, b| a == b,
};

/// Opens storage and reads the document as the app does once the codec part is here.
fn open() -> (Store, Loaded) {
    let (store, opened) = Store::open();
    let (data, health) = opened.read(&store, Some(CODEC));
    (store, Loaded { data, health })
}

struct Loaded {
    data: AppData,
    health: StorageHealth,
}

fn save(store: &Store, data: &AppData) -> SaveState {
    store.save(data, CODEC).save
}

fn stored() -> AppData {
    persist::decode(&read(DATA_KEY).unwrap_or_default()).unwrap_or_default()
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

/// The app's state holds her document shared, with the language beside it (a switch of language
/// does not copy it): the codec's save writes it in that language, and once written, the same
/// document in the same language is no change.
#[wasm_bindgen_test]
fn her_shared_document_is_saved_in_the_language_she_reads_in() {
    clear_storage();
    let (store, _) = open();
    let shared = std::rc::Rc::new(sample());
    assert_eq!(shared.settings.lang, Lang::Id);
    assert_eq!((CODEC.save)(&store, &shared, Lang::En, CODEC).save, SaveState::Saved);
    assert_eq!(stored(), sample().with_lang(Lang::En));
    let written = read(DATA_KEY);
    assert_eq!((CODEC.save)(&store, &shared, Lang::En, CODEC).save, SaveState::Saved);
    assert_eq!(read(DATA_KEY), written, "nothing changed, nothing written");
    assert_eq!((CODEC.save)(&store, &shared, Lang::Id, CODEC).save, SaveState::Saved);
    assert_eq!(stored(), sample());
    let (_, loaded) = open();
    assert_eq!(loaded.data, sample());
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
}

#[wasm_bindgen_test]
fn a_newer_versions_document_is_never_written_over() {
    clear_storage();
    let newer = r#"{"app":"siap-ekspor","schema_version":99,"profile":{"business_name":"Dari versi baru"}}"#;
    put(DATA_KEY, newer);
    let (store, loaded) = open();
    assert_eq!(store.newer(), Some(99));
    assert_eq!(loaded.health.save, SaveState::Failed);
    assert!(loaded.health.recovered.is_empty(), "left where it is, not copied away");
    assert_eq!(save(&store, &sample()), SaveState::Failed);
    assert_eq!(read(DATA_KEY).as_deref(), Some(newer), "byte for byte");

    // A tab that was fine until another tab, running a newer version, saved.
    clear_storage();
    let (store, _) = open();
    assert_eq!(save(&store, &sample()), SaveState::Saved);
    put(DATA_KEY, newer);
    assert_eq!(store.check(CODEC).map(|s| s.save), Some(SaveState::Failed));
    assert_eq!(store.newer(), Some(99));
    assert_eq!(save(&store, &sample().with_lang(Lang::En)), SaveState::Failed);
    assert_eq!(read(DATA_KEY).as_deref(), Some(newer));

    // She chooses to keep it aside and go on here: a copy, then her data is written.
    assert!(store.set_newer_aside());
    let copies = store.recovered();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].kind, CopyKind::Newer);
    assert_eq!(store.read_recovered(&copies[0].key).as_deref(), Some(newer));
    assert_eq!(save(&store, &sample()), SaveState::Saved);
    assert_eq!(stored(), sample());
}

#[wasm_bindgen_test]
fn another_tabs_save_made_from_this_tabs_is_taken_in() {
    clear_storage();
    let (a, _) = open();
    assert_eq!(save(&a, &sample()), SaveState::Saved);
    // Tab B opens later, switches the language.
    let (b, loaded_b) = open();
    assert_eq!(loaded_b.data, sample());
    let b_data = sample().with_lang(Lang::En);
    assert_eq!(save(&b, &b_data), SaveState::Saved);
    // Tab A hears of it (the storage event) with nothing unsaved: it takes it in, writes nothing.
    let before = read(DATA_KEY);
    let synced = a.check(CODEC);
    assert_eq!(synced, Some(Synced { save: SaveState::Saved, show: Some(b_data.clone()), copies_changed: false }));
    assert_eq!(read(DATA_KEY), before);
    assert_eq!(a.check(CODEC), None, "nothing new since");
    // Her next change in A is made on top of B's: both edits are stored.
    let mut a_next = b_data.clone();
    a_next.profile.owner_name = "Ibu Sri".into();
    assert_eq!(save(&a, &a_next), SaveState::Saved);
    assert_eq!(stored().settings.lang, Lang::En);
    assert_eq!(stored().profile.business_name, "UD Kopi Ijen");
    assert_eq!(stored().profile.owner_name, "Ibu Sri");
    assert!(a.recovered().is_empty());
}

#[wasm_bindgen_test]
fn a_save_over_another_tabs_unseen_save_merges_different_parts() {
    clear_storage();
    let (a, _) = open();
    assert_eq!(save(&a, &sample()), SaveState::Saved);
    let (b, _) = open();
    // B changes the language; A, before hearing of it, types in the calculator.
    assert_eq!(save(&b, &sample().with_lang(Lang::En)), SaveState::Saved);
    let mut a_data = sample();
    a_data.calculator.form.exw = "10000".into();
    let synced = a.save(&a_data, CODEC);
    assert_eq!(synced.save, SaveState::Saved);
    assert!(!synced.copies_changed);
    let shown = synced.show.unwrap_or_default();
    assert_eq!((shown.settings.lang, shown.calculator.form.exw.as_str()), (Lang::En, "10000"));
    assert_eq!(stored(), shown, "both edits stored");
    // B hears of A's merged save and takes it in.
    assert_eq!(b.check(CODEC).and_then(|s| s.show), Some(shown));
}

#[wasm_bindgen_test]
fn both_tabs_changing_the_same_part_keep_both_versions() {
    clear_storage();
    let (a, _) = open();
    assert_eq!(save(&a, &sample()), SaveState::Saved);
    let (b, _) = open();
    let mut b_data = sample();
    b_data.profile.products.push(siap_ekspor::domain::model::Product {
        id: 0,
        name: "Kopi".into(),
        ..Default::default()
    });
    assert_eq!(save(&b, &b_data), SaveState::Saved);
    let mut a_data = sample();
    a_data.profile.owner_name = "Ibu Sri".into();
    let synced = a.save(&a_data, CODEC);
    assert_eq!(synced.save, SaveState::Saved);
    assert!(synced.copies_changed);
    assert_eq!(stored(), a_data, "this tab's version is stored");
    let copies = a.recovered();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].kind, CopyKind::OtherTab);
    let copy = persist::decode(&a.read_recovered(&copies[0].key).unwrap_or_default());
    assert_eq!(copy.map(|d| d.profile.products.len()), Ok(1), "the other version, whole and readable");
    // B, with nothing unsaved, shows the stored version; both tabs list the copy.
    assert_eq!(b.check(CODEC).and_then(|s| s.show), Some(a_data));
    assert_eq!(b.recovered(), copies);
}

#[wasm_bindgen_test]
fn an_old_versions_save_over_this_tabs_save_is_kept_aside() {
    clear_storage();
    let (a, _) = open();
    assert_eq!(save(&a, &sample()), SaveState::Saved);
    // A version from before revisions, open in another tab, writes its own whole document.
    let old =
        r#"{"app":"siap-ekspor","schema_version":2,"settings":{"lang":"en"},"profile":{"business_name":"Versi lama"}}"#;
    put(DATA_KEY, old);
    let synced = a.check(CODEC);
    assert_eq!(synced.as_ref().map(|s| (s.save, s.copies_changed)), Some((SaveState::Saved, true)));
    assert_eq!(stored(), sample(), "this tab's save is written again");
    let copies = a.recovered();
    assert_eq!(copies.len(), 1);
    assert_eq!(a.read_recovered(&copies[0].key).as_deref(), Some(old));
}

#[wasm_bindgen_test]
fn a_copy_that_cannot_be_kept_stops_the_write() {
    clear_storage();
    let (a, _) = open();
    assert_eq!(save(&a, &sample()), SaveState::Saved);
    let (b, _) = open();
    let mut b_data = sample();
    b_data.profile.goals = "Ekspor ke Jepang".into();
    assert_eq!(save(&b, &b_data), SaveState::Saved);
    let b_text = read(DATA_KEY);
    let mut a_data = sample();
    a_data.profile.owner_name = "Ibu Sri".into();
    fill_quota();
    let synced = a.save(&a_data, CODEC);
    free_quota();
    assert_eq!(synced.save, SaveState::Failed);
    assert_eq!(read(DATA_KEY), b_text, "the other version is not written over without its copy");
    // Room again: the next save keeps the copy and writes hers.
    let synced = a.save(&a_data, CODEC);
    assert_eq!((synced.save, synced.copies_changed), (SaveState::Saved, true));
    assert_eq!(stored(), a_data);
}

#[wasm_bindgen_test]
fn an_import_that_does_not_fit_is_known_before_anything_is_written() {
    clear_storage();
    let (store, _) = open();
    assert_eq!(save(&store, &sample()), SaveState::Saved);
    let before = read(DATA_KEY);
    fill_all_but(100_000);
    assert!(store.fits(50_000));
    assert!(!store.fits(1_000_000));
    assert_eq!(read(DATA_KEY), before, "the check writes nothing of hers");
    assert!(!keys().contains("probe"), "nor leaves its probe behind");
    clear_storage();
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

#[wasm_bindgen_test]
fn damage_written_by_another_tab_is_copied_once_even_when_saving_fails_meanwhile() {
    clear_storage();
    let (a, _) = open();
    assert_eq!(save(&a, &sample()), SaveState::Saved);
    put(DATA_KEY, "{damaged by hand");
    assert_eq!(a.check(CODEC).map(|s| s.copies_changed), Some(true));
    assert_eq!(stored(), sample(), "hers written again over the damage, which is kept");
    assert_eq!(a.recovered().len(), 1);
    // Damage again; now the copy can be written but her document cannot.
    put(DATA_KEY, "{damaged again");
    let mut next = sample();
    next.profile.owner_name = "Ibu Sri".into();
    refuse_data_writes();
    let synced = a.save(&next, CODEC);
    assert_eq!((synced.save, synced.copies_changed), (SaveState::Failed, true));
    assert_eq!(save(&a, &next), SaveState::Failed, "retried");
    free_quota();
    assert_eq!(save(&a, &next), SaveState::Saved);
    assert_eq!(a.recovered().len(), 2, "each damage copied once, not once per attempt");
    assert_eq!(stored().profile.owner_name, "Ibu Sri");
}

#[wasm_bindgen_test]
fn the_copies_kept_are_listed_oldest_first() {
    clear_storage();
    // Stored in another order than their times (the browser's key order is its own).
    for time in ["1764700000300", "1764700000100", "1764700000300-2", "1764700000200"] {
        put(&format!("{RECOVERED_PREFIX}{time}"), "{}");
    }
    let (store, _) = open();
    let keys: Vec<String> = store.recovered().into_iter().map(|copy| copy.key).collect();
    let times: Vec<&str> = keys.iter().filter_map(|key| key.strip_prefix(RECOVERED_PREFIX)).collect();
    assert_eq!(times, ["1764700000100", "1764700000200", "1764700000300", "1764700000300-2"]);
    clear_storage();
}
