//! Every message exists in both languages, is not empty, and uses the same placeholders.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use siap_ekspor::i18n::{catalogue, fill, labels, placeholders};

#[test]
fn every_message_has_both_texts_with_the_same_placeholders() {
    let all = catalogue();
    assert!(all.len() > 100, "the catalogue covers every area");
    let mut names = BTreeSet::new();
    for (name, id, en) in &all {
        assert!(names.insert(name.clone()), "{name} declared twice");
        assert!(!id.trim().is_empty(), "{name}: empty Indonesian text");
        assert!(!en.trim().is_empty(), "{name}: empty English text");
        assert_eq!(placeholders(id), placeholders(en), "{name}: placeholders differ");
        assert_eq!(id.trim(), *id, "{name}: stray spaces");
        assert_eq!(en.trim(), *en, "{name}: stray spaces");
        assert!(!id.contains("  ") && !en.contains("  "), "{name}: double space");
    }
}

#[test]
fn labels_are_complete() {
    for (id, en) in labels::catalogue()
        .into_iter()
        .chain(siap_ekspor::i18n::incoterms::catalogue())
        .chain(siap_ekspor::i18n::documents::catalogue())
    {
        assert!(!id.is_empty() && !en.is_empty());
    }
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(fill("{a} dari {b}", &[("a", "2"), ("b", "8")]), "2 dari 8");
    assert_eq!(placeholders("{x} and {y} and {x}"), vec!["x", "x", "y"]);
    assert_eq!(placeholders("no { close"), Vec::<String>::new());
}
