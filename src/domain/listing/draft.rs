//! One product's listing draft, as she typed it in Indonesian terms. Stored in the app's JSON
//! document; every field defaults so drafts written by older versions still load. Nothing here is
//! translated or checked: [`super::generate`] writes the English, [`super::lint`] checks it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::domain::change::clamp;
use crate::domain::incoterms::calculator::{QuoteFill, SavedQuote};
use crate::domain::incoterms::Incoterm;
use crate::domain::model::Product;
use crate::domain::money::Currency;
use crate::domain::text::set_member;

pub use crate::domain::limits::MAX_DRAFT_TEXT;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Product name in her words ("kopi bubuk"): the core noun of the title.
    #[serde(default)]
    pub name: String,
    /// Her brand or business name: never translated.
    #[serde(default)]
    pub brand: String,
    #[serde(default)]
    pub category: String,
    /// Material, or ingredients for food.
    #[serde(default)]
    pub material: String,
    #[serde(default)]
    pub size: String,
    /// Weight or volume ("250 g", "500 ml").
    #[serde(default)]
    pub weight: String,
    /// Colours or variants.
    #[serde(default)]
    pub colour: String,
    /// Origin city ("Jember").
    #[serde(default)]
    pub origin: String,
    /// Only what she ticks: a claim she did not make is never written for her.
    #[serde(default)]
    pub processing: BTreeSet<Process>,
    #[serde(default)]
    pub packaging: String,
    #[serde(default)]
    pub certifications: BTreeSet<Certification>,
    /// Named when `certifications` holds [`Certification::Other`].
    #[serde(default)]
    pub other_certification: String,
    /// Minimum order quantity and its unit.
    #[serde(default)]
    pub moq: String,
    #[serde(default)]
    pub moq_unit: String,
    /// The price per `price_unit` as typed ("5,80").
    #[serde(default)]
    pub price: String,
    /// `None` until she picks one: USD, what foreign buyers compare in (see [`Draft::currency`]).
    #[serde(default)]
    pub currency: Option<Currency>,
    #[serde(default)]
    pub price_unit: String,
    #[serde(default)]
    pub incoterm: Option<Incoterm>,
    /// The Incoterm's named place ("Tanjung Perak, Surabaya"): a name, never translated.
    #[serde(default)]
    pub place: String,
    /// Several may be offered; the listing writes them lowest risk for her first.
    #[serde(default)]
    pub payment: BTreeSet<PaymentTerm>,
    /// The deposit of [`PaymentTerm::TtDepositBalance`] in percent ("30").
    #[serde(default)]
    pub deposit_percent: String,
    /// Days from order confirmation to shipment ("30", "14-21").
    #[serde(default)]
    pub delivery_days: String,
    /// Supply capacity per month and its unit.
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub capacity_unit: String,
    #[serde(default)]
    pub sample: Option<SamplePolicy>,
    #[serde(default)]
    pub target_market: String,
    #[serde(default)]
    pub marketplace: Marketplace,
    /// Her edited title; `None` uses the generated one.
    #[serde(default)]
    pub title: Option<String>,
    /// The profile product this draft describes, if it came from one.
    #[serde(default)]
    pub profile_product_id: Option<u32>,
}

/// Processing she can claim by ticking it, in the order adjectives go in a title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Process {
    Organic,
    Handmade,
    HandWoven,
    HandCarved,
    /// Batik tulis.
    HandDrawn,
    NaturalDye,
    SunDried,
    Roasted,
    VacuumFried,
    Fermented,
    Frozen,
    NoPreservatives,
}

impl Process {
    pub const ALL: [Process; 12] = [
        Process::Organic,
        Process::Handmade,
        Process::HandWoven,
        Process::HandCarved,
        Process::HandDrawn,
        Process::NaturalDye,
        Process::SunDried,
        Process::Roasted,
        Process::VacuumFried,
        Process::Fermented,
        Process::Frozen,
        Process::NoPreservatives,
    ];

