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
        ProtectionChecking => ("Memeriksa apakah data Anda terlindungi…", "Checking whether your data is protected…"),
        ProtectionYes => (
            "Terlindungi: browser tetap menyimpan data Anda walaupun ruang di ponsel hampir habis.",
            "Protected: the browser keeps your data even when the phone runs short of space."
        ),
        ProtectionNo => (
            "Belum terlindungi: jika ruang di ponsel hampir habis, browser boleh menghapus data situs ini, termasuk data Anda.",
            "Not protected: when the phone runs short of space, the browser may delete this site's data, yours included."
        ),
        ProtectionUnknown => (
            "Browser ini tidak memberi tahu apakah data Anda terlindungi dari penghapusan otomatis.",
            "This browser does not say whether your data is protected from automatic deletion."
        ),
        BackupReminder => (
            "Simpan cadangan: unduh file cadangan setelah perubahan penting, dan simpan di tempat lain (misalnya kirim ke WhatsApp atau e-mail Anda sendiri).",
            "Keep a backup: download a backup file after changes that matter, and keep it somewhere else (send it to your own WhatsApp or e-mail, for example)."
        ),
        AskProtection => ("Minta browser menyimpan data saya", "Ask the browser to keep my data"),
        ProtectionRefused => (
            "Browser belum mengizinkannya. Chrome biasanya mengizinkan setelah aplikasi dipasang di layar utama atau sering dipakai.",
            "The browser did not allow it yet. Chrome usually allows it once the app is installed on the home screen or used often."
        ),
        SiteUsage => (
            "Seluruh situs (data Anda dan salinan offline aplikasi) memakai {used} dari sekitar {quota} yang diizinkan browser; sisa {left}.",
            "The whole site (your data and the offline copy of the app) uses {used} of about {quota} the browser allows; {left} left."
        ),
        ExportTitle => ("Unduh cadangan", "Download a backup"),
        ExportBody => ("Menyimpan semua data Anda dalam satu file cadangan (berformat JSON) di perangkat ini: {file}", "Saves all your data as one backup file (in JSON format) on this device: {file}"),
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
