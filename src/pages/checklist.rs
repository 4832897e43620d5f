//! `#/checklist`: the three groups of the export checklist with ticks, notes and progress; the
//! report to the facilitator; the workshop's evaluation sheet.

use yew::prelude::*;

use crate::data_files::{use_checklist, use_guide, use_needs, use_rules_for};
use crate::domain::change::MAX_LONG_TEXT;
use crate::domain::checklist::{self, ChecklistEdit, Group, Shown};
use crate::domain::lang::Lang;
use crate::domain::market::Guide;
use crate::domain::report;
use crate::domain::workshop::Obstacle;
use crate::domain::workshop::{Question, WorkshopEdit, MAX_RATING, MIN_RATING};
use crate::i18n::checklist::obstacle;
use crate::i18n::checklist::question;
use crate::i18n::report::{evaluation_text, report_text, with_code};
use crate::i18n::{fill, labels, ChecklistMsg, IncotermsMsg};
use crate::share::{self, Outcome};
use crate::state::{use_app, AppContext};

#[function_component(ChecklistPage)]
pub fn checklist_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let catalogue = use_checklist();
    // Hooks before the early return: every render calls the same hooks in the same order.
    let needs = use_needs(&data.profile.products);
    // `#/checklist?to=report` (or `eval`) opens at the report or the evaluation, once they are drawn.
    {
        let to = app.location.query.get("to").map(str::to_string);
        use_effect_with((to, catalogue.ready().is_some()), |(to, ready)| match (to.as_deref(), *ready) {
            (Some("report"), true) => crate::browser::reveal("sec-report"),
            (Some("eval"), true) => crate::browser::reveal("sec-eval"),
            _ => {}
        });
    }
    let Some(catalogue) = catalogue.ready() else {
        return crate::components::loading::loading_or_failed(&catalogue, ChecklistMsg::Title.text(lang), lang);
    };
    let items = &catalogue.items;
    let shown = checklist::shown_for(items, data, &needs);
    let overall = checklist::progress(&shown);

    html! {
        <section class="page checklist" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ ChecklistMsg::Title.text(lang) }</h1>
            <p class="lead">{ ChecklistMsg::Intro.text(lang) }</p>
            <div class="actions no-print" data-testid="checklist-jumps">
                <button type="button" class="button secondary" data-testid="jump-report" onclick={|_| crate::browser::reveal("sec-report")}>{ ChecklistMsg::ReportTitle.text(lang) }</button>
                <button type="button" class="button secondary" data-testid="jump-eval" onclick={|_| crate::browser::reveal("sec-eval")}>{ ChecklistMsg::EvalTitle.text(lang) }</button>
            </div>
            <div class="card progress-card">
                <p id="overall-text">{ fill(ChecklistMsg::Overall.text(lang), &[
                    ("percent", &overall.percent().to_string()), ("done", &overall.done.to_string()), ("total", &overall.total.to_string()),
                ]) }</p>
                <progress max="100" value={overall.percent().to_string()} aria-labelledby="overall-text"
                    data-testid="progress-overall" data-percent={overall.percent().to_string()} />
            </div>
            { for Group::ALL.iter().map(|group| group_view(&app, &shown, *group, lang)) }
            <button type="button" class="button secondary no-print" onclick={|_| crate::browser::print()}>{ ChecklistMsg::Print.text(lang) }</button>
            <ReportCard />
            <EvaluationCard />
        </section>
    }
}

fn group_view(app: &AppContext, shown: &[Shown], group: Group, lang: Lang) -> Html {
    let (title, key) = match group {
        Group::Papers => (ChecklistMsg::GroupPapers, "papers"),
        Group::Steps => (ChecklistMsg::GroupSteps, "steps"),
        Group::Shipment => (ChecklistMsg::GroupShipment, "shipment"),
    };
    let progress = checklist::group_progress(shown, group);
    let heading = format!("group-{key}");
    html! {
        <section class="card group" aria-labelledby={heading.clone()} data-testid={format!("group-{key}")}>
            <h2 id={heading}>{ title.text(lang) }</h2>
            <p id={format!("{key}-progress")} class="help">{ fill(ChecklistMsg::GroupProgress.text(lang), &[("done", &progress.done.to_string()), ("total", &progress.total.to_string())]) }</p>
            <progress max="100" value={progress.percent().to_string()} aria-labelledby={format!("{key}-progress")}
                data-testid={format!("progress-{key}")} data-percent={progress.percent().to_string()} />
            <ul class="items">
                { for shown.iter().filter(|s| s.item.group == group).map(|s| item_view(app, s, lang)) }
            </ul>
            if group == Group::Papers {
                <p class="help" data-testid="permits-pending">{ ChecklistMsg::PermitsPending.text(lang) }{ " " }
                    <a href={crate::domain::route::Route::Classify.href()}>{ fill(ChecklistMsg::OpenTool.text(lang), &[("tool", labels::route_title(crate::domain::route::Route::Classify).text(lang))]) }</a>
                </p>
            }
        </section>
    }
}

