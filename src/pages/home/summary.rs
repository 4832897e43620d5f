//! The home page's pieces that need the fetched checklist, guide and rules: a part of its own
//! (`crate::parts`), so their parsers are not in the first visit's main module. It arrives with
//! the data it needs; until then the home page shows the same card with "Loading…".

use yew::prelude::*;

use crate::data_files::{use_checklist, use_guide, use_needs};
use crate::domain::checklist::{self, NextStep};
use crate::domain::route::Route;
use crate::i18n::{fill, HomeMsg, MarketMsg};
use crate::state::use_app;

/// The "next step" card: overall progress, the next step, and "continue".
#[function_component(Progress)]
pub fn progress() -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let catalogue = use_checklist();
    let items = catalogue.ready().map_or(&[][..], |c| c.items.as_slice());
    let needs = use_needs(&data.profile.products);
    let shown = checklist::shown_for(items, data, &needs);
    let overall = checklist::progress(&shown);
    let (next_text, next_route) = match checklist::next_step(&data.profile, &shown) {
        NextStep::FillProfile => (HomeMsg::NextFillProfile.text(lang).to_string(), Route::Profile),
        NextStep::Item(item) => (item.title.get(lang).to_string(), item.link().unwrap_or(Route::Checklist)),
        // Before the checklist has loaded, "all done" only means "nothing known yet".
        NextStep::AllDone if catalogue.ready().is_none() => {
            (HomeMsg::NextOpenChecklist.text(lang).to_string(), Route::Checklist)
        }
        NextStep::AllDone => (HomeMsg::NextProfileDone.text(lang).to_string(), Route::Data),
    };
    let percent = overall.percent().to_string();
    html! {
        <super::ProgressCard
            progress={fill(HomeMsg::ChecklistProgress.text(lang), &[("percent", &percent)])}
            percent={Some(overall.percent())}
            next={next_text}
            href={next_route.href()} />
    }
}

#[derive(Properties, PartialEq)]
pub struct ToolStateProps {
    pub route: Route,
}

/// The state line of the checklist (its progress) and of the marketplace guide (her accounts).
#[function_component(ToolState)]
pub fn tool_state(props: &ToolStateProps) -> Html {
    let app = use_app();
    let lang = app.lang();
    let data = &app.state.data;
    let catalogue = use_checklist();
    let guide = use_guide();
    let needs = use_needs(&data.profile.products);
    let text = match props.route {
        Route::Checklist => {
            let items = catalogue.ready().map_or(&[][..], |c| c.items.as_slice());
            let shown = checklist::shown_for(items, data, &needs);
            let percent = checklist::progress(&shown).percent().to_string();
            fill(HomeMsg::ChecklistProgress.text(lang), &[("percent", &percent)])
        }
        Route::Market => {
            let accounts = guide.ready().map(|g| data.market.account_names(g)).unwrap_or_default();
            if accounts.is_empty() {
                MarketMsg::HomeNoAccount.text(lang).to_string()
            } else {
                fill(MarketMsg::HomeAccounts.text(lang), &[("names", &accounts.join(", "))])
            }
        }
        _ => String::new(),
    };
    html! { <>{ text }</> }
}
