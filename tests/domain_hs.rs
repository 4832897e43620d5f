#![cfg(not(target_arch = "wasm32"))]
//! The HS 2022 nomenclature and the combined answer (rules first, then HS codes no rule covers).
//! Codes and descriptions are the WCO's HS 2022 as published by UN Comtrade
//! (`assets/data/harmonized-system-2022.csv`).

use std::time::Instant;

use proptest::prelude::*;
use siap_ekspor::domain::change::{apply, classify_target, Change, ClassifyTarget, ProfileEdit};
use siap_ekspor::domain::classify::{
    answer, answer_with, dotted, hs, parse, MatchedBy, Nomenclature, QueryKind, RuleBook, Status,
};
use siap_ekspor::domain::model::{AppData, Product, ProductClass};

const RULES: &str = include_str!("../assets/data/export-rules.json");
const HS: &str = include_str!("../assets/data/harmonized-system-2022.csv");

fn book() -> RuleBook {
    parse(RULES).expect("the bundled rules parse")
}

fn nomenclature() -> Nomenclature {
    hs::parse(HS).expect("the bundled HS file parses")
}

#[test]
fn the_bundled_nomenclature_is_hs_2022_without_un_comtrade_additions() {
    let hs = nomenclature();
    let chapters = hs.entries.iter().filter(|e| e.code.len() == 2).count();
    let headings = hs.entries.iter().filter(|e| e.code.len() == 4).count();
    let subheadings = hs.entries.iter().filter(|e| e.code.len() == 6).count();
    // HS 2022 has 96 chapters (77 is reserved) and 1,228 headings; the WCO counts 5,609
    // subheadings, UN Comtrade's list has 5,612 six-digit lines.
    assert_eq!((chapters, headings, subheadings), (96, 1228, 5612));
    assert!(hs.entry("99").is_none() && hs.entry("999999").is_none());
    assert_eq!(hs.entry("090111").map(|e| e.description.as_str()), Some("Coffee; not roasted or decaffeinated"));
    let path: Vec<&str> = hs.path("090111").iter().map(|e| e.code.as_str()).collect();
    assert_eq!(path, ["09", "0901", "090111"]);
    for (code, nearest) in
        [("09011110", Some("090111")), ("0901", Some("0901")), ("440340", Some("4403")), ("99", None), ("", None)]
    {
        assert_eq!(hs.nearest(code).map(|e| e.code.as_str()), nearest, "{code}");
    }
}

#[test]
fn codes_are_found_with_or_without_dots_and_spaces() {
    let book = book();
    let hs = nomenclature();
    for query in ["0901.11", "0901 11", "090111", " 0901.11 ", "0901-11"] {
        let a = answer(&book, Some(&hs), query);
        assert_eq!(a.kind, QueryKind::Code("090111".into()), "{query}");
        let first = a.rules.first().unwrap_or_else(|| panic!("{query}: no rule"));
        assert_eq!(first.rule.id, "coffee-green", "{query}");
        assert_eq!(first.rule.status, Status::Free);
        // 0901.11 is covered by the rule, so it is not offered again as "presumed free".
        assert!(a.candidates.is_empty(), "{query}: {:?}", a.candidates);
    }
}

/// Codes our rules do not cover: shown as HS candidates.
#[test]
fn table_of_codes_outside_the_rules() {
    let book = book();
    let hs = nomenclature();
    let cases = [
        // (query, first candidate's code)
        ("8712", "8712"),
        ("8712.00", "871200"),
        ("87120000", "871200"), // Indonesia's 8-digit BTKI code → its subheading
        ("6601.91", "660191"),
        ("9202", "9202"),
        ("92.02.90", "920290"),
        ("85", "85"),    // a chapter
        ("870", "8701"), // typing in progress
    ];
    for (query, code) in cases {
        let a = answer(&book, Some(&hs), query);
        assert!(a.rules.is_empty(), "{query}: {:?}", a.rules.iter().map(|m| &m.rule.id).collect::<Vec<_>>());
        assert_eq!(a.candidates.first().map(|c| c.entry.code.as_str()), Some(code), "{query}");
        assert!(a.wants_hs);
    }
}

#[test]
fn a_rule_outranks_a_bare_hs_match_and_covers_its_codes() {
    let book = book();
    let hs = nomenclature();
    // docs/design.md: nickel ore is prohibited; the HS line for it must not look free.
    let a = answer(&book, Some(&hs), "2604");
    assert_eq!(a.rules.first().map(|m| (m.rule.id.as_str(), m.rule.status)), Some(("nickel-ore", Status::Prohibited)));
    assert!(a.candidates.is_empty());
    let a = answer(&book, Some(&hs), "1401.20");
    assert_eq!(a.rules.first().map(|m| m.rule.id.as_str()), Some("rattan-raw"));
    // A heading only part of which a rule covers: offered, with the rule named.
    let a = answer(&book, Some(&hs), "0306");
    let heading = a.candidates.iter().find(|c| c.entry.code == "0306").expect("0306 offered");
    assert!(heading.partly.iter().any(|r| r.id == "lobster-seed"), "{:?}", heading.partly);
    assert!(a.rules.iter().any(|m| m.rule.id == "shrimp-frozen"));
}

