//! The workshop: the report code, the WhatsApp chat parser, deduplication, the tally,
//! the CSV, the session's QR code, and the facilitator's stored sessions.
#![cfg(not(target_arch = "wasm32"))]

#[path = "workshop/sheets.rs"]
mod sheets;

use std::collections::BTreeSet;

use proptest::prelude::*;
use siap_ekspor::domain::change::{apply, Change};
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::model::{AppData, HeldDocument};
use siap_ekspor::domain::persist::{decode, encode};
use siap_ekspor::domain::workshop::code::{self, Damage, Kind, ProductStatus, Sheet, MAX_CODE_CHARS, MAX_LINE};
use siap_ekspor::domain::workshop::qr::{session_link, QrMatrix, QUIET};
use siap_ekspor::domain::workshop::session::{merge, Received, Session, SessionsEdit, Stage, Why};
use siap_ekspor::domain::workshop::tally::{bar_lengths, tally, Summary};
use siap_ekspor::domain::workshop::{base64, chat, csv, make_id, valid_id, Obstacle, Question, Workshop};
use siap_ekspor::i18n::workshop as words;

use sheets::{budi_evaluation, budi_report, siti_report, siti_report_earlier};

const ANDROID_ID: &str = include_str!("fixtures/whatsapp-android-id.txt");
const ANDROID_EN: &str = include_str!("fixtures/whatsapp-android-en.txt");
const IPHONE_ID: &str = include_str!("fixtures/whatsapp-iphone-id.txt");
const IPHONE_EN: &str = include_str!("fixtures/whatsapp-iphone-en.txt");

#[test]
#[ignore = "prints the fixtures' code lines"]
fn print_codes() {
    for (name, sheet) in [
        ("siti_report", siti_report()),
        ("siti_report_earlier", siti_report_earlier()),
        ("budi_report", budi_report()),
        ("budi_evaluation", budi_evaluation()),
    ] {
        println!("== {name}");
        for line in code::encode(&sheet) {
            println!("{line}");
        }
    }
}

fn lines_of(sheet: &Sheet) -> String {
    code::encode(sheet).join("\n")
}

/// Characters WhatsApp turns into formatting, which a code never holds.
fn whatsapp_safe(line: &str) -> bool {
    !line.contains(['*', '_', '~', '`']) && line.is_ascii()
}

// ---- the code ----

#[test]
fn base64_matches_the_standard_alphabet_and_refuses_what_it_never_writes() {
    assert_eq!(base64::encode(b"Siap Ekspor"), "U2lhcCBFa3Nwb3I");
    assert_eq!(base64::encode(&[0xfb, 0xff]), "+/8");
    assert_eq!(base64::decode("+/8"), Some(vec![0xfb, 0xff]));
    assert_eq!(base64::decode("U2lhcCBFa3Nwb3I"), Some(b"Siap Ekspor".to_vec()));
    assert_eq!(base64::decode("U2l_"), None, "base64url's _ is not ours");
    assert_eq!(base64::decode("A"), None, "a length no encoder makes");
    assert_eq!(base64::decode("+/9"), None, "leftover bits set: a changed character");
}

proptest! {
    #[test]
    fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64::decode(&base64::encode(&bytes)), Some(bytes));
    }
}

#[test]
fn a_code_is_whatsapp_safe_short_lined_and_reads_back() {
    for sheet in [siti_report(), budi_report(), budi_evaluation(), Sheet::default()] {
        let lines = code::encode(&sheet);
        for line in &lines {
            assert!(line.chars().count() <= MAX_LINE, "{line}");
            assert!(whatsapp_safe(line), "{line}");
        }
        assert!(code::code_chars(&lines) <= MAX_CODE_CHARS);
        assert_eq!(code::decode_text(&lines.join("\n")), Ok(sheet));
    }
}

