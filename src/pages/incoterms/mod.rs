//! `#/incoterms`: the Incoterms 2020 price calculator. The form is kept as typed in the app's data;
//! the domain evaluates it on every keystroke (`domain::incoterms::evaluate`, microseconds) and
//! this page only renders the evaluation.

mod inputs;
mod link;
mod quote;
mod results;

use yew::prelude::*;

use crate::domain::incoterms::evaluate;
use crate::i18n::IncotermsMsg;
use crate::state::use_app;

#[function_component(IncotermsPage)]
pub fn incoterms_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let calculator = &app.state.data.calculator;
    let evaluation = use_memo(calculator.form.clone(), evaluate);
    // A share link fills the form, or asks first when the form holds her own unsaved numbers.
    let link = link::use_share_link();

    html! {
        <section class="page calculator" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ IncotermsMsg::Title.text(lang) }</h1>
            <p class="lead">{ IncotermsMsg::Intro.text(lang) }</p>
            <link::LinkNotice state={link} />
            <inputs::Inputs evaluation={evaluation.clone()} />
            <results::Results evaluation={evaluation.clone()} />
            <quote::Quote evaluation={evaluation} />
            <results::Matrix />
            <p class="source muted">{ IncotermsMsg::Source.text(lang) }</p>
        </section>
    }
}
