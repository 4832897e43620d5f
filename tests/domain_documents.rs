//! Export documents: amounts in words, totals and rounding, weights and volume,
//! numbering, the chain proforma → commercial invoice → packing list, starting points, checks,
//! the printed view, and the schema migration.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::change::{apply, Change};
use siap_ekspor::domain::documents::check::{check, valid_hs, At, Issue, Problem};
use siap_ekspor::domain::documents::dates::{english_date, parse_date, print_date};
use siap_ekspor::domain::documents::model::{Line, Package, ORIGIN_INDONESIA};
use siap_ekspor::domain::documents::numbering::{format_number, is_duplicate, next_number, parse_number};
use siap_ekspor::domain::documents::start::{derive_edit, duplicate_edit, new_document, QuotePick};
use siap_ekspor::domain::documents::store::{MAX_DOCUMENTS, MAX_LINES, MAX_PACKAGES, MAX_TEXT};
use siap_ekspor::domain::documents::totals::{
    figure, fixed_en, group_en, kg_en, line_amount, m3_en, money_en, packing_totals, parse_count, quantity_en,
    read_package, total, total_quantity, trimmed_en, volume_litres, NumberProblem, TotalProblem,
};
use siap_ekspor::domain::documents::view::{editor, list, printed};
use siap_ekspor::domain::documents::words::{amount_in_words, number_in_words};
use siap_ekspor::domain::documents::{DocField, DocKind, Document, DocumentsEdit, LineField, PackageField, Start};
use siap_ekspor::domain::incoterms::calculator::{CalculatorEdit, SaveQuote};
use siap_ekspor::domain::incoterms::{from_query, Incoterm};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::{AppData, SCHEMA_VERSION};
use siap_ekspor::domain::money::{Amount, AmountError, Currency, Money, Quantity};
use siap_ekspor::domain::persist::{decode, encode, DecodeError};
use siap_ekspor::domain::query::Query;
use siap_ekspor::i18n::documents::{issue_text, place_name};

const TODAY: &str = "2026-12-03";

fn usd(cents: i64) -> Money {
    Money { currency: Currency::Usd, amount: Amount(cents) }
}

fn docs(data: &AppData, edit: DocumentsEdit) -> AppData {
    apply(data, Change::Documents(edit))
}

fn new(data: &AppData, kind: DocKind, start: Start) -> AppData {
    docs(data, new_document(data, kind, start, TODAY))
}

/// The next document of the chain; unchanged data when it cannot be made.
fn derive(data: &AppData, from: u32, kind: DocKind, today: &str) -> AppData {
    match derive_edit(&data.documents, from, kind, today) {
        Some(edit) => docs(data, edit),
        None => data.clone(),
    }
}

fn duplicate(data: &AppData, id: u32, today: &str) -> AppData {
    match duplicate_edit(&data.documents, id, today) {
        Some(edit) => docs(data, edit),
        None => data.clone(),
    }
}

fn current(data: &AppData) -> &Document {
    data.documents.current().expect("a document is open")
}

fn text(data: &AppData, field: DocField, value: &str) -> AppData {
    docs(data, DocumentsEdit::Text(field, value.into()))
}

fn line(data: &AppData, index: usize, field: LineField, value: &str) -> AppData {
    docs(data, DocumentsEdit::Line(index, field, value.into()))
}

fn package(data: &AppData, index: usize, field: PackageField, value: &str) -> AppData {
    docs(data, DocumentsEdit::Package(index, field, value.into()))
}

/// DESIGN.md's worked example as a share link, saved at CIF: CIF = USD 11,608.31.
fn with_cif_quote(query: &str) -> AppData {
    with_quote(query, Incoterm::Cif)
}

fn with_quote(query: &str, rule: Incoterm) -> AppData {
    let mut data = AppData::default();
    let (form, errors) = from_query(&Query::parse(query));
    assert!(errors.is_empty(), "{errors:?}");
    data = apply(&data, Change::Calculator(CalculatorEdit::LoadLink(Box::new(form))));
    data = apply(&data, Change::Calculator(CalculatorEdit::Choose(rule)));
    let mut calculator = data.calculator.clone();
    calculator.save(&SaveQuote { today: "2026-12-01".into(), unit: String::new(), product_name: String::new() });
    AppData { calculator, ..data }
}

const WORKED: &str =
    "cur=USD&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3&from=Tanjung%20Perak%2C%20Surabaya&to=Hamburg";

// ---------------------------------------------------------------------------------------------
// Amounts in words

#[test]
fn numbers_in_words() {
    let cases: &[(u128, &str)] = &[
        (0, "Zero"),
        (1, "One"),
        (11, "Eleven"),
        (19, "Nineteen"),
        (20, "Twenty"),
        (21, "Twenty-One"),
        (99, "Ninety-Nine"),
        (100, "One Hundred"),
        (101, "One Hundred One"),
        (110, "One Hundred Ten"),
        (999, "Nine Hundred Ninety-Nine"),
        (1000, "One Thousand"),
        (1001, "One Thousand One"),
        (11_608, "Eleven Thousand Six Hundred Eight"),
        (100_000, "One Hundred Thousand"),
        (1_000_000, "One Million"),
        (1_500_000, "One Million Five Hundred Thousand"),
        (2_000_000_001, "Two Billion One"),
        (10_000_000_000_000, "Ten Trillion"),
        (92_233_720_368_547_758, "Ninety-Two Quadrillion Two Hundred Thirty-Three Trillion Seven Hundred Twenty Billion Three Hundred Sixty-Eight Million Five Hundred Forty-Seven Thousand Seven Hundred Fifty-Eight"),
    ];
    for (value, words) in cases {
        assert_eq!(number_in_words(*value), *words, "{value}");
    }
    // Every u128 has words, the largest included.
    assert!(number_in_words(u128::MAX).starts_with("Three Hundred Forty Undecillion"));
}

#[test]
fn amounts_in_words_as_invoices_write_them() {
    let cases: &[(Money, &str)] = &[
        (usd(0), "US Dollars Zero Only"),
        (usd(100), "US Dollars One Only"),
        (usd(1), "US Dollars Zero and Cents One"),
        (usd(1100), "US Dollars Eleven Only"),
        (usd(1900), "US Dollars Nineteen Only"),
        (usd(10_000), "US Dollars One Hundred Only"),
        (usd(1_160_831), "US Dollars Eleven Thousand Six Hundred Eight and Cents Thirty-One"),
        (usd(100_000_001), "US Dollars One Million and Cents One"),
        (usd(1_950), "US Dollars Nineteen and Cents Fifty"),
        // The largest amount the calculator accepts as input: ten trillion.
        (usd(Amount::MAX.cents()), "US Dollars Ten Trillion Only"),
        (usd(Amount::MAX.cents() - 1), "US Dollars Nine Trillion Nine Hundred Ninety-Nine Billion Nine Hundred Ninety-Nine Million Nine Hundred Ninety-Nine Thousand Nine Hundred Ninety-Nine and Cents Ninety-Nine"),
        (Money { currency: Currency::Idr, amount: Amount(0) }, "Indonesian Rupiah Zero Only"),
        (Money { currency: Currency::Idr, amount: Amount(100) }, "Indonesian Rupiah One Only"),
        (Money { currency: Currency::Idr, amount: Amount(150_000_000) }, "Indonesian Rupiah One Million Five Hundred Thousand Only"),
        // Rupiah are written whole, half up, as every rupiah figure in the app.
        (Money { currency: Currency::Idr, amount: Amount(150_000_050) }, "Indonesian Rupiah One Million Five Hundred Thousand One Only"),
        (Money { currency: Currency::Idr, amount: Amount(150_000_049) }, "Indonesian Rupiah One Million Five Hundred Thousand Only"),
        (usd(-250), "Minus US Dollars Two and Cents Fifty"),
    ];
    for (money, words) in cases {
        assert_eq!(amount_in_words(*money), *words, "{money:?}");
    }
    // The largest amount the calculator's type can hold (its build-up sums can pass the input limit).
    let largest = amount_in_words(usd(i64::MAX));
    assert!(largest.starts_with("US Dollars Ninety-Two Quadrillion"), "{largest}");
    assert!(largest.ends_with("and Cents Seven"), "{largest}");
    assert!(amount_in_words(usd(i64::MIN)).starts_with("Minus US Dollars Ninety-Two Quadrillion"));
}

