//! The listing builder: templates over every combination of filled and empty fields, realistic
//! drafts word for word, every check with a case that triggers it and one that does not, the
//! score, the buyer replies, and hostile input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::incoterms::calculator::{Calculator, CalculatorEdit, SaveQuote};
use siap_ekspor::domain::incoterms::{Field, Incoterm};
use siap_ekspor::domain::listing::draft::{
    Certification, Draft, DraftEdit, Marketplace, PaymentTerm, Process, SamplePolicy, TextField, MAX_DRAFT_TEXT,
};
use siap_ekspor::domain::listing::generate::{generate, read_price, title, Listing, SpecLabel};
use siap_ekspor::domain::listing::glossary::{self, Glossary};
use siap_ekspor::domain::listing::lint::{check, score, ContactKind, Detail, Finding, Rule};
use siap_ekspor::domain::listing::replies::{replies, reply, ReplyContext, ReplyKind};
use siap_ekspor::domain::listing::store::{Entry, Listings, ListingsEdit, MAX_LISTINGS};
use siap_ekspor::domain::model::Product;
use siap_ekspor::domain::money::{AmountError, Currency};

/// A small glossary of the kind the real file holds.
fn glossary() -> Glossary {
    let entries = [
        ("kursi", "chair", "product"),
        ("rotan", "rattan", "material"),
        ("rotan alami", "natural rattan", "material"),
        ("kopi", "coffee", "product"),
        ("kopi bubuk", "ground coffee", "product"),
        ("robusta", "robusta", "material"),
        ("keripik", "chips", "product"),
        ("tempe", "tempeh", "product"),
        ("keripik tempe", "tempeh chips", "product"),
        ("minyak kelapa", "coconut oil", "material"),
        ("garam", "salt", "material"),
        ("bawang putih", "garlic", "material"),
        ("karton", "carton", "unit"),
        ("kotak", "box", "packaging"),
        ("bungkus", "pack", "unit"),
        ("kantong", "pouch", "packaging"),
        ("kotak karton", "carton box", "packaging"),
        ("hari", "day", "other"),
        ("minggu", "week", "other"),
        ("bulan", "month", "unit"),
        ("coklat", "brown", "colour"),
        ("alami", "natural", "quality"),
        ("tas", "bag", "product"),
        ("anyaman", "woven", "process"),
        ("makanan ringan", "snacks", "product"),
        ("mebel", "furniture", "product"),
        ("jepang", "Japan", "other"),
        ("terlaris", "best seller", "quality"),
        ("batik", "batik", "product"),
    ];
    let entries: Vec<String> =
        entries.iter().map(|(id, en, kind)| format!(r#"{{"id":"{id}","en":"{en}","kind":"{kind}"}}"#)).collect();
    glossary::parse(&format!(r#"{{"checked":"2026-11-28","entries":[{}]}}"#, entries.join(","))).unwrap()
}

fn set<T: Ord + Copy>(items: &[T]) -> std::collections::BTreeSet<T> {
    items.iter().copied().collect()
}

fn chair() -> Draft {
    Draft {
        name: "kursi".into(),
        material: "rotan alami".into(),
        size: "45 x 50 x 90 cm".into(),
        weight: "4,5 kg".into(),
        colour: "coklat".into(),
        origin: "Cirebon".into(),
        processing: set(&[Process::Handmade]),
        packaging: "kotak karton".into(),
        certifications: set(&[Certification::Svlk]),
        moq: "100".into(),
        moq_unit: "pcs".into(),
        price: "25,50".into(),
        currency: Some(Currency::Usd),
        price_unit: "pcs".into(),
        incoterm: Some(Incoterm::Fob),
        place: "Tanjung Perak, Surabaya".into(),
        payment: set(&[PaymentTerm::LcAtSight, PaymentTerm::TtDepositBalance]),
        deposit_percent: "30".into(),
        delivery_days: "30".into(),
        capacity: "500".into(),
        capacity_unit: "pcs".into(),
        sample: Some(SamplePolicy::PaidRefundable),
        ..Draft::default()
    }
}

fn coffee() -> Draft {
    Draft {
        name: "kopi bubuk".into(),
        brand: "Kopi Arjuna".into(),
        material: "robusta".into(),
        weight: "250 g".into(),
        origin: "Malang, Jawa Timur".into(),
        processing: set(&[Process::Organic]),
        packaging: "kantong".into(),
        certifications: set(&[Certification::Halal, Certification::Pirt]),
        moq: "500".into(),
        moq_unit: "bungkus".into(),
        price: "5.80".into(),
        price_unit: "bungkus".into(),
        incoterm: Some(Incoterm::Fob),
        place: "Tanjung Perak, Surabaya".into(),
        payment: set(&[PaymentTerm::TtAdvance]),
        delivery_days: "14-21".into(),
        marketplace: Marketplace::Alibaba,
        ..Draft::default()
    }
}

fn chips() -> Draft {
    Draft {
        name: "keripik tempe".into(),
        category: "makanan ringan".into(),
        material: "tempe, minyak kelapa, garam, bawang putih".into(),
        weight: "100 g".into(),
        origin: "Malang".into(),
        processing: set(&[Process::NoPreservatives]),
        packaging: "kantong".into(),
        certifications: set(&[Certification::Halal, Certification::Bpom]),
        moq: "1".into(),
        moq_unit: "karton".into(),
        price: "Rp 150.000".into(),
        currency: Some(Currency::Idr),
        price_unit: "karton".into(),
        incoterm: Some(Incoterm::Exw),
        place: "Malang".into(),
        payment: set(&[PaymentTerm::TtAdvance, PaymentTerm::Escrow]),
        delivery_days: "7".into(),
        capacity: "200".into(),
        capacity_unit: "karton".into(),
        sample: Some(SamplePolicy::FreeSample),
        target_market: "Jepang".into(),
        ..Draft::default()
    }
}

fn rules(findings: &[Finding]) -> Vec<Rule> {
    findings.iter().map(|f| f.rule).collect()
}

fn lint(draft: &Draft) -> Vec<Finding> {
    let g = glossary();
    let listing = generate(draft, &g);
    check(draft, &listing, title(draft, &listing), &g)
}

fn lint_title(draft: &Draft, edited: &str) -> Vec<Finding> {
    let g = glossary();
    let listing = generate(draft, &g);
    check(draft, &listing, edited, &g)
}

/// Everything a template must never produce, on every line.
fn assert_clean(text: &str, what: &str) {
    let fail = |why: &str| panic!("{what}: {why} in {text:?}");
    for bad in ["  ", " ,", ",,", "with .", "()", " .", "..", ", .", ",.", "None", "Some(", "\n\n\n", ": \n", "-  "] {
        if text.contains(bad) {
            fail(&format!("{bad:?}"));
        }
    }
    if text != text.trim() {
        fail("leading or trailing whitespace");
    }
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if *line != line.trim_end() || line.starts_with(' ') {
            fail("a line with outer spaces");
        }
        if let Some(rest) = line.strip_prefix('-') {
            let rest = rest.trim();
            if rest.is_empty() || rest.starts_with(':') || rest.ends_with(':') {
                fail("an empty bullet");
            }
        }
        if line.ends_with(':') && !line.starts_with("Dear") {
            let next = lines.iter().skip(i + 1).find(|l| !l.is_empty());
            if !next.is_some_and(|l| l.starts_with("- ")) {
                fail("a heading with nothing under it");
            }
        }
        if line.ends_with(',') && !line.starts_with("Dear") && !line.starts_with("Best regards") {
            fail("a dangling comma");
        }
    }
}

fn assert_listing_clean(draft: &Draft, listing: &Listing) {
    assert_clean(&listing.title, "title");
    assert_clean(&listing.short_description, "short description");
    assert_clean(&listing.full_text, "full text");
    assert_clean(&listing.product, "product");
    if let Some(line) = &listing.price_line {
        assert_clean(line, "price line");
    }
    for (label, value) in &listing.specs {
        assert!(!value.is_empty(), "{label:?} is empty");
        assert_clean(value, label.english());
    }
    assert!(listing.title.chars().count() <= draft.marketplace.title_limit());
    assert!(!listing.title.starts_with(',') && !listing.title.ends_with(','));
    for reply in replies(draft, listing, &ReplyContext::default()) {
        assert_clean(&reply.english, reply.kind.code());
    }
}

/// Every subset of fourteen fields (16,384 drafts), four more switched with the subset's size.
#[test]
fn every_combination_of_fields_reads_cleanly() {
    let g = glossary();
    let full = Draft {
        brand: "Rotan Jaya".into(),
        category: "mebel".into(),
        other_certification: "FSC".into(),
        target_market: "Jepang, Eropa".into(),
        ..chair()
    };
    for mask in 0u32..(1 << 14) {
        let on = |bit: u32| mask & (1 << bit) != 0;
        let pick = |bit: bool, text: &str| if bit { text.to_string() } else { String::new() };
        let odd = mask.count_ones() % 2 == 1;
        let third = mask.count_ones() % 3 == 0;
        let draft = Draft {
            name: pick(on(0), &full.name),
            material: pick(on(1), &full.material),
            size: pick(on(2), &full.size),
            weight: pick(on(3), &full.weight),
            colour: pick(on(4), &full.colour),
            origin: pick(on(5), &full.origin),
            processing: if on(6) {
                set(&[Process::Handmade, Process::SunDried, Process::NoPreservatives])
            } else {
                set(&[])
            },
            packaging: pick(on(7), &full.packaging),
            certifications: if on(8) {
                set(&[Certification::Halal, Certification::Svlk, Certification::Other, Certification::Bpom])
            } else {
                set(&[])
            },
            moq: pick(on(9), &full.moq),
            moq_unit: pick(on(9) || third, &full.moq_unit),
            price: pick(on(10), &full.price),
            price_unit: pick(on(10) && odd, &full.price_unit),
            incoterm: if on(11) { Some(if odd { Incoterm::Fob } else { Incoterm::Cif }) } else { None },
            place: pick(on(12), &full.place),
            payment: if on(13) { full.payment.clone() } else { set(&[]) },
            deposit_percent: pick(third, "30"),
            delivery_days: pick(odd, "30"),
            capacity: pick(third, "500"),
            capacity_unit: pick(odd, "pcs"),
            sample: if odd { Some(SamplePolicy::FreeSample) } else { None },
            brand: pick(third, &full.brand),
            category: pick(odd && third, &full.category),
            other_certification: pick(odd, &full.other_certification),
            target_market: pick(third, &full.target_market),
            marketplace: Marketplace::ALL[(mask % 4) as usize],
            ..Draft::default()
        };
        let listing = generate(&draft, &g);
        assert_listing_clean(&draft, &listing);
        let findings = check(&draft, &listing, &listing.title, &g);
        assert!(score(&findings, &draft) <= 100);
        let required = [
            (Rule::MissingName, on(0)),
            (Rule::MissingPrice, on(10) && odd),
            (Rule::MissingIncotermPlace, on(11) && on(12)),
            (Rule::MissingPayment, on(13)),
            (Rule::MissingDelivery, odd),
        ];
        for (rule, filled) in required {
            assert_eq!(findings.iter().any(|f| f.rule == rule), !filled, "{rule:?} for mask {mask:#b}");
        }
    }
}

#[test]
fn the_empty_draft_gives_empty_text_and_the_six_findings() {
    let g = glossary();
    let draft = Draft::default();
    let listing = generate(&draft, &g);
    assert_eq!(listing, Listing::default());
    let findings = check(&draft, &listing, &listing.title, &g);
    assert_eq!(
        rules(&findings),
        vec![
            Rule::MissingName,
            Rule::MissingSpec,
            Rule::MissingMoq,
            Rule::MissingPrice,
            Rule::MissingIncotermPlace,
            Rule::MissingPayment,
            Rule::MissingDelivery
        ]
    );
    assert_eq!(score(&findings, &draft), 0);
}

#[test]
fn rattan_chair_word_for_word() {
    let listing = generate(&chair(), &glossary());
    assert_eq!(listing.title, "Handmade Natural Rattan Chair 4.5 kg, 45 x 50 x 90 cm, SVLK Certified");
    assert_eq!(listing.product, "handmade natural rattan chair");
    assert_eq!(
        listing.short_description,
        "Handmade natural rattan chair from Cirebon, Indonesia. SVLK certified, minimum order 100 pcs, delivery in 30 days after order confirmation."
    );
    assert_eq!(listing.price_line.as_deref(), Some("USD 25.50/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
    assert_eq!(
        listing.full_text,
        "Handmade natural rattan chair from Cirebon, Indonesia. SVLK certified, minimum order 100 pcs, delivery in 30 days after order confirmation.

Specifications:
- Product: Chair
- Material: Natural rattan
- Size: 45 x 50 x 90 cm
- Weight: 4.5 kg
- Colours and variants: Brown
- Origin: Cirebon, Indonesia
- Processing: Handmade
- Packaging: Carton box
- Certifications: SVLK (Indonesian timber legality)

Terms:
- Minimum order: 100 pcs
- Price: USD 25.50/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)
- Port of loading: Tanjung Perak, Surabaya
- Payment terms: T/T 30% deposit, 70% balance before shipment; irrevocable L/C at sight
- Delivery time: 30 days after order confirmation
- Supply capacity: 500 pcs per month
- Samples: Paid samples, refunded with the first order"
    );
    assert!(listing.untranslated.is_empty());
    // As a phone types it, with a capital first letter: the same listing.
    let typed =
        Draft { name: "Kursi".into(), material: "Rotan alami".into(), packaging: "Kotak karton".into(), ..chair() };
    assert_eq!(generate(&typed, &glossary()), listing);
    let findings = lint(&chair());
    assert_eq!(findings, vec![]);
    assert_eq!(score(&findings, &chair()), 72 + 5 * 4);
}

#[test]
fn ground_coffee_word_for_word() {
    let draft = coffee();
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.title, "Organic Robusta Ground Coffee 250 g, Halal Certified");
    assert_eq!(
        listing.short_description,
        "Organic robusta ground coffee from Malang, East Java, Indonesia. Halal certified, minimum order 500 packs, delivery in 14-21 days after order confirmation."
    );
    assert_eq!(listing.price_line.as_deref(), Some("USD 5.80/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
    let specs: Vec<(SpecLabel, &str)> = listing.specs.iter().map(|(l, v)| (*l, v.as_str())).collect();
    assert_eq!(
        specs,
        vec![
            (SpecLabel::Product, "Ground coffee"),
            (SpecLabel::Brand, "Kopi Arjuna"),
            (SpecLabel::Ingredients, "Robusta"),
            (SpecLabel::Weight, "250 g"),
            (SpecLabel::Origin, "Malang, East Java, Indonesia"),
            (SpecLabel::Processing, "Organic"),
            (SpecLabel::Packaging, "Pouch"),
            (SpecLabel::Certifications, "Halal, P-IRT (Indonesian home-industry food permit)"),
            (SpecLabel::MinimumOrder, "500 packs"),
            (SpecLabel::Price, "USD 5.80/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020)"),
            (SpecLabel::LoadingPort, "Tanjung Perak, Surabaya"),
            (SpecLabel::PaymentTerms, "T/T 100% in advance"),
            (SpecLabel::DeliveryTime, "14-21 days after order confirmation"),
        ]
    );
    // The brand's Indonesian word is a name, not a finding.
    assert_eq!(lint(&draft), vec![]);
}

#[test]
fn tempeh_chips_word_for_word() {
    let draft = chips();
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.title, "Tempeh Chips 100 g, Halal Certified");
    assert_eq!(
        listing.short_description,
        "Tempeh chips from Malang, Indonesia, made from tempeh, coconut oil, salt and garlic. Halal certified, minimum order 1 carton, delivery in 7 days after order confirmation."
    );
    assert_eq!(listing.price_line.as_deref(), Some("IDR 150,000/carton EXW Malang (Incoterms® 2020)"));
    assert_eq!(listing.spec(SpecLabel::Category), Some("Snacks"));
    assert_eq!(listing.spec(SpecLabel::Ingredients), Some("Tempeh, coconut oil, salt, garlic"));
    assert_eq!(listing.spec(SpecLabel::SupplyCapacity), Some("200 cartons per month"));
    assert_eq!(
        listing.spec(SpecLabel::PaymentTerms),
        Some("T/T 100% in advance; escrow (secure payment through the marketplace)")
    );
    assert_eq!(listing.spec(SpecLabel::Samples), Some("Free samples available"));
    assert_eq!(listing.spec(SpecLabel::TargetMarkets), Some("Japan"));
    assert_eq!(listing.spec(SpecLabel::LoadingPort), None, "EXW names no port");
    assert_eq!(lint(&draft), vec![]);
    assert_eq!(score(&lint(&draft), &draft), 72 + 6 * 4);
}

#[test]
fn titles_keep_to_the_marketplace_limit() {
    let g = glossary();
    let long = "kursi ".repeat(10) + &"sangat panjang ".repeat(30);
    for marketplace in Marketplace::ALL {
        let draft = Draft { name: long.clone(), size: "45 x 50 x 90 cm".into(), marketplace, ..Draft::default() };
        let listing = generate(&draft, &g);
        let limit = marketplace.title_limit();
        assert!(listing.title.chars().count() <= limit);
        assert!(listing.title.chars().count() > limit - 20, "cut at a word, not far before");
        assert!(!listing.title.ends_with(' '));
    }
    // Parts drop from the end while the noun phrase stays whole.
    let draft = Draft { name: "kursi ".repeat(20) + "kursi", size: "45 x 50 x 90 cm".into(), ..Draft::default() };
    let listing = generate(&draft, &g);
    assert!(listing.title.ends_with("Chair"), "{}", listing.title);
}

#[test]
fn a_price_is_read_in_either_currency_and_a_bad_one_is_a_finding() {
    let mut draft = Draft { price: "Rp 85.000".into(), ..Draft::default() };
    assert_eq!(read_price(&draft).unwrap().currency, Currency::Idr, "her sign wins over the default");
    draft.price = "5,80".into();
    assert_eq!(read_price(&draft).unwrap().currency, Currency::Usd);
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.price_line.as_deref(), Some("USD 5.80"));
    draft.price = "lima".into();
    assert_eq!(generate(&draft, &glossary()).price_line, None);
    let found = lint(&draft);
    assert!(found.contains(&Finding {
        rule: Rule::MissingPrice,
        detail: Detail::Unreadable(AmountError::NotANumber),
        in_title: false
    }));
    draft.price = "0".into();
    assert!(lint(&draft).iter().any(|f| f.detail == Detail::Unreadable(AmountError::Zero)));
    draft.price = "5".into();
    assert!(lint(&draft).iter().any(|f| f.rule == Rule::MissingPrice && f.detail == Detail::NoUnit));
    draft.price_unit = "kg".into();
    assert!(!rules(&lint(&draft)).contains(&Rule::MissingPrice));
}

#[test]
fn numbers_are_written_the_english_way() {
    let g = glossary();
    let draft = Draft {
        name: "kursi".into(),
        size: "1.200 x 2.400 mm, 0,5 m".into(),
        weight: "1.234,5 g".into(),
        colour: "versi 28.11.2026, 1,5,0".into(),
        moq: "1.000".into(),
        moq_unit: "karton".into(),
        ..Draft::default()
    };
    let listing = generate(&draft, &g);
    assert_eq!(listing.spec(SpecLabel::Size), Some("1,200 x 2,400 mm, 0.5 m"));
    assert_eq!(listing.spec(SpecLabel::Weight), Some("1,234.5 g"));
    assert_eq!(listing.spec(SpecLabel::Colour), Some("Versi 28.11.2026, 1,5,0"), "not numbers she meant");
    assert_eq!(listing.spec(SpecLabel::MinimumOrder), Some("1,000 cartons"));
    for (typed, english) in [
        ("30 hari", "30 days"),
        ("1 hari", "1 day"),
        ("2-3 minggu", "2-3 weeks"),
        ("14-21", "14-21 days after order confirmation"),
    ] {
        let draft = Draft { delivery_days: typed.into(), ..Draft::default() };
        assert_eq!(generate(&draft, &g).spec(SpecLabel::DeliveryTime), Some(english));
    }
}

#[test]
fn a_trade_term_without_a_price_is_still_written() {
    let draft = Draft { incoterm: Some(Incoterm::Cif), place: "Osaka".into(), ..Draft::default() };
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.spec(SpecLabel::Incoterm), Some("CIF Osaka (Incoterms® 2020)"));
    assert_eq!(listing.spec(SpecLabel::DestinationPort), Some("Osaka"));
    assert_eq!(listing.price_line, None);
}

// ---- every rule: one case that triggers it, one that does not ----

fn has(findings: &[Finding], rule: Rule) -> bool {
    findings.iter().any(|f| f.rule == rule)
}

#[test]
fn required_fields() {
    let full = chair();
    assert!(lint(&full).is_empty());
    type Empty = fn(&mut Draft);
    let cases: [(Rule, Empty); 7] = [
        (Rule::MissingName, |d| d.name = " ".into()),
        (Rule::MissingSpec, |d| {
            d.material.clear();
            d.size.clear();
            d.weight.clear();
            d.colour = ",".into();
        }),
        (Rule::MissingMoq, |d| d.moq.clear()),
        (Rule::MissingPrice, |d| d.price.clear()),
        (Rule::MissingIncotermPlace, |d| d.place.clear()),
        (Rule::MissingPayment, |d| d.payment.clear()),
        (Rule::MissingDelivery, |d| d.delivery_days = "\n".into()),
    ];
    for (rule, empty) in cases {
        let mut draft = full.clone();
        empty(&mut draft);
        let found = lint(&draft);
        assert_eq!(rules(&found), vec![rule], "{}", rule.code());
        assert!(rule.is_required());
        assert!(score(&found, &draft) < score(&lint(&full), &full));
    }
    let mut draft = full.clone();
    draft.moq_unit.clear();
    assert_eq!(lint(&draft)[0].detail, Detail::NoUnit);
    draft.moq = "2 kontainer".into();
    assert!(lint(&draft).iter().all(|f| f.rule != Rule::MissingMoq), "a unit typed with the quantity");
    let mut draft = full.clone();
    draft.incoterm = None;
    assert_eq!(lint(&draft)[0].detail, Detail::NoIncoterm);
    draft.incoterm = Some(Incoterm::Cfr);
    draft.place.clear();
    assert_eq!(lint(&draft)[0].detail, Detail::NoPlace(Incoterm::Cfr));
    // An emptied title is a missing name, about the title.
    let found = lint_title(&full, "  ");
    assert_eq!(found, vec![Finding { rule: Rule::MissingName, detail: Detail::Empty, in_title: true }]);
}

#[test]
fn title_too_long_per_marketplace() {
    let mut draft = chair();
    let title = format!("Handmade Rattan Chair {}", "for garden and terrace ".repeat(6));
    assert!((129..=200).contains(&title.trim().chars().count()));
    for (marketplace, fires) in [
        (Marketplace::Amazon, false),
        (Marketplace::Alibaba, true),
        (Marketplace::Ec21, true),
        (Marketplace::Generic, true),
    ] {
        draft.marketplace = marketplace;
        let found = lint_title(&draft, &title);
        assert_eq!(has(&found, Rule::TitleTooLong), fires, "{marketplace:?}");
        if fires {
            let f = found.iter().find(|f| f.rule == Rule::TitleTooLong).unwrap();
            assert_eq!(f.detail, Detail::TooLong { length: title.trim().chars().count(), limit: 128 });
        }
    }
    draft.marketplace = Marketplace::Amazon;
    assert!(has(&lint_title(&draft, &"Chair ".repeat(40)), Rule::TitleTooLong));
    // Exactly at the limit is within it; one character more is not.
    let words = "Handmade Rattan Chair for Garden and Terrace ".repeat(5);
    for marketplace in Marketplace::ALL {
        draft.marketplace = marketplace;
        let limit = marketplace.title_limit();
        let at: String = words.chars().take(limit).collect();
        assert_eq!(at.trim().chars().count(), limit, "{marketplace:?}");
        assert!(!has(&lint_title(&draft, &at), Rule::TitleTooLong), "{marketplace:?}: at the limit");
        let over = format!("{at}s");
        let found = lint_title(&draft, &over);
        let too_long =
            Finding { rule: Rule::TitleTooLong, detail: Detail::TooLong { length: limit + 1, limit }, in_title: true };
        assert!(found.contains(&too_long), "{marketplace:?}: one over");
    }
}

#[test]
fn promotional_phrases_and_claims() {
    let draft = chair();
    for title in [
        "Best Seller Rattan Chair",
        "Rattan Chair Free Shipping",
        "Hot Sale Rattan Chair",
        "#1 Rattan Chair",
        "Rattan Chair Best Price",
        "Cheapest Rattan Chair",
        "Rattan Chair 100% Guaranteed",
        "Best Quality in the World Rattan Chair",
        "Number One Rattan Chair",
        "Kursi Rotan Terlaris",
    ] {
        let found = lint_title(&draft, title);
        assert!(found.iter().any(|f| f.rule == Rule::PromoPhrase && f.in_title), "{title}");
    }
    for title in
        ["Handmade Rattan Chair", "Wholesale Rattan Chair", "Rattan Chair No. 12", "Free-Standing Rattan Chair"]
    {
        assert!(!has(&lint_title(&draft, title), Rule::PromoPhrase), "{title}");
    }
    // In the description too, through her words.
    let mut draft = chair();
    draft.packaging = "kotak, free shipping".into();
    let found = lint(&draft);
    assert!(found.contains(&Finding {
        rule: Rule::PromoPhrase,
        detail: Detail::Phrase("free shipping".into()),
        in_title: false
    }));
    // "100% pure" needs a certificate.
    let mut draft = coffee();
    draft.certifications.clear();
    let found = lint_title(&draft, "100% Pure Robusta Ground Coffee");
    assert!(found.iter().any(|f| f.detail == Detail::Claim("100% pure".into())));
    assert!(!has(&lint_title(&coffee(), "100% Pure Robusta Ground Coffee"), Rule::PromoPhrase));
    // A price in the title.
    let found = lint_title(&chair(), "Rattan Chair USD 25.50");
    assert!(found.iter().any(|f| f.detail == Detail::Price("USD 25.50".into())));
    let found = lint_title(&chair(), "Rattan Chair Rp 150.000");
    assert!(found.iter().any(|f| f.detail == Detail::Price("Rp 150.000".into())));
    assert!(!has(&lint_title(&chair(), "Rattan Chair 45 x 50 cm, 2 Seats"), Rule::PromoPhrase));
}

#[test]
fn banned_characters_on_amazon_only() {
    let mut draft = chair();
    draft.marketplace = Marketplace::Amazon;
    let found = lint_title(&draft, "Rattan Chair! Great {Deal}?");
    let chars: Vec<char> = found
        .iter()
        .filter_map(|f| match f.detail {
            Detail::Char(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(chars, vec!['!', '{', '}', '?']);
    assert!(found.iter().filter(|f| f.rule == Rule::BannedChar).all(|f| f.in_title));
    for c in ['$', '_', '^', '¬', '¦'] {
        assert!(has(&lint_title(&draft, &format!("Rattan {c} Chair")), Rule::BannedChar), "{c}");
    }
    assert!(!has(&lint_title(&draft, "Handmade Rattan Chair, 45 x 50 cm (Natural)"), Rule::BannedChar));
    draft.marketplace = Marketplace::Alibaba;
    assert!(!has(&lint_title(&draft, "Rattan Chair!"), Rule::BannedChar));
    // Generated titles never carry them.
    let draft = Draft { name: "kursi!!! {rotan}?".into(), marketplace: Marketplace::Amazon, ..chair() };
    let listing = generate(&draft, &glossary());
    assert!(!has(&check(&draft, &listing, &listing.title, &glossary()), Rule::BannedChar), "{}", listing.title);
}

#[test]
fn repeated_words() {
    let mut draft = chair();
    draft.marketplace = Marketplace::Amazon;
    let found = lint_title(&draft, "Rattan Chair, Rattan Garden Chair, Rattan Furniture");
    assert_eq!(
        found.iter().find(|f| f.rule == Rule::RepeatedWord).map(|f| &f.detail),
        Some(&Detail::Repeated { word: "rattan".into(), count: 3, limit: 2 })
    );
    assert!(!has(&lint_title(&draft, "Rattan Chair and Rattan Table, 45 x 50 x 90 x 10 cm"), Rule::RepeatedWord));
    // Alibaba: no stacking of the product noun.
    draft.marketplace = Marketplace::Alibaba;
    let found = lint_title(&draft, "Rattan Chair Garden Chair");
    assert!(found.iter().any(|f| f.detail == Detail::Repeated { word: "chair".into(), count: 2, limit: 1 }));
    assert!(!has(&lint_title(&draft, "Handmade Natural Rattan Chair"), Rule::RepeatedWord));
    // Not a rule of a generic listing.
    draft.marketplace = Marketplace::Generic;
    assert!(!has(&lint_title(&draft, "Rattan Rattan Rattan Chair"), Rule::RepeatedWord));
}

#[test]
fn contact_details_in_the_title() {
    let draft = chair();
    let cases = [
        ("Rattan Chair WA 0812-3456-7890", ContactKind::Phone),
        ("Rattan Chair +62 812 3456 7890", ContactKind::Phone),
        ("Rattan Chair call (031) 123 4567", ContactKind::Phone),
        ("Rattan Chair sales@rotanjaya.co.id", ContactKind::Email),
        ("Rattan Chair www.rotanjaya.com", ContactKind::Url),
        ("Rattan Chair https://rotanjaya.id/chair", ContactKind::Url),
        ("Rattan Chair rotanjaya.com", ContactKind::Url),
        ("Rattan Chair wa.me/628123456789", ContactKind::Url),
        ("Rattan Chair WhatsApp us", ContactKind::Messaging),
        ("Rattan Chair @rotanjaya", ContactKind::Messaging),
    ];
    for (title, kind) in cases {
        let found = lint_title(&draft, title);
        assert!(
            found.iter().any(|f| matches!(&f.detail, Detail::Contact { kind: k, .. } if *k == kind)),
            "{title}: {found:?}"
        );
    }
    let found = lint_title(&draft, "Rattan Chair WA 0812-3456-7890");
    assert!(found.contains(&Finding {
        rule: Rule::ContactInTitle,
        detail: Detail::Contact { kind: ContactKind::Phone, text: "0812-3456-7890".into() },
        in_title: true
    }));
    for title in [
        "Handmade Rattan Chair 45 x 50 x 90 cm",
        "Rattan Chair 2025 Model 1000 pcs",
        "Rattan Chair 4.5 kg, No. 12",
        "Wall Panel 1200 x 2400 mm",
        "Phone Case, Hand-Woven Rattan",
    ] {
        assert!(!has(&lint_title(&draft, title), Rule::ContactInTitle), "{title}");
    }
}

/// The price a title carries, as the finding reports it.
fn price_in_title(title: &str) -> Option<String> {
    lint_title(&chair(), title).into_iter().find_map(|f| match f.detail {
        Detail::Price(price) => Some(price),
        _ => None,
    })
}

#[test]
fn a_price_in_the_title_is_reported_as_written() {
    // (title, the price reported): a currency code or sign before the number, or a currency word
    // after it, at a word's edge; the number is its digits with their dots and commas, no more.
    let cases: [(&str, Option<&str>); 17] = [
        ("Keripik Tempe USD 5 per kg", Some("USD 5")),
        ("Keripik Tempe USD5/kg", Some("USD5")),
        ("Keripik Tempe IDR 15.000/bungkus", Some("IDR 15.000")),
        ("Keripik Tempe IDR 15,000 per pack", Some("IDR 15,000")),
        ("Gula Aren Rp. 20.000 per kg", Some("Rp. 20.000")),
        ("Kopi Bubuk US$5.80 per pack", Some("US$5.80")),
        ("Kopi Bubuk EUR 4.50 per pack", Some("EUR 4.50")),
        // The currency word after the number.
        ("Keripik Tempe 15.000 rupiah", Some("15.000 rupiah")),
        ("Sambal Bawang 250 ml, 15000 Rupiah per Jar", Some("15000 Rupiah")),
        ("Kopi Bubuk 5,80 USD per pack", Some("5,80 USD")),
        ("Gula Aren 2 Dollar per kg", Some("2 Dollar")),
        ("25 USD Rattan Chair", Some("25 USD")),
        // No price: a currency without a number, numbers that are not money, "rp" inside a word.
        ("Kopi Bubuk, Payment in USD", None),
        ("Keripik Tempe 250 g Pouch, 24 per Carton", None),
        ("Kitchen Knife, Extra Sharp 20 cm Blade", None),
        ("Rupiah Coin Purse, Batik 10 x 12 cm", None),
        ("Hand-Woven Rattan Bag 30 x 20 cm", None),
    ];
    for (title, price) in cases {
        assert_eq!(price_in_title(title).as_deref(), price, "{title}");
    }
    // "Rp15rb" (15 ribu) is found; the number read stops at "rb".
    assert!(price_in_title("Sambal Bawang Rp15rb").is_some_and(|p| p.starts_with("Rp15")));
}

/// The contact details a title carries, as the findings report them, in order.
fn contacts_in_title(title: &str) -> Vec<(ContactKind, String)> {
    lint_title(&chair(), title)
        .into_iter()
        .filter_map(|f| match f.detail {
            Detail::Contact { kind, text } => Some((kind, text)),
            _ => None,
        })
        .collect()
}

#[test]
fn contact_details_are_reported_as_written() {
    use ContactKind::{Email, Messaging, Phone, Url};
    // (title, what is reported): the words first, then the numbers; a number without what is
    // around it (a full stop, her brackets' other half) but with its own "+" and "(".
    let cases: [(&str, &[(ContactKind, &str)]); 9] = [
        ("Keripik Tempe WA 0812-3456-7890", &[(Messaging, "WA"), (Phone, "0812-3456-7890")]),
        // A number abroad: a "+" and at least eight digits.
        ("Keripik Tempe +65 9123 4567", &[(Phone, "+65 9123 4567")]),
        // Indonesia's 62 without the "+": at least ten digits.
        ("Keripik Tempe WA: 6281234567890", &[(Messaging, "WA:"), (Phone, "6281234567890")]),
        ("Kopi Bubuk (031) 123 4567.", &[(Phone, "(031) 123 4567")]),
        ("Kopi Bubuk, hubungi 0812 3456 7890.", &[(Messaging, "hubungi"), (Phone, "0812 3456 7890")]),
        ("Keripik Tempe sales@dapurbusri.co.id", &[(Email, "sales@dapurbusri.co.id")]),
        // A hyphen in the name is part of a web address.
        ("Keripik Tempe toko-busri.com", &[(Url, "toko-busri.com")]),
        ("Batik Scarf, order at batik-sari.co.id/scarf", &[(Url, "batik-sari.co.id/scarf")]),
        // "www." makes a web address even where the ending is not one the check knows.
        ("Keripik Tempe www.tempebusri.online", &[(Url, "www.tempebusri.online")]),
    ];
    for (title, expected) in cases {
        let expected: Vec<(ContactKind, String)> = expected.iter().map(|(k, t)| (*k, t.to_string())).collect();
        assert_eq!(contacts_in_title(title), expected, "{title}");
    }
    // Long numbers that are not phone numbers: no "+", no leading 0, not 62 (an HS code, a
    // barcode), or 62 too short to be a number (a size).
    for title in [
        "Keripik Tempe, HS 2106.90.99",
        "Kopi Bubuk 200 g, Barcode 8991234567890",
        "Sambal Bawang 620 ml",
        "Keripik Tempe 100 g x 24 pcs",
        "Rattan Basket 12345678",
    ] {
        assert_eq!(contacts_in_title(title), [], "{title}");
    }
}

#[test]
fn repeated_words_are_counted_as_whole_words() {
    // (marketplace, title, the words over their limit as (word, count, limit)). A hyphenated or
    // quoted word is one word; two-letter words count; the small words and numbers do not. On
    // Alibaba only the product's own noun ("chair") is held to once; on Amazon every word to twice.
    type Case = (Marketplace, &'static str, &'static [(&'static str, usize, usize)]);
    let cases: [Case; 9] = [
        (Marketplace::Amazon, "Hand-Woven Rattan Bag, Hand-Woven Basket, Hand-Woven Tray", &[("hand-woven", 3, 2)]),
        (Marketplace::Amazon, "Batik Scarf 'Kawung' Motif, Batik Shawl 'Kawung', Kawung Sarong", &[("kawung", 3, 2)]),
        (Marketplace::Amazon, "Rattan Stool 40 cm, Rattan Table 60 cm, Side Table 45 cm", &[("cm", 3, 2)]),
        (Marketplace::Amazon, "Rattan Chair with Cushion, Stool with Cushion, Table with Glass Top", &[]),
        (Marketplace::Amazon, "Rattan Chair 45 x 45 x 45 cm", &[]),
        (Marketplace::Amazon, "Rattan Chair, Garden Chair", &[]),
        (Marketplace::Alibaba, "Rattan Chair with Rattan Armrest", &[]),
        (Marketplace::Alibaba, "Rattan Chair, Garden Chair", &[("chair", 2, 1)]),
        (Marketplace::Ec21, "Rattan Chair, Garden Chair, Dining Chair", &[]),
    ];
    for (marketplace, title, expected) in cases {
        let draft = Draft { marketplace, ..chair() };
        let found: Vec<Detail> =
            lint_title(&draft, title).into_iter().filter(|f| f.rule == Rule::RepeatedWord).map(|f| f.detail).collect();
        let expected: Vec<Detail> = expected
            .iter()
            .map(|(word, count, limit)| Detail::Repeated { word: word.to_string(), count: *count, limit: *limit })
            .collect();
        assert_eq!(found, expected, "{marketplace:?}: {title}");
    }
}

#[test]
fn indonesian_words_left_over() {
    let draft = chair();
    let found = lint_title(&draft, "Kursi Rotan Alami");
    let words: Vec<(&str, Option<&str>)> = found
        .iter()
        .filter_map(|f| match &f.detail {
            Detail::Untranslated { word, english } if f.in_title => Some((word.as_str(), english.as_deref())),
            _ => None,
        })
        .collect();
    assert_eq!(words, vec![("Kursi", Some("Chair")), ("Rotan Alami", Some("Natural rattan"))]);
    assert!(!has(&lint_title(&draft, "Handmade Natural Rattan Chair"), Rule::UntranslatedWord));
    // "Batik" is English too; her brand and her town are names.
    let draft = Draft { brand: "Rotan Jaya".into(), origin: "Batu".into(), ..chair() };
    assert!(!has(&lint_title(&draft, "Rotan Jaya Batik Chair from Batu"), Rule::UntranslatedWord));
    // Words the glossary does not know anywhere in the listing. "kursi goyang" is a rocking
    // chair: the glossary knows "kursi" but not the phrase, so the phrase stays as she wrote it and
    // is reported whole, never half-translated to "Chair Goyang".
    let draft = Draft { name: "kursi goyang".into(), ..chair() };
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.title, "Handmade Natural Rattan Kursi Goyang 4.5 kg, 45 x 50 x 90 cm, SVLK Certified");
    assert_eq!(listing.untranslated, ["kursi goyang"]);
    let found = check(&draft, &listing, &listing.title, &glossary());
    let untranslated: Vec<&Finding> = found.iter().filter(|f| f.rule == Rule::UntranslatedWord).collect();
    assert_eq!(
        untranslated,
        [&Finding {
            rule: Rule::UntranslatedWord,
            detail: Detail::Untranslated { word: "kursi goyang".into(), english: None },
            in_title: true
        }],
        "the phrase once, not also its known half"
    );
}

#[test]
fn a_glossary_entry_with_no_real_english_is_refused() {
    // A spreadsheet's "-" or "..." for "no translation yet" is no English to offer: the file is
    // refused with the entry named, so a title never gets a blank translation. (The lint's own
    // guard against an empty English stays as a second line of defence; with a glossary that
    // passes this check, cargo mutants cannot tell it from its mutant.)
    for dash in ["-", "...", "-.", " "] {
        let entries = format!(
            r#"{{"checked":"2026-11-28","entries":[{{"id":"kursi","en":"chair","kind":"product"}},{{"id":"gethuk","en":"{dash}","kind":"product"}}]}}"#
        );
        let error = glossary::parse(&entries).expect_err(dash);
        assert!(error.contains("gethuk") && error.contains("English"), "{dash:?}: {error}");
    }
}

/// The real glossary file.
fn real_glossary() -> Glossary {
    glossary::parse(include_str!("../assets/data/glossary.json")).unwrap()
}

#[test]
fn proper_names_are_not_words_to_translate() {
    // "Malaysia" and "Singapore" in the target markets were flagged as
    // untranslated Indonesian. Countries, regions and ports are names: Indonesian names of them
    // are put in English, English ones stay, none is a finding.
    let g = real_glossary();
    let draft = Draft { target_market: "Malaysia, Singapore, Jepang, Belanda dan Timur Tengah".into(), ..chair() };
    let listing = generate(&draft, &g);
    assert_eq!(listing.spec(SpecLabel::TargetMarkets), Some("Malaysia, Singapore, Japan, Netherlands and Middle East"));
    assert_eq!(listing.untranslated, Vec::<String>::new());
    assert!(!has(&check(&draft, &listing, &listing.title, &g), Rule::UntranslatedWord));
    // East Java's regencies and the ports of the calculator's list, in any field.
    let draft = Draft {
        name: "kursi".into(),
        material: "rotan Sumenep".into(),
        target_market: "Belawan, Teluk Bayur".into(),
        ..chair()
    };
    let listing = generate(&draft, &glossary());
    assert!(listing.untranslated.is_empty(), "{:?}", listing.untranslated);
    // Her brand inside another field is her name, kept as she wrote it, whatever it means.
    let g = glossary();
    let draft = Draft { name: "kursi Rotan Jaya".into(), brand: "Rotan Jaya".into(), ..chair() };
    let listing = generate(&draft, &g);
    assert!(listing.title.starts_with("Handmade Natural Rattan Chair Rotan Jaya"), "{}", listing.title);
    assert!(listing.untranslated.is_empty(), "{:?}", listing.untranslated);
    assert!(!has(&check(&draft, &listing, &listing.title, &g), Rule::UntranslatedWord));
}

#[test]
fn a_phrase_the_glossary_half_knows_is_not_half_translated() {
    // "minyak sawit" came out "oil sawit". The real glossary knows the phrase.
    let g = real_glossary();
    assert_eq!(g.translate("minyak sawit").english, "palm oil");
    assert_eq!(g.translate("minyak kelapa sawit").english, "palm oil");
    // A glossary that knows "minyak" but not "sawit": the phrase stays whole and is reported whole,
    // in any case she types it, and the rest of the text is still translated.
    let small = glossary::parse(
        r#"{"entries":[{"id":"minyak","en":"oil","kind":"product"},{"id":"kemasan","en":"packaging","kind":"other"},{"id":"botol","en":"bottle","kind":"packaging"},{"id":"mentah","en":"crude","kind":"quality"}]}"#,
    )
    .unwrap();
    for (text, english, phrase) in [
        ("minyak sawit", "minyak sawit", "minyak sawit"),
        ("Minyak Sawit", "Minyak Sawit", "Minyak Sawit"),
        ("minyak sawit mentah, kemasan botol", "minyak sawit mentah, packaging bottle", "minyak sawit mentah"),
        ("minyak sawit 5 liter", "minyak sawit 5 liter", "minyak sawit"),
    ] {
        let translated = small.translate(text);
        assert_eq!(translated.english, english, "{text}");
        assert_eq!(translated.untranslated, [phrase], "{text}");
        assert!(!translated.english.to_lowercase().contains("oil"), "{text}: half-translated");
    }
    // A name after her word (capital after lower case) is a name, not half of a phrase.
    let translated = small.translate("minyak Sanan");
    assert_eq!((translated.english.as_str(), translated.untranslated), ("oil Sanan", vec!["Sanan".to_string()]));
}

#[test]
fn the_score_is_not_full_while_a_finding_asks_for_a_fix() {
    // "100/100" stood above findings that said "needs fixing".
    let g = glossary();
    let full = Draft { brand: "Dapur Bu Sri".into(), ..chips() };
    let listing = generate(&full, &g);
    assert_eq!(check(&full, &listing, &listing.title, &g), []);
    assert_eq!(score(&[], &full), 100);
    // One finding that is not a missing field: at most 95; each more, 5 less.
    let promo = check(&full, &listing, "Best Seller Tempeh Chips", &g);
    assert_eq!(rules(&promo), [Rule::PromoPhrase]);
    assert_eq!(score(&promo, &full), 95);
    let two = check(&full, &listing, "Best Seller Tempeh Chips call +62 812 3456 7890", &g);
    assert_eq!(two.len(), 2);
    assert_eq!(score(&two, &full), 90);
    let draft = Draft { name: "keripik tempe goyang".into(), ..full.clone() };
    let listing = generate(&draft, &g);
    let found = check(&draft, &listing, &listing.title, &g);
    assert!(has(&found, Rule::UntranslatedWord));
    assert!(score(&found, &draft) < 100);
}

#[test]
fn rule_codes_are_the_pages_data_rule() {
    let codes: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(
        codes,
        [
            "missing-name",
            "missing-spec",
            "missing-moq",
            "missing-price",
            "missing-incoterm-place",
            "missing-payment",
            "missing-delivery",
            "title-too-long",
            "promo-phrase",
            "banned-char",
            "repeated-word",
            "contact-in-title",
            "untranslated-word"
        ]
    );
    let markets: Vec<&str> = Marketplace::ALL.iter().map(|m| m.code()).collect();
    assert_eq!(markets, ["generic", "alibaba", "ec21", "amazon"]);
    for m in Marketplace::ALL {
        assert_eq!(Marketplace::from_code(m.code()), Some(m));
    }
}

#[test]
fn score_never_drops_when_a_field_is_filled() {
    let g = glossary();
    let full = Draft { brand: "Dapur Bu Sri".into(), ..chips() };
    let fills: Vec<fn(&mut Draft, &Draft)> = vec![
        |d, f| d.name = f.name.clone(),
        |d, f| d.material = f.material.clone(),
        |d, f| d.weight = f.weight.clone(),
        |d, f| d.moq = f.moq.clone(),
        |d, f| d.moq_unit = f.moq_unit.clone(),
        |d, f| d.price = f.price.clone(),
        |d, f| d.price_unit = f.price_unit.clone(),
        |d, f| d.incoterm = f.incoterm,
        |d, f| d.place = f.place.clone(),
        |d, f| d.payment = f.payment.clone(),
        |d, f| d.delivery_days = f.delivery_days.clone(),
        |d, f| d.origin = f.origin.clone(),
        |d, f| d.packaging = f.packaging.clone(),
        |d, f| d.certifications = f.certifications.clone(),
        |d, f| d.capacity = f.capacity.clone(),
        |d, f| d.sample = f.sample,
        |d, f| d.target_market = f.target_market.clone(),
        |d, f| d.brand = f.brand.clone(),
    ];
    let score_of = |d: &Draft| {
        let listing = generate(d, &g);
        score(&check(d, &listing, &listing.title, &g), d)
    };
    // Every order of filling in the required fields one by one, from a few starting points.
    for start in 0..fills.len() {
        let mut draft = Draft::default();
        let mut last = score_of(&draft);
        for i in 0..fills.len() {
            fills[(start + i) % fills.len()](&mut draft, &full);
            let now = score_of(&draft);
            assert!(now >= last, "filling field {} lowered the score {last} -> {now}", (start + i) % fills.len());
            last = now;
        }
        assert_eq!(last, 100);
    }
    // Each required rule is worth the same and more than an optional field.
    let mut draft = full.clone();
    draft.delivery_days.clear();
    assert_eq!(score_of(&draft), 88);
    draft = full.clone();
    draft.packaging.clear();
    assert_eq!(score_of(&draft), 96);
    draft = full.clone();
    draft.place.clear();
    assert_eq!(score_of(&draft), 94, "the price and its Incoterm and place are one of the six, half each");
}

// ---- edits and quotes ----

#[test]
fn edits_clamp_and_toggle() {
    let mut draft = Draft::default();
    draft.apply(DraftEdit::Text(TextField::Name, "k".repeat(5000)));
    assert_eq!(draft.name.chars().count(), MAX_DRAFT_TEXT);
    for field in TextField::ALL {
        draft.apply(DraftEdit::Text(field, format!("{} 🌶️", field.key())));
        assert_eq!(draft.get(field), format!("{} 🌶️", field.key()));
    }
    draft.apply(DraftEdit::Process(Process::SunDried, true));
    draft.apply(DraftEdit::Process(Process::SunDried, true));
    assert_eq!(draft.processing.len(), 1);
    draft.apply(DraftEdit::Process(Process::SunDried, false));
    assert!(draft.processing.is_empty());
    draft.apply(DraftEdit::Certification(Certification::Halal, true));
    draft.apply(DraftEdit::Payment(PaymentTerm::Escrow, true));
    draft.apply(DraftEdit::Currency(Currency::Idr));
    draft.apply(DraftEdit::Incoterm(Some(Incoterm::Cif)));
    draft.apply(DraftEdit::Sample(Some(SamplePolicy::None)));
    draft.apply(DraftEdit::Marketplace(Marketplace::Ec21));
    draft.apply(DraftEdit::Title(Some("x".repeat(3000))));
    draft.apply(DraftEdit::ProfileProduct(Some(3)));
    assert_eq!(draft.title.as_ref().map(|t| t.chars().count()), Some(MAX_DRAFT_TEXT));
    assert_eq!(
        (draft.currency(), draft.incoterm, draft.sample, draft.marketplace, draft.profile_product_id),
        (Currency::Idr, Some(Incoterm::Cif), Some(SamplePolicy::None), Marketplace::Ec21, Some(3))
    );
    draft.apply(DraftEdit::Title(None));
    assert_eq!(draft.title, None);
    // Stored and read back; an old document without the fields loads.
    let json = serde_json::to_string(&draft).unwrap();
    assert_eq!(serde_json::from_str::<Draft>(&json).unwrap(), draft);
    assert_eq!(serde_json::from_str::<Draft>("{}").unwrap(), Draft::default());
    assert!(json.contains(r#""sample":"none""#) && json.contains(r#""incoterm":"CIF""#));
    let draft =
        Draft::for_product(&Product { id: 7, name: "Keripik tempe".into(), description: String::new(), class: None });
    assert_eq!((draft.name.as_str(), draft.profile_product_id), ("Keripik tempe", Some(7)));
    assert_eq!(Draft::default().currency(), Currency::Usd);
}

#[test]
fn her_edited_title_is_the_one_checked() {
    let g = glossary();
    let mut draft = chair();
    let listing = generate(&draft, &g);
    assert_eq!(title(&draft, &listing), listing.title);
    draft.apply(DraftEdit::Title(Some("Kursi Rotan Best Seller".into())));
    assert_eq!(title(&draft, &listing), "Kursi Rotan Best Seller");
    let found = check(&draft, &listing, title(&draft, &listing), &g);
    assert!(has(&found, Rule::PromoPhrase) && has(&found, Rule::UntranslatedWord));
}

#[test]
fn payment_terms_by_risk() {
    let ranks: Vec<u8> = PaymentTerm::ALL.iter().map(|t| t.risk_rank()).collect();
    let mut sorted = ranks.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, vec![1, 2, 3, 4, 5, 6, 7]);
    let order = |a: PaymentTerm, b: PaymentTerm| assert!(a.risk_rank() < b.risk_rank(), "{a:?} before {b:?}");
    order(PaymentTerm::TtAdvance, PaymentTerm::LcAtSight);
    order(PaymentTerm::Escrow, PaymentTerm::LcAtSight);
    order(PaymentTerm::LcAtSight, PaymentTerm::DocumentsAgainstPayment);
    order(PaymentTerm::DocumentsAgainstPayment, PaymentTerm::DocumentsAgainstAcceptance);
    order(PaymentTerm::DocumentsAgainstAcceptance, PaymentTerm::OpenAccount);
    assert_eq!(PaymentTerm::TtAdvance.risk_rank(), 1);
    let codes: Vec<&str> = PaymentTerm::ALL.iter().map(|t| t.code()).collect();
    assert_eq!(codes, ["tt_advance", "tt_deposit_balance", "lc_at_sight", "dp", "da", "escrow", "open_account"]);
    for term in PaymentTerm::ALL {
        assert_eq!(serde_json::to_string(&term).unwrap(), format!("\"{}\"", term.code()));
    }
    // Written lowest risk first, whatever order she ticked them in.
    let draft = Draft {
        payment: set(&[PaymentTerm::OpenAccount, PaymentTerm::DocumentsAgainstPayment, PaymentTerm::TtAdvance]),
        ..Draft::default()
    };
    let listing = generate(&draft, &glossary());
    assert_eq!(
        listing.spec(SpecLabel::PaymentTerms),
        Some("T/T 100% in advance; D/P (documents against payment); open account")
    );
    let draft =
        Draft { payment: set(&[PaymentTerm::TtDepositBalance]), deposit_percent: "abc".into(), ..Draft::default() };
    assert_eq!(
        generate(&draft, &glossary()).spec(SpecLabel::PaymentTerms),
        Some("T/T deposit, balance before shipment")
    );
}

fn save(calculator: &mut Calculator, unit: &str) {
    let save = SaveQuote { today: "2026-11-28".into(), unit: unit.into(), product_name: String::new() };
    calculator.save(&save);
}

#[test]
fn a_saved_quote_fills_the_price_and_terms() {
    let mut calculator = Calculator::default();
    for (field, text) in [
        (Field::Currency, "USD"),
        (Field::Quantity, "1000"),
        (Field::Unit, "kg"),
        (Field::Goods, "5000"),
        (Field::Loading, "300"),
        (Field::Freight, "0"),
        (Field::Origin, "Tanjung Perak, Surabaya"),
        (Field::Destination, "Rotterdam"),
    ] {
        calculator.apply(CalculatorEdit::Field(field, text.into(), "2026-11-28".into()));
    }
    calculator.apply(CalculatorEdit::Choose(Incoterm::Fob));
    save(&mut calculator, "kg");
    calculator.apply(CalculatorEdit::Choose(Incoterm::Cfr));
    save(&mut calculator, "kg");
    let mut draft = Draft { price: "1".into(), ..Draft::default() };
    draft.from_quote(&calculator.saved[0]);
    assert_eq!(
        (draft.price.as_str(), draft.currency, draft.price_unit.as_str(), draft.incoterm, draft.place.as_str()),
        ("5.30", Some(Currency::Usd), "kg", Some(Incoterm::Fob), "Tanjung Perak, Surabaya")
    );
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.price_line.as_deref(), Some("USD 5.30/kg FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
    assert!(calculator.saved[0].line.starts_with("USD 5.30/kg FOB Tanjung Perak, Surabaya"));
    draft.from_quote(&calculator.saved[1]);
    assert_eq!((draft.incoterm, draft.place.as_str()), (Some(Incoterm::Cfr), "Rotterdam"));
    // Without a quantity the shipment's total, and no unit for the checks to ask about. A rupiah
    // quote without a rate has no dollar line: she picks rupiah for the buyer to save one.
    let mut calculator = Calculator::default();
    calculator.apply(CalculatorEdit::Field(Field::Goods, "15.000.000".into(), String::new()));
    save(&mut calculator, "");
    assert!(calculator.saved.is_empty(), "no rate, no dollar line, nothing saved");
    calculator.apply(CalculatorEdit::QuoteCurrency(Currency::Idr));
    save(&mut calculator, "");
    let mut draft = Draft::default();
    draft.from_quote(&calculator.saved[0]);
    assert_eq!(
        (draft.price.as_str(), draft.currency, draft.price_unit.as_str()),
        ("15000000", Some(Currency::Idr), "")
    );
    assert!(lint(&draft).iter().any(|f| f.rule == Rule::MissingPrice && f.detail == Detail::NoUnit));
}

/// A quote keeps, when saved, what it gives a listing (the build-up runs in the calculator, not in
/// the listing builder); a quote saved before that gives its rule and minimum order only, never a
/// wrong price.
#[test]
fn a_quote_keeps_what_it_gives_a_listing_and_an_older_one_gives_no_price() {
    use siap_ekspor::domain::incoterms::calculator::{QuoteFill, SavedQuote};
    let mut calculator = Calculator::default();
    for (field, text) in [
        (Field::Currency, "USD"),
        (Field::Quantity, "1000"),
        (Field::Unit, "kg"),
        (Field::Goods, "5000"),
        (Field::Freight, "0"),
        (Field::Origin, "Tanjung Perak, Surabaya"),
        (Field::MinOrder, "500"),
    ] {
        calculator.apply(CalculatorEdit::Field(field, text.into(), "2026-11-28".into()));
    }
    calculator.apply(CalculatorEdit::Choose(Incoterm::Fob));
    save(&mut calculator, "kg");
    let quote = calculator.saved[0].clone();
    let kept = quote.fill.clone().expect("kept when saved");
    assert_eq!(kept, QuoteFill::of(&quote));
    assert_eq!(kept.price, Some((Currency::Usd, "5".to_string(), "kg".to_string())));
    assert_eq!(kept.moq, Some(("500".to_string(), "kg".to_string())));
    // Stored and read back, it is the same.
    let text = serde_json::to_string(&quote).expect("json");
    assert_eq!(serde_json::from_str::<SavedQuote>(&text).expect("read"), quote);
    // A quote of the version before: no `fill` in its JSON.
    let older: SavedQuote =
        serde_json::from_str(&text.replace(&format!(",\"fill\":{}", serde_json::to_string(&kept).expect("json")), ""))
            .expect("an older quote reads");
    assert_eq!(older.fill, None);
    let mut draft = Draft { price: "7".into(), place: "Gresik".into(), ..Draft::default() };
    draft.fill_from(QuoteFill::without_price(&older));
    assert_eq!(
        (draft.incoterm, draft.moq.as_str(), draft.price.as_str(), draft.place.as_str()),
        (Some(Incoterm::Fob), "500", "7", "Gresik"),
        "rule and minimum order; her own price and place stay"
    );
}

/// As a review of the workshop journey met it: keripik tempe priced in rupiah per bungkus. The
/// buyer's line is in dollars with the English unit, in the calculator, the listing and the
/// replies, and the minimum order travels with the saved quote.
#[test]
fn a_rupiah_quote_reaches_the_buyer_in_dollars_per_pack_with_its_minimum_order() {
    let mut calculator = Calculator::default();
    for (field, text) in [
        (Field::Quantity, "1.000"),
        (Field::Unit, "bungkus"),
        (Field::MinOrder, "500"),
        (Field::Goods, "15 juta"),
        (Field::Loading, "250.000"),
        (Field::Inland, "1.000.000"),
        (Field::ExportClearance, "500.000"),
        (Field::OriginThc, "500.000"),
        (Field::Rate, "16.250"),
        (Field::Origin, "Tanjung Perak, Surabaya"),
    ] {
        calculator.apply(CalculatorEdit::Field(field, text.into(), "2026-11-28".into()));
    }
    // FOB = 15,000,000 + 250,000 + 1,000,000 + 500,000 + 500,000 = Rp 17,250,000, Rp 17,250 a pack.
    // In dollars: 17,250,000 / 16,250 = 1,061.538… → USD 1,061.54; per pack 1,061.54 / 1,000 =
    // 1.06154 → USD 1.06. The glossary's "bungkus" is "pack"; 500 packs.
    let evaluation = siap_ekspor::domain::incoterms::evaluate(&calculator.form);
    let line = calculator.line(&evaluation, "pack").unwrap();
    assert_eq!(line.text, "USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 packs");
    assert_eq!(line.currency, Currency::Usd);
    // In rupiah when she asks for it: the same line, her currency.
    let mut idr = calculator.clone();
    idr.apply(CalculatorEdit::QuoteCurrency(Currency::Idr));
    assert_eq!(
        idr.line(&evaluation, "pack").unwrap().text,
        "IDR 17,250/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 packs"
    );
    // Her words for the unit, the English unit from the glossary.
    assert_eq!(siap_ekspor::domain::listing::generate::english_unit(Some(&glossary()), "Bungkus"), "pack");
    assert_eq!(siap_ekspor::domain::listing::generate::english_unit(None, "bungkus"), "bungkus");

    save(&mut calculator, "pack");
    let saved = &calculator.saved[0];
    assert_eq!(saved.line, line.text);
    assert_eq!(saved.form.moq, "500", "the saved quote keeps the minimum order");
    let mut draft = Draft::default();
    draft.from_quote(saved);
    assert_eq!(
        (draft.price.as_str(), draft.currency, draft.price_unit.as_str(), draft.moq.as_str(), draft.moq_unit.as_str()),
        ("1.06", Some(Currency::Usd), "bungkus", "500", "bungkus")
    );
    let listing = generate(&draft, &glossary());
    assert_eq!(listing.price_line.as_deref(), Some("USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
    assert_eq!(listing.spec(SpecLabel::MinimumOrder), Some("500 packs"));
    let draft = Draft { name: "keripik tempe".into(), ..draft };
    let listing = generate(&draft, &glossary());
    for reply in replies(&draft, &listing, &ReplyContext::default()) {
        assert!(!reply.english.contains("IDR") && !reply.english.contains("bungkus"), "{}", reply.english);
    }
    let quotation = reply(ReplyKind::Quotation, &draft, &listing, &ReplyContext::default());
    assert!(quotation.english.contains("- Price: USD 1.06/pack FOB Tanjung Perak, Surabaya"), "{}", quotation.english);
    assert!(quotation.english.contains("- Minimum order: 500 packs"));
}

// ---- her listings: select, delete, the limit, ids ----

/// Listings with these ids in this order (`New` appends, so the newest is last), each draft named
/// after its id so a wrong entry shows; the current one and the next id as given.
fn listings(ids: &[u32], current: Option<u32>, next_id: u32) -> Listings {
    let drafts = ids
        .iter()
        .map(|&id| Entry { id, draft: Draft { name: format!("keripik {id}"), ..Draft::default() } })
        .collect();
    Listings { drafts, current, next_id, ..Listings::default() }
}

fn ids_of(listings: &Listings) -> Vec<u32> {
    listings.drafts.iter().map(|e| e.id).collect()
}

fn tempe() -> Product {
    Product { id: 7, name: "Keripik tempe".into(), description: String::new(), class: None }
}

/// (listing ids, current before, selected, current after)
type SelectCase = (&'static [u32], Option<u32>, u32, Option<u32>);

#[test]
fn selecting_makes_a_listing_current_and_an_unknown_id_changes_nothing() {
    let cases: [SelectCase; 8] = [
        (&[0, 1, 2], Some(2), 0, Some(0)), // another listing
        (&[0, 1, 2], Some(1), 1, Some(1)), // the current one again
        (&[0, 1, 2], None, 1, Some(1)),    // none was current
        (&[0, 2, 5], Some(5), 2, Some(2)), // ids with gaps, as deletes leave them
        (&[0, 1, 2], Some(2), 3, Some(2)), // unknown: never made
        (&[0, 2], Some(0), 1, Some(0)),    // unknown: a deleted id
        (&[0, 1], None, 7, None),          // unknown, none current: still none
        (&[], None, 0, None),              // nothing to select
    ];
    for (ids, current, selected, after) in cases {
        let before = listings(ids, current, 9);
        let mut store = before.clone();
        store.apply(ListingsEdit::Select(selected));
        let what = format!("{ids:?}, current {current:?}, select {selected}");
        assert_eq!(store.current, after, "{what}");
        assert_eq!(store.current().map(|e| e.draft.name.clone()), after.map(|id| format!("keripik {id}")), "{what}");
        // Only the current one moves: the drafts and the next id stay.
        assert_eq!((&store.drafts, store.next_id), (&before.drafts, before.next_id), "{what}");
    }
}

#[test]
fn deleting_the_current_listing_falls_back_to_the_newest_left_and_an_unknown_id_changes_nothing() {
    // The code's fallback is the last listing left (the newest), not a neighbour by position;
    // deleting another listing keeps the current one; the next id never moves back.
    // (ids, current before, deleted, ids after, current after)
    type Case = (&'static [u32], Option<u32>, u32, &'static [u32], Option<u32>);
    let cases: [Case; 10] = [
        (&[0, 1, 2], Some(2), 2, &[0, 1], Some(1)), // the current is the newest: the one before it
        (&[0, 1, 2], Some(1), 1, &[0, 2], Some(2)), // the current is in the middle: the newest left
        (&[0, 1, 2], Some(0), 0, &[1, 2], Some(2)), // the current is the oldest: the newest left
        (&[0, 3, 8], Some(3), 3, &[0, 8], Some(8)), // ids with gaps
        (&[0, 1, 2], Some(0), 2, &[0, 1], Some(0)), // another listing: the current stays
        (&[0, 1, 2], None, 1, &[0, 2], None),       // none current: none after
        (&[4], Some(4), 4, &[], None),              // the only one: none left, none current
        (&[0, 1, 2], Some(1), 3, &[0, 1, 2], Some(1)), // unknown: never made
        (&[0, 2], Some(2), 1, &[0, 2], Some(2)),    // unknown: deleted before
        (&[], None, 0, &[], None),                  // nothing to delete
    ];
    for (ids, current, deleted, ids_after, after) in cases {
        let before = listings(ids, current, 9);
        let mut store = before.clone();
        store.apply(ListingsEdit::Delete(deleted));
        let what = format!("{ids:?}, current {current:?}, delete {deleted}");
        assert_eq!(ids_of(&store), ids_after, "{what}");
        assert_eq!(store.current, after, "{what}");
        assert_eq!(store.next_id, 9, "{what}: the next id stays");
        // The listings kept are untouched.
        for entry in &store.drafts {
            assert_eq!(entry.draft.name, format!("keripik {}", entry.id), "{what}");
        }
        if !ids.contains(&deleted) {
            assert_eq!(store, before, "{what}: an unknown id changes nothing");
        }
    }
    // With none current (she deleted the last one), an edit or a quote has nothing to change.
    let mut store = listings(&[4], Some(4), 5);
    store.apply(ListingsEdit::Delete(4));
    let empty = store.clone();
    store.apply(ListingsEdit::Edit(DraftEdit::Text(TextField::Name, "kopi".into())));
    assert_eq!(store, empty);
}

#[test]
fn a_new_listing_beyond_the_limit_is_refused_and_nothing_else_changes() {
    // (listings held, taken?) A document holding more than the limit (made before the cut on
    // reading) takes no more either.
    let cases = [(0, true), (1, true), (MAX_LISTINGS - 1, true), (MAX_LISTINGS, false), (MAX_LISTINGS + 5, false)];
    for (held, taken) in cases {
        let n = u32::try_from(held).expect("small");
        let ids: Vec<u32> = (0..n).collect();
        let before = listings(&ids, (n > 0).then_some(0), n);
        for edit in [ListingsEdit::New(None), ListingsEdit::New(Some(tempe()))] {
            let mut store = before.clone();
            store.apply(edit.clone());
            if taken {
                assert_eq!(store.drafts.len(), held + 1, "{held}: {edit:?}");
                assert_eq!((store.current, store.next_id), (Some(n), n + 1), "{held}: the new one is current");
                assert_eq!(store.drafts.get(..held), before.drafts.get(..held), "{held}: the others stay");
            } else {
                assert_eq!(store, before, "{held}: {edit:?} refused, nothing changes");
            }
        }
    }
    // At the limit through the app's own steps: one deleted makes room for exactly one, with a
    // new id.
    let mut store = Listings::default();
    for _ in 0..MAX_LISTINGS {
        store.apply(ListingsEdit::New(None));
    }
    store.apply(ListingsEdit::Select(3));
    let full = store.clone();
    store.apply(ListingsEdit::New(Some(tempe())));
    assert_eq!(store, full, "the 31st is refused; the current stays the one she chose");
    store.apply(ListingsEdit::Delete(3));
    store.apply(ListingsEdit::New(Some(tempe())));
    let last = u32::try_from(MAX_LISTINGS).expect("small");
    assert_eq!((store.drafts.len(), store.current), (MAX_LISTINGS, Some(last)));
    assert_eq!(store.current().map(|e| e.draft.name.as_str()), Some("Keripik tempe"));
    let full = store.clone();
    store.apply(ListingsEdit::New(None));
    assert_eq!(store, full, "full again");
}

#[test]
fn an_edit_or_a_quote_changes_the_current_listing_only() {
    use siap_ekspor::domain::incoterms::calculator::QuoteFill;
    let fill = QuoteFill {
        incoterm: Some(Incoterm::Fob),
        moq: Some(("500".into(), "bungkus".into())),
        place: Some("Tanjung Perak, Surabaya".into()),
        price: Some((Currency::Usd, "1.06".into(), "bungkus".into())),
    };
    // (ids, current): the current one takes the edit, the others stay as they were; with none
    // current, or a current id no listing has, nothing changes.
    let cases: [(&[u32], Option<u32>); 5] =
        [(&[0, 1, 2], Some(1)), (&[0, 1, 2], Some(2)), (&[3], Some(3)), (&[0, 1], None), (&[0, 1], Some(5))];
    for (ids, current) in cases {
        let before = listings(ids, current, 9);
        let mut edited = before.clone();
        edited.apply(ListingsEdit::Edit(DraftEdit::Text(TextField::Name, "kopi bubuk".into())));
        let mut quoted = before.clone();
        quoted.apply(ListingsEdit::FromQuote(Box::new(fill.clone())));
        for (i, entry) in before.drafts.iter().enumerate() {
            let (name, price) = (&edited.drafts[i].draft.name, &quoted.drafts[i].draft);
            if Some(entry.id) == current {
                assert_eq!(name, "kopi bubuk", "{ids:?} {current:?}");
                assert_eq!(
                    (price.price.as_str(), price.incoterm, price.moq.as_str(), price.place.as_str()),
                    ("1.06", Some(Incoterm::Fob), "500", "Tanjung Perak, Surabaya"),
                    "{ids:?} {current:?}"
                );
            } else {
                assert_eq!((&edited.drafts[i], &quoted.drafts[i]), (entry, entry), "{ids:?} {current:?}: another");
            }
        }
        assert_eq!((edited.current, edited.next_id, quoted.current), (current, 9, current));
    }
}

#[test]
fn ids_only_grow_and_a_deleted_id_is_never_given_again() {
    // Her steps, from nothing: (edit, ids after, current after, next id after).
    type Step = (ListingsEdit, &'static [u32], Option<u32>, u32);
    let steps: [Step; 11] = [
        (ListingsEdit::New(None), &[0], Some(0), 1),
        (ListingsEdit::New(Some(tempe())), &[0, 1], Some(1), 2),
        (ListingsEdit::New(None), &[0, 1, 2], Some(2), 3),
        (ListingsEdit::Delete(2), &[0, 1], Some(1), 3), // the newest deleted: 2 is not given again
        (ListingsEdit::New(None), &[0, 1, 3], Some(3), 4),
        (ListingsEdit::Delete(0), &[1, 3], Some(3), 4),
        (ListingsEdit::Select(1), &[1, 3], Some(1), 4),
        (ListingsEdit::Delete(1), &[3], Some(3), 4),
        (ListingsEdit::Delete(3), &[], None, 4), // all deleted: the count goes on
        (ListingsEdit::New(None), &[4], Some(4), 5),
        (ListingsEdit::Select(3), &[4], Some(4), 5),
    ];
    let mut store = Listings::default();
    for (i, (edit, ids, current, next_id)) in steps.into_iter().enumerate() {
        store.apply(edit.clone());
        assert_eq!((ids_of(&store).as_slice(), store.current, store.next_id), (ids, current, next_id), "{i}: {edit:?}");
    }
    // A next id behind the ids held (a document without it reads as 0, or a hand-edited file)
    // still gives an id no listing has: one past the highest.
    // (ids, next id stored, id the new listing gets)
    let cases: [(&[u32], u32, u32); 5] =
        [(&[0, 1, 2], 0, 3), (&[5, 2], 1, 6), (&[0, 1], 9, 9), (&[], 7, 7), (&[], 0, 0)];
    for (ids, next_id, new) in cases {
        let mut store = listings(ids, None, next_id);
        store.apply(ListingsEdit::New(None));
        assert_eq!((store.current, store.next_id), (Some(new), new + 1), "{ids:?} next {next_id}");
        assert_eq!(ids_of(&store).iter().filter(|id| **id == new).count(), 1, "{ids:?}: a fresh id");
    }
    let mut read: Listings = serde_json::from_str(r#"{"drafts":[{"id":4},{"id":1}],"current":4}"#).expect("json");
    assert_eq!(read.next_id, 0, "absent: 0");
    read.apply(ListingsEdit::New(None));
    assert_eq!((ids_of(&read), read.next_id), (vec![4, 1, 5], 6));
}

// ---- replies ----

#[test]
fn replies_with_everything_filled() {
    let g = glossary();
    let draft = chair();
    let listing = generate(&draft, &g);
    let context = ReplyContext {
        sender: "Sri Wahyuni, Rotan Jaya".into(),
        reply_by: "5 December 2026".into(),
        validity_days: "30".into(),
    };
    let all = replies(&draft, &listing, &context);
    let kinds: Vec<&str> = all.iter().map(|r| r.kind.code()).collect();
    assert_eq!(kinds, ["thanks", "travelling", "clarify", "quotation"]);
    assert_eq!(
        all[0].english,
        "Dear Sir or Madam,

Thank you for your inquiry about our handmade natural rattan chair. Here are the main details:

- Minimum order: 100 pcs
- Price: USD 25.50/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)
- Delivery time: 30 days after order confirmation
- Payment terms: T/T 30% deposit, 70% balance before shipment; irrevocable L/C at sight

Please tell us the quantity you need and your destination, and we will gladly send you a full quotation.

Best regards,
Sri Wahyuni, Rotan Jaya"
    );
    assert!(all[1].english.contains("I am travelling at the moment and will reply to you fully by 5 December 2026."));
    assert!(all[2].english.contains("- the quantity you need (our minimum order is 100 pcs)"));
    assert!(all[2].english.contains("- your destination port or city"));
    let quote = &all[3].english;
    assert!(quote.contains("- Price: USD 25.50/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
    assert!(quote.contains("- Validity: this quotation is valid for 30 days"));
    assert!(!quote.contains("We will confirm the price"));
    for reply in &all {
        assert_clean(&reply.english, reply.kind.code());
        let lower = reply.english.to_lowercase();
        for suspicious in ["prove", "verify", "scam", "fake", "real buyer", "genuine"] {
            assert!(!lower.contains(suspicious), "{suspicious} in {}", reply.kind.code());
        }
    }
}

#[test]
fn replies_with_nothing_filled() {
    let draft = Draft::default();
    let listing = generate(&draft, &glossary());
    let all = replies(&draft, &listing, &ReplyContext::default());
    assert_eq!(
        all[0].english,
        "Dear Sir or Madam,

Thank you for your inquiry about our products.

Please tell us the quantity you need and your destination, and we will gladly send you a full quotation.

Best regards,"
    );
    assert!(all[1].english.contains("will reply to you fully as soon as I am back."));
    assert!(all[2].english.contains("- the quantity you need\n"));
    assert_eq!(
        all[3].english,
        "Dear Sir or Madam,

Thank you for your interest in our products.

We will confirm the price for your quantity and destination.

We look forward to your order.

Best regards,"
    );
    for reply in &all {
        assert_clean(&reply.english, reply.kind.code());
    }
    assert_eq!(ReplyKind::ALL.len(), 4);
}

// ---- hostile input ----

#[test]
fn html_script_emoji_and_long_text_come_out_as_text() {
    let g = glossary();
    let script = "<script>alert('x')</script>";
    let mut draft = Draft {
        name: format!("kursi {script}"),
        material: "<b>rotan</b> 🌿🪑".into(),
        packaging: "<img src=x onerror=alert(1)>".into(),
        delivery_days: "30 hari 🚢".into(),
        price: "<i>5</i>".into(),
        ..chair()
    };
    let listing = generate(&draft, &g);
    assert!(listing.full_text.contains(script), "kept as text for the page to escape");
    assert!(listing.full_text.contains("🌿🪑"));
    assert_listing_clean(&draft, &listing);
    let found = check(&draft, &listing, &listing.title, &g);
    assert!(has(&found, Rule::MissingPrice));
    for field in TextField::ALL {
        draft.apply(DraftEdit::Text(field, "🙂 a\u{0}b\tc\r\n".repeat(400) + &"é".repeat(2000)));
    }
    draft.apply(DraftEdit::Title(Some("x".repeat(5000))));
    for marketplace in Marketplace::ALL {
        draft.marketplace = marketplace;
        let listing = generate(&draft, &g);
        assert!(listing.title.chars().count() <= marketplace.title_limit());
        assert!(!listing.full_text.contains('\u{0}') && !listing.title.contains('\n'));
        let found = check(&draft, &listing, title(&draft, &listing), &g);
        assert!(has(&found, Rule::TitleTooLong));
        let _ = score(&found, &draft);
        let _ = replies(
            &draft,
            &listing,
            &ReplyContext { sender: script.into(), reply_by: "🙂".into(), validity_days: "∞".into() },
        );
    }
}

fn text_field() -> impl Strategy<Value = String> {
    prop_oneof![
        "(?s).{0,40}",
        "[0-9 .,+()-]{0,20}",
        "(kursi|rotan|kopi|bubuk|best|seller|WA|@|www\\.|\\.com|Rp|USD|\\$|!|#1|100%| |,|-){0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generate_and_check_never_panic(
        texts in prop::collection::vec(text_field(), TextField::ALL.len() + 1),
        flags in any::<u64>(),
    ) {
        let g = glossary();
        let mut draft = Draft::default();
        for (field, text) in TextField::ALL.into_iter().zip(&texts) {
            draft.apply(DraftEdit::Text(field, text.clone()));
        }
        let bit = |i: u32| flags & (1 << i) != 0;
        for (i, process) in Process::ALL.into_iter().enumerate() {
            draft.apply(DraftEdit::Process(process, bit(i as u32)));
        }
        for (i, certification) in Certification::ALL.into_iter().enumerate() {
            draft.apply(DraftEdit::Certification(certification, bit(12 + i as u32)));
        }
        for (i, term) in PaymentTerm::ALL.into_iter().enumerate() {
            draft.apply(DraftEdit::Payment(term, bit(21 + i as u32)));
        }
        draft.apply(DraftEdit::Incoterm(Incoterm::ALL.get((flags >> 28) as usize % 12).copied()));
        draft.apply(DraftEdit::Marketplace(Marketplace::ALL[(flags >> 32) as usize % 4]));
        draft.apply(DraftEdit::Sample(SamplePolicy::ALL.get((flags >> 34) as usize % 5).copied()));
        draft.apply(DraftEdit::Currency(Currency::ALL[(flags >> 37) as usize % 2]));
        if bit(40) {
            draft.apply(DraftEdit::Title(texts.last().cloned()));
        }
        let listing = generate(&draft, &g);
        prop_assert!(listing.title.chars().count() <= draft.marketplace.title_limit());
        prop_assert!(!listing.title.contains('\n'));
        prop_assert_eq!(&listing, &generate(&draft, &g), "deterministic");
        let findings = check(&draft, &listing, title(&draft, &listing), &g);
        prop_assert!(score(&findings, &draft) <= 100);
        let all = replies(&draft, &listing, &ReplyContext { sender: texts[0].clone(), reply_by: texts[1].clone(), validity_days: texts[2].clone() });
        prop_assert_eq!(all.len(), 4);
    }
}
