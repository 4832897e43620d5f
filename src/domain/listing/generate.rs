//! The English listing from her draft: title, short description, specification table, full text
//! and price line.
//!
//! Every sentence is assembled from parts that are either present or absent as a whole, so an
//! empty field drops out with its label, its preposition and its comma: no "with .", no ", ,", no
//! empty bullet, whatever combination she filled. Her text goes through the glossary; numbers,
//! units and names stay as she typed them. Deterministic: the same draft gives the same listing.

use super::draft::{Certification, Draft, PaymentTerm, Process};
use super::glossary::Glossary;
use crate::domain::incoterms::{quote_line, Incoterm};
use crate::domain::lang::Lang;
use crate::domain::money::{format_money, parse_amount, AmountError, Currency, Money};
use crate::domain::text::{capitalize, one_line};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// The generated title (her edit, if any, is in [`Draft::title`]; see [`title`]).
    pub title: String,
    pub short_description: String,
    /// The specification table and the trade terms, in the order of the full text.
    pub specs: Vec<(SpecLabel, String)>,
    pub full_text: String,
    /// `USD 5.80/kg FOB Tanjung Perak, Surabaya (Incoterms® 2020)`; `None` without a readable price.
    pub price_line: Option<String>,
    /// Her words the glossary did not know, in order, without repeats.
    pub untranslated: Vec<String>,
    /// The product as it reads inside a sentence ("handmade natural rattan chair"); empty when
    /// she named none. The buyer replies use it.
    pub product: String,
}

impl Listing {
    /// The specification table as she pastes it into a marketplace form: one `Label: value` a line.
    pub fn specs_text(&self) -> String {
        self.specs.iter().map(|(label, value)| format!("{}: {value}", label.english())).collect::<Vec<_>>().join("\n")
    }
}

impl Listing {
    pub fn spec(&self, label: SpecLabel) -> Option<&str> {
        self.specs.iter().find(|(l, _)| *l == label).map(|(_, v)| v.as_str())
    }
}

/// The title she will post: her edit if she made one, else the generated one.
pub fn title<'a>(draft: &'a Draft, listing: &'a Listing) -> &'a str {
    draft.title.as_deref().unwrap_or(&listing.title)
}

/// A row of the specification table. The page shows the Indonesian beside [`SpecLabel::english`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecLabel {
    Product,
    Brand,
    Category,
    Material,
    /// The material of food (when a food certificate or food processing is ticked).
    Ingredients,
    Size,
    Weight,
    /// A weight field in ml or litres.
    Volume,
    Colour,
    Origin,
    Processing,
    Packaging,
    Certifications,
    MinimumOrder,
    Price,
    /// The Incoterm and place when there is no price to carry them.
    Incoterm,
    /// The named place of FAS and FOB.
    LoadingPort,
    /// The named place of CFR and CIF.
    DestinationPort,
    PaymentTerms,
    DeliveryTime,
    SupplyCapacity,
    Samples,
    TargetMarkets,
}

impl SpecLabel {
    pub fn english(self) -> &'static str {
        match self {
            SpecLabel::Product => "Product",
            SpecLabel::Brand => "Brand",
            SpecLabel::Category => "Category",
            SpecLabel::Material => "Material",
            SpecLabel::Ingredients => "Ingredients",
            SpecLabel::Size => "Size",
            SpecLabel::Weight => "Weight",
            SpecLabel::Volume => "Volume",
            SpecLabel::Colour => "Colours and variants",
            SpecLabel::Origin => "Origin",
            SpecLabel::Processing => "Processing",
            SpecLabel::Packaging => "Packaging",
            SpecLabel::Certifications => "Certifications",
            SpecLabel::MinimumOrder => "Minimum order",
            SpecLabel::Price => "Price",
            SpecLabel::Incoterm => "Trade term",
            SpecLabel::LoadingPort => "Port of loading",
            SpecLabel::DestinationPort => "Port of destination",
            SpecLabel::PaymentTerms => "Payment terms",
            SpecLabel::DeliveryTime => "Delivery time",
            SpecLabel::SupplyCapacity => "Supply capacity",
            SpecLabel::Samples => "Samples",
            SpecLabel::TargetMarkets => "Target markets",
        }
    }

    /// Trade terms rather than the product's specification: the second block of the full text.
    pub fn is_term(self) -> bool {
        matches!(
            self,
            SpecLabel::MinimumOrder
                | SpecLabel::Price
                | SpecLabel::Incoterm
                | SpecLabel::LoadingPort
                | SpecLabel::DestinationPort
                | SpecLabel::PaymentTerms
                | SpecLabel::DeliveryTime
                | SpecLabel::SupplyCapacity
                | SpecLabel::Samples
                | SpecLabel::TargetMarkets
        )
    }
}