/// Every combination of empty and filled fields (2^14) reads back as written.
#[test]
fn the_code_round_trips_for_every_field_combination() {
    let full = Sheet {
        kind: Kind::Evaluation,
        session: "ab12cd34".into(),
        participant: "k3m9x2qa".into(),
        date: "2026-12-03".into(),
        business: "UD Kopi \"Ijen\", Banyuwangi".into(),
        owner: "Siti Aminah — é ü 🙂".into(),
        region: "3510".into(),
        products: vec![("Kopi bubuk".into(), ProductStatus::Free), ("Kursi jati".into(), ProductStatus::Prohibited)],
        papers: BTreeSet::from([HeldDocument::Npwp, HeldDocument::NibCustoms]),
        progress: (7, 19),
        accounts: vec!["EC21".into()],
        listings: 2,
        ratings: [5, 0, 3, 1],
        obstacles: BTreeSet::from([Obstacle::Rules]),
        comments: "Baris satu\nbaris dua *tebal* _miring_ ~coret~ `kode`".into(),
    };
    for mask in 0u32..(1 << 14) {
        let on = |bit: u32| mask & (1 << bit) != 0;
        let mut s = Sheet { kind: if on(13) { Kind::Report } else { Kind::Evaluation }, ..Sheet::default() };
        if on(0) {
            s.session = full.session.clone();
        }
        if on(1) {
            s.participant = full.participant.clone();
        }
        if on(2) {
            s.date = full.date.clone();
        }
        if on(3) {
            s.business = full.business.clone();
        }
        if on(4) {
            s.owner = full.owner.clone();
        }
        if on(5) {
            s.region = full.region.clone();
        }
        if on(6) {
            s.products = full.products.clone();
        }
        if on(7) {
            s.papers = full.papers.clone();
        }
        if on(8) {
            s.progress = full.progress;
        }
        if on(9) {
            s.accounts = full.accounts.clone();
            s.listings = full.listings;
        }
        if on(10) {
            s.ratings = full.ratings;
        }
        if on(11) {
            s.obstacles = full.obstacles.clone();
        }
        if on(12) {
            s.comments = full.comments.clone();
        }
        let lines = code::encode(&s);
        assert!(lines.iter().all(|l| whatsapp_safe(l) && l.chars().count() <= MAX_LINE), "{mask}");
        assert_eq!(code::decode_text(&lines.join("\n")), Ok(s), "mask {mask:#b}");
    }
}

