//! The Indonesian → English glossary: the bundled file is complete and clean, malformed files are
//! refused with the entry named, and translation takes the longest phrase, keeps what it does not
//! know, lists her untranslated words and never panics.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::LazyLock;

use proptest::prelude::*;
use siap_ekspor::domain::listing::glossary::{self, Glossary, Kind};

const BUNDLED: &str = include_str!("../assets/data/glossary.json");

static GLOSSARY: LazyLock<Glossary> = LazyLock::new(|| glossary::parse(BUNDLED).unwrap());

fn en(text: &str) -> String {
    GLOSSARY.translate(text).english
}

#[test]
fn bundled_file_is_complete_and_clean() {
    let raw: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    for field in ["about", "sources", "checked"] {
        assert!(raw[field].as_str().is_some_and(|s| !s.trim().is_empty()), "{field} missing");
    }
    assert!(siap_ekspor::domain::text::is_iso_date(raw["checked"].as_str().unwrap()));
    let raw_entries = raw["entries"].as_array().unwrap();
    let mut ids = BTreeSet::new();
    for entry in raw_entries {
        let (id, en) = (entry["id"].as_str().unwrap(), entry["en"].as_str().unwrap());
        for text in [id, en] {
            assert!(!text.is_empty() && text.trim() == text && !text.contains("  "), "untidy entry {entry}");
        }
        assert_eq!(id, id.to_lowercase(), "{id} not lowercase");
        assert!(ids.insert(id.to_lowercase()), "{id} listed twice");
    }
    assert!(GLOSSARY.entries.len() >= 300, "only {} entries", GLOSSARY.entries.len());
    assert_eq!(GLOSSARY.entries.len(), raw_entries.len());
    use Kind::*;
    for kind in [Product, Material, Process, Unit, Packaging, Colour, Quality, Other] {
        assert!(GLOSSARY.entries_of(kind).count() >= 10, "{kind:?} has few entries");
    }
    assert!(GLOSSARY.entries_of(Kind::Colour).all(|e| e.kind == Kind::Colour));
    assert!(GLOSSARY.entries_of(Kind::Unit).any(|e| e.id == "kodi"));
}

