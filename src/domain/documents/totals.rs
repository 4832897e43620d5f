//! The arithmetic of a document, in exact integers: line amounts and the total in money's
//! hundredths, weights in grams, volume in litres (thousandths of a cubic metre).
//!
//! Rounding, half up, happens at two named points only:
//! - a line's amount, `quantity × unit price`, to the cent (to the whole rupiah in a rupiah
//!   document, since an Indonesian invoice has no sen); the total is the exact sum of the lines
//!   shown, so the figures add up on paper;
//! - a packing-list row's volume, `count × length × width × height`, to the litre (0.001 m³); the
//!   total volume is the sum of the rows shown.
//!
//! Products are computed in i128: a quantity of 10^13 at a price of 10^13 does not overflow.

use super::model::{Line, LineField, Package, PackageField};
use crate::domain::money::{
    div_round, parse_amount, parse_quantity, Amount, AmountError, Currency, Quantity, MAX_UNITS,
};

/// More packages of one kind than any UMKM shipment holds (a 40-foot container takes about 2,000
/// cartons).
pub const MAX_PACKAGE_COUNT: i64 = 100_000;
/// Heavier than any one package, in kg: a typing slip.
pub const MAX_PACKAGE_KG: i64 = 100_000;
/// Longer than any one package, in cm (100 m).
pub const MAX_DIMENSION_CM: i64 = 10_000;

/// Why a number on a document was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberProblem {
    /// What the number parser says (empty, letters, bad grouping, too large…).
    Amount(AmountError),
    /// A package count with decimals.
    NotWhole,
    /// Above the field's limit ([`MAX_PACKAGE_COUNT`], [`MAX_PACKAGE_KG`], [`MAX_DIMENSION_CM`]).
    TooLarge,
}

/// A line read: quantity, unit price and amount, each `Err` with its reason when unreadable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineFigures {
    pub quantity: Result<Quantity, AmountError>,
    pub unit_price: Result<Amount, AmountError>,
    /// `None` when either of the two is unreadable.
    pub amount: Option<Amount>,
}

/// `quantity × unit price`, rounded half up to the cent, or to the whole rupiah.
pub fn line_amount(quantity: Quantity, unit_price: Amount, currency: Currency) -> Option<Amount> {
    let product = i128::from(quantity.thousandths()) * i128::from(unit_price.cents());
    let cents = match currency {
        Currency::Usd => div_round(product, i128::from(Quantity::SCALE)),
        Currency::Idr => div_round(product, i128::from(Quantity::SCALE) * 100) * 100,
    };
    Amount::from_i128(cents).ok()
}

pub fn read_line(line: &Line, currency: Currency) -> LineFigures {
    let quantity = parse_quantity(line.get(LineField::Quantity));
    let unit_price = parse_amount(line.get(LineField::UnitPrice), currency);
    let amount = match (quantity, unit_price) {
        (Ok(q), Ok(p)) => line_amount(q, p, currency),
        _ => None,
    };
    LineFigures { quantity, unit_price, amount }
}

/// Why the total cannot be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalProblem {
    /// There are no lines.
    NoLines,
    /// A line's quantity or price is unreadable: the total would be a number she did not mean.
    LineUnreadable,
    /// Above [`Amount::MAX`] (ten trillion): quantities or prices are wrong.
    TooLarge,
}

/// The invoice total: the sum of the line amounts, exactly.
pub fn total(lines: &[Line], currency: Currency) -> Result<Amount, TotalProblem> {
    if lines.is_empty() {
        return Err(TotalProblem::NoLines);
    }
    let mut sum: i128 = 0;
    for line in lines {
        let amount = read_line(line, currency).amount.ok_or(TotalProblem::LineUnreadable)?;
        sum += i128::from(amount.cents());
    }
    if sum > i128::from(Amount::MAX.cents()) {
        return Err(TotalProblem::TooLarge);
    }
    Amount::from_i128(sum).map_err(|_| TotalProblem::TooLarge)
}

/// The sum of the quantities when every line has the same unit (`1,500 kg`), else `None`: adding
/// kilograms to cartons means nothing.
pub fn total_quantity(lines: &[Line]) -> Option<(Quantity, String)> {
    let first = lines.first()?;
    let unit = first.get(LineField::Unit).trim();
    if unit.is_empty() || !lines.iter().all(|l| l.get(LineField::Unit).trim().eq_ignore_ascii_case(unit)) {
        return None;
    }
    let mut sum: i64 = 0;
    for line in lines {
        sum = sum.checked_add(parse_quantity(line.get(LineField::Quantity)).ok()?.thousandths())?;
    }
    Some((Quantity::from_thousandths(sum)?, unit.to_string()))
}

/// A packing-list row read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackageFigures {
    pub count: Result<i64, NumberProblem>,
    /// One package, grams.
    pub net: Result<i64, NumberProblem>,
    pub gross: Result<i64, NumberProblem>,
    /// One package, thousandths of a centimetre.
    pub length: Result<i64, NumberProblem>,
    pub width: Result<i64, NumberProblem>,
    pub height: Result<i64, NumberProblem>,
}

/// The row's totals: `None` parts where a number is unreadable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowTotals {
    /// Grams.
    pub net: Option<i128>,
    pub gross: Option<i128>,
    /// Litres (0.001 m³), rounded half up.
    pub volume: Option<i128>,
}

fn limited(text: &str, max_units: i64) -> Result<i64, NumberProblem> {
    let value = parse_quantity(text).map_err(NumberProblem::Amount)?.thousandths();
    if value > max_units.saturating_mul(Quantity::SCALE) {
        return Err(NumberProblem::TooLarge);
    }
    Ok(value)
}

