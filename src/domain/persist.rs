//! Reading and writing the stored document and the backup file, with migrations from older
//! schema versions. Both go through [`decode`], so a backup is checked exactly as strictly as what
//! the app finds in its own storage.

use serde_json::{Map, Value};

use super::model::{AppData, APP_ID, SCHEMA_VERSION};
use super::regions;

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
pub fn decode(raw: &str) -> Result<AppData, DecodeError> {
    let value: Value = serde_json::from_str(raw.trim_start_matches('\u{feff}')).map_err(|_| DecodeError::NotJson)?;
    let object = value.as_object().ok_or(DecodeError::Foreign)?;
    if object.get("app").and_then(Value::as_str) != Some(APP_ID) {
        return Err(DecodeError::Foreign);
    }
    let version = object.get("schema_version").and_then(Value::as_u64).ok_or(DecodeError::Invalid)?;
    let version = u32::try_from(version).map_err(|_| DecodeError::NewerSchema { found: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::NewerSchema { found: version });
    }
    if version == 0 {
        return Err(DecodeError::Invalid);
    }
    let migrated = migrate(object.clone(), version)?;
    let data: AppData = serde_json::from_value(Value::Object(migrated)).map_err(|_| DecodeError::Invalid)?;
    Ok(normalise(data))
}

/// The compact form kept in localStorage.
pub fn encode(data: &AppData) -> Result<String, serde_json::Error> {
    serde_json::to_string(data)
}

/// The indented form written to a backup file, readable if she opens it.
pub fn encode_backup(data: &AppData) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(data)
}

/// Runs every migration step from `from` up to [`SCHEMA_VERSION`], one version at a time.
fn migrate(mut object: Map<String, Value>, from: u32) -> Result<Map<String, Value>, DecodeError> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        object = match version {
            1 => migrate_1_to_2(object)?,
            _ => return Err(DecodeError::Invalid),
        };
        version += 1;
        object.insert("schema_version".into(), Value::from(version));
    }
    Ok(object)
}

/// Version 1 kept `lang` at the top level, the city as free text and products as bare names.
fn migrate_1_to_2(mut object: Map<String, Value>) -> Result<Map<String, Value>, DecodeError> {
    let lang = object.remove("lang").unwrap_or(Value::from("id"));
    let mut settings = Map::new();
    settings.insert("lang".into(), lang);
    object.insert("settings".into(), Value::Object(settings));

    let Some(profile) = object.get_mut("profile") else {
        return Ok(object);
    };
    let profile = profile.as_object_mut().ok_or(DecodeError::Invalid)?;

    if let Some(city) = profile.remove("city") {
        let city = city.as_str().ok_or(DecodeError::Invalid)?.trim().to_string();
        if let Some(region) = regions::find_by_name(&city) {
            profile.insert("region".into(), serde_json::json!({ "kind": "east_java", "code": region.code }));
        } else if !city.is_empty() {
            profile.insert("region".into(), serde_json::json!({ "kind": "other_province" }));
            profile.insert("other_region".into(), Value::from(city));
        }
    }

    if let Some(products) = profile.remove("products") {
        let names = products.as_array().ok_or(DecodeError::Invalid)?;
        let mut upgraded = Vec::with_capacity(names.len());
        for (id, name) in names.iter().enumerate() {
            let name = name.as_str().ok_or(DecodeError::Invalid)?;
            upgraded.push(serde_json::json!({ "id": id, "name": name, "description": "" }));
        }
        profile.insert("next_product_id".into(), Value::from(upgraded.len()));
        profile.insert("products".into(), Value::Array(upgraded));
    }
    Ok(object)
}

/// Repairs what a hand-edited file could make inconsistent without making it unreadable.
fn normalise(mut data: AppData) -> AppData {
    let profile = &mut data.profile;
    let past_max = profile.products.iter().map(|p| p.id).max().map_or(0, |m| m.saturating_add(1));
    profile.next_product_id = profile.next_product_id.max(past_max);
    let mut seen = std::collections::BTreeSet::new();
    profile.products.retain(|p| seen.insert(p.id));
    data
}

/// A calendar day, supplied by the browser's clock; used in file names and dates shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
        filled_sections: completion.filled,
        total_sections: completion.total,
    }
}

/// Larger than any real backup (localStorage itself holds about 5 MB); a bigger file is refused
/// before it is read, so a video picked by mistake cannot freeze a slow phone.
pub const MAX_BACKUP_BYTES: f64 = 5.0 * 1024.0 * 1024.0;
