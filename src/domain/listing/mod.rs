//! The English product listing builder: her draft in Indonesian terms, the glossary that
//! translates it, the generated title, description, specification table and listing text, the
//! marketplace checks, and the buyer-reply templates. All deterministic, all on the device.

pub mod draft;
pub mod generate;
pub mod glossary;
pub mod lint;
pub mod replies;
pub mod store;
