//! Her business e-mail kit — why an address in the business's name, how to pick one, and her
//! English signature made from the profile (`domain::catalog::signature`), copyable. The role is
//! a choice on this page, not stored: "Owner" until she picks another; her first e-mail to a
//! buyer (`super::first_email`, written by the part `catsheet`) is signed with it.

use yew::prelude::*;

use crate::components::fields::Select;
use crate::domain::catalog::signature::{international_phone, signature, Role};
use crate::domain::route::Route;
use crate::i18n::catalog::{role as role_name, CatalogMsg};
use crate::share::{self, Outcome};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct KitProps {
    /// The role she signs as.
    pub role: Role,
    pub on_role: Callback<Role>,
}

#[function_component(EmailKit)]
pub fn email_kit(props: &KitProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let profile = &app.state.data.profile;
    let role = props.role;
    let status = use_state(|| None::<Outcome>);
    let lines = signature(profile, role);
    let text = lines.join("\n");
    let no_email = profile.contact.email.trim().is_empty();
    let phone_kept = !profile.contact.phone.trim().is_empty() && international_phone(&profile.contact.phone).is_none();
    let on_role = props.on_role.reform(|code: String| Role::from_code(&code).unwrap_or_default());
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
                            <option value={r.code()} selected={*r == role}>{ role_name(*r, lang) }</option>
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

        </>
    }
}
