// The tools' worker (src/bin/outils.rs, see src/render/tool_block.rs): wasm-bindgen's script for a
// worker, then its WebAssembly. Relative addresses: it works under any sub-path.
importScripts('./outils.js');
// A WebAssembly that cannot load (a broken cache, or a page left mid-download) is said to the page
// (tool_block::FAILED), never left as an unhandled rejection.
wasm_bindgen({ module_or_path: './outils_bg.wasm' }).catch(() => postMessage('indisponible'));
