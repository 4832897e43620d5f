//! The product catalogue as the part `catsheet` writes it (`super::written`): the ways out —
//! print (A4, or "Save as PDF" in the print window), download the one-file web page, or share it
//! where the share sheet takes files —, her logo, then the sheet itself in English (a cover with
//! the company profile, one product a page) with an Indonesian preview under each part.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::loading::data_status;
use crate::components::photos::{Owner, Photos};
use crate::data_files::use_glossary;
use crate::domain::catalog::sheet::{self as model, catalogue, words, Catalogue, Cover, Item};
use crate::domain::catalog::signature::contact_english;
use crate::domain::catalog::web_page::web_page;
use crate::domain::lang::Lang;
use crate::domain::listing::generate::SpecLabel;
use crate::domain::photos::{caption, logo_alt, LOGO};
use crate::i18n::catalog::{spec_label, CatalogMsg, VALID_UNTIL_ID};
use crate::i18n::profile::contact_label;
use crate::parts::CataloguePlace;
use crate::share::{self, Outcome};
use crate::state::use_app;

/// What became of the web page she asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PageOutcome {
    Downloaded,
    DownloadFailed,
    Shared(Outcome),
}

/// The sheet's place on the page: written once the glossary is here (its card says how that
/// stands meanwhile, for the first e-mail's place too).
#[derive(Properties, PartialEq)]
pub struct SheetViewProps {
    /// Whether any product is ticked (the page knows it without the glossary).
    pub any_in: bool,
}

