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
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/export-rules.json"),
    cache: &RULES,
};

/// 850 KB: never part of the first visit. The service worker keeps it once fetched (it is not
/// in the precache list; see `assets/build/post-build.mjs`).
const HS_SOURCE: Source<Nomenclature> = Source {
    path: "./data/harmonized-system-2022.csv",
    parse: classify::hs::parse,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/harmonized-system-2022.csv"),
    cache: &HS,
};

const CHECKLIST_SOURCE: Source<Catalogue> = Source {
    path: "./data/checklist.json",
    parse: checklist::parse,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/checklist.json"),
    cache: &CHECKLIST,
};

const GUIDE_SOURCE: Source<Guide> = Source {
    path: "./data/marketplaces.json",
    parse: market::parse,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/marketplaces.json"),
    cache: &GUIDE,
};

const GLOSSARY_SOURCE: Source<Glossary> = Source {
    path: "./data/glossary.json",
    parse: glossary::parse,
    #[cfg(not(target_arch = "wasm32"))]
    bundled: include_str!("../assets/data/glossary.json"),
    cache: &GLOSSARY,
};

#[hook]
pub fn use_glossary() -> Loaded<Glossary> {
    use_data(&GLOSSARY_SOURCE)
}

/// The glossary once `wanted` (classification looks her Indonesian words up in the English HS
/// list through it).
#[hook]
pub fn use_glossary_when(wanted: bool) -> Loaded<Glossary> {
    use_data_when(&GLOSSARY_SOURCE, wanted)
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
            Slot::Ready(value) => {
                state.set(Loaded::Ready(value.clone()));
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
        let parsed = match fetch_text(source.path).await {
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

#[cfg(target_arch = "wasm32")]
fn initial<T>(source: &'static Source<T>) -> Loaded<T> {
    source.cache.with(|cache| match &*cache.borrow() {
        Slot::Ready(value) => Loaded::Ready(value.clone()),
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

/// The text of a same-origin file, or `None` on any failure (offline, 404, blocked).
async fn fetch_text(path: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = crate::browser::window()?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
