//! The calculator's form as she typed it, its evaluation, and the share link.
//!
//! The form keeps the raw text of every field (the page shows what she typed, with an inline error
//! per field) and is what the app stores; [`evaluate`] parses it on every keystroke. A share link
//! carries the same fields under the share link's keys, so [`from_query`] simply fills the form.

use serde::{Deserialize, Serialize};

use super::build::{build_up, BuildUp, BuildUpError, CostInputs};
use super::{CostLine, DutyBasis, Incoterm, TransportMode};
use crate::domain::money::{
    convert, parse_amount, parse_percent, parse_quantity, parse_rate, plain_decimal, Amount, AmountError, Currency,
    ExchangeRate, Money, Percent,
};
use crate::domain::query::{encode_component, Query};

crate::code_enum! {
    /// A field of the form, in the order of the share link's keys. Keys are a public contract: new
    /// fields add keys, none is ever renamed, so old links still open.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Field: key {
        Currency = "cur",
        Quantity = "qty",
        Unit = "unit",
        /// The minimum order, in the unit above: part of the price line.
        MinOrder = "moq",
        Goods = "exw",
        Loading = "load",
        Inland = "inland",
        ExportClearance = "clear",
        /// Bringing the goods from the terminal gate alongside the ship (FAS).
        Alongside = "alongside",
        OriginThc = "thc",
        Freight = "freight",
        InsuranceC = "ins",
        InsuranceA = "ins_a",
        DestinationThc = "dthc",
        OnCarriage = "oncarriage",
        Unloading = "unload",
        ImportClearance = "broker",
        Duty = "duty",
        Vat = "vat",
        Basis = "basis",
        Mode = "mode",
        Rate = "rate",
        Origin = "from",
        Destination = "to",
        // The currency each cost line is typed in: blank is the currency above.
        LoadingCurrency = "load_cur",
        InlandCurrency = "inland_cur",
        ExportClearanceCurrency = "clear_cur",
        AlongsideCurrency = "alongside_cur",
        OriginThcCurrency = "thc_cur",
        FreightCurrency = "freight_cur",
        DestinationThcCurrency = "dthc_cur",
        OnCarriageCurrency = "oncarriage_cur",
        UnloadingCurrency = "unload_cur",
        ImportClearanceCurrency = "broker_cur",
    }
}

impl Field {
    /// A money amount: the goods or a cost line (not a rate, a quantity, a choice or a name).
    pub fn is_amount(self) -> bool {
        CostLine::of_field(self).is_some()
    }

    /// The field holding the currency of a cost line (each line after the goods may be typed in
    /// rupiah or dollars).
    pub fn currency_field(self) -> Option<Field> {
        CostLine::of_field(self).and_then(CostLine::currency_field)
    }

    /// A choice from a list (a `<select>` on the page) rather than typed text.
    pub fn is_choice(self) -> bool {
        matches!(self, Field::Currency | Field::Basis | Field::Mode)
            || CostLine::ALL.iter().any(|line| line.currency_field() == Some(self))
    }

    fn bit(self) -> u64 {
        1 << (self as u32)
    }
}

/// A set of fields: the blank costs a price still needs, the fields a price depends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FieldSet(u64);

impl FieldSet {
    pub fn of(fields: &[Field]) -> FieldSet {
        FieldSet(fields.iter().fold(0, |m, f| m | f.bit()))
    }

