//! The calculator as the app keeps it: the form she is typing, the rule she quotes, the buyer's
//! currency, the product it is for, and the quotes she saved. Stored in the app's JSON document
//! under `calculator`; every field defaults, so documents written before the calculator existed
//! still load.

use serde::{Deserialize, Serialize};

use super::form::{evaluate, Evaluation, Field, Form};
use super::{quote_line, Incoterm};
use crate::domain::change::clamp;
use crate::domain::money::{format_quantity, parse_quantity, plain_decimal, Currency, ExchangeRate, Money};

/// More saved quotes than anyone rereads; keeps the stored document small.
pub const MAX_SAVED_QUOTES: usize = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calculator {
    #[serde(default)]
    pub form: Form,
    /// The rule of the price line she quotes; FOB until she picks another.
    #[serde(default)]
    pub chosen: Option<Incoterm>,
    /// Where the minimum order was kept before it moved into the form (`Form::moq`, so that saved
    /// quotes and share links carry it). Moved there when a document is read ([`Calculator::upgrade`]);
    /// written only while not empty, which after that is never.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub min_order: String,
    /// The currency of the price line: the buyer's. `None` until she picks one: USD.
    #[serde(default)]
    pub quote_currency: Option<Currency>,
    /// The profile product this calculation is for, if she said.
    #[serde(default)]
    pub product: Option<u32>,
    #[serde(default)]
    pub saved: Vec<SavedQuote>,
    #[serde(default)]
    pub next_quote_id: u32,
}

/// A quote she kept: the line as it was, and the form that produced it so it can be reopened.
/// The listing builder imports these.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedQuote {
    pub id: u32,
    /// `YYYY-MM-DD`, the device's date when she saved it.
    pub saved_on: String,
    pub rule: Incoterm,
    pub line: String,
    /// The form, its minimum order included (older quotes have none).
    #[serde(default)]
    pub form: Form,
    /// The currency of `line`. `None` in quotes saved before the line was in the buyer's currency:
    /// their line is in the form's currency.
    #[serde(default)]
    pub currency: Option<Currency>,
    /// The product it is for, as named when saved (the name stays readable if she renames or
    /// removes the product later).
    #[serde(default)]
    pub product: Option<QuoteProduct>,
    /// What it gives a listing, worked out when saved (`None` in quotes saved before).
    #[serde(default)]
    pub fill: Option<QuoteFill>,
}

/// What a saved quote gives a listing: worked out when the quote is saved (the calculator's part
/// runs the build-up) and kept with it, so that neither the listing builder's part nor the reducer
/// in the main module ever runs a build-up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteFill {
    pub incoterm: Option<Incoterm>,
    /// The minimum order and its unit, when the quote has one.
    pub moq: Option<(String, String)>,
    /// The rule's named place, when the quote still prices.
    pub place: Option<String>,
    /// Currency, price and unit: in the quote's line currency (the buyer's, converted at the
    /// quote's rate), per unit when the quote had a quantity, else the shipment's total with no
    /// unit (which the checks then ask her to name).
    pub price: Option<(Currency, String, String)>,
}

impl QuoteFill {
    /// Worked out from the quote's form: a form that no longer prices (an older version's) still
    /// gives the rule and the minimum order.
    pub fn of(quote: &SavedQuote) -> QuoteFill {
        let moq = quote.form.moq.trim();
        let moq = (!moq.is_empty()).then(|| {
            (clamp(moq.to_string(), MAX_FIELD_TEXT), clamp(quote.form.unit.trim().to_string(), MAX_FIELD_TEXT))
        });
        let mut fill = QuoteFill { incoterm: Some(quote.rule), moq, place: None, price: None };
        let evaluation = evaluate(&quote.form);
        let (Some(build), Some(inputs)) = (&evaluation.build_up, &evaluation.inputs) else {
            return fill;
        };
        fill.place = Some(clamp(
            named_place(quote.rule, &inputs.origin, &inputs.destination).trim().to_string(),
            MAX_FIELD_TEXT,
        ));
        // In the line's currency; a quote without the rate for it falls back to its costs' currency.
        let priced = [quote.line_currency(), inputs.currency]
            .into_iter()
            .find_map(|currency| build.price_in(quote.rule, currency).and_then(Result::ok).map(|p| (currency, p)));
        if let Some((currency, price)) = priced {
            let (amount, unit) = match price.per_unit {
                Some(per_unit) => (per_unit, inputs.unit.trim()),
                None => (price.total, ""),
            };
            let text = plain_decimal(amount);
            let price = text.strip_suffix(".00").map(str::to_string).unwrap_or(text);
            fill.price = Some((currency, price, clamp(unit.to_string(), MAX_FIELD_TEXT)));
        }
        fill
    }

