//! The parts of the app loaded when they are first needed, so that a new tool never makes the
//! first visit heavier. The main module holds the shell and the home page; each tool's page is a
//! part, fetched the first time its route opens; so are the home page's summary (the progress card
//! that needs the fetched checklist, guide and rules, and the list of every tool with its state
//! lines) and the reading and writing of her stored document (`Persist`: a first visit has nothing
//! stored to read, and its JSON code for every version of the document is a third of what the main
//! module would be).
//!
//! With the `split` feature (the release build, `assets/build/wasm.mjs`) each loader below is a
//! `wasm_split` point: the splitter moves what only it reaches into `split_<part>.wasm`, and the
//! first call fetches that file. Without the feature (native tests, `cargo test --target wasm32`,
//! `SIAP_SPLIT=0`) they are plain calls and everything is in one module. Nothing else in the crate
//! may name what a part renders: a reference from the main module keeps the code, and all it
//! calls, in the main module (docs/code-splitting.md).

use std::cell::{Cell, RefCell};

use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::model::AppData;
use crate::domain::persist::{self, DecodeError};
use crate::domain::route::Route;
use crate::domain::storage_status::StorageHealth;

/// Something loaded lazily: a tool's page, the home page's summary, the stored document's codec,
/// or code that a tool needs only at a later step (the glossary's reader).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Tool(Route),
    HomeSummary,
    Persist,
    /// The glossary's reader, fetched with the glossary file (`data_files::use_glossary_when`):
    /// the calculator needs it only once it can write a price line (for her unit in English), the
    /// classification only for a search in the HS list, the documents for one from a listing.
    Glossary,
    /// "Start from a listing" on `#/documents` (the listing generator and the glossary), fetched
    /// only when she has a listing to start from.
    DocumentFromListing,
    /// What the listing builder writes from her draft (the glossary, the generator, the findings,
    /// the buyer replies) and the listing's photos, fetched once she has a listing: the page and
    /// its form come first, and she can type while this arrives (`pages::describe`).
    ListingWriter,
    /// What the catalogue writes from her listings (the sheet with its print, download and share,
    /// her logo, the first e-mail to a buyer: the generator, the glossary, the photo store's glue),
    /// fetched as `#/catalog` opens: the page lists her products and her signature meanwhile.
    CatalogueSheet,
}

/// Where on `#/catalog` the part [`Part::CatalogueSheet`] renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CataloguePlace {
    /// Print / download / share, her logo, and the sheet; `any_in`: whether any product is ticked
    /// (with none, there is nothing to print).
    Sheet { any_in: bool },
    /// The first e-mail to a buyer, signed as the role she picked for her signature.
    FirstEmail(crate::domain::catalog::signature::Role),
}

/// What a loaded part gives the main module: plain function pointers, so the main module never
/// names a component type of the part, only addresses inside it.
#[derive(Clone, Copy)]
pub enum Loaded {
    /// Renders the page of the route it is given (a part may hold more than one tool's page).
    Tool(fn(Route) -> Html),
    HomeSummary(HomeSummary),
    Persist(Persist),
    Glossary(GlossaryReader),
    /// Renders "Start from a listing" for the kind of document chosen.
    DocumentFromListing(fn(crate::domain::documents::DocKind) -> Html),
    /// Renders what the listing builder writes for a listing (its id, her draft).
    ListingWriter(fn(u32, crate::domain::listing::draft::Draft) -> Html),
    /// Renders what the catalogue writes, in the place it is given.
    CatalogueSheet(fn(CataloguePlace) -> Html),
}

/// Reading and writing her stored document and backup file (`domain::persist`), and settling with
/// another tab's save (`Store::settle`), which is only ever needed with them.
#[derive(Clone, Copy)]
pub struct Persist {
    pub decode: fn(&str) -> Result<AppData, DecodeError>,
    pub encode: fn(&AppData) -> Result<String, serde_json::Error>,
    pub settle: fn(&crate::storage::Store, Option<String>, Persist) -> crate::storage::Synced,
    /// Reads the stored document at start-up (`Opened::read_with`).
    pub read: fn(crate::storage::Opened, &crate::storage::Store, Persist) -> (AppData, StorageHealth),
    /// Saves her document as the app's state holds it (`Store::save_shared`).
    pub save: fn(&crate::storage::Store, &std::rc::Rc<AppData>, Lang, Persist) -> crate::storage::Synced,
    /// Downloads the backup file, photos and all (`crate::backup::download`), of her document in
    /// the language she reads in, for the shell's notices: the photo store's glue and the copy of
    /// her document then stay out of the main module.
    pub backup: fn(&AppData, Lang),
    /// Whether two documents are the same (`Store::save` writes only a changed one): the
    /// comparison of every type of her document, here rather than in the first visit's module.
    pub same: fn(&AppData, &AppData) -> bool,
}

