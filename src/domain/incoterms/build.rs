//! The price build-up of docs/design.md ("Domain reference"), in exact integers.
//!
//! All sums are in hundredths of the input currency, widened to i128 so no intermediate product
//! can overflow. Rounding, half up to the cent, happens only where a rate multiplies or divides:
//! the grossed-up CIF and CIP, the insured value, the duty, the VAT, the per-unit price and a
//! currency conversion. Every other line is an exact sum, so `CIF − CFR` is exactly the premium
//! shown and DDP is exactly the sum of its shown parts.

use super::form::{Field, FieldSet};
use super::{Clauses, CostLine, DutyBasis, Incoterm, TransportMode, COVER_PERCENT};
use crate::domain::money::{convert, div_round, Amount, Currency, ExchangeRate, Money, Overflow, Percent, Quantity};

/// Everything the calculator needs, already parsed. Amounts are for the whole shipment, in
/// `currency`; optional costs are zero when not known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CostInputs {
    pub currency: Currency,
    /// Rupiah per dollar, for showing the other currency.
    pub rate: Option<ExchangeRate>,
    /// Without a quantity there is no per-unit price.
    pub quantity: Option<Quantity>,
    /// pcs, kg, carton, container… as she typed it.
    pub unit: String,
    /// The goods with export packing, at her premises (EXW). The only required input.
    pub goods: Amount,
    pub loading: Amount,
    pub inland: Amount,
    pub export_clearance: Amount,
    /// From the terminal gate to alongside the ship (quay delivery, wharfage): what FAS adds to
    /// FCA. Optional: zero when not known.
    pub alongside: Amount,
    pub origin_thc: Amount,
    pub freight: Amount,
    /// The rate for Institute Cargo Clauses (C), used by CIF.
    pub insurance_c: Percent,
    /// The rate for clauses (A), used by CIP; the (C) rate when not given.
    pub insurance_a: Option<Percent>,
    pub destination_thc: Amount,
    pub on_carriage: Amount,
    pub unloading: Amount,
    pub import_clearance: Amount,
    pub duty: Percent,
    pub vat: Percent,
    pub basis: DutyBasis,
    pub mode: TransportMode,
    pub origin: String,
    pub destination: String,
}

impl CostInputs {
    /// The rate CIP uses.
    pub fn insurance_a_rate(&self) -> Percent {
        self.insurance_a.unwrap_or(self.insurance_c)
    }
}

/// The highest insurance rate the calculator accepts: 20 %. The formula itself breaks only at
/// 1.1 × r ≥ 100 % (r ≥ 90.9 %), but cargo rates are well under 5 % (usually 0.1–1 %), so a rate
/// above 20 % is a slip — `30` typed for 0.30 % — and would price CIF at 1.5 to 11 times CFR.
/// Refusing it is better than quoting that.
pub const MAX_INSURANCE_RATE: Percent = match Percent::from_units(20 * Percent::SCALE) {
    Some(rate) => rate,
    None => Percent::ZERO,
};

/// Why a price cannot be shown. Pages turn each into a sentence in her language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuildUpError {
    /// The insurance rate is above [`MAX_INSURANCE_RATE`]: CIF or CIP (and DDP when duty is on
    /// the CIF value) cannot be priced; the other rules still can.
    InsuranceRateTooHigh,
    /// A result does not fit in an amount. Cannot happen with amounts below [`Amount::MAX`].
    Overflow,
    /// An input amount is negative or above [`Amount::MAX`] (inputs built by code, not typed).
    InputOutOfRange,
    /// A field this price depends on holds something that is not a valid value (set by
    /// [`super::evaluate`]); the price is withheld rather than computed without it.
    NeedsField(Field),
    /// Costs this price adds are blank (set by [`super::evaluate`]): empty is not zero, so the
    /// price waits for them (or for an explicit 0).
    NeedsCosts(FieldSet),
}

impl From<Overflow> for BuildUpError {
    fn from(_: Overflow) -> Self {
        BuildUpError::Overflow
    }
}

/// One rule's price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Price {
    /// The whole shipment.
    pub total: Amount,
    /// `total / quantity`, half up to the cent; `None` without a quantity.
    pub per_unit: Option<Amount>,
}

