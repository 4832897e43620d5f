//! The HS 2022 nomenclature (`assets/data/harmonized-system-2022.csv`, WCO via UN Comtrade,
//! ODC-PDDL-1.0): chapters, headings and 6-digit subheadings with their English descriptions.
//!
//! It is 850 KB, so the page fetches it only when a search needs it (a code, or words our rules
//! do not know) and the service worker keeps it for offline use. [`parse`] reads the CSV once and
//! builds a word index; a query then looks words up in a sorted vocabulary (exact, prefix while
//! typing, one or two typos as a fallback) and intersects the entries they occur in, well under
//! the 10 ms a keystroke may take on a slow phone.

use std::collections::BTreeMap;

use super::search::{is_qualifier, words};

/// One line of the nomenclature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HsEntry {
    /// 2, 4 or 6 digits.
    pub code: String,
    pub description: String,
    /// The roman numeral of the section ("I" … "XXI").
    pub section: String,
}

impl HsEntry {
    /// The code as people write it: "09", "0901", "0901.11".
    pub fn dotted(&self) -> String {
        dotted(&self.code)
    }

    /// The description up to its first semicolon, at most 60 characters: a product name.
    /// "Bicycles and other cycles; including …" → "Bicycles and other cycles".
    pub fn short_description(&self) -> String {
        let first = self.description.split(';').next().unwrap_or(&self.description).trim();
        first.chars().take(60).collect()
    }
}

/// "090111" → "0901.11"; "09011190" → "0901.11.90"; shorter codes as they are.
pub fn dotted(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + 2);
    for (n, c) in code.chars().enumerate() {
        if n >= 4 && n % 2 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// The parsed nomenclature with its word index.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Nomenclature {
    /// In file order, which is code order.
    pub entries: Vec<HsEntry>,
    /// Normalised words of all descriptions, sorted and unique.
    vocabulary: Vec<String>,
    /// For each vocabulary word, the entries whose description has it, with the word's first
    /// position there (descriptions name the goods first: "Bicycles …" before "… used on bicycles").
    postings: Vec<Vec<(u32, u8)>>,
    /// Words in each entry's description, for preferring short exact descriptions.
    lengths: Vec<u16>,
}

/// More than this many candidates is noise on a phone screen.
pub const MAX_HITS: usize = 8;
const MAX_WORDS: usize = 8;
const EXACT: u32 = 100;
const PREFIX: u32 = 80;
const TYPO: u32 = 60;

/// Parses the CSV (`section,hscode,description,parent,level`). Chapter 99 and 999999 are UN
/// Comtrade's own additions, not HS, and are left out; the `TOTAL` line too. An error names the
/// line and the field.
pub fn parse(text: &str) -> Result<Nomenclature, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = csv_rows(text);
    let header = rows.next().ok_or("harmonized-system-2022.csv: the file is empty")?;
    let header = header.map_err(|e| format!("harmonized-system-2022.csv line 1: {e}"))?;
    let expected = ["section", "hscode", "description", "parent", "level"];
    if header.iter().map(String::as_str).ne(expected) {
        return Err(format!("harmonized-system-2022.csv line 1: the columns must be {}", expected.join(",")));
    }
    let mut entries: Vec<HsEntry> = Vec::new();
    for (n, row) in rows.enumerate() {
        let line = n + 2;
        let fail = |field: &str| format!("harmonized-system-2022.csv line {line}: {field}");
        let row = row.map_err(|e| fail(&e))?;
        let [section, code, description, _parent, level] = row.as_slice() else {
            return Err(fail("a line needs 5 fields"));
        };
        if code == "TOTAL" || code.starts_with("99") {
            continue;
        }
        if !matches!(code.len(), 2 | 4 | 6) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(&format!("hscode {code:?} must be 2, 4 or 6 digits")));
        }
        if level != &code.len().to_string() {
            return Err(fail(&format!("level {level:?} does not match hscode {code:?}")));
        }
        if description.trim().is_empty() {
            return Err(fail("description is empty"));
        }
        if entries.last().is_some_and(|last| last.code >= *code) {
            return Err(fail(&format!("hscode {code:?} is out of order")));
        }
        entries.push(HsEntry {
            code: code.clone(),
            description: description.trim().to_string(),
            section: section.clone(),
        });
    }
    if entries.is_empty() {
        return Err("harmonized-system-2022.csv: no HS codes".to_string());
    }
    Ok(Nomenclature::index(entries))
}

