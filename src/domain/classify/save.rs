//! Saving a classification result to one of her products: which product the page offers, and
//! which it suggests. A misspelt search ("kripik tempe") or a second result card must not quietly
//! add a product she does not make, so when the result is not already tied to a product (a
//! `?product=` link, or a product of hers with the same name) and she has products, the page asks
//! which one it is for: hers first, "a new product" last.

use crate::domain::change::{classify_target, ClassifyTarget};
use crate::domain::model::{Product, Profile};
use crate::domain::query::Query;
use crate::domain::route::{Location, Route};
use crate::domain::text::fold;

/// What the save button does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveChoice {
    /// Nothing to ask: this product, a new one (she has none yet), or her list is full.
    Fixed(ClassifyTarget),
    /// Ask: her named products (id, name) in her order, then "new product"; `suggested` is the one
    /// whose name shares the most words with the result's name (`None`: a new product).
    Ask { products: Vec<(u32, String)>, suggested: Option<u32>, full: bool },
}

/// The choice for a result named `name`, from `?product=` when she came from one.
pub fn save_choice(profile: &Profile, product: Option<u32>, name: &str) -> SaveChoice {
    let target = classify_target(profile, product, name);
    let products: Vec<(u32, String)> = profile
        .products
        .iter()
        .filter(|p| !p.name.trim().is_empty())
        .map(|p| (p.id, p.name.trim().to_string()))
        .collect();
    match target {
        ClassifyTarget::Existing(_) => SaveChoice::Fixed(target),
        _ if products.is_empty() => SaveChoice::Fixed(target),
        _ => {
            let wanted = words(name);
            let shared = |other: &str| words(other).iter().filter(|w| wanted.contains(w)).count();
            let suggested = products
                .iter()
                .map(|(id, other)| (shared(other), *id))
                .filter(|(count, _)| *count > 0)
                // The most shared words; among equals, her first product.
                .fold(None::<(usize, u32)>, |best, (count, id)| match best {
                    Some((most, _)) if most >= count => best,
                    _ => Some((count, id)),
                })
                .map(|(_, id)| id);
            SaveChoice::Ask { products, suggested, full: target == ClassifyTarget::Full }
        }
    }
}

/// The folded words of a name (case, accents and punctuation ignored).
fn words(text: &str) -> Vec<String> {
    let folded: String = fold(text).map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    folded.split_whitespace().map(str::to_string).collect()
}

/// "Check" beside a product: a search for its name whose result is saved for that product
/// (`#/classify?q=Keripik%20tempe&product=0`).
pub fn check_location(product: &Product) -> Location {
    let id = product.id.to_string();
    Location { route: Route::Classify, query: Query::of(&[("q", product.name.trim()), ("product", &id)]) }
}
