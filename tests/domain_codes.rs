//! The option enums' codes (`code_enum!`): every variant is in `ALL` once, and where the enum is
//! stored (serde), the stored name is its code, so a file, a link and a `<select>` agree.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use serde::Serialize;
use siap_ekspor::domain::documents::DocKind;
use siap_ekspor::domain::incoterms::{DutyBasis, Incoterm, TransportMode};
use siap_ekspor::domain::listing::draft::{Certification, Marketplace, PaymentTerm, Process, SamplePolicy};
use siap_ekspor::domain::model::{Channel, ExportExperience, HeldDocument};
use siap_ekspor::domain::money::Currency;

/// Every variant's stored name, or `None` for one serde does not store as a plain string.
fn stored<T: Serialize>(value: T) -> Option<String> {
    serde_json::to_value(value).ok()?.as_str().map(String::from)
}

fn check<T: Serialize + Copy + std::fmt::Debug>(all: &[T], code: fn(T) -> &'static str) {
    let codes: BTreeSet<&str> = all.iter().map(|v| code(*v)).collect();
    assert_eq!(codes.len(), all.len(), "{all:?}: one code each");
    for value in all {
        assert_eq!(stored(*value).as_deref(), Some(code(*value)), "{value:?}: stored as its code");
    }
}

#[test]
fn stored_names_are_the_codes() {
    check(&Currency::ALL, Currency::code);
    check(&Incoterm::ALL, Incoterm::code);
    check(&TransportMode::ALL, TransportMode::code);
    check(&DutyBasis::ALL, DutyBasis::code);
    check(&Process::ALL, Process::code);
    check(&Certification::ALL, Certification::code);
    check(&PaymentTerm::ALL, PaymentTerm::code);
    check(&SamplePolicy::ALL, SamplePolicy::code);
    check(&Marketplace::ALL, Marketplace::code);
    check(&HeldDocument::ALL, HeldDocument::key);
    check(&ExportExperience::ALL, ExportExperience::key);
    check(&Channel::ALL, Channel::key);
    check(&DocKind::ALL, DocKind::code);
}
