//! Finding the rule for what she typed: her own words ("kripik tempe", "kursi-kursi jati",
//! "kopii") or an HS code ("0901.11"). The words of every rule's names and synonyms are indexed
//! once by `parse`; a query then costs a pass over a vocabulary of about a thousand words and
//! the phrases, well under a millisecond, so it can run on every keystroke on a slow phone.

use super::rules::{Rule, RuleBook};

/// How a rule was found, for the page to say why it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchedBy {
    /// Her HS code, or a code the rule's code starts (or is started by).
    Code,
    /// The rule's own name.
    Name,
    /// One of the words owners use for it.
    Synonym,
    /// Close to a name or synonym, allowing a typing mistake.
    Fuzzy,
    /// Her words are in the English description of an HS code the rule covers.
    Nomenclature,
    /// She typed only a word such as "beku" or "kering" that says how goods are kept, not what
    /// they are: the page says so and asks for the product's name.
    Qualifier,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Match<'a> {
    pub rule: &'a Rule,
    /// Up to 1000; higher is better.
    pub score: u32,
    pub by: MatchedBy,
}

/// Beyond this a query is not a product name: only this many words are looked up.
const MAX_WORDS: usize = 8;
/// Longer "words" are junk; they are not compared letter by letter.
const MAX_WORD_CHARS: usize = 40;
/// A phrase scoring below this is not shown.
const MIN_SCORE: u32 = 560;
/// Words that say nothing about the goods.
const STOP_WORDS: &[&str] =
    &["a", "an", "and", "atau", "dan", "dari", "dengan", "for", "from", "of", "or", "the", "untuk", "with", "yang"];

/// Words that say how goods are kept or processed, not what they are ("ikan beku", "frozen
/// fish"). The product noun outweighs them: "edamame beku" must not find frozen fish because of
/// "beku". Compared after [`words`] normalises (lowercase, plurals stemmed).
pub const QUALIFIERS: &[&str] =
    &["beku", "kering", "olahan", "segar", "mentah", "frozen", "dried", "dry", "fresh", "processed", "raw"];

/// Whether a normalised word only qualifies the goods (see [`QUALIFIERS`]).
pub fn is_qualifier(word: &str) -> bool {
    QUALIFIERS.contains(&word)
}

/// Weights of a query word against a vocabulary word, out of 100.
const EXACT: u8 = 100;
const PREFIX: u8 = 75;
const TYPO_1: u8 = 70;
const TYPO_2: u8 = 55;

#[derive(Clone, Debug, PartialEq)]
struct Phrase {
    rule: usize,
    by: MatchedBy,
    words: Vec<u32>,
}

/// Built by `parse` from every rule's names and synonyms.
#[derive(Clone, PartialEq, Default)]
pub(super) struct Index {
    /// Normalised, stemmed words, sorted and unique.
    words: Vec<String>,
    chars: Vec<Vec<char>>,
    phrases: Vec<Phrase>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Index({} words, {} phrases)", self.words.len(), self.phrases.len())
    }
}

impl Index {
    pub(super) fn build(rules: &[Rule]) -> Index {
        let mut raw: Vec<(usize, MatchedBy, Vec<String>)> = Vec::new();
        for (n, rule) in rules.iter().enumerate() {
            let names = [&rule.name.id, &rule.name.en].into_iter().map(|t| (MatchedBy::Name, t));
            for (by, text) in names.chain(rule.synonyms.iter().map(|t| (MatchedBy::Synonym, t))) {
                let words = words(text);
                if !words.is_empty() && !raw.iter().any(|(r, _, w)| *r == n && *w == words) {
                    raw.push((n, by, words));
                }
            }
        }
        let mut vocabulary: Vec<String> = raw.iter().flat_map(|(_, _, w)| w.iter().cloned()).collect();
        vocabulary.sort_unstable();
        vocabulary.dedup();
        let id_of = |w: &String| vocabulary.binary_search(w).ok().and_then(|i| u32::try_from(i).ok());
        let phrases = raw
            .iter()
            .map(|(rule, by, words)| Phrase { rule: *rule, by: *by, words: words.iter().filter_map(id_of).collect() })
            .collect();
        let chars = vocabulary.iter().map(|w| w.chars().collect()).collect();
        Index { words: vocabulary, chars, phrases }
    }
}