// ---------------------------------------------------------------------------------------------
// Totals, rounding, weights, volume

fn q(thousandths: i64) -> Quantity {
    Quantity::from_thousandths(thousandths).unwrap()
}

#[test]
fn line_amounts_round_half_up_to_the_cent_or_the_rupiah() {
    let cases: &[(i64, i64, Currency, i64)] = &[
        (100_000, 11_608, Currency::Usd, 1_160_800),
        (2_500, 199, Currency::Usd, 498),       // 2.5 × 1.99 = 4.975 → 4.98
        (1_500, 333, Currency::Usd, 500),       // 1.5 × 3.33 = 4.995 → 5.00
        (1_001, 1, Currency::Usd, 1),           // 1.001 × 0.01 = 0.01001 → 0.01
        (1_499, 1, Currency::Usd, 1),           // 0.01499 → 0.01
        (500, 1, Currency::Usd, 1),             // 0.005 → 0.01
        (499, 1, Currency::Usd, 0),             // 0.00499 → 0.00
        (1_500, 33_300, Currency::Idr, 50_000), // 1.5 × Rp 333 = Rp 499.50 → Rp 500
        (1_000, 33_349, Currency::Idr, 33_300), // Rp 333.49 → Rp 333
        (1_000, 33_350, Currency::Idr, 33_400), // Rp 333.50 → Rp 334
        (10_000_000, 8_500_000, Currency::Idr, 85_000_000_000), // 10,000 × Rp 85,000
    ];
    for (quantity, price, currency, cents) in cases {
        assert_eq!(line_amount(q(*quantity), Amount(*price), *currency), Some(Amount(*cents)), "{quantity} × {price}");
    }
    // The largest quantity at the largest price does not overflow: it is refused by the total.
    let huge = line_amount(q(10_000_000_000_000_000), Amount::MAX, Currency::Usd);
    assert_eq!(huge, None, "beyond i64 cents");
}

fn lines(rows: &[(&str, &str, &str)]) -> Vec<Line> {
    rows.iter()
        .map(|(quantity, unit, price)| {
            Line::with(&[
                (LineField::Description, "Goods"),
                (LineField::Quantity, quantity),
                (LineField::Unit, unit),
                (LineField::UnitPrice, price),
            ])
        })
        .collect()
}

#[test]
fn the_total_is_the_sum_of_the_lines_shown() {
    type Rows = &'static [(&'static str, &'static str, &'static str)];
    let cases: &[(Rows, Currency, Result<Amount, TotalProblem>)] = &[
        (&[("100", "kg", "116.08")], Currency::Usd, Ok(Amount(1_160_800))),
        (&[("1", "lot", "11608.31")], Currency::Usd, Ok(Amount(1_160_831))),
        (&[("1.500", "kg", "5,80"), ("2,5", "kg", "1.99")], Currency::Usd, Ok(Amount(870_000 + 498))),
        (&[("1,500", "pcs", "$ 2.25")], Currency::Usd, Ok(Amount(337_500))),
        (&[("10", "carton", "Rp 1.500.000,50")], Currency::Idr, Ok(Amount(1_500_000_500))),
        (&[("3", "carton", "333,33")], Currency::Idr, Ok(Amount(100_000))), // Rp 999.99 → Rp 1,000
        (&[], Currency::Usd, Err(TotalProblem::NoLines)),
        (&[("abc", "kg", "5")], Currency::Usd, Err(TotalProblem::LineUnreadable)),
        (&[("5", "kg", "")], Currency::Usd, Err(TotalProblem::LineUnreadable)),
        (&[("5", "kg", "Rp 5.000")], Currency::Usd, Err(TotalProblem::LineUnreadable)),
        (&[("0", "kg", "5")], Currency::Usd, Err(TotalProblem::LineUnreadable)),
        (&[("1", "lot", "10.000.000.000.000")], Currency::Usd, Ok(Amount::MAX)),
        (&[("1", "lot", "10.000.000.000.000"), ("1", "lot", "0,01")], Currency::Usd, Err(TotalProblem::TooLarge)),
        (&[("10.000.000.000.000", "kg", "10.000.000.000.000")], Currency::Usd, Err(TotalProblem::LineUnreadable)),
        (&[("1.000", "kg", "10.000.000.000")], Currency::Usd, Ok(Amount::MAX)),
        (&[("1.001", "kg", "10.000.000.000")], Currency::Usd, Err(TotalProblem::TooLarge)),
    ];
    for (rows, currency, expected) in cases {
        assert_eq!(total(&lines(rows), *currency), *expected, "{rows:?}");
    }
}

#[test]
fn quantities_add_up_only_in_one_unit() {
    assert_eq!(
        total_quantity(&lines(&[("1.500", "kg", "1"), ("2,5", "KG ", "1")])),
        Some((q(1_502_500), "kg".to_string()))
    );
    assert_eq!(total_quantity(&lines(&[("1", "kg", "1"), ("2", "carton", "1")])), None);
    assert_eq!(total_quantity(&lines(&[("1", "", "1")])), None);
    assert_eq!(total_quantity(&lines(&[("x", "kg", "1")])), None);
    assert_eq!(total_quantity(&[]), None);
}

#[test]
fn figures_as_documents_print_them() {
    assert_eq!(figure(Amount(1_160_831), Currency::Usd), "11,608.31");
    assert_eq!(figure(Amount(500), Currency::Usd), "5.00");
    assert_eq!(figure(Amount(0), Currency::Usd), "0.00");
    assert_eq!(figure(Amount(150_000_000), Currency::Idr), "1,500,000");
    assert_eq!(figure(Amount(125_050), Currency::Idr), "1,250.50");
    assert_eq!(figure(Amount(100_000_000_000_000), Currency::Usd), "1,000,000,000,000.00");
    assert_eq!(figure(Amount(-150), Currency::Usd), "-1.50");
    for (value, grouped) in
        [(0, "0"), (100, "100"), (999, "999"), (1000, "1,000"), (100_000, "100,000"), (1_234_567, "1,234,567")]
    {
        assert_eq!(group_en(value), grouped);
    }
    assert_eq!(
        (trimmed_en(1_500_500, 3), trimmed_en(-1_500, 3), trimmed_en(2_000, 3), trimmed_en(125, 3)),
        ("1,500.5".into(), "-1.5".into(), "2".into(), "0.125".into())
    );
    assert_eq!(
        (fixed_en(-5, 2), fixed_en(1_000_000, 3), fixed_en(7, 3)),
        ("-0.05".into(), "1,000.000".into(), "0.007".into())
    );
    assert_eq!(
        (kg_en(21_500), m3_en(1_500), money_en(Amount(150_000_000), Currency::Idr)),
        ("21.5".into(), "1.500".into(), "IDR 1,500,000".into())
    );
    assert_eq!(quantity_en(q(1_502_500)), "1,502.5");
}

fn pkg(count: &str, net: &str, gross: &str, dims: (&str, &str, &str)) -> Package {
    Package::with(&[
        (PackageField::Kind, "Carton"),
        (PackageField::Count, count),
        (PackageField::Net, net),
        (PackageField::Gross, gross),
        (PackageField::Length, dims.0),
        (PackageField::Width, dims.1),
        (PackageField::Height, dims.2),
    ])
}