    /// What a quote saved before quotes kept their fill gives without a build-up: its rule and
    /// minimum order (the listing builder asks her to save the quote again for its price).
    pub fn without_price(quote: &SavedQuote) -> QuoteFill {
        let moq = quote.form.moq.trim();
        let moq = (!moq.is_empty()).then(|| {
            (clamp(moq.to_string(), MAX_FIELD_TEXT), clamp(quote.form.unit.trim().to_string(), MAX_FIELD_TEXT))
        });
        QuoteFill { incoterm: Some(quote.rule), moq, place: None, price: None }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteProduct {
    pub id: u32,
    pub name: String,
}

impl SavedQuote {
    /// The currency the line is in.
    pub fn line_currency(&self) -> Currency {
        self.currency.unwrap_or_else(|| Currency::from_code(&self.form.cur).unwrap_or_default())
    }
}

/// What a save needs from outside the calculator: the date, the English unit (from the glossary,
/// which the page holds), and the product's name from her profile.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaveQuote {
    pub today: String,
    pub unit: String,
    pub product_name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CalculatorEdit {
    /// A field typed; `today` (`YYYY-MM-DD`) dates a changed exchange rate.
    Field(Field, String, String),
    /// A share link opened: its fields replace the form (the rate date is kept if the rate is).
    LoadLink(Box<Form>),
    Choose(Incoterm),
    QuoteCurrency(Currency),
    Product(Option<u32>),
    /// Keep the current quote line (if there is one).
    /// Keep a quote the page made with [`Calculator::quote_to_save`] (the build-up runs there, in
    /// the calculator's part, not in the reducer of the main module); its id is given here.
    Save(Box<SavedQuote>),
    Open(u32),
    Delete(u32),
    /// Empty the form (saved quotes stay).
    ClearForm,
}

/// The price line for the buyer, and how it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteLine {
    pub text: String,
    pub currency: Currency,
    /// The rate the costs were converted at, when the line is in another currency than the costs.
    pub converted_at: Option<ExchangeRate>,
}

/// Why there is no price line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoLine {
    /// The chosen rule has no price (missing or invalid input).
    NotPriced,
    /// The line is in this currency and the costs are in the other, with no valid rate.
    NeedsRate(Currency),
    /// The minimum order is not a quantity.
    BadMinOrder,
}

impl Calculator {
    /// The rule the price line uses.
    pub fn rule(&self) -> Incoterm {
        self.chosen.unwrap_or(Incoterm::Fob)
    }

    /// The currency of the price line: the buyer's, USD unless she picked rupiah.
    pub fn quote_currency(&self) -> Currency {
        self.quote_currency.unwrap_or(Currency::Usd)
    }

    /// Moves the minimum order of older documents into the form. Idempotent.
    pub fn upgrade(&mut self) {
        if !self.min_order.is_empty() {
            let old = std::mem::take(&mut self.min_order);
            if self.form.moq.trim().is_empty() {
                self.form.moq = old;
            }
        }
    }

    pub fn apply(&mut self, edit: CalculatorEdit) {
        self.upgrade();
        match edit {
            CalculatorEdit::Field(field, text, today) => {
                let text = clamp(text, MAX_FIELD_TEXT);
                if field == Field::Rate && self.form.rate != text {
                    self.form.rate_date = if text.trim().is_empty() { String::new() } else { today };
                }
                self.form.set(field, text);
            }
            CalculatorEdit::LoadLink(form) => {
                let mut form = *form;
                if form.rate == self.form.rate {
                    form.rate_date = self.form.rate_date.clone();
                }
                self.form = form;
            }
            CalculatorEdit::Choose(rule) => self.chosen = Some(rule),
            CalculatorEdit::QuoteCurrency(currency) => self.quote_currency = Some(currency),
            CalculatorEdit::Product(product) => self.product = product,
            CalculatorEdit::Save(quote) => {
                if self.saved.len() >= MAX_SAVED_QUOTES {
                    self.saved.remove(0);
                }
                let id = self.next_quote_id.max(self.saved.iter().map(|q| q.id.saturating_add(1)).max().unwrap_or(0));
                self.saved.push(SavedQuote { id, ..*quote });
                self.next_quote_id = id.saturating_add(1);
            }
            CalculatorEdit::Open(id) => {
                if let Some(quote) = self.saved.iter().find(|q| q.id == id) {
                    self.form = quote.form.clone();
                    self.chosen = Some(quote.rule);
                    self.quote_currency = Some(quote.line_currency());
                    self.product = quote.product.as_ref().map(|p| p.id);
                }
            }
            CalculatorEdit::Delete(id) => self.saved.retain(|q| q.id != id),
            CalculatorEdit::ClearForm => self.form = Form::default(),
        }
    }