/// Characters Amazon refuses in a title; kept out of every generated title.
pub const BANNED_TITLE_CHARS: [char; 9] = ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'];

/// Words a title keeps in lower case (unless first), and that never count as repeated.
pub(crate) const SMALL_WORDS: [&str; 11] = ["a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with"];

pub fn generate(draft: &Draft, glossary: &Glossary) -> Listing {
    // Her brand and her town are names wherever she writes them: kept as typed, never translated
    // (a brand "Rotan Jaya" is not "rattan great") nor reported.
    let names: Vec<String> = [clean(&draft.brand), clean(draft.origin.split(',').next().unwrap_or_default())]
        .into_iter()
        .filter(|n| n.chars().count() >= 2)
        .map(|n| n.to_lowercase())
        .collect();
    let mut w = Words { glossary, untranslated: Vec::new(), names };
    // The noun phrase's parts sit inside sentences: a phone's automatic capital goes.
    let name = lower_first(&w.en(&draft.name));
    let category = lower_first(&w.en(&draft.category));
    let material = lower_first(&w.en(&draft.material));
    let size = w.en(&draft.size);
    let weight = w.en(&draft.weight);
    let colour = w.en(&draft.colour);
    let packaging = w.en(&draft.packaging);
    let brand = clean(&draft.brand);
    let origin = origin(&draft.origin);
    let place = clean(&draft.place);
    let moq = w.quantity(&draft.moq, &draft.moq_unit);
    let mut capacity = w.quantity(&draft.capacity, &draft.capacity_unit);
    if !capacity.is_empty() && !has_phrase(&capacity, "month") && !has_phrase(&capacity, "bulan") {
        capacity.push_str(" per month");
    }
    let delivery = delivery(&w.en(&draft.delivery_days));
    let price_unit = singular(&lower_first(&w.en(&draft.price_unit)));
    let other_certification = w.en(&draft.other_certification);
    let target = w.en(&draft.target_market);

    // The noun phrase: up to two processing adjectives, a short material, the product noun last.
    // A material word the noun already has ("rattan chair") is not said twice.
    let short_material = is_short(&material);
    let noun = [&name, &category].into_iter().find(|n| !n.is_empty()).cloned().unwrap_or_default();
    let noun = if noun.is_empty() && short_material { material.clone() } else { noun };
    let before_noun: Vec<&str> =
        if short_material { material.split(' ').filter(|m| !has_phrase(&noun, m)).collect() } else { Vec::new() };
    let mut product = String::new();
    if !noun.is_empty() {
        let mut parts: Vec<&str> = Vec::new();
        let said = format!("{material} {noun}");
        for process in draft.processing.iter().filter(|p| p.is_adjective()).map(|p| p.english()) {
            let head = process.rsplit('-').next().unwrap_or(process);
            if parts.len() < 2 && !has_phrase(&said, process) && !has_phrase(&said, head) {
                parts.push(process);
            }
        }
        parts.extend(before_noun);
        parts.push(&noun);
        product = parts.join(" ");
    }

    let certified: Vec<&str> = draft
        .certifications
        .iter()
        .filter(|c| !(**c == Certification::Organic && draft.processing.contains(&Process::Organic)))
        .filter_map(|c| c.title_word())
        .collect();
    let title = make_title(&product, &weight, &size, &certified, draft.marketplace.title_limit());

    // Short description: what it is and where from; then certificates, minimum order, delivery.
    let mut first = capitalize(&product);
    if first.is_empty() && (!origin.is_empty() || !material.is_empty()) {
        first = "Products".to_string();
    }
    if !origin.is_empty() {
        first = format!("{first} from {origin}");
    }
    if !material.is_empty() && !short_material {
        let comma = if product.is_empty() && origin.is_empty() { "" } else { "," };
        let material = match material.rsplit_once(", ") {
            Some((head, last)) if !has_phrase(&material, "and") => format!("{head} and {last}"),
            _ => material.clone(),
        };
        first = format!("{first}{comma} made from {material}");
    }
    let mut second: Vec<String> = Vec::new();
    if !certified.is_empty() {
        second.push(format!("{} certified", join_and(&certified)));
    }
    if !moq.is_empty() {
        second.push(format!("minimum order {moq}"));
    }
    if !delivery.is_empty() {
        second.push(format!("delivery in {delivery}"));
    }
    let short_description = [first, second.join(", ")]
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| capitalize(s) + ".")
        .collect::<Vec<_>>()
        .join(" ");

    // The table, in the order of the full text.
    let food = draft.certifications.iter().any(|c| c.is_food()) || draft.processing.iter().any(|p| p.is_food());
    let mut certs: Vec<&str> = draft.certifications.iter().map(|c| c.english()).filter(|c| !c.is_empty()).collect();
    if draft.certifications.contains(&Certification::Other) && !other_certification.is_empty() {
        certs.push(&other_certification);
    }
    let price_line = read_price(draft).ok().map(|money| match draft.incoterm {
        Some(rule) => quote_line(rule, money, &price_unit, &place, None),
        None if price_unit.is_empty() => format_money(money, Lang::En),
        None => format!("{}/{price_unit}", format_money(money, Lang::En)),
    });
    let term = match (draft.incoterm, &price_line) {
        (Some(rule), None) if place.is_empty() => format!("{} (Incoterms® 2020)", rule.code()),
        (Some(rule), None) => format!("{} {place} (Incoterms® 2020)", rule.code()),
        _ => String::new(),
    };
    let port = match draft.incoterm {
        Some(Incoterm::Fas | Incoterm::Fob) => SpecLabel::LoadingPort,
        Some(Incoterm::Cfr | Incoterm::Cif) => SpecLabel::DestinationPort,
        _ => SpecLabel::Incoterm,
    };
    let mut payment: Vec<PaymentTerm> = draft.payment.iter().copied().collect();
    payment.sort_by_key(|t| t.risk_rank());
    let payment: Vec<String> = payment.into_iter().map(|t| payment_english(t, &draft.deposit_percent)).collect();
    let rows = [
        (SpecLabel::Product, name),
        (SpecLabel::Brand, brand),
        (SpecLabel::Category, category),
        (if food { SpecLabel::Ingredients } else { SpecLabel::Material }, material),
        (SpecLabel::Size, size),
        (if is_volume(&weight) { SpecLabel::Volume } else { SpecLabel::Weight }, weight),
        (SpecLabel::Colour, colour),
        (SpecLabel::Origin, origin),
        (SpecLabel::Processing, draft.processing.iter().map(|p| p.english()).collect::<Vec<_>>().join(", ")),
        (SpecLabel::Packaging, packaging),
        (SpecLabel::Certifications, certs.join(", ")),
        (SpecLabel::MinimumOrder, moq),
        (SpecLabel::Price, price_line.clone().unwrap_or_default()),
        (SpecLabel::Incoterm, term),
        (port, if port == SpecLabel::Incoterm { String::new() } else { place }),
        (SpecLabel::PaymentTerms, payment.join("; ")),
        (SpecLabel::DeliveryTime, delivery),
        (SpecLabel::SupplyCapacity, capacity),
        (SpecLabel::Samples, draft.sample.map(|s| s.english().to_string()).unwrap_or_default()),
        (SpecLabel::TargetMarkets, target),
    ];
    let specs: Vec<(SpecLabel, String)> =
        rows.into_iter().filter(|(_, v)| !v.is_empty()).map(|(l, v)| (l, capitalize(&v))).collect();

    let block = |heading: &str, terms: bool| {
        let lines: Vec<String> = specs
            .iter()
            .filter(|(l, _)| l.is_term() == terms)
            .map(|(l, v)| format!("- {}: {v}", l.english()))
            .collect();
        if lines.is_empty() {
            String::new()
        } else {
            format!("{heading}\n{}", lines.join("\n"))
        }
    };
    let full_text = [short_description.clone(), block("Specifications:", false), block("Terms:", true)]
        .into_iter()
        .filter(|b| !b.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");

    Listing { title, short_description, specs, full_text, price_line, untranslated: w.untranslated, product }
}

