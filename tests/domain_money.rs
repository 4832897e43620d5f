//! Money: parsing what people type (docs/design.md, "Known traps"), formatting without floats, and
//! converting at her exchange rate.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::money::{
    convert, format_idr, format_money, format_percent, format_quantity, format_usd, parse_amount, parse_percent,
    parse_quantity, parse_rate, plain_decimal, reading, reading_quantity, Amount, AmountError, Currency, ExchangeRate,
    Money, Percent, Quantity,
};

use AmountError::*;
use Currency::{Idr, Usd};

#[test]
fn currency_codes() {
    for currency in Currency::ALL {
        assert_eq!(Currency::from_code(currency.code()), Some(currency));
    }
    assert_eq!(Currency::from_code(" usd "), Some(Usd));
    assert_eq!(Currency::from_code("EUR"), None);
}

#[test]
fn parses_amounts() {
    // (text, currency, hundredths or error)
    let cases: &[(&str, Currency, Result<i64, AmountError>)] = &[
        ("1.500.000,50", Idr, Ok(150_000_050)),
        ("1,500,000.50", Idr, Ok(150_000_050)),
        ("1500000", Idr, Ok(150_000_000)),
        ("Rp 1.500.000", Idr, Ok(150_000_000)),
        ("Rp1.500.000", Idr, Ok(150_000_000)),
        ("rp. 1.500.000,-", Idr, Ok(150_000_000)),
        ("IDR 1,500,000", Idr, Ok(150_000_000)),
        ("1.500.000 IDR", Idr, Ok(150_000_000)),
        ("US$ 1,500.50", Usd, Ok(150_050)),
        ("USD 1.500,50", Usd, Ok(150_050)),
        ("$5", Usd, Ok(500)),
        ("5 usd", Usd, Ok(500)),
        // One separator before exactly three digits groups thousands, in both currencies.
        ("1.500", Idr, Ok(150_000)),
        ("1.500", Usd, Ok(150_000)),
        ("1,500", Idr, Ok(150_000)),
        ("1,500", Usd, Ok(150_000)),
        ("999,999", Usd, Ok(99_999_900)),
        // Otherwise it is the decimal mark.
        ("1,5", Idr, Ok(150)),
        ("1,5", Usd, Ok(150)),
        ("1.50", Usd, Ok(150)),
        ("1.5", Usd, Ok(150)),
        ("0.500", Usd, Ok(50)),
        ("1.5000", Usd, Ok(150)),
        (".5", Usd, Ok(50)),
        ("5,", Idr, Ok(500)),
        ("0", Idr, Ok(0)),
        ("007", Idr, Ok(700)),
        ("1 500 000", Idr, Ok(150_000_000)),
        ("\u{a0}1\u{a0}500\u{202f}000\u{a0}", Idr, Ok(150_000_000)),
        ("\tRp\u{2009}2.000\n", Idr, Ok(200_000)),
        ("10000000000000", Idr, Ok(1_000_000_000_000_000)),
        // Malformed grouping.
        ("1.5.0", Idr, Err(BadGrouping)),
        ("12,34,567", Idr, Err(BadGrouping)),
        ("1.500,000.5", Usd, Err(BadGrouping)),
        ("1,5.0", Usd, Err(BadGrouping)),
        ("1500.000.000", Idr, Err(BadGrouping)),
        ("0.500.000", Idr, Err(BadGrouping)),
        (",500,000", Idr, Err(BadGrouping)),
        ("1..500", Idr, Err(BadGrouping)),
        // Decimals.
        ("1,2345", Idr, Err(TooManyDecimals)),
        ("0,125", Usd, Err(TooManyDecimals)),
        ("1.500.000,505", Idr, Err(TooManyDecimals)),
        ("1500.505", Usd, Err(TooManyDecimals)),
        // Not numbers.
        ("abc", Idr, Err(NotANumber)),
        ("1e6", Idr, Err(NotANumber)),
        ("+5", Idr, Err(NotANumber)),
        ("5%", Idr, Err(NotANumber)),
        ("💰100", Idr, Err(NotANumber)),
        ("100👍", Usd, Err(NotANumber)),
        ("١٢٣", Idr, Err(NotANumber)),
        ("１２３", Idr, Err(NotANumber)),
        (",", Idr, Err(NotANumber)),
        ("-", Idr, Err(NotANumber)),
        ("-abc", Idr, Err(NotANumber)),
        ("1\u{200b}000", Idr, Err(NotANumber)),
        // Negative.
        ("-5", Idr, Err(Negative)),
        ("Rp -5.000", Idr, Err(Negative)),
        ("-Rp 5.000", Idr, Err(Negative)),
        ("\u{2212}5", Usd, Err(Negative)),
        // Empty.
        ("", Idr, Err(Empty)),
        ("   ", Idr, Err(Empty)),
        ("\u{a0}\u{202f}", Usd, Err(Empty)),
        ("Rp", Idr, Err(Empty)),
        ("US$", Usd, Err(Empty)),
        // Too large: above 10^13 units.
        ("10000000000000,01", Idr, Err(TooLarge)),
        ("1.000.000.000.000.000", Idr, Err(TooLarge)),
        ("99999999999999999999999999999999999999999999999999", Usd, Err(TooLarge)),
        // The other currency's sign.
        ("US$ 5", Idr, Err(WrongCurrency)),
        ("$5", Idr, Err(WrongCurrency)),
        ("Rp 5.000", Usd, Err(WrongCurrency)),
        // Words for thousands and millions, as amounts are written in chat (the workshop journey's friction
        // list): 15 × 10^6 rupiah = 1,500,000,000 sen.
        ("15 juta", Idr, Ok(1_500_000_000)),
        ("15juta", Idr, Ok(1_500_000_000)),
        ("Rp 15 jt", Idr, Ok(1_500_000_000)),
        ("15 JUTA rupiah", Idr, Ok(1_500_000_000)),
        ("500 ribu", Idr, Ok(50_000_000)),
        ("500rb", Idr, Ok(50_000_000)),
        ("500 k", Idr, Ok(50_000_000)),
        ("2 miliar", Idr, Ok(200_000_000_000)),
        ("2 milyar", Idr, Ok(200_000_000_000)),
        // 12.5 × 10^6 = 12,500,000 rupiah, whichever decimal mark.
        ("12,5 juta", Idr, Ok(1_250_000_000)),
        ("12.5 jt", Idr, Ok(1_250_000_000)),
        // The number keeps the house rule: one separator before three digits groups thousands,
        // 1,500 × 10^6 = 1,500,000,000 rupiah.
        ("1.500 juta", Idr, Ok(150_000_000_000)),
        // 1.2345 × 10^6 = 1,234,500; 1.23456789 × 10^6 = 1,234,567.89 (eight decimals: the cents).
        ("1,2345 juta", Idr, Ok(123_450_000)),
        ("1,23456789 juta", Idr, Ok(123_456_789)),
        ("1,234567891 juta", Idr, Err(TooManyDecimals)),
        ("2.5 thousand", Usd, Ok(250_000)),
        ("1.2 million", Usd, Ok(120_000_000)),
        ("$ 3k", Usd, Ok(300_000)),
        // Not multipliers: a unit, `m` (million or miliar?), a word alone, a word in the middle.
        ("10 kg", Idr, Err(NotANumber)),
        ("15m", Idr, Err(NotANumber)),
        ("juta", Idr, Err(NotANumber)),
        ("15 juta 500", Idr, Err(NotANumber)),
        ("-15 juta", Idr, Err(Negative)),
        ("10000 miliar", Idr, Ok(1_000_000_000_000_000)),
        ("10001 miliar", Idr, Err(TooLarge)),
    ];
    for (text, currency, expected) in cases {
        assert_eq!(parse_amount(text, *currency), expected.map(Amount), "{text:?} in {currency:?}");
    }
}

