//! The screens.

pub mod contract;
pub mod home;
pub mod results;
pub mod steps;
pub mod summary;
pub mod tools;