/// The rules matching her query, best first; empty when nothing fits (never a panic).
pub fn search<'a>(book: &'a RuleBook, query: &str) -> Vec<Match<'a>> {
    if is_code_like(query) {
        return hs_digits(query).map(|digits| by_code(book, &digits)).unwrap_or_default();
    }
    let index = book.index();
    let query_words = words(query);
    let counted = query_words.len();
    let hits: Vec<Vec<(u8, bool)>> = query_words
        .iter()
        .take(MAX_WORDS)
        .enumerate()
        .map(|(n, word)| hits_for(index, word, n + 1 == counted))
        .collect();
    if hits.is_empty() {
        return Vec::new();
    }
    // Which of her words only qualify the goods ("beku", "kering"): a phrase that none of her
    // other words fits is not an answer ("edamame beku" is not frozen fish). When she typed
    // nothing but such words, the matches are shown and say so.
    let qualifiers: Vec<bool> = query_words.iter().take(MAX_WORDS).map(|w| is_qualifier(w)).collect();
    let only_qualifiers = qualifiers.iter().all(|q| *q);
    let mut best: Vec<Option<(u32, MatchedBy)>> = vec![None; book.rules.len()];
    for phrase in &index.phrases {
        let Some(found) = score(phrase, &hits, &qualifiers, counted) else {
            continue;
        };
        if !only_qualifiers && !found.noun {
            continue;
        }
        let (score, fuzzy) = (found.score, found.fuzzy);
        let by = if only_qualifiers {
            MatchedBy::Qualifier
        } else if fuzzy {
            MatchedBy::Fuzzy
        } else {
            phrase.by
        };
        if let Some(slot) = best.get_mut(phrase.rule) {
            if slot.is_none_or(|(s, b)| (score, std::cmp::Reverse(by)) > (s, std::cmp::Reverse(b))) {
                *slot = Some((score, by));
            }
        }
    }
    let mut found: Vec<Match<'a>> = book
        .rules
        .iter()
        .zip(best)
        .filter_map(|(rule, best)| best.map(|(score, by)| Match { rule, score, by }))
        .collect();
    found.sort_by(|a, b| b.score.cmp(&a.score).then(a.by.cmp(&b.by)));
    found
}

/// Her query as HS code digits, when it is one: digits with optional dots, spaces or dashes,
/// 2 to 10 digits ("0901.11", "0901 11", "090111"). Pages use it to decide whether to load the
/// HS nomenclature too.
pub fn hs_digits(query: &str) -> Option<String> {
    if !is_code_like(query) {
        return None;
    }
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    (2..=10).contains(&digits.len()).then_some(digits)
}

/// Digits with only dots, spaces or dashes: a code, even of the wrong length ("1" is not a word).
pub(super) fn is_code_like(query: &str) -> bool {
    let trimmed = query.trim();
    trimmed.chars().any(|c| c.is_ascii_digit())
        && trimmed.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ' ' | '-'))
}

/// Rules whose code starts her code (she typed more detail) or that her code starts.
fn by_code<'a>(book: &'a RuleBook, digits: &str) -> Vec<Match<'a>> {
    let width = |s: &str| u32::try_from(s.len()).unwrap_or(0);
    let mut found: Vec<Match<'a>> = book
        .rules
        .iter()
        .filter_map(|rule| {
            let score = rule
                .hs
                .iter()
                .filter_map(|hs| {
                    if hs == digits {
                        Some(1000)
                    } else if digits.starts_with(hs.as_str()) {
                        Some(900 + 10 * width(hs))
                    } else if hs.starts_with(digits) {
                        Some(800 + 10 * width(digits))
                    } else {
                        None
                    }
                })
                .max()?;
            Some(Match { rule, score, by: MatchedBy::Code })
        })
        .collect();
    found.sort_by_key(|m| std::cmp::Reverse(m.score));
    found
}

/// How well each vocabulary word fits one query word: (weight, by a typo).
fn hits_for(index: &Index, word: &str, last: bool) -> Vec<(u8, bool)> {
    let mut hits = vec![(0u8, false); index.words.len()];
    let typed: Vec<char> = word.chars().collect();
    if typed.len() > MAX_WORD_CHARS {
        return hits;
    }
    let allowed = match typed.len() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    };
    for ((hit, known), chars) in hits.iter_mut().zip(&index.words).zip(&index.chars) {
        *hit = if known == word {
            (EXACT, false)
        } else if last && typed.len() >= 3 && known.starts_with(word) {
            // Still typing: "kerup" finds "kerupuk".
            (PREFIX, false)
        } else if allowed > 0 {
            match distance(&typed, chars, allowed) {
                Some(1) => (TYPO_1, true),
                Some(2) => (TYPO_2, true),
                _ => (0, false),
            }
        } else {
            (0, false)
        };
    }
    hits
}

/// A phrase's fit to her query.
struct Fit {
    score: u32,
    /// Found through a typo.
    fuzzy: bool,
    /// One of her words that is not a qualifier fits the phrase.
    noun: bool,
}

