//! `#/catalog`: what a buyer asks for first, in English, made from her profile and listings —
//! the product catalogue (choose the products and until when the prices hold, then the sheet:
//! print it as A4 or save it as a PDF, download or share it as a one-file web page, with an
//! Indonesian preview of what it says) and the business e-mail kit with the first e-mail to a
//! buyer.
//!
//! The page (part `catalog`) is what needs no generator: the list of her products by the names
//! she gave them (`domain::catalog::sheet::picks`), the date, why and how to get an address, her
//! signature. What is written from her listings — the sheet with its print / download / share,
//! her logo, the first e-mail — is the part `catsheet` ([`Part::CatalogueSheet`]: the
//! generator, the glossary, the photo store's glue, shared with the listing builder's writer),
//! fetched as the page opens and shown in its places (`Written`): "Loading…" there meanwhile,
//! and if it cannot be fetched, why, with "Try again" (docs/code-splitting.md).

mod controls;
mod first_email;
mod kit;
mod sheet;

use yew::prelude::*;

use crate::components::part_page::{part_pending, use_part, PartState};
use crate::domain::catalog::sheet::picks;
use crate::domain::catalog::signature::Role;
use crate::domain::lang::Lang;
use crate::domain::route::Route;
use crate::i18n::catalog::CatalogMsg;
use crate::parts::{CataloguePlace, Loaded, Part};
use crate::state::use_app;

#[function_component(CatalogPage)]
pub fn catalog_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    // The role her signature and her first e-mail are signed as: a choice on this page, not stored.
    let role = use_state(Role::default);
    let on_role = {
        let role = role.clone();
        Callback::from(move |picked: Role| role.set(picked))
    };
    let listings = &app.state.data.listings;
    let picks = picks(listings);
    let any_in = picks.iter().any(|pick| pick.included);
    html! {
        <section class="page catalog" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ CatalogMsg::Title.text(lang) }</h1>
            <p class="lead">{ CatalogMsg::Intro.text(lang) }</p>
            if picks.is_empty() {
                <section class="card" aria-labelledby="sec-catalogue">
                    <h2 id="sec-catalogue">{ CatalogMsg::CatalogTitle.text(lang) }</h2>
                    <p data-testid="catalog-empty">{ CatalogMsg::NoListings.text(lang) }</p>
                    <div class="actions">
                        <a class="button" href={Route::Describe.href()}>{ CatalogMsg::OpenDescribe.text(lang) }</a>
                    </div>
                </section>
                <kit::EmailKit role={*role} {on_role} />
            } else {
                <controls::Controls {picks} valid_until={listings.catalog.valid_until.clone()} />
                <Written role={*role} {on_role} {any_in} />
            }
        </section>
    }
}

/// Named only by `crate::parts`, which loads it as the part `catsheet`: what the catalogue writes,
/// in `place`.
pub fn written(place: CataloguePlace) -> Html {
    match place {
        CataloguePlace::Sheet { any_in } => html! { <sheet::SheetView {any_in} /> },
        CataloguePlace::FirstEmail(role) => html! { <first_email::FirstEmail {role} /> },
    }
}

#[derive(Properties, PartialEq)]
struct WrittenProps {
    role: Role,
    on_role: Callback<Role>,
    /// Whether any product is in the catalogue (the first e-mail offers them).
    any_in: bool,
}

/// The page below her choices, once she has a listing: the places the part `catsheet` fills
/// (fetched from here, so not without a listing), with the e-mail kit between them. While the part
/// comes each place's card says "Loading…"; if it cannot be fetched, the sheet's card says why,
/// with "Try again" (once for both places).
#[function_component(Written)]
fn written_places(props: &WrittenProps) -> Html {
    let lang = use_app().lang();
    let (state, retry) = use_part(Part::CatalogueSheet);
    // The sheet reads the glossary as soon as it comes: its file travels beside the part.
    use_effect_with((), |_| crate::data_files::prefetch_glossary());
    let any_in = props.any_in;
    let place = |place: CataloguePlace, testid: &'static str| match state {
        PartState::Ready(Loaded::CatalogueSheet(view)) => view(place),
        // The sheet's card says once that the part could not come; with nothing ticked there is
        // no e-mail to wait for.
        _ if matches!(place, CataloguePlace::FirstEmail(_)) && (!any_in || matches!(state, PartState::Failed)) => {
            Html::default()
        }
        state => {
            let busy = matches!(state, PartState::Loading);
            pending(place, lang, busy, part_pending(state, retry.clone(), lang, testid))
        }
    };
    html! {
        <>
            { place(CataloguePlace::Sheet { any_in: props.any_in }, "catalog-sheet-loading") }
            <kit::EmailKit role={props.role} on_role={props.on_role.clone()} />
            // Always in place, even with nothing ticked (it is empty then): the buyer's name she
            // typed in it stays while she changes her picks.
            { place(CataloguePlace::FirstEmail(props.role), "first-email-loading") }
        </>
    }
}

/// A place's card while what fills it is not here (the part, or the glossary): its heading, and
/// `status`. The part's own card begins the same, so nothing jumps when it comes. With no product
/// ticked there is nothing to print: the sheet's place then says only `status`.
fn pending(place: CataloguePlace, lang: Lang, busy: bool, status: Html) -> Html {
    let busy = busy.then_some("true");
    match place {
        CataloguePlace::Sheet { any_in: false } => html! {
            <div class="card no-print" aria-busy={busy}>{ status }</div>
        },
        CataloguePlace::Sheet { any_in: true } => html! {
            <section class="card no-print" aria-labelledby="sec-print" aria-busy={busy}>
                <h2 id="sec-print">{ CatalogMsg::PrintTitle.text(lang) }</h2>
                { status }
            </section>
        },
        CataloguePlace::FirstEmail(_) => html! {
            <section class="card" aria-labelledby="sec-first-email" aria-busy={busy}>
                <h3 id="sec-first-email">{ CatalogMsg::FirstEmailTitle.text(lang) }</h3>
                { status }
            </section>
        },
    }
}
