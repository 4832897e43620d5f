//! Incoterms 2020: the price build-up (docs/design.md's formulas and worked examples, and cases of our
//! own with their hand calculations), who pays what, the quote line, the share link, the ports.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::incoterms::ports::{self, PortKind};
use siap_ekspor::domain::incoterms::{
    build_up, evaluate, from_query, insurance_cell, mode_warning, payer, quote_line, risk_transfer, to_query, BuildUp,
    BuildUpError, Clauses, Component, CostInputs, CostItem, DutyBasis, Field, FieldError, FieldErrorKind, FieldSet,
    Form, Incoterm, InsuranceCell, Payer, RiskPoint, TransportMode,
};
use siap_ekspor::domain::money::{
    format_idr, plain_decimal, Amount, AmountError, Currency, ExchangeRate, Money, Percent, Quantity,
};
use siap_ekspor::domain::query::Query;

use Incoterm::*;

/// Whole units and cents: `amt(10_370, 0)` is 10,370.00.
fn amt(units: i64, cents: i64) -> Amount {
    Amount(units * 100 + cents)
}

/// Percent with up to four decimals: `pct(3000)` is 0.3 %.
fn pct(units: u32) -> Percent {
    Percent::from_units(units).unwrap()
}

fn qty(thousandths: i64) -> Option<Quantity> {
    Quantity::from_thousandths(thousandths)
}

fn total(b: &BuildUp, rule: Incoterm) -> Amount {
    b.price(rule).unwrap().total
}

fn per_unit(b: &BuildUp, rule: Incoterm) -> Amount {
    b.price(rule).unwrap().per_unit.unwrap()
}

/// docs/design.md's worked example, in dollars.
fn design_example() -> CostInputs {
    CostInputs {
        currency: Currency::Usd,
        goods: amt(10_000, 0),
        loading: amt(150, 0),
        inland: amt(100, 0),
        export_clearance: amt(120, 0),
        freight: amt(1_200, 0),
        insurance_c: pct(3_000),
        ..CostInputs::default()
    }
}

/// The issue's share link, as inputs.
fn issue_example() -> CostInputs {
    CostInputs {
        quantity: qty(100_000),
        insurance_a: Some(pct(5_000)),
        unloading: amt(80, 0),
        import_clearance: amt(150, 0),
        duty: pct(50_000),
        vat: pct(210_000),
        rate: ExchangeRate::from_cents(1_625_000),
        ..design_example()
    }
}

const ISSUE_LINK: &str = "cur=USD&qty=100&exw=10000&load=150&inland=100&clear=120&thc=0&freight=1200&ins=0.3&ins_a=0.5&dthc=0&oncarriage=0&unload=80&broker=150&duty=5&vat=21&basis=cif&mode=sea&rate=16250";

#[test]
fn design_worked_example_1() {
    let b = build_up(&design_example()).unwrap();
    assert_eq!(total(&b, Exw), amt(10_000, 0));
    // FCA = 10,000 + 150 + 100 + 120 = 10,370 = FAS; FOB = FAS + THC 0.
    assert_eq!(total(&b, Fca), amt(10_370, 0));
    assert_eq!(total(&b, Fas), amt(10_370, 0));
    assert_eq!(total(&b, Fob), amt(10_370, 0));
    // CFR = CPT = 10,370 + 1,200 = 11,570.
    assert_eq!(total(&b, Cfr), amt(11_570, 0));
    assert_eq!(total(&b, Cpt), amt(11_570, 0));
    // CIF = 11,570 / (1 − 1.1 × 0.003) = 11,570 / 0.9967 = 11,608.3074 → 11,608.31.
    assert_eq!(total(&b, Cif), amt(11_608, 31));
    assert_eq!(plain_decimal(total(&b, Cif)), "11608.31");
    let cif = b.cif.unwrap();
    assert_eq!(cif.clauses, Clauses::C);
    assert_eq!(cif.base, amt(11_570, 0));
    // Premium = CIF − CFR = 38.31 (= 1.1 × 0.003 × 11,608.31 = 38.3074); insured = 110 % × CIF =
    // 12,769.141 → 12,769.14.
    assert_eq!(cif.premium, amt(38, 31));
    assert_eq!(cif.insured_value, amt(12_769, 14));
    assert_eq!(b.component(Component::PremiumC), Some(amt(38, 31)));
    // CIP: clauses (A) rate not given → the (C) rate → the same number.
    assert_eq!(total(&b, Cip), amt(11_608, 31));
    assert_eq!(b.cip.unwrap().clauses, Clauses::A);
    // No quantity: no per-unit price.
    assert_eq!(b.price(Exw).unwrap().per_unit, None);
}

#[test]
fn design_worked_example_2() {
    // FOB 35, freight 5 → CFR 40; CIF = 40 / (1 − 1.1 × 0.008) = 40 / 0.9912 = 40.355 → 40.36.
    let inputs = CostInputs {
        currency: Currency::Usd,
        goods: amt(35, 0),
        freight: amt(5, 0),
        insurance_c: pct(8_000),
        ..CostInputs::default()
    };
    let b = build_up(&inputs).unwrap();
    assert_eq!(total(&b, Fob), amt(35, 0));
    assert_eq!(total(&b, Cfr), amt(40, 0));
    assert_eq!(total(&b, Cif), amt(40, 36));
}

#[test]
fn case_01_rupiah_in_the_hundreds_of_millions() {
    // A furniture maker in Pasuruan, costs in rupiah:
    // FCA = 350.000.000 + 1.500.000 + 3.500.000 + 2.750.000 = 357.750.000
    // FOB = 357.750.000 + 4.250.000 = 362.000.000
    // CFR = 362.000.000 + 18.000.000 = 380.000.000
    // CIF = 380.000.000 / (1 − 1.1 × 0.0025) = 380.000.000 / 0.99725 = 381.047.881,6746 → ,67
    // premium = 1.047.881,67; insured = 1.1 × 381.047.881,67 = 419.152.669,837 → ,84
    let inputs = CostInputs {
        goods: amt(350_000_000, 0),
        loading: amt(1_500_000, 0),
        inland: amt(3_500_000, 0),
        export_clearance: amt(2_750_000, 0),
        origin_thc: amt(4_250_000, 0),
        freight: amt(18_000_000, 0),
        insurance_c: pct(2_500),
        ..CostInputs::default()
    };
    let b = build_up(&inputs).unwrap();
    assert_eq!(total(&b, Fca), amt(357_750_000, 0));
    assert_eq!(total(&b, Fob), amt(362_000_000, 0));
    assert_eq!(total(&b, Cfr), amt(380_000_000, 0));
    assert_eq!(total(&b, Cif), amt(381_047_881, 67));
    assert_eq!(b.cif.unwrap().premium, amt(1_047_881, 67));
    assert_eq!(b.cif.unwrap().insured_value, amt(419_152_669, 84));
    assert_eq!(format_idr(total(&b, Cif), siap_ekspor::domain::lang::Lang::Id), "Rp 381.047.882");
}

#[test]
fn case_02_rupiah_per_kilogram_and_in_dollars() {
    // The same shipment is 5.000 kg: FOB per kg = 362.000.000 / 5.000 = 72.400.
    // At Rp 16.250 per dollar: FOB = 362.000.000 / 16.250 = USD 22,276.923 → 22,276.92, and
    // per kg 22,276.92 / 5,000 = 4.455 → 4.46 (half up).
    let inputs = CostInputs {
        goods: amt(350_000_000, 0),
        loading: amt(1_500_000, 0),
        inland: amt(3_500_000, 0),
        export_clearance: amt(2_750_000, 0),
        origin_thc: amt(4_250_000, 0),
        quantity: qty(5_000_000),
        rate: ExchangeRate::from_cents(1_625_000),
        ..CostInputs::default()
    };
    let b = build_up(&inputs).unwrap();
    assert_eq!(per_unit(&b, Fob), amt(72_400, 0));
    let usd = b.price_in(Fob, Currency::Usd).unwrap().unwrap();
    assert_eq!(usd.total, amt(22_276, 92));
    assert_eq!(usd.per_unit, Some(amt(4, 46)));
    assert_eq!(b.price_in(Fob, Currency::Idr).unwrap().unwrap().total, amt(362_000_000, 0));
}

