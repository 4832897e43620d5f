//! One set of limits for typing, share links and imports (`domain::limits`), the question a share
//! link asks over her own numbers (`domain::share_link`), and what the data page says about storage.
#![cfg(not(target_arch = "wasm32"))]

use siap_ekspor::domain::change::{apply, Change, ProfileEdit};
use siap_ekspor::domain::incoterms::calculator::{CalculatorEdit, SaveQuote, SavedQuote};
use siap_ekspor::domain::incoterms::{from_query, Field, Form, Incoterm};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::limits::{
    clamp_data, clamp_form, within_limits, Cut, ListKind, TextKind, MAX_FIELD_TEXT, MAX_LISTINGS, MAX_LONG_TEXT,
    MAX_PRODUCTS, MAX_SAVED_QUOTES, MAX_SHORT_TEXT,
};
use siap_ekspor::domain::listing::store::{Entry, ListingsEdit};
use siap_ekspor::domain::model::{AppData, Product};
use siap_ekspor::domain::persist::decode;
use siap_ekspor::domain::query::Query;
use siap_ekspor::domain::share_link::{arrival, incoming, Arrival, Incoming};
use siap_ekspor::domain::storage_status::{has_real_data, size_text, Protection, SiteUsage};
use siap_ekspor::i18n::limits::{catalogue, cut_text};

fn chars(text: &str) -> usize {
    text.chars().count()
}

#[test]
fn a_long_destination_in_a_link_is_cut_as_typing_is_and_named() {
    let query = Query::parse(&format!("cur=USD&exw=10000&to={}", "x".repeat(100_000)));
    let (form, _) = from_query(&query);
    let (form, cuts) = clamp_form(form);
    assert_eq!(chars(&form.to), MAX_FIELD_TEXT);
    assert_eq!(form.exw, "10000");
    assert_eq!(
        cuts,
        vec![Cut::Text { what: TextKind::CalculatorField(Field::Destination), max: MAX_FIELD_TEXT, count: 1 }]
    );
    assert_eq!(cut_text(cuts[0], Lang::En), "Calculator: Destination: cut to 120 characters");
    // Typed, the same text is cut to the same length.
    let typed = apply(
        &AppData::default(),
        Change::Calculator(CalculatorEdit::Field(Field::Destination, "x".repeat(100_000), String::new())),
    );
    assert_eq!(typed.calculator.form.to, form.to);
}

#[test]
fn an_address_is_a_share_link_when_it_carries_a_calculator_field() {
    // Not a link: no query, only the language, an unknown key.
    for query in ["", "lang=en", "q=kopi", "product=2"] {
        assert_eq!(incoming(&Query::parse(query)), None, "{query:?}");
    }
    // A link: read, its problems said, its cuts named.
    let link = incoming(&Query::parse("cur=USD&qty=100&exw=10000&freight=1200&to=Rotterdam")).expect("a link");
    assert_eq!((link.form.exw.as_str(), link.form.to.as_str(), link.problems), ("10000", "Rotterdam", false));
    assert!(link.cuts.is_empty());
    let unreadable = incoming(&Query::parse("exw=banyak")).expect("a link, unreadable");
    assert!(unreadable.problems);
    let Incoming { form, cuts, .. } =
        incoming(&Query::parse(&format!("exw=1&to={}", "x".repeat(500)))).expect("a link");
    assert_eq!(chars(&form.to), MAX_FIELD_TEXT);
    assert_eq!(cuts.len(), 1);
}

