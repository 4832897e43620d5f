//! Her English e-mail signature (`domain::catalog::signature`): the place always ends
//! "Indonesia", the phone is dialable from abroad, and only what she entered is said.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_ekspor::domain::catalog::signature::{international_phone, place_line, signature, Role};
use siap_ekspor::domain::model::{Contact, Profile, RegionChoice};

fn in_region(region: Option<RegionChoice>, other: &str) -> Profile {
    Profile { region, other_region: other.into(), ..Profile::default() }
}

#[test]
fn the_place_always_ends_with_indonesia() {
    let east_java = |code: &str| Some(RegionChoice::EastJava { code: code.into() });
    let cases = [
        // (region, what she typed for another province, the line)
        (east_java("3507"), "", "Malang, East Java, Indonesia"),
        (east_java("3573"), "", "Malang City, East Java, Indonesia"),
        (east_java("3578"), "", "Surabaya City, East Java, Indonesia"),
        (east_java("3529"), "", "Sumenep, East Java, Indonesia"),
        (Some(RegionChoice::OtherProvince), "Sleman, DI Yogyakarta", "Sleman, DI Yogyakarta, Indonesia"),
        (Some(RegionChoice::OtherProvince), "Denpasar, Bali, Indonesia.", "Denpasar, Bali, Indonesia."),
        (Some(RegionChoice::OtherProvince), "  ", "Indonesia"),
        (None, "", "Indonesia"),
        // A code that is not East Java's: said as no more than the country.
        (east_java("9999"), "", "Indonesia"),
    ];
    for (region, other, expected) in cases {
        assert_eq!(place_line(&in_region(region.clone(), other)), expected, "{region:?} {other:?}");
    }
}

#[test]
fn a_phone_number_is_written_as_dialled_from_abroad() {
    let cases = [
        ("0812-3456-7890", Some("+62 812-3456-7890")),
        ("081234567890", Some("+62 812-3456-7890")),
        ("+62 812 3456 7890", Some("+62 812-3456-7890")),
        ("62 812-3456-7890", Some("+62 812-3456-7890")),
        ("+6281234567890", Some("+62 812-3456-7890")),
        ("(0341) 551234", Some("+62 341-551234")),
        ("0341-551234", Some("+62 341-551234")),
        // Not a number to dial: letters, too short, too long, another country, a stray zero.
        ("0812 tiga empat", None),
        ("0812-3456-7890 WA", None),
        ("0812-3456-7890 / 0341-551234", None),
        ("0812", None),
        ("08123456789012345", None),
        ("+1 415 555 0100", None),
        ("620812345678", None),
        ("", None),
        ("<img src=x onerror=alert(1)>", None),
    ];
    for (typed, expected) in cases {
        assert_eq!(international_phone(typed).as_deref(), expected, "{typed:?}");
    }
}

proptest! {
    /// Anything typed: never a panic, and a number given back starts "+62 " and has only digits
    /// and dashes after it.
    #[test]
    fn any_phone_text_is_answered_calmly(text in ".{0,40}") {
        if let Some(phone) = international_phone(&text) {
            prop_assert!(phone.starts_with("+62 "));
            prop_assert!(phone[4..].chars().all(|c| c.is_ascii_digit() || c == '-'), "{phone}");
        }
    }
}

#[test]
fn the_signature_says_only_what_she_entered() {
    let full = Profile {
        business_name: "UD Sumber Rejeki".into(),
        owner_name: " Sri  Wahyuni ".into(),
        region: Some(RegionChoice::EastJava { code: "3507".into() }),
        contact: Contact {
            phone: "0812-3456-7890".into(),
            email: "sumberrejeki@example.com".into(),
            website: "www.sumberrejeki.id".into(),
            ..Contact::default()
        },
        ..Profile::default()
    };
    assert_eq!(
        signature(&full, Role::Owner),
        [
            "Sri Wahyuni, Owner",
            "UD Sumber Rejeki",
            "Malang, East Java, Indonesia",
            "Phone / WhatsApp: +62 812-3456-7890",
            "E-mail: sumberrejeki@example.com",
            "Website: www.sumberrejeki.id",
        ]
    );
    assert_eq!(signature(&full, Role::Export)[0], "Sri Wahyuni, Export Manager");
    // Nothing entered yet: her role and the country, nothing made up.
    assert_eq!(signature(&Profile::default(), Role::Owner), ["Owner", "Indonesia"]);
    // A phone that cannot be made international is kept as she typed it, on one line.
    let mut odd = full.clone();
    odd.contact.phone = "ext.\n12".into();
    assert!(signature(&odd, Role::Owner).contains(&"Phone / WhatsApp: ext. 12".to_string()));
    // A phone of nothing but control characters is no phone: no empty line for it.
    odd.contact.phone = "\u{1}\u{2}".into();
    assert!(
        signature(&odd, Role::Owner).iter().all(|line| !line.starts_with("Phone")),
        "{:?}",
        signature(&odd, Role::Owner)
    );
    // The address is for the catalogue's cover, not the signature.
    odd.contact.address = "Jl. Raya 1".into();
    assert!(!signature(&odd, Role::Owner).join("\n").contains("Jl. Raya"));
    // Roles by their codes.
    for role in Role::ALL {
        assert_eq!(Role::from_code(role.code()), Some(role));
    }
    assert_eq!(Role::from_code("boss"), None);
}
