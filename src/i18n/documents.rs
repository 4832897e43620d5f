//! The documents tool (`#/documents`): the form around the English documents in her language,
//! each field explained in plain words, and every check named.

use crate::domain::documents::check::{At, Issue, Problem};
use crate::domain::documents::totals::NumberProblem;
use crate::domain::documents::{DocField, DocKind, LineField, PackageField};
use crate::domain::lang::Lang;

use super::fill;

crate::messages! {
    pub enum DocumentsMsg {
        Title => ("Dokumen ekspor", "Export documents"),
        Intro => (
            "Proforma invoice, commercial invoice dan packing list dalam bahasa Inggris, dari data Anda sendiri: profil, penawaran harga dan deskripsi produk. Cetak di kertas A4 atau simpan sebagai PDF.",
            "Proforma invoice, commercial invoice and packing list in English, from your own data: profile, price quotes and product listings. Print on A4 paper or save as PDF."
        ),
        EnglishNote => (
            "Dokumen ditulis dalam bahasa Inggris karena dibaca pembeli, bank dan bea cukai. Isian teks (alamat, uraian barang) juga tulis dalam bahasa Inggris.",
            "The documents are in English because the buyer, the bank and customs read them. Write text fields (addresses, descriptions of goods) in English too."
        ),
        NewTitle => ("Buat dokumen baru", "Make a new document"),
        NewKind => ("Jenis dokumen", "Kind of document"),
        StartBlank => ("Mulai kosong", "Start blank"),
        StartLatestQuote => ("Dari penawaran terakhir", "From the latest quote"),
        StartQuote => ("Dari penawaran tersimpan", "From a saved quote"),
        StartListing => ("Dari deskripsi produk", "From a product listing"),
        ChooseQuote => ("— Pilih penawaran —", "— Choose a quote —"),
        MakeFromQuote => ("Buat dari penawaran ini", "Make from this quote"),
        MakeFromListing => ("Buat dari deskripsi ini", "Make from this listing"),
        ChooseListing => ("— Pilih deskripsi —", "— Choose a listing —"),
        UntitledListing => ("Deskripsi {number}", "Listing {number}"),
        NoQuotes => (
            "Belum ada penawaran tersimpan. Simpan penawaran di Hitung harga, atau isi harga sendiri di dokumen.",
            "No saved quote yet. Save one in the price calculator, or type the prices into the document."
        ),
        QuoteNotFound => (
            "Penawaran itu tidak ditemukan; dokumen dimulai kosong.",
            "That quote was not found; the document starts blank."
        ),
        LoadingGlossary => ("Memuat kamus untuk deskripsi…", "Loading the glossary for the listing…"),
        Full => (
            "Sudah ada {max} dokumen, batas aplikasi ini. Hapus dokumen lama untuk membuat yang baru.",
            "You have {max} documents, this app's limit. Delete old ones to make new ones."
        ),
        MyDocuments => ("Dokumen saya", "My documents"),
        NoDocuments => ("Belum ada dokumen.", "No documents yet."),
        Open => ("Buka", "Open"),
        OpenNamed => ("Buka {number}", "Open {number}"),
        Duplicate => ("Gandakan", "Duplicate"),
        DuplicateNamed => ("Gandakan {number}", "Duplicate {number}"),
        Delete => ("Hapus", "Delete"),
        DeleteNamed => ("Hapus {number}", "Delete {number}"),
        ConfirmDelete => (
            "Hapus {number}? Nomornya tidak akan dipakai lagi. Tindakan ini tidak bisa dibatalkan.",
            "Delete {number}? Its number will not be used again. This cannot be undone."
        ),
        ConfirmYes => ("Ya, hapus", "Yes, delete"),
        ConfirmNo => ("Batal", "Cancel"),
        Complete => ("Lengkap", "Complete"),
        Incomplete => ("Belum lengkap", "Incomplete"),
        NumberTaken => (
            "Nomor ini sudah dipakai dokumen lain. Ganti agar pembeli dan bea cukai tidak bingung.",
            "Another document already has this number. Change it so the buyer and customs are not confused."
        ),
        Editing => ("Sedang diisi: {kind} {number}", "Editing: {kind} {number}"),
        Back => ("Kembali ke daftar", "Back to the list"),
        CopyAsInvoice => ("Salin jadi commercial invoice", "Copy as commercial invoice"),
        MakePackingList => ("Buat packing list", "Make packing list"),
        Print => ("Cetak / simpan PDF", "Print / save as PDF"),
        PrintHelp => (
            "Pilih kertas A4. Selama masih ada yang kurang, halaman cetak bertanda DRAFT.",
            "Choose A4 paper. While something is missing, the printed page says DRAFT."
        ),
        SecSeller => ("Data usaha Anda (kop dokumen)", "Your business (letterhead)"),
        SellerNote => (
            "Disimpan juga untuk dokumen Anda berikutnya.",
            "Also kept for your next documents."
        ),
        SecBank => ("Rekening bank (boleh kosong)", "Bank account (optional)"),
        SecBuyer => ("Pembeli", "Buyer"),
        SecNumber => ("Nomor dan tanggal", "Number and date"),
        SecTerms => ("Harga dan syarat dagang", "Price and terms"),
        SecShipment => ("Pengiriman", "Shipment"),
        SecLines => ("Barang", "Goods"),
        SecPackages => ("Kemasan", "Packages"),
        Currency => ("Mata uang", "Currency"),
        CurrencyHelp => (
            "Mata uang harga di dokumen ini. Angka boleh ditulis 1.500.000,50 atau 1,500,000.50.",
            "The currency of this document's prices. Numbers may be typed 1.500.000,50 or 1,500,000.50."
        ),
        Incoterm => ("Incoterms® 2020", "Incoterms® 2020"),
        IncotermHelp => (
            "Aturan penyerahan barang, sama dengan di penawaran Anda: FOB, CFR, CIF…",
            "Who delivers where, as in your quote: FOB, CFR, CIF…"
        ),
        NoIncoterm => ("— Pilih —", "— Choose —"),
        LineN => ("Barang {n}", "Goods line {n}"),
        AddLine => ("Tambah barang", "Add goods"),
        RemoveLine => ("Hapus barang {n}", "Remove goods line {n}"),
        LineAmount => ("Jumlah harga: {amount}", "Amount: {amount}"),
        PackageN => ("Kemasan {n}", "Package row {n}"),
        AddPackage => ("Tambah jenis kemasan", "Add a kind of package"),
        RemovePackage => ("Hapus kemasan {n}", "Remove package row {n}"),
        PackagesHelp => (
            "Satu baris untuk setiap jenis kemasan yang sama (misalnya 40 karton 20 kg). Berat dan ukuran untuk satu kemasan; total dan volume (m³) dihitung otomatis.",
            "One row per kind of identical package (for example 40 cartons of 20 kg). Weights and sizes are for one package; totals and volume (m³) are computed."
        ),
        PackingTotals => (
            "Total: {packages} kemasan, berat bersih {net} kg, berat kotor {gross} kg, volume {volume} m³",
            "Total: {packages} packages, net weight {net} kg, gross weight {gross} kg, volume {volume} m³"
        ),
        Total => ("Total", "Total"),
        Words => ("Terbilang (bahasa Inggris)", "In words"),
        NoTotal => (
            "Total muncul setelah jumlah dan harga setiap barang terbaca.",
            "The total appears once every line's quantity and price can be read."
        ),
        Missing => ("Yang masih kurang", "Still missing"),
        MissingNone => (
            "Semua yang wajib sudah terisi. Dokumen siap dicetak.",
            "Everything required is filled in. The document is ready to print."
        ),
        QuoteDiffers => (
            "Harga satuan dibulatkan ke sen seperti di baris harga Anda: total dokumen {ours}, total penawaran {quoted}.",
            "The unit price is rounded to the cent, as in your price line: document total {ours}, quote total {quoted}."
        ),
        Preview => ("Pratinjau dokumen (bahasa Inggris)", "Document preview"),
        Saved => ("Tersimpan otomatis di perangkat ini.", "Saved automatically on this device."),
        TotalLabel => ("Total dokumen: {total}", "Document total: {total}"),
    }
}

