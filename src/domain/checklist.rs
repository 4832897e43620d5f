//! The export readiness checklist: the items (`assets/data/checklist.json`, each with its source
//! and date, fetched by `crate::data_files` and checked by [`parse`]), which of them apply to her, what is done, and the progress.
//!
//! Product permits (PIRT, BPOM, halal, SVLK, HACCP, health and phytosanitary certificates) show
//! when her profile says she holds one, when she ticked one, or when her products need one. What
//! her products need comes from the classification tool through [`Needs`]; until that
//! exists the set is empty and the page says where the permits will come from. Either can land
//! first: the checklist only reads a set of item ids.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::model::{AppData, HeldDocument, Profile};
pub use super::progress::Progress;
use super::route::Route;
use super::text::{is_iso_date, Bilingual};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// The exporter's own papers.
    Papers,
    /// The workshop's seven first steps.
    Steps,
    /// The documents of a first shipment.
    Shipment,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Papers, Group::Steps, Group::Shipment];
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Item {
    pub id: String,
    pub group: Group,
    /// The profile document that pre-ticks it.
    #[serde(default)]
    pub held: Option<HeldDocument>,
    #[serde(default)]
    pub product_permit: bool,
    /// The tool it links to, by slug (`incoterms`, `market`, …).
    #[serde(default)]
    pub route: Option<String>,
    pub title: Bilingual,
    pub why: Bilingual,
    pub how: Bilingual,
    #[serde(default)]
    pub cost: Option<Bilingual>,
    #[serde(default)]
    pub time: Option<Bilingual>,
    pub source: Bilingual,
    pub checked: String,
}

impl Item {
    pub fn link(&self) -> Option<Route> {
        self.route.as_deref().and_then(route_from_slug)
    }
}

fn route_from_slug(slug: &str) -> Option<Route> {
    Route::ALL.into_iter().find(|r| r.path().trim_start_matches('/') == slug && *r != Route::Home)
}

#[derive(Debug, Deserialize)]
pub struct Catalogue {
    pub checked: String,
    pub items: Vec<Item>,
}

/// Parses and checks the checklist file; the error names the item and the field.
pub fn parse(text: &str) -> Result<Catalogue, String> {
    let catalogue: Catalogue = serde_json::from_str(text).map_err(|e| format!("checklist.json: {e}"))?;
    let mut ids = BTreeSet::new();
    for item in &catalogue.items {
        let id = &item.id;
        let fail = |field: &str| Err(format!("checklist item {id:?}: {field}"));
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return fail("id must be lowercase letters, digits and '-'");
        }
        if !ids.insert(id.clone()) {
            return fail("id is used twice");
        }
        for (name, text) in [
            ("title", Some(&item.title)),
            ("why", Some(&item.why)),
            ("how", Some(&item.how)),
            ("cost", item.cost.as_ref()),
            ("time", item.time.as_ref()),
        ] {
            if text.is_some_and(|t| !t.is_complete()) {
                return fail(&format!("{name} needs both languages"));
            }
        }
        if !item.source.is_complete() {
            return fail("source needs both languages");
        }
        if !is_iso_date(&item.checked) {
            return fail("checked must be a YYYY-MM-DD date");
        }
        if item.route.is_some() && item.link().is_none() {
            return fail("route names no tool");
        }
    }
    Ok(catalogue)
}

/// What she ticked, noted and when. Stored in the app's document under `checklist`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistState {
    #[serde(default)]
    pub ticks: BTreeMap<String, Tick>,
}

/// Her own answer for one item; it wins over what the profile says.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    #[serde(default)]
    pub done: Option<bool>,
    #[serde(default)]
    pub note: String,
    /// `YYYY-MM-DD`, when she last ticked it done.
    #[serde(default)]
    pub date: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ChecklistEdit {
    /// Ticked or unticked, with today's date.
    Tick {
        id: String,
        done: bool,
        today: String,
    },
    Note {
        id: String,
        text: String,
    },
}

impl ChecklistState {
    pub fn apply(&mut self, edit: ChecklistEdit) {
        match edit {
            ChecklistEdit::Tick { id, done, today } => {
                let tick = self.ticks.entry(id).or_default();
                tick.done = Some(done);
                tick.date = if done { today } else { String::new() };
            }
            ChecklistEdit::Note { id, text } => {
                self.ticks.entry(id).or_default().note = super::change::clamp(text, super::change::MAX_LONG_TEXT);
            }
        }
    }
}

/// The permit items her products need, by item id (filled by the classification tool).
pub type Needs = BTreeSet<String>;

/// An item as she sees it now.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown<'a> {
    pub item: &'a Item,
    pub done: bool,
    /// Done because her profile says she holds it (she has not ticked it herself).
    pub from_profile: bool,
    /// Done because her work in the app shows it ([`Work`]; she has not ticked it herself).
    pub from_work: bool,
    pub note: &'a str,
    pub date: &'a str,
}