#[test]
fn volume_is_in_cubic_metres_rounded_half_up_to_the_litre() {
    // thousandths of a cm in, litres out
    let cm = |v: i64| v * 1000;
    let cases: &[(i64, i64, i64, i64, i128)] = &[
        (10, cm(40), cm(30), cm(25), 300),    // 10 × 30 L = 0.300 m³
        (1, cm(100), cm(100), cm(100), 1000), // 1 m³
        (1, cm(15), cm(10), cm(10), 2),       // 1.5 L → 2
        (1, 14_900, cm(10), cm(10), 1),       // 1.49 L → 1
        (1, cm(5), cm(10), cm(10), 1),        // 0.5 L → 1
        (1, cm(4), cm(10), cm(10), 0),        // 0.4 L → 0
        (3, 33_300, 33_300, 33_300, 111),     // 3 × 36.926 L = 110.778 → 111
        (100_000, cm(10_000), cm(10_000), cm(10_000), 100_000_000_000_000), // the limits: no overflow
    ];
    for (count, l, w, h, litres) in cases {
        assert_eq!(volume_litres(*count, *l, *w, *h), *litres, "{count} × {l} × {w} × {h}");
    }
}

#[test]
fn packing_totals_add_weights_and_volume() {
    let rows = vec![pkg("40", "20", "21,5", ("40", "30", "25")), pkg("2", "12.5", "13", ("50", "40", "30,5"))];
    let totals = packing_totals(&rows);
    assert_eq!(totals.packages, Some(42));
    assert_eq!(totals.net, Some(40 * 20_000 + 2 * 12_500));
    assert_eq!(totals.gross, Some(40 * 21_500 + 2 * 13_000));
    assert_eq!(totals.volume, Some(1_200 + 122)); // 40 × 30 L + 2 × 61 L
    let bad = packing_totals(&[rows[0].clone(), pkg("2", "x", "13", ("50", "40", ""))]);
    assert_eq!(bad.packages, Some(42));
    assert_eq!((bad.net, bad.gross, bad.volume), (None, Some(40 * 21_500 + 26_000), None));
    assert_eq!(packing_totals(&[]), Default::default());
}

#[test]
fn package_numbers_are_checked() {
    assert_eq!(parse_count("40"), Ok(40));
    assert_eq!(parse_count("1.500"), Ok(1500));
    assert_eq!(parse_count("2,5"), Err(NumberProblem::NotWhole));
    assert_eq!(parse_count("100.001"), Err(NumberProblem::TooLarge));
    assert_eq!(parse_count("100.000"), Ok(100_000));
    assert_eq!(parse_count("0"), Err(NumberProblem::Amount(AmountError::Zero)));
    assert_eq!(parse_count(""), Err(NumberProblem::Amount(AmountError::Empty)));
    assert_eq!(parse_count("<img onerror=x>"), Err(NumberProblem::Amount(AmountError::NotANumber)));
    let f = read_package(&pkg("1", "100.000,001", "100.000", ("10.000", "10.001", "0,5")));
    assert_eq!(f.net, Err(NumberProblem::TooLarge));
    assert_eq!(f.gross, Ok(100_000_000));
    assert_eq!(f.length, Ok(10_000_000));
    assert_eq!(f.width, Err(NumberProblem::TooLarge));
    assert_eq!(f.height, Ok(500));
}

// ---------------------------------------------------------------------------------------------
// Dates

#[test]
fn dates_are_calendar_days_printed_in_words() {
    assert_eq!(parse_date("2026-12-03").map(english_date), Some("3 December 2026".into()));
    assert_eq!(parse_date(" 2024-02-29 ").map(english_date), Some("29 February 2024".into()));
    for bad in [
        "2026-02-29",
        "2100-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "26-12-03",
        "2026-1-3",
        "03/12/2026",
        "",
        "2026-12-03-1",
        "１２３４-12-03",
        "2026-1-03",
        "2026-01-3",
        "02026-01-03",
        "2026-+1-03",
        "2026-01-+3",
        "+026-01-03",
        "1899-12-31",
    ] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
    assert!(parse_date("2000-02-29").is_some());
    assert_eq!(print_date("2026-01-31"), "31 January 2026");
    assert_eq!(print_date("next week"), "next week");
}

// ---------------------------------------------------------------------------------------------
// Numbering

#[test]
fn numbers_have_a_series_per_kind_and_year() {
    assert_eq!(format_number(DocKind::Proforma, 2026, 1), "PI-2026-001");
    assert_eq!(format_number(DocKind::Commercial, 2026, 42), "CI-2026-042");
    assert_eq!(format_number(DocKind::PackingList, 2027, 1000), "PL-2027-1000");
    assert_eq!(parse_number(" pi-2026-007 "), Some((DocKind::Proforma, 2026, 7)));
    assert_eq!(parse_number("CI-2026-1000"), Some((DocKind::Commercial, 2026, 1000)));
    assert_eq!(parse_number("PL-2026-999999999"), Some((DocKind::PackingList, 2026, 999_999_999)));
    for other in [
        "INV/2026/001",
        "PI-26-001",
        "XX-2026-001",
        "PI-2026-",
        "PI-2026-01a",
        "PI-2026-001-2",
        "PI-2026-9999999999",
        "PI-2026-1234567890",
        "PI-+026-001",
        "PI-2026-+01",
        "PI-2026",
    ] {
        assert_eq!(parse_number(other), None, "{other}");
    }

    let mut data = AppData::default();
    data = new(&data, DocKind::Proforma, Start::Blank);
    data = new(&data, DocKind::Proforma, Start::Blank);
    data = new(&data, DocKind::Commercial, Start::Blank);
    data = docs(&data, new_document(&data, DocKind::Proforma, Start::Blank, "2027-01-02"));
    let numbers: Vec<&str> = data.documents.items.iter().map(|d| d.get(DocField::Number)).collect();
    assert_eq!(numbers, ["PI-2026-001", "PI-2026-002", "CI-2026-001", "PI-2027-001"]);
}

#[test]
fn numbers_are_never_reused() {
    let mut data = AppData::default();
    data = new(&data, DocKind::Proforma, Start::Blank); // PI-2026-001, id 0
    data = new(&data, DocKind::Proforma, Start::Blank); // PI-2026-002, id 1
    data = docs(&data, DocumentsEdit::Delete(1));
    data = new(&data, DocKind::Proforma, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "PI-2026-003", "the deleted number stays used");
    assert_eq!(current(&data).id, 2, "ids are never reused either");

    // Her own number in the series is skipped while it exists, and remembered when deleted.
    data = text(&data, DocField::Number, "PI-2026-010");
    data = new(&data, DocKind::Proforma, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "PI-2026-011");
    let mut data = AppData::default();
    data = new(&data, DocKind::Proforma, Start::Blank);
    data = text(&data, DocField::Number, "pi-2026-007");
    data = docs(&data, DocumentsEdit::Delete(0));
    data = new(&data, DocKind::Proforma, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "PI-2026-008");

    // Typing a number that is not of the series does not move it.
    data = text(&data, DocField::Number, "INV/ABC/1");
    data = new(&data, DocKind::Proforma, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "PI-2026-009");
    assert_eq!(next_number(&data.documents, DocKind::Proforma, 2026).0, "PI-2026-010");
    assert_eq!(next_number(&data.documents, DocKind::PackingList, 2026).0, "PL-2026-001");
}

