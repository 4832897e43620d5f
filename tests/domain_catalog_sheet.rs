//! The catalogue (`domain::catalog::{company, sheet, web_page}`): the English company profile
//! says only what she entered, over every combination of filled and empty facts; the catalogue
//! holds the listings she chose, one product each; the one-file web page is exact for two real
//! products, runs nothing and fetches nothing whatever she typed.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use proptest::prelude::*;
use siap_ekspor::domain::catalog::company::{facts, profile_text, staff, year, CompanyFacts, Named};
use siap_ekspor::domain::catalog::sheet::{catalogue, file_name, her_name, picks, validity_passed};
use siap_ekspor::domain::catalog::web_page::{escape, json_string, web_page};
use siap_ekspor::domain::incoterms::Incoterm;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::limits::clamp_data;
use siap_ekspor::domain::listing::draft::{Certification, Draft, PaymentTerm, Process, SamplePolicy};
use siap_ekspor::domain::listing::glossary::{self, Glossary};
use siap_ekspor::domain::listing::store::{Entry, Listings, ListingsEdit};
use siap_ekspor::domain::model::{
    AppData, Contact, ContactField, ExportExperience, HeldDocument, Profile, RegionChoice,
};
use siap_ekspor::domain::money::Currency;
use siap_ekspor::domain::persist::CalendarDate;

/// The app's own glossary file.
fn glossary() -> Glossary {
    glossary::parse(include_str!("../assets/data/glossary.json")).unwrap()
}

fn set<T: Ord + Copy>(items: &[T]) -> BTreeSet<T> {
    items.iter().copied().collect()
}

/// A rattan maker in Malang regency, as the workshop's preparation sheet fills the profile.
fn rattan_profile() -> Profile {
    Profile {
        business_name: "UD Rotan Jaya".into(),
        owner_name: "Siti Aminah".into(),
        region: Some(RegionChoice::EastJava { code: "3507".into() }),
        documents: set(&[HeldDocument::Nib, HeldDocument::Npwp, HeldDocument::SvlkVLegal]),
        experience: Some(ExportExperience::ThroughTrader),
        contact: Contact {
            address: "Jl. Raya Karangploso No. 12\nKarangploso, Malang".into(),
            phone: "0812-3456-7890".into(),
            email: "rotanjaya.export@gmail.com".into(),
            founded: "2015".into(),
            staff: "12 orang".into(),
            website: "rotanjaya.id".into(),
        },
        ..Profile::default()
    }
}

