//! The persisted data model: one JSON document, the same in localStorage and in a backup file.
//!
//! Every field added later (checklist ticks, quotes, listings) must carry `#[serde(default)]` so that
//! a document written before it still loads; a change that cannot be expressed that way bumps
//! [`SCHEMA_VERSION`] and adds a step to [`super::persist`]'s migrations.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::checklist::ChecklistState;
use super::documents::Documents;
use super::incoterms::calculator::Calculator;
use super::lang::Lang;
use super::listing::store::Listings;
use super::market::MarketState;
use super::workshop::session::Sessions;
use super::workshop::Workshop;

/// Marks a JSON document as ours, so a foreign file is refused rather than half-read.
pub const APP_ID: &str = "siap-ekspor";

/// The version of the document this build writes. History:
/// - 1: the first draft of the preparation sheet: `lang` at the top level, the city as free text,
///   products as bare names.
/// - 2: settings grouped, the region as an East Java code or "other province", products with an id
///   and a description.
/// - 3: export documents (`documents`). A version-2 build would read a file with documents and
///   silently drop them on its next save; the bump makes it refuse the file instead.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppData {
    pub app: String,
    pub schema_version: u32,
    /// Which save of her document this is, and which stored text it was made from: how a tab
    /// tells another tab's save from its own (`domain::sync`). Added within schema 2 (a document
    /// without it reads as revision 0); it never makes two documents differ (see [`Revision`]).
    /// Written third, after the two fields every version has.
    #[serde(default)]
    pub revision: Revision,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub profile: Profile,
    /// The Incoterms calculator: form, chosen rule, saved quotes.
    #[serde(default)]
    pub calculator: Calculator,
    /// Checklist ticks, notes and dates.
    #[serde(default)]
    pub checklist: ChecklistState,
    /// Marketplace guide ticks and accounts.
    #[serde(default)]
    pub market: MarketState,
    /// The workshop's evaluation sheet.
    #[serde(default)]
    pub workshop: Workshop,
    /// English product listings, one draft per product.
    #[serde(default)]
    pub listings: Listings,
    /// The facilitator's workshop sessions and the reports received; absent when she
    /// never ran one.
    #[serde(default, skip_serializing_if = "Sessions::is_empty")]
    pub sessions: Sessions,
    /// Proforma invoices, commercial invoices, packing lists (schema version 3).
    #[serde(default)]
    pub documents: Documents,
}

impl AppData {
    /// A copy of this document read in `lang`. The app's state holds her document shared and the
    /// language beside it (`state::AppState`): switching the language does not copy her document,
    /// so its `settings.lang` catches up here, where it is saved or downloaded, in the parts that
    /// do that (the code that copies every type of her document is then not in the first visit).
    pub fn with_lang(&self, lang: Lang) -> AppData {
        let mut copy = self.clone();
        copy.settings.lang = lang;
        copy
    }
}

impl Default for AppData {
    fn default() -> Self {
        AppData {
            app: APP_ID.to_string(),
            schema_version: SCHEMA_VERSION,
            revision: Revision::default(),
            settings: Settings::default(),
            profile: Profile::default(),
            calculator: Calculator::default(),
            checklist: ChecklistState::default(),
            market: MarketState::default(),
            workshop: Workshop::default(),
            listings: Listings::default(),
            sessions: Sessions::default(),
            documents: Documents::default(),
        }
    }
}

/// The stamp a tab puts on each document it writes (`domain::sync`).
///
/// Two documents with the same content are equal whatever their stamps: `PartialEq` always says
/// yes. The app compares documents to decide what to save and what to re-render, and a stamp is
/// not something she changed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Revision {
    /// 1 for the first save by this version, one more for each save after; 0 for a document
    /// written before revisions existed.
    #[serde(default)]
    pub number: u64,
    /// The fingerprint (`domain::sync::fingerprint`) of the stored text this document replaced,
    /// in hex; empty when it replaced nothing, or before revisions existed.
    #[serde(default)]
    pub based_on: String,
}

impl PartialEq for Revision {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Revision {}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub lang: Lang,
}