#[test]
fn case_03_the_listing_price_per_kilogram() {
    // Coffee, 500 kg: goods 2,500 + loading 40 + inland 120 + clearance 90 = FCA 2,750;
    // + THC 150 = FOB 2,900; per kg 2,900 / 500 = 5.80.
    let inputs = CostInputs {
        currency: Currency::Usd,
        quantity: qty(500_000),
        goods: amt(2_500, 0),
        loading: amt(40, 0),
        inland: amt(120, 0),
        export_clearance: amt(90, 0),
        origin_thc: amt(150, 0),
        ..CostInputs::default()
    };
    let b = build_up(&inputs).unwrap();
    assert_eq!(total(&b, Fca), amt(2_750, 0));
    assert_eq!(per_unit(&b, Fca), amt(5, 50));
    assert_eq!(per_unit(&b, Fob), amt(5, 80));
    let money = Money { currency: Currency::Usd, amount: per_unit(&b, Fob) };
    assert_eq!(
        quote_line(Fob, money, "kg", "Tanjung Perak, Surabaya", Some(("500", "kg"))),
        "USD 5.80/kg FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 kg"
    );
}

#[test]
fn case_04_per_unit_rounds_half_up_to_the_cent() {
    // 100.00 / 3 = 33.333 → 33.33; 200.00 / 3 = 66.667 → 66.67; 0.05 / 2 = 0.025 → 0.03;
    // 10.00 / 2.5 kg = 4.00; 10.00 / 0.125 kg = 80.00.
    let cases =
        [(10_000, 3_000, 3_333), (20_000, 3_000, 6_667), (5, 2_000, 3), (1_000, 2_500, 400), (1_000, 125, 8_000)];
    for (goods, thousandths, expected) in cases {
        let inputs = CostInputs { goods: Amount(goods), quantity: qty(thousandths), ..CostInputs::default() };
        let b = build_up(&inputs).unwrap();
        assert_eq!(per_unit(&b, Exw), Amount(expected), "{goods} / {thousandths}");
    }
}

#[test]
fn case_05_cip_with_its_own_clauses_a_rate() {
    // CPT 11,570; rA 0.5 %: CIP = 11,570 / (1 − 0.0055) = 11,570 / 0.9945 = 11,633.9869 → 11,633.99.
    // Premium 63.99; CIF still uses the (C) rate: 11,608.31.
    let b = build_up(&CostInputs { insurance_a: Some(pct(5_000)), ..design_example() }).unwrap();
    assert_eq!(total(&b, Cip), amt(11_633, 99));
    assert_eq!(b.cip.unwrap().premium, amt(63, 99));
    assert_eq!(total(&b, Cif), amt(11_608, 31));
}

#[test]
fn case_06_the_issue_link_dap_dpu_ddp_on_cif_value() {
    // DAP = CPT 11,570 + 0 + 0 = 11,570; DPU = 11,570 + unloading 80 = 11,650.
    // Customs value = CIF 11,608.31; duty 5 % = 580.4155 → 580.42;
    // VAT 21 % × (11,608.31 + 580.42 = 12,188.73) = 2,559.6333 → 2,559.63;
    // DDP = 11,570 + broker 150 + 580.42 + 2,559.63 = 14,860.05.
    let b = build_up(&issue_example()).unwrap();
    assert_eq!(total(&b, Dap), amt(11_570, 0));
    assert_eq!(total(&b, Dpu), amt(11_650, 0));
    let duties = b.duties.unwrap();
    assert_eq!(duties.customs_value, amt(11_608, 31));
    assert_eq!(duties.duty, amt(580, 42));
    assert_eq!(duties.vat, amt(2_559, 63));
    assert_eq!(total(&b, Ddp), amt(14_860, 5));
    // Per unit (100 pcs): CIF 116.0831 → 116.08, DDP 148.6005 → 148.60, EXW 100.00.
    assert_eq!(per_unit(&b, Cif), amt(116, 8));
    assert_eq!(per_unit(&b, Ddp), amt(148, 60));
    assert_eq!(per_unit(&b, Exw), amt(100, 0));
}

#[test]
fn case_07_ddp_with_duty_on_fob_value() {
    // For the US: customs value = FOB 10,370; duty 5 % = 518.50;
    // VAT 21 % × 10,888.50 = 2,286.585 → 2,286.59 (half up);
    // DDP = 11,570 + 150 + 518.50 + 2,286.59 = 14,525.09.
    let b = build_up(&CostInputs { basis: DutyBasis::Fob, ..issue_example() }).unwrap();
    let duties = b.duties.unwrap();
    assert_eq!(duties.customs_value, amt(10_370, 0));
    assert_eq!(duties.duty, amt(518, 50));
    assert_eq!(duties.vat, amt(2_286, 59));
    assert_eq!(total(&b, Ddp), amt(14_525, 9));
}

#[test]
fn case_08_destination_charges_and_unloading() {
    // DAP = CPT 11,570 + destination THC 300 + on-carriage 450 = 12,320; DPU = 12,320 + 80 = 12,400.
    let inputs = CostInputs {
        destination_thc: amt(300, 0),
        on_carriage: amt(450, 0),
        unloading: amt(80, 0),
        ..design_example()
    };
    let b = build_up(&inputs).unwrap();
    assert_eq!(total(&b, Dap), amt(12_320, 0));
    assert_eq!(total(&b, Dpu), amt(12_400, 0));
    // DAP carries no insurance: it is CPT plus destination costs, not CIP plus them.
    assert_eq!(total(&b, Dap).0 - total(&b, Cpt).0, amt(750, 0).0);
}

#[test]
fn case_09_no_insurance_rate() {
    // r = 0: CIF = CFR = 11,570, premium 0, insured 110 % × 11,570 = 12,727.
    let b = build_up(&CostInputs { insurance_c: Percent::ZERO, ..design_example() }).unwrap();
    assert_eq!(total(&b, Cif), amt(11_570, 0));
    assert_eq!(b.cif.unwrap().premium, Amount::ZERO);
    assert_eq!(b.cif.unwrap().insured_value, amt(12_727, 0));
}

#[test]
fn case_10_insurance_at_the_cap() {
    // r = 20 %: CIF = 1,000 / (1 − 0.22) = 1,282.0513 → 1,282.05.
    let inputs = CostInputs { goods: amt(1_000, 0), insurance_c: pct(200_000), ..CostInputs::default() };
    assert_eq!(total(&build_up(&inputs).unwrap(), Cif), amt(1_282, 5));
}