/// The rattan chair of the workshop's listing example.
fn chair() -> Draft {
    Draft {
        name: "kursi rotan".into(),
        material: "rotan alami".into(),
        size: "45 x 50 x 90 cm".into(),
        weight: "4,5 kg".into(),
        colour: "coklat".into(),
        origin: "Malang".into(),
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

/// A woven basket with no price yet.
fn basket() -> Draft {
    Draft {
        name: "keranjang anyaman".into(),
        material: "rotan".into(),
        size: "30 x 30 x 25 cm".into(),
        origin: "Malang".into(),
        processing: set(&[Process::Handmade]),
        moq: "200".into(),
        moq_unit: "pcs".into(),
        capacity: "1000".into(),
        capacity_unit: "pcs".into(),
        ..Draft::default()
    }
}

fn listings(drafts: Vec<Draft>) -> Listings {
    let drafts: Vec<Entry> = drafts.into_iter().enumerate().map(|(i, draft)| Entry { id: i as u32, draft }).collect();
    Listings { next_id: drafts.len() as u32, current: drafts.first().map(|e| e.id), drafts, ..Listings::default() }
}

#[test]
fn the_company_profile_of_a_rattan_maker_word_for_word() {
    let catalogue = catalogue(&rattan_profile(), &listings(vec![chair(), basket()]), &glossary());
    assert_eq!(
        catalogue.cover.profile,
        [
            "UD Rotan Jaya is a small business in Malang, East Java, Indonesia, founded in 2015, with 12 employees.",
            "Our products: handmade natural rattan chair and handmade rattan woven basket.",
            "Supply capacity: 500 pieces per month (handmade natural rattan chair); 1000 pieces per month (handmade rattan woven basket).",
            "Registrations and certificates: NIB business registration and SVLK timber legality.",
            "Our products have already been exported through trading partners.",
            "We look forward to your enquiry.",
        ]
    );
    assert_eq!(
        catalogue.cover.profile_id,
        [
            "UD Rotan Jaya adalah usaha kecil di Malang, East Java, Indonesia, berdiri sejak 2015, dengan 12 karyawan.",
            "Produk kami: kursi rotan dan keranjang anyaman.",
            "Kapasitas pasokan: 500 pcs per bulan (kursi rotan); 1000 pcs per bulan (keranjang anyaman).",
            "Izin dan sertifikat: NIB business registration dan SVLK timber legality.",
            "Produk kami sudah diekspor melalui mitra dagang.",
            "Kami menunggu pertanyaan Anda.",
        ]
    );
}

#[test]
fn the_company_profile_of_a_coffee_roaster_word_for_word() {
    let profile = Profile {
        business_name: "Kopi Arjuna".into(),
        region: Some(RegionChoice::EastJava { code: "3573".into() }),
        documents: set(&[HeldDocument::NibCustoms, HeldDocument::Halal, HeldDocument::Pirt]),
        experience: Some(ExportExperience::Direct),
        contact: Contact { founded: "berdiri sejak tahun 2019".into(), staff: "1".into(), ..Contact::default() },
        ..Profile::default()
    };
    let coffee = Draft {
        name: "kopi bubuk".into(),
        brand: "Kopi Arjuna".into(),
        material: "robusta".into(),
        weight: "250 g".into(),
        certifications: set(&[Certification::Halal, Certification::Pirt, Certification::Organic]),
        ..Draft::default()
    };
    let catalogue = catalogue(&profile, &listings(vec![coffee]), &glossary());
    assert_eq!(
        catalogue.cover.profile,
        [
            "Kopi Arjuna is a small business in Malang City, East Java, Indonesia, founded in 2019, with 1 employee.",
            "Our products: robusta ground coffee.",
            "Registrations and certificates: NIB business registration with customs access, P-IRT home-industry food permit, Halal and Organic.",
            "We already export directly to buyers abroad.",
            "We look forward to your enquiry.",
        ]
    );
}

/// Every combination of the eight facts filled or empty: each filled fact is said, each empty
/// one leaves no word behind, and every sentence is whole.
#[test]
fn the_company_profile_never_dangles_whatever_she_filled() {
    let product = Named { en: "handmade rattan chair".into(), id: "kursi rotan".into() };
    for mask in 0u32..256 {
        let on = |bit: u32| mask & (1 << bit) != 0;
        let facts = CompanyFacts {
            business: if on(0) { "UD Rotan Jaya".into() } else { String::new() },
            place: if on(1) { "Malang, East Java, Indonesia".into() } else { "Indonesia".into() },
            founded: on(2).then_some(2015),
            staff: on(3).then(|| "12".to_string()),
            products: if on(4) { vec![product.clone()] } else { vec![] },
            capacities: if on(5) {
                vec![(product.clone(), Named { en: "500 pcs per month".into(), id: "500 pcs per bulan".into() })]
            } else {
                vec![]
            },
            certificates: if on(6) { vec!["Halal".into(), "HACCP".into()] } else { vec![] },
            experience: on(7).then_some(ExportExperience::Direct),
        };
        for lang in [Lang::En, Lang::Id] {
            let sentences = profile_text(&facts, lang);
            let text = sentences.join(" ");
            for sentence in &sentences {
                assert!(sentence.ends_with('.') && !sentence.ends_with(".."), "{mask} {lang:?}: {sentence}");
                assert!(sentence.chars().next().is_some_and(|c| c.is_uppercase()), "{mask} {lang:?}: {sentence}");
            }
            for bad in ["  ", " ,", ",,", ", .", " .", ": .", "in .", "di .", "{", "}"] {
                assert!(!text.contains(bad), "{mask} {lang:?}: {bad:?} in {text}");
            }
            let said = |needle: &str| text.contains(needle);
            assert_eq!(said("UD Rotan Jaya"), on(0), "{mask} {lang:?}: {text}");
            assert_eq!(said("Malang, East Java"), on(1), "{mask} {lang:?}: {text}");
            assert_eq!(said("2015"), on(2), "{mask} {lang:?}: {text}");
            assert_eq!(said("12"), on(3), "{mask} {lang:?}: {text}");
            assert_eq!(said(lang.pick("Produk kami", "Our products")), on(4), "{mask} {lang:?}: {text}");
            assert_eq!(said("500 pcs"), on(5), "{mask} {lang:?}: {text}");
            assert_eq!(said("Halal") && said("HACCP"), on(6), "{mask} {lang:?}: {text}");
            assert_eq!(said(lang.pick("langsung", "directly")), on(7), "{mask} {lang:?}: {text}");
            assert!(said("Indonesia"), "{mask} {lang:?}: the place is always said: {text}");
        }
    }
}

#[test]
fn the_product_list_reads_as_a_list() {
    let named = |en: &str| Named { en: en.into(), id: en.into() };
    let facts = |products: Vec<Named>| CompanyFacts { place: "Indonesia".into(), products, ..CompanyFacts::default() };
    let line = |products: Vec<Named>| profile_text(&facts(products), Lang::En)[1].clone();
    assert_eq!(line(vec![named("chairs")]), "Our products: chairs.");
    assert_eq!(line(vec![named("chairs"), named("baskets")]), "Our products: chairs and baskets.");
    assert_eq!(
        line(vec![named("chairs"), named("baskets"), named("mats.")]),
        "Our products: chairs, baskets and mats."
    );
    let id = profile_text(&facts(vec![named("kursi"), named("tas"), named("tikar")]), Lang::Id);
    assert_eq!(id[1], "Produk kami: kursi, tas dan tikar.");
}

#[test]
fn the_facts_name_each_product_and_certificate_once() {
    let profile = Profile {
        documents: set(&[HeldDocument::Halal, HeldDocument::Other, HeldDocument::Npwp]),
        other_document: "  ISO 9001 ".into(),
        ..Profile::default()
    };
    let a = Draft { name: "kursi rotan".into(), certifications: set(&[Certification::Halal]), ..Draft::default() };
    let b = Draft {
        name: "kursi rotan".into(),
        certifications: set(&[Certification::Other]),
        other_certification: "iso 9001".into(),
        ..Draft::default()
    };
    let glossary = glossary();
    let la = siap_ekspor::domain::listing::generate::generate(&a, &glossary);
    let lb = siap_ekspor::domain::listing::generate::generate(&b, &glossary);
    let facts = facts(&profile, &[(&a, &la), (&b, &lb)]);
    assert_eq!(facts.products.len(), 1, "{facts:?}");
    // The tax number tells a buyer nothing; the other paper is named as she typed it, once.
    assert_eq!(facts.certificates, ["Halal", "ISO 9001"]);
}

#[test]
fn a_year_and_a_head_count_are_read_from_what_she_typed() {
    for (text, expected) in [
        ("2015", Some(2015)),
        ("sejak 2019", Some(2019)),
        ("berdiri 12 Mei 2008", Some(2008)),
        ("1899", None),
        ("20150", None),
        ("dua ribu", None),
        ("", None),
        ("3000", None),
    ] {
        assert_eq!(year(text), expected, "{text:?}");
    }
    for (text, expected) in [
        ("12", Some("12")),
        ("12 orang", Some("12")),
        ("5-10", Some("5-10")),
        ("5 – 10 orang", Some("5-10")),
        ("sekitar 007", Some("7")),
        ("0", None),
        ("lima", None),
        ("", None),
        ("4-4", Some("4")),
    ] {
        assert_eq!(staff(text).as_deref(), expected, "{text:?}");
    }
}

#[test]
fn the_catalogue_holds_the_listings_she_put_in_one_product_each() {
    let mut listings = listings(vec![chair(), Draft::default(), basket()]);
    let glossary = glossary();
    let all = catalogue(&rattan_profile(), &listings, &glossary);
    // The empty draft has no title: no blank page, and nothing to pick.
    assert_eq!(all.items.iter().map(|i| i.id).collect::<Vec<_>>(), [0, 2]);
    let picks = |c: &siap_ekspor::domain::catalog::sheet::Catalogue| {
        c.picks.iter().map(|p| (p.id, p.name.clone(), p.included)).collect::<Vec<_>>()
    };
    assert_eq!(picks(&all), [(0, "kursi rotan".to_string(), true), (2, "keranjang anyaman".to_string(), true)]);
    listings.apply(ListingsEdit::InCatalog(0, false));
    listings.apply(ListingsEdit::InCatalog(0, false));
    assert_eq!(listings.catalog.left_out, [0], "left out once, however often she unticks it");
    let some = catalogue(&rattan_profile(), &listings, &glossary);
    assert_eq!(some.items.iter().map(|i| i.id).collect::<Vec<_>>(), [2]);
    assert_eq!(picks(&some), [(0, "kursi rotan".to_string(), false), (2, "keranjang anyaman".to_string(), true)]);
    // Its profile then names only what is in it.
    assert!(!some.cover.profile.join(" ").contains("chair"), "{:?}", some.cover.profile);
    listings.apply(ListingsEdit::InCatalog(0, true));
    assert_eq!(catalogue(&rattan_profile(), &listings, &glossary).items.len(), 2);
    // A listing that does not exist is not remembered.
    listings.apply(ListingsEdit::InCatalog(9, false));
    assert!(listings.catalog.left_out.is_empty());
    // A listing she did not name is offered by its English title.
    let titled = siap_ekspor::domain::catalog::sheet::catalogue(
        &Profile::default(),
        &self::listings(vec![Draft { title: Some("Teak Salad Bowl".into()), ..Draft::default() }]),
        &glossary,
    );
    assert_eq!(picks(&titled), [(0, "Teak Salad Bowl".to_string(), true)]);
    // An id twice (an edited file) is put back whole.
    listings.catalog.left_out = vec![2, 2];
    listings.apply(ListingsEdit::InCatalog(2, true));
    assert!(listings.catalog.left_out.is_empty());
    // Deleting a listing forgets that it was left out.
    listings.apply(ListingsEdit::InCatalog(2, false));
    listings.apply(ListingsEdit::Delete(2));
    assert!(listings.catalog.left_out.is_empty());
}

/// What the catalogue's page lists before the generator and the glossary have come is exactly
/// what the catalogue then holds: the same listings, names and choices.
#[test]
fn her_products_are_listed_without_the_glossary_as_the_catalogue_holds_them() {
    let cases: [(&str, Draft, &str); 10] = [
        ("her name first", chair(), "kursi rotan"),
        (
            "her English title without a name",
            Draft { title: Some("Teak Salad Bowl".into()), ..Draft::default() },
            "Teak Salad Bowl",
        ),
        (
            "the category without a name",
            Draft { category: "  tas\nanyaman ".into(), ..Draft::default() },
            "tas anyaman",
        ),
        (
            "the material alone",
            Draft { material: "kayu jati solid dari Jepara".into(), ..Draft::default() },
            "kayu jati solid dari Jepara",
        ),
        (
            "a blank title edit is no title",
            Draft { title: Some("   ".into()), category: "kursi".into(), ..Draft::default() },
            "kursi",
        ),
        ("nothing written", Draft::default(), ""),
        ("a weight is no product", Draft { weight: "500 gram".into(), size: "10 cm".into(), ..Draft::default() }, ""),
        ("spaces are nothing", Draft { name: " \t ".into(), ..Draft::default() }, ""),
        ("punctuation names nothing", Draft { name: "...".into(), title: Some("?".into()), ..Draft::default() }, ""),
        ("punctuation is passed over", Draft { name: "-".into(), category: "meja".into(), ..Draft::default() }, "meja"),
    ];
    for (why, draft, expected) in &cases {
        assert_eq!(her_name(draft), *expected, "{why}");
    }
    let mut all = listings(cases.iter().map(|(_, draft, _)| draft.clone()).collect());
    all.apply(ListingsEdit::InCatalog(1, false));
    let listed = picks(&all);
    let named: Vec<_> = listed.iter().map(|p| (p.id, p.name.as_str(), p.included)).collect();
    assert_eq!(
        named,
        [
            (0, "kursi rotan", true),
            (1, "Teak Salad Bowl", false),
            (2, "tas anyaman", true),
            (3, "kayu jati solid dari Jepara", true),
            (4, "kursi", true),
            (9, "meja", true)
        ]
    );
    let held = catalogue(&rattan_profile(), &all, &glossary());
    assert_eq!(held.picks, listed, "the page's list is the catalogue's");
    assert_eq!(held.items.iter().map(|i| i.id).collect::<Vec<_>>(), [0, 2, 3, 4, 9], "the ticked ones");
    // Every product has a title: hers or the generated one (a cleared title is none), else her
    // words (a long material makes no English title).
    let titles: Vec<_> = held.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Handmade Natural Rattan Chair 4.5 kg, 45 x 50 x 90 cm, SVLK Certified",
            "Woven Bag",
            "kayu jati solid dari Jepara",
            "Chair",
            "Table"
        ]
    );
}

