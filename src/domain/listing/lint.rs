//! The listing's checks: the six things every export listing needs, the chosen marketplace's
//! title rules, exaggerated claims, contact details in the title, Indonesian words left over
//! (docs/design.md, "Listings"). Findings are data: the page writes the explanation in her language.
//!
//! Only what can be checked reliably is checked: "core noun last" is how the generator builds the
//! title, but an edited title's noun cannot be found without a grammar, so it is not a finding.

use std::collections::BTreeSet;

use super::draft::{Draft, Marketplace};
use super::generate::{clean, find_phrase, read_price, Listing, BANNED_TITLE_CHARS, SMALL_WORDS};
use super::glossary::{is_place_name, Glossary};
use crate::domain::incoterms::Incoterm;
use crate::domain::money::AmountError;
use crate::domain::text::one_line;

crate::code_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Rule: code {
        MissingName = "missing-name",
        MissingSpec = "missing-spec",
        MissingMoq = "missing-moq",
        MissingPrice = "missing-price",
        MissingIncotermPlace = "missing-incoterm-place",
        MissingPayment = "missing-payment",
        MissingDelivery = "missing-delivery",
        TitleTooLong = "title-too-long",
        PromoPhrase = "promo-phrase",
        BannedChar = "banned-char",
        RepeatedWord = "repeated-word",
        ContactInTitle = "contact-in-title",
        UntranslatedWord = "untranslated-word",
    }
}

