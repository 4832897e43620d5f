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
    let boot = Boot {
        data,
        health: StorageHealth::local(),
        bytes_used: 0,
        store: Rc::new(Store::memory()),
        location: Location::parse_hash("#/catalog"),
        embed: false,
    };
    LocalServerRenderer::<Shell>::with_props(ShellProps { boot: Rc::new(boot) }).hydratable(false).render().await
}

/// The text of the signature block.
fn signature(html: &str) -> String {
    let start = html.find("data-testid=\"email-signature\"").expect("a signature");
    let text = &html[start..];
    let text = &text[text.find('>').map_or(0, |i| i + 1)..];
    text[..text.find("</pre>").unwrap_or(text.len())].to_string()
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
