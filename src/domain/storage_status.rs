//! What the app knows about where her data lives, so that pages can tell her honestly.

/// Where data is being kept right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageMode {
    /// In the browser's localStorage: survives reloads.
    Local,
    /// Only in memory: storage is blocked (private mode, a sandboxed iframe, a browser setting);
    /// everything is lost when the page closes unless she exports a backup.
    Memory,
}

/// A copy of stored data kept under its own key until she downloads or discards it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveredCopy {
    pub key: String,
    pub bytes: usize,
    pub kind: CopyKind,
}

/// Why a copy was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyKind {
    /// The stored text could not be read (damaged, or edited by hand).
    Damaged,
    /// Another tab or window saved a version that this one could not merge with its own (both
    /// changed the same part, or one saved without seeing the other's save): a whole document,
    /// which can be downloaded as a backup file and restored.
    OtherTab,
    /// A newer version of the app wrote it, and she chose to keep it aside and go on here.
    Newer,
}

/// Which kind of copy a recovery key holds: `…:tab` and `…:newer` keys, or damaged data.
pub fn copy_kind(key: &str) -> CopyKind {
    if key.ends_with(TAB_COPY_SUFFIX) {
        CopyKind::OtherTab
    } else if key.ends_with(NEWER_COPY_SUFFIX) {
        CopyKind::Newer
    } else {
        CopyKind::Damaged
    }
}

/// The end of a recovery key that holds another tab's version.
pub const TAB_COPY_SUFFIX: &str = ":tab";
/// The end of a recovery key that holds a newer version's document.
pub const NEWER_COPY_SUFFIX: &str = ":newer";

/// The last attempt to save failed (usually the storage quota is full); the data is still in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Failed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageHealth {
    pub mode: StorageMode,
    pub recovered: Vec<RecoveredCopy>,
    pub save: SaveState,
}

impl StorageHealth {
    pub fn memory_only() -> StorageHealth {
        StorageHealth { mode: StorageMode::Memory, recovered: Vec::new(), save: SaveState::Saved }
    }

    pub fn local() -> StorageHealth {
        StorageHealth { mode: StorageMode::Local, recovered: Vec::new(), save: SaveState::Saved }
    }
}

/// Browsers give an origin about 5 MiB of localStorage (counted in UTF-16 code units, 2 bytes each).
pub const TYPICAL_QUOTA_BYTES: usize = 5 * 1024 * 1024;

/// Storage use in whole kilobytes, rounded up so that a non-empty store never reads "0 KB".
pub fn kilobytes(bytes: usize) -> usize {
    bytes.div_ceil(1024)
}

/// Whether the browser keeps her data when the phone runs short of space (persistent storage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Persistent: the browser clears it only if she asks.
    Protected,
    /// The browser may clear it under storage pressure: a backup is her safety.
    AtRisk,
    /// The browser does not say (old browser, embedded, blocked).
    Unknown,
}

impl Protection {
    /// From `assets/js/pwa.js`: 1 protected, 0 at risk, anything else unknown.
    pub fn from_code(code: i32) -> Protection {
        match code {
            1 => Protection::Protected,
            0 => Protection::AtRisk,
            _ => Protection::Unknown,
        }
    }

    /// The data page reminds her to keep a backup unless her data are protected.
    pub fn remind_backup(self) -> bool {
        self != Protection::Protected
    }

    /// For `data-protected`: `yes`, `no`, `unknown`.
    pub fn code(self) -> &'static str {
        match self {
            Protection::Protected => "yes",
            Protection::AtRisk => "no",
            Protection::Unknown => "unknown",
        }
    }
}

/// What the whole site uses and may use, as the browser estimates it (`navigator.storage.estimate()`:
/// her data, the offline copy of the app, its caches).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SiteUsage {
    pub used: u64,
    pub quota: u64,
}

impl SiteUsage {
    pub fn left(self) -> u64 {
        self.quota.saturating_sub(self.used)
    }
}

/// Whether the document holds something of hers worth asking the browser to keep: a business name,
/// a product, a saved quote or a listing (a language choice alone is not).
pub fn has_real_data(data: &super::model::AppData) -> bool {
    !data.profile.business_name.trim().is_empty()
        || !data.profile.products.is_empty()
        || !data.calculator.saved.is_empty()
        || !data.listings.drafts.is_empty()
}

/// A size for people: `350 KB`, `1,2 MB` (Indonesian) / `1.2 MB` (English), `12 GB`; whole units
/// from 10 up, one decimal below; kilobytes rounded up, so that something never reads `0 KB`.
pub fn size_text(bytes: u64, lang: super::lang::Lang) -> String {
    const UNITS: [&str; 3] = ["MB", "GB", "TB"];
    let kb = bytes.div_ceil(1024);
    if kb < 1024 {
        return format!("{kb} KB");
    }
    // The size in tenths of UNITS[unit], rounded.
    let mut tenths = (kb.saturating_mul(10) + 512) / 1024;
    let mut unit = 0;
    while tenths >= 10240 && unit + 1 < UNITS.len() {
        tenths = (tenths + 512) / 1024;
        unit += 1;
    }
    let name = UNITS.get(unit).copied().unwrap_or("TB");
    if tenths >= 100 {
        return format!("{} {name}", (tenths + 5) / 10);
    }
    let mark = match lang {
        super::lang::Lang::Id => ',',
        super::lang::Lang::En => '.',
    };
    format!("{}{mark}{} {name}", tenths / 10, tenths % 10)
}
