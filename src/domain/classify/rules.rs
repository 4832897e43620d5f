//! The export rules file (`assets/data/export-rules.json`): what each kind of goods is (free,
//! restricted or prohibited), which documents it needs and from whom, and the regulation behind
//! it with the date it was checked. [`parse`] refuses a file a wrong answer could come from, and
//! names the rule (or document) and the field, so a bad edit fails a test rather than misleading
//! her.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::search::Index;
use crate::domain::model::{Product, ProductClass};
use crate::domain::text::{is_iso_date, Bilingual};

/// The Ministry of Trade's three export regimes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Bebas: no export licence (documents may still be needed).
    Free,
    /// Dibatasi: ET, PE, LS or another permit first.
    Restricted,
    /// Dilarang: may not be exported.
    Prohibited,
}

impl Status {
    /// The code pages put in `data-status` and the file uses.
    pub fn code(self) -> &'static str {
        match self {
            Status::Free => "free",
            Status::Restricted => "restricted",
            Status::Prohibited => "prohibited",
        }
    }
}

/// Who insists on a document: the page marks it "required by Indonesia" or "often required by
/// the buyer's country".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequiredBy {
    Indonesia,
    Buyer,
}

/// A document or permit, defined once and referenced by rules through its id.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DocumentType {
    pub id: String,
    pub name: Bilingual,
    pub issuer: Bilingual,
    pub how: Bilingual,
    /// The checklist item (`assets/data/checklist.json`) that covers it, if any.
    #[serde(default)]
    pub checklist_item: Option<String>,
    /// Every shipment needs it whatever the goods (invoice, packing list, PEB, …).
    #[serde(default)]
    pub every_shipment: bool,
    pub by: RequiredBy,
    /// When it applies, if not always ("for food shipped to China", "when your price is CIF").
    #[serde(default)]
    pub when: Option<Bilingual>,
    /// The regulation or official page that says so.
    pub source: Bilingual,
    pub checked: String,
}

/// A circumstance that changes the rule's status (raw rattan vs a wooden frame, kratom leaf vs
/// fine powder, a CITES-listed species, …).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Condition {
    pub when: Bilingual,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Rule {
    pub id: String,
    /// HS 2022 codes or prefixes, 4 to 8 digits without dots.
    pub hs: Vec<String>,
    pub name: Bilingual,
    /// Her words for it, Indonesian (regional too) and English, misspellings included.
    #[serde(default)]
    pub synonyms: Vec<String>,
    pub status: Status,
    #[serde(default)]
    pub conditions: Vec<Condition>,
    /// Document ids, in the order she needs them.
    #[serde(default)]
    pub documents: Vec<String>,
    /// What the status means for her.
    pub meaning: Bilingual,
    #[serde(default)]
    pub notes: Option<Bilingual>,
    pub source: Bilingual,
    pub checked: String,
    /// The exact lampiran entry or HS scope is not certain, or the law changes often: the page
    /// tells her to check with INSW (insw.go.id).
    #[serde(default)]
    pub uncertain: bool,
}

impl Rule {
    /// The first HS code, for `data-hs`.
    pub fn main_hs(&self) -> &str {
        self.hs.first().map_or("", String::as_str)
    }
}

/// The parsed file with the search index built once (searching runs on every keystroke).
#[derive(Clone, Debug, PartialEq)]
pub struct RuleBook {
    pub checked: String,
    pub documents: Vec<DocumentType>,
    pub rules: Vec<Rule>,
    index: Index,
}

