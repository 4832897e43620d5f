//! The listing builder (`#/describe`): form labels in her language, the marketplace checks
//! explained, payment terms explained with their risk, and the buyer replies' Indonesian meaning.

use crate::domain::lang::Lang;
use crate::domain::listing::draft::{Certification, Marketplace, PaymentTerm, Process, SamplePolicy, TextField};
use crate::domain::listing::lint::{ContactKind, Detail, Finding, Rule};
use crate::domain::listing::replies::ReplyKind;

use super::fill;

crate::messages! {
    pub enum DescribeMsg {
        Title => ("Deskripsi produk bahasa Inggris", "English product listing"),
        Intro => (
            "Isi data produk dengan kata-kata Anda sendiri. Judul dan deskripsi bahasa Inggris disusun langsung di perangkat ini, lalu diperiksa sesuai aturan marketplace.",
            "Fill in your product in your own words. The English title and description are written right here on the device, then checked against the marketplace's rules."
        ),
        Listings => ("Daftar deskripsi", "Listings"),
        Current => ("Deskripsi yang sedang diisi", "Listing being edited"),
        Untitled => ("Deskripsi {number}", "Listing {number}"),
        New => ("Deskripsi baru", "New listing"),
        FromProduct => ("Mulai dari produk di profil", "Start from a profile product"),
        ChooseProduct => ("— Pilih produk —", "— Choose a product —"),
        Delete => ("Hapus deskripsi ini", "Delete this listing"),
        DeleteAsk => (
            "Hapus deskripsi ini beserta fotonya? Yang dihapus tidak bisa dikembalikan.",
            "Delete this listing and its photos? What is deleted cannot be brought back."
        ),
        DeleteYes => ("Ya, hapus", "Yes, delete"),
        DeleteKeep => ("Batal", "Cancel"),
        Start => ("Mulai menulis deskripsi produk pertama Anda.", "Start writing your first product listing."),
        ToCatalogueTitle => ("Katalog, halaman web & e-mail", "Catalogue, web page & e-mail"),
        ToCatalogue => (
            "Dari daftar produk ini dibuat katalog PDF, satu file halaman web, dan e-mail pertama ke pembeli, dalam bahasa Inggris.",
            "From these listings the app makes a PDF catalogue, a one-file web page and a first e-mail to a buyer, in English."
        ),
        OpenCatalogue => ("Buat katalog", "Make the catalogue"),
        SecProduct => ("Produk", "Product"),
        SecProcess => ("Cara pembuatan (centang yang benar saja)", "How it is made (tick only what is true)"),
        SecCertifications => ("Sertifikat yang dimiliki", "Certificates held"),
        SecTerms => ("Harga dan syarat dagang", "Price and terms"),
        SecPayment => ("Cara pembayaran yang Anda terima", "Payment terms you accept"),
        SecSample => ("Contoh barang (sampel)", "Samples"),
        Marketplace => ("Marketplace tujuan", "Marketplace"),
        Currency => ("Mata uang", "Currency"),
        Incoterm => ("Incoterm", "Incoterm"),
        NoIncoterm => ("— Pilih —", "— Choose —"),
        FromQuote => ("Ambil dari penawaran tersimpan", "Take from a saved quote"),
        QuoteWithoutPrice => (
            "versi lama: hanya aturan dan minimum order; simpan ulang di kalkulator untuk harganya",
            "older version: rule and minimum order only; save it again in the calculator for its price"
        ),
        ChooseQuote => ("— Pilih penawaran —", "— Choose a quote —"),
        Output => ("Hasil dalam bahasa Inggris", "The English listing"),
        ListingTitle => ("Judul (boleh diubah)", "Title (you may edit it)"),
        ResetTitle => ("Kembalikan judul otomatis", "Restore the generated title"),
        TitleLength => ("{length} dari {limit} karakter", "{length} of {limit} characters"),
        ShortDescription => ("Deskripsi singkat", "Short description"),
        Specs => ("Spesifikasi", "Specifications"),
        FullText => ("Teks lengkap", "Full listing text"),
        PriceLine => ("Baris harga", "Price line"),
        Copy => ("Salin", "Copy"),
        Score => ("Kelengkapan: {score}/100", "Completeness: {score}/100"),
        Findings => ("Perlu diperbaiki", "To fix"),
        NoFindings => ("Tidak ada temuan. Deskripsi siap disalin.", "No findings. The listing is ready to copy."),
        Fix => ("Cara memperbaiki: {fix}", "How to fix: {fix}"),
        Replies => ("Balasan untuk pembeli", "Replies to buyers"),
        RepliesIntro => (
            "Aturan lokakarya: balas dalam 24 jam; bila sedang bepergian, balas singkat dengan alasan dan tanggal; tanyakan bila ada yang kurang jelas; jangan terdengar curiga pada pembeli.",
            "The workshop's rules: reply within 24 hours; if travelling, reply briefly with a reason and a date; ask when something is unclear; never sound suspicious of the buyer."
        ),
        Sender => ("Nama dan usaha untuk tanda tangan", "Name and business for the signature"),
        ReplyBy => ("Tanggal Anda bisa membalas lengkap", "Date you can reply in full"),
        Validity => ("Penawaran berlaku (hari)", "Quote valid for (days)"),
        Meaning => ("Artinya: {text}", "Meaning: {text}"),
        Loading => ("Memuat kamus…", "Loading the glossary…"),
        ReadAs => ("Dibaca: {amount}", "Read as: {amount}"),
    }
}

