//! The open document: every field in her language with its plain-words explanation and its
//! problem beside it, what is still missing, the chain's next steps, print, and the preview.

use yew::prelude::*;

use super::fields::{Input, Kind, Select};
use super::sheet::Sheet;
use crate::domain::documents::check::At;
use crate::domain::documents::start::{can_derive, derive_edit};
use crate::domain::documents::store::{MAX_BLOCK_TEXT, MAX_LINES, MAX_PACKAGES, MAX_TEXT};
use crate::domain::documents::view::{editor, EditorView};
use crate::domain::documents::{DocField, DocKind, Document, DocumentsEdit, LineField, PackageField};
use crate::domain::incoterms::Incoterm;
use crate::domain::lang::Lang;
use crate::domain::money::Currency;
use crate::i18n::documents::{
    field_help, field_label, issue_text, kind_name, line_help, line_label, package_help, package_label, problem_text,
    DocumentsMsg,
};
use crate::i18n::fill;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub id: u32,
}

/// The sections of the form, in order, with the fields each shows.
const SECTIONS: [(DocumentsMsg, &[DocField]); 4] = [
    (DocumentsMsg::SecNumber, &[DocField::Number, DocField::Date, DocField::Reference]),
    (
        DocumentsMsg::SecSeller,
        &[
            DocField::SellerName,
            DocField::SellerAddress,
            DocField::SellerPhone,
            DocField::SellerEmail,
            DocField::SellerTaxId,
        ],
    ),
    (
        DocumentsMsg::SecBuyer,
        &[DocField::BuyerName, DocField::BuyerAddress, DocField::BuyerCountry, DocField::BuyerContact],
    ),
    (
        DocumentsMsg::SecShipment,
        &[
            DocField::ShipmentDate,
            DocField::Transport,
            DocField::PortLoading,
            DocField::PortDischarge,
            DocField::Origin,
            DocField::Marks,
        ],
    ),
];

const TERMS: [DocField; 4] = [DocField::Place, DocField::PaymentTerms, DocField::DeliveryTime, DocField::ValidUntil];
const BANK: [DocField; 4] =
    [DocField::BankName, DocField::BankAccountName, DocField::BankAccountNumber, DocField::BankSwift];

fn input_kind(field: DocField) -> Kind {
    match field {
        f if f.is_block() => Kind::Block,
        f if f.is_date() => Kind::Date,
        DocField::SellerEmail => Kind::Email,
        DocField::SellerPhone => Kind::Tel,
        _ => Kind::Text,
    }
}

/// The problem at `at`, in her language.
fn error_at(view: &EditorView, at: At, lang: Lang) -> Option<AttrValue> {
    view.issues.iter().find(|i| i.at == at).map(|i| AttrValue::from(problem_text(i.problem, lang)))
}