/// English words outside the rules: found in the HS descriptions.
#[test]
fn table_of_english_words_outside_the_rules() {
    let book = book();
    let hs = nomenclature();
    let cases = [
        ("bicycle", "8712"),
        ("bicycles", "8712"),
        ("Bicyle", "8712"), // a typo
        ("umbrella", "6601"),
        ("guitar", "9202"),
        ("artificial flowers", "6702"),
        ("glassware", "7013"),
        ("nickel ore", ""), // a rule answers it: no candidate needed
    ];
    for (query, code) in cases {
        let a = answer(&book, Some(&hs), query);
        if code.is_empty() {
            assert_eq!(a.rules.first().map(|m| m.rule.id.as_str()), Some("nickel-ore"), "{query}");
            continue;
        }
        let codes: Vec<&str> = a.candidates.iter().map(|c| c.entry.code.as_str()).collect();
        assert!(codes.iter().any(|c| c.starts_with(code)), "{query}: {codes:?}");
        assert!(codes.iter().take(3).any(|c| c.starts_with(code)), "{query} not near the top: {codes:?}");
    }
}

/// Indonesian words no rule knows, looked up in the English HS list through the glossary.
#[test]
fn indonesian_words_outside_the_rules_are_looked_up_in_english() {
    let book = book();
    let hs = nomenclature();
    let glossary =
        siap_ekspor::domain::listing::glossary::parse(include_str!("../assets/data/glossary.json")).expect("glossary");
    for (query, english, code) in
        [("boneka", "doll", "9503"), ("sapu", "broom", "9603"), ("lilin aromaterapi", "aromatherapy candle", "3406")]
    {
        let a = answer_with(&book, Some(&hs), Some(&glossary), query);
        assert_eq!(a.searched_in_english.as_deref(), Some(english), "{query}");
        let codes: Vec<&str> = a.candidates.iter().map(|c| c.entry.code.as_str()).collect();
        assert!(codes.iter().take(3).any(|c| c.starts_with(code)), "{query}: {codes:?}");
    }
    // Without the glossary (not loaded yet) the same words find nothing, calmly.
    assert!(answer(&book, Some(&hs), "boneka").candidates.is_empty());
    // A typo in one word and nothing for the other is not an answer ("lilin" is not "lilies").
    assert!(answer(&book, Some(&hs), "lilin aromaterapi").candidates.is_empty());
}

#[test]
fn words_in_an_hs_description_bring_the_rule_that_covers_it() {
    let book = book();
    let hs = nomenclature();
    let a = answer(&book, Some(&hs), "wood in the rough");
    let logs = a.rules.iter().find(|m| m.rule.id == "logs").expect("logs rule found through 4403");
    assert_eq!(logs.rule.status, Status::Prohibited);
    assert_eq!(logs.by, MatchedBy::Nomenclature);
    assert!(a.candidates.iter().all(|c| !c.entry.code.starts_with("4403")));
}

#[test]
fn the_hs_list_is_wanted_only_when_it_can_add_something() {
    let book = book();
    // Her words a rule knows well: no 850 KB download.
    for query in ["kopi bubuk", "keripik tempe", "kursi jati", "udang beku", "sarang walet"] {
        let a = answer(&book, None, query);
        assert!(!a.wants_hs, "{query}");
        assert!(!a.rules.is_empty(), "{query}");
    }
    for query in ["0901.11", "sepeda", "umbrella"] {
        assert!(answer(&book, None, query).wants_hs, "{query}");
    }
    // Typing "keripik" letter by letter: a rule fits from "ker" on, so nothing is fetched.
    for query in ["k", "ke", "ker", "keri", "kerip", "keripi", "keripik", "keripik t", "keripik te"] {
        assert!(!answer(&book, None, query).wants_hs, "{query}");
    }
    for query in ["", "   ", "🙂🙂", "1", "12345678901", "...", "ab"] {
        assert!(!answer(&book, None, query).wants_hs, "{query:?}");
    }
}