#[test]
fn malformed_files_are_refused_with_the_entry_named() {
    let file = |entries: &str| format!(r#"{{"entries":[{{"id":"kopi","en":"coffee","kind":"product"}},{entries}]}}"#);
    let refused = |text: &str, needle: &str| {
        let error = glossary::parse(text).unwrap_err();
        assert!(error.contains(needle), "{error:?} should name {needle:?}");
    };
    refused(&file(r#"{"id":"teh","en":"","kind":"product"}"#), "teh");
    refused(&file(r#"{"id":"teh","en":"   ","kind":"product"}"#), "teh");
    refused(&file(r#"{"id":"  ","en":"tea","kind":"product"}"#), "entry 2");
    refused(&file(r#"{"id":"teh","kind":"product"}"#), "teh");
    refused(&file(r#"{"id":"teh","en":"tea","kind":"drink"}"#), "teh");
    refused(&file(r#"{"id":"teh","en":"tea"}"#), "teh");
    refused(&file(r#"{"en":"tea","kind":"product"}"#), "entry 2");
    refused(&file(r#"{"id":"Kopi ","en":"coffee","kind":"product"}"#), "kopi");
    refused(&file(r#"{"id":"satu dua tiga empat lima","en":"x","kind":"other"}"#), "satu dua");
    refused(r#"{"entries": 3}"#, "glossary");
    refused("", "glossary");
    refused("[]", "glossary");
    assert!(glossary::parse(&file(r#"{"id":"teh","en":"tea","kind":"product"}"#)).is_ok());
}

#[test]
fn translations() {
    let table = [
        ("kopi bubuk", "ground coffee"),
        ("keripik", "chips"),
        ("anyaman", "woven"),
        ("batik tulis", "hand-drawn batik"),
        ("batik cap", "hand-stamped batik"),
        ("jati", "teak"),
        ("gula aren", "palm sugar"),
        ("gula kelapa", "coconut sugar"),
        ("keripik tempe", "tempeh chips"),
        ("kripik tempe", "tempeh chips"),
        ("keripik pisang", "banana chips"),
        ("keripik singkong", "cassava chips"),
        ("rempeyek", "peanut crackers"),
        ("kerupuk udang", "prawn crackers"),
        ("kopi luwak", "civet coffee"),
        ("biji kopi hijau", "green coffee beans"),
        ("kopi arabika", "arabica coffee"),
        ("madu", "honey"),
        ("sarang burung walet", "edible bird's nest"),
        ("udang beku", "frozen shrimp"),
        ("rumput laut", "seaweed"),
        ("ikan hias", "ornamental fish"),
        ("kursi rotan", "rattan chair"),
        ("meja jati", "teak table"),
        ("tas kulit", "leather bag"),
        ("dompet kulit", "leather wallet"),
        ("cincin perak", "silver ring"),
        ("eceng gondok", "water hyacinth"),
        ("minyak nilam", "patchouli oil"),
        ("minyak kelapa", "coconut oil"),
        ("minyak kelapa murni", "virgin coconut oil"),
        ("sabut kelapa", "coco fiber"),
        ("briket arang", "charcoal briquettes"),
        ("lulur", "body scrub"),
        ("buatan tangan", "handmade"),
        ("dijemur", "sun-dried"),
        ("kering matahari", "sun-dried"),
        ("lusin", "dozen"),
        ("kardus", "carton box"),
        ("toples kaca", "glass jar"),
        ("kualitas ekspor", "export quality"),
        ("merah", "red"),
        ("coklat", "brown"),
        ("cokelat batang", "chocolate bar"),
        ("jawa timur", "East Java"),
        ("kursi-kursi rotan", "rattan chair"),
        ("anting-anting perak", "silver earrings"),
    ];
    assert!(table.len() >= 40);
    for (id, want) in table {
        assert_eq!(en(id), want, "{id}");
    }
}

#[test]
fn longest_phrase_first_and_case_and_accents() {
    assert_eq!(en("keripik tempe"), "tempeh chips");
    assert_ne!(en("keripik tempe"), "chips tempeh");
    assert_eq!(en("Keripik Tempe"), "Tempeh chips");
    assert_eq!(en("KERIPIK TEMPE 250 GR"), "TEMPEH CHIPS 250 G");
    assert_eq!(en("kópi  bubuk"), "ground coffee");
    assert_eq!(en("kopi\u{301} bubuk"), "ground coffee");
    // Punctuation between words breaks a phrase: "kopi, bubuk" is two things.
    assert_eq!(en("kopi, bubuk"), "coffee, powder");
    assert_eq!(en("  keripik   pisang\t(pedas) "), "banana chips (spicy)");
    assert_eq!(en("kopi\n\nteh"), "coffee\ntea");
}

#[test]
fn mixed_text_keeps_numbers_units_and_names() {
    let out = GLOSSARY.translate("Kopi bubuk robusta 250 gram");
    assert!(out.english.contains("round coffee"), "{}", out.english);
    assert!(out.english.contains("robusta"));
    assert!(out.english.contains("250 g"));
    assert!(out.untranslated.is_empty(), "{:?}", out.untranslated);
    assert_eq!(en("Gula aren 1 kg, 5 karung"), "Palm sugar 1 kg, 5 sacks");
    assert_eq!(en("isi 20 buah per kardus"), "contents 20 pieces per carton box");
    assert_eq!(en("1 karton"), "1 carton");
    assert_eq!(en("kirim 30 hari, 10 ton per bulan"), "kirim 30 days, 10 tons per month");
    assert_eq!(en("250gr"), "250 g");
    assert_eq!(en("10 kodi"), "10 score (20 pieces each)");
    assert_eq!(en("USD 5.80/kg FOB Tanjung Perak"), "USD 5.80/kg FOB Tanjung Perak");
    assert_eq!(en("pelabuhan tanjung perak"), "port Tanjung Perak");
}

#[test]
fn untranslated_words_are_listed_once_and_english_is_not() {
    let out = GLOSSARY.translate("Keripik tempe renyah enak sekali, enak! Made with natural ingredients");
    assert_eq!(out.english, "Tempeh chips crispy enak sekali, enak! Made with natural ingredients");
    assert_eq!(out.untranslated, ["enak", "sekali"]);
    let out = GLOSSARY.translate("Premium organic coffee beans, 100% handmade, SNI and PIRT, 2x3 cm");
    assert!(out.untranslated.is_empty(), "{:?}", out.untranslated);
    let out = GLOSSARY.translate("Tas kulit ok ya Sumber Rejeki");
    assert_eq!(out.untranslated, ["Sumber", "Rejeki"]);
    // Caps lock: capitals are her words, not acronyms. "mantap" describes the sambal the glossary
    // knows, so the phrase is hers to put in English, whole (no half-translation).
    let out = GLOSSARY.translate("SAMBAL BAWANG MANTAP");
    assert_eq!(
        (out.english.as_str(), out.untranslated),
        ("SAMBAL BAWANG MANTAP", vec!["SAMBAL BAWANG MANTAP".to_string()])
    );
}

#[test]
fn is_indonesian_knows_her_words_not_english_ones() {
    let hers = ["kopi", "Keripik", "tempe", "jati", "anyaman", "kursi-kursi", "kopi bubuk", "KULIT,", "perak", "jawa"];
    for word in hers {
        assert!(GLOSSARY.is_indonesian(word), "{word}");
    }
    let not_hers = ["coffee", "chips", "batik", "robusta", "kg", "premium", "sambal", "Tanjung Perak", "ingredients"];
    for word in not_hers.into_iter().chain(["enak", "", "  ", "🙂", "<b>"]) {
        assert!(!GLOSSARY.is_indonesian(word), "{word}");
    }
}

#[test]
fn small_unsorted_file_and_empty_glossary() {
    let file = r#"{"entries":[{"id":"teh","en":"tea","kind":"product"},
        {"id":"Kopi  Bubuk","en":" ground  coffee ","kind":"product"},{"id":"kopi","en":"coffee","kind":"product"}]}"#;
    let g = glossary::parse(file).unwrap();
    assert_eq!(g.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["kopi", "kopi bubuk", "teh"]);
    assert_eq!(g.translate("kopi bubuk dan teh").english, "ground coffee dan tea");
    assert_eq!(g.translate("kopi bubuk dan teh").untranslated, ["dan"]);
    assert!(g.is_indonesian("teh") && !g.is_indonesian("tea"));
    assert_eq!(g.entries_of(Kind::Product).count(), 3);
    assert_eq!(g.entries_of(Kind::Unit).count(), 0);
    assert_eq!(Glossary::default().translate("kopi").untranslated, ["kopi"]);
    assert!(!Glossary::default().is_indonesian("kopi"));
}

#[test]
fn bad_input_does_not_panic() {
    let junk = "ÿ€🙂<script>alert('x')</script>&amp; kopi—bubuk ‘’ \u{0}\u{301}-'";
    let junk: String = junk.chars().cycle().take(2000).collect();
    let odd = ["", " ", "🙂 kopi 🙂", "<b>Kopi</b> & <i>teh</i>", "'-'", "-kopi-", "1-1", "٣٤٥ kg", "İstanbul ǅ ﬁ"];
    for text in odd.into_iter().chain([junk.as_str()]) {
        let out = GLOSSARY.translate(text);
        assert!(!out.english.contains("  "), "{text:?}");
        let _ = GLOSSARY.is_indonesian(text);
    }
    assert_eq!(en("<b>Kopi</b>"), "<b>Coffee</b>");
    assert_eq!(en("🙂 kopi 🙂"), "🙂 coffee 🙂");
}

#[test]
fn translating_is_fast_and_linear() {
    let field = "Keripik tempe khas Malang, renyah dan gurih, tanpa pengawet. Kemasan standing pouch 250 gram, \
                 isi 40 pcs per karton, kualitas ekspor. Kopi bubuk robusta!";
    let start = std::time::Instant::now();
    for _ in 0..200 {
        std::hint::black_box(GLOSSARY.translate(std::hint::black_box(field)));
    }
    // Debug build on a shared machine: generous bounds; a release build takes ~20 µs per field.
    assert!(start.elapsed().as_millis() < 1000, "{:?}", start.elapsed());
    let word = |n: u8| format!("kata{} kopi bubuk {n}kg, ", char::from(b'a' + n % 26));
    let pasted: String = (0..5000).map(|n| word((n % 250) as u8)).collect();
    let start = std::time::Instant::now();
    let out = GLOSSARY.translate(&pasted);
    assert!(start.elapsed().as_millis() < 1000, "{:?}", start.elapsed());
    assert_eq!(out.untranslated.len(), 26);
}

proptest! {
    #[test]
    fn translate_never_panics(text in any::<String>()) {
        let out = GLOSSARY.translate(&text);
        prop_assert!(!out.english.contains("  "));
        let _ = GLOSSARY.is_indonesian(&text);
    }

    #[test]
    fn translate_never_panics_on_wordy_text(text in "[a-zA-Zé '\\-,.0-9🙂]{0,80}") {
        let _ = GLOSSARY.translate(&text);
    }
}
