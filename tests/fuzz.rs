//! The parsers and the loader over a large random corpus: typed amounts, share links and addresses,
//! stored documents and backups (random text, and mutations of real documents), the data files
//! (mutated), the limits and the settling of two tabs' documents. Nothing may panic, and what each
//! promises must hold: a document read is within its schema and reads back the same once written;
//! cut to the limits, it stays within them, and cutting again changes nothing; two tabs' documents
//! settle into one that keeps each side's parts or keeps the other aside.
//!
//! `SIAP_FUZZ_CASES` sets how many cases (default 20,000: about 15 seconds in CI's debug build; a
//! tenth of them documents, a quarter two tabs, a two-hundredth data files); `SIAP_FUZZ_SEED` the
//! seed (default fixed, so a failure reproduces). `.ci/bench` runs two million in release mode.
//! Each failing case is printed with its seed and index.
#![cfg(not(target_arch = "wasm32"))]

use siap_ekspor::domain::incoterms::{evaluate, from_query, Field};
use siap_ekspor::domain::limits::{clamp_data, clamp_form, within_limits, MAX_FIELD_TEXT};
use siap_ekspor::domain::model::{AppData, Revision, SCHEMA_VERSION};
use siap_ekspor::domain::money::{parse_amount, parse_percent, parse_quantity, parse_rate, plain_decimal, Currency};
use siap_ekspor::domain::persist::{decode, encode};
use siap_ekspor::domain::query::{decode_component, encode_component, Query};
use siap_ekspor::domain::route::Location;
use siap_ekspor::domain::sync::{fingerprint, fingerprint_hex, settle, Known};

const V1: &str = include_str!("fixtures/schema-v1.json");
const V2: &str = include_str!("fixtures/schema-v2.json");
const CHECKLIST: &str = include_str!("../assets/data/checklist.json");
const GUIDE: &str = include_str!("../assets/data/marketplaces.json");
const GLOSSARY: &str = include_str!("../assets/data/glossary.json");
const RULES: &str = include_str!("../assets/data/export-rules.json");

/// xorshift64*: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces that matter to the parsers: digits and separators, currency marks, JSON and query
/// punctuation, keys of the document, accents, right-to-left and control characters, long runs.
const PIECES: &[&str] = &[
    "0",
    "1",
    "5",
    "9",
    "00",
    "000",
    "123",
    "1.500",
    "1,500",
    ".",
    ",",
    " ",
    "\u{a0}",
    "-",
    "+",
    "%",
    "Rp",
    "US$",
    "$",
    "IDR",
    "USD",
    "e",
    "E",
    "juta",
    "k",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "null",
    "true",
    "1e999",
    "-1",
    "18446744073709551616",
    "\"app\"",
    "\"siap-ekspor\"",
    "\"schema_version\"",
    "\"profile\"",
    "\"products\"",
    "\"revision\"",
    "\"number\"",
    "\"based_on\"",
    "\"calculator\"",
    "\"listings\"",
    "&",
    "=",
    "?",
    "#",
    "/",
    "%",
    "%2",
    "%zz",
    "%E2%80%AE",
    "%FF",
    "é",
    "ñ",
    "\u{202e}",
    "\u{2066}",
    "\u{200f}",
    "\u{feff}",
    "\u{0}",
    "\n",
    "\t",
    "😀",
    "کاپی",
    "kopi",
    "cur=",
    "exw=",
    "to=",
    "qty=",
    "lang=en",
    "#/incoterms?",
    "#/classify?q=",
];

fn random_text(rng: &mut Rng, max_pieces: usize) -> String {
    let count = rng.below(max_pieces + 1);
    let mut text = String::new();
    for _ in 0..count {
        if rng.below(40) == 0 {
            let piece = *rng.pick(PIECES);
            text.push_str(&piece.repeat(1 + rng.below(300)));
        } else {
            let piece = *rng.pick::<&str>(PIECES);
            text.push_str(piece);
        }
    }
    text
}

