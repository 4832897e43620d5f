//! Her own text inside the app's sentences, isolated (`<bdi>`): a right-to-left override or
//! embedding character in a product name or a business name affects only that name, never the
//! words around it (a sentence, a price, a button's meaning).

use yew::prelude::*;

/// Her text, isolated from the text around it.
pub fn user(text: &str) -> Html {
    html! { <bdi>{ text.to_string() }</bdi> }
}

/// `template` with its `{name}` placeholder filled with her text, isolated. Without the placeholder
/// the template is shown as it is.
pub fn fill_user(template: &str, name: &str, value: &str) -> Html {
    match template.split_once(&format!("{{{name}}}")) {
        Some((before, after)) => html! { <>{ before.to_string() }{ user(value) }{ after.to_string() }</> },
        None => html! { { template.to_string() } },
    }
}