/// The workshop's first steps her work in the app shows done, by item id. Counted as done until
/// she ticks or unticks the step herself: her own answer always wins.
///
/// - `step-product` (choose the right product) and `step-rules` (learn its rules): a product of
///   hers whose export rules she checked with the classification tool.
/// - `step-costs` (costs and price): a saved quote.
/// - `step-online` (e-mail, website, catalogue): an English product listing with a name, the
///   description a website or catalogue is made from.
/// - `step-b2b` (a B2B marketplace): a marketplace account she marked made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Per step of [`Work::STEPS`], in that order.
    done: [bool; 5],
}

impl Work {
    /// The step ids [`Work::of`] can count; each must be an item of `checklist.json` (tested).
    pub const STEPS: [&'static str; 5] = ["step-product", "step-rules", "step-costs", "step-online", "step-b2b"];

    pub fn of(data: &AppData) -> Work {
        let classified = data.profile.products.iter().any(|p| !p.name.trim().is_empty() && p.class.is_some());
        let listing = data.listings.drafts.iter().any(|entry| !entry.draft.name.trim().is_empty());
        Work {
            done: [
                classified,
                classified,
                !data.calculator.saved.is_empty(),
                listing,
                !data.market.accounts.is_empty(),
            ],
        }
    }

    pub fn shows(&self, id: &str) -> bool {
        Work::STEPS.iter().zip(self.done).any(|(step, done)| done && *step == id)
    }
}

/// The items that apply to her, in the file's order, with what her profile holds and her work
/// shows done (see [`shown_with`]).
pub fn shown_for<'a>(items: &'a [Item], data: &'a AppData, needs: &Needs) -> Vec<Shown<'a>> {
    shown_with(items, &data.profile, &data.checklist, needs, &Work::of(data))
}

/// The items that apply to her, in the file's order (her work not counted).
pub fn shown<'a>(items: &'a [Item], profile: &Profile, state: &'a ChecklistState, needs: &Needs) -> Vec<Shown<'a>> {
    shown_with(items, profile, state, needs, &Work::default())
}

/// The items that apply to her: her tick first, else what her profile holds, else what her work
/// shows done.
pub fn shown_with<'a>(
    items: &'a [Item],
    profile: &Profile,
    state: &'a ChecklistState,
    needs: &Needs,
    work: &Work,
) -> Vec<Shown<'a>> {
    items
        .iter()
        .filter_map(|item| {
            let tick = state.ticks.get(&item.id);
            let held = item.held.is_some_and(|doc| holds(profile, doc));
            if item.product_permit && !held && !needs.contains(&item.id) && tick.and_then(|t| t.done) != Some(true) {
                return None;
            }
            let worked = work.shows(&item.id);
            let (done, from_profile, from_work) = match tick.and_then(|t| t.done) {
                Some(done) => (done, false, false),
                None => (held || worked, held, !held && worked),
            };
            Some(Shown {
                item,
                done,
                from_profile,
                from_work,
                note: tick.map_or("", |t| t.note.as_str()),
                date: tick.map_or("", |t| t.date.as_str()),
            })
        })
        .collect()
}

fn holds(profile: &Profile, document: HeldDocument) -> bool {
    profile.documents.contains(&document)
}

/// Done out of shown, for a group or for everything.
pub fn progress<'a>(shown: impl IntoIterator<Item = &'a Shown<'a>>) -> Progress {
    shown
        .into_iter()
        .fold(Progress::default(), |p, s| Progress { done: p.done + usize::from(s.done), total: p.total + 1 })
}

pub fn group_progress(shown: &[Shown], group: Group) -> Progress {
    progress(shown.iter().filter(|s| s.item.group == group))
}

/// The next thing to do: the first open item, papers first, then the steps, then the shipment.
pub fn next_open<'a, 'b>(shown: &'b [Shown<'a>]) -> Option<&'b Shown<'a>> {
    shown.iter().find(|s| !s.done)
}

/// What the home page proposes next.
#[derive(Clone, Debug, PartialEq)]
pub enum NextStep<'a> {
    /// No business name or no product yet: every tool needs them.
    FillProfile,
    /// The first open checklist item.
    Item(&'a Item),
    /// Everything ticked: keep a backup.
    AllDone,
}

/// The profile has what the checklist's steps build on: the business's name and a named product.
/// Until then the next step is the profile (the home page knows this before the checklist loads).
pub fn profile_started(profile: &Profile) -> bool {
    !profile.business_name.trim().is_empty() && profile.products.iter().any(|p| !p.name.trim().is_empty())
}

pub fn next_step<'a>(profile: &Profile, shown: &[Shown<'a>]) -> NextStep<'a> {
    if !profile_started(profile) {
        return NextStep::FillProfile;
    }
    match next_open(shown) {
        Some(open) => NextStep::Item(open.item),
        None => NextStep::AllDone,
    }
}
