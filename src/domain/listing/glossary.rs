//! Indonesian → English glossary for product listings (`assets/data/glossary.json`).
//!
//! INTERFACE (fixed):
//! - `parse(text: &str) -> Result<Glossary, String>`: parses and checks the file (no duplicate
//!   Indonesian terms, no empty translations); the error names the entry.
//! - `Glossary::translate(&self, text: &str) -> Translated`: longest-phrase-first, case- and
//!   accent-insensitive translation of her words; words it does not know are kept as typed and
//!   listed in `untranslated` (names and numbers are not "untranslated": digits, units, and words
//!   that are already English are left alone).
//! - `Glossary::is_indonesian(&self, word: &str) -> bool`: the word is a known Indonesian term
//!   (used by the untranslated-word check on her edited title).

use std::collections::BTreeSet;

use serde::Deserialize;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    pub entries: Vec<Entry>,
    /// Built once by `parse`, which also sorts `entries` by term for binary search: translating
    /// a field must stay in microseconds on a slow phone.
    index: Index,
}

/// Every English word that is never "untranslated": the built-in list and the lowercase words of
/// the glossary's English side (capitalised ones there are names like "Tanjung Perak"), sorted.
#[derive(Clone, Default, PartialEq, Eq)]
struct Index {
    english: Vec<String>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Index({} English words)", self.english.len())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct Entry {
    /// Indonesian term, lowercase, one or more words ("kopi bubuk").
    pub id: String,
    /// English, as it should appear in a listing ("ground coffee").
    pub en: String,
    /// What kind of word it is, for the templates and the form's pick lists.
    pub kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Product,
    Material,
    Process,
    Unit,
    Packaging,
    Colour,
    Quality,
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translated {
    pub english: String,
    /// Her words the glossary does not know (as typed), in order, without repeats.
    pub untranslated: Vec<String>,
}

/// The longest Indonesian phrase the glossary holds, in words.
const MAX_WORDS: usize = 4;

/// English words common in listings, and place names: never reported as untranslated. The
/// glossary's English side counts too (see `Index`), so this list only adds what it does not say.
const ENGLISH: &[&str] = &[
    "a",
    "about",
    "account",
    "all",
    "also",
    "an",
    "and",
    "approx",
    "are",
    "artisan",
    "as",
    "at",
    "authentic",
    "available",
    "bag",
    "balance",
    "be",
    "bean",
    "beans",
    "best",
    "blend",
    "box",
    "bpom",
    "brand",
    "bulk",
    "by",
    "can",
    "capacity",
    "carton",
    "cbm",
    "certificate",
    "certified",
    "cfr",
    "children",
    "chips",
    "cif",
    "cip",
    "cnf",
    "coffee",
    "color",
    "colour",
    "contact",
    "contains",
    "content",
    "cool",
    "cpt",
    "crafted",
    "custom",
    "dap",
    "day",
    "days",
    "ddp",
    "decor",
    "delivery",
    "deposit",
    "design",
    "dozen",
    "dpu",
    "dried",
    "drink",
    "dry",
    "each",
    "east",
    "eco",
    "eur",
    "export",
    "extra",
    "exw",
    "factory",
    "family",
    "fashion",
    "fca",
    "fda",
    "finishing",
    "fob",
    "for",
    "free",
    "fresh",
    "friendly",
    "from",
    "full",
    "genuine",
    "gift",
    "gmp",
    "good",
    "grade",
    "gram",
    "great",
    "haccp",
    "halal",
    "hand",
    "handcrafted",
    "handmade",
    "has",
    "have",
    "height",
    "high",
    "home",
    "idr",
    "in",
    "inch",
    "including",
    "incoterms",
    "ingredient",
    "ingredients",
    "is",
    "iso",
    "it",
    "its",
    "keep",
    "kg",
    "kids",
    "kilo",
    "kitchen",
    "large",
    "lead",
    "leaf",
    "length",
    "level",
    "life",
    "liter",
    "litre",
    "local",
    "logo",
    "made",
    "manufacturer",
    "material",
    "materials",
    "medium",
    "men",
    "meter",
    "metre",
    "mini",
    "minimum",
    "mix",
    "mixed",
    "model",
    "month",
    "moq",
    "more",
    "muslim",
    "natural",
    "net",
    "new",
    "no",
    "not",
    "odm",
    "oem",
    "of",
    "on",
    "only",
    "option",
    "options",
    "or",
    "order",
    "organic",
    "original",
    "our",
    "pack",
    "package",
    "packaging",
    "packed",
    "packing",
    "pcs",
    "per",
    "piece",
    "pieces",
    "pirt",
    "place",
    "port",
    "pouch",
    "premium",
    "price",
    "private",
    "product",
    "production",
    "quality",
    "quotation",
    "quote",
    "raw",
    "ready",
    "request",
    "sample",
    "sandal",
    "script",
    "secure",
    "set",
    "shelf",
    "shipment",
    "shipping",
    "shisha",
    "sight",
    "size",
    "small",
    "sni",
    "special",
    "standard",
    "stock",
    "storage",
    "store",
    "style",
    "suitable",
    "super",
    "supplier",
    "supply",
    "sustainable",
    "taste",
    "terms",
    "than",
    "that",
    "the",
    "this",
    "time",
    "to",
    "ton",
    "tons",
    "type",
    "unit",
    "units",
    "until",
    "up",
    "upon",
    "usd",
    "use",
    "valid",
    "very",
    "village",
    "we",
    "week",
    "weight",
    "wholesale",
    "width",
    "will",
    "with",
    "women",
    "year",
    "you",
    "your",
    // Places she names as origin: names, not words to translate.
    "indonesia",
    "indonesian",
    "java",
    "javanese",
    "bali",
    "jakarta",
    "madura",
    "surabaya",
    "malang",
    "batu",
    "jember",
    "banyuwangi",
    "sidoarjo",
    "gresik",
    "kediri",
    "blitar",
    "madiun",
    "pasuruan",
    "probolinggo",
    "lumajang",
    "bondowoso",
    "situbondo",
    "tulungagung",
    "trenggalek",
    "ponorogo",
    "pacitan",
    "magetan",
    "ngawi",
    "bojonegoro",
    "tuban",
    "lamongan",
    "mojokerto",
    "jombang",
    "nganjuk",
    "bangkalan",
    "sampang",
    "pamekasan",
    "sumenep",
    "ijen",
    "bromo",
    "dampit",
    "jepara",
];

/// Indonesian words that join phrases rather than describe a noun: a half-known phrase ends before
/// them (see `Glossary::half_known`), whether or not the glossary lists them.
const JOINING: &[&str] =
    &["dan", "atau", "dengan", "untuk", "dari", "tanpa", "di", "ke", "yang", "per", "serta", "juga", "pada", "oleh"];

/// English last words that take no plural "s" after a number.
const UNCOUNTED: &[&str] = &["dozen", "gross", "plastic", "paper", "foil"];

#[derive(Deserialize)]
struct File<T> {
    entries: Vec<T>,
}

/// Parses and checks the glossary. Terms are normalised (lowercase, no accents, single spaces).
pub fn parse(text: &str) -> Result<Glossary, String> {
    let mut entries = match serde_json::from_str::<File<Entry>>(text) {
        Ok(file) => file.entries,
        Err(e) => return Err(explain(text).unwrap_or_else(|| format!("glossary.json: {e}"))),
    };
    for (n, entry) in entries.iter_mut().enumerate() {
        let name = format!("glossary entry {} {:?}", n + 1, entry.id);
        entry.id = normal_phrase(&entry.id);
        entry.en = entry.en.split_whitespace().collect::<Vec<_>>().join(" ");
        if entry.id.is_empty() {
            return Err(format!("{name}: the Indonesian term is empty"));
        }
        if entry.id.split(' ').count() > MAX_WORDS {
            return Err(format!("{name}: at most {MAX_WORDS} words"));
        }
        // "-" or "..." is a spreadsheet's "not translated yet", not English to offer her.
        if !entry.en.chars().any(char::is_alphanumeric) {
            return Err(format!("{name}: the English translation is empty or has no word"));
        }
    }
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    for pair in entries.windows(2) {
        if let [a, b] = pair {
            if a.id == b.id {
                return Err(format!("glossary entry {:?} is listed twice", a.id));
            }
        }
    }
    let mut english: Vec<String> = ENGLISH.iter().map(|w| w.to_string()).collect();
    for entry in &entries {
        let lowercase = entry.en.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().all(char::is_lowercase));
        english.extend(lowercase.filter(|w| !w.is_empty()).map(str::to_string));
    }
    english.sort_unstable();
    english.dedup();
    Ok(Glossary { entries, index: Index { english } })
}

