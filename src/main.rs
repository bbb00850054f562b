//! Mounts the app in the browser; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    assistant_medical::app::mount();
}

/// Natively there is nothing to mount: the engine is tested with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cette application se construit pour le navigateur : bash .ci/serve");
}