#[test]
fn each_series_remembers_its_own_numbers() {
    let mut data = AppData::default();
    data = new(&data, DocKind::Proforma, Start::Blank); // PI-2026-001, id 0
    data = new(&data, DocKind::Commercial, Start::Blank); // CI-2026-001, id 1
    data = docs(&data, new_document(&data, DocKind::Proforma, Start::Blank, "2027-01-05")); // PI-2027-001, id 2
    data = docs(&data, DocumentsEdit::Delete(0));
    data = docs(&data, DocumentsEdit::Delete(1));
    data = docs(&data, DocumentsEdit::Delete(2));
    data = new(&data, DocKind::Commercial, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "CI-2026-002");
    data = new(&data, DocKind::Proforma, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "PI-2026-002");
    data = docs(&data, new_document(&data, DocKind::Proforma, Start::Blank, "2027-03-01"));
    assert_eq!(current(&data).get(DocField::Number), "PI-2027-002");
    data = new(&data, DocKind::PackingList, Start::Blank);
    assert_eq!(current(&data).get(DocField::Number), "PL-2026-001");
}

#[test]
fn a_duplicate_number_is_warned_about_not_refused() {
    let mut data = AppData::default();
    data = new(&data, DocKind::Proforma, Start::Blank);
    data = new(&data, DocKind::Commercial, Start::Blank);
    assert!(!is_duplicate(&data.documents, 1));
    data = text(&data, DocField::Number, " pi-2026-001");
    assert_eq!(current(&data).get(DocField::Number), " pi-2026-001", "kept as she typed it");
    assert!(is_duplicate(&data.documents, 0) && is_duplicate(&data.documents, 1));
    let view = editor(&data.documents, current(&data), &[]);
    assert!(view.duplicate);
    assert!(list(&data.documents).iter().all(|item| item.duplicate));
    data = text(&data, DocField::Number, "");
    assert!(!is_duplicate(&data.documents, 1), "an empty number is missing, not a duplicate");
    assert!(!is_duplicate(&data.documents, 99));
}

// ---------------------------------------------------------------------------------------------
// Starting points and the chain

#[test]
fn a_proforma_from_the_latest_quote_carries_its_rule_price_and_place() {
    let data = with_cif_quote(WORKED);
    let data = new(&data, DocKind::Proforma, Start::Quote(QuotePick::Latest));
    let doc = current(&data);
    assert_eq!(doc.kind, DocKind::Proforma);
    assert_eq!(doc.get(DocField::Number), "PI-2026-001");
    assert_eq!(doc.get(DocField::Date), TODAY);
    assert_eq!(doc.currency, Currency::Usd);
    assert_eq!(doc.incoterm, Some(Incoterm::Cif));
    assert_eq!(doc.get(DocField::Place), "Hamburg", "C rules name the destination");
    assert_eq!(
        (doc.get(DocField::PortLoading), doc.get(DocField::PortDischarge)),
        ("Tanjung Perak, Surabaya", "Hamburg")
    );
    assert_eq!(doc.get(DocField::Origin), ORIGIN_INDONESIA);
    assert_eq!(doc.from_quote, Some(0));
    assert_eq!(doc.lines.len(), 1);
    let l = &doc.lines[0];
    assert_eq!(
        (l.get(LineField::Quantity), l.get(LineField::Unit), l.get(LineField::UnitPrice)),
        ("1", "lot", "11608.31")
    );
    let shown = printed(doc);
    let total = shown.total.expect("a total");
    assert_eq!(total.plain, "11608.31");
    assert_eq!(total.text, "USD 11,608.31");
    assert_eq!(total.words, "US Dollars Eleven Thousand Six Hundred Eight and Cents Thirty-One");
    assert!(shown.draft, "buyer and terms are still missing");
    assert!(shown.meta.contains(&("Terms of delivery", "CIF Hamburg (Incoterms® 2020)".into())));
    assert_eq!(editor(&data.documents, doc, &data.calculator.saved).quote_differs, None);
}

#[test]
fn a_quote_with_a_quantity_gives_the_per_unit_price_and_says_when_rounding_differs() {
    let data = with_cif_quote(&format!("{WORKED}&qty=100&unit=kg"));
    let data = new(&data, DocKind::Proforma, Start::Quote(QuotePick::Id(0)));
    let doc = current(&data);
    let l = &doc.lines[0];
    assert_eq!(
        (l.get(LineField::Quantity), l.get(LineField::Unit), l.get(LineField::UnitPrice)),
        ("100", "kg", "116.08")
    );
    assert_eq!(printed(doc).total.map(|t| t.plain), Some("11608.00".into()));
    let view = editor(&data.documents, doc, &data.calculator.saved);
    assert_eq!(view.quote_differs, Some(("USD 11,608.31".into(), "USD 11,608.00".into())));
    // Exact per-unit prices do not differ.
    let exact = with_cif_quote("cur=USD&exw=1000&freight=0&ins=0&qty=10&unit=pcs");
    let exact = new(&exact, DocKind::Proforma, Start::Quote(QuotePick::Latest));
    assert_eq!(current(&exact).lines[0].get(LineField::UnitPrice), "100");
    assert_eq!(editor(&exact.documents, current(&exact), &exact.calculator.saved).quote_differs, None);
}

/// Her costs in rupiah, her rate, the line to the buyer in dollars: the proforma is in dollars too,
/// at the price per pack the line said (tests/e2e/journey.test.mjs takes the same path in the app).
/// FOB Rp 17.250.000 / 16.250 = USD 1,061.54 for 1.000 bungkus = USD 1.06 each; 1.000 × 1.06 = 1,060.00.
#[test]
fn a_proforma_from_a_rupiah_quote_is_in_the_buyers_dollars_as_her_price_line() {
    let query = "cur=IDR&qty=1000&unit=bungkus&exw=15000000&load=250000&inland=1000000&clear=500000&thc=500000\
                 &rate=16250&from=Tanjung%20Perak%2C%20Surabaya";
    let data = with_quote(query, Incoterm::Fob);
    assert_eq!(data.calculator.saved[0].line_currency(), Currency::Usd);
    let data = new(&data, DocKind::Proforma, Start::Quote(QuotePick::Latest));
    let doc = current(&data);
    assert_eq!(doc.currency, Currency::Usd);
    let l = &doc.lines[0];
    assert_eq!(
        (l.get(LineField::Quantity), l.get(LineField::Unit), l.get(LineField::UnitPrice)),
        ("1000", "bungkus", "1.06")
    );
    assert_eq!(doc.get(DocField::Place), "Tanjung Perak, Surabaya");
    assert_eq!(printed(doc).total.map(|t| t.text), Some("USD 1,060.00".into()));
    let view = editor(&data.documents, doc, &data.calculator.saved);
    assert_eq!(view.quote_differs, Some(("USD 1,061.54".into(), "USD 1,060.00".into())));
    // A quote saved before lines were in the buyer's currency has its line in the costs'
    // currency: so has the proforma.
    let mut older = data.clone();
    older.calculator.saved[0].currency = None;
    older.calculator.saved[0].form.rate = String::new();
    let older = new(&older, DocKind::Proforma, Start::Quote(QuotePick::Id(0)));
    assert_eq!(current(&older).currency, Currency::Idr);
    assert_eq!(current(&older).lines[0].get(LineField::UnitPrice), "17250");
    assert_eq!(editor(&older.documents, current(&older), &older.calculator.saved).quote_differs, None);
}

