//! One search result: an export rule (status, what it means, documents with issuers, source and
//! date, the shipment documents) or an HS code no rule covers ("presumed free — check INSW").
//! Either can be saved to her products, which is how the checklist learns the permits she needs.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::classification::badge;
use crate::components::fields::Select;
use crate::components::text;
use crate::domain::change::{classify_target, ClassifyTarget, ProfileEdit};
use crate::domain::classify::save::{save_choice, SaveChoice};
use crate::domain::classify::{
    dotted, product_name_for, DocumentType, MatchedBy, Nomenclature, Rule, RuleBook, Status,
};
use crate::domain::lang::Lang;
use crate::domain::model::ProductClass;
use crate::domain::route::Route;
use crate::i18n::classify::{self as words, ClassifyMsg};
use crate::i18n::fill;
use crate::state::use_app;

#[derive(Properties)]
pub struct RuleCardProps {
    pub book: Rc<RuleBook>,
    pub hs: Option<Rc<Nomenclature>>,
    pub rule_id: String,
    pub by: MatchedBy,
    pub query: String,
    pub product: Option<u32>,
}

/// The data files are compared by address: they never change while the app runs.
impl PartialEq for RuleCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.book, &other.book)
            && same(&self.hs, &other.hs)
            && (&self.rule_id, self.by, &self.query, self.product)
                == (&other.rule_id, other.by, &other.query, other.product)
    }
}

#[derive(Properties)]
pub struct CandidateCardProps {
    pub book: Rc<RuleBook>,
    pub hs: Option<Rc<Nomenclature>>,
    pub code: String,
    pub query: String,
    pub product: Option<u32>,
}

impl PartialEq for CandidateCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.book, &other.book)
            && same(&self.hs, &other.hs)
            && (&self.code, &self.query, self.product) == (&other.code, &other.query, other.product)
    }
}

fn same<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

#[function_component(RuleCard)]
pub fn rule_card(props: &RuleCardProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let open = use_state(|| false);
    let Some(rule) = props.book.rule(&props.rule_id) else {
        return Html::default();
    };
    let codes = rule.hs.iter().map(|c| dotted(c)).collect::<Vec<_>>().join(", ");
    let hs_line = props.hs.as_deref().and_then(|hs| hs.nearest(rule.main_hs()));
    let panel = format!("shipment-{}", rule.id);
    let text = |t: &crate::domain::text::Bilingual| t.get(lang).to_string();
    let class = ProductClass::Rule { id: rule.id.clone() };
    let name = product_name_for(&props.query, rule.name.get(lang));
    html! {
        <article class={classes!("card", "result", format!("status-{}", rule.status.code()))} data-testid="commodity-result"
            data-status={rule.status.code()} data-hs={rule.main_hs().to_string()} data-rule={rule.id.clone()} aria-labelledby={format!("rule-{}", rule.id)}>
            { badge(rule.status, words::status(rule.status, lang)) }
            <h2 id={format!("rule-{}", rule.id)}>{ text(&rule.name) }</h2>
            <p class="hs-codes">{ fill(ClassifyMsg::HsCodes.text(lang), &[("codes", &codes)]) }</p>
            <SaveAction product={props.product} {name} {class} card={format!("rule-{}", rule.id)} />
            if let Some(entry) = hs_line {
                <p class="help">{ ClassifyMsg::HsEnglish.text(lang) }{ " " }<span lang="en">{ format!("{} {}", entry.dotted(), entry.description) }</span></p>
            }
            <p class="help matched">{ words::matched_by(props.by, lang) }</p>
            <p class="meaning">{ text(&rule.meaning) }</p>
            if !rule.conditions.is_empty() {
                <div class="conditions">
                    <p class="label">{ ClassifyMsg::Conditions.text(lang) }</p>
                    <ul>
                        { for rule.conditions.iter().map(|c| html! {
                            <li>{ text(&c.when) }{ " → " }{ badge(c.status, words::status(c.status, lang)) }</li>
                        }) }
                    </ul>
                </div>
            }
            if let Some(notes) = &rule.notes {
                <p><strong>{ ClassifyMsg::Notes.text(lang) }{ ": " }</strong>{ text(notes) }</p>
            }
            if rule.uncertain {
                <p class="notice notice-warning" data-testid="check-insw">{ ClassifyMsg::Uncertain.text(lang) }</p>
            }
            <h3>{ ClassifyMsg::Documents.text(lang) }</h3>
            { documents(&props.book.documents_for(rule), lang, ClassifyMsg::NoDocuments.text(lang)) }
            <p class="source muted">{ fill(ClassifyMsg::Source.text(lang), &[("source", rule.source.get(lang)), ("checked", &rule.checked)]) }</p>
            <ShipmentToggle panel={panel.clone()} open={open.clone()} />
            if *open {
                { shipment(&panel, rule.name.get(lang), &props.book.shipment_documents(rule), None, lang) }
            }
        </article>
    }
}

