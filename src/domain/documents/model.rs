//! The documents as the app keeps them: what she typed, field by field, as text (the page shows
//! what she typed with an error beside the field; [`super::check`] and [`super::totals`] read it).
//! Stored in the app's JSON document under `documents` (schema version 3). Every field defaults, so
//! a document written by an older build of this version still loads.

use serde::{Deserialize, Serialize};

use crate::domain::incoterms::Incoterm;
use crate::domain::money::Currency;

/// The three documents of a first shipment, in the order they are made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// The offer the buyer pays a deposit or opens an L/C against: prices, terms, validity.
    #[default]
    Proforma,
    /// The invoice for goods shipped: same lines, with the shipment's details.
    Commercial,
    /// What is in which package: counts, weights, dimensions; no prices.
    PackingList,
}

impl DocKind {
    pub const ALL: [DocKind; 3] = [DocKind::Proforma, DocKind::Commercial, DocKind::PackingList];

    /// The stored name, the value of `?new=` and a part of element ids.
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Proforma => "proforma",
            DocKind::Commercial => "commercial",
            DocKind::PackingList => "packing_list",
        }
    }

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

/// Her business as the letterhead shows it. The name comes from her profile the first time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Seller {
    pub name: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    /// NPWP, printed as "Tax ID (NPWP)".
    pub tax_id: String,
}

/// Her bank, for the buyer's transfer; optional, printed on invoices when filled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bank {
    pub bank_name: String,
    pub account_name: String,
    pub account_number: String,
    /// SWIFT/BIC code of her bank.
    pub swift: String,
}

impl Bank {
    pub fn is_empty(&self) -> bool {
        [&self.bank_name, &self.account_name, &self.account_number, &self.swift].iter().all(|t| t.trim().is_empty())
    }
}

/// What every new document starts with: her last seller and bank details.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Letterhead {
    pub seller: Seller,
    pub bank: Bank,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Buyer {
    pub name: String,
    pub address: String,
    pub country: String,
    /// Person, e-mail or phone.
    pub contact: String,
}

/// A line of goods, as typed. Quantity and unit price are read by the domain's number parser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Line {
    /// In English: what the buyer and customs read.
    pub description: String,
    pub hs: String,
    pub quantity: String,
    pub unit: String,
    /// Per unit, in the document's currency.
    pub unit_price: String,
}

/// A kind of package on the packing list (all packages of a row are alike), as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Package {
    /// "Carton", "Bag", "Pallet"…
    pub kind: String,
    /// How many packages of this kind: a whole number.
    pub count: String,
    /// Net weight of one package, kg.
    pub net: String,
    /// Gross weight of one package (with its packing), kg.
    pub gross: String,
    /// Outside dimensions of one package, cm.
    pub length: String,
    pub width: String,
    pub height: String,
}

/// The document this one was made from, as printed: "Ref. Proforma invoice PI-2026-001".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BasedOn {
    pub kind: DocKind,
    pub number: String,
}

/// Where a document's content came from (not printed; shown in her list).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Source {
    Quote { id: u32 },
    Listing { id: u32 },
    Document { id: u32 },
}

/// One document. Fields a kind does not print are kept (a commercial invoice made from a
/// proforma keeps its payment terms; its packing list keeps the lines).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub id: u32,
    pub kind: DocKind,
    /// `PI-2026-001`, or what she typed instead.
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub seller: Seller,
    pub bank: Bank,
    pub buyer: Buyer,
    pub currency: Currency,
    pub lines: Vec<Line>,
    pub incoterm: Option<Incoterm>,
    /// The Incoterms® rule's named place.
    pub place: String,
    pub payment_terms: String,
    /// Proforma: "30 days after receipt of deposit".
    pub delivery_time: String,
    /// Commercial invoice and packing list: `YYYY-MM-DD`.
    pub shipment_date: String,
    /// Vessel and voyage, or flight.
    pub transport: String,
    pub port_loading: String,
    pub port_discharge: String,
    /// Country of origin of the goods; "Indonesia" unless she changes it.
    pub origin: String,
    /// Proforma: the offer holds until this day, `YYYY-MM-DD`.
    pub valid_until: String,
    /// Shipping marks as painted on the packages; several lines.
    pub marks: String,
    pub packages: Vec<Package>,
    pub based_on: Option<BasedOn>,
    pub source: Option<Source>,
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
    pub letterhead: Letterhead,
}