/// The insurance inside CIF or CIP.
///
/// Method: the seller insures [`COVER_PERCENT`] (110 %) of the price she quotes, and the premium is
/// part of that price, so the price is grossed up: `CIF = CFR / (1 − 1.1 × r)`, which makes
/// `premium = CIF − CFR = 110 % × r × CIF` (Institute Cargo Clauses (C) for CIF, (A) for CIP).
/// Some calculators use `r × (C + F)` without the uplift, which understates the premium.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insured {
    pub clauses: Clauses,
    pub rate: Percent,
    /// Whose rate `rate` is: the clauses' own, or for CIP without a clauses (A) rate the (C) rate,
    /// which the page then says next to the CIP price (clauses A cover more and cost more).
    pub rate_from: Clauses,
    /// CFR (for CIF) or CPT (for CIP).
    pub base: Amount,
    /// CIF or CIP, half up to the cent.
    pub total: Amount,
    /// `total − base`.
    pub premium: Amount,
    /// The sum insured: 110 % of `total`, half up to the cent.
    pub insured_value: Amount,
}

/// The import charges inside DDP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duties {
    pub basis: DutyBasis,
    /// The CIF price (the FOB price for [`DutyBasis::Fob`]).
    pub customs_value: Amount,
    /// `duty rate × customs value`, half up to the cent.
    pub duty: Amount,
    /// `VAT rate × (customs value + duty)`, half up to the cent.
    pub vat: Amount,
}

/// A line of the build-up (what [`Incoterm::build_step`] adds to the rule before).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Component {
    Goods,
    Loading,
    Inland,
    ExportClearance,
    Alongside,
    OriginThc,
    Freight,
    /// The CIF premium (clauses C).
    PremiumC,
    /// The CIP premium (clauses A).
    PremiumA,
    DestinationThc,
    OnCarriage,
    Unloading,
    ImportClearance,
    Duty,
    Vat,
}

/// The result: every rule's price, each on its own, so a too-high insurance rate or a bad field
/// withholds only the prices that depend on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildUp {
    pub inputs: CostInputs,
    prices: [(Incoterm, Result<Price, BuildUpError>); 11],
    pub cif: Result<Insured, BuildUpError>,
    pub cip: Result<Insured, BuildUpError>,
    pub duties: Result<Duties, BuildUpError>,
}

/// Rates in [`Percent`] units per one: 100 % = 10^6.
const PER_ONE: i128 = 100 * Percent::SCALE as i128;

/// Prices all eleven rules. The outer error is only for inputs out of range; everything else is
/// per rule.
pub fn build_up(inputs: &CostInputs) -> Result<BuildUp, BuildUpError> {
    let amounts = [
        inputs.goods,
        inputs.loading,
        inputs.inland,
        inputs.export_clearance,
        inputs.alongside,
        inputs.origin_thc,
        inputs.freight,
        inputs.destination_thc,
        inputs.on_carriage,
        inputs.unloading,
        inputs.import_clearance,
    ];
    if !amounts.iter().all(|a| a.in_range()) {
        return Err(BuildUpError::InputOutOfRange);
    }
    let wide = |a: Amount| i128::from(a.cents());
    let exw = wide(inputs.goods);
    let fca = exw + wide(inputs.loading) + wide(inputs.inland) + wide(inputs.export_clearance);
    let fas = fca + wide(inputs.alongside);
    let fob = fas + wide(inputs.origin_thc);
    let cpt = fob + wide(inputs.freight);
    let dap = cpt + wide(inputs.destination_thc) + wide(inputs.on_carriage);
    let dpu = dap + wide(inputs.unloading);
    let cif = gross_up(cpt, inputs.insurance_c, Clauses::C, Clauses::C);
    let from = if inputs.insurance_a.is_some() { Clauses::A } else { Clauses::C };
    let cip = gross_up(cpt, inputs.insurance_a_rate(), Clauses::A, from);
    let customs_value = match inputs.basis {
        DutyBasis::Cif => cif.map(|insured| i128::from(insured.total.cents())),
        DutyBasis::Fob => Ok(fob),
    };
    let duties = customs_value.and_then(|value| {
        let duty = div_round(value * i128::from(inputs.duty.units()), PER_ONE);
        let vat = div_round((value + duty) * i128::from(inputs.vat.units()), PER_ONE);
        Ok(Duties {
            basis: inputs.basis,
            customs_value: Amount::from_i128(value)?,
            duty: Amount::from_i128(duty)?,
            vat: Amount::from_i128(vat)?,
        })
    });
    let ddp = duties.map(|d| dap + wide(inputs.import_clearance) + wide(d.duty) + wide(d.vat));
    let price = |total: Result<i128, BuildUpError>| -> Result<Price, BuildUpError> {
        let total = Amount::from_i128(total?)?;
        Ok(Price { total, per_unit: per_unit(total, inputs.quantity)? })
    };
    let insured_total = |r: &Result<Insured, BuildUpError>| r.map(|i| i128::from(i.total.cents()));
    Ok(BuildUp {
        prices: [
            (Incoterm::Exw, price(Ok(exw))),
            (Incoterm::Fca, price(Ok(fca))),
            (Incoterm::Fas, price(Ok(fas))),
            (Incoterm::Fob, price(Ok(fob))),
            (Incoterm::Cfr, price(Ok(cpt))),
            (Incoterm::Cif, price(insured_total(&cif))),
            (Incoterm::Cpt, price(Ok(cpt))),
            (Incoterm::Cip, price(insured_total(&cip))),
            (Incoterm::Dap, price(Ok(dap))),
            (Incoterm::Dpu, price(Ok(dpu))),
            (Incoterm::Ddp, price(ddp)),
        ],
        inputs: inputs.clone(),
        cif,
        cip,
        duties,
    })
}

