#![cfg(not(target_arch = "wasm32"))]
//! The export rules file and the commodity search.

use std::time::Instant;

use proptest::prelude::*;
use siap_ekspor::domain::classify::{hs_digits, parse, search, MatchedBy, RuleBook, Status};

const RULES: &str = include_str!("../assets/data/export-rules.json");

fn book() -> RuleBook {
    parse(RULES).expect("the bundled rules parse")
}

#[test]
fn bundled_file_has_enough_rules_each_with_source_and_date() {
    let book = book();
    assert!(book.rules.len() >= 60, "{} rules", book.rules.len());
    for rule in &book.rules {
        assert!(rule.source.is_complete(), "{}: a source in both languages", rule.id);
        // Checked at the first review (2026-11-28) or re-checked since, never after the file's date.
        assert!(
            rule.checked.as_str() >= "2026-11-28" && rule.checked <= book.checked,
            "{} checked {} (file {})",
            rule.id,
            rule.checked,
            book.checked
        );
        assert!(rule.name.is_complete() && rule.meaning.is_complete(), "{}", rule.id);
        assert!(!rule.synonyms.is_empty(), "{} has no synonyms", rule.id);
    }
}

#[test]
fn every_prohibited_and_restricted_group_of_the_design_is_covered() {
    let book = book();
    let prohibited = [
        "rattan-raw",
        "logs",
        "subsidised-fertiliser",
        "nickel-ore",
        "bauxite",
        "antiques-heritage",
        "sea-sand",
        "kratom-leaf",
        "lobster-seed",
        "metal-scrap",
        "porang-tubers",
        "rice",
        "arowana",
        "cites-fish",
        "sandalwood",
    ];
    for id in prohibited {
        let rule = book.rule(id).unwrap_or_else(|| panic!("{id} missing"));
        let prohibited_somewhere =
            rule.status == Status::Prohibited || rule.conditions.iter().any(|c| c.status == Status::Prohibited);
        assert!(prohibited_somewhere, "{id}");
    }
    for id in [
        "wooden-furniture",
        "wooden-crafts",
        "timber-processed",
        "palm-oil",
        "coal",
        "minerals",
        "kratom-powder",
        "cites-animals",
        "cites-plants",
        "cites-fish",
        "arowana",
        "rice",
    ] {
        assert_eq!(book.rule(id).map(|r| r.status), Some(Status::Restricted), "{id}");
    }
}

