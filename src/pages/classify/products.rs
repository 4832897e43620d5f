//! Her products with what the classification says of each, a "Check" link per product (which
//! saves the next result for that product) and a way to forget a result.

use yew::prelude::*;

use crate::data_files::use_rules_when;
use crate::domain::change::{Change, ProfileEdit};
use crate::domain::classify::dotted;
use crate::domain::classify::RuleBook;
use crate::domain::lang::Lang;
use crate::domain::model::{Product, ProductClass};
use crate::domain::query::encode_component;
use crate::domain::route::Route;
use crate::i18n::classify::{self as words, ClassifyMsg};
use crate::i18n::{fill, ProfileMsg};
use crate::state::use_app;

use super::result::badge;

#[function_component(MyProducts)]
pub fn my_products() -> Html {
    let app = use_app();
    let lang = app.lang();
    let rules = use_rules_when(true);
    let products = &app.state.data.profile.products;
    html! {
        <section class="card my-products" aria-labelledby="my-products-title" data-testid="my-products">
            <h2 id="my-products-title">{ ClassifyMsg::MyProducts.text(lang) }</h2>
            if products.is_empty() {
                <p class="help">{ ClassifyMsg::MyProductsEmpty.text(lang) }</p>
            }
            <ul class="product-classes">
                { for products.iter().map(|product| {
                    let name = if product.name.trim().is_empty() {
                        fill(ProfileMsg::ProductHeading.text(lang), &[("number", &(product.id + 1).to_string())])
                    } else {
                        product.name.trim().to_string()
                    };
                    let status = class_view(product.class.as_ref(), rules.ready(), lang);
                    let forget = {
                        let (app, id) = (app.clone(), product.id);
                        Callback::from(move |_| app.change(Change::Profile(ProfileEdit::Unclassify(id))))
                    };
                    html! {
                        <li data-testid="my-product" data-product={product.id.to_string()} data-class={product.class.as_ref().map(class_code)}>
                            <p><strong><bdi>{ name.clone() }</bdi></strong>{ ": " }{ status }</p>
                            <div class="actions">
                                <a class="button secondary" href={check_href(product)} aria-label={fill(ClassifyMsg::Check.text(lang), &[("name", &name)])}>{ ClassifyMsg::CheckShort.text(lang) }</a>
                                if product.class.is_some() {
                                    <button type="button" class="button secondary" onclick={forget} aria-label={fill(ClassifyMsg::Forget.text(lang), &[("name", &name)])}>{ ClassifyMsg::ForgetShort.text(lang) }</button>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// `rule:coffee-ground` or `hs:871200`, for tests and styling.
fn class_code(class: &ProductClass) -> String {
    match class {
        ProductClass::Rule { id } => format!("rule:{id}"),
        ProductClass::Hs { code } => format!("hs:{code}"),
    }
}

/// What the classification says of a product: the rule's status badge and name, "HS … presumed
/// free", "not checked yet", or that its rule is gone. The profile shows the same.
pub fn class_view(class: Option<&ProductClass>, rules: Option<&RuleBook>, lang: Lang) -> Html {
    match class {
        None => html! { <span class="muted">{ ClassifyMsg::NotChecked.text(lang) }</span> },
        Some(ProductClass::Hs { code }) => html! {
            <span>{ format!("HS {} · {}", dotted(code), ClassifyMsg::StatusPresumed.text(lang)) }</span>
        },
        Some(ProductClass::Rule { id }) => match rules.and_then(|book| book.rule(id)) {
            Some(rule) => {
                badge(rule.status, &format!("{} · {}", words::status(rule.status, lang), rule.name.get(lang)))
            }
            None => html! { <span class="muted">{ ClassifyMsg::RuleGone.text(lang) }</span> },
        },
    }
}

/// "Check rules" for a product: a search for its name that saves the result for it.
pub fn check_href(product: &Product) -> String {
    format!("{}?q={}&product={}", Route::Classify.href(), encode_component(product.name.trim()), product.id)
}
