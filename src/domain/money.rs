//! Money amounts, rates and quantities: exact integers, parsed from what people type and formatted
//! without floats.
//!
//! Everything is an integer of a fixed minor unit (hundredths for money, 1/10 000 percent for rates,
//! thousandths for quantities), so sums are exact and the arithmetic never rounds behind her back.
//! Formatting goes through integers too: one `format!("{:.2}")` on an `f64` costs the phone about
//! 9 KB of download (docs/design.md, "Known traps").

use serde::{Deserialize, Serialize};

use super::lang::Lang;

crate::code_enum! {
    /// The two currencies a quote is built in: her costs are in rupiah, buyers think in dollars.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Currency: code {
        #[default]
        #[serde(rename = "IDR")]
        Idr = "IDR",
        #[serde(rename = "USD")]
        Usd = "USD",
    }
}

impl Currency {
    /// `IDR` or `USD`, case-insensitive, surrounding spaces ignored.
    pub fn from_code(code: &str) -> Option<Currency> {
        match code.trim().to_ascii_uppercase().as_str() {
            "IDR" => Some(Currency::Idr),
            "USD" => Some(Currency::Usd),
            _ => None,
        }
    }

    /// The lower-case markers people type around a number in this currency; the parser strips them
    /// and refuses the other currency's, so `US$ 5` typed into a rupiah field is an error rather
    /// than five rupiah. Longer markers first, so `us$` is not read as `us` + `$`.
    fn markers(self) -> &'static [&'static str] {
        match self {
            Currency::Idr => &["rupiah", "idr", "rp.", "rp"],
            Currency::Usd => &["usd", "us$", "$"],
        }
    }

    fn other(self) -> Currency {
        match self {
            Currency::Idr => Currency::Usd,
            Currency::Usd => Currency::Idr,
        }
    }
}

/// The largest amount anyone types, in whole units: ten trillion (10^13). Indonesia's whole yearly
/// export is about 4 × 10^15 rupiah, but no UMKM shipment comes near 10^13, so a larger number is
/// a slip of the finger (or a pasted account number) and is refused with [`AmountError::TooLarge`].
pub const MAX_UNITS: i64 = 10_000_000_000_000;

/// An amount of money in hundredths of the currency's unit (cents, or sen for rupiah). The
/// currency is carried by [`Money`] or by the context (a whole build-up is in one currency).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(pub i64);

/// An arithmetic result that does not fit: reported, never wrapped and never a panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

impl Amount {
    pub const ZERO: Amount = Amount(0);
    /// [`MAX_UNITS`] in hundredths.
    pub const MAX: Amount = Amount(MAX_UNITS * 100);

    pub fn cents(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Amount) -> Result<Amount, Overflow> {
        self.0.checked_add(other.0).map(Amount).ok_or(Overflow)
    }

    pub fn checked_sub(self, other: Amount) -> Result<Amount, Overflow> {
        self.0.checked_sub(other.0).map(Amount).ok_or(Overflow)
    }

    /// From a wide intermediate result back to an amount.
    pub fn from_i128(cents: i128) -> Result<Amount, Overflow> {
        i64::try_from(cents).map(Amount).map_err(|_| Overflow)
    }

    /// Within what a person may type: `0 ..= MAX`.
    pub fn in_range(self) -> bool {
        (0..=Amount::MAX.0).contains(&self.0)
    }
}

/// An amount with its currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    pub currency: Currency,
    pub amount: Amount,
}

/// A rate typed in percent (insurance, duty, VAT), held in 1/10 000 of a percent so four decimals
/// are exact: 0.3 % is `Percent(3000)`, 100 % is `Percent(1_000_000)`. Always within 0 ..= 100 %.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(u32);

impl Percent {
    pub const ZERO: Percent = Percent(0);
    /// How many units make one percent.
    pub const SCALE: u32 = 10_000;
    pub const HUNDRED: Percent = Percent(100 * Percent::SCALE);

