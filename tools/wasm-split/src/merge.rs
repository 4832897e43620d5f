//! Siap Ekspor's change to the splitter: fewer, larger shared chunks.
//!
//! Upstream puts the code that several parts need into one chunk per *set* of parts that need it:
//! with 11 parts that made ~180 chunks, most of them a few hundred bytes, and opening the home
//! page fetched and instantiated ~80 of them (each `fetch()` call alone took ~1.4 ms of the main
//! thread at 4x CPU slowdown, all in one task, and every file is a request on a slow network).
//!
//! A chunk needed by the parts `S` may be moved into a chunk needed by any superset of `S`: every
//! part in `S` still loads it (a part loads every chunk whose set names it), and a function's
//! callees were already painted with a superset of its callers' sets, so they follow it. The cost
//! is bytes fetched by the parts of the superset that do not need them. So:
//!
//! 1. **Anchors** (`--anchor NAME`, in order): parts the app loads on (nearly) every visit — the
//!    codec that reads her stored document, then the home page's summary. Every chunk whose set
//!    names an anchor becomes one chunk, needed by the union of those sets: the anchor loads all
//!    of it anyway, so the parts that share it find it already there.
//! 2. **Small chunks** (below `--min-chunk BYTES` of code and data, estimated from the input) go
//!    into the smallest chunk of at least that size whose set contains theirs (fewest parts, then
//!    the larger chunk); those without one go together into one chunk for the union of their sets.
//!    Never into an anchor's chunk (what names an anchor is in one after step 1): the anchors are
//!    fetched on every visit, and code that only tools need would make every visit pay for it
//!    (measured 2026-12-02: once the tools' edits moved into their own parts, the chunk all tools
//!    shared fell under the threshold, and ~5 KB brotli of small chunks shared by two or three
//!    tools went into the home page's summary).
//!
//! Without anchors and with `--min-chunk 0` the output is upstream's.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The set of parts that need a chunk.
pub type PartSet = BTreeSet<String>;

/// How chunks are merged (see the module's documentation).
#[derive(Debug, Clone, Default)]
pub struct MergeOptions {
    /// Parts loaded on (nearly) every visit, most often loaded first.
    pub anchors: Vec<String>,
    /// Chunks with less code and data than this many bytes are merged into a larger one.
    pub min_chunk_bytes: u64,
}

