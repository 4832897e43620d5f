//! Reusable view pieces. Components take props and call back; they hold no domain logic.

pub mod classification;
pub mod fields;
pub mod loading;
pub mod nav;
pub mod notices;
pub mod part_page;
pub mod photos;
pub mod text;
pub mod topbar;
