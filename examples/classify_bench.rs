//! Time per classification query over the full data (79 rules and the 6,936 HS 2022 lines), as
//! the page runs it on every keystroke: `cargo run --release --example classify_bench [query…]`.
//! `.ci/bench` runs it; the target is under 10 ms per query on the project's 2-core machine.
//! With queries given, it also prints what each one finds (a debugging aid).

use std::time::{Duration, Instant};

use siap_ekspor::domain::classify::{answer_with, hs, parse};
use siap_ekspor::domain::listing::glossary;

const QUERIES: &[&str] = &[
    "kopi bubuk",
    "keripik tempe",
    "kursi jati",
    "rotan",
    "udang beku",
    "sarang walet",
    "0901.11",
    "0901 11",
    "8712",
    "bicycle",
    "umbrela",
    "artificial flowers",
    "glassware",
    "kripik singkong pedas",
    "minyak atsiri nilam",
    "🙂",
    "qwxz qwxz qwxz qwxz qwxz qwxz qwxz qwxz qwxz qwxz",
    "k",
    "ke",
    "ker",
];
const ROUNDS: u32 = 20;

fn main() {
    let start = Instant::now();
    let book = parse(include_str!("../assets/data/export-rules.json")).expect("the bundled rules parse");
    let rules_time = start.elapsed();
    let start = Instant::now();
    let nomenclature =
        hs::parse(include_str!("../assets/data/harmonized-system-2022.csv")).expect("the bundled HS list parses");
    let hs_time = start.elapsed();
    let glossary = glossary::parse(include_str!("../assets/data/glossary.json")).expect("the bundled glossary parses");
    println!("Parse and index: rules {rules_time:.1?}, HS list {hs_time:.1?} ({} lines)", nomenclature.entries.len());

    let given: Vec<String> = std::env::args().skip(1).collect();
    let queries: Vec<&str> =
        if given.is_empty() { QUERIES.to_vec() } else { given.iter().map(String::as_str).collect() };
    let mut times: Vec<(Duration, &str)> = Vec::new();
    for q in &queries {
        let start = Instant::now();
        for _ in 0..ROUNDS {
            std::hint::black_box(answer_with(&book, Some(&nomenclature), Some(&glossary), std::hint::black_box(q)));
        }
        times.push((start.elapsed() / ROUNDS, q));
        if !given.is_empty() {
            let a = answer_with(&book, Some(&nomenclature), Some(&glossary), q);
            println!("{q:?}: {:?}, wants the HS list: {}, in English: {:?}", a.kind, a.wants_hs, a.searched_in_english);
            for m in &a.rules {
                println!("  rule {} {:?} score {} by {:?}", m.rule.id, m.rule.status, m.score, m.by);
            }
            for c in &a.candidates {
                println!("  HS {} {}", c.entry.code, c.entry.description);
            }
        }
    }
    times.sort();
    let median = times.get(times.len() / 2).map_or(Duration::ZERO, |t| t.0);
    let (worst, worst_query) = times.last().copied().unwrap_or((Duration::ZERO, ""));
    println!(
        "Classification, time per query over the full data (native release build, {} queries × {ROUNDS}): median {:.2} ms, worst {:.2} ms ({worst_query:?}); target < 10 ms",
        times.len(),
        median.as_secs_f64() * 1000.0,
        worst.as_secs_f64() * 1000.0,
    );
}
