//! Siap Ekspor: an offline, in-browser export assistant for Indonesian UMKM.
//!
//! `domain` holds all knowledge and arithmetic in pure Rust; `i18n` every visible string in both
//! languages; `storage`, `browser`, `pwa` and `durable` are the only places that touch browser APIs; `app`,
//! `pages` and `components` are Yew function components that call the domain and render.

pub mod app;
pub mod backup;
pub mod browser;
pub mod components;
pub mod data_files;
pub mod domain;
pub mod durable;
pub mod i18n;
pub mod pages;
pub mod parts;
pub mod persistence;
pub mod photos;
pub mod pwa;
pub mod share;
pub mod state;
pub mod storage;

/// Mounts the app on `<div id="app">`, replacing the static skeleton `index.html` paints first
/// (a stored document is read first, by the codec part; see `app::Boot::from_browser`).
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        // The skeleton first, always (pwa::after_first_paint), and three tasks rather than one:
        // the instantiation, the boot (storage read, address parsed), the shell's first render.
        pwa::after_first_paint().await;
        let boot = app::Boot::from_browser().await;
        pwa::after_first_paint().await;
        mount(boot);
    });
}

fn mount(boot: app::Boot) {
    let props = app::ShellProps { boot: std::rc::Rc::new(boot) };
    match browser::document().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::Shell>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<app::Shell>::with_props(props).render();
        }
    }
}