fn item_view(app: &AppContext, shown: &Shown, lang: Lang) -> Html {
    let item = shown.item;
    let id = item.id.clone();
    let checkbox_id = format!("item-{id}");
    let note_id = format!("note-{id}");
    let tick = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |event: Event| {
            let done = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            app.change(ChecklistEdit::Tick { id: id.clone(), done, today: crate::browser::today().iso() });
        })
    };
    let note = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
            app.change(ChecklistEdit::Note { id: id.clone(), text });
        })
    };
    let text = |t: &crate::domain::text::Bilingual| t.get(lang).to_string();
    html! {
        <li class={classes!("item", shown.done.then_some("done"))} data-testid="checklist-item" data-item={id.clone()} data-done={shown.done.to_string()}>
            <div class="check">
                <input type="checkbox" id={checkbox_id.clone()} checked={shown.done} onchange={tick} />
                <label for={checkbox_id}>
                    { text(&item.title) }
                    if shown.from_profile {
                        <span class="badge" data-testid="from-profile">{ ChecklistMsg::FromProfile.text(lang) }</span>
                    }
                    if shown.from_work {
                        <span class="badge" data-testid="from-work">{ ChecklistMsg::FromWork.text(lang) }</span>
                    }
                    if shown.done && !shown.date.is_empty() {
                        <span class="badge">{ fill(ChecklistMsg::DoneOn.text(lang), &[("date", shown.date)]) }</span>
                    }
                </label>
            </div>
            <details class="item-details">
                <summary>{ ChecklistMsg::Details.text(lang) }</summary>
                <dl>
                    <dt>{ ChecklistMsg::Why.text(lang) }</dt>
                    <dd>{ text(&item.why) }</dd>
                    <dt>{ ChecklistMsg::How.text(lang) }</dt>
                    <dd>{ text(&item.how) }</dd>
                    if let Some(cost) = &item.cost {
                        <dt>{ ChecklistMsg::Cost.text(lang) }</dt>
                        <dd>{ text(cost) }</dd>
                    }
                    if let Some(time) = &item.time {
                        <dt>{ ChecklistMsg::Time.text(lang) }</dt>
                        <dd>{ text(time) }</dd>
                    }
                </dl>
                <p class="source muted">{ fill(ChecklistMsg::Source.text(lang), &[("source", item.source.get(lang)), ("checked", &item.checked)]) }</p>
                if let Some(route) = item.link() {
                    <p><a href={route.href()}>{ fill(ChecklistMsg::OpenTool.text(lang), &[("tool", labels::route_title(route).text(lang))]) }</a></p>
                }
                <div class="field">
                    <label for={note_id.clone()}>{ ChecklistMsg::Note.text(lang) }</label>
                    <textarea id={note_id} rows="2" maxlength={MAX_LONG_TEXT.to_string()} value={shown.note.to_string()} oninput={note} />
                </div>
            </details>
        </li>
    }
}

fn share_button(
    text: String,
    status: UseStateHandle<Option<Outcome>>,
    label: &'static str,
    testid: &'static str,
) -> Html {
    let onclick = share::share_on_click(text, move |outcome| status.set(Some(outcome)));
    html! { <button type="button" class="button" data-testid={testid} {onclick}>{ label }</button> }
}

