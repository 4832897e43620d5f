//! Web glue for the backup file: the format and checks live in `domain::persist`, the code that
//! writes it in the codec part (`crate::persistence`).

use crate::browser::{self, DownloadFailed};
use crate::domain::model::AppData;
use crate::domain::persist;
use crate::photos::BackupFile;

/// Downloads everything as `siap-ekspor-backup-YYYY-MM-DD.json`; returns the file name. The
/// backup file is the stored document itself (`persist::encode_backup`) with her photos in a
/// `photos` array (`crate::photos`); where the photo store cannot be read, the document alone.
pub async fn download(data: AppData) -> Result<String, DownloadFailed> {
    let codec = crate::persistence::codec().await.ok_or(DownloadFailed)?;
    let text = (codec.encode)(&data).map_err(|_| DownloadFailed)?;
    let name = persist::backup_file_name(browser::today());
    match crate::photos::backup_file(&text).await {
        BackupFile::Ready(blob) => browser::download_blob(&name, &blob)?,
        BackupFile::NoPhotos => browser::download_text(&name, "application/json", &text)?,
        BackupFile::Failed => return Err(DownloadFailed),
    }
    Ok(name)
}