#[test]
fn says_how_an_amount_was_read_when_it_could_surprise() {
    use Lang::{En, Id};
    // A multiplier word or a single separator: shown. Plain digits and full grouping: not needed.
    assert_eq!(reading("15 juta", Idr, Id).as_deref(), Some("Rp 15.000.000"));
    assert_eq!(reading("15 juta", Idr, En).as_deref(), Some("IDR 15,000,000"));
    assert_eq!(reading("500rb", Idr, Id).as_deref(), Some("Rp 500.000"));
    assert_eq!(reading("12,5 jt", Idr, Id).as_deref(), Some("Rp 12.500.000"));
    assert_eq!(reading("1.500", Usd, En).as_deref(), Some("USD 1,500.00"));
    assert_eq!(reading("1,5", Usd, Id).as_deref(), Some("USD 1,50"));
    assert_eq!(reading("Rp 15.000,-", Idr, Id).as_deref(), Some("Rp 15.000"), "one separator: shown");
    assert_eq!(reading("400", Idr, Id), None);
    assert_eq!(reading("1.500.000", Idr, Id), None);
    assert_eq!(reading("abc", Idr, Id), None);
    // Quantities too.
    assert_eq!(reading_quantity("2 ribu", Id).as_deref(), Some("2.000"));
    assert_eq!(reading_quantity("1,5 rb", En).as_deref(), Some("1,500"));
    assert_eq!(reading_quantity("500", En), None);
    assert_eq!(reading_quantity("banyak", En), None);
    // Rates and percentages take no words.
    assert_eq!(parse_rate("16 ribu"), Err(NotANumber));
    assert_eq!(parse_percent("5k"), Err(NotANumber));
}

