//! The frame around every page: header, navigation, notices, placeholders.

crate::messages! {
    pub enum ShellMsg {
        AppName => ("Siap Ekspor", "Siap Ekspor"),
        // As short in English as in Indonesian: the top bar of a 360 px phone cuts a longer one.
        Tagline => ("Asisten ekspor untuk UMKM", "Export assistant for SMEs"),
        SkipToContent => ("Langsung ke isi halaman", "Skip to content"),
        MainNav => ("Semua alat", "All tools"),
        QuickNav => ("Menu cepat", "Quick menu"),
        MenuButton => ("Menu", "Menu"),
        MenuClose => ("Tutup", "Close"),
        SwitchLanguage => ("English", "Bahasa Indonesia"),
        SwitchLanguageLabel => ("Ganti bahasa ke English", "Switch language to Bahasa Indonesia"),
        RouteHome => ("Beranda", "Home"),
        RouteProfile => ("Profil usaha", "Business profile"),
        RouteChecklist => ("Daftar periksa", "Checklist"),
        RouteClassify => ("Cek barang", "Classify goods"),
        RouteIncoterms => ("Hitung harga", "Price calculator"),
        RouteDescribe => ("Deskripsi produk", "Product listing"),
        RouteCatalog => ("Katalog & e-mail", "Catalogue & e-mail"),
        RouteMarket => ("Panduan marketplace", "Marketplace guide"),
        RouteDocuments => ("Dokumen ekspor", "Export documents"),
        RouteData => ("Data & cadangan", "Data & backup"),
        RouteWorkshop => ("Lokakarya (fasilitator)", "Workshop (facilitator)"),
        AboutHome => ("Kemajuan Anda dan langkah berikutnya", "Your progress and the next step"),
        AboutProfile => ("Lembar persiapan: usaha, produk, dokumen", "Preparation sheet: business, products, papers"),
        AboutChecklist => ("Dokumen dan 7 langkah awal ekspor", "Papers and the 7 first steps to export"),
        AboutClassify => ("Bebas, dibatasi, atau dilarang diekspor?", "Free, restricted or prohibited to export?"),
        AboutIncoterms => ("Harga FOB, CFR, CIF dan lainnya dari biaya rupiah", "FOB, CFR, CIF and other prices from rupiah costs"),
        AboutDescribe => ("Judul dan deskripsi produk dalam bahasa Inggris", "English product title and description"),
        AboutCatalog => (
            "Katalog produk, halaman web dan e-mail dalam bahasa Inggris",
            "Product catalogue, web page and e-mail in English"
        ),
        AboutMarket => ("Daftar akun dan unggah produk di situs B2B", "Sign up and post products on B2B sites"),
        AboutDocuments => ("Proforma invoice, commercial invoice, packing list", "Proforma invoice, commercial invoice, packing list"),
        AboutData => ("Unduh, pulihkan, atau hapus data Anda", "Download, restore or delete your data"),
        AboutWorkshop => (
            "Tautan dan kode QR sesi, laporan peserta dari WhatsApp, tabel dan CSV",
            "Session link and QR code, participants' reports from WhatsApp, tables and CSV"
        ),
        NotFoundTitle => ("Halaman tidak ditemukan", "Page not found"),
        NotFoundBody => ("Alamat ini tidak menunjuk ke alat mana pun di Siap Ekspor.", "This address does not point to any tool in Siap Ekspor."),
        BackHome => ("Kembali ke beranda", "Back to home"),
        StorageUnavailable => (
            "Penyimpanan browser tidak bisa dipakai di sini (mode privat, bingkai yang dibatasi, atau pengaturan browser). Data Anda hanya tersimpan sementara dan hilang saat halaman ditutup.",
            "Browser storage cannot be used here (private mode, a restricted frame, or a browser setting). Your data is kept only for now and is lost when the page closes."
        ),
        StorageUnavailableAction => ("Unduh cadangan", "Download a backup"),
        StorageRecovered => (
            "Data yang tersimpan rusak dan tidak bisa dibaca. Salinan aslinya tetap kami simpan di perangkat ini; aplikasi dimulai dengan data kosong.",
            "The stored data was damaged and could not be read. We kept the original copy on this device; the app started with empty data."
        ),
        StorageRecoveredDownload => ("Unduh salinan rusak", "Download the damaged copy"),
        StorageRecoveredDiscard => ("Buang salinan", "Discard the copy"),
        StorageRecoveredDiscardConfirm => (
            "Buang salinan data rusak ini? Tindakan ini tidak bisa dibatalkan.",
            "Discard this copy of the damaged data? This cannot be undone."
        ),
        StorageOtherTab => (
            "Siap Ekspor terbuka di dua tab atau jendela, dan keduanya mengubah bagian yang sama. Satu versi dipakai di sini; versi lainnya disimpan utuh sebagai salinan. Unduh salinan itu untuk menyimpannya (bisa dipulihkan di halaman Data & cadangan).",
            "Siap Ekspor was open in two tabs or windows, and both changed the same part. One version is used here; the other is kept whole as a copy. Download it to keep it (you can restore it on the Data & backup page)."
        ),
        StorageOtherTabDownload => ("Unduh versi lainnya", "Download the other version"),
        StorageNewerCopy => (
            "Data dari versi Siap Ekspor yang lebih baru disimpan sebagai salinan. Unduh untuk menyimpannya; versi baru bisa memulihkannya.",
            "Data from a newer version of Siap Ekspor is kept as a copy. Download it to keep it; the newer version can restore it."
        ),
        StorageNewerCopyDownload => ("Unduh salinan", "Download the copy"),
        StorageNewer => (
            "Versi Siap Ekspor yang lebih baru (di tab atau jendela lain) baru saja menyimpan data Anda. Halaman ini tidak akan menimpanya, jadi perubahan di sini belum disimpan. Muat ulang untuk memakai versi baru.",
            "A newer version of Siap Ekspor (in another tab or window) just saved your data. This page will not write over it, so changes here are not saved. Reload to use the newer version."
        ),
        StorageNewerKeepAside => ("Simpan data itu sebagai salinan dan lanjutkan di sini", "Keep that data as a copy and go on here"),
        StorageUnread => (
            "Data tersimpan Anda belum bisa dibuka: sebagian aplikasi belum ada di perangkat ini dan tidak bisa diunduh sekarang. Data Anda tidak diubah dan tidak akan ditimpa. Sambungkan internet lalu muat ulang.",
            "Your saved data could not be opened: part of the app is not on this device yet and cannot be fetched now. Your data was not changed and will not be overwritten. Connect to the internet and reload."
        ),
        SaveFailed => (
            "Perubahan terakhir gagal disimpan: penyimpanan browser penuh atau ditolak. Semua yang Anda isi masih ada di layar ini; unduh cadangan agar tidak hilang.",
            "Your last change could not be saved: browser storage is full or refused. Everything you entered is still here; download a backup so it is not lost."
        ),
        Cancel => ("Batal", "Cancel"),
        PartLoading => ("Memuat…", "Loading…"),
        PartFailed => (
            "Bagian aplikasi ini belum bisa dimuat: perangkat sedang offline dan bagian ini belum pernah tersimpan, atau aplikasi baru saja diperbarui. Data Anda aman. Sambungkan internet lalu coba lagi.",
            "This part of the app could not be loaded: the device is offline and this part was never saved on it, or the app was just updated. Your data is safe. Connect to the internet and try again."
        ),
        PartRetry => ("Coba lagi", "Try again"),
        PartReload => ("Muat ulang aplikasi", "Reload the app"),
        UpdateAvailable => ("Versi baru Siap Ekspor tersedia.", "A new version of Siap Ekspor is available."),
        UpdateReload => ("Muat ulang", "Reload"),
        EmbedNotice => (
            "Di dalam halaman ini, data Anda tersimpan terpisah dari aplikasi Siap Ekspor yang terpasang di ponsel. Buka di tab baru atau unduh cadangan untuk memindahkannya.",
            "Inside this page, your data is stored separately from the Siap Ekspor app installed on your phone. Open it in a new tab, or download a backup to move it."
        ),
        EmbedOpenTab => ("Buka di tab baru", "Open in a new tab"),
        Loading => ("Memuat…", "Loading…"),
        DataFailed => (
            "Isi halaman ini belum tersimpan di perangkat. Sambungkan internet sekali, lalu muat ulang halaman.",
            "This page's content is not on this device yet. Connect to the internet once, then reload the page."
        ),
        DataDamaged => (
            "Berkas isi halaman ini rusak, jadi halaman ini belum bisa dibuka. Muat ulang aplikasi; bila tetap begini, tunggu pembaruan aplikasi. Data Anda sendiri aman dan tidak berubah.",
            "This page's content file is damaged, so the page cannot open yet. Reload the app; if it stays like this, wait for an app update. Your own data are safe and unchanged."
        ),
        Offline => ("Bekerja tanpa internet. Semua data ada di perangkat ini.", "Works offline. All data stays on this device."),
        FooterPrivacy => (
            "Tanpa akun, tanpa pelacakan: data Anda tidak pernah meninggalkan perangkat ini.",
            "No account, no tracking: your data never leaves this device."
        ),
    }
}
