//! A page whose data file is still loading, unreachable (offline before the first visit cached
//! it) or damaged says which, in her language: `data_files::testing` makes a file stand so for the
//! renders of one test.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use siap_ekspor::app::{Boot, Shell, ShellProps};
use siap_ekspor::data_files::testing::{set, Failure, Stand};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::route::Location;
use siap_ekspor::domain::storage_status::StorageHealth;
use siap_ekspor::storage::Store;
use yew::LocalServerRenderer;

async fn render(lang: Lang, hash: &str) -> String {
    let mut data = AppData::default();
    data.settings.lang = lang;
    render_data(data, hash).await
}

async fn render_data(data: AppData, hash: &str) -> String {
    let boot = Boot {
        data: data.into(),
        health: StorageHealth::local(),
        bytes_used: 0,
        store: Rc::new(Store::memory()),
        location: Location::parse_hash(hash),
        embed: false,
    };
    LocalServerRenderer::<Shell>::with_props(ShellProps { boot: Rc::new(boot) }).hydratable(false).render().await
}

/// The `data-testid` of the data file's status line on the page, and its text.
fn status(html: &str) -> Option<(&str, &str)> {
    for testid in ["data-loading", "data-failed", "data-damaged"] {
        if let Some(rest) = html.split(&format!("data-testid=\"{testid}\"")).nth(1) {
            let text = rest.split_once('>')?.1.split('<').next()?;
            return Some((testid, text.trim()));
        }
    }
    None
}

#[tokio::test]
async fn each_state_of_a_data_file_is_said_in_her_language() {
    const CHECKLIST: &str = "./data/checklist.json";
    for (lang, loading, offline, damaged) in [
        (Lang::Id, "Memuat…", "Sambungkan internet sekali", "Berkas isi halaman ini rusak"),
        (Lang::En, "Loading…", "Connect to the internet once", "content file is damaged"),
    ] {
        set(CHECKLIST, Stand::Bundled);
        let html = render(lang, "#/checklist").await;
        assert_eq!(status(&html), None, "{lang:?}: the bundled checklist renders");
        assert!(html.contains("data-testid=\"checklist-item\""));

        set(CHECKLIST, Stand::Loading);
        let html = render(lang, "#/checklist").await;
        assert_eq!(status(&html).map(|s| s.0), Some("data-loading"), "{lang:?}");
        assert!(status(&html).is_some_and(|s| s.1.contains(loading)));
        assert!(!html.contains("data-testid=\"checklist-item\""));

        set(CHECKLIST, Stand::Failed(Failure::Unreachable));
        let html = render(lang, "#/checklist").await;
        assert_eq!(status(&html).map(|s| s.0), Some("data-failed"), "{lang:?}");
        assert!(status(&html).is_some_and(|s| s.1.contains(offline)), "{html}");

        set(CHECKLIST, Stand::Failed(Failure::Damaged));
        let html = render(lang, "#/checklist").await;
        assert_eq!(status(&html).map(|s| s.0), Some("data-damaged"), "{lang:?}");
        assert!(status(&html).is_some_and(|s| s.1.contains(damaged)));
    }
    set(CHECKLIST, Stand::Bundled);
}

#[tokio::test]
async fn the_marketplace_guide_and_the_rules_say_so_too() {
    set("./data/marketplaces.json", Stand::Failed(Failure::Damaged));
    let html = render(Lang::En, "#/market").await;
    assert_eq!(status(&html).map(|s| s.0), Some("data-damaged"));
    set("./data/export-rules.json", Stand::Failed(Failure::Unreachable));
    let html = render(Lang::Id, "#/classify?q=kopi").await;
    assert_eq!(status(&html).map(|s| s.0), Some("data-failed"));
    assert!(!html.contains("data-testid=\"commodity-result\""));
}

const GLOSSARY: &str = "./data/glossary.json";

