//! What a buyer asks for first, made from what she already entered: an English e-mail signature
//! and a short English company profile (this module), later a printable catalogue and a one-file
//! product web page. Only what she entered is said; nothing is made up.

pub mod signature;