#[test]
fn a_very_long_digit_string_is_too_large_not_slow() {
    let text = "9".repeat(100_000);
    assert_eq!(parse_amount(&text, Idr), Err(TooLarge));
    let text = format!("1{}", ".000".repeat(10_000));
    assert_eq!(parse_amount(&text, Idr), Err(TooLarge));
}

#[test]
fn parses_percentages() {
    let cases: &[(&str, Result<u32, AmountError>)] = &[
        ("0,3", Ok(3000)),
        ("0.3", Ok(3000)),
        ("0.3%", Ok(3000)),
        ("0,3 %", Ok(3000)),
        ("5", Ok(50_000)),
        ("21", Ok(210_000)),
        ("0,0001", Ok(1)),
        // A rate never reaches the thousands: a single separator is always the decimal mark.
        ("2.125", Ok(21_250)),
        ("1,000", Ok(10_000)),
        ("100", Ok(1_000_000)),
        ("0", Ok(0)),
        ("100,0001", Err(TooLarge)),
        ("150", Err(TooLarge)),
        ("0,12345", Err(TooManyDecimals)),
        ("-1", Err(Negative)),
        ("", Err(Empty)),
        ("%", Err(Empty)),
        ("five", Err(NotANumber)),
        ("Rp 5", Err(NotANumber)),
        ("1.2.3", Err(BadGrouping)),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_percent(text).map(Percent::units), *expected, "{text:?}");
    }
}

#[test]
fn parses_exchange_rates() {
    let cases: &[(&str, Result<i64, AmountError>)] = &[
        ("16.250", Ok(1_625_000)),
        ("16250", Ok(1_625_000)),
        ("16,250", Ok(1_625_000)),
        ("16,250.50", Ok(1_625_050)),
        ("16.250,50", Ok(1_625_050)),
        ("16250,5", Ok(1_625_050)),
        ("Rp 16.250", Ok(1_625_000)),
        ("10.000.000", Ok(1_000_000_000)),
        ("10.000.001", Err(TooLarge)),
        ("0", Err(Zero)),
        ("0,00", Err(Zero)),
        ("-16.250", Err(Negative)),
        ("16.250,505", Err(TooManyDecimals)),
        ("abc", Err(NotANumber)),
        ("", Err(Empty)),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_rate(text).map(ExchangeRate::cents), *expected, "{text:?}");
    }
}

