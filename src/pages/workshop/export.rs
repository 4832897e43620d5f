//! The CSV, the activity report she writes and prints on A4, and deleting the session.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::change::MAX_LONG_TEXT;
use crate::domain::workshop::session::SessionsEdit;
use crate::domain::workshop::tally::Tally;
use crate::i18n::workshop::{csv, stage, WorkshopMsg};
use crate::i18n::{fill, ShellMsg};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub id: AttrValue,
    pub tally: Rc<Tally>,
}

#[function_component(ExportCard)]
pub fn export_card(props: &ExportProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let failed = use_state(|| false);
    let asking = use_state(|| false);
    let Some(session) = app.state.data.sessions.get(&props.id) else { return html! {} };
    let id = session.id.clone();

    let download = {
        let (tally, failed, id) = (props.tally.clone(), failed.clone(), id.clone());
        Callback::from(move |_| {
            let name = format!("siap-ekspor-workshop-{id}-{}.csv", crate::browser::today().iso());
            failed.set(crate::browser::download_text(&name, "text/csv;charset=utf-8", &csv(&tally, lang)).is_err());
        })
    };
    let write_up = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
            app.change(SessionsEdit::WriteUp(id.clone(), text));
        })
    };
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let delete = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| app.change(SessionsEdit::Delete(id.clone())))
    };

    html! {
        <>
        <section class="card" aria-labelledby="sec-export">
            <h2 id="sec-export" class="no-print">{ WorkshopMsg::ExportTitle.text(lang) }</h2>
            <div class="actions no-print">
                <button type="button" class="button" data-testid="workshop-csv" onclick={download}>{ WorkshopMsg::Csv.text(lang) }</button>
            </div>
            <p role="status" class="status error no-print">{ if *failed { WorkshopMsg::CsvFailed.text(lang) } else { "" } }</p>
            <div class="field no-print">
                <label for="write-up">{ WorkshopMsg::WriteUp.text(lang) }</label>
                <p class="help" id="write-up-help">{ WorkshopMsg::WriteUpHelp.text(lang) }</p>
                <textarea id="write-up" rows="8" maxlength={MAX_LONG_TEXT.to_string()} aria-describedby="write-up-help"
                    data-testid="workshop-write-up" value={session.write_up.clone()} oninput={write_up} />
            </div>
            <button type="button" class="button secondary no-print" data-testid="workshop-print" onclick={|_| crate::browser::print()}>{ WorkshopMsg::Print.text(lang) }</button>
        </section>
        <section class="card danger-zone no-print" aria-labelledby="sec-delete">
            <h2 id="sec-delete">{ WorkshopMsg::DeleteTitle.text(lang) }</h2>
            if *asking {
                <p role="alert">{ fill(WorkshopMsg::DeleteConfirm.text(lang), &[("count", &session.reports.len().to_string())]) }</p>
                <div class="actions">
                    <button type="button" class="button danger" data-testid="workshop-delete-confirm" onclick={delete}>{ WorkshopMsg::DeleteYes.text(lang) }</button>
                    <button type="button" class="button secondary" onclick={keep}>{ ShellMsg::Cancel.text(lang) }</button>
                </div>
            } else {
                <button type="button" class="button danger" data-testid="workshop-delete" onclick={ask}>{ WorkshopMsg::Delete.text(lang) }</button>
            }
        </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintHeadProps {
    pub id: AttrValue,
}

/// What the A4 print of the activity report starts with (hidden on screen): the session and her
/// write-up; the participants' table and the summary follow.
#[function_component(PrintHead)]
pub fn print_head(props: &PrintHeadProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let Some(session) = app.state.data.sessions.get(&props.id) else { return html! {} };
    let stages: Vec<&str> = session.stages.iter().map(|s| stage(*s, lang)).collect();
    let title = if session.title.trim().is_empty() {
        WorkshopMsg::Untitled.text(lang).to_string()
    } else {
        session.title.clone()
    };
    html! {
            <div class="print-only" data-testid="workshop-print-head">
            <h2>{ WorkshopMsg::WriteUp.text(lang) }</h2>
            <p><strong>{ fill(WorkshopMsg::PrintedOn.text(lang), &[("title", &title), ("date", &session.date), ("facilitator", &session.facilitator)]) }</strong></p>
            if !stages.is_empty() {
                <p>{ stages.join(" · ") }</p>
            }
            { for session.write_up.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p class="pre-line">{ p.to_string() }</p> }) }
        </div>
    }
}