/// Which entry a file that does not fit is wrong in, by number and term (serde alone gives a line
/// and column). For whoever edits the file, so native builds (the tests) only: in the app a bad
/// file is "could not load" either way, and going through `serde_json::Value` would compile a
/// second deserializer into the wasm.
#[cfg(target_arch = "wasm32")]
fn explain(_text: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn explain(text: &str) -> Option<String> {
    let file: File<serde_json::Value> = serde_json::from_str(text).ok()?;
    file.entries.into_iter().enumerate().find_map(|(n, value)| {
        let id = value.get("id").and_then(|id| id.as_str()).map(|id| format!(" {id:?}")).unwrap_or_default();
        Entry::deserialize(value).err().map(|e| format!("glossary entry {}{id}: {e}", n + 1))
    })
}

/// One word of her text: what came before it (spaces, punctuation), as typed, and normalised.
struct Word<'a> {
    gap: &'a str,
    typed: &'a str,
    norm: String,
}

impl Word<'_> {
    /// "kursi-kursi" is the plural of "kursi": the glossary knows the single word.
    fn half(&self) -> Option<&str> {
        let (a, b) = self.norm.split_once('-')?;
        (a == b).then_some(a)
    }
}

impl Glossary {
    /// Her words in English, longest glossary phrase first; see the module comment.
    pub fn translate(&self, text: &str) -> Translated {
        let (words, tail) = split(text);
        // Typed with caps lock on: keep shouting rather than mixing cases.
        let shout = !text.chars().any(char::is_lowercase);
        let mut english = String::with_capacity(text.len() + text.len() / 2);
        let mut untranslated: Vec<String> = Vec::new();
        let mut seen = BTreeSet::new();
        let mut seen_phrases = BTreeSet::new();
        let mut i = 0;
        while let Some(word) = words.get(i) {
            push_gap(&mut english, word.gap);
            let counted = i.checked_sub(1).and_then(|k| words.get(k)).is_some_and(|prev| {
                is_number(prev.typed) && prev.typed != "1" && word.gap.chars().all(char::is_whitespace)
            });
            if let Some((entry, n)) = self.longest(words.get(i..).unwrap_or_default()) {
                // A noun it knows followed by a word it does not ("minyak sawit", palm oil): the
                // phrase means something else than its known half, so it stays as she wrote it,
                // to the end of the phrase, and is reported whole — never "oil sawit".
                if let Some(end) = self.half_known(&words, i, n, entry, shout) {
                    let phrase: Vec<&Word> = words.get(i..end).unwrap_or_default().iter().collect();
                    let typed = phrase.iter().enumerate().fold(String::new(), |mut out, (k, w)| {
                        if k > 0 {
                            push_gap(&mut out, w.gap);
                        }
                        out.push_str(w.typed);
                        out
                    });
                    english.push_str(&typed);
                    let norm = phrase.iter().map(|w| w.norm.as_str()).collect::<Vec<_>>().join(" ");
                    if seen_phrases.insert(norm) {
                        untranslated.push(typed);
                    }
                    i = end;
                    continue;
                }
                let countable = matches!(entry.kind, Kind::Unit | Kind::Packaging);
                let en = if counted && countable { plural(&entry.en) } else { entry.en.clone() };
                push_cased(&mut english, &en, word.typed, shout);
                i += n.max(1);
                continue;
            }
            if let Some((digits, unit)) = self.glued_unit(&word.norm) {
                english.push_str(digits);
                english.push(' ');
                english.push_str(&if digits == "1" { unit.en.clone() } else { plural(&unit.en) });
            } else {
                english.push_str(word.typed);
                if self.looks_indonesian(word, shout) && seen.insert(word.norm.as_str()) {
                    untranslated.push(word.typed.to_string());
                }
            }
            i += 1;
        }
        push_gap(&mut english, tail);
        Translated { english: english.trim().to_string(), untranslated }
    }

