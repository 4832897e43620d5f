//! Web glue for the backup file: the format and checks live in `domain::persist`, the code that
//! writes it in the codec part (`crate::persistence`).

use crate::browser::{self, DownloadFailed};
use crate::domain::model::AppData;
use crate::domain::persist;

/// Downloads everything as `siap-ekspor-backup-YYYY-MM-DD.json`; returns the file name. The
/// backup file is the stored document itself (`persist::encode_backup`) with her photos in a
/// `photos` array (`crate::photos`); where the photo store cannot be read, the document alone.
pub async fn download(data: AppData) -> Result<String, DownloadFailed> {
    let codec = crate::persistence::codec().await.ok_or(DownloadFailed)?;
    let text = (codec.encode)(&data).map_err(|_| DownloadFailed)?;
    let name = persist::backup_file_name(browser::today());
    match crate::photos::download_backup(&name, &text).await {
        crate::photos::BackupWritten::Written => Ok(name),
        crate::photos::BackupWritten::Failed => Err(DownloadFailed),
        crate::photos::BackupWritten::NoPhotos => {
            browser::download_text(&name, "application/json", &text)?;
            Ok(name)
        }
    }
}
