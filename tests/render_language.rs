//! No page speaks the other language: every route, and the states of the tools that show data-file
//! text (a classification with its rule, documents and sources; the checklist; the marketplace
//! guide; the calculator's ports), rendered in each language from a journey's data, must not show
//! the other language's common words — outside what is marked in another language with `lang`
//! (the English listing, the form words, a document's English sheet), outside what she typed, and
//! outside official names quoted as published.
//!
//! The fixture `tests/fixtures/journey.json` is the backup file `tests/e2e/journey.test.mjs`
//! downloads after the whole workshop journey (written there when `JOURNEY_BACKUP` names a path).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::rc::Rc;

use siap_ekspor::app::{Boot, Shell, ShellProps};
use siap_ekspor::domain::incoterms::Incoterm;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::AppData;
use siap_ekspor::domain::persist::decode;
use siap_ekspor::domain::route::{Location, Route};
use siap_ekspor::domain::storage_status::StorageHealth;
use siap_ekspor::i18n::incoterms::rule_name;
use siap_ekspor::storage::Store;
use yew::LocalServerRenderer;

fn journey(lang: Lang) -> AppData {
    let mut data = decode(include_str!("fixtures/journey.json")).expect("the journey's backup reads");
    data.settings.lang = lang;
    data
}

async fn render(lang: Lang, hash: &str) -> String {
    let boot = Boot {
        data: journey(lang).into(),
        health: StorageHealth::local(),
        bytes_used: 1234,
        store: Rc::new(Store::memory()),
        location: Location::parse_hash(hash),
        embed: false,
    };
    LocalServerRenderer::<Shell>::with_props(ShellProps { boot: Rc::new(boot) }).hydratable(false).render().await
}

/// Common words of each language: a sentence that leaked in is caught whatever it says.
fn leak_words(other: Lang) -> &'static [&'static str] {
    match other {
        Lang::En => &[
            "the", "and", "your", "you", "with", "for", "from", "this", "not", "yet", "check", "source", "step",
            "steps", "save", "price", "which", "must", "when", "only",
        ],
        Lang::Id => &[
            "dan", "yang", "untuk", "dengan", "tidak", "belum", "sudah", "Anda", "atau", "dari", "ini", "bila",
            "tentang", "langkah", "simpan", "harga", "diubah", "berlaku", "Pasal", "Lampiran",
        ],
    }
}

/// What she typed in the journey: her words stay hers in either language.
const HERS: &[&str] = &[
    "UD Sumber Rejeki",
    "Ibu Sri",
    "Keripik tempe",
    "keripik tempe",
    "Kopi bubuk",
    "Menjual keripik tempe ke Malaysia tahun depan",
    "bungkus",
];

/// Official names quoted as published (`tests/fixtures/official-names.json`, which says why).
fn official_names() -> Vec<String> {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/official-names.json")).expect("official-names.json");
    let names = file["names"].as_array().expect("a list of names");
    names.iter().map(|n| n.as_str().expect("a name").to_string()).collect()
}

/// Her words and the official names (the Incoterms® rules' from the calculator's own words): text
/// that is not the app's own.
fn names() -> Vec<String> {
    let incoterms = Incoterm::ALL.iter().map(|rule| {
        let name = rule_name(*rule, Lang::En);
        name.split(" (").next().unwrap_or(name).to_string()
    });
    HERS.iter().map(|s| s.to_string()).chain(official_names()).chain(incoterms).collect()
}

const VOID: &[&str] = &["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// The text of `html` a reader of `lang` sees: tags, attributes, `<script>`/`<style>`/`<textarea>`
/// contents and every element marked with another `lang` removed. Yew's renderer writes
/// well-formed markup, so a tag walker is enough.
fn text_in(html: &str, lang: Lang) -> String {
    let mut text = String::new();
    // For each open element: whether it (or an ancestor) is skipped.
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let skipping = stack.last().is_some_and(|(_, skip)| *skip);
        if !skipping {
            text.push_str(&rest[..open]);
            text.push(' ');
        }
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(at) = stack.iter().rposition(|(n, _)| *n == name) {
                stack.truncate(at);
            }
            continue;
        }
        if tag.starts_with('!') {
            continue;
        }
        let name: String =
            tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let marked_other = tag
            .split("lang=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .is_some_and(|code| code != lang.code() && tag.contains(" lang=\""));
        let hidden = matches!(name.as_str(), "script" | "style" | "textarea");
        stack.push((name, skipping || marked_other || hidden));
    }
    text.push_str(rest);
    let mut text = text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<");
    for name in names() {
        text = text.replace(&name, " ");
    }
    text
}

/// The other language's words `text` shows, each with the sentence it is in.
fn leaks(text: &str, other: Lang) -> Vec<String> {
    let words: BTreeSet<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    leak_words(other)
        .iter()
        .filter(|w| {
            let mut capital = w.to_string();
            capital[..1].make_ascii_uppercase();
            words.contains(**w) || words.contains(capital.as_str())
        })
        .map(|w| {
            let sentence = text
                .split(['.', '\n', ';'])
                .find(|s| s.split(|c: char| !c.is_alphabetic()).any(|x| x.eq_ignore_ascii_case(w)))
                .unwrap_or_default();
            format!("{w:?} in {:?}", sentence.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect()
}

/// Every route, and the states that bring data-file text onto the page.
fn addresses() -> Vec<String> {
    let mut all: Vec<String> = Route::ALL.iter().map(|r| r.href()).collect();
    all.extend(
        [
            "#/classify?q=keripik%20tempe",
            "#/classify?q=kopi%20bubuk",
            "#/classify?q=rotan%20mentah",
            "#/classify?q=udang%20beku",
            "#/classify?q=kursi%20jati",
            "#/checklist?to=report",
            "#/documents?new=proforma&quote=latest",
        ]
        .map(String::from),
    );
    all
}

#[tokio::test]
async fn no_page_shows_the_other_languages_words() {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let other = lang.other();
        for address in addresses() {
            let html = render(lang, &address).await;
            for leak in leaks(&text_in(&html, lang), other) {
                found.push(format!("{address} ({lang:?}): {leak}"));
            }
        }
    }
    assert!(found.is_empty(), "{} leaks:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_leak_finder_finds_a_leak_and_respects_lang_marks() {
    let page =
        r#"<main><p>Harga FOB</p><p lang="en">Price and terms</p><input value="the"><textarea>the</textarea></main>"#;
    assert_eq!(leaks(&text_in(page, Lang::Id), Lang::En), Vec::<String>::new());
    let leaked = r#"<main><p>Sumber: Permendag 23/2023 on export policy, amended by the 2024 rule</p></main>"#;
    let found = leaks(&text_in(leaked, Lang::Id), Lang::En);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("\"the\""), "{found:?}");
    let english =
        r#"<main><p>Source: Permendag 23/2023 tentang Kebijakan</p><dd><span lang="id">dan</span></dd></main>"#;
    let found = leaks(&text_in(english, Lang::En), Lang::Id);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("\"tentang\""));
    // Her own words are not a leak.
    assert!(leaks(&text_in("<p>Keripik tempe</p>", Lang::En), Lang::Id).is_empty());
}
