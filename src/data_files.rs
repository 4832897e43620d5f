//! Content data fetched when a page needs it rather than compiled into the wasm: the checklist, the
//! marketplace guide (~64 KB of text in two languages), the listing glossary (57 KB) and the export
//! rules (120 KB), which would add tens of KB brotli to every first visit. `index.html` copies them
//! to `dist/data/` and the service worker precaches them (so they work offline after one visit);
//! the HS list (850 KB) is copied too but only kept by the worker once fetched. Each file is
//! fetched at most once at a time however many components ask, parsed and checked by the domain,
//! and kept for the rest of the session.
//!
//! Native builds (server-side rendering in tests) read the same files at compile time instead.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::checklist::{self, Catalogue, Needs};
use crate::domain::classify::{self, Nomenclature, RuleBook};
use crate::domain::listing::glossary::{self, Glossary};
use crate::domain::market::{self, Guide};
use crate::domain::model::{Product, ProductClass};
use crate::parts::{self, Part};

/// Where a data file stands.
pub enum Loaded<T> {
    /// Not asked for yet (a file fetched only when a search needs it).
    Idle,
    Loading,
    Ready(Rc<T>),
    /// Not reachable, or reached but not valid: see [`Failure`].
    Failed(Failure),
}

/// Why a data file is not there. The two need different advice: offline before the first visit
/// cached it, she connects once; a damaged file (a broken deployment or cache) will not get better
/// by reconnecting, and she reloads the app (or waits for an update) — her own data are not
/// affected either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The fetch failed: offline, a 404, blocked.
    Unreachable,
    /// The file came but does not parse or check.
    Damaged,
}

impl<T> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        match self {
            Loaded::Idle => Loaded::Idle,
            Loaded::Loading => Loaded::Loading,
            Loaded::Ready(value) => Loaded::Ready(value.clone()),
            Loaded::Failed(why) => Loaded::Failed(*why),
        }
    }
}

impl<T> PartialEq for Loaded<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Loaded::Idle, Loaded::Idle) | (Loaded::Loading, Loaded::Loading) => true,
            (Loaded::Failed(a), Loaded::Failed(b)) => a == b,
            (Loaded::Ready(a), Loaded::Ready(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl<T> Loaded<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loaded::Ready(value) => Some(value),
            _ => None,
        }
    }

    /// Why it failed, if it did.
    pub fn failure(&self) -> Option<Failure> {
        match self {
            Loaded::Failed(why) => Some(*why),
            _ => None,
        }
    }

    /// The shared copy, for passing to child components.
    pub fn shared(&self) -> Option<Rc<T>> {
        match self {
            Loaded::Ready(value) => Some(value.clone()),
            _ => None,
        }
    }
}

/// One data file: its path under `dist/`, its parser, and the session's copy.
struct Source<T: 'static> {
    path: &'static str,
    parse: fn(&str) -> Result<T, String>,
    /// A part that holds the parser, fetched together with the file (the glossary's reader).
    reader: Option<Part>,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: &'static str,
    cache: &'static std::thread::LocalKey<RefCell<Slot<T>>>,
}

/// The session's copy of a file. While it is on its way, every component that asks for it waits
/// for that one fetch (the checklist page and its report card both want the checklist) instead of
/// fetching and parsing it again.
enum Slot<T> {
    Empty,
    Loading(Vec<UseStateHandle<Loaded<T>>>),
    Ready(Rc<T>),
}

thread_local! {
    static CHECKLIST: RefCell<Slot<Catalogue>> = const { RefCell::new(Slot::Empty) };
    static GUIDE: RefCell<Slot<Guide>> = const { RefCell::new(Slot::Empty) };
    static GLOSSARY: RefCell<Slot<Glossary>> = const { RefCell::new(Slot::Empty) };
    static RULES: RefCell<Slot<RuleBook>> = const { RefCell::new(Slot::Empty) };
    static HS: RefCell<Slot<Nomenclature>> = const { RefCell::new(Slot::Empty) };
}