pub fn text_field(field: TextField, lang: Lang) -> &'static str {
    let (id, en) = match field {
        TextField::Name => ("Nama produk (bahasa Indonesia boleh)", "Product name (Indonesian is fine)"),
        TextField::Brand => ("Merek", "Brand"),
        TextField::Category => ("Kategori", "Category"),
        TextField::Material => ("Bahan atau komposisi", "Material or ingredients"),
        TextField::Size => ("Ukuran", "Size"),
        TextField::Weight => ("Berat atau isi", "Weight or volume"),
        TextField::Colour => ("Warna atau varian", "Colour or variants"),
        TextField::Origin => ("Asal (kota, Jawa Timur)", "Origin (city, East Java)"),
        TextField::Packaging => ("Kemasan", "Packaging"),
        TextField::OtherCertification => ("Sertifikat lain", "Other certificate"),
        TextField::Moq => ("Minimum order", "Minimum order"),
        TextField::MoqUnit => ("Satuan minimum order", "Minimum order unit"),
        TextField::Price => ("Harga per satuan", "Price per unit"),
        TextField::PriceUnit => ("Satuan harga", "Price unit"),
        TextField::Place => ("Tempat yang disebut (pelabuhan/kota)", "Named place (port or city)"),
        TextField::DepositPercent => ("Uang muka T/T (%)", "T/T deposit (%)"),
        TextField::DeliveryDays => ("Waktu kirim (hari setelah pesanan)", "Delivery time (days after order)"),
        TextField::Capacity => ("Kapasitas produksi per bulan", "Supply capacity per month"),
        TextField::CapacityUnit => ("Satuan kapasitas", "Capacity unit"),
        TextField::TargetMarket => ("Pasar tujuan", "Target market"),
    };
    lang.pick(id, en)
}

pub fn process(process: Process, lang: Lang) -> &'static str {
    let (id, en) = match process {
        Process::Organic => ("Organik", "Organic"),
        Process::Handmade => ("Buatan tangan", "Handmade"),
        Process::HandWoven => ("Anyaman tangan", "Hand-woven"),
        Process::HandCarved => ("Ukiran tangan", "Hand-carved"),
        Process::HandDrawn => ("Batik tulis (digambar tangan)", "Hand-drawn (batik tulis)"),
        Process::NaturalDye => ("Pewarna alami", "Natural dye"),
        Process::SunDried => ("Dijemur matahari", "Sun-dried"),
        Process::Roasted => ("Disangrai", "Roasted"),
        Process::VacuumFried => ("Digoreng vakum", "Vacuum-fried"),
        Process::Fermented => ("Difermentasi", "Fermented"),
        Process::Frozen => ("Dibekukan", "Frozen"),
        Process::NoPreservatives => ("Tanpa pengawet", "No preservatives"),
    };
    lang.pick(id, en)
}