/// Her price as money: read in the currency she chose, or in the other one when she typed its
/// sign (`Rp 85.000` with USD chosen). `Err(AmountError::Empty)` when she typed none.
pub fn read_price(draft: &Draft) -> Result<Money, AmountError> {
    let currency = draft.currency();
    match parse_amount(&draft.price, currency) {
        Ok(amount) => Ok(Money { currency, amount }),
        Err(AmountError::WrongCurrency) => {
            let other = if currency == Currency::Usd { Currency::Idr } else { Currency::Usd };
            parse_amount(&draft.price, other).map(|amount| Money { currency: other, amount })
        }
        Err(e) => Err(e),
    }
}

/// Her words through the glossary, remembering the ones it did not know.
struct Words<'a> {
    glossary: &'a Glossary,
    untranslated: Vec<String>,
    /// Her names (brand, town), lower case: kept as typed.
    names: Vec<String>,
}

impl Words<'_> {
    fn en(&mut self, text: &str) -> String {
        let text = clean(text);
        if text.is_empty() {
            return text;
        }
        let english = self.keeping_names(&text);
        counted_time(&english_numbers(&clean(&english)))
    }

    /// Her text through the glossary, her names in it as she typed them.
    fn keeping_names(&mut self, text: &str) -> String {
        let lower = text.to_lowercase();
        // Offsets found in the lower-case text cut the typed text only when both have the same bytes.
        let found = (lower.len() == text.len())
            .then(|| self.names.iter().filter_map(|n| find_phrase(&lower, n).map(|at| (at, n.len()))).min())
            .flatten();
        let cut = found.and_then(|(at, len)| Some((text.get(..at)?, text.get(at..at + len)?, text.get(at + len..)?)));
        match cut {
            Some((before, name, after)) => {
                let mut out = self.translate(before);
                out.push_str(name);
                out.push_str(&self.keeping_names(after));
                out
            }
            None => self.translate(text),
        }
    }

    /// A part of her text through the glossary, the blanks around it kept.
    fn translate(&mut self, part: &str) -> String {
        let core = part.trim();
        if core.is_empty() {
            return part.to_string();
        }
        let lead = part.get(..part.len() - part.trim_start().len()).unwrap_or_default();
        let trail = part.get(part.trim_end().len()..).unwrap_or_default();
        let translated = self.glossary.translate(core);
        for word in translated.untranslated {
            if !word.trim().is_empty() && !self.untranslated.contains(&word) {
                self.untranslated.push(word);
            }
        }
        format!("{lead}{}{trail}", translated.english)
    }

    /// "500 cartons": the quantity with its unit, plural unless the quantity is 1. A unit without
    /// a quantity says nothing.
    fn quantity(&mut self, quantity: &str, unit: &str) -> String {
        let quantity = self.en(quantity);
        let unit = self.en(unit);
        if quantity.is_empty() || unit.is_empty() || quantity.to_lowercase().ends_with(&unit.to_lowercase()) {
            return quantity;
        }
        let unit = if quantity == "1" { unit } else { plural(&unit) };
        format!("{quantity} {unit}")
    }
}

