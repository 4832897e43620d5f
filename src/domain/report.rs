//! The facts of the report to the workshop facilitator; `i18n::report` words them.

use super::checklist::{self, Item, Progress};
use super::classify::{RuleBook, Status};
use super::market::Guide;
use super::model::{AppData, ProductClass};

/// What the classification tool says of a product, as the report tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    /// Saved from a rule (its status).
    Rule(Status),
    /// Saved from an HS code no rule covers.
    PresumedFree,
    /// Not classified, or the rule is not known (the rules file not loaded, or changed).
    NotChecked,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportProduct<'a> {
    pub name: &'a str,
    pub checked: Checked,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report<'a> {
    pub business: &'a str,
    pub owner: &'a str,
    pub products: Vec<ReportProduct<'a>>,
    pub progress: Progress,
    pub done: Vec<&'a Item>,
    pub next: Option<&'a Item>,
    /// Marketplaces where she has an account.
    pub accounts: Vec<&'a str>,
    pub listing_written: bool,
}

/// The report's facts; `rules` (when loaded) says what each classified product is and which
/// permits the checklist counts for it.
pub fn report<'a>(data: &'a AppData, items: &'a [Item], guide: &'a Guide, rules: Option<&RuleBook>) -> Report<'a> {
    let needs = rules.map(|book| book.needs_of(&data.profile.products)).unwrap_or_default();
    let shown = checklist::shown(items, &data.profile, &data.checklist, &needs);
    Report {
        business: data.profile.business_name.trim(),
        owner: data.profile.owner_name.trim(),
        products: data
            .profile
            .products
            .iter()
            .filter(|p| !p.name.trim().is_empty())
            .map(|p| ReportProduct {
                name: p.name.trim(),
                checked: match &p.class {
                    Some(ProductClass::Rule { id }) => rules
                        .and_then(|book| book.rule(id))
                        .map_or(Checked::NotChecked, |rule| Checked::Rule(rule.status)),
                    Some(ProductClass::Hs { .. }) => Checked::PresumedFree,
                    None => Checked::NotChecked,
                },
            })
            .collect(),
        progress: checklist::progress(&shown),
        done: shown.iter().filter(|s| s.done).map(|s| s.item).collect(),
        next: checklist::next_open(&shown).map(|s| s.item),
        accounts: data.market.account_names(guide),
        listing_written: data.workshop.listing_written,
    }
}
