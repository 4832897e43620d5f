//! `#/workshop`, the facilitator's page: sessions, the link and its QR code, reports collected from
//! the chat, the tables, the CSV and the printed activity report.

use crate::domain::lang::Lang;
use crate::domain::regions::{self, RegionKind};
use crate::domain::report::OTHER_PROVINCE;
use crate::domain::workshop::code::{Damage, ProductStatus};
use crate::domain::workshop::session::{Stage, Why};
use crate::domain::workshop::tally::{csv_text, CsvWords, Tally};
use crate::domain::workshop::Question;

use super::checklist::{obstacle, question};
use super::{fill, ProfileMsg};

crate::messages! {
    pub enum WorkshopMsg {
        Title => ("Lokakarya: halaman fasilitator", "Workshop: the facilitator's page"),
        Intro => (
            "Untuk fasilitator: buat sesi, tampilkan tautan dan kode QR di layar Zoom, lalu tempel chat WhatsApp berisi laporan peserta. Laporan dihitung dan dirangkum di sini.",
            "For facilitators: create a session, show its link and QR code on the Zoom screen, then paste the WhatsApp chat with the participants' reports. They are counted and summarised here."
        ),
        Stores => (
            "Yang disimpan halaman ini, hanya di perangkat ini: judul, tanggal, fasilitator dan tahap tiap sesi; laporan kegiatan yang Anda tulis; dan untuk tiap laporan yang Anda tempel, kodenya beserta nama pengirim dan waktunya seperti di chat. Pesan lain di chat tidak disimpan. Tidak ada yang dikirim ke mana pun. Menghapus sesi menghapus semua laporannya.",
            "What this page stores, on this device only: each session's title, date, facilitator and stages; the activity report you write; and for each report you paste, its code with the sender's name and time as the chat shows them. Other messages in the chat are not kept. Nothing is sent anywhere. Deleting a session deletes all its reports."
        ),
        NoSession => ("Belum ada sesi.", "No session yet."),
        NewSession => ("Buat sesi baru", "Create a new session"),
        PickSession => ("Sesi", "Session"),
        Untitled => ("Sesi tanpa judul", "Untitled session"),
        SessionTitle => ("Judul sesi", "Session title"),
        SessionDate => ("Tanggal", "Date"),
        SessionFacilitator => ("Fasilitator", "Facilitator"),
        SessionStages => ("Tahap lokakarya yang dicakup sesi ini", "Workshop stages this session covers"),
        SessionId => ("Kode sesi: {id}", "Session code: {id}"),
        LinkTitle => ("Tautan dan kode QR untuk peserta", "Link and QR code for participants"),
        LinkHelp => (
            "Bagikan layar ini di Zoom agar peserta memindai kode QR dengan kamera ponsel, atau tempel tautannya di chat. Peserta yang membuka tautan ini tercatat di sesi ini, dan laporannya membawa kode sesi.",
            "Share this screen in Zoom so participants scan the QR code with their phone camera, or paste the link into the chat. A participant who opens the link is recorded for this session, and her report carries its code."
        ),
        CopyLink => ("Salin tautan", "Copy the link"),
        QrLabel => ("Kode QR tautan sesi: {link}", "QR code of the session link: {link}"),
        QrLarger => ("Perbesar kode QR", "Enlarge the QR code"),
        QrSmaller => ("Perkecil kode QR", "Make the QR code smaller"),
        QrFailed => ("Tautan ini terlalu panjang untuk kode QR; bagikan tautannya saja.", "This link is too long for a QR code; share the link instead."),
        ImportTitle => ("Kumpulkan laporan dari chat", "Collect reports from the chat"),
        ImportHelp => (
            "Tempel satu atau banyak pesan WhatsApp, atau seluruh chat. Di WhatsApp: buka grup, menu ⋮ › Lainnya › Ekspor chat › Tanpa media, lalu pilih file .txt-nya di bawah. Pesan tanpa laporan dilewati. Bila peserta mengirim lebih dari sekali, yang terbaru dipakai.",
            "Paste one or many WhatsApp messages, or a whole chat. In WhatsApp: open the group, menu ⋮ › More › Export chat › Without media, then pick its .txt file below. Messages without a report are skipped. When a participant sent more than once, the latest counts."
        ),
        ImportLabel => ("Pesan atau chat WhatsApp", "WhatsApp messages or chat"),
        ImportFile => ("Atau pilih file ekspor chat (.txt)", "Or pick an exported chat file (.txt)"),
        ImportSubmit => ("Baca laporan", "Read the reports"),
        ImportNothing => ("Tidak ada kode laporan di teks ini.", "There is no report code in this text."),
        ImportRead => (
            "{read} laporan atau evaluasi dibaca; {replaced} di antaranya menggantikan kiriman lama dari peserta yang sama.",
            "{read} reports or evaluations read; {replaced} of them replaced an earlier one from the same participant."
        ),
        ImportFileTooLarge => ("File ini terlalu besar untuk sebuah chat (lebih dari 5 MB).", "This file is too large for a chat (over 5 MB)."),
        ImportFileUnreadable => ("File ini tidak bisa dibaca sebagai teks.", "This file could not be read as text."),
        RefusedTitle => ("Tidak dihitung", "Not counted"),
        DamagedIncomplete => ("kode tidak lengkap: {got} dari {total} baris sampai", "the code is incomplete: {got} of {total} lines arrived"),
        DamagedChanged => ("kode berubah: ada huruf yang bukan bagian dari kode", "the code was changed: it holds characters no code has"),
        DamagedChecksum => ("kode berubah: satu huruf atau lebih tidak sama dengan aslinya", "the code was changed: one or more characters differ from the original"),
        DamagedUnreadable => ("isi kode tidak bisa dibaca", "the code's content cannot be read"),
        DamagedNewer => (
            "dibuat versi Siap Ekspor yang lebih baru (kode versi {version}); perbarui aplikasi untuk membacanya",
            "made by a newer version of Siap Ekspor (code version {version}); update the app to read it"
        ),
        OtherSession => ("untuk sesi lain (kode sesi {id})", "for another session (session code {id})"),
        AskAgain => ("Minta peserta mengirim ulang laporannya dari aplikasi.", "Ask the participant to send her report again from the app."),
        UnknownSender => ("Teks tempelan", "Pasted text"),
        ParticipantsTitle => ("Peserta", "Participants"),
        ParticipantsCount => ("{count} peserta", "{count} participants"),
        NoParticipants => ("Belum ada laporan.", "No reports yet."),
        ColParticipant => ("Peserta", "Participant"),
        ColBusiness => ("Usaha", "Business"),
        ColOwner => ("Pemilik", "Owner"),
        ColRegion => ("Kabupaten/kota", "Regency/city"),
        ColProducts => ("Produk (status)", "Products (status)"),
        ColNpwp => ("NPWP", "NPWP"),
        ColNib => ("NIB", "NIB"),
        ColNibCustoms => ("NIB dengan akses kepabeanan", "NIB with customs access"),
        ColPapers => ("Dokumen", "Papers"),
        ColDone => ("Daftar periksa selesai", "Checklist done"),
        ColTotal => ("Daftar periksa total", "Checklist total"),
        ColPercent => ("Kemajuan (%)", "Progress (%)"),
        ColAccounts => ("Akun marketplace", "Marketplace accounts"),
        ColListings => ("Deskripsi bahasa Inggris", "English listings"),
        ColEvaluation => ("Evaluasi (1–5)", "Evaluation (1–5)"),
        ColObstacles => ("Kendala", "Obstacles"),
        ColComments => ("Saran", "Comments"),
        ColReportDate => ("Tanggal laporan", "Report date"),
        ColEvaluationDate => ("Tanggal evaluasi", "Evaluation date"),
        NoReport => ("belum mengirim laporan", "no report yet"),
        SummaryTitle => ("Ringkasan", "Summary"),
        SummaryCounts => (
            "{participants} peserta: {reports} laporan, {evaluations} evaluasi.",
            "{participants} participants: {reports} reports, {evaluations} evaluations."
        ),
        Readiness => ("Kesiapan: kemajuan daftar periksa", "Readiness: checklist progress"),
        ReadinessAverage => ("Rata-rata {percent}%", "Average {percent}%"),
        Band => ("{low}–{high}%", "{low}–{high}%"),
        PapersTitle => ("Dokumen usaha yang dimiliki", "Business papers held"),
        AccountsTitle => ("Akun per marketplace", "Accounts per marketplace"),
        ListingsLine => (
            "{with} peserta sudah menulis deskripsi produk bahasa Inggris ({count} deskripsi).",
            "{with} participants have written an English listing ({count} listings)."
        ),
        ProductsTitle => ("Produk per status ekspor", "Products by export status"),
        RatingsTitle => ("Nilai evaluasi", "Evaluation scores"),
        RatingAverage => ("{average} dari 5 ({count} jawaban)", "{average} of 5 ({count} answers)"),
        ObstaclesTitle => ("Kendala yang dilaporkan", "Obstacles reported"),
        CommentsTitle => ("Saran dan komentar", "Suggestions and comments"),
        ColWhat => ("Apa", "What"),
        ColCount => ("Jumlah", "Count"),
        NoneYet => ("Belum ada.", "None yet."),
        ExportTitle => ("Unduh dan cetak", "Download and print"),
        Csv => ("Unduh CSV (Excel)", "Download CSV (Excel)"),
        CsvFailed => ("Browser menolak mengunduh file.", "The browser refused to download the file."),
        WriteUp => ("Laporan kegiatan", "Activity report"),
        WriteUpHelp => (
            "Tulis jalannya kegiatan, hasil dan tindak lanjut. Dicetak di A4 bersama ringkasan dan tabel peserta.",
            "Write how the activity went, its results and the follow-up. It prints on A4 with the summary and the participants' table."
        ),
        Print => ("Cetak laporan kegiatan (A4)", "Print the activity report (A4)"),
        PrintedOn => ("{title} — {date} — fasilitator: {facilitator}", "{title} — {date} — facilitator: {facilitator}"),
        DeleteTitle => ("Hapus sesi", "Delete the session"),
        Delete => ("Hapus sesi ini", "Delete this session"),
        DeleteConfirm => (
            "Hapus sesi ini beserta {count} laporan yang tersimpan? Tindakan ini tidak bisa dibatalkan.",
            "Delete this session and its {count} stored reports? This cannot be undone."
        ),
        DeleteYes => ("Ya, hapus", "Yes, delete"),
        Yes => ("ya", "yes"),
        No => ("tidak", "no"),
        OtherProvince => ("Provinsi lain", "Another province"),
    }
}

