// The WebAssembly's last diet, with binaryen's own tools (npm binaryen 132):
// - wasm-metadce drops the stream adapters wasm-streams exports (Leptos enables server_fn's browser
//   feature, which brings them; a client-only app never calls them) and the code only they reached;
// - wasm-opt -Oz --minify-imports-and-exports-and-modules gives imports and exports short names
//   (the generated ones, like __wbg_createElement_de4a31ed2fb252be, are written in both files and
//   their hashes do not compress) and prints the mapping, which is applied to the glue.
// Then the result is checked against the glue: every import the wasm asks for is in the glue's
// import object, and every export the glue calls exists.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { applyMapping, dropClasses, importKeys } from './glue.mjs';

const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types'].map(
  (feature) => `--enable-${feature}`,
);
const STREAMS = /^(__wbg_)?intounderlying/;

function names(bytes) {
  const module = new WebAssembly.Module(bytes);
  return {
    imports: WebAssembly.Module.imports(module),
    exports: WebAssembly.Module.exports(module).map((entry) => entry.name),
  };
}

/** Shrinks `wasmPath` in place and returns the glue that goes with it. */
export function shrink(wasmPath, glue) {
  const before = names(readFileSync(wasmPath));
  const graph = before.exports.map((name) => (STREAMS.test(name) ? { name: `e:${name}`, export: name } : { name: `e:${name}`, export: name, root: true }));
  const dropped = before.exports.filter((name) => STREAMS.test(name));
  if (dropped.length === 0) throw new Error('wasm: no stream adapter export to drop (has wasm-streams changed?)');
  const graphPath = `${wasmPath}.graph.json`;
  writeFileSync(graphPath, JSON.stringify(graph));
  execFileSync('wasm-metadce', [wasmPath, '--graph-file', graphPath, '-o', wasmPath, ...FEATURES], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('rm', ['-f', graphPath]);
  const printed = execFileSync('wasm-opt', ['-Oz', ...FEATURES, '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], {
    encoding: 'utf8',
  });
  const mapping = JSON.parse(printed);
  if (mapping.imports.length === 0 || mapping.exports.length === 0) throw new Error('wasm-opt printed an empty mapping');
  const after = names(readFileSync(wasmPath));
  const modules = [...new Set(after.imports.map((entry) => entry.module))];
  if (modules.length !== 1) throw new Error(`wasm: expected one import module after minifying, found ${modules.join(', ')}`);

  const renamed = applyMapping(dropClasses(glue, 'IntoUnderlying'), mapping, modules[0]);
  const provided = new Set(importKeys(renamed));
  const missing = after.imports.filter((entry) => !provided.has(entry.name)).map((entry) => entry.name);
  if (missing.length > 0) throw new Error(`glue: the wasm imports ${missing.join(', ')}, which the glue does not provide`);
  const exported = new Set(after.exports);
  const unknown = [...renamed.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]).filter((name) => !exported.has(name));
  if (unknown.length > 0) throw new Error(`glue: calls wasm.${unknown.join(', wasm.')}, which the wasm does not export`);
  return {
    glue: renamed,
    report: `${dropped.length} stream exports dropped (wasm-metadce), ${mapping.imports.length} imports and ${mapping.exports.length} exports renamed (wasm-opt)`,
  };
}
