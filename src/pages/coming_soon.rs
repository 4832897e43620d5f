//! The honest notice for a tool that is not built yet. Each later issue replaces it with its page.

use yew::prelude::*;

use crate::domain::route::Route;
use crate::i18n::{fill, labels, ShellMsg};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub route: Route,
}

#[function_component(ComingSoonPage)]
pub fn coming_soon_page(props: &ComingSoonProps) -> Html {
    let lang = use_app().lang();
    let tool = labels::route_title(props.route).text(lang);
    html! {
        <section class="page" data-testid="coming-soon" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ tool }</h1>
            <p class="lead">{ labels::route_about(props.route).text(lang) }</p>
            <div class="card">
                <h2>{ ShellMsg::ComingSoonTitle.text(lang) }</h2>
                <p>{ fill(ShellMsg::ComingSoonBody.text(lang), &[("tool", tool)]) }</p>
                <a class="button" href={Route::Profile.href()}>{ ShellMsg::ComingSoonAction.text(lang) }</a>
            </div>
        </section>
    }
}
