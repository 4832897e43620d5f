//! Amounts in English words, as invoices write them under the total:
//! `US Dollars Eleven Thousand Six Hundred Eight and Cents Thirty-One`.
//!
//! The form, decided once (README, "Decisions"):
//! - the currency's name first (`US Dollars`, `Indonesian Rupiah`), then the whole units in words,
//!   each word capitalised, tens and units joined by a hyphen (`Thirty-One`), no "and" inside the
//!   number (`Six Hundred Eight`), as US-style invoices and bank forms write it;
//! - dollars with cents end `and Cents Thirty-One`; without cents they end `Only`, so nothing can be
//!   added after the words: `US Dollars One Hundred Only`, `US Dollars Zero Only`;
//! - rupiah are written in whole rupiah, rounded half up as every rupiah figure in the app is (an
//!   Indonesian invoice has no sen), and always end `Only`:
//!   `Indonesian Rupiah One Million Five Hundred Thousand Only`.

use crate::domain::money::{div_round, Amount, Currency, Money};

const ONES: [&str; 20] = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
];

const TENS: [&str; 10] = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

/// Short-scale names of the groups of three digits; enough for any `u128`.
const SCALES: [&str; 13] = [
    "",
    "Thousand",
    "Million",
    "Billion",
    "Trillion",
    "Quadrillion",
    "Quintillion",
    "Sextillion",
    "Septillion",
    "Octillion",
    "Nonillion",
    "Decillion",
    "Undecillion",
];

/// A whole number in words: `0` → `Zero`, `11608` → `Eleven Thousand Six Hundred Eight`.
pub fn number_in_words(value: u128) -> String {
    if value == 0 {
        return ONES[0].to_string();
    }
    let mut groups = Vec::new();
    let mut rest = value;
    while rest > 0 {
        groups.push(rest % 1000);
        rest /= 1000;
    }
    let mut words: Vec<String> = Vec::new();
    for (scale, group) in groups.iter().enumerate().rev() {
        if *group == 0 {
            continue;
        }
        words.push(below_thousand(*group));
        if let Some(name) = SCALES.get(scale).filter(|name| !name.is_empty()) {
            words.push((*name).to_string());
        }
    }
    words.join(" ")
}

/// 1 ..= 999 in words.
fn below_thousand(value: u128) -> String {
    let mut words = Vec::new();
    let hundreds = value / 100;
    let rest = value % 100;
    if hundreds > 0 {
        words.push(format!("{} Hundred", small(hundreds)));
    }
    if rest > 0 {
        words.push(below_hundred(rest));
    }
    words.join(" ")
}

/// 1 ..= 99 in words.
fn below_hundred(value: u128) -> String {
    if value < 20 {
        return small(value).to_string();
    }
    let tens = usize::try_from(value / 10).ok().and_then(|t| TENS.get(t)).copied().unwrap_or("");
    match value % 10 {
        0 => tens.to_string(),
        unit => format!("{tens}-{}", small(unit)),
    }
}

fn small(value: u128) -> &'static str {
    usize::try_from(value).ok().and_then(|v| ONES.get(v)).copied().unwrap_or("")
}

/// The currency's name as invoices write it before the words.
pub fn currency_words(currency: Currency) -> &'static str {
    match currency {
        Currency::Usd => "US Dollars",
        Currency::Idr => "Indonesian Rupiah",
    }
}

/// The amount in words, in the form described at the top of this module. A negative amount (none
/// is ever printed) starts with `Minus`.
pub fn amount_in_words(money: Money) -> String {
    let Money { currency, amount: Amount(cents) } = money;
    let sign = if cents < 0 { "Minus " } else { "" };
    let cents = i128::from(cents).unsigned_abs();
    let name = currency_words(currency);
    match currency {
        Currency::Usd => {
            let (whole, rest) = (cents / 100, cents % 100);
            if rest == 0 {
                format!("{sign}{name} {} Only", number_in_words(whole))
            } else {
                format!("{sign}{name} {} and Cents {}", number_in_words(whole), number_in_words(rest))
            }
        }
        Currency::Idr => {
            let whole = u128::try_from(div_round(i128::try_from(cents).unwrap_or(i128::MAX), 100)).unwrap_or(0);
            format!("{sign}{name} {} Only", number_in_words(whole))
        }
    }
}