    pub fn contains(self, field: Field) -> bool {
        self.0 & field.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn with(self, field: Field) -> FieldSet {
        FieldSet(self.0 | field.bit())
    }

    pub fn union(self, other: FieldSet) -> FieldSet {
        FieldSet(self.0 | other.0)
    }

    pub fn intersection(self, other: FieldSet) -> FieldSet {
        FieldSet(self.0 & other.0)
    }

    /// The fields, in [`Field::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Field> {
        Field::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

/// The form's text, field by field, as typed (or as read from a link). Stored in the app's JSON
/// document; every field defaults to empty so older documents load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// `IDR` or `USD`; empty means IDR. The goods are in it, and so are the prices.
    #[serde(default)]
    pub cur: String,
    #[serde(default)]
    pub qty: String,
    #[serde(default)]
    pub unit: String,
    /// The minimum order in `unit`. Older documents kept it in `Calculator::min_order`.
    #[serde(default)]
    pub moq: String,
    #[serde(default)]
    pub exw: String,
    #[serde(default)]
    pub load: String,
    #[serde(default)]
    pub inland: String,
    #[serde(default)]
    pub clear: String,
    #[serde(default)]
    pub alongside: String,
    #[serde(default)]
    pub thc: String,
    #[serde(default)]
    pub freight: String,
    #[serde(default)]
    pub ins: String,
    #[serde(default)]
    pub ins_a: String,
    #[serde(default)]
    pub dthc: String,
    #[serde(default)]
    pub oncarriage: String,
    #[serde(default)]
    pub unload: String,
    #[serde(default)]
    pub broker: String,
    #[serde(default)]
    pub duty: String,
    #[serde(default)]
    pub vat: String,
    /// `cif` or `fob`; empty means cif.
    #[serde(default)]
    pub basis: String,
    /// `sea`, `air`, `road`, `rail` or `multimodal`; empty means sea.
    #[serde(default)]
    pub mode: String,
    #[serde(default)]
    pub rate: String,
    /// The day she typed the rate (the app has no network to fetch one): set by the page, kept
    /// with the form, not part of the share link.
    #[serde(default)]
    pub rate_date: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// Each cost line's currency (`IDR` or `USD`); empty means `cur`.
    #[serde(default)]
    pub load_cur: String,
    #[serde(default)]
    pub inland_cur: String,
    #[serde(default)]
    pub clear_cur: String,
    #[serde(default)]
    pub alongside_cur: String,
    #[serde(default)]
    pub thc_cur: String,
    #[serde(default)]
    pub freight_cur: String,
    #[serde(default)]
    pub dthc_cur: String,
    #[serde(default)]
    pub oncarriage_cur: String,
    #[serde(default)]
    pub unload_cur: String,
    #[serde(default)]
    pub broker_cur: String,
}

impl Form {
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Currency => &self.cur,
            Field::Quantity => &self.qty,
            Field::Unit => &self.unit,
            Field::MinOrder => &self.moq,
            Field::Goods => &self.exw,
            Field::Loading => &self.load,
            Field::Inland => &self.inland,
            Field::ExportClearance => &self.clear,
            Field::Alongside => &self.alongside,
            Field::OriginThc => &self.thc,
            Field::Freight => &self.freight,
            Field::InsuranceC => &self.ins,
            Field::InsuranceA => &self.ins_a,
            Field::DestinationThc => &self.dthc,
            Field::OnCarriage => &self.oncarriage,
            Field::Unloading => &self.unload,
            Field::ImportClearance => &self.broker,
            Field::Duty => &self.duty,
            Field::Vat => &self.vat,
            Field::Basis => &self.basis,
            Field::Mode => &self.mode,
            Field::Rate => &self.rate,
            Field::Origin => &self.from,
            Field::Destination => &self.to,
            Field::LoadingCurrency => &self.load_cur,
            Field::InlandCurrency => &self.inland_cur,
            Field::ExportClearanceCurrency => &self.clear_cur,
            Field::AlongsideCurrency => &self.alongside_cur,
            Field::OriginThcCurrency => &self.thc_cur,
            Field::FreightCurrency => &self.freight_cur,
            Field::DestinationThcCurrency => &self.dthc_cur,
            Field::OnCarriageCurrency => &self.oncarriage_cur,
            Field::UnloadingCurrency => &self.unload_cur,
            Field::ImportClearanceCurrency => &self.broker_cur,
        }
    }

    /// The option a choice field shows: the code [`evaluate`] prices with — the default for a blank
    /// field (IDR, sea, CIF) and for a code it does not know (whose error shows under the field).
    /// `None` for fields that are not choices.
    pub fn choice_code(&self, field: Field) -> Option<&'static str> {
        match field {
            Field::Currency => Some(Currency::from_code(&self.cur).unwrap_or_default().code()),
            Field::Mode => Some(TransportMode::from_code(&self.mode).unwrap_or_default().code()),
            Field::Basis => Some(DutyBasis::from_code(&self.basis).unwrap_or_default().code()),
            _ if field.is_choice() => Some(self.currency_of_choice(field).code()),
            _ => None,
        }
    }

    /// The currency an amount field is typed in: the goods in the form's currency, a cost line in
    /// its own (blank or unknown: the form's).
    pub fn line_currency(&self, field: Field) -> Currency {
        match field.currency_field() {
            Some(choice) => self.currency_of_choice(choice),
            None => Currency::from_code(&self.cur).unwrap_or_default(),
        }
    }

    fn currency_of_choice(&self, choice: Field) -> Currency {
        let base = Currency::from_code(&self.cur).unwrap_or_default();
        Currency::from_code(self.get(choice)).unwrap_or(base)
    }

    /// Sets one field's text: what the page's `oninput` and the link reader call.
    pub fn set(&mut self, field: Field, text: String) {
        let slot = match field {
            Field::Currency => &mut self.cur,
            Field::Quantity => &mut self.qty,
            Field::Unit => &mut self.unit,
            Field::MinOrder => &mut self.moq,
            Field::Goods => &mut self.exw,
            Field::Loading => &mut self.load,
            Field::Inland => &mut self.inland,
            Field::ExportClearance => &mut self.clear,
            Field::Alongside => &mut self.alongside,
            Field::OriginThc => &mut self.thc,
            Field::Freight => &mut self.freight,
            Field::InsuranceC => &mut self.ins,
            Field::InsuranceA => &mut self.ins_a,
            Field::DestinationThc => &mut self.dthc,
            Field::OnCarriage => &mut self.oncarriage,
            Field::Unloading => &mut self.unload,
            Field::ImportClearance => &mut self.broker,
            Field::Duty => &mut self.duty,
            Field::Vat => &mut self.vat,
            Field::Basis => &mut self.basis,
            Field::Mode => &mut self.mode,
            Field::Rate => &mut self.rate,
            Field::Origin => &mut self.from,
            Field::Destination => &mut self.to,
            Field::LoadingCurrency => &mut self.load_cur,
            Field::InlandCurrency => &mut self.inland_cur,
            Field::ExportClearanceCurrency => &mut self.clear_cur,
            Field::AlongsideCurrency => &mut self.alongside_cur,
            Field::OriginThcCurrency => &mut self.thc_cur,
            Field::FreightCurrency => &mut self.freight_cur,
            Field::DestinationThcCurrency => &mut self.dthc_cur,
            Field::OnCarriageCurrency => &mut self.oncarriage_cur,
            Field::UnloadingCurrency => &mut self.unload_cur,
            Field::ImportClearanceCurrency => &mut self.broker_cur,
        };
        *slot = text;
    }

    /// The canonical text of parsed inputs: plain decimals with a `.` mark, codes in their link
    /// form. [`evaluate`] reads it back to the same inputs.
    pub fn from_inputs(inputs: &CostInputs) -> Form {
        let amount = |a: Amount| {
            let text = plain_decimal(a);
            text.strip_suffix(".00").map(str::to_string).unwrap_or(text)
        };
        Form {
            cur: inputs.currency.code().to_string(),
            qty: inputs.quantity.map(|q| q.plain()).unwrap_or_default(),
            unit: inputs.unit.clone(),
            exw: amount(inputs.goods),
            load: amount(inputs.loading),
            inland: amount(inputs.inland),
            clear: amount(inputs.export_clearance),
            alongside: amount(inputs.alongside),
            thc: amount(inputs.origin_thc),
            freight: amount(inputs.freight),
            ins: inputs.insurance_c.plain(),
            ins_a: inputs.insurance_a.map(Percent::plain).unwrap_or_default(),
            dthc: amount(inputs.destination_thc),
            oncarriage: amount(inputs.on_carriage),
            unload: amount(inputs.unloading),
            broker: amount(inputs.import_clearance),
            duty: inputs.duty.plain(),
            vat: inputs.vat.plain(),
            basis: inputs.basis.code().to_string(),
            mode: inputs.mode.code().to_string(),
            rate: inputs.rate.map(|r| r.plain()).unwrap_or_default(),
            rate_date: String::new(),
            from: inputs.origin.clone(),
            to: inputs.destination.clone(),
            ..Form::default()
        }
    }

    /// The share link's query (without `?`): every non-blank field as typed, percent-encoded, in
    /// [`Field::ALL`] order.
    pub fn to_query(&self) -> String {
        Field::ALL
            .into_iter()
            .filter(|f| !self.get(*f).is_empty())
            .map(|f| format!("{}={}", f.key(), encode_component(self.get(f))))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The share link's query for parsed inputs: `cur=USD&qty=100&exw=10000&…` (amounts as plain
/// decimals, rates in percent). The page puts it after `#/incoterms?`.
pub fn to_query(inputs: &CostInputs) -> String {
    Form::from_inputs(inputs).to_query()
}

/// Fills a form from a share link. Unknown keys are ignored; each key's value is kept as text, and
/// the errors are those of [`evaluate`]: a bad value is an error on its field, never a panic and
/// never a silently different number.
pub fn from_query(query: &Query) -> (Form, Vec<FieldError>) {
    let mut form = Form::default();
    for field in Field::ALL {
        if let Some(value) = query.get(field.key()) {
            form.set(field, value.to_string());
        }
    }
    let errors = evaluate(&form).errors;
    (form, errors)
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldErrorKind {
    Number(AmountError),
    /// Not one of the choices (`cur=EUR`, `mode=ship`).
    UnknownChoice,
    /// A valid percentage, but above [`super::MAX_INSURANCE_RATE`].
    InsuranceRateTooHigh,
    /// A cost line in the other currency, and no valid exchange rate to convert it with.
    NeedsRate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldError {
    pub field: Field,
    pub kind: FieldErrorKind,
}

/// A rupiah cost below this (Rp 10.000, less than one US dollar) is no export cost anyone pays:
/// most likely a dollar quote typed into a rupiah line ("400" freight in dollars
/// became Rp 400).
pub const SMALL_RUPIAH_LINE: Amount = Amount(10_000 * 100);

/// A cost line as read: what she typed, in its own currency, and what the build-up adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineReading {
    pub field: Field,
    /// In the line's own currency.
    pub typed: Money,
    /// Converted at her rate into the form's currency, when the line is in the other one.
    pub converted: Option<Money>,
    /// A rupiah line under [`SMALL_RUPIAH_LINE`] (and above zero): worth a warning.
    pub small: bool,
}

/// The form, checked and priced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// At most one per field, in [`Field::ALL`] order. A blank goods value is
    /// `Number(Empty)`: the page may hide that one while the whole form is still blank.
    pub errors: Vec<FieldError>,
    /// The parsed inputs, with invalid optional fields as zero (or absent), every cost converted
    /// into the form's currency; `None` when the currency or the goods value is invalid. Share it
    /// only when `errors` is empty.
    pub inputs: Option<CostInputs>,
    /// Every price; those that depend on an invalid field are [`BuildUpError::NeedsField`], those
    /// that need a cost left blank [`BuildUpError::NeedsCosts`]. `None` exactly when `inputs` is.
    pub build_up: Option<BuildUp>,
    /// The cost lines after the goods she filled in validly, in [`CostLine`] order.
    pub lines: Vec<LineReading>,
}

impl Evaluation {
    pub fn error(&self, field: Field) -> Option<FieldErrorKind> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.kind)
    }

    pub fn line(&self, field: Field) -> Option<&LineReading> {
        self.lines.iter().find(|l| l.field == field)
    }
}

