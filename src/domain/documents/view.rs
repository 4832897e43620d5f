//! What the page shows: the printed document (always English, whatever her language: the buyer
//! and customs read it), her list of documents, and the notes beside the editor. Everything is
//! computed here; the page only renders it.

use super::check::{check, Issue};
use super::dates::print_date;
use super::model::{DocField, DocKind, Document, Documents, LineField, PackageField};
use super::numbering::is_duplicate;
use super::start::{find_quote, quote_total, QuotePick};
use super::totals::{
    figure, kg_en, m3_en, money_en, packing_totals, quantity_en, read_line, read_package, row_totals, total,
    total_quantity, trimmed_en,
};
use super::words::amount_in_words;
use crate::domain::incoterms::calculator::SavedQuote;
use crate::domain::money::{plain_decimal, Money};

/// The total as the contracts want it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedTotal {
    /// `USD 11,608.31`.
    pub text: String,
    /// `11608.31`: two decimals, no separators (`data-amount`).
    pub plain: String,
    /// `US Dollars Eleven Thousand Six Hundred Eight and Cents Thirty-One`.
    pub words: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedLine {
    /// From 1.
    pub no: usize,
    pub description: String,
    pub hs: String,
    pub quantity: String,
    pub unit: String,
    /// Empty on a packing list.
    pub unit_price: String,
    pub amount: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedPackage {
    pub no: usize,
    pub kind: String,
    pub count: String,
    /// Of one package, kg.
    pub net_each: String,
    pub gross_each: String,
    /// `40 × 30 × 25` (cm).
    pub dimensions: String,
    /// Of the row, kg.
    pub net: String,
    pub gross: String,
    /// Of the row, m³.
    pub volume: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedPackingTotals {
    pub packages: String,
    pub net: String,
    pub gross: String,
    pub volume: String,
}

/// The printed page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printed {
    pub kind: DocKind,
    pub title: &'static str,
    /// Something required is missing or wrong: the page says DRAFT.
    pub draft: bool,
    /// Her business name, large, at the top.
    pub letterhead_name: String,
    /// Address lines, then `Tel …`, `Email …`, `Tax ID (NPWP) …`.
    pub letterhead_lines: Vec<String>,
    /// Buyer's name, address lines, country, contact.
    pub buyer: Vec<String>,
    /// Number, date, reference, terms, shipment: (English label, value), only those with a value.
    pub meta: Vec<(&'static str, String)>,
    pub currency: &'static str,
    pub lines: Vec<PrintedLine>,
    /// `1,500 kg` when every line has the same unit.
    pub total_quantity: Option<String>,
    /// `None` on a packing list, or while a line is unreadable.
    pub total: Option<PrintedTotal>,
    pub packages: Vec<PrintedPackage>,
    pub packing_totals: Option<PrintedPackingTotals>,
    pub marks: Vec<String>,
    /// Bank details on invoices, when she filled them.
    pub bank: Vec<(&'static str, String)>,
    /// The sentence above the signature.
    pub declaration: &'static str,
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

fn push_meta(meta: &mut Vec<(&'static str, String)>, label: &'static str, value: &str) {
    let value = value.trim();
    if !value.is_empty() {
        meta.push((label, value.to_string()));
    }
}

/// The total of an invoice as shown: `None` for a packing list or while it cannot be computed.
pub fn printed_total(document: &Document) -> Option<PrintedTotal> {
    if !document.kind.has_prices() {
        return None;
    }
    let amount = total(&document.lines, document.currency).ok()?;
    Some(PrintedTotal {
        text: money_en(amount, document.currency),
        plain: plain_decimal(amount),
        words: amount_in_words(Money { currency: document.currency, amount }),
    })
}

pub fn printed(document: &Document) -> Printed {
    let kind = document.kind;
    let currency = document.currency;
    let get = |field: DocField| document.get(field).trim();
    let mut letterhead_lines = lines_of(get(DocField::SellerAddress));
    for (label, field) in
        [("Tel", DocField::SellerPhone), ("Email", DocField::SellerEmail), ("Tax ID (NPWP)", DocField::SellerTaxId)]
    {
        if !get(field).is_empty() {
            letterhead_lines.push(format!("{label} {}", get(field)));
        }
    }
    let mut buyer_lines = Vec::new();
    if !get(DocField::BuyerName).is_empty() {
        buyer_lines.push(get(DocField::BuyerName).to_string());
    }
    buyer_lines.extend(lines_of(get(DocField::BuyerAddress)));
    for field in [DocField::BuyerCountry, DocField::BuyerContact] {
        if !get(field).is_empty() {
            buyer_lines.push(get(field).to_string());
        }
    }

    let mut meta = Vec::new();
    let number_label = match kind {
        DocKind::Proforma | DocKind::Commercial => "Invoice No.",
        DocKind::PackingList => "Packing List No.",
    };
    push_meta(&mut meta, number_label, get(DocField::Number));
    push_meta(&mut meta, "Date", &print_date(get(DocField::Date)));
    push_meta(&mut meta, "Reference", get(DocField::Reference));
    if kind.has_prices() {
        if let Some(rule) = document.incoterm {
            let place = get(DocField::Place);
            let terms = if place.is_empty() {
                format!("{} (Incoterms® 2020)", rule.code())
            } else {
                format!("{} {place} (Incoterms® 2020)", rule.code())
            };
            push_meta(&mut meta, "Terms of delivery", &terms);
        }
        let terms = get(DocField::PaymentTerms).split_whitespace().collect::<Vec<_>>().join(" ");
        push_meta(&mut meta, "Payment terms", &terms);
    }
    if kind == DocKind::Proforma {
        push_meta(&mut meta, "Delivery time", get(DocField::DeliveryTime));
        push_meta(&mut meta, "Valid until", &print_date(get(DocField::ValidUntil)));
    } else {
        push_meta(&mut meta, "Shipment date", &print_date(get(DocField::ShipmentDate)));
        push_meta(&mut meta, "Vessel / flight", get(DocField::Transport));
    }
    push_meta(&mut meta, "Port of loading", get(DocField::PortLoading));
    push_meta(&mut meta, "Port of discharge", get(DocField::PortDischarge));
    push_meta(&mut meta, "Country of origin", get(DocField::Origin));

    let lines = document
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let figures = read_line(line, currency);
            PrintedLine {
                no: i + 1,
                description: line.get(LineField::Description).trim().to_string(),
                hs: line.get(LineField::Hs).trim().to_string(),
                quantity: figures
                    .quantity
                    .map(quantity_en)
                    .unwrap_or_else(|_| line.get(LineField::Quantity).trim().to_string()),
                unit: line.get(LineField::Unit).trim().to_string(),
                unit_price: if kind.has_prices() {
                    figures
                        .unit_price
                        .map(|p| figure(p, currency))
                        .unwrap_or_else(|_| line.get(LineField::UnitPrice).trim().to_string())
                } else {
                    String::new()
                },
                amount: if kind.has_prices() {
                    figures.amount.map(|a| figure(a, currency)).unwrap_or_default()
                } else {
                    String::new()
                },
            }
        })
        .collect();

    let packages: Vec<PrintedPackage> = if kind == DocKind::PackingList {
        document
            .packages
            .iter()
            .enumerate()
            .map(|(i, package)| {
                let f = read_package(package);
                let row = row_totals(&f);
                let shown = |value: Result<i64, _>, typed: &str| {
                    value.map(|v: i64| trimmed_en(i128::from(v), 3)).unwrap_or_else(|_| typed.trim().to_string())
                };
                PrintedPackage {
                    no: i + 1,
                    kind: package.get(PackageField::Kind).trim().to_string(),
                    count: f
                        .count
                        .map(|c| trimmed_en(i128::from(c), 0))
                        .unwrap_or_else(|_| package.get(PackageField::Count).trim().to_string()),
                    net_each: shown(f.net, package.get(PackageField::Net)),
                    gross_each: shown(f.gross, package.get(PackageField::Gross)),
                    dimensions: [
                        shown(f.length, package.get(PackageField::Length)),
                        shown(f.width, package.get(PackageField::Width)),
                        shown(f.height, package.get(PackageField::Height)),
                    ]
                    .join(" × "),
                    net: row.net.map(kg_en).unwrap_or_default(),
                    gross: row.gross.map(kg_en).unwrap_or_default(),
                    volume: row.volume.map(m3_en).unwrap_or_default(),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let packing_totals = (kind == DocKind::PackingList).then(|| packing_totals(&document.packages)).and_then(|t| {
        Some(PrintedPackingTotals {
            packages: trimmed_en(i128::from(t.packages?), 0),
            net: kg_en(t.net?),
            gross: kg_en(t.gross?),
            volume: m3_en(t.volume?),
        })
    });

    let bank_rows = if kind.has_prices() && document.has_bank() {
        [
            ("Bank", DocField::BankName),
            ("Account name", DocField::BankAccountName),
            ("Account number", DocField::BankAccountNumber),
            ("SWIFT/BIC", DocField::BankSwift),
        ]
        .into_iter()
        .filter(|(_, f)| !get(*f).is_empty())
        .map(|(l, f)| (l, get(f).to_string()))
        .collect()
    } else {
        Vec::new()
    };

    Printed {
        kind,
        title: kind.english_title(),
        draft: !check(document).is_empty(),
        letterhead_name: get(DocField::SellerName).to_string(),
        letterhead_lines,
        buyer: buyer_lines,
        meta,
        currency: currency.code(),
        lines,
        total_quantity: total_quantity(&document.lines).map(|(q, unit)| format!("{} {unit}", quantity_en(q))),
        total: printed_total(document),
        packages,
        packing_totals,
        marks: lines_of(get(DocField::Marks)),
        bank: bank_rows,
        declaration: match kind {
            DocKind::Proforma => "This proforma invoice is an offer, not a demand for payment of goods shipped.",
            DocKind::Commercial => {
                "We certify that this invoice is true and correct, and that the goods are of the origin stated."
            }
            DocKind::PackingList => "We certify that the packages contain the goods stated.",
        },
    }
}

/// A document in her list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListItem {
    pub id: u32,
    pub kind: DocKind,
    pub number: String,
    /// `28 November 2026`.
    pub date: String,
    pub buyer: String,
    /// `USD 11,608.31`; `None` for a packing list or an unreadable total.
    pub total: Option<String>,
    pub complete: bool,
    pub duplicate: bool,
    /// Is open in the editor.
    pub open: bool,
}

/// Her documents, newest first.
pub fn list(documents: &Documents) -> Vec<ListItem> {
    let mut items: Vec<ListItem> = documents
        .items
        .iter()
        .map(|d| ListItem {
            id: d.id,
            kind: d.kind,
            number: d.get(DocField::Number).trim().to_string(),
            date: print_date(d.get(DocField::Date)),
            buyer: d.get(DocField::BuyerName).trim().to_string(),
            total: printed_total(d).map(|t| t.text),
            complete: check(d).is_empty(),
            duplicate: is_duplicate(documents, d.id),
            open: documents.current == Some(d.id),
        })
        .collect();
    items.reverse();
    items
}

/// Everything the editor shows beside the fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorView {
    pub issues: Vec<Issue>,
    pub duplicate: bool,
    /// (the quote's shipment total, this document's total) when the document came from a quote and
    /// the two differ: the per-unit price was rounded to the cent.
    pub quote_differs: Option<(String, String)>,
    pub printed: Printed,
}

pub fn editor(documents: &Documents, document: &Document, quotes: &[SavedQuote]) -> EditorView {
    let quote_differs = match (document.from_quote, document.kind.has_prices()) {
        (Some(id), true) => find_quote(quotes, QuotePick::Id(id))
            .and_then(quote_total)
            .filter(|(_, currency)| *currency == document.currency)
            .and_then(|(quoted, currency)| {
                let ours = total(&document.lines, currency).ok()?;
                (ours != quoted).then(|| (money_en(quoted, currency), money_en(ours, currency)))
            }),
        _ => None,
    };
    EditorView {
        issues: check(document),
        duplicate: is_duplicate(documents, document.id),
        quote_differs,
        printed: printed(document),
    }
}

/// The fixed words of the printed documents. English whatever her language: the buyer, the bank
/// and customs read them (like the listing's English, they are content, not interface).
pub mod english {
    pub const BUYER: &str = "Buyer";
    pub const NO: &str = "No.";
    pub const DESCRIPTION: &str = "Description of goods";
    pub const HS: &str = "HS code";
    pub const QUANTITY: &str = "Quantity";
    pub const UNIT: &str = "Unit";
    pub const UNIT_PRICE: &str = "Unit price";
    pub const AMOUNT: &str = "Amount";
    pub const TOTAL: &str = "Total";
    pub const IN_WORDS: &str = "Amount in words:";
    pub const PACKAGES: &str = "Packages";
    pub const PACKAGE_KIND: &str = "Kind";
    pub const PACKAGE_COUNT: &str = "Number";
    pub const NET_EACH: &str = "Net kg each";
    pub const GROSS_EACH: &str = "Gross kg each";
    pub const DIMENSIONS: &str = "L × W × H cm";
    pub const NET: &str = "Net kg";
    pub const GROSS: &str = "Gross kg";
    pub const VOLUME: &str = "Volume m³";
    pub const MARKS: &str = "Shipping marks";
    pub const BANK: &str = "Bank details";
    pub const ON_BEHALF: &str = "For and on behalf of";
    pub const SIGNATURE: &str = "Authorised signature";
    pub const DRAFT: &str = "DRAFT";
    pub const DRAFT_NOTE: &str = "Draft: not complete, not valid as a document.";
}
