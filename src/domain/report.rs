//! The facts of the report to the workshop facilitator; `i18n::report` words them.

use super::checklist::{self, Item, Needs, Progress};
use super::market::Guide;
use super::model::AppData;

#[derive(Clone, Debug, PartialEq)]
pub struct Report<'a> {
    pub business: &'a str,
    pub owner: &'a str,
    pub products: Vec<&'a str>,
    pub progress: Progress,
    pub done: Vec<&'a Item>,
    pub next: Option<&'a Item>,
    /// Marketplaces where she has an account.
    pub accounts: Vec<&'a str>,
    pub listing_written: bool,
}

pub fn report<'a>(data: &'a AppData, items: &'a [Item], guide: &'a Guide, needs: &Needs) -> Report<'a> {
    let shown = checklist::shown(items, &data.profile, &data.checklist, needs);
    Report {
        business: data.profile.business_name.trim(),
        owner: data.profile.owner_name.trim(),
        products: data.profile.products.iter().map(|p| p.name.trim()).filter(|n| !n.is_empty()).collect(),
        progress: checklist::progress(&shown),
        done: shown.iter().filter(|s| s.done).map(|s| s.item).collect(),
        next: checklist::next_open(&shown).map(|s| s.item),
        accounts: data.market.account_names(guide),
        listing_written: data.workshop.listing_written,
    }
}
