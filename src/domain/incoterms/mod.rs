//! Incoterms® 2020: the eleven rules, who pays which cost and where the risk passes, the price
//! build-up from her costs (`build`), the calculator's form and share link (`form`), and the
//! Indonesian ports and airports she ships from (`ports`).
//!
//! Source for the rules: ICC, *Incoterms® 2020* (ICC publication 723E), the articles of each rule:
//! A2/B2 delivery and taking delivery, A3/B3 transfer of risks, A4/B4 carriage, A5/B5 insurance,
//! A6/B6 delivery/transport document, A7/B7 export and import clearance, A9/B9 allocation of costs.
//! "Incoterms" is a registered trademark of the International Chamber of Commerce.

mod build;
pub mod calculator;
mod form;
mod lines;
pub mod ports;

pub use build::{build_up, BuildUp, BuildUpError, Component, CostInputs, Duties, Insured, Price, MAX_INSURANCE_RATE};
pub use form::{
    evaluate, from_query, to_query, Evaluation, Field, FieldError, FieldErrorKind, FieldSet, Form, LineReading,
    SMALL_RUPIAH_LINE,
};
pub use lines::CostLine;

use serde::{Deserialize, Serialize};

use super::lang::Lang;
use super::money::{format_money, Money};
use crate::domain::text::one_line;

crate::code_enum! {
    /// The eleven Incoterms 2020 rules, in the ICC's order (seller's obligations growing).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "UPPERCASE")]
    pub enum Incoterm: code {
        Exw = "EXW",
        Fca = "FCA",
        Fas = "FAS",
        Fob = "FOB",
        Cfr = "CFR",
        Cif = "CIF",
        Cpt = "CPT",
        Cip = "CIP",
        Dap = "DAP",
        Dpu = "DPU",
        Ddp = "DDP",
    }
}

/// The cover the seller must buy: ICC Incoterms 2020, CIF A5 and CIP A5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Clauses {
    /// Institute Cargo Clauses (A): "all risks", the minimum under CIP.
    A,
    /// Institute Cargo Clauses (C): named perils only, the minimum under CIF.
    C,
}

/// Both CIF and CIP require cover of at least 110 % of the contract price (A5).
pub const COVER_PERCENT: u32 = 110;

impl Incoterm {
    /// The code, case-insensitive. `CNF` and `C&F`, the old names the workshop used for CFR, are
    /// read as CFR.
    pub fn from_code(code: &str) -> Option<Incoterm> {
        let code = code.trim().to_ascii_uppercase();
        match code.as_str() {
            "CNF" | "C&F" | "C+F" => Some(Incoterm::Cfr),
            _ => Incoterm::ALL.into_iter().find(|rule| rule.code() == code),
        }
    }

    /// FAS, FOB, CFR and CIF deliver at or on a ship: "sea and inland waterway transport" only.
    pub fn sea_only(self) -> bool {
        matches!(self, Incoterm::Fas | Incoterm::Fob | Incoterm::Cfr | Incoterm::Cif)
    }

    /// The any-mode rule to use instead of a sea-only one (ICC's explanatory notes for FAS, FOB,
    /// CFR and CIF): FCA for FAS and FOB, CPT for CFR, CIP for CIF.
    pub fn any_mode_alternative(self) -> Option<Incoterm> {
        match self {
            Incoterm::Fas | Incoterm::Fob => Some(Incoterm::Fca),
            Incoterm::Cfr => Some(Incoterm::Cpt),
            Incoterm::Cif => Some(Incoterm::Cip),
            _ => None,
        }
    }

    /// Whether the seller must insure, and at which minimum cover (A5): clauses (C) under CIF,
    /// clauses (A) under CIP, both at [`COVER_PERCENT`] of the price. No other rule obliges either
    /// party to insure; see [`insurance_cell`] for who then bears the transit risk.
    pub fn insurance(self) -> Option<Clauses> {
        match self {
            Incoterm::Cif => Some(Clauses::C),
            Incoterm::Cip => Some(Clauses::A),
            _ => None,
        }
    }

    /// The rule this one builds on and what it adds (the lines of docs/design.md's build-up), so the
    /// page can show "FOB = FAS + origin terminal handling".
    pub fn build_step(self) -> (Option<Incoterm>, &'static [Component]) {
        match self {
            Incoterm::Exw => (None, &[Component::Goods]),
            Incoterm::Fca => {
                (Some(Incoterm::Exw), &[Component::Loading, Component::Inland, Component::ExportClearance])
            }
            Incoterm::Fas => (Some(Incoterm::Fca), &[Component::Alongside]),
            Incoterm::Fob => (Some(Incoterm::Fas), &[Component::OriginThc]),
            Incoterm::Cfr | Incoterm::Cpt => (Some(Incoterm::Fob), &[Component::Freight]),
            Incoterm::Cif => (Some(Incoterm::Cfr), &[Component::PremiumC]),
            Incoterm::Cip => (Some(Incoterm::Cpt), &[Component::PremiumA]),
            Incoterm::Dap => (Some(Incoterm::Cpt), &[Component::DestinationThc, Component::OnCarriage]),
            Incoterm::Dpu => (Some(Incoterm::Dap), &[Component::Unloading]),
            Incoterm::Ddp => (Some(Incoterm::Dap), &[Component::ImportClearance, Component::Duty, Component::Vat]),
        }
    }
}

