//! The marketplace guide: B2B and B2C marketplaces (from `assets/data/marketplaces.json`, each
//! with its source and date), step-by-step sign-up guides with ticks, and the English words she
//! meets on their forms.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::text::{is_iso_date, Bilingual};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Business to business: importers and wholesalers buying in quantity.
    B2b,
    /// Business to consumer: single items to end buyers.
    B2c,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Step {
    pub id: String,
    pub text: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Market {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub site: String,
    pub who: Bilingual,
    pub cost: Bilingual,
    pub language: Bilingual,
    pub ready: Bilingual,
    pub source: Bilingual,
    pub checked: String,
    #[serde(default)]
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Word {
    pub en: String,
    pub id: String,
    #[serde(default)]
    pub note: Option<Bilingual>,
}

#[derive(Debug, Deserialize)]
pub struct Guide {
    pub checked: String,
    pub markets: Vec<Market>,
    pub glossary: Vec<Word>,
}

/// Parses and checks the marketplace file; the error names the market or word and the field.
pub fn parse(text: &str) -> Result<Guide, String> {
    let guide: Guide = serde_json::from_str(text).map_err(|e| format!("marketplaces.json: {e}"))?;
    let mut ids = BTreeSet::new();
    for market in &guide.markets {
        let fail = |field: &str| Err(format!("market {:?}: {field}", market.id));
        if market.id.is_empty() || !ids.insert(market.id.clone()) {
            return fail("id is empty or used twice");
        }
        if market.name.trim().is_empty() || market.site.trim().is_empty() {
            return fail("name and site are required");
        }
        for (name, text) in
            [("who", &market.who), ("cost", &market.cost), ("language", &market.language), ("ready", &market.ready)]
        {
            if !text.is_complete() {
                return fail(&format!("{name} needs both languages"));
            }
        }
        if !market.source.is_complete() || !is_iso_date(&market.checked) {
            return fail("source in both languages and a YYYY-MM-DD checked date are required");
        }
        for step in &market.steps {
            if step.id.is_empty() || !ids.insert(step.id.clone()) {
                return fail(&format!("step {:?}: id is empty or used twice", step.id));
            }
            if !step.text.is_complete() {
                return fail(&format!("step {:?}: text needs both languages", step.id));
            }
        }
    }
    let mut words = BTreeSet::new();
    for word in &guide.glossary {
        if word.en.trim().is_empty() || word.id.trim().is_empty() {
            return Err(format!("glossary word {:?}: both the English word and its meaning are required", word.en));
        }
        if !words.insert(word.en.to_ascii_lowercase()) {
            return Err(format!("glossary word {:?}: listed twice", word.en));
        }
        if word.note.as_ref().is_some_and(|n| !n.is_complete()) {
            return Err(format!("glossary word {:?}: note needs both languages", word.en));
        }
    }
    Ok(guide)
}

/// Her ticks in the guide. Stored in the app's document under `market`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarketState {
    /// Steps done, by step id.
    #[serde(default)]
    pub steps: BTreeSet<String>,
    /// Marketplaces where she has an account, by market id.
    #[serde(default)]
    pub accounts: BTreeSet<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MarketEdit {
    Step(String, bool),
    Account(String, bool),
}

impl MarketState {
    pub fn apply(&mut self, edit: MarketEdit) {
        let (set, id, on) = match edit {
            MarketEdit::Step(id, on) => (&mut self.steps, id, on),
            MarketEdit::Account(id, on) => (&mut self.accounts, id, on),
        };
        if on {
            set.insert(id);
        } else {
            set.remove(&id);
        }
    }

    /// Steps done out of the market's guide.
    pub fn steps_done(&self, market: &Market) -> usize {
        market.steps.iter().filter(|s| self.steps.contains(&s.id)).count()
    }

    /// The names of the marketplaces where she has an account, in the guide's order.
    pub fn account_names<'a>(&self, guide: &'a Guide) -> Vec<&'a str> {
        guide.markets.iter().filter(|m| self.accounts.contains(&m.id)).map(|m| m.name.as_str()).collect()
    }
}