#[test]
fn an_import_beyond_the_limits_is_cut_and_every_cut_is_named() {
    let mut data = AppData::default();
    data.profile.business_name = "B".repeat(5 * 1024 * 1024);
    data.profile.products =
        (0..60).map(|id| Product { id, name: format!("Produk {id}"), ..Product::default() }).collect();
    data.profile.products[3].description = "d".repeat(MAX_LONG_TEXT + 1);
    data.calculator.saved = (0..40)
        .map(|id| SavedQuote {
            id,
            saved_on: "2026-12-01".into(),
            rule: Incoterm::Fob,
            line: format!("q{id}"),
            form: Form::default(),
            currency: None,
            product: None,
            fill: None,
        })
        .collect();
    data.listings.drafts = (0..35).map(|id| Entry { id, draft: Default::default() }).collect();
    data.listings.current = Some(34);
    data.checklist.ticks.insert("n".repeat(500), Default::default());
    data.workshop.comments = "c".repeat(MAX_LONG_TEXT * 2);
    assert!(!within_limits(&data));

    let (cut, cuts) = clamp_data(data);
    assert_eq!(chars(&cut.profile.business_name), MAX_SHORT_TEXT);
    assert_eq!(cut.profile.products.len(), MAX_PRODUCTS);
    assert_eq!(cut.profile.products[0].name, "Produk 0", "the first products are kept");
    assert_eq!(cut.calculator.saved.len(), MAX_SAVED_QUOTES);
    assert_eq!(cut.calculator.saved[0].line, "q10", "the newest quotes are kept");
    assert_eq!(cut.listings.drafts.len(), MAX_LISTINGS);
    assert_eq!(cut.listings.current, Some(29), "the listing she edits is one that is kept");
    assert!(cut.checklist.ticks.keys().all(|id| chars(id) <= 100));
    assert_eq!(chars(&cut.workshop.comments), MAX_LONG_TEXT);
    assert!(within_limits(&cut));
    assert_eq!(clamp_data(cut.clone()), (cut, Vec::new()), "cutting again changes nothing");

    assert!(cuts.contains(&Cut::Text { what: TextKind::BusinessName, max: MAX_SHORT_TEXT, count: 1 }));
    assert!(cuts.contains(&Cut::Items { what: ListKind::Products, found: 60, kept: MAX_PRODUCTS }));
    assert!(cuts.contains(&Cut::Items { what: ListKind::SavedQuotes, found: 40, kept: MAX_SAVED_QUOTES }));
    assert!(cuts.contains(&Cut::Items { what: ListKind::Listings, found: 35, kept: MAX_LISTINGS }));
    let named: Vec<String> = cuts.iter().map(|c| cut_text(*c, Lang::Id)).collect();
    assert!(named.contains(&"Produk: 60 di dalamnya, hanya 50 yang pertama disimpan".to_string()), "{named:?}");
    assert!(named.contains(&"Nama usaha: dipotong menjadi 200 karakter".to_string()), "{named:?}");
    assert!(
        cut_text(Cut::Items { what: ListKind::SavedQuotes, found: 40, kept: 30 }, Lang::En).contains("newest"),
        "saved quotes keep the newest, as the calculator does"
    );
}

#[test]
fn many_cut_texts_of_one_kind_make_one_line() {
    let mut data = AppData::default();
    data.profile.products =
        (0..3).map(|id| Product { id, name: "n".repeat(MAX_SHORT_TEXT + 5), ..Product::default() }).collect();
    let (_, cuts) = clamp_data(data);
    assert_eq!(cuts, vec![Cut::Text { what: TextKind::ProductName, max: MAX_SHORT_TEXT, count: 3 }]);
    assert_eq!(cut_text(cuts[0], Lang::En), "Product name (3): each cut to 200 characters");
}

#[test]
fn a_document_within_the_limits_is_untouched() {
    let data = decode(include_str!("fixtures/schema-v2.json")).expect("fixture");
    assert!(within_limits(&data));
    assert_eq!(clamp_data(data.clone()).0, data);
    let cut_chars = clamp_form(Form { to: "é".repeat(MAX_FIELD_TEXT + 3), ..Form::default() }).0;
    assert_eq!(chars(&cut_chars.to), MAX_FIELD_TEXT, "cut by characters, never inside one");
}

#[test]
fn every_kind_of_cut_has_a_name_in_both_languages() {
    for (id, en) in catalogue() {
        assert!(!id.trim().is_empty() && !en.trim().is_empty());
    }
}

fn typed(fields: &[(Field, &str)]) -> AppData {
    fields.iter().fold(AppData::default(), |data, (field, text)| {
        apply(&data, Change::Calculator(CalculatorEdit::Field(*field, (*text).into(), "2026-12-03".into())))
    })
}

