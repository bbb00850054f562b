//! Read-only blocks of the screens, written as HTML text from the engine's figures (see `html`):
//! pure Rust, tested natively, and much lighter in WebAssembly than one view per element.

pub mod actions;
pub mod aid;
pub mod bareme;
pub mod charts;
pub mod contract;
pub mod contract_form;
pub mod describe;
pub mod form;
pub mod hero;
pub mod html;
pub mod ics;
pub mod next_steps;
pub mod preview;
pub mod report;
pub mod results;
pub mod site;
pub mod tool_block;
pub mod tool_fields;
pub mod tools;
pub mod way_forward;
pub mod why;