pub fn stage(stage: Stage, lang: Lang) -> &'static str {
    let (id, en) = match stage {
        Stage::Preparation => ("Persiapan: lembar data usaha", "Preparation: the business data sheet"),
        Stage::Material => ("Sesi 1: materi", "Session 1: material"),
        Stage::Practice => ("Sesi 2: praktik dan laporan", "Session 2: practice and reports"),
        Stage::Evaluation => ("Monitoring dan evaluasi", "Monitoring and evaluation"),
    };
    lang.pick(id, en)
}

pub fn product_status(status: ProductStatus, lang: Lang) -> &'static str {
    let (id, en) = match status {
        ProductStatus::Free => ("bebas", "free"),
        ProductStatus::Restricted => ("dibatasi", "restricted"),
        ProductStatus::Prohibited => ("dilarang", "prohibited"),
        ProductStatus::PresumedFree => ("bebas menurut perkiraan", "presumed free"),
        ProductStatus::NotChecked => ("belum dicek", "not checked"),
    };
    lang.pick(id, en)
}

/// Why a code was not counted, in her language.
pub fn why(why: &Why, lang: Lang) -> String {
    let t = |m: WorkshopMsg| m.text(lang);
    match why {
        Why::Damaged(Damage::Incomplete { got, total }) => {
            fill(t(WorkshopMsg::DamagedIncomplete), &[("got", &got.to_string()), ("total", &total.to_string())])
        }
        Why::Damaged(Damage::Changed) => t(WorkshopMsg::DamagedChanged).to_string(),
        Why::Damaged(Damage::Checksum) => t(WorkshopMsg::DamagedChecksum).to_string(),
        Why::Damaged(Damage::Unreadable) => t(WorkshopMsg::DamagedUnreadable).to_string(),
        Why::Damaged(Damage::Newer { version }) => {
            fill(t(WorkshopMsg::DamagedNewer), &[("version", &version.to_string())])
        }
        Why::OtherSession(id) => fill(t(WorkshopMsg::OtherSession), &[("id", id)]),
    }
}