#[test]
fn case_11_insurance_above_the_cap_blocks_only_what_depends_on_it() {
    // r = 20.0001 %: CIF and CIP refused; DDP on CIF value refused; the rest priced.
    let inputs = CostInputs { insurance_c: pct(200_001), ..issue_example() };
    let inputs = CostInputs { insurance_a: None, ..inputs };
    let b = build_up(&inputs).unwrap();
    assert_eq!(b.price(Cif), Err(BuildUpError::InsuranceRateTooHigh));
    assert_eq!(b.price(Cip), Err(BuildUpError::InsuranceRateTooHigh));
    assert_eq!(b.price(Ddp), Err(BuildUpError::InsuranceRateTooHigh));
    assert_eq!(b.component(Component::PremiumC), None);
    assert_eq!(total(&b, Cfr), amt(11_570, 0));
    assert_eq!(total(&b, Dpu), amt(11_650, 0));
    // With its own valid (A) rate CIP stands, and with duty on FOB value so does DDP.
    let b = build_up(&CostInputs { insurance_a: Some(pct(5_000)), basis: DutyBasis::Fob, ..inputs }).unwrap();
    assert_eq!(total(&b, Cip), amt(11_633, 99));
    assert_eq!(total(&b, Ddp), amt(14_525, 9));
    assert_eq!(b.price(Cif), Err(BuildUpError::InsuranceRateTooHigh));
    // Even 100 % (where 1.1 r ≥ 1 and the formula would divide by a negative) is only an error.
    let b = build_up(&CostInputs { insurance_c: Percent::HUNDRED, ..CostInputs::default() }).unwrap();
    assert_eq!(b.price(Cif), Err(BuildUpError::InsuranceRateTooHigh));
}

#[test]
fn case_12_goods_only() {
    // Nothing but goods Rp 10.000.000: every rule is 10.000.000 (no insurance, no duty).
    let b = build_up(&CostInputs { goods: amt(10_000_000, 0), ..CostInputs::default() }).unwrap();
    for rule in Incoterm::ALL {
        assert_eq!(total(&b, rule), amt(10_000_000, 0), "{rule:?}");
    }
}

#[test]
fn case_13_rupiah_cif_rounds_to_the_sen() {
    // Rp 1.000.000 at 0.1 %: CIF = 1.000.000 / 0.9989 = 1.001.101,2113 → 1.001.101,21.
    let inputs = CostInputs { goods: amt(1_000_000, 0), insurance_c: pct(1_000), ..CostInputs::default() };
    assert_eq!(total(&build_up(&inputs).unwrap(), Cif), amt(1_001_101, 21));
}

#[test]
fn case_14_full_duty_and_vat() {
    // Goods 100, no other cost, r 0, duty 100 %, VAT 100 %: customs value 100, duty 100,
    // VAT 100 % × 200 = 200; DDP = 100 + 0 + 100 + 200 = 400.
    let inputs =
        CostInputs { goods: amt(100, 0), duty: Percent::HUNDRED, vat: Percent::HUNDRED, ..CostInputs::default() };
    assert_eq!(total(&build_up(&inputs).unwrap(), Ddp), amt(400, 0));
}

#[test]
fn case_15_duty_and_vat_round_half_up_separately() {
    // Customs value (CIF, r 0) 33.33: duty 10 % = 3.333 → 3.33; VAT 11 % × 36.66 = 4.0326 → 4.03;
    // DDP = 33.33 + 3.33 + 4.03 = 40.69.
    let inputs = CostInputs { goods: amt(33, 33), duty: pct(100_000), vat: pct(110_000), ..CostInputs::default() };
    let b = build_up(&inputs).unwrap();
    assert_eq!(b.duties.unwrap().duty, amt(3, 33));
    assert_eq!(b.duties.unwrap().vat, amt(4, 3));
    assert_eq!(total(&b, Ddp), amt(40, 69));
    assert_eq!(b.component(Component::Duty), Some(amt(3, 33)));
}

#[test]
fn case_16_dollar_costs_shown_in_rupiah() {
    // CIF USD 11,608.31 at Rp 16.250 = Rp 188.635.037,50 → shown as Rp 188.635.038;
    // per unit (100): 1.886.350,375 → 1.886.350,38.
    let b = build_up(&issue_example()).unwrap();
    let idr = b.price_in(Cif, Currency::Idr).unwrap().unwrap();
    assert_eq!(idr.total, amt(188_635_037, 50));
    assert_eq!(idr.per_unit, Some(amt(1_886_350, 38)));
    assert_eq!(format_idr(idr.total, siap_ekspor::domain::lang::Lang::Id), "Rp 188.635.038");
    // Without a rate there is no other currency.
    let b = build_up(&design_example()).unwrap();
    assert_eq!(b.price_in(Cif, Currency::Idr), None);
}

#[test]
fn case_17_air_freight_and_the_mode_warning() {
    // By air: goods 1,000 + inland 50 + clearance 30 = FCA 1,080; air freight 400 → CPT 1,480;
    // CIP at 0.5 %: 1,480 / 0.9945 = 1,488.1850 → 1,488.19. FOB is flagged, FCA suggested.
    let inputs = CostInputs {
        currency: Currency::Usd,
        mode: TransportMode::Air,
        goods: amt(1_000, 0),
        inland: amt(50, 0),
        export_clearance: amt(30, 0),
        freight: amt(400, 0),
        insurance_c: pct(5_000),
        ..CostInputs::default()
    };
    let b = build_up(&inputs).unwrap();
    assert_eq!(total(&b, Fca), amt(1_080, 0));
    assert_eq!(total(&b, Cpt), amt(1_480, 0));
    assert_eq!(total(&b, Cip), amt(1_488, 19));
    assert_eq!(mode_warning(Fob, TransportMode::Air), Some(Fca));
    assert_eq!(mode_warning(Fas, TransportMode::Road), Some(Fca));
    assert_eq!(mode_warning(Cfr, TransportMode::Rail), Some(Cpt));
    assert_eq!(mode_warning(Cif, TransportMode::Multimodal), Some(Cip));
    assert_eq!(mode_warning(Fca, TransportMode::Air), None);
    assert_eq!(mode_warning(Cif, TransportMode::Sea), None);
}

#[test]
fn case_18_fas_adds_the_cost_of_bringing_the_goods_alongside() {
    // FAS is FCA plus bringing the goods from the terminal gate to the ship's side.
    // FCA = 10,370 (docs/design.md); alongside 80 → FAS = 10,450; THC 60 → FOB = 10,510;
    // freight 1,200 → CFR = 11,710. Without the cost FAS is FCA, as before.
    let inputs = CostInputs { alongside: amt(80, 0), origin_thc: amt(60, 0), ..design_example() };
    let b = build_up(&inputs).unwrap();
    assert_eq!(total(&b, Fca), amt(10_370, 0));
    assert_eq!(total(&b, Fas), amt(10_450, 0));
    assert_eq!(total(&b, Fob), amt(10_510, 0));
    assert_eq!(total(&b, Cfr), amt(11_710, 0));
    assert_eq!(b.component(Component::Alongside), Some(amt(80, 0)));
    assert_eq!(Fas.build_step(), (Some(Fca), &[Component::Alongside][..]));
    let b = build_up(&design_example()).unwrap();
    assert_eq!(total(&b, Fas), total(&b, Fca));
    // Old links, without the key, price as they did; the new key reads like any amount.
    let e = evaluate(&from_query(&Query::parse("cur=USD&exw=10000&load=150&inland=100&clear=120&alongside=80")).0);
    assert_eq!(total(e.build_up.as_ref().unwrap(), Fas), amt(10_450, 0));
}

