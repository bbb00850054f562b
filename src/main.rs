//! Mounts the app in the browser; everything else lives in the library.

/// talc instead of dlmalloc: about 5 KB less WebAssembly (measured with `bash .ci/sizes`), and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    assistant_medical::app::mount();
}

/// Natively there is nothing to mount: the engine is tested with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cette application se construit pour le navigateur : bash .ci/serve");
}