    /// Where a half-known phrase that starts at `words[i]` with the glossary's `entry` (`n` words)
    /// ends: the entry is a noun (a product or a material), the next word follows it with only a
    /// space between, and the glossary does not know that word (nor is it a number, a unit, English,
    /// a joining word like "dan", or a name: a capital after her lower-case word). Indonesian puts
    /// the describing words after the noun, so the phrase runs on over the words that follow with
    /// only a space, up to a number, a joining word or a word of the glossary's "other" kind (dan,
    /// untuk, dengan…). `None`: translate as usual.
    fn half_known(&self, words: &[Word], i: usize, n: usize, entry: &Entry, shout: bool) -> Option<usize> {
        if !matches!(entry.kind, Kind::Product | Kind::Material) {
            return None;
        }
        let spaced = |w: &Word| w.gap.chars().all(char::is_whitespace);
        let joining =
            |w: &Word| JOINING.contains(&w.norm.as_str()) || self.find(&w.norm).is_some_and(|e| e.kind == Kind::Other);
        let next_at = i + n.max(1);
        let next = words.get(next_at).filter(|w| spaced(w))?;
        let before = words.get(next_at - 1)?;
        let capital = |w: &Word| w.typed.chars().next().is_some_and(char::is_uppercase);
        let name = capital(next) && !capital(before);
        let unknown = self.longest(words.get(next_at..).unwrap_or_default()).is_none()
            && self.glued_unit(&next.norm).is_none()
            && self.looks_indonesian(next, shout);
        if name || !unknown || joining(next) {
            return None;
        }
        let mut end = next_at + 1;
        while let Some(w) = words.get(end) {
            if !spaced(w) || w.norm.chars().any(|c| c.is_ascii_digit()) || joining(w) {
                break;
            }
            end += 1;
        }
        Some(end)
    }