crate::messages! {
    /// The home page's line about the tool: its own enum, so the main module (where the home page
    /// is) does not carry every text of the tool's page.
    pub enum DocumentsHomeMsg {
        HomeNone => ("Belum ada dokumen", "No documents yet"),
        HomeCount => ("Dokumen tersimpan: {count}", "Saved documents: {count}"),
    }
}

pub fn kind_name(kind: DocKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        DocKind::Proforma => ("Proforma invoice", "Proforma invoice"),
        DocKind::Commercial => ("Commercial invoice", "Commercial invoice"),
        DocKind::PackingList => ("Packing list", "Packing list"),
    };
    lang.pick(id, en)
}

pub fn kind_about(kind: DocKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        DocKind::Proforma => (
            "Penawaran resmi sebelum pesanan: pembeli membayar uang muka atau membuka L/C berdasarkan dokumen ini.",
            "The formal offer before the order: the buyer pays a deposit or opens an L/C against it.",
        ),
        DocKind::Commercial => (
            "Tagihan untuk barang yang dikirim; dipakai untuk PEB, bea cukai dan bank.",
            "The bill for goods shipped; used for the export declaration (PEB), customs and the bank.",
        ),
        DocKind::PackingList => (
            "Isi setiap kemasan: jumlah, berat dan ukuran, tanpa harga.",
            "What each package holds: counts, weights and sizes, without prices.",
        ),
    };
    lang.pick(id, en)
}

