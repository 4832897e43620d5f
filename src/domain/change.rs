//! Every change the user can make to her data, and the one pure function that applies it. The app's
//! reducer calls [`apply`] with the [`Edit`] a page made; saving happens elsewhere (one effect),
//! never here.

use super::checklist::ChecklistEdit;
use super::documents::DocumentsEdit;
use super::incoterms::calculator::CalculatorEdit;
use super::lang::Lang;
use super::listing::store::ListingsEdit;
use super::market::MarketEdit;
use super::model::{
    AppData, Channel, ContactField, ExportExperience, HeldDocument, Product, ProductClass, Profile, RegionChoice,
};
use super::text::fold;
use super::workshop::session::SessionsEdit;
use super::workshop::WorkshopEdit;
use crate::domain::text::set_member;

pub use super::limits::{clamp, MAX_LONG_TEXT, MAX_PRODUCTS, MAX_SHORT_TEXT};

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    SetLang(Lang),
    Profile(ProfileEdit),
    Calculator(CalculatorEdit),
    Checklist(ChecklistEdit),
    Market(MarketEdit),
    Workshop(WorkshopEdit),
    Listings(ListingsEdit),
    /// The facilitator's workshop sessions (`#/workshop`).
    Sessions(SessionsEdit),
    Documents(DocumentsEdit),
    /// A confirmed import of a backup file.
    ReplaceAll(Box<AppData>),
    /// "Reset all data": everything goes except the language she reads the app in.
    ResetAll,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProfileEdit {
    BusinessName(String),
    OwnerName(String),
    /// A contact detail or a fact marketplace forms ask (address, phone, e-mail, year, staff).
    Contact(ContactField, String),
    Region(Option<RegionChoice>),
    OtherRegion(String),
    AddProduct,
    ProductName(u32, String),
    ProductDescription(u32, String),
    RemoveProduct(u32),
    /// Saves a classification result: for the product she came from, else the product of that
    /// name, else a new product of that name (see [`classify_target`]).
    Classify {
        product: Option<u32>,
        name: String,
        class: ProductClass,
    },
    /// Forgets a product's classification.
    Unclassify(u32),
    Document(HeldDocument, bool),
    OtherDocument(String),
    Experience(Option<ExportExperience>),
    Channel(Channel, bool),
    Goals(String),
}

/// Applies `change` to a copy of `data`: the app's reducer runs this for every change she makes.
pub fn apply(data: &AppData, change: impl Edit) -> AppData {
    let mut next = data.clone();
    change.apply_to(&mut next);
    next
}

/// One kind of change to her data. Each tool's page passes its own kind (a [`ProfileEdit`], a
/// [`CalculatorEdit`], …) rather than a [`Change`], so that the code applying it is compiled
/// where that page is, in that tool's part, and not into one function every tool downloads
/// (measured 2026-12-02: the chunk all tools share was 16 KB brotli, most of it this `match`).
pub trait Edit: 'static {
    fn apply_to(self, data: &mut AppData);
}

impl Edit for Change {
    fn apply_to(self, next: &mut AppData) {
        match self {
            Change::SetLang(lang) => next.settings.lang = lang,
            Change::Profile(edit) => edit.apply_to(next),
            Change::Calculator(edit) => edit.apply_to(next),
            Change::Checklist(edit) => edit.apply_to(next),
            Change::Market(edit) => edit.apply_to(next),
            Change::Workshop(edit) => edit.apply_to(next),
            Change::Listings(edit) => edit.apply_to(next),
            Change::Sessions(edit) => edit.apply_to(next),
            Change::Documents(edit) => edit.apply_to(next),
            Change::ReplaceAll(imported) => ReplaceAll(imported).apply_to(next),
            Change::ResetAll => ResetAll.apply_to(next),
        }
    }
}

/// [`Change::ReplaceAll`] on its own: a confirmed import of a backup file, cut to the limits by
/// the page that read it, which named the cuts (`limits::clamp_data`).
pub struct ReplaceAll(pub Box<AppData>);

impl Edit for ReplaceAll {
    fn apply_to(self, next: &mut AppData) {
        *next = *self.0;
    }
}

/// [`Change::ResetAll`] on its own: everything goes except the language she reads the app in.
pub struct ResetAll;

impl Edit for ResetAll {
    fn apply_to(self, next: &mut AppData) {
        let lang = next.settings.lang;
        *next = AppData::default();
        next.settings.lang = lang;
    }
}

impl Edit for ProfileEdit {
    fn apply_to(self, next: &mut AppData) {
        apply_profile(next, self);
    }
}

/// The edits applied by their own section of her data (`next.<section>.apply(edit)`).
macro_rules! section_edits {
    ($($edit:ty => $section:ident),* $(,)?) => {
        $(impl Edit for $edit {
            fn apply_to(self, next: &mut AppData) {
                next.$section.apply(self);
            }
        })*
    };
}

