//! The shell rendered by Yew in the browser, in a debug build (wasm-bindgen-test in headless
//! Chromium): the end-to-end tests run the release build, in which Yew does not check that a
//! component calls its hooks in the same order in every render; a debug build (`trunk serve`)
//! panics when one does not. The home page's list of tools draws in a second render
//! (`pages::home::summary::Tools`): mounted here, it must get there.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use siap_ekspor::app::{Boot, Shell, ShellProps};
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::route::Location;
use siap_ekspor::domain::storage_status::StorageHealth;
use siap_ekspor::storage::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function count(root, selector) { return root.querySelectorAll(selector).length; }
export function next_task() { return new Promise((resolve) => setTimeout(resolve, 10)); }
"#)]
extern "C" {
    fn count(root: &web_sys::Element, selector: &str) -> u32;
    fn next_task() -> js_sys::Promise;
}

/// Waits, task by task (two seconds at most), until `selector` matches in `root`.
async fn wait_for(root: &web_sys::Element, selector: &str) -> u32 {
    for _ in 0..200 {
        let found = count(root, selector);
        if found > 0 {
            return found;
        }
        let _ = wasm_bindgen_futures::JsFuture::from(next_task()).await;
    }
    0
}

#[wasm_bindgen_test]
async fn the_home_page_draws_its_list_of_tools_in_a_debug_build() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    let boot = Boot {
        data: AppData::default().into(),
        health: StorageHealth::memory_only(),
        bytes_used: 0,
        store: Rc::new(Store::memory()),
        location: Location::parse_hash("#/"),
        embed: false,
    };
    let app = yew::Renderer::<Shell>::with_root_and_props(root.clone(), ShellProps { boot: Rc::new(boot) }).render();
    assert_eq!(wait_for(&root, "[data-testid=lang-switch]").await, 1, "the shell is on screen");
    // Every tool but the home page, and the report.
    assert_eq!(wait_for(&root, ".tools a.tool").await, 11, "the home page's list of tools");
    assert_eq!(count(&root, ".tools-loading"), 0);
    app.destroy();
}
