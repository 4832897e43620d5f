//! The calculator's form as she typed it, its evaluation, and the share link.
//!
//! The form keeps the raw text of every field (the page shows what she typed, with an inline error
//! per field) and is what the app stores; [`evaluate`] parses it on every keystroke. A share link
//! carries the same fields under the keys of issue 3, so [`from_query`] simply fills the form.

use serde::{Deserialize, Serialize};

use super::build::{build_up, BuildUp, BuildUpError, CostInputs};
use super::{DutyBasis, Incoterm, TransportMode};
use crate::domain::money::{
    parse_amount, parse_percent, parse_quantity, parse_rate, plain_decimal, Amount, AmountError, Currency, Percent,
};
use crate::domain::query::{encode_component, Query};

/// A field of the form, in the order of the share link's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Currency,
    Quantity,
    Unit,
    Goods,
    Loading,
    Inland,
    ExportClearance,
    OriginThc,
    Freight,
    InsuranceC,
    InsuranceA,
    DestinationThc,
    OnCarriage,
    Unloading,
    ImportClearance,
    Duty,
    Vat,
    Basis,
    Mode,
    Rate,
    Origin,
    Destination,
}

impl Field {
    pub const ALL: [Field; 22] = [
        Field::Currency,
        Field::Quantity,
        Field::Unit,
        Field::Goods,
        Field::Loading,
        Field::Inland,
        Field::ExportClearance,
        Field::OriginThc,
        Field::Freight,
        Field::InsuranceC,
        Field::InsuranceA,
        Field::DestinationThc,
        Field::OnCarriage,
        Field::Unloading,
        Field::ImportClearance,
        Field::Duty,
        Field::Vat,
        Field::Basis,
        Field::Mode,
        Field::Rate,
        Field::Origin,
        Field::Destination,
    ];

    /// The share link's key, also the name of the [`Form`] field (a good element id too).
    pub fn key(self) -> &'static str {
        match self {
            Field::Currency => "cur",
            Field::Quantity => "qty",
            Field::Unit => "unit",
            Field::Goods => "exw",
            Field::Loading => "load",
            Field::Inland => "inland",
            Field::ExportClearance => "clear",
            Field::OriginThc => "thc",
            Field::Freight => "freight",
            Field::InsuranceC => "ins",
            Field::InsuranceA => "ins_a",
            Field::DestinationThc => "dthc",
            Field::OnCarriage => "oncarriage",
            Field::Unloading => "unload",
            Field::ImportClearance => "broker",
            Field::Duty => "duty",
            Field::Vat => "vat",
            Field::Basis => "basis",
            Field::Mode => "mode",
            Field::Rate => "rate",
            Field::Origin => "from",
            Field::Destination => "to",
        }
    }

    /// A money amount (as opposed to a rate, a quantity, a choice or a name).
    pub fn is_amount(self) -> bool {
        matches!(
            self,
            Field::Goods
                | Field::Loading
                | Field::Inland
                | Field::ExportClearance
                | Field::OriginThc
                | Field::Freight
                | Field::DestinationThc
                | Field::OnCarriage
                | Field::Unloading
                | Field::ImportClearance
        )
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// The form's text, field by field, as typed (or as read from a link). Stored in the app's JSON
/// document; every field defaults to empty so older documents load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// `IDR` or `USD`; empty means IDR.
    #[serde(default)]
    pub cur: String,
    #[serde(default)]
    pub qty: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub exw: String,
    #[serde(default)]
    pub load: String,
    #[serde(default)]
    pub inland: String,
    #[serde(default)]
    pub clear: String,
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
}

impl Form {
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Currency => &self.cur,
            Field::Quantity => &self.qty,
            Field::Unit => &self.unit,
            Field::Goods => &self.exw,
            Field::Loading => &self.load,
            Field::Inland => &self.inland,
            Field::ExportClearance => &self.clear,
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
            _ => None,
        }
    }

    /// Sets one field's text: what the page's `oninput` and the link reader call.
    pub fn set(&mut self, field: Field, text: String) {
        let slot = match field {
            Field::Currency => &mut self.cur,
            Field::Quantity => &mut self.qty,
            Field::Unit => &mut self.unit,
            Field::Goods => &mut self.exw,
            Field::Loading => &mut self.load,
            Field::Inland => &mut self.inland,
            Field::ExportClearance => &mut self.clear,
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldError {
    pub field: Field,
    pub kind: FieldErrorKind,
}

/// The form, checked and priced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// At most one per field, in [`Field::ALL`] order. A blank goods value is
    /// `Number(Empty)`: the page may hide that one while the whole form is still blank.
    pub errors: Vec<FieldError>,
    /// The parsed inputs, with invalid optional fields as zero (or absent); `None` when the
    /// currency or the goods value is invalid. Share it only when `errors` is empty.
    pub inputs: Option<CostInputs>,
    /// Every price; those that depend on an invalid field are
    /// [`BuildUpError::NeedsField`]. `None` exactly when `inputs` is.
    pub build_up: Option<BuildUp>,
}

impl Evaluation {
    pub fn error(&self, field: Field) -> Option<FieldErrorKind> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.kind)
    }
}

/// Collects per-field errors while parsing.
struct Checker<'a> {
    form: &'a Form,
    errors: Vec<FieldError>,
    bad: u32,
}

