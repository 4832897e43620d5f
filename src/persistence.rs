//! Reading and writing her document through the codec part (`crate::parts::Persist`), which the
//! first visit never needs: a first visit has nothing stored to read, and the codec arrives in the
//! background before her first change is saved. Later visits have it precached.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::domain::model::AppData;
use crate::domain::storage_status::SaveState;
use crate::parts::{self, Loaded, Part, Persist};
use crate::storage::Store;

/// The codec, fetched first if it is not here yet; `None` if it cannot be fetched.
pub async fn codec() -> Option<Persist> {
    match parts::load(Part::Persist).await {
        Some(Ok(Loaded::Persist(codec))) => Some(codec),
        _ => None,
    }
}

/// A save waiting for the codec: only the newest data is written when it arrives.
type Waiting = (Rc<Store>, AppData, Box<dyn FnOnce(SaveState)>);

thread_local! {
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Saves `data` now if the codec is here, else as soon as it is; `done` hears how it went (a
/// codec that cannot be fetched is a failed save: what is on screen stays, and she is told).
pub fn save(store: &Rc<Store>, data: &AppData, done: impl FnOnce(SaveState) + 'static) {
    if let Some(Loaded::Persist(codec)) = parts::ready(Part::Persist) {
        done(store.save(data, codec.encode));
        return;
    }
    WAITING.with(|waiting| *waiting.borrow_mut() = Some((store.clone(), data.clone(), Box::new(done))));
    if FETCHING.with(|fetching| fetching.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let codec = codec().await;
        FETCHING.with(|fetching| fetching.set(false));
        if let Some((store, data, done)) = WAITING.with(|waiting| waiting.borrow_mut().take()) {
            done(codec.map_or(SaveState::Failed, |codec| store.save(&data, codec.encode)));
        }
    });
}