    /// `None` above 100 %.
    pub const fn from_units(units: u32) -> Option<Percent> {
        if units <= Percent::HUNDRED.0 {
            Some(Percent(units))
        } else {
            None
        }
    }

    /// Whole percent: `Percent::whole(5)` is 5 %.
    pub fn whole(percent: u32) -> Option<Percent> {
        percent.checked_mul(Percent::SCALE).and_then(Percent::from_units)
    }

    pub fn units(self) -> u32 {
        self.0
    }

    /// As in a link and in `data-` attributes: `0.3`, `5`, `2.125` (no trailing zeros, `.` mark).
    pub fn plain(self) -> String {
        trimmed_decimal(u128::from(self.0), 4, '.')
    }
}

/// Rupiah per US dollar, typed by her (the app has no network), in hundredths of a rupiah:
/// 16 250 is `ExchangeRate(1_625_000)`. Always positive and at most ten million rupiah per dollar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExchangeRate(i64);

impl ExchangeRate {
    /// Ten million rupiah per dollar: anything above is a typing slip.
    pub const MAX_CENTS: i64 = 1_000_000_000;

    pub fn from_cents(cents: i64) -> Option<ExchangeRate> {
        (1..=ExchangeRate::MAX_CENTS).contains(&cents).then_some(ExchangeRate(cents))
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    /// `16250`, or `16250.50` when there are sen: what a share link carries.
    pub fn plain(self) -> String {
        let text = plain_decimal(Amount(self.0));
        match text.strip_suffix(".00") {
            Some(whole) => whole.to_string(),
            None => text,
        }
    }
}

/// A quantity of goods (pieces, kilograms, cartons), in thousandths so `2,5` kg is exact. Always
/// positive: the per-unit price divides by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quantity(i64);

impl Quantity {
    pub const SCALE: i64 = 1000;

    pub fn from_thousandths(thousandths: i64) -> Option<Quantity> {
        (1..=MAX_UNITS * Quantity::SCALE).contains(&thousandths).then_some(Quantity(thousandths))
    }

    pub fn thousandths(self) -> i64 {
        self.0
    }

    /// `500`, `2.5`, `0.125` — and `2.1250` for 2.125, because `2.125` would be read back as two
    /// thousand one hundred and twenty-five (see [`parse_amount`]); the extra zero keeps a share
    /// link exact.
    pub fn plain(self) -> String {
        let text = trimmed_decimal(u128::try_from(self.0).unwrap_or(0), 3, '.');
        match text.split_once('.') {
            Some((int, frac)) if frac.len() == 3 && is_leading_group(int) => text + "0",
            _ => text,
        }
    }
}

/// Why a typed number was refused. Pages turn each into a sentence in her language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AmountError {
    /// Nothing typed (or only a currency sign).
    Empty,
    /// Letters, symbols, exponents (`1e6`), anything but digits and `.`/`,`.
    NotANumber,
    Negative,
    /// Thousands separators in the wrong places: `1.5.0`, `12,34,567`.
    BadGrouping,
    /// More decimals than the field holds: cents for money, 4 for percent, 3 for quantities.
    TooManyDecimals,
    /// Above what the field can mean: 10^13 for amounts and quantities, 100 % for a rate,
    /// ten million rupiah per dollar for an exchange rate.
    TooLarge,
    /// Zero where it cannot be: a quantity (the per-unit price divides by it), an exchange rate.
    Zero,
    /// The other currency's sign: `US$ 5` in a rupiah field.
    WrongCurrency,
}

/// How a single separator before exactly three digits is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ambiguous {
    /// As thousands: `1.500` is fifteen hundred. Money, exchange rates, quantities.
    Thousands,
    /// As the decimal mark: a rate is at most 100 %, so `2.125` can only mean 2.125 %.
    Decimal,
}

