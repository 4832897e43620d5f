//! The documents as the app keeps them: what she typed, field by field, as text (the page shows
//! what she typed with an error beside the field; [`super::check`] and [`super::totals`] read it).
//! Stored in the app's JSON document under `documents` (schema version 3). Every field defaults, so
//! a document written by an older build of this version still loads.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::incoterms::Incoterm;
use crate::domain::money::Currency;

crate::code_enum! {
    /// The three documents of a first shipment, in the order they are made.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum DocKind: code {
        /// The offer the buyer pays a deposit or opens an L/C against: prices, terms, validity.
        #[default]
        Proforma = "proforma",
        /// The invoice for goods shipped: same lines, with the shipment's details.
        Commercial = "commercial",
        /// What is in which package: counts, weights, dimensions; no prices.
        PackingList = "packing_list",
    }
}

impl DocKind {
    /// `proforma`, `commercial` (or `invoice`), `packing_list` (or `packing`), case-insensitive.
    pub fn from_code(code: &str) -> Option<DocKind> {
        match code.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "proforma" | "pi" => Some(DocKind::Proforma),
            "commercial" | "invoice" | "ci" => Some(DocKind::Commercial),
            "packing_list" | "packing" | "pl" => Some(DocKind::PackingList),
            _ => None,
        }
    }

    /// The prefix of the number series: `PI-2026-001`.
    pub fn prefix(self) -> &'static str {
        match self {
            DocKind::Proforma => "PI",
            DocKind::Commercial => "CI",
            DocKind::PackingList => "PL",
        }
    }

    /// The title printed at the top of the document.
    pub fn english_title(self) -> &'static str {
        match self {
            DocKind::Proforma => "PROFORMA INVOICE",
            DocKind::Commercial => "COMMERCIAL INVOICE",
            DocKind::PackingList => "PACKING LIST",
        }
    }

    /// As a reference on a later document: "Proforma invoice".
    pub fn english_name(self) -> &'static str {
        match self {
            DocKind::Proforma => "Proforma invoice",
            DocKind::Commercial => "Commercial invoice",
            DocKind::PackingList => "Packing list",
        }
    }

    /// Invoices carry prices and a total; the packing list does not.
    pub fn has_prices(self) -> bool {
        self != DocKind::PackingList
    }
}

/// A field enum whose values key a [`Texts`]: every value in order, and its stored name.
pub trait FieldKey: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
}

/// Text fields as she typed them, one per value of a field enum `F`.
///
/// Stored as a JSON object of the non-empty fields by their keys (`{"buyer_name": "…"}`), read
/// back by key with unknown keys ignored. One small generic reader instead of a derived one per
/// struct: the stored document is read by the main module, which every first visit downloads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts<F: FieldKey> {
    values: Vec<String>,
    fields: PhantomData<F>,
}

impl<F: FieldKey> Default for Texts<F> {
    fn default() -> Self {
        Texts { values: vec![String::new(); F::ALL.len()], fields: PhantomData }
    }
}

impl<F: FieldKey> Texts<F> {
    fn index(field: F) -> Option<usize> {
        F::ALL.iter().position(|f| *f == field)
    }

    pub fn get(&self, field: F) -> &str {
        Self::index(field).and_then(|i| self.values.get(i)).map_or("", String::as_str)
    }

    pub fn set(&mut self, field: F, text: String) {
        if let Some(slot) = Self::index(field).and_then(|i| self.values.get_mut(i)) {
            *slot = text;
        }
    }

    /// Built from (field, text) pairs: `Line::with(&[(LineField::Quantity, "100")])`.
    pub fn with(pairs: &[(F, &str)]) -> Self {
        let mut texts = Self::default();
        for (field, text) in pairs {
            texts.set(*field, (*text).to_string());
        }
        texts
    }

    /// Every field blank (or only blanks).
    pub fn is_blank(&self) -> bool {
        self.values.iter().all(|v| v.trim().is_empty())
    }
}

impl<F: FieldKey> Serialize for Texts<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let filled = || F::ALL.iter().zip(&self.values).filter(|(_, v)| !v.is_empty());
        let mut map = serializer.serialize_map(Some(filled().count()))?;
        for (field, value) in filled() {
            map.serialize_entry(field.key(), value)?;
        }
        map.end()
    }
}

impl<'de, F: FieldKey> Deserialize<'de> for Texts<F> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextsVisitor<F>(PhantomData<F>);
        impl<'de, F: FieldKey> Visitor<'de> for TextsVisitor<F> {
            type Value = Texts<F>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Texts<F>, A::Error> {
                let mut texts = Texts::default();
                while let Some((key, value)) = map.next_entry::<String, String>()? {
                    if let Some(field) = F::ALL.iter().find(|f| f.key() == key) {
                        texts.set(*field, value);
                    }
                }
                Ok(texts)
            }
        }
        deserializer.deserialize_map(TextsVisitor(PhantomData))
    }
}

/// A line of goods, as typed. Quantity and unit price are read by the domain's number parser;
/// the description is in English (what the buyer and customs read).
pub type Line = Texts<LineField>;

/// A kind of package on the packing list (all packages of a row are alike), as typed: how many
/// (a whole number), net and gross weight of one package in kg, outside dimensions in cm.
pub type Package = Texts<PackageField>;

