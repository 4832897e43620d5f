//! The cost lines she types, in one table: each line's form field, the field of its currency, its
//! line of the price build-up and its row of the who-pays matrix. Before this table the same
//! eleven lines were four lists kept in step by hand (`Field`, `Component`, `CostItem`,
//! `CostInputs`); a line added here is a line everywhere, and the build-up's formulas keep reading
//! the named fields of [`CostInputs`] through [`CostInputs::amount`].

use super::build::{Component, CostInputs};
use super::form::Field;
use super::CostItem;
use crate::domain::money::Amount;

crate::code_enum! {
    /// A cost she types, from the goods at her premises to the import clearance at destination;
    /// `ALL` is in the order of the form and of the build-up.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum CostLine: name {
        Goods = "goods",
        Loading = "loading",
        Inland = "inland",
        ExportClearance = "export_clearance",
        Alongside = "alongside",
        OriginThc = "origin_thc",
        Freight = "freight",
        DestinationThc = "destination_thc",
        OnCarriage = "on_carriage",
        Unloading = "unloading",
        ImportClearance = "import_clearance",
    }
}

/// One row of the table.
struct Row {
    line: CostLine,
    /// Where she types the amount.
    field: Field,
    /// Where she picks its currency; the goods are in the form's currency.
    currency: Option<Field>,
    /// Its line of the build-up.
    component: Component,
    /// Its row of the who-pays matrix.
    item: CostItem,
}

const TABLE: [Row; 11] = [
    row(CostLine::Goods, Field::Goods, None, Component::Goods, CostItem::GoodsAndPacking),
    row(CostLine::Loading, Field::Loading, Some(Field::LoadingCurrency), Component::Loading, CostItem::LoadingAtOrigin),
    row(CostLine::Inland, Field::Inland, Some(Field::InlandCurrency), Component::Inland, CostItem::InlandToTerminal),
    row(
        CostLine::ExportClearance,
        Field::ExportClearance,
        Some(Field::ExportClearanceCurrency),
        Component::ExportClearance,
        CostItem::ExportClearance,
    ),
    row(
        CostLine::Alongside,
        Field::Alongside,
        Some(Field::AlongsideCurrency),
        Component::Alongside,
        CostItem::AlongsideShip,
    ),
    row(
        CostLine::OriginThc,
        Field::OriginThc,
        Some(Field::OriginThcCurrency),
        Component::OriginThc,
        CostItem::OriginTerminalHandling,
    ),
    row(CostLine::Freight, Field::Freight, Some(Field::FreightCurrency), Component::Freight, CostItem::MainFreight),
    row(
        CostLine::DestinationThc,
        Field::DestinationThc,
        Some(Field::DestinationThcCurrency),
        Component::DestinationThc,
        CostItem::DestinationTerminal,
    ),
    row(
        CostLine::OnCarriage,
        Field::OnCarriage,
        Some(Field::OnCarriageCurrency),
        Component::OnCarriage,
        CostItem::OnCarriage,
    ),
    row(
        CostLine::Unloading,
        Field::Unloading,
        Some(Field::UnloadingCurrency),
        Component::Unloading,
        CostItem::UnloadingAtPlace,
    ),
    row(
        CostLine::ImportClearance,
        Field::ImportClearance,
        Some(Field::ImportClearanceCurrency),
        Component::ImportClearance,
        CostItem::ImportClearance,
    ),
];

const fn row(line: CostLine, field: Field, currency: Option<Field>, component: Component, item: CostItem) -> Row {
    Row { line, field, currency, component, item }
}

// A row per line (a new line without one does not compile), row `i` for the line numbered `i`, so
// `row()` below can index it.
const _: () = {
    let mut i = 0;
    while i < TABLE.len() {
        assert!(TABLE[i].line as usize == i, "TABLE is in CostLine order");
        i += 1;
    }
    assert!(CostLine::ALL.len() == TABLE.len());
};

impl CostLine {
    fn row(self) -> &'static Row {
        // In bounds: the table has a row per line, in line order (checked above).
        &TABLE[self as usize]
    }

    pub fn field(self) -> Field {
        self.row().field
    }

    pub fn currency_field(self) -> Option<Field> {
        self.row().currency
    }

    pub fn component(self) -> Component {
        self.row().component
    }

    pub fn item(self) -> CostItem {
        self.row().item
    }

    /// The line whose amount `field` holds.
    pub fn of_field(field: Field) -> Option<CostLine> {
        CostLine::ALL.into_iter().find(|line| line.field() == field)
    }

    /// The line a component of the build-up shows; `None` for the computed ones (premiums, duty, VAT).
    pub fn of_component(component: Component) -> Option<CostLine> {
        CostLine::ALL.into_iter().find(|line| line.component() == component)
    }
}

impl CostInputs {
    /// The amount of a line, in the form's currency.
    pub fn amount(&self, line: CostLine) -> Amount {
        *self.slot(line)
    }

    pub fn set(&mut self, line: CostLine, amount: Amount) {
        *self.slot_mut(line) = amount;
    }

    fn slot(&self, line: CostLine) -> &Amount {
        match line {
            CostLine::Goods => &self.goods,
            CostLine::Loading => &self.loading,
            CostLine::Inland => &self.inland,
            CostLine::ExportClearance => &self.export_clearance,
            CostLine::Alongside => &self.alongside,
            CostLine::OriginThc => &self.origin_thc,
            CostLine::Freight => &self.freight,
            CostLine::DestinationThc => &self.destination_thc,
            CostLine::OnCarriage => &self.on_carriage,
            CostLine::Unloading => &self.unloading,
            CostLine::ImportClearance => &self.import_clearance,
        }
    }

    fn slot_mut(&mut self, line: CostLine) -> &mut Amount {
        match line {
            CostLine::Goods => &mut self.goods,
            CostLine::Loading => &mut self.loading,
            CostLine::Inland => &mut self.inland,
            CostLine::ExportClearance => &mut self.export_clearance,
            CostLine::Alongside => &mut self.alongside,
            CostLine::OriginThc => &mut self.origin_thc,
            CostLine::Freight => &mut self.freight,
            CostLine::DestinationThc => &mut self.destination_thc,
            CostLine::OnCarriage => &mut self.on_carriage,
            CostLine::Unloading => &mut self.unloading,
            CostLine::ImportClearance => &mut self.import_clearance,
        }
    }
}
