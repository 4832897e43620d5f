//! Money amounts, rates and their parsing (issue 3). Being written.