#[test]
fn bad_input_gets_a_calm_answer() {
    let book = book();
    let hs = nomenclature();
    let cases: [(&str, QueryKind); 7] = [
        ("", QueryKind::Empty),
        ("   ", QueryKind::Empty),
        ("🙂🌶️", QueryKind::NoWords),
        ("!!!", QueryKind::NoWords),
        ("1", QueryKind::BadCode),
        ("123456789012", QueryKind::BadCode),
        ("0000", QueryKind::Code("0000".into())),
    ];
    for (query, kind) in cases {
        let a = answer(&book, Some(&hs), query);
        assert_eq!(a.kind, kind, "{query:?}");
        assert!(a.is_empty(), "{query:?}");
    }
    let junk = "xq7#".repeat(125);
    let a = answer(&book, Some(&hs), &junk);
    assert!(a.rules.is_empty() && a.candidates.is_empty());
}

#[test]
fn malformed_hs_files_are_refused_naming_the_line_and_field() {
    let header = "section,hscode,description,parent,level\n";
    let cases = [
        ("", "empty"),
        ("code,description\n", "line 1: the columns"),
        (&format!("{header}I,0901X,Coffee,09,4\n") as &str, "line 2: hscode \"0901X\""),
        (&format!("{header}I,0901,Coffee,09,6\n"), "line 2: level \"6\""),
        (&format!("{header}I,0901,\"Coffee,09,4\n"), "line 2: a quoted field is not closed"),
        (&format!("{header}I,0901,,09,4\n"), "line 2: description is empty"),
        (&format!("{header}I,0902,Tea,09,4\nI,0901,Coffee,09,4\n"), "line 3: hscode \"0901\" is out of order"),
        (&format!("{header}I,0901,Coffee\n"), "line 2: a line needs 5 fields"),
        (header, "no HS codes"),
    ];
    for (text, expected) in cases {
        let error = hs::parse(text).expect_err(expected);
        assert!(error.contains(expected), "{error:?} should say {expected:?}");
    }
    let ok =
        hs::parse(&format!("\u{feff}{header}I,09,\"Coffee, tea\",TOTAL,2\r\nI,0901,\"Say \"\"coffee\"\"\",09,4\r\n"))
            .expect("quotes and CRLF");
    assert_eq!(ok.entry("0901").map(|e| e.description.as_str()), Some("Say \"coffee\""));
    assert_eq!(ok.entry("09").map(|e| e.description.as_str()), Some("Coffee, tea"));
}

#[test]
fn codes_are_written_with_dots() {
    for (code, written) in [("09", "09"), ("0901", "0901"), ("090111", "0901.11"), ("09011110", "0901.11.10")] {
        assert_eq!(dotted(code), written);
    }
}

/// "… beku" for goods no rule knows came back as frozen fish (through "frozen" in the
/// HS list). The product word must be in every HS line offered, and a qualifier alone is not
/// looked up in English.
#[test]
fn a_qualifier_alone_never_brings_frozen_fish() {
    let book = book();
    let hs = nomenclature();
    let glossary =
        siap_ekspor::domain::listing::glossary::parse(include_str!("../assets/data/glossary.json")).expect("glossary");
    for query in ["brokoli beku", "jamur beku", "frozen broccoli", "qwerty frozen", "kolang kaling beku"] {
        let a = answer_with(&book, Some(&hs), Some(&glossary), query);
        let rules: Vec<&str> = a.rules.iter().map(|m| m.rule.id.as_str()).collect();
        assert!(
            !rules.iter().any(|id| id.contains("fish") || id.contains("shrimp") || *id == "frozen-food"),
            "{query}: {rules:?}"
        );
        let codes: Vec<&str> = a.candidates.iter().map(|c| c.entry.code.as_str()).collect();
        assert!(!codes.iter().any(|c| c.starts_with("03") || c.starts_with("16")), "{query}: {codes:?}");
        assert!(a.searched_in_english.as_deref() != Some("frozen"), "{query}");
    }
    // The product word found in English still answers: mushrooms, not fish.
    let a = answer_with(&book, Some(&hs), Some(&glossary), "jamur beku");
    assert_eq!(a.searched_in_english.as_deref(), Some("mushroom frozen"));
    assert!(a.candidates.iter().all(|c| c.entry.description.to_lowercase().contains("mushroom")), "{:?}", a.candidates);
    assert!(!a.candidates.is_empty());
    // Unknown goods with a qualifier: the HS list is wanted, and nothing wrong is offered.
    let a = answer_with(&book, Some(&hs), Some(&glossary), "brokoli beku");
    assert!(a.wants_hs && a.rules.is_empty(), "{:?}", a.rules);
    // "frozen" on its own is a fine HS query: she asked for frozen goods.
    assert!(!hs.search("frozen").is_empty());
}