#[test]
fn a_link_asks_before_it_replaces_her_own_numbers() {
    let link = from_query(&Query::parse("cur=USD&exw=10000&freight=1200")).0;
    // Nothing typed: fill.
    assert_eq!(arrival(&AppData::default().calculator, &link, None), Arrival::Fill);
    // Her numbers, which price FOB: ask, and she may save them first.
    let mine = typed(&[(Field::Currency, "USD"), (Field::Goods, "35.000")]);
    assert_eq!(arrival(&mine.calculator, &link, None), Arrival::Ask { can_save: true });
    // Numbers that price nothing yet (no goods value): ask, nothing to save as a quote.
    let partial = typed(&[(Field::Freight, "900")]);
    assert_eq!(arrival(&partial.calculator, &link, None), Arrival::Ask { can_save: false });
    // Kept as a saved quote: nothing is lost by filling.
    let mut saved = mine.clone();
    saved.calculator.save(&SaveQuote { today: "2026-12-03".into(), unit: String::new(), product_name: String::new() });
    assert_eq!(saved.calculator.saved.len(), 1);
    assert_eq!(arrival(&saved.calculator, &link, None), Arrival::Fill);
    // The same link again: nothing changes.
    let same = apply(&AppData::default(), Change::Calculator(CalculatorEdit::LoadLink(Box::new(link.clone()))));
    let same = apply(&same, Change::Calculator(CalculatorEdit::Field(Field::Rate, String::new(), String::new())));
    assert_eq!(arrival(&same.calculator, &link, None), Arrival::Fill);
    // An earlier link's numbers, unchanged, are the link's: another link fills the form.
    let other = from_query(&Query::parse("cur=USD&exw=777")).0;
    assert_eq!(arrival(&same.calculator, &other, Some(&link)), Arrival::Fill);
    // Changed by her, they are hers.
    let changed = apply(&same, Change::Calculator(CalculatorEdit::Field(Field::Freight, "1300".into(), String::new())));
    assert_eq!(arrival(&changed.calculator, &other, Some(&link)), Arrival::Ask { can_save: true });
}

#[test]
fn real_data_is_a_name_a_product_a_quote_or_a_listing_not_a_language() {
    assert!(!has_real_data(&AppData::default()));
    assert!(!has_real_data(&apply(&AppData::default(), Change::SetLang(Lang::En))));
    assert!(has_real_data(&apply(&AppData::default(), Change::Profile(ProfileEdit::BusinessName("UD".into())))));
    assert!(has_real_data(&apply(&AppData::default(), Change::Profile(ProfileEdit::AddProduct))));
    assert!(has_real_data(&apply(&AppData::default(), Change::Listings(ListingsEdit::New(None)))));
    assert!(!has_real_data(&apply(&AppData::default(), Change::Profile(ProfileEdit::BusinessName("  ".into())))));
}

#[test]
fn sizes_and_protection_read_as_she_expects() {
    assert_eq!(size_text(0, Lang::En), "0 KB");
    assert_eq!(size_text(1, Lang::En), "1 KB");
    assert_eq!(size_text(350 * 1024, Lang::Id), "350 KB");
    assert_eq!(size_text(1_258_291, Lang::Id), "1,2 MB");
    assert_eq!(size_text(1_258_291, Lang::En), "1.2 MB");
    assert_eq!(size_text(25 * 1024 * 1024, Lang::En), "25 MB");
    assert_eq!(size_text(3 * 1024 * 1024 * 1024, Lang::En), "3.0 GB");
    assert_eq!(size_text(u64::MAX, Lang::En), "16777216 TB");
    assert_eq!(SiteUsage { used: 10, quota: 4 }.left(), 0);
    assert_eq!(Protection::from_code(1), Protection::Protected);
    assert_eq!(Protection::from_code(0), Protection::AtRisk);
    assert_eq!(Protection::from_code(-1), Protection::Unknown);
    assert!(!Protection::Protected.remind_backup());
    assert!(Protection::AtRisk.remind_backup() && Protection::Unknown.remind_backup());
}

