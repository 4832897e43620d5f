//! Every page rendered to a string with Yew's server renderer, in both languages, from real data.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use siap_ekspor::app::{Boot, Shell, ShellProps};
use siap_ekspor::domain::documents::{DocField, LineField};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::persist::decode;
use siap_ekspor::domain::route::{Location, Route};
use siap_ekspor::domain::storage_status::{CopyKind, RecoveredCopy, SaveState, StorageHealth};
use siap_ekspor::storage::Store;
use yew::LocalServerRenderer;

fn fixture(lang: Lang) -> AppData {
    let mut data = decode(include_str!("fixtures/schema-v2.json")).expect("fixture");
    data.settings.lang = lang;
    data
}

async fn render_with(data: AppData, health: StorageHealth, hash: &str, embed: bool) -> String {
    let boot = Boot {
        data: data.into(),
        health,
        bytes_used: 1234,
        store: Rc::new(Store::memory()),
        location: Location::parse_hash(hash),
        embed,
    };
    LocalServerRenderer::<Shell>::with_props(ShellProps { boot: Rc::new(boot) }).hydratable(false).render().await
}

async fn render(lang: Lang, hash: &str) -> String {
    render_with(fixture(lang), StorageHealth::local(), hash, false).await
}

#[tokio::test]
async fn every_route_renders_a_heading_in_both_languages() {
    for lang in Lang::ALL {
        for route in Route::ALL {
            let html = render(lang, &route.href()).await;
            assert!(html.contains("<h1"), "{route:?} {lang:?}: no h1");
            // Its own page: an address the router does not know would render a heading too.
            assert!(!html.contains("data-testid=\"not-found\""), "{route:?} {lang:?}: the not-found page");
            assert!(html.contains("data-testid=\"lang-switch\""), "{route:?}: no language switch");
            assert!(html.contains(&format!("data-route=\"{}\"", route.path())));
        }
    }
}

#[tokio::test]
async fn pages_speak_the_chosen_language() {
    let id = render(Lang::Id, "#/profile").await;
    let en = render(Lang::En, "#/profile").await;
    assert!(id.contains("Profil usaha") && id.contains("Nama usaha") && id.contains("Kabupaten Gresik"));
    assert!(en.contains("Business profile") && en.contains("Business name") && en.contains("Regency of Gresik"));
    assert!(!en.contains("Nama usaha"));
    assert!(id.contains(">English<") && en.contains(">Bahasa Indonesia<"));
}

#[tokio::test]
async fn the_profile_shows_stored_values() {
    let html = render(Lang::Id, "#/profile").await;
    assert!(html.contains("value=\"CV Rotan Jaya\""));
    assert!(html.contains("Kursi rotan"));
    assert!(html.contains("data-percent=\"87\""), "7 of 8 sections");
    assert!(html.contains("for=\"business-name\""), "labelled input");
}

