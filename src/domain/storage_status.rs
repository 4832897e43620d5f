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

/// A copy of damaged stored data, kept under its own key until she downloads or discards it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveredCopy {
    pub key: String,
    pub bytes: usize,
}

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
