//! Which of her products go in the catalogue and until when its prices hold: what the page
//! shows at once, before the part that writes the catalogue has come (`super::Written`).

use yew::prelude::*;

use crate::domain::catalog::sheet::{self as model, Pick};
use crate::domain::documents::dates::parse_date;
use crate::domain::listing::store::ListingsEdit;
use crate::i18n::catalog::CatalogMsg;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// Her products, by the names she gave them, with whether each is in.
    pub picks: Vec<Pick>,
    pub valid_until: String,
}

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let on_valid_until = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            app.change(ListingsEdit::ValidUntil(value));
        })
    };
    // No clock off wasm (server-side rendering in tests): `today_or_empty` is then empty.
    let passed = parse_date(&crate::browser::today_or_empty())
        .is_some_and(|today| model::validity_passed(&props.valid_until, today));
    let nothing = !props.picks.iter().any(|pick| pick.included);
    html! {
        <section class="card no-print" aria-labelledby="sec-catalogue">
            <h2 id="sec-catalogue">{ CatalogMsg::CatalogTitle.text(lang) }</h2>
            <p class="help">{ CatalogMsg::CatalogHelp.text(lang) }</p>
            <fieldset class="choices">
                <legend>{ CatalogMsg::Pick.text(lang) }</legend>
                { for props.picks.iter().map(|pick| {
                    let id = format!("catalog-pick-{}", pick.id);
                    let onchange = {
                        let (app, listing) = (app.clone(), pick.id);
                        Callback::from(move |event: Event| {
                            let checked = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            app.change(ListingsEdit::InCatalog(listing, checked));
                        })
                    };
                    html! {
                        <div class="check">
                            <input type="checkbox" id={id.clone()} data-testid="catalog-pick" checked={pick.included} {onchange} />
                            <label for={id}>{ pick.name.clone() }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="field">
                <label for="catalog-valid-until">{ CatalogMsg::ValidUntil.text(lang) }</label>
                <input type="date" id="catalog-valid-until" data-testid="catalog-valid-until"
                    value={props.valid_until.clone()} oninput={on_valid_until} />
            </div>
            if passed {
                <p class="notice notice-warning" data-testid="catalog-valid-passed">{ CatalogMsg::ValidPassed.text(lang) }</p>
            }
            if nothing {
                <p class="notice notice-warning" data-testid="catalog-nothing">{ CatalogMsg::NothingPicked.text(lang) }</p>
            }
        </section>
    }
}