    /// The stored name, also used in element ids.
    pub fn code(self) -> &'static str {
        match self {
            Process::Organic => "organic",
            Process::Handmade => "handmade",
            Process::HandWoven => "hand_woven",
            Process::HandCarved => "hand_carved",
            Process::HandDrawn => "hand_drawn",
            Process::NaturalDye => "natural_dye",
            Process::SunDried => "sun_dried",
            Process::Roasted => "roasted",
            Process::VacuumFried => "vacuum_fried",
            Process::Fermented => "fermented",
            Process::Frozen => "frozen",
            Process::NoPreservatives => "no_preservatives",
        }
    }

    /// In English, lower case, as it stands before a noun ("sun-dried") or in a list.
    pub fn english(self) -> &'static str {
        match self {
            Process::Organic => "organic",
            Process::Handmade => "handmade",
            Process::HandWoven => "hand-woven",
            Process::HandCarved => "hand-carved",
            Process::HandDrawn => "hand-drawn",
            Process::NaturalDye => "naturally dyed",
            Process::SunDried => "sun-dried",
            Process::Roasted => "roasted",
            Process::VacuumFried => "vacuum-fried",
            Process::Fermented => "fermented",
            Process::Frozen => "frozen",
            Process::NoPreservatives => "no preservatives",
        }
    }

    /// Whether it reads as an adjective before the product noun ("no preservatives" does not).
    pub fn is_adjective(self) -> bool {
        self != Process::NoPreservatives
    }

    /// Processing only food has: its material is then called "ingredients".
    pub fn is_food(self) -> bool {
        matches!(self, Process::Roasted | Process::VacuumFried | Process::Fermented | Process::NoPreservatives)
    }
}

/// Certificates and registrations she holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certification {
    Halal,
    Bpom,
    Pirt,
    Organic,
    Haccp,
    Svlk,
    Iso22000,
    Fda,
    /// Named in [`Draft::other_certification`].
    Other,
}

impl Certification {
    pub const ALL: [Certification; 9] = [
        Certification::Halal,
        Certification::Bpom,
        Certification::Pirt,
        Certification::Organic,
        Certification::Haccp,
        Certification::Svlk,
        Certification::Iso22000,
        Certification::Fda,
        Certification::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Certification::Halal => "halal",
            Certification::Bpom => "bpom",
            Certification::Pirt => "pirt",
            Certification::Organic => "organic",
            Certification::Haccp => "haccp",
            Certification::Svlk => "svlk",
            Certification::Iso22000 => "iso22000",
            Certification::Fda => "fda",
            Certification::Other => "other",
        }
    }

    /// How a foreign buyer understands it: Indonesian registrations are explained. `Other` is
    /// empty here; its name is hers.
    pub fn english(self) -> &'static str {
        match self {
            Certification::Halal => "Halal",
            Certification::Bpom => "BPOM (Indonesian food and drug registration)",
            Certification::Pirt => "P-IRT (Indonesian home-industry food permit)",
            Certification::Organic => "Organic",
            Certification::Haccp => "HACCP",
            Certification::Svlk => "SVLK (Indonesian timber legality)",
            Certification::Iso22000 => "ISO 22000",
            Certification::Fda => "US FDA registration",
            Certification::Other => "",
        }
    }

    /// The short name for "… Certified" in a title; only real certificates, not registrations.
    pub fn title_word(self) -> Option<&'static str> {
        match self {
            Certification::Halal => Some("Halal"),
            Certification::Organic => Some("Organic"),
            Certification::Haccp => Some("HACCP"),
            Certification::Svlk => Some("SVLK"),
            Certification::Iso22000 => Some("ISO 22000"),
            _ => None,
        }
    }

    /// Held only by makers of food (or cosmetics): its material is then called "ingredients".
    pub fn is_food(self) -> bool {
        matches!(
            self,
            Certification::Halal
                | Certification::Bpom
                | Certification::Pirt
                | Certification::Haccp
                | Certification::Iso22000
                | Certification::Fda
        )
    }
}

