//! The two languages of the app.

use serde::{Deserialize, Serialize};

crate::code_enum! {
    /// A language the whole interface is available in. Indonesian is the default: the users are
    /// Indonesian business owners, English is one tap away.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Lang: code {
        #[default]
        #[serde(rename = "id")]
        Id = "id",
        #[serde(rename = "en")]
        En = "en",
    }
}

impl Lang {
    /// Parses `id` or `en` (case-insensitive, surrounding spaces ignored); anything else is `None`
    /// so that a mistyped `?lang=` leaves the stored choice alone.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "in" | "id-id" => Some(Lang::Id),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The one of two values for this language: `lang.pick("Simpan", "Save")`.
    pub fn pick<T>(self, id: T, en: T) -> T {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    /// The other language: what the language switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}