/// One line, blanks collapsed, trimmed of the punctuation the templates add themselves.
pub(crate) fn clean(text: &str) -> String {
    one_line(text)
        .replace(" ,", ",")
        .trim_start_matches(|c: char| c.is_whitespace() || ",;:.-•*".contains(c))
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:.!?".contains(c))
        .to_string()
}

/// "Chair" → "chair", as a phone capitalises the first letter she types; "BPOM", "iPhone" and a
/// single letter stay.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

/// "a", "a and b", "a, b and c".
pub(crate) fn join_and(items: &[&str]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

/// Whether `phrase` occurs in `text` as whole words, ignoring case.
pub(crate) fn has_phrase(text: &str, phrase: &str) -> bool {
    find_phrase(&text.to_lowercase(), &phrase.to_lowercase()).is_some()
}

/// Where `phrase` occurs in `text` (both lower case) with no letter or digit joined to it.
pub(crate) fn find_phrase(text: &str, phrase: &str) -> Option<usize> {
    if phrase.is_empty() {
        return None;
    }
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(phrase).map(|(i, _)| i).find(|&i| {
        let before = text.get(..i).and_then(|s| s.chars().next_back());
        let after = text.get(i + phrase.len()..).and_then(|s| s.chars().next());
        let first = phrase.chars().next();
        let last = phrase.chars().next_back();
        (edge(first) || edge(before)) && (edge(last) || edge(after))
    })
}

/// Short enough to stand before the noun: one material, at most three words.
fn is_short(material: &str) -> bool {
    !material.is_empty()
        && material.split(' ').count() <= 3
        && material.chars().count() <= 30
        && !material.contains([',', ';', '/', '&', '(', '+'])
        && !has_phrase(material, "and")
}

/// The origin city, with "Jawa Timur" in English and the country added. Not through the
/// glossary: city names are names (Batu is a city, not a stone).
fn origin(text: &str) -> String {
    let mut text = clean(text);
    for local in ["jawa timur", "jatim"] {
        if let Some(i) = find_phrase(&text.to_ascii_lowercase(), local) {
            text.replace_range(i..i + local.len(), "East Java");
        }
    }
    if text.is_empty() || has_phrase(&text, "indonesia") {
        text
    } else {
        format!("{text}, Indonesia")
    }
}

/// "30 days after order confirmation" from a bare number or range; her words otherwise.
fn delivery(text: &str) -> String {
    let numeric =
        text.chars().any(|c| c.is_ascii_digit()) && text.chars().all(|c| c.is_ascii_digit() || " -–.,".contains(c));
    match text {
        _ if !numeric => text.to_string(),
        "1" => "1 day after order confirmation".to_string(),
        _ => format!("{text} days after order confirmation"),
    }
}

/// A volume rather than a weight: ml, l, litre.
fn is_volume(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "ml" | "l" | "cl" | "liter" | "litre" | "liters" | "litres"))
}

