//! Two tabs, one document: what a tab does with another tab's save (`domain::sync`), and the
//! revision stamp that lets it tell (additive within schema 2).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::change::{apply, Change, ProfileEdit};
use siap_ekspor::domain::documents::{DocField, DocumentsEdit};
use siap_ekspor::domain::incoterms::calculator::CalculatorEdit;
use siap_ekspor::domain::incoterms::Field;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::{AppData, Revision};
use siap_ekspor::domain::persist::{decode, encode};
use siap_ekspor::domain::sync::{based_on_known, fingerprint, fingerprint_hex, settle, Known, Section};

fn named(name: &str) -> AppData {
    apply(&AppData::default(), Change::Profile(ProfileEdit::BusinessName(name.into())))
}

/// What a tab knows after writing `data` as revision `number`.
fn known(data: &AppData, number: u64) -> (Known, String) {
    let mut stamped = data.clone();
    stamped.revision = Revision { number, based_on: String::new() };
    let text = encode(&stamped).unwrap_or_default();
    (Known { fingerprint: Some(fingerprint(&text)), number, data: data.clone() }, text)
}

/// Another tab's save of `data`, made from the stored text `from`.
fn saved_from(data: &AppData, from: &str, number: u64) -> AppData {
    let mut theirs = data.clone();
    theirs.revision = Revision { number, based_on: fingerprint_hex(fingerprint(from)) };
    theirs
}

