//! Small wrappers over browser APIs used by pages and the shell. Every function here tolerates a
//! missing window or a throwing API (sandboxed iframe, old browser) and never panics; callers get
//! `None`/`Err(())` and show a message.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::lang::Lang;
use crate::domain::persist::CalendarDate;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// `location.hash`, e.g. `#/classify?q=kopi`; empty when there is none.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// `location.search`, e.g. `?embed=1&lang=en`.
pub fn search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Keeps `<html lang>` and the document title in step with the language shown.
///
/// Each is set only when it differs: index.html already holds the home page's Indonesian ones, and
/// setting even the same `lang` makes the browser look at every element's style again, and the
/// same title tells the browser's tab and its accessibility tree again (about 2.5 ms of a cold
/// visit's first render at 4x CPU in a profile).
pub fn set_language_and_title(lang: Lang, title: &str) {
    if let Some(document) = document() {
        if let Some(root) = document.document_element() {
            if root.get_attribute("lang").as_deref() != Some(lang.code()) {
                let _ = root.set_attribute("lang", lang.code());
            }
        }
        if document.title() != title {
            document.set_title(title);
        }
    }
}

/// Moves focus to the page's heading after navigation, so a screen reader announces the new page,
/// and scrolls to the top; unless the new page has already put the focus somewhere inside it (a
/// link to a section of it, `browser::reveal`), which it keeps.
pub fn focus_main_heading() {
    if let Some(document) = document() {
        let placed = document
            .active_element()
            .is_some_and(|active| active.closest("main").ok().flatten().is_some() && active.tag_name() != "H1");
        if placed {
            return;
        }
        if let Ok(Some(heading)) = document.query_selector("main h1") {
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
    }
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses the first element matching `selector` once the next frame is drawn, that is after the
/// render a change causes: a field just added gets the keyboard (and the screen reader's attention).
pub fn focus_next_frame(selector: &'static str) {
    let Some(window) = window() else { return };
    let focus = Closure::once_into_js(move || {
        let element = document().and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Brings an element on this page into view and gives it the focus (a `<details>` is opened
/// first): the page's own "jump to" buttons, since a `#id` link would be taken for a route.
pub fn reveal(id: &str) {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else { return };
    if element.tag_name().eq_ignore_ascii_case("details") {
        let _ = element.set_attribute("open", "");
    }
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Today on the device's clock, in its time zone.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

/// 40 random bits from the browser (`Math.random`: ids that need to differ, not to be secret).
pub fn random_bits() -> u64 {
    (js_sys::Math::random() * 1_099_511_627_776.0) as u64
}

pub fn now_millis() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The browser refused to offer a file (no document, or a blob it could not make).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DownloadFailed;

/// Offers `text` as a file download. Works offline and in iframes (a blob URL on the page's own
/// origin); the URL is released once the click has been dispatched.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadFailed> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| DownloadFailed)?;
    download_blob(file_name, &blob)
}

/// Offers `blob` as a file download, as [`download_text`] does (the backup with her photos, a
/// file too large to pass through the wasm as text).
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), DownloadFailed> {
    let document = document().ok_or(DownloadFailed)?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| DownloadFailed)?;
    let anchor = document
        .create_element("a")
        .map_err(|_| DownloadFailed)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| DownloadFailed)?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or(DownloadFailed)?;
    let _ = body.append_child(&anchor);
    anchor.click();
    let _ = body.remove_child(&anchor);
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Rewrites the address's hash without a `hashchange` (nothing re-routes) and without a new
/// history entry.
pub fn replace_hash(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Sets the address's hash as a link does: a new history entry and a `hashchange`.
pub fn set_hash(hash: &str) {
    if let Some(window) = window() {
        let _ = window.location().set_hash(hash);
    }
}

/// The page's address without its hash: where share links point.
pub fn page_address() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Opens the browser's print dialog (the print stylesheet lays the checklist out on A4).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Today as `YYYY-MM-DD`, or empty where there is no browser clock (server-side rendering in tests).
pub fn today_or_empty() -> String {
    if cfg!(target_arch = "wasm32") {
        today().iso()
    } else {
        String::new()
    }
}

/// Loads the page again (a part of the app that could not be fetched may be there now).
pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}

/// Whether the page's main heading has the keyboard focus (the shell gives it after navigation).
pub fn main_heading_focused() -> bool {
    let Some(document) = document() else { return false };
    match (document.active_element(), document.query_selector("main h1").ok().flatten()) {
        (Some(active), Some(heading)) => active.is_same_node(Some(&heading)),
        _ => false,
    }
}

/// Whether the page is out of view (another tab, the phone's home screen).
pub fn hidden() -> bool {
    document().is_some_and(|document| document.hidden())
}

/// The media query of a wide screen, where the side column lists every tool (app.css: the same
/// 900 px); `None` where the browser has no `matchMedia`.
pub fn wide_screen() -> Option<web_sys::MediaQueryList> {
    window()?.match_media("(min-width: 900px)").ok().flatten()
}