/// Where each chunk goes: its set of parts -> the set of the chunk it becomes part of. Chunks
/// that stay as they are map to themselves. Every target contains its source.
pub fn plan(chunks: &BTreeMap<PartSet, u64>, options: &MergeOptions) -> HashMap<PartSet, PartSet> {
    let mut target: HashMap<PartSet, PartSet> = HashMap::new();
    let mut left: BTreeMap<PartSet, u64> = chunks.clone();

    // 1. Anchors, in order. Merged anchor chunks are final: nothing below moves them.
    let mut anchored: BTreeSet<PartSet> = BTreeSet::new();
    for anchor in &options.anchors {
        let group: Vec<PartSet> =
            left.keys().filter(|set| set.contains(anchor) && !anchored.contains(*set)).cloned().collect();
        if group.is_empty() {
            continue;
        }
        let union: PartSet = group.iter().flatten().cloned().collect();
        // What the merged chunk holds, for the next step: it can take small chunks too.
        let size = group.iter().filter_map(|set| left.remove(set)).sum();
        for set in group {
            target.insert(set, union.clone());
        }
        left.insert(union.clone(), size);
        anchored.insert(union);
    }

    // 2. Small chunks into the smallest large superset; large ones (and anchor chunks) stay.
    let (large, small): (Vec<_>, Vec<_>) =
        left.iter().partition(|(set, size)| **size >= options.min_chunk_bytes || anchored.contains(*set));
    for (set, _) in &large {
        target.insert((*set).clone(), (*set).clone());
    }
    let mut homeless: Vec<PartSet> = Vec::new();
    for (set, _) in small {
        // Never into an anchor's chunk: every chunk naming an anchor is in one already (step 1).
        let best = large
            .iter()
            .filter(|(big, _)| big.is_superset(set) && !anchored.contains(*big))
            // Fewest parts that fetch it for nothing, then the larger chunk, then by name.
            .min_by(|(a, a_size), (b, b_size)| a.len().cmp(&b.len()).then(b_size.cmp(a_size)).then(a.cmp(b)));
        match best {
            Some((big, _)) => {
                target.insert(set.clone(), (*big).clone());
            }
            None => homeless.push(set.clone()),
        }
    }
    if !homeless.is_empty() {
        let union: PartSet = homeless.iter().flatten().cloned().collect();
        for set in homeless {
            target.insert(set, union.clone());
        }
    }
    target
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &str) -> PartSet {
        names.split(',').map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect()
    }

    fn chunks(list: &[(&str, u64)]) -> BTreeMap<PartSet, u64> {
        list.iter().map(|(names, size)| (set(names), *size)).collect()
    }

    #[test]
    fn without_options_nothing_moves() {
        let input = chunks(&[("a,b", 10), ("b,c", 5)]);
        let plan = super::plan(&input, &MergeOptions::default());
        for set in input.keys() {
            assert_eq!(plan[set], *set);
        }
    }

    #[test]
    fn every_chunk_naming_an_anchor_becomes_one() {
        let input = chunks(&[("codec,data", 500), ("codec,home", 10), ("home,a", 20), ("a,b", 900)]);
        let options = MergeOptions { anchors: vec!["codec".into(), "home".into()], min_chunk_bytes: 0 };
        let plan = super::plan(&input, &options);
        assert_eq!(plan[&set("codec,data")], set("codec,data,home"));
        assert_eq!(plan[&set("codec,home")], set("codec,data,home"));
        // The second anchor takes what the first left.
        assert_eq!(plan[&set("home,a")], set("home,a"));
        assert_eq!(plan[&set("a,b")], set("a,b"));
    }

    #[test]
    fn a_small_chunk_joins_the_smallest_large_superset() {
        let input = chunks(&[("a,b", 10), ("a,b,c", 5000), ("a,b,c,d", 9000), ("a,b,d", 100)]);
        let options = MergeOptions { anchors: vec![], min_chunk_bytes: 1000 };
        let plan = super::plan(&input, &options);
        assert_eq!(plan[&set("a,b")], set("a,b,c"));
        assert_eq!(plan[&set("a,b,d")], set("a,b,c,d"));
        assert_eq!(plan[&set("a,b,c")], set("a,b,c"));
    }

    #[test]
    fn small_chunks_without_a_superset_go_together() {
        let input = chunks(&[("a,b", 10), ("c,d", 20), ("e,f", 5000)]);
        let options = MergeOptions { anchors: vec![], min_chunk_bytes: 1000 };
        let plan = super::plan(&input, &options);
        assert_eq!(plan[&set("a,b")], set("a,b,c,d"));
        assert_eq!(plan[&set("c,d")], set("a,b,c,d"));
        assert_eq!(plan[&set("e,f")], set("e,f"));
    }

    #[test]
    fn a_small_chunk_never_joins_an_anchor_chunk() {
        let options = MergeOptions { anchors: vec!["codec".into(), "home".into()], min_chunk_bytes: 1000 };
        // {a,b} is a subset of the codec's chunk, but neither a nor b is loaded on every visit.
        let input = chunks(&[("codec,a,b", 10), ("a,b", 10), ("a,c", 20)]);
        let plan = super::plan(&input, &options);
        assert_eq!(plan[&set("codec,a,b")], set("codec,a,b"));
        assert_eq!(plan[&set("a,b")], set("a,b,c"), "tools' code stays out of what every visit loads");
        assert_eq!(plan[&set("a,c")], set("a,b,c"));
        // A tools' chunk that is large enough is preferred to the homeless union.
        let input = chunks(&[("codec,a,b", 10), ("a,b", 10), ("a,b,c", 5000)]);
        let plan = super::plan(&input, &options);
        assert_eq!(plan[&set("a,b")], set("a,b,c"));
        // Alone, it stays as it is rather than go where every visit loads it.
        let input = chunks(&[("codec,a,b", 10), ("home,a,b,c", 10), ("a,b", 10)]);
        let plan = super::plan(&input, &options);
        assert_eq!(plan[&set("a,b")], set("a,b"));
    }

    #[test]
    fn every_target_contains_its_source() {
        let input =
            chunks(&[("a,b", 1), ("a,c", 2), ("b,c", 3), ("a,b,c", 4000), ("codec,a", 7), ("home,b", 9), ("d,e", 11)]);
        let options = MergeOptions { anchors: vec!["codec".into(), "home".into()], min_chunk_bytes: 100 };
        let plan = super::plan(&input, &options);
        for set in input.keys() {
            assert!(plan[set].is_superset(set), "{set:?} -> {:?}", plan[set]);
        }
    }
}