impl Documents {
    pub fn get(&self, id: u32) -> Option<&Document> {
        self.items.iter().find(|d| d.id == id)
    }

    pub fn current(&self) -> Option<&Document> {
        self.current.and_then(|id| self.get(id))
    }
}

/// A one-line text field of a document (several lines for addresses and marks), for the one edit
/// that sets any of them and for naming a missing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocField {
    SellerName,
    SellerAddress,
    SellerPhone,
    SellerEmail,
    SellerTaxId,
    BankName,
    BankAccountName,
    BankAccountNumber,
    BankSwift,
    BuyerName,
    BuyerAddress,
    BuyerCountry,
    BuyerContact,
    Number,
    Date,
    Place,
    PaymentTerms,
    DeliveryTime,
    ShipmentDate,
    Transport,
    PortLoading,
    PortDischarge,
    Origin,
    ValidUntil,
    Marks,
}

impl DocField {
    pub const ALL: [DocField; 25] = [
        DocField::SellerName,
        DocField::SellerAddress,
        DocField::SellerPhone,
        DocField::SellerEmail,
        DocField::SellerTaxId,
        DocField::BankName,
        DocField::BankAccountName,
        DocField::BankAccountNumber,
        DocField::BankSwift,
        DocField::BuyerName,
        DocField::BuyerAddress,
        DocField::BuyerCountry,
        DocField::BuyerContact,
        DocField::Number,
        DocField::Date,
        DocField::Place,
        DocField::PaymentTerms,
        DocField::DeliveryTime,
        DocField::ShipmentDate,
        DocField::Transport,
        DocField::PortLoading,
        DocField::PortDischarge,
        DocField::Origin,
        DocField::ValidUntil,
        DocField::Marks,
    ];

    /// A stable name, used in element ids (`doc-buyer_name`).
    pub fn key(self) -> &'static str {
        match self {
            DocField::SellerName => "seller_name",
            DocField::SellerAddress => "seller_address",
            DocField::SellerPhone => "seller_phone",
            DocField::SellerEmail => "seller_email",
            DocField::SellerTaxId => "seller_tax_id",
            DocField::BankName => "bank_name",
            DocField::BankAccountName => "bank_account_name",
            DocField::BankAccountNumber => "bank_account_number",
            DocField::BankSwift => "bank_swift",
            DocField::BuyerName => "buyer_name",
            DocField::BuyerAddress => "buyer_address",
            DocField::BuyerCountry => "buyer_country",
            DocField::BuyerContact => "buyer_contact",
            DocField::Number => "number",
            DocField::Date => "date",
            DocField::Place => "place",
            DocField::PaymentTerms => "payment_terms",
            DocField::DeliveryTime => "delivery_time",
            DocField::ShipmentDate => "shipment_date",
            DocField::Transport => "transport",
            DocField::PortLoading => "port_loading",
            DocField::PortDischarge => "port_discharge",
            DocField::Origin => "origin",
            DocField::ValidUntil => "valid_until",
            DocField::Marks => "marks",
        }
    }

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

impl Document {
    pub fn get(&self, field: DocField) -> &str {
        match field {
            DocField::SellerName => &self.seller.name,
            DocField::SellerAddress => &self.seller.address,
            DocField::SellerPhone => &self.seller.phone,
            DocField::SellerEmail => &self.seller.email,
            DocField::SellerTaxId => &self.seller.tax_id,
            DocField::BankName => &self.bank.bank_name,
            DocField::BankAccountName => &self.bank.account_name,
            DocField::BankAccountNumber => &self.bank.account_number,
            DocField::BankSwift => &self.bank.swift,
            DocField::BuyerName => &self.buyer.name,
            DocField::BuyerAddress => &self.buyer.address,
            DocField::BuyerCountry => &self.buyer.country,
            DocField::BuyerContact => &self.buyer.contact,
            DocField::Number => &self.number,
            DocField::Date => &self.date,
            DocField::Place => &self.place,
            DocField::PaymentTerms => &self.payment_terms,
            DocField::DeliveryTime => &self.delivery_time,
            DocField::ShipmentDate => &self.shipment_date,
            DocField::Transport => &self.transport,
            DocField::PortLoading => &self.port_loading,
            DocField::PortDischarge => &self.port_discharge,
            DocField::Origin => &self.origin,
            DocField::ValidUntil => &self.valid_until,
            DocField::Marks => &self.marks,
        }
    }