/// Reads a typed amount in the given currency, in hundredths.
///
/// What is accepted, following docs/design.md ("Known traps", numbers):
/// - `Rp`, `Rp.`, `IDR`, `rupiah` (rupiah) or `USD`, `US$`, `$` (dollar) before or after the number, any
///   case; spaces, no-break spaces (U+00A0, U+202F) and other blanks anywhere; the Indonesian
///   "no sen" tail `,-` (`Rp 15.000,-`). The other currency's sign is [`AmountError::WrongCurrency`].
/// - With both `.` and `,`, the last one is the decimal mark and the other must group thousands
///   correctly: `1.500.000,50` and `1,500,000.50` are the same amount.
/// - One kind of separator occurring more than once groups thousands: `1.500.000`, `1,500,000`.
/// - **One separator followed by exactly three digits groups thousands, in both currencies:**
///   `1.500` and `1,500` are fifteen hundred, in rupiah and in dollars alike. This is the reading
///   that never turns fifteen hundred rupiah into one and a half: in Indonesia `.` groups
///   thousands, and an English `1,500` is fifteen hundred too. A dollar amount with cents is written
///   with one or two decimals (`1.50`, `1,5`); `0.500` (a zero before the mark) is half a dollar.
/// - Otherwise a single separator is the decimal mark, with at most two decimals (trailing zeros
///   beyond that are fine: `1.5000`); more is [`AmountError::TooManyDecimals`].
///
/// - A word for thousands, millions or billions after the number, as people write amounts in
///   chat: `ribu`/`rb`/`k`/`thousand` (× 1 000), `juta`/`jt`/`million` (× 1 000 000),
///   `miliar`/`milyar`/`billion` (× 10^9), with or without a space: `15 juta`, `500rb`, `12,5 jt`
///   (twelve and a half million), `2.5 juta`. The number before the word is read by the same rules
///   (so `1.500 juta` is fifteen hundred million), with as many decimals as the word allows
///   (`1,2345 juta` is 1 234 500). The page shows how such an amount was read ([`reading`]).
///
/// Groups are validated: the first has one to three digits and no leading zero, every later one
/// exactly three (`12,34,567` is refused, not guessed). Exponents, signs other than a leading
/// minus (refused as [`AmountError::Negative`]) and any other character are refused.
pub fn parse_amount(text: &str, currency: Currency) -> Result<Amount, AmountError> {
    let cents =
        parse_scaled(text, 2, Ambiguous::Thousands, Words::Allowed, currency.markers(), currency.other().markers())?;
    if cents > i128::from(Amount::MAX.0) {
        return Err(AmountError::TooLarge);
    }
    Amount::from_i128(cents).map_err(|_| AmountError::TooLarge)
}

/// Reads a rate in percent: `0,3`, `0.3`, `0.3%`, `5`, up to four decimals, 0 ..= 100.
/// A single separator is always the decimal mark here (`2.125` is 2.125 %): no rate reaches the
/// thousands, so there is nothing to confuse.
pub fn parse_percent(text: &str) -> Result<Percent, AmountError> {
    let units = parse_scaled(text, 4, Ambiguous::Decimal, Words::Refused, &["%"], &[])?;
    u32::try_from(units).ok().and_then(Percent::from_units).ok_or(AmountError::TooLarge)
}

/// Reads an exchange rate in rupiah per dollar, up to two decimals: `16.250` and `16250` are
/// sixteen thousand two hundred and fifty, `16,250.50` and `16250,5` add half a rupiah. `Rp`/`IDR`
/// may be typed with it. Zero is [`AmountError::Zero`].
pub fn parse_rate(text: &str) -> Result<ExchangeRate, AmountError> {
    let cents = parse_scaled(text, 2, Ambiguous::Thousands, Words::Refused, Currency::Idr.markers(), &[])?;
    if cents == 0 {
        return Err(AmountError::Zero);
    }
    i64::try_from(cents).ok().and_then(ExchangeRate::from_cents).ok_or(AmountError::TooLarge)
}