#[function_component(CandidateCard)]
pub fn candidate_card(props: &CandidateCardProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let open = use_state(|| false);
    let Some(entry) = props.hs.as_deref().and_then(|hs| hs.entry(&props.code)) else {
        return Html::default();
    };
    let path = props.hs.as_deref().map(|hs| hs.path(&entry.code)).unwrap_or_default();
    let partly = props.book.rules_within(&entry.code);
    let panel = format!("shipment-hs-{}", entry.code);
    let title = format!("HS {}", entry.dotted());
    let class = ProductClass::Hs { code: entry.code.clone() };
    let name = product_name_for(&props.query, &entry.short_description());
    html! {
        <article class="card result status-free presumed" data-testid="commodity-result" data-status={Status::Free.code()}
            data-hs={entry.code.clone()} data-kind="hs" aria-labelledby={format!("hs-{}", entry.code)}>
            { badge(Status::Free, ClassifyMsg::StatusPresumed.text(lang)) }
            <h2 id={format!("hs-{}", entry.code)}>{ title.clone() }{ " · " }<span lang="en">{ entry.description.clone() }</span></h2>
            <SaveAction product={props.product} {name} {class} card={format!("hs-{}", entry.code)} />
            if path.len() > 1 {
                <p class="help hs-path" lang="en">{ path.iter().take(path.len() - 1).map(|e| format!("{} {}", e.dotted(), e.description)).collect::<Vec<_>>().join(" › ") }</p>
            }
            <p class="notice notice-info" data-testid="check-insw">{ ClassifyMsg::NotInRules.text(lang) }</p>
            if !partly.is_empty() {
                <div class="partly">
                    <p class="label">{ ClassifyMsg::Partly.text(lang) }</p>
                    <ul>
                        { for partly.iter().map(|rule| partly_link(rule, lang)) }
                    </ul>
                </div>
            }
            <p class="source muted">{ fill(ClassifyMsg::Source.text(lang), &[("source", ClassifyMsg::PresumedSource.text(lang)), ("checked", &props.book.checked)]) }</p>
            <ShipmentToggle panel={panel.clone()} open={open.clone()} />
            if *open {
                { shipment(&panel, &title, &props.book.every_shipment(), Some(ClassifyMsg::ShipmentUnknownPermits.text(lang)), lang) }
            }
        </article>
    }
}

fn partly_link(rule: &Rule, lang: Lang) -> Html {
    let href = format!("{}?q={}", Route::Classify.href(), crate::domain::query::encode_component(rule.name.get(lang)));
    html! {
        <li><a {href}>{ rule.name.get(lang) }</a>{ " — " }{ badge(rule.status, words::status(rule.status, lang)) }</li>
    }
}

fn documents(docs: &[&DocumentType], lang: Lang, none: &str) -> Html {
    if docs.is_empty() {
        return html! { <p class="help">{ none.to_string() }</p> };
    }
    html! {
        <ul class="documents">
            { for docs.iter().map(|doc| document(doc, lang, "document")) }
        </ul>
    }
}

