//! Copy and share (bindings to `assets/js/share.js`): quotes today, listings and reports later.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/assets/js/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = copyText)]
    async fn copy_text_js(text: &str) -> JsValue;
    #[wasm_bindgen(js_name = canShare)]
    fn can_share_js() -> bool;
    #[wasm_bindgen(js_name = shareText)]
    async fn share_text_js(title: &str, text: &str) -> JsValue;
    #[wasm_bindgen(js_name = canShareFiles)]
    fn can_share_files_js() -> bool;
    #[wasm_bindgen(js_name = shareFile)]
    async fn share_file_js(name: &str, mime: &str, text: &str, title: &str) -> JsValue;
}

/// What happened to a copy or share, for the status line under the buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Copied,
    Shared,
    Cancelled,
    Failed,
}

pub async fn copy(text: &str) -> Outcome {
    if copy_text_js(text).await.as_bool() == Some(true) {
        Outcome::Copied
    } else {
        Outcome::Failed
    }
}

/// The share sheet where the browser has one, otherwise a copy.
pub async fn share(title: &str, text: &str) -> Outcome {
    if !can_share_js() {
        return copy(text).await;
    }
    match share_text_js(title, text).await.as_string().as_deref() {
        Some("shared") => Outcome::Shared,
        Some("cancelled") => Outcome::Cancelled,
        _ => copy(text).await,
    }
}

/// Whether the share sheet takes files here (a "Share" button for a file is shown only then).
pub fn can_share_files() -> bool {
    // Off wasm (server-side rendering in tests) there is no browser to ask.
    cfg!(target_arch = "wasm32") && can_share_files_js()
}

/// Shares `text` as the file `name`; [`Outcome::Failed`] where the browser cannot (the page then
/// offers the download).
pub async fn share_file(name: &str, mime: &str, text: &str, title: &str) -> Outcome {
    match share_file_js(name, mime, text, title).await.as_string().as_deref() {
        Some("shared") => Outcome::Shared,
        Some("cancelled") => Outcome::Cancelled,
        _ => Outcome::Failed,
    }
}

/// What a "Copy" button does on a tap: copies `text`, then tells `report` how it went.
pub fn copy_on_click<E: 'static>(text: String, report: impl Fn(Outcome) + 'static) -> yew::Callback<E> {
    copy_on_click_with(move || text.clone(), report)
}

/// The same for a text made at the tap (a link with the page's address as it is then).
pub fn copy_on_click_with<E: 'static>(
    make: impl Fn() -> String + 'static,
    report: impl Fn(Outcome) + 'static,
) -> yew::Callback<E> {
    let report = std::rc::Rc::new(report);
    yew::Callback::from(move |_| {
        let (text, report) = (make(), report.clone());
        wasm_bindgen_futures::spawn_local(async move { report(copy(&text).await) });
    })
}

/// What a "Share" button does on a tap: the share sheet (or a copy), then tells `report`.
pub fn share_on_click<E: 'static>(text: String, report: impl Fn(Outcome) + 'static) -> yew::Callback<E> {
    let report = std::rc::Rc::new(report);
    yew::Callback::from(move |_| {
        let (text, report) = (text.clone(), report.clone());
        wasm_bindgen_futures::spawn_local(async move { report(share("Siap Ekspor", &text).await) });
    })
}

/// `https://wa.me/?text=…`: WhatsApp's own link, opened only when she taps it.
pub fn whatsapp_href(text: &str) -> String {
    format!("https://wa.me/?text={}", crate::domain::query::encode_component(text))
}

/// The status line under a copy or share button, in her language; nothing after a cancelled share.
pub fn outcome_text(outcome: Option<Outcome>, lang: crate::domain::lang::Lang) -> &'static str {
    use crate::i18n::IncotermsMsg;
    match outcome {
        Some(Outcome::Copied) => IncotermsMsg::Copied.text(lang),
        Some(Outcome::Shared) => IncotermsMsg::Shared.text(lang),
        Some(Outcome::Failed) => IncotermsMsg::CopyFailed.text(lang),
        Some(Outcome::Cancelled) | None => "",
    }
}
