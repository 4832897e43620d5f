//! Her saved documents, newest first: open, duplicate, delete (asked in the page: a `confirm()`
//! dialog is silently refused inside sandboxed iframes).

use yew::prelude::*;

use crate::domain::documents::start::duplicate_edit;
use crate::domain::documents::view::{list, ListItem};
use crate::domain::documents::{Documents, DocumentsEdit};
use crate::i18n::documents::{kind_name, DocumentsMsg};
use crate::i18n::fill;
use crate::state::use_app;

#[function_component(DocList)]
pub fn doc_list() -> Html {
    let app = use_app();
    let lang = app.lang();
    let items = list(&app.state.data.documents);
    let asking = use_state(|| None::<u32>);
    html! {
        <section class="card no-print" aria-labelledby="doc-list-title">
            <h2 id="doc-list-title">{ DocumentsMsg::MyDocuments.text(lang) }</h2>
            if items.is_empty() {
                <p class="muted" data-testid="doc-list-empty">{ DocumentsMsg::NoDocuments.text(lang) }</p>
            } else {
                <ul class="doc-list">
                    { for items.into_iter().map(|item| { let key = item.id; html! { <Item {key} {item} asking={asking.clone()} /> } }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    item: ListItem,
    asking: UseStateHandle<Option<u32>>,
}

#[function_component(Item)]
fn item(props: &ItemProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let item = &props.item;
    let id = item.id;
    let number = if item.number.is_empty() { "—".to_string() } else { item.number.clone() };
    let edit = |make: fn(&Documents, u32, &str) -> Option<DocumentsEdit>| {
        let app = app.clone();
        let asking = props.asking.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(None);
            if let Some(edit) = make(&app.state.data.documents, id, &crate::browser::today().iso()) {
                app.change(edit);
            }
        })
    };
    let open = edit(|_, id, _| Some(DocumentsEdit::Open(id)));
    let duplicate = edit(duplicate_edit);
    let delete = edit(|_, id, _| Some(DocumentsEdit::Delete(id)));
    let ask = {
        let asking = props.asking.clone();
        Callback::from(move |_| asking.set(Some(id)))
    };
    let keep = {
        let asking = props.asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let named = |msg: DocumentsMsg| fill(msg.text(lang), &[("number", &number)]);
    let details = [Some(item.date.clone()), Some(item.buyer.clone()), item.total.clone()]
        .into_iter()
        .flatten()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <li class="doc-item" data-testid="doc-item" data-kind={item.kind.code()} data-number={item.number.clone()}
            data-complete={item.complete.to_string()}>
            <p class="doc-item-title"><strong>{ format!("{} {number}", kind_name(item.kind, lang)) }</strong></p>
            if !details.is_empty() {
                <p class="muted">{ details }</p>
            }
            <p class={classes!("doc-state", if item.complete { "ok" } else { "todo" })}>
                { if item.complete { DocumentsMsg::Complete.text(lang) } else { DocumentsMsg::Incomplete.text(lang) } }
            </p>
            if item.duplicate {
                <p class="field-error">{ DocumentsMsg::NumberTaken.text(lang) }</p>
            }
            if *props.asking == Some(id) {
                <div class="confirm">
                    <p role="alert">{ named(DocumentsMsg::ConfirmDelete) }</p>
                    <div class="actions">
                        <button type="button" class="button danger" data-testid="doc-delete-confirm" onclick={delete}>
                            { DocumentsMsg::ConfirmYes.text(lang) }
                        </button>
                        <button type="button" class="button secondary" data-testid="doc-delete-cancel" onclick={keep}>
                            { DocumentsMsg::ConfirmNo.text(lang) }
                        </button>
                    </div>
                </div>
            } else {
                <div class="actions">
                    <button type="button" class="button" data-testid="doc-open" aria-label={named(DocumentsMsg::OpenNamed)} onclick={open}>
                        { DocumentsMsg::Open.text(lang) }
                    </button>
                    <button type="button" class="button secondary" data-testid="doc-duplicate"
                        aria-label={named(DocumentsMsg::DuplicateNamed)} onclick={duplicate}>
                        { DocumentsMsg::Duplicate.text(lang) }
                    </button>
                    <button type="button" class="button secondary" data-testid="doc-delete" aria-label={named(DocumentsMsg::DeleteNamed)} onclick={ask}>
                        { DocumentsMsg::Delete.text(lang) }
                    </button>
                </div>
            }
        </li>
    }
}
