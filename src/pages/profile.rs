//! `#/profile`: the workshop's preparation sheet, saved as she types.

use yew::prelude::*;

use crate::components::classification::class_view;
use crate::components::fields::{Checkbox, Select, TextArea, TextField};
use crate::domain::change::{ProfileEdit, MAX_LONG_TEXT, MAX_PRODUCTS, MAX_SHORT_TEXT};
use crate::domain::classify::save::check_location;
use crate::domain::lang::Lang;
use crate::domain::model::{
    Channel, ContactField, ExportExperience, HeldDocument, Product, ProductClass, RegionChoice,
};
use crate::domain::profile::{self, AfterProfile, ProfileHint};
use crate::domain::regions::{self, RegionKind};
use crate::i18n::profile::contact_label;
use crate::i18n::{fill, labels, ProfileMsg};
use crate::state::{use_app, AppContext};

const OTHER_PROVINCE: &str = "other";

#[function_component(ProfilePage)]
pub fn profile_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let profile = &app.state.data.profile;
    let edit = {
        let app = app.clone();
        move |make: fn(String) -> ProfileEdit| {
            let app = app.clone();
            Callback::from(move |text: String| app.change(make(text)))
        }
    };
    let completion = profile::completion(profile);
    let hints = profile::hints(profile);
    let next = profile::after_profile(profile);

    html! {
        <section class="page profile" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ ProfileMsg::Title.text(lang) }</h1>
            <p class="lead">{ ProfileMsg::Intro.text(lang) }</p>
            <div class="completion">
                <progress id="profile-completion" max={completion.total.to_string()} value={completion.done.to_string()}
                    aria-labelledby="profile-completion-text"
                    data-testid="profile-completion" data-percent={completion.percent().to_string()} />
                <p>
                    <span id="profile-completion-text">{ fill(ProfileMsg::Completion.text(lang), &[("filled", &completion.done.to_string()), ("total", &completion.total.to_string())]) }</span>
                    { " · " }
                    <span data-testid="save-status">{ ProfileMsg::SavedAutomatically.text(lang) }</span>
                </p>
            </div>

            if let Some(next) = next {
                { next_step(&next, lang) }
            }

            if !hints.is_empty() {
                <div class="hints" data-testid="profile-hints">
                    <h2>{ ProfileMsg::HintsTitle.text(lang) }</h2>
                    <ul>
                        { for hints.iter().map(|hint| html! { <li data-testid="profile-hint">{ hint_text(*hint, profile.products.as_slice(), lang) }</li> }) }
                    </ul>
                </div>
            }

            <section class="card" aria-labelledby="sec-business">
                <h2 id="sec-business">{ ProfileMsg::SectionBusiness.text(lang) }</h2>
                <TextField id="business-name" label={ProfileMsg::BusinessName.text(lang)} help={Some(AttrValue::from(ProfileMsg::BusinessNameHelp.text(lang)))}
                    value={profile.business_name.clone()} maxlength={MAX_SHORT_TEXT} autocomplete={Some(AttrValue::from("organization"))}
                    oninput={edit(ProfileEdit::BusinessName)} />
                <TextField id="owner-name" label={ProfileMsg::OwnerName.text(lang)} value={profile.owner_name.clone()}
                    maxlength={MAX_SHORT_TEXT} autocomplete={Some(AttrValue::from("name"))} oninput={edit(ProfileEdit::OwnerName)} />
                { region_select(&app, lang) }
                if profile.region == Some(RegionChoice::OtherProvince) {
                    <TextField id="other-region" label={ProfileMsg::OtherRegion.text(lang)} help={Some(AttrValue::from(ProfileMsg::OtherRegionHelp.text(lang)))}
                        value={profile.other_region.clone()} maxlength={MAX_SHORT_TEXT} oninput={edit(ProfileEdit::OtherRegion)} />
                }
            </section>

            { products_section(&app, lang) }

            <section class="card" aria-labelledby="sec-contact">
                <h2 id="sec-contact">{ ProfileMsg::SectionContact.text(lang) }</h2>
                <p class="help">{ ProfileMsg::ContactIntro.text(lang) }</p>
                { for ContactField::ALL.iter().map(|field| {
                    let field = *field;
                    let app = app.clone();
                    let autocomplete = match field {
                        ContactField::Address => "street-address",
                        ContactField::Phone => "tel",
                        ContactField::Email => "email",
                        ContactField::Website => "url",
                        ContactField::Founded | ContactField::Staff => "off",
                    };
                    html! {
                        <TextField id={format!("contact-{}", field.key())} label={contact_label(field, lang)}
                            value={profile.contact.get(field).to_string()} maxlength={field.max_chars()}
                            autocomplete={Some(AttrValue::from(autocomplete))}
                            oninput={Callback::from(move |text| app.change(ProfileEdit::Contact(field, text)))} />
                    }
                }) }
            </section>

            <section class="card" aria-labelledby="sec-documents">
                <h2 id="sec-documents">{ ProfileMsg::SectionDocuments.text(lang) }</h2>
                <fieldset>
                    <legend>{ ProfileMsg::DocumentsIntro.text(lang) }</legend>
                    { for HeldDocument::ALL.iter().map(|document| {
                        let document = *document;
                        let app = app.clone();
                        html! {
                            <Checkbox id={format!("doc-{}", document.key())} label={labels::document(document, lang)}
                                checked={profile.documents.contains(&document)}
                                onchange={Callback::from(move |held| app.change(ProfileEdit::Document(document, held)))} />
                        }
                    }) }
                </fieldset>
                if profile.documents.contains(&HeldDocument::Other) {
                    <TextField id="other-document" label={ProfileMsg::OtherDocument.text(lang)} value={profile.other_document.clone()}
                        maxlength={MAX_SHORT_TEXT} oninput={edit(ProfileEdit::OtherDocument)} />
                }
            </section>

            <section class="card" aria-labelledby="sec-experience">
                <h2 id="sec-experience">{ ProfileMsg::SectionExperience.text(lang) }</h2>
                <fieldset>
                    <legend class="visually-hidden">{ ProfileMsg::SectionExperience.text(lang) }</legend>
                    { for ExportExperience::ALL.iter().map(|experience| {
                        let experience = *experience;
                        let id = format!("exp-{}", experience.key());
                        let app = app.clone();
                        html! {
                            <div class="check">
                                <input type="radio" name="experience" id={id.clone()} checked={profile.experience == Some(experience)}
                                    onchange={Callback::from(move |_| app.change(ProfileEdit::Experience(Some(experience))))} />
                                <label for={id}>{ labels::experience(experience, lang) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </section>

            <section class="card" aria-labelledby="sec-channels">
                <h2 id="sec-channels">{ ProfileMsg::SectionChannels.text(lang) }</h2>
                <fieldset>
                    <legend class="visually-hidden">{ ProfileMsg::SectionChannels.text(lang) }</legend>
                    { for Channel::ALL.iter().map(|channel| {
                        let channel = *channel;
                        let app = app.clone();
                        html! {
                            <Checkbox id={format!("channel-{}", channel.key())} label={labels::channel(channel, lang)}
                                checked={profile.channels.contains(&channel)}
                                onchange={Callback::from(move |used| app.change(ProfileEdit::Channel(channel, used)))} />
                        }
                    }) }
                </fieldset>
            </section>

            <section class="card" aria-labelledby="sec-goals">
                <h2 id="sec-goals">{ ProfileMsg::SectionGoals.text(lang) }</h2>
                <TextArea id="goals" label={ProfileMsg::Goals.text(lang)} help={Some(AttrValue::from(ProfileMsg::GoalsHelp.text(lang)))}
                    value={profile.goals.clone()} maxlength={MAX_LONG_TEXT} oninput={edit(ProfileEdit::Goals)} />
            </section>
        </section>
    }
}

fn region_select(app: &AppContext, lang: Lang) -> Html {
    let profile = &app.state.data.profile;
    let selected = match &profile.region {
        None => String::new(),
        Some(RegionChoice::OtherProvince) => OTHER_PROVINCE.to_string(),
        Some(RegionChoice::EastJava { code }) => code.clone(),
    };
    let onchange = {
        let app = app.clone();
        Callback::from(move |value: String| {
            let region = match value.as_str() {
                "" => None,
                OTHER_PROVINCE => Some(RegionChoice::OtherProvince),
                code => Some(RegionChoice::EastJava { code: code.to_string() }),
            };
            app.change(ProfileEdit::Region(region));
        })
    };
    let group = |kind: RegionKind, label: ProfileMsg, prefix: ProfileMsg| {
        html! {
            <optgroup label={label.text(lang)}>
                { for regions::all().iter().filter(|r| r.kind == kind).map(|r| html! {
                    <option value={r.code.clone()} selected={selected == r.code}>{ format!("{} {}", prefix.text(lang), r.name) }</option>
                }) }
            </optgroup>
        }
    };
    html! {
        <div class="field">
            <label for="region">{ ProfileMsg::Region.text(lang) }</label>
            <Select id="region" value={selected.clone()} {onchange}>
                <option value="" selected={selected.is_empty()}>{ ProfileMsg::RegionChoose.text(lang) }</option>
                { group(RegionKind::Regency, ProfileMsg::RegionGroupRegencies, ProfileMsg::RegencyPrefix) }
                { group(RegionKind::City, ProfileMsg::RegionGroupCities, ProfileMsg::CityPrefix) }
                <option value={OTHER_PROVINCE} selected={selected == OTHER_PROVINCE}>{ ProfileMsg::RegionOther.text(lang) }</option>
            </Select>
        </div>
    }
}

fn products_section(app: &AppContext, lang: Lang) -> Html {
    let products = &app.state.data.profile.products;
    let add = {
        let app = app.clone();
        Callback::from(move |_| {
            app.change(crate::domain::change::ProfileEdit::AddProduct);
            // She adds a product to name it: the new product's name field takes the keyboard.
            crate::browser::focus_next_frame(".products > li:last-child input[id$='-name']");
        })
    };
    html! {
        <section class="card" aria-labelledby="sec-products">
            <h2 id="sec-products">{ ProfileMsg::SectionProducts.text(lang) }</h2>
            <p>{ ProfileMsg::ProductsIntro.text(lang) }</p>
            if products.is_empty() {
                <p class="muted">{ ProfileMsg::NoProductsYet.text(lang) }</p>
            }
            <ol class="products">
                { for products.iter().enumerate().map(|(index, product)| html! {
                    <ProductEditor key={product.id} product={product.clone()} number={index + 1} />
                }) }
            </ol>
            if products.len() < MAX_PRODUCTS {
                <button type="button" class="button" data-testid="add-product" onclick={add}>{ ProfileMsg::AddProduct.text(lang) }</button>
            } else {
                <p class="muted">{ fill(ProfileMsg::ProductsLimit.text(lang), &[("max", &MAX_PRODUCTS.to_string())]) }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ProductEditorProps {
    product: Product,
    number: usize,
}

/// One product; removing one that has content asks first, in the page (a `confirm()` dialog is
/// silently refused inside sandboxed iframes).
#[function_component(ProductEditor)]
fn product_editor(props: &ProductEditorProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let asking = use_state(|| false);
    let id = props.product.id;
    let number = props.number.to_string();
    let change = |make: fn(u32, String) -> ProfileEdit| {
        let app = app.clone();
        Callback::from(move |text: String| app.change(make(id, text)))
    };
    let remove = {
        let app = app.clone();
        Callback::from(move |_| app.change(ProfileEdit::RemoveProduct(id)))
    };
    let has_content = !props.product.name.trim().is_empty() || !props.product.description.trim().is_empty();
    let ask = {
        let asking = asking.clone();
        let remove = remove.clone();
        Callback::from(move |event: MouseEvent| if has_content { asking.set(true) } else { remove.emit(event) })
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let rules = crate::data_files::use_rules_when(matches!(props.product.class, Some(ProductClass::Rule { .. })));
    html! {
        <li class="product" data-testid="product">
            <fieldset>
                <legend>{ fill(ProfileMsg::ProductHeading.text(lang), &[("number", &number)]) }</legend>
                <TextField id={format!("product-{id}-name")} label={ProfileMsg::ProductName.text(lang)}
                    help={Some(AttrValue::from(ProfileMsg::ProductNameHelp.text(lang)))} value={props.product.name.clone()}
                    maxlength={MAX_SHORT_TEXT} oninput={change(ProfileEdit::ProductName)} />
                <TextArea id={format!("product-{id}-description")} label={ProfileMsg::ProductDescription.text(lang)}
                    help={Some(AttrValue::from(ProfileMsg::ProductDescriptionHelp.text(lang)))} value={props.product.description.clone()}
                    maxlength={MAX_LONG_TEXT} oninput={change(ProfileEdit::ProductDescription)} />
                { classification(&props.product, rules.ready(), lang) }
                if *asking {
                    <p role="alert">{ crate::components::text::fill_user(ProfileMsg::RemoveProductConfirm.text(lang), "name", props.product.name.trim()) }</p>
                    <div class="actions">
                        <button type="button" class="button danger" data-testid="remove-product-confirm" onclick={remove}>
                            { fill(ProfileMsg::RemoveProduct.text(lang), &[("number", &number)]) }
                        </button>
                        <button type="button" class="button secondary" onclick={keep}>{ crate::i18n::DataMsg::ImportCancel.text(lang) }</button>
                    </div>
                } else {
                    <button type="button" class="button secondary" data-testid="remove-product" onclick={ask}>
                        { fill(ProfileMsg::RemoveProduct.text(lang), &[("number", &number)]) }
                    </button>
                }
            </fieldset>
        </li>
    }
}

/// What the classification tool says of the product, and a link to check it (saving the result
/// for this product).
fn classification(product: &Product, rules: Option<&crate::domain::classify::RuleBook>, lang: Lang) -> Html {
    html! {
        <p class="product-class" data-testid="product-class">
            { ProfileMsg::ExportRule.text(lang) }{ " " }{ class_view(product.class.as_ref(), rules, lang) }{ " " }
            <a class="button secondary" href={check_location(product).href()}>{ crate::i18n::classify::ClassifyMsg::CheckShort.text(lang) }</a>
        </p>
    }
}

fn hint_text(hint: ProfileHint, products: &[Product], lang: Lang) -> String {
    match hint {
        ProfileHint::BusinessNameMissing => ProfileMsg::HintBusinessName.text(lang).to_string(),
        ProfileHint::RegionMissing => ProfileMsg::HintRegion.text(lang).to_string(),
        ProfileHint::OtherRegionMissing => ProfileMsg::HintOtherRegion.text(lang).to_string(),
        ProfileHint::NoProducts => ProfileMsg::HintNoProducts.text(lang).to_string(),
        ProfileHint::ProductNameMissing(id) => {
            let number = products.iter().position(|p| p.id == id).map_or(0, |i| i + 1);
            fill(ProfileMsg::HintProductName.text(lang), &[("number", &number.to_string())])
        }
        ProfileHint::OtherDocumentMissing => ProfileMsg::HintOtherDocument.text(lang).to_string(),
    }
}

/// A complete sheet leads on: to checking her first unchecked product, or to the checklist.
fn next_step(next: &AfterProfile, lang: Lang) -> Html {
    let (text, action) = match next {
        AfterProfile::CheckProduct(product) => (
            fill(ProfileMsg::NextCheckProduct.text(lang), &[("product", product.name.trim())]),
            fill(ProfileMsg::NextCheckProductAction.text(lang), &[("product", product.name.trim())]),
        ),
        AfterProfile::Checklist => {
            (ProfileMsg::NextChecklist.text(lang).to_string(), ProfileMsg::NextChecklistAction.text(lang).to_string())
        }
    };
    html! {
        <div class="card next-step" role="status" data-testid="profile-next">
            <h2>{ ProfileMsg::NextTitle.text(lang) }</h2>
            <p>{ text }</p>
            <a class="button" href={next.location().href()} data-testid="profile-next-link">{ action }</a>
        </div>
    }
}