#[test]
fn case_19_each_cost_line_in_its_own_currency() {
    // Her costs are in rupiah, her forwarder quotes sea freight in dollars. Typed
    // as "400" in a rupiah line it was Rp 400 (CFR Rp 17.250.400). As a dollar line at her rate:
    // 400 × 16,250 = Rp 6,500,000; FOB 17,250,000 + 6,500,000 = CFR Rp 23,750,000.
    let link = "cur=IDR&exw=15.000.000&load=250.000&inland=1.000.000&clear=500.000&thc=500.000&freight=400&freight_cur=USD&rate=16.250";
    let e = evaluate(&from_query(&Query::parse(link)).0);
    assert_eq!(e.errors, []);
    let b = e.build_up.as_ref().unwrap();
    assert_eq!(total(b, Fob), amt(17_250_000, 0));
    assert_eq!(total(b, Cfr), amt(23_750_000, 0));
    let line = e.line(Field::Freight).unwrap();
    assert_eq!(line.typed, Money { currency: Currency::Usd, amount: amt(400, 0) });
    assert_eq!(line.converted, Some(Money { currency: Currency::Idr, amount: amt(6_500_000, 0) }));
    assert!(!line.small);
    assert_eq!(e.line(Field::Loading).unwrap().converted, None, "same currency: nothing to convert");
    // Without a rate the dollar line cannot be added: it says so, and only what needs it waits.
    let e = evaluate(&from_query(&Query::parse(&link.replace("&rate=16.250", ""))).0);
    assert_eq!(e.error(Field::Freight), Some(FieldErrorKind::NeedsRate));
    let b = e.build_up.unwrap();
    assert_eq!(total(&b, Fob), amt(17_250_000, 0));
    assert_eq!(b.price(Cfr), Err(BuildUpError::NeedsField(Field::Freight)));
    // The other way round: dollar costs, a rupiah line. Rp 1.000.000 / 16,250 = 61.538… → USD 61.54.
    let e = evaluate(&from_query(&Query::parse("cur=USD&exw=1000&thc=1.000.000&thc_cur=IDR&rate=16250")).0);
    assert_eq!(total(e.build_up.as_ref().unwrap(), Fob), amt(1_061, 54));
    // An unknown currency is an error on its select, and withholds what needs the line.
    let e = evaluate(&from_query(&Query::parse("cur=USD&exw=1000&freight=5&freight_cur=EUR")).0);
    assert_eq!(e.error(Field::FreightCurrency), Some(FieldErrorKind::UnknownChoice));
    assert_eq!(e.build_up.unwrap().price(Cfr), Err(BuildUpError::NeedsField(Field::FreightCurrency)));
    // A line's blank currency follows the form's: switching the form's switches it.
    let form = Form { cur: "USD".into(), ..Form::default() };
    assert_eq!(form.line_currency(Field::Freight), Currency::Usd);
    assert_eq!(form.choice_code(Field::FreightCurrency), Some("USD"));
    let form = Form { freight_cur: "IDR".into(), ..form };
    assert_eq!(form.line_currency(Field::Freight), Currency::Idr);
    assert_eq!(Form::default().choice_code(Field::Currency), Some("IDR"));
    assert_eq!(Form::default().choice_code(Field::Mode), Some("sea"));
    assert_eq!(Form::default().choice_code(Field::Basis), Some("cif"));
    assert_eq!(Form { mode: "ship".into(), ..Form::default() }.choice_code(Field::Mode), Some("sea"));
    assert_eq!(Form::default().choice_code(Field::Goods), None);
}

#[test]
fn case_20_an_implausibly_small_rupiah_line_is_flagged() {
    // Less than Rp 10.000 (under a dollar) is no export cost: most likely dollars typed in rupiah.
    let small = |text: &str, currency: &str| {
        let form = Form {
            exw: "10.000.000".into(),
            freight: text.into(),
            freight_cur: currency.into(),
            rate: "16250".into(),
            ..Form::default()
        };
        evaluate(&form).line(Field::Freight).map(|l| l.small)
    };
    assert_eq!(small("400", ""), Some(true));
    assert_eq!(small("9.999", "IDR"), Some(true));
    assert_eq!(small("10.000", "IDR"), Some(false));
    assert_eq!(small("0", "IDR"), Some(false), "an explicit nothing is fine");
    assert_eq!(small("400", "USD"), Some(false));
    assert_eq!(small("", "IDR"), None);
}

#[test]
fn case_21_empty_is_not_zero() {
    // DAP, DPU and DDP showed the CFR figure while the destination costs were
    // blank. A price that adds a blank cost waits for it; an explicit 0 prices it.
    let eval = |link: &str| evaluate(&from_query(&Query::parse(link)).0).build_up.unwrap();
    let needs = |fields: &[Field]| Err(BuildUpError::NeedsCosts(FieldSet::of(fields)));
    let b = eval("cur=USD&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3");
    assert_eq!(total(&b, Fob), amt(10_370, 0), "origin costs may stay blank");
    assert_eq!(total(&b, Cfr), amt(11_570, 0));
    assert_eq!(total(&b, Cif), amt(11_608, 31));
    assert_eq!(b.price(Dap), needs(&[Field::DestinationThc, Field::OnCarriage]));
    assert_eq!(b.price(Dpu), needs(&[Field::DestinationThc, Field::OnCarriage, Field::Unloading]));
    assert_eq!(
        b.price(Ddp),
        needs(&[Field::DestinationThc, Field::OnCarriage, Field::ImportClearance, Field::Duty, Field::Vat])
    );
    assert_eq!(b.duties.err(), b.price(Ddp).err(), "the duties wait with DDP");
    // Explicit zeros: DAP = CPT 11,570 + 0 + 0; DPU + unloading 80 = 11,650.
    let b = eval("cur=USD&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3&dthc=0&oncarriage=0&unload=80");
    assert_eq!(total(&b, Dap), amt(11_570, 0));
    assert_eq!(total(&b, Dpu), amt(11_650, 0));
    assert_eq!(b.price(Ddp), needs(&[Field::ImportClearance, Field::Duty, Field::Vat]));
    // The main freight and the insurance rate are costs too.
    let b = eval("cur=USD&exw=100");
    for rule in [Cfr, Cpt] {
        assert_eq!(b.price(rule), needs(&[Field::Freight]), "{rule:?}");
    }
    assert_eq!(b.price(Cif), needs(&[Field::Freight, Field::InsuranceC]));
    assert_eq!(b.price(Cip), needs(&[Field::Freight, Field::InsuranceA]));
    // DDP on the CIF value needs the (C) rate; on the FOB value it does not.
    let all = "cur=USD&exw=100&freight=0&dthc=0&oncarriage=0&broker=0&duty=5&vat=10";
    assert_eq!(eval(all).price(Ddp), needs(&[Field::InsuranceC]));
    // Customs value FOB 100: duty 5 % = 5; VAT 10 % × 105 = 10.50; DDP = 100 + 5 + 10.50.
    assert_eq!(total(&eval(&format!("{all}&basis=fob")), Ddp), amt(115, 50));
    // An invalid field is still named first.
    assert_eq!(eval("cur=USD&exw=100&freight=abc").price(Dap), Err(BuildUpError::NeedsField(Field::Freight)));
}

#[test]
fn case_22_cip_says_which_insurance_rate_it_used() {
    // A blank clauses (A) rate used to take the (C) rate silently. It still prices CIP
    // (the (C) rate is the best figure she has), and the price carries where its rate came from.
    let eval = |link: &str| evaluate(&from_query(&Query::parse(link)).0).build_up.unwrap();
    let b = eval("cur=USD&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3");
    let cip = b.cip.unwrap();
    assert_eq!((cip.clauses, cip.rate_from, cip.rate), (Clauses::A, Clauses::C, pct(3_000)));
    assert_eq!(total(&b, Cip), amt(11_608, 31));
    let cip = eval("cur=USD&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3&ins_a=0.5").cip.unwrap();
    assert_eq!((cip.rate_from, cip.total), (Clauses::A, amt(11_633, 99)));
    assert_eq!(build_up(&design_example()).unwrap().cif.unwrap().rate_from, Clauses::C);
}