#[test]
fn parses_quantities() {
    let cases: &[(&str, Result<i64, AmountError>)] = &[
        ("2,5", Ok(2_500)),
        ("2.5", Ok(2_500)),
        ("500", Ok(500_000)),
        ("1.500", Ok(1_500_000)),
        ("0,125", Ok(125)),
        ("1.000,125", Ok(1_000_125)),
        ("2,1250", Ok(2_125)),
        ("0,001", Ok(1)),
        ("0", Err(Zero)),
        ("0,000", Err(Zero)),
        ("0,0001", Err(TooManyDecimals)),
        ("-1", Err(Negative)),
        ("10 kg", Err(NotANumber)),
        ("2 ribu", Ok(2_000_000)),
        ("1,5 rb", Ok(1_500_000)),
        ("", Err(Empty)),
        ("10000000000001", Err(TooLarge)),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_quantity(text).map(Quantity::thousandths), *expected, "{text:?}");
    }
}

#[test]
fn formats_quantities_the_readers_way() {
    let q = |t: i64| Quantity::from_thousandths(t).unwrap();
    assert_eq!(format_quantity(q(1_000_000), Lang::En), "1,000");
    assert_eq!(format_quantity(q(1_000_000), Lang::Id), "1.000");
    assert_eq!(format_quantity(q(2_500), Lang::En), "2.5");
    assert_eq!(format_quantity(q(1_234_125), Lang::Id), "1.234,125");
    assert_eq!(format_quantity(q(1), Lang::En), "0.001");
    assert_eq!(format_quantity(q(500_000), Lang::En), "500");
}

#[test]
fn formats_rupiah_rounded_half_up_to_whole_rupiah() {
    let cases: &[(i64, &str, &str)] = &[
        (150_000_000, "Rp 1.500.000", "IDR 1,500,000"),
        (150_000_050, "Rp 1.500.001", "IDR 1,500,001"),
        (150_000_049, "Rp 1.500.000", "IDR 1,500,000"),
        (99_999, "Rp 1.000", "IDR 1,000"),
        (0, "Rp 0", "IDR 0"),
        (50, "Rp 1", "IDR 1"),
        (99_900, "Rp 999", "IDR 999"),
        (38_104_788_167, "Rp 381.047.882", "IDR 381,047,882"),
        (1_000_000_000_000_000, "Rp 10.000.000.000.000", "IDR 10,000,000,000,000"),
        (-150_050, "-Rp 1.501", "-IDR 1,501"),
    ];
    for (cents, id, en) in cases {
        assert_eq!(format_idr(Amount(*cents), Lang::Id), *id);
        assert_eq!(format_idr(Amount(*cents), Lang::En), *en);
        assert_eq!(format_money(Money { currency: Idr, amount: Amount(*cents) }, Lang::Id), *id);
    }
}

#[test]
fn formats_dollars_with_cents() {
    let cases: &[(i64, &str, &str)] = &[
        (150_000, "USD 1,500.00", "USD 1.500,00"),
        (1_160_831, "USD 11,608.31", "USD 11.608,31"),
        (5, "USD 0.05", "USD 0,05"),
        (580, "USD 5.80", "USD 5,80"),
        (0, "USD 0.00", "USD 0,00"),
        (123_456_789, "USD 1,234,567.89", "USD 1.234.567,89"),
        (-4_036, "-USD 40.36", "-USD 40,36"),
    ];
    for (cents, en, id) in cases {
        assert_eq!(format_usd(Amount(*cents), Lang::En), *en);
        assert_eq!(format_usd(Amount(*cents), Lang::Id), *id);
        assert_eq!(format_money(Money { currency: Usd, amount: Amount(*cents) }, Lang::En), *en);
    }
}