/// Query → expected status and HS prefix of the best result.
const TABLE: &[(&str, Status, &str)] = &[
    ("nickel ore", Status::Prohibited, "2604"),
    ("bijih nikel", Status::Prohibited, "2604"),
    ("antiques", Status::Prohibited, "970"),
    ("barang antik", Status::Prohibited, "970"),
    ("kursi jati", Status::Restricted, "9401"),
    ("teak chair", Status::Restricted, "9401"),
    ("Kursi-kursi Jati", Status::Restricted, "9401"),
    ("green coffee", Status::Free, "0901"),
    ("kopi biji mentah", Status::Free, "0901"),
    ("kopi bubuk", Status::Free, "0901"),
    ("KOPI", Status::Free, "0901"),
    ("kopii", Status::Free, "0901"),
    ("kópi   bubuk", Status::Free, "0901"),
    ("0901.11", Status::Free, "0901"),
    ("0901 11", Status::Free, "0901"),
    ("090111", Status::Free, "0901"),
    ("udang beku", Status::Free, "0306"),
    ("frozen shrimps", Status::Free, "0306"),
    ("rotan", Status::Prohibited, "1401"),
    ("raw rattan", Status::Prohibited, "1401"),
    ("kursi rotan", Status::Free, "9401"),
    ("sarang walet", Status::Free, "0410"),
    ("walet", Status::Free, "0410"),
    ("keripik tempe", Status::Free, "2106"),
    ("keripik tempee", Status::Free, "2106"),
    ("kripik singkong", Status::Free, "2005"),
    ("krupuk udang", Status::Free, "1905"),
    ("sambel", Status::Free, "2103"),
    ("gula jawa", Status::Free, "1702"),
    ("gula merah", Status::Free, "1702"),
    ("madu", Status::Free, "0409"),
    ("teh hijau", Status::Free, "0902"),
    ("biji kakao", Status::Free, "1801"),
    ("cengkeh", Status::Free, "0907"),
    ("nutmeg", Status::Free, "0908"),
    ("jahe merah", Status::Free, "0910"),
    ("kunyit", Status::Free, "0910"),
    ("vanili", Status::Free, "0905"),
    ("rumput laut", Status::Free, "1212"),
    ("ikan hias", Status::Free, "0301"),
    ("ikan tuna beku", Status::Free, "030"),
    ("batik tulis", Status::Free, "5208"),
    ("kemeja batik", Status::Free, "6"),
    ("ukiran kayu", Status::Restricted, "4420"),
    ("kerajinan bambu", Status::Free, "4602"),
    ("minyak nilam", Status::Free, "3301"),
    ("virgin coconut oil", Status::Free, "1513"),
    ("briket arang kelapa", Status::Free, "4402"),
    ("sabut kelapa", Status::Free, "5305"),
    ("jamu", Status::Free, "2106"),
    ("sabun", Status::Free, "3401"),
    ("tas kulit", Status::Free, "4202"),
    ("sepatu kulit", Status::Free, "6403"),
    ("perhiasan perak", Status::Free, "7113"),
    ("gerabah", Status::Free, "6912"),
    ("eceng gondok", Status::Free, "4601"),
    ("bauksit", Status::Prohibited, "2606"),
    ("pasir laut", Status::Prohibited, "2505"),
    ("pupuk bersubsidi", Status::Prohibited, "310"),
    ("kayu gelondongan", Status::Prohibited, "4403"),
    ("daun kratom", Status::Prohibited, "1211"),
    ("bubuk kratom", Status::Restricted, "1211"),
    ("benih lobster", Status::Prohibited, "0306"),
    ("batu bara", Status::Restricted, "2701"),
    ("minyak sawit", Status::Restricted, "1511"),
    ("gaharu", Status::Restricted, "0602"),
    ("arwana", Status::Restricted, "030111"),
    ("besi tua", Status::Restricted, "7204"),
];