/// The glossary's reader, for the pages that need the glossary only at a later step
/// (`data_files::use_glossary_when`). The listing builder's writer and the catalogue's sheet, which
/// need it as soon as they come, name its code themselves.
#[derive(Clone, Copy)]
pub struct GlossaryReader {
    /// Reads and checks `glossary.json`.
    pub parse: fn(&str) -> Result<crate::domain::listing::glossary::Glossary, String>,
    /// Her unit in English ("botol" → "bottle"), for a quote.
    pub english_unit: fn(Option<&crate::domain::listing::glossary::Glossary>, &str) -> String,
}

/// The home page's pieces that need fetched data, and its list of every tool.
#[derive(Clone, Copy)]
pub struct HomeSummary {
    /// The "next step" card: overall progress, the next step, "continue".
    pub progress: fn() -> Html,
    /// The list of every tool with the line that says where she stands in each.
    pub tools: fn() -> Html,
}

/// A part could not be fetched or instantiated (offline before it was ever cached, or a file gone
/// after a deployment). Not cached: asking again tries again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartMissing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for PartMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// One loader per part; `$name` names its wasm file (`split_<name>.wasm`). With `split`, a
/// `wasm_split` point (async); without, a plain function.
macro_rules! loader {
    ($name:ident => $body:expr) => {
        #[cfg(feature = "split")]
        #[allow(improper_ctypes_definitions)]
        #[wasm_split_helpers::wasm_split($name, fallible)]
        fn $name() -> Result<Loaded, PartMissing> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        fn $name() -> Result<Loaded, PartMissing> {
            Ok($body)
        }
    };
}

loader!(profile => Loaded::Tool(|_| html! { <crate::pages::profile::ProfilePage /> }));
loader!(checklist => Loaded::Tool(|_| html! { <crate::pages::checklist::ChecklistPage /> }));
loader!(classify => Loaded::Tool(|_| html! { <crate::pages::classify::ClassifyPage /> }));
loader!(incoterms => Loaded::Tool(|_| html! { <crate::pages::incoterms::IncotermsPage /> }));
loader!(describe => Loaded::Tool(|_| html! { <crate::pages::describe::DescribePage /> }));
// The catalogue (`#/catalog`): its page lists her products by her names, the date and her
// signature; what it writes from them (the generator, the glossary's reader, the photos, shared
// with the listing builder's writer in chunks fetched once for both) is `catsheet`
// (docs/code-splitting.md).
loader!(catalog => Loaded::Tool(|_| html! { <crate::pages::catalog::CatalogPage /> }));
loader!(market => Loaded::Tool(|_| html! { <crate::pages::market::MarketPage /> }));
loader!(documents => Loaded::Tool(|_| html! { <crate::pages::documents::DocumentsPage /> }));
loader!(data => Loaded::Tool(|_| html! { <crate::pages::data::DataPage /> }));
loader!(workshop => Loaded::Tool(|_| html! { <crate::pages::workshop::WorkshopPage /> }));
loader!(home => Loaded::HomeSummary(HomeSummary {
    progress: || html! { <crate::pages::home::summary::Progress /> },
    tools: || html! { <crate::pages::home::summary::Tools /> },
}));
loader!(glossary => Loaded::Glossary(GlossaryReader {
    parse: crate::domain::listing::glossary::parse,
    english_unit: crate::domain::listing::generate::english_unit,
}));
loader!(doclisting => Loaded::DocumentFromListing(|kind| html! { <crate::pages::documents::FromListing {kind} /> }));
loader!(writer => Loaded::ListingWriter(|listing, draft| html! { <crate::pages::describe::Output {listing} {draft} /> }));
loader!(catsheet => Loaded::CatalogueSheet(crate::pages::catalog::written));
loader!(codec => Loaded::Persist(Persist {
    decode: persist::decode,
    encode: persist::encode,
    settle: crate::storage::Store::settle,
    read: crate::storage::Opened::read_with,
    save: crate::storage::Store::save_shared,
    backup: |data, lang| {
        let data = data.with_lang(lang);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = crate::backup::download(data).await;
        })
    },
    same: |a, b| a == b,
}));

