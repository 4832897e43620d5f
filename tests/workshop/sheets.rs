//! The participants' sheets the WhatsApp fixtures (`tests/fixtures/whatsapp-*.txt`) carry as codes.
//! `cargo test --test domain_workshop print_codes -- --ignored --nocapture` prints their code lines.

use std::collections::BTreeSet;

use siap_ekspor::domain::model::HeldDocument;
use siap_ekspor::domain::workshop::code::{Kind, ProductStatus, Sheet};
use siap_ekspor::domain::workshop::Obstacle;

pub fn siti_report() -> Sheet {
    Sheet {
        kind: Kind::Report,
        session: "ab12cd34".into(),
        participant: "k3m9x2qa".into(),
        date: "2026-12-03".into(),
        business: "UD Kopi Ijen".into(),
        owner: "Siti Aminah".into(),
        region: "3510".into(),
        products: vec![("Kopi bubuk".into(), ProductStatus::Free), ("Kursi jati".into(), ProductStatus::Restricted)],
        papers: BTreeSet::from([HeldDocument::Npwp, HeldDocument::Nib, HeldDocument::NibCustoms]),
        progress: (6, 20),
        accounts: vec!["EC21".into()],
        listings: 1,
        ..Sheet::default()
    }
}

/// Siti's first report, two days earlier: the later one replaces it.
pub fn siti_report_earlier() -> Sheet {
    Sheet { date: "2026-12-01".into(), progress: (2, 20), accounts: Vec::new(), listings: 0, ..siti_report() }
}

pub fn budi_report() -> Sheet {
    Sheet {
        kind: Kind::Report,
        session: "ab12cd34".into(),
        participant: "7hq2wz5n".into(),
        date: "2026-12-03".into(),
        business: "CV Rotan Jaya".into(),
        owner: "Budi".into(),
        region: "3525".into(),
        products: vec![("Kursi rotan".into(), ProductStatus::NotChecked)],
        papers: BTreeSet::from([HeldDocument::Nib]),
        progress: (3, 20),
        accounts: vec!["EC21".into(), "Alibaba.com".into()],
        ..Sheet::default()
    }
}

pub fn budi_evaluation() -> Sheet {
    Sheet {
        kind: Kind::Evaluation,
        session: "ab12cd34".into(),
        participant: "7hq2wz5n".into(),
        date: "2026-12-03".into(),
        business: "CV Rotan Jaya".into(),
        ratings: [5, 4, 5, 3],
        obstacles: BTreeSet::from([Obstacle::Language, Obstacle::Financing]),
        comments: "Tambah contoh harga CIF, ya \"praktik\"".into(),
        ..Sheet::default()
    }
}
