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
    Rc::new(AppState {
        data: AppData::default(),
        health: StorageHealth::local(),
        update_ready: false,
        can_install: false,
    })
}

/// What `AppContext::change` dispatches for `change`.
fn apply(change: Change) -> Action {
    Action::Apply(Box::new(move |data| change::apply(data, change)))
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
