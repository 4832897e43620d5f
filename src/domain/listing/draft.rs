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

crate::code_enum! {
    /// Processing she can claim by ticking it, in the order adjectives go in a title.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Process: code {
        Organic = "organic",
        Handmade = "handmade",
        HandWoven = "hand_woven",
        HandCarved = "hand_carved",
        /// Batik tulis.
        HandDrawn = "hand_drawn",
        NaturalDye = "natural_dye",
        SunDried = "sun_dried",
        Roasted = "roasted",
        VacuumFried = "vacuum_fried",
        Fermented = "fermented",
        Frozen = "frozen",
        NoPreservatives = "no_preservatives",
    }
}

impl Process {
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

crate::code_enum! {
    /// Certificates and registrations she holds.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Certification: code {
        Halal = "halal",
        Bpom = "bpom",
        Pirt = "pirt",
        Organic = "organic",
        Haccp = "haccp",
        Svlk = "svlk",
        Iso22000 = "iso22000",
        Fda = "fda",
        /// Named in [`Draft::other_certification`].
        Other = "other",
    }
}

impl Certification {
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

crate::code_enum! {
    /// Payment terms, in the form's order. [`PaymentTerm::risk_rank`] orders them for her.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum PaymentTerm: code {
        /// T/T, 100 % before shipment.
        #[serde(rename = "tt_advance")]
        TtAdvance = "tt_advance",
        /// T/T deposit with the order (percent in [`Draft::deposit_percent`]), balance before shipment.
        #[serde(rename = "tt_deposit_balance")]
        TtDepositBalance = "tt_deposit_balance",
        #[serde(rename = "lc_at_sight")]
        LcAtSight = "lc_at_sight",
        #[serde(rename = "dp")]
        DocumentsAgainstPayment = "dp",
        #[serde(rename = "da")]
        DocumentsAgainstAcceptance = "da",
        /// The marketplace holds the buyer's money until delivery (Alibaba's secure payment).
        #[serde(rename = "escrow")]
        Escrow = "escrow",
        #[serde(rename = "open_account")]
        OpenAccount = "open_account",
    }
}

impl PaymentTerm {
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

crate::code_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum SamplePolicy: code {
        FreeSample = "free_sample",
        PaidSample = "paid_sample",
        /// Paid, refunded with the first order.
        PaidRefundable = "paid_refundable",
        /// No samples (always written `SamplePolicy::None`; "not said" is `Option::None`).
        None = "none",
    }
}

impl SamplePolicy {
    pub fn english(self) -> &'static str {
        match self {
            SamplePolicy::FreeSample => "free samples available",
            SamplePolicy::PaidSample => "paid samples available",
            SamplePolicy::PaidRefundable => "paid samples, refunded with the first order",
            SamplePolicy::None => "no samples",
        }
    }
}

crate::code_enum! {
    /// Where the listing goes; each has its own title rules (docs/design.md).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Marketplace: code {
        #[default]
        Generic = "generic",
        Alibaba = "alibaba",
        Ec21 = "ec21",
        Amazon = "amazon",
    }
}

impl Marketplace {
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

crate::code_enum! {
    /// A text field of the draft, for the one edit that sets any of them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum TextField: key {
        Name = "name",
        Brand = "brand",
        Category = "category",
        Material = "material",
        Size = "size",
        Weight = "weight",
        Colour = "colour",
        Origin = "origin",
        Packaging = "packaging",
        OtherCertification = "other_certification",
        Moq = "moq",
        MoqUnit = "moq_unit",
        Price = "price",
        PriceUnit = "price_unit",
        Place = "place",
        DepositPercent = "deposit_percent",
        DeliveryDays = "delivery_days",
        Capacity = "capacity",
        CapacityUnit = "capacity_unit",
        TargetMarket = "target_market",
    }
}

impl TextField {
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
