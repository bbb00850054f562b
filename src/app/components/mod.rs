//! Reusable pieces of the screens.

pub mod aid;
pub mod fields;
pub mod gauge;
pub mod objective;
pub mod share;
pub mod verdict;
pub mod why;
