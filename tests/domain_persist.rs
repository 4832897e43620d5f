//! The stored document and the backup file: decoding, refusals, migrations, round trips.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::{AppData, Channel, ExportExperience, HeldDocument, RegionChoice, SCHEMA_VERSION};
use siap_ekspor::domain::persist::{self, backup_file_name, decode, CalendarDate, DecodeError};

const V1: &str = include_str!("fixtures/schema-v1.json");
const V2: &str = include_str!("fixtures/schema-v2.json");

#[test]
fn migrates_a_version_1_document() {
    let data = decode(V1).expect("v1 fixture migrates");
    assert_eq!(data.schema_version, SCHEMA_VERSION);
    assert_eq!(data.settings.lang, Lang::En);
    let p = &data.profile;
    assert_eq!(p.business_name, "UD Kopi Ijen Makmur");
    assert_eq!(p.region, Some(RegionChoice::EastJava { code: "3578".into() }));
    let names: Vec<_> = p.products.iter().map(|p| (p.id, p.name.as_str())).collect();
    assert_eq!(names, vec![(0, "Kopi bubuk robusta"), (1, "Keripik tempe")]);
    assert_eq!(p.next_product_id, 2);
    assert!(p.documents.contains(&HeldDocument::Pirt));
    assert_eq!(p.experience, Some(ExportExperience::ThroughTrader));
    assert!(p.channels.contains(&Channel::SocialMedia));
}

#[test]
fn version_1_city_outside_east_java_becomes_other_province() {
    let raw = r#"{"app":"siap-ekspor","schema_version":1,"profile":{"city":"Denpasar, Bali"}}"#;
    let data = decode(raw).expect("migrates");
    assert_eq!(data.profile.region, Some(RegionChoice::OtherProvince));
    assert_eq!(data.profile.other_region, "Denpasar, Bali");
    assert_eq!(data.settings.lang, Lang::Id);
}

