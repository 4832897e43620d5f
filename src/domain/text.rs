//! Text in both languages, as data files carry it (`{"id": "…", "en": "…"}`).

use serde::Deserialize;

use super::lang::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Bilingual {
    pub id: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.id, &self.en)
    }

    /// Both languages present: what the data-file checks require.
    pub fn is_complete(&self) -> bool {
        !self.id.trim().is_empty() && !self.en.trim().is_empty()
    }
}

/// `YYYY-MM-DD` with plausible numbers: the "checked" dates of data files.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] => {
            number(y, 4)
                && number(m, 2)
                && number(d, 2)
                && matches!(m.parse::<u32>(), Ok(1..=12))
                && matches!(d.parse::<u32>(), Ok(1..=31))
        }
        _ => false,
    }
}

/// A combining accent (U+0300–U+036F), as typed on some keyboards after the letter.
pub fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Lowercase, accents folded (é → e) and combining marks dropped: the spelling differences that do
/// not change a word, for search and for the glossary. Each caller decides about apostrophes.
pub fn fold(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(char::to_lowercase).filter(|c| !is_combining_mark(*c)).map(|c| match c {
        'à'..='å' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    })
}

/// Trimmed, with runs of blanks and control characters collapsed to one space: a name, a place or
/// a price line as it goes into one line of a listing, a quote or a document.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// First letter in upper case, the rest as it is ("30 hari" stays, "pack" → "Pack").
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    let mut out = String::with_capacity(text.len());
    if let Some(first) = chars.next() {
        push_upper(&mut out, first);
    }
    out.push_str(chars.as_str());
    out
}

/// `c` in upper case, "ß" as "SS" (the one capital of two letters in Latin-1).
fn push_upper(out: &mut String, c: char) {
    match c {
        'ß' => out.push_str("SS"),
        c => out.push(upper(c)),
    }
}

/// A letter in upper case: Latin with the accents of Latin-1 and Latin Extended-A ("é" → "É",
/// "ş" → "Ş"), Greek and Cyrillic, as Rust's `char::to_uppercase` maps them; any other character
/// stays as it is, and so does a letter whose capital is two letters ("ß": [`capitalize`] and
/// [`upper_all`] write it "SS").
///
/// Why not `char::to_uppercase`: its table covers every script and costs about 6 KB brotli in each
/// of the seven parts that capitalise (measured 2026-12-03, docs/code-splitting.md), for text that
/// is English or Indonesian. A test checks these ranges against Rust's own mapping.
pub fn upper(c: char) -> char {
    let code = u32::from(c);
    let capital = match code {
        0x61..=0x7A => code - 32,
        0xB5 => 0x39C,
        0xE0..=0xFE if code != 0xF7 => code - 32,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 1 => code - 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 0 => code - 1,
        0x3AC => 0x386,
        0x3AD..=0x3AF => code - 37,
        0x3B1..=0x3C1 | 0x3C3..=0x3CB => code - 32,
        0x3C2 => 0x3A3,
        0x3CC => 0x38C,
        0x3CD | 0x3CE => code - 63,
        0x430..=0x44F => code - 32,
        0x450..=0x45F => code - 80,
        _ => code,
    };
    char::from_u32(capital).unwrap_or(c)
}

/// Every letter in upper case, as [`upper`] does it ("ß" as "SS").
pub fn upper_all(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// Puts `item` in the set or takes it out: a tick on or off.
pub fn set_member<T: Ord>(set: &mut std::collections::BTreeSet<T>, item: T, present: bool) {
    if present {
        set.insert(item);
    } else {
        set.remove(&item);
    }
}

/// No two of `codes` are equal (a compile-time check of `code_enum!`).
pub const fn distinct(codes: &[&str]) -> bool {
    let mut i = 0;
    while i < codes.len() {
        let mut j = i + 1;
        while j < codes.len() {
            if same(codes[i].as_bytes(), codes[j].as_bytes()) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
