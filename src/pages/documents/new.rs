//! A new document: its kind, and where it starts (blank, her latest quote, any saved quote, any
//! listing). A listing's English is generated here, on the device, once the glossary is loaded.

use yew::prelude::*;

use super::fields::Select;
use crate::data_files::{use_glossary_when, use_rules_when, Loaded};
use crate::domain::documents::start::{hs_of, new_document, QuotePick};
use crate::domain::documents::store::MAX_DOCUMENTS;
use crate::domain::documents::{DocKind, Start};
use crate::domain::listing::generate::generate;
use crate::domain::model::ProductClass;
use crate::i18n::documents::{kind_about, kind_name, DocumentsMsg};
use crate::i18n::fill;
use crate::state::use_app;

#[function_component(NewDocument)]
pub fn new_document_form() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let kind = use_state(|| DocKind::Proforma);
    let quote = use_state(|| None::<u32>);
    let listing = use_state(|| None::<u32>);

    let entry = listing.and_then(|id| data.listings.drafts.iter().find(|e| e.id == id));
    let product =
        entry.and_then(|e| e.draft.profile_product_id).and_then(|id| data.profile.products.iter().find(|p| p.id == id));
    let glossary = use_glossary_when(entry.is_some());
    let rules = use_rules_when(matches!(product.and_then(|p| p.class.as_ref()), Some(ProductClass::Rule { .. })));
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
    let from_listing = {
        let made = match (entry, glossary.ready()) {
            (Some(entry), Some(glossary)) => {
                let hs = hs_of(product, rules.ready());
                Some(Start::Listing { id: entry.id, listing: Box::new(generate(&entry.draft, glossary)), hs })
            }
            _ => None,
        };
        start(Box::new(move || made.clone()))
    };

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
    let mut listings = vec![(AttrValue::from(""), AttrValue::from(DocumentsMsg::ChooseListing.text(lang)))];
    listings.extend(data.listings.drafts.iter().enumerate().map(|(i, e)| {
        let name = e.draft.title.as_deref().unwrap_or(&e.draft.name).trim().to_string();
        let name = if name.is_empty() {
            fill(DocumentsMsg::UntitledListing.text(lang), &[("number", &(i + 1).to_string())])
        } else {
            name
        };
        (AttrValue::from(e.id.to_string()), AttrValue::from(name))
    }));
    let on_listing = {
        let listing = listing.clone();
        Callback::from(move |value: String| listing.set(value.parse().ok()))
    };
    let glossary_loading = entry.is_some() && matches!(glossary, Loaded::Loading | Loaded::Idle);

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
                <Select id="doc-new-listing" label={DocumentsMsg::StartListing.text(lang)} options={listings}
                    value={listing.map(|id| id.to_string()).unwrap_or_default()} onchange={on_listing} />
                if glossary_loading {
                    <p class="muted" role="status">{ DocumentsMsg::LoadingGlossary.text(lang) }</p>
                }
                if matches!(glossary, Loaded::Failed(_)) {
                    <p class="notice notice-warning" role="status">{ crate::i18n::ShellMsg::DataFailed.text(lang) }</p>
                }
                <button type="button" class="button secondary" data-testid="doc-new-listing"
                    disabled={full || entry.is_none() || glossary.ready().is_none()} onclick={from_listing}>
                    { DocumentsMsg::MakeFromListing.text(lang) }
                </button>
            }
        </section>
    }
}
