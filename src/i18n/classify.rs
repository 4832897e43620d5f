//! The classification page (`#/classify`): "can I export this, and what do I need?"

use crate::domain::classify::{MatchedBy, RequiredBy, Status};
use crate::domain::lang::Lang;

crate::messages! {
    pub enum ClassifyMsg {
        Title => ("Cek barang: boleh diekspor?", "Can I export this?"),
        Intro => (
            "Tulis barang Anda dengan kata Anda sendiri, atau kode HS-nya. Anda akan melihat apakah barang itu bebas, dibatasi, atau dilarang diekspor, dokumen apa yang diperlukan dan dari siapa, serta aturan yang mendasarinya.",
            "Type what you make in your own words, or its HS code. You will see whether it is free, restricted or prohibited to export, which documents you need and from whom, and the regulation behind it."
        ),
        Label => ("Nama barang atau kode HS", "Product name or HS code"),
        Hint => ("Misalnya: kopi bubuk, keripik tempe, kursi jati, udang beku, 0901.11", "For example: kopi bubuk, keripik tempe, teak chair, frozen shrimp, 0901.11"),
        Results => ("Hasil", "Results"),
        Examples => ("Contoh:", "Examples:"),
        Found => ("{count} hasil untuk \u{201c}{query}\u{201d}", "{count} results for \u{201c}{query}\u{201d}"),
        MoreRules => ("{count} aturan lain juga cocok; tulis lebih rinci untuk mempersempit.", "{count} more rules match too; type more detail to narrow them down."),
        NoWords => ("Tulis nama barang dengan huruf, atau kode HS dengan angka.", "Type the product name in letters, or the HS code in digits."),
        BadCode => ("Kode HS terdiri dari 2 sampai 10 angka, misalnya 0901.11 atau 09011110.", "An HS code has 2 to 10 digits, for example 0901.11 or 09011110."),
        NoCode => ("Tidak ada kode HS yang diawali {code}. Periksa lagi angkanya di dokumen atau di INSW (insw.go.id).", "No HS code starts with {code}. Check the digits on your papers or at INSW (insw.go.id)."),
        NotFound => (
            "Belum ada di aturan kami. Kebanyakan barang bebas diekspor, tetapi pastikan dulu di INSW (insw.go.id). Coba kata lain, nama dalam bahasa Inggris (daftar kode HS berbahasa Inggris), atau kode HS-nya.",
            "Not in our rules yet. Most goods are free to export, but check with INSW (insw.go.id) first. Try other words, the English name (the HS list is in English) or the HS code."
        ),
        SearchedInEnglish => ("Daftar kode HS berbahasa Inggris; kami mencarinya dengan: \u{201c}{english}\u{201d}", "The HS list is in English; we searched it for: \u{201c}{english}\u{201d}"),
        HsLoading => ("Mencari juga di daftar kode HS…", "Also searching the HS code list…"),
        HsFailed => (
            "Daftar kode HS belum tersimpan di HP ini (perlu internet sekali). Aturan produk di bawah tetap bisa dicari.",
            "The HS code list is not saved on this phone yet (it needs the internet once). The product rules below still work."
        ),
        StatusFree => ("Bebas diekspor", "Free to export"),
        StatusRestricted => ("Dibatasi: perlu izin", "Restricted: permit needed"),
        StatusProhibited => ("Dilarang diekspor", "Prohibited from export"),
        StatusPresumed => ("Bebas (perkiraan)", "Presumed free"),
        HsCodes => ("Kode HS: {codes}", "HS code: {codes}"),
        HsEnglish => ("Uraian HS (bahasa Inggris):", "HS description:"),
        MatchedName => ("Cocok dengan nama barang", "Matches the product name"),
        MatchedSynonym => ("Cocok dengan kata yang biasa dipakai", "Matches a word people use for it"),
        MatchedFuzzy => ("Mirip dengan yang Anda tulis; periksa ejaannya", "Close to what you typed; check the spelling"),
        MatchedCode => ("Cocok dengan kode HS", "Matches the HS code"),
        MatchedNomenclature => ("Ditemukan lewat uraian kode HS", "Found through the HS code description"),
        MatchedQualifier => (
            "Hanya cocok dengan kata keadaan barang (misalnya \u{201c}beku\u{201d} atau \u{201c}kering\u{201d}), bukan dengan nama barangnya. Tulis juga nama barang Anda.",
            "Matches only a word for how the goods are kept (such as \u{201c}frozen\u{201d} or \u{201c}dried\u{201d}), not the goods themselves. Type the name of your product too."
        ),
        Conditions => ("Statusnya berubah bila:", "The status changes when:"),
        Notes => ("Catatan", "Notes"),
        Uncertain => (
            "Aturan ini belum pasti atau sering berubah. Cek pos tarif dan ketentuannya di INSW (insw.go.id) sebelum mengirim.",
            "This rule is uncertain or changes often. Check the tariff line and its rules at INSW (insw.go.id) before you ship."
        ),
        Documents => ("Izin dan dokumen untuk barang ini", "Permits and documents for these goods"),
        NoDocuments => ("Tidak ada izin khusus untuk barang ini; hanya dokumen setiap pengiriman.", "No special permit for these goods; only the documents of every shipment."),
        Issuer => ("Dari: {issuer}", "From: {issuer}"),
        When => ("Kapan: {when}", "When: {when}"),
        HowToGet => ("Cara mengurus", "How to get it"),
        ByIndonesia => ("Wajib dari Indonesia", "Required by Indonesia"),
        ByBuyer => ("Sering diminta negara pembeli", "Often required by the buyer's country"),
        Source => ("Sumber: {source} (diperiksa {checked})", "Source: {source} (checked {checked})"),
        NotInRules => (
            "Tidak ada di aturan kami — kebanyakan barang bebas diekspor; cek INSW (insw.go.id) untuk kode ini.",
            "Not in our rules — most goods are free to export; check INSW (insw.go.id) for this code."
        ),
        PresumedSource => (
            "Permendag 23/2023 tentang Kebijakan dan Pengaturan Ekspor dan Permendag 22/2023 tentang Barang yang Dilarang untuk Diekspor, beserta perubahannya: barang yang tidak tercantum di lampirannya tidak dibatasi atau dilarang — kesimpulan ini perlu dicek di INSW; kode dan uraian: Nomenklatur HS 2022 (WCO, lewat UN Comtrade)",
            "Permendag 23/2023 on export policy and Permendag 22/2023 on prohibited exports, as amended: goods not listed in their annexes are neither restricted nor prohibited — an inference to check with INSW; codes and descriptions: HS 2022 nomenclature (WCO, via UN Comtrade)"
        ),
        Partly => ("Sebagian kode ini punya aturan sendiri:", "Parts of this code have their own rules:"),
        Save => ("Simpan ke produk saya", "Save to my products"),
        SaveFor => ("Simpan untuk \u{201c}{name}\u{201d}", "Save for \u{201c}{name}\u{201d}"),
        SaveWhich => ("Hasil ini untuk produk Anda yang mana?", "Which of your products is this result for?"),
        SaveForNew => ("Produk baru: \u{201c}{name}\u{201d}", "A new product: \u{201c}{name}\u{201d}"),
        SaveChosen => ("Simpan ke produk ini", "Save to this product"),
        AlreadySaved => ("Tersimpan untuk \u{201c}{name}\u{201d}", "Saved for \u{201c}{name}\u{201d}"),
        Saved => ("Disimpan untuk produk \u{201c}{name}\u{201d}. Izin yang diperlukan kini ada di daftar periksa.", "Saved for the product \u{201c}{name}\u{201d}. The permits it needs are now on the checklist."),
        SavedNew => ("Ditambahkan ke produk Anda: \u{201c}{name}\u{201d}. Izin yang diperlukan kini ada di daftar periksa.", "Added to your products: \u{201c}{name}\u{201d}. The permits it needs are now on the checklist."),
        ProductsFull => ("Daftar produk Anda sudah penuh (50). Hapus satu di profil dulu.", "Your product list is full (50). Remove one in your profile first."),
        OpenChecklist => ("Buka daftar periksa", "Open the checklist"),
        ShipmentShow => ("Dokumen pengiriman", "Shipment documents"),
        ShipmentTitle => ("Dokumen setiap pengiriman: {name}", "Documents for each shipment: {name}"),
        ShipmentIntro => (
            "Yang wajib dari Indonesia harus ada sebelum barang dimuat; yang sering diminta negara pembeli tergantung negara tujuan dan pembeli Anda — tanyakan kepada mereka.",
            "Those required by Indonesia must be ready before loading; those often required by the buyer's country depend on the destination and your buyer — ask them."
        ),
        ShipmentUnknownPermits => (
            "Izin produk tergantung barangnya: cek kode ini di INSW (insw.go.id) dan tanyakan kepada pembeli.",
            "Product permits depend on the goods: check this code at INSW (insw.go.id) and ask your buyer."
        ),
        MyProducts => ("Produk Anda", "Your products"),
        MyProductsEmpty => ("Belum ada produk. Simpan hasil pencarian, atau isi produk di profil.", "No products yet. Save a search result, or add products in your profile."),
        NotChecked => ("belum dicek", "not checked yet"),
        Check => ("Cek {name}", "Check {name}"),
        CheckShort => ("Cek aturan", "Check rules"),
        ForgetShort => ("Lupakan hasil", "Forget result"),
        Forget => ("Lupakan hasil untuk {name}", "Forget the result for {name}"),
        RuleGone => ("aturan ini tidak ada lagi; cek ulang", "this rule no longer exists; check again"),
        Disclaimer => (
            "Aturan ekspor berubah. Hasil di sini adalah panduan, bukan keputusan resmi: sebelum mengirim, pastikan di INSW (insw.go.id) atau tanyakan ke Dinas Perindustrian dan Perdagangan atau Bea Cukai.",
            "Export rules change. These results are guidance, not an official ruling: before you ship, confirm at INSW (insw.go.id) or ask the provincial trade office or customs."
        ),
        RulesChecked => ("Aturan diperiksa {checked}.", "Rules checked {checked}."),
    }
}

