//! CSV as Excel and LibreOffice open it right: UTF-8 with a byte-order mark (without it, Excel on
//! Windows reads "Ú" for "é"), CRLF line ends, every field quoted when it holds a comma, quote,
//! semicolon or line break, and a cell that a spreadsheet would run as a formula (starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return) made text with a leading apostrophe.

pub const BOM: char = '\u{feff}';

/// The file's text: BOM, the header row, then one row per record.
pub fn text(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One field, guarded and quoted as needed.
pub fn cell(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if guarded.contains([',', '"', ';', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}
