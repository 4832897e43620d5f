//! A hash that names no tool.

use yew::prelude::*;

use crate::domain::route::Route;
use crate::i18n::ShellMsg;
use crate::state::use_app;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let lang = use_app().lang();
    html! {
        <section class="page" data-testid="not-found" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ ShellMsg::NotFoundTitle.text(lang) }</h1>
            <p>{ ShellMsg::NotFoundBody.text(lang) }</p>
            <a class="button" href={Route::Home.href()}>{ ShellMsg::BackHome.text(lang) }</a>
        </section>
    }
}