#[test]
fn the_minimum_order_travels_in_the_form_and_the_link() {
    // The share link carried no minimum order. It is `moq=`, read as a quantity.
    let (form, errors) = from_query(&Query::parse(&format!("{ISSUE_LINK}&moq=500")));
    assert_eq!((form.moq.as_str(), errors), ("500", vec![]));
    assert!(form.to_query().contains("&moq=500&"), "{}", form.to_query());
    let (_, errors) = from_query(&Query::parse("exw=1&moq=banyak"));
    assert_eq!(errors, [FieldError { field: Field::MinOrder, kind: FieldErrorKind::Number(AmountError::NotANumber) }]);
    // Every key is distinct and none of the old ones changed.
    let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
    let mut unique = keys.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), keys.len());
    for old in [
        "cur",
        "qty",
        "unit",
        "exw",
        "load",
        "inland",
        "clear",
        "thc",
        "freight",
        "ins",
        "ins_a",
        "dthc",
        "oncarriage",
        "unload",
        "broker",
        "duty",
        "vat",
        "basis",
        "mode",
        "rate",
        "from",
        "to",
    ] {
        assert!(keys.contains(&old), "{old}");
    }
}

#[test]
fn the_calculator_keeps_the_product_the_buyers_currency_and_the_minimum_order() {
    use siap_ekspor::domain::incoterms::calculator::{Calculator, CalculatorEdit, NoLine, QuoteProduct, SaveQuote};
    let mut calculator = Calculator::default();
    calculator.apply(CalculatorEdit::LoadLink(Box::new(from_query(&Query::parse(ISSUE_LINK)).0)));
    let line = |c: &Calculator| c.line(&evaluate(&c.form), "carton");
    // ISSUE_LINK: FOB USD 10,370 for 100 → 103.70 a carton; in rupiah 10,370 × 16,250 =
    // Rp 168,512,500, Rp 1,685,125 a carton.
    assert_eq!(line(&calculator).unwrap().text, "USD 103.70/carton FOB (Incoterms® 2020)");
    calculator.apply(CalculatorEdit::QuoteCurrency(Currency::Idr));
    let idr = line(&calculator).unwrap();
    assert_eq!(idr.text, "IDR 1,685,125/carton FOB (Incoterms® 2020)");
    assert_eq!(idr.converted_at, ExchangeRate::from_cents(1_625_000));
    calculator.apply(CalculatorEdit::QuoteCurrency(Currency::Usd));
    calculator.apply(CalculatorEdit::Field(Field::MinOrder, "1.000".into(), String::new()));
    assert_eq!(line(&calculator).unwrap().text, "USD 103.70/carton FOB (Incoterms® 2020), min. order 1,000 cartons");
    calculator.apply(CalculatorEdit::Field(Field::MinOrder, "seribu".into(), String::new()));
    assert_eq!(line(&calculator), Err(NoLine::BadMinOrder));
    calculator.apply(CalculatorEdit::Field(Field::MinOrder, "1".into(), String::new()));
    assert!(line(&calculator).unwrap().text.ends_with("min. order 1 carton"));
    calculator.apply(CalculatorEdit::Field(Field::Rate, String::new(), String::new()));
    assert_eq!(line(&calculator).map(|l| l.currency), Ok(Currency::Usd), "dollar costs need no rate for a dollar line");
    calculator.apply(CalculatorEdit::QuoteCurrency(Currency::Idr));
    assert_eq!(line(&calculator), Err(NoLine::NeedsRate(Currency::Idr)));
    calculator.apply(CalculatorEdit::QuoteCurrency(Currency::Usd));

    // Saved for a product of hers, with its name then; reopened, the product and currency return.
    calculator.apply(CalculatorEdit::Product(Some(3)));
    let save = SaveQuote { today: "2026-11-28".into(), unit: "carton".into(), product_name: " Keripik tempe ".into() };
    calculator.save(&save);
    let saved = calculator.saved[0].clone();
    assert_eq!(saved.product, Some(QuoteProduct { id: 3, name: "Keripik tempe".into() }));
    assert_eq!((saved.currency, saved.form.moq.as_str()), (Some(Currency::Usd), "1"));
    calculator.apply(CalculatorEdit::Product(None));
    calculator.apply(CalculatorEdit::QuoteCurrency(Currency::Idr));
    calculator.apply(CalculatorEdit::ClearForm);
    assert_eq!(calculator.form, Form::default());
    calculator.apply(CalculatorEdit::Open(saved.id));
    assert_eq!(
        (calculator.product, calculator.quote_currency(), calculator.form.moq.as_str()),
        (Some(3), Currency::Usd, "1")
    );
    // Without a product chosen (or without its name) a quote names none.
    calculator.apply(CalculatorEdit::Product(None));
    calculator.save(&SaveQuote { unit: "carton".into(), ..SaveQuote::default() });
    assert_eq!(calculator.saved[1].product, None);
}

#[test]
fn out_of_range_inputs_are_an_error_not_a_panic() {
    for bad in [Amount(-1), Amount(i64::MAX), Amount(i64::MIN), Amount(Amount::MAX.0 + 1)] {
        let inputs = CostInputs { freight: bad, ..design_example() };
        assert_eq!(build_up(&inputs), Err(BuildUpError::InputOutOfRange));
    }
    // Every input at the maximum, every rate at its maximum, the smallest quantity: still priced.
    let max = Amount::MAX;
    let inputs = CostInputs {
        goods: max,
        loading: max,
        inland: max,
        export_clearance: max,
        origin_thc: max,
        freight: max,
        destination_thc: max,
        on_carriage: max,
        unloading: max,
        import_clearance: max,
        insurance_c: pct(200_000),
        duty: Percent::HUNDRED,
        vat: Percent::HUNDRED,
        quantity: qty(1),
        rate: ExchangeRate::from_cents(ExchangeRate::MAX_CENTS),
        ..CostInputs::default()
    };
    let b = build_up(&inputs).unwrap();
    for rule in Incoterm::ALL {
        let _ = b.price(rule);
        let _ = b.price_in(rule, Currency::Usd);
    }
}

#[test]
fn rules_and_their_attributes() {
    let codes: Vec<&str> = Incoterm::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes, ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"]);
    for rule in Incoterm::ALL {
        assert_eq!(Incoterm::from_code(&rule.code().to_lowercase()), Some(rule));
        assert_eq!(rule.sea_only(), rule.any_mode_alternative().is_some());
    }
    assert_eq!(Incoterm::from_code("CNF"), Some(Cfr));
    assert_eq!(Incoterm::from_code("DAT"), None);
    let sea: Vec<Incoterm> = Incoterm::ALL.into_iter().filter(|r| r.sea_only()).collect();
    assert_eq!(sea, [Fas, Fob, Cfr, Cif]);
    assert_eq!(Cif.insurance(), Some(Clauses::C));
    assert_eq!(Cip.insurance(), Some(Clauses::A));
    assert_eq!(Incoterm::ALL.iter().filter(|r| r.insurance().is_some()).count(), 2);
    for mode in TransportMode::ALL {
        assert_eq!(TransportMode::from_code(mode.code()), Some(mode));
    }
    for basis in DutyBasis::ALL {
        assert_eq!(DutyBasis::from_code(basis.code()), Some(basis));
    }
    assert_eq!(Ddp.build_step(), (Some(Dap), &[Component::ImportClearance, Component::Duty, Component::Vat][..]));
}