    /// A glossary term (one word or a phrase) whose English differs: left in an English title, it
    /// needs translating.
    pub fn is_indonesian(&self, word: &str) -> bool {
        let (words, _) = split(word);
        let phrase: Vec<&str> = words.iter().map(|w| w.norm.as_str()).collect();
        let entry = match words.as_slice() {
            [] => None,
            [one] => self.find(&one.norm).or_else(|| self.find(one.half()?)),
            _ => self.find(&phrase.join(" ")),
        };
        // Names the same in English ("Tanjung Perak", "robusta") and English words are not hers to fix.
        entry.is_some_and(|e| !e.en.eq_ignore_ascii_case(&e.id)) && !phrase.iter().all(|w| self.is_english(w))
    }

    /// The form's pick lists, in alphabetical order of the Indonesian term.
    pub fn entries_of(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }

    /// The entry for a normalised term (`parse` sorted them).
    fn find(&self, id: &str) -> Option<&Entry> {
        let at = self.entries.binary_search_by(|e| e.id.as_str().cmp(id)).ok()?;
        self.entries.get(at)
    }

    /// The entry matching the most words from the start of `words` (which must be separated by
    /// spaces only: "kopi, bubuk" is two things), and how many words it took.
    fn longest(&self, words: &[Word]) -> Option<(&Entry, usize)> {
        let first = words.first()?;
        let mut best: Option<(&Entry, usize)> = None;
        for key in [Some(first.norm.as_str()), first.half()].into_iter().flatten() {
            let from = self.entries.partition_point(|e| e.id.as_str() < key);
            for entry in self.entries.get(from..).unwrap_or_default() {
                let Some(rest) = entry.id.strip_prefix(key) else { break };
                let Some(rest) = (if rest.is_empty() { Some("") } else { rest.strip_prefix(' ') }) else { continue };
                let mut n = 1;
                let fits = rest.split(' ').filter(|w| !w.is_empty()).all(|want| {
                    let next = words.get(n).filter(|w| w.gap.chars().all(char::is_whitespace));
                    n += 1;
                    next.is_some_and(|w| w.norm == want || w.half() == Some(want))
                });
                if fits && best.is_none_or(|(_, m)| n > m) {
                    best = Some((entry, n));
                }
            }
            if best.is_some() {
                break;
            }
        }
        best
    }

    /// "250gr", "5kg": a number with a unit glued on.
    fn glued_unit<'w>(&self, norm: &'w str) -> Option<(&'w str, &Entry)> {
        let cut = norm.find(|c: char| !c.is_ascii_digit())?;
        let (digits, unit) = (norm.get(..cut)?, norm.get(cut..)?);
        if digits.is_empty() || !unit.chars().all(char::is_alphabetic) {
            return None;
        }
        let entry = self.find(unit)?;
        (entry.kind == Kind::Unit).then_some((digits, entry))
    }

    /// An unknown word worth telling her about: Latin letters, three or more, not a number,
    /// code or acronym (SNI, PIRT — unless she typed everything in capitals), not English.
    fn looks_indonesian(&self, word: &Word, shout: bool) -> bool {
        let acronym = !shout && !word.typed.chars().any(char::is_lowercase);
        !acronym
            && word.norm.chars().count() >= 3
            && word.norm.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
            && !self.is_english(&word.norm)
            && !is_place_name(&word.norm)
    }

    /// In the index, allowing a plural "s"/"es" and checking each part of a hyphenated word.
    fn is_english(&self, word: &str) -> bool {
        let word = word.strip_suffix("'s").unwrap_or(word);
        if word.contains('-') {
            return word.split('-').all(|part| part.len() <= 2 || self.is_english(part));
        }
        let known = |w: &str| self.index.english.binary_search_by(|e| e.as_str().cmp(w)).is_ok();
        known(word)
            || [word.strip_suffix('s'), word.strip_suffix("es")]
                .into_iter()
                .flatten()
                .any(|stem| stem.len() > 2 && known(stem))
    }
}