pub fn status(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Free => ClassifyMsg::StatusFree,
        Status::Restricted => ClassifyMsg::StatusRestricted,
        Status::Prohibited => ClassifyMsg::StatusProhibited,
    }
    .text(lang)
}

/// The icon beside the status words (never colour alone): plain characters every phone font has.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Free => "✓",
        Status::Restricted => "!",
        Status::Prohibited => "✕",
    }
}

pub fn matched_by(by: MatchedBy, lang: Lang) -> &'static str {
    match by {
        MatchedBy::Code => ClassifyMsg::MatchedCode,
        MatchedBy::Name => ClassifyMsg::MatchedName,
        MatchedBy::Synonym => ClassifyMsg::MatchedSynonym,
        MatchedBy::Fuzzy => ClassifyMsg::MatchedFuzzy,
        MatchedBy::Nomenclature => ClassifyMsg::MatchedNomenclature,
        MatchedBy::Qualifier => ClassifyMsg::MatchedQualifier,
    }
    .text(lang)
}

pub fn required_by(by: RequiredBy, lang: Lang) -> &'static str {
    match by {
        RequiredBy::Indonesia => ClassifyMsg::ByIndonesia,
        RequiredBy::Buyer => ClassifyMsg::ByBuyer,
    }
    .text(lang)
}

/// Queries shown as examples when the box is empty: her words, and one code.
pub const EXAMPLES: &[&str] =
    &["kopi bubuk", "keripik tempe", "kursi jati", "rotan", "udang beku", "sarang walet", "0901.11"];