/// A unit in English for a price line ("/pack", "/piece"): her word through the glossary, in the
/// singular, without the capital a phone puts on the first letter. Without the glossary (not
/// loaded, or failed), her word as typed.
pub fn english_unit(glossary: Option<&Glossary>, unit: &str) -> String {
    match glossary {
        Some(glossary) => {
            let text = lower_first(&clean(unit));
            let english = if text.is_empty() { text } else { clean(&glossary.translate(&text).english) };
            singular(&english)
        }
        None => plain_unit(unit),
    }
}

/// Her unit as she typed it, tidied and in the singular: what [`english_unit`] gives without a
/// glossary (the glossary could not load). Apart, so that a page naming it does not name the
/// glossary's translation.
pub fn plain_unit(unit: &str) -> String {
    singular(&lower_first(&clean(unit)))
}

/// The plural of a unit's last word: "cartons", "boxes"; abbreviations ("kg", "pcs", "cbm") and
/// words already plural stay as they are.
pub fn plural(unit: &str) -> String {
    let (head, last) = unit.rsplit_once(' ').map_or(("", unit), |(h, l)| (h, l));
    let bare = last.len() >= 3
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && last.bytes().any(|b| b"aeiouy".contains(&b))
        && !last.ends_with('s')
        && !matches!(last, "dozen" | "feet" | "kilo" | "per");
    if !bare {
        return unit.to_string();
    }
    let suffix = if last.ends_with('x') || last.ends_with("ch") || last.ends_with("sh") { "es" } else { "s" };
    if head.is_empty() {
        format!("{last}{suffix}")
    } else {
        format!("{head} {last}{suffix}")
    }
}

/// "30 days", "2 weeks": a time word after a number other than 1 in the plural, whatever the
/// glossary gave.
fn counted_time(text: &str) -> String {
    let mut previous = "";
    let mut words: Vec<String> = Vec::new();
    for word in text.split(' ') {
        let counted = previous != "1"
            && previous.chars().any(|c| c.is_ascii_digit())
            && previous.chars().all(|c| c.is_ascii_digit() || "-–.,".contains(c));
        let time = matches!(word.trim_end_matches([',', ';', '.']), "day" | "week" | "month" | "year" | "hour");
        words.push(match word.find([',', ';', '.']) {
            _ if !(counted && time) => word.to_string(),
            Some(at) => format!("{}s{}", word.get(..at).unwrap_or_default(), word.get(at..).unwrap_or_default()),
            None => format!("{word}s"),
        });
        previous = word;
    }
    words.join(" ")
}

/// The unit after a price's slash: "/piece", "/carton" even when she typed the plural.
fn singular(unit: &str) -> String {
    match unit {
        "pcs" | "Pcs" | "PCS" | "pieces" => "piece".to_string(),
        "lbs" => "lb".to_string(),
        _ if unit.len() > 3
            && unit.bytes().all(|b| b.is_ascii_lowercase())
            && unit.ends_with('s')
            && !unit.ends_with("ss")
            && !unit.ends_with("us")
            && !unit.ends_with("is") =>
        {
            let stem = unit.trim_end_matches('s');
            let stem = if unit.ends_with("xes") || unit.ends_with("ches") || unit.ends_with("shes") {
                stem.trim_end_matches('e')
            } else {
                stem
            };
            stem.to_string()
        }
        _ => unit.to_string(),
    }
}

