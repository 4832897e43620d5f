//! What was cut to fit the limits (`domain::limits`), named for her; and the question a share link
//! asks before it replaces her calculator form.

use crate::domain::lang::Lang;
use crate::domain::limits::{Cut, ListKind, TextKind};

crate::messages! {
    pub enum LimitsMsg {
        CutText => ("{what}: dipotong menjadi {max} karakter", "{what}: cut to {max} characters"),
        CutTexts => ("{what} ({count}): masing-masing dipotong menjadi {max} karakter", "{what} ({count}): each cut to {max} characters"),
        CutFirst => ("{what}: {found} di dalamnya, hanya {kept} yang pertama disimpan", "{what}: {found} in it, only the first {kept} are kept"),
        CutNewest => ("{what}: {found} di dalamnya, hanya {kept} yang terbaru disimpan", "{what}: {found} in it, only the newest {kept} are kept"),
        ImportCuts => (
            "Sebagian isi cadangan ini melebihi batas aplikasi. Jika Anda mengganti data, bagian ini dipotong:",
            "Part of this backup is beyond the app's limits. If you replace your data, these are cut:"
        ),
        LinkCuts => ("Sebagian isi tautan melebihi batas aplikasi dan dipotong:", "Part of the link was beyond the app's limits and was cut:"),
        LinkAsk => (
            "Tautan ini berisi angka lain. Jika dibuka, angka yang Anda isi di kalkulator diganti, dan angka Anda belum disimpan sebagai penawaran.",
            "This link holds other numbers. Opening it replaces the numbers you typed in the calculator, and yours are not saved as a quote."
        ),
        LinkKeep => ("Tetap pakai angka saya", "Keep my numbers"),
        LinkOpen => ("Buka tautan", "Open the link"),
        LinkSaveFirst => ("Simpan angka saya sebagai penawaran, lalu buka tautan", "Save mine as a quote, then open the link"),
        LinkKept => ("Tautan tidak dibuka: angka Anda tetap di kalkulator.", "The link was not opened: your numbers stay in the calculator."),
        LinkSavedFirst => ("Angka Anda disimpan sebagai penawaran; tautan sudah dibuka.", "Your numbers were saved as a quote; the link is open."),
    }
}

/// The name of a kind of text, as the cut message names it.
pub fn text_kind(kind: TextKind, lang: Lang) -> String {
    let pair = match kind {
        TextKind::BusinessName => ("Nama usaha", "Business name"),
        TextKind::OwnerName => ("Nama pemilik", "Owner's name"),
        TextKind::Region => ("Kode kabupaten/kota", "Regency or city code"),
        TextKind::OtherRegion => ("Daerah di luar Jawa Timur", "Place outside East Java"),
        TextKind::OtherDocument => ("Dokumen lain", "Other document"),
        TextKind::Goals => ("Tujuan ekspor", "Export goals"),
        TextKind::ProductName => ("Nama produk", "Product name"),
        TextKind::ProductDescription => ("Deskripsi produk", "Product description"),
        TextKind::ProductClass => ("Aturan ekspor produk", "Product's export rule"),
        TextKind::CalculatorField(field) => {
            let prefix = lang.pick("Kalkulator", "Calculator");
            return format!("{prefix}: {}", super::incoterms::field_label(field, lang));
        }
        TextKind::MinOrder => ("Minimum order", "Minimum order"),
        TextKind::SavedQuote => ("Penawaran tersimpan", "Saved quote"),
        TextKind::ChecklistId => ("Butir daftar periksa", "Checklist item"),
        TextKind::ChecklistNote => ("Catatan daftar periksa", "Checklist note"),
        TextKind::ChecklistDate => ("Tanggal daftar periksa", "Checklist date"),
        TextKind::MarketId => ("Langkah atau akun marketplace", "Marketplace step or account"),
        TextKind::WorkshopComments => ("Komentar evaluasi", "Evaluation comments"),
        TextKind::ListingField(field) => {
            return format!("Listing: {}", super::describe::text_field(field, lang));
        }
        TextKind::ListingTitle => ("Judul listing", "Listing title"),
        TextKind::Contact(field) => return super::profile::contact_label(field, lang).to_string(),
        TextKind::DocumentField => ("Isian dokumen ekspor", "Export document field"),
        TextKind::DocumentBlock => (
            "Alamat, syarat, merek kiriman atau uraian barang di dokumen ekspor",
            "Address, terms, shipping marks or description of goods on an export document",
        ),
        TextKind::SessionField => ("Isian sesi lokakarya atau laporan peserta", "Workshop session or report field"),
        TextKind::SessionBlock => {
            ("Laporan kegiatan atau kode laporan peserta", "Activity report or participant's report code")
        }
        TextKind::WorkshopId => ("Kode sesi atau peserta lokakarya", "Workshop session or participant id"),
    };
    lang.pick(pair.0, pair.1).to_string()
}

