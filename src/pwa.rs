//! Bindings to `assets/js/pwa.js`: service-worker registration and updates, and the height report
//! an embedding page listens for. Kept in JS because these APIs are event-heavy and the JS is a
//! fraction of the bytes the equivalent web-sys bindings would add to the wasm.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/assets/js/pwa.js")]
extern "C" {
    /// Registers `./sw.js`; calls `on_update_ready` when a new version is installed and waiting.
    #[wasm_bindgen(js_name = registerServiceWorker)]
    pub fn register_service_worker(on_update_ready: &js_sys::Function);

    /// Activates the waiting version and reloads once it controls the page.
    #[wasm_bindgen(js_name = applyUpdate)]
    pub fn apply_update();

    /// In an iframe, posts `{type: "siap-ekspor:height", height}` to the parent on every change.
    #[wasm_bindgen(js_name = startHeightReporter)]
    pub fn start_height_reporter();
}

/// Registers the service worker (its update prompt dispatches `on_update_ready`) and, when the app
/// is embedded, starts reporting its height to the parent page.
pub fn start(embed: bool, on_update_ready: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(on_update_ready);
    register_service_worker(callback.as_ref().unchecked_ref());
    // The callback lives as long as the page, as the service worker's events do.
    callback.forget();
    if embed {
        start_height_reporter();
    }
}