/// Numbers as an English reader reads them: "4,5 kg" becomes "4.5 kg" and "1.500" becomes
/// "1,500", by the same reading as [`crate::domain::money::parse_amount`] (the last of two kinds
/// of separator is the decimal mark; one separator before exactly three digits groups
/// thousands). A number whose grouping is not valid (a date, a version) is left as typed.
fn english_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let joins = (c == '.' || c == ',') && !run.is_empty() && chars.peek().is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || joins {
            run.push(c);
            continue;
        }
        out.push_str(&english_number(&run));
        run.clear();
        out.push(c);
    }
    out.push_str(&english_number(&run));
    out
}

fn english_number(run: &str) -> String {
    let Some(last) = run.rfind(['.', ',']) else {
        return run.to_string();
    };
    let (int, frac) = (run.get(..last).unwrap_or_default(), run.get(last + 1..).unwrap_or_default());
    let mark = if run.get(last..).is_some_and(|r| r.starts_with('.')) { '.' } else { ',' };
    let other = if mark == '.' { ',' } else { '.' };
    let grouped = |digits: &str, sep: char| {
        let mut groups = digits.split(sep);
        groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && !g.starts_with('0')) && groups.all(|g| g.len() == 3)
    };
    let thousands = |digits: &str, sep: char| digits.replace(sep, ",");
    if int.contains(mark) {
        // One kind, several times: thousands only.
        return if !run.contains(other) && grouped(run, mark) { thousands(run, mark) } else { run.to_string() };
    }
    if int.contains(other) {
        return if grouped(int, other) { format!("{}.{frac}", thousands(int, other)) } else { run.to_string() };
    }
    if frac.len() == 3 && grouped(run, mark) {
        return thousands(run, mark);
    }
    format!("{int}.{frac}")
}

fn payment_english(term: PaymentTerm, deposit: &str) -> String {
    match term {
        PaymentTerm::TtAdvance => "T/T 100% in advance".to_string(),
        PaymentTerm::TtDepositBalance => {
            let percent =
                deposit.trim().trim_end_matches('%').trim().parse::<u8>().ok().filter(|d| (1..=99).contains(d));
            match percent {
                Some(d) => format!("T/T {d}% deposit, {}% balance before shipment", 100 - d),
                None => "T/T deposit, balance before shipment".to_string(),
            }
        }
        PaymentTerm::LcAtSight => "irrevocable L/C at sight".to_string(),
        PaymentTerm::DocumentsAgainstPayment => "D/P (documents against payment)".to_string(),
        PaymentTerm::DocumentsAgainstAcceptance => "D/A (documents against acceptance)".to_string(),
        PaymentTerm::Escrow => "escrow (secure payment through the marketplace)".to_string(),
        PaymentTerm::OpenAccount => "open account".to_string(),
    }
}

/// "Organic Robusta Ground Coffee 250 g, Halal Certified": the noun phrase in title case, the
/// weight, the size, the certificates; the last parts go first when it is over the limit, and a
/// noun phrase alone over the limit is cut at a word.
fn make_title(product: &str, weight: &str, size: &str, certified: &[&str], limit: usize) -> String {
    if product.is_empty() {
        return String::new();
    }
    let core = title_case(&strip_banned(product));
    let weight = if weight.is_empty() { String::new() } else { format!(" {}", strip_banned(weight)) };
    let size = if size.is_empty() { String::new() } else { format!(", {}", strip_banned(size)) };
    let certified = if certified.is_empty() { String::new() } else { format!(", {} Certified", join_and(certified)) };
    let candidates =
        [format!("{core}{weight}{size}{certified}"), format!("{core}{weight}{size}"), format!("{core}{weight}")];
    candidates.into_iter().map(|t| clean(&t)).find(|t| t.chars().count() <= limit).unwrap_or_else(|| cut(&core, limit))
}

fn strip_banned(text: &str) -> String {
    clean(&text.replace(BANNED_TITLE_CHARS, " "))
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, word)| {
            if i > 0 && SMALL_WORDS.contains(&word) {
                word.to_string()
            } else {
                word.split('-').map(capitalize).collect::<Vec<_>>().join("-")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// At most `limit` characters, cut at the last space that fits (mid-word only when there is none).
fn cut(text: &str, limit: usize) -> String {
    let Some((end, _)) = text.char_indices().nth(limit) else {
        return text.to_string();
    };
    let head = text.get(..end).unwrap_or_default();
    let head = match text.get(end..).is_some_and(|rest| rest.starts_with(' ')) {
        true => head,
        false => head.rsplit_once(' ').map_or(head, |(h, _)| h),
    };
    clean(head)
}