#[test]
fn who_pays_what() {
    // Rows: cost items; columns: EXW FCA FAS FOB CFR CIF CPT CIP DAP DPU DDP. S seller, B buyer.
    // ICC Incoterms 2020, A9/B9 of each rule (with A2, A4, A7); FCA at a named terminal.
    let table = [
        (CostItem::GoodsAndPacking, "SSSSSSSSSSS"),
        (CostItem::LoadingAtOrigin, "BSSSSSSSSSS"),
        (CostItem::InlandToTerminal, "BSSSSSSSSSS"),
        (CostItem::ExportClearance, "BSSSSSSSSSS"),
        // FAS A2: the seller places the goods alongside the ship; under FCA the buyer's carrier
        // takes them at the terminal.
        (CostItem::AlongsideShip, "BBSSSSSSSSS"),
        (CostItem::OriginTerminalHandling, "BBBSSSSSSSS"),
        (CostItem::MainFreight, "BBBBSSSSSSS"),
        (CostItem::Insurance, "BBBBBSBSSSS"),
        (CostItem::DestinationTerminal, "BBBBBBBBSSS"),
        (CostItem::OnCarriage, "BBBBBBBBSSS"),
        (CostItem::UnloadingAtPlace, "BBBBBBBBBSB"),
        (CostItem::ImportClearance, "BBBBBBBBBBS"),
        (CostItem::ImportDutiesAndTaxes, "BBBBBBBBBBS"),
    ];
    assert_eq!(table.len(), CostItem::ALL.len());
    for ((item, row), expected_item) in table.iter().zip(CostItem::ALL) {
        assert_eq!(*item, expected_item);
        for (rule, cell) in Incoterm::ALL.into_iter().zip(row.chars()) {
            let expected = if cell == 'S' { Payer::Seller } else { Payer::Buyer };
            assert_eq!(payer(rule, *item), expected, "{item:?} under {rule:?}");
        }
    }
    // Each rule's seller pays at least as much as the rule before it in the build-up.
    for rule in Incoterm::ALL {
        if let (Some(base), _) = rule.build_step() {
            for item in CostItem::ALL {
                if payer(base, item) == Payer::Seller {
                    assert_eq!(payer(rule, item), Payer::Seller, "{item:?}: {base:?} → {rule:?}");
                }
            }
        }
    }
}

#[test]
fn insurance_and_risk() {
    assert_eq!(insurance_cell(Cif), InsuranceCell::SellerMustInsure(Clauses::C));
    assert_eq!(insurance_cell(Cip), InsuranceCell::SellerMustInsure(Clauses::A));
    assert_eq!(insurance_cell(Fob), InsuranceCell::NoDutyRiskOn(Payer::Buyer));
    assert_eq!(insurance_cell(Cfr), InsuranceCell::NoDutyRiskOn(Payer::Buyer));
    assert_eq!(insurance_cell(Dap), InsuranceCell::NoDutyRiskOn(Payer::Seller));
    let expected = [
        (Exw, RiskPoint::SellerPremises),
        (Fca, RiskPoint::FirstCarrier),
        (Fas, RiskPoint::AlongsideShip),
        (Fob, RiskPoint::OnBoard),
        (Cfr, RiskPoint::OnBoard),
        (Cif, RiskPoint::OnBoard),
        (Cpt, RiskPoint::FirstCarrier),
        (Cip, RiskPoint::FirstCarrier),
        (Dap, RiskPoint::DestinationReadyForUnloading),
        (Dpu, RiskPoint::DestinationUnloaded),
        (Ddp, RiskPoint::DestinationReadyForUnloading),
    ];
    for (rule, point) in expected {
        assert_eq!(risk_transfer(rule), point, "{rule:?}");
    }
}

#[test]
fn quote_lines() {
    let usd = Money { currency: Currency::Usd, amount: amt(5, 80) };
    let idr = Money { currency: Currency::Idr, amount: amt(85_000, 0) };
    assert_eq!(
        quote_line(Cif, idr, " kg ", "Port Klang,\nMalaysia", Some(("1.000", "kg"))),
        "IDR 85,000/kg CIF Port Klang, Malaysia (Incoterms® 2020), min. order 1.000 kg"
    );
    assert_eq!(quote_line(Fca, usd, "", "", None), "USD 5.80 FCA (Incoterms® 2020)");
    assert_eq!(
        quote_line(Fob, usd, "pcs", "Tanjung Perak, Surabaya", Some((" ", "pcs"))),
        "USD 5.80/pcs FOB Tanjung Perak, Surabaya (Incoterms® 2020)"
    );
}

#[test]
fn the_issue_link_prices_everything() {
    let (form, errors) = from_query(&Query::parse(ISSUE_LINK));
    assert_eq!(errors, []);
    let evaluation = evaluate(&form);
    assert_eq!(evaluation.inputs.as_ref(), Some(&issue_example()));
    let b = evaluation.build_up.unwrap();
    let shown: Vec<String> = Incoterm::ALL.iter().map(|r| plain_decimal(total(&b, *r))).collect();
    assert_eq!(
        shown,
        [
            "10000.00", "10370.00", "10370.00", "10370.00", "11570.00", "11608.31", "11570.00", "11633.99", "11570.00",
            "11650.00", "14860.05"
        ]
    );
}

#[test]
fn inputs_round_trip_through_the_link() {
    let inputs = CostInputs {
        unit: "karton".into(),
        origin: "Tanjung Perak, Surabaya".into(),
        destination: "Rotterdam & co. 100%".into(),
        quantity: qty(2_125),
        mode: TransportMode::Multimodal,
        basis: DutyBasis::Fob,
        rate: ExchangeRate::from_cents(1_625_050),
        goods: amt(10_000, 5),
        ..issue_example()
    };
    let link = to_query(&inputs);
    assert!(link.starts_with("cur=USD&qty=2.1250&unit=karton&exw=10000.05&load=150&"), "{link}");
    let (form, errors) = from_query(&Query::parse(&link));
    assert_eq!(errors, []);
    assert_eq!(evaluate(&form).inputs, Some(inputs));
    // The typed form survives the link as typed.
    let typed = Form { exw: "Rp 1.500.000,50".into(), ins: "0,3".into(), ..Form::default() };
    let (back, _) = from_query(&Query::parse(&typed.to_query()));
    assert_eq!(back, typed);
}

#[test]
fn garbage_in_the_link_is_a_field_error() {
    let error = |link: &str, field: Field| {
        from_query(&Query::parse(link)).1.into_iter().find(|e| e.field == field).map(|e| e.kind)
    };
    let number = |e: AmountError| Some(FieldErrorKind::Number(e));
    assert_eq!(error("", Field::Goods), number(AmountError::Empty));
    assert_eq!(error("exw=abc", Field::Goods), number(AmountError::NotANumber));
    assert_eq!(error("exw=-5", Field::Goods), number(AmountError::Negative));
    assert_eq!(error("exw=%FF%FE", Field::Goods), number(AmountError::NotANumber));
    assert_eq!(error("exw=99999999999999999999", Field::Goods), number(AmountError::TooLarge));
    assert_eq!(error("exw=1&qty=0", Field::Quantity), number(AmountError::Zero));
    assert_eq!(error("exw=1&rate=0", Field::Rate), number(AmountError::Zero));
    assert_eq!(error("exw=1&freight=1e6", Field::Freight), number(AmountError::NotANumber));
    assert_eq!(error("exw=1&ins=150", Field::InsuranceC), number(AmountError::TooLarge));
    assert_eq!(error("exw=1&ins=50", Field::InsuranceC), Some(FieldErrorKind::InsuranceRateTooHigh));
    assert_eq!(error("exw=1&ins_a=30", Field::InsuranceA), Some(FieldErrorKind::InsuranceRateTooHigh));
    assert_eq!(error("exw=1&cur=EUR", Field::Currency), Some(FieldErrorKind::UnknownChoice));
    assert_eq!(error("exw=1&mode=ship", Field::Mode), Some(FieldErrorKind::UnknownChoice));
    assert_eq!(error("exw=1&basis=xyz", Field::Basis), Some(FieldErrorKind::UnknownChoice));
    assert_eq!(error("cur=IDR&exw=US%24%205", Field::Goods), number(AmountError::WrongCurrency));
}

