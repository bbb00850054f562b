//! Reusable pieces of the screens.

pub mod fields;
pub mod gauge;
pub mod written;