#[test]
fn an_import_with_too_many_or_too_long_export_documents_is_cut_and_named() {
    use siap_ekspor::domain::documents::store::{MAX_BLOCK_TEXT, MAX_DOCUMENTS, MAX_LINES, MAX_TEXT};
    use siap_ekspor::domain::documents::{DocField, LineField};
    let mut data = decode(include_str!("fixtures/schema-v3.json")).expect("v3 fixture");
    assert!(within_limits(&data), "the fixture is within the limits");
    let mut template = data.documents.items[0].clone();
    template.set(DocField::BuyerAddress, "a".repeat(MAX_BLOCK_TEXT + 1));
    template.set(DocField::BuyerName, "n".repeat(MAX_TEXT + 1));
    let line = template.lines[0].clone();
    template.lines = vec![line; MAX_LINES + 5];
    template.lines[0].set(LineField::Unit, "u".repeat(MAX_TEXT * 3));
    data.documents.items = (0..MAX_DOCUMENTS as u32 + 10)
        .map(|id| siap_ekspor::domain::documents::Document { id, ..template.clone() })
        .collect();
    data.documents.current = Some(MAX_DOCUMENTS as u32 + 5);
    data.documents.letterhead.set(DocField::SellerName, "s".repeat(MAX_TEXT + 2));

    let (cut, cuts) = clamp_data(data);
    assert_eq!(cut.documents.items.len(), MAX_DOCUMENTS, "the first documents are kept");
    assert_eq!(cut.documents.current, None, "the open document was cut: the list opens");
    let first = &cut.documents.items[0];
    assert_eq!(first.lines.len(), MAX_LINES);
    assert_eq!(chars(first.get(DocField::BuyerAddress)), MAX_BLOCK_TEXT);
    assert_eq!(chars(first.get(DocField::BuyerName)), MAX_TEXT);
    assert_eq!(chars(first.lines[0].get(LineField::Unit)), MAX_TEXT);
    assert_eq!(chars(cut.documents.letterhead.get(DocField::SellerName)), MAX_TEXT);
    assert!(within_limits(&cut));
    assert!(cuts.contains(&Cut::Items { what: ListKind::Documents, found: MAX_DOCUMENTS + 10, kept: MAX_DOCUMENTS }));
    assert!(cuts.contains(&Cut::Items { what: ListKind::DocumentLines, found: MAX_LINES + 5, kept: MAX_LINES }));
    assert!(cuts.contains(&Cut::Text { what: TextKind::DocumentBlock, max: MAX_BLOCK_TEXT, count: MAX_DOCUMENTS }));
    // Every document's name, its unit and the letterhead's name: one line for all of them.
    assert!(cuts.contains(&Cut::Text { what: TextKind::DocumentField, max: MAX_TEXT, count: 2 * MAX_DOCUMENTS + 1 }));
    assert_eq!(
        cut_text(Cut::Items { what: ListKind::Documents, found: 70, kept: 60 }, Lang::Id),
        "Dokumen ekspor: 70 di dalamnya, hanya 60 yang pertama disimpan"
    );
}

#[test]
fn an_import_with_too_many_workshop_sessions_or_reports_is_cut_and_named() {
    use siap_ekspor::domain::workshop::session::{Received, Session, MAX_REPORTS, MAX_SESSIONS};
    let mut data = AppData::default();
    let report = Received { from: "f".repeat(MAX_SHORT_TEXT + 1), stamp: String::new(), code: "SE1".into() };
    let session = Session {
        id: "ws1".into(),
        title: "t".repeat(MAX_SHORT_TEXT + 1),
        write_up: "w".repeat(MAX_LONG_TEXT + 1),
        reports: vec![report; MAX_REPORTS + 1],
        ..Session::default()
    };
    data.sessions.list = vec![session; MAX_SESSIONS + 2];
    data.workshop.participant = "p".repeat(500);
    let (cut, cuts) = clamp_data(data);
    assert_eq!(cut.sessions.list.len(), MAX_SESSIONS);
    assert_eq!(cut.sessions.list[0].reports.len(), MAX_REPORTS);
    assert_eq!(chars(&cut.sessions.list[0].title), MAX_SHORT_TEXT);
    assert_eq!(chars(&cut.sessions.list[0].write_up), MAX_LONG_TEXT);
    assert_eq!(chars(&cut.workshop.participant), 100);
    assert!(within_limits(&cut));
    assert!(cuts.contains(&Cut::Items { what: ListKind::Sessions, found: MAX_SESSIONS + 2, kept: MAX_SESSIONS }));
    assert!(cuts.contains(&Cut::Items { what: ListKind::SessionReports, found: MAX_REPORTS + 1, kept: MAX_REPORTS }));
    assert!(cut_text(Cut::Items { what: ListKind::Sessions, found: 52, kept: 50 }, Lang::En)
        .starts_with("Workshop sessions: 52"));
}
