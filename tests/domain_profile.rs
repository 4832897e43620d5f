//! The profile's hints, its completion, and the East Java region list it offers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use siap_ekspor::domain::model::ProductClass;
use siap_ekspor::domain::model::{HeldDocument, Product, Profile, RegionChoice};
use siap_ekspor::domain::profile::{after_profile, completion, hints, AfterProfile, ProfileHint};
use siap_ekspor::domain::regions::{self, RegionKind};

#[test]
fn an_empty_profile_gets_the_first_hints() {
    assert_eq!(
        hints(&Profile::default()),
        vec![ProfileHint::BusinessNameMissing, ProfileHint::RegionMissing, ProfileHint::NoProducts]
    );
    assert_eq!(completion(&Profile::default()).done, 0);
    assert_eq!(completion(&Profile::default()).percent(), 0);
}

#[test]
fn hints_follow_what_is_missing() {
    let profile = Profile {
        business_name: "UD Maju".into(),
        region: Some(RegionChoice::OtherProvince),
        products: vec![Product { id: 3, name: " ".into(), description: "gula aren".into(), class: None }],
        documents: BTreeSet::from([HeldDocument::Other]),
        ..Profile::default()
    };
    assert_eq!(
        hints(&profile),
        vec![
            ProfileHint::OtherRegionMissing,
            ProfileHint::NoProducts,
            ProfileHint::ProductNameMissing(3),
            ProfileHint::OtherDocumentMissing
        ]
    );
}

#[test]
fn a_full_profile_is_complete() {
    let profile = Profile {
        business_name: "UD Maju".into(),
        owner_name: "Siti".into(),
        region: Some(RegionChoice::EastJava { code: "3510".into() }),
        products: vec![Product { id: 0, name: "Kopi".into(), description: String::new(), class: None }],
        documents: BTreeSet::from([HeldDocument::Npwp]),
        experience: Some(siap_ekspor::domain::model::ExportExperience::NotYet),
        channels: BTreeSet::from([siap_ekspor::domain::model::Channel::Email]),
        goals: "Jepang".into(),
        ..Profile::default()
    };
    assert!(hints(&profile).is_empty());
    let c = completion(&profile);
    assert_eq!((c.done, c.total, c.percent()), (8, 8, 100));
}

fn full_profile(products: Vec<Product>) -> Profile {
    Profile {
        business_name: "UD Maju".into(),
        owner_name: "Siti".into(),
        region: Some(RegionChoice::EastJava { code: "3507".into() }),
        products,
        documents: BTreeSet::from([HeldDocument::Npwp]),
        experience: Some(siap_ekspor::domain::model::ExportExperience::NotYet),
        channels: BTreeSet::from([siap_ekspor::domain::model::Channel::Email]),
        goals: "Jepang".into(),
        ..Profile::default()
    }
}

fn product(id: u32, name: &str, class: Option<ProductClass>) -> Product {
    Product { id, name: name.into(), description: String::new(), class }
}

#[test]
fn a_complete_profile_leads_to_checking_the_first_unchecked_product_then_the_checklist() {
    let checked = Some(ProductClass::Hs { code: "090121".into() });
    let tempe = product(2, " Keripik tempe ", None);
    let cases = [
        // (products, where the sheet leads)
        (vec![product(0, "Keripik tempe", None)], Some(AfterProfile::CheckProduct(product(0, "Keripik tempe", None)))),
        (
            vec![product(0, "Kopi bubuk", checked.clone()), product(1, "  ", None), tempe.clone()],
            Some(AfterProfile::CheckProduct(tempe.clone())),
        ),
        (vec![product(0, "Kopi bubuk", checked.clone())], Some(AfterProfile::Checklist)),
    ];
    for (products, expected) in cases {
        assert_eq!(after_profile(&full_profile(products.clone())), expected, "{products:?}");
    }
    // Not complete yet: no next step, the suggestions come first.
    let mut missing_goals = full_profile(vec![product(0, "Keripik tempe", None)]);
    missing_goals.goals = " ".into();
    assert_eq!(after_profile(&missing_goals), None);
    assert_eq!(after_profile(&Profile::default()), None);
    // Where each leads: the search for her product's name, saved for that product.
    assert_eq!(AfterProfile::CheckProduct(tempe).location().href(), "#/classify?q=Keripik%20tempe&product=2");
    assert_eq!(AfterProfile::Checklist.location().href(), "#/checklist");
}