impl RuleBook {
    pub(super) fn index(&self) -> &Index {
        &self.index
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn document(&self, id: &str) -> Option<&DocumentType> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The rule's own documents (not the every-shipment ones), in the rule's order.
    pub fn documents_for(&self, rule: &Rule) -> Vec<&DocumentType> {
        rule.documents.iter().filter_map(|id| self.document(id)).collect()
    }

    /// What every shipment needs, whatever the goods.
    pub fn every_shipment(&self) -> Vec<&DocumentType> {
        self.documents.iter().filter(|d| d.every_shipment).collect()
    }

    /// Everything one shipment of this product needs: the every-shipment papers first, then the
    /// product's own permits, each once.
    pub fn shipment_documents(&self, rule: &Rule) -> Vec<&DocumentType> {
        let mut out = self.every_shipment();
        for doc in self.documents_for(rule) {
            if !out.iter().any(|d| d.id == doc.id) {
                out.push(doc);
            }
        }
        out
    }

    /// Rules one of whose codes starts `code`: they cover all of it ("0901" covers "090111").
    pub fn rules_covering(&self, code: &str) -> Vec<&Rule> {
        self.rules.iter().filter(|r| r.hs.iter().any(|hs| code.starts_with(hs.as_str()))).collect()
    }

    /// Rules for only part of `code`: one of their codes is longer and starts with it
    /// ("0306" holds lobster seed, "030631").
    pub fn rules_within(&self, code: &str) -> Vec<&Rule> {
        self.rules.iter().filter(|r| r.hs.iter().any(|hs| hs.len() > code.len() && hs.starts_with(code))).collect()
    }

    /// The checklist items her profile's classified products need (the checklist's `Needs`);
    /// products without a rule, or with a rule this file no longer has, add nothing.
    pub fn needs_of(&self, products: &[Product]) -> BTreeSet<String> {
        let rules: Vec<&Rule> = products
            .iter()
            .filter_map(|p| match &p.class {
                Some(ProductClass::Rule { id }) => self.rule(id),
                _ => None,
            })
            .collect();
        self.checklist_needs(&rules)
    }

    /// The checklist's permit items her products need (the checklist's `Needs`).
    pub fn checklist_needs(&self, rules: &[&Rule]) -> BTreeSet<String> {
        rules.iter().flat_map(|rule| self.documents_for(rule)).filter_map(|doc| doc.checklist_item.clone()).collect()
    }
}

#[derive(Deserialize)]
struct File<D, R> {
    checked: String,
    documents: Vec<D>,
    rules: Vec<R>,
}

/// Parses and checks the rules file; the error names the rule (or document) and the field.
pub fn parse(text: &str) -> Result<RuleBook, String> {
    let file: File<DocumentType, Rule> = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(e) => return Err(explain(text).unwrap_or_else(|| format!("export-rules.json: {e}"))),
    };
    if !is_iso_date(&file.checked) {
        return Err("export-rules.json: checked must be a YYYY-MM-DD date".to_string());
    }
    let mut ids = BTreeSet::new();
    for doc in &file.documents {
        check_document(doc, &mut ids)?;
    }
    let mut rule_ids = BTreeSet::new();
    for rule in &file.rules {
        check_rule(rule, &ids, &mut rule_ids)?;
    }
    let index = Index::build(&file.rules);
    Ok(RuleBook { checked: file.checked, documents: file.documents, rules: file.rules, index })
}

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_document(doc: &DocumentType, ids: &mut BTreeSet<String>) -> Result<(), String> {
    let id = &doc.id;
    let fail = |field: &str| Err(format!("export document {id:?}: {field}"));
    if !is_id(id) {
        return fail("id must be lowercase letters, digits and '-'");
    }
    if !ids.insert(id.clone()) {
        return fail("id is used twice");
    }
    for (name, text) in
        [("name", Some(&doc.name)), ("issuer", Some(&doc.issuer)), ("how", Some(&doc.how)), ("when", doc.when.as_ref())]
    {
        if text.is_some_and(|t| !t.is_complete()) {
            return fail(&format!("{name} needs both languages"));
        }
    }
    if !doc.source.is_complete() {
        return fail("source needs both languages");
    }
    if !is_iso_date(&doc.checked) {
        return fail("checked must be a YYYY-MM-DD date");
    }
    if doc.checklist_item.as_deref().is_some_and(|item| !is_id(item)) {
        return fail("checklist_item must be a checklist item id");
    }
    Ok(())
}

fn check_rule(rule: &Rule, documents: &BTreeSet<String>, ids: &mut BTreeSet<String>) -> Result<(), String> {
    let id = &rule.id;
    let fail = |field: &str| Err(format!("export rule {id:?}: {field}"));
    if !is_id(id) {
        return fail("id must be lowercase letters, digits and '-'");
    }
    if !ids.insert(id.clone()) {
        return fail("id is used twice");
    }
    if rule.hs.is_empty() {
        return fail("hs needs at least one code");
    }
    if let Some(bad) = rule.hs.iter().find(|c| !(4..=8).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit())) {
        return fail(&format!("hs code {bad:?} must be 4 to 8 digits without dots"));
    }
    let texts = [("name", Some(&rule.name)), ("meaning", Some(&rule.meaning)), ("notes", rule.notes.as_ref())];
    for (name, text) in texts {
        if text.is_some_and(|t| !t.is_complete()) {
            return fail(&format!("{name} needs both languages"));
        }
    }
    if rule.conditions.iter().any(|c| !c.when.is_complete()) {
        return fail("conditions: when needs both languages");
    }
    if rule.conditions.iter().any(|c| c.status == rule.status) {
        return fail("conditions: a condition must change the status");
    }
    if rule.synonyms.iter().any(|s| s.trim().is_empty()) {
        return fail("synonyms: a synonym is empty");
    }
    if let Some(unknown) = rule.documents.iter().find(|d| !documents.contains(*d)) {
        return fail(&format!("documents: {unknown:?} is not a defined document"));
    }
    if !rule.source.is_complete() {
        return fail("source needs both languages");
    }
    if !is_iso_date(&rule.checked) {
        return fail("checked must be a YYYY-MM-DD date");
    }
    Ok(())
}

