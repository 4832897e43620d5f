//! The calculator as the app keeps it: the form she is typing, the rule she quotes, her minimum
//! order, and the quotes she saved. Stored in the app's JSON document under `calculator`; every
//! field defaults, so documents written before the calculator existed still load.

use serde::{Deserialize, Serialize};

use super::form::{evaluate, Evaluation, Field, Form};
use super::{quote_line, Incoterm};
use crate::domain::money::Money;

/// More saved quotes than anyone rereads; keeps the stored document small.
pub const MAX_SAVED_QUOTES: usize = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calculator {
    #[serde(default)]
    pub form: Form,
    /// The rule of the price line she quotes; FOB until she picks another.
    #[serde(default)]
    pub chosen: Option<Incoterm>,
    /// Minimum order quantity for the price line, as typed (in the form's unit).
    #[serde(default)]
    pub min_order: String,
    #[serde(default)]
    pub saved: Vec<SavedQuote>,
    #[serde(default)]
    pub next_quote_id: u32,
}

/// A quote she kept: the line as it was, and the form that produced it so it can be reopened.
/// The listing builder (issue 6) imports these.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedQuote {
    pub id: u32,
    /// `YYYY-MM-DD`, the device's date when she saved it.
    pub saved_on: String,
    pub rule: Incoterm,
    pub line: String,
    #[serde(default)]
    pub form: Form,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CalculatorEdit {
    /// A field typed; `today` (`YYYY-MM-DD`) dates a changed exchange rate.
    Field(Field, String, String),
    /// A share link opened: its fields replace the form (the rate date is kept if the rate is).
    LoadLink(Box<Form>),
    Choose(Incoterm),
    MinOrder(String),
    /// Keep the current quote line (if there is one) with today's date.
    Save(String),
    Open(u32),
    Delete(u32),
    /// Empty the form (saved quotes stay).
    ClearForm,
}

impl Calculator {
    /// The rule the price line uses.
    pub fn rule(&self) -> Incoterm {
        self.chosen.unwrap_or(Incoterm::Fob)
    }

    pub fn apply(&mut self, edit: CalculatorEdit) {
        match edit {
            CalculatorEdit::Field(field, text, today) => {
                let text = crate::domain::change::clamp(text, MAX_FIELD_TEXT);
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
            CalculatorEdit::MinOrder(text) => self.min_order = crate::domain::change::clamp(text, MAX_FIELD_TEXT),
            CalculatorEdit::Save(today) => {
                let evaluation = evaluate(&self.form);
                if let Some(line) = self.line(&evaluation) {
                    if self.saved.len() >= MAX_SAVED_QUOTES {
                        self.saved.remove(0);
                    }
                    let id =
                        self.next_quote_id.max(self.saved.iter().map(|q| q.id.saturating_add(1)).max().unwrap_or(0));
                    self.saved.push(SavedQuote {
                        id,
                        saved_on: today,
                        rule: self.rule(),
                        line,
                        form: self.form.clone(),
                    });
                    self.next_quote_id = id.saturating_add(1);
                }
            }
            CalculatorEdit::Open(id) => {
                if let Some(quote) = self.saved.iter().find(|q| q.id == id) {
                    self.form = quote.form.clone();
                    self.chosen = Some(quote.rule);
                }
            }
            CalculatorEdit::Delete(id) => self.saved.retain(|q| q.id != id),
            CalculatorEdit::ClearForm => self.form = Form::default(),
        }
    }

    /// The price line for the chosen rule, per unit when a quantity is given, else for the
    /// shipment; `None` while that rule has no price (missing or invalid input).
    pub fn line(&self, evaluation: &Evaluation) -> Option<String> {
        let build = evaluation.build_up.as_ref()?;
        let inputs = evaluation.inputs.as_ref()?;
        let rule = self.rule();
        let price = build.price(rule).ok()?;
        // Per unit when there is a quantity ("/unit" if she named none), else the shipment.
        let unit = inputs.unit.trim();
        let (amount, unit) = match price.per_unit {
            Some(per_unit) => (per_unit, if unit.is_empty() { "unit" } else { unit }),
            None => (price.total, ""),
        };
        let money = Money { currency: inputs.currency, amount };
        let min_order = Some((self.min_order.as_str(), inputs.unit.as_str()));
        Some(quote_line(rule, money, unit, named_place(rule, &inputs.origin, &inputs.destination), min_order))
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