const RULES_SOURCE: Source<RuleBook> = Source {
    path: "./data/export-rules.json",
    parse: classify::parse,
    reader: None,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/export-rules.json"),
    cache: &RULES,
};

/// 850 KB: never part of the first visit. The service worker keeps it once fetched (it is not
/// in the precache list; see `assets/build/post-build.mjs`).
const HS_SOURCE: Source<Nomenclature> = Source {
    path: "./data/harmonized-system-2022.csv",
    parse: classify::hs::parse,
    reader: None,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/harmonized-system-2022.csv"),
    cache: &HS,
};

const CHECKLIST_SOURCE: Source<Catalogue> = Source {
    path: "./data/checklist.json",
    parse: checklist::parse,
    reader: None,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/checklist.json"),
    cache: &CHECKLIST,
};

const GUIDE_SOURCE: Source<Guide> = Source {
    path: "./data/marketplaces.json",
    parse: market::parse,
    reader: None,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/marketplaces.json"),
    cache: &GUIDE,
};

const GLOSSARY_PATH: &str = "./data/glossary.json";

/// Starts fetching the glossary's file now, for a page whose part that reads it is still on its
/// way (the catalogue's sheet, `catsheet`): the file then travels beside the part instead of
/// after it, one round trip sooner on a phone network. Only the request is started here (no
/// parser, so the page that calls it stays small); the first page that loads the glossary takes
/// it up ([`start_fetch`]). Nothing happens if the glossary is already here or on its way.
pub fn prefetch_glossary() {
    let idle = GLOSSARY.with(|cache| matches!(*cache.borrow(), Slot::Empty));
    let started = PREFETCHED.with(|prefetched| prefetched.borrow().iter().any(|(path, _)| *path == GLOSSARY_PATH));
    if idle && !started {
        if let Some(request) = fetch_now(GLOSSARY_PATH) {
            // Handled, so that a request no page takes up (the part never came) and that fails
            // (offline) is not an uncaught error; the page that takes it up sees the failure.
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
            let _ = request.catch(&ignore);
            ignore.forget();
            PREFETCHED.with(|prefetched| prefetched.borrow_mut().push((GLOSSARY_PATH, request)));
        }
    }
}