proptest! {
    /// Whatever she typed and ticked, the catalogue holds exactly the ticked products of the
    /// page's list, in her order, each with a title that says something.
    #[test]
    fn the_catalogue_holds_the_ticked_picks_each_titled(
        drafts in proptest::collection::vec(
            (any::<String>(), proptest::option::of(any::<String>()), "[ a-z.?-]{0,12}", "[ a-z.?-]{0,12}"),
            0..6,
        ),
        left_out in proptest::collection::vec(0u32..8, 0..4),
    ) {
        let drafts = drafts
            .into_iter()
            .map(|(name, title, category, material)| Draft { name, title, category, material, ..Draft::default() })
            .collect();
        let mut all = listings(drafts);
        for id in left_out {
            all.apply(ListingsEdit::InCatalog(id, false));
        }
        let held = catalogue(&Profile::default(), &all, &glossary());
        let ticked: Vec<u32> = picks(&all).iter().filter(|p| p.included).map(|p| p.id).collect();
        prop_assert_eq!(held.items.iter().map(|i| i.id).collect::<Vec<_>>(), ticked);
        for item in &held.items {
            prop_assert!(item.title.chars().any(char::is_alphanumeric), "{:?}", item.title);
        }
    }
}

#[test]
fn each_item_splits_its_specification_from_its_terms() {
    let mut listings = listings(vec![chair(), basket()]);
    listings.apply(ListingsEdit::ValidUntil("2027-01-31".into()));
    let catalogue = catalogue(&rattan_profile(), &listings, &glossary());
    let chair = &catalogue.items[0];
    assert_eq!(chair.title, "Handmade Natural Rattan Chair 4.5 kg, 45 x 50 x 90 cm, SVLK Certified");
    assert_eq!(chair.name_id, "kursi rotan");
    let labels = |rows: &[(siap_ekspor::domain::listing::generate::SpecLabel, String)]| {
        rows.iter().map(|(l, _)| l.english()).collect::<Vec<_>>()
    };
    assert_eq!(
        labels(&chair.specs),
        ["Material", "Size", "Weight", "Colours and variants", "Origin", "Processing", "Packaging", "Certifications"]
    );
    assert_eq!(
        labels(&chair.terms),
        ["Minimum order", "Price", "Port of loading", "Payment terms", "Delivery time", "Supply capacity", "Samples"]
    );
    assert_eq!(chair.price(), Some("USD 25.50/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
    assert_eq!(chair.valid_until.as_deref(), Some("31 January 2027"));
    // No price, no validity.
    assert_eq!(catalogue.items[1].price(), None);
    assert_eq!(catalogue.items[1].valid_until, None);
    // A date that is not one is not printed.
    let mut bad = listings.clone();
    bad.apply(ListingsEdit::ValidUntil("2027-02-30".into()));
    assert_eq!(
        siap_ekspor::domain::catalog::sheet::catalogue(&rattan_profile(), &bad, &glossary()).items[0].valid_until,
        None
    );
}

#[test]
fn the_cover_gives_only_the_contact_she_entered() {
    let catalogue = catalogue(&rattan_profile(), &listings(vec![]), &glossary());
    assert_eq!(catalogue.cover.business, "UD Rotan Jaya");
    assert_eq!(catalogue.cover.place, "Malang, East Java, Indonesia");
    assert_eq!(
        catalogue.cover.contact,
        [
            (ContactField::Address, "Jl. Raya Karangploso No. 12, Karangploso, Malang".to_string()),
            (ContactField::Phone, "+62 812-3456-7890".to_string()),
            (ContactField::Email, "rotanjaya.export@gmail.com".to_string()),
            (ContactField::Website, "rotanjaya.id".to_string()),
        ]
    );
    let bare = siap_ekspor::domain::catalog::sheet::catalogue(&Profile::default(), &listings(vec![]), &glossary());
    assert!(bare.cover.contact.is_empty());
    assert_eq!(catalogue.cover.name(), "UD Rotan Jaya");
    assert_eq!(bare.cover.name(), "Product catalogue", "without a business name");
    assert!(web_page(&bare, &[]).contains("<h1>Product catalogue</h1>"));
    assert_eq!(bare.cover.place, "Indonesia");
    assert_eq!(bare.cover.profile, ["We are a small business in Indonesia.", "We look forward to your enquiry."]);
}

#[test]
fn the_validity_date_is_checked_against_today() {
    let today = CalendarDate { year: 2026, month: 12, day: 2 };
    for (date, passed) in [
        ("2026-12-01", true),
        ("2025-12-31", true),
        ("2026-12-02", false),
        ("2027-01-31", false),
        ("", false),
        ("kemarin", false),
    ] {
        assert_eq!(validity_passed(date, today), passed, "{date:?}");
    }
    // Days compare as days: the year first, then the month, then the day.
    let day = |year, month, day| CalendarDate { year, month, day };
    assert!(day(2026, 12, 31) < day(2027, 1, 1));
    assert!(day(2026, 2, 28) < day(2026, 10, 1));
    assert!(day(2026, 10, 2) > day(2026, 10, 1));
}

#[test]
fn the_web_page_file_is_named_after_her_business() {
    for (business, name) in [
        ("UD Rotan Jaya", "ud-rotan-jaya-products.html"),
        ("CV. Kopi Arjuna & Co", "cv-kopi-arjuna-co-products.html"),
        ("Kerajinan Bu Sri's", "kerajinan-bu-sri-s-products.html"),
        ("<img src=x onerror=alert(1)>", "img-src-x-onerror-alert-1-products.html"),
        ("", "products.html"),
        ("  ---  ", "products.html"),
        ("Batik Ümmü", "batik-mm-products.html"),
    ] {
        assert_eq!(file_name(business), name, "{business:?}");
    }
    assert!(file_name(&"a".repeat(500)).len() <= 60 + "-products.html".len());
}

/// The whole file for the rattan maker's two products, as `tests/fixtures/catalog-web-page.html`
/// holds it (read it in a browser: it is the page a buyer sees). `UPDATE_FIXTURES=1` rewrites the
/// fixture after a deliberate change; the diff is then reviewed like code.
#[test]
fn the_web_page_of_two_real_products_is_exact() {
    let mut listings = listings(vec![chair(), basket()]);
    listings.apply(ListingsEdit::ValidUntil("2027-01-31".into()));
    let page = web_page(&catalogue(&rattan_profile(), &listings, &glossary()), &[]);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/catalog-web-page.html");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &page).unwrap();
    }
    assert_eq!(page, std::fs::read_to_string(path).unwrap());
}

/// Each product's first photo goes in as an `<img>` with a data URI and the title as its text;
/// a photo of a listing that is not in the catalogue, or anything that is not an image data URI,
/// never reaches the file.
#[test]
fn the_web_page_carries_each_products_first_photo_and_nothing_else() {
    let listings = listings(vec![chair(), basket()]);
    let book = catalogue(&rattan_profile(), &listings, &glossary());
    let (chair_id, basket_id) = (book.items[0].id, book.items[1].id);
    assert_eq!(book.photo_owners(), vec![chair_id, basket_id, siap_ekspor::domain::photos::LOGO]);
    assert_eq!(listings.ids(), vec![chair_id, basket_id]);
    let jpeg = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2w==".to_string();
    let photos = vec![
        (chair_id, jpeg.clone()),
        (basket_id, "data:text/html;base64,PHNjcmlwdD4=".to_string()),
        (basket_id, "javascript:alert(1)".to_string()),
        (999, "data:image/png;base64,iVBORw0KGgo=".to_string()),
    ];
    let page = web_page(&book, &photos);
    let title = &book.items[0].title;
    assert!(page.contains(&format!("<img src=\"{jpeg}\" alt=\"{}\">", escape(title))), "{page}");
    assert_eq!(page.matches("<img ").count(), 1);
    assert!(!page.contains("text/html;base64") && !page.contains("javascript:") && !page.contains("iVBOR"));
    // The photo sits in its product's article, under the title.
    let article = page.find(&format!("<article aria-labelledby=\"product-{chair_id}\">")).unwrap();
    let img = page.find("<img ").unwrap();
    let next = page.find(&format!("<article aria-labelledby=\"product-{basket_id}\">")).unwrap();
    assert!(article < img && img < next);
    // Without photos the page is the one of the fixture: nothing else changes.
    assert_eq!(web_page(&book, &[]).matches("<img").count(), 0);
}

/// Her logo heads the page, named by her business; a logo that is not an image data URI is left out.
#[test]
fn the_web_page_shows_her_logo_in_its_header() {
    use siap_ekspor::domain::photos::LOGO;
    let book = catalogue(&rattan_profile(), &listings(vec![chair()]), &glossary());
    let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==".to_string();
    let page = web_page(&book, &[(LOGO, png.clone())]);
    let header = &page[page.find("<header>").unwrap()..page.find("</header>").unwrap()];
    assert!(
        header.starts_with(&format!("<header>\n<img class=\"logo\" src=\"{png}\" alt=\"UD Rotan Jaya logo\">\n<h1>")),
        "{header}"
    );
    assert_eq!(page.matches("<img").count(), 1, "the logo is not a product's photo");
    let hostile = web_page(&book, &[(LOGO, "data:image/png;base64,x\" onerror=\"alert(1)".to_string())]);
    assert_eq!(hostile.matches("<img").count(), 0);
}

/// The structured data of a page: the one `application/ld+json` block, parsed.
fn structured(page: &str) -> serde_json::Value {
    let start = page.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let end = page[start..].find("</script>").unwrap() + start;
    serde_json::from_str(&page[start..end]).unwrap()
}

#[test]
fn the_structured_data_names_the_organization_and_each_product() {
    let page = web_page(&catalogue(&rattan_profile(), &listings(vec![chair(), basket()]), &glossary()), &[]);
    let data = structured(&page);
    let graph = data["@graph"].as_array().unwrap();
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(graph[0]["@type"], "Organization");
    assert_eq!(graph[0]["name"], "UD Rotan Jaya");
    assert_eq!(graph[0]["telephone"], "+62 812-3456-7890");
    assert_eq!(graph[0]["url"], "https://rotanjaya.id");
    assert_eq!(graph[0]["address"]["addressCountry"], "ID");
    assert_eq!(graph.len(), 3);
    assert_eq!(graph[1]["@type"], "Product");
    assert_eq!(graph[1]["name"], "Handmade Natural Rattan Chair 4.5 kg, 45 x 50 x 90 cm, SVLK Certified");
    assert_eq!(graph[1]["material"], "Natural rattan");
    assert_eq!(graph[1]["manufacturer"]["@id"], "#organization");
}

const HOSTILE: &str = "<img src=x onerror=alert(1)>\"'</script><script>alert(2)</script>&amp;";

/// Every text she types, set to hostile text: the page shows the characters and runs nothing.
#[test]
fn every_field_she_typed_is_escaped_in_the_web_page() {
    let profile = Profile {
        business_name: HOSTILE.into(),
        owner_name: HOSTILE.into(),
        region: Some(RegionChoice::OtherProvince),
        other_region: HOSTILE.into(),
        documents: set(&[HeldDocument::Other]),
        other_document: HOSTILE.into(),
        contact: Contact {
            address: HOSTILE.into(),
            phone: HOSTILE.into(),
            email: HOSTILE.into(),
            founded: HOSTILE.into(),
            staff: HOSTILE.into(),
            website: HOSTILE.into(),
        },
        ..Profile::default()
    };
    let mut draft = Draft {
        name: HOSTILE.into(),
        brand: HOSTILE.into(),
        category: HOSTILE.into(),
        material: HOSTILE.into(),
        size: HOSTILE.into(),
        weight: HOSTILE.into(),
        colour: HOSTILE.into(),
        origin: HOSTILE.into(),
        packaging: HOSTILE.into(),
        certifications: set(&[Certification::Other]),
        other_certification: HOSTILE.into(),
        moq: HOSTILE.into(),
        moq_unit: HOSTILE.into(),
        price: "5".into(),
        price_unit: HOSTILE.into(),
        incoterm: Some(Incoterm::Fob),
        place: HOSTILE.into(),
        delivery_days: HOSTILE.into(),
        capacity: HOSTILE.into(),
        capacity_unit: HOSTILE.into(),
        target_market: HOSTILE.into(),
        ..Draft::default()
    };
    let with_title = Draft { title: Some(HOSTILE.into()), ..draft.clone() };
    draft.name = format!("kursi {HOSTILE}");
    let mut listings = listings(vec![draft, with_title]);
    listings.apply(ListingsEdit::ValidUntil(HOSTILE.into()));
    let catalogue = catalogue(&profile, &listings, &glossary());
    assert_eq!(catalogue.items.len(), 2);
    let page = web_page(&catalogue, &[]);
    // Exactly one script element: the structured data, which no browser runs.
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert_eq!(page.matches("</script>").count(), 1, "{page}");
    assert!(page.contains("<script type=\"application/ld+json\">"));
    for raw in ["<img", "onerror=alert(1)>", "<script>alert", "'</"] {
        assert!(!page.contains(raw), "{raw:?} unescaped in {page}");
    }
    // What she typed is shown as characters.
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&lt;/script&gt;"), "{page}");
    // The structured data still parses, and gives her text back as it was.
    let data = structured(&page);
    assert!(data["@graph"][0]["name"].as_str().unwrap().contains("<img src=x onerror=alert(1)>"));
    // Her website is not a link: it has spaces, so it is not an address.
    assert!(!page.contains("href=\"https://&lt;"), "{page}");
}

#[test]
fn only_web_and_mail_addresses_become_links() {
    let page_with = |website: &str, email: &str| {
        let profile = Profile {
            contact: Contact { website: website.into(), email: email.into(), ..Contact::default() },
            ..Profile::default()
        };
        web_page(&catalogue(&profile, &listings(vec![]), &glossary()), &[])
    };
    assert!(page_with("rotanjaya.id", "").contains("<a href=\"https://rotanjaya.id\">rotanjaya.id</a>"));
    assert!(page_with("https://shopee.co.id/rotanjaya", "").contains("<a href=\"https://shopee.co.id/rotanjaya\">"));
    assert!(page_with("HTTP://Rotan.id", "").contains("<a href=\"HTTP://Rotan.id\">"));
    for hostile in ["javascript:alert(1)//x.id", "data:text/html,x.y", "JavaScript:alert(1).x"] {
        let page = page_with(hostile, "");
        assert!(!page.contains("href=\"javascript") && !page.contains("href=\"data"), "{hostile}: {page}");
        assert!(!page.contains("<a href"), "{hostile}: {page}");
    }
    assert!(page_with("", "info@rotanjaya.id").contains("<a href=\"mailto:info@rotanjaya.id\">info@rotanjaya.id</a>"));
    assert!(!page_with("", "not an address").contains("mailto:"));
    assert!(!page_with("", "rotanjaya.export").contains("mailto:"), "one word without an @ is no address");
    // The structured data names only an address that is one.
    assert_eq!(structured(&page_with("", "info@rotanjaya.id"))["@graph"][0]["email"], "info@rotanjaya.id");
    assert!(structured(&page_with("", "tanya di WA")).pointer("/@graph/0/email").is_none());
    assert!(structured(&page_with("rotanjaya", "")).pointer("/@graph/0/url").is_none());
    assert!(!page_with("rotanjaya", "").contains("<a href"), "a name without a dot is no web address");
    assert!(!page_with("rotan jaya.id", "").contains("<a href"), "nor one with a space");
    assert!(!page_with("", "x@y\" onclick=\"a").contains("onclick=\""), "an address with a quote stays text");
}

#[test]
fn the_page_forbids_scripts_and_requests_and_reads_on_a_phone() {
    let page = web_page(&catalogue(&rattan_profile(), &listings(vec![chair()]), &glossary()), &[]);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains(
        "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\""
    ));
    assert!(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    // Nothing that fetches: no external stylesheet, image, font or frame.
    for fetch in ["<link", "src=\"http", "url(", "@import", "<iframe"] {
        assert!(!page.contains(fetch), "{fetch}");
    }
}

#[test]
fn storage_keeps_only_the_choices_that_name_a_listing() {
    let mut data = AppData { listings: listings(vec![chair()]), ..AppData::default() };
    data.listings.catalog.left_out = vec![0, 7, 0];
    data.listings.catalog.valid_until = "x".repeat(5000);
    let (data, _) = clamp_data(data);
    assert_eq!(data.listings.catalog.left_out, [0, 0]);
    assert_eq!(data.listings.catalog.valid_until, "");
    // Nothing chosen: not written at all.
    let json = serde_json::to_string(&listings(vec![chair()])).unwrap();
    assert!(!json.contains("catalog"), "{json}");
}

proptest! {
    #[test]
    fn escaped_text_has_no_markup(text in any::<String>()) {
        let escaped = escape(&text);
        prop_assert!(!escaped.contains(['<', '>', '"', '\'']));
        let back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        prop_assert_eq!(back, text);
    }

    #[test]
    fn a_json_string_reads_back_and_cannot_close_a_script(text in any::<String>()) {
        let json = json_string(&text);
        prop_assert!(!json.contains(['<', '>', '&']));
        let back: String = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, text);
    }
}