impl Checker<'_> {
    fn fail(&mut self, field: Field, kind: FieldErrorKind) {
        if self.bad & field.bit() == 0 {
            self.errors.push(FieldError { field, kind });
            self.bad |= field.bit();
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

    fn amount(&mut self, field: Field, currency: Currency) -> Amount {
        self.parse(field, |t| parse_amount(t, currency)).ok().flatten().unwrap_or(Amount::ZERO)
    }

    fn percent(&mut self, field: Field) -> Option<Percent> {
        self.parse(field, parse_percent).ok().flatten()
    }

    fn choice<T: Default>(&mut self, field: Field, from_code: fn(&str) -> Option<T>) -> Result<T, ()> {
        let text = self.form.get(field);
        if text.trim().is_empty() {
            return Ok(T::default());
        }
        from_code(text).ok_or_else(|| self.fail(field, FieldErrorKind::UnknownChoice))
    }
}

/// Parses every field and prices what can be priced.
///
/// Blank optional costs and rates are zero; a blank quantity means no per-unit price; a blank
/// clauses (A) rate means the (C) rate; a blank currency, basis or mode means IDR, CIF and sea.
/// An invalid field is reported and withholds exactly the prices that depend on it (an invalid
/// freight leaves EXW to FOB standing), so no price is ever computed from a number she did not
/// mean. An insurance rate above the cap is reported on its field too.
pub fn evaluate(form: &Form) -> Evaluation {
    let mut c = Checker { form, errors: Vec::new(), bad: 0 };
    let currency = c.choice(Field::Currency, Currency::from_code);
    let cur = currency.unwrap_or_default();
    let quantity = c.parse(Field::Quantity, parse_quantity).ok().flatten();
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
        loading: c.amount(Field::Loading, cur),
        inland: c.amount(Field::Inland, cur),
        export_clearance: c.amount(Field::ExportClearance, cur),
        origin_thc: c.amount(Field::OriginThc, cur),
        freight: c.amount(Field::Freight, cur),
        insurance_c: c.percent(Field::InsuranceC).unwrap_or_default(),
        insurance_a: c.percent(Field::InsuranceA),
        destination_thc: c.amount(Field::DestinationThc, cur),
        on_carriage: c.amount(Field::OnCarriage, cur),
        unloading: c.amount(Field::Unloading, cur),
        import_clearance: c.amount(Field::ImportClearance, cur),
        duty: c.percent(Field::Duty).unwrap_or_default(),
        vat: c.percent(Field::Vat).unwrap_or_default(),
        ..CostInputs::default()
    };
    let basis = c.choice(Field::Basis, DutyBasis::from_code);
    inputs.basis = basis.unwrap_or_default();
    inputs.mode = c.choice(Field::Mode, TransportMode::from_code).unwrap_or_default();
    inputs.rate = c.parse(Field::Rate, parse_rate).ok().flatten();
    inputs.origin = form.from.clone();
    inputs.destination = form.to.clone();

    if currency.is_err() || goods.is_none() {
        return Evaluation { errors: c.errors, inputs: None, build_up: None };
    }
    let mut build = match build_up(&inputs) {
        Ok(build) => build,
        // Parsed amounts are always in range; kept so a change there cannot panic here.
        Err(_) => return Evaluation { errors: c.errors, inputs: None, build_up: None },
    };
    let parse_bad = c.bad;
    let a_field = if form.ins_a.trim().is_empty() { Field::InsuranceC } else { Field::InsuranceA };
    if build.cif == Err(BuildUpError::InsuranceRateTooHigh) {
        c.fail(Field::InsuranceC, FieldErrorKind::InsuranceRateTooHigh);
    }
    if build.cip == Err(BuildUpError::InsuranceRateTooHigh) {
        c.fail(a_field, FieldErrorKind::InsuranceRateTooHigh);
    }
    let mask = |f: &[Field]| f.iter().fold(0, |m, f| m | f.bit());
    let fca = mask(&[Field::Loading, Field::Inland, Field::ExportClearance]);
    let fob = fca | Field::OriginThc.bit();
    let cpt = fob | Field::Freight.bit();
    let dap = cpt | Field::DestinationThc.bit() | Field::OnCarriage.bit();
    let customs = match basis {
        Ok(DutyBasis::Fob) => fob,
        _ => cpt | Field::InsuranceC.bit(),
    };
    let ddp = dap | customs | mask(&[Field::ImportClearance, Field::Duty, Field::Vat, Field::Basis]);
    for rule in Incoterm::ALL {
        let needs = match rule {
            Incoterm::Exw => 0,
            Incoterm::Fca | Incoterm::Fas => fca,
            Incoterm::Fob => fob,
            Incoterm::Cfr | Incoterm::Cpt => cpt,
            Incoterm::Cif => cpt | Field::InsuranceC.bit(),
            Incoterm::Cip => cpt | Field::InsuranceA.bit() | a_field.bit(),
            Incoterm::Dap => dap,
            Incoterm::Dpu => dap | Field::Unloading.bit(),
            Incoterm::Ddp => ddp,
        };
        // Only unreadable fields withhold here; a too-high insurance rate is already the rule's error.
        let invalid = needs & parse_bad;
        if let Some(field) = Field::ALL.into_iter().find(|f| invalid & f.bit() != 0) {
            build.withhold(rule, field);
        }
    }
    c.errors.sort_by_key(|e| e.field as u32);
    Evaluation { errors: c.errors, inputs: Some(inputs), build_up: Some(build) }
}
