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

/// Every `messages!` enum anywhere in `src/` is in the catalogue the test above checks: an area
/// added without registering it in `i18n::catalogue` fails here instead of going unchecked.
#[test]
fn every_message_area_is_in_the_catalogue() {
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut declared = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        for block in text.split("messages! {").skip(1) {
            let name = block.split("enum ").nth(1).and_then(|rest| rest.split_whitespace().next());
            if let Some(name) = name {
                declared.insert(name.to_string());
            }
        }
    }
    let areas: BTreeSet<String> =
        catalogue().into_iter().filter_map(|(name, _, _)| name.split("::").next().map(String::from)).collect();
    assert!(declared.len() >= 10, "found the areas: {declared:?}");
    let missing: Vec<_> = declared.difference(&areas).collect();
    assert!(missing.is_empty(), "message areas not in i18n::catalogue: {missing:?}");
}
