//! The app's one reducer. `reduce` only runs the pure domain function (`domain::change::apply`,
//! through the function a page made: [`Action::Apply`]); saving happens in one effect in
//! [`crate::app`], never here.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::change::{self, Edit};
use crate::domain::lang::Lang;
use crate::domain::model::AppData;
use crate::domain::storage_status::{RecoveredCopy, SaveState, StorageHealth};

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Her document, shared: a new state (a save's outcome, the language, a notice) is a copy of
    /// the pointer, never of her document. The copying code of every type of her document is then
    /// only in the parts (a page's change makes the next document there), not in the first
    /// visit's module (about 3 KB brotli; docs/code-splitting.md, "Her document shared").
    pub data: Rc<AppData>,
    /// The language she reads the app in. Switching it does not copy her document: its
    /// `settings.lang` may still show the language before, until her next change, which brings it
    /// in line (`reduce`); whatever saves or downloads her document writes it in this language
    /// (`AppState::document`, `persistence::save`).
    lang: Lang,
    pub health: StorageHealth,
    /// A new version of the app is installed and waits for her to reload.
    pub update_ready: bool,
    /// The browser offers to install the app on the home screen (never in embed mode).
    pub can_install: bool,
    /// One more for every new state the reducer makes. The shell tells states apart by this
    /// number (the context, the save effect), never by comparing her whole document: that walk
    /// ran on every render, and its code, the comparison of every type of her document, was in
    /// the first visit's module. Not stored.
    pub revision: u64,
}

impl AppState {
    /// The state the app starts with.
    pub fn new(data: Rc<AppData>, health: StorageHealth) -> Self {
        let lang = data.settings.lang;
        AppState { data, lang, health, update_ready: false, can_install: false, revision: 0 }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Her document as it is saved and downloaded: in the language she reads the app in. A copy,
    /// for the pages that hand her whole document on (the backup); the shell never makes one.
    pub fn document(&self) -> AppData {
        self.data.with_lang(self.lang)
    }
}

/// One of her changes as a page made it: the next document, or `None` when it changes nothing.
pub type PageChange = Box<dyn FnOnce(&AppData) -> Option<AppData>>;

pub enum Action {
    /// One of her changes, applied by a function made where the change was made. A tool's page
    /// makes it (`AppContext::change`), so the code of every tool's edits (`change::apply` and
    /// all it calls) is in the tools' parts, not in the first visit's module (docs/code-splitting.md).
    /// Still one reducer and one document: the function only says how the next document reads,
    /// `None` when the change leaves it as it was (compared in the part, see above).
    Apply(PageChange),
    /// The language she reads the app in: the shell's own change (the topbar's switch, `?lang=`).
    SetLang(Lang),
    /// What storage now holds after another tab saved: its document taken in, or merged with hers
    /// (`domain::sync`). Not a change of hers: nothing is applied, the data is replaced. Sent only
    /// when it differs from hers (`Store::settle`).
    Adopt(Box<AppData>),
    Saved(SaveState),
    RecoveredChanged(Vec<RecoveredCopy>),
    UpdateReady,
    InstallOffered(bool),
}

impl Reducible for AppState {
    type Action = Action;

    /// The same `Rc` when nothing changed, so that nothing re-renders (every save reports back);
    /// otherwise a new state with the next `revision`.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let unchanged = match &action {
            Action::Apply(_) | Action::Adopt(_) => false,
            Action::SetLang(lang) => self.lang == *lang,
            Action::Saved(state) => self.health.save == *state,
            Action::RecoveredChanged(copies) => self.health.recovered == *copies,
            Action::UpdateReady => self.update_ready,
            Action::InstallOffered(offered) => self.can_install == *offered,
        };
        if unchanged {
            return self;
        }
        let mut next = (*self).clone();
        match action {
            Action::Apply(apply) => match apply(&self.data) {
                Some(mut data) => {
                    // A change that sets the language (a backup restored) brings its own; any
                    // other keeps the one she reads in, which her document now shows too.
                    if data.settings.lang == self.data.settings.lang {
                        data.settings.lang = self.lang;
                    }
                    next.lang = data.settings.lang;
                    next.data = Rc::new(data);
                }
                None => return self,
            },
            Action::Adopt(data) => {
                next.lang = data.settings.lang;
                next.data = Rc::new(*data);
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Saved(state) => next.health.save = state,
            Action::RecoveredChanged(copies) => next.health.recovered = copies,
            Action::UpdateReady => next.update_ready = true,
            Action::InstallOffered(offered) => next.can_install = offered,
        }
        next.revision = self.revision.wrapping_add(1);
        Rc::new(next)
    }
}

