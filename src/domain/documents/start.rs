//! Where a document starts: blank, from a saved quote, from a listing, or from another document
//! (the chain proforma → commercial invoice → packing list, and "duplicate").
//!
//! These functions build a [`Document`] and the edit that adds it; [`super::store`] gives it its
//! id and number. They run in the page (a part of its own), not in the reducer.

use super::model::{DocField, DocKind, Document, Documents, Line, LineField, Package, Texts, ORIGIN_INDONESIA};
use super::store::DocumentsEdit;
use crate::domain::change::clamp;
use crate::domain::classify::RuleBook;
use crate::domain::incoterms::calculator::{named_place, SavedQuote};
use crate::domain::incoterms::{evaluate, BuildUp, Price};
use crate::domain::listing::draft::Draft;
use crate::domain::listing::generate::{read_price, Listing, SpecLabel};
use crate::domain::model::{AppData, Product, ProductClass, Profile};
use crate::domain::money::{plain_decimal, Amount, Currency};

use super::store::{MAX_BLOCK_TEXT, MAX_TEXT};
use crate::domain::text::capitalize;

/// How a new document starts.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    Blank,
    /// From a saved quote of the calculator; blank when it no longer exists.
    Quote(QuotePick),
    /// From a listing, with its English as generated on the page (the glossary is a fetched file)
    /// and its HS code; blank when the listing no longer exists.
    Listing {
        id: u32,
        listing: Box<Listing>,
        hs: String,
    },
}

/// The edit that adds a new document of `kind` starting from `start`, dated `today`
/// (`YYYY-MM-DD`), with her letterhead.
pub fn new_document(data: &AppData, kind: DocKind, start: Start, today: &str) -> DocumentsEdit {
    let mut document = blank(kind, &data.documents.letterhead, &data.profile, today);
    match start {
        Start::Blank => {}
        Start::Quote(pick) => {
            if let Some(quote) = find_quote(&data.calculator.saved, pick) {
                fill_from_quote(&mut document, quote);
            }
        }
        Start::Listing { id, listing, hs } => {
            if let Some(entry) = data.listings.drafts.iter().find(|e| e.id == id) {
                fill_from_listing(&mut document, &entry.draft, &listing, &hs);
            }
        }
    }
    DocumentsEdit::Insert { document: Box::new(document), today: today.to_string() }
}

/// "Copy as commercial invoice", "make packing list": the edit that adds the next document of the
/// chain, or `None` when `from` does not exist or cannot give that kind.
pub fn derive_edit(documents: &Documents, from: u32, kind: DocKind, today: &str) -> Option<DocumentsEdit> {
    let source = documents.get(from).filter(|d| can_derive(d.kind, kind))?;
    Some(DocumentsEdit::Insert { document: Box::new(derive(source, kind, today)), today: today.to_string() })
}

/// "Duplicate": the edit that adds a copy of `id`, or `None` when it does not exist.
pub fn duplicate_edit(documents: &Documents, id: u32, today: &str) -> Option<DocumentsEdit> {
    let source = documents.get(id)?;
    Some(DocumentsEdit::Insert { document: Box::new(duplicate(source, today)), today: today.to_string() })
}

/// Which saved quote: the latest, or one by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotePick {
    Latest,
    Id(u32),
}

impl QuotePick {
    /// `latest` or a quote id, as in `?quote=`.
    pub fn from_query(text: &str) -> Option<QuotePick> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("latest") {
            return Some(QuotePick::Latest);
        }
        text.parse().ok().map(QuotePick::Id)
    }
}

/// The quote a pick names: the highest id (the last saved) for `Latest`.
pub fn find_quote(saved: &[SavedQuote], pick: QuotePick) -> Option<&SavedQuote> {
    match pick {
        QuotePick::Latest => saved.iter().max_by_key(|q| q.id),
        QuotePick::Id(id) => saved.iter().find(|q| q.id == id),
    }
}

