//! Persistent storage: under storage pressure, Chrome on Android may clear a site's data unless the
//! site holds persistent storage. The app asks for it once her data are worth keeping (the first
//! save that holds real data, `storage_status::has_real_data`) and when it runs installed; the data
//! page shows whether her data are protected and how much room the site uses and has left.
//! Bindings to `assets/js/pwa.js`, whose functions never reject.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::domain::storage_status::{Protection, SiteUsage};

#[wasm_bindgen(module = "/assets/js/pwa.js")]
extern "C" {
    #[wasm_bindgen(js_name = storagePersisted)]
    fn storage_persisted() -> js_sys::Promise;

    #[wasm_bindgen(js_name = requestPersistence)]
    fn request_persistence() -> js_sys::Promise;

    #[wasm_bindgen(js_name = storageEstimate)]
    fn storage_estimate() -> js_sys::Promise;

    #[wasm_bindgen(js_name = runsInstalled)]
    fn runs_installed() -> bool;
}

thread_local! {
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

async fn answer(promise: js_sys::Promise) -> Protection {
    let code = JsFuture::from(promise).await.ok().and_then(|value| value.as_f64()).unwrap_or(-1.0);
    Protection::from_code(code as i32)
}

/// Whether the browser keeps her data under storage pressure.
pub async fn protection() -> Protection {
    answer(storage_persisted()).await
}

/// Asks the browser to keep her data; what it answered.
pub async fn request() -> Protection {
    answer(request_persistence()).await
}

/// What the whole site uses and may use (her data, the offline copy of the app), if the browser says.
pub async fn usage() -> Option<SiteUsage> {
    let value = JsFuture::from(storage_estimate()).await.ok()?;
    let pair = js_sys::Array::from(&value);
    let number = |i: u32| pair.get(i).as_f64().filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as u64);
    Some(SiteUsage { used: number(0)?, quota: number(1)? })
}

/// Whether the app runs installed, from the home screen.
pub fn installed() -> bool {
    runs_installed()
}

/// Asks for persistent storage once per page, unless the browser already keeps her data.
pub fn ask_once() {
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        if protection().await == Protection::AtRisk {
            let _ = request().await;
        }
    });
}
