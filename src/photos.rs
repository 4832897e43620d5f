//! Web glue for her product photos: `assets/js/photos.js` (IndexedDB, canvas resizing, the backup's
//! photos), imported the first time a page asks for it, never in the first visit. The rules are in
//! `domain::photos`; every call here answers something a page can show, never panics, and treats a
//! store that cannot be opened (private mode, storage blocked) as "no photos".

use std::cell::RefCell;

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::domain::photos::{Added, Incoming, Shown, Usage, LOGO, MAX_PER_LISTING};

#[wasm_bindgen(module = "/assets/js/pwa.js")]
extern "C" {
    #[wasm_bindgen(js_name = importScript)]
    fn import_script(path: &str) -> Promise;
}

thread_local! {
    static MODULE: RefCell<Option<PhotoModule>> = const { RefCell::new(None) };
}

/// The imported `photos.js` module. Its functions are called by name through `Reflect` rather
/// than bound one by one: every bound function is an import of the main module, so in the first
/// visit of every phone.
#[derive(Clone)]
struct PhotoModule(JsValue);

impl PhotoModule {
    /// Calls the module's function `name` and awaits what it answers (`null` if it is missing or
    /// throws: the module's functions themselves never reject).
    async fn call(&self, name: &str, args: &[JsValue]) -> JsValue {
        let Ok(function) = Reflect::get(&self.0, &JsValue::from_str(name)) else { return JsValue::NULL };
        let Some(function) = function.dyn_ref::<js_sys::Function>() else { return JsValue::NULL };
        let args: Array = args.iter().collect();
        match function.apply(&self.0, &args) {
            Ok(value) => match value.dyn_into::<Promise>() {
                Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::NULL),
                Err(value) => value,
            },
            Err(_) => JsValue::NULL,
        }
    }

    /// The code a call answered (`"ok"`, `"full"`, …), as an [`Added`].
    async fn code(&self, name: &str, args: &[JsValue]) -> Added {
        Added::from_code(&self.call(name, args).await.as_string().unwrap_or_default())
    }
}

/// The module, imported once; `None` where it cannot be fetched (asking again tries again).
async fn module() -> Option<PhotoModule> {
    if let Some(module) = MODULE.with(|m| m.borrow().clone()) {
        return Some(module);
    }
    let value = JsFuture::from(import_script("js/photos.js")).await.ok()?;
    if !value.is_object() {
        return None;
    }
    let module = PhotoModule(value);
    MODULE.with(|m| *m.borrow_mut() = Some(module.clone()));
    Some(module)
}

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text(value: &JsValue, name: &str) -> String {
    field(value, name).as_string().unwrap_or_default()
}

fn number(value: &JsValue, name: &str) -> f64 {
    field(value, name).as_f64().unwrap_or(-1.0)
}

fn ids(listings: &[u32]) -> Array {
    listings.iter().map(|id| JsValue::from(*id)).collect()
}

/// Resizes and stores a photo she picked, last among the listing's.
pub async fn add(file: &web_sys::File, listing: u32) -> Added {
    let Some(module) = module().await else { return Added::Failed };
    module.code("add", &[file.into(), listing.into(), (MAX_PER_LISTING as u32).into()]).await
}

/// A listing's photos in order; `None` if the store cannot be opened.
pub async fn list(listing: u32) -> Option<Vec<Shown>> {
    let module = module().await?;
    let rows = module.call("list", &[listing.into()]).await;
    let rows = rows.dyn_ref::<Array>()?;
    Some(
        rows.iter()
            .map(|row| Shown {
                id: text(&row, "id"),
                url: text(&row, "url"),
                width: number(&row, "width").max(0.0) as u32,
                height: number(&row, "height").max(0.0) as u32,
                bytes: number(&row, "size").max(0.0) as u64,
            })
            .collect(),
    )
}

/// Makes `file` her logo: stored first, then the logo it replaces deleted (a failed add keeps
/// the old one).
pub async fn set_logo(file: &web_sys::File) -> Added {
    let Some(module) = module().await else { return Added::Failed };
    let old = list(LOGO).await.unwrap_or_default();
    let added = module.code("add", &[file.into(), LOGO.into(), (old.len() as u32 + 1).into()]).await;
    if added == Added::Ok {
        for photo in old {
            module.call("remove", &[LOGO.into(), photo.id.as_str().into()]).await;
        }
    }
    added
}

/// Moves a photo one place earlier (`step` −1) or later (1).
pub async fn move_photo(listing: u32, id: &str, step: i32) -> Added {
    let Some(module) = module().await else { return Added::Failed };
    module.code("move", &[listing.into(), id.into(), step.into()]).await
}