    /// The quote "save" keeps: the current line (in the buyer's currency, with the English unit
    /// `save.unit`), the form it came from and the product it is for; `None` while the chosen rule
    /// has no price. Its id is given when it is kept ([`CalculatorEdit::Save`]).
    pub fn quote_to_save(&self, save: &SaveQuote) -> Option<SavedQuote> {
        let line = self.line(&evaluate(&self.form), &save.unit).ok()?;
        let name = save.product_name.trim();
        let mut quote = SavedQuote {
            id: 0,
            saved_on: save.today.clone(),
            rule: self.rule(),
            line: line.text,
            form: self.form.clone(),
            currency: Some(line.currency),
            product: self
                .product
                .filter(|_| !name.is_empty())
                .map(|id| QuoteProduct { id, name: clamp(name.to_string(), MAX_FIELD_TEXT) }),
            fill: None,
        };
        quote.fill = Some(QuoteFill::of(&quote));
        Some(quote)
    }

    /// Makes the quote and keeps it, as the page does in two steps.
    pub fn save(&mut self, save: &SaveQuote) {
        if let Some(quote) = self.quote_to_save(save) {
            self.apply(CalculatorEdit::Save(Box::new(quote)));
        }
    }

    /// The price line for the chosen rule, in the buyer's currency (converted at her dated rate
    /// when the costs are in the other one), per unit when a quantity is given, else for the
    /// shipment, with the minimum order. `unit` is the form's unit in English (the glossary's
    /// word, which the page looks up: "bungkus" is "pack"); an empty one with a quantity is
    /// written "unit".
    pub fn line(&self, evaluation: &Evaluation, unit: &str) -> Result<QuoteLine, NoLine> {
        let (Some(build), Some(inputs)) = (evaluation.build_up.as_ref(), evaluation.inputs.as_ref()) else {
            return Err(NoLine::NotPriced);
        };
        let rule = self.rule();
        let currency = self.quote_currency();
        let price = match build.price_in(rule, currency) {
            None => return Err(NoLine::NeedsRate(currency)),
            Some(Err(_)) => return Err(NoLine::NotPriced),
            Some(Ok(price)) => price,
        };
        let min_order = match self.form.moq.trim() {
            "" => None,
            text => Some(parse_quantity(text).map_err(|_| NoLine::BadMinOrder)?),
        };
        let unit = unit.trim();
        let (amount, per) = match price.per_unit {
            Some(per_unit) => (per_unit, if unit.is_empty() { "unit" } else { unit }),
            None => (price.total, ""),
        };
        // "min. order 500 packs": the quantity written the English way, the unit counted.
        let min_order = min_order.map(|q| {
            let quantity = format_quantity(q, crate::domain::lang::Lang::En);
            let unit = if quantity == "1" { unit.to_string() } else { crate::domain::listing::generate::plural(unit) };
            (quantity, unit)
        });
        let text = quote_line(
            rule,
            Money { currency, amount },
            per,
            named_place(rule, &inputs.origin, &inputs.destination),
            min_order.as_ref().map(|(q, u)| (q.as_str(), u.as_str())),
        );
        let converted_at = (currency != inputs.currency).then_some(inputs.rate).flatten();
        Ok(QuoteLine { text, currency, converted_at })
    }
}

/// Long enough for any place name or number; the inputs carry the same `maxlength`.
pub const MAX_FIELD_TEXT: usize = 120;

/// The named place of a rule: where the goods are delivered. E and F rules name a place in the
/// country of export (the seller's premises, the terminal, the port of shipment); C and D rules
/// name the destination (ICC Incoterms 2020, introduction and each rule's A2/A4).
pub fn named_place<'a>(rule: Incoterm, origin: &'a str, destination: &'a str) -> &'a str {
    match rule {
        Incoterm::Exw | Incoterm::Fca | Incoterm::Fas | Incoterm::Fob => origin,
        _ => destination,
    }
}