#[test]
fn a_bad_field_withholds_only_the_prices_that_need_it() {
    let eval = |link: &str| evaluate(&from_query(&Query::parse(link)).0);
    // Bad currency or goods: nothing at all.
    assert_eq!(eval("cur=EUR&exw=100").build_up, None);
    assert_eq!(eval("exw=1.5.0").build_up, None);
    assert_eq!(eval("exw=1.5.0").inputs, None);
    // Bad freight: EXW to FOB stand, CFR on are withheld.
    let b = eval("cur=USD&exw=100&load=10&freight=abc").build_up.unwrap();
    assert_eq!(total(&b, Fob), amt(110, 0));
    for rule in [Cfr, Cif, Cpt, Cip, Dap, Dpu, Ddp] {
        assert_eq!(b.price(rule), Err(BuildUpError::NeedsField(Field::Freight)), "{rule:?}");
    }
    // Bad (C) rate: CIF, CIP (which falls back to it) and DDP on CIF value; DAP stands.
    let dest = "freight=0&dthc=0&oncarriage=0&unload=0&broker=0&duty=0&vat=0";
    let b = eval(&format!("cur=USD&exw=100&ins=x&{dest}")).build_up.unwrap();
    for rule in [Cif, Cip, Ddp] {
        assert_eq!(b.price(rule), Err(BuildUpError::NeedsField(Field::InsuranceC)), "{rule:?}");
    }
    assert_eq!(total(&b, Dap), amt(100, 0));
    assert_eq!(b.cif, Err(BuildUpError::NeedsField(Field::InsuranceC)));
    // …but not CIP with its own (A) rate, nor DDP on FOB value.
    let b = eval(&format!("cur=USD&exw=100&ins=x&ins_a=1&basis=fob&{dest}")).build_up.unwrap();
    assert_eq!(total(&b, Cip), amt(101, 11)); // 100 / 0.989 = 101.1122 → 101.11
    assert_eq!(total(&b, Ddp), amt(100, 0));
    // Bad basis: DDP only. Bad mode: nothing withheld, the field error shows.
    let e = eval("cur=USD&exw=100&basis=xyz");
    assert_eq!(e.build_up.unwrap().price(Ddp), Err(BuildUpError::NeedsField(Field::Basis)));
    let e = eval(&format!("cur=USD&exw=100&mode=ship&ins=0&{dest}"));
    assert_eq!(e.error(Field::Mode), Some(FieldErrorKind::UnknownChoice));
    assert!(Incoterm::ALL.iter().all(|r| e.build_up.as_ref().unwrap().price(*r).is_ok()));
    // Bad quantity: totals stand, no per-unit price.
    let b = eval("cur=USD&exw=100&qty=0").build_up.unwrap();
    assert_eq!(b.price(Exw).unwrap(), siap_ekspor::domain::incoterms::Price { total: amt(100, 0), per_unit: None });
    // A too-high rate is its field's error and its rules' own error.
    let e = eval("cur=USD&exw=100&ins=25");
    assert_eq!(e.error(Field::InsuranceC), Some(FieldErrorKind::InsuranceRateTooHigh));
    assert_eq!(e.build_up.unwrap().price(Cip), Err(BuildUpError::InsuranceRateTooHigh));
}

#[test]
fn the_form_defaults_and_persists() {
    let empty = evaluate(&Form::default());
    assert_eq!(empty.errors.len(), 1);
    assert_eq!(empty.error(Field::Goods), Some(FieldErrorKind::Number(AmountError::Empty)));
    let e = evaluate(&Form { exw: "Rp 1.500.000".into(), ..Form::default() });
    assert_eq!(e.errors, []);
    let inputs = e.inputs.unwrap();
    assert_eq!((inputs.currency, inputs.basis, inputs.mode), (Currency::Idr, DutyBasis::Cif, TransportMode::Sea));
    assert_eq!(inputs.goods, amt(1_500_000, 0));
    // Stored as JSON; a document without the form, or with some fields, still loads.
    let form: Form = serde_json::from_str("{}").unwrap();
    assert_eq!(form, Form::default());
    let form: Form = serde_json::from_str(r#"{"exw":"10.000","future_field":1}"#).unwrap();
    assert_eq!(form.exw, "10.000");
    let full = Form::from_inputs(&issue_example());
    assert_eq!(serde_json::from_str::<Form>(&serde_json::to_string(&full).unwrap()).unwrap(), full);
    for field in Field::ALL {
        let mut form = Form::default();
        form.set(field, "x".into());
        assert_eq!(form.get(field), "x");
        assert!(form.to_query().starts_with(&format!("{}=", field.key())));
    }
}

#[test]
fn the_port_list() {
    let list = ports::parse(ports::bundled_json()).expect("the bundled port list parses");
    assert_eq!(list.checked, "2026-11-28");
    assert!(list.source.is_complete(), "{:?}", list.source);
    assert_eq!(ports::all().len(), list.ports.len());
    assert!(list.ports.len() >= 15);
    let first: Vec<(&str, PortKind)> = list.ports.iter().take(2).map(|p| (p.name.as_str(), p.kind)).collect();
    assert_eq!(first, [("Tanjung Perak", PortKind::Sea), ("Juanda International Airport", PortKind::Air)]);
    assert!(list.ports.iter().take(2).all(|p| p.city.contains("Surabaya")));
    assert_eq!(list.ports.first().map(|p| p.label()), Some("Tanjung Perak, Surabaya".to_string()));
    let mut names: Vec<&str> = list.ports.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), list.ports.len(), "names are unique");
    for port in &list.ports {
        assert!(!port.name.trim().is_empty() && !port.city.trim().is_empty());
        if let Some(code) = &port.locode {
            assert!(
                code.len() == 5 && code.starts_with("ID") && code.chars().all(|c| c.is_ascii_uppercase()),
                "{code}"
            );
        }
    }
    for name in ["Tanjung Priok", "Soekarno-Hatta International Airport", "Tanjung Emas", "Belawan", "Benoa"] {
        assert!(list.ports.iter().any(|p| p.name == name), "{name}");
    }
}

// ---- properties ----

fn any_amount() -> impl Strategy<Value = Amount> {
    prop_oneof![Just(Amount::ZERO), (0..=Amount::MAX.0).prop_map(Amount), (0i64..10_000_000).prop_map(Amount)]
}

fn any_inputs() -> impl Strategy<Value = CostInputs> {
    (
        prop::array::uniform11(any_amount()),
        (0u32..=200_000, prop::option::of(0u32..=200_000), 0u32..=1_000_000, 0u32..=1_000_000),
        (prop::option::of(1i64..=100_000_000), prop::bool::ANY, prop::option::of(1i64..=ExchangeRate::MAX_CENTS)),
    )
        .prop_map(|(a, (c, ia, d, v), (q, fob, rate))| CostInputs {
            currency: Currency::Usd,
            goods: a[0],
            loading: a[1],
            inland: a[2],
            export_clearance: a[3],
            origin_thc: a[4],
            freight: a[5],
            destination_thc: a[6],
            on_carriage: a[7],
            unloading: a[8],
            import_clearance: a[9],
            alongside: a[10],
            insurance_c: pct(c),
            insurance_a: ia.map(pct),
            duty: pct(d),
            vat: pct(v),
            quantity: q.and_then(Quantity::from_thousandths),
            basis: if fob { DutyBasis::Fob } else { DutyBasis::Cif },
            rate: rate.and_then(ExchangeRate::from_cents),
            ..CostInputs::default()
        })
}