pub fn certification(certification: Certification, lang: Lang) -> &'static str {
    let (id, en) = match certification {
        Certification::Halal => ("Halal", "Halal"),
        Certification::Bpom => ("BPOM", "BPOM"),
        Certification::Pirt => ("PIRT", "PIRT"),
        Certification::Organic => ("Organik bersertifikat", "Certified organic"),
        Certification::Haccp => ("HACCP", "HACCP"),
        Certification::Svlk => ("SVLK / V-Legal", "SVLK / V-Legal"),
        Certification::Iso22000 => ("ISO 22000", "ISO 22000"),
        Certification::Fda => ("Terdaftar FDA (AS)", "FDA registered (US)"),
        Certification::Other => ("Lainnya", "Other"),
    };
    lang.pick(id, en)
}

/// The term, then what it means for her in plain words, with its risk.
pub fn payment(term: PaymentTerm, lang: Lang) -> (&'static str, &'static str) {
    let (name, id, en) = match term {
        PaymentTerm::TtAdvance => ("T/T 100% in advance", "Pembeli transfer penuh sebelum barang dikirim. Risiko Anda paling kecil.", "The buyer pays in full by transfer before shipment. The lowest risk for you."),
        PaymentTerm::TtDepositBalance => ("T/T deposit + balance before shipment", "Uang muka saat pesan, sisanya sebelum barang dikirim. Risiko kecil.", "A deposit with the order, the rest before shipment. Low risk."),
        PaymentTerm::Escrow => ("Escrow (e.g. Alibaba.com Trade Assurance)", "Uang pembeli ditahan pihak ketiga dan dibayarkan setelah pengiriman sesuai. Risiko kecil.", "A third party holds the buyer's money and pays you once delivery checks out. Low risk."),
        PaymentTerm::LcAtSight => ("L/C at sight", "Bank pembeli menjamin pembayaran bila dokumen Anda sesuai. Aman, tetapi dokumen harus persis dan ada biaya bank.", "The buyer's bank guarantees payment when your documents comply. Safe, but documents must be exact and banks charge fees."),
        PaymentTerm::DocumentsAgainstPayment => ("D/P (documents against payment)", "Dokumen diserahkan setelah pembeli membayar di bank. Risiko sedang: pembeli bisa batal mengambil barang.", "Documents are released when the buyer pays at the bank. Medium risk: the buyer may not take the goods."),
        PaymentTerm::DocumentsAgainstAcceptance => ("D/A (documents against acceptance)", "Pembeli cukup berjanji membayar nanti. Risiko tinggi.", "The buyer only promises to pay later. High risk."),
        PaymentTerm::OpenAccount => ("Open account", "Barang dikirim dulu, dibayar kemudian. Risiko paling tinggi: hanya untuk pembeli tepercaya.", "Goods first, payment later. The highest risk: only for trusted buyers."),
    };
    (name, lang.pick(id, en))
}

pub fn sample(policy: SamplePolicy, lang: Lang) -> &'static str {
    let (id, en) = match policy {
        SamplePolicy::FreeSample => ("Sampel gratis (ongkir oleh pembeli)", "Free sample (buyer pays shipping)"),
        SamplePolicy::PaidSample => ("Sampel berbayar", "Paid sample"),
        SamplePolicy::PaidRefundable => {
            ("Sampel berbayar, dikembalikan bila jadi pesan", "Paid sample, refunded with the order")
        }
        SamplePolicy::None => ("Tidak ada sampel", "No samples"),
    };
    lang.pick(id, en)
}

/// Marketplaces by their own names; "any other site" in her language.
pub fn marketplace(market: Marketplace, lang: Lang) -> &'static str {
    match market {
        Marketplace::Generic => lang.pick("Umum / situs web sendiri", "Generic / own website"),
        Marketplace::Alibaba => "Alibaba.com",
        Marketplace::Ec21 => "EC21",
        Marketplace::Amazon => "Amazon",
    }
}

