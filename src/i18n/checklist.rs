//! The checklist page, the report to the facilitator and the workshop's evaluation sheet.

use crate::domain::lang::Lang;
use crate::domain::workshop::{Obstacle, Question};

crate::messages! {
    pub enum ChecklistMsg {
        Title => ("Daftar periksa ekspor", "Export checklist"),
        Intro => (
            "Langkah-langkah dari lokakarya. Centang yang sudah selesai; yang sudah Anda punya menurut profil, atau sudah Anda kerjakan di aplikasi ini, sudah tercentang.",
            "The workshop's steps. Tick what is done; what your profile says you already have, or what you have already done in this app, is ticked for you."
        ),
        Overall => ("Kemajuan keseluruhan: {percent}% ({done} dari {total})", "Overall progress: {percent}% ({done} of {total})"),
        GroupPapers => ("Dokumen usaha Anda", "Your business papers"),
        GroupSteps => ("7 langkah awal ekspor", "The 7 first steps to export"),
        GroupShipment => ("Dokumen pengiriman pertama", "Documents of a first shipment"),
        GroupProgress => ("{done} dari {total} selesai", "{done} of {total} done"),
        FromProfile => ("dari profil Anda", "from your profile"),
        FromWork => ("dari pekerjaan Anda di aplikasi", "from your work in the app"),
        DoneOn => ("selesai {date}", "done {date}"),
        Why => ("Mengapa penting", "Why it matters"),
        How => ("Cara dan tempat mengurus", "How and where"),
        Cost => ("Biaya", "Cost"),
        Time => ("Waktu", "Time"),
        Source => ("Sumber: {source} (diperiksa {checked})", "Source: {source} (checked {checked})"),
        Details => ("Keterangan", "Details"),
        Note => ("Catatan", "Note"),
        OpenTool => ("Buka: {tool}", "Open: {tool}"),
        PermitsPending => (
            "Izin produk (PIRT, BPOM, halal, SVLK, HACCP, sertifikat kesehatan atau karantina tumbuhan) muncul di sini bila profil Anda mencatatnya, atau bila produk yang Anda cek di menu Cek barang memerlukannya. Cek tiap produk Anda di sana, dan pastikan persyaratannya di INSW (insw.go.id).",
            "Product permits (PIRT, BPOM, halal, SVLK, HACCP, health or phytosanitary certificates) appear here when your profile lists them, or when a product you checked with the Classify tool needs them. Check each of your products there, and confirm the requirements with INSW (insw.go.id)."
        ),
        ReportTitle => ("Laporan ke fasilitator", "Report to the facilitator"),
        ReportIntro => ("Ringkasan kemajuan Anda untuk dikirim ke fasilitator lokakarya, misalnya lewat WhatsApp.", "A summary of your progress to send to the workshop facilitator, for example by WhatsApp."),
        ListingWritten => ("Saya sudah menulis deskripsi produk dalam bahasa Inggris", "I have written my product description in English"),
        AccountHint => ("Akun marketplace dicatat di Panduan marketplace.", "Marketplace accounts are recorded in the Marketplace guide."),
        ReportPreview => ("Isi laporan", "The report"),
        ShareReport => ("Bagikan laporan", "Share the report"),
        EvalTitle => ("Evaluasi lokakarya", "Workshop evaluation"),
        EvalIntro => ("Beri nilai 1 (kurang) sampai 5 (sangat baik), lalu bagikan ke fasilitator.", "Rate from 1 (poor) to 5 (very good), then share it with the facilitator."),
        EvalComments => ("Saran dan komentar", "Suggestions and comments"),
        EvalObstacles => ("Apa yang paling menghambat Anda untuk ekspor?", "What holds you back most from exporting?"),
        ShareEvaluation => ("Bagikan evaluasi", "Share the evaluation"),
        Print => ("Cetak daftar periksa", "Print the checklist"),
    }
}

pub fn question(question: Question, lang: Lang) -> &'static str {
    let (id, en) = match question {
        Question::Clarity => ("Materi mudah dipahami", "The material was easy to understand"),
        Question::Usefulness => ("Bermanfaat untuk usaha saya", "Useful for my business"),
        Question::Facilitator => ("Fasilitator menjelaskan dengan jelas", "The facilitator explained clearly"),
        Question::Readiness => ("Saya siap mencoba ekspor", "I feel ready to try exporting"),
    };
    lang.pick(id, en)
}

/// The workshop's four obstacles, as the evaluation sheet and the facilitator's page name them.
pub fn obstacle(obstacle: Obstacle, lang: Lang) -> &'static str {
    let (id, en) = match obstacle {
        Obstacle::Language => ("Bahasa asing", "Foreign language"),
        Obstacle::Marketing => ("Pengetahuan pemasaran", "Marketing knowledge"),
        Obstacle::Rules => ("Aturan dan dokumen perdagangan", "Trade rules and documents"),
        Obstacle::Financing => ("Pembiayaan", "Financing"),
    };
    lang.pick(id, en)
}
