//! Where a document starts: blank, from a saved quote, from a listing, or from another document
//! (the chain proforma → commercial invoice → packing list, and "duplicate").
//!
//! These functions only build a [`Document`]; [`super::store`] gives it its id and number.

use super::model::{Bank, BasedOn, DocKind, Document, Letterhead, Line, Package, Seller, Source, ORIGIN_INDONESIA};
use crate::domain::change::clamp;
use crate::domain::classify::RuleBook;
use crate::domain::incoterms::calculator::{named_place, SavedQuote};
use crate::domain::incoterms::evaluate;
use crate::domain::listing::draft::Draft;
use crate::domain::listing::generate::{read_price, Listing, SpecLabel};
use crate::domain::model::{Product, ProductClass, Profile};
use crate::domain::money::{plain_decimal, Amount, Currency};

use super::store::{MAX_BLOCK_TEXT, MAX_TEXT};

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

/// Her seller details for a new document: the letterhead, with the business name from her profile
/// until she types one there.
pub fn seller_for(letterhead: &Letterhead, profile: &Profile) -> Seller {
    let mut seller = letterhead.seller.clone();
    if seller.name.trim().is_empty() {
        seller.name = clamp(profile.business_name.trim().to_string(), MAX_TEXT);
    }
    seller
}

/// A blank document of a kind, with her details, today's date, origin Indonesia and one empty line
/// (and one empty package row on a packing list).
pub fn blank(kind: DocKind, seller: Seller, bank: Bank, today: &str) -> Document {
    Document {
        kind,
        date: today.to_string(),
        seller,
        bank,
        currency: Currency::Usd,
        lines: vec![Line::default()],
        origin: ORIGIN_INDONESIA.to_string(),
        packages: if kind == DocKind::PackingList { vec![Package::default()] } else { Vec::new() },
        ..Document::default()
    }
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
/// The line's unit price is the quote's per-unit price rounded to the cent, as her price line
/// told the buyer; the document's total is then quantity × that price, which may differ from the
/// quote's shipment total by the rounding (the page shows both).
pub fn fill_from_quote(document: &mut Document, quote: &SavedQuote) {
    document.incoterm = Some(quote.rule);
    document.source = Some(Source::Quote { id: quote.id });
    let evaluation = evaluate(&quote.form);
    let (Some(build), Some(inputs)) = (&evaluation.build_up, &evaluation.inputs) else {
        return;
    };
    document.currency = inputs.currency;
    document.place = clamp(named_place(quote.rule, &inputs.origin, &inputs.destination).trim().to_string(), MAX_TEXT);
    document.port_loading = clamp(inputs.origin.trim().to_string(), MAX_TEXT);
    document.port_discharge = clamp(inputs.destination.trim().to_string(), MAX_TEXT);
    let Ok(price) = build.price(quote.rule) else {
        return;
    };
    let line = match (inputs.quantity, price.per_unit) {
        (Some(quantity), Some(per_unit)) => Line {
            quantity: quantity.plain(),
            unit: clamp(if inputs.unit.trim().is_empty() { "unit" } else { inputs.unit.trim() }.to_string(), MAX_TEXT),
            unit_price: amount_text(per_unit),
            ..Line::default()
        },
        _ => Line {
            quantity: "1".to_string(),
            unit: "lot".to_string(),
            unit_price: amount_text(price.total),
            ..Line::default()
        },
    };
    let description = document.lines.first().map(|l| (l.description.clone(), l.hs.clone()));
    let (description, hs) = description.unwrap_or_default();
    document.lines = vec![Line { description, hs, ..line }];
}

/// The quote's shipment total in its currency, to compare with the document's total.
pub fn quote_total(quote: &SavedQuote) -> Option<(Amount, Currency)> {
    let evaluation = evaluate(&quote.form);
    let total = evaluation.build_up.as_ref()?.price(quote.rule).ok()?.total;
    Some((total, evaluation.inputs?.currency))
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
pub fn fill_from_listing(document: &mut Document, id: u32, draft: &Draft, listing: &Listing, hs: &str) {
    document.source = Some(Source::Listing { id });
    let mut product = capitalise(listing.product.trim());
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
    document.lines = vec![Line {
        description: clamp(description.join(", "), MAX_BLOCK_TEXT),
        hs: clamp(hs.trim().to_string(), MAX_TEXT),
        quantity: if same_unit { clamp(draft.moq.trim().to_string(), MAX_TEXT) } else { String::new() },
        unit: clamp(unit.to_string(), MAX_TEXT),
        unit_price: read_price(draft)
            .map(|m| amount_text(m.amount))
            .unwrap_or_else(|_| clamp(draft.price.clone(), MAX_TEXT)),
    }];
    document.incoterm = draft.incoterm;
    document.place = clamp(draft.place.trim().to_string(), MAX_TEXT);
    if let Some(terms) = listing.spec(SpecLabel::PaymentTerms) {
        document.payment_terms = clamp(capitalise(terms.trim()), MAX_BLOCK_TEXT);
    }
    if let Some(delivery) = listing.spec(SpecLabel::DeliveryTime) {
        document.delivery_time = clamp(capitalise(delivery.trim()), MAX_TEXT);
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
    next.number = String::new();
    next.date = today.to_string();
    next.based_on = Some(BasedOn { kind: from.kind, number: from.number.trim().to_string() });
    next.source = Some(Source::Document { id: from.id });
    if kind != DocKind::Proforma {
        next.valid_until = String::new();
    }
    if kind == DocKind::PackingList && next.packages.is_empty() {
        next.packages = vec![Package::default()];
    }
    next
}

/// A copy to change: same kind and content, today's date, a new number from the store.
pub fn duplicate(from: &Document, today: &str) -> Document {
    Document { number: String::new(), date: today.to_string(), ..from.clone() }
}