#[tokio::test]
async fn user_text_is_escaped() {
    let mut data = fixture(Lang::Id);
    data.profile.business_name = "<script>alert(1)</script>".into();
    let html = render_with(data, StorageHealth::local(), "#/profile", false).await;
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn an_unknown_address_says_so() {
    assert!(render(Lang::En, "#/nowhere").await.contains("data-testid=\"not-found\""));
}

/// The `data-testid="commodity-result"` elements of a page, as (status, hs) pairs in order.
fn results(html: &str) -> Vec<(String, String)> {
    html.split("data-testid=\"commodity-result\"")
        .skip(1)
        .map(|rest| {
            let attr = |name: &str| {
                rest.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .unwrap_or_default()
                    .to_string()
            };
            (attr("data-status"), attr("data-hs"))
        })
        .collect()
}

#[tokio::test]
async fn classify_answers_her_words_with_status_documents_and_source_in_both_languages() {
    let id = render(Lang::Id, "#/classify?q=kursi%20jati").await;
    let en = render(Lang::En, "#/classify?q=kursi%20jati").await;
    for html in [&id, &en] {
        let found = results(html);
        assert_eq!(found.first(), Some(&("restricted".to_string(), "940161".to_string())), "{found:?}");
        assert!(html.contains("data-doc=\"svlk\""), "V-Legal listed");
        assert!(html.contains("value=\"kursi jati\""), "the query from the address is in the box");
    }
    assert!(
        id.contains("Dibatasi: perlu izin") && id.contains("Dokumen V-Legal") && id.contains("(diperiksa 2026-11-28)")
    );
    assert!(id.contains("Wajib dari Indonesia") && id.contains("Dari: "));
    assert!(
        en.contains("Restricted: permit needed")
            && en.contains("V-Legal document")
            && en.contains("(checked 2026-11-28)")
    );
    assert!(en.contains("Required by Indonesia") && !en.contains("Wajib dari Indonesia"));
    // The icon is there beside the words, hidden from screen readers.
    assert!(id.contains("aria-hidden=\"true\" class=\"status-icon\">!"));
}

#[tokio::test]
async fn classify_answers_porang_as_prohibited_and_says_when_only_a_qualifier_matched() {
    for lang in [Lang::Id, Lang::En] {
        let porang = render(lang, "#/classify?q=porang").await;
        let found = results(&porang);
        assert_eq!(found.first(), Some(&("prohibited".to_string(), "071490".to_string())), "{found:?}");
        assert!(porang.contains("data-rule=\"porang-tubers\"") && !porang.contains("data-rule=\"fresh-fruit-veg\""));
    }
    let id = render(Lang::Id, "#/classify?q=beku").await;
    assert!(id.contains("Hanya cocok dengan kata keadaan barang"), "the qualifier-only notice in Indonesian");
    let en = render(Lang::En, "#/classify?q=beku").await;
    assert!(en.contains("Matches only a word for how the goods are kept"), "the qualifier-only notice in English");
    // Her product word is unknown: no rule that only "beku" fits.
    let unknown = render(Lang::Id, "#/classify?q=brokoli%20beku").await;
    assert!(results(&unknown).is_empty(), "{:?}", results(&unknown));
    let ship = render(Lang::Id, "#/classify?q=keripik%20tempe").await;
    assert!(ship.contains("data-doc=\"bpom-ske\""), "BPOM's export certificate for snacks");
}

#[tokio::test]
async fn classify_shows_design_cases_and_uncertain_rules_point_to_insw() {
    let cases = [
        ("bijih%20nikel", "prohibited", "2604"),
        ("barang%20antik", "prohibited", "9706"),
        ("kopi%20green%20bean", "free", "090111"),
        ("udang%20beku", "free", "030617"),
        ("rotan%20mentah", "prohibited", "140120"),
        ("0901.11", "free", "090111"),
    ];
    for (query, status, hs) in cases {
        let html = render(Lang::Id, &format!("#/classify?q={query}")).await;
        let found = results(&html);
        assert_eq!(found.first(), Some(&(status.to_string(), hs.to_string())), "{query}: {found:?}");
    }
    let shrimp = render(Lang::En, "#/classify?q=frozen%20shrimp").await;
    assert!(shrimp.contains("data-doc=\"health-certificate\""));
    let walet = render(Lang::Id, "#/classify?q=sarang%20walet").await;
    assert!(
        walet.contains("data-testid=\"check-insw\"") && walet.contains("INSW (insw.go.id)"),
        "bird's nest is marked uncertain"
    );
}

#[tokio::test]
async fn classify_offers_hs_codes_outside_the_rules_as_presumed_free() {
    for (lang, words) in [(Lang::Id, "Tidak ada di aturan kami"), (Lang::En, "Not in our rules")] {
        let html = render(lang, "#/classify?q=8712").await;
        let found = results(&html);
        assert_eq!(found.first(), Some(&("free".to_string(), "8712".to_string())), "{found:?}");
        assert!(html.contains("data-kind=\"hs\"") && html.contains(words));
        assert!(html.contains("lang=\"en\">Bicycles and other cycles"));
    }
}

#[tokio::test]
async fn classify_answers_bad_input_calmly() {
    let cases = [
        ("", "data-testid=\"classify-status\""),
        ("%F0%9F%99%82", "Tulis nama barang dengan huruf"),
        ("1", "Kode HS terdiri dari 2 sampai 10 angka"),
        ("0000", "Tidak ada kode HS yang diawali 0000"),
        ("zzqxw%20vbnm", "Belum ada di aturan kami"),
    ];
    for (query, expected) in cases {
        let html = render(Lang::Id, &format!("#/classify?q={query}")).await;
        assert!(html.contains(expected), "{query}: {expected}");
        assert!(results(&html).is_empty(), "{query}");
    }
    let empty = render(Lang::En, "#/classify").await;
    assert!(empty.contains("class=\"chip\"") && empty.contains("href=\"#/classify?q=kopi%20bubuk\""), "examples");
}

#[tokio::test]
async fn a_classified_product_puts_its_permits_on_the_checklist() {
    use siap_ekspor::domain::model::ProductClass;
    let plain = render(Lang::En, "#/checklist").await;
    assert!(!plain.contains("data-item=\"health-certificate\""), "no health certificate without cause");
    let mut data = fixture(Lang::En);
    let product = data.profile.products.first_mut().expect("fixture has a product");
    product.class = Some(ProductClass::Rule { id: "shrimp-frozen".into() });
    let html = render_with(data.clone(), StorageHealth::local(), "#/checklist", false).await;
    assert!(
        html.contains("data-item=\"health-certificate\"") && html.contains("data-item=\"haccp\""),
        "needed by frozen shrimp"
    );
    assert!(html.contains("Products: Kursi rotan (Free to export)"), "the report says what it is");
    let classify = render_with(data, StorageHealth::local(), "#/classify", false).await;
    assert!(classify.contains("data-class=\"rule:shrimp-frozen\""));
}

#[tokio::test]
async fn storage_notices_appear_when_due() {
    let fine = render(Lang::Id, "#/").await;
    for testid in ["storage-unavailable", "storage-recovered", "storage-save-failed", "embed-notice"] {
        assert!(!fine.contains(testid), "{testid} shown without cause");
    }
    let memory = render_with(fixture(Lang::En), StorageHealth::memory_only(), "#/", false).await;
    assert!(
        memory.contains("data-testid=\"storage-unavailable\"") && memory.contains("Browser storage cannot be used")
    );
    let mut health = StorageHealth::local();
    health.recovered = vec![RecoveredCopy { key: "siap-ekspor:recovered:1".into(), bytes: 9, kind: CopyKind::Damaged }];
    health.save = SaveState::Failed;
    let damaged = render_with(fixture(Lang::Id), health, "#/", false).await;
    assert!(
        damaged.contains("data-testid=\"storage-recovered\"") && damaged.contains("data-testid=\"recovered-download\"")
    );
    assert!(damaged.contains("data-kind=\"damaged\""));
    assert!(damaged.contains("data-testid=\"storage-save-failed\""));
}

#[tokio::test]
async fn another_tabs_version_kept_aside_is_announced_in_both_languages() {
    for (lang, words) in [(Lang::Id, "dua tab atau jendela"), (Lang::En, "two tabs or windows")] {
        let mut health = StorageHealth::local();
        health.recovered =
            vec![RecoveredCopy { key: "siap-ekspor:recovered:1:tab".into(), bytes: 90, kind: CopyKind::OtherTab }];
        let html = render_with(fixture(lang), health, "#/profile", false).await;
        assert!(html.contains("data-kind=\"other-tab\""), "{lang:?}");
        assert!(html.contains(words), "{lang:?}: the notice says what happened");
        assert!(html.contains("data-testid=\"recovered-download\""));
    }
}

#[tokio::test]
async fn her_text_is_isolated_where_it_sits_in_a_sentence() {
    let override_name = "\u{202e}gnp.exe";
    let mut data = fixture(Lang::En);
    data.profile.products[0].name = override_name.into();
    let classify = render_with(data.clone(), StorageHealth::local(), "#/classify", false).await;
    assert!(classify.contains(&format!("<bdi>{override_name}</bdi>")), "the product list isolates names");
    data.calculator.saved.push(siap_ekspor::domain::incoterms::calculator::SavedQuote {
        id: 0,
        saved_on: "2026-12-01".into(),
        rule: siap_ekspor::domain::incoterms::Incoterm::Fob,
        line: format!("FOB {override_name} USD 1.00/kg"),
        form: Default::default(),
        currency: None,
        product: Some(siap_ekspor::domain::incoterms::calculator::QuoteProduct { id: 0, name: override_name.into() }),
        fill: None,
    });
    let home = render_with(data.clone(), StorageHealth::local(), "#/", false).await;
    assert!(home.contains(&format!("<bdi>FOB {override_name} USD 1.00/kg</bdi>")), "the last quote on the home page");
    let incoterms = render_with(data, StorageHealth::local(), "#/incoterms", false).await;
    assert!(incoterms.contains(&format!("<bdi>FOB {override_name} USD 1.00/kg</bdi>")), "saved quotes");
    assert!(incoterms.contains(&format!("<bdi>{override_name}</bdi>")), "the product a quote is for");
}

#[tokio::test]
async fn embed_mode_is_compact_and_explains_where_data_lives() {
    let html = render_with(fixture(Lang::Id), StorageHealth::local(), "#/profile", true).await;
    assert!(html.contains("class=\"app embed\""));
    assert!(html.contains("data-testid=\"embed-notice\""));
    assert!(html.contains("href=\"./#/profile\""));
    // Off wasm the shell draws at once what a browser draws after the first paint (src/app.rs):
    // the footer is there on its own, never in the embedded app (also end to end, embed.test.mjs).
    assert!(!html.contains("class=\"footer\""));
    let standalone = render_with(fixture(Lang::Id), StorageHealth::local(), "#/profile", false).await;
    assert!(standalone.contains("class=\"footer\""));
}

#[tokio::test]
async fn the_data_page_offers_backup_restore_and_reset() {
    let html = render(Lang::En, "#/data").await;
    for testid in ["export-backup", "import-file", "reset-data", "storage-usage"] {
        assert!(html.contains(&format!("data-testid=\"{testid}\"")), "{testid}");
    }
    assert!(html.contains("siap-ekspor-backup-YYYY-MM-DD.json"));
    assert!(html.contains("data-bytes=\"1234\""));
}

#[tokio::test]
async fn home_shows_progress_and_the_next_step() {
    let html = render(Lang::En, "#/").await;
    assert!(html.contains("Business profile: 7 of 8 sections filled"));
    // Her profile is started, so the next step is the first open item of the checklist (the NPWP,
    // which has no page of its own: "continue" opens the checklist).
    assert_eq!(testid_text(&html, "next-step"), Some("Tax ID number (NPWP)"));
    assert_eq!(testid_attr(&html, "continue", "href"), Some("#/checklist"));
    assert!(html.contains("No quote yet"));
    let empty = render_with(AppData::default(), StorageHealth::local(), "#/", false).await;
    assert!(empty.contains("0 dari 8 bagian terisi"));
    // Nothing filled in: the next step is the profile.
    assert_eq!(testid_text(&empty, "next-step"), Some("Lengkapi profil usaha Anda"));
    assert_eq!(testid_attr(&empty, "continue", "href"), Some("#/profile"));
    let mut quoted = with_calculator(Lang::En, ISSUE_LINK);
    quoted.calculator.save(&siap_ekspor::domain::incoterms::calculator::SaveQuote {
        today: "2026-11-28".into(),
        ..Default::default()
    });
    let home = render_with(quoted, StorageHealth::local(), "#/", false).await;
    assert!(
        home.contains("Last quote: <bdi>USD 103.70/unit FOB"),
        "the home page shows the last saved quote, isolated"
    );
}

fn with_calculator(lang: Lang, query: &str) -> AppData {
    use siap_ekspor::domain::incoterms::from_query;
    use siap_ekspor::domain::query::Query;
    let mut data = fixture(lang);
    data.calculator.form = from_query(&Query::parse(query)).0;
    data
}

const ISSUE_LINK: &str = "cur=USD&qty=100&exw=10000&load=150&inland=100&clear=120&thc=0&freight=1200&ins=0.3&ins_a=0.5&dthc=0&oncarriage=0&unload=80&broker=150&duty=5&vat=21&basis=cif&mode=sea&rate=16250";

#[tokio::test]
async fn the_calculator_prices_every_rule_with_data_amounts() {
    let html = render_with(with_calculator(Lang::En, ISSUE_LINK), StorageHealth::local(), "#/incoterms", false).await;
    for rule in ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"] {
        assert!(html.contains(&format!("data-testid=\"quote-{rule}\"")), "{rule}");
    }
    assert!(html.contains("data-testid=\"quote-CIF\" data-amount=\"11608.31\""));
    assert!(html.contains("data-testid=\"quote-FCA\" data-amount=\"10370.00\""));
    assert!(html.contains("USD 11,608.31"));
    // CIF USD 11,608.31 × 16,250 = IDR 188,635,037.5.
    assert!(html.contains("≈ IDR 188,635,038"), "converted with the rate");
    assert!(!html.contains("data-testid=\"mode-warning\""), "sea freight: no warning");
    assert!(html.contains("data-testid=\"exw-warning\""));
    assert!(html.contains("data-testid=\"who-pays\""));
    // FOB USD 10,370 for 100 units, no unit named.
    assert!(html.contains("<bdi>USD 103.70/unit FOB (Incoterms® 2020)</bdi>"), "the buyer's price line");
}

