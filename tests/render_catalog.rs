//! `#/catalog` rendered: her signature from the profile in English whatever her language, what is
//! missing said in her language, and anything she typed shown as text.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use siap_ekspor::app::{Boot, Shell, ShellProps};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::persist::decode;
use siap_ekspor::domain::route::Location;
use siap_ekspor::domain::storage_status::StorageHealth;
use siap_ekspor::storage::Store;
use yew::LocalServerRenderer;

async fn render(data: AppData) -> String {
    render_at(data, "#/catalog").await
}

async fn render_at(data: AppData, hash: &str) -> String {
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

/// The text between the element marked `testid` and its closing tag.
fn text_of(html: &str, testid: &str, close: &str) -> String {
    let start = html.find(&format!("data-testid=\"{testid}\"")).unwrap_or_else(|| panic!("{testid} in {html}"));
    let text = &html[start..];
    let text = &text[text.find('>').map_or(0, |i| i + 1)..];
    text[..text.find(close).unwrap_or(text.len())].to_string()
}

/// The text of the signature block.
fn signature(html: &str) -> String {
    text_of(html, "email-signature", "</pre>")
}

fn journey(lang: Lang) -> AppData {
    let mut data = decode(include_str!("fixtures/journey.json")).expect("the journey's backup");
    data.settings.lang = lang;
    data
}

#[tokio::test]
async fn the_signature_is_in_english_in_both_languages_and_says_what_is_missing() {
    for (lang, missing) in [(Lang::Id, "belum punya alamat e-mail"), (Lang::En, "has no e-mail address yet")] {
        let html = render(journey(lang)).await;
        assert_eq!(signature(&html), "Ibu Sri, Owner\nUD Sumber Rejeki\nMalang, East Java, Indonesia", "{lang:?}");
        assert!(html.contains("data-testid=\"signature-no-email\"") && html.contains(missing), "{lang:?}");
        assert!(html.contains("lang=\"en\" data-testid=\"email-signature\""), "marked English");
    }
    let mut full = journey(Lang::Id);
    full.profile.contact.email = "sumberrejeki@example.com".into();
    full.profile.contact.phone = "0812-3456-7890".into();
    let html = render(full).await;
    assert!(signature(&html).ends_with("Phone / WhatsApp: +62 812-3456-7890\nE-mail: sumberrejeki@example.com"));
    assert!(!html.contains("signature-no-email") && !html.contains("signature-phone-kept"));
}

#[tokio::test]
async fn hostile_text_in_the_profile_is_shown_as_text() {
    let mut data = journey(Lang::En);
    data.profile.owner_name = "<img src=x onerror=alert(1)>".into();
    data.profile.contact.phone = "<script>".into();
    let html = render(data).await;
    assert!(!html.contains("<img src=x") && !html.contains("<script>"));
    assert!(signature(&html).starts_with("&lt;img src=x onerror=alert(1)&gt;, Owner"));
    assert!(html.contains("data-testid=\"signature-phone-kept\""), "a phone that is no number is flagged");
}

#[tokio::test]
async fn the_catalogue_shows_her_listing_in_english_with_an_indonesian_preview() {
    for lang in [Lang::Id, Lang::En] {
        let mut data = journey(lang);
        data.listings.catalog.valid_until = "2027-01-31".into();
        let html = render(data).await;
        assert_eq!(html.matches("data-testid=\"catalog-item\"").count(), 1, "{lang:?}");
        let sheet = &html[html.find("<article").expect("the sheet")..];
        let sheet = &sheet[..sheet.find('>').unwrap_or(0)];
        assert!(sheet.contains("class=\"catalog-sheet\"") && sheet.contains("lang=\"en\""), "marked English: {sheet}");
        assert_eq!(
            text_of(&html, "company-profile", "</p>"),
            "UD Sumber Rejeki is a small business in Malang, East Java, Indonesia. \
             Our products: tempeh chips. Registrations and certificates: NIB business registration. \
             We look forward to your enquiry.",
            "{lang:?}"
        );
        assert!(
            text_of(&html, "company-profile-id", "</p>").starts_with("UD Sumber Rejeki adalah usaha kecil di Malang"),
            "{lang:?}"
        );
        assert!(html.contains("Price valid until</th><td><bdi>31 January 2027"), "{lang:?}");
        assert!(html.contains("data-testid=\"download-web-page\"") && html.contains("data-testid=\"catalog-print\""));
        assert!(html.contains("<label for=\"catalog-pick-0\">keripik tempe</label>"), "{lang:?}");
    }
}

#[tokio::test]
async fn without_a_listing_she_is_sent_to_write_one() {
    let mut data = journey(Lang::Id);
    data.listings = Default::default();
    let html = render(data).await;
    assert!(html.contains("data-testid=\"catalog-empty\""));
    assert!(html.contains("href=\"#/describe\""));
    assert!(!html.contains("catalog-sheet") && !html.contains("download-web-page"));
    // The e-mail kit is still there.
    assert!(html.contains("data-testid=\"email-signature\""));
}

#[tokio::test]
async fn with_every_listing_left_out_there_is_nothing_to_print() {
    let mut data = journey(Lang::En);
    data.listings.catalog.left_out.push(0);
    let html = render(data).await;
    assert!(html.contains("data-testid=\"catalog-nothing\"") && html.contains("Pick at least one product"));
    assert!(!html.contains("data-testid=\"catalog-sheet\"") && !html.contains("download-web-page"));
    assert!(html.contains("id=\"catalog-pick-0\" data-testid=\"catalog-pick\""));
}

#[tokio::test]
async fn hostile_text_in_a_listing_is_shown_as_text_in_the_catalogue() {
    let mut data = journey(Lang::En);
    if let Some(entry) = data.listings.drafts.first_mut() {
        entry.draft.title = Some("<img src=x onerror=alert(1)>".into());
        entry.draft.colour = "<script>alert(1)</script>".into();
    }
    data.profile.business_name = "<b>UD</b>".into();
    let html = render(data).await;
    assert!(!html.contains("<img src=x") && !html.contains("<script>") && !html.contains("<b>UD"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[tokio::test]
async fn the_first_email_offers_her_catalogue_in_english_in_both_languages() {
    for lang in [Lang::Id, Lang::En] {
        let html = render(journey(lang)).await;
        let email = text_of(&html, "first-email", "</pre>");
        assert!(email.starts_with("Subject: Tempeh Chips"), "{lang:?}: {email}");
        assert!(
            email.contains(
                "from UD Sumber Rejeki, Indonesia\n\nDear Sir or Madam,\n\nUD Sumber Rejeki is a small business"
            ),
            "{email}"
        );
        assert!(
            email.ends_with("Best regards,\nIbu Sri, Owner\nUD Sumber Rejeki\nMalang, East Java, Indonesia"),
            "{email}"
        );
        assert!(html.contains("href=\"mailto:?subject=Tempeh%20Chips"), "{lang:?}");
    }
    // Nothing in the catalogue: no e-mail offering nothing.
    let mut data = journey(Lang::Id);
    data.listings.catalog.left_out.push(0);
    assert!(!render(data).await.contains("data-testid=\"first-email\""));
}

#[tokio::test]
async fn the_home_page_says_how_many_products_are_in_the_catalogue() {
    for (lang, one, none) in [
        (Lang::Id, "1 produk di katalog", "Tulis daftar produk dulu untuk katalog"),
        (Lang::En, "1 product in the catalogue", "Write a listing first for the catalogue"),
    ] {
        assert!(render_at(journey(lang), "#/").await.contains(one), "{lang:?}");
        let mut left_out = journey(lang);
        left_out.listings.catalog.left_out.push(0);
        assert!(render_at(left_out, "#/").await.contains(none), "{lang:?}");
    }
}

#[tokio::test]
async fn the_listing_builder_leads_to_the_catalogue() {
    let html = render_at(journey(Lang::Id), "#/describe").await;
    assert!(html.contains("data-testid=\"to-catalogue\"") && html.contains("href=\"#/catalog\""));
    assert!(html.contains("Buat katalog"));
}
