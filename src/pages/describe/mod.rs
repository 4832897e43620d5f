//! `#/describe`: the English product listing builder. Her draft is kept as typed; the domain
//! translates it with the glossary, writes the listing, checks it against the chosen marketplace and
//! fills the buyer replies; this page renders all of that and copies it.

//!
//! `form` is her draft's fields; `output` is what the domain writes from it (title, findings,
//! description, specifications, price line, buyer replies) with copy buttons, and the listing's
//! photos. `output` is a part of its own (`Part::ListingWriter`, docs/code-splitting.md): with the
//! glossary, the generator and the photos it is half of the tool, and the form needs none of it,
//! so the page opens and she can type while it arrives.

mod form;
mod output;

use yew::prelude::*;

use crate::components::fields::Select;
use crate::components::part_page::{part_pending, use_part, PartState};
use crate::domain::lang::Lang;
use crate::domain::listing::draft::Draft;
use crate::domain::listing::store::ListingsEdit;
use crate::domain::route::Route;
use crate::i18n::describe::DescribeMsg;
use crate::i18n::fill;
use crate::parts::{Loaded, Part};
use crate::state::{use_app, AppContext};

use form::form;
/// Named only by `crate::parts`, which loads it as the part `writer`.
pub use output::Output;

pub(super) fn edit(app: &AppContext, edit: ListingsEdit) {
    app.change(edit);
}

#[function_component(DescribePage)]
pub fn describe_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let listings = &app.state.data.listings;
    let current = listings.current();
    html! {
        <section class="page describe" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ DescribeMsg::Title.text(lang) }</h1>
            <p class="lead">{ DescribeMsg::Intro.text(lang) }</p>
            { picker(&app, lang) }
            { match current {
                Some(entry) => html! {
                    <>
                        { form(&app, &entry.draft, lang) }
                        <Writer listing={entry.id} draft={entry.draft.clone()} />
                        <section class="card" aria-labelledby="sec-to-catalogue">
                            <h2 id="sec-to-catalogue">{ DescribeMsg::ToCatalogueTitle.text(lang) }</h2>
                            <p>{ DescribeMsg::ToCatalogue.text(lang) }</p>
                            <div class="actions">
                                <a class="button secondary" data-testid="to-catalogue" href={Route::Catalog.href()}>{ DescribeMsg::OpenCatalogue.text(lang) }</a>
                            </div>
                        </section>
                    </>
                },
                None => html! { <p class="card" data-testid="describe-start">{ DescribeMsg::Start.text(lang) }</p> },
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct WriterProps {
    listing: u32,
    draft: Draft,
}

/// What the domain writes from her draft, loaded as its part: "Loading…" in its card meanwhile
/// (the form above works), and if it cannot be fetched, why, with "Try again".
#[function_component(Writer)]
fn writer(props: &WriterProps) -> Html {
    let lang = use_app().lang();
    let (state, retry) = use_part(Part::ListingWriter);
    match state {
        PartState::Ready(Loaded::ListingWriter(view)) => view(props.listing, props.draft.clone()),
        state => output_pending(
            lang,
            matches!(state, PartState::Loading),
            part_pending(state, retry, lang, "listing-writer-loading"),
        ),
    }
}

/// The output's card while what fills it is not here (the writer's part, or the glossary):
/// its heading in its place, and `status`.
fn output_pending(lang: Lang, busy: bool, status: Html) -> Html {
    html! {
        <section class="card listing-output" aria-labelledby="sec-output" aria-busy={busy.then_some("true")}>
            <h2 id="sec-output">{ DescribeMsg::Output.text(lang) }</h2>
            { status }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DeleteProps {
    id: u32,
}

/// "Delete this listing", asked first: it goes with its photos, and neither can be brought back.
#[function_component(DeleteListing)]
fn delete_listing(props: &DeleteProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let asking = use_state(|| None::<u32>);
    let id = props.id;
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(Some(id)))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let delete = {
        let asking = asking.clone();
        Callback::from(move |_| {
            asking.set(None);
            edit(&app, ListingsEdit::Delete(id));
            // Its photos go with it (listing ids are never given again, but the space is hers).
            wasm_bindgen_futures::spawn_local(crate::photos::remove_listing(id));
        })
    };
    // Asked about this listing: choosing another one meanwhile asks nothing.
    if *asking == Some(id) {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="listing-delete-ask">
                <p id="listing-delete-ask">{ DescribeMsg::DeleteAsk.text(lang) }</p>
                <div class="actions">
                    <button type="button" class="button danger" data-testid="listing-delete-confirm" onclick={delete}>{ DescribeMsg::DeleteYes.text(lang) }</button>
                    <button type="button" class="button secondary" data-testid="listing-delete-keep" onclick={keep}>{ DescribeMsg::DeleteKeep.text(lang) }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <div class="actions">
                <button type="button" class="button secondary" data-testid="listing-delete" onclick={ask}>{ DescribeMsg::Delete.text(lang) }</button>
            </div>
        }
    }
}

/// Which listing she edits; new ones, from scratch or from a profile product.
fn picker(app: &AppContext, lang: Lang) -> Html {
    let listings = &app.state.data.listings;
    let products = &app.state.data.profile.products;
    let name_of = |index: usize, draft: &Draft| {
        let name = draft.name.trim();
        if name.is_empty() {
            fill(DescribeMsg::Untitled.text(lang), &[("number", &(index + 1).to_string())])
        } else {
            name.to_string()
        }
    };
    let select = {
        let app = app.clone();
        Callback::from(move |value: String| {
            if let Ok(id) = value.parse() {
                edit(&app, ListingsEdit::Select(id));
            }
        })
    };
    let from_product = {
        let app = app.clone();
        Callback::from(move |value: String| {
            let product = value
                .parse::<u32>()
                .ok()
                .and_then(|id| app.state.data.profile.products.iter().find(|p| p.id == id).cloned());
            if let Some(product) = product {
                edit(&app, ListingsEdit::New(Some(product)));
            }
        })
    };
    let new = {
        let app = app.clone();
        Callback::from(move |_| edit(&app, ListingsEdit::New(None)))
    };
    html! {
        <section class="card" aria-labelledby="sec-listings">
            <h2 id="sec-listings">{ DescribeMsg::Listings.text(lang) }</h2>
            if !listings.drafts.is_empty() {
                <div class="field">
                    <label for="listing-current">{ DescribeMsg::Current.text(lang) }</label>
                    <Select id="listing-current" value={listings.current.map(|id| id.to_string()).unwrap_or_default()} onchange={select}>
                        { for listings.drafts.iter().enumerate().map(|(i, e)| html! {
                            <option value={e.id.to_string()} selected={listings.current == Some(e.id)}>{ name_of(i, &e.draft) }</option>
                        }) }
                    </Select>
                </div>
            }
            if products.iter().any(|p| !p.name.trim().is_empty()) {
                <div class="field">
                    <label for="listing-from-product">{ DescribeMsg::FromProduct.text(lang) }</label>
                    <Select id="listing-from-product" value="" onchange={from_product}>
                        <option value="" selected=true>{ DescribeMsg::ChooseProduct.text(lang) }</option>
                        { for products.iter().filter(|p| !p.name.trim().is_empty()).map(|p| html! { <option value={p.id.to_string()}>{ p.name.clone() }</option> }) }
                    </Select>
                </div>
            }
            <div class="actions">
                <button type="button" class="button" data-testid="listing-new" onclick={new}>{ DescribeMsg::New.text(lang) }</button>
            </div>
            if let Some(id) = listings.current {
                <DeleteListing {id} />
            }
        </section>
    }
}
