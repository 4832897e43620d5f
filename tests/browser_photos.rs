//! Browser tests (wasm-bindgen-test in headless Chromium) of the photo store, `assets/js/photos.js`,
//! against the real IndexedDB and canvas: a photo resized, stored, listed, counted and removed; a
//! full store that refuses a photo and keeps the ones there; a backup's photos replacing the
//! stored ones all at once or not at all; what the store reads out of a backup file for Rust to
//! check. (The app imports the module on demand; here it is bound directly.)
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/assets/js/photos.js")]
extern "C" {
    async fn add(file: &web_sys::Blob, listing: u32, most: u32) -> JsValue;
    async fn list(listing: u32) -> JsValue;
    async fn usage() -> JsValue;
    async fn remove(listing: JsValue, id: JsValue) -> JsValue;
    #[wasm_bindgen(js_name = readBackup)]
    async fn read_backup(file: &web_sys::Blob) -> JsValue;
    #[wasm_bindgen(js_name = backupBlob)]
    async fn backup_blob(doc: &str) -> JsValue;
    #[wasm_bindgen(js_name = restorePending)]
    async fn restore_pending() -> JsValue;
}

#[wasm_bindgen(inline_js = r#"
export function fill_store() {
  window.__realPut = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };
}
export function free_store() { IDBObjectStore.prototype.put = window.__realPut; }
"#)]
extern "C" {
    fn fill_store();
    fn free_store();
}

const PNG: &[u8] = include_bytes!("fixtures/photo-basket-400x600.png");

fn blob(bytes: &[u8], kind: &str) -> web_sys::Blob {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let parts = Array::of1(&Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).unwrap()
}

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap()
}

/// A listing's photos as (width, height, size).
async fn photos_of(listing: u32) -> Vec<(f64, f64, f64)> {
    let rows: Array = list(listing).await.dyn_into().unwrap();
    rows.iter()
        .map(|row| {
            let number = |name| field(&row, name).as_f64().unwrap();
            (number("width"), number("height"), number("size"))
        })
        .collect()
}

async fn empty_store() {
    assert_eq!(remove(JsValue::NULL, JsValue::NULL).await.as_string().as_deref(), Some("ok"));
}

#[wasm_bindgen_test]
async fn a_photo_is_resized_stored_listed_counted_and_removed() {
    empty_store().await;
    assert_eq!(add(&blob(PNG, "image/png"), 7, 6).await.as_string().as_deref(), Some("ok"));
    let stored = photos_of(7).await;
    assert_eq!(stored.len(), 1);
    let (width, height, size) = stored[0];
    assert_eq!((width, height), (400.0, 600.0), "a small photo keeps its size");
    assert!(size > 0.0 && size <= 250.0 * 1024.0, "{size}");
    assert!(photos_of(8).await.is_empty(), "kept under its listing");
    let counted = usage().await;
    assert_eq!(field(&counted, "count").as_f64(), Some(1.0));
    assert_eq!(field(&counted, "bytes").as_f64(), Some(size));
    // A listing's limit is the caller's: at the limit, nothing is added.
    assert_eq!(add(&blob(PNG, "image/png"), 7, 1).await.as_string().as_deref(), Some("limit"));
    // Not a photo, or not one the browser can open.
    assert_eq!(add(&blob(b"%PDF-1.4", "application/pdf"), 7, 6).await.as_string().as_deref(), Some("not-image"));
    assert_eq!(
        add(&blob(&[0xff, 0xd8, 0xff, 0, 1], "image/jpeg"), 7, 6).await.as_string().as_deref(),
        Some("undecodable")
    );
    assert_eq!(photos_of(7).await.len(), 1);
    // Removing a listing's photos leaves the others.
    assert_eq!(add(&blob(PNG, "image/png"), 9, 6).await.as_string().as_deref(), Some("ok"));
    remove(JsValue::from(7u32), JsValue::NULL).await;
    assert!(photos_of(7).await.is_empty());
    assert_eq!(photos_of(9).await.len(), 1);
    empty_store().await;
}

#[wasm_bindgen_test]
async fn a_full_store_refuses_the_photo_and_keeps_the_ones_there() {
    empty_store().await;
    assert_eq!(add(&blob(PNG, "image/png"), 3, 6).await.as_string().as_deref(), Some("ok"));
    fill_store();
    let refused = add(&blob(PNG, "image/png"), 3, 6).await.as_string();
    free_store();
    assert_eq!(refused.as_deref(), Some("full"));
    assert_eq!(photos_of(3).await.len(), 1);
    empty_store().await;
}

