//! Which checklist items show for which profile, what is done, the progress, the next step, the
//! report to the facilitator; and that the bundled data files are complete and sourced.
#![cfg(not(target_arch = "wasm32"))]

use siap_ekspor::domain::checklist::{self, ChecklistEdit, ChecklistState, Group, Needs, NextStep};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::market::{self, MarketEdit};
use siap_ekspor::domain::model::{AppData, HeldDocument, Product, ProductClass, Profile};
use siap_ekspor::domain::report::report;
use siap_ekspor::domain::workshop::{Question, WorkshopEdit};
use siap_ekspor::i18n::report::{evaluation_text, report_text};

fn item(id: &str, group: &str, extra: &str) -> String {
    format!(
        r#"{{"id":"{id}","group":"{group}",{extra}"title":{{"id":"T {id}","en":"T {id} en"}},"why":{{"id":"w","en":"w"}},"how":{{"id":"h","en":"h"}},"source":{{"id":"s","en":"s"}},"checked":"2026-11-28"}}"#
    )
}

fn fixture() -> checklist::Catalogue {
    let items = [
        item("npwp", "papers", r#""held":"npwp","#),
        item("pirt", "papers", r#""held":"pirt","product_permit":true,"#),
        item("halal", "papers", r#""held":"halal","product_permit":true,"#),
        item("costs", "steps", r#""route":"incoterms","#),
        item("invoice", "shipment", ""),
    ];
    checklist::parse(&format!(r#"{{"checked":"2026-11-28","items":[{}]}}"#, items.join(","))).expect("fixture parses")
}

fn profile_with(documents: &[HeldDocument]) -> Profile {
    Profile {
        business_name: "UD Maju".into(),
        products: vec![Product { id: 0, name: "Keripik tempe".into(), description: String::new(), class: None }],
        documents: documents.iter().copied().collect(),
        ..Profile::default()
    }
}

fn ids(shown: &[checklist::Shown]) -> Vec<String> {
    shown.iter().map(|s| s.item.id.clone()).collect()
}

#[test]
fn product_permits_show_only_when_held_needed_or_ticked() {
    let catalogue = fixture();
    let state = ChecklistState::default();
    let none = checklist::shown(&catalogue.items, &profile_with(&[]), &state, &Needs::new());
    assert_eq!(ids(&none), ["npwp", "costs", "invoice"]);
    let held = checklist::shown(&catalogue.items, &profile_with(&[HeldDocument::Pirt]), &state, &Needs::new());
    assert_eq!(ids(&held), ["npwp", "pirt", "costs", "invoice"]);
    let needed = checklist::shown(&catalogue.items, &profile_with(&[]), &state, &Needs::from(["halal".to_string()]));
    assert_eq!(ids(&needed), ["npwp", "halal", "costs", "invoice"]);
    let mut ticked = ChecklistState::default();
    ticked.apply(ChecklistEdit::Tick { id: "halal".into(), done: true, today: "2026-11-28".into() });
    assert_eq!(
        ids(&checklist::shown(&catalogue.items, &profile_with(&[]), &ticked, &Needs::new())),
        ["npwp", "halal", "costs", "invoice"]
    );
}

#[test]
fn the_profile_pre_ticks_and_her_own_tick_wins() {
    let catalogue = fixture();
    let profile = profile_with(&[HeldDocument::Npwp]);
    let mut state = ChecklistState::default();
    let shown = checklist::shown(&catalogue.items, &profile, &state, &Needs::new());
    assert!(shown[0].done && shown[0].from_profile);
    state.apply(ChecklistEdit::Tick { id: "npwp".into(), done: false, today: "2026-11-28".into() });
    let shown = checklist::shown(&catalogue.items, &profile, &state, &Needs::new());
    assert!(!shown[0].done && !shown[0].from_profile);
    state.apply(ChecklistEdit::Tick { id: "invoice".into(), done: true, today: "2026-11-28".into() });
    state.apply(ChecklistEdit::Note { id: "invoice".into(), text: "template dari fasilitator".into() });
    let shown = checklist::shown(&catalogue.items, &profile, &state, &Needs::new());
    let invoice = shown.iter().find(|s| s.item.id == "invoice").expect("shown");
    assert_eq!((invoice.done, invoice.date, invoice.note), (true, "2026-11-28", "template dari fasilitator"));
}

#[test]
fn progress_per_group_and_overall() {
    let catalogue = fixture();
    let mut state = ChecklistState::default();
    state.apply(ChecklistEdit::Tick { id: "costs".into(), done: true, today: "2026-11-28".into() });
    let shown = checklist::shown(&catalogue.items, &profile_with(&[HeldDocument::Npwp]), &state, &Needs::new());
    let overall = checklist::progress(&shown);
    assert_eq!((overall.done, overall.total, overall.percent()), (2, 3, 66));
    assert_eq!(checklist::group_progress(&shown, Group::Papers).percent(), 100);
    assert_eq!(checklist::group_progress(&shown, Group::Shipment).percent(), 0);
    assert_eq!(checklist::progress(&[]).percent(), 0);
}

#[test]
fn the_next_step_is_the_profile_then_the_first_open_item() {
    let catalogue = fixture();
    let state = ChecklistState::default();
    let empty = Profile::default();
    let shown = checklist::shown(&catalogue.items, &empty, &state, &Needs::new());
    assert_eq!(checklist::next_step(&empty, &shown), NextStep::FillProfile);
    let profile = profile_with(&[HeldDocument::Npwp]);
    let shown = checklist::shown(&catalogue.items, &profile, &state, &Needs::new());
    match checklist::next_step(&profile, &shown) {
        NextStep::Item(item) => assert_eq!(item.id, "costs"),
        other => panic!("expected the costs step, got {other:?}"),
    }
}

#[test]
fn malformed_checklists_are_refused_naming_item_and_field() {
    let bad = [
        (item("A b", "papers", ""), "\"A b\": id"),
        (item("x", "papers", r#""route":"nowhere","#), "\"x\": route"),
        (item("x", "papers", "").replace("\"source\":{\"id\":\"s\"", "\"source\":{\"id\":\" \""), "\"x\": source"),
        (
            item("x", "papers", "").replace("\"source\":{\"id\":\"s\",\"en\":\"s\"}", "\"source\":\"s\""),
            "expected struct Bilingual",
        ),
        (item("x", "papers", "").replace("2026-11-28", "28/11/2026"), "\"x\": checked"),
        (item("x", "papers", "").replace(r#""en":"w""#, r#""en":"""#), "\"x\": why"),
    ];
    for (json, expected) in bad {
        let error = checklist::parse(&format!(r#"{{"checked":"2026-11-28","items":[{json}]}}"#)).expect_err("refused");
        assert!(error.contains(expected), "{error}");
    }
    let twice =
        format!(r#"{{"checked":"2026-11-28","items":[{},{}]}}"#, item("x", "steps", ""), item("x", "steps", ""));
    assert!(checklist::parse(&twice).err().is_some_and(|e| e.contains("twice")));
    assert!(checklist::parse(r#"{"checked":"2026-11-28","items":[{"id":"x","group":"elsewhere"}]}"#).is_err());
}

#[test]
fn the_bundled_checklist_is_complete_and_sourced() {
    let catalogue =
        checklist::parse(include_str!("../assets/data/checklist.json")).expect("checklist.json parses and checks");
    let ids: Vec<&str> = catalogue.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(catalogue.items.iter().filter(|i| i.group == Group::Steps).count(), 7, "the workshop's seven steps");
    assert!(catalogue.items.iter().filter(|i| i.group == Group::Shipment).count() >= 6);
    for held in [
        HeldDocument::Npwp,
        HeldDocument::Nib,
        HeldDocument::NibCustoms,
        HeldDocument::Pirt,
        HeldDocument::Bpom,
        HeldDocument::Halal,
        HeldDocument::SvlkVLegal,
        HeldDocument::Haccp,
    ] {
        assert!(catalogue.items.iter().any(|i| i.held == Some(held)), "an item is pre-ticked by {held:?}");
    }
    for route in ["incoterms", "market", "classify"] {
        assert!(catalogue.items.iter().any(|i| i.route.as_deref() == Some(route)), "a step links to {route} ({ids:?})");
    }
}

#[test]
fn the_bundled_marketplace_guide_is_complete_and_sourced() {
    let guide =
        market::parse(include_str!("../assets/data/marketplaces.json")).expect("marketplaces.json parses and checks");
    for name in ["EC21", "Alibaba.com", "Inaexport", "Amazon", "Etsy", "eBay", "Tradekey"] {
        assert!(guide.markets.iter().any(|m| m.name.eq_ignore_ascii_case(name) || m.name.starts_with(name)), "{name}");
    }
    let ec21 = guide.markets.iter().find(|m| m.id == "ec21").expect("EC21");
    assert!(ec21.steps.len() >= 6, "the workshop's EC21 steps");
    assert!(guide.glossary.len() >= 40);
    assert!(market::parse(r#"{"checked":"2026-11-28","markets":[],"glossary":[{"en":"MOQ","id":""}]}"#).is_err());
}

#[test]
fn the_report_says_what_is_done_and_what_is_next() {
    let mut data = AppData { profile: profile_with(&[HeldDocument::Npwp]), ..Default::default() };
    data.profile.owner_name = "Siti".into();
    let catalogue = fixture();
    let guide = market::parse(r#"{"checked":"2026-11-28","glossary":[],"markets":[{"id":"ec21","name":"EC21","kind":"b2b","site":"ec21.com","who":{"id":"a","en":"a"},"cost":{"id":"a","en":"a"},"language":{"id":"a","en":"a"},"ready":{"id":"a","en":"a"},"source":{"id":"s","en":"s"},"checked":"2026-11-28"}]}"#).expect("guide");
    data.market.apply(MarketEdit::Account("ec21".into(), true));
    data.checklist.apply(ChecklistEdit::Tick { id: "invoice".into(), done: true, today: "2026-11-28".into() });
    let r = report(&data, &catalogue.items, &guide, None);
    let id = report_text(&r, "2026-11-28", Lang::Id);
    assert!(
        id.contains("Usaha: UD Maju") && id.contains("Pemilik: Siti") && id.contains("Produk: Keripik tempe"),
        "{id}"
    );
    assert!(id.contains("66% (2 dari 3)") && id.contains("- T npwp") && id.contains("- T invoice"), "{id}");
    assert!(id.contains("Langkah berikutnya: T costs"), "{id}");
    assert!(
        id.contains("Akun marketplace: sudah (EC21)") && id.contains("Deskripsi produk bahasa Inggris: belum"),
        "{id}"
    );
    let en = report_text(&r, "2026-11-28", Lang::En);
    assert!(en.contains("Marketplace account: yes (EC21)") && en.contains("Next step: T costs en"), "{en}");

    // Classified products say what the classification found.
    let book = siap_ekspor::domain::classify::parse(include_str!("../assets/data/export-rules.json")).expect("rules");
    data.profile.products = vec![
        Product {
            id: 0,
            name: "Keripik tempe".into(),
            class: Some(ProductClass::Rule { id: "tempeh-chips".into() }),
            ..Product::default()
        },
        Product {
            id: 1,
            name: "Kursi jati".into(),
            class: Some(ProductClass::Rule { id: "wooden-furniture".into() }),
            ..Product::default()
        },
        Product {
            id: 2,
            name: "Sepeda".into(),
            class: Some(ProductClass::Hs { code: "871200".into() }),
            ..Product::default()
        },
        Product { id: 3, name: "Madu".into(), ..Product::default() },
    ];
    let r = report(&data, &catalogue.items, &guide, Some(&book));
    let id = report_text(&r, "2026-11-28", Lang::Id);
    assert!(id.contains("Produk: Keripik tempe (Bebas diekspor), Kursi jati (Dibatasi: perlu izin), Sepeda (bebas menurut perkiraan; cek INSW), Madu"), "{id}");
    let en = report_text(&r, "2026-11-28", Lang::En);
    assert!(en.contains("Products: Keripik tempe (Free to export), Kursi jati (Restricted: permit needed), Sepeda (presumed free; check INSW), Madu"), "{en}");
}

#[test]
fn the_evaluation_sheet_keeps_valid_ratings_only() {
    let mut data = AppData::default();
    data.workshop.apply(WorkshopEdit::Rate(Question::Clarity, 5));
    data.workshop.apply(WorkshopEdit::Rate(Question::Usefulness, 9));
    data.workshop.apply(WorkshopEdit::Rate(Question::Facilitator, 0));
    data.workshop.apply(WorkshopEdit::Comments("Lebih banyak contoh".into()));
    let text = evaluation_text(&data.workshop, "UD Maju", "2026-11-28", Lang::Id);
    assert!(text.contains("Materi mudah dipahami: 5/5"), "{text}");
    assert!(text.contains("Bermanfaat untuk usaha saya: -"), "{text}");
    assert!(text.contains("Saran: Lebih banyak contoh"), "{text}");
}

/// The home page decides "fill your profile first" before the checklist has loaded, from the
/// profile alone: a business name and at least one named product.
#[test]
fn the_profile_is_started_with_a_name_and_a_named_product() {
    let started = profile_with(&[]);
    assert!(checklist::profile_started(&started));
    let no_name = Profile { business_name: "  ".into(), ..started.clone() };
    assert!(!checklist::profile_started(&no_name));
    let unnamed_product = Profile {
        products: vec![Product { id: 0, name: " ".into(), description: "x".into(), class: None }],
        ..started.clone()
    };
    assert!(!checklist::profile_started(&unnamed_product));
    let no_product = Profile { products: Vec::new(), ..started };
    assert!(!checklist::profile_started(&no_product));
    assert!(matches!(checklist::next_step(&no_product, &[]), NextStep::FillProfile));
}

/// The issue's journey: she chose and checked a product, priced it, wrote a listing and made an
/// EC21 account, and ticked nothing: those steps count, marked as her work; her own tick wins.
#[test]
fn her_work_in_the_app_counts_as_steps_done_until_she_answers_herself() {
    use siap_ekspor::domain::checklist::Work;
    use siap_ekspor::domain::incoterms::calculator::SaveQuote;
    use siap_ekspor::domain::listing::store::Entry;
    let catalogue =
        checklist::parse(include_str!("../assets/data/checklist.json")).expect("checklist.json parses and checks");
    for id in Work::STEPS {
        assert!(catalogue.items.iter().any(|item| item.id == id && item.group == Group::Steps), "{id} is a step");
    }
    let done = |data: &AppData| -> Vec<String> {
        let shown = checklist::shown_for(&catalogue.items, data, &Needs::new());
        shown.iter().filter(|s| s.item.group == Group::Steps && s.done).map(|s| s.item.id.clone()).collect()
    };
    let mut data = AppData { profile: profile_with(&[]), ..AppData::default() };
    assert!(done(&data).is_empty(), "a named product alone is not a step done");
    assert!(Work::of(&data) == Work::default());

    data.profile.products[0].class = Some(ProductClass::Rule { id: "tempeh-chips".into() });
    assert_eq!(done(&data), ["step-product", "step-rules"]);
    data.calculator = AppData::default().calculator;
    let link =
        siap_ekspor::domain::incoterms::from_query(&siap_ekspor::domain::query::Query::parse("cur=USD&exw=1000")).0;
    data.calculator.apply(siap_ekspor::domain::incoterms::calculator::CalculatorEdit::LoadLink(Box::new(link)));
    data.calculator.save(&SaveQuote { today: "2026-12-02".into(), unit: String::new(), product_name: String::new() });
    assert_eq!(data.calculator.saved.len(), 1);
    data.listings.drafts.push(Entry { id: 0, draft: Default::default() });
    assert_eq!(done(&data), ["step-product", "step-rules", "step-costs"], "an empty listing is not one");
    data.listings.drafts[0].draft.name = "keripik tempe".into();
    data.market.accounts.insert("ec21".into());
    assert_eq!(done(&data), ["step-product", "step-rules", "step-costs", "step-online", "step-b2b"]);
    let shown = checklist::shown_for(&catalogue.items, &data, &Needs::new());
    let costs = shown.iter().find(|s| s.item.id == "step-costs").expect("shown");
    assert!(costs.from_work && !costs.from_profile);

    // Her own "not yet" wins over what the app saw; her own tick is hers, not the app's.
    data.checklist.apply(ChecklistEdit::Tick { id: "step-costs".into(), done: false, today: String::new() });
    data.checklist.apply(ChecklistEdit::Tick { id: "step-b2b".into(), done: true, today: "2026-12-02".into() });
    assert_eq!(done(&data), ["step-product", "step-rules", "step-online", "step-b2b"]);
    let shown = checklist::shown_for(&catalogue.items, &data, &Needs::new());
    let b2b = shown.iter().find(|s| s.item.id == "step-b2b").expect("shown");
    assert!(b2b.done && !b2b.from_work, "ticked by her");

    // The report counts them, and says she wrote a listing.
    let guide = market::parse(include_str!("../assets/data/marketplaces.json")).expect("guide");
    let r = report(&data, &catalogue.items, &guide, None);
    assert!(r.listing_written, "a listing written in the app");
    assert!(r.done.iter().any(|item| item.id == "step-online"));
}