/// A package count: a whole number from 1 to [`MAX_PACKAGE_COUNT`], typed as any quantity
/// (`1.500` is fifteen hundred).
pub fn parse_count(text: &str) -> Result<i64, NumberProblem> {
    let thousandths = limited(text, MAX_PACKAGE_COUNT)?;
    if thousandths % Quantity::SCALE != 0 {
        return Err(NumberProblem::NotWhole);
    }
    Ok(thousandths / Quantity::SCALE)
}

pub fn read_package(package: &Package) -> PackageFigures {
    PackageFigures {
        count: parse_count(package.get(PackageField::Count)),
        net: limited(package.get(PackageField::Net), MAX_PACKAGE_KG),
        gross: limited(package.get(PackageField::Gross), MAX_PACKAGE_KG),
        length: limited(package.get(PackageField::Length), MAX_DIMENSION_CM),
        width: limited(package.get(PackageField::Width), MAX_DIMENSION_CM),
        height: limited(package.get(PackageField::Height), MAX_DIMENSION_CM),
    }
}

/// `count × length × width × height`, from thousandths of a cm (10^-9 cm³ each, 10^-15 m³) to
/// litres, half up.
pub fn volume_litres(count: i64, length: i64, width: i64, height: i64) -> i128 {
    let product = i128::from(count) * i128::from(length) * i128::from(width) * i128::from(height);
    div_round(product, 1_000_000_000_000)
}

pub fn row_totals(figures: &PackageFigures) -> RowTotals {
    let Ok(count) = figures.count else {
        return RowTotals::default();
    };
    let times = |w: &Result<i64, NumberProblem>| w.ok().map(|w| i128::from(count) * i128::from(w));
    let volume = match (figures.length, figures.width, figures.height) {
        (Ok(l), Ok(w), Ok(h)) => Some(volume_litres(count, l, w, h)),
        _ => None,
    };
    RowTotals { net: times(&figures.net), gross: times(&figures.gross), volume }
}

/// The packing list's totals; each `None` when a row's figure for it is unreadable (or there are
/// no rows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PackingTotals {
    pub packages: Option<i64>,
    /// Grams.
    pub net: Option<i128>,
    pub gross: Option<i128>,
    /// Litres.
    pub volume: Option<i128>,
}

pub fn packing_totals(packages: &[Package]) -> PackingTotals {
    if packages.is_empty() {
        return PackingTotals::default();
    }
    let mut totals = PackingTotals { packages: Some(0), net: Some(0), gross: Some(0), volume: Some(0) };
    for package in packages {
        let figures = read_package(package);
        let row = row_totals(&figures);
        totals.packages = totals.packages.zip(figures.count.ok()).map(|(a, b)| a + b);
        totals.net = totals.net.zip(row.net).map(|(a, b)| a + b);
        totals.gross = totals.gross.zip(row.gross).map(|(a, b)| a + b);
        totals.volume = totals.volume.zip(row.volume).map(|(a, b)| a + b);
    }
    totals
}

/// `1,234,567`: digits grouped by commas, as the English documents write them.
pub fn group_en(value: u128) -> String {
    let digits = value.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A value of `places` decimals, grouped, with trailing zeros dropped: `1,500.5`, `12`, `0.125`.
pub fn trimmed_en(value: i128, places: u32) -> String {
    let divisor = 10u128.pow(places);
    let abs = value.unsigned_abs();
    let sign = if value < 0 { "-" } else { "" };
    let frac = format!("{:0width$}", abs % divisor, width = usize::try_from(places).unwrap_or(0));
    let frac = frac.trim_end_matches('0');
    let int = group_en(abs / divisor);
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// A value of `places` decimals, grouped, all decimals shown: `0.125`, `1,000.000`.
pub fn fixed_en(value: i128, places: u32) -> String {
    let divisor = 10u128.pow(places);
    let abs = value.unsigned_abs();
    let sign = if value < 0 { "-" } else { "" };
    format!("{sign}{}.{:0width$}", group_en(abs / divisor), abs % divisor, width = usize::try_from(places).unwrap_or(0))
}

/// A money figure in a document's table, without the currency (the column says it): dollars
/// always with cents (`11,608.31`, `5.00`); rupiah whole (`1,500,000`), with sen only when a
/// unit price has them (`1,250.50`).
pub fn figure(amount: Amount, currency: Currency) -> String {
    let cents = i128::from(amount.cents());
    match currency {
        Currency::Usd => fixed_en(cents, 2),
        Currency::Idr if cents % 100 == 0 => trimmed_en(cents, 2),
        Currency::Idr => fixed_en(cents, 2),
    }
}

/// `USD 11,608.31`, `IDR 1,500,000`.
pub fn money_en(amount: Amount, currency: Currency) -> String {
    format!("{} {}", currency.code(), figure(amount, currency))
}

/// A quantity as printed: `1,500`, `2.5`, `0.125`.
pub fn quantity_en(quantity: Quantity) -> String {
    trimmed_en(i128::from(quantity.thousandths()), 3)
}

/// Grams as kilograms: `1,234.5` (up to three decimals).
pub fn kg_en(grams: i128) -> String {
    trimmed_en(grams, 3)
}

/// Litres as cubic metres, always three decimals: `0.125`.
pub fn m3_en(litres: i128) -> String {
    fixed_en(litres, 3)
}

/// The largest total a document accepts, in whole units (the calculator's input limit).
pub const MAX_TOTAL_UNITS: i64 = MAX_UNITS;
