//! `#/documents`: proforma invoice, commercial invoice and packing list from her own data (issue
//! 16), in English, around a form in her language; printed on A4 by the browser. A part of its own
//! (`crate::parts`): nothing outside `parts.rs` names [`DocumentsPage`].
//!
//! `#/documents?new=proforma&quote=latest` (or `quote=<id>`) opens a new proforma filled from her
//! most recent (or that) saved quote; the address then goes back to `#/documents`, so a reload
//! shows the document rather than making another.

mod editor;
mod fields;
mod from_listing;
mod list;
mod new;
mod sheet;

use yew::prelude::*;

pub(crate) use from_listing::FromListing;

use crate::domain::documents::start::{find_quote, new_document, QuotePick};
use crate::domain::documents::store::MAX_DOCUMENTS;
use crate::domain::documents::{DocKind, Start};
use crate::domain::route::{Location, Route};
use crate::i18n::documents::DocumentsMsg;
use crate::i18n::fill;
use crate::state::use_app;

#[function_component(DocumentsPage)]
pub fn documents_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let notice = use_state(|| None::<DocumentsMsg>);

    {
        let app = app.clone();
        let notice = notice.clone();
        use_effect_with(app.location.query.clone(), move |query| {
            if let Some(kind) = query.get("new").and_then(DocKind::from_code) {
                let data = &app.state.data;
                let pick = query.get("quote").and_then(QuotePick::from_query);
                let message = if data.documents.items.len() >= MAX_DOCUMENTS {
                    Some(DocumentsMsg::Full)
                } else {
                    match pick {
                        Some(_) if data.calculator.saved.is_empty() => Some(DocumentsMsg::NoQuotes),
                        Some(pick) if find_quote(&data.calculator.saved, pick).is_none() => {
                            Some(DocumentsMsg::QuoteNotFound)
                        }
                        _ => None,
                    }
                };
                let start = pick.map_or(Start::Blank, Start::Quote);
                let today = crate::browser::today().iso();
                app.change(new_document(data, kind, start, &today));
                notice.set(message);
                app.replace(Location::of(Route::Documents));
            }
        });
    }

    let current = app.state.data.documents.current().map(|d| d.id);
    html! {
        <section class="page documents-page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" class="no-print">{ DocumentsMsg::Title.text(lang) }</h1>
            <p class="lead no-print">{ DocumentsMsg::Intro.text(lang) }</p>
            <p class="help no-print">{ DocumentsMsg::EnglishNote.text(lang) }</p>
            if let Some(message) = *notice {
                <p class="notice notice-info no-print" role="status" data-testid="doc-notice">
                    { fill(message.text(lang), &[("max", &MAX_DOCUMENTS.to_string())]) }
                </p>
            }
            if let Some(id) = current {
                <editor::Editor key={id} {id} />
            } else {
                <new::NewDocument />
                <list::DocList />
            }
        </section>
    }
}
