//! Indonesian → English glossary for product listings (`assets/data/glossary.json`).
//!
//! INTERFACE (fixed; the implementation is being written):
//! - `parse(text: &str) -> Result<Glossary, String>`: parses and checks the file (no duplicate
//!   Indonesian terms, no empty translations); the error names the entry.
//! - `Glossary::translate(&self, text: &str) -> Translated`: longest-phrase-first, case- and
//!   accent-insensitive translation of her words; words it does not know are kept as typed and
//!   listed in `untranslated` (names and numbers are not "untranslated": digits, units, and words
//!   that are already English are left alone).
//! - `Glossary::is_indonesian(&self, word: &str) -> bool`: the word is a known Indonesian term
//!   (used by the untranslated-word check on her edited title).

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct Entry {
    /// Indonesian term, lowercase, one or more words ("kopi bubuk").
    pub id: String,
    /// English, as it should appear in a listing ("ground coffee").
    pub en: String,
    /// What kind of word it is, for the templates and the form's pick lists.
    pub kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Product,
    Material,
    Process,
    Unit,
    Packaging,
    Colour,
    Quality,
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Translated {
    pub english: String,
    /// Her words the glossary does not know (as typed), in order, without repeats.
    pub untranslated: Vec<String>,
}