impl Nomenclature {
    fn index(entries: Vec<HsEntry>) -> Nomenclature {
        // One pass: intern each word (ids in order of first sight) and note where it occurs;
        // then sort the few thousand distinct words once and renumber.
        let mut seen: BTreeMap<String, u32> = BTreeMap::new();
        let mut occurrences: Vec<Vec<(u32, u8)>> = Vec::new();
        let mut lengths = Vec::with_capacity(entries.len());
        for (n, entry) in (0u32..).zip(&entries) {
            let entry_words = words(&entry.description);
            lengths.push(u16::try_from(entry_words.len()).unwrap_or(u16::MAX));
            for (position, word) in (0u8..=u8::MAX).zip(entry_words) {
                let next = u32::try_from(occurrences.len()).unwrap_or(u32::MAX);
                let id = *seen.entry(word).or_insert(next);
                if id == next {
                    occurrences.push(Vec::new());
                }
                if let Some(list) = usize::try_from(id).ok().and_then(|i| occurrences.get_mut(i)) {
                    if list.last().map(|(e, _)| *e) != Some(n) {
                        list.push((n, position));
                    }
                }
            }
        }
        // A BTreeMap iterates in sorted order: that is the vocabulary.
        let mut vocabulary = Vec::with_capacity(seen.len());
        let mut postings = Vec::with_capacity(seen.len());
        for (word, id) in seen {
            vocabulary.push(word);
            let list = usize::try_from(id).ok().and_then(|i| occurrences.get_mut(i)).map(std::mem::take);
            postings.push(list.unwrap_or_default());
        }
        Nomenclature { entries, vocabulary, postings, lengths }
    }

    /// The entry with exactly this code.
    pub fn entry(&self, code: &str) -> Option<&HsEntry> {
        self.entries.binary_search_by(|e| e.code.as_str().cmp(code)).ok().and_then(|i| self.entries.get(i))
    }

    /// The entry for `code` or, for a national 8-digit code or one the list lacks, the closest
    /// code above it ("09011110" → 0901.11).
    pub fn nearest(&self, code: &str) -> Option<&HsEntry> {
        self.path(code.get(..code.len().min(6)).unwrap_or(code)).pop()
    }

    /// Chapter, heading and subheading above and including `code` ("090111" → 09, 0901, 0901.11).
    pub fn path(&self, code: &str) -> Vec<&HsEntry> {
        [2, 4, 6]
            .into_iter()
            .filter(|&n| n <= code.len())
            .filter_map(|n| code.get(..n).and_then(|c| self.entry(c)))
            .collect()
    }

    /// Entries for a code she typed (digits only): the entry itself, or for a national 8- or
    /// 10-digit code its 6-digit subheading, then the codes under it, up to [`MAX_HITS`].
    pub fn by_code(&self, digits: &str) -> Vec<&HsEntry> {
        let key = digits.get(..digits.len().min(6)).unwrap_or(digits);
        let start = self.entries.partition_point(|e| e.code.as_str() < key);
        let mut found: Vec<&HsEntry> = Vec::new();
        for entry in self.entries.iter().skip(start).take_while(|e| e.code.starts_with(key)) {
            if !repeats_parent(&found, entry) {
                found.push(entry);
            }
            if found.len() == MAX_HITS {
                break;
            }
        }
        if found.is_empty() && key.len() > 4 {
            // An 8-digit code under a heading with no subheadings of its own ("4403" not "440300").
            found = key.get(..4).and_then(|h| self.entry(h)).into_iter().collect();
        }
        found
    }