impl Rule {
    /// One of the six things every listing needs (these weigh most in [`score`]).
    pub fn is_required(self) -> bool {
        self <= Rule::MissingDelivery
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub detail: Detail,
    /// About the title (as she will post it) rather than the form or the listing text.
    pub in_title: bool,
}

/// What the page needs to explain a finding in either language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Nothing filled in for what the rule asks.
    Empty,
    /// A quantity or price without its unit (minimum order, price).
    NoUnit,
    /// The price is not an amount she could mean (zero included).
    Unreadable(AmountError),
    /// No Incoterm chosen.
    NoIncoterm,
    /// An Incoterm without its named place.
    NoPlace(Incoterm),
    TooLong {
        length: usize,
        limit: usize,
    },
    /// A promotional phrase ("best seller") as listed, in lower case.
    Phrase(String),
    /// A claim only a certificate can back ("100% pure"), made with none held.
    Claim(String),
    /// A price in the title, as written there.
    Price(String),
    Char(char),
    /// A word used `count` times where `limit` is allowed (`limit` 1: a stacked product noun).
    Repeated {
        word: String,
        count: usize,
        limit: usize,
    },
    Contact {
        kind: ContactKind,
        text: String,
    },
    /// An Indonesian word (or phrase) as written, and the glossary's English when it knows one.
    Untranslated {
        word: String,
        english: Option<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactKind {
    Email,
    Phone,
    Url,
    /// WhatsApp, WeChat, a social-media handle, "contact".
    Messaging,
}

/// Promotional and exaggerated phrases, lower case; Indonesian ones too, for words she typed that
/// the glossary left as they were.
const PROMO: [&str; 34] = [
    "best seller",
    "bestseller",
    "best-seller",
    "best selling",
    "hot sale",
    "hot item",
    "hot selling",
    "free shipping",
    "free delivery",
    "best price",
    "lowest price",
    "cheapest",
    "cheap",
    "#1",
    "no. 1",
    "no.1",
    "number one",
    "number 1",
    "100% guaranteed",
    "satisfaction guaranteed",
    "best quality",
    "best in the world",
    "world's best",
    "the best",
    "limited offer",
    "limited time",
    "discount",
    "terlaris",
    "termurah",
    "terbaik",
    "murah",
    "gratis ongkir",
    "promo",
    "diskon",
];

/// Claims a buyer cannot verify unless a certificate backs them.
const CLAIMS: [&str; 3] = ["100% pure", "100% natural", "100% organic"];

/// Words that point the buyer off the marketplace.
const MESSAGING: [&str; 8] = ["wa", "whatsapp", "wechat", "telegram", "telp", "email", "e-mail", "hubungi"];

const DOMAINS: [&str; 12] = ["com", "net", "org", "id", "co", "biz", "info", "shop", "store", "io", "me", "xyz"];

/// Every finding for the draft, its generated listing and the title she will post (her edit or
/// the generated one): the six required things first, then the title's, in [`Rule`] order.
pub fn check(draft: &Draft, listing: &Listing, title: &str, glossary: &Glossary) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut add = |rule: Rule, detail: Detail, in_title: bool| out.push(Finding { rule, detail, in_title });
    let blank = |text: &str| clean(text).is_empty();
    let title = one_line(title);
    let lower_title = title.to_lowercase();

    if blank(&draft.name) || title.is_empty() {
        add(Rule::MissingName, Detail::Empty, title.is_empty());
    }
    if [&draft.material, &draft.size, &draft.weight, &draft.colour].iter().all(|t| blank(t)) {
        add(Rule::MissingSpec, Detail::Empty, false);
    }
    if blank(&draft.moq) {
        add(Rule::MissingMoq, Detail::Empty, false);
    } else if blank(&draft.moq_unit) && !draft.moq.chars().any(char::is_alphabetic) {
        add(Rule::MissingMoq, Detail::NoUnit, false);
    }
    match read_price(draft) {
        Err(AmountError::Empty) => add(Rule::MissingPrice, Detail::Empty, false),
        Err(e) => add(Rule::MissingPrice, Detail::Unreadable(e), false),
        Ok(money) if money.amount.cents() == 0 => add(Rule::MissingPrice, Detail::Unreadable(AmountError::Zero), false),
        Ok(_) if blank(&draft.price_unit) => add(Rule::MissingPrice, Detail::NoUnit, false),
        Ok(_) => {}
    }
    match draft.incoterm {
        None => add(Rule::MissingIncotermPlace, Detail::NoIncoterm, false),
        Some(rule) if blank(&draft.place) => add(Rule::MissingIncotermPlace, Detail::NoPlace(rule), false),
        Some(_) => {}
    }
    if draft.payment.is_empty() {
        add(Rule::MissingPayment, Detail::Empty, false);
    }
    if blank(&draft.delivery_days) {
        add(Rule::MissingDelivery, Detail::Empty, false);
    }

    let length = title.chars().count();
    let limit = draft.marketplace.title_limit();
    if length > limit {
        add(Rule::TitleTooLong, Detail::TooLong { length, limit }, true);
    }

    // Promotional phrases and claims, in the title or anywhere in the listing text; once each.
    let lower_text = listing.full_text.to_lowercase().replace("100 %", "100%");
    let lower_title_pct = lower_title.replace("100 %", "100%");
    let found = |phrase: &str| {
        let in_title = find_phrase(&lower_title_pct, phrase).is_some();
        (in_title || find_phrase(&lower_text, phrase).is_some()).then_some(in_title)
    };
    for phrase in PROMO {
        if let Some(in_title) = found(phrase) {
            add(Rule::PromoPhrase, Detail::Phrase(phrase.to_string()), in_title);
        }
    }
    if draft.certifications.is_empty() {
        for claim in CLAIMS {
            if let Some(in_title) = found(claim) {
                add(Rule::PromoPhrase, Detail::Claim(claim.to_string()), in_title);
            }
        }
    }
    if let Some(price) = price_in(&title) {
        add(Rule::PromoPhrase, Detail::Price(price), true);
    }

    if draft.marketplace == Marketplace::Amazon {
        let mut seen = Vec::new();
        for c in title.chars().filter(|c| BANNED_TITLE_CHARS.contains(c)) {
            if !seen.contains(&c) {
                seen.push(c);
                add(Rule::BannedChar, Detail::Char(c), true);
            }
        }
    }

    if matches!(draft.marketplace, Marketplace::Amazon | Marketplace::Alibaba) {
        // Amazon: a word at most twice. Alibaba: no stacking, so the product's own noun once.
        let noun = listing.product.rsplit(' ').next().unwrap_or_default().to_lowercase();
        let mut counts: Vec<(String, usize)> = Vec::new();
        for word in words(&lower_title) {
            if word.chars().count() < 2 || SMALL_WORDS.contains(&word) || !word.chars().any(char::is_alphabetic) {
                continue;
            }
            match counts.iter_mut().find(|(w, _)| w == word) {
                Some((_, n)) => *n += 1,
                None => counts.push((word.to_string(), 1)),
            }
        }
        for (word, count) in counts {
            let limit = if draft.marketplace == Marketplace::Alibaba && word == noun { 1 } else { 2 };
            if count > limit {
                add(Rule::RepeatedWord, Detail::Repeated { word, count, limit }, true);
            }
        }
    }

    for (kind, text) in contacts(&title) {
        add(Rule::ContactInTitle, Detail::Contact { kind, text }, true);
    }

    // Indonesian left over: words of the title the glossary knows (names excepted: hers, East
    // Java's places, the ports; and words of a phrase reported whole below), and the words it did
    // not know anywhere in the listing.
    let names =
        format!("{} {} {} {}", draft.brand, draft.origin, draft.place, listing.untranslated.join(" | ")).to_lowercase();
    let mut flagged: BTreeSet<String> = BTreeSet::new();
    let title_words: Vec<&str> = words(&title).collect();
    let mut i = 0;
    while let Some(word) = title_words.get(i) {
        let pair = title_words.get(i + 1).map(|next| format!("{word} {next}"));
        let (term, step) = match pair {
            Some(pair) if indonesian(glossary, &pair).is_some() => (pair, 2),
            _ => (word.to_string(), 1),
        };
        i += step;
        if find_phrase(&names, &term.to_lowercase()).is_some() || is_place_name(&term.to_lowercase()) {
            continue;
        }
        if let Some(english) = indonesian(glossary, &term) {
            if flagged.insert(term.to_lowercase()) {
                add(Rule::UntranslatedWord, Detail::Untranslated { word: term, english: Some(english) }, true);
            }
        }
    }
    for word in &listing.untranslated {
        if flagged.insert(word.to_lowercase()) {
            let in_title = find_phrase(&lower_title, &word.to_lowercase()).is_some();
            add(Rule::UntranslatedWord, Detail::Untranslated { word: word.clone(), english: None }, in_title);
        }
    }
    out
}

/// How complete the listing is, 0–100: 12 for each of the six required things (the price and its
/// Incoterm and place are one thing, 6 each), 4 for each of brand, origin, packaging,
/// certificates, supply capacity, sample policy and target market. Filling in a field never lowers
/// it. But it is never full while a finding asks for a fix: each finding that is
/// not a missing required thing (those already cost their points) caps it 5 lower — 95 with one,
/// 90 with two.
pub fn score(findings: &[Finding], draft: &Draft) -> u8 {
    let required: usize = Rule::ALL
        .iter()
        .filter(|r| r.is_required() && !findings.iter().any(|f| f.rule == **r))
        .map(|r| if matches!(r, Rule::MissingPrice | Rule::MissingIncotermPlace) { 6 } else { 12 })
        .sum();
    let filled = |t: &str| !clean(t).is_empty();
    let optional = [
        filled(&draft.brand),
        filled(&draft.origin),
        filled(&draft.packaging),
        !draft.certifications.is_empty(),
        filled(&draft.capacity),
        draft.sample.is_some(),
        filled(&draft.target_market),
    ];
    let points = required + optional.iter().filter(|f| **f).count() * 4;
    let to_fix = findings.iter().filter(|f| !f.rule.is_required()).count();
    let cap = 100usize.saturating_sub(to_fix.saturating_mul(5));
    u8::try_from(points.min(cap)).unwrap_or(100)
}

/// The glossary's English for an Indonesian term, when it knows the term and the English differs
/// ("batik" is both).
fn indonesian(glossary: &Glossary, term: &str) -> Option<String> {
    if !glossary.is_indonesian(&term.to_lowercase()) {
        return None;
    }
    let english = clean(&glossary.translate(term).english);
    (!english.is_empty() && !english.eq_ignore_ascii_case(term)).then_some(english)
}

/// Runs of letters, digits, apostrophes and hyphens.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// A price written in the title: a currency sign or code next to a number ("USD 5", "Rp 15.000",
/// "20 rupiah").
fn price_in(title: &str) -> Option<String> {
    // ASCII lower case keeps every byte where it was, so offsets found in it cut the title.
    let lower = title.to_ascii_lowercase();
    let number_len = |s: &str| s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(s.len());
    for marker in ["us$", "usd", "idr", "rp", "$", "€", "£", "eur"] {
        for (i, _) in lower.match_indices(marker) {
            let before = lower.get(..i).and_then(|s| s.chars().next_back());
            if marker.starts_with(char::is_alphabetic) && before.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = lower.get(i + marker.len()..).unwrap_or_default();
            let digits = rest.trim_start_matches([' ', '.']);
            if digits.starts_with(|c: char| c.is_ascii_digit()) {
                let end = lower.len() - digits.len() + number_len(digits);
                return title.get(i..end).map(str::to_string);
            }
        }
    }
    for marker in ["rupiah", "usd", "idr", "dollar"] {
        if let Some(i) = find_phrase(&lower, marker) {
            let head = lower.get(..i).unwrap_or_default().trim_end();
            if head.ends_with(|c: char| c.is_ascii_digit()) {
                let start = head.rfind(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).map_or(0, |s| s + 1);
                return title.get(start..i + marker.len()).map(str::to_string);
            }
        }
    }
    None
}

/// E-mail addresses, web addresses, phone numbers and messaging words in the title.
fn contacts(title: &str) -> Vec<(ContactKind, String)> {
    let mut found: Vec<(ContactKind, String)> = Vec::new();
    let mut add = |kind: ContactKind, text: &str| {
        if !found.iter().any(|(_, t)| t == text) {
            found.push((kind, text.to_string()));
        }
    };
    for token in title.split_whitespace() {
        let token = token.trim_matches(|c: char| ",;()[]\"'<>".contains(c));
        let lower = token.to_lowercase();
        if let Some((_, domain)) = lower.split_once('@') {
            let kind = if domain.contains('.') { ContactKind::Email } else { ContactKind::Messaging };
            add(kind, token);
        } else if lower.contains("://") || lower.starts_with("www.") || is_domain(&lower) {
            add(ContactKind::Url, token);
        } else if MESSAGING.contains(&lower.trim_end_matches([':', '.'])) {
            add(ContactKind::Messaging, token);
        }
    }
    let is_part = |c: char| c.is_ascii_digit() || " -.()+".contains(c);
    for run in title.split(|c: char| !is_part(c)) {
        let groups: Vec<&str> = run.split(' ').filter(|g| g.chars().any(|c| c.is_ascii_digit())).collect();
        for start in 0..groups.len() {
            let text = groups.get(start..).unwrap_or_default().join(" ");
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let plus = text.trim_start_matches('(').starts_with('+');
            if (plus && digits.len() >= 8)
                || (digits.starts_with('0') && digits.len() >= 9)
                || (digits.starts_with("62") && digits.len() >= 10)
            {
                add(ContactKind::Phone, text.trim_matches(|c: char| !c.is_ascii_digit() && c != '+' && c != '('));
                break;
            }
        }
    }
    found
}

/// `name.com`, `shop.co.id/path`, `wa.me`: letters before a dot and a known domain after it.
fn is_domain(token: &str) -> bool {
    let host = token.split('/').next().unwrap_or_default();
    let mut parts = host.rsplit('.');
    let tld = parts.next().unwrap_or_default();
    let name = parts.next().unwrap_or_default();
    host.contains('.')
        && DOMAINS.contains(&tld)
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
}