#[function_component(SheetView)]
pub fn sheet_view(props: &SheetViewProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let loaded = use_glossary();
    // Bumped when her logo changes, so the sheet reads it again (it lives in the photo store, not
    // in her document).
    let logo_revision = use_state(|| 0u32);
    let Some(glossary) = loaded.ready() else {
        let busy = loaded.failure().is_none();
        let place = CataloguePlace::Sheet { any_in: props.any_in };
        return super::pending(place, lang, busy, data_status(&loaded, lang));
    };
    let logo_changed = {
        let logo_revision = logo_revision.clone();
        Callback::from(move |()| logo_revision.set(logo_revision.wrapping_add(1)))
    };
    let data = &app.state.data;
    let catalogue = Rc::new(catalogue(&data.profile, &data.listings, glossary));
    let empty = catalogue.items.is_empty();
    html! {
        <>
            if !empty {
                <Actions catalogue={catalogue.clone()} />
            }
            <Photos owner={Owner::Logo { name: catalogue.cover.name().to_string() }} changed={logo_changed} />
            if !empty {
                <Sheet {catalogue} logo_revision={*logo_revision} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SheetProps {
    catalogue: Rc<Catalogue>,
    logo_revision: u32,
}

/// The sheet itself, with her logo and the first photo of each product read from the photo store.
#[function_component(Sheet)]
fn sheet(props: &SheetProps) -> Html {
    let lang = use_app().lang();
    let catalogue = &props.catalogue;
    let photos = use_state(Vec::<(u32, String)>::new);
    {
        let photos = photos.clone();
        use_effect_with((catalogue.photo_owners(), props.logo_revision), move |(ids, _)| {
            let ids = ids.clone();
            wasm_bindgen_futures::spawn_local(async move { photos.set(crate::photos::firsts(&ids, false).await) });
        });
    }
    let photo_of = |id: u32| photos.iter().find(|(of, _)| *of == id).map(|(_, url)| url.as_str());
    html! {
        <article class="catalog-sheet" lang="en" aria-label={CatalogMsg::Sheet.text(lang)} data-testid="catalog-sheet">
            { cover(&catalogue.cover, photo_of(LOGO), lang) }
            { for catalogue.items.iter().map(|item| product(item, photo_of(item.id), lang)) }
        </article>
    }
}

/// The web page with her logo and the first photo of each product inlined as a data URI (read when she asks).
async fn page_with_photos(catalogue: &Catalogue) -> String {
    web_page(catalogue, &crate::photos::firsts(&catalogue.photo_owners(), true).await)
}

#[derive(Properties, PartialEq)]
struct ActionsProps {
    catalogue: Rc<Catalogue>,
}

/// Print / download / share, for the products she picked.
#[function_component(Actions)]
fn actions(props: &ActionsProps) -> Html {
    let lang = use_app().lang();
    let outcome = use_state(|| None::<PageOutcome>);
    let name = model::file_name(&props.catalogue.cover.business);
    let print = Callback::from(|_| crate::browser::print());
    // The file is written when she taps, not on every render.
    let download = {
        let (outcome, catalogue, name) = (outcome.clone(), props.catalogue.clone(), name.clone());
        Callback::from(move |_| {
            let (outcome, catalogue, name) = (outcome.clone(), catalogue.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let page = page_with_photos(&catalogue).await;
                let done = crate::browser::download_text(&name, "text/html;charset=utf-8", &page);
                outcome.set(Some(if done.is_ok() { PageOutcome::Downloaded } else { PageOutcome::DownloadFailed }));
            });
        })
    };
    let can_share = share::can_share_files();
    let share_page = {
        let (outcome, catalogue, name) = (outcome.clone(), props.catalogue.clone(), name.clone());
        Callback::from(move |_| {
            let (outcome, catalogue, name) = (outcome.clone(), catalogue.clone(), name.clone());
            let title = catalogue.cover.name().to_string();
            wasm_bindgen_futures::spawn_local(async move {
                let page = page_with_photos(&catalogue).await;
                let shared = share::share_file(&name, "text/html", &page, &title).await;
                outcome.set(Some(PageOutcome::Shared(shared)));
            });
        })
    };
    let status = match *outcome {
        Some(PageOutcome::Downloaded) => CatalogMsg::Downloaded.text(lang),
        Some(PageOutcome::DownloadFailed) => CatalogMsg::DownloadFailed.text(lang),
        Some(PageOutcome::Shared(shared)) => share::outcome_text(Some(shared), lang),
        None => "",
    };
    html! {
        <section class="card no-print" aria-labelledby="sec-print">
            <h2 id="sec-print">{ CatalogMsg::PrintTitle.text(lang) }</h2>
            <p class="help">{ CatalogMsg::PrintHelp.text(lang) }</p>
            <div class="actions">
                <button type="button" class="button" data-testid="catalog-print" onclick={print}>{ CatalogMsg::Print.text(lang) }</button>
                <button type="button" class="button secondary" data-testid="download-web-page" onclick={download}>{ CatalogMsg::DownloadPage.text(lang) }</button>
                if can_share {
                    <button type="button" class="button secondary" data-testid="share-web-page" onclick={share_page}>{ CatalogMsg::SharePage.text(lang) }</button>
                }
            </div>
            <p class="help">{ CatalogMsg::PageHelp.text(lang) }</p>
            <p role="status" class="status ok" data-testid="catalog-status">{ status }</p>
        </section>
    }
}

/// The cover: her business, where it is, how to reach her, the company profile.
fn cover(cover: &Cover, logo: Option<&str>, lang: Lang) -> Html {
    let heading = cover.name();
    html! {
        <section class="catalog-cover" aria-labelledby="catalog-cover-title" data-testid="catalog-cover">
            if let Some(url) = logo {
                <img class="catalog-logo" data-testid="catalog-logo" src={url.to_string()} alt={logo_alt(heading)} />
            }
            <p class="catalog-kicker">{ words::PRODUCT_CATALOGUE }</p>
            <h2 id="catalog-cover-title">{ heading.to_string() }</h2>
            <p class="catalog-place">{ cover.place.clone() }</p>
            <h3>{ words::ABOUT_US }</h3>
            <p data-testid="company-profile">{ cover.profile.join(" ") }</p>
            if !cover.contact.is_empty() {
                <h3>{ words::CONTACT }</h3>
                <dl class="catalog-contact">
                    { for cover.contact.iter().map(|(line, value)| html! {
                        <><dt>{ contact_english(*line) }</dt><dd><bdi>{ value.clone() }</bdi></dd></>
                    }) }
                </dl>
            }
            <details class="catalog-preview no-print" lang="id">
                <summary>{ CatalogMsg::Preview.text(lang) }</summary>
                <p data-testid="company-profile-id">{ cover.profile_id.join(" ") }</p>
                if !cover.contact.is_empty() {
                    <ul>
                        { for cover.contact.iter().map(|(line, _)| html! { <li>{ format!("{} = {}", contact_english(*line), contact_label(*line, Lang::Id)) }</li> }) }
                    </ul>
                }
            </details>
            <div class="actions no-print">
                <CopyButton text={cover.profile.join(" ")} testid="copy-company-profile" label={CatalogMsg::CopyProfile.text(lang)} />
            </div>
        </section>
    }
}

/// One product, on a page of its own when printed.
fn product(item: &Item, photo: Option<&str>, lang: Lang) -> Html {
    let heading = format!("catalog-item-{}", item.id);
    let validity = item.valid_until.as_ref().map(|date| (words::PRICE_VALID_UNTIL, date.clone()));
    let rows = |rows: &[(SpecLabel, String)]| -> Vec<(&'static str, String)> {
        rows.iter().map(|(label, value)| (label.english(), value.clone())).collect()
    };
    let mut terms = rows(&item.terms);
    terms.extend(validity);
    html! {
        <section class="catalog-item" aria-labelledby={heading.clone()} data-testid="catalog-item">
            <h2 id={heading}>{ item.title.clone() }</h2>
            if let Some(url) = photo {
                <img class="catalog-photo" data-testid="catalog-photo" src={url.to_string()} alt={caption(&item.title, 0, 1)} />
            }
            if !item.description.is_empty() {
                <p>{ item.description.clone() }</p>
            }
            { table(words::SPECIFICATIONS, rows(&item.specs)) }
            { table(words::TRADE_TERMS, terms) }
            <details class="catalog-preview no-print" lang="id">
                <summary>{ CatalogMsg::Preview.text(lang) }</summary>
                <p><strong>{ item.name_id.clone() }</strong></p>
                <table class="specs">
                    <tbody>
                        { for item.specs.iter().chain(item.terms.iter()).map(|(label, value)| html! {
                            <tr><th scope="row">{ spec_label(*label, Lang::Id) }</th><td lang="en"><bdi>{ value.clone() }</bdi></td></tr>
                        }) }
                        if let Some(date) = &item.valid_until {
                            <tr><th scope="row">{ VALID_UNTIL_ID }</th><td lang="en">{ date.clone() }</td></tr>
                        }
                    </tbody>
                </table>
            </details>
        </section>
    }
}

fn table(caption: &'static str, rows: Vec<(&'static str, String)>) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    html! {
        <table class="specs">
            <caption>{ caption }</caption>
            <tbody>
                { for rows.into_iter().map(|(label, value)| html! {
                    <tr><th scope="row">{ label }</th><td><bdi>{ value }</bdi></td></tr>
                }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct CopyProps {
    text: String,
    testid: &'static str,
    label: &'static str,
}

/// A copy button with its own status line.
#[function_component(CopyButton)]
fn copy_button(props: &CopyProps) -> Html {
    let lang = use_app().lang();
    let status = use_state(|| None::<Outcome>);
    let onclick = {
        let status = status.clone();
        share::copy_on_click(props.text.clone(), move |outcome| status.set(Some(outcome)))
    };
    html! {
        <>
            <button type="button" class="button secondary" data-testid={props.testid} {onclick}>{ props.label }</button>
            <span role="status" class="status ok">{ share::outcome_text(*status, lang) }</span>
        </>
    }
}