/// Collects per-field errors while parsing.
struct Checker<'a> {
    form: &'a Form,
    errors: Vec<FieldError>,
    bad: FieldSet,
    lines: Vec<LineReading>,
}

impl Checker<'_> {
    fn fail(&mut self, field: Field, kind: FieldErrorKind) {
        if !self.bad.contains(field) {
            self.errors.push(FieldError { field, kind });
            self.bad = self.bad.with(field);
        }
    }

    /// `Ok(None)` for a blank field, `Err(())` (recorded) for an invalid one.
    fn parse<T>(&mut self, field: Field, parse: impl Fn(&str) -> Result<T, AmountError>) -> Result<Option<T>, ()> {
        let text = self.form.get(field);
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse(text).map(Some).map_err(|e| self.fail(field, FieldErrorKind::Number(e)))
    }

    /// A cost line in the form's currency `base`: typed in its own currency, converted at `rate`
    /// when that differs. Blank or invalid: zero (an invalid one is recorded and withholds the
    /// prices that need it).
    fn cost(&mut self, field: Field, base: Currency, rate: Option<ExchangeRate>) -> Amount {
        let currency = match field.currency_field() {
            Some(choice) => match self.choice_of(choice, Currency::from_code) {
                Ok(Some(currency)) => currency,
                Ok(None) => base,
                // An unknown currency (recorded on its field): the amount cannot be read either,
                // and the prices that need the line depend on its currency too.
                Err(()) => return Amount::ZERO,
            },
            None => base,
        };
        let Ok(Some(amount)) = self.parse(field, |t| parse_amount(t, currency)) else {
            return Amount::ZERO;
        };
        let typed = Money { currency, amount };
        let small = currency == Currency::Idr && amount > Amount::ZERO && amount < SMALL_RUPIAH_LINE;
        if currency == base {
            self.lines.push(LineReading { field, typed, converted: None, small });
            return amount;
        }
        let Some(rate) = rate else {
            self.fail(field, FieldErrorKind::NeedsRate);
            return Amount::ZERO;
        };
        match convert(typed, base, rate) {
            Ok(converted) if converted.amount.in_range() => {
                self.lines.push(LineReading { field, typed, converted: Some(converted), small });
                converted.amount
            }
            _ => {
                self.fail(field, FieldErrorKind::Number(AmountError::TooLarge));
                Amount::ZERO
            }
        }
    }

    fn percent(&mut self, field: Field) -> Option<Percent> {
        self.parse(field, parse_percent).ok().flatten()
    }

    /// `Ok(None)` for a blank field.
    fn choice_of<T>(&mut self, field: Field, from_code: fn(&str) -> Option<T>) -> Result<Option<T>, ()> {
        let text = self.form.get(field);
        if text.trim().is_empty() {
            return Ok(None);
        }
        from_code(text).map(Some).ok_or_else(|| self.fail(field, FieldErrorKind::UnknownChoice))
    }

    fn choice<T: Default>(&mut self, field: Field, from_code: fn(&str) -> Option<T>) -> Result<T, ()> {
        self.choice_of(field, from_code).map(Option::unwrap_or_default)
    }
}

