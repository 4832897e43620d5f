//! `#/data`: storage status (is her data protected from eviction, how much room is used and left),
//! backup download, restore from a file (checked, cut to the limits, checked to fit, then
//! confirmed), reset.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::change::{ReplaceAll, ResetAll};
use crate::domain::lang::Lang;
use crate::domain::limits::{clamp_data, Cut};
use crate::domain::model::AppData;
use crate::domain::persist::{self, DataSummary, DecodeError};
use crate::domain::photos::{self, Added, BackupPhotoError, Usage};
use crate::domain::regions;
use crate::domain::storage_status::{kilobytes, SaveState, StorageMode, TYPICAL_QUOTA_BYTES};
use crate::domain::storage_status::{size_text, Protection, SiteUsage};
use crate::i18n::limits::{cut_text, LimitsMsg};
use crate::i18n::photos::{backup_error_text, PhotoMsg};
use crate::i18n::{fill, DataMsg};
use crate::state::use_app;

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Reading,
    Refused(Refusal),
    Confirm(Rc<Incoming>),
    Saving,
    Done,
    Cancelled,
}

/// A backup read, checked and cut to the limits, waiting for her answer.
#[derive(PartialEq)]
struct Incoming {
    data: AppData,
    /// What was cut to fit the limits: named before she agrees.
    cuts: Vec<Cut>,
    /// The file's photos, checked (they wait in `crate::photos` until she agrees); `None`: a file
    /// without photos (every backup made before them), which leaves the stored photos as they are.
    photos: Option<Usage>,
}

