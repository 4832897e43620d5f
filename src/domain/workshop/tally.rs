//! The facilitator's tables: one row per participant (her latest report and evaluation merged),
//! the summary over all of them, the bars of the charts, and the CSV.

use std::collections::BTreeMap;

use super::code::{Kind, ProductStatus, Sheet};
use super::session::{read, who, Received, Who};
use super::{csv, Obstacle, Question};
use crate::domain::model::HeldDocument;
use crate::domain::progress::Progress;

/// One participant: her latest report and latest evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub who: Who,
    /// The chat's name for her (of the latest of her messages).
    pub sender: String,
    pub report: Option<Sheet>,
    pub evaluation: Option<Sheet>,
}

impl Row {
    /// Her business as the report (or else the evaluation) names it.
    pub fn business(&self) -> &str {
        self.report
            .iter()
            .chain(self.evaluation.iter())
            .map(|s| s.business.as_str())
            .find(|b| !b.is_empty())
            .unwrap_or("")
    }

    pub fn progress(&self) -> Option<Progress> {
        self.report.as_ref().map(|r| Progress { done: r.progress.0 as usize, total: r.progress.1 as usize })
    }

    /// A name to show: business, else the sender, else nothing.
    pub fn label(&self) -> &str {
        match self.business() {
            "" => &self.sender,
            business => business,
        }
    }
}

/// Readiness, by checklist progress: under 25 %, 25–49 %, 50–74 %, 75 % and over.
pub const READINESS_BANDS: [(u32, u32); 4] = [(0, 24), (25, 49), (50, 74), (75, 100)];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub participants: usize,
    pub reports: usize,
    pub evaluations: usize,
    /// Participants per readiness band ([`READINESS_BANDS`]).
    pub readiness: [u32; 4],
    /// Average checklist progress of those who reported, whole percent.
    pub average_percent: u32,
    pub npwp: u32,
    pub nib: u32,
    pub nib_customs: u32,
    /// Participants with an account, per marketplace: most first, then by name.
    pub accounts: Vec<(String, u32)>,
    /// Participants with at least one English listing, and the listings written.
    pub with_listing: u32,
    pub listings: u32,
    pub products: [(ProductStatus, u32); 5],
    /// Per question: answers and their sum.
    pub ratings: [(Question, u32, u32); 4],
    pub obstacles: [(Obstacle, u32); 4],
    /// Who commented, and what.
    pub comments: Vec<(String, String)>,
}

impl Default for Summary {
    fn default() -> Self {
        Summary {
            participants: 0,
            reports: 0,
            evaluations: 0,
            readiness: [0; 4],
            average_percent: 0,
            npwp: 0,
            nib: 0,
            nib_customs: 0,
            accounts: Vec::new(),
            with_listing: 0,
            listings: 0,
            products: ProductStatus::ALL.map(|status| (status, 0)),
            ratings: Question::ALL.map(|q| (q, 0, 0)),
            obstacles: Obstacle::ALL.map(|o| (o, 0)),
            comments: Vec::new(),
        }
    }
}