/// The home page's line about this tool.
pub fn home_state(count: usize, lang: Lang) -> String {
    if count == 0 {
        return DocumentsHomeMsg::HomeNone.text(lang).to_string();
    }
    fill(DocumentsHomeMsg::HomeCount.text(lang), &[("count", &count.to_string())])
}

/// The field's name in her language.
pub fn field_label(field: DocField, lang: Lang) -> &'static str {
    field_words(field, lang).0
}

/// The field explained in plain words.
pub fn field_help(field: DocField, lang: Lang) -> &'static str {
    field_words(field, lang).1
}

fn field_words(field: DocField, lang: Lang) -> (&'static str, &'static str) {
    let ((id, id_help), (en, en_help)) = match field {
        DocField::SellerName => (
            ("Nama usaha Anda", "Dicetak besar di kop dokumen. Diambil dari profil; ubah bila perlu."),
            ("Your business name", "Printed large at the top. Taken from your profile; change it if needed."),
        ),
        DocField::SellerAddress => (
            ("Alamat usaha Anda", "Alamat lengkap: jalan, kota, kode pos, Indonesia."),
            ("Your business address", "The full address: street, city, postcode, Indonesia."),
        ),
        DocField::SellerPhone => (
            ("Telepon / WhatsApp", "Dengan kode negara, misalnya +62 812 3456 7890."),
            ("Phone / WhatsApp", "With the country code, for example +62 812 3456 7890."),
        ),
        DocField::SellerEmail => (("Email", "Pembeli membalas ke alamat ini."), ("Email", "The buyer replies to this address.")),
        DocField::SellerTaxId => (
            ("NPWP", "Nomor pajak usaha Anda, dicetak sebagai Tax ID (NPWP). Boleh kosong."),
            ("Tax ID (NPWP)", "Your business's tax number. May be left empty."),
        ),
        DocField::BankName => (
            ("Nama bank", "Untuk transfer dari pembeli; dicetak di invoice bila diisi."),
            ("Bank name", "For the buyer's transfer; printed on invoices when filled."),
        ),
        DocField::BankAccountName => (
            ("Nama pemilik rekening", "Persis seperti di buku tabungan."),
            ("Account holder's name", "Exactly as in your bank book."),
        ),
        DocField::BankAccountNumber => (
            ("Nomor rekening", "Nomor rekening untuk menerima pembayaran."),
            ("Account number", "The account that receives the payment."),
        ),
        DocField::BankSwift => (
            ("Kode SWIFT bank", "Kode 8 atau 11 huruf untuk transfer dari luar negeri; tanyakan ke bank Anda."),
            ("Bank's SWIFT code", "The 8 or 11 letter code for transfers from abroad; ask your bank."),
        ),
        DocField::BuyerName => (
            ("Nama pembeli (perusahaan)", "Nama perusahaan pembeli seperti di pesanannya."),
            ("Buyer's name (company)", "The buyer's company name as on their order."),
        ),
        DocField::BuyerAddress => (
            ("Alamat pembeli", "Alamat lengkap pembeli, dalam bahasa Inggris."),
            ("Buyer's address", "The buyer's full address."),
        ),
        DocField::BuyerCountry => (
            ("Negara pembeli", "Dalam bahasa Inggris, misalnya Germany, Japan, Netherlands."),
            ("Buyer's country", "In English, for example Germany, Japan, Netherlands."),
        ),
        DocField::BuyerContact => (
            ("Kontak pembeli", "Nama orang, email atau telepon. Boleh kosong."),
            ("Buyer's contact", "A person, e-mail or phone. May be left empty."),
        ),
        DocField::Number => (
            ("Nomor dokumen", "Dibuat otomatis per jenis dan tahun (PI-2026-001). Boleh diganti dengan nomor Anda sendiri."),
            ("Document number", "Made for you per kind and year (PI-2026-001). You may type your own."),
        ),
        DocField::Date => (
            ("Tanggal dokumen", "Hari dokumen ini dibuat atau dikirim ke pembeli."),
            ("Document date", "The day this document is made or sent to the buyer."),
        ),
        DocField::Reference => (
            ("Referensi", "Nomor pesanan pembeli (PO) atau dokumen sebelumnya. Terisi sendiri saat disalin dari dokumen lain. Boleh kosong."),
            ("Reference", "The buyer's order (PO) number or the document before this one. Filled in when copied from another document. May be left empty."),
        ),
        DocField::Place => (
            ("Tempat penyerahan (named place)", "Tempat setelah Incoterm: pelabuhan muat untuk FOB (Tanjung Perak, Surabaya), pelabuhan tujuan untuk CFR dan CIF (Hamburg)."),
            ("Named place", "The place after the Incoterm: the port of loading for FOB (Tanjung Perak, Surabaya), the destination port for CFR and CIF (Hamburg)."),
        ),
        DocField::PaymentTerms => (
            ("Cara pembayaran", "Dalam bahasa Inggris, misalnya: T/T 30% deposit, balance before shipment."),
            ("Payment terms", "For example: T/T 30% deposit, balance before shipment."),
        ),
        DocField::DeliveryTime => (
            ("Waktu pengiriman", "Berapa lama sampai barang dikirim, misalnya: 30 days after receipt of deposit."),
            ("Delivery time", "How long until the goods are shipped, for example: 30 days after receipt of deposit."),
        ),
        DocField::ShipmentDate => (
            ("Tanggal pengapalan", "Hari barang dikirim, sesuai B/L atau AWB."),
            ("Shipment date", "The day the goods are shipped, as on the B/L or AWB."),
        ),
        DocField::Transport => (
            ("Nama kapal dan voyage / nomor penerbangan", "Dari forwarder atau dari B/L. Boleh kosong."),
            ("Vessel and voyage / flight number", "From the forwarder or the B/L. May be left empty."),
        ),
        DocField::PortLoading => (
            ("Pelabuhan muat", "Pelabuhan atau bandara keberangkatan, misalnya Tanjung Perak, Surabaya."),
            ("Port of loading", "The port or airport of departure, for example Tanjung Perak, Surabaya."),
        ),
        DocField::PortDischarge => (
            ("Pelabuhan bongkar", "Pelabuhan atau bandara tujuan di negara pembeli."),
            ("Port of discharge", "The port or airport of arrival in the buyer's country."),
        ),
        DocField::Origin => (
            ("Negara asal barang", "Tempat barang dibuat atau dihasilkan: Indonesia."),
            ("Country of origin", "Where the goods were made or grown: Indonesia."),
        ),
        DocField::ValidUntil => (
            ("Penawaran berlaku sampai", "Sesudah tanggal ini Anda boleh mengubah harga."),
            ("Offer valid until", "After this day you may change the price."),
        ),
        DocField::Marks => (
            ("Tanda kiriman (shipping marks)", "Tulisan di setiap kemasan, misalnya: ABC GMBH / HAMBURG / C/NO. 1-50. Boleh kosong."),
            ("Shipping marks", "What is written on each package, for example: ABC GMBH / HAMBURG / C/NO. 1-50. May be left empty."),
        ),
    };
    lang.pick((id, id_help), (en, en_help))
}