#[test]
fn a_missing_quote_starts_blank_with_her_details() {
    let mut data = AppData::default();
    data.profile.business_name = "  CV Rotan Jaya ".into();
    let data = new(&data, DocKind::Proforma, Start::Quote(QuotePick::Latest));
    let doc = current(&data);
    assert_eq!(doc.get(DocField::SellerName), "CV Rotan Jaya");
    assert_eq!(doc.incoterm, None);
    assert_eq!(doc.from_quote, None);
    assert_eq!(doc.lines.len(), 1);
    assert_eq!(QuotePick::from_query("latest"), Some(QuotePick::Latest));
    assert_eq!(QuotePick::from_query(" LATEST "), Some(QuotePick::Latest));
    assert_eq!(QuotePick::from_query("3"), Some(QuotePick::Id(3)));
    assert_eq!(QuotePick::from_query("-1"), None);
    assert_eq!(QuotePick::from_query("x"), None);
}

#[test]
fn her_letterhead_is_remembered_for_the_next_document() {
    let mut data = AppData::default();
    data.profile.business_name = "From profile".into();
    data = new(&data, DocKind::Proforma, Start::Blank);
    data = text(&data, DocField::SellerName, "UD Kopi Ijen");
    data = text(&data, DocField::SellerAddress, "Jl. Raya 1\nBondowoso");
    data = text(&data, DocField::BankSwift, "BRINIDJA");
    data = text(&data, DocField::BuyerName, "Only this buyer");
    data = new(&data, DocKind::Commercial, Start::Blank);
    let doc = current(&data);
    assert_eq!(doc.get(DocField::SellerName), "UD Kopi Ijen");
    assert_eq!(doc.get(DocField::SellerAddress), "Jl. Raya 1\nBondowoso");
    assert_eq!(doc.get(DocField::BankSwift), "BRINIDJA");
    assert_eq!(doc.get(DocField::BuyerName), "", "the buyer is per document");
}

fn filled_proforma() -> AppData {
    let mut data = with_cif_quote(&format!("{WORKED}&qty=100&unit=kg"));
    data.profile.business_name = "UD Kopi Ijen".into();
    data = new(&data, DocKind::Proforma, Start::Quote(QuotePick::Latest));
    for (field, value) in [
        (DocField::SellerAddress, "Jl. Raya Ijen 1, Bondowoso 68211, Indonesia"),
        (DocField::SellerPhone, "+62 812 3456 7890"),
        (DocField::BuyerName, "Kaffee Haus GmbH"),
        (DocField::BuyerAddress, "Speicherstadt 5\n20457 Hamburg"),
        (DocField::BuyerCountry, "Germany"),
        (DocField::PaymentTerms, "T/T 30% deposit, balance before shipment"),
        (DocField::DeliveryTime, "30 days after receipt of deposit"),
        (DocField::ValidUntil, "2026-12-31"),
        (DocField::Marks, "KAFFEE HAUS\nHAMBURG\nC/NO. 1-10"),
        (DocField::BankName, "Bank Rakyat Indonesia"),
    ] {
        data = text(&data, field, value);
    }
    data = line(&data, 0, LineField::Description, "Robusta ground coffee, 250 g pouch");
    line(&data, 0, LineField::Hs, "0901.21")
}

#[test]
fn a_filled_proforma_is_complete_and_prints_without_draft() {
    let data = filled_proforma();
    let doc = current(&data);
    assert_eq!(check(doc), Vec::<Issue>::new());
    let shown = printed(doc);
    assert!(!shown.draft);
    assert_eq!(shown.title, "PROFORMA INVOICE");
    assert_eq!(shown.letterhead_name, "UD Kopi Ijen");
    assert_eq!(shown.letterhead_lines, ["Jl. Raya Ijen 1, Bondowoso 68211, Indonesia", "Tel +62 812 3456 7890"]);
    assert_eq!(shown.buyer, ["Kaffee Haus GmbH", "Speicherstadt 5", "20457 Hamburg", "Germany"]);
    assert_eq!(shown.marks, ["KAFFEE HAUS", "HAMBURG", "C/NO. 1-10"]);
    assert_eq!(shown.bank, [("Bank", "Bank Rakyat Indonesia".to_string())]);
    assert!(shown.meta.contains(&("Invoice No.", "PI-2026-001".into())));
    assert!(shown.meta.contains(&("Date", "3 December 2026".into())));
    assert!(shown.meta.contains(&("Valid until", "31 December 2026".into())));
    assert!(shown.meta.contains(&("Country of origin", "Indonesia".into())));
    let l = &shown.lines[0];
    assert_eq!((l.quantity.as_str(), l.unit_price.as_str(), l.amount.as_str()), ("100", "116.08", "11,608.00"));
    assert_eq!(shown.total_quantity.as_deref(), Some("100 kg"));
    assert_eq!(list(&data.documents)[0].total.as_deref(), Some("USD 11,608.00"));
    assert!(list(&data.documents)[0].complete);
}

#[test]
fn the_chain_proforma_commercial_invoice_packing_list() {
    let mut data = filled_proforma();
    let proforma_id = current(&data).id;
    data = derive(&data, proforma_id, DocKind::Commercial, "2027-01-10");
    let invoice = current(&data).clone();
    assert_eq!(invoice.kind, DocKind::Commercial);
    assert_eq!(invoice.get(DocField::Number), "CI-2027-001");
    assert_eq!(invoice.get(DocField::Date), "2027-01-10");
    assert_eq!(invoice.lines, data.documents.get(proforma_id).unwrap().lines, "same lines");
    assert_eq!(invoice.get(DocField::BuyerName), "Kaffee Haus GmbH");
    assert_eq!(invoice.incoterm, Some(Incoterm::Cif));
    assert_eq!(invoice.get(DocField::PaymentTerms), "T/T 30% deposit, balance before shipment");
    assert_eq!(invoice.get(DocField::ValidUntil), "", "an invoice has no offer validity");
    assert_eq!(invoice.get(DocField::Reference), "Proforma invoice PI-2026-001");
    assert_eq!(invoice.from_quote, Some(0), "still tied to its quote");
    // The invoice needs its shipment details before it is complete.
    let missing: Vec<At> = check(&invoice).into_iter().map(|i| i.at).collect();
    assert_eq!(missing, [At::Field(DocField::ShipmentDate)]);
    data = text(&data, DocField::ShipmentDate, "2027-01-20");
    assert!(check(current(&data)).is_empty());
    let shown = printed(current(&data));
    assert!(shown.meta.contains(&("Reference", "Proforma invoice PI-2026-001".into())));
    assert!(shown.meta.contains(&("Shipment date", "20 January 2027".into())));
    assert!(!shown.meta.iter().any(|(label, _)| *label == "Valid until"));

    let invoice_id = current(&data).id;
    data = derive(&data, invoice_id, DocKind::PackingList, "2027-01-11");
    let packing = current(&data).clone();
    assert_eq!(packing.kind, DocKind::PackingList);
    assert_eq!(packing.get(DocField::Number), "PL-2027-001");
    assert_eq!(packing.get(DocField::ShipmentDate), "2027-01-20");
    assert_eq!(packing.packages.len(), 1);
    let missing: Vec<At> = check(&packing).into_iter().map(|i| i.at).collect();
    let row = |f| At::Package(0, f);
    assert_eq!(
        missing,
        [
            row(PackageField::Kind),
            row(PackageField::Count),
            row(PackageField::Net),
            row(PackageField::Gross),
            row(PackageField::Length),
            row(PackageField::Width),
            row(PackageField::Height)
        ]
    );
    for (field, value) in [
        (PackageField::Kind, "Carton"),
        (PackageField::Count, "10"),
        (PackageField::Net, "10"),
        (PackageField::Gross, "10,8"),
        (PackageField::Length, "40"),
        (PackageField::Width, "30"),
        (PackageField::Height, "25"),
    ] {
        data = package(&data, 0, field, value);
    }
    let packing = current(&data);
    assert!(check(packing).is_empty(), "{:?}", check(packing));
    let shown = printed(packing);
    assert_eq!(shown.total, None, "a packing list has no prices");
    assert!(shown.lines.iter().all(|l| l.unit_price.is_empty() && l.amount.is_empty()));
    assert_eq!(shown.bank, Vec::<(&str, String)>::new());
    let totals = shown.packing_totals.expect("totals");
    assert_eq!(
        (totals.packages.as_str(), totals.net.as_str(), totals.gross.as_str(), totals.volume.as_str()),
        ("10", "100", "108", "0.300")
    );
    let p = &shown.packages[0];
    assert_eq!((p.dimensions.as_str(), p.volume.as_str(), p.gross_each.as_str()), ("40 × 30 × 25", "0.300", "10.8"));
    assert!(shown.meta.contains(&("Reference", "Commercial invoice CI-2027-001".into())));
    assert!(shown.meta.contains(&("Packing List No.", "PL-2027-001".into())));

    // Only forward along the chain.
    let before = data.documents.items.len();
    let packing_id = current(&data).id;
    data = derive(&data, packing_id, DocKind::Commercial, TODAY);
    data = derive(&data, invoice_id, DocKind::Proforma, TODAY);
    data = derive(&data, 99, DocKind::PackingList, TODAY);
    assert_eq!(data.documents.items.len(), before);
    // A proforma may give a packing list directly too.
    data = derive(&data, proforma_id, DocKind::PackingList, TODAY);
    assert_eq!(current(&data).get(DocField::Number), "PL-2026-001");
}

