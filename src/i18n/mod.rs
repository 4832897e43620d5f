//! Every user-visible string, in Indonesian and English.
//!
//! Each area has its own message enum, written with [`messages!`]: the macro generates an
//! exhaustive `match` over (message, language), so a message without both texts does not compile,
//! and an `ALL` list that the tests walk to check that no text is empty and that both languages use
//! the same `{placeholders}`.

use crate::domain::lang::Lang;

pub mod catalog;
pub mod checklist;
pub mod classify;
pub mod data;
pub mod describe;
pub mod documents;
pub mod home;
pub mod incoterms;
pub mod labels;
pub mod limits;
pub mod market;
pub mod photos;
pub mod profile;
pub mod report;
pub mod shell;
pub mod workshop;

pub use checklist::ChecklistMsg;
pub use data::DataMsg;
pub use home::HomeMsg;
pub use incoterms::IncotermsMsg;
pub use market::MarketMsg;
pub use profile::ProfileMsg;
pub use shell::ShellMsg;

/// Declares a message enum: `Variant => ("Indonesian", "English"),` per message.
#[macro_export]
macro_rules! messages {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => ($id:expr, $en:expr) ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $( $(#[$vmeta])* $variant ),* }

        impl $name {
            /// Every message, for the tests.
            pub const ALL: &'static [$name] = &[$( $name::$variant ),*];

            pub fn text(self, lang: $crate::domain::lang::Lang) -> &'static str {
                use $crate::domain::lang::Lang;
                match (self, lang) {
                    $( ($name::$variant, Lang::Id) => $id, ($name::$variant, Lang::En) => $en, )*
                }
            }
        }
    };
}

/// Every message of every area as (name, Indonesian, English), for the tests.
pub fn catalogue() -> Vec<(String, &'static str, &'static str)> {
    fn collect<M: Copy + std::fmt::Debug>(
        all: &[M],
        text: fn(M, Lang) -> &'static str,
    ) -> Vec<(String, &'static str, &'static str)> {
        let area = std::any::type_name::<M>().rsplit("::").next().unwrap_or("");
        all.iter().map(|m| (format!("{area}::{m:?}"), text(*m, Lang::Id), text(*m, Lang::En))).collect()
    }
    let mut out = Vec::new();
    out.extend(collect(ShellMsg::ALL, ShellMsg::text));
    out.extend(collect(HomeMsg::ALL, HomeMsg::text));
    out.extend(collect(catalog::CatalogMsg::ALL, catalog::CatalogMsg::text));
    out.extend(collect(ProfileMsg::ALL, ProfileMsg::text));
    out.extend(collect(profile::ContactMsg::ALL, profile::ContactMsg::text));
    out.extend(collect(DataMsg::ALL, DataMsg::text));
    out.extend(collect(IncotermsMsg::ALL, IncotermsMsg::text));
    out.extend(collect(ChecklistMsg::ALL, ChecklistMsg::text));
    out.extend(collect(MarketMsg::ALL, MarketMsg::text));
    out.extend(collect(describe::DescribeMsg::ALL, describe::DescribeMsg::text));
    out.extend(collect(photos::PhotoMsg::ALL, photos::PhotoMsg::text));
    out.extend(collect(report::ReportMsg::ALL, report::ReportMsg::text));
    out.extend(collect(classify::ClassifyMsg::ALL, classify::ClassifyMsg::text));
    out.extend(collect(workshop::WorkshopMsg::ALL, workshop::WorkshopMsg::text));
    out.extend(collect(limits::LimitsMsg::ALL, limits::LimitsMsg::text));
    out.extend(collect(documents::DocumentsMsg::ALL, documents::DocumentsMsg::text));
    out.extend(collect(documents::DocumentsHomeMsg::ALL, documents::DocumentsHomeMsg::text));
    out
}

/// Replaces `{name}` placeholders. A placeholder with no value stays visible, which the tests catch.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{placeholder}` names in a text, sorted, for the tests.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = rest.get(start + 1..).unwrap_or("");
        match after.find('}') {
            Some(end) => {
                names.push(after.get(..end).unwrap_or("").to_string());
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => break,
        }
    }
    names.sort();
    names
}