/// A word of the name of one of East Java's regencies and cities, or of a port or airport of the
/// calculator's list ("sumenep", "belawan", "priok"): a name, not a word to translate. Both lists are
/// compiled in; the words are collected once.
pub(crate) fn is_place_name(norm: &str) -> bool {
    use std::sync::OnceLock;
    static PLACES: OnceLock<BTreeSet<String>> = OnceLock::new();
    // Words of those names that are not names themselves.
    const GENERIC: [&str; 4] = ["international", "airport", "port", "kota"];
    let places = PLACES.get_or_init(|| {
        let regions = crate::domain::regions::all().iter().map(|r| r.name.as_str());
        let ports = crate::domain::incoterms::ports::all().iter().flat_map(|p| [p.name.as_str(), p.city.as_str()]);
        regions
            .chain(ports)
            .flat_map(|name| split(name).0.into_iter().map(|w| w.norm).collect::<Vec<_>>())
            .filter(|w| w.chars().count() >= 3 && !GENERIC.contains(&w.as_str()))
            .collect()
    });
    places.contains(norm)
}

/// Her text as words and the gaps between them. A word is letters and digits, with a hyphen or
/// apostrophe inside it ("oleh-oleh", "bird's"); everything else is a gap, kept as typed.
fn split(text: &str) -> (Vec<Word<'_>>, &str) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let alnum = |k: Option<usize>| k.and_then(|k| chars.get(k)).is_some_and(|(_, c)| c.is_alphanumeric());
    let mut words = Vec::new();
    let (mut start, mut gap_start, mut in_word) = (0, 0, false);
    for (k, &(at, c)) in chars.iter().enumerate() {
        let joiner = matches!(c, '-' | '\'' | '’') && alnum(k.checked_sub(1)) && alnum(Some(k + 1));
        let wordy = c.is_alphanumeric() || joiner || (in_word && crate::domain::text::is_combining_mark(c));
        if wordy && !in_word {
            start = at;
        } else if !wordy && in_word {
            let typed = text.get(start..at).unwrap_or_default();
            words.push(Word { gap: text.get(gap_start..start).unwrap_or_default(), typed, norm: normalise(typed) });
            gap_start = at;
        }
        in_word = wordy;
    }
    if in_word {
        let typed = text.get(start..).unwrap_or_default();
        words.push(Word { gap: text.get(gap_start..start).unwrap_or_default(), typed, norm: normalise(typed) });
        gap_start = text.len();
    }
    (words, text.get(gap_start..).unwrap_or_default())
}

/// Lowercase without accents: "Kopi", "KOPI" and "kópi" are the same word.
fn normalise(word: &str) -> String {
    crate::domain::text::fold(word).map(|c| if c == '’' { '\'' } else { c }).collect()
}

fn normal_phrase(text: &str) -> String {
    split(text).0.into_iter().map(|w| w.norm).collect::<Vec<_>>().join(" ")
}

fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Spaces as one space (or one line break), everything else as typed.
fn push_gap(out: &mut String, gap: &str) {
    let mut space = None;
    for c in gap.chars() {
        if c.is_whitespace() {
            if space != Some('\n') {
                space = Some(if c == '\n' { '\n' } else { ' ' });
            }
        } else {
            out.extend(space.take());
            out.push(c);
        }
    }
    out.extend(space);
}

/// Her capital carries over: "Kopi bubuk" → "Ground coffee", "KOPI" (caps lock) → "COFFEE".
fn push_cased(out: &mut String, en: &str, typed: &str, shout: bool) {
    let mut letters = typed.chars().filter(|c| c.is_alphabetic());
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    if shout && first_upper && letters.next().is_some() {
        out.push_str(&crate::domain::text::upper_all(en));
    } else if first_upper {
        let mut chars = en.chars();
        out.extend(chars.next().map(crate::domain::text::upper));
        out.push_str(chars.as_str());
    } else {
        out.push_str(en);
    }
}

/// "5 karung" → "5 sacks": units and packaging after a number other than 1.
fn plural(en: &str) -> String {
    let last = en.rsplit(' ').next().unwrap_or(en);
    let plain = en.bytes().all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-');
    let uncounted = UNCOUNTED.contains(&last) || ["s", "ed", "ing"].iter().any(|end| last.ends_with(end));
    if !plain || last.len() < 3 || uncounted {
        return en.to_string();
    }
    if ["x", "z", "ch", "sh"].iter().any(|end| last.ends_with(end)) {
        format!("{en}es")
    } else if let Some(stem) = en.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ies")
    } else {
        format!("{en}s")
    }
}
