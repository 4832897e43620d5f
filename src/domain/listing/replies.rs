//! English replies to a buyer, for the workshop's four rules: answer within 24 hours with the key
//! facts; when travelling, say so and give a date; ask when something is unclear; quote with the
//! Incoterm, the named place and how long the offer holds. Filled from the draft's listing; a
//! fact she has not filled in is left out, never written as a blank.
//!
//! The tone is always warm: no sentence asks the buyer to prove anything (docs/design.md: "never sound
//! suspicious of the buyer"). The page shows a fixed Indonesian gloss per [`ReplyKind`].

use super::draft::Draft;
use super::generate::{clean, Listing, SpecLabel};
use crate::domain::text::capitalize;

crate::code_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ReplyKind: code {
        /// Within 24 hours: thanks and the key facts.
        Thanks = "thanks",
        /// Travelling: a short reply with the reason and a date.
        Travelling = "travelling",
        /// Asking for quantity, specification and destination.
        Clarify = "clarify",
        /// A quotation with the Incoterm, the named place and its validity.
        Quotation = "quotation",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub kind: ReplyKind,
    pub english: String,
}

/// What the page knows that the draft does not. All optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReplyContext {
    /// The signature: her name and business, as the page composes it from the profile.
    pub sender: String,
    /// "5 December 2026": when she will reply fully (the travelling reply).
    pub reply_by: String,
    /// How many days the quotation holds ("30").
    pub validity_days: String,
}

/// The four replies, in [`ReplyKind::ALL`] order.
pub fn replies(draft: &Draft, listing: &Listing, context: &ReplyContext) -> Vec<Reply> {
    ReplyKind::ALL.into_iter().map(|kind| reply(kind, draft, listing, context)).collect()
}

pub fn reply(kind: ReplyKind, draft: &Draft, listing: &Listing, context: &ReplyContext) -> Reply {
    let product = if listing.product.is_empty() { "products" } else { listing.product.as_str() };
    let facts = |labels: &[SpecLabel]| -> Vec<String> {
        labels
            .iter()
            .filter_map(|label| listing.spec(*label).map(|value| format!("- {}: {value}", label.english())))
            .collect()
    };
    let mut paragraphs: Vec<String> = vec!["Dear Sir or Madam,".to_string()];
    match kind {
        ReplyKind::Thanks => {
            let facts = facts(&[
                SpecLabel::MinimumOrder,
                SpecLabel::Price,
                SpecLabel::Incoterm,
                SpecLabel::DeliveryTime,
                SpecLabel::PaymentTerms,
            ]);
            let opening = format!("Thank you for your inquiry about our {product}.");
            if facts.is_empty() {
                paragraphs.push(opening);
            } else {
                paragraphs.push(format!("{opening} Here are the main details:"));
                paragraphs.push(facts.join("\n"));
            }
            paragraphs.push(
                "Please tell us the quantity you need and your destination, and we will gladly send you a full quotation."
                    .to_string(),
            );
        }
        ReplyKind::Travelling => {
            let date = clean(&context.reply_by);
            let when = if date.is_empty() { "as soon as I am back".to_string() } else { format!("by {date}") };
            paragraphs.push(format!(
                "Thank you for your message about our {product}. I am travelling at the moment and will reply to you fully {when}."
            ));
            paragraphs.push("Thank you for your patience.".to_string());
        }
        ReplyKind::Clarify => {
            let quantity = match listing.spec(SpecLabel::MinimumOrder) {
                Some(moq) => format!("- the quantity you need (our minimum order is {moq})"),
                None => "- the quantity you need".to_string(),
            };
            paragraphs.push(format!(
                "Thank you for your inquiry about our {product}. So that we can prepare an accurate offer for you, could you please tell us:"
            ));
            paragraphs.push(
                [
                    quantity.as_str(),
                    "- the specification you prefer, such as size or packaging",
                    "- your destination port or city",
                ]
                .join("\n"),
            );
            paragraphs.push("We look forward to hearing from you.".to_string());
        }
        ReplyKind::Quotation => {
            let mut lines = Vec::new();
            if !listing.product.is_empty() {
                lines.push(format!("- Product: {}", capitalize(&listing.product)));
            }
            lines.extend(facts(&[
                SpecLabel::Material,
                SpecLabel::Ingredients,
                SpecLabel::Size,
                SpecLabel::Weight,
                SpecLabel::Volume,
                SpecLabel::Packaging,
                SpecLabel::Price,
                SpecLabel::Incoterm,
                SpecLabel::MinimumOrder,
                SpecLabel::PaymentTerms,
                SpecLabel::DeliveryTime,
            ]));
            let validity = clean(&context.validity_days);
            if !validity.is_empty() {
                let days = match validity.as_str() {
                    "1" => "1 day".to_string(),
                    v if v.chars().all(|c| c.is_ascii_digit()) => format!("{v} days"),
                    v => v.to_string(),
                };
                lines.push(format!("- Validity: this quotation is valid for {days}"));
            }
            let opening = format!("Thank you for your interest in our {product}.");
            if lines.is_empty() {
                paragraphs.push(opening);
            } else {
                paragraphs.push(format!("{opening} We are pleased to quote as follows:"));
                paragraphs.push(lines.join("\n"));
            }
            if listing.price_line.is_none() {
                paragraphs.push("We will confirm the price for your quantity and destination.".to_string());
            }
            paragraphs.push("We look forward to your order.".to_string());
        }
    }
    let sender = [clean(&context.sender), clean(&draft.brand)].into_iter().find(|s| !s.is_empty());
    paragraphs.push(match sender {
        Some(sender) => format!("Best regards,\n{sender}"),
        None => "Best regards,".to_string(),
    });
    Reply { kind, english: paragraphs.join("\n\n") }
}
