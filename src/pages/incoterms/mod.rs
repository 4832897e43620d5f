//! `#/incoterms`: the Incoterms 2020 price calculator. The form is kept as typed in the app's data;
//! the domain evaluates it on every keystroke (`domain::incoterms::evaluate`, microseconds) and
//! this page only renders the evaluation.

mod inputs;
mod quote;
mod results;

use yew::prelude::*;

use crate::domain::change::Change;
use crate::domain::incoterms::calculator::CalculatorEdit;
use crate::domain::incoterms::{evaluate, from_query, Field};
use crate::i18n::IncotermsMsg;
use crate::state::use_app;

#[function_component(IncotermsPage)]
pub fn incoterms_page() -> Html {
    let app = use_app();
    let lang = app.lang();
    let calculator = &app.state.data.calculator;
    let evaluation = use_memo(calculator.form.clone(), evaluate);
    // `Some(problems)` after a share link was opened.
    let link = use_state(|| None::<bool>);

    // A share link (`#/incoterms?cur=USD&exw=…`) fills the form once, then the address goes back to
    // plain `#/incoterms` so that a reload keeps her later edits instead of reapplying the link.
    {
        let app = app.clone();
        let link = link.clone();
        use_effect_with(app.location.query.clone(), move |query| {
            let is_link = query.pairs().iter().any(|(key, _)| Field::ALL.iter().any(|f| f.key() == key));
            if is_link {
                let (form, problems) = from_query(query);
                app.change(Change::Calculator(CalculatorEdit::LoadLink(Box::new(form))));
                link.set(Some(!problems.is_empty()));
                crate::browser::replace_hash("#/incoterms");
            }
        });
    }

    html! {
        <section class="page calculator" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ IncotermsMsg::Title.text(lang) }</h1>
            <p class="lead">{ IncotermsMsg::Intro.text(lang) }</p>
            if let Some(problems) = *link {
                <p class={classes!("notice", if problems { "notice-warning" } else { "notice-info" })} role="status" data-testid="link-status">
                    { if problems { IncotermsMsg::LinkProblems.text(lang) } else { IncotermsMsg::LinkLoaded.text(lang) } }
                </p>
            }
            <inputs::Inputs evaluation={evaluation.clone()} />
            <results::Results evaluation={evaluation.clone()} />
            <quote::Quote evaluation={evaluation} />
            <results::Matrix />
            <p class="source muted">{ IncotermsMsg::Source.text(lang) }</p>
        </section>
    }
}
