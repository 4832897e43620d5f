//! Reading and writing the stored document and the backup file, with migrations from older
//! schema versions. Both go through [`decode`], so a backup is checked exactly as strictly as what
//! the app finds in its own storage.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::checklist::ChecklistState;
use super::incoterms::calculator::Calculator;
use super::lang::Lang;
use super::listing::store::Listings;
use super::market::MarketState;
use super::model::{
    AppData, Channel, ExportExperience, HeldDocument, Product, Profile, RegionChoice, Revision, Settings, APP_ID,
    SCHEMA_VERSION,
};
use super::regions;
use super::workshop::Workshop;

/// Why a JSON text could not be read as our data. Each has its own message for the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (a truncated file, a photo picked by mistake).
    NotJson,
    /// JSON, but not written by this app (no `"app": "siap-ekspor"`).
    Foreign,
    /// Written by a newer version of the app: reading it could drop what this version doesn't know.
    NewerSchema { found: u32 },
    /// Ours, but a field has the wrong shape (edited by hand, or damaged).
    Invalid,
}

/// Parses, migrates to [`SCHEMA_VERSION`] and checks a stored document or a backup file.
///
/// Each schema version is read with its own typed struct and upgraded step by step, rather than
/// through `serde_json::Value`: that would compile a second deserializer for every type and cost
/// the phone several kilobytes of download.
pub fn decode(raw: &str) -> Result<AppData, DecodeError> {
    let raw = raw.trim_start_matches('\u{feff}');
    serde_json::from_str::<IgnoredAny>(raw).map_err(|_| DecodeError::NotJson)?;
    if !raw.trim_start().starts_with('{') {
        return Err(DecodeError::Foreign);
    }
    let envelope: Envelope = serde_json::from_str(raw).map_err(|_| DecodeError::Foreign)?;
    if envelope.app != Loose::Text(APP_ID.to_string()) {
        return Err(DecodeError::Foreign);
    }
    let version = match envelope.schema_version {
        Loose::Number(version) => version,
        _ => return Err(DecodeError::Invalid),
    };
    let version = u32::try_from(version).map_err(|_| DecodeError::NewerSchema { found: u32::MAX })?;
    let data = match version {
        0 => return Err(DecodeError::Invalid),
        1 => serde_json::from_str::<V1>(raw).map(V1::upgrade),
        2 => serde_json::from_str::<V2>(raw).map(V2::upgrade),
        SCHEMA_VERSION => serde_json::from_str::<AppData>(raw),
        newer => return Err(DecodeError::NewerSchema { found: newer }),
    };
    data.map(normalise).map_err(|_| DecodeError::Invalid)
}

/// The compact form kept in localStorage.
pub fn encode(data: &AppData) -> Result<String, serde_json::Error> {
    serde_json::to_string(data)
}

/// The backup file: the same compact JSON as storage. (An indented copy would compile a second
/// serializer, about 0.6 KB more brotli to download, for a file nobody needs to read by eye.)
pub fn encode_backup(data: &AppData) -> Result<String, serde_json::Error> {
    encode(data)
}

/// The two fields every version has, read without assuming their types.
#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    app: Loose,
    #[serde(default)]
    schema_version: Loose,
}