thread_local! {
    /// Requests started ahead of the page that reads them ([`prefetch_glossary`]), each taken by
    /// the first load of its path.
    static PREFETCHED: RefCell<Vec<(&'static str, js_sys::Promise)>> = const { RefCell::new(Vec::new()) };
}

/// The glossary for the pages that translate with it as soon as they open (the listing builder,
/// the catalogue): they hold its reader themselves.
const GLOSSARY_SOURCE: Source<Glossary> = Source {
    path: GLOSSARY_PATH,
    parse: glossary::parse,
    reader: None,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/glossary.json"),
    cache: &GLOSSARY,
};

/// The same file and copy for the pages that need it only at a later step (the calculator's price
/// line, a classification's search in the HS list, a document from a listing): its reader is then
/// a part of its own, fetched with the file, so that opening those pages fetches neither.
const GLOSSARY_LATER: Source<Glossary> = Source {
    path: GLOSSARY_PATH,
    parse: read_glossary,
    reader: Some(Part::Glossary),
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/glossary.json"),
    cache: &GLOSSARY,
};

/// Reads the glossary with its reader's part (loaded by then: see [`Source::reader`]). Only the
/// tools that translate with the glossary name its code; the calculator needs it for one unit.
fn read_glossary(text: &str) -> Result<Glossary, String> {
    match parts::ready(Part::Glossary) {
        Some(parts::Loaded::Glossary(reader)) => (reader.parse)(text),
        _ => Err("the glossary's reader is not loaded".to_string()),
    }
}

/// Her unit in English for a price line ("botol" → "bottle"): through the glossary once it is
/// here, her word as typed (tidied) if it cannot load, `None` while it loads.
pub fn unit_in_english(glossary: &Loaded<Glossary>, unit: &str) -> Option<String> {
    use crate::domain::listing::generate::plain_unit;
    match glossary {
        // Read by the reader's part, so that part is here.
        Loaded::Ready(glossary) => Some(match parts::ready(Part::Glossary) {
            Some(parts::Loaded::Glossary(reader)) => (reader.english_unit)(Some(glossary), unit),
            _ => plain_unit(unit),
        }),
        Loaded::Failed(_) => Some(plain_unit(unit)),
        Loaded::Idle | Loaded::Loading => None,
    }
}

#[hook]
pub fn use_glossary() -> Loaded<Glossary> {
    use_data(&GLOSSARY_SOURCE)
}

/// The glossary once `wanted`, read by its reader's part (classification looks her Indonesian
/// words up in the English HS list through it; the calculator needs it for the price line's unit;
/// the documents for one made from a listing).
#[hook]
pub fn use_glossary_when(wanted: bool) -> Loaded<Glossary> {
    use_data_when(&GLOSSARY_LATER, wanted)
}

/// The export rules, fetched when `wanted` (the checklist wants them only once a product is
/// classified).
#[hook]
pub fn use_rules_when(wanted: bool) -> Loaded<RuleBook> {
    use_data_when(&RULES_SOURCE, wanted)
}

/// The HS nomenclature, fetched the first time `wanted` is true.
#[hook]
pub fn use_hs_when(wanted: bool) -> Loaded<Nomenclature> {
    use_data_when(&HS_SOURCE, wanted)
}

/// The checklist items her classified products need (empty until one is classified; the rules
/// file is fetched only then).
#[hook]
pub fn use_needs(products: &[Product]) -> Needs {
    let rules = use_rules_for(products);
    rules.ready().map(|book| book.needs_of(products)).unwrap_or_default()
}

/// The export rules, fetched only once one of her products is classified by a rule.
#[hook]
pub fn use_rules_for(products: &[Product]) -> Loaded<RuleBook> {
    use_rules_when(products.iter().any(|p| matches!(p.class, Some(ProductClass::Rule { .. }))))
}

#[hook]
pub fn use_checklist() -> Loaded<Catalogue> {
    use_data(&CHECKLIST_SOURCE)
}

#[hook]
pub fn use_guide() -> Loaded<Guide> {
    use_data(&GUIDE_SOURCE)
}

#[hook]
fn use_data<T: 'static>(source: &'static Source<T>) -> Loaded<T> {
    use_data_when(source, true)
}

/// The file once `wanted` is (or was) true; `Idle` until then.
#[hook]
fn use_data_when<T: 'static>(source: &'static Source<T>, wanted: bool) -> Loaded<T> {
    let state = use_state(|| initial(source));
    {
        let state = state.clone();
        use_effect_with(wanted, move |wanted| {
            if *wanted && matches!(*state, Loaded::Idle) {
                load(source, state);
            }
        });
    }
    (*state).clone()
}

/// Joins the fetch already on its way, or starts one; every waiting component gets the result.
fn load<T: 'static>(source: &'static Source<T>, state: UseStateHandle<Loaded<T>>) {
    state.set(Loaded::Loading);
    let start = source.cache.with(|cache| {
        let mut slot = cache.borrow_mut();
        match &mut *slot {
            Slot::Ready(value) if reader_here(source) => {
                state.set(Loaded::Ready(value.clone()));
                false
            }
            // Read by a page that holds the reader itself (the listing builder): this page's code
            // for it comes with the reader's part.
            Slot::Ready(value) => {
                let (value, part) = (value.clone(), source.reader);
                wasm_bindgen_futures::spawn_local(async move {
                    let here = match part {
                        Some(part) => matches!(parts::load(part).await, Some(Ok(_))),
                        None => true,
                    };
                    state.set(if here { Loaded::Ready(value) } else { Loaded::Failed(Failure::Unreachable) });
                });
                false
            }
            Slot::Loading(waiting) => {
                waiting.push(state);
                false
            }
            Slot::Empty => {
                *slot = Slot::Loading(vec![state]);
                true
            }
        }
    });
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // The file and its reader's part travel side by side.
        let fetching = start_fetch(source.path);
        let reader = match source.reader {
            Some(part) => matches!(parts::load(part).await, Some(Ok(_))),
            None => true,
        };
        let text = match fetching {
            Some(request) if reader => text_of(request).await,
            _ => None,
        };
        let parsed = match text {
            None => Err(Failure::Unreachable),
            Some(text) => (source.parse)(&text).map(Rc::new).map_err(|problem| {
                // Said to the developer too: the page tells her what to do.
                web_sys::console::warn_1(&format!("{}: {problem}", source.path).into());
                Failure::Damaged
            }),
        };
        // A failure leaves the slot empty: a page opened later tries again.
        let next = parsed.clone().map_or(Slot::Empty, Slot::Ready);
        let waiting = source.cache.with(|cache| match std::mem::replace(&mut *cache.borrow_mut(), next) {
            Slot::Loading(waiting) => waiting,
            _ => Vec::new(),
        });
        let loaded = parsed.map_or_else(Loaded::Failed, Loaded::Ready);
        for state in waiting {
            state.set(loaded.clone());
        }
    });
}

