//! `#/catalog`: her product catalogue, its web page, and her business e-mail kit.

use crate::domain::catalog::signature::Role;
use crate::domain::lang::Lang;
use crate::domain::listing::generate::SpecLabel;

crate::messages! {
    pub enum CatalogMsg {
        Title => ("Katalog & e-mail usaha", "Catalogue & business e-mail"),
        Intro => (
            "Yang pertama diminta pembeli: katalog produk, halaman web, dan e-mail atas nama usaha. Semuanya dibuat dalam bahasa Inggris dari profil dan daftar produk Anda.",
            "What a buyer asks for first: a product catalogue, a web page and an e-mail address in your business's name. All are written in English from your profile and your listings."
        ),
        CatalogTitle => ("Katalog produk (bahasa Inggris)", "Product catalogue (English)"),
        CatalogHelp => (
            "Satu halaman sampul dengan profil usaha, lalu satu produk per halaman. Cetak atau simpan sebagai PDF, atau unduh sebagai satu file halaman web.",
            "A cover with your company profile, then one product a page. Print it or save it as a PDF, or download it as a one-file web page."
        ),
        NoListings => (
            "Belum ada daftar produk. Tulis dulu daftar produk dalam bahasa Inggris; katalog dibuat dari situ.",
            "No listings yet. Write a product listing in English first; the catalogue is made from it."
        ),
        OpenDescribe => ("Tulis daftar produk", "Write a listing"),
        Pick => ("Produk di katalog", "Products in the catalogue"),
        ValidUntil => ("Harga berlaku sampai (boleh kosong)", "Prices valid until (optional)"),
        ValidPassed => (
            "Tanggal ini sudah lewat: pembeli akan membaca harga yang sudah tidak berlaku. Pilih tanggal baru.",
            "This date has passed: a buyer would read prices that no longer hold. Pick a new date."
        ),
        NothingPicked => ("Pilih minimal satu produk untuk katalog.", "Pick at least one product for the catalogue."),
        PrintTitle => ("Cetak atau bagikan katalog", "Print or share the catalogue"),
        Print => ("Cetak / simpan PDF", "Print / save as PDF"),
        PrintHelp => (
            "Di jendela cetak, pilih \"Simpan sebagai PDF\" untuk mendapat file PDF.",
            "In the print window, choose \"Save as PDF\" to get a PDF file."
        ),
        DownloadPage => ("Unduh halaman web", "Download the web page"),
        SharePage => ("Bagikan halaman web", "Share the web page"),
        PageHelp => (
            "Satu file .html berisi semua produk yang dipilih: bisa dikirim lewat e-mail atau WhatsApp, atau diunggah ke hosting gratis. Tanpa internet pun tetap terbuka.",
            "One .html file with every product you picked: send it by e-mail or WhatsApp, or upload it to any free host. It opens without the internet too."
        ),
        Downloaded => ("File halaman web sudah dibuat.", "The web page file was made."),
        DownloadFailed => (
            "Browser menolak membuat file. Coba lagi, atau pakai Cetak / simpan PDF.",
            "The browser refused to make the file. Try again, or use Print / save as PDF."
        ),
        Sheet => ("Katalog (bahasa Inggris)", "Catalogue (English)"),
        Preview => ("Artinya dalam bahasa Indonesia", "What it says, in Indonesian"),
        CopyProfile => ("Salin profil usaha", "Copy the company profile"),
        KitTitle => ("E-mail usaha", "Business e-mail"),
        FirstEmailTitle => ("E-mail pertama ke pembeli (bahasa Inggris)", "First e-mail to a buyer (English)"),
        FirstEmailHelp => (
            "Untuk pembeli yang Anda temukan di marketplace, pameran atau daftar atase perdagangan: siapa Anda, produk yang dipilih untuk katalog dengan syaratnya, ajakan membalas, dan tanda tangan Anda. Lampirkan katalog PDF atau halaman web.",
            "For a buyer you found on a marketplace, at a fair or on a trade office's list: who you are, the products picked for the catalogue with their terms, an invitation to reply, and your signature. Attach the PDF catalogue or the web page."
        ),
        BuyerName => ("Nama pembeli (boleh kosong)", "The buyer's name (optional)"),
        CopyEmail => ("Salin e-mail", "Copy the e-mail"),
        OpenMailApp => ("Buka di aplikasi e-mail", "Open in the mail app"),
        WhyTitle => ("Mengapa e-mail atas nama usaha", "Why an address in your business's name"),
        Why => (
            "Alamat seperti info@namausaha.com atau namausaha.export@gmail.com tampak lebih tepercaya daripada alamat pribadi, mudah diingat pembeli, dan bisa dipakai untuk mendaftar di marketplace seperti EC21.",
            "An address such as info@yourbusiness.com or yourbusiness.export@gmail.com looks more trustworthy than a personal one, is easy for a buyer to remember, and is what marketplaces such as EC21 ask for when you sign up."
        ),
        HowTitle => ("Cara memilih alamat", "How to choose the address"),
        HowDomain => (
            "Domain sendiri (namausaha.com atau .id) paling meyakinkan; biayanya tahunan dan perlu diperpanjang.",
            "Your own domain (yourbusiness.com or .id) convinces most; it costs a yearly fee and must be renewed."
        ),
        HowFree => (
            "E-mail gratis (Gmail, Outlook) cukup untuk mulai: pakai nama usaha, bukan nama panggilan atau tanggal lahir.",
            "Free webmail (Gmail, Outlook) is enough to start: use the business's name, not a nickname or a birth date."
        ),
        HowReadable => (
            "Pilih nama yang mudah dieja pembeli: tanpa angka acak, tanpa garis bawah berlebihan, huruf kecil.",
            "Pick a name a buyer can spell: no random numbers, no string of underscores, lower case."
        ),
        SignatureTitle => ("Tanda tangan e-mail (bahasa Inggris)", "E-mail signature (English)"),
        SignatureHelp => (
            "Ditulis dari profil Anda: nama, usaha, tempat, telepon, e-mail, situs web. Yang belum diisi tidak ditulis. Ubah di profil.",
            "Written from your profile: name, business, place, phone, e-mail, website. What you have not filled in is left out. Change it in the profile."
        ),
        Role => ("Jabatan Anda", "Your role"),
        NoEmail => (
            "Tanda tangan ini belum punya alamat e-mail. Isi e-mail usaha di profil.",
            "This signature has no e-mail address yet. Add your business e-mail in the profile."
        ),
        PhoneKept => (
            "Nomor telepon di profil tidak bisa ditulis dalam bentuk +62; ditulis seperti Anda mengetiknya. Periksa lagi nomornya.",
            "The phone number in your profile could not be written in +62 form; it is written as you typed it. Check the number."
        ),
        OpenProfile => ("Ubah di profil", "Change in the profile"),
        Copy => ("Salin tanda tangan", "Copy the signature"),
    }
}

