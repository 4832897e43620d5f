//! Every edit of the profile, through the one pure `apply`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::change::{apply, clamp, Change, ProfileEdit, MAX_PRODUCTS, MAX_SHORT_TEXT};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::{AppData, HeldDocument};

fn edit(data: &AppData, edit: ProfileEdit) -> AppData {
    apply(data, Change::Profile(edit))
}

#[test]
fn product_ids_are_never_reused() {
    let mut data = AppData::default();
    data = edit(&data, ProfileEdit::AddProduct);
    data = edit(&data, ProfileEdit::AddProduct);
    data = edit(&data, ProfileEdit::RemoveProduct(1));
    data = edit(&data, ProfileEdit::AddProduct);
    let ids: Vec<u32> = data.profile.products.iter().map(|p| p.id).collect();
    assert_eq!(ids, vec![0, 2]);
}

#[test]
fn edits_reach_only_their_product() {
    let mut data = AppData::default();
    data = edit(&data, ProfileEdit::AddProduct);
    data = edit(&data, ProfileEdit::AddProduct);
    data = edit(&data, ProfileEdit::ProductName(1, "Keripik tempe".into()));
    data = edit(&data, ProfileEdit::ProductDescription(7, "ghost".into()));
    assert_eq!(data.profile.products[0].name, "");
    assert_eq!(data.profile.products[1].name, "Keripik tempe");
    assert!(data.profile.products.iter().all(|p| p.description.is_empty()));
}

#[test]
fn products_stop_at_the_limit() {
    let mut data = AppData::default();
    for _ in 0..MAX_PRODUCTS + 5 {
        data = edit(&data, ProfileEdit::AddProduct);
    }
    assert_eq!(data.profile.products.len(), MAX_PRODUCTS);
}

#[test]
fn nib_with_customs_access_implies_nib() {
    let data = edit(&AppData::default(), ProfileEdit::Document(HeldDocument::NibCustoms, true));
    assert!(data.profile.documents.contains(&HeldDocument::Nib));
    let data = edit(&data, ProfileEdit::Document(HeldDocument::Nib, false));
    assert!(!data.profile.documents.contains(&HeldDocument::NibCustoms));
    let data = edit(&data, ProfileEdit::Document(HeldDocument::Npwp, true));
    let data = edit(&data, ProfileEdit::Document(HeldDocument::Npwp, true));
    assert_eq!(data.profile.documents.len(), 1);
}

#[test]
fn reset_keeps_only_the_language() {
    let mut data = apply(&AppData::default(), Change::SetLang(Lang::En));
    data = edit(&data, ProfileEdit::BusinessName("UD Maju".into()));
    let reset = apply(&data, Change::ResetAll);
    assert_eq!(reset.settings.lang, Lang::En);
    assert_eq!(reset.profile, AppData::default().profile);
}

#[test]
fn replace_all_takes_the_import_whole() {
    let mut incoming = AppData::default();
    incoming.profile.business_name = "Imported".into();
    let data = apply(&AppData::default(), Change::ReplaceAll(Box::new(incoming.clone())));
    assert_eq!(data, incoming);
}

#[test]
fn text_is_kept_as_typed_markup_and_all() {
    let typed = "<script>alert(1)</script> & \"kopi\" 🌶️";
    let data = edit(&AppData::default(), ProfileEdit::BusinessName(typed.into()));
    assert_eq!(data.profile.business_name, typed);
}

#[test]
fn long_text_is_cut_at_a_character_boundary() {
    let long = "é".repeat(MAX_SHORT_TEXT + 10);
    let data = edit(&AppData::default(), ProfileEdit::OwnerName(long));
    assert_eq!(data.profile.owner_name.chars().count(), MAX_SHORT_TEXT);
}

proptest! {
    #[test]
    fn clamp_never_panics_and_never_grows(text in ".*", max in 0usize..50) {
        let out = clamp(text.clone(), max);
        prop_assert!(out.chars().count() <= max);
        prop_assert!(text.starts_with(&out));
    }
}

/// A page passes its own kind of edit (`Edit`), so that the code applying it is compiled into
/// that tool's part; each must do exactly what the same edit wrapped in a `Change` does.
#[test]
fn each_kind_of_edit_applies_as_its_change_does() {
    use siap_ekspor::domain::change::{Edit, ReplaceAll, ResetAll};
    use siap_ekspor::domain::checklist::ChecklistEdit;
    use siap_ekspor::domain::incoterms::calculator::CalculatorEdit;
    use siap_ekspor::domain::incoterms::Incoterm;
    use siap_ekspor::domain::listing::store::ListingsEdit;
    use siap_ekspor::domain::market::MarketEdit;
    use siap_ekspor::domain::workshop::{Obstacle, WorkshopEdit};

    let mut start = AppData::default();
    start.settings.lang = Lang::En;
    start = apply(&start, ProfileEdit::BusinessName("UD Sumber Rejeki".into()));
    start = apply(&start, ProfileEdit::AddProduct);

    fn same<E: Edit>(data: &AppData, edit: E, wrapped: Change) {
        let direct = apply(data, edit);
        assert_eq!(direct, apply(data, wrapped), "an edit and its change differ");
        assert_ne!(&direct, data, "the edit changed nothing: a case that cannot fail");
    }
    same(
        &start,
        ProfileEdit::Goals("Ekspor ke Jepang".into()),
        Change::Profile(ProfileEdit::Goals("Ekspor ke Jepang".into())),
    );
    same(&start, CalculatorEdit::Choose(Incoterm::Cif), Change::Calculator(CalculatorEdit::Choose(Incoterm::Cif)));
    let tick = || ChecklistEdit::Tick { id: "nib".into(), done: true, today: "2026-12-02".into() };
    same(&start, tick(), Change::Checklist(tick()));
    same(&start, MarketEdit::Step("ec21-1".into(), true), Change::Market(MarketEdit::Step("ec21-1".into(), true)));
    same(
        &start,
        WorkshopEdit::Obstacle(Obstacle::Language, true),
        Change::Workshop(WorkshopEdit::Obstacle(Obstacle::Language, true)),
    );
    same(&start, ListingsEdit::New(None), Change::Listings(ListingsEdit::New(None)));

    let reset = apply(&start, ResetAll);
    assert_eq!(reset, apply(&start, Change::ResetAll));
    assert_eq!(reset.settings.lang, Lang::En, "a reset keeps the language she reads the app in");
    assert_eq!(reset.profile, AppData::default().profile);

    let mut other = AppData::default();
    other.profile.business_name = "CV Kopi Ijen".into();
    let replaced = apply(&start, ReplaceAll(Box::new(other.clone())));
    assert_eq!(replaced, other);
    assert_eq!(replaced, apply(&start, Change::ReplaceAll(Box::new(other))));
}
