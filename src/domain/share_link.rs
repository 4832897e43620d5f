//! A share link over her form: `#/incoterms?cur=USD&exw=…` opened while the calculator holds her
//! own numbers. The link is cut to the limits (`limits::clamp_form`) and is never allowed to replace
//! numbers she has not kept elsewhere without asking.

use super::incoterms::calculator::Calculator;
use super::incoterms::{evaluate, Field, Form};

/// What opening a link does to the form on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The form is empty, already holds the link's numbers, or is kept as a saved quote: fill it.
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

/// What a link's `form` may do to the calculator she has.
pub fn arrival(calculator: &Calculator, link: &Form) -> Arrival {
    let mine = &calculator.form;
    if is_blank(mine) || same_fields(mine, link) || calculator.saved.iter().any(|quote| same_fields(&quote.form, mine))
    {
        return Arrival::Fill;
    }
    Arrival::Ask { can_save: calculator.line(&evaluate(mine)).is_some() }
}