/// The workshop's preparation sheet ("lembar persiapan").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub business_name: String,
    #[serde(default)]
    pub owner_name: String,
    #[serde(default)]
    pub region: Option<RegionChoice>,
    /// Filled when `region` is [`RegionChoice::OtherProvince`]: where she is instead.
    #[serde(default)]
    pub other_region: String,
    #[serde(default)]
    pub products: Vec<Product>,
    #[serde(default)]
    pub documents: BTreeSet<HeldDocument>,
    /// Filled when `documents` holds [`HeldDocument::Other`].
    #[serde(default)]
    pub other_document: String,
    #[serde(default)]
    pub experience: Option<ExportExperience>,
    #[serde(default)]
    pub channels: BTreeSet<Channel>,
    #[serde(default)]
    pub goals: String,
    /// The id the next product gets; ids are never reused, so later tools can refer to a product.
    #[serde(default)]
    pub next_product_id: u32,
    /// What marketplace sign-ups and a letterhead ask for; all optional. Added within schema 3
    /// (`#[serde(default)]`, left out of the file while empty).
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
}

/// Her business's contact details and facts a marketplace form asks: address, phone, e-mail, the
/// year it was founded and how many people work in it. Kept as she typed them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub address: String,
    pub phone: String,
    pub email: String,
    pub founded: String,
    pub staff: String,
    /// Her website or shop page, as typed.
    pub website: String,
}

crate::code_enum! {
    /// A field of [`Contact`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ContactField: key {
        Address = "address",
        Phone = "phone",
        Email = "email",
        Founded = "founded",
        Staff = "staff",
        Website = "website",
    }
}

impl ContactField {
    /// The longest text kept: an address is a few lines, the others one short line.
    pub fn max_chars(self) -> usize {
        match self {
            ContactField::Address => 600,
            _ => super::limits::MAX_SHORT_TEXT,
        }
    }
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        *self == Contact::default()
    }

    pub fn get(&self, field: ContactField) -> &str {
        match field {
            ContactField::Address => &self.address,
            ContactField::Phone => &self.phone,
            ContactField::Email => &self.email,
            ContactField::Founded => &self.founded,
            ContactField::Staff => &self.staff,
            ContactField::Website => &self.website,
        }
    }

    pub fn get_mut(&mut self, field: ContactField) -> &mut String {
        match field {
            ContactField::Address => &mut self.address,
            ContactField::Phone => &mut self.phone,
            ContactField::Email => &mut self.email,
            ContactField::Founded => &mut self.founded,
            ContactField::Staff => &mut self.staff,
            ContactField::Website => &mut self.website,
        }
    }
}

/// Where the business is: one of East Java's 38 regencies and cities, by its official code
/// (see `assets/data/east-java-regions.json`), or somewhere else in Indonesia.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RegionChoice {
    EastJava { code: String },
    OtherProvince,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: u32,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// What the classification tool says it is; the checklist shows the permits its
    /// rule needs. Absent until she saves a result for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<ProductClass>,
}

/// A product's classification: one of the export rules (by id, `assets/data/export-rules.json`),
/// or an HS code no rule covers (presumed free).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ProductClass {
    Rule { id: String },
    Hs { code: String },
}

crate::code_enum! {
    /// Papers she may already hold; the checklist pre-ticks them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum HeldDocument: key {
        Npwp = "npwp",
        Nib = "nib",
        /// NIB registered with customs access (akses kepabeanan), needed to file a PEB oneself.
        NibCustoms = "nib_customs",
        Pirt = "pirt",
        Bpom = "bpom",
        Halal = "halal",
        SvlkVLegal = "svlk_v_legal",
        Haccp = "haccp",
        Other = "other",
    }
}

crate::code_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum ExportExperience: key {
        NotYet = "not_yet",
        ThroughTrader = "through_trader",
        Direct = "direct",
    }
}

crate::code_enum! {
    /// Sales channels she already uses.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Channel: key {
        Marketplace = "marketplace",
        SocialMedia = "social_media",
        Website = "website",
        Email = "email",
    }
}