#[test]
fn the_region_list_has_east_javas_29_regencies_and_9_cities() {
    let list = regions::parse(include_str!("../assets/data/east-java-regions.json")).expect("the bundled list parses");
    assert_eq!(list.regions.len(), 38);
    assert_eq!(list.regions.iter().filter(|r| r.kind == RegionKind::Regency).count(), 29);
    assert_eq!(list.regions.iter().filter(|r| r.kind == RegionKind::City).count(), 9);
    let codes: BTreeSet<_> = list.regions.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes.len(), 38, "codes are unique");
    for region in &list.regions {
        assert!(region.code.len() == 4 && region.code.starts_with("35"), "{}", region.code);
        assert!(!region.name.trim().is_empty());
        let city_code = region.code.as_str() >= "3571";
        assert_eq!(city_code, region.kind == RegionKind::City, "{}: kota codes are 3571 and up", region.name);
    }
    assert!(list.source.is_complete() && list.checked.len() == 10);
    assert_eq!(regions::all().len(), 38);
    assert_eq!(regions::find("3578").map(|r| r.name.as_str()), Some("Surabaya"));
}

/// What marketplace sign-ups ask (address, phone, e-mail, year, staff): optional, kept as typed and
/// cut to their limits, read back from a stored document, absent from the file while empty, and
/// on the letterhead of a new export document unless the letterhead has its own.
#[test]
fn contact_details_are_kept_cut_stored_and_go_on_a_new_documents_letterhead() {
    use siap_ekspor::domain::change::{apply, Change, ProfileEdit};
    use siap_ekspor::domain::documents::start::new_document;
    use siap_ekspor::domain::documents::{DocField, DocKind, DocumentsEdit, Start};
    use siap_ekspor::domain::model::{AppData, ContactField};
    use siap_ekspor::domain::persist::{decode, encode};
    let empty = AppData::default();
    assert!(!encode(&empty).unwrap_or_default().contains("\"contact\""), "left out while empty");
    let mut data = empty.clone();
    for (field, text) in [
        (ContactField::Address, "Jl. Raya Malang 1\nMalang"),
        (ContactField::Phone, "0812-3456-7890"),
        (ContactField::Email, "sari@example.com"),
        (ContactField::Founded, "2015"),
        (ContactField::Staff, "6"),
    ] {
        data = apply(&data, Change::Profile(ProfileEdit::Contact(field, text.into())));
        assert_eq!(data.profile.contact.get(field), text);
    }
    data = apply(&data, Change::Profile(ProfileEdit::Contact(ContactField::Phone, "9".repeat(500))));
    assert_eq!(data.profile.contact.phone.chars().count(), 200, "a one-line field is cut to 200");
    data = apply(&data, Change::Profile(ProfileEdit::Contact(ContactField::Address, "a".repeat(700))));
    assert_eq!(data.profile.contact.address.chars().count(), 600, "an address to 600");
    data = apply(&data, Change::Profile(ProfileEdit::Contact(ContactField::Address, "Jl. Raya Malang 1".into())));
    let back = decode(&encode(&data).unwrap_or_default()).expect("reads back");
    assert_eq!(back.profile.contact, data.profile.contact);

    let edit = new_document(&data, DocKind::Proforma, Start::Blank, "2026-12-02");
    let DocumentsEdit::Insert { document, .. } = edit else { panic!("a new document") };
    assert_eq!(document.get(DocField::SellerAddress), "Jl. Raya Malang 1");
    assert_eq!(document.get(DocField::SellerEmail), "sari@example.com");
    // Her letterhead's own address wins.
    data.documents.letterhead.set(DocField::SellerAddress, "Kantor: Jl. Lain 2".into());
    let DocumentsEdit::Insert { document, .. } = new_document(&data, DocKind::Proforma, Start::Blank, "2026-12-02")
    else {
        panic!("a new document")
    };
    assert_eq!(document.get(DocField::SellerAddress), "Kantor: Jl. Lain 2");
}