#[tokio::test]
async fn the_calculator_speaks_both_languages_and_warns_about_air_freight() {
    let link = ISSUE_LINK.replace("mode=sea", "mode=air");
    let id = render_with(with_calculator(Lang::Id, &link), StorageHealth::local(), "#/incoterms", false).await;
    let en = render_with(with_calculator(Lang::En, &link), StorageHealth::local(), "#/incoterms", false).await;
    assert_eq!(id.matches("data-testid=\"mode-warning\"").count(), 4, "FAS, FOB, CFR, CIF");
    assert!(id.contains("Hitung harga ekspor") && id.contains("hanya untuk angkutan laut"));
    assert!(en.contains("Export price calculator") && en.contains("is for sea and inland waterway only"));
    assert!(id.contains("USD 11.608,31"), "Indonesian number format");
}

#[tokio::test]
async fn bad_numbers_get_a_message_and_no_price() {
    let html = render_with(
        with_calculator(Lang::Id, "cur=USD&exw=10000&freight=abc&ins=95"),
        StorageHealth::local(),
        "#/incoterms",
        false,
    )
    .await;
    assert!(html.contains("data-testid=\"error-freight\""));
    assert!(html.contains("data-testid=\"error-ins\""));
    assert!(html.contains("data-testid=\"quote-FOB\" data-amount=\"10000.00\""));
    assert!(!html.contains("data-testid=\"quote-CFR\" data-amount"), "no price from a number she did not mean");
    let empty = render_with(AppData::default(), StorageHealth::local(), "#/incoterms", false).await;
    assert!(empty.contains("data-testid=\"results-empty\""));
}

