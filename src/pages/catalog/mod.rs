//! `#/catalog`: what a buyer asks for first, in English, made from her profile and listings —
//! the product catalogue (`sheet`: choose the products, print it as A4 or save it as a PDF,
//! download or share it as a one-file web page, with an Indonesian preview of what it says) and
//! the business e-mail kit with the first e-mail to a buyer (`kit`). Loaded with the listing builder's part: the catalogue is
//! written by the same generator and glossary (docs/code-splitting.md).

mod kit;
mod sheet;

use std::rc::Rc;

use yew::prelude::*;

use crate::data_files::use_glossary;
use crate::domain::catalog::sheet::catalogue;
use crate::i18n::catalog::CatalogMsg;
use crate::state::use_app;

#[function_component(CatalogPage)]
pub fn catalog_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let loaded = use_glossary();
    let Some(glossary) = loaded.ready() else {
        return crate::components::loading::loading_or_failed(&loaded, CatalogMsg::Title.text(lang), lang);
    };
    // Bumped when her logo changes, so the sheet reads it again (it lives in the photo store, not
    // in her document).
    let logo_revision = use_state(|| 0u32);
    let logo_changed = {
        let logo_revision = logo_revision.clone();
        Callback::from(move |()| logo_revision.set(logo_revision.wrapping_add(1)))
    };
    let data = &app.state.data;
    let catalogue = Rc::new(catalogue(&data.profile, &data.listings, glossary));
    html! {
        <section class="page catalog" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ CatalogMsg::Title.text(lang) }</h1>
            <p class="lead">{ CatalogMsg::Intro.text(lang) }</p>
            { sheet::catalogue_section(&app, catalogue.clone(), lang, *logo_revision, logo_changed) }
            <kit::EmailKit {catalogue} />
        </section>
    }
}