#[derive(Clone, Copy, PartialEq)]
enum Refusal {
    Decode(DecodeError),
    TooLarge,
    Unreadable,
    /// It would not fit in this browser's storage beside what is kept (UTF-16 code units needed).
    NoRoom {
        units: usize,
    },
    Photos(BackupPhotoError),
    /// The photo store has no room for the file's photos (or cannot be opened): nothing replaced.
    PhotoNoRoom,
}

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let import = use_state(|| Import::Idle);
    let exported = use_state(|| None::<Result<String, crate::browser::DownloadFailed>>);
    let reset_asking = use_state(|| false);
    let reset_done = use_state(|| false);
    let health = &app.state.health;
    let bytes_used = crate::state::use_bytes_used();
    let file_name = persist::BACKUP_FILE_PATTERN;
    // Count and size of her photos (IndexedDB); `None` until read, or where the store is closed.
    let photo_usage = use_state(|| None::<Usage>);
    {
        let photo_usage = photo_usage.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { photo_usage.set(crate::photos::usage().await) });
        });
    }

    let export = {
        let app = app.clone();
        let exported = exported.clone();
        Callback::from(move |_| {
            let (exported, data) = (exported.clone(), app.state.document());
            wasm_bindgen_futures::spawn_local(async move { exported.set(Some(crate::backup::download(data).await)) });
        })
    };

    let choose = {
        let import = import.clone();
        let store = app.store.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            let file = input.files().and_then(|files| files.get(0));
            // Clear the input so that choosing the same file again is seen as a new choice.
            input.set_value("");
            let Some(file) = file else { return };
            if file.size() > photos::MAX_BACKUP_FILE_BYTES {
                import.set(Import::Refused(Refusal::TooLarge));
                return;
            }
            import.set(Import::Reading);
            let import = import.clone();
            let store = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let next = match crate::photos::read_backup(&file).await {
                    None => Import::Refused(Refusal::Unreadable),
                    Some(read) if read.doc.len() as f64 > persist::MAX_BACKUP_BYTES => {
                        Import::Refused(Refusal::TooLarge)
                    }
                    Some(read) => match persist::decode(&read.doc) {
                        Ok(data) => check_incoming(&store, data, read.photos.as_deref()),
                        Err(error) => Import::Refused(Refusal::Decode(error)),
                    },
                };
                if !matches!(next, Import::Confirm(_)) {
                    crate::photos::drop_pending();
                }
                import.set(next);
            });
        })
    };

    // The photos first (one transaction: all or none), then the document, written to storage
    // before it replaces what is on screen. A write that fails (the room was taken meanwhile)
    // replaces nothing, and she is told so. (The document's room was checked before she was asked;
    // were it taken between the two writes, the photos would be the file's and the document hers.)
    let replace = {
        let app = app.clone();
        let import = import.clone();
        let photo_usage = photo_usage.clone();
        Callback::from(move |_| {
            let Import::Confirm(incoming) = &*import else { return };
            let (app, import, incoming) = (app.clone(), import.clone(), incoming.clone());
            import.set(Import::Saving);
            let photo_usage = photo_usage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if incoming.photos.is_some() && crate::photos::restore_pending().await != Added::Ok {
                    import.set(Import::Refused(Refusal::PhotoNoRoom));
                    return;
                }
                replace_document(app, import, incoming, photo_usage);
            });
        })
    };
    let cancel = {
        let import = import.clone();
        Callback::from(move |_| {
            crate::photos::drop_pending();
            import.set(Import::Cancelled)
        })
    };

    let ask_reset = {
        let reset_asking = reset_asking.clone();
        let reset_done = reset_done.clone();
        Callback::from(move |_| {
            reset_asking.set(true);
            reset_done.set(false);
        })
    };
    let do_reset = {
        let app = app.clone();
        let reset_asking = reset_asking.clone();
        let reset_done = reset_done.clone();
        let import = import.clone();
        let photo_usage = photo_usage.clone();
        Callback::from(move |_| {
            app.change(ResetAll);
            reset_asking.set(false);
            reset_done.set(true);
            import.set(Import::Idle);
            let photo_usage = photo_usage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                crate::photos::remove_all().await;
                photo_usage.set(crate::photos::usage().await);
            });
        })
    };
    let keep = {
        let reset_asking = reset_asking.clone();
        Callback::from(move |_| reset_asking.set(false))
    };

    let (source, checked) = regions::source();

    // Whether the browser keeps her data under storage pressure, and the site's room, as it says.
    let durable = use_state(|| None::<Durable>);
    {
        let durable = durable.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let protection = crate::durable::protection().await;
                let usage = crate::durable::usage().await;
                durable.set(Some(Durable { protection, usage, refused: false }));
            });
        });
    }
    let ask_protection = {
        let durable = durable.clone();
        Callback::from(move |_| {
            let durable = durable.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let protection = crate::durable::request().await;
                let usage = crate::durable::usage().await;
                durable.set(Some(Durable { protection, usage, refused: protection != Protection::Protected }));
            });
        })
    };

    html! {
        <section class="page data" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ DataMsg::Title.text(lang) }</h1>
            <p class="lead">{ DataMsg::Intro.text(lang) }</p>

            <section class="card" aria-labelledby="sec-storage">
                <h2 id="sec-storage">{ DataMsg::StorageTitle.text(lang) }</h2>
                <p data-testid="storage-usage" data-bytes={bytes_used.to_string()} data-mode={match health.mode { StorageMode::Local => "local", StorageMode::Memory => "memory" }}>
                    { match health.mode {
                        StorageMode::Local => fill(DataMsg::StorageLocal.text(lang), &[("kb", &kilobytes(bytes_used).to_string()), ("quota", &kilobytes(TYPICAL_QUOTA_BYTES).to_string())]),
                        StorageMode::Memory => DataMsg::StorageMemory.text(lang).to_string(),
                    } }
                </p>
                <p data-testid="photo-usage" data-count={photo_usage.map(|u| u.count.to_string())} data-bytes={photo_usage.map(|u| u.bytes.to_string())}>
                    { match *photo_usage {
                        Some(usage) if usage.count > 0 => fill(PhotoMsg::Usage.text(lang), &[("usage", &usage.text(lang))]),
                        _ => PhotoMsg::UsageNone.text(lang).to_string(),
                    } }
                </p>
                { durable_view(durable.as_ref(), lang, ask_protection) }
            </section>

            <section class="card" aria-labelledby="sec-export">
                <h2 id="sec-export">{ DataMsg::ExportTitle.text(lang) }</h2>
                <p>{ fill(DataMsg::ExportBody.text(lang), &[("file", file_name)]) }</p>
                <button type="button" class="button" data-testid="export-backup" onclick={export}>{ DataMsg::ExportButton.text(lang) }</button>
                <p role="status" class="status">
                    { match &*exported {
                        Some(Ok(name)) => fill(DataMsg::ExportDone.text(lang), &[("file", name)]),
                        Some(Err(_)) => DataMsg::ExportFailed.text(lang).to_string(),
                        None => String::new(),
                    } }
                </p>
            </section>

            <section class="card" aria-labelledby="sec-import">
                <h2 id="sec-import">{ DataMsg::ImportTitle.text(lang) }</h2>
                <p id="import-help">{ DataMsg::ImportBody.text(lang) }</p>
                <input type="file" id="import-file" class="visually-hidden-file" accept=".json,application/json"
                    aria-describedby="import-help" data-testid="import-file" onchange={choose} />
                <label class="button file-button" for="import-file">{ DataMsg::ImportChoose.text(lang) }</label>
                { import_view(&import, &app.state.data, lang, replace, cancel) }
            </section>

            <section class="card danger-zone" aria-labelledby="sec-reset">
                <h2 id="sec-reset">{ DataMsg::ResetTitle.text(lang) }</h2>
                <p>{ DataMsg::ResetBody.text(lang) }</p>
                if *reset_asking {
                    <p role="alert">{ DataMsg::ResetConfirm.text(lang) }</p>
                    <div class="actions">
                        <button type="button" class="button danger" data-testid="reset-confirm" onclick={do_reset}>{ DataMsg::ResetYes.text(lang) }</button>
                        <button type="button" class="button secondary" onclick={keep}>{ DataMsg::ImportCancel.text(lang) }</button>
                    </div>
                } else {
                    <button type="button" class="button danger" data-testid="reset-data" onclick={ask_reset}>{ DataMsg::ResetButton.text(lang) }</button>
                }
                <p role="status" class="status" data-testid="reset-status">{ if *reset_done { DataMsg::ResetDone.text(lang) } else { "" } }</p>
            </section>

            <p class="source muted">{ fill(DataMsg::RegionsSource.text(lang), &[("source", source.get(lang)), ("checked", checked)]) }</p>
        </section>
    }
}