pub fn line_label(field: LineField, lang: Lang) -> &'static str {
    line_words(field, lang).0
}

pub fn line_help(field: LineField, lang: Lang) -> &'static str {
    line_words(field, lang).1
}

fn line_words(field: LineField, lang: Lang) -> (&'static str, &'static str) {
    let ((id, id_help), (en, en_help)) = match field {
        LineField::Description => (
            (
                "Uraian barang (bahasa Inggris)",
                "Nama barang seperti dibaca pembeli dan bea cukai, misalnya: Robusta ground coffee, 250 g pouch.",
            ),
            (
                "Description of goods",
                "The goods as the buyer and customs read them, for example: Robusta ground coffee, 250 g pouch.",
            ),
        ),
        LineField::Hs => (
            ("Kode HS", "Dari alat Cek barang: 4 sampai 10 angka, misalnya 0901.11. Boleh kosong."),
            ("HS code", "From the classification tool: 4 to 10 digits, for example 0901.11. May be left empty."),
        ),
        LineField::Quantity => (
            ("Jumlah", "Angka saja. 1.500 dan 1,500 sama-sama seribu lima ratus; 2,5 artinya dua setengah."),
            ("Quantity", "A number. 1,500 and 1.500 both mean fifteen hundred; 2.5 is two and a half."),
        ),
        LineField::Unit => (("Satuan", "kg, pcs, carton, bag…"), ("Unit", "kg, pcs, carton, bag…")),
        LineField::UnitPrice => (
            ("Harga satuan", "Harga untuk satu satuan, dalam mata uang dokumen."),
            ("Unit price", "The price of one unit, in the document's currency."),
        ),
    };
    lang.pick((id, id_help), (en, en_help))
}

