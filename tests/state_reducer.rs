//! The app's one reducer (`state::AppState`): a page's change is applied by the function the page
//! made (`Action::Apply`, so the edits' code is in the tools' parts), the shell switches the
//! language itself (`Action::SetLang`), and nothing that leaves the state as it was makes a new
//! state (every page would re-render).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use siap_ekspor::domain::change::{self, Change, ProfileEdit};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::storage_status::StorageHealth;
use siap_ekspor::state::{Action, AppState};
use yew::Reducible;

fn state() -> Rc<AppState> {
    Rc::new(AppState::new(AppData::default().into(), StorageHealth::local()))
}

/// What `AppContext::change` dispatches for `change`.
fn apply(change: Change) -> Action {
    Action::Apply(Box::new(move |data| {
        let next = change::apply(data, change);
        (next != *data).then_some(next)
    }))
}

#[test]
fn a_change_is_applied_by_the_function_the_page_made() {
    let before = state();
    let after = before.clone().reduce(apply(Change::Profile(ProfileEdit::BusinessName("UD Sumber Rejeki".into()))));
    assert_eq!(after.data.profile.business_name, "UD Sumber Rejeki");
    assert_eq!(before.data.profile.business_name, "", "the old state is left as it was");
    assert_eq!(
        *after.data,
        change::apply(&before.data, Change::Profile(ProfileEdit::BusinessName("UD Sumber Rejeki".into())))
    );
}

#[test]
fn a_change_that_changes_nothing_keeps_the_same_state() {
    let before = state();
    let after = before.clone().reduce(apply(Change::Profile(ProfileEdit::BusinessName(String::new()))));
    assert!(Rc::ptr_eq(&before, &after), "nothing re-renders");
}

#[test]
fn the_shell_switches_the_language_and_a_switch_to_the_same_language_is_no_change() {
    let before = state();
    assert_eq!(before.lang(), Lang::Id);
    let same = before.clone().reduce(Action::SetLang(Lang::Id));
    assert!(Rc::ptr_eq(&before, &same));
    let english = before.clone().reduce(Action::SetLang(Lang::En));
    assert_eq!(english.lang(), Lang::En);
    // Her document is not copied for a switch of language (the shell's module holds no code
    // that copies it); it is saved and downloaded in the language she reads in.
    assert!(Rc::ptr_eq(&english.data, &before.data));
    assert_eq!(english.document(), change::apply(&before.data, Change::SetLang(Lang::En)));
    assert_eq!(before.document(), *before.data);
    let back = english.clone().reduce(Action::SetLang(Lang::Id));
    assert_eq!((back.lang(), back.document().settings.lang), (Lang::Id, Lang::Id));
}

#[test]
fn her_next_change_after_a_switch_of_language_carries_the_language_she_reads_in() {
    let english = state().reduce(Action::SetLang(Lang::En));
    let named = english.reduce(apply(Change::Profile(ProfileEdit::BusinessName("UD Maju".into()))));
    assert_eq!((named.lang(), named.data.settings.lang), (Lang::En, Lang::En));
    assert_eq!(named.data.profile.business_name, "UD Maju");
    assert_eq!(named.document(), *named.data);
    // A change that leaves her document as it was is still no change, whatever the language.
    let same = named.clone().reduce(apply(Change::Profile(ProfileEdit::BusinessName("UD Maju".into()))));
    assert!(Rc::ptr_eq(&named, &same));
}

