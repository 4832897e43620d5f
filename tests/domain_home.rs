//! What the home page says of each tool (`domain::home`), from the journey's data and from nothing.
#![cfg(not(target_arch = "wasm32"))]

use siap_ekspor::domain::home::{first_card, named_products, tool_state, ToolState};
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::persist::decode;
use siap_ekspor::domain::route::Route;
use siap_ekspor::domain::storage_status::StorageMode;

/// After the whole workshop journey (tests/e2e/journey.test.mjs): a complete profile with two
/// checked products, a saved quote, a listing, a proforma.
fn journey() -> AppData {
    decode(include_str!("fixtures/journey.json")).expect("the journey's backup")
}

#[test]
fn each_tool_says_where_she_stands() {
    let data = journey();
    let line = data.calculator.saved[0].line.clone();
    let cases = [
        (Route::Profile, ToolState::Profile { filled: 8, total: 8 }),
        (Route::Data, ToolState::StoredLocally { kb: 3 }),
        (Route::Incoterms, ToolState::LastQuote(line)),
        (Route::Checklist, ToolState::FromSummary),
        (Route::Market, ToolState::FromSummary),
        (Route::Classify, ToolState::Classified { checked: 2, total: 2 }),
        (Route::Describe, ToolState::Listings(1)),
        (Route::Workshop, ToolState::Sessions(0)),
        (Route::Documents, ToolState::Documents(1)),
        (Route::Catalog, ToolState::Catalogue(1)),
        (Route::Home, ToolState::Nothing),
        (Route::NotFound, ToolState::Nothing),
    ];
    for (route, expected) in cases {
        assert_eq!(tool_state(&data, route, StorageMode::Local, 2049), expected, "{route:?}");
    }
    assert!(
        matches!(tool_state(&data, Route::Incoterms, StorageMode::Local, 0), ToolState::LastQuote(l) if l.starts_with("USD 1.06/pack FOB"))
    );
    assert_eq!(named_products(&data), Some(2));
    // A listing she left out of the catalogue is not counted.
    let mut left_out = data.clone();
    left_out.listings.catalog.left_out.push(0);
    assert_eq!(tool_state(&left_out, Route::Catalog, StorageMode::Local, 0), ToolState::Catalogue(0));
    assert_eq!(first_card(&data), Route::Checklist);
}

#[test]
fn a_first_visit_starts_with_the_profile_and_says_nothing_is_done() {
    let data = AppData::default();
    let cases = [
        (Route::Profile, ToolState::Profile { filled: 0, total: 8 }),
        (Route::Data, ToolState::InMemoryOnly),
        (Route::Incoterms, ToolState::NoQuote),
        (Route::Classify, ToolState::Classified { checked: 0, total: 0 }),
        (Route::Describe, ToolState::Listings(0)),
        (Route::Documents, ToolState::Documents(0)),
    ];
    for (route, expected) in cases {
        assert_eq!(tool_state(&data, route, StorageMode::Memory, 0), expected, "{route:?}");
    }
    assert_eq!(tool_state(&data, Route::Data, StorageMode::Local, 0), ToolState::StoredLocally { kb: 0 });
    assert_eq!(named_products(&data), None);
    assert_eq!(first_card(&data), Route::Profile);
    // A name alone is not a start: every step builds on a product too.
    let mut named = data.clone();
    named.profile.business_name = "UD Sumber Rejeki".into();
    assert_eq!(first_card(&named), Route::Profile);
}