pub fn package_label(field: PackageField, lang: Lang) -> &'static str {
    let (id, en) = match field {
        PackageField::Kind => ("Jenis kemasan", "Kind of package"),
        PackageField::Count => ("Jumlah kemasan", "Number of packages"),
        PackageField::Net => ("Berat bersih per kemasan (kg)", "Net weight per package (kg)"),
        PackageField::Gross => ("Berat kotor per kemasan (kg)", "Gross weight per package (kg)"),
        PackageField::Length => ("Panjang (cm)", "Length (cm)"),
        PackageField::Width => ("Lebar (cm)", "Width (cm)"),
        PackageField::Height => ("Tinggi (cm)", "Height (cm)"),
    };
    lang.pick(id, en)
}

pub fn package_help(field: PackageField, lang: Lang) -> &'static str {
    let (id, en) = match field {
        PackageField::Kind => ("Dalam bahasa Inggris: carton, bag, pallet…", "carton, bag, pallet…"),
        PackageField::Count => ("Bilangan bulat.", "A whole number."),
        PackageField::Net => ("Berat barangnya saja, tanpa kemasan.", "The goods alone, without packing."),
        PackageField::Gross => ("Berat barang dengan kemasannya.", "The goods with their packing."),
        PackageField::Length | PackageField::Width | PackageField::Height => {
            ("Ukuran luar satu kemasan.", "Outside size of one package.")
        }
    };
    lang.pick(id, en)
}