/// The finding in a sentence, and how to fix it.
pub fn finding(finding: &Finding, lang: Lang) -> (String, &'static str) {
    let l = |id: &'static str, en: &'static str| lang.pick(id, en);
    let what = match (&finding.rule, &finding.detail) {
        (_, Detail::TooLong { length, limit }) => fill(
            l("Judul {length} karakter, batasnya {limit}.", "The title has {length} characters; the limit is {limit}."),
            &[("length", &length.to_string()), ("limit", &limit.to_string())],
        ),
        (_, Detail::Phrase(text)) => fill(
            l("Kata promosi \"{text}\" tidak boleh dipakai.", "The promotional phrase \"{text}\" is not allowed."),
            &[("text", text)],
        ),
        (_, Detail::Claim(text)) => fill(
            l("Klaim \"{text}\" perlu bukti sertifikat.", "The claim \"{text}\" needs a certificate to back it."),
            &[("text", text)],
        ),
        (_, Detail::Price(text)) => {
            fill(l("Ada harga di judul: \"{text}\".", "There is a price in the title: \"{text}\"."), &[("text", text)])
        }
        (_, Detail::Char(c)) => fill(
            l("Karakter \"{text}\" dilarang di judul.", "The character \"{text}\" is not allowed in titles."),
            &[("text", &c.to_string())],
        ),
        (_, Detail::Repeated { word, count, limit }) => fill(
            l(
                "Kata \"{word}\" dipakai {count} kali (maksimal {limit}).",
                "The word \"{word}\" appears {count} times (at most {limit}).",
            ),
            &[("word", word), ("count", &count.to_string()), ("limit", &limit.to_string())],
        ),
        (_, Detail::Contact { kind, text }) => {
            let kind = match kind {
                ContactKind::Email => l("alamat email", "an e-mail address"),
                ContactKind::Phone => l("nomor telepon", "a phone number"),
                ContactKind::Url => l("alamat situs", "a web address"),
                ContactKind::Messaging => l("kontak pesan", "a messaging contact"),
            };
            fill(
                l("Judul memuat {kind}: \"{text}\".", "The title contains {kind}: \"{text}\"."),
                &[("kind", kind), ("text", text)],
            )
        }
        (_, Detail::Untranslated { word, english }) => match english {
            Some(english) => fill(
                l(
                    "Kata \"{word}\" belum diterjemahkan (\"{english}\").",
                    "\"{word}\" is not translated (\"{english}\").",
                ),
                &[("word", word), ("english", english)],
            ),
            None => fill(
                l(
                    "Kata \"{word}\" tidak ada di kamus; mungkin belum diterjemahkan.",
                    "\"{word}\" is not in the glossary; it may be untranslated.",
                ),
                &[("word", word)],
            ),
        },
        (Rule::MissingIncotermPlace, Detail::NoPlace(rule)) => fill(
            l("Tempat untuk {rule} belum diisi.", "The named place for {rule} is missing."),
            &[("rule", rule.code())],
        ),
        (rule, _) => rule_missing(*rule, lang).to_string(),
    };
    (what, rule_fix(finding.rule, lang))
}

fn rule_missing(rule: Rule, lang: Lang) -> &'static str {
    let (id, en) = match rule {
        Rule::MissingName => ("Nama produk belum diisi.", "The product name is missing."),
        Rule::MissingSpec => (
            "Spesifikasi (bahan, ukuran, berat) belum diisi.",
            "The specification (material, size, weight) is missing.",
        ),
        Rule::MissingMoq => ("Minimum order belum diisi lengkap.", "The minimum order is incomplete."),
        Rule::MissingPrice => ("Harga belum diisi atau tidak terbaca.", "The price is missing or unreadable."),
        Rule::MissingIncotermPlace => {
            ("Incoterm dan tempatnya belum diisi.", "The Incoterm and its named place are missing.")
        }
        Rule::MissingPayment => ("Cara pembayaran belum dipilih.", "No payment terms are chosen."),
        Rule::MissingDelivery => ("Waktu kirim belum diisi.", "The delivery time is missing."),
        Rule::TitleTooLong => ("Judul terlalu panjang.", "The title is too long."),
        Rule::PromoPhrase => {
            ("Ada kata promosi atau klaim berlebihan.", "There is a promotional phrase or an exaggerated claim.")
        }
        Rule::BannedChar => ("Ada karakter terlarang di judul.", "There is a banned character in the title."),
        Rule::RepeatedWord => ("Ada kata yang diulang di judul.", "A word is repeated in the title."),
        Rule::ContactInTitle => ("Ada kontak di judul.", "There are contact details in the title."),
        Rule::UntranslatedWord => {
            ("Ada kata bahasa Indonesia yang belum diterjemahkan.", "An Indonesian word is left untranslated.")
        }
    };
    lang.pick(id, en)
}