fn any_sheet() -> impl Strategy<Value = Sheet> {
    let text =
        |max: usize| proptest::collection::vec(any::<char>(), 0..max).prop_map(|c| c.into_iter().collect::<String>());
    let status = prop::sample::select(ProductStatus::ALL.to_vec());
    let doc = prop::sample::select(HeldDocument::ALL.to_vec());
    let obstacle = prop::sample::select(Obstacle::ALL.to_vec());
    (
        (
            any::<bool>(),
            prop::option::of("[a-z0-9]{4,16}"),
            prop::option::of("[a-z0-9]{4,16}"),
            text(12),
            text(120),
            text(120),
        ),
        (
            proptest::collection::vec((text(60), status), 0..15),
            proptest::collection::btree_set(doc, 0..9),
            (0u32..100, 0u32..100),
            proptest::collection::vec(text(30), 0..12),
            any::<u32>(),
        ),
        (proptest::array::uniform4(0u8..=5), proptest::collection::btree_set(obstacle, 0..4), text(600), text(6)),
    )
        .prop_map(
            |(
                (report, ws, p, date, business, owner),
                (products, papers, (a, b), accounts, listings),
                (ratings, obstacles, comments, region),
            )| Sheet {
                kind: if report { Kind::Report } else { Kind::Evaluation },
                session: ws.unwrap_or_default(),
                participant: p.unwrap_or_default(),
                date,
                business,
                owner,
                region,
                products,
                papers,
                progress: (a.min(b), a.max(b)),
                accounts,
                listings,
                ratings,
                obstacles,
                comments,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any sheet, however long or strange its text, becomes a code within the limits that reads
    /// back as the sheet it was fitted to (long comments, products and names are shortened).
    #[test]
    fn any_sheet_fits_and_reads_back(sheet in any_sheet()) {
        let lines = code::encode(&sheet);
        prop_assert!(code::code_chars(&lines) <= MAX_CODE_CHARS, "{} chars", code::code_chars(&lines));
        for line in &lines {
            prop_assert!(line.chars().count() <= MAX_LINE && whatsapp_safe(line), "{}", line);
        }
        let read = code::decode_text(&lines.join("\n"));
        prop_assert!(read.is_ok(), "{:?}", read);
        let read = read.unwrap_or_default();
        prop_assert_eq!(read.kind, sheet.kind);
        prop_assert_eq!(&read.participant, &sheet.participant);
        prop_assert_eq!(read.ratings, sheet.ratings);
        prop_assert_eq!(&read.papers, &sheet.papers);
    }

    /// The decoder and the chat parser never panic, whatever is pasted.
    #[test]
    fn the_readers_take_any_text(text in "(SE1 [0-9]/[0-9] [A-Za-z0-9+/]{0,70}\n|\\PC{0,80}\n|\\[[0-9/., :]{0,20}\\] [a-z]{0,5}: |[0-9/]{0,8} [0-9.]{0,5} - ){0,12}") {
        let _ = chat::codes(&text);
        let _ = code::decode_text(&text);
    }

    /// A changed character never yields a different sheet: the code says it was changed.
    #[test]
    fn a_changed_character_is_caught(index in 0usize..400, replacement in "[A-Za-z0-9+/]") {
        let lines = code::encode(&siti_report());
        let text = lines.join("\n");
        let positions: Vec<usize> = text.char_indices().filter(|(i, _)| {
            // Only the base64 part of each line: after the third space-separated field.
            let line_start = text.get(..*i).and_then(|t| t.rfind('\n')).map_or(0, |p| p + 1);
            text.get(line_start..*i).is_some_and(|t| t.matches(' ').count() >= 2)
        }).map(|(i, _)| i).collect();
        let at = positions.get(index % positions.len().max(1)).copied().unwrap_or(0);
        let mut changed = text.clone();
        changed.replace_range(at..at + 1, &replacement);
        let read = code::decode_text(&changed);
        prop_assert!(read == Ok(siti_report()) || read.is_err(), "{:?}", read);
        if changed != text {
            prop_assert!(read.is_err());
        }
    }
}

/// Version 1 as written by the first build that had it: every later build reads it.
#[test]
fn a_version_1_code_stays_readable() {
    let frozen = "SE1 1/4 eyJrIjoiZSIsIndzIjoiYWIxMmNkMzQiLCJwIjoiN2hxMnd6NW4iLCJkIjoi\n\
                  SE1 2/4 MjAyNi0xMi0wMyIsImIiOiJDViBSb3RhbiBKYXlhIiwiciI6WzUsNCw1LDNd\n\
                  SE1 3/4 LCJvYiI6WyJsYW5ndWFnZSIsImZpbmFuY2luZyJdLCJjbSI6IlRhbWJhaCBj\n\
                  SE1 4/4 b250b2ggaGFyZ2EgQ0lGLCB5YSBcInByYWt0aWtcIiJ9TeNnow";
    assert_eq!(code::decode_text(frozen), Ok(budi_evaluation()));
}

#[test]
fn damage_is_named() {
    let lines = code::encode(&siti_report());
    let without_second: Vec<String> =
        lines.iter().enumerate().filter(|(i, _)| *i != 1).map(|(_, l)| l.clone()).collect();
    assert_eq!(code::decode_text(&without_second.join("\n")), Err(Damage::Incomplete { got: 4, total: 5 }));
    assert_eq!(code::decode_text(&lines[..2].join("\n")), Err(Damage::Incomplete { got: 2, total: 5 }));
    let newer = lines.join("\n").replace("SE1 ", "SE2 ");
    assert_eq!(code::decode_text(&newer), Err(Damage::Newer { version: 2 }));
    let mut bad = lines.clone();
    bad[0] = bad[0].replacen("eyJr", "ey.r", 1);
    assert_eq!(code::decode_text(&bad.join("\n")), Err(Damage::Changed));
    // Checksummed, but not a sheet: a rating of 9.
    let odd = Sheet { ratings: [9, 0, 0, 0], ..Sheet::default() };
    let mut json = serde_json::to_vec(&odd).unwrap_or_default();
    let sum = json.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    json.extend_from_slice(&sum.to_be_bytes());
    assert_eq!(code::decode_text(&format!("SE1 1/1 {}", base64::encode(&json))), Err(Damage::Unreadable));
}

// ---- the chat ----

#[test]
fn chat_headers_of_both_phones_in_both_languages() {
    let android_id = chat::messages(ANDROID_ID);
    assert_eq!(android_id.first().map(|m| m.sender), Some(None), "the encryption notice has no sender");
    let budi = android_id.iter().find(|m| m.sender == Some("Budi")).map(|m| (m.stamp, m.lines.len()));
    assert_eq!(budi.map(|b| b.0), Some("03/12/26 10.02"));
    assert!(budi.is_some_and(|b| b.1 > 8), "a multi-line message keeps its lines");
    assert!(android_id.iter().any(|m| m.sender == Some("+62 812-3456-7890")));

    let android_en = chat::messages(ANDROID_EN);
    assert!(android_en.iter().any(|m| m.sender == Some("Dewi Lestari") && m.stamp == "12/3/26, 10:04 AM"));
    let iphone_id = chat::messages(IPHONE_ID);
    assert!(iphone_id.iter().any(|m| m.sender == Some("Siti Aminah") && m.stamp == "03/12/26 10.30.51"));
    let iphone_en = chat::messages(IPHONE_EN);
    assert!(iphone_en.iter().any(|m| m.sender == Some("Budi") && m.stamp == "12/3/26, 10:02:48\u{202f}AM"));
    // The link line in a message is not a header.
    assert!(iphone_en.iter().all(|m| m.sender != Some("https")));
}

fn senders_and_results(text: &str) -> Vec<(String, Result<Kind, Damage>)> {
    chat::codes(text).into_iter().map(|f| (f.sender.unwrap_or_default(), f.result.map(|s| s.kind))).collect()
}

#[test]
fn codes_are_found_in_every_fixture_and_other_messages_are_skipped() {
    assert_eq!(
        senders_and_results(ANDROID_ID),
        vec![
            ("Siti Aminah".into(), Ok(Kind::Report)),
            ("Budi".into(), Ok(Kind::Report)),
            ("Budi".into(), Ok(Kind::Evaluation)),
            ("Siti Aminah".into(), Ok(Kind::Report)),
        ]
    );
    assert_eq!(
        senders_and_results(ANDROID_EN),
        vec![
            ("Budi".into(), Ok(Kind::Report)),
            ("Dewi Lestari".into(), Err(Damage::Checksum)),
            ("+62 813-1111-2222".into(), Err(Damage::Incomplete { got: 2, total: 5 })),
            ("+62 813-1111-2222".into(), Err(Damage::Incomplete { got: 2, total: 5 })),
            ("Siti Aminah".into(), Ok(Kind::Report)),
        ],
        "a missing middle line leaves two broken pieces"
    );
    assert_eq!(senders_and_results(IPHONE_ID).len(), 4);
    assert!(senders_and_results(IPHONE_ID).iter().all(|(_, r)| r.is_ok()));
    assert_eq!(
        senders_and_results(IPHONE_EN),
        vec![
            ("Budi".into(), Ok(Kind::Report)),
            ("Budi".into(), Ok(Kind::Evaluation)),
            ("Siti Aminah".into(), Ok(Kind::Report)),
            ("Siti Aminah".into(), Err(Damage::Incomplete { got: 2, total: 5 })),
        ],
        "an edited message's marker after the code is not part of it"
    );
}

#[test]
fn a_paste_without_headers_is_read_too() {
    let paste = format!("Laporan\n{}\n\n{}", lines_of(&budi_report()), lines_of(&budi_evaluation()));
    assert_eq!(
        senders_and_results(&paste),
        vec![(String::new(), Ok(Kind::Report)), (String::new(), Ok(Kind::Evaluation))]
    );
    let windows = paste.replace('\n', "\r\n");
    assert_eq!(senders_and_results(&windows).len(), 2, "CRLF line ends");
}

// ---- sessions, merging, deduplication ----

fn session() -> Session {
    Session { id: "ab12cd34".into(), ..Session::default() }
}

#[test]
fn two_participants_and_a_duplicate_count_as_two_the_latest_winning() {
    for (name, chat) in [("android-id", ANDROID_ID), ("iphone-id", IPHONE_ID)] {
        let (reports, outcome) = merge(&session(), chat::codes(chat));
        assert_eq!(outcome.read, 4, "{name}");
        assert_eq!(outcome.replaced, 1, "{name}: Siti's first report replaced");
        assert!(outcome.refused.is_empty(), "{name}");
        assert_eq!(reports.len(), 3, "{name}: Siti's report, Budi's report and evaluation");
        let t = tally(&reports);
        assert_eq!(t.rows.len(), 2, "{name}");
        let siti = t.rows.iter().find(|r| r.business() == "UD Kopi Ijen");
        assert_eq!(siti.and_then(|r| r.report.as_ref()).map(|r| r.progress), Some((6, 20)), "{name}: the later report");
        let budi = t.rows.iter().find(|r| r.business() == "CV Rotan Jaya");
        assert!(budi.is_some_and(|b| b.report.is_some() && b.evaluation.is_some()), "{name}");
    }
}

#[test]
fn an_earlier_report_imported_later_does_not_replace_the_latest() {
    let latest = lines_of(&siti_report());
    let (stored, _) = merge(&session(), chat::codes(&latest));
    let mut s = session();
    s.reports = stored;
    let (after, outcome) = merge(&s, chat::codes(&lines_of(&siti_report_earlier())));
    assert_eq!(outcome.read, 1);
    assert_eq!(tally(&after).rows.first().and_then(|r| r.report.as_ref()).map(|r| r.progress), Some((6, 20)));
    // The same code again changes nothing.
    s.reports = after.clone();
    let (again, _) = merge(&s, chat::codes(&latest));
    assert_eq!(again.len(), after.len());
}

#[test]
fn damaged_codes_and_other_sessions_are_listed_not_counted() {
    let (reports, outcome) = merge(&session(), chat::codes(ANDROID_EN));
    assert_eq!(outcome.read, 2);
    assert_eq!(tally(&reports).rows.len(), 2);
    let reasons: Vec<&Why> = outcome.refused.iter().map(|r| &r.why).collect();
    assert_eq!(reasons.first(), Some(&&Why::Damaged(Damage::Checksum)));
    assert_eq!(outcome.refused.first().and_then(|r| r.sender.clone()), Some("Dewi Lestari".into()));
    assert_eq!(outcome.refused.len(), 3);

    let other = Session { id: "zz99zz99".into(), ..Session::default() };
    let (kept, outcome) = merge(&other, chat::codes(&lines_of(&budi_report())));
    assert!(kept.is_empty());
    assert_eq!(outcome.refused.first().map(|r| r.why.clone()), Some(Why::OtherSession("ab12cd34".into())));
    // Without a session id (she did not open the link), a report joins the session it is pasted into.
    let plain = Sheet { session: String::new(), participant: String::new(), ..budi_report() };
    let (kept, _) = merge(&other, chat::codes(&lines_of(&plain)));
    assert_eq!(kept.len(), 1);
    for why in reasons {
        assert!(!words::why(why, Lang::Id).is_empty() && !words::why(why, Lang::En).is_empty());
    }
    assert!(words::why(&Why::Damaged(Damage::Incomplete { got: 2, total: 5 }), Lang::Id).contains("2 dari 5"));
}

#[test]
fn without_a_participant_id_the_business_name_then_the_sender_tell_people_apart() {
    let anon = |business: &str, date: &str| Sheet {
        session: String::new(),
        participant: String::new(),
        business: business.into(),
        date: date.into(),
        ..budi_report()
    };
    let chat_text = format!(
        "01/12/26 10.00 - Ani: {}\n01/12/26 10.01 - Ani: {}\n01/12/26 10.02 - Rina: {}\n01/12/26 10.03 - Rina: {}\n",
        lines_of(&anon("CV Rotan Jaya", "2026-12-01")),
        lines_of(&anon("cv  ROTAN jaya", "2026-12-02")),
        lines_of(&anon("", "2026-12-01")),
        lines_of(&anon("", "2026-12-02")),
    );
    let (reports, outcome) = merge(&session(), chat::codes(&chat_text));
    assert_eq!((outcome.read, outcome.replaced), (4, 2));
    assert_eq!(tally(&reports).rows.len(), 2);
}

// ---- the tally, the charts, the CSV ----

#[test]
fn the_summary_adds_up() {
    let (reports, _) = merge(&session(), chat::codes(ANDROID_ID));
    let s = tally(&reports).summary;
    assert_eq!((s.participants, s.reports, s.evaluations), (2, 2, 1));
    assert_eq!(s.readiness, [1, 1, 0, 0], "15 % and 30 %");
    assert_eq!(s.average_percent, 22);
    assert_eq!((s.npwp, s.nib, s.nib_customs), (1, 2, 1));
    assert_eq!(s.accounts, vec![("EC21".to_string(), 2), ("Alibaba.com".to_string(), 1)]);
    assert_eq!((s.with_listing, s.listings), (1, 1));
    let products: Vec<(ProductStatus, u32)> = s.products.to_vec();
    assert!(products.contains(&(ProductStatus::Free, 1)) && products.contains(&(ProductStatus::Restricted, 1)));
    assert!(products.contains(&(ProductStatus::NotChecked, 1)) && products.contains(&(ProductStatus::Prohibited, 0)));
    assert_eq!(s.ratings[0], (Question::Clarity, 1, 5));
    assert_eq!(s.ratings[3], (Question::Readiness, 1, 3));
    assert_eq!(
        s.obstacles,
        [(Obstacle::Language, 1), (Obstacle::Marketing, 0), (Obstacle::Rules, 0), (Obstacle::Financing, 1)]
    );
    assert_eq!(s.comments.len(), 1);
    assert_eq!(Summary::average_tenths(3, 13), Some(43));
    assert_eq!(Summary::average_tenths(0, 0), None);
    assert_eq!(bar_lengths(&[2, 1, 0], 240), vec![240, 120, 0]);
    assert_eq!(bar_lengths(&[0, 0], 240), vec![0, 0]);
    assert_eq!(words::tenths(43, Lang::Id), "4,3");
    assert_eq!(words::tenths(43, Lang::En), "4.3");
}

#[test]
fn csv_quotes_guards_and_starts_with_a_bom() {
    assert_eq!(csv::cell("plain"), "plain");
    assert_eq!(csv::cell("a, b"), "\"a, b\"");
    assert_eq!(csv::cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv::cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv::cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv::cell("+62 812"), "'+62 812");
    assert_eq!(csv::cell("-1"), "'-1");
    assert_eq!(csv::cell("@SUM(A1)"), "'@SUM(A1)");

    let (reports, _) = merge(&session(), chat::codes(ANDROID_ID));
    let t = tally(&reports);
    let text = words::csv(&t, Lang::Id);
    assert!(text.starts_with('\u{feff}'));
    let rows: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 3, "header and one row per participant");
    assert!(rows[0].starts_with("Peserta,Usaha,Pemilik,Kabupaten/kota"));
    assert_eq!(rows[0].split(',').count(), siap_ekspor::domain::workshop::tally::CSV_COLUMNS);
    let siti = rows.iter().find(|r| r.contains("UD Kopi Ijen")).copied().unwrap_or_default();
    assert!(siti.starts_with("Siti Aminah,UD Kopi Ijen,Siti Aminah,Kabupaten Banyuwangi,"), "{siti}");
    assert!(siti.contains(",\"Kopi bubuk (bebas); Kursi jati (dibatasi)\",ya,ya,ya,6,20,30,EC21,1,"), "{siti}");
    let budi = rows.iter().find(|r| r.contains("CV Rotan Jaya")).copied().unwrap_or_default();
    assert!(
        budi.contains(",5,4,5,3,\"Bahasa asing; Pembiayaan\",\"Tambah contoh harga CIF, ya \"\"praktik\"\"\","),
        "{budi}"
    );
    let en = words::csv(&t, Lang::En);
    assert!(en.contains("Participant,Business,Owner,Regency/city") && en.contains("Regency of Banyuwangi"));
}

// ---- the QR code ----

/// Draws an SVG path of `M{x},{y}h{n}v1h-{n}z` runs as a greyscale image, `scale` pixels a module,
/// and decodes it with rqrr as a camera picture would be.
fn decode_svg_path(path: &str, view: usize, scale: usize) -> Option<String> {
    let side = view * scale;
    let mut pixels = vec![255u8; side * side];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h')?;
        let (x, y) = xy.split_once(',')?;
        let (x, y): (usize, usize) = (x.parse().ok()?, y.parse().ok()?);
        let n: usize = rest.split('v').next()?.parse().ok()?;
        for py in y * scale..(y + 1) * scale {
            for px in x * scale..(x + n) * scale {
                *pixels.get_mut(py * side + px)? = 0;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
    let grids = image.detect_grids();
    let (_, content) = grids.first()?.decode().ok()?;
    Some(content)
}

#[test]
fn the_session_qr_code_decodes_to_the_session_link() {
    let link = session_link("https://umkm.jatimprov.example/alat/siap-ekspor/index.html?lang=en", "ab12cd34");
    assert_eq!(link, "https://umkm.jatimprov.example/alat/siap-ekspor/index.html?ws=ab12cd34#/");
    let matrix = QrMatrix::encode(&link).expect("a QR code");
    assert_eq!(matrix.view_size(), matrix.size() + 2 * QUIET);
    assert!(matrix.size() >= 21 && matrix.size() <= 45, "a small version for a short link: {}", matrix.size());
    assert_eq!(decode_svg_path(&matrix.svg_path(), matrix.view_size(), 4).as_deref(), Some(link.as_str()));
    // A different link makes a different code: the test can fail.
    let other = QrMatrix::encode(&session_link("https://a.example/", "zz99zz99")).expect("a QR code");
    assert_ne!(decode_svg_path(&other.svg_path(), other.view_size(), 4).as_deref(), Some(link.as_str()));
    assert!(QrMatrix::encode(&"x".repeat(5000)).is_none(), "too long for any QR code");
}

// ---- stored sessions ----

#[test]
fn sessions_are_stored_edited_and_deleted_with_their_reports() {
    let mut data = AppData::default();
    let create = |id: &str| Change::Sessions(SessionsEdit::Create { id: id.into(), date: "2026-12-03".into() });
    data = apply(&data, create("ab12cd34"));
    data = apply(&data, create("ab12cd34"));
    data = apply(&data, create("Not An Id"));
    assert_eq!(data.sessions.list.len(), 1, "a used or invalid id changes nothing");
    data = apply(&data, Change::Sessions(SessionsEdit::Title("ab12cd34".into(), "Lokakarya Ekspor".into())));
    data = apply(&data, Change::Sessions(SessionsEdit::Stage("ab12cd34".into(), Stage::Practice, true)));
    let (reports, _) = merge(&data.sessions.list[0], chat::codes(ANDROID_ID));
    data = apply(&data, Change::Sessions(SessionsEdit::Reports("ab12cd34".into(), reports)));
    data = apply(&data, create("zz99zz99"));
    assert_eq!(data.sessions.list.first().map(|s| s.id.as_str()), Some("zz99zz99"), "newest first");

    let stored = encode(&data).expect("encodes");
    let back = decode(&stored).expect("decodes");
    assert_eq!(back, data, "sessions and reports survive storage");
    assert_eq!(back.sessions.get("ab12cd34").map(|s| s.reports.len()), Some(3));
    assert!(back.sessions.get("ab12cd34").is_some_and(|s| s.stages.contains(&Stage::Practice)));

    let deleted = apply(&back, Change::Sessions(SessionsEdit::Delete("ab12cd34".into())));
    assert!(deleted.sessions.get("ab12cd34").is_none());
    assert!(!encode(&deleted).expect("encodes").contains("SE1 "), "its reports are gone from storage");
    // A document without sessions does not even name them.
    assert!(!encode(&AppData::default()).expect("encodes").contains("sessions"));
    let _ = Received::default();
}

#[test]
fn a_participant_joins_a_session_once_and_keeps_her_id() {
    let mut w = Workshop::default();
    w.join("NOT valid!", "k3m9x2qa");
    assert_eq!(w, Workshop::default());
    w.join("AB12CD34", "k3m9x2qa");
    assert_eq!((w.session.as_str(), w.participant.as_str()), ("ab12cd34", "k3m9x2qa"));
    w.join("zz99zz99", "00000000");
    assert_eq!((w.session.as_str(), w.participant.as_str()), ("zz99zz99", "k3m9x2qa"), "her id stays");
    assert!(valid_id(&make_id(0)) && valid_id(&make_id(u64::MAX)));
    assert_ne!(make_id(1), make_id(2));
    assert_eq!(make_id(0x3f_ffff_ffff).len(), 8);
}

#[test]
fn her_report_and_evaluation_carry_the_session_and_her_id() {
    use siap_ekspor::domain::report::evaluation_sheet;
    use siap_ekspor::i18n::report::with_code;
    let mut w = Workshop::default();
    w.join("ab12cd34", "k3m9x2qa");
    w.ratings.insert(Question::Clarity, 4);
    w.obstacles.insert(Obstacle::Marketing);
    let sheet = evaluation_sheet(&w, "  UD Maju ", "2026-12-03");
    assert_eq!(sheet.ratings, [4, 0, 0, 0]);
    assert_eq!(sheet.business, "UD Maju");
    let text = with_code("Evaluasi".into(), &sheet, Lang::Id);
    assert!(text.contains("Sesi lokakarya: ab12cd34"));
    assert!(text.contains("Kode untuk halaman fasilitator"));
    let found = chat::codes(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found.into_iter().next().map(|f| f.result), Some(Ok(sheet)));
}