#[function_component(Editor)]
pub fn document_editor(props: &EditorProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let Some(doc) = data.documents.get(props.id) else {
        return html! {};
    };
    let view = editor(&data.documents, doc, &data.calculator.saved);
    let change = {
        let app = app.clone();
        Callback::from(move |edit: DocumentsEdit| app.change(edit))
    };
    let kind = doc.kind;
    let prices = kind.has_prices();

    let field = |f: DocField| -> Html {
        if !f.applies_to(kind) {
            return html! {};
        }
        let mut error = error_at(&view, At::Field(f), lang);
        if f == DocField::Number && error.is_none() && view.duplicate {
            error = Some(AttrValue::from(DocumentsMsg::NumberTaken.text(lang)));
        }
        let max = if f.is_block() { MAX_BLOCK_TEXT } else { MAX_TEXT };
        html! {
            <Input key={f.key()} id={format!("doc-{}", f.key())} label={field_label(f, lang)}
                help={Some(AttrValue::from(field_help(f, lang)))} {error} value={doc.get(f).to_string()}
                maxlength={max} kind={input_kind(f)} oninput={change.reform(move |text| DocumentsEdit::Text(f, text))} />
        }
    };
    let section = |title: DocumentsMsg, fields: &[DocField], extra: Html| -> Html {
        let id = format!("doc-sec-{title:?}").to_lowercase();
        html! {
            <section class="card no-print" aria-labelledby={id.clone()}>
                <h2 {id}>{ title.text(lang) }</h2>
                { extra }
                { for fields.iter().map(|f| field(*f)) }
            </section>
        }
    };

    let derive = |to: DocKind| {
        let app = app.clone();
        let from = doc.id;
        Callback::from(move |_: MouseEvent| {
            let today = crate::browser::today().iso();
            if let Some(edit) = derive_edit(&app.state.data.documents, from, to, &today) {
                app.change(edit);
            }
        })
    };
    let close = change.reform(|_: MouseEvent| DocumentsEdit::Close);
    let print = Callback::from(|_: MouseEvent| crate::browser::print());

    let terms_extra = html! {
        <>
            <Select id="doc-currency" label={DocumentsMsg::Currency.text(lang)} help={Some(AttrValue::from(DocumentsMsg::CurrencyHelp.text(lang)))}
                options={Currency::ALL.iter().map(|c| (AttrValue::from(c.code()), AttrValue::from(c.code()))).collect::<Vec<_>>()}
                value={doc.currency.code()}
                onchange={change.reform(|code: String| DocumentsEdit::Currency(Currency::from_code(&code).unwrap_or_default()))} />
            <Select id="doc-incoterm" label={DocumentsMsg::Incoterm.text(lang)} help={Some(AttrValue::from(DocumentsMsg::IncotermHelp.text(lang)))}
                error={error_at(&view, At::Incoterm, lang)}
                options={std::iter::once((AttrValue::from(""), AttrValue::from(DocumentsMsg::NoIncoterm.text(lang))))
                    .chain(Incoterm::ALL.iter().map(|r| (AttrValue::from(r.code()), AttrValue::from(r.code())))).collect::<Vec<_>>()}
                value={doc.incoterm.map(Incoterm::code).unwrap_or("")}
                onchange={change.reform(|code: String| DocumentsEdit::Incoterm(Incoterm::from_code(&code)))} />
        </>
    };

    html! {
        <div class="doc-editor" data-testid="doc-editor" data-kind={kind.code()}>
            <section class="card no-print" aria-labelledby="doc-editing">
                <h2 id="doc-editing">
                    { fill(DocumentsMsg::Editing.text(lang), &[("kind", kind_name(kind, lang)), ("number", doc.get(DocField::Number).trim())]) }
                </h2>
                <p class="muted">{ DocumentsMsg::Saved.text(lang) }</p>
                <div class="actions">
                    <button type="button" class="button secondary" data-testid="doc-back" onclick={close}>{ DocumentsMsg::Back.text(lang) }</button>
                    <button type="button" class="button" data-testid="doc-print" onclick={print}>{ DocumentsMsg::Print.text(lang) }</button>
                    if can_derive(kind, DocKind::Commercial) {
                        <button type="button" class="button secondary" data-testid="doc-to-invoice" onclick={derive(DocKind::Commercial)}>
                            { DocumentsMsg::CopyAsInvoice.text(lang) }
                        </button>
                    }
                    if can_derive(kind, DocKind::PackingList) {
                        <button type="button" class="button secondary" data-testid="doc-to-packing" onclick={derive(DocKind::PackingList)}>
                            { DocumentsMsg::MakePackingList.text(lang) }
                        </button>
                    }
                </div>
                <p class="help">{ DocumentsMsg::PrintHelp.text(lang) }</p>
                <h3>{ DocumentsMsg::Missing.text(lang) }</h3>
                if view.issues.is_empty() {
                    <p class="doc-state ok" data-testid="doc-complete">{ DocumentsMsg::MissingNone.text(lang) }</p>
                } else {
                    <ul class="doc-missing" data-testid="doc-missing">
                        { for view.issues.iter().map(|issue| html! { <li>{ issue_text(*issue, lang) }</li> }) }
                    </ul>
                }
            </section>
            { section(SECTIONS[0].0, SECTIONS[0].1, html! {}) }
            { section(SECTIONS[1].0, SECTIONS[1].1, html! { <p class="help">{ DocumentsMsg::SellerNote.text(lang) }</p> }) }
            { section(SECTIONS[2].0, SECTIONS[2].1, html! {}) }
            if prices {
                { section(DocumentsMsg::SecTerms, &TERMS, terms_extra) }
            } else {
                { section(DocumentsMsg::SecTerms, &[DocField::DeliveryTime, DocField::ValidUntil], html! {}) }
            }
            { section(SECTIONS[3].0, SECTIONS[3].1, html! {}) }
            <Lines document={doc.clone()} view={view.clone()} />
            if kind == DocKind::PackingList {
                <Packages document={doc.clone()} view={view.clone()} />
            }
            if prices {
                { section(DocumentsMsg::SecBank, &BANK, html! {}) }
            }
            <section class="doc-preview" aria-labelledby="doc-preview-title">
                <h2 id="doc-preview-title" class="no-print">{ DocumentsMsg::Preview.text(lang) }</h2>
                <Sheet printed={view.printed.clone()} label={DocumentsMsg::Preview.text(lang)} />
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PartProps {
    document: Document,
    view: EditorView,
}

/// The lines of goods, with each line's amount and the total in figures and words.
#[function_component(Lines)]
fn lines(props: &PartProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let doc = &props.document;
    let view = &props.view;
    let prices = doc.kind.has_prices();
    let change = {
        let app = app.clone();
        Callback::from(move |edit: DocumentsEdit| app.change(edit))
    };
    let fields: Vec<LineField> = LineField::ALL.into_iter().filter(|f| prices || *f != LineField::UnitPrice).collect();
    html! {
        <section class="card no-print" aria-labelledby="doc-sec-lines">
            <h2 id="doc-sec-lines">{ DocumentsMsg::SecLines.text(lang) }</h2>
            if let Some(error) = error_at(view, At::Lines, lang) {
                <p class="field-error">{ error }</p>
            }
            <ol class="doc-rows">
                { for doc.lines.iter().enumerate().map(|(i, line)| {
                    let n = (i + 1).to_string();
                    let amount = view.printed.lines.get(i).map(|l| l.amount.clone()).unwrap_or_default();
                    html! {
                        <li class="doc-row" data-testid="doc-line" key={i}>
                            <fieldset>
                                <legend>{ fill(DocumentsMsg::LineN.text(lang), &[("n", &n)]) }</legend>
                                { for fields.iter().map(|f| {
                                    let f = *f;
                                    let kind = match f {
                                        LineField::Description => Kind::Block,
                                        LineField::Quantity | LineField::UnitPrice => Kind::Number,
                                        LineField::Hs | LineField::Unit => Kind::Text,
                                    };
                                    let max = if f == LineField::Description { MAX_BLOCK_TEXT } else { MAX_TEXT };
                                    html! {
                                        <Input id={format!("doc-line-{i}-{}", f.key())} label={line_label(f, lang)}
                                            help={Some(AttrValue::from(line_help(f, lang)))} error={error_at(view, At::Line(i, f), lang)}
                                            value={line.get(f).to_string()} maxlength={max} {kind}
                                            oninput={change.reform(move |text| DocumentsEdit::Line(i, f, text))} />
                                    }
                                }) }
                                if prices && !amount.is_empty() {
                                    <p class="doc-line-amount">
                                        { fill(DocumentsMsg::LineAmount.text(lang), &[("amount", &format!("{} {amount}", doc.currency.code()))]) }
                                    </p>
                                }
                                <button type="button" class="button secondary" data-testid="doc-remove-line"
                                    onclick={change.reform(move |_: MouseEvent| DocumentsEdit::RemoveLine(i))}>
                                    { fill(DocumentsMsg::RemoveLine.text(lang), &[("n", &n)]) }
                                </button>
                            </fieldset>
                        </li>
                    }
                }) }
            </ol>
            if doc.lines.len() < MAX_LINES {
                <button type="button" class="button secondary" data-testid="doc-add-line" onclick={change.reform(|_: MouseEvent| DocumentsEdit::AddLine)}>
                    { DocumentsMsg::AddLine.text(lang) }
                </button>
            }
            if prices {
                <div class="doc-total-box" role="status">
                    if let Some(total) = &view.printed.total {
                        <p class="total">{ fill(DocumentsMsg::TotalLabel.text(lang), &[("total", &total.text)]) }</p>
                        <p><span class="label">{ DocumentsMsg::Words.text(lang) }</span>{ ": " }<span lang="en">{ &total.words }</span></p>
                    } else {
                        <p class="muted">{ DocumentsMsg::NoTotal.text(lang) }</p>
                    }
                    if let Some((quoted, ours)) = &view.quote_differs {
                        <p class="help" data-testid="doc-quote-differs">
                            { fill(DocumentsMsg::QuoteDiffers.text(lang), &[("ours", ours), ("quoted", quoted)]) }
                        </p>
                    }
                    if let Some(error) = error_at(view, At::Total, lang) {
                        <p class="field-error">{ error }</p>
                    }
                </div>
            }
        </section>
    }
}

/// The packing list's package rows and their totals.
#[function_component(Packages)]
fn packages(props: &PartProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let doc = &props.document;
    let view = &props.view;
    let change = {
        let app = app.clone();
        Callback::from(move |edit: DocumentsEdit| app.change(edit))
    };
    html! {
        <section class="card no-print" aria-labelledby="doc-sec-packages">
            <h2 id="doc-sec-packages">{ DocumentsMsg::SecPackages.text(lang) }</h2>
            <p class="help">{ DocumentsMsg::PackagesHelp.text(lang) }</p>
            if let Some(error) = error_at(view, At::Packages, lang) {
                <p class="field-error">{ error }</p>
            }
            <ol class="doc-rows">
                { for doc.packages.iter().enumerate().map(|(i, package)| {
                    let n = (i + 1).to_string();
                    html! {
                        <li class="doc-row" data-testid="doc-package" key={i}>
                            <fieldset>
                                <legend>{ fill(DocumentsMsg::PackageN.text(lang), &[("n", &n)]) }</legend>
                                { for PackageField::ALL.iter().map(|f| {
                                    let f = *f;
                                    let kind = if f == PackageField::Kind { Kind::Text } else { Kind::Number };
                                    html! {
                                        <Input id={format!("doc-pkg-{i}-{}", f.key())} label={package_label(f, lang)}
                                            help={Some(AttrValue::from(package_help(f, lang)))} error={error_at(view, At::Package(i, f), lang)}
                                            value={package.get(f).to_string()} maxlength={MAX_TEXT} {kind}
                                            oninput={change.reform(move |text| DocumentsEdit::Package(i, f, text))} />
                                    }
                                }) }
                                <button type="button" class="button secondary" data-testid="doc-remove-package"
                                    onclick={change.reform(move |_: MouseEvent| DocumentsEdit::RemovePackage(i))}>
                                    { fill(DocumentsMsg::RemovePackage.text(lang), &[("n", &n)]) }
                                </button>
                            </fieldset>
                        </li>
                    }
                }) }
            </ol>
            if doc.packages.len() < MAX_PACKAGES {
                <button type="button" class="button secondary" data-testid="doc-add-package" onclick={change.reform(|_: MouseEvent| DocumentsEdit::AddPackage)}>
                    { DocumentsMsg::AddPackage.text(lang) }
                </button>
            }
            if let Some(totals) = &view.printed.packing_totals {
                <p class="total" role="status">
                    { fill(DocumentsMsg::PackingTotals.text(lang), &[
                        ("packages", &totals.packages), ("net", &totals.net), ("gross", &totals.gross), ("volume", &totals.volume),
                    ]) }
                </p>
            }
        </section>
    }
}
