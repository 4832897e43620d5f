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

    /// Calls `on_available` when the browser offers to install the app, `on_installed` after.
    #[wasm_bindgen(js_name = listenForInstall)]
    fn listen_for_install(on_available: &js_sys::Function, on_installed: &js_sys::Function);

    /// Shows the browser's install dialog for the offer last received.
    #[wasm_bindgen(js_name = promptInstall)]
    pub fn prompt_install();

    /// Resolves once the browser has recorded a paint of the page, waiting ten frames at most.
    #[wasm_bindgen(js_name = afterFirstPaint)]
    fn after_first_paint_promise() -> js_sys::Promise;

    /// Adds the tools' stylesheet (once); resolves when it has loaded or failed.
    #[wasm_bindgen(js_name = toolStyles)]
    fn tool_styles_promise() -> js_sys::Promise;

    /// Adds the tools' stylesheet once the first page's parts are here (`partsSettled`).
    #[wasm_bindgen(js_name = prefetchToolStyles)]
    fn prefetch_tool_styles();

    #[wasm_bindgen(js_name = partsSettled)]
    fn parts_settled_js();
}

/// Tells the page that no part is on its way any more: the service worker's precaching and the
/// tools' styles, which waited for the first page's parts so as not to share a slow network with
/// them, may start (`partsSettled` in assets/js/pwa.js). Off wasm (tests) nothing.
pub fn parts_settled() {
    #[cfg(target_arch = "wasm32")]
    parts_settled_js();
}

/// The tools' stylesheet (`assets/tools.css`, not in the first visit): added on the first call,
/// which the shell makes once the first page's parts are here (or a tool's page, first); awaited
/// before a tool's page is shown, so that no tool appears unstyled (`toolStyles` in
/// assets/js/pwa.js). If it cannot be fetched, the page is shown all the same. Off wasm (tests)
/// at once.
pub async fn tool_styles() {
    #[cfg(target_arch = "wasm32")]
    let _ = wasm_bindgen_futures::JsFuture::from(tool_styles_promise()).await;
}

/// Waits until the page has been painted once (at once if it has: the usual case on a phone
/// network), at most ten frames. The shell mounts after it, so the static skeleton's heading and
/// introduction are always what she sees first, and the largest contentful paint does not depend
/// on whether the wasm happened to beat the first paint (`afterFirstPaint` in assets/js/pwa.js).
pub async fn after_first_paint() {
    let _ = wasm_bindgen_futures::JsFuture::from(after_first_paint_promise()).await;
}

/// Adds the tools' stylesheet ([`tool_styles`]) and registers the service worker (its update
/// prompt calls `on_update_ready`), both once the first page's parts are here ([`parts_settled`]).
/// Embedded, the app reports its height to the parent page and offers no install; standalone,
/// `on_install(true)` is called when installing becomes possible and `on_install(false)` once it
/// is done.
pub fn start(embed: bool, on_update_ready: impl Fn() + 'static, on_install: impl Fn(bool) + 'static) {
    // Once the first page's parts are here: every tool's styles, before she opens one.
    prefetch_tool_styles();
    // Callbacks live as long as the page, as the events that call them do.
    let update = Closure::<dyn Fn()>::new(on_update_ready);
    register_service_worker(update.as_ref().unchecked_ref());
    update.forget();
    if embed {
        start_height_reporter();
        return;
    }
    let on_install = std::rc::Rc::new(on_install);
    let available = {
        let on_install = on_install.clone();
        Closure::<dyn Fn()>::new(move || on_install(true))
    };
    let installed = Closure::<dyn Fn()>::new(move || on_install(false));
    listen_for_install(available.as_ref().unchecked_ref(), installed.as_ref().unchecked_ref());
    available.forget();
    installed.forget();
}