#[test]
fn plain_decimals_and_percentages() {
    assert_eq!(plain_decimal(Amount(1_160_831)), "11608.31");
    assert_eq!(plain_decimal(Amount(0)), "0.00");
    assert_eq!(plain_decimal(Amount(5)), "0.05");
    assert_eq!(plain_decimal(Amount(100)), "1.00");
    assert_eq!(plain_decimal(Amount(-5)), "-0.05");
    assert_eq!(plain_decimal(Amount(i64::MIN)), "-92233720368547758.08");
    let rate = Percent::from_units(3000).unwrap();
    assert_eq!(format_percent(rate, Lang::Id), "0,3%");
    assert_eq!(format_percent(rate, Lang::En), "0.3%");
    assert_eq!(format_percent(Percent::whole(21).unwrap(), Lang::Id), "21%");
    assert_eq!(rate.plain(), "0.3");
    assert_eq!(Percent::from_units(21_250).unwrap().plain(), "2.125");
    assert_eq!(Percent::whole(101), None);
    assert_eq!(ExchangeRate::from_cents(1_625_000).unwrap().plain(), "16250");
    assert_eq!(ExchangeRate::from_cents(1_625_050).unwrap().plain(), "16250.50");
    assert_eq!(ExchangeRate::from_cents(0), None);
    assert_eq!(Quantity::from_thousandths(2_500).unwrap().plain(), "2.5");
    assert_eq!(Quantity::from_thousandths(2_125).unwrap().plain(), "2.1250");
    assert_eq!(Quantity::from_thousandths(125).unwrap().plain(), "0.125");
    assert_eq!(Quantity::from_thousandths(1_000_125).unwrap().plain(), "1000.125");
    assert_eq!(Quantity::from_thousandths(500_000).unwrap().plain(), "500");
}

#[test]
fn checked_arithmetic_reports_overflow() {
    assert_eq!(Amount(1).checked_add(Amount(2)), Ok(Amount(3)));
    assert!(Amount(i64::MAX).checked_add(Amount(1)).is_err());
    assert!(Amount(i64::MIN).checked_sub(Amount(1)).is_err());
    assert!(Amount::from_i128(i128::from(i64::MAX) + 1).is_err());
}

#[test]
fn converts_at_her_rate_half_up_to_the_cent() {
    let rate = ExchangeRate::from_cents(1_625_000).unwrap(); // Rp 16.250 per dollar
    let usd = |c| Money { currency: Usd, amount: Amount(c) };
    let idr = |c| Money { currency: Idr, amount: Amount(c) };
    // USD 1,500.00 × 16,250 = Rp 24.375.000
    assert_eq!(convert(usd(150_000), Idr, rate), Ok(idr(2_437_500_000)));
    // USD 11,608.31 × 16,250 = Rp 188.635.037,50
    assert_eq!(convert(usd(1_160_831), Idr, rate), Ok(idr(18_863_503_750)));
    // Rp 1.000.000 / 16,250 = USD 61.538… → 61.54
    assert_eq!(convert(idr(100_000_000), Usd, rate), Ok(usd(6_154)));
    // Rp 362.000.000 / 16,250 = USD 22,276.923… → 22,276.92
    assert_eq!(convert(idr(36_200_000_000), Usd, rate), Ok(usd(2_227_692)));
    // Rp 8.125 / 16,250 = USD 0.50 exactly; Rp 81,25 / 16,250 = 0.005 → 0.01 (half up)
    assert_eq!(convert(idr(812_500), Usd, rate), Ok(usd(50)));
    assert_eq!(convert(idr(8_125), Usd, rate), Ok(usd(1)));
    // Same currency: unchanged.
    assert_eq!(convert(idr(123), Idr, rate), Ok(idr(123)));
    // Rp 16.250,50 per dollar: USD 2.00 = Rp 32.501
    let odd = ExchangeRate::from_cents(1_625_050).unwrap();
    assert_eq!(convert(usd(200), Idr, odd), Ok(idr(3_250_100)));
    // The largest dollar amount at the largest rate does not fit: an error, not a panic.
    let max_rate = ExchangeRate::from_cents(ExchangeRate::MAX_CENTS).unwrap();
    assert!(convert(usd(Amount::MAX.0), Idr, max_rate).is_err());
    assert!(convert(usd(i64::MAX), Idr, max_rate).is_err());
}

