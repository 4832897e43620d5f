//! How a classification reads wherever it is shown (the classification tool's results and her
//! products, the profile): a status badge in words, colour and icon, and what the tool says of a
//! product.

use yew::prelude::*;

use crate::domain::classify::{dotted, RuleBook, Status};
use crate::domain::lang::Lang;
use crate::domain::model::ProductClass;
use crate::i18n::classify::{self as words, ClassifyMsg};

/// Status in words, colour and icon: never colour alone.
pub fn badge(status: Status, label: &str) -> Html {
    html! {
        <span class={classes!("status-badge", status.code())}>
            <span aria-hidden="true" class="status-icon">{ words::status_icon(status) }</span>{ " " }{ label.to_string() }
        </span>
    }
}

/// What the classification says of a product: the rule's status badge and name, "HS … presumed
/// free", "not checked yet", or that its rule is gone.
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
