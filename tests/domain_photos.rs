//! Her product photos' rules (`domain::photos`): captions, the codes of the browser glue, the data
//! URIs the web page may embed, the space line, and the check of a backup file's photos.

use proptest::prelude::*;
use siap_ekspor::domain::lang::Lang;
use siap_ekspor::domain::photos::*;

#[test]
fn a_single_photo_is_captioned_by_the_title_several_are_numbered() {
    let cases = [
        ("Handmade Rattan Chair", 0, 1, "Handmade Rattan Chair"),
        ("Handmade Rattan Chair", 0, 3, "Handmade Rattan Chair, photo 1 of 3"),
        ("Handmade Rattan Chair", 2, 3, "Handmade Rattan Chair, photo 3 of 3"),
        ("  Rattan \n  Chair ", 0, 1, "Rattan Chair"),
        ("", 0, 1, "Product photo"),
        ("   ", 1, 2, "Product photo, photo 2 of 2"),
    ];
    for (title, index, count, expected) in cases {
        assert_eq!(caption(title, index, count), expected, "{title:?} {index} of {count}");
    }
}

#[test]
fn every_code_of_the_glue_reads_back_and_anything_else_is_a_failure() {
    for added in Added::ALL {
        assert_eq!(Added::from_code(added.code()), added);
    }
    assert_eq!(Added::ALL.len(), 7);
    for unknown in ["", "OK", "quota", "undefined", "ok "] {
        assert_eq!(Added::from_code(unknown), Added::Failed, "{unknown:?}");
    }
}

#[test]
fn only_base64_image_data_uris_may_go_into_the_web_page() {
    let accepted = [
        "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==",
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/webp;base64,UklGRg+/",
    ];
    for uri in accepted {
        assert!(is_image_data_uri(uri), "{uri}");
    }
    let refused = [
        "",
        "data:",
        "data:image/jpeg;base64,",
        "data:image/svg+xml;base64,PHN2Zz4=",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/jpeg,rawtext",
        "data:image/jpeg;base64,abc\"><script>alert(1)</script>",
        "data:image/jpeg;base64,abc def",
        "blob:http://127.0.0.1/1234",
        "javascript:alert(1)",
        "https://example.com/a.jpg",
        " data:image/jpeg;base64,AAAA",
    ];
    for uri in refused {
        assert!(!is_image_data_uri(uri), "{uri}");
    }
}

proptest! {
    #[test]
    fn an_accepted_uri_has_nothing_that_could_leave_an_attribute(text in "\\PC{0,60}") {
        let uri = format!("data:image/jpeg;base64,{text}");
        if is_image_data_uri(&uri) {
            prop_assert!(!uri.contains(['"', '\'', '<', '>', '&', ' ']));
        }
    }
}

#[test]
fn the_space_line_counts_photos_in_both_languages() {
    assert_eq!(Usage { count: 0, bytes: 0 }.text(Lang::En), "0 photos, 0 KB");
    assert_eq!(Usage { count: 1, bytes: 200 * 1024 }.text(Lang::En), "1 photo, 200 KB");
    assert_eq!(Usage { count: 3, bytes: 600 * 1024 }.text(Lang::En), "3 photos, 600 KB");
    assert_eq!(Usage { count: 3, bytes: 600 * 1024 }.text(Lang::Id), "3 foto, 600 KB");
}

fn photo(listing: i64, bytes: i64) -> Incoming {
    Incoming { listing, order: 0, kind: "image/jpeg".into(), bytes, image: true }
}

#[test]
fn a_backups_photos_are_counted_when_every_one_is_right() {
    let photos = [photo(1, 1000), photo(1, 2000), photo(4, 500)];
    assert_eq!(check_backup(&photos, &[1, 4, 7]), Ok(Usage { count: 3, bytes: 3500 }));
    assert_eq!(check_backup(&[], &[]), Ok(Usage::default()));
    let png = Incoming { kind: "image/png".into(), ..photo(1, 10) };
    let webp = Incoming { kind: "image/webp".into(), ..photo(1, 10) };
    assert_eq!(check_backup(&[png, webp], &[1]), Ok(Usage { count: 2, bytes: 20 }));
    let most: Vec<_> = (0..MAX_PER_LISTING).map(|_| photo(2, 1)).collect();
    assert_eq!(check_backup(&most, &[2]).map(|u| u.count), Ok(MAX_PER_LISTING as u64));
    let biggest = photo(2, MAX_BACKUP_PHOTO_BYTES as i64);
    assert!(check_backup(&[biggest], &[2]).is_ok());
}

#[test]
fn the_logo_needs_no_listing_but_is_one_at_most() {
    assert_eq!(check_backup(&[photo(i64::from(LOGO), 900)], &[]), Ok(Usage { count: 1, bytes: 900 }));
    assert_eq!(check_backup(&[photo(i64::from(LOGO), 900), photo(1, 100)], &[1]), Ok(Usage { count: 2, bytes: 1000 }));
    assert_eq!(
        check_backup(&[photo(i64::from(LOGO), 1), photo(i64::from(LOGO), 1)], &[]),
        Err(BackupPhotoError::TooMany)
    );
    assert_eq!(logo_alt("UD Rotan Jaya"), "UD Rotan Jaya logo");
    assert_eq!(logo_alt("  UD \n Rotan  Jaya "), "UD Rotan Jaya logo");
}

#[test]
fn one_wrong_photo_refuses_the_backup_with_its_reason() {
    use BackupPhotoError::*;
    let cases: Vec<(Incoming, BackupPhotoError)> = vec![
        (photo(-1, 10), Invalid),
        (Incoming { order: -1, ..photo(1, 10) }, Invalid),
        (photo(1, -1), Invalid),
        (photo(i64::from(u32::MAX) + 1, 10), Invalid),
        (Incoming { kind: "image/svg+xml".into(), ..photo(1, 10) }, NotImage),
        (Incoming { kind: "text/html".into(), ..photo(1, 10) }, NotImage),
        (Incoming { kind: String::new(), ..photo(1, 10) }, NotImage),
        (Incoming { image: false, ..photo(1, 10) }, NotImage),
        (photo(1, 0), NotImage),
        (photo(1, MAX_BACKUP_PHOTO_BYTES as i64 + 1), TooLarge),
        (photo(9, 10), UnknownListing),
    ];
    for (wrong, error) in cases {
        let photos = [photo(1, 10), wrong.clone()];
        assert_eq!(check_backup(&photos, &[1, 2]), Err(error), "{wrong:?}");
    }
    let too_many: Vec<_> = (0..=MAX_PER_LISTING).map(|_| photo(2, 1)).collect();
    assert_eq!(check_backup(&too_many, &[2]), Err(TooMany));
}

/// The sizes her messages and the docs name: a backup's photo over 2 MB is refused, a backup file
/// up to 80 MB is read.
#[test]
fn the_limits_are_the_sizes_her_messages_name() {
    assert!(check_backup(&[photo(1, 2_097_152)], &[1]).is_ok());
    assert_eq!(check_backup(&[photo(1, 2_097_153)], &[1]), Err(BackupPhotoError::TooLarge));
    assert_eq!(MAX_BACKUP_FILE_BYTES, 83_886_080.0);
    assert_eq!(MAX_PER_LISTING, 6);
    use siap_ekspor::i18n::photos::backup_error_text;
    for lang in [Lang::Id, Lang::En] {
        assert!(backup_error_text(BackupPhotoError::TooLarge, lang).contains("2 MB"));
        assert!(backup_error_text(BackupPhotoError::TooMany, lang).contains(" 6 "));
    }
}
