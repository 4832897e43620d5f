//! The product's knowledge and arithmetic, in pure Rust.
//!
//! Nothing in here may use yew, web-sys, js-sys, gloo or wasm-bindgen: everything is tested natively
//! with `cargo test`, and pages only call into this module and render what it returns.

/// An enum of options, each with its stored code (the value a file, a link or a `<select>` holds):
/// the variants, `ALL` (in declaration order) and the method that gives the code are generated
/// from one list, so a new variant can be neither left out of `ALL` nor without a code, and two
/// variants sharing a code does not compile.
///
/// ```ignore
/// crate::code_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Stage: key {
///         Preparation = "preparation",
///         Material = "material",
///     }
/// }
/// ```
#[macro_export]
macro_rules! code_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident : $method:ident {
        $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
    }) => {
        $(#[$meta])*
        $vis enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; $crate::code_enum!(@count $($variant)+)] = [$($name::$variant),+];

            /// The stored code, also used in element and test ids.
            pub fn $method(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }
        }

        const _: () = assert!($crate::domain::text::distinct(&[$($code),+]), "two variants share a code");
    };
    (@count) => { 0usize };
    (@count $head:ident $($tail:ident)*) => { 1usize + $crate::code_enum!(@count $($tail)*) };
}

pub mod catalog;
pub mod change;
pub mod checklist;
pub mod classify;
pub mod documents;
pub mod home;
pub mod incoterms;
pub mod lang;
pub mod limits;
pub mod listing;
pub mod market;
pub mod model;
pub mod money;
pub mod persist;
pub mod photos;
pub mod profile;
pub mod progress;
pub mod query;
pub mod regions;
pub mod report;
pub mod route;
pub mod share_link;
pub mod storage_status;
pub mod sync;
pub mod text;
pub mod workshop;
