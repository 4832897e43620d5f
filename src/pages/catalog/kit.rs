//! Her business e-mail kit — why an address in the business's name, how to pick one, her English
//! signature made from the profile (`domain::catalog::signature`), and her first e-mail to a buyer
//! offering the catalogue's products (`domain::catalog::first_email`), each copyable. The role
//! and the buyer's name are choices on this page, not stored: "Owner" until she picks another.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::fields::Select;
use crate::domain::catalog::first_email::{first_email, mailto};
use crate::domain::catalog::sheet::Catalogue;
use crate::domain::catalog::signature::{international_phone, signature, Role};
use crate::domain::route::Route;
use crate::i18n::catalog::{role as role_name, CatalogMsg};
use crate::share::{self, Outcome};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct KitProps {
    /// The catalogue's products: the first e-mail to a buyer offers them.
    pub catalogue: Rc<Catalogue>,
}

#[function_component(EmailKit)]
pub fn email_kit(props: &KitProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let profile = &app.state.data.profile;
    let role = use_state(Role::default);
    let status = use_state(|| None::<Outcome>);
    let email_status = use_state(|| None::<Outcome>);
    let buyer = use_state(String::new);
    let lines = signature(profile, *role);
    let email = first_email(&props.catalogue, &buyer, &lines);
    let email_text = format!("Subject: {}\n\n{}", email.subject, email.body);
    let on_buyer = {
        let buyer = buyer.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            buyer.set(crate::domain::change::clamp(text, crate::domain::change::MAX_SHORT_TEXT));
        })
    };
    let copy_email = {
        let email_status = email_status.clone();
        share::copy_on_click(email_text.clone(), move |outcome| email_status.set(Some(outcome)))
    };
    let text = lines.join("\n");
    let no_email = profile.contact.email.trim().is_empty();
    let phone_kept = !profile.contact.phone.trim().is_empty() && international_phone(&profile.contact.phone).is_none();
    let on_role = {
        let role = role.clone();
        Callback::from(move |code: String| role.set(Role::from_code(&code).unwrap_or_default()))
    };
    let copy = {
        let status = status.clone();
        share::copy_on_click(text.clone(), move |outcome| status.set(Some(outcome)))
    };
    html! {
        <>
            <h2 class="section-title" id="sec-kit">{ CatalogMsg::KitTitle.text(lang) }</h2>
            <section class="card" aria-labelledby="sec-why-email">
                <h3 id="sec-why-email">{ CatalogMsg::WhyTitle.text(lang) }</h3>
                <p>{ CatalogMsg::Why.text(lang) }</p>
                <h4>{ CatalogMsg::HowTitle.text(lang) }</h4>
                <ul>
                    <li>{ CatalogMsg::HowDomain.text(lang) }</li>
                    <li>{ CatalogMsg::HowFree.text(lang) }</li>
                    <li>{ CatalogMsg::HowReadable.text(lang) }</li>
                </ul>
            </section>

            <section class="card" aria-labelledby="sec-signature">
                <h3 id="sec-signature">{ CatalogMsg::SignatureTitle.text(lang) }</h3>
                <p class="help" id="signature-help">{ CatalogMsg::SignatureHelp.text(lang) }</p>
                <div class="field">
                    <label for="signature-role">{ CatalogMsg::Role.text(lang) }</label>
                    <Select id="signature-role" testid="signature-role" value={role.code()} onchange={on_role}>
                        { for Role::ALL.iter().map(|r| html! {
                            <option value={r.code()} selected={*r == *role}>{ role_name(*r, lang) }</option>
                        }) }
                    </Select>
                </div>
                <pre class="report" lang="en" data-testid="email-signature" aria-describedby="signature-help">{ text.clone() }</pre>
                if no_email {
                    <p class="notice notice-warning" data-testid="signature-no-email">{ CatalogMsg::NoEmail.text(lang) }</p>
                }
                if phone_kept {
                    <p class="notice notice-warning" data-testid="signature-phone-kept">{ CatalogMsg::PhoneKept.text(lang) }</p>
                }
                <div class="actions">
                    <button type="button" class="button" data-testid="copy-signature" onclick={copy}>{ CatalogMsg::Copy.text(lang) }</button>
                    <a class="button secondary" href={Route::Profile.href()}>{ CatalogMsg::OpenProfile.text(lang) }</a>
                </div>
                <p role="status" class="status ok" data-testid="signature-status">{ share::outcome_text(*status, lang) }</p>
            </section>

            if !props.catalogue.items.is_empty() {
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
                    <p role="status" class="status ok" data-testid="first-email-status">{ share::outcome_text(*email_status, lang) }</p>
                </section>
            }
        </>
    }
}
