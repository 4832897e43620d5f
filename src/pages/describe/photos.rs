//! The listing's photos: add (camera or gallery, several at once), move earlier or later, remove
//! after she confirms. The photos live in IndexedDB (`crate::photos`), not in her document, so this
//! component reads them itself and reads again after each change.

use yew::prelude::*;

use crate::domain::photos::{caption, Added, Shown, MAX_PER_LISTING};
use crate::i18n::fill;
use crate::i18n::photos::{added_text, PhotoMsg};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct PhotosProps {
    pub listing: u32,
    /// The English title, for the captions.
    pub title: String,
}

/// The line under the photos.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Adding,
    Done(Added),
    Removed,
}

#[function_component(Photos)]
pub fn photos(props: &PhotosProps) -> Html {
    let lang = use_app().lang();
    let listing = props.listing;
    // The photos of which listing, as last read; `None` until read, or where the store is closed.
    let shown = use_state(|| None::<(u32, Option<Vec<Shown>>)>);
    let revision = use_state(|| 0u32);
    let status = use_state(|| Status::Idle);
    let asking = use_state(|| None::<String>);
    {
        let shown = shown.clone();
        use_effect_with((listing, *revision), move |&(listing, _)| {
            wasm_bindgen_futures::spawn_local(async move {
                let list = crate::photos::list(listing).await;
                shown.set(Some((listing, list)));
            });
        });
    }
    let reread = {
        let revision = revision.clone();
        move || revision.set(revision.wrapping_add(1))
    };
    let list = match &*shown {
        Some((of, list)) if *of == listing => list.as_ref(),
        _ => None,
    };
    let count = list.map_or(0, Vec::len);

    let on_add = {
        let (status, reread) = (status.clone(), reread.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            let files: Vec<web_sys::File> = input
                .files()
                .map(|files| (0..files.length()).filter_map(|i| files.get(i)).collect())
                .unwrap_or_default();
            // Cleared so that picking the same photo again is seen as a new choice.
            input.set_value("");
            if files.is_empty() {
                return;
            }
            status.set(Status::Adding);
            let (status, reread) = (status.clone(), reread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut outcome = Added::Ok;
                for file in &files {
                    outcome = crate::photos::add(file, listing).await;
                    if outcome != Added::Ok {
                        break;
                    }
                }
                status.set(Status::Done(outcome));
                reread();
            });
        })
    };
    let step = |id: &str, step: i32| {
        let (id, status, reread) = (id.to_string(), status.clone(), reread.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, status, reread) = (id.clone(), status.clone(), reread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let moved = crate::photos::move_photo(listing, &id, step).await;
                if moved != Added::Ok {
                    status.set(Status::Done(moved));
                }
                reread();
            });
        })
    };
    let ask = |id: &str| {
        let (id, asking) = (id.to_string(), asking.clone());
        Callback::from(move |_: MouseEvent| asking.set(Some(id.clone())))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(None))
    };
    let remove = |id: &str| {
        let (id, asking, status, reread) = (id.to_string(), asking.clone(), status.clone(), reread.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, asking, status, reread) = (id.clone(), asking.clone(), status.clone(), reread.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let removed = crate::photos::remove(listing, &id).await;
                asking.set(None);
                status.set(if removed == Added::Ok { Status::Removed } else { Status::Done(removed) });
                reread();
            });
        })
    };

    let (status_text, error) = match &*status {
        Status::Idle => (String::new(), false),
        Status::Adding => (PhotoMsg::Adding.text(lang).to_string(), false),
        Status::Done(added) => (added_text(*added, lang), *added != Added::Ok),
        Status::Removed => (PhotoMsg::Removed.text(lang).to_string(), false),
    };
    let most = MAX_PER_LISTING.to_string();
    html! {
        <section class="card photos" aria-labelledby="sec-photos">
            <h2 id="sec-photos">{ PhotoMsg::Title.text(lang) }</h2>
            <p class="help" id="photo-help">{ PhotoMsg::Help.text(lang) }</p>
            if count > 0 {
                <ol class="photo-list">
                    { for list.into_iter().flatten().enumerate().map(|(index, photo)| {
                        let text = caption(&props.title, index, count);
                        let name = fill(PhotoMsg::PhotoOf.text(lang), &[("number", &(index + 1).to_string())]);
                        html! {
                            <li data-testid="photo-item" data-bytes={photo.bytes.to_string()} data-width={photo.width.to_string()} data-height={photo.height.to_string()}>
                                <figure>
                                    <img src={photo.url.clone()} alt={text.clone()} lang="en" />
                                    <figcaption>{ fill(PhotoMsg::Caption.text(lang), &[("caption", &text)]) }</figcaption>
                                </figure>
                                if asking.as_deref() == Some(photo.id.as_str()) {
                                    <div class="confirm" role="alertdialog" aria-label={name.clone()}>
                                        <p>{ PhotoMsg::RemoveAsk.text(lang) }</p>
                                        <div class="actions">
                                            <button type="button" class="button danger" data-testid="photo-remove-confirm" onclick={remove(&photo.id)}>{ PhotoMsg::RemoveYes.text(lang) }</button>
                                            <button type="button" class="button secondary" onclick={keep.clone()}>{ PhotoMsg::Keep.text(lang) }</button>
                                        </div>
                                    </div>
                                } else {
                                    <div class="actions">
                                        if index > 0 {
                                            <button type="button" class="button secondary" data-testid="photo-earlier" aria-label={format!("{}: {name}", PhotoMsg::Earlier.text(lang))} onclick={step(&photo.id, -1)}>{ "↑" }</button>
                                        }
                                        if index + 1 < count {
                                            <button type="button" class="button secondary" data-testid="photo-later" aria-label={format!("{}: {name}", PhotoMsg::Later.text(lang))} onclick={step(&photo.id, 1)}>{ "↓" }</button>
                                        }
                                        <button type="button" class="button secondary" data-testid="photo-remove" aria-label={format!("{}: {name}", PhotoMsg::Remove.text(lang))} onclick={ask(&photo.id)}>{ PhotoMsg::Remove.text(lang) }</button>
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
            <p class="help" data-testid="photo-count">{ fill(PhotoMsg::Count.text(lang), &[("count", &count.to_string()), ("most", &most)]) }</p>
            if count < MAX_PER_LISTING {
                <input type="file" id="photo-add" class="visually-hidden-file" accept="image/*" multiple=true
                    aria-describedby="photo-help" data-testid="photo-add" onchange={on_add} />
                <label class="button file-button" for="photo-add">{ PhotoMsg::Add.text(lang) }</label>
            }
            <p role="status" class={classes!("status", error.then_some("error"))} data-testid="photo-status">{ status_text }</p>
        </section>
    }
}