#[test]
fn version_1_regency_names_are_recognised() {
    for (typed, code) in [
        ("Malang", "3507"),
        ("kota malang", "3573"),
        ("Kab. Banyuwangi", "3510"),
        ("Kabupaten Sumenep", "3529"),
        ("Batu", "3579"),
    ] {
        let raw = format!(r#"{{"app":"siap-ekspor","schema_version":1,"profile":{{"city":"{typed}"}}}}"#);
        let data = decode(&raw).expect("migrates");
        assert_eq!(data.profile.region, Some(RegionChoice::EastJava { code: code.into() }), "{typed}");
    }
}

#[test]
fn reads_the_current_version() {
    let data = decode(V2).expect("v2 fixture");
    assert_eq!(data.profile.region, Some(RegionChoice::EastJava { code: "3525".into() }));
    assert!(data.profile.documents.contains(&HeldDocument::NibCustoms));
}

#[test]
fn round_trips_through_both_encodings() {
    let data = decode(V1).expect("fixture");
    assert_eq!(decode(&persist::encode(&data).expect("encodes")), Ok(data.clone()));
    assert_eq!(decode(&persist::encode_backup(&data).expect("encodes")), Ok(data));
}

#[test]
fn refuses_what_is_not_ours() {
    let cases: &[(&str, DecodeError)] = &[
        ("", DecodeError::NotJson),
        ("{not json", DecodeError::NotJson),
        ("\u{0}\u{1}PNG", DecodeError::NotJson),
        ("[1,2,3]", DecodeError::Foreign),
        ("\"siap-ekspor\"", DecodeError::Foreign),
        (r#"{"hello":1}"#, DecodeError::Foreign),
        (r#"{"app":"another-app","schema_version":2}"#, DecodeError::Foreign),
        (r#"{"app":"siap-ekspor"}"#, DecodeError::Invalid),
        (r#"{"app":"siap-ekspor","schema_version":"2"}"#, DecodeError::Invalid),
        (r#"{"app":"siap-ekspor","schema_version":0}"#, DecodeError::Invalid),
        (r#"{"app":"siap-ekspor","schema_version":99}"#, DecodeError::NewerSchema { found: 99 }),
        (r#"{"app":"siap-ekspor","schema_version":2,"profile":{"products":"kopi"}}"#, DecodeError::Invalid),
        (r#"{"app":"siap-ekspor","schema_version":2,"profile":{"documents":["passport"]}}"#, DecodeError::Invalid),
        (r#"{"app":"siap-ekspor","schema_version":1,"profile":{"products":[1,2]}}"#, DecodeError::Invalid),
        (r#"{"app":"siap-ekspor","schema_version":1,"profile":"x"}"#, DecodeError::Invalid),
    ];
    for (raw, expected) in cases {
        assert_eq!(decode(raw), Err(*expected), "{raw:?}");
    }
}

#[test]
fn accepts_a_byte_order_mark_and_missing_sections() {
    let data = decode("\u{feff}{\"app\":\"siap-ekspor\",\"schema_version\":2}").expect("minimal document");
    assert_eq!(data, AppData::default());
}

#[test]
fn repairs_duplicate_product_ids_and_a_stale_counter() {
    let raw = r#"{"app":"siap-ekspor","schema_version":2,"profile":{"products":[{"id":4,"name":"a"},{"id":4,"name":"b"}],"next_product_id":0}}"#;
    let data = decode(raw).expect("decodes");
    assert_eq!(data.profile.products.len(), 1);
    assert_eq!(data.profile.next_product_id, 5);
}

#[test]
fn a_calculator_written_before_the_minimum_order_moved_into_the_form_keeps_it() {
    // Documents of this schema version wrote the minimum order beside the form, and saved quotes
    // without one, or a currency or a product. They load as they are; the minimum order moves into
    // the form (which saved quotes and share links carry), and is written only there.
    let raw = r#"{"app":"siap-ekspor","schema_version":2,"calculator":{"form":{"cur":"IDR","exw":"15.000.000","unit":"bungkus"},"min_order":"500","saved":[{"id":0,"saved_on":"2026-11-28","rule":"FOB","line":"IDR 17,250/bungkus FOB","form":{"exw":"1"}}],"next_quote_id":1}}"#;
    let data = decode(raw).expect("decodes");
    assert_eq!(data.calculator.form.moq, "500");
    assert_eq!(data.calculator.min_order, "");
    let quote = &data.calculator.saved[0];
    assert_eq!((quote.currency, &quote.product, quote.form.moq.as_str()), (None, &None, ""));
    assert_eq!(quote.line_currency(), siap_ekspor::domain::money::Currency::Idr, "its line was in the form's currency");
    let written = persist::encode(&data).expect("encodes");
    assert!(!written.contains("\"min_order\"") && written.contains("\"moq\":\"500\""), "{written}");
    assert_eq!(decode(&written).expect("decodes again"), data);
    // A minimum order already in the form wins over a stale one beside it.
    let raw = r#"{"app":"siap-ekspor","schema_version":2,"calculator":{"form":{"moq":"200"},"min_order":"500"}}"#;
    assert_eq!(decode(raw).expect("decodes").calculator.form.moq, "200");
}

#[test]
fn names_backup_files_by_date() {
    assert_eq!(backup_file_name(CalendarDate { year: 2026, month: 11, day: 8 }), "siap-ekspor-backup-2026-11-08.json");
    assert_eq!(
        persist::recovered_file_name(CalendarDate { year: 2027, month: 1, day: 31 }),
        "siap-ekspor-recovered-2027-01-31.txt"
    );
}

#[test]
fn summarises_for_the_import_question() {
    let summary = persist::summarise(&decode(V2).expect("fixture"));
    assert_eq!(summary.business_name, "CV Rotan Jaya");
    assert_eq!(summary.products, 1);
    assert_eq!(summary.documents, 3);
    assert_eq!(summary.total_sections, 8);
    assert_eq!(summary.filled_sections, 7);
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(raw in ".*") {
        let _ = decode(&raw);
    }

    #[test]
    fn decoding_any_object_with_our_marker_never_panics(body in "[ -~]{0,80}", version in 0u64..5) {
        let raw = format!(r#"{{"app":"siap-ekspor","schema_version":{version},"profile":{body}}}"#);
        let _ = decode(&raw);
    }

    #[test]
    fn anything_encoded_decodes_to_itself(name in ".{0,40}", goals in ".{0,80}", lang_en in any::<bool>()) {
        let mut data = AppData::default();
        data.profile.business_name = name;
        data.profile.goals = goals;
        data.settings.lang = if lang_en { Lang::En } else { Lang::Id };
        prop_assert_eq!(decode(&persist::encode(&data).unwrap()), Ok(data));
    }
}

#[test]
fn stored_names_match_the_keys_used_in_element_ids() {
    for document in HeldDocument::ALL {
        assert_eq!(serde_json::to_string(&document).unwrap(), format!("\"{}\"", document.key()));
    }
    for channel in Channel::ALL {
        assert_eq!(serde_json::to_string(&channel).unwrap(), format!("\"{}\"", channel.key()));
    }
    for experience in ExportExperience::ALL {
        assert_eq!(serde_json::to_string(&experience).unwrap(), format!("\"{}\"", experience.key()));
    }
}