    pub(super) fn slot(&mut self, field: DocField) -> &mut String {
        match field {
            DocField::SellerName => &mut self.seller.name,
            DocField::SellerAddress => &mut self.seller.address,
            DocField::SellerPhone => &mut self.seller.phone,
            DocField::SellerEmail => &mut self.seller.email,
            DocField::SellerTaxId => &mut self.seller.tax_id,
            DocField::BankName => &mut self.bank.bank_name,
            DocField::BankAccountName => &mut self.bank.account_name,
            DocField::BankAccountNumber => &mut self.bank.account_number,
            DocField::BankSwift => &mut self.bank.swift,
            DocField::BuyerName => &mut self.buyer.name,
            DocField::BuyerAddress => &mut self.buyer.address,
            DocField::BuyerCountry => &mut self.buyer.country,
            DocField::BuyerContact => &mut self.buyer.contact,
            DocField::Number => &mut self.number,
            DocField::Date => &mut self.date,
            DocField::Place => &mut self.place,
            DocField::PaymentTerms => &mut self.payment_terms,
            DocField::DeliveryTime => &mut self.delivery_time,
            DocField::ShipmentDate => &mut self.shipment_date,
            DocField::Transport => &mut self.transport,
            DocField::PortLoading => &mut self.port_loading,
            DocField::PortDischarge => &mut self.port_discharge,
            DocField::Origin => &mut self.origin,
            DocField::ValidUntil => &mut self.valid_until,
            DocField::Marks => &mut self.marks,
        }
    }
}

/// A field of a line of goods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineField {
    Description,
    Hs,
    Quantity,
    Unit,
    UnitPrice,
}

impl LineField {
    pub const ALL: [LineField; 5] =
        [LineField::Description, LineField::Hs, LineField::Quantity, LineField::Unit, LineField::UnitPrice];

    pub fn key(self) -> &'static str {
        match self {
            LineField::Description => "description",
            LineField::Hs => "hs",
            LineField::Quantity => "quantity",
            LineField::Unit => "unit",
            LineField::UnitPrice => "unit_price",
        }
    }
}

impl Line {
    pub fn get(&self, field: LineField) -> &str {
        match field {
            LineField::Description => &self.description,
            LineField::Hs => &self.hs,
            LineField::Quantity => &self.quantity,
            LineField::Unit => &self.unit,
            LineField::UnitPrice => &self.unit_price,
        }
    }

    pub(super) fn slot(&mut self, field: LineField) -> &mut String {
        match field {
            LineField::Description => &mut self.description,
            LineField::Hs => &mut self.hs,
            LineField::Quantity => &mut self.quantity,
            LineField::Unit => &mut self.unit,
            LineField::UnitPrice => &mut self.unit_price,
        }
    }
}

/// A field of a packing-list row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PackageField {
    Kind,
    Count,
    Net,
    Gross,
    Length,
    Width,
    Height,
}

impl PackageField {
    pub const ALL: [PackageField; 7] = [
        PackageField::Kind,
        PackageField::Count,
        PackageField::Net,
        PackageField::Gross,
        PackageField::Length,
        PackageField::Width,
        PackageField::Height,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PackageField::Kind => "kind",
            PackageField::Count => "count",
            PackageField::Net => "net",
            PackageField::Gross => "gross",
            PackageField::Length => "length",
            PackageField::Width => "width",
            PackageField::Height => "height",
        }
    }
}

impl Package {
    pub fn get(&self, field: PackageField) -> &str {
        match field {
            PackageField::Kind => &self.kind,
            PackageField::Count => &self.count,
            PackageField::Net => &self.net,
            PackageField::Gross => &self.gross,
            PackageField::Length => &self.length,
            PackageField::Width => &self.width,
            PackageField::Height => &self.height,
        }
    }

    pub(super) fn slot(&mut self, field: PackageField) -> &mut String {
        match field {
            PackageField::Kind => &mut self.kind,
            PackageField::Count => &mut self.count,
            PackageField::Net => &mut self.net,
            PackageField::Gross => &mut self.gross,
            PackageField::Length => &mut self.length,
            PackageField::Width => &mut self.width,
            PackageField::Height => &mut self.height,
        }
    }
}