/// `base / (1 − 1.1 × r)`, half up to the cent; see [`Insured`] for the method.
fn gross_up(base: i128, rate: Percent, clauses: Clauses, rate_from: Clauses) -> Result<Insured, BuildUpError> {
    if rate > MAX_INSURANCE_RATE {
        return Err(BuildUpError::InsuranceRateTooHigh);
    }
    // 1 − 1.1 r = (10^7 − 11 × units) / 10^7, with r = units / 10^6.
    let denominator = 10 * PER_ONE - 11 * i128::from(rate.units());
    let total = div_round(base * 10 * PER_ONE, denominator);
    let insured = div_round(total * i128::from(COVER_PERCENT), 100);
    Ok(Insured {
        clauses,
        rate,
        rate_from,
        base: Amount::from_i128(base)?,
        total: Amount::from_i128(total)?,
        premium: Amount::from_i128(total - base)?,
        insured_value: Amount::from_i128(insured)?,
    })
}

fn per_unit(total: Amount, quantity: Option<Quantity>) -> Result<Option<Amount>, Overflow> {
    match quantity {
        None => Ok(None),
        Some(q) => {
            let cents = div_round(i128::from(total.cents()) * i128::from(Quantity::SCALE), i128::from(q.thousandths()));
            Amount::from_i128(cents).map(Some)
        }
    }
}

impl BuildUp {
    /// The price under `rule`, in the input currency.
    pub fn price(&self, rule: Incoterm) -> Result<Price, BuildUpError> {
        self.prices.iter().find(|(r, _)| *r == rule).map_or(Err(BuildUpError::Overflow), |(_, p)| *p)
    }

    /// The price under `rule` in `currency`: converted from the input currency at her rate (the
    /// total converted, then divided by the quantity, each half up to the cent). `None` when the
    /// currency differs and there is no rate.
    pub fn price_in(&self, rule: Incoterm, currency: Currency) -> Option<Result<Price, BuildUpError>> {
        let price = match self.price(rule) {
            Ok(price) => price,
            Err(e) => return Some(Err(e)),
        };
        if currency == self.inputs.currency {
            return Some(Ok(price));
        }
        let rate = self.inputs.rate?;
        let converted = convert(Money { currency: self.inputs.currency, amount: price.total }, currency, rate)
            .and_then(|m| Ok(Price { total: m.amount, per_unit: per_unit(m.amount, self.inputs.quantity)? }));
        Some(converted.map_err(BuildUpError::from))
    }

    /// The amount of one line of the build-up, in the input currency; `None` when the price it
    /// belongs to could not be computed.
    pub fn component(&self, component: Component) -> Option<Amount> {
        let i = &self.inputs;
        match component {
            Component::PremiumC => self.cif.ok().map(|x| x.premium),
            Component::PremiumA => self.cip.ok().map(|x| x.premium),
            Component::Duty => self.duties.ok().map(|d| d.duty),
            Component::Vat => self.duties.ok().map(|d| d.vat),
            // What she typed: the cost lines' table says which amount each component shows.
            typed => CostLine::of_component(typed).map(|line| i.amount(line)),
        }
    }

    /// Withholds `rule`'s price (and its insurance or duties): a field it needs is invalid
    /// ([`BuildUpError::NeedsField`]) or a cost it adds is blank ([`BuildUpError::NeedsCosts`]).
    pub(super) fn withhold(&mut self, rule: Incoterm, error: BuildUpError) {
        for (r, price) in self.prices.iter_mut() {
            if *r == rule {
                *price = Err(error);
            }
        }
        match rule {
            Incoterm::Cif => self.cif = Err(error),
            Incoterm::Cip => self.cip = Err(error),
            Incoterm::Ddp => self.duties = Err(error),
            _ => {}
        }
    }
}
