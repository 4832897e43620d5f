//! Her English e-mail signature: name, role, business, where it is (always ending "Indonesia"),
//! phone in international form with WhatsApp, e-mail and website, each line only when she gave it.

use crate::domain::model::{ContactField, Profile, RegionChoice};
use crate::domain::regions::{self, RegionKind};
use crate::domain::text::one_line;

/// Where the business is, as a buyer abroad reads it: `Malang, East Java, Indonesia`; the place she
/// typed for another province, then `Indonesia`; just `Indonesia` while she has not said.
pub fn place_line(profile: &Profile) -> String {
    let place = match &profile.region {
        Some(RegionChoice::EastJava { code }) => regions::find(code).map(|r| match r.kind {
            // A regency and a city can share a name (Malang): the city says so.
            RegionKind::Regency => format!("{}, East Java", r.name),
            RegionKind::City => format!("{} City, East Java", r.name),
        }),
        Some(RegionChoice::OtherProvince) => Some(one_line(&profile.other_region)).filter(|p| !p.is_empty()),
        None => None,
    };
    match place {
        Some(place) if ends_with_indonesia(&place) => place,
        Some(place) => format!("{place}, Indonesia"),
        None => "Indonesia".to_string(),
    }
}

fn ends_with_indonesia(place: &str) -> bool {
    place.trim_end_matches(['.', ' ']).to_lowercase().ends_with("indonesia")
}

/// A phone number as a buyer abroad dials it: `0812-3456-7890`, `62 812…`, `+62 812…` all become
/// `+62 812-3456-7890` (her grouping kept); `None` when it has too few or too many digits to be
/// an Indonesian number, or letters.
pub fn international_phone(text: &str) -> Option<String> {
    let text = one_line(text);
    // Letters or other signs: not a number to rewrite (an empty text has no digits, below).
    if !text.chars().all(|c| c.is_ascii_digit() || " -.()+".contains(c)) {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    // 8 to 13 digits after the country code: landlines and mobiles.
    let national = if let Some(rest) = digits.strip_prefix("62") { rest } else { digits.strip_prefix('0')? };
    if !(8..=13).contains(&national.len()) || national.starts_with('0') {
        return None;
    }
    // Her grouping after the prefix, if she used one; else groups of 3-4-4 as written in Indonesia.
    let rest = text.trim_start_matches(['+', ' ', '-', '(', ')', '.']);
    let rest = rest.strip_prefix("62").or_else(|| rest.strip_prefix('0')).unwrap_or(rest);
    let rest = rest.trim_start_matches([' ', '-', '(', ')', '.']);
    let grouped = if rest.chars().any(|c| !c.is_ascii_digit()) {
        rest.replace(['(', ')'], "").split([' ', '-', '.']).filter(|g| !g.is_empty()).collect::<Vec<_>>().join("-")
    } else {
        let (a, b) = national.split_at(3.min(national.len()));
        let (b, c) = b.split_at(4.min(b.len()));
        [a, b, c].iter().filter(|g| !g.is_empty()).copied().collect::<Vec<_>>().join("-")
    };
    Some(format!("+62 {grouped}"))
}

crate::code_enum! {
    /// What she adds on the page (a profile does not say it): her role, in English as a buyer
    /// reads it.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Role: code {
        #[default]
        Owner = "owner",
        Founder = "founder",
        Director = "director",
        Marketing = "marketing",
        Export = "export",
    }
}

impl Role {
    /// As it stands in the signature.
    pub fn english(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Founder => "Founder",
            Role::Director => "Director",
            Role::Marketing => "Marketing Manager",
            Role::Export => "Export Manager",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The signature, one line each: name and role, business, place, phone with WhatsApp, e-mail,
/// website. A line she has not given is left out; the place line is always there.
pub fn signature(profile: &Profile, role: Role) -> Vec<String> {
    let mut lines = Vec::new();
    let name = one_line(&profile.owner_name);
    lines.push(if name.is_empty() { role.english().to_string() } else { format!("{name}, {}", role.english()) });
    let business = one_line(&profile.business_name);
    if !business.is_empty() {
        lines.push(business);
    }
    lines.push(place_line(profile));
    for (field, value) in contact_lines(profile) {
        if field != ContactField::Address {
            lines.push(format!("{}: {value}", contact_english(field)));
        }
    }
    lines
}

/// Her contact details as a buyer reads them, in the profile's order, each only when she gave
/// it: the address on one line, the phone in `+62` form when it reads as a number (else as she
/// typed it), e-mail and website as typed. The signature, the catalogue's cover and its web page
/// all say them so. The year founded and the head count are facts, not contact: left out.
pub fn contact_lines(profile: &Profile) -> Vec<(ContactField, String)> {
    let contact = &profile.contact;
    let address = contact.address.lines().map(one_line).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(", ");
    let phone = international_phone(&contact.phone).unwrap_or_else(|| one_line(&contact.phone));
    [
        (ContactField::Address, address),
        (ContactField::Phone, phone),
        (ContactField::Email, one_line(&contact.email)),
        (ContactField::Website, one_line(&contact.website)),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .collect()
}

/// A contact detail's label in the English a buyer reads (her language's is the profile's label,
/// `i18n::profile::contact_label`).
pub fn contact_english(field: ContactField) -> &'static str {
    match field {
        ContactField::Address => "Address",
        ContactField::Phone => "Phone / WhatsApp",
        ContactField::Email => "E-mail",
        ContactField::Website => "Website",
        ContactField::Founded => "Founded",
        ContactField::Staff => "Staff",
    }
}
