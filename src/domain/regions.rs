//! East Java's 38 regencies and cities, loaded from `assets/data/east-java-regions.json`.
//!
//! The list is compiled in (about 3 KB) because the profile needs it on the first visit, and it is
//! parsed once, on first use. A malformed file is caught by the tests, never by a user: if it ever
//! failed to parse at run time the list would be empty and the profile would offer "other
//! province" only.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::text::Bilingual;

const REGIONS_JSON: &str = include_str!("../../assets/data/east-java-regions.json");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionKind {
    /// Kabupaten
    Regency,
    /// Kota
    City,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Region {
    pub code: String,
    pub kind: RegionKind,
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct RegionList {
    pub source: Bilingual,
    pub checked: String,
    pub regions: Vec<Region>,
}

/// Parses the bundled list; public so the tests can see a parse error instead of an empty list.
pub fn parse(text: &str) -> Result<RegionList, serde_json::Error> {
    serde_json::from_str(text)
}

fn list() -> &'static RegionList {
    static LIST: OnceLock<RegionList> = OnceLock::new();
    LIST.get_or_init(|| {
        parse(REGIONS_JSON).unwrap_or(RegionList {
            source: Bilingual::default(),
            checked: String::new(),
            regions: Vec::new(),
        })
    })
}

/// All 38, regencies first, each group in the order of its code.
pub fn all() -> &'static [Region] {
    &list().regions
}

pub fn source() -> (&'static Bilingual, &'static str) {
    (&list().source, &list().checked)
}

pub fn find(code: &str) -> Option<&'static Region> {
    all().iter().find(|r| r.code == code)
}

/// Matches what people typed in the first version's free-text city field: "Surabaya",
/// "Kota Surabaya", "kab. malang", "Kabupaten Malang". A bare name shared by a regency and a city
/// ("Malang") means the regency, the larger and more common answer, unless "kota" is said.
pub fn find_by_name(text: &str) -> Option<&'static Region> {
    let lower = text.trim().to_ascii_lowercase();
    let (kind, name) = if let Some(rest) = lower.strip_prefix("kota ") {
        (Some(RegionKind::City), rest)
    } else if let Some(rest) =
        lower.strip_prefix("kabupaten ").or_else(|| lower.strip_prefix("kab. ")).or_else(|| lower.strip_prefix("kab "))
    {
        (Some(RegionKind::Regency), rest)
    } else {
        (None, lower.as_str())
    };
    let name = name.trim();
    let matches = |r: &&Region| r.name.eq_ignore_ascii_case(name);
    match kind {
        Some(kind) => all().iter().filter(matches).find(|r| r.kind == kind),
        None => {
            all().iter().filter(matches).find(|r| r.kind == RegionKind::Regency).or_else(|| all().iter().find(matches))
        }
    }
}