impl Summary {
    /// The average rating of `(answers, sum)` in tenths (`42` is 4.2), `None` without answers.
    pub fn average_tenths(answers: u32, sum: u32) -> Option<u32> {
        (answers > 0).then(|| (sum * 10 + answers / 2) / answers)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub rows: Vec<Row>,
    pub summary: Summary,
}

/// The session's stored reports as rows and a summary.
pub fn tally(reports: &[Received]) -> Tally {
    let mut rows: Vec<Row> = Vec::new();
    for (index, read) in read(reports).into_iter().enumerate() {
        let key = who(&read.sheet, &read.received.from, index);
        let row = match rows.iter().position(|r| r.who == key) {
            Some(at) => rows.get_mut(at),
            None => {
                rows.push(Row { who: key, sender: String::new(), report: None, evaluation: None });
                rows.last_mut()
            }
        };
        if let Some(row) = row {
            if !read.received.from.is_empty() {
                row.sender = read.received.from.clone();
            }
            match read.sheet.kind {
                Kind::Report => row.report = Some(read.sheet),
                Kind::Evaluation => row.evaluation = Some(read.sheet),
            }
        }
    }
    let summary = summarise(&rows);
    Tally { rows, summary }
}

fn summarise(rows: &[Row]) -> Summary {
    let mut s = Summary { participants: rows.len(), ..Summary::default() };
    let mut accounts: BTreeMap<String, (String, u32)> = BTreeMap::new();
    let mut percents = Vec::new();
    for row in rows {
        if let (Some(report), Some(progress)) = (&row.report, row.progress()) {
            s.reports += 1;
            let percent = progress.percent();
            percents.push(percent);
            if let Some(band) = READINESS_BANDS.iter().position(|(low, high)| (*low..=*high).contains(&percent)) {
                if let Some(count) = s.readiness.get_mut(band) {
                    *count += 1;
                }
            }
            let held = |d: HeldDocument| u32::from(report.papers.contains(&d));
            s.npwp += held(HeldDocument::Npwp);
            s.nib += held(HeldDocument::Nib);
            s.nib_customs += held(HeldDocument::NibCustoms);
            let mut seen = std::collections::BTreeSet::new();
            for name in &report.accounts {
                let key = name.trim().to_lowercase();
                if !key.is_empty() && seen.insert(key.clone()) {
                    accounts.entry(key).or_insert_with(|| (name.trim().to_string(), 0)).1 += 1;
                }
            }
            s.with_listing += u32::from(report.listings > 0);
            s.listings += report.listings;
            for (_, status) in &report.products {
                if let Some(slot) = s.products.iter_mut().find(|(st, _)| st == status) {
                    slot.1 += 1;
                }
            }
        }
        if let Some(evaluation) = &row.evaluation {
            s.evaluations += 1;
            for slot in &mut s.ratings {
                if let Some(rating) = evaluation.rating(slot.0) {
                    slot.1 += 1;
                    slot.2 += u32::from(rating);
                }
            }
            for slot in &mut s.obstacles {
                slot.1 += u32::from(evaluation.obstacles.contains(&slot.0));
            }
            if !evaluation.comments.trim().is_empty() {
                s.comments.push((row.label().to_string(), evaluation.comments.trim().to_string()));
            }
        }
    }
    if !percents.is_empty() {
        let total: u32 = percents.iter().sum();
        s.average_percent = total / u32::try_from(percents.len()).unwrap_or(1).max(1);
    }
    let mut accounts: Vec<(String, u32)> = accounts.into_values().collect();
    accounts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    s.accounts = accounts;
    s
}

/// A horizontal bar chart's bars: each value's length out of `full`, in proportion to the
/// largest value (a bar of zero has no length).
pub fn bar_lengths(values: &[u32], full: u32) -> Vec<u32> {
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|v| {
            (u64::from(*v) * u64::from(full))
                .checked_div(u64::from(max))
                .map_or(0, |n| u32::try_from(n).unwrap_or(full))
        })
        .collect()
}

/// The words of the CSV, in her language (`i18n::workshop` fills them).
pub struct CsvWords<'a> {
    /// The header row, one per column of [`csv_text`].
    pub header: Vec<String>,
    pub yes: &'a str,
    pub no: &'a str,
    pub status: &'a dyn Fn(ProductStatus) -> &'a str,
    pub obstacle: &'a dyn Fn(Obstacle) -> &'a str,
    /// A region's name from its code (`x` is another province).
    pub region: &'a dyn Fn(&str) -> String,
}

/// The number of columns of the CSV.
pub const CSV_COLUMNS: usize = 21;

/// One row per participant: sender, business, owner, region, products with their status, NPWP,
/// NIB, NIB with customs access, checklist done, total and percent, marketplace accounts, listings,
/// the four ratings, obstacles, comments, the report's date, the evaluation's date.
pub fn csv_text(tally: &Tally, words: &CsvWords) -> String {
    let yes_no = |b: bool| if b { words.yes } else { words.no }.to_string();
    let rows: Vec<Vec<String>> = tally
        .rows
        .iter()
        .map(|row| {
            let r = row.report.as_ref();
            let e = row.evaluation.as_ref();
            let paper = |d: HeldDocument| r.map(|r| yes_no(r.papers.contains(&d))).unwrap_or_default();
            let progress = row.progress();
            let mut cells = vec![
                row.sender.clone(),
                row.business().to_string(),
                r.map(|r| r.owner.clone()).unwrap_or_default(),
                r.map(|r| (words.region)(&r.region)).unwrap_or_default(),
                r.map(|r| {
                    r.products
                        .iter()
                        .map(|(name, st)| format!("{name} ({})", (words.status)(*st)))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default(),
                paper(HeldDocument::Npwp),
                paper(HeldDocument::Nib),
                paper(HeldDocument::NibCustoms),
                progress.map(|p| p.done.to_string()).unwrap_or_default(),
                progress.map(|p| p.total.to_string()).unwrap_or_default(),
                progress.map(|p| p.percent().to_string()).unwrap_or_default(),
                r.map(|r| r.accounts.join("; ")).unwrap_or_default(),
                r.map(|r| r.listings.to_string()).unwrap_or_default(),
            ];
            for q in Question::ALL {
                cells.push(e.and_then(|e| e.rating(q)).map(|n| n.to_string()).unwrap_or_default());
            }
            cells.push(
                e.map(|e| e.obstacles.iter().map(|o| (words.obstacle)(*o)).collect::<Vec<_>>().join("; "))
                    .unwrap_or_default(),
            );
            cells.push(e.map(|e| e.comments.clone()).unwrap_or_default());
            cells.push(r.map(|r| r.date.clone()).unwrap_or_default());
            cells.push(e.map(|e| e.date.clone()).unwrap_or_default());
            cells
        })
        .collect();
    csv::text(&words.header, &rows)
}