/// A region code as a sheet carries it (`3510`, `x`), named.
pub fn region(code: &str, lang: Lang) -> String {
    if code == OTHER_PROVINCE {
        return WorkshopMsg::OtherProvince.text(lang).to_string();
    }
    match regions::find(code) {
        Some(r) => {
            let prefix = match r.kind {
                RegionKind::Regency => ProfileMsg::RegencyPrefix,
                RegionKind::City => ProfileMsg::CityPrefix,
            };
            format!("{} {}", prefix.text(lang), r.name)
        }
        None => code.to_string(),
    }
}

/// An average rating in tenths as `4,2` (Indonesian) or `4.2` (English).
pub fn tenths(value: u32, lang: Lang) -> String {
    let mark = match lang {
        Lang::Id => ',',
        Lang::En => '.',
    };
    format!("{}{mark}{}", value / 10, value % 10)
}

/// The CSV of a session's participants, with a header row in her language.
pub fn csv(tally: &Tally, lang: Lang) -> String {
    use WorkshopMsg as M;
    let mut header: Vec<String> = [
        M::ColParticipant,
        M::ColBusiness,
        M::ColOwner,
        M::ColRegion,
        M::ColProducts,
        M::ColNpwp,
        M::ColNib,
        M::ColNibCustoms,
        M::ColDone,
        M::ColTotal,
        M::ColPercent,
        M::ColAccounts,
        M::ColListings,
    ]
    .iter()
    .map(|m| m.text(lang).to_string())
    .collect();
    header.extend(Question::ALL.iter().map(|q| question(*q, lang).to_string()));
    header.extend(
        [M::ColObstacles, M::ColComments, M::ColReportDate, M::ColEvaluationDate].map(|m| m.text(lang).to_string()),
    );
    let status = move |s: ProductStatus| product_status(s, lang);
    let obstacle = move |o| obstacle(o, lang);
    let region = move |code: &str| region(code, lang);
    let words = CsvWords {
        header,
        yes: M::Yes.text(lang),
        no: M::No.text(lang),
        status: &status,
        obstacle: &obstacle,
        region: &region,
    };
    csv_text(tally, &words)
}