#[function_component(ReportCard)]
fn report_card() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let status = use_state(|| None::<Outcome>);
    let catalogue = use_checklist();
    let guide = use_guide();
    let empty = Guide { checked: String::new(), markets: Vec::new(), glossary: Vec::new() };
    let items = catalogue.ready().map_or(&[][..], |c| c.items.as_slice());
    let rules = use_rules_for(&data.profile.products);
    let report = report::report(data, items, guide.ready().unwrap_or(&empty), rules.ready());
    let today = crate::browser::today_or_empty();
    let sheet = report::report_sheet(&report, data, &today);
    let text = with_code(report_text(&report, &today, lang), &sheet, lang);
    let listing = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let done = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            app.change(WorkshopEdit::ListingWritten(done));
        })
    };
    html! {
        <section class="card no-print" aria-labelledby="sec-report">
            <h2 id="sec-report" tabindex="-1">{ ChecklistMsg::ReportTitle.text(lang) }</h2>
            <p>{ ChecklistMsg::ReportIntro.text(lang) }</p>
            <div class="check">
                <input type="checkbox" id="listing-written" checked={data.workshop.listing_written} onchange={listing} />
                <label for="listing-written">{ ChecklistMsg::ListingWritten.text(lang) }</label>
            </div>
            <p class="help">{ ChecklistMsg::AccountHint.text(lang) }</p>
            <p class="label" id="report-label">{ ChecklistMsg::ReportPreview.text(lang) }</p>
            <pre class="report" data-testid="report-text" aria-labelledby="report-label">{ text.clone() }</pre>
            <div class="actions">
                { share_button(text.clone(), status.clone(), ChecklistMsg::ShareReport.text(lang), "share-report") }
                <a class="button secondary" href={share::whatsapp_href(&text)} target="_blank" rel="noopener noreferrer" data-testid="report-whatsapp">{ IncotermsMsg::WhatsApp.text(lang) }</a>
            </div>
            <p role="status" class="status ok" data-testid="report-status">{ share::outcome_text(*status, lang) }</p>
        </section>
    }
}

#[function_component(EvaluationCard)]
fn evaluation_card() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let status = use_state(|| None::<Outcome>);
    let today = crate::browser::today_or_empty();
    let sheet = report::evaluation_sheet(&data.workshop, &data.profile.business_name, &today);
    let text = with_code(evaluation_text(&data.workshop, &data.profile.business_name, &today, lang), &sheet, lang);
    let comments = {
        let app = app.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
            app.change(WorkshopEdit::Comments(text));
        })
    };
    html! {
        <section class="card no-print" aria-labelledby="sec-eval">
            <h2 id="sec-eval" tabindex="-1">{ ChecklistMsg::EvalTitle.text(lang) }</h2>
            <p>{ ChecklistMsg::EvalIntro.text(lang) }</p>
            { for Question::ALL.iter().map(|q| {
                let q = *q;
                let current = data.workshop.rating(q);
                html! {
                    <fieldset class="rating" data-testid={format!("rating-{}", q.key())}>
                        <legend>{ question(q, lang) }</legend>
                        <div class="rating-options">
                            { for (MIN_RATING..=MAX_RATING).map(|r| {
                                let id = format!("rate-{}-{r}", q.key());
                                let app = app.clone();
                                html! {
                                    <span class="rating-option">
                                        <input type="radio" name={format!("rate-{}", q.key())} id={id.clone()} value={r.to_string()} checked={current == Some(r)}
                                            onchange={Callback::from(move |_| app.change(WorkshopEdit::Rate(q, r)))} />
                                        <label for={id}>{ r }</label>
                                    </span>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
            <fieldset class="choices" data-testid="obstacles">
                <legend>{ ChecklistMsg::EvalObstacles.text(lang) }</legend>
                { for Obstacle::ALL.iter().map(|o| {
                    let o = *o;
                    let id = format!("obstacle-{}", o.key());
                    let app = app.clone();
                    let onchange = Callback::from(move |event: Event| {
                        let held = event.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        app.change(WorkshopEdit::Obstacle(o, held));
                    });
                    html! {
                        <div class="check">
                            <input type="checkbox" id={id.clone()} checked={data.workshop.obstacles.contains(&o)} {onchange} />
                            <label for={id}>{ obstacle(o, lang) }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="field">
                <label for="eval-comments">{ ChecklistMsg::EvalComments.text(lang) }</label>
                <textarea id="eval-comments" rows="3" maxlength={MAX_LONG_TEXT.to_string()} value={data.workshop.comments.clone()} oninput={comments} />
            </div>
            <pre class="report" data-testid="evaluation-text">{ text.clone() }</pre>
            <div class="actions">
                { share_button(text.clone(), status.clone(), ChecklistMsg::ShareEvaluation.text(lang), "share-evaluation") }
                <a class="button secondary" href={share::whatsapp_href(&text)} target="_blank" rel="noopener noreferrer">{ IncotermsMsg::WhatsApp.text(lang) }</a>
            </div>
            <p role="status" class="status ok">{ share::outcome_text(*status, lang) }</p>
        </section>
    }
}