/// Payment terms, in the form's order. [`PaymentTerm::risk_rank`] orders them for her.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PaymentTerm {
    /// T/T, 100 % before shipment.
    #[serde(rename = "tt_advance")]
    TtAdvance,
    /// T/T deposit with the order (percent in [`Draft::deposit_percent`]), balance before shipment.
    #[serde(rename = "tt_deposit_balance")]
    TtDepositBalance,
    #[serde(rename = "lc_at_sight")]
    LcAtSight,
    #[serde(rename = "dp")]
    DocumentsAgainstPayment,
    #[serde(rename = "da")]
    DocumentsAgainstAcceptance,
    /// The marketplace holds the buyer's money until delivery (Alibaba's secure payment).
    #[serde(rename = "escrow")]
    Escrow,
    #[serde(rename = "open_account")]
    OpenAccount,
}

impl PaymentTerm {
    pub const ALL: [PaymentTerm; 7] = [
        PaymentTerm::TtAdvance,
        PaymentTerm::TtDepositBalance,
        PaymentTerm::LcAtSight,
        PaymentTerm::DocumentsAgainstPayment,
        PaymentTerm::DocumentsAgainstAcceptance,
        PaymentTerm::Escrow,
        PaymentTerm::OpenAccount,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PaymentTerm::TtAdvance => "tt_advance",
            PaymentTerm::TtDepositBalance => "tt_deposit_balance",
            PaymentTerm::LcAtSight => "lc_at_sight",
            PaymentTerm::DocumentsAgainstPayment => "dp",
            PaymentTerm::DocumentsAgainstAcceptance => "da",
            PaymentTerm::Escrow => "escrow",
            PaymentTerm::OpenAccount => "open_account",
        }
    }

    /// 1 = least risk for the seller, 7 = most (docs/design.md's order): all paid before shipment;
    /// a deposit with the balance before shipment (the goods leave only once paid; at worst she
    /// keeps the deposit and the goods); escrow (the money is held before she ships, released on
    /// delivery); an L/C at sight (a bank's promise, unconfirmed, lost on a discrepancy in the
    /// documents); D/P (the bank holds the documents but the goods are already abroad); D/A (the
    /// buyer gets the goods on a promise to pay); open account (trust alone).
    pub fn risk_rank(self) -> u8 {
        match self {
            PaymentTerm::TtAdvance => 1,
            PaymentTerm::TtDepositBalance => 2,
            PaymentTerm::Escrow => 3,
            PaymentTerm::LcAtSight => 4,
            PaymentTerm::DocumentsAgainstPayment => 5,
            PaymentTerm::DocumentsAgainstAcceptance => 6,
            PaymentTerm::OpenAccount => 7,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SamplePolicy {
    FreeSample,
    PaidSample,
    /// Paid, refunded with the first order.
    PaidRefundable,
    /// No samples (always written `SamplePolicy::None`; "not said" is `Option::None`).
    None,
}

impl SamplePolicy {
    pub const ALL: [SamplePolicy; 4] =
        [SamplePolicy::FreeSample, SamplePolicy::PaidSample, SamplePolicy::PaidRefundable, SamplePolicy::None];

    pub fn code(self) -> &'static str {
        match self {
            SamplePolicy::FreeSample => "free_sample",
            SamplePolicy::PaidSample => "paid_sample",
            SamplePolicy::PaidRefundable => "paid_refundable",
            SamplePolicy::None => "none",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            SamplePolicy::FreeSample => "free samples available",
            SamplePolicy::PaidSample => "paid samples available",
            SamplePolicy::PaidRefundable => "paid samples, refunded with the first order",
            SamplePolicy::None => "no samples",
        }
    }
}

/// Where the listing goes; each has its own title rules (docs/design.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Marketplace {
    #[default]
    Generic,
    Alibaba,
    Ec21,
    Amazon,
}

impl Marketplace {
    pub const ALL: [Marketplace; 4] =
        [Marketplace::Generic, Marketplace::Alibaba, Marketplace::Ec21, Marketplace::Amazon];