/// A blank document of a kind: her letterhead (with the business name from her profile until she
/// types one there), today's date, origin Indonesia, one empty line (and one empty package row on a
/// packing list).
pub fn blank(kind: DocKind, letterhead: &Texts<DocField>, profile: &Profile, today: &str) -> Document {
    let mut document = Document {
        kind,
        currency: Currency::Usd,
        lines: vec![Line::default()],
        packages: if kind == DocKind::PackingList { vec![Package::default()] } else { Vec::new() },
        ..Document::default()
    };
    for field in DocField::ALL.into_iter().filter(|f| f.is_letterhead()) {
        document.set(field, letterhead.get(field).to_string());
    }
    if document.get(DocField::SellerName).trim().is_empty() {
        document.set(DocField::SellerName, clamp(profile.business_name.trim().to_string(), MAX_TEXT));
    }
    // Her contact details from the profile, where the letterhead has none of its own.
    let contact = &profile.contact;
    for (field, value, max) in [
        (DocField::SellerAddress, &contact.address, MAX_BLOCK_TEXT),
        (DocField::SellerPhone, &contact.phone, MAX_TEXT),
        (DocField::SellerEmail, &contact.email, MAX_TEXT),
    ] {
        if document.get(field).trim().is_empty() {
            document.set(field, clamp(value.trim().to_string(), max));
        }
    }
    document.set(DocField::Date, today.to_string());
    document.set(DocField::Origin, ORIGIN_INDONESIA.to_string());
    document
}

/// `1500` for 1,500.00, `116.08` otherwise: what the parser reads back to the same amount.
fn amount_text(amount: Amount) -> String {
    let text = plain_decimal(amount);
    text.strip_suffix(".00").map(str::to_string).unwrap_or(text)
}

/// Fills a document from a saved quote: its currency, Incoterms® rule and named place, ports (the
/// calculator's "from" and "to"), and one line with the quote's quantity and unit and the price
/// per unit (the shipment as `1 lot` when the quote had no quantity).
///
/// The document is in the currency of her price line, the buyer's (her rupiah costs converted at
/// the quote's rate, as the line was), or in the costs' currency for a quote without a rate for it.
/// The line's unit price is the quote's per-unit price rounded to the cent, as her price line
/// told the buyer; the document's total is then quantity × that price, which may differ from the
/// quote's shipment total by the rounding (the page shows both).
pub fn fill_from_quote(document: &mut Document, quote: &SavedQuote) {
    document.incoterm = Some(quote.rule);
    document.from_quote = Some(quote.id);
    let evaluation = evaluate(&quote.form);
    let (Some(build), Some(inputs)) = (&evaluation.build_up, &evaluation.inputs) else {
        return;
    };
    let priced = line_price(build, quote, inputs.currency);
    document.currency = priced.map_or(inputs.currency, |(currency, _)| currency);
    let place = named_place(quote.rule, &inputs.origin, &inputs.destination);
    document.set(DocField::Place, clamp(place.trim().to_string(), MAX_TEXT));
    document.set(DocField::PortLoading, clamp(inputs.origin.trim().to_string(), MAX_TEXT));
    document.set(DocField::PortDischarge, clamp(inputs.destination.trim().to_string(), MAX_TEXT));
    let Some((_, price)) = priced else {
        return;
    };
    let (quantity, unit, price) = match (inputs.quantity, price.per_unit) {
        (Some(quantity), Some(per_unit)) => {
            let unit = if inputs.unit.trim().is_empty() { "unit" } else { inputs.unit.trim() };
            (quantity.plain(), clamp(unit.to_string(), MAX_TEXT), amount_text(per_unit))
        }
        _ => ("1".to_string(), "lot".to_string(), amount_text(price.total)),
    };
    // A description and HS code she already typed stay.
    let kept = |field| document.lines.first().map_or(String::new(), |l| l.get(field).to_string());
    let mut line =
        Line::with(&[(LineField::Quantity, &quantity), (LineField::Unit, &unit), (LineField::UnitPrice, &price)]);
    line.set(LineField::Description, kept(LineField::Description));
    line.set(LineField::Hs, kept(LineField::Hs));
    document.lines = vec![line];
}

/// The quote's price in the currency of its line (the buyer's), or in its costs' currency when it
/// has no rate for that: what her price line said.
fn line_price(build: &BuildUp, quote: &SavedQuote, costs: Currency) -> Option<(Currency, Price)> {
    [quote.line_currency(), costs]
        .into_iter()
        .find_map(|currency| build.price_in(quote.rule, currency).and_then(Result::ok).map(|p| (currency, p)))
}

/// The quote's shipment total in its line's currency, to compare with the document's total.
pub fn quote_total(quote: &SavedQuote) -> Option<(Amount, Currency)> {
    let evaluation = evaluate(&quote.form);
    let (currency, price) = line_price(evaluation.build_up.as_ref()?, quote, evaluation.inputs?.currency)?;
    Some((price.total, currency))
}

