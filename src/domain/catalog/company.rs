//! The short English company profile on the catalogue's cover and the web page: who she is and
//! where, since when and how many people, what she makes, how much a month, which registrations
//! and certificates she holds, and how she has exported. Only what she entered: a fact she left
//! empty drops out with its words, never leaving "founded in ," or an empty list behind.
//!
//! The Indonesian text says the same thing in her language, so that she can check what the
//! English claims for her before she sends it (the names of products, places and certificates
//! stay as the catalogue writes them).

use crate::domain::lang::Lang;
use crate::domain::listing::draft::{Certification, Draft};
use crate::domain::listing::generate::{Listing, SpecLabel};
use crate::domain::model::{ExportExperience, HeldDocument, Profile};
use crate::domain::text::one_line;

use super::signature::place_line;

/// What the profile says, gathered from her profile and the listings in the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompanyFacts {
    /// Her business's name as typed; empty: the text says "We".
    pub business: String,
    /// `Malang, East Java, Indonesia`, or just `Indonesia` ([`place_line`]).
    pub place: String,
    /// The year it was founded, when her text holds one (`2015`, `sejak 2015`).
    pub founded: Option<u16>,
    /// How many people work in it, as a number or a range (`12`, `5-10`).
    pub staff: Option<String>,
    pub products: Vec<Named>,
    /// A product's monthly supply capacity: (product, capacity), in English as the listing
    /// writes it and in her words.
    pub capacities: Vec<(Named, Named)>,
    /// Registrations and certificates, named as a buyer abroad reads them, without repeats.
    pub certificates: Vec<String>,
    pub experience: Option<ExportExperience>,
}

/// A product in both languages: the listing's English phrase and her own name for it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    pub en: String,
    pub id: String,
}

impl Named {
    fn pick(&self, lang: Lang) -> &str {
        lang.pick(&self.id, &self.en)
    }
}

/// The facts from her profile and the catalogue's listings (each draft with its listing).
pub fn facts(profile: &Profile, listings: &[(&Draft, &Listing)]) -> CompanyFacts {
    let named = |draft: &Draft, listing: &Listing| {
        let en = listing.product.clone();
        let id = one_line(&draft.name);
        Named { id: if id.is_empty() { en.clone() } else { id }, en }
    };
    let mut products: Vec<Named> = Vec::new();
    let mut capacities = Vec::new();
    for (draft, listing) in listings {
        let product = named(draft, listing);
        if product.en.is_empty() {
            continue;
        }
        if let Some(capacity) = listing.spec(SpecLabel::SupplyCapacity) {
            let hers = one_line(&format!("{} {}", draft.capacity, draft.capacity_unit));
            let id = if hers.to_lowercase().contains("bulan") { hers } else { format!("{hers} per bulan") };
            capacities.push((product.clone(), Named { en: capacity.to_string(), id }));
        }
        if !products.iter().any(|p| p.en.eq_ignore_ascii_case(&product.en)) {
            products.push(product);
        }
    }
    let mut certificates: Vec<String> = Vec::new();
    let mut add = |name: String| {
        if !name.is_empty() && !certificates.iter().any(|c| c.eq_ignore_ascii_case(&name)) {
            certificates.push(name);
        }
    };
    for document in &profile.documents {
        match document {
            HeldDocument::Other => add(one_line(&profile.other_document)),
            other => add(held_document(*other).unwrap_or_default().to_string()),
        }
    }
    for (draft, _) in listings {
        for certification in &draft.certifications {
            match certification {
                Certification::Other => add(one_line(&draft.other_certification)),
                // The listing explains Indonesian registrations at length; the profile's list
                // names them as the profile does.
                Certification::Bpom => add("BPOM registration".to_string()),
                Certification::Pirt => add("P-IRT home-industry food permit".to_string()),
                Certification::Svlk => add("SVLK timber legality".to_string()),
                other => add(other.english().to_string()),
            }
        }
    }
    CompanyFacts {
        business: one_line(&profile.business_name),
        place: place_line(profile),
        founded: year(&profile.contact.founded),
        staff: staff(&profile.contact.staff),
        products,
        capacities,
        certificates,
        experience: profile.experience,
    }
}

/// A held paper as a buyer reads it; `None` for the tax number, which tells a buyer nothing.
pub fn held_document(document: HeldDocument) -> Option<&'static str> {
    Some(match document {
        HeldDocument::Npwp => return None,
        HeldDocument::Nib => "NIB business registration",
        HeldDocument::NibCustoms => "NIB business registration with customs access",
        HeldDocument::Pirt => "P-IRT home-industry food permit",
        HeldDocument::Bpom => "BPOM registration",
        HeldDocument::Halal => "Halal",
        HeldDocument::SvlkVLegal => "SVLK timber legality",
        HeldDocument::Haccp => "HACCP",
        HeldDocument::Other => return None,
    })
}