crate::code_enum! {
    /// How the goods travel on the main carriage.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum TransportMode: code {
        #[default]
        Sea = "sea",
        Air = "air",
        Road = "road",
        Rail = "rail",
        /// Several modes under one contract, typically a container handed over at an inland terminal.
        Multimodal = "multimodal",
    }
}

impl TransportMode {
    pub fn from_code(code: &str) -> Option<TransportMode> {
        let code = code.trim().to_ascii_lowercase();
        TransportMode::ALL.into_iter().find(|mode| mode.code() == code)
    }
}

/// The any-mode rule to suggest when `rule` does not fit `mode`, or `None` when it fits.
///
/// Sea-only rules fit only [`TransportMode::Sea`]. Multimodal is warned about too: the ICC's notes
/// to FOB, CFR and CIF say they are not appropriate when goods are handed to the carrier before
/// they are on board, as containers are at a terminal; FCA, CPT and CIP are meant for that.
pub fn mode_warning(rule: Incoterm, mode: TransportMode) -> Option<Incoterm> {
    if mode == TransportMode::Sea {
        None
    } else {
        rule.any_mode_alternative()
    }
}

crate::code_enum! {
    /// What the importing country charges duty on (the customs value).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum DutyBasis: code {
        /// Cost, insurance and freight to the port of import: the WTO valuation most countries use.
        #[default]
        Cif = "cif",
        /// The value at the port of export: the United States, Canada, Australia.
        Fob = "fob",
    }
}

impl DutyBasis {
    pub fn from_code(code: &str) -> Option<DutyBasis> {
        match code.trim().to_ascii_lowercase().as_str() {
            "cif" => Some(DutyBasis::Cif),
            "fob" => Some(DutyBasis::Fob),
            _ => None,
        }
    }
}

/// A row of the who-pays matrix, in the order the goods meet the cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostItem {
    /// The goods and their export packing (A1, A8).
    GoodsAndPacking,
    /// Loading onto the collecting vehicle at the seller's premises.
    LoadingAtOrigin,
    /// Pre-carriage to the terminal or port of departure.
    InlandToTerminal,
    /// PEB, export licences, certificates, the broker (A7/B7).
    ExportClearance,
    /// From the terminal gate to alongside the ship at the quay (FAS A2, A9).
    AlongsideShip,
    /// Origin terminal handling and loading on board the main carrier.
    OriginTerminalHandling,
    MainFreight,
    Insurance,
    /// Destination terminal handling and unloading from the main carrier.
    DestinationTerminal,
    /// Carriage from the terminal of arrival to the named place.
    OnCarriage,
    /// Unloading from the arriving vehicle at the named place.
    UnloadingAtPlace,
    /// Import declaration, broker, inspections (A7/B7).
    ImportClearance,
    /// Import duty and import VAT and other taxes (A9/B9).
    ImportDutiesAndTaxes,
}