/// Reads a quantity: positive, up to three decimals (`2,5` kg), thousands grouped as in
/// [`parse_amount`] (`1.500` is fifteen hundred; `0,125` is an eighth). Zero is
/// [`AmountError::Zero`]: the per-unit price divides by it.
pub fn parse_quantity(text: &str) -> Result<Quantity, AmountError> {
    let thousandths = parse_scaled(text, 3, Ambiguous::Thousands, Words::Allowed, &[], &[])?;
    if thousandths == 0 {
        return Err(AmountError::Zero);
    }
    i64::try_from(thousandths).ok().and_then(Quantity::from_thousandths).ok_or(AmountError::TooLarge)
}

/// Whether a field takes a multiplier word (`15 juta`): amounts and quantities do; rates and
/// percentages do not (nobody writes "16 ribu" for an exchange rate, and `k` there is a slip).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Words {
    Allowed,
    Refused,
}

/// The multiplier words and their power of ten, lower case, matched as the whole run of letters
/// at the end. `m` alone is not one (in English it means million, in Indonesian miliar): `15m` is
/// refused as not a number rather than guessed.
const MULTIPLIERS: [(&str, u32); 10] = [
    ("thousand", 3),
    ("ribu", 3),
    ("rb", 3),
    ("k", 3),
    ("million", 6),
    ("juta", 6),
    ("jt", 6),
    ("billion", 9),
    ("miliar", 9),
    ("milyar", 9),
];

/// The multiplier word at the end of `text` (lower case, no blanks) and its power of ten, with the
/// text before it; `(text, 0)` when there is none.
fn strip_multiplier(text: &str) -> (&str, u32) {
    let head = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let word = text.get(head.len()..).unwrap_or_default();
    match MULTIPLIERS.iter().find(|(w, _)| *w == word) {
        Some((_, power)) if !head.is_empty() => (head, *power),
        _ => (text, 0),
    }
}

/// How a typed amount was read, when that is worth telling her: it used a multiplier word
/// (`15 juta`) or a single separator that could be read two ways (`1.500`, `1,5`). `None` for
/// plain digits and fully grouped numbers, which cannot surprise.
pub fn reading(text: &str, currency: Currency, lang: Lang) -> Option<String> {
    let amount = parse_amount(text, currency).ok()?;
    worth_reading(text, currency.markers()).then(|| format_money(Money { currency, amount }, lang))
}

/// [`reading`] for a quantity: `2 ribu` is read as `2.000` (id) or `2,000` (en).
pub fn reading_quantity(text: &str, lang: Lang) -> Option<String> {
    let quantity = parse_quantity(text).ok()?;
    worth_reading(text, &[]).then(|| format_quantity(quantity, lang))
}

/// A multiplier word, or a single separator.
fn worth_reading(text: &str, markers: &[&str]) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    let mut rest = compact.as_str();
    for _ in 0..2 {
        rest = strip_marker(rest.trim_start_matches(['-', '\u{2212}']), markers);
    }
    let rest = rest.strip_suffix(",-").or_else(|| rest.strip_suffix(".-")).unwrap_or(rest);
    let (number, power) = strip_multiplier(rest);
    power > 0 || number.matches(['.', ',']).count() == 1
}