fn document(doc: &DocumentType, lang: Lang, testid: &'static str) -> Html {
    let text = |t: &crate::domain::text::Bilingual| t.get(lang).to_string();
    let by = match doc.by {
        crate::domain::classify::RequiredBy::Indonesia => "indonesia",
        crate::domain::classify::RequiredBy::Buyer => "buyer",
    };
    html! {
        <li class="document" data-testid={testid} data-doc={doc.id.clone()} data-by={by}>
            <p><strong>{ text(&doc.name) }</strong>{ " " }<span class={classes!("badge", format!("by-{by}"))}>{ words::required_by(doc.by, lang) }</span></p>
            <p class="help">{ fill(ClassifyMsg::Issuer.text(lang), &[("issuer", doc.issuer.get(lang))]) }</p>
            if let Some(when) = &doc.when {
                <p class="help">{ fill(ClassifyMsg::When.text(lang), &[("when", when.get(lang))]) }</p>
            }
            <details class="item-details">
                <summary>{ ClassifyMsg::HowToGet.text(lang) }</summary>
                <p>{ text(&doc.how) }</p>
                <p class="source muted">{ fill(ClassifyMsg::Source.text(lang), &[("source", doc.source.get(lang)), ("checked", &doc.checked)]) }</p>
            </details>
        </li>
    }
}