impl CostItem {
    pub const ALL: [CostItem; 13] = [
        CostItem::GoodsAndPacking,
        CostItem::LoadingAtOrigin,
        CostItem::InlandToTerminal,
        CostItem::ExportClearance,
        CostItem::AlongsideShip,
        CostItem::OriginTerminalHandling,
        CostItem::MainFreight,
        CostItem::Insurance,
        CostItem::DestinationTerminal,
        CostItem::OnCarriage,
        CostItem::UnloadingAtPlace,
        CostItem::ImportClearance,
        CostItem::ImportDutiesAndTaxes,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Payer {
    Seller,
    Buyer,
}

/// Who pays `item` under `rule`, from the A9/B9 articles (allocation of costs), read with A2
/// (where delivery happens), A4 (who contracts carriage) and A7 (clearance):
///
/// - EXW: the seller only places the goods at the buyer's disposal, not loaded (A2); the buyer
///   loads, carries and clears export (B7) — everything but the goods is the buyer's.
/// - FCA is modelled at a named terminal of departure (docs/design.md): the seller loads, carries there
///   and clears export; the buyer pays from the terminal on, its handling included.
/// - FAS: the seller also places the goods alongside the ship (bringing them from the terminal
///   to the quay); loading on board is the buyer's.
/// - FOB: the seller also loads on board. C rules: the seller also pays the main carriage (A4) and
///   the loading charges under it; unloading at destination is the buyer's unless the contract of
///   carriage says otherwise (B9). D rules: the seller pays everything to the named place; under
///   DAP and DDP the buyer unloads there (B9), under DPU the seller does (A2); only under DDP does
///   the seller clear import and pay its duties and taxes (A7, A9).
///
/// [`CostItem::Insurance`] is an obligation only under CIF and CIP (A5), where the seller pays.
/// Under the other rules the answer is the party that bears the risk during the main carriage
/// and so would insure for its own sake; [`insurance_cell`] tells the two cases apart.
pub fn payer(rule: Incoterm, item: CostItem) -> Payer {
    use CostItem as C;
    use Incoterm as I;
    let seller = match item {
        C::GoodsAndPacking => true,
        C::LoadingAtOrigin | C::InlandToTerminal | C::ExportClearance => rule != I::Exw,
        C::AlongsideShip => !matches!(rule, I::Exw | I::Fca),
        C::OriginTerminalHandling => !matches!(rule, I::Exw | I::Fca | I::Fas),
        C::MainFreight => !matches!(rule, I::Exw | I::Fca | I::Fas | I::Fob),
        C::Insurance => matches!(rule, I::Cif | I::Cip | I::Dap | I::Dpu | I::Ddp),
        C::DestinationTerminal | C::OnCarriage => matches!(rule, I::Dap | I::Dpu | I::Ddp),
        C::UnloadingAtPlace => rule == I::Dpu,
        C::ImportClearance | C::ImportDutiesAndTaxes => rule == I::Ddp,
    };
    if seller {
        Payer::Seller
    } else {
        Payer::Buyer
    }
}

/// The insurance row of the matrix, which is not a plain cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InsuranceCell {
    /// CIF and CIP: the seller must insure, at the given minimum cover, at 110 % of the price.
    SellerMustInsure(Clauses),
    /// No one must insure; this party bears the risk in the main carriage (A3/B3).
    NoDutyRiskOn(Payer),
}

pub fn insurance_cell(rule: Incoterm) -> InsuranceCell {
    match rule.insurance() {
        Some(clauses) => InsuranceCell::SellerMustInsure(clauses),
        None => InsuranceCell::NoDutyRiskOn(payer(rule, CostItem::Insurance)),
    }
}

/// Where the risk of loss or damage passes from seller to buyer (A3/B3, with A2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RiskPoint {
    /// EXW: placed at the buyer's disposal at the seller's premises, not loaded.
    SellerPremises,
    /// FCA, CPT, CIP: handed to the (first) carrier at the named place.
    FirstCarrier,
    /// FAS: placed alongside the ship at the port of shipment.
    AlongsideShip,
    /// FOB, CFR, CIF: on board the ship at the port of shipment.
    OnBoard,
    /// DAP, DDP: at the named place of destination, on the arriving vehicle, ready for unloading.
    DestinationReadyForUnloading,
    /// DPU: unloaded at the named place of destination.
    DestinationUnloaded,
}

pub fn risk_transfer(rule: Incoterm) -> RiskPoint {
    match rule {
        Incoterm::Exw => RiskPoint::SellerPremises,
        Incoterm::Fca | Incoterm::Cpt | Incoterm::Cip => RiskPoint::FirstCarrier,
        Incoterm::Fas => RiskPoint::AlongsideShip,
        Incoterm::Fob | Incoterm::Cfr | Incoterm::Cif => RiskPoint::OnBoard,
        Incoterm::Dap | Incoterm::Ddp => RiskPoint::DestinationReadyForUnloading,
        Incoterm::Dpu => RiskPoint::DestinationUnloaded,
    }
}

/// The price line for a listing or an e-mail:
/// `USD 5.80/kg FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 kg`.
///
/// Always in English, whatever the interface language: the foreign buyer reads it, and the listing
/// builder writes English. Blank parts are left out; line breaks become spaces so the line stays one
/// line. `min_order` is (quantity as she typed it, unit).
pub fn quote_line(
    rule: Incoterm,
    per_unit: Money,
    unit: &str,
    named_place: &str,
    min_order: Option<(&str, &str)>,
) -> String {
    let mut line = format_money(per_unit, Lang::En);
    let unit = one_line(unit);
    if !unit.is_empty() {
        line.push('/');
        line.push_str(&unit);
    }
    line.push(' ');
    line.push_str(rule.code());
    let place = one_line(named_place);
    if !place.is_empty() {
        line.push(' ');
        line.push_str(&place);
    }
    line.push_str(" (Incoterms® 2020)");
    if let Some((quantity, unit)) = min_order {
        let (quantity, unit) = (one_line(quantity), one_line(unit));
        if !quantity.is_empty() {
            line.push_str(", min. order ");
            line.push_str(&quantity);
            if !unit.is_empty() {
                line.push(' ');
                line.push_str(&unit);
            }
        }
    }
    line
}