/// Each state the glossary file can be in, with the status line a page then shows.
fn glossary_stands() -> [(Stand, Option<&'static str>); 4] {
    [
        (Stand::Loading, Some("data-loading")),
        (Stand::Failed(Failure::Unreachable), Some("data-failed")),
        (Stand::Failed(Failure::Damaged), Some("data-damaged")),
        (Stand::Bundled, None),
    ]
}

/// `data` with one listing, named "Kopi bubuk".
fn with_kopi_bubuk(mut data: AppData) -> AppData {
    use siap_ekspor::domain::listing::draft::{DraftEdit, TextField};
    use siap_ekspor::domain::listing::store::ListingsEdit;
    data.listings.apply(ListingsEdit::New(None));
    data.listings.apply(ListingsEdit::Edit(DraftEdit::Text(TextField::Name, "Kopi bubuk".into())));
    data
}

#[tokio::test]
async fn the_listing_builder_form_works_while_the_glossary_loads_or_cannot() {
    // Only what it writes from her draft needs the glossary (the part `writer`): the form is there
    // in every state, and the status is said in the output's own card.
    let data = with_kopi_bubuk(AppData::default());
    for (stand, testid) in glossary_stands() {
        set(GLOSSARY, stand);
        let html = render_data(data.clone(), "#/describe").await;
        assert!(html.contains("id=\"listing-name\"") && html.contains("value=\"Kopi bubuk\""), "{testid:?}: the form");
        assert_eq!(status(&html).map(|s| s.0), testid);
        let output = html.split("class=\"card listing-output\"").nth(1).unwrap_or_default();
        assert_eq!(testid.is_some_and(|t| output.contains(t)), testid.is_some(), "said in the output's card");
        // Its title, and the units' suggestions for the form, once the glossary is here.
        assert_eq!(html.contains("data-testid=\"listing-title\""), testid.is_none());
        assert_eq!(html.contains("<datalist id=\"listing-units\"><option"), testid.is_none());
    }
    set(GLOSSARY, Stand::Bundled);
}

#[tokio::test]
async fn the_catalogue_lists_her_products_and_signature_while_the_glossary_loads_or_cannot() {
    // The page needs no glossary: her products by the names she gave them, the date, her
    // signature. The part `catsheet` says how the glossary stands once, in the print card (its
    // heading kept); the first e-mail comes with the glossary.
    use siap_ekspor::domain::listing::store::ListingsEdit;
    let mut data = AppData::default();
    data.profile.business_name = "UD Sumber Rejeki".into();
    let mut data = with_kopi_bubuk(data);
    for (stand, testid) in glossary_stands() {
        set(GLOSSARY, stand);
        let html = render_data(data.clone(), "#/catalog").await;
        assert!(html.contains("<label for=\"catalog-pick-0\">Kopi bubuk</label>"), "{testid:?}: her product");
        assert!(html.contains("data-testid=\"catalog-valid-until\""), "{testid:?}: the date");
        assert!(html.contains("data-testid=\"email-signature\""), "{testid:?}: the signature");
        let waiting = |heading: &str| {
            let card = html.split(heading).nth(1).unwrap_or_default();
            let card = card.split("</section>").next().unwrap_or_default();
            testid.is_some_and(|t| card.contains(t))
        };
        assert_eq!(waiting("id=\"sec-print\""), testid.is_some(), "{testid:?}: said in the print card");
        assert_eq!(testid.map_or(0, |t| html.matches(t).count()), usize::from(testid.is_some()), "{testid:?}: once");
        assert_eq!(html.contains("id=\"sec-first-email\""), testid.is_none(), "{testid:?}: the e-mail card");
        assert_eq!(html.matches("aria-busy=\"true\"").count(), usize::from(testid == Some("data-loading")));
        assert_eq!(html.contains("data-testid=\"catalog-sheet\""), testid.is_none());
        assert_eq!(html.contains("data-testid=\"first-email\""), testid.is_none());
        assert_eq!(html.contains("data-testid=\"catalog-print\""), testid.is_none());
    }
    // Nothing ticked: nothing to print, so no print card's heading while the glossary loads.
    data.listings.apply(ListingsEdit::InCatalog(0, false));
    set(GLOSSARY, Stand::Loading);
    let html = render_data(data.clone(), "#/catalog").await;
    assert!(html.contains("data-testid=\"catalog-nothing\"") && html.contains("data-testid=\"data-loading\""));
    assert!(!html.contains("id=\"sec-print\""));
    set(GLOSSARY, Stand::Bundled);
}