/// A phrase's score against the query: 60% for how much of her query it explains, 40% for how
/// much of the phrase she typed, so "kursi rotan" prefers rattan chairs to raw rattan ("rotan").
fn score(phrase: &Phrase, hits: &[Vec<(u8, bool)>], qualifiers: &[bool], counted: usize) -> Option<Fit> {
    let weight =
        |q: &Vec<(u8, bool)>, w: u32| usize::try_from(w).ok().and_then(|w| q.get(w)).copied().unwrap_or((0, false));
    let mut query_sum = 0u32;
    let mut fuzzy = false;
    let mut noun = false;
    for (n, q) in hits.iter().enumerate() {
        let (w, typo) =
            phrase.words.iter().map(|&w| weight(q, w)).max_by_key(|(w, typo)| (*w, !typo)).unwrap_or((0, false));
        query_sum += u32::from(w);
        fuzzy |= typo && w > 0;
        noun |= w > 0 && !qualifiers.get(n).copied().unwrap_or(false);
    }
    if query_sum == 0 {
        return None;
    }
    let phrase_sum: u32 =
        phrase.words.iter().map(|&w| hits.iter().map(|q| u32::from(weight(q, w).0)).max().unwrap_or(0)).sum();
    let m = u32::try_from(counted.max(1)).unwrap_or(u32::MAX);
    let n = u32::try_from(phrase.words.len().max(1)).unwrap_or(u32::MAX);
    let score = 6 * query_sum / m + 4 * phrase_sum / n;
    (score >= MIN_SCORE).then_some(Fit { score: score.min(1000), fuzzy, noun })
}

/// Optimal-string-alignment distance (a swap of two letters is one mistake), or `None` when it
/// is more than `max`. Rows live on the stack: this runs for most of the vocabulary on every
/// keystroke.
pub(super) fn distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    const WIDTH: usize = MAX_WORD_CHARS + 1;
    if a.len().abs_diff(b.len()) > max || b.len() >= WIDTH || a.len() >= WIDTH {
        return None;
    }
    let (mut two, mut one, mut cur) = ([0u8; WIDTH], [0u8; WIDTH], [0u8; WIDTH]);
    for (j, cell) in (0u8..).zip(one.iter_mut()) {
        *cell = j;
    }
    for ((i, &ai), row) in a.iter().enumerate().zip(1u8..) {
        *cur.first_mut()? = row;
        let mut row_min = row;
        for (j, &bj) in b.iter().enumerate() {
            let cost = u8::from(ai != bj);
            let mut d = (one.get(j + 1)? + 1).min(cur.get(j)? + 1).min(one.get(j)? + cost);
            let swapped = i > 0
                && j > 0
                && j.checked_sub(1).and_then(|k| b.get(k)) == Some(&ai)
                && i.checked_sub(1).and_then(|k| a.get(k)) == Some(&bj);
            if swapped {
                d = d.min(two.get(j - 1)? + 1);
            }
            *cur.get_mut(j + 1)? = d;
            row_min = row_min.min(d);
        }
        if usize::from(row_min) > max {
            return None;
        }
        (two, one) = (one, cur);
    }
    let d = usize::from(*one.get(b.len())?);
    (d <= max).then_some(d)
}

/// Her text as normalised words: lowercase, no accents, reduplication ("kursi-kursi", "cumi
/// cumi") as one word, simple plurals stemmed, stop words dropped. The index uses the same.
pub fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let lowered = normalise(text);
    for token in lowered.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let token = token.trim_matches('-');
        let token = match token.split_once('-') {
            Some((a, b)) if a == b => a,
            _ => token,
        };
        for part in token.split('-').filter(|p| !p.is_empty()) {
            if STOP_WORDS.contains(&part) {
                continue;
            }
            let word = stem(part);
            if out.last() != Some(&word) {
                out.push(word);
            }
        }
    }
    out
}

/// English plurals: "chips" → "chip", "boxes" → "box", "cookies" → "cookie". Indonesian words
/// ending in "s" ("nanas") lose it too, the same way on both sides, so they still match.
fn stem(word: &str) -> String {
    if word.chars().count() < 4 || word.ends_with("ss") || word.bytes().all(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    if let Some(base) = word.strip_suffix("es") {
        if ["s", "x", "z", "ch", "sh"].iter().any(|end| base.ends_with(end)) {
            return base.to_string();
        }
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// Lowercase without accents: "Kópi", "KOPI" and "kopi" are the same word; apostrophes split words.
fn normalise(text: &str) -> String {
    if text.is_ascii() {
        // The common case (and all of the HS list): no accents to fold.
        return text.bytes().map(|b| if b == b'\'' { ' ' } else { char::from(b.to_ascii_lowercase()) }).collect();
    }
    crate::domain::text::fold(text).map(|c| if c == '’' || c == '\'' { ' ' } else { c }).collect()
}
