//! Incoterms 2020 price build-up (issue 3). Being written.