/// The name of a kind of list.
pub fn list_kind(kind: ListKind, lang: Lang) -> &'static str {
    let (id, en) = match kind {
        ListKind::Products => ("Produk", "Products"),
        ListKind::SavedQuotes => ("Penawaran tersimpan", "Saved quotes"),
        ListKind::ChecklistEntries => ("Jawaban daftar periksa", "Checklist answers"),
        ListKind::MarketSteps => ("Langkah marketplace", "Marketplace steps"),
        ListKind::MarketAccounts => ("Akun marketplace", "Marketplace accounts"),
        ListKind::Listings => ("Listing produk", "Product listings"),
        ListKind::Documents => ("Dokumen ekspor", "Export documents"),
        ListKind::DocumentLines => ("Baris barang dalam satu dokumen", "Lines of goods on one document"),
        ListKind::DocumentPackages => ("Baris kemasan dalam satu packing list", "Package rows on one packing list"),
        ListKind::Sessions => ("Sesi lokakarya", "Workshop sessions"),
        ListKind::SessionReports => ("Laporan peserta dalam satu sesi", "Participants' reports in one session"),
    };
    lang.pick(id, en)
}

/// One cut, in a sentence: what was cut and to what.
pub fn cut_text(cut: Cut, lang: Lang) -> String {
    use super::fill;
    match cut {
        Cut::Text { what, max, count: 1 } => {
            fill(LimitsMsg::CutText.text(lang), &[("what", &text_kind(what, lang)), ("max", &max.to_string())])
        }
        Cut::Text { what, max, count } => fill(
            LimitsMsg::CutTexts.text(lang),
            &[("what", &text_kind(what, lang)), ("count", &count.to_string()), ("max", &max.to_string())],
        ),
        Cut::Items { what, found, kept } => {
            let template = if what == ListKind::SavedQuotes { LimitsMsg::CutNewest } else { LimitsMsg::CutFirst };
            fill(
                template.text(lang),
                &[("what", list_kind(what, lang)), ("found", &found.to_string()), ("kept", &kept.to_string())],
            )
        }
    }
}

/// Every kind's name in both languages, for the tests.
pub fn catalogue() -> Vec<(String, String)> {
    use crate::domain::incoterms::Field;
    use crate::domain::listing::draft::TextField;
    let mut kinds = vec![
        TextKind::BusinessName,
        TextKind::OwnerName,
        TextKind::Region,
        TextKind::OtherRegion,
        TextKind::OtherDocument,
        TextKind::Goals,
        TextKind::ProductName,
        TextKind::ProductDescription,
        TextKind::ProductClass,
        TextKind::MinOrder,
        TextKind::SavedQuote,
        TextKind::ChecklistId,
        TextKind::ChecklistNote,
        TextKind::ChecklistDate,
        TextKind::MarketId,
        TextKind::WorkshopComments,
        TextKind::ListingTitle,
        TextKind::DocumentField,
        TextKind::DocumentBlock,
        TextKind::SessionField,
        TextKind::SessionBlock,
        TextKind::WorkshopId,
    ];
    kinds.extend(Field::ALL.map(TextKind::CalculatorField));
    kinds.extend(TextField::ALL.map(TextKind::ListingField));
    kinds.extend(crate::domain::model::ContactField::ALL.map(TextKind::Contact));
    let lists = [
        ListKind::Products,
        ListKind::SavedQuotes,
        ListKind::ChecklistEntries,
        ListKind::MarketSteps,
        ListKind::MarketAccounts,
        ListKind::Listings,
        ListKind::Documents,
        ListKind::DocumentLines,
        ListKind::DocumentPackages,
        ListKind::Sessions,
        ListKind::SessionReports,
    ];
    kinds
        .into_iter()
        .map(|kind| (text_kind(kind, Lang::Id), text_kind(kind, Lang::En)))
        .chain(
            lists
                .into_iter()
                .map(|kind| (list_kind(kind, Lang::Id).to_string(), list_kind(kind, Lang::En).to_string())),
        )
        .collect()
}