mod first_email {
    use super::*;
    use siap_ekspor::domain::catalog::first_email::{first_email, mailto};
    use siap_ekspor::domain::catalog::signature::{signature, Role};

    #[test]
    fn the_first_email_for_one_product_word_for_word() {
        let mut listings = listings(vec![chair()]);
        listings.apply(ListingsEdit::ValidUntil("2027-01-31".into()));
        let profile = rattan_profile();
        let email =
            first_email(&catalogue(&profile, &listings, &glossary()), "Ms Tanaka", &signature(&profile, Role::Owner));
        assert_eq!(
            email.subject,
            "Handmade Natural Rattan Chair 4.5 kg, 45 x 50 x 90 cm, SVLK Certified from UD Rotan Jaya, Indonesia"
        );
        assert_eq!(
            email.body,
            "Dear Ms Tanaka,

UD Rotan Jaya is a small business in Malang, East Java, Indonesia, founded in 2015, with 12 employees. We would like to offer you the following:

Handmade Natural Rattan Chair 4.5 kg, 45 x 50 x 90 cm, SVLK Certified
- Minimum order: 100 pieces
- Price: USD 25.50/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)
- Price valid until: 31 January 2027
- Payment terms: T/T 30% deposit, 70% balance before shipment; irrevocable L/C at sight
- Delivery time: 30 days after order confirmation
- Supply capacity: 500 pieces per month
- Samples: Paid samples, refunded with the first order

If you are interested, please tell us the quantity you need and your destination, and we will gladly send you a full quotation and our catalogue.

Best regards,
Siti Aminah, Owner
UD Rotan Jaya
Malang, East Java, Indonesia
Phone / WhatsApp: +62 812-3456-7890
E-mail: rotanjaya.export@gmail.com
Website: rotanjaya.id"
        );
    }

    #[test]
    fn for_several_products_each_has_its_own_facts_and_nothing_empty_is_said() {
        let profile = Profile::default();
        let email = first_email(&catalogue(&profile, &listings(vec![chair(), basket()]), &glossary()), "  ", &[]);
        assert_eq!(email.subject, "Products from Indonesia");
        assert!(email.body.starts_with("Dear Sir or Madam,\n\nWe are a small business in Indonesia. We would like"));
        assert!(email.body.contains("Handmade Rattan Woven Basket, 30 x 30 x 25 cm\n- Minimum order: 200 pieces\n- Supply capacity: 1000 pieces per month\n\n"));
        assert!(!email.body.contains("Price valid until"), "no date set");
        assert!(email.body.ends_with("\n\nBest regards,"));
        for bad in [": \n", "- \n", "\n\n\n", "  "] {
            assert!(!email.body.contains(bad), "{bad:?} in {}", email.body);
        }
        // Warm: never asks the buyer to prove anything (docs/design.md).
        for suspicious in ["prove", "verify", "legitimate", "scam"] {
            assert!(!email.body.to_lowercase().contains(suspicious));
        }
    }

    #[test]
    fn with_nothing_picked_it_offers_to_tell_more() {
        let email = first_email(&catalogue(&rattan_profile(), &listings(vec![]), &glossary()), "", &[]);
        assert!(email.body.contains(
            "Indonesia, founded in 2015, with 12 employees. We would be glad to tell you about our products."
        ));
        assert_eq!(email.subject, "Products from UD Rotan Jaya, Indonesia");
    }

    #[test]
    fn the_mail_app_link_carries_subject_and_body_encoded() {
        let email = siap_ekspor::domain::catalog::first_email::FirstEmail {
            subject: "Chair & Table".into(),
            body: "Dear Sir,\n\n- Price: USD 5/pc".into(),
        };
        assert_eq!(
            mailto(&email),
            "mailto:?subject=Chair%20%26%20Table&body=Dear%20Sir%2C%0A%0A-%20Price%3A%20USD%205%2Fpc"
        );
    }
}

#[test]
fn control_characters_are_escaped_in_the_structured_data() {
    assert_eq!(json_string("a\u{1}b\u{7f}c\u{85}\n\t\"\\"), "\"a\\u0001b\\u007fc\\u0085\\n\\t\\\"\\\\\"");
    assert_eq!(json_string("</script>&"), "\"\\u003c/script\\u003e\\u0026\"");
    assert_eq!(json_string("\u{2028}\u{2029}"), "\"\\u2028\\u2029\"");
}
