//! The business profile page (the workshop's preparation sheet).

crate::messages! {
    pub enum ProfileMsg {
        Title => ("Profil usaha", "Business profile"),
        Intro => (
            "Lembar persiapan dari lokakarya. Semua tersimpan otomatis saat Anda mengetik; isi yang Anda tahu dulu, sisanya bisa menyusul.",
            "The workshop's preparation sheet. Everything is saved as you type; fill in what you know now and the rest later."
        ),
        SavedAutomatically => ("Tersimpan otomatis", "Saved automatically"),
        SectionBusiness => ("Usaha", "Business"),
        BusinessName => ("Nama usaha", "Business name"),
        BusinessNameHelp => ("Contoh: UD Kopi Ijen Makmur", "For example: UD Kopi Ijen Makmur"),
        OwnerName => ("Nama pemilik", "Owner's name"),
        SectionContact => ("Kontak dan data untuk pendaftaran marketplace", "Contact and details for marketplace sign-ups"),
        ContactIntro => (
            "Boleh kosong. Formulir marketplace dan kop dokumen ekspor menanyakannya; yang Anda isi di sini dipakai di kop dokumen baru.",
            "Optional. Marketplace forms and the letterhead of export documents ask for these; what you fill in here goes on new documents' letterhead."
        ),
        Region => ("Kabupaten/kota", "Regency/city"),
        RegionChoose => ("— Pilih kabupaten/kota —", "— Choose a regency or city —"),
        RegionGroupRegencies => ("Kabupaten di Jawa Timur", "Regencies in East Java"),
        RegionGroupCities => ("Kota di Jawa Timur", "Cities in East Java"),
        RegencyPrefix => ("Kabupaten", "Regency of"),
        CityPrefix => ("Kota", "City of"),
        RegionOther => ("Provinsi lain", "Another province"),
        OtherRegion => ("Kabupaten/kota dan provinsi", "Regency/city and province"),
        OtherRegionHelp => ("Contoh: Kota Denpasar, Bali", "For example: Denpasar, Bali"),
        SectionProducts => ("Produk", "Products"),
        ProductsIntro => ("Produk yang ingin Anda ekspor.", "The products you want to export."),
        ExportRule => ("Aturan ekspor:", "Export rule:"),
        ProductHeading => ("Produk {number}", "Product {number}"),
        ProductName => ("Nama produk", "Product name"),
        ProductNameHelp => ("Contoh: kopi bubuk robusta", "For example: robusta ground coffee"),
        ProductDescription => ("Keterangan singkat", "Short description"),
        ProductDescriptionHelp => ("Bahan, ukuran, kemasan, jumlah produksi per bulan", "Material, size, packaging, monthly output"),
        AddProduct => ("Tambah produk", "Add a product"),
        RemoveProduct => ("Hapus produk {number}", "Remove product {number}"),
        RemoveProductConfirm => ("Hapus produk \"{name}\"?", "Remove the product \"{name}\"?"),
        NoProductsYet => ("Belum ada produk.", "No products yet."),
        ProductsLimit => ("Batas {max} produk tercapai.", "The limit of {max} products is reached."),
        SectionDocuments => ("Dokumen yang sudah dimiliki", "Documents you already hold"),
        DocumentsIntro => ("Centang yang sudah Anda punya. Daftar periksa akan memakainya.", "Tick what you already have. The checklist will use it."),
        OtherDocument => ("Nama dokumen lain", "Name of the other document"),
        SectionExperience => ("Pengalaman ekspor", "Export experience"),
        SectionChannels => ("Saluran penjualan yang sudah dipakai", "Sales channels you already use"),
        SectionGoals => ("Harapan", "Hopes"),
        Goals => ("Apa yang ingin Anda capai dengan ekspor?", "What do you hope to achieve by exporting?"),
        GoalsHelp => ("Contoh: menjual 1 kontainer kopi ke Jepang tahun depan", "For example: sell one container of coffee to Japan next year"),
        HintsTitle => ("Saran", "Suggestions"),
        HintBusinessName => ("Isi nama usaha: nama ini dipakai di laporan dan deskripsi produk.", "Enter the business name: it is used in reports and product listings."),
        HintRegion => ("Pilih kabupaten/kota usaha Anda.", "Choose your business's regency or city."),
        HintOtherRegion => ("Tulis kabupaten/kota dan provinsi Anda.", "Write your regency or city and province."),
        HintNoProducts => ("Tambahkan minimal satu produk: alat lain memakainya.", "Add at least one product: the other tools use it."),
        HintProductName => ("Produk {number} punya keterangan tetapi belum bernama.", "Product {number} has a description but no name."),
        HintOtherDocument => ("Tulis nama dokumen lain yang Anda centang.", "Write the name of the other document you ticked."),
        Completion => ("{filled} dari {total} bagian terisi", "{filled} of {total} sections filled"),
        NextTitle => ("Profil Anda lengkap", "Your profile is complete"),
        NextCheckProduct => (
            "Langkah berikutnya: cek apakah {product} boleh diekspor, dan dokumen apa yang diperlukan.",
            "Next step: check whether {product} may be exported, and which papers it needs."
        ),
        NextCheckProductAction => ("Cek barang: {product}", "Classify goods: {product}"),
        NextChecklist => (
            "Semua produk Anda sudah dicek. Langkah berikutnya: dokumen dan langkah awal ekspor Anda.",
            "All your products are checked. Next step: your papers and first steps to export."
        ),
        NextChecklistAction => ("Buka Daftar periksa", "Open the Checklist"),
    }
}

crate::messages! {
    /// The contact fields' labels, apart from the page's other words: the limits' messages name
    /// them too, in parts that should not carry the whole profile page's text.
    pub enum ContactMsg {
        Address => ("Alamat usaha", "Business address"),
        Phone => ("Nomor telepon / WhatsApp", "Phone / WhatsApp number"),
        Email => ("E-mail usaha", "Business e-mail"),
        Founded => ("Tahun berdiri", "Year founded"),
        Staff => ("Jumlah karyawan", "Number of staff"),
        Website => ("Situs web atau toko online", "Website or online shop"),
    }
}

/// The label of a contact field.
pub fn contact_label(field: crate::domain::model::ContactField, lang: crate::domain::lang::Lang) -> &'static str {
    use crate::domain::model::ContactField;
    match field {
        ContactField::Address => ContactMsg::Address,
        ContactField::Phone => ContactMsg::Phone,
        ContactField::Email => ContactMsg::Email,
        ContactField::Founded => ContactMsg::Founded,
        ContactField::Staff => ContactMsg::Staff,
        ContactField::Website => ContactMsg::Website,
    }
    .text(lang)
}