    /// Entries whose English description has all her words (typing, plurals and small typos
    /// allowed), best first, up to [`MAX_HITS`].
    pub fn search(&self, query: &str) -> Vec<&HsEntry> {
        let query_words: Vec<String> = words(query).into_iter().take(MAX_WORDS).collect();
        let Some(last) = query_words.len().checked_sub(1) else {
            return Vec::new();
        };
        let mut total = vec![0u32; self.entries.len()];
        let mut matched = vec![0u8; self.entries.len()];
        // The weakest of an entry's matched words: a line found through a typo is no good when
        // one of her words is missing from it as well.
        let mut weakest = vec![u32::MAX; self.entries.len()];
        // A line that only a qualifier fits ("frozen" in "frozen edamame") is not an answer when
        // she also named the goods: her product word must be in it.
        let needs_noun = query_words.iter().any(|w| !is_qualifier(w));
        let mut noun = vec![false; self.entries.len()];
        for (n, word) in query_words.iter().enumerate() {
            let qualifier = is_qualifier(word);
            let mut best = vec![0u32; self.entries.len()];
            for (weight, vocab) in self.lookup(word, n == last) {
                for &(entry, position) in self.postings.get(vocab).map_or(&[][..], Vec::as_slice) {
                    // The goods themselves come first in a description; a word far in names a use.
                    let lead = match position {
                        _ if weight < PREFIX => 0, // a typo never outranks a word as typed
                        0 => 40,
                        1..=2 => 20,
                        _ => 0,
                    };
                    if let Some(slot) = usize::try_from(entry).ok().and_then(|e| best.get_mut(e)) {
                        *slot = (*slot).max(weight + lead);
                    }
                }
            }
            for ((((t, m), w), b), has_noun) in
                total.iter_mut().zip(matched.iter_mut()).zip(weakest.iter_mut()).zip(&best).zip(noun.iter_mut())
            {
                if *b > 0 {
                    *t += b;
                    *m += 1;
                    *w = (*w).min(*b);
                    *has_noun |= !qualifier;
                }
            }
        }
        let all = u8::try_from(query_words.len()).unwrap_or(u8::MAX);
        let hits_with = |wanted: u8, at_least: u32| -> Vec<(u32, usize)> {
            total
                .iter()
                .zip(&matched)
                .zip(&self.lengths)
                .zip(&weakest)
                .zip(&noun)
                .enumerate()
                .filter(|(_, ((((_, m), _), w), has_noun))| {
                    **m == wanted && **w >= at_least && (**has_noun || !needs_noun)
                })
                .map(|(n, ((((t, _), len), _), _))| {
                    // Her words' fit, then how much of the description they are: "Bicycles"
                    // over "Parts and accessories of bicycles".
                    let coverage = 100 * u32::from(wanted) / u32::from((*len).max(1));
                    (t * 10 / u32::from(wanted) + coverage.min(100), n)
                })
                .collect()
        };
        let mut hits = hits_with(all, 0);
        if hits.is_empty() && all >= 2 {
            // "wooden doll": no line has both words; the lines with all but one, each found as
            // typed, still help.
            hits = hits_with(all - 1, PREFIX);
        }
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<&HsEntry> = Vec::new();
        for entry in hits.iter().filter_map(|(_, n)| self.entries.get(*n)) {
            if !repeats_parent(&out, entry) {
                out.push(entry);
            }
            if out.len() == MAX_HITS {
                break;
            }
        }
        out
    }

    /// Vocabulary words that fit one of her words, with their weight.
    fn lookup(&self, word: &str, typing: bool) -> Vec<(u32, usize)> {
        let mut found = Vec::new();
        let start = self.vocabulary.partition_point(|v| v.as_str() < word);
        for (n, known) in self.vocabulary.iter().enumerate().skip(start) {
            if known == word {
                found.push((EXACT, n));
            } else if known.starts_with(word) {
                if typing && word.chars().count() >= 3 {
                    found.push((PREFIX, n));
                }
            } else {
                break;
            }
        }
        let chars: Vec<char> = word.chars().collect();
        let allowed = match chars.len() {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        if found.is_empty() && allowed > 0 {
            for (n, known) in self.vocabulary.iter().enumerate() {
                let known: Vec<char> = known.chars().collect();
                if super::search::distance(&chars, &known, allowed).is_some() {
                    found.push((TYPO, n));
                }
            }
        }
        found
    }
}

/// A subheading worded like its heading (8712 and 8712.00, "Bicycles …") adds nothing.
fn repeats_parent(shown: &[&HsEntry], entry: &HsEntry) -> bool {
    shown.iter().any(|o| entry.code.starts_with(&o.code) && o.description == entry.description)
}

/// CSV rows (RFC 4180: quoted fields, doubled quotes, CRLF or LF). Lines without a quote (most
/// of the file) are split directly; a quoted field may span lines.
fn csv_rows(text: &str) -> impl Iterator<Item = Result<Vec<String>, String>> + '_ {
    let mut lines = text.split('\n');
    std::iter::from_fn(move || {
        let mut record = lines.next()?.to_string();
        if record.is_empty() && lines.clone().next().is_none() {
            return None; // after the newline at the end of the file, or an empty file
        }
        while record.matches('"').count() % 2 == 1 {
            match lines.next() {
                Some(more) => {
                    record.push('\n');
                    record.push_str(more);
                }
                None => return Some(Err("a quoted field is not closed".to_string())),
            }
        }
        let record = record.strip_suffix('\r').unwrap_or(&record);
        if !record.contains('"') {
            return Some(Ok(record.split(',').map(str::to_string).collect()));
        }
        Some(quoted_fields(record))
    })
}

/// The fields of one record that has quotes.
fn quoted_fields(record: &str) -> Result<Vec<String>, String> {
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = record.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            (false, '"') => return Err("a stray quote".to_string()),
            (false, ',') => {
                row.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            (false, c) => field.push(c),
        }
    }
    row.push(field);
    Ok(row)
}
