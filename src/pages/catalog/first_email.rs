//! Her first e-mail to a buyer (`domain::catalog::first_email`), offering the catalogue's products
//! and signed as the role she picked, copyable or opened in her mail app. Written by the part
//! `catsheet` (`super::written`) with the generator and the glossary. The buyer's name is a choice
//! on this page, not stored; it stays while she unticks and ticks products (the card is empty,
//! not removed, while nothing is ticked).

use yew::prelude::*;

use crate::data_files::use_glossary;
use crate::domain::catalog::first_email::{first_email, mailto};
use crate::domain::catalog::sheet::catalogue;
use crate::domain::catalog::signature::{signature, Role};
use crate::i18n::catalog::CatalogMsg;
use crate::share::{self, Outcome};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct FirstEmailProps {
    /// The role her signature is signed as.
    pub role: Role,
}

#[function_component(FirstEmail)]
pub fn first_email_card(props: &FirstEmailProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let loaded = use_glossary();
    let status = use_state(|| None::<Outcome>);
    let buyer = use_state(String::new);
    // Until the glossary is here the sheet's card says how it stands (once for both places).
    let Some(glossary) = loaded.ready() else {
        return Html::default();
    };
    let data = &app.state.data;
    let catalogue = catalogue(&data.profile, &data.listings, glossary);
    // Nothing ticked: no e-mail offering nothing. The card stays mounted (empty), so the buyer's
    // name she typed is still there when she ticks a product again.
    if catalogue.items.is_empty() {
        return Html::default();
    }
    let lines = signature(&data.profile, props.role);
    let email = first_email(&catalogue, &buyer, &lines);
    let email_text = format!("Subject: {}\n\n{}", email.subject, email.body);
    let on_buyer = {
        let buyer = buyer.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            buyer.set(crate::domain::change::clamp(text, crate::domain::change::MAX_SHORT_TEXT));
        })
    };
    let copy_email = {
        let status = status.clone();
        share::copy_on_click(email_text.clone(), move |outcome| status.set(Some(outcome)))
    };
    html! {
        <section class="card" aria-labelledby="sec-first-email">
            <h3 id="sec-first-email">{ CatalogMsg::FirstEmailTitle.text(lang) }</h3>
            <p class="help" id="first-email-help">{ CatalogMsg::FirstEmailHelp.text(lang) }</p>
            <div class="field">
                <label for="first-email-buyer">{ CatalogMsg::BuyerName.text(lang) }</label>
                <input type="text" id="first-email-buyer" data-testid="first-email-buyer" lang="en"
                    value={(*buyer).clone()} oninput={on_buyer} autocomplete="off" />
            </div>
            <pre class="report" lang="en" data-testid="first-email" aria-describedby="first-email-help">{ email_text }</pre>
            <div class="actions">
                <button type="button" class="button" data-testid="copy-first-email" onclick={copy_email}>{ CatalogMsg::CopyEmail.text(lang) }</button>
                <a class="button secondary" data-testid="mail-first-email" href={mailto(&email)}>{ CatalogMsg::OpenMailApp.text(lang) }</a>
            </div>
            <p role="status" class="status ok" data-testid="first-email-status">{ share::outcome_text(*status, lang) }</p>
        </section>
    }
}
