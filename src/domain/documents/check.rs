//! What is missing or wrong on a document before it can be printed without "DRAFT": each problem
//! names its place (a field, a line's field, a package row's field), so the page shows it beside
//! that field and names the field in her language in the summary.

use super::dates::parse_date;
use super::model::{DocField, DocKind, Document, LineField, PackageField};
use super::totals::{read_line, read_package, total, NumberProblem, TotalProblem};
use crate::domain::money::AmountError;

/// Where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum At {
    Field(DocField),
    Incoterm,
    /// The document has no line of goods.
    Lines,
    /// Line `n` (from 0).
    Line(usize, LineField),
    /// A packing list without package rows.
    Packages,
    Package(usize, PackageField),
    /// The invoice total.
    Total,
}

/// What is wrong there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Required and empty.
    Missing,
    /// Not a number she could have meant (letters, `1.5.0`, negative, too many decimals…).
    Number(NumberProblem),
    /// Not a calendar day.
    BadDate,
    /// "Valid until" before the document's date.
    BeforeDate,
    /// An HS code is 4 to 10 digits (dots and spaces allowed).
    BadHs,
    /// A package weighs less with its packing than without.
    GrossBelowNet,
    /// The total passes ten trillion.
    TotalTooLarge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Issue {
    pub at: At,
    pub problem: Problem,
}

/// Fields every document of a kind needs, besides lines and packages.
pub fn required(kind: DocKind) -> Vec<DocField> {
    let mut fields = vec![
        DocField::SellerName,
        DocField::SellerAddress,
        DocField::Number,
        DocField::Date,
        DocField::BuyerName,
        DocField::BuyerAddress,
        DocField::BuyerCountry,
        DocField::Origin,
    ];
    match kind {
        DocKind::Proforma => {
            fields.extend([DocField::Place, DocField::PaymentTerms, DocField::DeliveryTime, DocField::ValidUntil])
        }
        DocKind::Commercial => fields.extend([
            DocField::Place,
            DocField::PaymentTerms,
            DocField::ShipmentDate,
            DocField::PortLoading,
            DocField::PortDischarge,
        ]),
        DocKind::PackingList => fields.extend([DocField::ShipmentDate, DocField::PortLoading, DocField::PortDischarge]),
    }
    fields
}

/// Whether the HS code is 4 to 10 digits once dots and spaces are taken out.
pub fn valid_hs(text: &str) -> bool {
    let digits: Vec<char> = text.chars().filter(|c| !matches!(c, '.' | ' ' | '\u{a0}')).collect();
    (4..=10).contains(&digits.len()) && digits.iter().all(char::is_ascii_digit)
}

/// Every problem, in the order of the form: fields, lines, packages, total.
pub fn check(document: &Document) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut push = |at: At, problem: Problem| issues.push(Issue { at, problem });
    let kind = document.kind;
    let required = required(kind);
    for field in DocField::ALL {
        let text = document.get(field).trim();
        if text.is_empty() {
            if required.contains(&field) {
                push(At::Field(field), Problem::Missing);
            }
        } else if field.is_date() && field.applies_to(kind) && parse_date(text).is_none() {
            push(At::Field(field), Problem::BadDate);
        }
    }
    if kind == DocKind::Proforma {
        let (date, until) = (document.get(DocField::Date), document.get(DocField::ValidUntil));
        if let (Some(date), Some(until)) = (parse_date(date), parse_date(until)) {
            if until < date {
                push(At::Field(DocField::ValidUntil), Problem::BeforeDate);
            }
        }
    }
    if kind.has_prices() && document.incoterm.is_none() {
        push(At::Incoterm, Problem::Missing);
    }
    if document.lines.is_empty() {
        push(At::Lines, Problem::Missing);
    }
    for (i, line) in document.lines.iter().enumerate() {
        if line.get(LineField::Description).trim().is_empty() {
            push(At::Line(i, LineField::Description), Problem::Missing);
        }
        let hs = line.get(LineField::Hs);
        if !hs.trim().is_empty() && !valid_hs(hs) {
            push(At::Line(i, LineField::Hs), Problem::BadHs);
        }
        let figures = read_line(line, document.currency);
        if let Err(e) = figures.quantity {
            push(At::Line(i, LineField::Quantity), number_problem(e));
        }
        if line.get(LineField::Unit).trim().is_empty() {
            push(At::Line(i, LineField::Unit), Problem::Missing);
        }
        if kind.has_prices() {
            if let Err(e) = figures.unit_price {
                push(At::Line(i, LineField::UnitPrice), number_problem(e));
            }
        }
    }
    if kind == DocKind::PackingList {
        if document.packages.is_empty() {
            push(At::Packages, Problem::Missing);
        }
        for (i, package) in document.packages.iter().enumerate() {
            if package.get(PackageField::Kind).trim().is_empty() {
                push(At::Package(i, PackageField::Kind), Problem::Missing);
            }
            let figures = read_package(package);
            let numbers = [
                (PackageField::Count, figures.count),
                (PackageField::Net, figures.net),
                (PackageField::Gross, figures.gross),
                (PackageField::Length, figures.length),
                (PackageField::Width, figures.width),
                (PackageField::Height, figures.height),
            ];
            for (field, value) in numbers {
                if let Err(e) = value {
                    push(At::Package(i, field), package_problem(e));
                }
            }
            if let (Ok(net), Ok(gross)) = (figures.net, figures.gross) {
                if gross < net {
                    push(At::Package(i, PackageField::Gross), Problem::GrossBelowNet);
                }
            }
        }
    }
    if kind.has_prices() && total(&document.lines, document.currency) == Err(TotalProblem::TooLarge) {
        push(At::Total, Problem::TotalTooLarge);
    }
    issues
}

fn number_problem(error: AmountError) -> Problem {
    match error {
        AmountError::Empty => Problem::Missing,
        e => Problem::Number(NumberProblem::Amount(e)),
    }
}

fn package_problem(problem: NumberProblem) -> Problem {
    match problem {
        NumberProblem::Amount(AmountError::Empty) => Problem::Missing,
        p => Problem::Number(p),
    }
}

/// Complete: nothing to fix, so the printed page carries no "DRAFT".
pub fn is_complete(document: &Document) -> bool {
    check(document).is_empty()
}