    /// The value of the page's `data-testid="marketplace"` select.
    pub fn code(self) -> &'static str {
        match self {
            Marketplace::Generic => "generic",
            Marketplace::Alibaba => "alibaba",
            Marketplace::Ec21 => "ec21",
            Marketplace::Amazon => "amazon",
        }
    }

    pub fn from_code(code: &str) -> Option<Marketplace> {
        let code = code.trim().to_ascii_lowercase();
        Marketplace::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Longest title in characters: Amazon 200, Alibaba 128; EC21 and a generic listing are
    /// held to Alibaba's, the stricter common rule.
    pub fn title_limit(self) -> usize {
        match self {
            Marketplace::Amazon => 200,
            _ => 128,
        }
    }
}

/// A text field of the draft, for the one edit that sets any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Name,
    Brand,
    Category,
    Material,
    Size,
    Weight,
    Colour,
    Origin,
    Packaging,
    OtherCertification,
    Moq,
    MoqUnit,
    Price,
    PriceUnit,
    Place,
    DepositPercent,
    DeliveryDays,
    Capacity,
    CapacityUnit,
    TargetMarket,
}

impl TextField {
    pub const ALL: [TextField; 20] = [
        TextField::Name,
        TextField::Brand,
        TextField::Category,
        TextField::Material,
        TextField::Size,
        TextField::Weight,
        TextField::Colour,
        TextField::Origin,
        TextField::Packaging,
        TextField::OtherCertification,
        TextField::Moq,
        TextField::MoqUnit,
        TextField::Price,
        TextField::PriceUnit,
        TextField::Place,
        TextField::DepositPercent,
        TextField::DeliveryDays,
        TextField::Capacity,
        TextField::CapacityUnit,
        TextField::TargetMarket,
    ];

    /// The stored name, also a good element id.
    pub fn key(self) -> &'static str {
        match self {
            TextField::Name => "name",
            TextField::Brand => "brand",
            TextField::Category => "category",
            TextField::Material => "material",
            TextField::Size => "size",
            TextField::Weight => "weight",
            TextField::Colour => "colour",
            TextField::Origin => "origin",
            TextField::Packaging => "packaging",
            TextField::OtherCertification => "other_certification",
            TextField::Moq => "moq",
            TextField::MoqUnit => "moq_unit",
            TextField::Price => "price",
            TextField::PriceUnit => "price_unit",
            TextField::Place => "place",
            TextField::DepositPercent => "deposit_percent",
            TextField::DeliveryDays => "delivery_days",
            TextField::Capacity => "capacity",
            TextField::CapacityUnit => "capacity_unit",
            TextField::TargetMarket => "target_market",
        }
    }

    /// A number she types (a phone offers its number keyboard): quantities, the price, days, a
    /// percentage. Her text is kept as typed either way.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            TextField::Moq
                | TextField::Price
                | TextField::DepositPercent
                | TextField::DeliveryDays
                | TextField::Capacity
        )
    }

    /// The suggestions a field offers while free text still works.
    pub fn suggestions(self) -> Option<Suggestions> {
        match self {
            TextField::MoqUnit | TextField::PriceUnit | TextField::CapacityUnit => Some(Suggestions::Units),
            TextField::Origin => Some(Suggestions::Origins),
            _ => None,
        }
    }
}

/// What a field suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggestions {
    /// The glossary's units and packaging, in English ("pack", "carton").
    Units,
    /// East Java's regencies and cities, the workshop's home; any other place can be typed.
    Origins,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DraftEdit {
    Text(TextField, String),
    Process(Process, bool),
    Certification(Certification, bool),
    Currency(Currency),
    Incoterm(Option<Incoterm>),
    Payment(PaymentTerm, bool),
    Sample(Option<SamplePolicy>),
    Marketplace(Marketplace),
    /// Her edited title; `None` goes back to the generated one.
    Title(Option<String>),
    ProfileProduct(Option<u32>),
}

impl Draft {
    /// A new draft for a product of her profile: its name, and the link back to it.
    pub fn for_product(product: &Product) -> Draft {
        Draft {
            name: clamp(product.name.clone(), MAX_DRAFT_TEXT),
            profile_product_id: Some(product.id),
            ..Draft::default()
        }
    }

    /// The price's currency: USD until she picks one.
    pub fn currency(&self) -> Currency {
        self.currency.unwrap_or(Currency::Usd)
    }