#[test]
fn a_document_that_brings_its_own_language_switches_to_it() {
    // A backup restored (the data page replaces her whole document) in English, while she reads
    // in Indonesian: the app switches to the backup's language, as before.
    let mut backup = AppData::default();
    backup.settings.lang = Lang::En;
    backup.profile.business_name = "UD Cadangan".into();
    let replace = |doc: AppData| Action::Apply(Box::new(move |_: &AppData| Some(doc)));
    let restored = state().reduce(replace(backup.clone()));
    assert_eq!((restored.lang(), &*restored.data), (Lang::En, &backup));
    // Another tab's document is taken in with its language.
    let mut theirs = AppData::default();
    theirs.profile.business_name = "UD Tetangga".into();
    let adopted = restored.reduce(Action::Adopt(Box::new(theirs.clone())));
    assert_eq!((adopted.lang(), &*adopted.data), (Lang::Id, &theirs));
    // Switched to English first, a backup whose language is the one her document showed before
    // the switch (Indonesian) cannot be told from a change that keeps it: the language she
    // switched to stays (docs/code-splitting.md, "Her document shared").
    let switched = state().reduce(Action::SetLang(Lang::En));
    let mut indonesian = backup.clone();
    indonesian.settings.lang = Lang::Id;
    let kept = switched.reduce(replace(indonesian));
    assert_eq!(
        (kept.lang(), kept.data.settings.lang, kept.data.profile.business_name.as_str()),
        (Lang::En, Lang::En, "UD Cadangan")
    );
}

#[test]
fn each_new_state_has_the_next_revision_and_no_change_keeps_it() {
    // The shell tells states apart by `revision` (the context, the save effect), never by
    // comparing her document: a new state must always carry a new number.
    let start = state();
    assert_eq!(start.revision, 0);
    let named = start.clone().reduce(apply(Change::Profile(ProfileEdit::BusinessName("UD Maju".into()))));
    assert_eq!(named.revision, 1);
    let same = named.clone().reduce(apply(Change::Profile(ProfileEdit::BusinessName("UD Maju".into()))));
    assert!(Rc::ptr_eq(&named, &same));
    assert_eq!(same.revision, 1);
    let english = named.clone().reduce(Action::SetLang(Lang::En));
    assert_eq!(english.revision, 2);
    let updated = english.clone().reduce(Action::UpdateReady);
    assert_eq!((updated.revision, updated.update_ready), (3, true));
    assert!(Rc::ptr_eq(&updated, &updated.clone().reduce(Action::UpdateReady)));
    // Another tab's document (sent only when it differs from hers) is taken in as it is.
    let mut theirs = AppData::default();
    theirs.profile.business_name = "UD Tetangga".into();
    let adopted = updated.clone().reduce(Action::Adopt(Box::new(theirs.clone())));
    assert_eq!(*adopted.data, theirs);
    assert_eq!(adopted.revision, 4);
    assert!(adopted.update_ready, "the rest of the state is kept");
    assert_eq!(updated.data.profile.business_name, "UD Maju", "the old state is left as it was");
}

#[test]
fn a_report_that_says_what_the_state_already_says_keeps_the_same_state() {
    use siap_ekspor::domain::storage_status::{CopyKind, RecoveredCopy, SaveState};
    let start = state();
    let saved = start.clone().reduce(Action::Saved(start.health.save));
    assert!(Rc::ptr_eq(&start, &saved), "the same save state");
    let failed = start.clone().reduce(Action::Saved(SaveState::Failed));
    assert_eq!((failed.health.save, failed.revision), (SaveState::Failed, 1));

    let copies = vec![RecoveredCopy { key: "siap-ekspor:recovered:1".into(), bytes: 10, kind: CopyKind::Damaged }];
    let kept = start.clone().reduce(Action::RecoveredChanged(start.health.recovered.clone()));
    assert!(Rc::ptr_eq(&start, &kept), "the same copies");
    let listed = start.clone().reduce(Action::RecoveredChanged(copies.clone()));
    assert_eq!((&listed.health.recovered, listed.revision), (&copies, 1));

    let offered = start.clone().reduce(Action::InstallOffered(true));
    assert_eq!((offered.can_install, offered.revision), (true, 1));
    assert!(Rc::ptr_eq(&offered, &offered.clone().reduce(Action::InstallOffered(true))));
    assert!(Rc::ptr_eq(&start, &start.clone().reduce(Action::InstallOffered(false))));
}

mod context {
    use std::cell::RefCell;
    use std::rc::Rc;

    use siap_ekspor::domain::change::ProfileEdit;
    use siap_ekspor::domain::model::AppData;
    use siap_ekspor::domain::route::Location;
    use siap_ekspor::state::{Action, AppContext};
    use siap_ekspor::storage::Store;
    use yew::{Callback, Reducible};

