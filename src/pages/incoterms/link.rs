//! A share link opened over the calculator: its numbers are cut to the limits, and when the form
//! holds her own numbers that nothing else keeps, the page asks first (keep mine / open the link /
//! save mine as a quote first), in the page: sandboxed iframes refuse `window.confirm`. Until she
//! answers, the address keeps the link, so a reload asks again instead of losing either side.

use std::rc::Rc;

use yew::prelude::*;

use crate::data_files::{unit_in_english, use_glossary_when};
use crate::domain::incoterms::calculator::{CalculatorEdit, SaveQuote};
use crate::domain::incoterms::Form;
use crate::domain::limits::Cut;
use crate::domain::listing::generate::plain_unit;
use crate::domain::route::{Location, Route};
use crate::domain::share_link::{arrival, incoming, Arrival, Incoming};
use crate::i18n::limits::{cut_text, LimitsMsg};
use crate::i18n::IncotermsMsg;
use crate::state::{use_app, AppContext};

/// Where a share link stands.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkState {
    /// No link opened.
    None,
    /// The link filled the form; `problems`: some fields could not be read; `saved_first`: her
    /// numbers were saved as a quote first.
    Opened { form: Rc<Form>, problems: bool, cuts: Vec<Cut>, saved_first: bool },
    /// Waiting for her answer.
    Asking { form: Rc<Form>, problems: bool, cuts: Vec<Cut>, can_save: bool },
    /// She kept her numbers.
    Kept,
}

/// Reads a share link in the address whenever it changes, fills the form or asks.
#[hook]
pub fn use_share_link() -> UseStateHandle<LinkState> {
    let app = use_app();
    let state = use_state(|| LinkState::None);
    {
        let state = state.clone();
        use_effect_with(app.location.query.clone(), move |query| {
            if let Some(Incoming { form, problems, cuts }) = incoming(query) {
                let opened = match &*state {
                    LinkState::Opened { form, .. } => Some(form.clone()),
                    _ => None,
                };
                match arrival(&app.state.data.calculator, &form, opened.as_deref()) {
                    Arrival::Fill => state.set(open(&app, form, problems, cuts, false)),
                    Arrival::Ask { can_save } => {
                        state.set(LinkState::Asking { form: Rc::new(form), problems, cuts, can_save })
                    }
                }
            }
        });
    }
    state
}

/// Fills the form with the link's numbers; the address goes back to plain `#/incoterms` so that a
/// reload keeps her later edits instead of reapplying the link.
fn open(app: &AppContext, form: Form, problems: bool, cuts: Vec<Cut>, saved_first: bool) -> LinkState {
    let form = Rc::new(form);
    app.change(CalculatorEdit::LoadLink(Box::new((*form).clone())));
    app.replace(Location::of(Route::Incoterms));
    LinkState::Opened { form, problems, cuts, saved_first }
}

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub state: UseStateHandle<LinkState>,
}

/// The question, or what the link did.
#[function_component(LinkNotice)]
pub fn link_notice(props: &LinkNoticeProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let state = props.state.clone();
    // Her numbers saved as a quote first are saved as the calculator's own button saves them: the
    // unit in English from the glossary (her word if it cannot load), for her chosen product.
    // Fetched (with its reader) only when she is asked and may save her numbers.
    let calculator = &app.state.data.calculator;
    let typed_unit = calculator.form.unit.trim();
    let may_save = matches!(*state, LinkState::Asking { can_save: true, .. });
    let glossary = use_glossary_when(may_save && !typed_unit.is_empty());
    let save = {
        let unit = unit_in_english(&glossary, typed_unit).unwrap_or_else(|| plain_unit(typed_unit));
        let product = calculator.product.and_then(|id| app.state.data.profile.products.iter().find(|p| p.id == id));
        SaveQuote { today: String::new(), unit, product_name: product.map(|p| p.name.clone()).unwrap_or_default() }
    };
    let cuts_view = |cuts: &[Cut]| {
        if cuts.is_empty() {
            return html! {};
        }
        html! {
            <div data-testid="link-cuts">
                <p>{ LimitsMsg::LinkCuts.text(lang) }</p>
                <ul>{ for cuts.iter().map(|cut| html! { <li>{ cut_text(*cut, lang) }</li> }) }</ul>
            </div>
        }
    };
    match &*state {
        LinkState::None => html! {},
        LinkState::Kept => html! {
            <p class="notice notice-info" role="status" data-testid="link-status">{ LimitsMsg::LinkKept.text(lang) }</p>
        },
        LinkState::Opened { problems, cuts, saved_first, .. } => {
            let text = match (*saved_first, *problems) {
                (_, true) => IncotermsMsg::LinkProblems.text(lang),
                (true, false) => LimitsMsg::LinkSavedFirst.text(lang),
                (false, false) => IncotermsMsg::LinkLoaded.text(lang),
            };
            html! {
                <div class={classes!("notice", if *problems || !cuts.is_empty() { "notice-warning" } else { "notice-info" })} role="status" data-testid="link-status">
                    <p>{ text }</p>
                    { cuts_view(cuts) }
                </div>
            }
        }
        LinkState::Asking { form, problems, cuts, can_save } => {
            let answer = |save_first: Option<bool>| {
                let (app, state, form, cuts, problems, save) =
                    (app.clone(), state.clone(), form.clone(), cuts.clone(), *problems, save.clone());
                Callback::from(move |_: MouseEvent| match save_first {
                    None => {
                        app.replace(Location::of(Route::Incoterms));
                        state.set(LinkState::Kept);
                    }
                    Some(save_first) => {
                        if save_first {
                            let save = SaveQuote { today: crate::browser::today().iso(), ..save.clone() };
                            if let Some(quote) = app.state.data.calculator.quote_to_save(&save) {
                                app.change(CalculatorEdit::Save(Box::new(quote)));
                            }
                        }
                        state.set(open(&app, (*form).clone(), problems, cuts.clone(), save_first));
                    }
                })
            };
            html! {
                <div class="notice notice-warning" role="alertdialog" aria-labelledby="link-ask" data-testid="link-prompt">
                    <p id="link-ask">{ LimitsMsg::LinkAsk.text(lang) }</p>
                    { cuts_view(cuts) }
                    <div class="actions">
                        <button type="button" class="button" data-testid="link-keep" onclick={answer(None)}>{ LimitsMsg::LinkKeep.text(lang) }</button>
                        <button type="button" class="button secondary" data-testid="link-open" onclick={answer(Some(false))}>{ LimitsMsg::LinkOpen.text(lang) }</button>
                        if *can_save {
                            <button type="button" class="button secondary" data-testid="link-save-first" onclick={answer(Some(true))}>{ LimitsMsg::LinkSaveFirst.text(lang) }</button>
                        }
                    </div>
                </div>
            }
        }
    }
}