    pub fn get(&self, field: TextField) -> &str {
        match field {
            TextField::Name => &self.name,
            TextField::Brand => &self.brand,
            TextField::Category => &self.category,
            TextField::Material => &self.material,
            TextField::Size => &self.size,
            TextField::Weight => &self.weight,
            TextField::Colour => &self.colour,
            TextField::Origin => &self.origin,
            TextField::Packaging => &self.packaging,
            TextField::OtherCertification => &self.other_certification,
            TextField::Moq => &self.moq,
            TextField::MoqUnit => &self.moq_unit,
            TextField::Price => &self.price,
            TextField::PriceUnit => &self.price_unit,
            TextField::Place => &self.place,
            TextField::DepositPercent => &self.deposit_percent,
            TextField::DeliveryDays => &self.delivery_days,
            TextField::Capacity => &self.capacity,
            TextField::CapacityUnit => &self.capacity_unit,
            TextField::TargetMarket => &self.target_market,
        }
    }

    /// The text of `field`, to change it (edits and `limits::clamp_data`).
    pub(crate) fn slot_mut(&mut self, field: TextField) -> &mut String {
        match field {
            TextField::Name => &mut self.name,
            TextField::Brand => &mut self.brand,
            TextField::Category => &mut self.category,
            TextField::Material => &mut self.material,
            TextField::Size => &mut self.size,
            TextField::Weight => &mut self.weight,
            TextField::Colour => &mut self.colour,
            TextField::Origin => &mut self.origin,
            TextField::Packaging => &mut self.packaging,
            TextField::OtherCertification => &mut self.other_certification,
            TextField::Moq => &mut self.moq,
            TextField::MoqUnit => &mut self.moq_unit,
            TextField::Price => &mut self.price,
            TextField::PriceUnit => &mut self.price_unit,
            TextField::Place => &mut self.place,
            TextField::DepositPercent => &mut self.deposit_percent,
            TextField::DeliveryDays => &mut self.delivery_days,
            TextField::Capacity => &mut self.capacity,
            TextField::CapacityUnit => &mut self.capacity_unit,
            TextField::TargetMarket => &mut self.target_market,
        }
    }

    pub fn apply(&mut self, edit: DraftEdit) {
        match edit {
            DraftEdit::Text(field, text) => *self.slot_mut(field) = clamp(text, MAX_DRAFT_TEXT),
            DraftEdit::Process(process, on) => set_member(&mut self.processing, process, on),
            DraftEdit::Certification(certification, on) => set_member(&mut self.certifications, certification, on),
            DraftEdit::Currency(currency) => self.currency = Some(currency),
            DraftEdit::Incoterm(rule) => self.incoterm = rule,
            DraftEdit::Payment(term, on) => set_member(&mut self.payment, term, on),
            DraftEdit::Sample(policy) => self.sample = policy,
            DraftEdit::Marketplace(marketplace) => self.marketplace = marketplace,
            DraftEdit::Title(title) => self.title = title.map(|t| clamp(t, MAX_DRAFT_TEXT)),
            DraftEdit::ProfileProduct(id) => self.profile_product_id = id,
        }
    }

    /// Fills the price, its currency and unit, the Incoterm and its named place, and the minimum
    /// order from a quote she saved in the calculator (what it kept when saved, else worked out
    /// now: see [`QuoteFill::of`]).
    pub fn from_quote(&mut self, quote: &SavedQuote) {
        self.fill_from(quote.fill.clone().unwrap_or_else(|| QuoteFill::of(quote)));
    }

    /// Takes what a saved quote gives; what the quote lacks is left as it was.
    pub fn fill_from(&mut self, fill: QuoteFill) {
        if let Some(rule) = fill.incoterm {
            self.incoterm = Some(rule);
        }
        if let Some((moq, unit)) = fill.moq {
            self.moq = moq;
            self.moq_unit = unit;
        }
        if let Some(place) = fill.place {
            self.place = place;
        }
        if let Some((currency, price, unit)) = fill.price {
            self.currency = Some(currency);
            self.price = price;
            self.price_unit = unit;
        }
    }
}