/// A JSON value reduced to what the envelope needs: a string, a whole number, or anything else.
#[derive(Debug, Default, PartialEq)]
enum Loose {
    Text(String),
    Number(u64),
    #[default]
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
                Ok(Loose::Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
                Ok(Loose::Number(v))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

/// Schema version 1, frozen: `lang` at the top level, the city as free text, products as bare
/// names. The other profile fields had their current shape already.
#[derive(Deserialize)]
struct V1 {
    #[serde(default)]
    lang: Lang,
    #[serde(default)]
    profile: V1Profile,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct V1Profile {
    business_name: String,
    owner_name: String,
    city: String,
    products: Vec<String>,
    documents: BTreeSet<HeldDocument>,
    experience: Option<ExportExperience>,
    channels: BTreeSet<Channel>,
    goals: String,
}

impl V1 {
    fn upgrade(self) -> AppData {
        let old = self.profile;
        let city = old.city.trim();
        let (region, other_region) = match regions::find_by_name(city) {
            Some(region) => (Some(RegionChoice::EastJava { code: region.code.clone() }), String::new()),
            None if city.is_empty() => (None, String::new()),
            None => (Some(RegionChoice::OtherProvince), city.to_string()),
        };
        let products: Vec<Product> =
            (0u32..).zip(old.products).map(|(id, name)| Product { id, name, ..Product::default() }).collect();
        AppData {
            settings: Settings { lang: self.lang },
            profile: Profile {
                business_name: old.business_name,
                owner_name: old.owner_name,
                region,
                other_region,
                next_product_id: u32::try_from(products.len()).unwrap_or(u32::MAX),
                products,
                documents: old.documents,
                other_document: String::new(),
                experience: old.experience,
                channels: old.channels,
                goals: old.goals,
                contact: Default::default(),
            },
            ..AppData::default()
        }
    }
}

/// Schema version 2, frozen: every section but the documents, which version 3 added. Its
/// sections' types are today's (each of their later fields has `#[serde(default)]`); a
/// `documents` key in a version-2 file cannot come from the app and is ignored.
#[derive(Deserialize)]
struct V2 {
    #[serde(default)]
    revision: Revision,
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    calculator: Calculator,
    #[serde(default)]
    checklist: ChecklistState,
    #[serde(default)]
    market: MarketState,
    #[serde(default)]
    workshop: Workshop,
    #[serde(default)]
    listings: Listings,
}

impl V2 {
    fn upgrade(self) -> AppData {
        AppData {
            revision: self.revision,
            settings: self.settings,
            profile: self.profile,
            calculator: self.calculator,
            checklist: self.checklist,
            market: self.market,
            workshop: self.workshop,
            listings: self.listings,
            ..AppData::default()
        }
    }
}

/// Repairs what a hand-edited file could make inconsistent without making it unreadable, and
/// moves values whose place changed within schema version 2 (each a `#[serde(default)]` field, so
/// older documents load as they are): the calculator's minimum order into its form.
fn normalise(mut data: AppData) -> AppData {
    data.calculator.upgrade();
    let profile = &mut data.profile;
    let past_max = profile.products.iter().map(|p| p.id).max().map_or(0, |m| m.saturating_add(1));
    profile.next_product_id = profile.next_product_id.max(past_max);
    let mut seen = std::collections::BTreeSet::new();
    profile.products.retain(|p| seen.insert(p.id));
    data.documents.normalise();
    data
}

/// `siap-ekspor-copy-2026-11-28.json`: a whole document kept aside (another tab's version, or a
/// newer version's), a backup file the data page can restore.
pub fn copy_file_name(date: CalendarDate) -> String {
    format!("{APP_ID}-copy-{:04}-{:02}-{:02}.json", date.year, date.month, date.day)
}

/// A calendar day, supplied by the browser's clock; used in file names and dates shown. Ordered
/// by day: the fields are compared in their order, year, month, day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// How backup files are named, as shown to her.
pub const BACKUP_FILE_PATTERN: &str = "siap-ekspor-backup-YYYY-MM-DD.json";

/// `siap-ekspor-backup-2026-11-28.json`
pub fn backup_file_name(date: CalendarDate) -> String {
    format!("{APP_ID}-backup-{:04}-{:02}-{:02}.json", date.year, date.month, date.day)
}

/// `siap-ekspor-recovered-2026-11-28.txt`: the raw text of damaged storage, as found.
pub fn recovered_file_name(date: CalendarDate) -> String {
    format!("{APP_ID}-recovered-{:04}-{:02}-{:02}.txt", date.year, date.month, date.day)
}

/// What a document holds, in a few numbers: shown before an import replaces the current data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataSummary {
    pub business_name: String,
    pub products: usize,
    pub documents: usize,
    pub filled_sections: usize,
    pub total_sections: usize,
}

pub fn summarise(data: &AppData) -> DataSummary {
    let completion = super::profile::completion(&data.profile);
    DataSummary {
        business_name: data.profile.business_name.trim().to_string(),
        products: data.profile.products.len(),
        documents: data.profile.documents.len(),
        filled_sections: completion.done,
        total_sections: completion.total,
    }
}

/// Larger than any real backup (localStorage itself holds about 5 MB); a bigger file is refused
/// before it is read, so a video picked by mistake cannot freeze a slow phone.
pub const MAX_BACKUP_BYTES: f64 = 5.0 * 1024.0 * 1024.0;

impl CalendarDate {
    /// `2026-11-28`
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