    fn context(state: Rc<siap_ekspor::state::AppState>, dispatch: Callback<Action>, store: Rc<Store>) -> AppContext {
        AppContext {
            state,
            dispatch,
            store,
            embed: false,
            location: Location::parse_hash("#/profile"),
            set_location: Callback::noop(),
        }
    }

    /// A dispatcher that keeps what it is sent.
    fn recording() -> (Callback<Action>, Rc<RefCell<Vec<Action>>>) {
        let sent: Rc<RefCell<Vec<Action>>> = Rc::default();
        let keep = sent.clone();
        (Callback::from(move |action| keep.borrow_mut().push(action)), sent)
    }

    #[test]
    fn contexts_are_told_apart_by_the_states_number_and_the_address_not_by_her_document() {
        let base = context(super::state(), Callback::noop(), Rc::new(Store::memory()));
        let state = base.state.clone();
        assert!(base == base.clone());
        // Another copy of the same state (the shell makes one per new state): the same context.
        let copy = AppContext { state: Rc::new((*state).clone()), ..base.clone() };
        assert!(base == copy);
        let next = state.clone().reduce(Action::SetLang(siap_ekspor::domain::lang::Lang::En));
        assert!(base != AppContext { state: next, ..base.clone() }, "a new state");
        assert!(base != AppContext { location: Location::parse_hash("#/data"), ..base.clone() }, "another address");
        assert!(base != AppContext { embed: true, ..base.clone() });
        assert!(base != AppContext { dispatch: Callback::noop(), ..base.clone() }, "another dispatcher");
        assert!(base != AppContext { set_location: Callback::noop(), ..base.clone() });
        assert!(base != AppContext { store: Rc::new(Store::memory()), ..base.clone() }, "another store");
    }

    #[test]
    fn a_pages_change_is_applied_and_says_when_it_changes_nothing() {
        let (dispatch, sent) = recording();
        let app = context(super::state(), dispatch, Rc::new(Store::memory()));
        app.change(ProfileEdit::BusinessName("UD Sumber Rejeki".into()));
        app.change(ProfileEdit::BusinessName(String::new()));
        let data = AppData::default();
        let results: Vec<Option<AppData>> = sent
            .borrow_mut()
            .drain(..)
            .map(|action| match action {
                Action::Apply(apply) => apply(&data),
                _ => panic!("a page's change is an Apply"),
            })
            .collect();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].as_ref().map(|d| d.profile.business_name.as_str()), Some("UD Sumber Rejeki"));
        assert_eq!(results[1], None, "the name was already empty");
    }

    #[test]
    fn the_language_and_what_a_save_came_to_reach_the_reducer() {
        use siap_ekspor::domain::lang::Lang;
        use siap_ekspor::domain::storage_status::SaveState;
        use siap_ekspor::storage::Synced;
        let (dispatch, sent) = recording();
        let mut english = AppData::default();
        english.settings.lang = Lang::En;
        let english = Rc::new(siap_ekspor::state::AppState::new(
            english.into(),
            siap_ekspor::domain::storage_status::StorageHealth::local(),
        ));
        let app = context(english, dispatch, Rc::new(Store::memory()));
        assert_eq!(app.lang(), Lang::En);
        app.set_lang(Lang::Id);
        let mut theirs = AppData::default();
        theirs.profile.business_name = "UD Tetangga".into();
        app.synced(Synced { save: SaveState::Failed, show: Some(theirs.clone()), copies_changed: true });
        app.synced(Synced { save: SaveState::Saved, show: None, copies_changed: false });
        let sent: Vec<String> = sent
            .borrow()
            .iter()
            .map(|action| match action {
                Action::SetLang(lang) => format!("lang {lang:?}"),
                Action::Adopt(data) if **data == theirs => "adopt theirs".to_string(),
                Action::Saved(save) => format!("saved {save:?}"),
                Action::RecoveredChanged(copies) => format!("copies {}", copies.len()),
                _ => "other".to_string(),
            })
            .collect();
        assert_eq!(sent, ["lang Id", "adopt theirs", "saved Failed", "copies 0", "saved Saved"]);
    }
}