/// Raises one input (0..=9 amounts, 10..=13 rates, 14 the alongside cost) by `step`, within its range.
fn bump(inputs: &CostInputs, which: usize, step: i64) -> CostInputs {
    let mut out = inputs.clone();
    let up = |a: &mut Amount| a.0 = (a.0 + step).min(Amount::MAX.0);
    let up_pct = |p: &mut Percent, max: u32| {
        *p = pct((p.units() + u32::try_from(step % 1_000_000).unwrap()).min(max));
    };
    match which {
        0 => up(&mut out.goods),
        1 => up(&mut out.loading),
        2 => up(&mut out.inland),
        3 => up(&mut out.export_clearance),
        4 => up(&mut out.origin_thc),
        5 => up(&mut out.freight),
        6 => up(&mut out.destination_thc),
        7 => up(&mut out.on_carriage),
        8 => up(&mut out.unloading),
        9 => up(&mut out.import_clearance),
        10 => up_pct(&mut out.insurance_c, 200_000),
        11 => {
            let mut a = out.insurance_a_rate();
            up_pct(&mut a, 200_000);
            out.insurance_a = Some(a);
        }
        12 => up_pct(&mut out.duty, 1_000_000),
        13 => up_pct(&mut out.vat, 1_000_000),
        _ => up(&mut out.alongside),
    }
    out
}

proptest! {
    #[test]
    fn build_up_orders_the_rules(inputs in any_inputs()) {
        let b = build_up(&inputs).unwrap();
        let t = |r| total(&b, r);
        prop_assert!(t(Exw) <= t(Fca));
        prop_assert!(t(Fca) <= t(Fas));
        prop_assert_eq!(t(Fas).0, t(Fca).0 + inputs.alongside.0);
        prop_assert!(t(Fas) <= t(Fob));
        prop_assert!(t(Fob) <= t(Cfr));
        prop_assert_eq!(t(Cfr), t(Cpt));
        prop_assert!(t(Cfr) <= t(Cif));
        prop_assert!(t(Cpt) <= t(Cip));
        prop_assert!(t(Dap) <= t(Dpu));
        prop_assert!(t(Dap) <= t(Ddp));
        prop_assert!(t(Cpt) <= t(Dap));
        let cif = b.cif.unwrap();
        prop_assert_eq!(cif.total.0 - cif.base.0, cif.premium.0);
        prop_assert!(cif.insured_value >= cif.total);
        let d = b.duties.unwrap();
        prop_assert_eq!(t(Ddp).0, t(Dap).0 + inputs.import_clearance.0 + d.duty.0 + d.vat.0);
        for rule in Incoterm::ALL {
            let _ = b.price_in(rule, Currency::Idr);
        }
    }

    #[test]
    fn every_price_is_non_decreasing_in_every_cost(inputs in any_inputs(), which in 0usize..15, step in 1i64..1_000_000_000) {
        let before = build_up(&inputs).unwrap();
        let after = build_up(&bump(&inputs, which, step)).unwrap();
        for rule in Incoterm::ALL {
            let (b, a) = (before.price(rule).unwrap(), after.price(rule).unwrap());
            prop_assert!(a.total >= b.total, "{:?} fell when input {} rose", rule, which);
            prop_assert!(a.per_unit >= b.per_unit, "{:?} per unit fell when input {} rose", rule, which);
        }
    }

    #[test]
    fn too_high_insurance_never_panics(inputs in any_inputs(), c in 200_001u32..=1_000_000) {
        let b = build_up(&CostInputs { insurance_c: pct(c), insurance_a: None, ..inputs }).unwrap();
        prop_assert_eq!(b.price(Cif), Err(BuildUpError::InsuranceRateTooHigh));
        prop_assert!(b.price(Fob).is_ok() && b.price(Dpu).is_ok());
    }

    #[test]
    fn evaluate_never_panics(texts in prop::collection::vec(any::<String>(), Field::ALL.len())) {
        let mut form = Form::default();
        for (field, text) in Field::ALL.into_iter().zip(texts) {
            form.set(field, text);
        }
        let e = evaluate(&form);
        prop_assert_eq!(e.inputs.is_some(), e.build_up.is_some());
    }

    #[test]
    fn any_link_is_read_without_panic(link in any::<String>(), key in 0usize..Field::ALL.len(), value in "[0-9.,%a-z\\- ]{0,12}") {
        let _ = from_query(&Query::parse(&link));
        let field = Field::ALL[key];
        let (form, errors) = from_query(&Query::parse(&format!("exw=1&{}={}", field.key(), value)));
        let e = evaluate(&form);
        prop_assert_eq!(&e.errors, &errors);
        // Whatever was wrong is named on its field, and nothing that needs it is priced.
        if let Some(b) = e.build_up {
            for rule in Incoterm::ALL {
                if let Err(BuildUpError::NeedsField(f)) = b.price(rule) {
                    prop_assert!(errors.iter().any(|x| x.field == f));
                }
            }
        }
    }

    #[test]
    fn links_round_trip(inputs in any_inputs(), unit in ".{0,8}", origin in ".{0,12}", destination in ".{0,12}") {
        let inputs = CostInputs { unit, origin, destination, ..inputs };
        let (form, errors) = from_query(&Query::parse(&to_query(&inputs)));
        prop_assert_eq!(errors, vec![]);
        prop_assert_eq!(evaluate(&form).inputs, Some(inputs));
    }
}

/// The cost lines' one table: each line's amount field, currency field, build-up line and matrix
/// row belong to it alone, and the build-up shows what the form read for it.
#[test]
fn each_cost_line_is_one_row_of_one_table() {
    use siap_ekspor::domain::incoterms::{evaluate, from_query, CostItem, CostLine};
    use siap_ekspor::domain::money::parse_amount;
    use std::collections::BTreeSet;
    let fields: BTreeSet<&str> = CostLine::ALL.iter().map(|l| l.field().key()).collect();
    let currencies: BTreeSet<&str> = CostLine::ALL.iter().filter_map(|l| l.currency_field()).map(|f| f.key()).collect();
    let components: BTreeSet<String> = CostLine::ALL.iter().map(|l| format!("{:?}", l.component())).collect();
    let items: BTreeSet<String> = CostLine::ALL.iter().map(|l| format!("{:?}", l.item())).collect();
    assert_eq!((fields.len(), currencies.len(), components.len(), items.len()), (11, 10, 11, 11));
    assert_eq!(CostLine::Goods.currency_field(), None, "the goods are in the form's currency");
    // The matrix rows that are not typed lines: insurance and the import duties, both computed.
    let computed: Vec<CostItem> =
        CostItem::ALL.into_iter().filter(|item| !CostLine::ALL.iter().any(|l| l.item() == *item)).collect();
    assert_eq!(computed, [CostItem::Insurance, CostItem::ImportDutiesAndTaxes]);
    for line in CostLine::ALL {
        assert_eq!(CostLine::of_field(line.field()), Some(line));
        assert_eq!(CostLine::of_component(line.component()), Some(line));
        assert!(line.field().is_amount() && !line.field().is_choice(), "{line:?}");
        if let Some(currency) = line.currency_field() {
            assert!(currency.is_choice() && !currency.is_amount(), "{line:?}");
            assert_eq!(line.field().currency_field(), Some(currency));
        }
    }
    // Every line typed with its own amount (1 … 11 thousand rupiah): the build-up shows each.
    let query: Vec<String> =
        CostLine::ALL.iter().enumerate().map(|(n, l)| format!("{}={}000", l.field().key(), n + 1)).collect();
    let (form, _) = from_query(&Query::parse(&format!("cur=IDR&{}", query.join("&"))));
    let evaluation = evaluate(&form);
    let build = evaluation.build_up.expect("priced");
    let inputs = evaluation.inputs.expect("read");
    for (n, line) in CostLine::ALL.into_iter().enumerate() {
        let typed = parse_amount(&format!("{}000", n + 1), Currency::Idr).expect("an amount");
        assert_eq!(inputs.amount(line), typed, "{line:?}");
        assert_eq!(build.component(line.component()), Some(typed), "{line:?}");
    }
}
