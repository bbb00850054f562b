// Trunk post-build step (see Trunk.toml), on the staging folder:
// 1. drops the unused stream adapters wasm-streams exports and optimizes again, gives the
//    WebAssembly's imports short names (see shorten-imports.mjs), and minifies the wasm-bindgen glue
//    (Trunk's minifier gives up on it), updating both integrity hashes;
// 2. moves Trunk's inline loader, with public/pwa.js, into a hashed boot-<hash>.js, so that the
//    Content-Security-Policy can forbid inline scripts, and drops the wasm preload (see below);
// 3. writes this build's id and hashed files into sw.js, so the service worker precaches exactly
//    this build in a cache named after it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';
import { dropExports, dropGlueClasses, shortenExports, shortenImports } from './shorten-imports.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('run by Trunk: TRUNK_STAGING_DIR is not set');

const sha = (data, algorithm = 'sha256') => createHash(algorithm).update(data).digest();
const sri = (data) => `sha384-${sha(data, 'sha384').toString('base64')}`;
const small = async (code, module = true) => (await minify(code, { module, compress: true, mangle: true })).code;
const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

for (const name of readdirSync(staging).filter((file) => /^assistant-medical-[0-9a-f]+\.js$/.test(file))) {
  const gluePath = join(staging, name);
  const wasmPath = gluePath.replace(/\.js$/, '_bg.wasm');
  const glue = readFileSync(gluePath, 'utf8');
  const wasm = readFileSync(wasmPath);
  const pruned = dropExports(wasm, /^(__wbg_)?intounderlying/);
  writeFileSync(wasmPath, pruned.wasm);
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types'];
  execFileSync('wasm-opt', ['-Oz', ...features.map((f) => `--enable-${f}`), wasmPath, '-o', wasmPath]);
  const imports = shortenImports(readFileSync(wasmPath), dropGlueClasses(glue, 'IntoUnderlying'));
  const exports = shortenExports(imports.wasm, imports.glue);
  const shortened = { wasm: exports.wasm, glue: exports.glue, count: imports.count + exports.count };
  const minified = await small(shortened.glue);
  writeFileSync(gluePath, minified);
  writeFileSync(wasmPath, shortened.wasm);
  html = html.replace(sri(glue), sri(minified)).replace(sri(wasm), sri(shortened.wasm));
  console.log(`post-build: ${pruned.dropped} stream exports dropped, ${shortened.count} imports and exports renamed, glue minified`);
}

const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (!inline) throw new Error('post-build: Trunk inline loader not found in index.html');
const boot = await small(`${readFileSync(join(source, 'public/pwa.js'), 'utf8')}\n${inline[1].trim()}\n`);
const bootName = `boot-${sha(boot).toString('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
html = html.replace(inline[0], `<script type="module" src="${publicUrl}${bootName}" integrity="${sri(boot)}"></script>`);
// No preload for the WebAssembly: on a slow connection its download competed with the stylesheet,
// and the page's text (the largest paint) waited for it (Lighthouse LCP 1.8 s instead of 0.9 s).
// The loader fetches it a moment later; the small glue keeps its modulepreload.
const wasmPreload = /<link [^>]*rel=preload type=application\/wasm[^>]*>/;
if (!wasmPreload.test(html)) throw new Error('post-build: the wasm preload link was not found');
html = html.replace(wasmPreload, '');
writeFileSync(htmlPath, html);

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : files(path);
    return [path];
  });
}
const shell = files(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((name) => name !== 'sw.js')
  .sort();
const build = sha(shell.map((name) => `${name}:${sha(readFileSync(join(staging, name))).toString('hex')}`).join('\n'))
  .toString('hex')
  .slice(0, 12);
const precache = shell.map((name) => `${publicUrl}${name}`);
const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8').replace('__BUILD_ID__', build).replace('__PRECACHE__', JSON.stringify(precache));
if (sw.includes('__PRECACHE__') || sw.includes('__BUILD_ID__')) throw new Error('post-build: sw.js placeholders left');
writeFileSync(swPath, await small(sw, false));
console.log(`post-build: ${bootName}, service worker ${build} with ${precache.length} files`);