fn rule_fix(rule: Rule, lang: Lang) -> &'static str {
    let (id, en) = match rule {
        Rule::MissingName => ("isi nama produk di bagian Produk.", "fill in the product name under Product."),
        Rule::MissingSpec => ("isi bahan, ukuran, atau berat.", "fill in the material, size or weight."),
        Rule::MissingMoq => ("isi jumlah dan satuan minimum order.", "fill in the minimum order quantity and unit."),
        Rule::MissingPrice => ("isi harga per satuan, misalnya 5,80.", "fill in the price per unit, for example 5.80."),
        Rule::MissingIncotermPlace => (
            "pilih Incoterm dan isi pelabuhan atau kotanya, atau ambil dari penawaran tersimpan.",
            "choose an Incoterm and its port or city, or take them from a saved quote.",
        ),
        Rule::MissingPayment => ("centang cara pembayaran yang Anda terima.", "tick the payment terms you accept."),
        Rule::MissingDelivery => {
            ("isi berapa hari setelah pesanan barang dikirim.", "fill in how many days after the order you ship.")
        }
        Rule::TitleTooLong => (
            "hapus kata yang tidak perlu; ukuran dan sertifikat bisa pindah ke deskripsi.",
            "remove words you don't need; size and certificates can go in the description.",
        ),
        Rule::PromoPhrase => (
            "hapus kata promosi; tulis fakta yang bisa dibuktikan.",
            "remove the promotion; state facts that can be proven.",
        ),
        Rule::BannedChar => ("hapus karakter itu dari judul.", "remove that character from the title."),
        Rule::RepeatedWord => ("sebut setiap kata cukup sekali atau dua kali.", "use each word once or twice at most."),
        Rule::ContactInTitle => (
            "hapus kontak dari judul; pembeli menghubungi lewat marketplace.",
            "remove contact details; buyers reach you through the marketplace.",
        ),
        Rule::UntranslatedWord => {
            ("ganti dengan kata bahasa Inggris, atau hapus.", "replace it with the English word, or remove it.")
        }
    };
    lang.pick(id, en)
}

/// What each buyer reply says, in Indonesian (shown beside the English).
pub fn reply_meaning(kind: ReplyKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        ReplyKind::Thanks => (
            "Terima kasih atas pertanyaan Anda; berikut fakta utama produk, minimum order, harga, dan waktu kirim.",
            "Thank you for your inquiry; here are the product's key facts, minimum order, price and delivery time.",
        ),
        ReplyKind::Travelling => (
            "Saya sedang bepergian dan akan membalas lengkap pada tanggal tersebut.",
            "I am travelling and will reply in full by that date.",
        ),
        ReplyKind::Clarify => (
            "Mohon jelaskan jumlah, spesifikasi, dan negara tujuan agar saya bisa memberi harga yang tepat.",
            "Please tell me the quantity, specification and destination so I can quote correctly.",
        ),
        ReplyKind::Quotation => (
            "Penawaran harga dengan Incoterm, tempat, dan masa berlaku.",
            "A quotation with the Incoterm, named place and validity.",
        ),
    };
    lang.pick(id, en)
}

pub fn reply_title(kind: ReplyKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        ReplyKind::Thanks => ("Balasan dalam 24 jam", "Reply within 24 hours"),
        ReplyKind::Travelling => ("Sedang bepergian", "Travelling"),
        ReplyKind::Clarify => ("Minta penjelasan", "Ask to clarify"),
        ReplyKind::Quotation => ("Penawaran harga", "Quotation"),
    };
    lang.pick(id, en)
}
