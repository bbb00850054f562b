//! Reusable pieces of the screens.

pub mod fields;
pub mod gauge;
pub mod on_paper;
pub mod written;
