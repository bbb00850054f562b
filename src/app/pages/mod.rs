//! The screens.

pub mod home;
pub mod legal;
pub mod results;
pub mod steps;
pub mod summary;
