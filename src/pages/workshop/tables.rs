//! The participants' table and the summary: each chart an inline SVG (hidden from screen readers)
//! beside the table that holds the same figures.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::model::HeldDocument;
use crate::domain::workshop::tally::{bar_lengths, Summary, Tally, READINESS_BANDS};
use crate::domain::workshop::Question;
use crate::i18n::checklist::{obstacle, question};
use crate::i18n::workshop::{product_status, region, tenths, WorkshopMsg};
use crate::i18n::{fill, labels};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct TallyProps {
    pub tally: Rc<Tally>,
}

#[function_component(Participants)]
pub fn participants(props: &TallyProps) -> Html {
    let lang = use_app().lang();
    let rows = &props.tally.rows;
    let t = |m: WorkshopMsg| m.text(lang);
    html! {
        <section class="card print-block" aria-labelledby="sec-participants">
            <h2 id="sec-participants">{ t(WorkshopMsg::ParticipantsTitle) }</h2>
            <p data-testid="workshop-participants-count">{ fill(t(WorkshopMsg::ParticipantsCount), &[("count", &rows.len().to_string())]) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="sec-participants">
                <table class="data-table" data-testid="workshop-participants" data-count={rows.len().to_string()}>
                    <thead>
                        <tr>
                            <th scope="col">{ t(WorkshopMsg::ColParticipant) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColRegion) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColProducts) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColPapers) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColPercent) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColAccounts) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColListings) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColEvaluation) }</th>
                            <th scope="col">{ t(WorkshopMsg::ColObstacles) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| {
                            let r = row.report.as_ref();
                            let e = row.evaluation.as_ref();
                            let papers: Vec<&str> = r.map(|r| {
                                [HeldDocument::Npwp, HeldDocument::Nib, HeldDocument::NibCustoms].into_iter()
                                    .filter(|d| r.papers.contains(d))
                                    .map(|d| match d { HeldDocument::NibCustoms => t(WorkshopMsg::ColNibCustoms), other => labels::document(other, lang) })
                                    .collect()
                            }).unwrap_or_default();
                            let ratings: Vec<String> = Question::ALL.iter()
                                .map(|q| e.and_then(|e| e.rating(*q)).map_or_else(|| "-".to_string(), |n| n.to_string()))
                                .collect();
                            html! {
                                <tr data-testid="workshop-participant">
                                    <th scope="row">
                                        { row.label().to_string() }
                                        if !row.sender.is_empty() && row.sender != row.label() {
                                            <span class="muted">{ format!(" ({})", row.sender) }</span>
                                        }
                                        if r.is_none() {
                                            <span class="muted">{ format!(" — {}", t(WorkshopMsg::NoReport)) }</span>
                                        }
                                    </th>
                                    <td>{ r.map(|r| region(&r.region, lang)).unwrap_or_default() }</td>
                                    <td>{ r.map(|r| r.products.iter().map(|(n, s)| format!("{n} ({})", product_status(*s, lang))).collect::<Vec<_>>().join(", ")).unwrap_or_default() }</td>
                                    <td>{ papers.join(", ") }</td>
                                    <td>{ row.progress().map(|p| format!("{}% ({}/{})", p.percent(), p.done, p.total)).unwrap_or_default() }</td>
                                    <td>{ r.map(|r| r.accounts.join(", ")).unwrap_or_default() }</td>
                                    <td>{ r.map(|r| r.listings.to_string()).unwrap_or_default() }</td>
                                    <td>{ if e.is_some() { ratings.join(" / ") } else { String::new() } }</td>
                                    <td>{ e.map(|e| e.obstacles.iter().map(|o| obstacle(*o, lang)).collect::<Vec<_>>().join(", ")).unwrap_or_default() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p class="muted">{ t(WorkshopMsg::NoParticipants) }</p>
            }
        </section>
    }
}

#[function_component(SummaryView)]
pub fn summary_view(props: &TallyProps) -> Html {
    let lang = use_app().lang();
    let s: &Summary = &props.tally.summary;
    let t = |m: WorkshopMsg| m.text(lang);
    let readiness: Vec<(String, u32)> = READINESS_BANDS
        .iter()
        .zip(s.readiness)
        .map(|((low, high), n)| {
            (fill(t(WorkshopMsg::Band), &[("low", &low.to_string()), ("high", &high.to_string())]), n)
        })
        .collect();
    let papers = vec![
        (labels::document(HeldDocument::Npwp, lang).to_string(), s.npwp),
        (labels::document(HeldDocument::Nib, lang).to_string(), s.nib),
        (t(WorkshopMsg::ColNibCustoms).to_string(), s.nib_customs),
    ];
    let products: Vec<(String, u32)> =
        s.products.iter().map(|(st, n)| (product_status(*st, lang).to_string(), *n)).collect();
    let obstacles: Vec<(String, u32)> = s.obstacles.iter().map(|(o, n)| (obstacle(*o, lang).to_string(), *n)).collect();
    html! {
        <section class="card print-block" aria-labelledby="sec-summary" data-testid="workshop-summary">
            <h2 id="sec-summary">{ t(WorkshopMsg::SummaryTitle) }</h2>
            <p>{ fill(t(WorkshopMsg::SummaryCounts), &[
                ("participants", &s.participants.to_string()), ("reports", &s.reports.to_string()), ("evaluations", &s.evaluations.to_string()),
            ]) }</p>
            { chart("readiness", t(WorkshopMsg::Readiness), &readiness, lang) }
            if s.reports > 0 {
                <p>{ fill(t(WorkshopMsg::ReadinessAverage), &[("percent", &s.average_percent.to_string())]) }</p>
            }
            { chart("papers", t(WorkshopMsg::PapersTitle), &papers, lang) }
            { chart("accounts", t(WorkshopMsg::AccountsTitle), &s.accounts, lang) }
            <p>{ fill(t(WorkshopMsg::ListingsLine), &[("with", &s.with_listing.to_string()), ("count", &s.listings.to_string())]) }</p>
            { chart("products", t(WorkshopMsg::ProductsTitle), &products, lang) }
            { ratings(s, lang) }
            { chart("obstacles", t(WorkshopMsg::ObstaclesTitle), &obstacles, lang) }
            <h3>{ t(WorkshopMsg::CommentsTitle) }</h3>
            if s.comments.is_empty() {
                <p class="muted">{ t(WorkshopMsg::NoneYet) }</p>
            } else {
                <ul class="comments" data-testid="workshop-comments">
                    { for s.comments.iter().map(|(who, text)| html! { <li><strong>{ format!("{who}: ") }</strong>{ text.clone() }</li> }) }
                </ul>
            }
        </section>
    }
}

fn ratings(s: &Summary, lang: Lang) -> Html {
    let t = |m: WorkshopMsg| m.text(lang);
    let averages: Vec<(Question, Option<u32>, u32)> =
        s.ratings.iter().map(|(q, n, sum)| (*q, Summary::average_tenths(*n, *sum), *n)).collect();
    let rows: Vec<(String, u32)> =
        averages.iter().map(|(q, avg, _)| (question(*q, lang).to_string(), avg.unwrap_or(0))).collect();
    let shown: Vec<String> = averages
        .iter()
        .map(|(_, avg, n)| match avg {
            Some(avg) => {
                fill(t(WorkshopMsg::RatingAverage), &[("average", &tenths(*avg, lang)), ("count", &n.to_string())])
            }
            None => "-".to_string(),
        })
        .collect();
    chart_with("ratings", t(WorkshopMsg::RatingsTitle), &rows, Some(&shown), lang)
}

fn chart(key: &str, title: &str, rows: &[(String, u32)], lang: Lang) -> Html {
    chart_with(key, title, rows, None, lang)
}

/// A horizontal bar chart (SVG, hidden from screen readers) and its table. `shown` replaces the
/// numbers in the table and beside the bars when given.
fn chart_with(key: &str, title: &str, rows: &[(String, u32)], shown: Option<&[String]>, lang: Lang) -> Html {
    const FULL: u32 = 240;
    const ROW: usize = 40;
    let heading = format!("chart-{key}");
    if rows.is_empty() {
        return html! {
            <div class="chart" data-testid={heading.clone()}>
                <h3 id={heading}>{ title }</h3>
                <p class="muted">{ WorkshopMsg::NoneYet.text(lang) }</p>
            </div>
        };
    }
    let values: Vec<u32> = rows.iter().map(|(_, v)| *v).collect();
    let lengths = bar_lengths(&values, FULL);
    let number = |v: u32| if shown.is_some() { tenths(v, lang) } else { v.to_string() };
    let text_of = |i: usize, v: u32| shown.and_then(|s| s.get(i)).cloned().unwrap_or_else(|| v.to_string());
    let height = rows.len() * ROW;
    html! {
        <div class="chart" data-testid={heading.clone()}>
            <h3 id={heading.clone()}>{ title }</h3>
            <div class="chart-body">
                <svg class="bars" viewBox={format!("0 0 300 {height}")} aria-hidden="true" focusable="false">
                    { for rows.iter().zip(lengths).enumerate().map(|(i, ((label, v), len))| {
                        let y = i * ROW;
                        html! {
                            <g>
                                <text x="0" y={(y + 14).to_string()} font-size="13">{ label.clone() }</text>
                                <rect x="0" y={(y + 20).to_string()} width={len.to_string()} height="14" fill="#0b5d4f" />
                                <text x={(len + 4).to_string()} y={(y + 32).to_string()} font-size="13">{ number(*v) }</text>
                            </g>
                        }
                    }) }
                </svg>
                <table class="data-table" aria-labelledby={heading}>
                    <thead><tr><th scope="col">{ WorkshopMsg::ColWhat.text(lang) }</th><th scope="col">{ WorkshopMsg::ColCount.text(lang) }</th></tr></thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(i, (label, v))| html! {
                            <tr><th scope="row">{ label.clone() }</th><td>{ text_of(i, *v) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
