//! Routes and query strings: the public contract of links (docs/design.md, "Contracts").
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::query::{decode_component, encode_component, Query};
use siap_ekspor::domain::route::{Location, Route};

#[test]
fn parses_every_route() {
    let cases = [
        ("", Route::Home),
        ("#", Route::Home),
        ("#/", Route::Home),
        ("#/profile", Route::Profile),
        ("#/profile/", Route::Profile),
        ("#/PROFILE", Route::Profile),
        ("#profile", Route::Profile),
        ("#/checklist", Route::Checklist),
        ("#/classify?q=kopi", Route::Classify),
        ("#/incoterms?cur=USD&qty=100", Route::Incoterms),
        ("#/describe", Route::Describe),
        ("#/market", Route::Market),
        ("#/data", Route::Data),
        ("#/documents?new=proforma&quote=latest", Route::Documents),
        ("#/Documents/", Route::Documents),
        ("#/nope", Route::NotFound),
        ("#/profile/extra", Route::NotFound),
    ];
    for (hash, route) in cases {
        assert_eq!(Location::parse_hash(hash).route, route, "{hash}");
    }
}

#[test]
fn every_route_round_trips_through_its_href() {
    for route in Route::ALL {
        assert_eq!(Location::parse_hash(&route.href()).route, route);
    }
}

#[test]
fn reads_the_query_after_the_route() {
    let location = Location::parse_hash("#/classify?q=kopi+bubuk&lang=en");
    assert_eq!(location.query.get("q"), Some("kopi bubuk"));
    assert_eq!(location.query.get("lang").and_then(Lang::from_code), Some(Lang::En));
}

#[test]
fn query_values() {
    let query = Query::parse("?embed=1&x=%E2%9C%93&empty=&=skip&dup=a&dup=b&bad=%zz&flag");
    assert!(query.flag("embed"));
    assert!(query.flag("flag"));
    assert!(!query.flag("missing"));
    assert!(!Query::parse("embed=0").flag("embed"));
    assert!(!Query::parse("embed=false").flag("embed"));
    assert_eq!(query.get("x"), Some("✓"));
    assert_eq!(query.get("empty"), Some(""));
    assert_eq!(query.get("dup"), Some("b"));
    assert_eq!(query.get("bad"), Some("%zz"));
    assert_eq!(query.pairs().len(), 7);
}

#[test]
fn language_codes() {
    assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    assert_eq!(Lang::from_code(" id "), Some(Lang::Id));
    assert_eq!(Lang::from_code("fr"), None);
    assert_eq!(Lang::default(), Lang::Id);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(lang.other().other(), lang);
    }
}

proptest! {
    #[test]
    fn any_hash_parses_without_panic(hash in ".*") {
        let _ = Location::parse_hash(&hash);
    }

    #[test]
    fn percent_encoding_round_trips(text in ".*") {
        prop_assert_eq!(decode_component(&encode_component(&text)), text);
    }
}

#[test]
fn a_location_writes_the_href_that_reads_back_to_it() {
    let search = Location { route: Route::Classify, query: Query::of(&[("q", "kopi bubuk & gula"), ("product", "3")]) };
    assert_eq!(search.href(), "#/classify?q=kopi%20bubuk%20%26%20gula&product=3");
    assert_eq!(Location::parse_hash(&search.href()), search);
    assert_eq!(Location::of(Route::Documents).href(), "#/documents", "no query, no question mark");
    assert_eq!(Location::parse_hash("#/incoterms?cur=USD&exw=10000").href(), "#/incoterms?cur=USD&exw=10000");
}

proptest! {
    /// Whatever she types in the search box, the address written for it reads back to the same text.
    #[test]
    fn any_search_round_trips_through_the_address(q in "\\PC{0,40}", product in proptest::option::of(0u32..100)) {
        let product = product.map(|p| p.to_string());
        let mut pairs = vec![("q", q.as_str())];
        pairs.extend(product.as_deref().map(|p| ("product", p)));
        let location = Location { route: Route::Classify, query: Query::of(&pairs) };
        let back = Location::parse_hash(&location.href());
        prop_assert_eq!(back.query.get("q"), Some(q.as_str()));
        prop_assert_eq!(back.query.get("product"), product.as_deref());
        prop_assert_eq!(back.route, Route::Classify);
    }
}