/// One document. Fields a kind does not print are kept (a commercial invoice made from a
/// proforma keeps its payment terms; its packing list keeps the lines). Her own details (seller
/// and bank) are copied in from the letterhead when it is made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub id: u32,
    pub kind: DocKind,
    /// Every text field: seller, bank, buyer, number (`PI-2026-001`), dates (`YYYY-MM-DD`),
    /// terms, ports, origin, marks.
    pub text: Texts<DocField>,
    pub currency: Currency,
    pub lines: Vec<Line>,
    pub incoterm: Option<Incoterm>,
    pub packages: Vec<Package>,
    /// The saved quote it was filled from, if any: the editor says when the document's total
    /// differs from the quote's.
    pub from_quote: Option<u32>,
}

/// The country of origin every document starts with.
pub const ORIGIN_INDONESIA: &str = "Indonesia";

/// A series of numbers: the last sequence number issued for a kind in a year. Only grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counter {
    pub kind: DocKind,
    pub year: i32,
    pub last: u32,
}

/// Everything the documents tool keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Documents {
    pub items: Vec<Document>,
    /// The one open in the editor.
    pub current: Option<u32>,
    pub next_id: u32,
    pub counters: Vec<Counter>,
    /// Her seller and bank details as last typed: what every new document starts with.
    pub letterhead: Texts<DocField>,
}

impl Documents {
    pub fn get(&self, id: u32) -> Option<&Document> {
        self.items.iter().find(|d| d.id == id)
    }

    pub fn current(&self) -> Option<&Document> {
        self.current.and_then(|id| self.get(id))
    }
}

crate::code_enum! {
    /// A one-line text field of a document (several lines for addresses and marks), for the one edit
    /// that sets any of them and for naming a missing one.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum DocField: key {
        SellerName = "seller_name",
        SellerAddress = "seller_address",
        SellerPhone = "seller_phone",
        SellerEmail = "seller_email",
        SellerTaxId = "seller_tax_id",
        BankName = "bank_name",
        BankAccountName = "bank_account_name",
        BankAccountNumber = "bank_account_number",
        BankSwift = "bank_swift",
        BuyerName = "buyer_name",
        BuyerAddress = "buyer_address",
        BuyerCountry = "buyer_country",
        BuyerContact = "buyer_contact",
        Number = "number",
        Date = "date",
        /// The buyer's order number, or the document this one was made from
        /// ("Proforma invoice PI-2026-001").
        Reference = "reference",
        Place = "place",
        PaymentTerms = "payment_terms",
        DeliveryTime = "delivery_time",
        ShipmentDate = "shipment_date",
        Transport = "transport",
        PortLoading = "port_loading",
        PortDischarge = "port_discharge",
        Origin = "origin",
        ValidUntil = "valid_until",
        Marks = "marks",
    }
}

impl DocField {
    /// Addresses, payment terms and marks take several lines (a textarea).
    pub fn is_block(self) -> bool {
        matches!(self, DocField::SellerAddress | DocField::BuyerAddress | DocField::PaymentTerms | DocField::Marks)
    }

    /// Her own details, remembered for her next documents too.
    pub fn is_letterhead(self) -> bool {
        matches!(
            self,
            DocField::SellerName
                | DocField::SellerAddress
                | DocField::SellerPhone
                | DocField::SellerEmail
                | DocField::SellerTaxId
                | DocField::BankName
                | DocField::BankAccountName
                | DocField::BankAccountNumber
                | DocField::BankSwift
        )
    }

    /// Whether the page shows this field for a kind of document.
    pub fn applies_to(self, kind: DocKind) -> bool {
        match self {
            DocField::BankName | DocField::BankAccountName | DocField::BankAccountNumber | DocField::BankSwift => {
                kind.has_prices()
            }
            DocField::Place | DocField::PaymentTerms => kind.has_prices(),
            DocField::DeliveryTime | DocField::ValidUntil => kind == DocKind::Proforma,
            DocField::ShipmentDate | DocField::Transport => kind != DocKind::Proforma,
            _ => true,
        }
    }

    /// A date typed as `YYYY-MM-DD` (the page uses a date input).
    pub fn is_date(self) -> bool {
        matches!(self, DocField::Date | DocField::ShipmentDate | DocField::ValidUntil)
    }
}

impl FieldKey for DocField {
    const ALL: &'static [DocField] = &DocField::ALL;
    fn key(self) -> &'static str {
        DocField::key(self)
    }
}

impl Document {
    pub fn get(&self, field: DocField) -> &str {
        self.text.get(field)
    }

    pub fn set(&mut self, field: DocField, text: String) {
        self.text.set(field, text);
    }

    /// Her bank details are filled in (any of them).
    pub fn has_bank(&self) -> bool {
        [DocField::BankName, DocField::BankAccountName, DocField::BankAccountNumber, DocField::BankSwift]
            .iter()
            .any(|f| !self.get(*f).trim().is_empty())
    }
}

crate::code_enum! {
    /// A field of a line of goods.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum LineField: key {
        Description = "description",
        Hs = "hs",
        Quantity = "quantity",
        Unit = "unit",
        UnitPrice = "unit_price",
    }
}

impl FieldKey for LineField {
    const ALL: &'static [LineField] = &LineField::ALL;
    fn key(self) -> &'static str {
        LineField::key(self)
    }
}

crate::code_enum! {
    /// A field of a packing-list row.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum PackageField: key {
        Kind = "kind",
        Count = "count",
        Net = "net",
        Gross = "gross",
        Length = "length",
        Width = "width",
        Height = "height",
    }
}

impl FieldKey for PackageField {
    const ALL: &'static [PackageField] = &PackageField::ALL;
    fn key(self) -> &'static str {
        PackageField::key(self)
    }
}