#[test]
fn shipment_documents_are_the_every_shipment_papers_then_the_product_permits() {
    let book = book();
    let shrimp = book.rule("shrimp-frozen").expect("shrimp");
    let ids: Vec<&str> = book.shipment_documents(shrimp).iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "commercial-invoice",
            "packing-list",
            "peb",
            "consignment-note",
            "bl-awb",
            "coo-ska",
            "insurance",
            "health-certificate",
            "shti",
            "haccp",
            "fda",
            "gacc",
            "dhe-sda"
        ]
    );
    for doc in &book.documents {
        assert!(doc.source.is_complete() && doc.checked.as_str() >= "2026-11-28", "{}", doc.id);
    }
    // The buyer's-country papers say when they apply.
    for id in ["fda", "gacc", "coo-ska", "insurance", "consignment-note", "shti", "dhe-sda", "bpom-ske"] {
        assert!(book.document(id).and_then(|d| d.when.as_ref()).is_some(), "{id}");
    }
}

#[test]
fn saving_a_result_links_or_adds_a_product_and_fills_the_checklist_needs() {
    let book = book();
    let mut data = AppData::default();
    data.profile.products.push(Product { id: 4, name: "Keripik Tempe ".into(), ..Product::default() });
    data.profile.next_product_id = 5;
    let chips = ProductClass::Rule { id: "tempeh-chips".into() };
    assert_eq!(classify_target(&data.profile, None, "keripik tempe"), ClassifyTarget::Existing(4));
    let data = apply(
        &data,
        Change::Profile(ProfileEdit::Classify { product: None, name: "keripik tempe".into(), class: chips.clone() }),
    );
    assert_eq!(data.profile.products.len(), 1);
    assert_eq!(data.profile.products.first().and_then(|p| p.class.clone()), Some(chips));
    let chair = ProductClass::Rule { id: "wooden-furniture".into() };
    let data =
        apply(&data, Change::Profile(ProfileEdit::Classify { product: None, name: "kursi jati".into(), class: chair }));
    assert_eq!(data.profile.products.len(), 2);
    assert_eq!(data.profile.products.get(1).map(|p| (p.id, p.name.as_str())), Some((5, "kursi jati")));
    let needs = book.needs_of(&data.profile.products);
    for item in ["pirt", "halal", "svlk"] {
        assert!(needs.contains(item), "{item} in {needs:?}");
    }
    let data = apply(&data, Change::Profile(ProfileEdit::Unclassify(5)));
    assert!(!book.needs_of(&data.profile.products).contains("svlk"));
    // A rule the file no longer has adds nothing rather than failing.
    let gone =
        vec![Product { id: 1, class: Some(ProductClass::Rule { id: "no-such-rule".into() }), ..Product::default() }];
    assert!(book.needs_of(&gone).is_empty());
}

#[test]
fn classification_survives_a_save_and_old_documents_load_without_it() {
    let product = Product {
        id: 2,
        name: "Sepeda".into(),
        class: Some(ProductClass::Hs { code: "871200".into() }),
        ..Product::default()
    };
    let json = serde_json::to_string(&product).expect("serialises");
    assert!(json.contains(r#""class":{"kind":"hs","code":"871200"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Product>(&json).ok(), Some(product));
    let old: Product = serde_json::from_str(r#"{"id":1,"name":"Kopi"}"#).expect("old product");
    assert_eq!(old.class, None);
    let plain = serde_json::to_string(&old).expect("serialises");
    assert!(!plain.contains("class"), "{plain}");
}

/// Not a benchmark (that is `.ci/bench`), but a guard against an accidental quadratic search:
/// a whole keystroke's work must stay far under the 10 ms target even in a debug build.
#[test]
fn a_query_over_the_full_data_is_fast_enough_for_every_keystroke() {
    let book = book();
    let hs = nomenclature();
    let queries = ["bicycle", "umbrela", "0901.11", "artificial flowers", "kopi bubuk", "xq7#xq7#"];
    let start = Instant::now();
    for q in queries {
        let _ = answer(&book, Some(&hs), q);
    }
    let per_query = start.elapsed() / u32::try_from(queries.len()).unwrap_or(1);
    assert!(per_query.as_millis() < 200, "{per_query:?} per query in a debug build");
}

proptest! {
    #[test]
    fn any_text_gets_an_answer_without_a_panic(query in ".{0,200}") {
        let book = book();
        let a = answer(&book, None, &query);
        prop_assert!(a.rules.len() <= 8);
    }

    #[test]
    fn any_code_like_text_gets_an_answer_without_a_panic(query in "[0-9. -]{0,20}") {
        thread_local!(static HS_DATA: Nomenclature = nomenclature());
        let book = book();
        HS_DATA.with(|hs| {
            let a = answer(&book, Some(hs), &query);
            for c in &a.candidates {
                assert!(book.rules_covering(&c.entry.code).is_empty());
            }
        });
    }

    #[test]
    fn any_csv_is_parsed_or_refused_without_a_panic(text in "(section,hscode,description,parent,level\n)?[\"a-z0-9,\r\n]{0,200}") {
        let _ = hs::parse(&text);
    }
}
