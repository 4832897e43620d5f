//! Collecting: a pasted chat or an exported chat file, read for report codes; what could not be
//! counted is listed with the reason.

use yew::prelude::*;

use crate::domain::persist::MAX_BACKUP_BYTES;
use crate::domain::workshop::chat;
use crate::domain::workshop::session::{merge, Outcome, SessionsEdit};
use crate::i18n::fill;
use crate::i18n::workshop::{why, WorkshopMsg};
use crate::state::{use_app, AppContext};

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Done(Outcome),
    FileTooLarge,
    FileUnreadable,
}

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub id: AttrValue,
}

/// Reads `text` and stores what it holds in the session's reports.
fn import(app: &AppContext, id: &str, text: &str) -> Option<Outcome> {
    let session = app.state.data.sessions.get(id)?;
    let (reports, outcome) = merge(session, chat::codes(text));
    if outcome.read > 0 {
        app.change(SessionsEdit::Reports(id.to_string(), reports));
    }
    Some(outcome)
}

#[function_component(ImportCard)]
pub fn import_card(props: &ImportProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let text = use_state(String::new);
    let status = use_state(|| Status::Idle);

    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())
        })
    };
    let submit = {
        let (app, id, text, status) = (app.clone(), props.id.to_string(), text.clone(), status.clone());
        Callback::from(move |_| {
            if let Some(outcome) = import(&app, &id, &text) {
                status.set(Status::Done(outcome));
            }
        })
    };
    let choose = {
        let (app, id, status) = (app.clone(), props.id.to_string(), status.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            let file = input.files().and_then(|files| files.get(0));
            input.set_value("");
            let Some(file) = file else { return };
            if file.size() > MAX_BACKUP_BYTES {
                status.set(Status::FileTooLarge);
                return;
            }
            let (app, id, status) = (app.clone(), id.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                match read {
                    None => status.set(Status::FileUnreadable),
                    Some(text) => {
                        if let Some(outcome) = import(&app, &id, &text) {
                            status.set(Status::Done(outcome));
                        }
                    }
                }
            });
        })
    };

    let message = match &*status {
        Status::Idle => String::new(),
        Status::FileTooLarge => WorkshopMsg::ImportFileTooLarge.text(lang).to_string(),
        Status::FileUnreadable => WorkshopMsg::ImportFileUnreadable.text(lang).to_string(),
        Status::Done(outcome) if outcome.read == 0 && outcome.refused.is_empty() => {
            WorkshopMsg::ImportNothing.text(lang).to_string()
        }
        Status::Done(outcome) => fill(
            WorkshopMsg::ImportRead.text(lang),
            &[("read", &outcome.read.to_string()), ("replaced", &outcome.replaced.to_string())],
        ),
    };
    let refused = match &*status {
        Status::Done(outcome) => outcome.refused.clone(),
        _ => Vec::new(),
    };

    html! {
        <section class="card no-print" aria-labelledby="sec-import">
            <h2 id="sec-import">{ WorkshopMsg::ImportTitle.text(lang) }</h2>
            <p id="import-help">{ WorkshopMsg::ImportHelp.text(lang) }</p>
            <div class="field">
                <label for="workshop-import">{ WorkshopMsg::ImportLabel.text(lang) }</label>
                <textarea id="workshop-import" rows="6" data-testid="workshop-import" aria-describedby="import-help"
                    value={(*text).clone()} {oninput} />
            </div>
            <div class="actions">
                <button type="button" class="button" data-testid="workshop-import-submit" onclick={submit}>{ WorkshopMsg::ImportSubmit.text(lang) }</button>
                <input type="file" id="workshop-file" class="visually-hidden-file" accept=".txt,text/plain"
                    data-testid="workshop-file" onchange={choose} />
                <label class="button secondary file-button" for="workshop-file">{ WorkshopMsg::ImportFile.text(lang) }</label>
            </div>
            <p role="status" class="status ok" data-testid="workshop-import-status">{ message }</p>
            if !refused.is_empty() {
                <div class="notice notice-warning" data-testid="workshop-import-errors">
                    <h3>{ WorkshopMsg::RefusedTitle.text(lang) }</h3>
                    <ul>
                        { for refused.iter().map(|r| {
                            let sender = r.sender.clone().unwrap_or_else(|| WorkshopMsg::UnknownSender.text(lang).to_string());
                            let when = if r.stamp.is_empty() { String::new() } else { format!(" ({})", r.stamp) };
                            html! {
                                <li data-testid="workshop-import-error">
                                    <strong>{ format!("{sender}{when}") }</strong>{ ": " }{ why(&r.why, lang) }
                                </li>
                            }
                        }) }
                    </ul>
                    <p>{ WorkshopMsg::AskAgain.text(lang) }</p>
                </div>
            }
        </section>
    }
}