#[test]
fn query_table() {
    let book = book();
    let mut failures = Vec::new();
    for &(query, status, hs) in TABLE {
        let found = search(&book, query);
        match found.first() {
            Some(best) if best.rule.status == status && best.rule.hs.iter().any(|h| h.starts_with(hs)) => {}
            Some(best) => failures.push(format!(
                "{query:?}: got {} ({:?}, {:?}) score {}",
                best.rule.id, best.rule.status, best.rule.hs, best.score
            )),
            None => failures.push(format!("{query:?}: nothing found")),
        }
    }
    assert!(TABLE.len() >= 40);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Real East Java products: query → status, HS prefix of the best rule, and one key
/// document of that rule (`None`: the rule itself names no permit, only the shipment papers).
/// Each line names the source of the expected answer; "not listed" means not in Lampiran I of
/// Permendag 23/2023 (restricted) nor in Permendag 22/2023 as amended by 20/2024 (prohibited).
const EAST_JAVA: &[(&str, Status, &str, Option<&str>)] = &[
    // Coffee (Dampit, Ijen): not listed; ETK dropped in 2021; phytosanitary per buyer (UU 21/2019).
    ("biji kopi", Status::Free, "0901", Some("phytosanitary")),
    ("kopi bubuk", Status::Free, "0901", Some("pirt")),
    // Cocoa beans: not listed; export duty by reference price (PMK 38/2024).
    ("biji kakao", Status::Free, "1801", Some("phytosanitary")),
    // Spices: not listed; phytosanitary certificate (UU 21/2019).
    ("cengkeh", Status::Free, "0907", Some("phytosanitary")),
    ("jahe merah", Status::Free, "0910", Some("phytosanitary")),
    // Porang: plants, tubers (sliced or not) and bulbils prohibited, Permendag 20/2024 annex.
    ("umbi porang", Status::Prohibited, "0714", None),
    ("katak porang", Status::Prohibited, "0714", None),
    ("porang", Status::Prohibited, "0714", None),
    // Dried chips and flour: not among the annex's forms as summarised; GACC protocol for chips.
    ("chip porang kering", Status::Free, "0714", Some("gacc")),
    ("tepung porang", Status::Free, "1106", Some("bpom-ske")),
    // Fishery products: quarantine health certificate (SIPPN standard, CKIB); EU catch certificate
    // (Permen KP 29/2019).
    ("udang beku", Status::Free, "0306", Some("health-certificate")),
    ("rajungan", Status::Free, "0306", Some("health-certificate")),
    ("ikan tuna beku", Status::Free, "030", Some("shti")),
    ("rumput laut kering", Status::Free, "1212", Some("phytosanitary")),
    ("ikan koi", Status::Free, "0301", Some("health-certificate")),
    // Arowana and sharks: KKP is the CITES authority for fish, SIPJI + SAJI-LN (Permen KP 61/2018).
    ("arwana", Status::Restricted, "030111", Some("saji-ln")),
    ("sirip hiu", Status::Restricted, "0305", Some("saji-ln")),
    // Lobster seed: no permits since 1 Aug 2025 (KKP, news).
    ("benih lobster", Status::Prohibited, "0306", None),
    // Wood: furniture and crafts restricted with V-Legal (Permendag 23/2023; SILK); logs prohibited.
    ("kursi jati", Status::Restricted, "9401", Some("svlk")),
    ("ukiran kayu", Status::Restricted, "4420", Some("svlk")),
    ("kayu gelondongan", Status::Prohibited, "4403", None),
    ("cendana", Status::Restricted, "4407", Some("svlk")),
    // Bamboo and rattan: finished goods not listed; raw rattan prohibited (Permendag 22/2023).
    ("kerajinan bambu", Status::Free, "4602", None),
    ("kursi rotan", Status::Free, "9401", None),
    ("rotan mentah", Status::Prohibited, "1401", None),
    // Metal crafts (Trowulan): finished goods, not scrap (HS 8306/7419 vs 7204/7404).
    ("patung kuningan", Status::Free, "8306", None),
    ("kerajinan tembaga", Status::Free, "8306", None),
    // Textiles and leather: not listed.
    ("batik tulis", Status::Free, "5208", None),
    ("tas kulit", Status::Free, "4202", None),
    ("sepatu kulit", Status::Free, "6403", None),
    ("topi pandan", Status::Free, "6504", None),
    // Processed food: BPOM export certificate for MD and SPP-IRT food (BPOM, Istana UMKM).
    ("keripik tempe", Status::Free, "2106", Some("bpom-ske")),
    ("keripik pisang", Status::Free, "2005", Some("bpom-ske")),
    ("kerupuk udang", Status::Free, "1905", Some("bpom-ske")),
    ("sambel pecel", Status::Free, "2103", Some("bpom-ske")),
    ("gula semut", Status::Free, "1702", Some("bpom-ske")),
    ("vco", Status::Free, "1513", Some("bpom-ske")),
    // Bird's nest: quarantine, GACC registration and NKV for China.
    ("sarang walet", Status::Free, "0410", Some("nkv")),
    // Tobacco (Jember, Madura, Bojonegoro): leaf not listed; cigars excisable (Bea Cukai Malang).
    ("tembakau", Status::Free, "2401", Some("phytosanitary")),
    ("cerutu", Status::Free, "2402", Some("excise-export")),
    // Frozen vegetables (Jember edamame): not listed.
    ("edamame beku", Status::Free, "0710", Some("phytosanitary")),
    // Rice: restricted, PE by commodity balance (Permendag 23/2023, summarised).
    ("beras organik", Status::Restricted, "1006", Some("pe")),
    // Animal feed: not listed.
    ("pakan ikan", Status::Free, "2309", None),
    // Plants: cultivated ornamentals need a phytosanitary certificate; CITES species SATS-LN.
    ("tanaman hias", Status::Free, "0602", Some("phytosanitary")),
    ("anggrek alam", Status::Restricted, "0602", Some("sats-ln")),
    // Coconut charcoal, essential oils, honey: not listed (honey: quarantine, UU 21/2019).
    ("briket arang kelapa", Status::Free, "4402", None),
    ("minyak nilam", Status::Free, "3301", None),
    ("madu", Status::Free, "0409", Some("health-certificate")),
    // Jamu: BPOM herbal registration (TR); cosmetics: notification (NA), PerBPOM 21/2022.
    ("jamu", Status::Free, "2106", Some("bpom-tr")),
    ("lulur", Status::Free, "3304", Some("bpom-na")),
];

#[test]
fn east_java_products() {
    let book = book();
    let mut failures = Vec::new();
    for &(query, status, hs, key) in EAST_JAVA {
        let found = search(&book, query);
        let Some(best) = found.first() else {
            failures.push(format!("{query:?}: nothing found"));
            continue;
        };
        let docs: Vec<&str> = book.documents_for(best.rule).iter().map(|d| d.id.as_str()).collect();
        let doc_ok = match key {
            Some(id) => docs.contains(&id),
            None => docs.is_empty(),
        };
        if best.rule.status != status || !best.rule.hs.iter().any(|h| h.starts_with(hs)) || !doc_ok {
            failures.push(format!(
                "{query:?}: got {} ({:?}, {:?}, documents {docs:?}), expected {status:?} {hs} {key:?}",
                best.rule.id, best.rule.status, best.rule.hs
            ));
        }
    }
    assert!(EAST_JAVA.len() >= 40);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn porang_is_not_fresh_fruit_and_its_forms_are_told_apart() {
    let book = book();
    let fruit = book.rule("fresh-fruit-veg").expect("fruit rule");
    assert!(!fruit.synonyms.iter().any(|s| s.contains("porang")), "{:?}", fruit.synonyms);
    let porang = search(&book, "porang");
    assert!(porang.iter().all(|m| m.rule.id != "fresh-fruit-veg"), "{porang:?}");
    assert_eq!(porang.first().map(|m| m.rule.status), Some(Status::Prohibited));
    assert_eq!(search(&book, "konjac chips").first().map(|m| m.rule.id.as_str()), Some("porang-chips"));
    assert_eq!(search(&book, "glucomannan").first().map(|m| m.rule.id.as_str()), Some("porang-flour"));
}

#[test]
fn a_qualifier_never_outweighs_the_product_noun() {
    let book = book();
    // Her product noun is unknown: a rule that only "beku"/"kering" fits is no answer.
    for query in ["brokoli beku", "qwerty beku", "frozen zucchini", "kolang kaling kering", "kopyor segar"] {
        let found = search(&book, query);
        assert!(found.is_empty(), "{query:?}: {:?}", found.iter().map(|m| &m.rule.id).collect::<Vec<_>>());
    }
    // A known noun wins over the qualifier's rules.
    let durian = search(&book, "durian beku");
    assert_eq!(durian.first().map(|m| m.rule.id.as_str()), Some("fresh-fruit-veg"));
    assert!(durian.iter().all(|m| m.rule.id != "fish-fresh-frozen" && m.rule.id != "frozen-food"), "{durian:?}");
    assert_eq!(search(&book, "edamame beku").first().map(|m| m.rule.id.as_str()), Some("frozen-vegetables"));
    assert_eq!(search(&book, "udang beku").first().map(|m| m.by), Some(MatchedBy::Synonym));
    // Only a qualifier: the results say they matched only on it.
    let beku = search(&book, "beku");
    assert!(!beku.is_empty() && beku.iter().all(|m| m.by == MatchedBy::Qualifier), "{beku:?}");
    let dried = search(&book, "dried");
    assert!(dried.iter().all(|m| m.by == MatchedBy::Qualifier), "{dried:?}");
}

#[test]
fn lobster_seed_has_no_legal_route_and_spiny_lobster_codes_are_panulirus() {
    let book = book();
    let seed = book.rule("lobster-seed").expect("lobster seed");
    assert_eq!(seed.status, Status::Prohibited);
    assert!(seed.conditions.iter().all(|c| c.status == Status::Prohibited), "no scheme makes it exportable");
    assert!(seed.documents.is_empty() && seed.uncertain);
    assert_eq!(seed.hs, ["030631", "030611"]);
    assert!(seed.notes.as_ref().is_some_and(|n| n.id.contains("1 Agustus 2025") && n.en.contains("1 August 2025")));
}

#[test]
fn fish_under_cites_need_saji_ln_not_sats_ln() {
    let book = book();
    for query in ["sirip hiu", "ikan pari", "napoleon", "sidat", "arwana"] {
        let found = search(&book, query);
        let best = found.first().unwrap_or_else(|| panic!("{query}: nothing"));
        let docs: Vec<&str> = best.rule.documents.iter().map(String::as_str).collect();
        assert!(docs.contains(&"saji-ln") && !docs.contains(&"sats-ln"), "{query}: {} {docs:?}", best.rule.id);
    }
    let animals = book.rule("cites-animals").expect("cites animals");
    assert!(!animals.hs.iter().any(|h| h.starts_with("0301")), "live fish are not live animals of 0106");
}

#[test]
fn the_export_declaration_says_earliest_and_parcels_use_a_consignment_note() {
    let book = book();
    let peb = book.document("peb").expect("peb");
    assert!(peb.how.id.contains("paling cepat 7 hari") && !peb.how.id.contains("paling lama"), "{}", peb.how.id);
    assert!(peb.how.en.contains("no earlier than 7 days"), "{}", peb.how.en);
    assert!(peb.when.as_ref().is_some_and(|w| w.id.contains("CN")));
    let cn = book.document("consignment-note").expect("consignment note");
    assert!(
        cn.every_shipment
            && cn.how.id.contains("30 kg")
            && cn.source.id.contains("PMK 4/2025")
            && cn.source.en.contains("PMK 4/2025"),
        "{cn:?}"
    );
    assert!(cn.when.is_some(), "a CN applies only to parcels");
}

#[test]
fn bpom_documents_are_told_apart() {
    let book = book();
    let bpom = book.document("bpom").expect("bpom");
    assert!(
        bpom.source.id.contains("23/2023") && !bpom.source.id.starts_with("Peraturan BPOM 27/2017"),
        "{:?}",
        bpom.source
    );
    assert!(bpom.source.en.contains("23/2023"), "{:?}", bpom.source);
    let docs = |id: &str| book.rule(id).map(|r| r.documents.clone()).unwrap_or_default();
    assert!(docs("cosmetics").contains(&"bpom-na".to_string()) && !docs("cosmetics").contains(&"bpom".to_string()));
    assert!(docs("jamu-herbal").contains(&"bpom-tr".to_string()) && !docs("jamu-herbal").contains(&"bpom".to_string()));
    for id in [
        "crackers-kerupuk",
        "chips-keripik",
        "tempeh-chips",
        "snacks-other",
        "sambal-sauces",
        "frozen-food",
        "beverages",
    ] {
        assert!(docs(id).contains(&"bpom-ske".to_string()), "{id}");
    }
}

#[test]
fn every_rule_and_document_is_complete_in_both_languages() {
    let book = book();
    for doc in &book.documents {
        assert!(doc.name.is_complete() && doc.issuer.is_complete() && doc.how.is_complete(), "{}", doc.id);
        assert!(doc.when.as_ref().is_none_or(|w| w.is_complete()), "{}", doc.id);
        assert!(doc.checked.as_str() >= "2026-11-28" && doc.checked <= book.checked, "{}", doc.id);
    }
    for rule in &book.rules {
        assert!(rule.notes.as_ref().is_none_or(|n| n.is_complete()), "{}", rule.id);
        assert!(rule.conditions.iter().all(|c| c.when.is_complete()), "{}", rule.id);
        // A condition that does not change the status tells her nothing.
        assert!(rule.conditions.iter().all(|c| c.status != rule.status), "{}", rule.id);
    }
}

#[test]
fn teak_chair_needs_v_legal_and_frozen_shrimp_a_health_certificate() {
    let book = book();
    let chair = search(&book, "kursi jati");
    let chair = chair.first().expect("found");
    let docs: Vec<&str> = book.documents_for(chair.rule).iter().map(|d| d.id.as_str()).collect();
    assert!(docs.contains(&"svlk"), "{docs:?}");
    let shrimp = search(&book, "udang beku");
    let shrimp = shrimp.first().expect("found");
    assert!(book.documents_for(shrimp.rule).iter().any(|d| d.id == "health-certificate"));
    let needs = book.checklist_needs(&[chair.rule, shrimp.rule]);
    for item in ["svlk", "health-certificate", "haccp"] {
        assert!(needs.contains(item), "{needs:?}");
    }
    let walet = search(&book, "sarang walet");
    assert!(!walet.first().map(|m| book.documents_for(m.rule)).unwrap_or_default().is_empty());
}

#[test]
fn checklist_items_named_by_documents_exist_in_the_checklist() {
    let checklist =
        siap_ekspor::domain::checklist::parse(include_str!("../assets/data/checklist.json")).expect("checklist parses");
    let book = book();
    for doc in &book.documents {
        if let Some(item) = &doc.checklist_item {
            assert!(checklist.items.iter().any(|i| &i.id == item), "{} names {item}", doc.id);
        }
    }
    let every: Vec<&str> = book.every_shipment().iter().map(|d| d.id.as_str()).collect();
    for id in ["commercial-invoice", "packing-list", "peb", "bl-awb", "coo-ska", "insurance"] {
        assert!(every.contains(&id), "{every:?}");
    }
}

#[test]
fn how_it_matched() {
    let book = book();
    assert_eq!(search(&book, "0901").first().map(|m| m.by), Some(MatchedBy::Code));
    assert_eq!(search(&book, "Kopi bubuk").first().map(|m| m.by), Some(MatchedBy::Name));
    assert_eq!(search(&book, "sambel").first().map(|m| m.by), Some(MatchedBy::Synonym));
    assert_eq!(search(&book, "kopii").first().map(|m| m.by), Some(MatchedBy::Fuzzy));
    // Ranked best first.
    let found = search(&book, "kopi");
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    // A longer code finds the rule whose code starts it; a shorter one the rules it starts.
    assert!(search(&book, "09011100").iter().any(|m| m.rule.id == "coffee-green"));
    assert!(search(&book, "09").iter().any(|m| m.rule.id == "pepper"));
}

#[test]
fn plurals_typos_and_typing() {
    let book = book();
    let best = |q: &str| search(&book, q).first().map(|m| m.rule.id.clone());
    assert_eq!(best("banana chip"), best("banana chips"));
    assert_eq!(best("cookies").as_deref(), Some("snacks-other"));
    assert_eq!(best("kerupk").as_deref(), Some("crackers-kerupuk"));
    assert_eq!(best("kerup").as_deref(), Some("crackers-kerupuk"));
    assert_eq!(best("cinamon").as_deref(), Some("cinnamon"));
    assert_eq!(best("desicated coconut").as_deref(), Some("desiccated-coconut"));
}

#[test]
fn bad_queries_find_nothing() {
    let book = book();
    let junk: String = "qzx vbnm, .;'[]=-".repeat(30);
    for query in ["", "   ", "😀🎉", "🦐🦐", &junk, "1", "12345678901234", "0000", "zzzzzzzz", "!!!", "9999.99"]
    {
        assert!(search(&book, query).is_empty(), "{query:?}");
    }
    assert_eq!(hs_digits("0901.11").as_deref(), Some("090111"));
    assert_eq!(hs_digits("0901 11").as_deref(), Some("090111"));
    assert_eq!(hs_digits("kopi 0901"), None);
}

#[test]
fn a_query_over_all_rules_is_fast() {
    let book = book();
    let queries = ["kopi bubuk", "keripik tempee", "kursi-kursi jati ukir jepara", "0901.11", "desicated coconut"];
    let start = Instant::now();
    let rounds = 200;
    for _ in 0..rounds {
        for q in queries {
            std::hint::black_box(search(&book, q));
        }
    }
    let per_query = start.elapsed() / (rounds * queries.len() as u32);
    eprintln!("classify search: {per_query:?} per query over {} rules", book.rules.len());
    // Debug builds are slow; the release target is well under 1 ms.
    assert!(per_query.as_millis() < 10, "{per_query:?}");
}

fn with_rule_field(field: &str, value: serde_json::Value) -> String {
    let mut file: serde_json::Value = serde_json::from_str(RULES).unwrap();
    file["rules"][3][field] = value;
    file.to_string()
}

#[test]
fn malformed_files_are_refused_naming_rule_and_field() {
    let id = book().rules[3].id.clone();
    let cases = [
        ("source", serde_json::json!({"id": " ", "en": "Permendag 23/2023"}), "source"),
        ("source", serde_json::json!({"id": "Permendag 23/2023", "en": ""}), "source"),
        ("source", serde_json::json!("Permendag 23/2023"), "source"),
        ("checked", serde_json::json!("28-11-2026"), "checked"),
        ("hs", serde_json::json!(["09.01"]), "hs"),
        ("hs", serde_json::json!(["090"]), "hs"),
        ("hs", serde_json::json!([]), "hs"),
        ("name", serde_json::json!({"id": "Kopi", "en": ""}), "name"),
        ("meaning", serde_json::json!({"id": "", "en": "x"}), "meaning"),
        ("notes", serde_json::json!({"id": "x", "en": " "}), "notes"),
        ("documents", serde_json::json!(["no-such-document"]), "documents"),
        ("status", serde_json::json!("maybe"), "status"),
        (
            "conditions",
            serde_json::json!([{"when": {"id": "x", "en": "x"}, "status": book().rules[3].status.code()}]),
            "conditions",
        ),
        ("source", serde_json::Value::Null, "source"),
    ];
    for (field, value, named) in cases {
        let err = parse(&with_rule_field(field, value.clone())).expect_err(&format!("{field} = {value} must fail"));
        assert!(err.contains(&id) && err.contains(named), "{field}: {err}");
    }
    let mut file: serde_json::Value = serde_json::from_str(RULES).unwrap();
    file["rules"][5]["id"] = file["rules"][4]["id"].clone();
    let err = parse(&file.to_string()).unwrap_err();
    assert!(err.contains("used twice"), "{err}");
    let mut file: serde_json::Value = serde_json::from_str(RULES).unwrap();
    file["documents"][0]["issuer"]["en"] = serde_json::json!("");
    let err = parse(&file.to_string()).unwrap_err();
    assert!(err.contains("commercial-invoice") && err.contains("issuer"), "{err}");
    assert!(parse("{").is_err());
    assert!(parse("").is_err());
}

proptest! {
    #[test]
    fn search_never_panics(query in ".{0,600}") {
        let book = book();
        let found = search(&book, &query);
        prop_assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn code_like_queries_never_panic(query in "[0-9. -]{0,20}") {
        let book = book();
        let _ = search(&book, &query);
    }
}

/// Saving a result asks which product it is for once she has products, unless it is already tied
/// to one: a misspelt search must not quietly add a product she does not make.
#[test]
fn saving_a_result_asks_which_product_and_suggests_the_one_sharing_words() {
    use siap_ekspor::domain::change::ClassifyTarget;
    use siap_ekspor::domain::classify::save::{save_choice, SaveChoice};
    use siap_ekspor::domain::model::{Product, Profile};
    let product = |id, name: &str| Product { id, name: name.into(), ..Product::default() };
    let empty = Profile::default();
    assert_eq!(
        save_choice(&empty, None, "keripik tempe"),
        SaveChoice::Fixed(ClassifyTarget::New),
        "nothing to ask yet"
    );

    let profile = Profile {
        products: vec![product(0, "Keripik Tempe"), product(4, "Kopi bubuk"), product(5, " ")],
        ..Profile::default()
    };
    // The same name (case and spaces ignored) or a `?product=` link: nothing to ask.
    assert_eq!(save_choice(&profile, None, "keripik  tempe"), SaveChoice::Fixed(ClassifyTarget::Existing(0)));
    assert_eq!(save_choice(&profile, Some(4), "kerupuk"), SaveChoice::Fixed(ClassifyTarget::Existing(4)));
    // A misspelling shares "tempe": that product is suggested; her named products only, hers first.
    let named = vec![(0, "Keripik Tempe".to_string()), (4, "Kopi bubuk".to_string())];
    assert_eq!(
        save_choice(&profile, None, "kripik tempe"),
        SaveChoice::Ask { products: named.clone(), suggested: Some(0), full: false }
    );
    assert_eq!(
        save_choice(&profile, None, "kopi bubuk robusta"),
        SaveChoice::Ask { products: named.clone(), suggested: Some(4), full: false },
        "the most shared words win"
    );
    // Nothing in common: a new product is suggested.
    assert_eq!(
        save_choice(&profile, None, "batik tulis"),
        SaveChoice::Ask { products: named, suggested: None, full: false }
    );
    // A full list cannot take a new product: she can only pick one of hers.
    let full =
        Profile { products: (0..50).map(|id| product(id, &format!("produk {id}"))).collect(), ..Profile::default() };
    assert!(matches!(save_choice(&full, None, "batik"), SaveChoice::Ask { full: true, .. }));
}
