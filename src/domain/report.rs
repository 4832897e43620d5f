//! The facts of the report to the workshop facilitator; `i18n::report` words them.

use super::checklist::{self, Item, Progress};
use super::classify::{RuleBook, Status};
use super::market::Guide;
use super::model::{AppData, ProductClass, RegionChoice};
use super::workshop::code::{Kind, ProductStatus, Sheet};
use super::workshop::{Question, Workshop};

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
    let shown = checklist::shown_for(items, data, &needs);
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
        // Ticked on the checklist, or a listing written in the app.
        listing_written: data.workshop.listing_written
            || data.listings.drafts.iter().any(|entry| !entry.draft.name.trim().is_empty()),
    }
}

/// The machine-readable sheet of her report (`workshop::code`), from the same facts as its text.
pub fn report_sheet(report: &Report, data: &AppData, date: &str) -> Sheet {
    Sheet {
        kind: Kind::Report,
        session: data.workshop.session.clone(),
        participant: data.workshop.participant.clone(),
        date: date.to_string(),
        business: report.business.to_string(),
        owner: report.owner.to_string(),
        region: match &data.profile.region {
            Some(RegionChoice::EastJava { code }) => code.clone(),
            Some(RegionChoice::OtherProvince) => OTHER_PROVINCE.to_string(),
            None => String::new(),
        },
        products: report
            .products
            .iter()
            .map(|p| {
                let status = match p.checked {
                    Checked::Rule(Status::Free) => ProductStatus::Free,
                    Checked::Rule(Status::Restricted) => ProductStatus::Restricted,
                    Checked::Rule(Status::Prohibited) => ProductStatus::Prohibited,
                    Checked::PresumedFree => ProductStatus::PresumedFree,
                    Checked::NotChecked => ProductStatus::NotChecked,
                };
                (p.name.to_string(), status)
            })
            .collect(),
        papers: data.profile.documents.clone(),
        progress: (
            u32::try_from(report.progress.done).unwrap_or(u32::MAX),
            u32::try_from(report.progress.total).unwrap_or(u32::MAX),
        ),
        accounts: report.accounts.iter().map(|a| a.to_string()).collect(),
        listings: u32::try_from(data.listings.drafts.len()).unwrap_or(u32::MAX).max(u32::from(report.listing_written)),
        ..Sheet::default()
    }
}

/// The machine-readable sheet of her evaluation.
pub fn evaluation_sheet(workshop: &Workshop, business: &str, date: &str) -> Sheet {
    Sheet {
        kind: Kind::Evaluation,
        session: workshop.session.clone(),
        participant: workshop.participant.clone(),
        date: date.to_string(),
        business: business.trim().to_string(),
        ratings: Question::ALL.map(|q| workshop.rating(q).unwrap_or(0)),
        obstacles: workshop.obstacles.clone(),
        comments: workshop.comments.trim().to_string(),
        ..Sheet::default()
    }
}

/// The region code a sheet carries for a business outside East Java.
pub const OTHER_PROVINCE: &str = "x";