/// Deletes one photo of a listing.
pub async fn remove(listing: u32, id: &str) -> Added {
    let Some(module) = module().await else { return Added::Failed };
    module.code("remove", &[listing.into(), id.into()]).await
}

/// Deletes every photo of a listing (the listing was deleted).
pub async fn remove_listing(listing: u32) {
    if let Some(module) = module().await {
        module.call("remove", &[listing.into(), JsValue::NULL]).await;
    }
}

/// Deletes every photo (the reset).
pub async fn remove_all() {
    if let Some(module) = module().await {
        module.call("remove", &[JsValue::NULL, JsValue::NULL]).await;
    }
}

/// Deletes the photos of listings that are not in `keep` (the logo stays).
pub async fn prune(keep: &[u32]) {
    if let Some(module) = module().await {
        let keep: Vec<u32> = keep.iter().copied().chain([LOGO]).collect();
        module.call("prune", &[ids(&keep).into()]).await;
    }
}

/// Count and bytes of every stored photo; `None` if the store cannot be opened.
pub async fn usage() -> Option<Usage> {
    let module = module().await?;
    let value = module.call("usage", &[]).await;
    let (count, bytes) = (number(&value, "count"), number(&value, "bytes"));
    (count >= 0.0 && bytes >= 0.0).then_some(Usage { count: count as u64, bytes: bytes as u64 })
}

/// The first photo of each of `listings` that has one: an object URL, or a data URI when `inline`.
pub async fn firsts(listings: &[u32], inline: bool) -> Vec<(u32, String)> {
    let Some(module) = module().await else { return Vec::new() };
    let rows = module.call("firsts", &[ids(listings).into(), inline.into()]).await;
    let Some(rows) = rows.dyn_ref::<Array>() else { return Vec::new() };
    rows.iter()
        .filter_map(|row| {
            let listing = number(&row, "listing");
            (listing >= 0.0 && listing <= f64::from(u32::MAX)).then(|| (listing as u32, text(&row, "url")))
        })
        .collect()
}

/// The backup file with its photos, as the photo store made it.
pub enum BackupFile {
    /// `doc` with every photo, as a Blob (tens of megabytes never pass through the wasm as text).
    Ready(web_sys::Blob),
    /// The photo store cannot be read here: the caller writes the document alone.
    NoPhotos,
    Failed,
}

/// The backup file: `doc` (the document's JSON) with every photo.
pub async fn backup_file(doc: &str) -> BackupFile {
    let Some(module) = module().await else { return BackupFile::NoPhotos };
    let answer = module.call("backupBlob", &[doc.into()]).await;
    match answer.dyn_into::<web_sys::Blob>() {
        Ok(blob) => BackupFile::Ready(blob),
        Err(answer) if answer.as_string().as_deref() == Some("no-photos") => BackupFile::NoPhotos,
        Err(_) => BackupFile::Failed,
    }
}

/// A backup file read: the document's text, and its photos (`None`: the file has none).
pub struct BackupRead {
    pub doc: String,
    pub photos: Option<Vec<Incoming>>,
}

/// Reads a backup file; the photos wait in the module until [`restore_pending`] or
/// [`drop_pending`]. `None` if the file cannot be read; `Some` with only the file's text where
/// the module cannot be fetched.
pub async fn read_backup(file: &web_sys::File) -> Option<BackupRead> {
    let Some(module) = module().await else {
        let doc = JsFuture::from(file.text()).await.ok()?.as_string()?;
        return Some(BackupRead { doc, photos: None });
    };
    let value = module.call("readBackup", &[file.into()]).await;
    let doc = field(&value, "doc").as_string()?;
    let photos = field(&value, "photos");
    let photos = photos.dyn_ref::<Array>().map(|rows| {
        rows.iter()
            .map(|row| Incoming {
                listing: number(&row, "listing") as i64,
                order: number(&row, "order") as i64,
                kind: text(&row, "type"),
                bytes: number(&row, "size") as i64,
                image: field(&row, "image").as_bool() == Some(true),
            })
            .collect()
    });
    Some(BackupRead { doc, photos })
}

/// Replaces the stored photos with those [`read_backup`] read, in one transaction.
pub async fn restore_pending() -> Added {
    let Some(module) = module().await else { return Added::Failed };
    module.code("restorePending", &[]).await
}

/// Forgets the photos [`read_backup`] read (she cancelled, or the file was refused).
pub fn drop_pending() {
    if let Some(module) = MODULE.with(|m| m.borrow().clone()) {
        wasm_bindgen_futures::spawn_local(async move {
            module.call("dropPending", &[]).await;
        });
    }
}
