//! A new document: its kind, and where it starts (blank, her latest quote, any saved quote, any
//! listing). "From a listing" is a part of its own (`from_listing`), fetched only by her who has
//! written one.

use yew::prelude::*;

use super::fields::Select;
use crate::components::part_page::{part_pending, use_part, PartState};
use crate::domain::documents::start::{new_document, QuotePick};
use crate::domain::documents::store::MAX_DOCUMENTS;
use crate::domain::documents::{DocKind, Start};
use crate::i18n::documents::{kind_about, kind_name, DocumentsMsg};
use crate::i18n::fill;
use crate::parts::{Loaded, Part};
use crate::state::use_app;

#[function_component(NewDocument)]
pub fn new_document_form() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let kind = use_state(|| DocKind::Proforma);
    let quote = use_state(|| None::<u32>);

    let full = data.documents.items.len() >= MAX_DOCUMENTS;

    let start = |make: Box<dyn Fn() -> Option<Start>>| {
        let app = app.clone();
        let kind = *kind;
        Callback::from(move |_: MouseEvent| {
            if let Some(start) = make() {
                let today = crate::browser::today().iso();
                app.change(new_document(&app.state.data, kind, start, &today));
            }
        })
    };
    let blank = start(Box::new(|| Some(Start::Blank)));
    let latest = start(Box::new(|| Some(Start::Quote(QuotePick::Latest))));
    let chosen_quote = *quote;
    let from_quote = start(Box::new(move || chosen_quote.map(|id| Start::Quote(QuotePick::Id(id)))));
    let kinds: Vec<(AttrValue, AttrValue)> =
        DocKind::ALL.iter().map(|k| (AttrValue::from(k.code()), AttrValue::from(kind_name(*k, lang)))).collect();
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |code: String| {
            if let Some(k) = DocKind::from_code(&code) {
                kind.set(k);
            }
        })
    };
    let mut quotes = vec![(AttrValue::from(""), AttrValue::from(DocumentsMsg::ChooseQuote.text(lang)))];
    quotes.extend(
        data.calculator
            .saved
            .iter()
            .rev()
            .map(|q| (AttrValue::from(q.id.to_string()), AttrValue::from(format!("{} · {}", q.saved_on, q.line)))),
    );
    let on_quote = {
        let quote = quote.clone();
        Callback::from(move |value: String| quote.set(value.parse().ok()))
    };
    html! {
        <section class="card no-print" aria-labelledby="doc-new-title">
            <h2 id="doc-new-title">{ DocumentsMsg::NewTitle.text(lang) }</h2>
            if full {
                <p class="notice notice-warning" role="status">
                    { fill(DocumentsMsg::Full.text(lang), &[("max", &MAX_DOCUMENTS.to_string())]) }
                </p>
            }
            <Select id="doc-new-kind" label={DocumentsMsg::NewKind.text(lang)} help={Some(AttrValue::from(kind_about(*kind, lang)))}
                options={kinds} value={kind.code()} onchange={on_kind} />
            <div class="actions">
                <button type="button" class="button" data-testid="doc-new-blank" disabled={full} onclick={blank}>
                    { DocumentsMsg::StartBlank.text(lang) }
                </button>
                if !data.calculator.saved.is_empty() {
                    <button type="button" class="button secondary" data-testid="doc-new-latest" disabled={full} onclick={latest}>
                        { DocumentsMsg::StartLatestQuote.text(lang) }
                    </button>
                }
            </div>
            if data.calculator.saved.is_empty() {
                <p class="muted">{ DocumentsMsg::NoQuotes.text(lang) }</p>
            } else {
                <Select id="doc-new-quote" label={DocumentsMsg::StartQuote.text(lang)} options={quotes}
                    value={quote.map(|id| id.to_string()).unwrap_or_default()} onchange={on_quote} />
                <button type="button" class="button secondary" data-testid="doc-new-quote" disabled={full || quote.is_none()} onclick={from_quote}>
                    { DocumentsMsg::MakeFromQuote.text(lang) }
                </button>
            }
            if !data.listings.drafts.is_empty() {
                <ListingStart kind={*kind} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ListingStartProps {
    kind: DocKind,
}

/// "Start from a listing", loaded as its part: "Loading…" in its place meanwhile, and if it
/// cannot be fetched, why, with "Try again".
#[function_component(ListingStart)]
fn listing_start(props: &ListingStartProps) -> Html {
    let lang = use_app().lang();
    let (state, retry) = use_part(Part::DocumentFromListing);
    match state {
        PartState::Ready(Loaded::DocumentFromListing(view)) => view(props.kind),
        state => part_pending(state, retry, lang, "doc-listing-loading"),
    }
}