/// Parses into an integer of 10^-`scale` units. Values above 10^20 stop early as
/// [`AmountError::TooLarge`], so a pasted string of a thousand digits costs nothing.
fn parse_scaled(
    text: &str,
    scale: u32,
    ambiguous: Ambiguous,
    words: Words,
    markers: &[&str],
    foreign: &[&str],
) -> Result<i128, AmountError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    let mut rest = compact.as_str();
    let mut negative = false;
    for _ in 0..2 {
        if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('\u{2212}')) {
            negative = true;
            rest = r;
        }
        rest = strip_marker(rest, markers);
    }
    rest = rest.strip_suffix(",-").or_else(|| rest.strip_suffix(".-")).unwrap_or(rest);
    if foreign.iter().any(|m| compact.contains(m)) {
        return Err(AmountError::WrongCurrency);
    }
    let (rest, power) = match words {
        Words::Allowed => strip_multiplier(rest),
        Words::Refused => (rest, 0),
    };
    // `15 juta` is read as 15 with six more decimals allowed, in the same units.
    let scale = scale + power;
    if rest.is_empty() {
        return Err(if negative { AmountError::NotANumber } else { AmountError::Empty });
    }
    if !rest.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') || !rest.bytes().any(|b| b.is_ascii_digit())
    {
        return Err(AmountError::NotANumber);
    }
    let (int, frac, grouped) = split_number(rest, ambiguous)?;
    if grouped.is_some_and(|sep| !valid_grouping(int, sep)) {
        return Err(AmountError::BadGrouping);
    }
    let scale_digits = usize::try_from(scale).unwrap_or(0);
    let (kept, extra) = frac.split_at_checked(frac.len().min(scale_digits)).unwrap_or((frac, ""));
    if extra.bytes().any(|b| b != b'0') {
        return Err(AmountError::TooManyDecimals);
    }
    const LIMIT: i128 = 100_000_000_000_000_000_000;
    let mut value: i128 = 0;
    for byte in int.bytes().filter(u8::is_ascii_digit).chain(kept.bytes()) {
        value = value * 10 + i128::from(byte - b'0');
        if value > LIMIT {
            return Err(AmountError::TooLarge);
        }
    }
    for _ in kept.len()..scale_digits {
        value *= 10;
    }
    if negative {
        return Err(AmountError::Negative);
    }
    Ok(value)
}

/// Strips one of the markers at the start or the end.
fn strip_marker<'a>(text: &'a str, markers: &[&str]) -> &'a str {
    for marker in markers {
        if let Some(rest) = text.strip_prefix(marker).or_else(|| text.strip_suffix(marker)) {
            return rest;
        }
    }
    text
}

/// Splits `digits[.,]digits…` into the integer part, the decimals, and the thousands separator
/// the integer part uses (if any). `text` holds only ASCII digits, `.` and `,`.
fn split_number(text: &str, ambiguous: Ambiguous) -> Result<(&str, &str, Option<char>), AmountError> {
    let (dots, commas) = (text.matches('.').count(), text.matches(',').count());
    let last = text.rfind(['.', ',']);
    let mark = match last.and_then(|i| text.get(i..i + 1)) {
        Some(".") => '.',
        Some(",") => ',',
        _ => return Ok((text, "", None)),
    };
    let other = if mark == '.' { ',' } else { '.' };
    let (int, frac) = text.rsplit_once(mark).unwrap_or((text, ""));
    if dots > 0 && commas > 0 {
        // Both kinds: the last is the decimal mark and may appear only once.
        if int.contains(mark) {
            return Err(AmountError::BadGrouping);
        }
        return Ok((int, frac, Some(other)));
    }
    if dots + commas > 1 {
        return Ok((text, "", Some(mark)));
    }
    if ambiguous == Ambiguous::Thousands && frac.len() == 3 && is_leading_group(int) {
        return Ok((text, "", Some(mark)));
    }
    if int.is_empty() && frac.is_empty() {
        return Err(AmountError::NotANumber);
    }
    Ok((int, frac, None))
}