/// A product's HS code: the one she classified it under, or the first code of its export rule
/// (when the rules file is loaded). Empty when unknown.
pub fn hs_of(product: Option<&Product>, rules: Option<&RuleBook>) -> String {
    match product.and_then(|p| p.class.as_ref()) {
        Some(ProductClass::Hs { code }) => code.clone(),
        Some(ProductClass::Rule { id }) => {
            rules.and_then(|book| book.rule(id)).map(|rule| rule.main_hs().to_string()).unwrap_or_default()
        }
        None => String::new(),
    }
}

/// Fills a document from her English listing: the goods' description (the product as the listing
/// names it, with size and weight), the HS code, the minimum order as quantity, the price, its
/// currency, rule and place, the payment terms and the delivery time.
pub fn fill_from_listing(document: &mut Document, draft: &Draft, listing: &Listing, hs: &str) {
    let mut product = capitalize(listing.product.trim());
    if product.is_empty() {
        product = listing.title.trim().to_string();
    }
    let details: Vec<&str> = [SpecLabel::Size, SpecLabel::Weight, SpecLabel::Volume]
        .into_iter()
        .filter_map(|label| listing.spec(label))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    let description = std::iter::once(product.as_str()).chain(details).filter(|t| !t.is_empty()).collect::<Vec<_>>();
    let price_unit = draft.price_unit.trim();
    let moq_unit = draft.moq_unit.trim();
    let unit = if price_unit.is_empty() { moq_unit } else { price_unit };
    let same_unit = price_unit.is_empty() || moq_unit.is_empty() || price_unit.eq_ignore_ascii_case(moq_unit);
    let currency = read_price(draft).map(|m| m.currency).unwrap_or_else(|_| draft.currency());
    document.currency = currency;
    let quantity = if same_unit { clamp(draft.moq.trim().to_string(), MAX_TEXT) } else { String::new() };
    let price =
        read_price(draft).map(|m| amount_text(m.amount)).unwrap_or_else(|_| clamp(draft.price.clone(), MAX_TEXT));
    document.lines = vec![Line::with(&[
        (LineField::Description, &clamp(description.join(", "), MAX_BLOCK_TEXT)),
        (LineField::Hs, &clamp(hs.trim().to_string(), MAX_TEXT)),
        (LineField::Quantity, &quantity),
        (LineField::Unit, &clamp(unit.to_string(), MAX_TEXT)),
        (LineField::UnitPrice, &price),
    ])];
    document.incoterm = draft.incoterm;
    document.set(DocField::Place, clamp(draft.place.trim().to_string(), MAX_TEXT));
    if let Some(terms) = listing.spec(SpecLabel::PaymentTerms) {
        document.set(DocField::PaymentTerms, clamp(capitalize(terms.trim()), MAX_BLOCK_TEXT));
    }
    if let Some(delivery) = listing.spec(SpecLabel::DeliveryTime) {
        document.set(DocField::DeliveryTime, clamp(capitalize(delivery.trim()), MAX_TEXT));
    }
}

/// Whether `to` can be made from a document of kind `from`: a proforma becomes a commercial
/// invoice; either invoice gives a packing list.
pub fn can_derive(from: DocKind, to: DocKind) -> bool {
    matches!(
        (from, to),
        (DocKind::Proforma, DocKind::Commercial)
            | (DocKind::Proforma, DocKind::PackingList)
            | (DocKind::Commercial, DocKind::PackingList)
    )
}

/// The next document of the chain: same seller, bank, buyer, lines, currency, terms, ports,
/// origin and marks; today's date; the new number is given by the store. A commercial invoice
/// drops the proforma's validity (it states the shipment instead); a packing list keeps the lines
/// (printed without prices) and starts with one package row.
pub fn derive(from: &Document, kind: DocKind, today: &str) -> Document {
    let mut next = from.clone();
    next.kind = kind;
    next.set(DocField::Number, String::new());
    next.set(DocField::Date, today.to_string());
    let reference = format!("{} {}", from.kind.english_name(), from.get(DocField::Number).trim());
    next.set(DocField::Reference, clamp(reference.trim().to_string(), MAX_TEXT));
    if kind != DocKind::Proforma {
        next.set(DocField::ValidUntil, String::new());
    }
    if kind == DocKind::PackingList && next.packages.is_empty() {
        next.packages = vec![Package::default()];
    }
    next
}

/// A copy to change: same kind and content, today's date, a new number from the store.
pub fn duplicate(from: &Document, today: &str) -> Document {
    let mut copy = from.clone();
    copy.set(DocField::Number, String::new());
    copy.set(DocField::Date, today.to_string());
    copy
}
