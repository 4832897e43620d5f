//! The small text helpers every part shares (`domain::text`) and `Lang::pick`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::text::{capitalize, is_iso_date, one_line, set_member, upper, upper_all, Bilingual};

#[test]
fn one_line_collapses_blanks_and_control_characters() {
    let cases = [
        ("  Keripik   tempe  ", "Keripik tempe"),
        ("Tanjung Perak,\nSurabaya", "Tanjung Perak, Surabaya"),
        ("a\t\u{0}b\r\nc", "a b c"),
        ("\u{a0}Malang\u{2003}", "Malang"),
        ("", ""),
        (" \n\t ", ""),
    ];
    for (text, expected) in cases {
        assert_eq!(one_line(text), expected, "{text:?}");
    }
}

#[test]
fn capitalize_raises_the_first_letter_only() {
    let cases = [
        ("pack", "Pack"),
        ("30 hari", "30 hari"),
        ("BPOM", "BPOM"),
        ("iPhone case", "IPhone case"),
        ("ékspor", "Ékspor"),
        ("ß", "SS"),
        ("", ""),
    ];
    for (text, expected) in cases {
        assert_eq!(capitalize(text), expected, "{text:?}");
    }
}

/// The blocks `upper` claims: Basic Latin, Latin-1, Latin Extended-A, Greek's letters, Cyrillic's
/// basic letters.
const CLAIMED: [(u32, u32); 4] = [(0x0, 0x17F), (0x386, 0x3CE), (0x400, 0x45F), (0x3A3, 0x3A3)];

#[test]
fn upper_is_rusts_mapping_in_every_block_it_claims() {
    let mut raised = 0;
    for (from, to) in CLAIMED {
        for c in (from..=to).filter_map(char::from_u32) {
            let std: Vec<char> = c.to_uppercase().collect();
            match std.as_slice() {
                // One capital: the same one.
                [capital] => assert_eq!(upper(c), *capital, "{c:?} U+{:04X}", u32::from(c)),
                // A capital of two letters ("ß" → "SS", "ŉ" → "ʼN"): left as it is.
                _ => assert_eq!(upper(c), c, "{c:?}"),
            }
            raised += usize::from(upper(c) != c);
        }
    }
    // Every lower-case letter of those blocks that has a one-letter capital: 26 + 31 (Latin-1 with
    // µ and ÿ) + 63 (Extended-A) + 35 (Greek) + 48 (Cyrillic). A table that did nothing fails here.
    assert_eq!(raised, 203);
}

#[test]
fn upper_leaves_other_scripts_and_signs_alone() {
    for c in ['1', ' ', '-', '÷', '×', 'ß', 'ĸ', '中', 'ا', 'ก', 'ա', 'ⓐ', '😀', 'A', 'É', 'Ω', 'Я'] {
        assert_eq!(upper(c), c, "{c:?}");
    }
    let cases = [
        ("kopi", "KOPI"),
        ("café crème", "CAFÉ CRÈME"),
        ("şeker ćevapi łódź", "ŞEKER ĆEVAPI ŁÓDŹ"),
        ("ÿ ı ſ µ", "Ÿ I S Μ"),
        ("ά έ ή ί ό ύ ώ ς σ", "Ά Έ Ή Ί Ό Ύ Ώ Σ Σ"),
        ("москва ёж", "МОСКВА ЁЖ"),
        ("straße", "STRASSE"),
    ];
    for (text, expected) in cases {
        assert_eq!(upper_all(text), expected, "{text:?}");
    }
}

#[test]
fn set_member_ticks_and_unticks() {
    let mut set = BTreeSet::from([1, 3]);
    set_member(&mut set, 2, true);
    set_member(&mut set, 3, false);
    set_member(&mut set, 9, false);
    set_member(&mut set, 1, true);
    assert_eq!(set, BTreeSet::from([1, 2]));
}

#[test]
fn both_languages_and_dates() {
    let text = Bilingual { id: "Sumber".into(), en: "Source".into() };
    assert_eq!((text.get(Lang::Id), text.get(Lang::En)), ("Sumber", "Source"));
    assert!(text.is_complete());
    assert!(!Bilingual { id: " ".into(), en: "Source".into() }.is_complete());
    assert!(!Bilingual { id: "Sumber".into(), en: String::new() }.is_complete());
    assert_eq!((Lang::Id.pick(1, 2), Lang::En.pick(1, 2)), (1, 2));
    for (date, ok) in [
        ("2026-12-02", true),
        ("2026-13-01", false),
        ("2026-12-32", false),
        ("02-12-2026", false),
        ("2026-1-02", false),
        ("", false),
    ] {
        assert_eq!(is_iso_date(date), ok, "{date:?}");
    }
}