/// What every page receives through context.
#[derive(Clone)]
pub struct AppContext {
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
    pub store: Rc<crate::storage::Store>,
    pub embed: bool,
    /// Where the URL points now, with the query after the route (`#/classify?q=kopi`). Changed
    /// only through [`AppContext::replace`] or a link (`hashchange`): the shell is the one router.
    pub location: crate::domain::route::Location,
    /// The shell's setter of `location` (behind [`AppContext::replace`]).
    pub set_location: Callback<crate::domain::route::Location>,
}

/// The same context when it holds the same state (by its `revision`, not by walking her
/// document) at the same address.
impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        self.state.revision == other.state.revision
            && self.location == other.location
            && self.embed == other.embed
            && self.dispatch == other.dispatch
            && self.set_location == other.set_location
            && Rc::ptr_eq(&self.store, &other.store)
    }
}

impl AppContext {
    pub fn lang(&self) -> Lang {
        self.state.lang()
    }

    /// Applies one of her changes (`domain::change::apply`). Called by the tools' pages only:
    /// the shell's module never names `change::apply` (see [`Action::Apply`]). A page passes its
    /// own kind of edit (`ProfileEdit`, `CalculatorEdit`, …), not a `Change`: the code that
    /// applies it is then compiled into that page's part (`domain::change::Edit`). A `Change`
    /// compiles too, but brings every tool's edits into that part (the size budget would say so).
    pub fn change(&self, change: impl Edit) {
        self.dispatch.emit(Action::Apply(Box::new(move |data| {
            let next = change::apply(data, change);
            (next != *data).then_some(next)
        })));
    }

    /// Switches the language she reads the app in.
    pub fn set_lang(&self, lang: Lang) {
        self.dispatch.emit(Action::SetLang(lang));
    }

    /// Puts `location` in the address without a new history entry and without a `hashchange`
    /// (typing a search, or a link's parameters once they are used), and tells the shell, so every
    /// page sees the address as it is: a later link to the same parameters is then a change again.
    pub fn replace(&self, location: crate::domain::route::Location) {
        crate::browser::replace_hash(&location.href());
        self.set_location.emit(location);
    }

    /// Goes to `location` as a link does: a new history entry, and the shell follows the
    /// `hashchange` (a `?lang=` in it switches the language, as in any link).
    pub fn navigate(&self, location: &crate::domain::route::Location) {
        crate::browser::set_hash(&location.href());
    }

    /// Hears what a save came to (`persistence::save`): another tab's document to show, the save's
    /// outcome, and the copies kept.
    pub fn synced(&self, synced: crate::storage::Synced) {
        if let Some(data) = synced.show {
            self.dispatch.emit(Action::Adopt(Box::new(data)));
        }
        self.dispatch.emit(Action::Saved(synced.save));
        if synced.copies_changed {
            self.dispatch.emit(Action::RecoveredChanged(self.store.recovered()));
        }
    }
}

/// Bytes this app keeps in localStorage (keys and values, UTF-16 as browsers count them), after the
/// last save: the shell's state of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BytesUsed(pub usize);

/// What the shell tells the few places that need it, in a context of its own rather than in the
/// app context, so that a change re-renders only them and not every page: the bytes used (the
/// data page and the home page's storage line, on every save).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShellFacts {
    pub bytes_used: usize,
}

#[hook]
pub fn use_bytes_used() -> usize {
    use_context::<ShellFacts>().map_or(0, |facts| facts.bytes_used)
}

/// The app context; pages are only ever rendered inside the shell, which provides it. A page
/// rendered without it is a bug: loud in debug builds (tests), a detached context in release
/// builds (nothing is saved, but nothing crashes).
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().unwrap_or_else(|| {
        if cfg!(debug_assertions) {
            panic!("use_app(): no AppContext; pages are rendered inside the shell (app::Shell)");
        }
        detached()
    })
}

fn detached() -> AppContext {
    AppContext {
        state: Rc::new(AppState::new(Rc::new(AppData::default()), StorageHealth::memory_only())),
        dispatch: Callback::noop(),
        store: Rc::new(crate::storage::Store::memory()),
        embed: false,
        location: crate::domain::route::Location::parse_hash(""),
        set_location: Callback::noop(),
    }
}
