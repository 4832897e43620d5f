//! One answer to what she typed: the export rules that fit, best first, then HS codes from the
//! nomenclature that no rule covers ("not in our rules — most goods are free to export; check
//! INSW"). A product rule always outranks a bare HS match, and an HS code a rule covers is shown
//! as that rule, never as "presumed free".

use super::hs::{HsEntry, Nomenclature};
use super::rules::{Rule, RuleBook};
use super::search::{hs_digits, is_code_like, is_qualifier, search, words, Match, MatchedBy};
use crate::domain::listing::glossary::Glossary;

/// Longest query looked at; the rest of 500 characters of junk is ignored, not searched.
pub const MAX_QUERY_CHARS: usize = 120;
/// Rules shown at once; more are counted, and she is asked to type more.
pub const MAX_RULES: usize = 8;
/// A rule match this good answers a word query without the HS list.
const STRONG: u32 = 800;

/// What kind of query it was, for the page to answer calmly whatever she typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryKind {
    /// Nothing typed yet.
    Empty,
    /// Words (in any language).
    Words,
    /// An HS code, as digits.
    Code(String),
    /// Digits, but too few or too many for an HS code.
    BadCode,
    /// Only symbols or emoji: nothing to search for.
    NoWords,
}

/// An HS code no rule covers whole; `partly` are the rules for parts of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate<'a> {
    pub entry: &'a HsEntry,
    pub partly: Vec<&'a Rule>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answer<'a> {
    pub kind: QueryKind,
    /// Up to [`MAX_RULES`], best first.
    pub rules: Vec<Match<'a>>,
    /// Rules that fit but are not shown.
    pub more_rules: usize,
    /// HS codes outside our rules, best first.
    pub candidates: Vec<Candidate<'a>>,
    /// The HS list would add to this answer: a code, or words no rule knows well. The page
    /// fetches it then (and only then).
    pub wants_hs: bool,
    /// Her Indonesian words in English, when the HS list (which is in English) was searched
    /// with them: "sepeda lipat" → "folding bicycle".
    pub searched_in_english: Option<String>,
}

impl Answer<'_> {
    /// Nothing at all to show for a real query.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty() && self.candidates.is_empty()
    }
}

/// Answers her query from the rules and, when it is loaded, the HS nomenclature.
pub fn answer<'a>(book: &'a RuleBook, hs: Option<&'a Nomenclature>, query: &str) -> Answer<'a> {
    answer_with(book, hs, None, query)
}

/// As [`answer`]; with the listing glossary, Indonesian words no rule knows are also looked up
/// in the (English) HS list in English: "boneka" finds dolls (9503).
pub fn answer_with<'a>(
    book: &'a RuleBook,
    hs: Option<&'a Nomenclature>,
    glossary: Option<&Glossary>,
    query: &str,
) -> Answer<'a> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let trimmed = query.trim();
    let kind = if trimmed.is_empty() {
        QueryKind::Empty
    } else if let Some(digits) = hs_digits(trimmed) {
        QueryKind::Code(digits)
    } else if is_code_like(trimmed) {
        QueryKind::BadCode
    } else if words(trimmed).is_empty() {
        QueryKind::NoWords
    } else {
        QueryKind::Words
    };
    let mut rules = match kind {
        QueryKind::Words | QueryKind::Code(_) => search(book, trimmed),
        _ => Vec::new(),
    };
    let strong = rules.first().is_some_and(|m| m.score >= STRONG);
    // While she types "ker…", a rule already fits ("kerupuk"): the 850 KB list is fetched only
    // for a code, or for words no rule knows at all.
    let wants_hs = match kind {
        QueryKind::Code(_) => true,
        QueryKind::Words => rules.is_empty() && words(trimmed).iter().any(|w| w.chars().count() >= 3),
        _ => false,
    };
    let mut searched_in_english = None;
    let entries: Vec<&HsEntry> = match (&kind, hs) {
        (QueryKind::Code(digits), Some(hs)) => hs.by_code(digits),
        // Words a rule answers well are not diluted with HS lines.
        (QueryKind::Words, Some(hs)) if !strong => {
            let mut found = hs.search(trimmed);
            if found.is_empty() {
                if let Some(english) = glossary.and_then(|g| in_english(g, trimmed)) {
                    found = hs.search(&english);
                    searched_in_english = (!found.is_empty()).then_some(english);
                }
            }
            found.into_iter().filter(|e| e.code.len() > 2).collect()
        }
        _ => Vec::new(),
    };
    let mut candidates = Vec::new();
    for entry in entries {
        let covering = book.rules_covering(&entry.code);
        if covering.is_empty() {
            candidates.push(Candidate { entry, partly: book.rules_within(&entry.code) });
            continue;
        }
        for rule in covering {
            if !rules.iter().any(|m| m.rule.id == rule.id) {
                rules.push(Match { rule, score: 0, by: MatchedBy::Nomenclature });
            }
        }
    }
    let more_rules = rules.len().saturating_sub(MAX_RULES);
    rules.truncate(MAX_RULES);
    Answer { kind, rules, more_rules, candidates, wants_hs, searched_in_english }
}

/// Her words in English through the glossary, without the words it does not know; `None` when
/// that leaves nothing new, or only a qualifier ("edamame beku" → "frozen" would find frozen fish).
fn in_english(glossary: &Glossary, query: &str) -> Option<String> {
    let translated = glossary.translate(query);
    let unknown: Vec<String> = translated.untranslated.iter().flat_map(|w| words(w)).collect();
    let english: Vec<String> = words(&translated.english).into_iter().filter(|w| !unknown.contains(w)).collect();
    if english.iter().all(|w| is_qualifier(w)) {
        return None;
    }
    let english = english.join(" ");
    (words(query).join(" ") != english).then_some(english)
}

/// The name a saved result gets in her products: her own words, or `fallback` (the rule's name,
/// the HS description) when she typed a code.
pub fn product_name_for(query: &str, fallback: &str) -> String {
    let query: String = query.trim().chars().take(MAX_QUERY_CHARS).collect();
    if hs_digits(&query).is_none() && !words(&query).is_empty() {
        query
    } else {
        fallback.to_string()
    }
}