/// A mutation of `seed` at the byte level (kept valid UTF-8 by lossy conversion): flips, cuts,
/// duplicated or inserted runs, and pieces spliced in.
fn mutate(rng: &mut Rng, seed: &str) -> String {
    let mut bytes = seed.as_bytes().to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            1 => bytes.truncate(at),
            2 if at < bytes.len() => {
                let end = (at + 1 + rng.below(64)).min(bytes.len());
                let run = bytes[at..end].to_vec();
                bytes.splice(at..at, run);
            }
            3 if at < bytes.len() => {
                let end = (at + 1 + rng.below(16)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let piece = random_text(rng, 3).into_bytes();
                bytes.splice(at..at, piece);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A document with every part filled at random (lengths beyond the limits too), as text.
fn random_document(rng: &mut Rng) -> String {
    use siap_ekspor::domain::incoterms::calculator::SavedQuote;
    use siap_ekspor::domain::incoterms::Incoterm;
    use siap_ekspor::domain::listing::store::Entry;
    use siap_ekspor::domain::model::Product;
    let mut data = decode(V2).unwrap_or_default();
    data.profile.business_name = random_text(rng, 6);
    data.profile.goals = random_text(rng, 30);
    data.profile.products = (0..rng.below(70))
        .map(|id| Product { id: id as u32, name: random_text(rng, 4), description: random_text(rng, 10), class: None })
        .collect();
    data.profile.next_product_id = rng.below(100) as u32;
    for field in Field::ALL {
        if rng.below(3) == 0 {
            data.calculator.form.set(field, random_text(rng, 5));
        }
    }
    data.calculator.saved = (0..rng.below(40))
        .map(|id| SavedQuote {
            id: id as u32,
            saved_on: random_text(rng, 2),
            rule: *rng.pick(&Incoterm::ALL),
            line: random_text(rng, 6),
            form: data.calculator.form.clone(),
            currency: None,
            product: None,
            fill: None,
        })
        .collect();
    data.listings.drafts = (0..rng.below(35)).map(|id| Entry { id: id as u32, draft: Default::default() }).collect();
    for entry in &mut data.listings.drafts {
        entry.draft.name = random_text(rng, 5);
        entry.draft.material = random_text(rng, 8);
        entry.draft.title = (rng.below(2) == 0).then(|| random_text(rng, 6));
    }
    data.listings.current = Some(rng.below(40) as u32);
    for _ in 0..rng.below(20) {
        data.checklist.ticks.insert(random_text(rng, 2), Default::default());
        data.market.steps.insert(random_text(rng, 2));
    }
    data.workshop.comments = random_text(rng, 10);
    data.revision = Revision { number: rng.next(), based_on: random_text(rng, 2) };
    encode(&data).unwrap_or_default()
}

fn cases() -> usize {
    std::env::var("SIAP_FUZZ_CASES").ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(20_000)
}

fn seed() -> u64 {
    std::env::var("SIAP_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5eed_2026_1203) | 1
}

/// Runs `check` over `count` cases, each with its own generator, naming the case that failed.
fn run(name: &str, count: usize, check: impl Fn(&mut Rng) -> Result<(), String>) {
    let seed = seed();
    for index in 0..count {
        let mut rng = Rng(seed ^ (index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ fingerprint(name));
        rng.next();
        if let Err(problem) = check(&mut rng) {
            panic!("{name}: case {index} (SIAP_FUZZ_SEED={seed}): {problem}");
        }
    }
}

/// What a document read from storage or a file promises.
fn check_document(data: &AppData) -> Result<(), String> {
    if data.schema_version != SCHEMA_VERSION || data.app != "siap-ekspor" {
        return Err("read a document that is not the current schema".into());
    }
    let ids: std::collections::BTreeSet<u32> = data.profile.products.iter().map(|p| p.id).collect();
    if ids.len() != data.profile.products.len() {
        return Err("two products share an id".into());
    }
    if ids.iter().any(|id| *id >= data.profile.next_product_id) {
        return Err("a product id the next new product would reuse".into());
    }
    let text = encode(data).map_err(|e| format!("cannot write what was read: {e}"))?;
    match decode(&text) {
        Ok(again) if again == *data => {}
        other => return Err(format!("written and read back differs: {other:?}")),
    }
    let (cut, _) = clamp_data(data.clone());
    if !within_limits(&cut) {
        return Err("cut to the limits, still beyond them".into());
    }
    if clamp_data(cut.clone()).1 != Vec::new() {
        return Err("cutting twice cuts again".into());
    }
    Ok(())
}

#[test]
fn amounts_rates_and_quantities() {
    run("amounts", cases(), |rng| {
        let text = random_text(rng, 8);
        for currency in [Currency::Idr, Currency::Usd] {
            if let Ok(amount) = parse_amount(&text, currency) {
                let again = parse_amount(&plain_decimal(amount), Currency::Usd);
                if again != Ok(amount) {
                    return Err(format!("{text:?} read as {amount:?}, its plain form reads {again:?}"));
                }
            }
        }
        let _ = (parse_percent(&text), parse_rate(&text), parse_quantity(&text));
        Ok(())
    });
}

#[test]
fn addresses_and_share_links() {
    run("links", cases(), |rng| {
        let text = if rng.below(2) == 0 {
            random_text(rng, 12)
        } else {
            mutate(rng, "#/incoterms?cur=USD&qty=100&exw=10000&load=150&freight=1200&ins=0.3&to=Rotterdam&rate=16250")
        };
        let location = Location::parse_hash(&text);
        let query = Query::parse(&text);
        for (key, value) in query.pairs() {
            if key.is_empty() {
                return Err(format!("an empty key from {text:?}"));
            }
            if decode_component(&encode_component(value)) != *value {
                return Err(format!("{value:?} does not survive encoding"));
            }
        }
        let (form, _) = from_query(&location.query);
        let (form, _) = clamp_form(form);
        if Field::ALL.iter().any(|f| form.get(*f).chars().count() > MAX_FIELD_TEXT) {
            return Err("a field beyond its limit after cutting".into());
        }
        let _ = evaluate(&form);
        Ok(())
    });
}

#[test]
fn stored_documents_and_backups() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let real = [V1, V2];
    let read = AtomicUsize::new(0);
    // Documents are the slowest cases (written and read back, cut twice): a tenth of the count.
    let count = (cases() / 10).max(100);
    run("documents", count, |rng| {
        let text = match rng.below(6) {
            0 => random_text(rng, 16),
            1 => format!("{{\"app\":\"siap-ekspor\",\"schema_version\":{}{}", rng.below(4), random_text(rng, 12)),
            2 => random_document(rng),
            3 => {
                let document = random_document(rng);
                mutate(rng, &document)
            }
            _ => {
                let seed = *rng.pick(&real);
                mutate(rng, seed)
            }
        };
        match decode(&text) {
            Ok(data) => {
                read.fetch_add(1, Ordering::Relaxed);
                check_document(&data)
            }
            Err(_) => Ok(()),
        }
    });
    // The corpus reaches the loader's inner paths, not only its first refusal.
    let read = read.load(Ordering::Relaxed);
    assert!(read * 10 >= count, "only {read} of {count} cases read as documents");
}

#[test]
fn two_tabs_settle_without_losing_a_side() {
    let base = decode(V2).unwrap_or_default();
    run("tabs", cases() / 4, |rng| {
        let mut sides = Vec::new();
        for _ in 0..3 {
            let text = mutate(rng, V2);
            sides.push(decode(&text).unwrap_or_else(|_| base.clone()));
        }
        let [known_data, mine, mut theirs] = [sides[0].clone(), sides[1].clone(), sides[2].clone()];
        let stored = encode(&known_data).unwrap_or_default();
        if rng.below(2) == 0 {
            theirs.revision = Revision { number: 2, based_on: fingerprint_hex(fingerprint(&stored)) };
        }
        let known = Known { fingerprint: Some(fingerprint(&stored)), number: 1, data: known_data };
        let settled = settle(&known, &mine, &theirs);
        if settled.write != (settled.data != theirs) {
            return Err("writes exactly when the result is not the stored document".into());
        }
        if !settled.keep_theirs && settled.data != theirs {
            // Merged: every part is one side's.
            let parts = [
                settled.data.profile == mine.profile || settled.data.profile == theirs.profile,
                settled.data.calculator == mine.calculator || settled.data.calculator == theirs.calculator,
                settled.data.listings == mine.listings || settled.data.listings == theirs.listings,
                settled.data.checklist == mine.checklist || settled.data.checklist == theirs.checklist,
            ];
            if parts.contains(&false) {
                return Err("a merged part that is neither side's".into());
            }
        }
        Ok(())
    });
}

/// A data file and whether its parser accepts a text.
type DataFile = (&'static str, fn(&str) -> bool);

#[test]
fn the_data_files_parsers_refuse_damage_without_panicking() {
    use siap_ekspor::domain::{checklist, classify, listing, market};
    let files: [DataFile; 4] = [
        (CHECKLIST, |t| checklist::parse(t).is_ok()),
        (GUIDE, |t| market::parse(t).is_ok()),
        (GLOSSARY, |t| listing::glossary::parse(t).is_ok()),
        (RULES, |t| classify::parse(t).is_ok()),
    ];
    for (file, parse) in files {
        assert!(parse(file), "the bundled file parses");
    }
    // Large files: a smaller share of the cases.
    run("data files", (cases() / 200).max(20), |rng| {
        let (file, parse) = *rng.pick(&files);
        let _ = parse(&mutate(rng, file));
        Ok(())
    });
}