/// What the browser says about keeping her data.
#[derive(Clone, Copy, PartialEq)]
struct Durable {
    protection: Protection,
    usage: Option<SiteUsage>,
    /// She asked, and the browser did not grant it.
    refused: bool,
}

fn durable_view(durable: Option<&Durable>, lang: Lang, ask: Callback<MouseEvent>) -> Html {
    let Some(durable) = durable else {
        return html! { <p data-testid="storage-protection" data-protected="checking">{ DataMsg::ProtectionChecking.text(lang) }</p> };
    };
    let protection = durable.protection;
    let text = match protection {
        Protection::Protected => DataMsg::ProtectionYes,
        Protection::AtRisk => DataMsg::ProtectionNo,
        Protection::Unknown => DataMsg::ProtectionUnknown,
    };
    html! {
        <>
            <p data-testid="storage-protection" data-protected={protection.code()}>{ text.text(lang) }</p>
            if let Some(usage) = durable.usage {
                <p data-testid="storage-estimate" data-used={usage.used.to_string()} data-quota={usage.quota.to_string()}>
                    { fill(DataMsg::SiteUsage.text(lang), &[("used", &size_text(usage.used, lang)), ("quota", &size_text(usage.quota, lang)), ("left", &size_text(usage.left(), lang))]) }
                </p>
            }
            if protection.remind_backup() {
                <p class="notice notice-warning" data-testid="backup-reminder">{ DataMsg::BackupReminder.text(lang) }</p>
            }
            if protection == Protection::AtRisk {
                <button type="button" class="button secondary" data-testid="ask-protection" onclick={ask}>{ DataMsg::AskProtection.text(lang) }</button>
            }
            <p role="status" class="status" data-testid="protection-status">{ if durable.refused && protection == Protection::AtRisk { DataMsg::ProtectionRefused.text(lang) } else { "" } }</p>
        </>
    }
}

fn import_view(
    import: &Import,
    current: &AppData,
    lang: Lang,
    replace: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
) -> Html {
    match import {
        Import::Idle => html! { <p role="status" class="status"></p> },
        Import::Reading | Import::Saving => {
            html! { <p role="status" class="status">{ DataMsg::ImportReading.text(lang) }</p> }
        }
        Import::Refused(refusal) => html! {
            <p role="alert" class="status error" data-testid="import-error">{ refusal_text(*refusal, lang) }</p>
        },
        Import::Done => {
            html! { <p role="status" class="status ok" data-testid="import-done">{ DataMsg::ImportDone.text(lang) }</p> }
        }
        Import::Cancelled => html! { <p role="status" class="status">{ DataMsg::ImportCancelled.text(lang) }</p> },
        Import::Confirm(incoming) => html! {
            <div class="confirm" role="alertdialog" aria-labelledby="import-confirm-title" data-testid="import-confirm">
                <h3 id="import-confirm-title">{ DataMsg::ImportConfirmTitle.text(lang) }</h3>
                <div class="compare">
                    { summary_view(DataMsg::ImportCurrent, &persist::summarise(current), None, lang, "import-current") }
                    { summary_view(DataMsg::ImportIncoming, &persist::summarise(&incoming.data), incoming.photos, lang, "import-incoming") }
                </div>
                if !incoming.cuts.is_empty() {
                    <div class="notice notice-warning" data-testid="import-cuts">
                        <p>{ LimitsMsg::ImportCuts.text(lang) }</p>
                        <ul>{ for incoming.cuts.iter().map(|cut| html! { <li>{ cut_text(*cut, lang) }</li> }) }</ul>
                    </div>
                }
                <div class="actions">
                    <button type="button" class="button danger" data-testid="import-replace" onclick={replace}>{ DataMsg::ImportReplace.text(lang) }</button>
                    <button type="button" class="button secondary" data-testid="import-cancel" onclick={cancel}>{ DataMsg::ImportCancel.text(lang) }</button>
                </div>
            </div>
        },
    }
}

