//! Indonesian seaports and airports for the place-of-origin picker, loaded from
//! `assets/data/indonesian-ports.json` (compiled in, about 3 KB, parsed once on first use).
//!
//! Surabaya's come first — the workshop was in East Java. A malformed file is caught by the tests;
//! at run time it would leave the list empty and the field free text only.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::text::Bilingual;

const PORTS_JSON: &str = include_str!("../../../assets/data/indonesian-ports.json");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortKind {
    Sea,
    Air,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Port {
    pub name: String,
    pub city: String,
    pub kind: PortKind,
    /// The UN/LOCODE, given only where it is certain.
    #[serde(default)]
    pub locode: Option<String>,
}

impl Port {
    /// The named place as it goes into a quote: `Tanjung Perak, Surabaya`.
    pub fn label(&self) -> String {
        format!("{}, {}", self.name, self.city)
    }
}

#[derive(Debug, Deserialize)]
pub struct PortList {
    pub source: Bilingual,
    pub checked: String,
    pub ports: Vec<Port>,
}

/// Parses the bundled list; public so the tests can see a parse error instead of an empty list.
pub fn parse(text: &str) -> Result<PortList, serde_json::Error> {
    serde_json::from_str(text)
}

/// The bundled file's text, for the tests.
pub fn bundled_json() -> &'static str {
    PORTS_JSON
}

fn list() -> &'static PortList {
    static LIST: OnceLock<PortList> = OnceLock::new();
    LIST.get_or_init(|| {
        parse(PORTS_JSON).unwrap_or(PortList {
            source: Bilingual::default(),
            checked: String::new(),
            ports: Vec::new(),
        })
    })
}

/// Surabaya's port and airport first, then the main gateways west to east.
pub fn all() -> &'static [Port] {
    &list().ports
}

pub fn source() -> (&'static Bilingual, &'static str) {
    (&list().source, &list().checked)
}