/// A role's name in her language (the signature says it in English).
pub fn role(role: Role, lang: Lang) -> &'static str {
    let (id, en) = match role {
        Role::Owner => ("Pemilik", "Owner"),
        Role::Founder => ("Pendiri", "Founder"),
        Role::Director => ("Direktur", "Director"),
        Role::Marketing => ("Manajer pemasaran", "Marketing manager"),
        Role::Export => ("Manajer ekspor", "Export manager"),
    };
    lang.pick(id, en)
}

/// A row of the catalogue's tables, named in her language for the Indonesian preview.
pub fn spec_label(label: SpecLabel, lang: Lang) -> &'static str {
    let (id, en) = match label {
        SpecLabel::Product => ("Produk", "Product"),
        SpecLabel::Brand => ("Merek", "Brand"),
        SpecLabel::Category => ("Kategori", "Category"),
        SpecLabel::Material => ("Bahan", "Material"),
        SpecLabel::Ingredients => ("Komposisi", "Ingredients"),
        SpecLabel::Size => ("Ukuran", "Size"),
        SpecLabel::Weight => ("Berat", "Weight"),
        SpecLabel::Volume => ("Volume", "Volume"),
        SpecLabel::Colour => ("Warna dan varian", "Colours and variants"),
        SpecLabel::Origin => ("Asal", "Origin"),
        SpecLabel::Processing => ("Cara pembuatan", "Processing"),
        SpecLabel::Packaging => ("Kemasan", "Packaging"),
        SpecLabel::Certifications => ("Sertifikat", "Certifications"),
        SpecLabel::MinimumOrder => ("Pesanan minimum", "Minimum order"),
        SpecLabel::Price => ("Harga", "Price"),
        SpecLabel::Incoterm => ("Syarat dagang (Incoterm)", "Trade term"),
        SpecLabel::LoadingPort => ("Pelabuhan muat", "Port of loading"),
        SpecLabel::DestinationPort => ("Pelabuhan tujuan", "Port of destination"),
        SpecLabel::PaymentTerms => ("Cara pembayaran", "Payment terms"),
        SpecLabel::DeliveryTime => ("Waktu pengiriman", "Delivery time"),
        SpecLabel::SupplyCapacity => ("Kapasitas pasokan", "Supply capacity"),
        SpecLabel::Samples => ("Sampel", "Samples"),
        SpecLabel::TargetMarkets => ("Pasar tujuan", "Target markets"),
    };
    lang.pick(id, en)
}

/// The validity row in the Indonesian preview (which is Indonesian whatever her language).
pub const VALID_UNTIL_ID: &str = "Harga berlaku sampai";