/// Parses every field and prices what can be priced.
///
/// **Empty is not zero**: a price that adds a cost she has left blank is not
/// shown as if that cost were nothing — CFR and CPT need the main freight, CIF also the clauses (C)
/// rate, CIP a rate, DAP the destination terminal charges and the on-carriage, DPU the unloading,
/// DDP the import clearance, duty and VAT (and the (C) rate when duty is on the CIF value). Those
/// prices are [`BuildUpError::NeedsCosts`] until she types the cost, or `0` when there is none.
/// The origin costs (loading, inland transport, export clearance, alongside, terminal handling)
/// may be left blank: they are often nothing, and EXW to FOB stay priced.
///
/// A blank quantity means no per-unit price; a blank clauses (A) rate means the (C) rate, and the
/// CIP price says so ([`super::Insured::rate_from`]); a blank currency, basis or mode means IDR,
/// CIF and sea; a cost line's blank currency means the form's. A cost line in the other currency
/// is converted at her rate, half up to the cent, and needs one. An invalid field is reported and
/// withholds exactly the prices that depend on it (an invalid freight leaves EXW to FOB standing),
/// so no price is ever computed from a number she did not mean. An insurance rate above the cap is
/// reported on its field too.
pub fn evaluate(form: &Form) -> Evaluation {
    let mut c = Checker { form, errors: Vec::new(), bad: FieldSet::default(), lines: Vec::new() };
    let currency = c.choice(Field::Currency, Currency::from_code);
    let cur = currency.unwrap_or_default();
    let quantity = c.parse(Field::Quantity, parse_quantity).ok().flatten();
    let _ = c.parse(Field::MinOrder, parse_quantity);
    let rate = c.parse(Field::Rate, parse_rate).ok().flatten();
    let goods = c.parse(Field::Goods, |t| parse_amount(t, cur));
    let goods = match goods {
        Ok(Some(goods)) => Some(goods),
        Ok(None) => {
            c.fail(Field::Goods, FieldErrorKind::Number(AmountError::Empty));
            None
        }
        Err(()) => None,
    };
    let mut inputs = CostInputs {
        currency: cur,
        quantity,
        unit: form.unit.clone(),
        goods: goods.unwrap_or(Amount::ZERO),
        rate,
        ..CostInputs::default()
    };
    for line in CostLine::ALL.into_iter().filter(|line| *line != CostLine::Goods) {
        let amount = c.cost(line.field(), cur, rate);
        inputs.set(line, amount);
    }
    inputs.insurance_c = c.percent(Field::InsuranceC).unwrap_or_default();
    inputs.insurance_a = c.percent(Field::InsuranceA);
    inputs.duty = c.percent(Field::Duty).unwrap_or_default();
    inputs.vat = c.percent(Field::Vat).unwrap_or_default();
    let basis = c.choice(Field::Basis, DutyBasis::from_code);
    inputs.basis = basis.unwrap_or_default();
    inputs.mode = c.choice(Field::Mode, TransportMode::from_code).unwrap_or_default();
    inputs.origin = form.from.clone();
    inputs.destination = form.to.clone();
    let lines = std::mem::take(&mut c.lines);

    if currency.is_err() || goods.is_none() {
        return Evaluation { errors: c.errors, inputs: None, build_up: None, lines };
    }
    let mut build = match build_up(&inputs) {
        Ok(build) => build,
        // Parsed amounts are always in range; kept so a change there cannot panic here.
        Err(_) => return Evaluation { errors: c.errors, inputs: None, build_up: None, lines },
    };
    let parse_bad = c.bad;
    let a_blank = form.ins_a.trim().is_empty();
    let a_field = if a_blank { Field::InsuranceC } else { Field::InsuranceA };
    if build.cif == Err(BuildUpError::InsuranceRateTooHigh) {
        c.fail(Field::InsuranceC, FieldErrorKind::InsuranceRateTooHigh);
    }
    if build.cip == Err(BuildUpError::InsuranceRateTooHigh) {
        c.fail(a_field, FieldErrorKind::InsuranceRateTooHigh);
    }
    use Field as F;
    let fca = FieldSet::of(&[F::Loading, F::Inland, F::ExportClearance]);
    let fas = fca.with(F::Alongside);
    let fob = fas.with(F::OriginThc);
    let cpt = fob.with(F::Freight);
    let dap = cpt.with(F::DestinationThc).with(F::OnCarriage);
    let customs = match basis {
        Ok(DutyBasis::Fob) => fob,
        _ => cpt.with(F::InsuranceC),
    };
    let ddp = dap.union(customs).union(FieldSet::of(&[F::ImportClearance, F::Duty, F::Vat, F::Basis]));
    // The costs each price adds that must not be blank (see above).
    let blank = FieldSet::of(&Field::ALL.into_iter().filter(|f| form.get(*f).trim().is_empty()).collect::<Vec<_>>());
    let destination = FieldSet::of(&[F::Freight, F::DestinationThc, F::OnCarriage]);
    let cip_rate =
        if a_blank && form.ins.trim().is_empty() { FieldSet::of(&[F::InsuranceA]) } else { FieldSet::default() };
    let duty_value = match basis {
        Ok(DutyBasis::Fob) => FieldSet::default(),
        _ => FieldSet::of(&[F::InsuranceC]),
    };
    for rule in Incoterm::ALL {
        let (depends, required) = match rule {
            Incoterm::Exw => (FieldSet::default(), FieldSet::default()),
            Incoterm::Fca => (fca, FieldSet::default()),
            Incoterm::Fas => (fas, FieldSet::default()),
            Incoterm::Fob => (fob, FieldSet::default()),
            Incoterm::Cfr | Incoterm::Cpt => (cpt, FieldSet::of(&[F::Freight])),
            Incoterm::Cif => (cpt.with(F::InsuranceC), FieldSet::of(&[F::Freight, F::InsuranceC])),
            Incoterm::Cip => (cpt.with(F::InsuranceA).with(a_field), FieldSet::of(&[F::Freight]).union(cip_rate)),
            Incoterm::Dap => (dap, destination),
            Incoterm::Dpu => (dap.with(F::Unloading), destination.with(F::Unloading)),
            Incoterm::Ddp => {
                (ddp, destination.union(FieldSet::of(&[F::ImportClearance, F::Duty, F::Vat])).union(duty_value))
            }
        };
        // A cost line depends on its currency too.
        let depends =
            depends.union(FieldSet::of(&depends.iter().filter_map(Field::currency_field).collect::<Vec<_>>()));
        // Only unreadable fields withhold here; a too-high insurance rate is already the rule's error.
        if let Some(field) = depends.intersection(parse_bad).iter().next() {
            build.withhold(rule, BuildUpError::NeedsField(field));
        } else if build.price(rule).is_ok() {
            let missing = required.intersection(blank);
            if !missing.is_empty() {
                build.withhold(rule, BuildUpError::NeedsCosts(missing));
            }
        }
    }
    c.errors.sort_by_key(|e| e.field as u32);
    Evaluation { errors: c.errors, inputs: Some(inputs), build_up: Some(build), lines }
}
