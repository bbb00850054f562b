// The tools' worker (src/bin/outils.rs, see src/render/tool_block.rs): wasm-bindgen's script for a
// worker, then its WebAssembly. Relative addresses: it works under any sub-path.
importScripts('./outils.js');
wasm_bindgen({ module_or_path: './outils_bg.wasm' });
