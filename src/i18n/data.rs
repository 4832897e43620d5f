//! The data page: backup, restore, reset, storage status.

crate::messages! {
    pub enum DataMsg {
        Title => ("Data & cadangan", "Data & backup"),
        Intro => (
            "Semua data Anda hanya ada di perangkat ini. Unduh cadangan secara berkala, dan pakai file itu untuk memindahkan data ke ponsel atau browser lain.",
            "All your data lives only on this device. Download a backup now and then, and use the file to move your data to another phone or browser."
        ),
        StorageTitle => ("Penyimpanan", "Storage"),
        StorageLocal => ("Tersimpan di browser ini: sekitar {kb} KB dari kira-kira {quota} KB yang tersedia.", "Saved in this browser: about {kb} KB of roughly {quota} KB available."),
        StorageMemory => ("Penyimpanan browser diblokir: data hanya ada di memori sampai halaman ditutup.", "Browser storage is blocked: data lives in memory only until the page closes."),
        ExportTitle => ("Unduh cadangan", "Download a backup"),
        ExportBody => ("Menyimpan semua data sebagai file JSON: {file}", "Saves all data as a JSON file: {file}"),
        ExportButton => ("Unduh cadangan", "Download backup"),
        ExportDone => ("Cadangan diunduh: {file}", "Backup downloaded: {file}"),
        ExportFailed => ("Cadangan tidak bisa dibuat di browser ini.", "The backup could not be created in this browser."),
        ImportTitle => ("Pulihkan dari cadangan", "Restore from a backup"),
        ImportBody => ("Pilih file cadangan Siap Ekspor (.json). Data sekarang baru diganti setelah Anda setuju.", "Choose a Siap Ekspor backup file (.json). Current data is replaced only after you agree."),
        ImportChoose => ("Pilih file cadangan", "Choose a backup file"),
        ImportReading => ("Membaca file…", "Reading the file…"),
        ImportNotJson => ("File ini bukan cadangan yang bisa dibaca (bukan JSON). Data Anda tidak diubah.", "This file is not a readable backup (not JSON). Your data was not changed."),
        ImportForeign => ("File ini bukan cadangan Siap Ekspor. Data Anda tidak diubah.", "This file is not a Siap Ekspor backup. Your data was not changed."),
        ImportNewer => (
            "File ini dibuat oleh versi Siap Ekspor yang lebih baru (skema {found}). Perbarui aplikasi dulu. Data Anda tidak diubah.",
            "This file was made by a newer version of Siap Ekspor (schema {found}). Update the app first. Your data was not changed."
        ),
        ImportInvalid => ("File cadangan ini rusak atau diubah dengan tangan. Data Anda tidak diubah.", "This backup file is damaged or was edited by hand. Your data was not changed."),
        ImportTooLarge => ("File ini terlalu besar untuk cadangan Siap Ekspor. Data Anda tidak diubah.", "This file is too large to be a Siap Ekspor backup. Your data was not changed."),
        ImportNoRoom => (
            "Cadangan ini butuh sekitar {size} di penyimpanan browser, lebih dari ruang yang tersisa di sini. Tidak ada yang diganti. Buang salinan yang tidak diperlukan lagi (lihat pemberitahuan di atas), lalu coba lagi.",
            "This backup needs about {size} of browser storage, more than the room left here. Nothing was replaced. Discard copies you no longer need (see the notices above), then try again."
        ),
        ImportUnreadable => ("File tidak bisa dibaca oleh browser. Data Anda tidak diubah.", "The browser could not read the file. Your data was not changed."),
        ImportConfirmTitle => ("Ganti data sekarang dengan isi cadangan?", "Replace the current data with the backup?"),
        ImportCurrent => ("Data sekarang", "Current data"),
        ImportIncoming => ("Isi cadangan", "In the backup"),
        SummaryBusiness => ("Nama usaha: {name}", "Business name: {name}"),
        SummaryNoName => ("Nama usaha: (kosong)", "Business name: (empty)"),
        SummaryProducts => ("Produk: {count}", "Products: {count}"),
        SummaryDocuments => ("Dokumen dimiliki: {count}", "Documents held: {count}"),
        SummarySections => ("Profil: {filled} dari {total} bagian", "Profile: {filled} of {total} sections"),
        ImportReplace => ("Ganti data", "Replace data"),
        ImportCancel => ("Batal", "Cancel"),
        ImportDone => ("Data dipulihkan dari cadangan.", "Data restored from the backup."),
        ImportCancelled => ("Pemulihan dibatalkan. Data Anda tidak diubah.", "Restore cancelled. Your data was not changed."),
        ResetTitle => ("Hapus semua data", "Delete all data"),
        ResetBody => ("Menghapus profil dan semua isian dari perangkat ini. Unduh cadangan dulu jika masih diperlukan.", "Deletes the profile and everything entered from this device. Download a backup first if you still need it."),
        ResetButton => ("Hapus semua data…", "Delete all data…"),
        ResetConfirm => ("Yakin hapus semua data? Tindakan ini tidak bisa dibatalkan.", "Really delete all data? This cannot be undone."),
        ResetYes => ("Ya, hapus semua", "Yes, delete everything"),
        ResetDone => ("Semua data dihapus.", "All data was deleted."),
        RegionsSource => ("Daftar kabupaten/kota: {source} (diperiksa {checked}).", "Regency and city list: {source} (checked {checked})."),
    }
}
