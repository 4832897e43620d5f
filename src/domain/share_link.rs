//! A share link over her form: `#/incoterms?cur=USD&exw=…` opened while the calculator holds her
//! own numbers. The link is cut to the limits (`limits::clamp_form`) and is never allowed to replace
//! numbers she has not kept elsewhere without asking.

use super::incoterms::calculator::Calculator;
use super::incoterms::{evaluate, from_query, Field, Form};
use super::limits::{clamp_form, Cut};
use super::query::Query;

/// A share link in the address: its form, cut to the limits.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub form: Form,
    /// Some fields could not be read (the page says so; the rest is used).
    pub problems: bool,
    /// What was cut to the limits, each named.
    pub cuts: Vec<Cut>,
}

/// The link in `query`, when it carries any of the calculator's fields; `None` for an address
/// without one (`#/incoterms`, `#/incoterms?lang=en`).
pub fn incoming(query: &Query) -> Option<Incoming> {
    let is_link = query.pairs().iter().any(|(key, _)| Field::ALL.iter().any(|f| f.key() == key));
    if !is_link {
        return None;
    }
    let (form, cuts) = clamp_form(from_query(query).0);
    let problems = !evaluate(&form).errors.is_empty();
    Some(Incoming { form, problems, cuts })
}

/// What opening a link does to the form on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The form is empty, already holds the link's numbers, holds an earlier link's numbers she has
    /// not changed, or is kept as a saved quote: fill it.
    Fill,
    /// The form holds her own numbers that nothing else keeps: ask first. `can_save`: they price
    /// the chosen rule, so "save mine as a quote first" is possible.
    Ask { can_save: bool },
}

/// The two forms hold the same text in every field of the link (the rate's date is not in a link).
pub fn same_fields(a: &Form, b: &Form) -> bool {
    Field::ALL.iter().all(|field| a.get(*field) == b.get(*field))
}

/// Whether the form is blank: nothing typed in any field.
pub fn is_blank(form: &Form) -> bool {
    Field::ALL.iter().all(|field| form.get(*field).trim().is_empty())
}

/// What a link's `form` may do to the calculator she has; `opened`: the form an earlier link
/// filled on this page, if any (its numbers are the link's, not hers, until she changes them).
pub fn arrival(calculator: &Calculator, link: &Form, opened: Option<&Form>) -> Arrival {
    let mine = &calculator.form;
    let kept = is_blank(mine)
        || same_fields(mine, link)
        || opened.is_some_and(|opened| same_fields(mine, opened))
        || calculator.saved.iter().any(|quote| same_fields(&quote.form, mine));
    if kept {
        return Arrival::Fill;
    }
    // The unit only words the line; whether it can be priced does not depend on it.
    Arrival::Ask { can_save: calculator.line(&evaluate(mine), "").is_ok() }
}