#[tokio::test]
async fn the_checklist_shows_groups_progress_and_profile_ticks_in_both_languages() {
    let id = render(Lang::Id, "#/checklist").await;
    let en = render(Lang::En, "#/checklist").await;
    for group in ["papers", "steps", "shipment"] {
        assert!(id.contains(&format!("data-testid=\"group-{group}\"")), "{group}");
    }
    assert!(id.contains("Daftar periksa ekspor") && id.contains("dari profil Anda"));
    assert!(en.contains("Export checklist") && en.contains("from your profile"));
    // The fixture holds NIB, NIB with customs access and SVLK: those items are ticked.
    assert!(id.contains("data-item=\"svlk\" data-done=\"true\""), "a held permit is ticked");
    assert!(id.contains("data-testid=\"progress-overall\""));
    assert!(id.contains("data-testid=\"report-text\"") && id.contains("Usaha: CV Rotan Jaya"));
    assert!(en.contains("Business: CV Rotan Jaya"));
    assert_eq!(
        id.matches("data-testid=\"checklist-item\"").count(),
        en.matches("data-testid=\"checklist-item\"").count()
    );
}

#[tokio::test]
async fn the_marketplace_guide_explains_b2b_and_b2c_in_both_languages() {
    let id = render(Lang::Id, "#/market").await;
    let en = render(Lang::En, "#/market").await;
    assert!(id.contains("data-testid=\"market-ec21\"") && id.contains("data-testid=\"steps-ec21\""));
    assert!(id.contains("B2B: jual partai ke pebisnis") && en.contains("B2B: selling in quantity to businesses"));
    // The form words: "MOQ" alone is also in the guides' steps.
    let glossary = en.split("data-testid=\"glossary\"").nth(1).and_then(|g| g.split("</dl>").next());
    assert!(glossary.is_some_and(|g| g.contains("<dt lang=\"en\">MOQ / Minimum Order Quantity</dt>")), "{glossary:?}");
}

#[tokio::test]
async fn the_listing_builder_writes_english_and_checks_it_in_both_languages() {
    use siap_ekspor::domain::listing::draft::{DraftEdit, TextField};
    use siap_ekspor::domain::listing::store::ListingsEdit;
    let mut data = fixture(Lang::Id);
    data.listings.apply(ListingsEdit::New(data.profile.products.first().cloned()));
    data.listings.apply(ListingsEdit::Edit(DraftEdit::Text(TextField::Material, "rotan alami".into())));
    let id = render_with(data.clone(), StorageHealth::local(), "#/describe", false).await;
    data.settings.lang = Lang::En;
    let en = render_with(data, StorageHealth::local(), "#/describe", false).await;
    assert!(id.contains("data-testid=\"listing-title\"") && id.contains("data-testid=\"marketplace\""));
    assert_eq!(testid_attr(&id, "listing-title", "value"), Some("Natural Rattan Chair"), "translated");
    assert!(id.contains("data-rule=\"missing-moq\"") && id.contains("data-rule=\"missing-price\""));
    assert!(id.contains("Deskripsi produk bahasa Inggris") && en.contains("English product listing"));
    assert!(en.contains("data-rule=\"missing-moq\"><strong>The minimum order is incomplete.</strong>"));
    for reply in ["thanks", "travelling", "clarify", "quotation"] {
        assert!(en.contains(&format!("data-testid=\"reply-{reply}\"")), "{reply}");
    }
    // Her photos: the picker is a labelled file input for the camera or the gallery, described by
    // the help text; none are read yet when the page is first drawn.
    assert!(id.contains("<input type=\"file\" id=\"photo-add\" accept=\"image/*\" aria-describedby=\"photo-help\" data-testid=\"photo-add\" multiple=\"multiple\" class=\"visually-hidden-file\">"), "{id}");
    assert!(id.contains("<label for=\"photo-add\" class=\"button file-button\">Tambah foto</label>"), "{id}");
    assert!(en.contains("<label for=\"photo-add\" class=\"button file-button\">Add a photo</label>"));
    assert_eq!(testid_text(&id, "photo-count"), Some("0 dari 6 foto"));
    assert_eq!(testid_text(&en, "photo-count"), Some("0 of 6 photos"));
    // Deleting the listing is asked first (the button only asks).
    assert!(id.contains("data-testid=\"listing-delete\"") && !id.contains("data-testid=\"listing-delete-confirm\""));
    let empty = render_with(AppData::default(), StorageHealth::local(), "#/describe", false).await;
    assert!(empty.contains("data-testid=\"describe-start\""));
}

/// The static skeleton in index.html shows the home page's heading and introduction before the
/// wasm runs; they must stay the words the app then renders in the same place.
#[test]
fn the_static_skeleton_matches_the_home_page() {
    use siap_ekspor::i18n::HomeMsg;
    let index = include_str!("../index.html");
    let title = HomeMsg::Title.text(Lang::Id);
    assert!(index.contains(&format!("<h1>{title}</h1>")), "index.html lacks the title {title}");
    // The document's title is the one the shell gives the home page in Indonesian, which it then
    // leaves as it is (browser::set_language_and_title sets only what differs).
    let page_title = format!(
        "{} · {}",
        siap_ekspor::i18n::labels::route_title(siap_ekspor::domain::route::Route::Home).text(Lang::Id),
        siap_ekspor::i18n::ShellMsg::AppName.text(Lang::Id)
    );
    assert!(index.contains(&format!("<title>{page_title}</title>")), "index.html lacks the title {page_title}");
    for lang in Lang::ALL {
        let intro = HomeMsg::Intro.text(lang);
        assert!(index.contains(intro), "index.html lacks the introduction in {lang:?}: {intro}");
    }
}