fn summary_view(
    title: DataMsg,
    summary: &DataSummary,
    photos: Option<Usage>,
    lang: Lang,
    testid: &'static str,
) -> Html {
    html! {
        <div class="summary" data-testid={testid}>
            <h4>{ title.text(lang) }</h4>
            <ul>
                <li>{ if summary.business_name.is_empty() { html! { DataMsg::SummaryNoName.text(lang) } } else { crate::components::text::fill_user(DataMsg::SummaryBusiness.text(lang), "name", &summary.business_name) } }</li>
                <li>{ fill(DataMsg::SummaryProducts.text(lang), &[("count", &summary.products.to_string())]) }</li>
                <li>{ fill(DataMsg::SummaryDocuments.text(lang), &[("count", &summary.documents.to_string())]) }</li>
                <li>{ fill(DataMsg::SummarySections.text(lang), &[("filled", &summary.filled_sections.to_string()), ("total", &summary.total_sections.to_string())]) }</li>
                if let Some(photos) = photos {
                    <li data-testid="import-photos">{ fill(PhotoMsg::Usage.text(lang), &[("usage", &photos.text(lang))]) }</li>
                }
            </ul>
        </div>
    }
}

fn refusal_text(refusal: Refusal, lang: Lang) -> String {
    match refusal {
        Refusal::Decode(DecodeError::NotJson) => DataMsg::ImportNotJson.text(lang).to_string(),
        Refusal::Decode(DecodeError::Foreign) => DataMsg::ImportForeign.text(lang).to_string(),
        Refusal::Decode(DecodeError::NewerSchema { found }) => {
            fill(DataMsg::ImportNewer.text(lang), &[("found", &found.to_string())])
        }
        Refusal::Decode(DecodeError::Invalid) => DataMsg::ImportInvalid.text(lang).to_string(),
        Refusal::TooLarge => DataMsg::ImportTooLarge.text(lang).to_string(),
        Refusal::Unreadable => DataMsg::ImportUnreadable.text(lang).to_string(),
        Refusal::NoRoom { units } => {
            fill(DataMsg::ImportNoRoom.text(lang), &[("size", &size_text(units as u64 * 2, lang))])
        }
        Refusal::Photos(error) => backup_error_text(error, lang),
        Refusal::PhotoNoRoom => PhotoMsg::RestoreFull.text(lang).to_string(),
    }
}

/// A decoded backup, cut to the limits, and checked to fit in storage before she is asked: a file
/// that cannot be stored is refused now, not after it replaced what is on screen.
fn check_incoming(
    store: &crate::storage::Store,
    data: AppData,
    incoming_photos: Option<&[photos::Incoming]>,
) -> Import {
    let (data, cuts) = clamp_data(data);
    let listings = data.listings.ids();
    let photos = match incoming_photos.map(|incoming| photos::check_backup(incoming, &listings)).transpose() {
        Ok(photos) => photos,
        Err(error) => return Import::Refused(Refusal::Photos(error)),
    };
    let units = encoded_units(&data);
    if store.fits(units) {
        Import::Confirm(Rc::new(Incoming { data, cuts, photos }))
    } else {
        Import::Refused(Refusal::NoRoom { units })
    }
}

/// Writes the document of an accepted backup (its photos are stored already), then shows it.
fn replace_document(
    app: crate::state::AppContext,
    import: UseStateHandle<Import>,
    incoming: Rc<Incoming>,
    photo_usage: UseStateHandle<Option<Usage>>,
) {
    let units = encoded_units(&incoming.data);
    let (store, data) = (app.store.clone(), Rc::new(incoming.data.clone()));
    crate::persistence::save(&store, &data, data.settings.lang, move |synced| {
        if synced.save == SaveState::Saved {
            // Another tab's changes it was merged with, if any, are kept too.
            let shown = synced.show.unwrap_or_else(|| incoming.data.clone());
            app.change(ReplaceAll(Box::new(shown)));
            if synced.copies_changed {
                app.dispatch.emit(crate::state::Action::RecoveredChanged(app.store.recovered()));
            }
            import.set(Import::Done);
            // A file without photos keeps the stored ones, but not those of listings it lacks.
            let keep = incoming.data.listings.ids();
            let prune = incoming.photos.is_none();
            wasm_bindgen_futures::spawn_local(async move {
                if prune {
                    crate::photos::prune(&keep).await;
                }
                photo_usage.set(crate::photos::usage().await);
            });
        } else {
            // Nothing replaced: the store goes on settling other tabs' saves with what is shown.
            app.store.note_pending(&app.state.document());
            import.set(Import::Refused(Refusal::NoRoom { units }));
        }
    });
}

/// UTF-16 code units of the document as stored, with room for its revision stamp.
fn encoded_units(data: &AppData) -> usize {
    const STAMP: usize = 80;
    persist::encode(data).map_or(usize::MAX / 4, |text| crate::storage::utf16_units(&text)) + STAMP
}