section_edits! {
    CalculatorEdit => calculator,
    ChecklistEdit => checklist,
    MarketEdit => market,
    WorkshopEdit => workshop,
    ListingsEdit => listings,
    SessionsEdit => sessions,
    DocumentsEdit => documents,
}

fn apply_profile(data: &mut AppData, edit: ProfileEdit) {
    let profile = &mut data.profile;
    match edit {
        ProfileEdit::BusinessName(text) => profile.business_name = clamp(text, MAX_SHORT_TEXT),
        ProfileEdit::OwnerName(text) => profile.owner_name = clamp(text, MAX_SHORT_TEXT),
        ProfileEdit::Contact(field, text) => *profile.contact.get_mut(field) = clamp(text, field.max_chars()),
        ProfileEdit::Region(region) => profile.region = region,
        ProfileEdit::OtherRegion(text) => profile.other_region = clamp(text, MAX_SHORT_TEXT),
        ProfileEdit::AddProduct => {
            add_product(profile, String::new(), None);
        }
        ProfileEdit::Classify { product, name, class } => match classify_target(profile, product, &name) {
            ClassifyTarget::Existing(id) => {
                if let Some(product) = profile.products.iter_mut().find(|p| p.id == id) {
                    product.class = Some(class);
                }
            }
            ClassifyTarget::New => add_product(profile, clamp(name.trim().to_string(), MAX_SHORT_TEXT), Some(class)),
            ClassifyTarget::Full => {}
        },
        ProfileEdit::Unclassify(id) => {
            if let Some(product) = profile.products.iter_mut().find(|p| p.id == id) {
                product.class = None;
            }
        }
        ProfileEdit::ProductName(id, text) => {
            if let Some(product) = profile.products.iter_mut().find(|p| p.id == id) {
                product.name = clamp(text, MAX_SHORT_TEXT);
            }
        }
        ProfileEdit::ProductDescription(id, text) => {
            if let Some(product) = profile.products.iter_mut().find(|p| p.id == id) {
                product.description = clamp(text, MAX_LONG_TEXT);
            }
        }
        ProfileEdit::RemoveProduct(id) => profile.products.retain(|p| p.id != id),
        ProfileEdit::Document(document, held) => {
            set_member(&mut profile.documents, document, held);
            // An NIB with customs access is an NIB: ticking the first ticks the second, and
            // unticking the NIB unticks its customs access.
            match (document, held) {
                (HeldDocument::NibCustoms, true) => set_member(&mut profile.documents, HeldDocument::Nib, true),
                (HeldDocument::Nib, false) => set_member(&mut profile.documents, HeldDocument::NibCustoms, false),
                _ => {}
            }
        }
        ProfileEdit::OtherDocument(text) => profile.other_document = clamp(text, MAX_SHORT_TEXT),
        ProfileEdit::Experience(experience) => profile.experience = experience,
        ProfileEdit::Channel(channel, used) => set_member(&mut profile.channels, channel, used),
        ProfileEdit::Goals(text) => profile.goals = clamp(text, MAX_LONG_TEXT),
    }
}

fn add_product(profile: &mut Profile, name: String, class: Option<ProductClass>) {
    if profile.products.len() < MAX_PRODUCTS {
        // Ids only grow, even past removed products, so a reference elsewhere never
        // silently points at a different product.
        let used = profile.products.iter().map(|p| p.id).max().map_or(0, |m| m.saturating_add(1));
        let id = profile.next_product_id.max(used);
        profile.products.push(Product { id, name, class, ..Product::default() });
        profile.next_product_id = id.saturating_add(1);
    }
}

/// Where a saved classification goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassifyTarget {
    /// This existing product.
    Existing(u32),
    /// A new product.
    New,
    /// A new product, but she already has [`MAX_PRODUCTS`].
    Full,
}

/// The product she came from (`?product=`), if it still exists; else her product with the same
/// name (ignoring case, accents and spaces); else a new one.
pub fn classify_target(profile: &Profile, product: Option<u32>, name: &str) -> ClassifyTarget {
    let key = |t: &str| fold(t).filter(|c| !c.is_whitespace()).collect::<String>();
    let wanted = key(name);
    let found = product
        .and_then(|id| profile.products.iter().find(|p| p.id == id))
        .or_else(|| profile.products.iter().find(|p| !wanted.is_empty() && key(&p.name) == wanted));
    match found {
        Some(p) => ClassifyTarget::Existing(p.id),
        None if profile.products.len() >= MAX_PRODUCTS => ClassifyTarget::Full,
        None => ClassifyTarget::New,
    }
}