fn any_lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Id), Just(Lang::En)]
}

proptest! {
    #[test]
    fn parsers_never_panic_on_any_text(text in any::<String>()) {
        let _ = parse_amount(&text, Idr);
        let _ = parse_amount(&text, Usd);
        let _ = parse_percent(&text);
        let _ = parse_rate(&text);
        let _ = parse_quantity(&text);
    }

    #[test]
    fn parsers_never_panic_on_number_like_text(text in "[0-9.,\\- RrpIDUSs$%\u{a0}\u{202f}]{0,40}") {
        for currency in Currency::ALL {
            if let Ok(amount) = parse_amount(&text, currency) {
                prop_assert!(amount.in_range());
            }
        }
        if let Ok(rate) = parse_percent(&text) {
            prop_assert!(rate <= Percent::HUNDRED);
        }
        let _ = parse_rate(&text);
        let _ = parse_quantity(&text);
    }

    #[test]
    fn multiplier_words_multiply(units in 0i64..=10_000_000, word in prop::sample::select(vec![
        ("ribu", 1_000i64), ("rb", 1_000), ("k", 1_000), ("juta", 1_000_000), ("jt", 1_000_000), ("miliar", 1_000_000_000),
    ]), space in prop::bool::ANY) {
        let (word, factor) = word;
        let text = format!("{units}{}{word}", if space { " " } else { "" });
        let expected = units.checked_mul(factor).filter(|v| *v <= 10_000_000_000_000).map(|v| Amount(v * 100));
        prop_assert_eq!(parse_amount(&text, Idr).ok(), expected);
    }

    #[test]
    fn formatted_dollars_parse_back(cents in 0..=Amount::MAX.0, lang in any_lang()) {
        prop_assert_eq!(parse_amount(&format_usd(Amount(cents), lang), Usd), Ok(Amount(cents)));
    }

    #[test]
    fn formatted_rupiah_parse_back_to_whole_rupiah(cents in 0..=Amount::MAX.0 - 50, lang in any_lang()) {
        let rupiah = (cents + 50) / 100 * 100;
        prop_assert_eq!(parse_amount(&format_idr(Amount(cents), lang), Idr), Ok(Amount(rupiah)));
    }

    #[test]
    fn plain_decimals_parse_back(cents in 0..=Amount::MAX.0) {
        for currency in Currency::ALL {
            prop_assert_eq!(parse_amount(&plain_decimal(Amount(cents)), currency), Ok(Amount(cents)));
        }
    }

    #[test]
    fn plain_rates_and_quantities_parse_back(
        percent in 0u32..=1_000_000,
        rate in 1i64..=ExchangeRate::MAX_CENTS,
        quantity in 1i64..=10_000_000_000_000_000,
    ) {
        let percent = Percent::from_units(percent).unwrap();
        prop_assert_eq!(parse_percent(&percent.plain()), Ok(percent));
        let rate = ExchangeRate::from_cents(rate).unwrap();
        prop_assert_eq!(parse_rate(&rate.plain()), Ok(rate));
        let quantity = Quantity::from_thousandths(quantity).unwrap();
        prop_assert_eq!(parse_quantity(&quantity.plain()), Ok(quantity));
    }

    #[test]
    fn indonesian_and_english_writing_agree(units in 0i64..=10_000_000_000_000, sen in 0i64..100) {
        // Both written out in full with two decimals, as a person would.
        let cents = units * 100 + sen;
        let id = format_usd(Amount(cents), Lang::Id).replace("USD ", "");
        let en = format_usd(Amount(cents), Lang::En).replace("USD ", "");
        prop_assert_eq!(parse_amount(&id, Idr), parse_amount(&en, Idr));
        prop_assert_eq!(parse_amount(&id, Idr), Ok(Amount(cents)));
    }
}
