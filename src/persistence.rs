//! Reading and writing her document through the codec part (`crate::parts::Persist`), which the
//! first visit never needs: a first visit has nothing stored to read, and the codec arrives in the
//! background before her first change is saved. Later visits have it precached.
//!
//! Another tab's save is looked at the same way ([`check`]): the codec reads it (fetched first in a
//! tab that has not needed it yet), and the store settles with it (`Store::check`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::domain::lang::Lang;
use crate::domain::model::AppData;
use crate::parts::{self, Loaded, Part, Persist};
use crate::storage::{Store, Synced};

/// The codec, fetched first if it is not here yet; `None` if it cannot be fetched.
pub async fn codec() -> Option<Persist> {
    match parts::load(Part::Persist).await {
        Some(Ok(Loaded::Persist(codec))) => Some(codec),
        _ => None,
    }
}

/// What to do once the codec is here.
enum Job {
    /// Her document (shared, as the app's state holds it) and the language it is saved in.
    Save(Rc<AppData>, Lang, Box<dyn FnOnce(Synced)>),
    Check(Box<dyn FnOnce(Synced)>),
}

thread_local! {
    /// Waiting for the codec: the newest save (only the newest data is written) and every check.
    static WAITING: RefCell<Vec<(Rc<Store>, Job)>> = const { RefCell::new(Vec::new()) };
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Saves `data` in `lang` now if the codec is here, else as soon as it is; `done` hears how it
/// went (a codec that cannot be fetched is a failed save: what is on screen stays, and she is
/// told). The codec saves it (`Persist::save`): the copy in her language, and the store's own
/// copies, are made there, never in the main module.
pub fn save(store: &Rc<Store>, data: &Rc<AppData>, lang: Lang, done: impl FnOnce(Synced) + 'static) {
    if let Some(Loaded::Persist(codec)) = parts::ready(Part::Persist) {
        done((codec.save)(store, data, lang, codec));
        return;
    }
    WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        waiting.retain(|(_, job)| !matches!(job, Job::Save(..)));
        // The save first: whatever another tab wrote meanwhile is settled with what she has now
        // (`Store::save` does), and the checks after it find nothing more to settle.
        waiting.insert(0, (store.clone(), Job::Save(data.clone(), lang, Box::new(done))));
    });
    fetch();
}

/// After another tab wrote: settles with its save (`Store::check`); `done` hears only when there
/// was something to settle.
pub fn check(store: &Rc<Store>, done: impl FnOnce(Synced) + 'static) {
    if let Some(Loaded::Persist(codec)) = parts::ready(Part::Persist) {
        if let Some(synced) = store.check(codec) {
            done(synced);
        }
        return;
    }
    WAITING.with(|waiting| waiting.borrow_mut().push((store.clone(), Job::Check(Box::new(done)))));
    fetch();
}

fn fetch() {
    if FETCHING.with(|fetching| fetching.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let codec = codec().await;
        FETCHING.with(|fetching| fetching.set(false));
        let jobs = WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut()));
        for (store, job) in jobs {
            match (job, codec) {
                (Job::Save(data, lang, done), Some(codec)) => done((codec.save)(&store, &data, lang, codec)),
                (Job::Save(_, _, done), None) => done(Synced {
                    save: crate::domain::storage_status::SaveState::Failed,
                    show: None,
                    copies_changed: false,
                }),
                (Job::Check(done), Some(codec)) => {
                    if let Some(synced) = store.check(codec) {
                        done(synced);
                    }
                }
                (Job::Check(_), None) => {}
            }
        }
    });
}