#[wasm_bindgen_test]
async fn a_backups_photos_replace_the_stored_ones_all_at_once_or_not_at_all() {
    empty_store().await;
    assert_eq!(add(&blob(PNG, "image/png"), 1, 6).await.as_string().as_deref(), Some("ok"));
    let base64 = js_sys::eval(&format!(
        "btoa(String.fromCharCode(...new Uint8Array([{}])))",
        PNG.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
    ))
    .unwrap()
    .as_string()
    .unwrap();
    let backup = format!(
        r#"{{"app":"siap-ekspor","schema_version":3,"photos":[{{"listing":2,"order":0,"type":"image/png","data":"{base64}"}},{{"listing":2,"order":1,"type":"image/png","data":"{base64}"}}]}}"#
    );
    let read = read_backup(&blob(backup.as_bytes(), "application/json")).await;
    // Rust gets the document without the photos, and one line per photo to check.
    assert_eq!(field(&read, "doc").as_string().as_deref(), Some(r#"{"app":"siap-ekspor","schema_version":3}"#));
    let entries: Array = field(&read, "photos").dyn_into().unwrap();
    assert_eq!(entries.length(), 2);
    let first = entries.get(0);
    assert_eq!(field(&first, "listing").as_f64(), Some(2.0));
    assert_eq!(field(&first, "type").as_string().as_deref(), Some("image/png"));
    assert_eq!(field(&first, "size").as_f64(), Some(PNG.len() as f64));
    assert_eq!(field(&first, "image").as_bool(), Some(true));

    // No room: nothing replaced, her photo still there.
    fill_store();
    let refused = restore_pending().await.as_string();
    free_store();
    assert_eq!(refused.as_deref(), Some("full"));
    assert_eq!(photos_of(1).await.len(), 1);
    assert!(photos_of(2).await.is_empty());

    // With room: the file's photos, in their order, and only them.
    assert_eq!(restore_pending().await.as_string().as_deref(), Some("ok"));
    assert!(photos_of(1).await.is_empty());
    assert_eq!(photos_of(2).await, vec![(400.0, 600.0, PNG.len() as f64); 2]);
    empty_store().await;
}

#[wasm_bindgen_test]
async fn the_backup_file_is_the_document_with_every_photo() {
    empty_store().await;
    let doc = r#"{"app":"siap-ekspor","schema_version":3}"#;
    // No photos: an empty list, so a restore knows the file speaks for the photos too.
    let file: web_sys::Blob = backup_blob(doc).await.dyn_into().unwrap();
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.unwrap().as_string().unwrap();
    assert_eq!(text, r#"{"app":"siap-ekspor","schema_version":3,"photos":[]}"#);
    assert_eq!(add(&blob(PNG, "image/png"), 4, 6).await.as_string().as_deref(), Some("ok"));
    let file: web_sys::Blob = backup_blob(doc).await.dyn_into().unwrap();
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.unwrap().as_string().unwrap();
    let parsed = js_sys::JSON::parse(&text).unwrap();
    assert_eq!(field(&parsed, "schema_version").as_f64(), Some(3.0));
    let photos: Array = field(&parsed, "photos").dyn_into().unwrap();
    assert_eq!(photos.length(), 1);
    assert_eq!(field(&photos.get(0), "listing").as_f64(), Some(4.0));
    assert_eq!(field(&photos.get(0), "type").as_string().as_deref(), Some("image/jpeg"));
    assert!(field(&photos.get(0), "data").as_string().unwrap().starts_with("/9j/"), "base64 of a JPEG");
    // Not a document: refused, nothing made.
    assert_eq!(backup_blob("").await.as_string().as_deref(), Some("failed"));
    empty_store().await;
}

#[wasm_bindgen_test]
async fn what_a_backup_file_brings_is_read_for_rust_to_check() {
    // Not JSON, or JSON without photos: the text as it is, no photos (every older backup).
    for text in ["{oops", r#"{"app":"siap-ekspor","schema_version":2}"#, "[1,2]"] {
        let read = read_backup(&blob(text.as_bytes(), "application/json")).await;
        assert_eq!(field(&read, "doc").as_string().as_deref(), Some(text));
        assert!(field(&read, "photos").is_null(), "{text}");
    }
    // Wrong kinds become -1 / '' / false, so Rust's check refuses them.
    let damaged = r#"{"app":"siap-ekspor","photos":[{"listing":"2","order":-3,"type":7,"data":"%%%"},{"listing":1,"order":0,"type":"image/jpeg","data":"aGVsbG8="},"x"]}"#;
    let read = read_backup(&blob(damaged.as_bytes(), "application/json")).await;
    let entries: Array = field(&read, "photos").dyn_into().unwrap();
    let line = |i: u32| {
        let e = entries.get(i);
        (
            field(&e, "listing").as_f64(),
            field(&e, "order").as_f64(),
            field(&e, "type").as_string(),
            field(&e, "size").as_f64(),
            field(&e, "image").as_bool(),
        )
    };
    assert_eq!(line(0), (Some(-1.0), Some(-1.0), Some(String::new()), Some(-1.0), Some(false)));
    // "hello" is base64 of five bytes that are no JPEG.
    assert_eq!(line(1), (Some(1.0), Some(0.0), Some("image/jpeg".into()), Some(5.0), Some(false)));
    assert_eq!(line(2), (Some(-1.0), Some(-1.0), Some(String::new()), Some(-1.0), Some(false)));
    // `photos` that is not a list: one line that can only be refused.
    let read = read_backup(&blob(br#"{"app":"siap-ekspor","photos":{}}"#, "application/json")).await;
    let entries: Array = field(&read, "photos").dyn_into().unwrap();
    assert_eq!(entries.length(), 1);
    assert_eq!(field(&entries.get(0), "listing").as_f64(), Some(-1.0));
}