/// The workshop page with a session: its QR code, drawn by the page as an SVG path, decodes to
/// the session link shown beside it.
#[tokio::test]
async fn the_workshop_page_draws_a_qr_code_of_its_session_link() {
    use siap_ekspor::domain::change::{apply, Change};
    use siap_ekspor::domain::workshop::session::SessionsEdit;
    for lang in Lang::ALL {
        let mut data = fixture(lang);
        data =
            apply(&data, Change::Sessions(SessionsEdit::Create { id: "ab12cd34".into(), date: "2026-12-03".into() }));
        let html = render_with(data, StorageHealth::local(), "#/workshop", false).await;
        assert!(html.contains("data-testid=\"workshop-title\""), "{lang:?}");
        assert_eq!(testid_attr(&html, "workshop-participants", "data-count"), Some("0"), "{lang:?}");
        let link = html
            .split("data-testid=\"workshop-link\"")
            .next()
            .and_then(|before| before.rsplit("href=\"").next())
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_string();
        assert!(link.ends_with("?ws=ab12cd34#/"), "{link}");
        let svg = html.split("data-testid=\"workshop-qr\"").nth(1).unwrap_or_default();
        let path = svg.split(" d=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or_default();
        let view: usize = html
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert_eq!(decode_qr_path(path, view).as_deref(), Some(link.as_str()), "{lang:?}");
        assert!(html.contains(if lang == Lang::Id { "Yang disimpan halaman ini" } else { "What this page stores" }));
    }
}

/// The modules of an SVG path of `M{x},{y}h{n}v1h-{n}z` runs, read by a QR decoder from pixels.
fn decode_qr_path(path: &str, view: usize) -> Option<String> {
    let scale = 4;
    let side = view * scale;
    let mut pixels = vec![255u8; side * side];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h')?;
        let (x, y) = xy.split_once(',')?;
        let (x, y): (usize, usize) = (x.parse().ok()?, y.parse().ok()?);
        let n: usize = rest.split('v').next()?.parse().ok()?;
        for py in y * scale..(y + 1) * scale {
            for px in x * scale..(x + n) * scale {
                *pixels.get_mut(py * side + px)? = 0;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
    let (_, content) = image.detect_grids().first()?.decode().ok()?;
    Some(content)
}

#[tokio::test]
async fn amounts_written_with_words_are_read_and_the_reading_is_shown() {
    let link = "cur=IDR&exw=15%20juta&freight=500rb&load=250000";
    let id = page(with_calculator(Lang::Id, link), "#/incoterms").await;
    let en = page(with_calculator(Lang::En, link), "#/incoterms").await;
    // EXW: 15 × 1,000,000 = 15,000,000.
    assert!(id.contains("data-testid=\"quote-EXW\" data-amount=\"15000000.00\""), "{id}");
    assert!(id.contains("Dibaca: Rp 15.000.000") && id.contains("Dibaca: Rp 500.000"));
    assert!(en.contains("Read as: IDR 15,000,000") && en.contains("Read as: IDR 500,000"));
    assert!(!id.contains("data-testid=\"read-load\""), "plain digits need no reading");
}

/// A page as she sees it, storage healthy: the tests of the calculator and the listing builder
/// go through this one place.
async fn page(data: AppData, hash: &str) -> String {
    render_with(data, StorageHealth::local(), hash, false).await
}

/// The option each select marks `selected`, by the select's id.
fn selected_option(html: &str, select_id: &str) -> Option<String> {
    let at = html.find(&format!("<select id=\"{select_id}\""))?;
    let rest = html.get(at..)?;
    let select = rest.split("</select>").next()?;
    select
        .split("<option")
        .skip(1)
        .find(|o| o.split('>').next().is_some_and(|tag| tag.contains("selected")))
        .map(|o| o.split("value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_string())
}

#[tokio::test]
async fn every_select_marks_the_choice_the_state_holds() {
    // A fresh calculator prices in rupiah, by sea, with duty on the CIF value, and quotes FOB: its
    // selects say so (before the fix no option was marked and the browser showed the last one).
    for lang in Lang::ALL {
        let html = page(with_calculator(lang, "exw=1000"), "#/incoterms").await;
        assert_eq!(selected_option(&html, "calc-cur").as_deref(), Some("IDR"), "{lang:?}");
        assert_eq!(selected_option(&html, "calc-mode").as_deref(), Some("sea"));
        assert_eq!(selected_option(&html, "calc-basis").as_deref(), Some("cif"));
        assert_eq!(selected_option(&html, "quote-rule").as_deref(), Some("FOB"));
        assert!(html.contains("data-currency=\"IDR\" data-mode=\"sea\" data-basis=\"cif\""));
    }
    // An unknown code from a link shows the choice the prices use, with the error under it.
    let html = page(with_calculator(Lang::En, "exw=1000&mode=ship&cur=usd"), "#/incoterms").await;
    assert_eq!(selected_option(&html, "calc-mode").as_deref(), Some("sea"));
    assert_eq!(selected_option(&html, "calc-cur").as_deref(), Some("USD"));
    assert!(html.contains("data-testid=\"error-mode\""));
}

/// The issue's keripik tempe: rupiah costs, sea freight quoted in dollars, 1.000 bungkus.
const KERIPIK: &str = "cur=IDR&qty=1.000&unit=bungkus&moq=500&exw=15.000.000&load=250.000&inland=1.000.000&clear=500.000&thc=500.000&freight=400&freight_cur=USD&rate=16.250&from=Tanjung%20Perak%2C%20Surabaya";

#[tokio::test]
async fn a_dollar_freight_line_is_converted_and_the_conversion_shown_in_both_languages() {
    let id = page(with_calculator(Lang::Id, KERIPIK), "#/incoterms").await;
    let en = page(with_calculator(Lang::En, KERIPIK), "#/incoterms").await;
    // CFR = FOB 17,250,000 + 400 × 16,250 = Rp 23,750,000 (not Rp 17,250,400).
    for html in [&id, &en] {
        assert!(html.contains("data-testid=\"quote-CFR\" data-amount=\"23750000.00\""), "{html}");
        assert_eq!(selected_option(html, "calc-freight_cur").as_deref(), Some("USD"));
        assert_eq!(selected_option(html, "calc-load_cur").as_deref(), Some("IDR"), "a blank line follows the form");
        assert!(html.contains("data-testid=\"converted-freight\""));
    }
    assert!(id.contains("USD 400,00 dengan kurs Rp 16.250 per USD = Rp 6.500.000"), "{id}");
    assert!(en.contains("USD 400.00 at IDR 16,250 per USD = IDR 6,500,000"));
    assert!(
        id.contains("<label for=\"calc-freight_cur\" class=\"visually-hidden\">Mata uang: ongkos angkut utama</label>")
    );
    // The same 400 typed in a rupiah line is flagged.
    let rupiah = KERIPIK.replace("&freight_cur=USD", "");
    let id = page(with_calculator(Lang::Id, &rupiah), "#/incoterms").await;
    let en = page(with_calculator(Lang::En, &rupiah), "#/incoterms").await;
    assert!(id.contains("data-testid=\"small-freight\"") && id.contains("Rp 400 kurang dari satu dolar AS"));
    assert!(en.contains("IDR 400 is less than one US dollar"));
    // Without the rate the dollar line says what it needs.
    let no_rate = KERIPIK.replace("&rate=16.250", "");
    let en = page(with_calculator(Lang::En, &no_rate), "#/incoterms").await;
    assert!(
        en.contains("data-testid=\"error-freight\"") && en.contains("enter the exchange rate (rupiah per USD) above")
    );
}

#[tokio::test]
async fn the_buyers_price_line_is_in_dollars_per_pack_with_its_minimum_order_in_both_languages() {
    for lang in Lang::ALL {
        let html = page(with_calculator(lang, KERIPIK), "#/incoterms").await;
        // FOB Rp 17,250,000 / 16,250 = USD 1,061.54; / 1,000 = 1.06 a pack (glossary: bungkus = pack).
        assert!(
            html.contains(
                "><bdi>USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 packs</bdi></p>"
            ),
            "{lang:?}: {html}"
        );
        assert!(html.contains("data-testid=\"quote-line\" data-rule=\"FOB\" data-currency=\"USD\""));
        assert_eq!(selected_option(&html, "quote-currency").as_deref(), Some("USD"));
        assert!(html.contains("value=\"500\""), "the minimum order from the link");
    }
    let id = page(with_calculator(Lang::Id, KERIPIK), "#/incoterms").await;
    let en = page(with_calculator(Lang::En, KERIPIK), "#/incoterms").await;
    assert!(id.contains("Dihitung dari biaya dalam IDR dengan kurs Rp 16.250 per USD."));
    assert!(en.contains("Converted from costs in IDR at IDR 16,250 per USD."));
    // Without a rate there is no dollar line, and she is told why.
    let no_rate = KERIPIK.replace("&rate=16.250", "").replace("&freight_cur=USD", "");
    let id = page(with_calculator(Lang::Id, &no_rate), "#/incoterms").await;
    assert!(
        id.contains("data-reason=\"rate\"")
            && id.contains("Isi kurs (rupiah per 1 USD) di bagian atas untuk baris harga dalam USD")
    );
    // A minimum order that is not a number withholds the line.
    let bad = KERIPIK.replace("moq=500", "moq=lima%20ratus");
    let en = page(with_calculator(Lang::En, &bad), "#/incoterms").await;
    assert!(en.contains("data-testid=\"error-moq\"") && en.contains("data-reason=\"moq\""));
}

#[tokio::test]
async fn destination_prices_wait_for_destination_costs_in_both_languages() {
    let link = "cur=USD&exw=10000&freight=1200&ins=0.3";
    let id = page(with_calculator(Lang::Id, link), "#/incoterms").await;
    let en = page(with_calculator(Lang::En, link), "#/incoterms").await;
    for html in [&id, &en] {
        assert!(html.contains("data-testid=\"quote-CFR\" data-amount=\"11200.00\""));
        for rule in ["DAP", "DPU", "DDP"] {
            assert!(
                html.contains(&format!("data-testid=\"quote-{rule}\" class=\"rule unpriced\"")),
                "{rule} has no amount"
            );
        }
        assert!(html.contains("data-testid=\"needs-costs\" data-fields=\"dthc oncarriage\""));
        assert!(html.contains("data-fields=\"dthc oncarriage unload\""));
    }
    assert!(id.contains("Belum dihitung: isi dulu \"Biaya terminal tujuan (THC tujuan)\", \"Angkutan lanjutan ke tempat tujuan\". Tulis 0 bila memang tidak ada biayanya."));
    assert!(en.contains("Not priced yet: first enter \"Destination terminal charges\", \"On-carriage to the named place\". Write 0 if there is no such cost."));
    // Explicit zeros price DAP: CPT 11,200.
    let zero = page(with_calculator(Lang::En, &format!("{link}&dthc=0&oncarriage=0")), "#/incoterms").await;
    assert!(zero.contains("data-testid=\"quote-DAP\" data-amount=\"11200.00\""));
}

#[tokio::test]
async fn fas_takes_its_own_cost_and_cip_names_the_rate_it_used_in_both_languages() {
    let link = "cur=USD&exw=10000&load=150&inland=100&clear=120&alongside=80&freight=1200&ins=0.3";
    let id = page(with_calculator(Lang::Id, link), "#/incoterms").await;
    let en = page(with_calculator(Lang::En, link), "#/incoterms").await;
    for html in [&id, &en] {
        // FCA 10,370; FAS + 80 = 10,450.
        assert!(html.contains("data-testid=\"quote-FCA\" data-amount=\"10370.00\""));
        assert!(html.contains("data-testid=\"quote-FAS\" data-amount=\"10450.00\""));
        assert!(html.contains("id=\"calc-alongside\""));
        assert!(html.contains("data-testid=\"cip-rate-note\""));
    }
    assert!(
        id.contains("Bawa barang ke samping kapal (dermaga)")
            && id.contains("CIP dihitung dengan tarif klausul C (0,3%)")
    );
    assert!(
        en.contains("Bringing the goods alongside the ship (quay)")
            && en.contains("CIP is priced with the clauses C rate (0.3%)")
    );
    let own = page(with_calculator(Lang::En, &format!("{link}&ins_a=0.5")), "#/incoterms").await;
    assert!(!own.contains("data-testid=\"cip-rate-note\""), "its own clauses A rate: nothing to say");
}

#[tokio::test]
async fn a_saved_quote_says_which_product_it_is_for_in_both_languages() {
    use siap_ekspor::domain::incoterms::calculator::{CalculatorEdit, SaveQuote};
    for (lang, words) in [(Lang::Id, "Untuk: <bdi>Kursi rotan</bdi>"), (Lang::En, "For: <bdi>Kursi rotan</bdi>")] {
        let mut data = with_calculator(lang, KERIPIK);
        data.calculator.apply(CalculatorEdit::Product(Some(0)));
        let save = SaveQuote { today: "2026-11-28".into(), unit: "pack".into(), product_name: "Kursi rotan".into() };
        data.calculator.save(&save);
        let html = page(data, "#/incoterms").await;
        assert!(html.contains(words), "{lang:?}");
        assert_eq!(selected_option(&html, "quote-product").as_deref(), Some("0"));
    }
}

#[tokio::test]
async fn clearing_the_form_is_a_button_that_asks_first_in_both_languages() {
    // The question itself appears on tap (tests/e2e/incoterms.test.mjs); here the button and no
    // question before it, in each language.
    for (lang, words) in [(Lang::Id, ">Kosongkan formulir</button>"), (Lang::En, ">Clear the form</button>")] {
        let html = page(with_calculator(lang, ISSUE_LINK), "#/incoterms").await;
        assert!(html.contains("data-testid=\"clear-form\"") && html.contains(words), "{lang:?}");
        assert!(!html.contains("data-testid=\"clear-confirm\""));
    }
    use siap_ekspor::i18n::IncotermsMsg;
    assert_eq!(IncotermsMsg::ClearYes.text(Lang::Id), "Ya, kosongkan");
    assert_eq!(IncotermsMsg::ClearAsk.text(Lang::En), "Clear every field of the calculator? Saved quotes stay.");
}

/// A listing filled in everywhere, for the checks.
fn full_listing(lang: Lang, name: &str) -> AppData {
    use siap_ekspor::domain::incoterms::Incoterm;
    use siap_ekspor::domain::listing::draft::{Certification, DraftEdit, PaymentTerm, SamplePolicy, TextField};
    use siap_ekspor::domain::listing::store::ListingsEdit;
    use siap_ekspor::domain::money::Currency;
    let mut data = fixture(lang);
    data.listings.apply(ListingsEdit::New(None));
    let texts = [
        (TextField::Name, name),
        (TextField::Brand, "Dapur Bu Sri"),
        (TextField::Material, "tempe, minyak kelapa, garam"),
        (TextField::Weight, "100 g"),
        (TextField::Origin, "Malang"),
        (TextField::Packaging, "kantong"),
        (TextField::Moq, "50"),
        (TextField::MoqUnit, "karton"),
        (TextField::Price, "25"),
        (TextField::PriceUnit, "karton"),
        (TextField::Place, "Tanjung Perak, Surabaya"),
        (TextField::DeliveryDays, "14"),
        (TextField::Capacity, "200"),
        (TextField::CapacityUnit, "karton"),
        (TextField::TargetMarket, "Malaysia, Singapore, Jepang"),
    ];
    for (field, text) in texts {
        data.listings.apply(ListingsEdit::Edit(DraftEdit::Text(field, text.into())));
    }
    for edit in [
        DraftEdit::Currency(Currency::Usd),
        DraftEdit::Incoterm(Some(Incoterm::Fob)),
        DraftEdit::Certification(Certification::Halal, true),
        DraftEdit::Payment(PaymentTerm::TtAdvance, true),
        DraftEdit::Sample(Some(SamplePolicy::FreeSample)),
    ] {
        data.listings.apply(ListingsEdit::Edit(edit));
    }
    data
}

#[tokio::test]
async fn countries_are_names_and_the_score_is_not_full_while_something_needs_fixing_in_both_languages() {
    for (lang, full, less, whole) in [
        (Lang::Id, "Kelengkapan: 100/100", "Kelengkapan: 95/100", "Kata \"keripik tempe goyang\" tidak ada di kamus"),
        (Lang::En, "Completeness: 100/100", "Completeness: 95/100", "\"keripik tempe goyang\" is not in the glossary"),
    ] {
        let html = page(full_listing(lang, "keripik tempe"), "#/describe").await;
        assert!(!html.contains("data-testid=\"lint-finding\""), "{lang:?}: Malaysia and Singapore are names");
        assert!(
            html.contains("<th scope=\"row\">Target markets</th><td><bdi>Malaysia, Singapore, Japan</bdi></td>"),
            "{html}"
        );
        assert!(html.contains(full) && html.contains("data-score=\"100\""));
        // A word the glossary does not know, after a noun it knows: reported whole, and the score
        // is no longer full.
        let html = page(full_listing(lang, "keripik tempe goyang"), "#/describe").await;
        assert!(html.contains("data-rule=\"untranslated-word\""), "{lang:?}");
        assert!(html.contains(whole) && !html.contains("Tempeh Chips Goyang"), "{lang:?}");
        assert!(html.contains(less) && html.contains("data-score=\"95\""), "{lang:?}");
    }
}

#[tokio::test]
async fn quantities_and_the_listing_price_say_how_they_were_read_in_both_languages() {
    use siap_ekspor::domain::listing::draft::{DraftEdit, TextField};
    use siap_ekspor::domain::listing::store::ListingsEdit;
    for (lang, qty, moq, price) in [
        (Lang::Id, "Dibaca: 2.000", "Dibaca: 1.500", "Dibaca: USD 5,80"),
        (Lang::En, "Read as: 2,000", "Read as: 1,500", "Read as: USD 5.80"),
    ] {
        let data = with_calculator(lang, "cur=USD&exw=1000&qty=2%20ribu&moq=1%2C5%20rb");
        let html = page(data, "#/incoterms").await;
        assert_eq!(testid_text(&html, "read-qty"), Some(qty), "{lang:?}");
        assert_eq!(testid_text(&html, "read-moq"), Some(moq), "{lang:?}");
        let mut data = fixture(lang);
        data.listings.apply(ListingsEdit::New(None));
        data.listings.apply(ListingsEdit::Edit(DraftEdit::Text(TextField::Price, "5,80".into())));
        let html = page(data, "#/describe").await;
        assert_eq!(testid_text(&html, "read-price"), Some(price), "{lang:?}");
    }
}

/// An attribute of the first element with this `data-testid`.
fn testid_attr<'a>(html: &'a str, testid: &str, name: &str) -> Option<&'a str> {
    let at = html.find(&format!("data-testid=\"{testid}\""))?;
    let start = html.get(..at)?.rfind('<')?;
    let tag = html.get(start..)?.split('>').next()?;
    tag.split(&format!(" {name}=\"")).nth(1)?.split('"').next()
}

/// The text of the first element with this `data-testid`, up to its first child tag.
fn testid_text<'a>(html: &'a str, testid: &str) -> Option<&'a str> {
    let rest = html.split(&format!("data-testid=\"{testid}\"")).nth(1)?;
    let rest = rest.split_once('>')?.1;
    rest.split('<').next()
}

fn documents_fixture(lang: Lang) -> AppData {
    let mut data = decode(include_str!("fixtures/schema-v3.json")).expect("v3 fixture");
    data.settings.lang = lang;
    data
}

#[tokio::test]
async fn documents_show_the_open_proforma_in_english_around_her_language() {
    let id = render_with(documents_fixture(Lang::Id), StorageHealth::local(), "#/documents", false).await;
    let en = render_with(documents_fixture(Lang::En), StorageHealth::local(), "#/documents", false).await;
    for html in [&id, &en] {
        assert!(html.contains("data-testid=\"doc-editor\""), "the open document");
        let total =
            html.split("data-testid=\"doc-total\"").nth(1).and_then(|t| t.split_once('>')).map(|(attrs, _)| attrs);
        assert!(total.is_some_and(|a| a.contains("data-amount=\"5800.00\"")), "the total contract: {total:?}");
        assert_eq!(testid_text(html, "doc-total"), Some("USD 5,800.00"));
        assert_eq!(testid_text(html, "doc-amount-words"), Some("US Dollars Five Thousand Eight Hundred Only"));
        assert!(html.contains("US Dollars Five Thousand Eight Hundred Only"), "in words");
        // The language switch carries a lang="en" too: the sheet's own.
        assert!(html.contains(">PROFORMA INVOICE<"));
        assert_eq!(testid_attr(html, "doc-sheet", "lang"), Some("en"), "the document is English");
        assert!(html.contains("FOB Tanjung Perak, Surabaya (Incoterms® 2020)"));
        assert!(html.contains("data-testid=\"doc-complete\""), "complete");
        assert!(!html.contains("data-testid=\"doc-draft\""), "no DRAFT on a complete document");
        assert!(
            html.contains("for=\"doc-buyer_name\"") && html.contains("id=\"doc-line-0-quantity\""),
            "labelled inputs"
        );
        assert!(html.contains("value=\"1.000\""), "the quantity as she typed it");
    }
    assert!(id.contains("Nama pembeli (perusahaan)") && id.contains("Nama perusahaan pembeli seperti di pesanannya."));
    assert!(id.contains("Cetak / simpan PDF") && id.contains("Salin jadi commercial invoice"));
    assert!(en.contains(">Buyer's name (company)<"));
    assert!(en.contains("Print / save as PDF") && en.contains("Copy as commercial invoice"));
    assert!(!en.contains("Nama pembeli"), "no Indonesian in the English interface");
}

#[tokio::test]
async fn documents_list_and_name_what_is_missing_in_both_languages() {
    for (lang, missing, list) in [
        (Lang::Id, "Nama pembeli (perusahaan): Wajib diisi.", "Dokumen saya"),
        (Lang::En, "Buyer's name (company): Required.", "My documents"),
    ] {
        let mut data = documents_fixture(lang);
        data.documents.current = None;
        let html = render_with(data.clone(), StorageHealth::local(), "#/documents", false).await;
        assert_eq!(html.matches("data-testid=\"doc-item\"").count(), 2, "{lang:?}");
        assert!(html.contains(list) && html.contains("data-number=\"PL-2026-001\""));
        assert!(!html.contains("data-testid=\"doc-new-latest\""), "no saved quote, no such button");
        // The packing list of the fixture is incomplete: open it.
        data.documents.current = Some(1);
        let html = render_with(data, StorageHealth::local(), "#/documents", false).await;
        assert!(html.contains("data-testid=\"doc-draft\"") && html.contains(">DRAFT<"), "{lang:?}");
        assert!(html.contains("data-testid=\"doc-missing\""));
        assert!(html.contains(&format!("<li>{missing}</li>")), "{lang:?}: {missing}");
        assert_eq!(testid_text(&html, "doc-volume"), Some("1.500"), "50 × 30 L");
        assert!(!html.contains("data-testid=\"doc-total\""), "no prices on a packing list");
    }
}

#[tokio::test]
async fn documents_escape_what_she_types() {
    let mut data = documents_fixture(Lang::Id);
    if let Some(doc) = data.documents.items.first_mut() {
        doc.set(DocField::BuyerName, "<img src=x onerror=alert(1)>".into());
        if let Some(line) = doc.lines.first_mut() {
            line.set(LineField::Quantity, "<script>alert(1)</script>".into());
        }
    }
    let html = render_with(data, StorageHealth::local(), "#/documents", false).await;
    assert!(!html.contains("<img src=x") && !html.contains("<script>alert"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("Hanya angka, titik, dan koma."), "the quantity's problem beside it");
    assert!(html.contains("data-testid=\"doc-draft\""));
}
