//! What a buyer asks for first, made from what she already entered: an English e-mail signature
//! (`signature`), a short English company profile (`company`), the printable catalogue
//! (`sheet`), the same catalogue as a one-file web page (`web_page`) and the first e-mail to a
//! buyer (`first_email`). Only what she entered is said; nothing is made up.

pub mod company;
pub mod first_email;
pub mod sheet;
pub mod signature;
pub mod web_page;