#[test]
fn a_revision_never_makes_two_documents_differ_and_old_documents_read_as_revision_zero() {
    let mut a = named("UD Kopi Ijen");
    let b = a.clone();
    a.revision = Revision { number: 9, based_on: "00000000000000ff".into() };
    assert_eq!(a, b);
    // Schema 2 without the field (every document written before this version).
    let old = decode(include_str!("fixtures/schema-v2.json")).expect("fixture");
    assert_eq!(old.revision.number, 0);
    assert!(old.revision.based_on.is_empty());
    // Written third, after the two fields every version has, and read back.
    let text = encode(&a).unwrap_or_default();
    assert!(text.starts_with(r#"{"app":"siap-ekspor","schema_version":3,"revision":{"number":9,"#), "{text}");
    assert_eq!(decode(&text).map(|d| d.revision.number), Ok(9));
}

#[test]
fn fingerprints_tell_texts_apart() {
    assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
    assert_ne!(fingerprint("{\"a\":1}"), fingerprint("{\"a\":2}"));
    assert_eq!(fingerprint_hex(255), "00000000000000ff");
    assert_eq!(fingerprint_hex(u64::MAX).len(), 16);
}

#[test]
fn a_save_made_from_what_this_tab_stored_is_taken_in_when_nothing_is_unsaved_here() {
    // Tab A stored the name; tab B took it in, switched the language, and saved.
    let a = named("UD Kopi Ijen");
    let (known_a, text_a) = known(&a, 1);
    let b = saved_from(&apply(&a, Change::SetLang(Lang::En)), &text_a, 2);
    assert!(based_on_known(&known_a, &b));
    let settled = settle(&known_a, &a, &b);
    assert_eq!(settled.data, b);
    assert!(!settled.write, "nothing to write: the stored document is already this");
    assert!(!settled.keep_theirs);
    assert_eq!(settled.data.profile.business_name, "UD Kopi Ijen", "her name stays");
    assert_eq!(settled.data.settings.lang, Lang::En);
}

#[test]
fn changes_to_different_parts_are_merged() {
    let base = named("UD Kopi Ijen");
    let (known_a, text_a) = known(&base, 1);
    // Here: a calculator field typed, not yet written. There: a product added.
    let mine =
        apply(&base, Change::Calculator(CalculatorEdit::Field(Field::Goods, "10000".into(), "2026-12-03".into())));
    let theirs = saved_from(&apply(&base, Change::Profile(ProfileEdit::AddProduct)), &text_a, 2);
    let settled = settle(&known_a, &mine, &theirs);
    assert!(settled.write && !settled.keep_theirs && settled.conflicts.is_empty());
    assert_eq!(settled.data.calculator.form.exw, "10000", "her typing stays");
    assert_eq!(settled.data.profile.products.len(), 1, "the other tab's product stays");
}

#[test]
fn changes_to_the_same_part_keep_hers_and_set_the_other_aside() {
    let base = named("UD Kopi Ijen");
    let (known_a, text_a) = known(&base, 1);
    let mine = apply(&base, Change::Profile(ProfileEdit::OwnerName("Ibu Sri".into())));
    let theirs = saved_from(&apply(&base, Change::Profile(ProfileEdit::AddProduct)), &text_a, 2);
    let settled = settle(&known_a, &mine, &theirs);
    assert!(settled.keep_theirs && settled.write);
    assert_eq!(settled.conflicts, vec![Section::Profile]);
    assert_eq!(settled.data.profile.owner_name, "Ibu Sri");
    assert!(settled.data.profile.products.is_empty(), "the other version is the copy, whole");
}

#[test]
fn a_save_made_without_seeing_this_tabs_save_is_set_aside_even_when_nothing_is_unsaved_here() {
    // A wrote revision 2 (the name); B, still at revision 1, wrote over it without seeing it.
    let one = AppData::default();
    let (_, text_one) = known(&one, 1);
    let a = named("UD Kopi Ijen");
    let (known_a, _) = known(&a, 2);
    let b = saved_from(&apply(&one, Change::SetLang(Lang::En)), &text_one, 2);
    assert!(!based_on_known(&known_a, &b));
    let settled = settle(&known_a, &a, &b);
    assert!(settled.keep_theirs && settled.write, "both kept: hers written again, theirs as a copy");
    assert_eq!(settled.data.profile.business_name, "UD Kopi Ijen");
}

#[test]
fn a_document_from_before_revisions_over_hers_is_set_aside_unless_it_is_the_same() {
    let a = named("UD Kopi Ijen");
    let (known_a, _) = known(&a, 3);
    let legacy = named("UD Lama"); // revision 0, based on nothing
    assert!(settle(&known_a, &a, &legacy).keep_theirs);
    let same = a.clone();
    let settled = settle(&known_a, &a, &same);
    assert!(!settled.keep_theirs && !settled.write);
}

#[test]
fn a_tab_that_knew_of_nothing_stored_merges_with_the_first_save_it_sees() {
    let known_nothing = Known::default();
    let mine = apply(&AppData::default(), Change::SetLang(Lang::En));
    let theirs = named("UD Kopi Ijen");
    let settled = settle(&known_nothing, &mine, &theirs);
    assert!(!settled.keep_theirs);
    assert_eq!(settled.data.settings.lang, Lang::En);
    assert_eq!(settled.data.profile.business_name, "UD Kopi Ijen");
}

#[test]
fn the_next_revision_is_above_both_sides() {
    let (known_a, _) = known(&AppData::default(), 4);
    let next = known_a.next(Some(7), 9);
    assert_eq!(next.number, 10);
    assert_eq!(next.based_on, fingerprint_hex(7));
    assert_eq!(known_a.next(None, 0).based_on, "");
}

fn edit_strategy() -> impl Strategy<Value = Change> {
    prop_oneof![
        "[a-z ]{0,12}".prop_map(|t| Change::Profile(ProfileEdit::BusinessName(t))),
        "[a-z ]{0,12}".prop_map(|t| Change::Profile(ProfileEdit::Goals(t))),
        Just(Change::Profile(ProfileEdit::AddProduct)),
        Just(Change::SetLang(Lang::En)),
        Just(Change::SetLang(Lang::Id)),
        "[0-9]{1,6}".prop_map(|t| Change::Calculator(CalculatorEdit::Field(Field::Goods, t, String::new()))),
        "[a-z]{1,6}".prop_map(|t| Change::Calculator(CalculatorEdit::Field(Field::MinOrder, t, String::new()))),
        Just(Change::Documents(DocumentsEdit::Insert { document: Box::default(), today: "2026-12-02".into() })),
        "[a-z ]{0,12}".prop_map(|t| Change::Documents(DocumentsEdit::Text(DocField::BuyerName, t))),
    ]
}

proptest! {
    /// Whatever two tabs do from the same stored document, every change of each side is either in
    /// the settled document or in the copy kept aside: nothing is silently gone.
    #[test]
    fn nothing_is_silently_lost(
        mine_edits in prop::collection::vec(edit_strategy(), 0..5),
        their_edits in prop::collection::vec(edit_strategy(), 0..5),
    ) {
        let base = named("UD Dasar");
        let (known_base, text) = known(&base, 1);
        let mine = mine_edits.into_iter().fold(base.clone(), |d, c| apply(&d, c));
        let theirs = saved_from(&their_edits.into_iter().fold(base.clone(), |d, c| apply(&d, c)), &text, 2);
        let settled = settle(&known_base, &mine, &theirs);
        let sections = [
            (mine.settings == settled.data.settings, theirs.settings == settled.data.settings, mine.settings != base.settings, theirs.settings != base.settings),
            (mine.profile == settled.data.profile, theirs.profile == settled.data.profile, mine.profile != base.profile, theirs.profile != base.profile),
            (mine.calculator == settled.data.calculator, theirs.calculator == settled.data.calculator, mine.calculator != base.calculator, theirs.calculator != base.calculator),
            (mine.documents == settled.data.documents, theirs.documents == settled.data.documents, mine.documents != base.documents, theirs.documents != base.documents),
        ];
        for (has_mine, has_theirs, mine_changed, theirs_changed) in sections {
            if mine_changed {
                prop_assert!(has_mine, "her change to a part is always kept on screen");
            }
            if theirs_changed && !has_theirs {
                prop_assert!(settled.keep_theirs, "theirs is in the settled document or kept aside");
            }
        }
        prop_assert_eq!(settled.write, settled.data != theirs);
    }
}