/// The first four-digit year from 1900 to 2100 in her text.
pub fn year(text: &str) -> Option<u16> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<u16>().ok())
        .find(|y| (1900..=2100).contains(y))
}

/// The number of people in her text: the first number, or range of two (`5-10`, `5 – 10`);
/// `None` without one, or for zero.
pub fn staff(text: &str) -> Option<String> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = text.get(start..)?;
    let first: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest.get(first.len()..).unwrap_or_default().trim_start();
    let second = after
        .strip_prefix(['-', '–'])
        .map(|r| r.trim_start().chars().take_while(char::is_ascii_digit).collect::<String>())
        .filter(|s| !s.is_empty());
    let number = |s: &str| s.trim_start_matches('0').to_string();
    let first = number(&first);
    if first.is_empty() {
        return None;
    }
    Some(match second.map(|s| number(&s)) {
        Some(second) if !second.is_empty() && second != first => format!("{first}-{second}"),
        _ => first,
    })
}

/// The profile as sentences, in her language or in English.
pub fn profile_text(facts: &CompanyFacts, lang: Lang) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut about = match (facts.business.is_empty(), lang) {
        (true, Lang::En) => format!("We are a small business in {}", facts.place),
        (true, Lang::Id) => format!("Kami adalah usaha kecil di {}", facts.place),
        (false, Lang::En) => format!("{} is a small business in {}", facts.business, facts.place),
        (false, Lang::Id) => format!("{} adalah usaha kecil di {}", facts.business, facts.place),
    };
    if let Some(year) = facts.founded {
        about.push_str(&lang.pick(format!(", berdiri sejak {year}"), format!(", founded in {year}")));
    }
    if let Some(staff) = &facts.staff {
        let people = match lang {
            Lang::Id => format!(", dengan {staff} karyawan"),
            Lang::En if staff == "1" => ", with 1 employee".to_string(),
            Lang::En => format!(", with {staff} employees"),
        };
        about.push_str(&people);
    }
    sentences.push(end(&about));
    if !facts.products.is_empty() {
        let names: Vec<&str> = facts.products.iter().map(|p| p.pick(lang).trim_end_matches(['.', ' '])).collect();
        sentences.push(end(&format!("{} {}", lang.pick("Produk kami:", "Our products:"), list(&names, lang))));
    }
    match facts.capacities.as_slice() {
        [] => {}
        [(_, capacity)] => sentences.push(end(&format!(
            "{} {}",
            lang.pick("Kapasitas pasokan:", "Supply capacity:"),
            capacity.pick(lang)
        ))),
        many => {
            let each: Vec<String> = many
                .iter()
                .map(|(product, capacity)| format!("{} ({})", capacity.pick(lang), product.pick(lang)))
                .collect();
            sentences.push(end(&format!(
                "{} {}",
                lang.pick("Kapasitas pasokan:", "Supply capacity:"),
                each.join("; ")
            )));
        }
    }
    if !facts.certificates.is_empty() {
        let names: Vec<&str> = facts.certificates.iter().map(|c| c.trim_end_matches(['.', ' '])).collect();
        sentences.push(end(&format!(
            "{} {}",
            lang.pick("Izin dan sertifikat:", "Registrations and certificates:"),
            list(&names, lang)
        )));
    }
    match facts.experience {
        Some(ExportExperience::ThroughTrader) => sentences.push(
            lang.pick(
                "Produk kami sudah diekspor melalui mitra dagang.",
                "Our products have already been exported through trading partners.",
            )
            .to_string(),
        ),
        Some(ExportExperience::Direct) => sentences.push(
            lang.pick(
                "Kami sudah mengekspor langsung ke pembeli luar negeri.",
                "We already export directly to buyers abroad.",
            )
            .to_string(),
        ),
        Some(ExportExperience::NotYet) | None => {}
    }
    sentences.push(lang.pick("Kami menunggu pertanyaan Anda.", "We look forward to your enquiry.").to_string());
    sentences
}

/// One full stop at the end, whatever her last word ended with.
fn end(sentence: &str) -> String {
    format!("{}.", sentence.trim_end_matches(['.', ' ']))
}

/// `a`, `a and b`, `a, b and c` (Indonesian `dan`).
fn list(items: &[&str], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.pick("dan", "and")),
    }
}