/// Whether the part that reads `source`, if it has one, is here.
fn reader_here<T>(source: &Source<T>) -> bool {
    source.reader.is_none_or(|part| parts::ready(part).is_some())
}

#[cfg(target_arch = "wasm32")]
fn initial<T>(source: &'static Source<T>) -> Loaded<T> {
    source.cache.with(|cache| match &*cache.borrow() {
        Slot::Ready(value) if reader_here(source) => Loaded::Ready(value.clone()),
        _ => Loaded::Idle,
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn initial<T>(source: &'static Source<T>) -> Loaded<T> {
    match testing::stand(source.path) {
        testing::Stand::Bundled => match (source.parse)(source.bundled) {
            Ok(value) => Loaded::Ready(Rc::new(value)),
            Err(_) => Loaded::Failed(Failure::Damaged),
        },
        testing::Stand::Loading => Loaded::Loading,
        testing::Stand::Failed(why) => Loaded::Failed(why),
    }
}

/// Native builds (server-side rendering in tests) read the bundled files; a test can make a file
/// stand loading or failed instead, to render those states. Per thread: each test renders on its own.
#[cfg(not(target_arch = "wasm32"))]
pub mod testing {
    use std::cell::RefCell;

    pub use super::Failure;

    /// How a data file stands for the renders of this thread.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Stand {
        Bundled,
        Loading,
        Failed(Failure),
    }

    thread_local! {
        static STANDS: RefCell<Vec<(&'static str, Stand)>> = const { RefCell::new(Vec::new()) };
    }

    /// Makes the file at `path` (e.g. `./data/checklist.json`) stand so; `Stand::Bundled` restores it.
    pub fn set(path: &'static str, stand: Stand) {
        STANDS.with(|stands| {
            let mut stands = stands.borrow_mut();
            stands.retain(|(p, _)| *p != path);
            stands.push((path, stand));
        });
    }

    pub(super) fn stand(path: &str) -> Stand {
        STANDS.with(|stands| stands.borrow().iter().find(|(p, _)| *p == path).map_or(Stand::Bundled, |(_, s)| *s))
    }
}

/// Starts fetching a same-origin file, or takes up the request [`prefetch_glossary`] started for
/// it; `None` without a window.
fn start_fetch(path: &str) -> Option<js_sys::Promise> {
    let prefetched = PREFETCHED.with(|prefetched| {
        let mut prefetched = prefetched.borrow_mut();
        let at = prefetched.iter().position(|(p, _)| *p == path)?;
        Some(prefetched.swap_remove(at).1)
    });
    prefetched.or_else(|| fetch_now(path))
}

fn fetch_now(path: &str) -> Option<js_sys::Promise> {
    Some(crate::browser::window()?.fetch_with_str(path))
}

/// The text of a fetch started by [`start_fetch`], or `None` on any failure (offline, 404, blocked).
async fn text_of(request: js_sys::Promise) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(request).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
