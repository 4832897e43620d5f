//! How much of something is done: the profile's sections, the checklist's items.

/// `done` out of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// Whole percent, rounded down so that 100 means really everything; 0 when there is nothing.
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        u32::try_from(self.done * 100 / self.total).unwrap_or(100)
    }
}
