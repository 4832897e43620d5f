//! "Start from a listing": a new document filled from one of her English listings. The listing's
//! English is generated here, on the device, once the glossary is loaded. A part of its own
//! (`crate::parts`, `Part::DocumentFromListing`): the generator and the glossary are needed only by
//! her who has written a listing, so opening `#/documents` fetches neither.

use yew::prelude::*;

use super::fields::Select;
use crate::data_files::{use_glossary_when, use_rules_when, Loaded};
use crate::domain::documents::start::{hs_of, new_document};
use crate::domain::documents::store::MAX_DOCUMENTS;
use crate::domain::documents::{DocKind, Start};
use crate::domain::listing::generate::generate;
use crate::domain::model::ProductClass;
use crate::i18n::documents::DocumentsMsg;
use crate::i18n::fill;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct FromListingProps {
    /// The kind of document chosen above.
    pub kind: DocKind,
}

#[function_component(FromListing)]
pub fn from_listing(props: &FromListingProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let listing = use_state(|| None::<u32>);
    let entry = listing.and_then(|id| data.listings.drafts.iter().find(|e| e.id == id));
    let product =
        entry.and_then(|e| e.draft.profile_product_id).and_then(|id| data.profile.products.iter().find(|p| p.id == id));
    let glossary = use_glossary_when(entry.is_some());
    let rules = use_rules_when(matches!(product.and_then(|p| p.class.as_ref()), Some(ProductClass::Rule { .. })));
    let full = data.documents.items.len() >= MAX_DOCUMENTS;

    let make = {
        let made = match (entry, glossary.ready()) {
            (Some(entry), Some(glossary)) => {
                let hs = hs_of(product, rules.ready());
                Some(Start::Listing { id: entry.id, listing: Box::new(generate(&entry.draft, glossary)), hs })
            }
            _ => None,
        };
        let app = app.clone();
        let kind = props.kind;
        Callback::from(move |_: MouseEvent| {
            if let Some(start) = made.clone() {
                let today = crate::browser::today().iso();
                app.change(new_document(&app.state.data, kind, start, &today));
            }
        })
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
        <>
            <Select id="doc-new-listing" label={DocumentsMsg::StartListing.text(lang)} options={listings}
                value={listing.map(|id| id.to_string()).unwrap_or_default()} onchange={on_listing} />
            if glossary_loading {
                <p class="muted" role="status">{ DocumentsMsg::LoadingGlossary.text(lang) }</p>
            }
            if matches!(glossary, Loaded::Failed(_)) {
                <p class="notice notice-warning" role="status">{ crate::i18n::ShellMsg::DataFailed.text(lang) }</p>
            }
            <button type="button" class="button secondary" data-testid="doc-new-listing"
                disabled={full || entry.is_none() || glossary.ready().is_none()} onclick={make}>
                { DocumentsMsg::MakeFromListing.text(lang) }
            </button>
        </>
    }
}
