//! Her own text inside the app's sentences, isolated (`<bdi>`): a right-to-left override or
//! embedding character in a product name or a business name affects only that name, never the
//! words around it (a sentence, a price, a button's meaning).

use yew::prelude::*;

/// Her text, isolated from the text around it.
pub fn user(text: &str) -> Html {
    html! { <bdi>{ text.to_string() }</bdi> }
}

/// `template` with its `{name}` placeholders filled, each value isolated as her text. A placeholder
/// without a value stays visible, as `i18n::fill` leaves it.
pub fn fill_user(template: &str, values: &[(&str, &str)]) -> Html {
    let mut pieces: Vec<Html> = Vec::new();
    let mut rest = template;
    loop {
        let next = values
            .iter()
            .filter_map(|(name, value)| rest.find(&format!("{{{name}}}")).map(|at| (at, name.len() + 2, *value)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, len, value)) = next else { break };
        let (before, after) = (rest.get(..at).unwrap_or_default(), rest.get(at + len..).unwrap_or_default());
        pieces.push(html! { { before.to_string() } });
        pieces.push(user(value));
        rest = after;
    }
    pieces.push(html! { { rest.to_string() } });
    html! { <>{ for pieces }</> }
}