/// A first group of thousands: one to three digits, not starting with zero.
fn is_leading_group(digits: &str) -> bool {
    (1..=3).contains(&digits.len()) && !digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

fn valid_grouping(int: &str, sep: char) -> bool {
    let mut groups = int.split(sep);
    groups.next().is_some_and(is_leading_group) && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Divides rounding half away from zero ("half up" for the amounts we have, which are positive).
/// `divisor` must be positive; zero gives zero rather than a panic.
pub fn div_round(numerator: i128, divisor: i128) -> i128 {
    if divisor <= 0 {
        return 0;
    }
    let half = divisor / 2;
    if numerator >= 0 {
        numerator.saturating_add(half) / divisor
    } else {
        -(numerator.saturating_neg().saturating_add(half) / divisor)
    }
}

/// `1500000` → `1.500.000` with the given separator.
fn group_thousands(value: u128, sep: char) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    let len = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Rupiah rounded half up to whole rupiah, as people write it: id `Rp 1.500.000`,
/// en `IDR 1,500,000`. A negative amount starts with `-`.
pub fn format_idr(amount: Amount, lang: Lang) -> String {
    let rupiah = div_round(i128::from(amount.0), 100);
    let (group, _) = separators(lang);
    let sign = if rupiah < 0 { "-" } else { "" };
    let prefix = match lang {
        Lang::Id => "Rp",
        Lang::En => "IDR",
    };
    format!("{sign}{prefix} {}", group_thousands(rupiah.unsigned_abs(), group))
}

/// Dollars with cents: en `USD 1,500.00`, id `USD 1.500,00`.
pub fn format_usd(amount: Amount, lang: Lang) -> String {
    let (group, mark) = separators(lang);
    let cents = i128::from(amount.0).unsigned_abs();
    let sign = if amount.0 < 0 { "-" } else { "" };
    format!("{sign}USD {}{mark}{:02}", group_thousands(cents / 100, group), cents % 100)
}

/// [`format_idr`] or [`format_usd`] by the money's currency.
pub fn format_money(money: Money, lang: Lang) -> String {
    match money.currency {
        Currency::Idr => format_idr(money.amount, lang),
        Currency::Usd => format_usd(money.amount, lang),
    }
}

/// A quantity as people read it: en `1,000`, `2.5`; id `1.000`, `2,5`.
pub fn format_quantity(quantity: Quantity, lang: Lang) -> String {
    let (group, mark) = separators(lang);
    let thousandths = u128::try_from(quantity.0).unwrap_or(0);
    let whole = group_thousands(thousandths / 1000, group);
    match trimmed_decimal(thousandths % 1000, 3, mark).split_once(mark) {
        Some((_, frac)) => format!("{whole}{mark}{frac}"),
        None => whole,
    }
}

/// A rate as people read it: id `0,3%`, en `0.3%`.
pub fn format_percent(percent: Percent, lang: Lang) -> String {
    let (_, mark) = separators(lang);
    trimmed_decimal(u128::from(percent.0), 4, mark) + "%"
}

/// The machine form: `11608.31`, always two places, `-` if negative, no grouping. Used in
/// `data-amount` attributes and share links; [`parse_amount`] reads it back exactly.
pub fn plain_decimal(amount: Amount) -> String {
    let cents = i128::from(amount.0).unsigned_abs();
    let sign = if amount.0 < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

/// `value` / 10^`places` with trailing zeros (and a bare mark) removed.
fn trimmed_decimal(value: u128, places: u32, mark: char) -> String {
    let divisor = 10u128.pow(places);
    let int = (value / divisor).to_string();
    let frac = format!("{:0width$}", value % divisor, width = usize::try_from(places).unwrap_or(0));
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int
    } else {
        format!("{int}{mark}{frac}")
    }
}

/// Converts between rupiah and dollars at her rate, rounding half up to the cent (or sen), in
/// i128 so no product overflows. Same currency in and out returns the money unchanged.
pub fn convert(money: Money, to: Currency, rate: ExchangeRate) -> Result<Money, Overflow> {
    let cents = i128::from(money.amount.0);
    let rate = i128::from(rate.0);
    let converted = match (money.currency, to) {
        (from, to) if from == to => cents,
        // IDR sen → USD cents: sen / 100 rupiah ÷ (rate / 100) rupiah per dollar × 100.
        (Currency::Idr, Currency::Usd) => div_round(cents * 100, rate),
        // USD cents → IDR sen: cents / 100 dollars × rate / 100 × 100.
        _ => div_round(cents * rate, 100),
    };
    Ok(Money { currency: to, amount: Amount::from_i128(converted)? })
}
