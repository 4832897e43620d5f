//! Her first e-mail to a buyer she has found (on a marketplace, at a fair, from a trade office's
//! list): a subject a buyer opens, who she is in one sentence, what she offers with the terms a
//! buyer compares (minimum order, price with its Incoterm® and place and until when it holds,
//! payment, delivery, samples), an invitation to answer, and her signature.
//!
//! Written by the buyer-reply rules already in the app (`listing::replies`): the key facts in
//! the first message, the Incoterm and named place with every price and how long it holds, a warm
//! tone that never asks the buyer to prove anything. Only what she entered is said.

use super::sheet::{Catalogue, Item};
use crate::domain::listing::generate::SpecLabel;
use crate::domain::text::one_line;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FirstEmail {
    pub subject: String,
    pub body: String,
}

/// The facts of one product, in the order a buyer compares offers.
const FACTS: [SpecLabel; 6] = [
    SpecLabel::MinimumOrder,
    SpecLabel::Price,
    SpecLabel::PaymentTerms,
    SpecLabel::DeliveryTime,
    SpecLabel::SupplyCapacity,
    SpecLabel::Samples,
];

/// The e-mail for the catalogue's products, to `buyer` (a name, or empty: "Sir or Madam"),
/// signed with `signature` (the lines of her e-mail signature).
pub fn first_email(catalogue: &Catalogue, buyer: &str, signature: &[String]) -> FirstEmail {
    let business = &catalogue.cover.business;
    let items = &catalogue.items;
    let offer = match items.as_slice() {
        [one] => one.title.clone(),
        _ => "Products".to_string(),
    };
    let from = if business.is_empty() { "Indonesia".to_string() } else { format!("{business}, Indonesia") };
    let subject = format!("{offer} from {from}");

    let buyer = one_line(buyer);
    let mut paragraphs =
        vec![if buyer.is_empty() { "Dear Sir or Madam,".to_string() } else { format!("Dear {buyer},") }];
    let mut about = catalogue.cover.profile.first().cloned().unwrap_or_default();
    if about.is_empty() {
        about = "We are a small business in Indonesia.".to_string();
    }
    if items.is_empty() {
        paragraphs.push(format!("{about} We would be glad to tell you about our products."));
    } else {
        paragraphs.push(format!("{about} We would like to offer you the following:"));
        paragraphs.extend(items.iter().map(product));
    }
    paragraphs.push(
        "If you are interested, please tell us the quantity you need and your destination, and we will gladly send \
         you a full quotation and our catalogue."
            .to_string(),
    );
    let sign = signature.iter().map(|line| one_line(line)).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    paragraphs.push(if sign.is_empty() { "Best regards,".to_string() } else { format!("Best regards,\n{sign}") });
    FirstEmail { subject, body: paragraphs.join("\n\n") }
}

/// A product: its title, then its facts as a list, each only when she gave it.
fn product(item: &Item) -> String {
    let mut lines = vec![item.title.clone()];
    for label in FACTS {
        if let Some((_, value)) = item.terms.iter().find(|(l, _)| *l == label) {
            lines.push(format!("- {}: {value}", label.english()));
            if label == SpecLabel::Price {
                if let Some(date) = &item.valid_until {
                    lines.push(format!("- Price valid until: {date}"));
                }
            }
        }
    }
    lines.join("\n")
}

/// A `mailto:` address that opens her mail app with the subject and body filled in (no request:
/// the link is handed to the phone's mail app).
pub fn mailto(email: &FirstEmail) -> String {
    use crate::domain::query::encode_component;
    format!("mailto:?subject={}&body={}", encode_component(&email.subject), encode_component(&email.body))
}