/// What is wrong, as a short sentence.
pub fn problem_text(problem: Problem, lang: Lang) -> &'static str {
    let (id, en) = match problem {
        Problem::Missing => ("Wajib diisi.", "Required."),
        Problem::Number(NumberProblem::Amount(error)) => return super::incoterms::amount_error(error, lang),
        Problem::Number(NumberProblem::NotWhole) => ("Harus bilangan bulat.", "Must be a whole number."),
        Problem::Number(NumberProblem::TooLarge) => {
            ("Terlalu besar untuk satu kemasan: periksa lagi.", "Too large for one package: check it.")
        }
        Problem::BadDate => ("Bukan tanggal yang benar.", "Not a valid date."),
        Problem::BeforeDate => ("Lebih awal dari tanggal dokumen.", "Earlier than the document's date."),
        Problem::BadHs => {
            ("Kode HS terdiri dari 4 sampai 10 angka (titik boleh).", "An HS code has 4 to 10 digits (dots allowed).")
        }
        Problem::GrossBelowNet => (
            "Berat kotor tidak boleh lebih kecil dari berat bersih.",
            "The gross weight cannot be less than the net weight.",
        ),
        Problem::TotalTooLarge => (
            "Total lebih dari sepuluh triliun: periksa jumlah dan harga.",
            "The total is above ten trillion: check quantities and prices.",
        ),
    };
    lang.pick(id, en)
}

/// Where the problem is, named in her language: `Nama pembeli`, `Barang 2: Jumlah`.
pub fn place_name(at: At, lang: Lang) -> String {
    match at {
        At::Field(field) => field_label(field, lang).to_string(),
        At::Incoterm => DocumentsMsg::Incoterm.text(lang).to_string(),
        At::Lines => DocumentsMsg::SecLines.text(lang).to_string(),
        At::Line(i, field) => {
            let n = (i + 1).to_string();
            format!("{}: {}", fill(DocumentsMsg::LineN.text(lang), &[("n", &n)]), line_label(field, lang))
        }
        At::Packages => DocumentsMsg::SecPackages.text(lang).to_string(),
        At::Package(i, field) => {
            let n = (i + 1).to_string();
            format!("{}: {}", fill(DocumentsMsg::PackageN.text(lang), &[("n", &n)]), package_label(field, lang))
        }
        At::Total => DocumentsMsg::Total.text(lang).to_string(),
    }
}

/// `Nama pembeli: Wajib diisi.`
pub fn issue_text(issue: Issue, lang: Lang) -> String {
    format!("{}: {}", place_name(issue.at, lang), problem_text(issue.problem, lang))
}

/// All label texts, for the completeness test.
pub fn catalogue() -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for kind in DocKind::ALL {
        out.push((kind_name(kind, Lang::Id), kind_name(kind, Lang::En)));
        out.push((kind_about(kind, Lang::Id), kind_about(kind, Lang::En)));
    }
    for field in DocField::ALL {
        out.push((field_label(field, Lang::Id), field_label(field, Lang::En)));
        out.push((field_help(field, Lang::Id), field_help(field, Lang::En)));
    }
    for field in LineField::ALL {
        out.push((line_label(field, Lang::Id), line_label(field, Lang::En)));
        out.push((line_help(field, Lang::Id), line_help(field, Lang::En)));
    }
    for field in PackageField::ALL {
        out.push((package_label(field, Lang::Id), package_label(field, Lang::En)));
        out.push((package_help(field, Lang::Id), package_help(field, Lang::En)));
    }
    out
}