#[test]
fn duplicate_and_delete() {
    let mut data = filled_proforma();
    data = duplicate(&data, 0, "2026-12-05");
    let copy = current(&data);
    assert_eq!((copy.id, copy.get(DocField::Number), copy.get(DocField::Date)), (1, "PI-2026-002", "2026-12-05"));
    let original = data.documents.get(0).unwrap();
    for field in [DocField::BuyerName, DocField::BuyerAddress, DocField::PaymentTerms] {
        assert_eq!(copy.get(field), original.get(field), "{field:?}");
    }
    assert_eq!(copy.lines, original.lines);
    assert_eq!(list(&data.documents).iter().map(|i| i.id).collect::<Vec<_>>(), [1, 0], "newest first");
    data = docs(&data, DocumentsEdit::Delete(1));
    assert_eq!(data.documents.current, None);
    assert_eq!(data.documents.items.len(), 1);
    data = docs(&data, DocumentsEdit::Open(0));
    assert_eq!(data.documents.current, Some(0));
    data = docs(&data, DocumentsEdit::Open(7));
    assert_eq!(data.documents.current, Some(0), "a missing id changes nothing");
    data = docs(&data, DocumentsEdit::Close);
    assert_eq!(data.documents.current, None);
    // Edits with nothing open go nowhere.
    let before = data.clone();
    let data = text(&data, DocField::BuyerName, "x");
    assert_eq!(data.documents.items, before.documents.items);
}

// ---------------------------------------------------------------------------------------------
// Checks

#[test]
fn a_blank_document_names_what_is_missing_for_its_kind() {
    let data = new(&AppData::default(), DocKind::Proforma, Start::Blank);
    let missing: Vec<At> = check(current(&data)).into_iter().map(|i| i.at).collect();
    assert_eq!(
        missing,
        [
            At::Field(DocField::SellerName),
            At::Field(DocField::SellerAddress),
            At::Field(DocField::BuyerName),
            At::Field(DocField::BuyerAddress),
            At::Field(DocField::BuyerCountry),
            At::Field(DocField::Place),
            At::Field(DocField::PaymentTerms),
            At::Field(DocField::DeliveryTime),
            At::Field(DocField::ValidUntil),
            At::Incoterm,
            At::Line(0, LineField::Description),
            At::Line(0, LineField::Quantity),
            At::Line(0, LineField::Unit),
            At::Line(0, LineField::UnitPrice),
        ]
    );
    let data = new(&AppData::default(), DocKind::Commercial, Start::Blank);
    let missing: Vec<At> = check(current(&data)).into_iter().map(|i| i.at).collect();
    for at in [DocField::ShipmentDate, DocField::PortLoading, DocField::PortDischarge].map(At::Field) {
        assert!(missing.contains(&at), "{at:?}");
    }
    assert!(!missing.contains(&At::Field(DocField::ValidUntil)));
    let data = new(&AppData::default(), DocKind::PackingList, Start::Blank);
    let missing: Vec<At> = check(current(&data)).into_iter().map(|i| i.at).collect();
    assert!(!missing.contains(&At::Incoterm) && !missing.contains(&At::Line(0, LineField::UnitPrice)));
    assert!(missing.contains(&At::Package(0, PackageField::Count)));
}

#[test]
fn wrong_values_are_named_beside_their_field() {
    let mut data = filled_proforma();
    let cases: &[(LineField, &str, Problem)] = &[
        (LineField::Quantity, "abc", Problem::Number(NumberProblem::Amount(AmountError::NotANumber))),
        (LineField::Quantity, "1.5.0", Problem::Number(NumberProblem::Amount(AmountError::BadGrouping))),
        (LineField::Quantity, "-5", Problem::Number(NumberProblem::Amount(AmountError::Negative))),
        (LineField::Quantity, "0", Problem::Number(NumberProblem::Amount(AmountError::Zero))),
        (LineField::Quantity, "", Problem::Missing),
        (LineField::UnitPrice, "Rp 5.000", Problem::Number(NumberProblem::Amount(AmountError::WrongCurrency))),
        (LineField::UnitPrice, "5 dollars", Problem::Number(NumberProblem::Amount(AmountError::NotANumber))),
        (
            LineField::UnitPrice,
            "<img src=x onerror=alert(1)>",
            Problem::Number(NumberProblem::Amount(AmountError::NotANumber)),
        ),
    ];
    for (field, value, problem) in cases.iter() {
        let changed = line(&data, 0, *field, value);
        let issues = check(current(&changed));
        assert_eq!(issues, [Issue { at: At::Line(0, *field), problem: *problem }], "{value}");
        assert!(printed(current(&changed)).draft);
        assert_eq!(printed(current(&changed)).total, None);
    }
    // 1,005 is one thousand and five, never one dollar and half a cent.
    let thousand = line(&data, 0, LineField::UnitPrice, "1,005");
    assert_eq!(printed(current(&thousand)).total.map(|t| t.plain), Some("100500.00".into()));

    data = line(&data, 0, LineField::Hs, "09O1");
    data = text(&data, DocField::ValidUntil, "2026-12-01");
    data = text(&data, DocField::Date, "2026-12-32");
    let issues = check(current(&data));
    assert_eq!(
        issues,
        [
            Issue { at: At::Field(DocField::Date), problem: Problem::BadDate },
            Issue { at: At::Line(0, LineField::Hs), problem: Problem::BadHs },
        ],
        "validity is compared only with a real date"
    );
    data = text(&data, DocField::Date, "2026-12-03");
    assert!(
        check(current(&data)).contains(&Issue { at: At::Field(DocField::ValidUntil), problem: Problem::BeforeDate })
    );
    for (hs, ok) in [
        ("0901", true),
        ("0901.21", true),
        ("0901 21 10", true),
        ("0901211000", true),
        ("090", false),
        ("09012110001", false),
        ("HS0901", false),
        ("", false),
    ] {
        assert_eq!(valid_hs(hs), ok, "{hs}");
    }
}

