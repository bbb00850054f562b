//! Read-only blocks of the screens, written as HTML text from the engine's figures (see `html`):
//! pure Rust, tested natively, and much lighter in WebAssembly than one view per element.

pub mod html;
pub mod results;
pub mod tools;
pub mod why;