/// A part on its way: one of the loaders' futures.
#[cfg(feature = "split")]
type Loading = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Loaded, PartMissing>>>>;

/// The loader of `part`, boxed; `None` for what the main module holds (home, not found). Boxed so
/// that `load` awaits one kind of future rather than holding every part's in its own state (its
/// code was the main module's largest of ours).
#[cfg(feature = "split")]
fn call(part: Part) -> Option<Loading> {
    Some(match part {
        Part::Tool(Route::Profile) => Box::pin(profile()),
        Part::Tool(Route::Checklist) => Box::pin(checklist()),
        Part::Tool(Route::Classify) => Box::pin(classify()),
        Part::Tool(Route::Incoterms) => Box::pin(incoterms()),
        Part::Tool(Route::Describe) => Box::pin(describe()),
        Part::Tool(Route::Catalog) => Box::pin(catalog()),
        Part::Tool(Route::Market) => Box::pin(market()),
        Part::Tool(Route::Documents) => Box::pin(documents()),
        Part::Tool(Route::Data) => Box::pin(data()),
        Part::Tool(Route::Workshop) => Box::pin(workshop()),
        Part::HomeSummary => Box::pin(home()),
        Part::Persist => Box::pin(codec()),
        Part::Glossary => Box::pin(glossary()),
        Part::DocumentFromListing => Box::pin(doclisting()),
        Part::ListingWriter => Box::pin(writer()),
        Part::CatalogueSheet => Box::pin(catsheet()),
        Part::Tool(Route::Home | Route::NotFound) => return None,
    })
}

#[cfg(not(feature = "split"))]
fn call_now(part: Part) -> Option<Result<Loaded, PartMissing>> {
    Some(match part {
        Part::Tool(Route::Profile) => profile(),
        Part::Tool(Route::Checklist) => checklist(),
        Part::Tool(Route::Classify) => classify(),
        Part::Tool(Route::Incoterms) => incoterms(),
        Part::Tool(Route::Describe) => describe(),
        Part::Tool(Route::Catalog) => catalog(),
        Part::Tool(Route::Market) => market(),
        Part::Tool(Route::Documents) => documents(),
        Part::Tool(Route::Data) => data(),
        Part::Tool(Route::Workshop) => workshop(),
        Part::HomeSummary => home(),
        Part::Persist => codec(),
        Part::Glossary => glossary(),
        Part::DocumentFromListing => doclisting(),
        Part::ListingWriter => writer(),
        Part::CatalogueSheet => catsheet(),
        Part::Tool(Route::Home | Route::NotFound) => return None,
    })
}

thread_local! {
    /// Parts loaded so far: a part renders at once when it is needed again.
    static LOADED: RefCell<Vec<(Part, Loaded)>> = const { RefCell::new(Vec::new()) };
    /// Parts on their way now: when none is left, the page may start its background downloads
    /// (`pwa::parts_settled`).
    static IN_FLIGHT: Cell<u32> = const { Cell::new(0) };
}

/// Fetches `part` (once; a failure is tried again on the next call). `None` for what the main
/// module holds.
pub async fn load(part: Part) -> Option<Result<Loaded, PartMissing>> {
    if let Some(loaded) = ready(part) {
        return Some(Ok(loaded));
    }
    IN_FLIGHT.with(|n| n.set(n.get() + 1));
    #[cfg(feature = "split")]
    let result = match call(part) {
        Some(loading) => Some(loading.await),
        None => None,
    };
    #[cfg(not(feature = "split"))]
    let result = call_now(part);
    let left = IN_FLIGHT.with(|n| {
        let left = n.get().saturating_sub(1);
        n.set(left);
        left
    });
    if left == 0 {
        crate::pwa::parts_settled();
    }
    if let Some(Ok(loaded)) = result {
        LOADED.with(|parts| parts.borrow_mut().push((part, loaded)));
    }
    result
}

/// `part` if it is already here: once loaded, and always without the `split` feature.
pub fn ready(part: Part) -> Option<Loaded> {
    #[cfg(not(feature = "split"))]
    if let Some(Ok(loaded)) = call_now(part) {
        return Some(loaded);
    }
    LOADED.with(|parts| parts.borrow().iter().find(|(p, _)| *p == part).map(|(_, loaded)| *loaded))
}
