//! Web glue for the backup file: the format and checks live in `domain::persist`.

use crate::browser::{self, DownloadFailed};
use crate::domain::model::AppData;
use crate::domain::persist;

/// Downloads everything as `siap-ekspor-backup-YYYY-MM-DD.json`; returns the file name.
pub fn download(data: &AppData) -> Result<String, DownloadFailed> {
    let text = persist::encode_backup(data).map_err(|_| DownloadFailed)?;
    let name = persist::backup_file_name(browser::today());
    browser::download_text(&name, "application/json", &text)?;
    Ok(name)
}
