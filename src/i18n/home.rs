//! The home page.

crate::messages! {
    pub enum HomeMsg {
        Title => ("Selamat datang di Siap Ekspor", "Welcome to Siap Ekspor"),
        Intro => (
            "Langkah demi langkah menuju ekspor pertama Anda: siapkan profil usaha, cek aturan barang, hitung harga, dan tulis deskripsi produk dalam bahasa Inggris. Semua bekerja tanpa internet.",
            "Step by step to your first export: prepare your business profile, check the rules for your goods, price them, and write your product description in English. Everything works offline."
        ),
        ProfileProgress => ("Profil usaha: {filled} dari {total} bagian terisi", "Business profile: {filled} of {total} sections filled"),
        ProfileProgressLabel => ("Kelengkapan profil usaha", "Business profile completion"),
        NextStep => ("Langkah berikutnya", "Next step"),
        ChecklistProgress => ("Kesiapan ekspor: {percent}% dari daftar periksa", "Export readiness: {percent}% of the checklist"),
        NextOpenChecklist => ("Buka daftar periksa ekspor", "Open the export checklist"),
        NextFillProfile => ("Lengkapi profil usaha Anda", "Complete your business profile"),
        NextProfileDone => ("Profil lengkap. Unduh cadangan data Anda agar aman.", "Profile complete. Download a backup of your data to keep it safe."),
        Continue => ("Lanjutkan", "Continue"),
        ToolsTitle => ("Alat", "Tools"),
        ReportTitle => ("Laporan dan evaluasi lokakarya", "Workshop report and evaluation"),
        ReportAbout => ("Kirim ke fasilitator lewat WhatsApp", "Send them to the facilitator by WhatsApp"),
        StateClassified => ("{checked} dari {total} produk sudah dicek", "{checked} of {total} products checked"),
        StateNoneClassified => ("Belum ada produk yang dicek", "No product checked yet"),
        StateListings => ("{count} draf deskripsi", "{count} listing drafts"),
        StateNoListing => ("Belum ada draf deskripsi", "No listing draft yet"),
        StateNoSession => ("Untuk fasilitator lokakarya", "For workshop facilitators"),
        StateCatalogue => ("{count} produk di katalog", "{count} products in the catalogue"),
        StateCatalogueOne => ("1 produk di katalog", "1 product in the catalogue"),
        StateCatalogueEmpty => ("Tulis daftar produk dulu untuk katalog", "Write a listing first for the catalogue"),
        StateSessions => ("Sesi: {count}", "Sessions: {count}"),
        StateProducts => ("{count} produk tercatat", "{count} products listed"),
        StateStorageLocal => ("Tersimpan di perangkat ini, {kb} KB", "Saved on this device, {kb} KB"),
        InstallTitle => ("Pasang di ponsel", "Install on your phone"),
        InstallBody => (
            "Pasang Siap Ekspor di layar utama: terbuka seperti aplikasi dan tetap bekerja tanpa internet.",
            "Add Siap Ekspor to your home screen: it opens like an app and keeps working offline."
        ),
        InstallButton => ("Pasang aplikasi", "Install the app"),
        StateStorageMemory => ("Hanya sementara: unduh cadangan", "Temporary only: download a backup"),
        // The calculator's line on the home page. Here, not in IncotermsMsg: the home page is in the
        // main module, the calculator's strings are in its part.
        StateLastQuote => ("Penawaran terakhir: {line}", "Last quote: {line}"),
        StateNoQuote => ("Belum ada penawaran", "No quote yet"),
    }
}
