//! The document as printed: always English (`lang="en"`), her letterhead on top, DRAFT while
//! something required is missing. The same element is the on-screen preview and, with the print
//! stylesheet, the A4 page: nothing else of the app is printed.

use yew::prelude::*;

use crate::domain::documents::view::{english as en, Printed};

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub printed: Printed,
    /// The accessible name of the preview, in her language.
    pub label: AttrValue,
}

#[function_component(Sheet)]
pub fn sheet(props: &SheetProps) -> Html {
    let p = &props.printed;
    let prices = p.kind.has_prices();
    html! {
        <article class={classes!("doc-sheet", p.draft.then_some("draft"))} lang="en" aria-label={props.label.clone()}
            data-testid="doc-sheet" data-kind={p.kind.code()} data-draft={p.draft.to_string()}>
            if p.draft {
                <p class="doc-draft" data-testid="doc-draft"><span>{ en::DRAFT }</span>
                    <span class="doc-draft-note">{ en::DRAFT_NOTE }</span></p>
            }
            <header class="doc-letterhead">
                <p class="doc-seller-name">{ &p.letterhead_name }</p>
                { for p.letterhead_lines.iter().map(|line| html! { <p>{ line }</p> }) }
            </header>
            <h2 class="doc-title">{ p.title }</h2>
            <div class="doc-parties">
                <section class="doc-buyer">
                    <h3>{ en::BUYER }</h3>
                    { for p.buyer.iter().map(|line| html! { <p>{ line }</p> }) }
                </section>
                <dl class="doc-meta">
                    { for p.meta.iter().map(|(label, value)| html! {
                        <div><dt>{ *label }</dt><dd>{ value }</dd></div>
                    }) }
                </dl>
            </div>
            <div class="table-scroll doc-table" tabindex="0" role="region" aria-label={en::DESCRIPTION}>
                <table class="doc-lines">
                    <thead>
                        <tr>
                            <th scope="col">{ en::NO }</th>
                            <th scope="col">{ en::DESCRIPTION }</th>
                            <th scope="col">{ en::HS }</th>
                            <th scope="col" class="num">{ en::QUANTITY }</th>
                            <th scope="col">{ en::UNIT }</th>
                            if prices {
                                <th scope="col" class="num">{ format!("{} ({})", en::UNIT_PRICE, p.currency) }</th>
                                <th scope="col" class="num">{ format!("{} ({})", en::AMOUNT, p.currency) }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for p.lines.iter().map(|line| html! {
                            <tr>
                                <td>{ line.no }</td>
                                <td class="doc-description">{ &line.description }</td>
                                <td>{ &line.hs }</td>
                                <td class="num">{ &line.quantity }</td>
                                <td>{ &line.unit }</td>
                                if prices {
                                    <td class="num">{ &line.unit_price }</td>
                                    <td class="num">{ &line.amount }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                    if prices || p.total_quantity.is_some() {
                        <tfoot>
                            <tr>
                                <th scope="row" colspan="3">{ en::TOTAL }</th>
                                <td class="num" colspan="2">{ p.total_quantity.clone().unwrap_or_default() }</td>
                                if prices {
                                    <td></td>
                                    if let Some(total) = &p.total {
                                        <td class="num doc-total" data-testid="doc-total" data-amount={total.plain.clone()}>{ &total.text }</td>
                                    } else {
                                        <td class="num doc-total">{ "—" }</td>
                                    }
                                }
                            </tr>
                        </tfoot>
                    }
                </table>
            </div>
            if let Some(total) = &p.total {
                <p class="doc-words"><span class="doc-words-label">{ en::IN_WORDS }</span>{ " " }
                    <span data-testid="doc-amount-words">{ &total.words }</span></p>
            }
            if !p.packages.is_empty() {
                <h3>{ en::PACKAGES }</h3>
                <div class="table-scroll doc-table" tabindex="0" role="region" aria-label={en::PACKAGES}>
                    <table class="doc-packages">
                        <thead>
                            <tr>
                                <th scope="col">{ en::NO }</th>
                                <th scope="col">{ en::PACKAGE_KIND }</th>
                                <th scope="col" class="num">{ en::PACKAGE_COUNT }</th>
                                <th scope="col" class="num">{ en::NET_EACH }</th>
                                <th scope="col" class="num">{ en::GROSS_EACH }</th>
                                <th scope="col">{ en::DIMENSIONS }</th>
                                <th scope="col" class="num">{ en::NET }</th>
                                <th scope="col" class="num">{ en::GROSS }</th>
                                <th scope="col" class="num">{ en::VOLUME }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for p.packages.iter().map(|row| html! {
                                <tr>
                                    <td>{ row.no }</td>
                                    <td>{ &row.kind }</td>
                                    <td class="num">{ &row.count }</td>
                                    <td class="num">{ &row.net_each }</td>
                                    <td class="num">{ &row.gross_each }</td>
                                    <td>{ &row.dimensions }</td>
                                    <td class="num">{ &row.net }</td>
                                    <td class="num">{ &row.gross }</td>
                                    <td class="num">{ &row.volume }</td>
                                </tr>
                            }) }
                        </tbody>
                        if let Some(totals) = &p.packing_totals {
                            <tfoot>
                                <tr data-testid="doc-packing-totals">
                                    <th scope="row" colspan="2">{ en::TOTAL }</th>
                                    <td class="num">{ &totals.packages }</td>
                                    <td colspan="3"></td>
                                    <td class="num">{ &totals.net }</td>
                                    <td class="num">{ &totals.gross }</td>
                                    <td class="num" data-testid="doc-volume">{ &totals.volume }</td>
                                </tr>
                            </tfoot>
                        }
                    </table>
                </div>
            }
            if !p.marks.is_empty() {
                <section class="doc-block">
                    <h3>{ en::MARKS }</h3>
                    { for p.marks.iter().map(|line| html! { <p>{ line }</p> }) }
                </section>
            }
            if !p.bank.is_empty() {
                <section class="doc-block">
                    <h3>{ en::BANK }</h3>
                    <dl class="doc-meta">
                        { for p.bank.iter().map(|(label, value)| html! { <div><dt>{ *label }</dt><dd>{ value }</dd></div> }) }
                    </dl>
                </section>
            }
            <p class="doc-declaration">{ p.declaration }</p>
            <div class="doc-signature">
                <p>{ format!("{} {}", en::ON_BEHALF, p.letterhead_name) }</p>
                <div class="doc-sign-line"></div>
                <p>{ en::SIGNATURE }</p>
            </div>
        </article>
    }
}
