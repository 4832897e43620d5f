//! The catalogue as a buyer reads it: a cover (her business, where it is, how to reach her, the
//! company profile) and one product a page (title, description, specification table, trade
//! terms, until when the price holds). Made from her profile and the listings she put in; the
//! page prints it and the web page (`super::web_page`) writes it as one HTML file.

use crate::domain::documents::dates::{english_date, parse_date};
use crate::domain::lang::Lang;
use crate::domain::listing::draft::Draft;
use crate::domain::listing::generate::{generate, title, SpecLabel};
use crate::domain::listing::glossary::Glossary;
use crate::domain::listing::store::Listings;
use crate::domain::model::{ContactField, Profile};
use crate::domain::persist::CalendarDate;
use crate::domain::text::one_line;

use super::company::{facts, profile_text};
use super::signature::{contact_lines, place_line};

/// The catalogue's own English words, the same on the printed sheet and the web page.
pub mod words {
    pub const PRODUCT_CATALOGUE: &str = "Product catalogue";
    pub const ABOUT_US: &str = "About us";
    pub const PRODUCTS: &str = "Products";
    pub const CONTACT: &str = "Contact";
    pub const SPECIFICATIONS: &str = "Specifications";
    pub const TRADE_TERMS: &str = "Trade terms";
    pub const PRICE_VALID_UNTIL: &str = "Price valid until";
    pub const ASK_FOR_A_QUOTATION: &str = "Ask us for a quotation for your quantity and destination.";
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// Every listing she could put in, with whether it is in.
    pub picks: Vec<Pick>,
    pub cover: Cover,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cover {
    /// Her business's name; empty when she has not given it (the cover then says only
    /// "Product catalogue").
    pub business: String,
    /// `Malang, East Java, Indonesia`.
    pub place: String,
    /// Her contact details ([`contact_lines`]).
    pub contact: Vec<(ContactField, String)>,
    /// The company profile in English, a sentence each.
    pub profile: Vec<String>,
    /// The same in Indonesian, for her to check.
    pub profile_id: Vec<String>,
}

impl Catalogue {
    /// Whose photos the catalogue shows: each product's (by its listing's id) and her logo's.
    pub fn photo_owners(&self) -> Vec<u32> {
        self.items.iter().map(|item| item.id).chain([crate::domain::photos::LOGO]).collect()
    }
}

impl Cover {
    /// What the catalogue is called: her business's name, or "Product catalogue" without one (the
    /// cover's heading, the web page's title, the shared file's title).
    pub fn name(&self) -> &str {
        if self.business.is_empty() {
            words::PRODUCT_CATALOGUE
        } else {
            &self.business
        }
    }
}

/// One product's page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    /// The listing's id (photos are kept under it).
    pub id: u32,
    /// The title she posts (her edit, or the generated one).
    pub title: String,
    /// Her name for it, for the Indonesian preview.
    pub name_id: String,
    pub description: String,
    /// The product's specification, in the listing's order.
    pub specs: Vec<(SpecLabel, String)>,
    /// The trade terms: minimum order, price with its Incoterm® and place, payment, delivery, …
    pub terms: Vec<(SpecLabel, String)>,
    /// `31 January 2027` when the item has a price and she set a date.
    pub valid_until: Option<String>,
}

impl Item {
    /// The price row, when she gave a price.
    pub fn price(&self) -> Option<&str> {
        self.terms.iter().find(|(label, _)| *label == SpecLabel::Price).map(|(_, value)| value.as_str())
    }
}

/// A listing she can put in the catalogue or leave out: those with something a title is made
/// from, in her listings' order, named as she named the product.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    pub id: u32,
    pub name: String,
    pub included: bool,
}

/// What she called a listing, in her words: the product's name, else her English title, else
/// its category or material; empty for a listing with none of them (nothing to title it by). A
/// text without a letter or a digit ("...", "?") names nothing. Needs no glossary, so the
/// catalogue's page lists her products before the generator and the glossary have come
/// (`pages::catalog`).
pub fn her_name(draft: &Draft) -> String {
    [&draft.name, draft.title.as_deref().unwrap_or_default(), &draft.category, &draft.material]
        .into_iter()
        .map(one_line)
        .find(|text| text.chars().any(char::is_alphanumeric))
        .unwrap_or_default()
}

/// The listings she can put in the catalogue, with whether each is in. A listing with nothing
/// written yet is left out: a blank page would only puzzle a buyer.
pub fn picks(listings: &Listings) -> Vec<Pick> {
    listings
        .drafts
        .iter()
        .filter_map(|entry| {
            let name = her_name(&entry.draft);
            (!name.is_empty()).then(|| Pick { id: entry.id, name, included: listings.catalog.includes(entry.id) })
        })
        .collect()
}

/// The catalogue of the listings she put in ([`picks`]), in her listings' order.
pub fn catalogue(profile: &Profile, listings: &Listings, glossary: &Glossary) -> Catalogue {
    let valid_until = parse_date(&listings.catalog.valid_until).map(english_date);
    let picks = picks(listings);
    let chosen: Vec<_> = listings
        .drafts
        .iter()
        .filter(|entry| picks.iter().any(|pick| pick.id == entry.id && pick.included))
        .map(|entry| (entry, generate(&entry.draft, glossary)))
        .collect();
    let pairs: Vec<_> = chosen.iter().map(|(entry, listing)| (&entry.draft, listing)).collect();
    let company = facts(profile, &pairs);
    let items = chosen
        .iter()
        .map(|(entry, listing)| {
            let (terms, specs): (Vec<_>, Vec<_>) = listing
                .specs
                .iter()
                .filter(|(label, _)| *label != SpecLabel::Product)
                .cloned()
                .partition(|(label, _)| label.is_term());
            let priced = terms.iter().any(|(label, _)| *label == SpecLabel::Price);
            // Her title if she wrote one (a cleared one, or one of punctuation only, is none), else
            // the generated one, else her words (a long material alone makes no English title).
            let edit = one_line(title(&entry.draft, listing));
            let title = [edit, one_line(&listing.title)].into_iter().find(|t| t.chars().any(char::is_alphanumeric));
            Item {
                id: entry.id,
                title: title.unwrap_or_else(|| her_name(&entry.draft)),
                name_id: one_line(&entry.draft.name),
                description: listing.short_description.clone(),
                specs,
                terms,
                valid_until: valid_until.clone().filter(|_| priced),
            }
        })
        .collect();
    Catalogue {
        picks,
        cover: Cover {
            business: one_line(&profile.business_name),
            place: place_line(profile),
            contact: contact_lines(profile),
            profile: profile_text(&company, Lang::En),
            profile_id: profile_text(&company, Lang::Id),
        },
        items,
    }
}

/// Whether the date she set for the prices has passed (the page warns; the catalogue still
/// prints it, as she chose).
pub fn validity_passed(valid_until: &str, today: CalendarDate) -> bool {
    parse_date(valid_until).is_some_and(|date| date < today)
}

/// The web page's file name: her business's name in lower-case ASCII words joined by hyphens,
/// then `-products.html`; `products.html` without a usable name.
pub fn file_name(business: &str) -> String {
    let words: Vec<String> = business
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let slug: String = words.join("-").chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "products.html".to_string()
    } else {
        format!("{slug}-products.html")
    }
}
