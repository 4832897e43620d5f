//! The business profile's helpful checks and its completion. Hints never block saving: everything
//! she types is kept as typed, and the hints only say what would make the profile more useful.

use super::classify::save::check_location;
use super::model::{HeldDocument, Product, Profile, RegionChoice};
use super::progress::Progress;
use super::route::{Location, Route};

/// Something worth telling her about the profile. Pages turn each into a sentence in her language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileHint {
    /// The business name appears in reports and listings.
    BusinessNameMissing,
    RegionMissing,
    /// "Other province" chosen but not named.
    OtherRegionMissing,
    NoProducts,
    /// A product with a description but no name (by id).
    ProductNameMissing(u32),
    /// "Other document" ticked but not named.
    OtherDocumentMissing,
}

pub fn hints(profile: &Profile) -> Vec<ProfileHint> {
    let mut hints = Vec::new();
    if profile.business_name.trim().is_empty() {
        hints.push(ProfileHint::BusinessNameMissing);
    }
    match profile.region {
        None => hints.push(ProfileHint::RegionMissing),
        Some(RegionChoice::OtherProvince) if profile.other_region.trim().is_empty() => {
            hints.push(ProfileHint::OtherRegionMissing)
        }
        _ => {}
    }
    if !profile.products.iter().any(|p| !p.name.trim().is_empty()) {
        hints.push(ProfileHint::NoProducts);
    }
    for product in &profile.products {
        if product.name.trim().is_empty() && !product.description.trim().is_empty() {
            hints.push(ProfileHint::ProductNameMissing(product.id));
        }
    }
    if profile.documents.contains(&HeldDocument::Other) && profile.other_document.trim().is_empty() {
        hints.push(ProfileHint::OtherDocumentMissing);
    }
    hints
}

/// The eight sections of the sheet: business name, owner, region, products, documents held,
/// experience, channels, goals. "No documents yet" is a real answer only once she has said
/// something about her experience, so documents count when at least one is ticked.
pub fn completion(profile: &Profile) -> Progress {
    let sections = [
        !profile.business_name.trim().is_empty(),
        !profile.owner_name.trim().is_empty(),
        match &profile.region {
            Some(RegionChoice::EastJava { .. }) => true,
            Some(RegionChoice::OtherProvince) => !profile.other_region.trim().is_empty(),
            None => false,
        },
        profile.products.iter().any(|p| !p.name.trim().is_empty()),
        !profile.documents.is_empty(),
        profile.experience.is_some(),
        !profile.channels.is_empty(),
        !profile.goals.trim().is_empty(),
    ];
    Progress { done: sections.iter().filter(|s| **s).count(), total: sections.len() }
}

/// How many of her named products the classification tool has checked, of how many.
pub fn classified(profile: &Profile) -> (usize, usize) {
    let named = profile.products.iter().filter(|p| !p.name.trim().is_empty());
    let total = named.clone().count();
    let checked = named.filter(|p| p.class.is_some()).count();
    (checked, total)
}

/// Where a complete profile sends her: the sheet is the workshop's first step, checking her
/// products is the second. The first named product the classification tool has not checked yet,
/// or the checklist once every product is checked. `None` while the profile is incomplete: the
/// page's suggestions come first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AfterProfile {
    /// Check whether this product may be exported, the result saved for it.
    CheckProduct(Product),
    /// Every product checked: the papers and steps of the checklist.
    Checklist,
}

impl AfterProfile {
    pub fn location(&self) -> Location {
        match self {
            AfterProfile::CheckProduct(product) => check_location(product),
            AfterProfile::Checklist => Location::of(Route::Checklist),
        }
    }
}

pub fn after_profile(profile: &Profile) -> Option<AfterProfile> {
    let complete = completion(profile);
    if complete.done < complete.total {
        return None;
    }
    let unchecked = profile.products.iter().find(|p| !p.name.trim().is_empty() && p.class.is_none());
    Some(unchecked.map_or(AfterProfile::Checklist, |p| AfterProfile::CheckProduct(p.clone())))
}
