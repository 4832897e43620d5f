//! The report to the facilitator and the evaluation sheet as plain text for WhatsApp, in her
//! language.

use crate::domain::lang::Lang;
use crate::domain::report::{Checked, Report};
use crate::domain::workshop::code::{self, Sheet};
use crate::domain::workshop::{Question, Workshop, MAX_RATING};

use super::checklist::{obstacle, question};
use super::fill;

crate::messages! {
    pub enum ReportMsg {
        Heading => ("Laporan Siap Ekspor — {date}", "Siap Ekspor report — {date}"),
        Business => ("Usaha: {name}", "Business: {name}"),
        Owner => ("Pemilik: {name}", "Owner: {name}"),
        Products => ("Produk: {list}", "Products: {list}"),
        PresumedFree => ("bebas menurut perkiraan; cek INSW", "presumed free; check INSW"),
        Empty => ("(belum diisi)", "(not filled in)"),
        Progress => ("Kemajuan daftar periksa: {percent}% ({done} dari {total})", "Checklist progress: {percent}% ({done} of {total})"),
        Done => ("Sudah selesai:", "Done:"),
        NothingDone => ("Sudah selesai: belum ada", "Done: nothing yet"),
        Next => ("Langkah berikutnya: {title}", "Next step: {title}"),
        AllDone => ("Langkah berikutnya: semua sudah selesai", "Next step: everything is done"),
        Accounts => ("Akun marketplace: {answer}", "Marketplace account: {answer}"),
        Listing => ("Deskripsi produk bahasa Inggris: {answer}", "English product listing: {answer}"),
        Yes => ("sudah", "yes"),
        No => ("belum", "no"),
        EvalHeading => ("Evaluasi lokakarya Siap Ekspor — {date}", "Siap Ekspor workshop evaluation — {date}"),
        Rating => ("{question}: {rating}/{max}", "{question}: {rating}/{max}"),
        NotRated => ("{question}: -", "{question}: -"),
        Comments => ("Saran: {text}", "Suggestions: {text}"),
        Obstacles => ("Kendala: {list}", "Obstacles: {list}"),
        Session => ("Sesi lokakarya: {id}", "Workshop session: {id}"),
        CodeIntro => (
            "Kode untuk halaman fasilitator di Siap Ekspor (mohon jangan diubah):",
            "Code for the facilitator's page in Siap Ekspor (please do not change it):"
        ),
    }
}

pub fn report_text(report: &Report, date: &str, lang: Lang) -> String {
    let t = |m: ReportMsg| m.text(lang);
    let or_empty = |s: &str| if s.is_empty() { t(ReportMsg::Empty).to_string() } else { s.to_string() };
    let mut lines = vec![
        fill(t(ReportMsg::Heading), &[("date", date)]),
        fill(t(ReportMsg::Business), &[("name", &or_empty(report.business))]),
    ];
    if !report.owner.is_empty() {
        lines.push(fill(t(ReportMsg::Owner), &[("name", report.owner)]));
    }
    let products: Vec<String> = report
        .products
        .iter()
        .map(|p| match p.checked {
            Checked::Rule(status) => format!("{} ({})", p.name, crate::i18n::classify::status(status, lang)),
            Checked::PresumedFree => format!("{} ({})", p.name, t(ReportMsg::PresumedFree)),
            Checked::NotChecked => p.name.to_string(),
        })
        .collect();
    lines.push(fill(t(ReportMsg::Products), &[("list", &or_empty(&products.join(", ")))]));
    let p = report.progress;
    lines.push(fill(
        t(ReportMsg::Progress),
        &[("percent", &p.percent().to_string()), ("done", &p.done.to_string()), ("total", &p.total.to_string())],
    ));
    if report.done.is_empty() {
        lines.push(t(ReportMsg::NothingDone).to_string());
    } else {
        lines.push(t(ReportMsg::Done).to_string());
        lines.extend(report.done.iter().map(|item| format!("- {}", item.title.get(lang))));
    }
    lines.push(match report.next {
        Some(item) => fill(t(ReportMsg::Next), &[("title", item.title.get(lang))]),
        None => t(ReportMsg::AllDone).to_string(),
    });
    let accounts = if report.accounts.is_empty() {
        t(ReportMsg::No).to_string()
    } else {
        format!("{} ({})", t(ReportMsg::Yes), report.accounts.join(", "))
    };
    lines.push(fill(t(ReportMsg::Accounts), &[("answer", &accounts)]));
    let listing = if report.listing_written { ReportMsg::Yes } else { ReportMsg::No };
    lines.push(fill(t(ReportMsg::Listing), &[("answer", t(listing))]));
    lines.join("\n")
}

pub fn evaluation_text(workshop: &Workshop, business: &str, date: &str, lang: Lang) -> String {
    let t = |m: ReportMsg| m.text(lang);
    let mut lines = vec![fill(t(ReportMsg::EvalHeading), &[("date", date)])];
    if !business.trim().is_empty() {
        lines.push(fill(t(ReportMsg::Business), &[("name", business.trim())]));
    }
    for q in Question::ALL {
        lines.push(match workshop.rating(q) {
            Some(r) => fill(
                t(ReportMsg::Rating),
                &[("question", question(q, lang)), ("rating", &r.to_string()), ("max", &MAX_RATING.to_string())],
            ),
            None => fill(t(ReportMsg::NotRated), &[("question", question(q, lang))]),
        });
    }
    if !workshop.obstacles.is_empty() {
        let list: Vec<&str> = workshop.obstacles.iter().map(|o| obstacle(*o, lang)).collect();
        lines.push(fill(t(ReportMsg::Obstacles), &[("list", &list.join(", "))]));
    }
    if !workshop.comments.trim().is_empty() {
        lines.push(fill(t(ReportMsg::Comments), &[("text", workshop.comments.trim())]));
    }
    lines.join("\n")
}

/// A report's or evaluation's text with its machine-readable code after it (`workshop::code`):
/// the session it belongs to, a line that says what the code is for, and the code's lines.
pub fn with_code(text: String, sheet: &Sheet, lang: Lang) -> String {
    let mut out = text;
    if !sheet.session.is_empty() {
        out.push('\n');
        out.push_str(&fill(ReportMsg::Session.text(lang), &[("id", &sheet.session)]));
    }
    out.push_str("\n\n");
    out.push_str(ReportMsg::CodeIntro.text(lang));
    for line in code::encode(sheet) {
        out.push('\n');
        out.push_str(&line);
    }
    out
}
