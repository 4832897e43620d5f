//! `#/workshop`: the facilitator's page, a part of its own. Sessions; for the chosen
//! one, its link and QR code, the reports collected from a pasted chat, the participants' table,
//! the summary with its charts, the CSV, the printed activity report, and deleting it.
//!
//! Everything shown is computed by `domain::workshop`; this module only renders it.

mod export;
mod import;
mod session;
mod tables;

use yew::prelude::*;

use crate::domain::workshop::session::SessionsEdit;
use crate::domain::workshop::{make_id, tally};
use crate::i18n::workshop::WorkshopMsg;
use crate::state::use_app;

#[function_component(WorkshopPage)]
pub fn workshop_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let sessions = &app.state.data.sessions;
    // The session she chose; the newest when she chose none (or it was deleted).
    let chosen = use_state(|| None::<String>);
    let current = chosen.as_deref().and_then(|id| sessions.get(id)).or_else(|| sessions.list.first());

    let create = {
        let app = app.clone();
        let chosen = chosen.clone();
        Callback::from(move |_| {
            let id = make_id(crate::browser::random_bits());
            app.change(SessionsEdit::Create { id: id.clone(), date: crate::browser::today_or_empty() });
            chosen.set(Some(id));
        })
    };
    let pick = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            chosen.set(Some(event.target_unchecked_into::<web_sys::HtmlSelectElement>().value()));
        })
    };

    html! {
        <section class="page workshop" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" class="no-print">{ WorkshopMsg::Title.text(lang) }</h1>
            <p class="lead no-print">{ WorkshopMsg::Intro.text(lang) }</p>
            <p class="help no-print" data-testid="workshop-stores">{ WorkshopMsg::Stores.text(lang) }</p>
            <div class="card no-print">
                if sessions.list.is_empty() {
                    <p>{ WorkshopMsg::NoSession.text(lang) }</p>
                }
                if sessions.list.len() > 1 {
                    <div class="field">
                        <label for="session-pick">{ WorkshopMsg::PickSession.text(lang) }</label>
                        <select id="session-pick" data-testid="workshop-pick" onchange={pick}>
                            { for sessions.list.iter().map(|s| {
                                let name = if s.title.trim().is_empty() { WorkshopMsg::Untitled.text(lang).to_string() } else { s.title.clone() };
                                html! {
                                    <option value={s.id.clone()} selected={current.is_some_and(|c| c.id == s.id)}>
                                        { format!("{name} · {}", s.date) }
                                    </option>
                                }
                            }) }
                        </select>
                    </div>
                }
                <button type="button" class="button" data-testid="workshop-new" onclick={create}>{ WorkshopMsg::NewSession.text(lang) }</button>
            </div>
            if let Some(session) = current {
                <SessionView key={session.id.clone()} id={session.id.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SessionViewProps {
    id: AttrValue,
}

/// One session: keyed by its id, so switching sessions starts its views afresh.
#[function_component(SessionView)]
fn session_view(props: &SessionViewProps) -> Html {
    let app = use_app();
    let Some(session) = app.state.data.sessions.get(&props.id) else { return html! {} };
    let tally = std::rc::Rc::new(tally::tally(&session.reports));
    html! {
        <>
            <session::SessionCard id={props.id.clone()} />
            <import::ImportCard id={props.id.clone()} />
            <export::PrintHead id={props.id.clone()} />
            <tables::Participants tally={tally.clone()} />
            <tables::SummaryView tally={tally.clone()} />
            <export::ExportCard id={props.id.clone()} {tally} />
        </>
    }
}
