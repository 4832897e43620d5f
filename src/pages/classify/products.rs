//! Her products with what the classification says of each, a "Check" link per product (which
//! saves the next result for that product) and a way to forget a result.

use yew::prelude::*;

use crate::components::classification::class_view;

use crate::data_files::use_rules_when;
use crate::domain::change::ProfileEdit;
use crate::domain::classify::save::check_location;
use crate::domain::model::ProductClass;
use crate::i18n::classify::ClassifyMsg;
use crate::i18n::{fill, ProfileMsg};
use crate::state::use_app;

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
                        Callback::from(move |_| app.change(ProfileEdit::Unclassify(id)))
                    };
                    html! {
                        <li data-testid="my-product" data-product={product.id.to_string()} data-class={product.class.as_ref().map(class_code)}>
                            <p><strong><bdi>{ name.clone() }</bdi></strong>{ ": " }{ status }</p>
                            <div class="actions">
                                <a class="button secondary" href={check_location(product).href()} aria-label={fill(ClassifyMsg::Check.text(lang), &[("name", &name)])}>{ ClassifyMsg::CheckShort.text(lang) }</a>
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
