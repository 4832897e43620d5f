//! Names of domain values (documents, channels, routes, …) in both languages. The domain stays free of
//! wording; this module gives each enum value its words, exhaustively.

use crate::domain::lang::Lang;
use crate::domain::model::{Channel, ExportExperience, HeldDocument};
use crate::domain::route::Route;

use super::ShellMsg;

pub fn document(document: HeldDocument, lang: Lang) -> &'static str {
    let (id, en) = match document {
        HeldDocument::Npwp => ("NPWP (Nomor Pokok Wajib Pajak)", "NPWP (tax ID)"),
        HeldDocument::Nib => ("NIB (Nomor Induk Berusaha) dari OSS", "NIB (business ID) from OSS"),
        HeldDocument::NibCustoms => ("NIB dengan akses kepabeanan", "NIB with customs access"),
        HeldDocument::Pirt => ("PIRT (izin pangan industri rumah tangga)", "PIRT (home food industry permit)"),
        HeldDocument::Bpom => ("Izin edar BPOM", "BPOM registration"),
        HeldDocument::Halal => ("Sertifikat halal", "Halal certificate"),
        HeldDocument::SvlkVLegal => ("SVLK / V-Legal (legalitas kayu)", "SVLK / V-Legal (timber legality)"),
        HeldDocument::Haccp => ("HACCP", "HACCP"),
        HeldDocument::Other => ("Dokumen lain", "Other document"),
    };
    lang.pick(id, en)
}

pub fn experience(experience: ExportExperience, lang: Lang) -> &'static str {
    let (id, en) = match experience {
        ExportExperience::NotYet => ("Belum pernah ekspor", "Not exported yet"),
        ExportExperience::ThroughTrader => ("Lewat pedagang/eksportir lain", "Through a trader or another exporter"),
        ExportExperience::Direct => ("Ekspor langsung", "Exported directly"),
    };
    lang.pick(id, en)
}

pub fn channel(channel: Channel, lang: Lang) -> &'static str {
    let (id, en) = match channel {
        Channel::Marketplace => {
            ("Marketplace (Shopee, Tokopedia, Alibaba, …)", "Marketplaces (Shopee, Tokopedia, Alibaba, …)")
        }
        Channel::SocialMedia => (
            "Media sosial (Instagram, Facebook, WhatsApp, TikTok)",
            "Social media (Instagram, Facebook, WhatsApp, TikTok)",
        ),
        Channel::Website => ("Situs web sendiri", "Own website"),
        Channel::Email => ("Email", "Email"),
    };
    lang.pick(id, en)
}

pub fn route_title(route: Route) -> ShellMsg {
    match route {
        Route::Home | Route::NotFound => ShellMsg::RouteHome,
        Route::Profile => ShellMsg::RouteProfile,
        Route::Checklist => ShellMsg::RouteChecklist,
        Route::Classify => ShellMsg::RouteClassify,
        Route::Incoterms => ShellMsg::RouteIncoterms,
        Route::Describe => ShellMsg::RouteDescribe,
        Route::Catalog => ShellMsg::RouteCatalog,
        Route::Market => ShellMsg::RouteMarket,
        Route::Documents => ShellMsg::RouteDocuments,
        Route::Data => ShellMsg::RouteData,
        Route::Workshop => ShellMsg::RouteWorkshop,
    }
}

pub fn route_about(route: Route) -> ShellMsg {
    match route {
        Route::Home | Route::NotFound => ShellMsg::AboutHome,
        Route::Profile => ShellMsg::AboutProfile,
        Route::Checklist => ShellMsg::AboutChecklist,
        Route::Classify => ShellMsg::AboutClassify,
        Route::Incoterms => ShellMsg::AboutIncoterms,
        Route::Describe => ShellMsg::AboutDescribe,
        Route::Catalog => ShellMsg::AboutCatalog,
        Route::Market => ShellMsg::AboutMarket,
        Route::Documents => ShellMsg::AboutDocuments,
        Route::Data => ShellMsg::AboutData,
        Route::Workshop => ShellMsg::AboutWorkshop,
    }
}

/// All label texts, for the completeness test.
pub fn catalogue() -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for d in HeldDocument::ALL {
        out.push((document(d, Lang::Id), document(d, Lang::En)));
    }
    for e in ExportExperience::ALL {
        out.push((experience(e, Lang::Id), experience(e, Lang::En)));
    }
    for c in Channel::ALL {
        out.push((channel(c, Lang::Id), channel(c, Lang::En)));
    }
    out
}
