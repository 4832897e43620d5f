//! Notices above every page: storage blocked, damaged data recovered, another tab's version kept
//! aside, a newer version's data not written over, stored data that cannot be read yet, a failed
//! save, a new version, and in embed mode where the data lives. Each carries a stable `data-testid`.

use yew::prelude::*;

use crate::domain::persist;
use crate::domain::storage_status::{CopyKind, SaveState, StorageMode};
use crate::i18n::ShellMsg;
use crate::state::{use_app, Action};

#[function_component(Notices)]
pub fn notices() -> Html {
    let app = use_app();
    let lang = app.lang();
    let health = &app.state.health;
    let confirm_discard = use_state(|| None::<String>);

    let download_backup = {
        let app = app.clone();
        Callback::from(move |_| {
            let (data, lang) = (app.state.data.clone(), app.lang());
            // Through the codec's part, which writes the backup with her photos.
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(codec) = crate::persistence::codec().await {
                    (codec.backup)(&data, lang);
                }
            });
        })
    };

    let keep_newer_aside = {
        let app = app.clone();
        Callback::from(move |_| {
            if app.store.set_newer_aside() {
                app.dispatch.emit(Action::RecoveredChanged(app.store.recovered()));
                let after = app.clone();
                crate::persistence::save(&app.store, &app.state.data, app.lang(), move |synced| after.synced(synced));
            }
        })
    };

    let recovered = health.recovered.iter().map(|copy| {
        let key = copy.key.clone();
        let kind = copy.kind;
        let download = {
            let store = app.store.clone();
            let key = key.clone();
            Callback::from(move |_| {
                if let Some(raw) = store.read_recovered(&key) {
                    let today = crate::browser::today();
                    // A whole document (another tab's, a newer version's) is a backup file she can
                    // restore; damaged text is offered as it was found.
                    let _ = match kind {
                        CopyKind::Damaged => crate::browser::download_text(&persist::recovered_file_name(today), "text/plain", &raw),
                        CopyKind::OtherTab | CopyKind::Newer => {
                            crate::browser::download_text(&persist::copy_file_name(today), "application/json", &raw)
                        }
                    };
                }
            })
        };
        let ask = {
            let confirm_discard = confirm_discard.clone();
            let key = key.clone();
            Callback::from(move |_| confirm_discard.set(Some(key.clone())))
        };
        let discard = {
            let app = app.clone();
            let key = key.clone();
            let confirm_discard = confirm_discard.clone();
            Callback::from(move |_| {
                app.store.discard_recovered(&key);
                app.dispatch.emit(Action::RecoveredChanged(app.store.recovered()));
                // Discarding a held original frees the data key: save what is on screen now.
                let after = app.clone();
                crate::persistence::save(&app.store, &app.state.data, app.lang(), move |synced| after.synced(synced));
                confirm_discard.set(None);
            })
        };
        let keep = {
            let confirm_discard = confirm_discard.clone();
            Callback::from(move |_| confirm_discard.set(None))
        };
        let asking = confirm_discard.as_deref() == Some(key.as_str());
        let (text, download_text, kind_code) = match kind {
            CopyKind::Damaged => (ShellMsg::StorageRecovered, ShellMsg::StorageRecoveredDownload, "damaged"),
            CopyKind::OtherTab => (ShellMsg::StorageOtherTab, ShellMsg::StorageOtherTabDownload, "other-tab"),
            CopyKind::Newer => (ShellMsg::StorageNewerCopy, ShellMsg::StorageNewerCopyDownload, "newer"),
        };
        html! {
            <div class="notice notice-warning" role="alert" data-testid="storage-recovered" data-kind={kind_code} key={key.clone()}>
                <p>{ text.text(lang) }</p>
                if asking {
                    <p>{ ShellMsg::StorageRecoveredDiscardConfirm.text(lang) }</p>
                    <div class="actions">
                        <button type="button" class="button danger" data-testid="recovered-discard-confirm" onclick={discard}>{ ShellMsg::StorageRecoveredDiscard.text(lang) }</button>
                        <button type="button" class="button" onclick={keep}>{ ShellMsg::Cancel.text(lang) }</button>
                    </div>
                } else {
                    <div class="actions">
                        <button type="button" class="button" data-testid="recovered-download" onclick={download}>{ download_text.text(lang) }</button>
                        <button type="button" class="button secondary" data-testid="recovered-discard" onclick={ask}>{ ShellMsg::StorageRecoveredDiscard.text(lang) }</button>
                    </div>
                }
            </div>
        }
    });

    html! {
        <div class="notices">
            if health.mode == StorageMode::Memory {
                <div class="notice notice-warning" role="status" data-testid="storage-unavailable">
                    <p>{ ShellMsg::StorageUnavailable.text(lang) }</p>
                    <button type="button" class="button" onclick={download_backup.clone()}>{ ShellMsg::StorageUnavailableAction.text(lang) }</button>
                </div>
            }
            { for recovered }
            if app.store.newer().is_some() {
                <div class="notice notice-error" role="alert" data-testid="storage-newer">
                    <p>{ ShellMsg::StorageNewer.text(lang) }</p>
                    <div class="actions">
                        <button type="button" class="button" onclick={|_| crate::browser::reload()}>{ ShellMsg::UpdateReload.text(lang) }</button>
                        <button type="button" class="button secondary" data-testid="newer-keep-aside" onclick={keep_newer_aside}>{ ShellMsg::StorageNewerKeepAside.text(lang) }</button>
                    </div>
                </div>
            } else if app.store.unread() {
                <div class="notice notice-error" role="alert" data-testid="storage-unread">
                    <p>{ ShellMsg::StorageUnread.text(lang) }</p>
                    <button type="button" class="button" onclick={|_| crate::browser::reload()}>{ ShellMsg::PartReload.text(lang) }</button>
                </div>
            } else if health.save == SaveState::Failed {
                <div class="notice notice-error" role="alert" data-testid="storage-save-failed">
                    <p>{ ShellMsg::SaveFailed.text(lang) }</p>
                    <button type="button" class="button" onclick={download_backup}>{ ShellMsg::StorageUnavailableAction.text(lang) }</button>
                </div>
            }
            if app.state.update_ready {
                <div class="notice notice-info" role="status" data-testid="update-available">
                    <p>{ ShellMsg::UpdateAvailable.text(lang) }</p>
                    <button type="button" class="button" onclick={|_| crate::pwa::apply_update()}>{ ShellMsg::UpdateReload.text(lang) }</button>
                </div>
            }
            if app.embed && health.mode == StorageMode::Local {
                <div class="notice notice-info" data-testid="embed-notice">
                    <p>{ ShellMsg::EmbedNotice.text(lang) }</p>
                    <a class="button secondary" href={format!("./{}", app.location.route.href())} target="_blank" rel="noopener">{ ShellMsg::EmbedOpenTab.text(lang) }</a>
                </div>
            }
        </div>
    }
}
