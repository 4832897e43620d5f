//! The session's details, its link and its QR code.

use yew::prelude::*;

use crate::domain::change::MAX_SHORT_TEXT;
use crate::domain::workshop::qr::{session_link, QrMatrix};
use crate::domain::workshop::session::{SessionsEdit, Stage};
use crate::i18n::fill;
use crate::i18n::workshop::{stage, WorkshopMsg};
use crate::share::{self, Outcome};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub id: AttrValue,
}

#[function_component(SessionCard)]
pub fn session_card(props: &SessionProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let large = use_state(|| false);
    let copied = use_state(|| None::<Outcome>);
    let Some(session) = app.state.data.sessions.get(&props.id) else { return html! {} };
    let id = session.id.clone();

    let text_edit = |make: fn(String, String) -> SessionsEdit| {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            app.change(make(id.clone(), value));
        })
    };
    let link = session_link(&app_address(), &id);
    let copy = {
        let copied = copied.clone();
        share::copy_on_click(link.clone(), move |outcome| copied.set(Some(outcome)))
    };
    let toggle = {
        let large = large.clone();
        Callback::from(move |_| large.set(!*large))
    };

    html! {
        <>
        <section class="card no-print" aria-labelledby="sec-session">
            <h2 id="sec-session">{ fill(WorkshopMsg::SessionId.text(lang), &[("id", &id)]) }</h2>
            <div class="field">
                <label for="session-title">{ WorkshopMsg::SessionTitle.text(lang) }</label>
                <input type="text" id="session-title" data-testid="workshop-title" maxlength={MAX_SHORT_TEXT.to_string()}
                    value={session.title.clone()} oninput={text_edit(SessionsEdit::Title)} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="session-date">{ WorkshopMsg::SessionDate.text(lang) }</label>
                    <input type="date" id="session-date" data-testid="workshop-date" value={session.date.clone()} oninput={text_edit(SessionsEdit::Date)} />
                </div>
                <div class="field">
                    <label for="session-facilitator">{ WorkshopMsg::SessionFacilitator.text(lang) }</label>
                    <input type="text" id="session-facilitator" data-testid="workshop-facilitator" maxlength={MAX_SHORT_TEXT.to_string()}
                        value={session.facilitator.clone()} oninput={text_edit(SessionsEdit::Facilitator)} />
                </div>
            </div>
            <fieldset>
                <legend class="label">{ WorkshopMsg::SessionStages.text(lang) }</legend>
                { for Stage::ALL.iter().map(|s| {
                    let s = *s;
                    let box_id = format!("stage-{}", s.key());
                    let (app, id) = (app.clone(), id.clone());
                    let onchange = Callback::from(move |event: Event| {
                        let on = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        app.change(SessionsEdit::Stage(id.clone(), s, on));
                    });
                    html! {
                        <div class="check">
                            <input type="checkbox" id={box_id.clone()} checked={session.stages.contains(&s)} {onchange} />
                            <label for={box_id}>{ stage(s, lang) }</label>
                        </div>
                    }
                }) }
            </fieldset>
        </section>
        <section class="card no-print" aria-labelledby="sec-link">
            <h2 id="sec-link">{ WorkshopMsg::LinkTitle.text(lang) }</h2>
            <p>{ WorkshopMsg::LinkHelp.text(lang) }</p>
            <p class="session-link"><a href={link.clone()} data-testid="workshop-link">{ link.clone() }</a></p>
            <div class="actions">
                <button type="button" class="button secondary" data-testid="workshop-copy-link" onclick={copy}>{ WorkshopMsg::CopyLink.text(lang) }</button>
                <button type="button" class="button secondary" aria-pressed={large.to_string()} data-testid="workshop-qr-size" onclick={toggle}>
                    { if *large { WorkshopMsg::QrSmaller.text(lang) } else { WorkshopMsg::QrLarger.text(lang) } }
                </button>
            </div>
            <p role="status" class="status ok">{ share::outcome_text(*copied, lang) }</p>
            { qr_view(&link, *large, lang) }
        </section>
        </>
    }
}

/// The QR code as an inline SVG: black modules on white with the quiet zone, drawn crisp.
fn qr_view(link: &str, large: bool, lang: crate::domain::lang::Lang) -> Html {
    let Some(matrix) = QrMatrix::encode(link) else {
        return html! { <p class="notice notice-warning">{ WorkshopMsg::QrFailed.text(lang) }</p> };
    };
    let side = matrix.view_size().to_string();
    html! {
        <div class={classes!("qr", large.then_some("large"))}>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {side} {side}")} role="img"
                aria-label={fill(WorkshopMsg::QrLabel.text(lang), &[("link", link)])}
                shape-rendering="crispEdges" data-testid="workshop-qr" data-modules={matrix.size().to_string()}>
                <rect width={side.clone()} height={side} fill="#fff" />
                <path d={matrix.svg_path()} fill="#000" />
            </svg>
        </div>
    }
}

/// The app's own address. Off the browser (the server renderer of the tests) a stand-in.
fn app_address() -> String {
    if cfg!(target_arch = "wasm32") {
        crate::browser::page_address()
    } else {
        "https://siap-ekspor.example/index.html".to_string()
    }
}