/// Every document one shipment needs, each marked "required by Indonesia" or "often required by
/// the buyer's country".
fn shipment(id: &str, name: &str, docs: &[&DocumentType], note: Option<&str>, lang: Lang) -> Html {
    html! {
        <section class="shipment" id={id.to_string()} data-testid="shipment-documents" aria-label={fill(ClassifyMsg::ShipmentTitle.text(lang), &[("name", name)])}>
            <h3>{ fill(ClassifyMsg::ShipmentTitle.text(lang), &[("name", name)]) }</h3>
            <p class="help">{ ClassifyMsg::ShipmentIntro.text(lang) }</p>
            <ul class="documents">
                { for docs.iter().map(|doc| document(doc, lang, "shipment-document")) }
            </ul>
            if let Some(note) = note {
                <p class="notice notice-info">{ note.to_string() }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SaveProps {
    product: Option<u32>,
    /// The name a new product would get.
    name: String,
    class: ProductClass,
    /// Unique within the page: the card's id, for the product picker's label.
    card: String,
}

/// "Save to my products" at the top of a result (or "Saved for …"). When the result is not tied
/// to a product yet and she has products, she picks which one it is for (`domain::classify::save`).
#[function_component(SaveAction)]
fn save_action(props: &SaveProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let saved = use_state(|| None::<String>);
    let profile = &app.state.data.profile;
    let choice = save_choice(profile, props.product, &props.name);
    let suggested = match &choice {
        SaveChoice::Ask { suggested, .. } => suggested.map_or(NEW.to_string(), |id| id.to_string()),
        SaveChoice::Fixed(_) => NEW.to_string(),
    };
    // Her pick, until the choice itself changes (another product saved, another search).
    let picked = use_state_eq(|| None::<String>);
    {
        let picked = picked.clone();
        use_effect_with(choice.clone(), move |_| picked.set(None));
    }
    let pick = (*picked).clone().unwrap_or(suggested);
    let save = {
        let (app, saved) = (app.clone(), saved.clone());
        let (name, class, choice, pick) = (props.name.clone(), props.class.clone(), choice.clone(), pick.clone());
        let product = props.product;
        Callback::from(move |_| {
            let product = match &choice {
                SaveChoice::Ask { .. } => pick.parse::<u32>().ok(),
                SaveChoice::Fixed(_) => product,
            };
            let profile = &app.state.data.profile;
            let message = match classify_target(profile, product, &name) {
                ClassifyTarget::Existing(id) => {
                    let product_name = profile
                        .products
                        .iter()
                        .find(|p| p.id == id)
                        .map(|p| p.name.trim().to_string())
                        .unwrap_or_default();
                    fill(ClassifyMsg::Saved.text(lang), &[("name", &product_name)])
                }
                ClassifyTarget::New => fill(ClassifyMsg::SavedNew.text(lang), &[("name", name.trim())]),
                ClassifyTarget::Full => ClassifyMsg::ProductsFull.text(lang).to_string(),
            };
            app.change(ProfileEdit::Classify { product, name: name.clone(), class: class.clone() });
            saved.set(Some(message));
        })
    };
    let status = html! {
        <p role="status" class="status ok" data-testid="save-status">
            if let Some(message) = &*saved {
                { message.clone() }{ " " }<a href={Route::Checklist.href()}>{ ClassifyMsg::OpenChecklist.text(lang) }</a>
            }
        </p>
    };
    match &choice {
        SaveChoice::Fixed(ClassifyTarget::Existing(id)) => {
            let existing = profile.products.iter().find(|p| p.id == *id);
            let product_name = existing.map(|p| p.name.trim().to_string()).unwrap_or_default();
            let already = existing.is_some_and(|p| p.class.as_ref() == Some(&props.class));
            let label = if already { ClassifyMsg::AlreadySaved } else { ClassifyMsg::SaveFor };
            let label = text::fill_user(label.text(lang), "name", &product_name);
            html! {
                <div class="save-action">
                    if already {
                        <p class="saved-note" data-testid="saved-note"><span aria-hidden="true">{ "✓ " }</span>{ label }</p>
                    } else {
                        <div class="actions"><button type="button" class="button" data-testid="save-product" onclick={save}>{ label }</button></div>
                    }
                    { status }
                </div>
            }
        }
        SaveChoice::Fixed(_) => html! {
            <div class="save-action">
                <div class="actions"><button type="button" class="button" data-testid="save-product" onclick={save}>{ ClassifyMsg::Save.text(lang) }</button></div>
                { status }
            </div>
        },
        SaveChoice::Ask { products, full, .. } => {
            let id = format!("save-for-{}", props.card);
            let onchange = {
                let picked = picked.clone();
                Callback::from(move |value: String| picked.set(Some(value)))
            };
            let new_label = fill(ClassifyMsg::SaveForNew.text(lang), &[("name", props.name.trim())]);
            html! {
                <div class="save-action field">
                    <label for={id.clone()}>{ ClassifyMsg::SaveWhich.text(lang) }</label>
                    <Select id={id.clone()} value={pick.clone()} {onchange} testid="save-for">
                        { for products.iter().map(|(pid, pname)| {
                            let value = pid.to_string();
                            html! { <option value={value.clone()} selected={value == pick}>{ pname.clone() }</option> }
                        }) }
                        if !*full {
                            <option value={NEW} selected={pick == NEW}>{ new_label }</option>
                        }
                    </Select>
                    <div class="actions"><button type="button" class="button" data-testid="save-product" onclick={save}>{ ClassifyMsg::SaveChosen.text(lang) }</button></div>
                    { status }
                </div>
            }
        }
    }
}

/// The product picker's value for "a new product".
const NEW: &str = "new";

#[derive(Properties, PartialEq)]
struct ShipmentToggleProps {
    /// The shipment panel's id, and whether it is open.
    panel: String,
    open: UseStateHandle<bool>,
}

/// Shows or hides the documents of a shipment under the result.
#[function_component(ShipmentToggle)]
fn shipment_toggle(props: &ShipmentToggleProps) -> Html {
    let lang = use_app().lang();
    let toggle = {
        let open = props.open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="actions">
            <button type="button" class="button secondary" data-testid="show-shipment" aria-expanded={props.open.to_string()} aria-controls={props.panel.clone()} onclick={toggle}>{ ClassifyMsg::ShipmentShow.text(lang) }</button>
        </div>
    }
}
