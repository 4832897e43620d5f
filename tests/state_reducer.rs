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
    Rc::new(AppState::new(AppData::default(), StorageHealth::local()))
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
        after.data,
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
    assert_eq!(english.data, change::apply(&before.data, Change::SetLang(Lang::En)));
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
    assert_eq!(adopted.data, theirs);
    assert_eq!(adopted.revision, 4);
    assert!(adopted.update_ready, "the rest of the state is kept");
    assert_eq!(updated.data.profile.business_name, "UD Maju", "the old state is left as it was");
}