/// Which rule or document a file that does not fit is wrong in, and in which field (serde alone
/// gives a line and column). For whoever edits the file, so native builds (the tests) only: in the
/// app a bad file is "could not load" either way, and going through `serde_json::Value` would
/// compile a second deserializer for every rule type into the wasm.
#[cfg(target_arch = "wasm32")]
fn explain(_text: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn explain(text: &str) -> Option<String> {
    use serde_json::Value;
    let file: Value = serde_json::from_str(text).ok()?;
    let label = |value: &Value, n: usize| {
        value.get("id").and_then(Value::as_str).map_or_else(|| format!("number {}", n + 1), |id| format!("{id:?}"))
    };
    let docs = file.get("documents").and_then(Value::as_array).into_iter().flatten();
    let from_docs = docs.enumerate().find_map(|(n, value)| {
        let e = DocumentType::deserialize(value).err()?;
        Some(format!("export document {}: {}{e}", label(value, n), field_of(value, DOCUMENT_FIELDS)))
    });
    from_docs.or_else(|| {
        let rules = file.get("rules").and_then(Value::as_array).into_iter().flatten();
        rules.enumerate().find_map(|(n, value)| {
            let e = Rule::deserialize(value).err()?;
            Some(format!("export rule {}: {}{e}", label(value, n), field_of(value, RULE_FIELDS)))
        })
    })
}

/// A field, whether it must be there, and whether a value fits its type.
#[cfg(not(target_arch = "wasm32"))]
type FieldCheck = (&'static str, bool, fn(&serde_json::Value) -> bool);

#[cfg(not(target_arch = "wasm32"))]
fn fits<T: serde::de::DeserializeOwned>(value: &serde_json::Value) -> bool {
    T::deserialize(value).is_ok()
}

#[cfg(not(target_arch = "wasm32"))]
const DOCUMENT_FIELDS: &[FieldCheck] = &[
    ("id", true, fits::<String>),
    ("name", true, fits::<Bilingual>),
    ("issuer", true, fits::<Bilingual>),
    ("how", true, fits::<Bilingual>),
    ("checklist_item", false, fits::<Option<String>>),
    ("every_shipment", false, fits::<bool>),
    ("by", true, fits::<RequiredBy>),
    ("when", false, fits::<Option<Bilingual>>),
    ("source", true, fits::<Bilingual>),
    ("checked", true, fits::<String>),
];

#[cfg(not(target_arch = "wasm32"))]
const RULE_FIELDS: &[FieldCheck] = &[
    ("id", true, fits::<String>),
    ("hs", true, fits::<Vec<String>>),
    ("name", true, fits::<Bilingual>),
    ("synonyms", false, fits::<Vec<String>>),
    ("status", true, fits::<Status>),
    ("conditions", false, fits::<Vec<Condition>>),
    ("documents", false, fits::<Vec<String>>),
    ("meaning", true, fits::<Bilingual>),
    ("notes", false, fits::<Option<Bilingual>>),
    ("source", true, fits::<Bilingual>),
    ("checked", true, fits::<String>),
    ("uncertain", false, fits::<bool>),
];

/// "status: " when the status does not fit; empty when serde's message names the field itself.
#[cfg(not(target_arch = "wasm32"))]
fn field_of(value: &serde_json::Value, fields: &[FieldCheck]) -> String {
    fields
        .iter()
        .find(|(name, required, fits)| value.get(*name).map_or(*required, |v| !fits(v)))
        .map(|(name, _, _)| format!("{name}: "))
        .unwrap_or_default()
}