#[test]
fn packing_list_weights_are_checked() {
    let mut data = new(&AppData::default(), DocKind::PackingList, Start::Blank);
    data = package(&data, 0, PackageField::Net, "20");
    data = package(&data, 0, PackageField::Gross, "19,5");
    data = package(&data, 0, PackageField::Count, "2,5");
    let issues = check(current(&data));
    assert!(issues.contains(&Issue { at: At::Package(0, PackageField::Gross), problem: Problem::GrossBelowNet }));
    assert!(issues.contains(&Issue {
        at: At::Package(0, PackageField::Count),
        problem: Problem::Number(NumberProblem::NotWhole)
    }));
    data = docs(&data, DocumentsEdit::RemovePackage(0));
    assert!(check(current(&data)).contains(&Issue { at: At::Packages, problem: Problem::Missing }));
}

#[test]
fn the_total_beyond_ten_trillion_is_named() {
    let mut data = filled_proforma();
    data = line(&data, 0, LineField::Quantity, "10.000");
    data = line(&data, 0, LineField::UnitPrice, "10.000.000.000");
    assert_eq!(check(current(&data)), [Issue { at: At::Total, problem: Problem::TotalTooLarge }]);
    assert_eq!(printed(current(&data)).total, None);
}

#[test]
fn issues_name_the_field_in_her_language() {
    let cases: &[(Issue, &str, &str)] = &[
        (
            Issue { at: At::Field(DocField::BuyerName), problem: Problem::Missing },
            "Nama pembeli (perusahaan): Wajib diisi.",
            "Buyer's name (company): Required.",
        ),
        (
            Issue {
                at: At::Line(1, LineField::Quantity),
                problem: Problem::Number(NumberProblem::Amount(AmountError::NotANumber)),
            },
            "Barang 2: Jumlah: Hanya angka, titik, dan koma.",
            "Goods line 2: Quantity: Digits, points and commas only.",
        ),
        (
            Issue { at: At::Package(0, PackageField::Gross), problem: Problem::GrossBelowNet },
            "Kemasan 1: Berat kotor per kemasan (kg): Berat kotor tidak boleh lebih kecil dari berat bersih.",
            "Package row 1: Gross weight per package (kg): The gross weight cannot be less than the net weight.",
        ),
        (
            Issue { at: At::Incoterm, problem: Problem::Missing },
            "Incoterms® 2020: Wajib diisi.",
            "Incoterms® 2020: Required.",
        ),
    ];
    for (issue, id, en) in cases {
        assert_eq!(issue_text(*issue, Lang::Id), *id);
        assert_eq!(issue_text(*issue, Lang::En), *en);
    }
    // Every place of a blank document of every kind has a name in both languages.
    for kind in DocKind::ALL {
        let data = new(&AppData::default(), kind, Start::Blank);
        for issue in check(current(&data)) {
            for lang in Lang::ALL {
                let name = place_name(issue.at, lang);
                assert!(!name.trim().is_empty() && !name.contains('{'), "{issue:?} {lang:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Limits

#[test]
fn counts_and_texts_are_limited() {
    let mut data = AppData::default();
    for _ in 0..MAX_DOCUMENTS + 3 {
        data = new(&data, DocKind::Proforma, Start::Blank);
    }
    assert_eq!(data.documents.items.len(), MAX_DOCUMENTS);
    let id = data.documents.items[0].id;
    let before = data.documents.items.len();
    data = duplicate(&data, id, TODAY);
    assert_eq!(data.documents.items.len(), before);

    let mut data = new(&AppData::default(), DocKind::PackingList, Start::Blank);
    for _ in 0..MAX_LINES + 3 {
        data = docs(&data, DocumentsEdit::AddLine);
    }
    for _ in 0..MAX_PACKAGES + 3 {
        data = docs(&data, DocumentsEdit::AddPackage);
    }
    assert_eq!(current(&data).lines.len(), MAX_LINES);
    assert_eq!(current(&data).packages.len(), MAX_PACKAGES);
    data = text(&data, DocField::BuyerName, &"é".repeat(MAX_TEXT + 50));
    assert_eq!(current(&data).get(DocField::BuyerName).chars().count(), MAX_TEXT);
    data = line(&data, MAX_LINES + 5, LineField::Unit, "kg");
    data = docs(&data, DocumentsEdit::RemoveLine(MAX_LINES + 5));
    data = package(&data, 99, PackageField::Kind, "bag");
    assert_eq!(current(&data).lines.len(), MAX_LINES, "indexes out of range change nothing");
}

#[test]
fn a_new_line_repeats_the_unit_and_hs_code() {
    let mut data = filled_proforma();
    data = docs(&data, DocumentsEdit::AddLine);
    let added = &current(&data).lines[1];
    assert_eq!(
        (added.get(LineField::Unit), added.get(LineField::Hs), added.get(LineField::Quantity)),
        ("kg", "0901.21", "")
    );
    data = docs(&data, DocumentsEdit::RemoveLine(0));
    assert_eq!(current(&data).lines.len(), 1);
    assert_eq!(current(&data).lines[0].get(LineField::Description), "");
}

// ---------------------------------------------------------------------------------------------
// Storage: schema version 3 and the migration from 2

#[test]
fn version_2_backups_still_import() {
    let v2 = include_str!("fixtures/schema-v2.json");
    let data = decode(v2).expect("a version 2 backup");
    assert_eq!(SCHEMA_VERSION, 3);
    assert_eq!(data.schema_version, 3);
    assert_eq!(data.profile.business_name, "CV Rotan Jaya");
    assert!(data.documents.items.is_empty());
    // A version 2 file with every section keeps them all.
    let full = r#"{"app":"siap-ekspor","schema_version":2,"settings":{"lang":"en"},
        "calculator":{"min_order":"500","next_quote_id":4},
        "listings":{"drafts":[{"id":3,"draft":{"name":"kopi"}}],"current":3,"next_id":4},
        "documents":{"items":[{"id":1,"number":"from nowhere"}]}}"#;
    let data = decode(full).expect("migrates");
    assert_eq!(data.settings.lang, Lang::En);
    assert_eq!(data.calculator.form.moq, "500", "the minimum order moved into the form");
    assert_eq!(data.calculator.next_quote_id, 4);
    assert_eq!(data.listings.drafts[0].draft.name, "kopi");
    assert!(data.documents.items.is_empty(), "a version 2 file cannot hold documents");
    assert_eq!(data.schema_version, SCHEMA_VERSION);
    // Version 1 goes through both steps.
    let v1 = decode(include_str!("fixtures/schema-v1.json")).expect("v1");
    assert_eq!(v1.schema_version, 3);
}

#[test]
fn version_3_round_trips_with_documents() {
    let data = filled_proforma();
    let data = derive(&data, 0, DocKind::Commercial, TODAY);
    let raw = encode(&data).unwrap();
    assert!(raw.contains(r#""schema_version":3"#));
    assert!(raw.contains(r#""kind":"commercial""#));
    assert_eq!(decode(&raw), Ok(data.clone()));
    let fixture = decode(include_str!("fixtures/schema-v3.json")).expect("v3 fixture");
    assert_eq!(fixture.documents.items.len(), 2);
    assert_eq!(fixture.documents.items[0].get(DocField::Number), "PI-2026-001");
    assert_eq!(printed(&fixture.documents.items[0]).total.map(|t| t.plain), Some("5800.00".into()));
    assert_eq!(fixture.documents.counters.len(), 2);
}

#[test]
fn newer_and_damaged_documents_are_refused_or_repaired() {
    assert_eq!(decode(r#"{"app":"siap-ekspor","schema_version":4}"#), Err(DecodeError::NewerSchema { found: 4 }));
    assert_eq!(
        decode(r#"{"app":"siap-ekspor","schema_version":3,"documents":{"items":[{"kind":"receipt"}]}}"#),
        Err(DecodeError::Invalid)
    );
    assert_eq!(
        decode(r#"{"app":"siap-ekspor","schema_version":3,"documents":{"items":"x"}}"#),
        Err(DecodeError::Invalid)
    );
    let repaired = decode(
        r#"{"app":"siap-ekspor","schema_version":3,"documents":{"items":[{"id":5,"number":"a"},{"id":5,"number":"b"}],"current":9,"next_id":0}}"#,
    )
    .expect("repairs");
    assert_eq!(repaired.documents.items.len(), 1);
    assert_eq!(repaired.documents.next_id, 6);
    assert_eq!(repaired.documents.current, None);
}

#[test]
fn doc_kinds_have_stable_codes() {
    for kind in DocKind::ALL {
        assert_eq!(DocKind::from_code(kind.code()), Some(kind));
        assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.code()));
    }
    assert_eq!(DocKind::from_code("Packing-List"), Some(DocKind::PackingList));
    assert_eq!(DocKind::from_code("invoice"), Some(DocKind::Commercial));
    assert_eq!(DocKind::from_code("receipt"), None);
}

// ---------------------------------------------------------------------------------------------
// Anything she types

fn any_field() -> impl Strategy<Value = DocField> {
    (0..DocField::ALL.len()).prop_map(|i| DocField::ALL[i])
}

proptest! {
    #[test]
    fn any_text_in_any_field_never_panics(
        texts in proptest::collection::vec(".{0,30}", 13),
        field in any_field(),
        idr in any::<bool>(),
    ) {
        let mut data = new(&AppData::default(), DocKind::PackingList, Start::Blank);
        data = docs(&data, DocumentsEdit::Currency(if idr { Currency::Idr } else { Currency::Usd }));
        data = text(&data, field, &texts[0]);
        for (i, f) in LineField::ALL.into_iter().enumerate() {
            data = line(&data, 0, f, &texts[1 + i]);
        }
        for (i, f) in PackageField::ALL.into_iter().enumerate() {
            data = package(&data, 0, f, &texts[6 + i]);
        }
        for kind in DocKind::ALL {
            let mut doc = current(&data).clone();
            doc.kind = kind;
            let _ = check(&doc);
            let shown = printed(&doc);
            if let Some(total) = shown.total {
                prop_assert!(!total.plain.contains(','));
                prop_assert!(total.words.starts_with("US Dollars") || total.words.starts_with("Indonesian Rupiah"));
            }
        }
        let _ = list(&data.documents);
        prop_assert_eq!(decode(&encode(&data).unwrap()), Ok(data));
    }

    #[test]
    fn typed_prices_give_totals_that_read_back(quantity in 1u32..100_000, cents in 0u64..10_000_000, dots in any::<bool>()) {
        let price = format!("{}.{:02}", cents / 100, cents % 100);
        let price = if dots { price } else { price.replace('.', ",") };
        let mut data = new(&AppData::default(), DocKind::Proforma, Start::Blank);
        data = line(&data, 0, LineField::Quantity, &quantity.to_string());
        data = line(&data, 0, LineField::UnitPrice, &price);
        let shown = printed(current(&data)).total.expect("readable");
        let expected = i128::from(quantity) * i128::from(cents);
        prop_assert_eq!(shown.plain, format!("{}.{:02}", expected / 100, expected % 100));
    }

    #[test]
    fn words_never_panic_and_name_the_cents(cents in any::<i64>()) {
        let words = amount_in_words(usd(cents));
        prop_assert!(words.contains("US Dollars"));
        prop_assert_eq!(words.ends_with("Only"), cents % 100 == 0);
    }
}

#[test]
fn a_proforma_from_a_listing_carries_its_english_hs_code_and_terms() {
    use siap_ekspor::domain::documents::start::hs_of;
    use siap_ekspor::domain::listing::draft::{DraftEdit, PaymentTerm, TextField};
    use siap_ekspor::domain::listing::generate::generate;
    use siap_ekspor::domain::listing::glossary;
    use siap_ekspor::domain::listing::store::ListingsEdit;
    use siap_ekspor::domain::model::{Product, ProductClass};

    let glossary = glossary::parse(
        r#"{"checked":"2026-11-28","entries":[{"id":"kopi bubuk","en":"ground coffee","kind":"product"},{"id":"kantong","en":"pouch","kind":"packaging"}]}"#,
    )
    .unwrap();
    let mut data = AppData::default();
    data = apply(&data, Change::Listings(ListingsEdit::New(None)));
    for (field, value) in [
        (TextField::Name, "kopi bubuk"),
        (TextField::Weight, "250 g"),
        (TextField::Moq, "500"),
        (TextField::MoqUnit, "kg"),
        (TextField::Price, "5,80"),
        (TextField::PriceUnit, "kg"),
        (TextField::Place, "Tanjung Perak, Surabaya"),
        (TextField::DeliveryDays, "30"),
    ] {
        data = apply(&data, Change::Listings(ListingsEdit::Edit(DraftEdit::Text(field, value.into()))));
    }
    data = apply(&data, Change::Listings(ListingsEdit::Edit(DraftEdit::Incoterm(Some(Incoterm::Fob)))));
    data = apply(&data, Change::Listings(ListingsEdit::Edit(DraftEdit::Payment(PaymentTerm::TtAdvance, true))));
    let entry = data.listings.current().unwrap().clone();
    let listing = generate(&entry.draft, &glossary);
    let product = Product { id: 0, class: Some(ProductClass::Hs { code: "090121".into() }), ..Product::default() };
    let hs = hs_of(Some(&product), None);
    assert_eq!(hs, "090121");
    assert_eq!(hs_of(None, None), "");
    assert_eq!(
        hs_of(Some(&Product { class: Some(ProductClass::Rule { id: "kopi".into() }), ..Product::default() }), None),
        ""
    );
    data = new(&data, DocKind::Proforma, Start::Listing { id: entry.id, listing: Box::new(listing), hs });
    let doc = current(&data);
    let l = &doc.lines[0];
    assert_eq!(l.get(LineField::Description), "Ground coffee, 250 g");
    assert_eq!(
        (l.get(LineField::Hs), l.get(LineField::Quantity), l.get(LineField::Unit), l.get(LineField::UnitPrice)),
        ("090121", "500", "kg", "5.80")
    );
    assert_eq!(
        (doc.currency, doc.incoterm, doc.get(DocField::Place)),
        (Currency::Usd, Some(Incoterm::Fob), "Tanjung Perak, Surabaya")
    );
    assert_eq!(doc.get(DocField::PaymentTerms), "T/T 100% in advance");
    assert!(doc.get(DocField::DeliveryTime).contains("30 days"), "{}", doc.get(DocField::DeliveryTime));
    assert_eq!(printed(doc).total.map(|t| t.plain), Some("2900.00".into()));
    // A listing that no longer exists starts blank.
    let gone = new(&data, DocKind::Proforma, Start::Listing { id: 99, listing: Box::default(), hs: String::new() });
    assert_eq!(current(&gone).lines[0], Line::default(), "blank");
}

#[test]
fn texts_are_stored_by_key_without_blanks() {
    let line = Line::with(&[(LineField::Unit, "kg"), (LineField::Quantity, "100")]);
    assert_eq!(serde_json::to_string(&line).unwrap(), r#"{"quantity":"100","unit":"kg"}"#, "in the fields' order");
    let read: Line = serde_json::from_str(r#"{"unit":"kg","colour":"red","quantity":"5"}"#).unwrap();
    assert_eq!((read.get(LineField::Quantity), read.get(LineField::Unit)), ("5", "kg"));
    assert_eq!(read.get(LineField::Description), "", "absent is blank; an unknown key is ignored");
    assert!(serde_json::from_str::<Line>(r#"{"quantity":5}"#).is_err(), "texts are strings");
    assert!(serde_json::from_str::<Line>(r#"["5"]"#).is_err());
    assert!(Line::default().is_blank() && !line.is_blank());
}
