// Trunk post-build step (see Trunk.toml), on the staging folder. Every step checks what it assumes
// and fails the build loudly (see build-steps/glue.mjs):
// 1. the WebAssembly's diet with binaryen's tools, and the glue minified (build-steps/wasm.mjs);
// 2. Trunk's inline loader moved, with public/pwa.js, into a hashed boot-<hash>.js, so that the
//    Content-Security-Policy forbids inline scripts;
// 3. the public URL written where Trunk does not (service worker, manifest), the report contact and
//    the share-preview tags when set (CONTACT, SITE_URL);
// 4. the static pages (barème, « Et ensuite ? », legal pages) and regles.json written from the engine
//    (cargo run --bin pages), and the 404 page, with the site's stylesheet;
// 5. this build's id and files written into sw.js, so the service worker precaches exactly this build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';
import { metaContent, previewTags, replaceOnce, theOne } from './build-steps/glue.mjs';
import { shrink } from './build-steps/wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('run by Trunk: TRUNK_STAGING_DIR is not set');
if (!publicUrl.startsWith('/') || !publicUrl.endsWith('/')) throw new Error(`PUBLIC_URL must start and end with "/": ${publicUrl}`);

const sha = (data, algorithm = 'sha256') => createHash(algorithm).update(data).digest();
const sri = (data) => `sha384-${sha(data, 'sha384').toString('base64')}`;
const small = async (code, module = true) => (await minify(code, { module, compress: true, mangle: true })).code;
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const top = readdirSync(staging);

// 1. The WebAssembly and its glue. Trunk's hashes are 64-bit numbers in hex without leading zeros:
// 1 to 16 digits (a build whose hash began with 0 once failed here).
const glueName = theOne(top, /^assistant-medical-[0-9a-f]{1,16}\.js$/, 'wasm-bindgen glue');
const gluePath = join(staging, glueName);
const wasmPath = gluePath.replace(/\.js$/, '_bg.wasm');
const glue = readFileSync(gluePath, 'utf8');
const wasm = readFileSync(wasmPath);
const shrunk = shrink(wasmPath, glue);
const minified = await small(shrunk.glue);
writeFileSync(gluePath, minified);
html = replaceOnce(html, sri(glue), sri(minified), 'the glue\'s integrity hash');
// The WebAssembly is preloaded from the page, so that its download starts with the stylesheet's
// instead of after the scripts have run (on slow 4G that was one round trip and the scripts' compile
// time later). Trunk's own preload carries the integrity of the wasm before its diet: replaced by
// one without, placed after the stylesheet and the glue so that they are asked for first.
html = replaceOnce(html, /<link [^>]*rel=preload type=application\/wasm[^>]*>/.exec(html)?.[0] ?? '(wasm preload)', '', 'Trunk\'s wasm preload');
if (html.includes(sri(wasm))) throw new Error('the wasm\'s old integrity hash is still in index.html');
const gluePreload = new RegExp(`<link [^>]*href="?${publicUrl}${glueName}"?[^>]*rel="?modulepreload"?[^>]*>`).exec(html)?.[0] ?? '(glue modulepreload)';
const wasmName = glueName.replace(/\.js$/, '_bg.wasm');
html = replaceOnce(html, gluePreload, `${gluePreload}<link rel="preload" href="${publicUrl}${wasmName}" as="fetch" type="application/wasm" crossorigin>`, 'the glue\'s modulepreload');
console.log(`post-build: ${shrunk.report}, glue minified`);

// 2. The loader, out of the page.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (!inline) throw new Error('post-build: Trunk inline loader not found in index.html');
const pwa = replaceOnce(readFileSync(join(source, 'public/pwa.js'), 'utf8'), '__PUBLIC_URL__', publicUrl, 'pwa.js public URL');
const boot = await small(`${pwa}\n${inline[1].trim()}\n`);
const bootName = `boot-${sha(boot).toString('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
html = replaceOnce(html, inline[0], `<script type="module" src="${publicUrl}${bootName}" integrity="${sri(boot)}"></script>`, 'the inline loader');

// 3. The public URL, the contact, the share previews.
const manifestPath = join(staging, 'manifest.webmanifest');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
Object.assign(manifest, { id: publicUrl, start_url: publicUrl, scope: publicUrl });
for (const shortcut of manifest.shortcuts ?? []) shortcut.url = `${publicUrl}${shortcut.url.replace(/^\.?\//, '')}`;
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
const contact = (process.env.CONTACT ?? '').trim();
if (contact) html = replaceOnce(html, '</head>', `  <meta name="contact" content="${escapeAttribute(contact)}">\n</head>`, 'the contact meta');
const siteUrl = (process.env.SITE_URL ?? '').trim();
if (siteUrl) {
  if (!/^https:\/\/[^/]+/.test(siteUrl)) throw new Error(`SITE_URL must be an absolute https address: ${siteUrl}`);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (!title) throw new Error('post-build: the page has no <title> for the share preview');
  const description = metaContent(html, 'description');
  html = replaceOnce(html, '</head>', `  ${previewTags(siteUrl, title, description, 'og-image.png')}\n</head>`, 'the share-preview tags');
}
writeFileSync(htmlPath, html);

// 4. The static pages, from the engine, and the 404 page, all with the site's stylesheet.
const css = theOne(top, /^main-[0-9a-f]{1,16}\.css$/, 'stylesheet');
execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'pages', '--', '--site', staging], { cwd: source, stdio: 'inherit' });
for (const page of ['bareme.html', 'ensuite.html', 'mentions-legales.html', 'confidentialite.html', 'accessibilite.html']) {
  const path = join(staging, page);
  writeFileSync(path, replaceOnce(readFileSync(path, 'utf8'), '__FEUILLE_DE_STYLE__', `${publicUrl}${css}`, `the stylesheet of ${page}`));
}
const notFoundPath = join(staging, '404.html');
let notFound = readFileSync(notFoundPath, 'utf8');
notFound = replaceOnce(notFound, '__FEUILLE_DE_STYLE__', `${publicUrl}${css}`, 'the 404 stylesheet');
notFound = notFound.replaceAll('__PUBLIC_URL__', publicUrl);
writeFileSync(notFoundPath, notFound);

// 5. The service worker: this build's files, except what only an install sheet or a messaging app
// fetches (screenshots, the share image) and the 404 page.
function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : files(path);
    return [path];
  });
}
const shell = files(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((name) => name !== 'sw.js' && name !== '404.html' && name !== 'og-image.png' && !name.startsWith('screenshots/'))
  .sort();
const build = sha(shell.map((name) => `${name}:${sha(readFileSync(join(staging, name))).toString('hex')}`).join('\n'))
  .toString('hex')
  .slice(0, 12);
const precache = shell.map((name) => `${publicUrl}${name}`);
const swPath = join(staging, 'sw.js');
let sw = readFileSync(swPath, 'utf8');
sw = replaceOnce(sw, '__BUILD_ID__', build, 'sw.js build id');
sw = replaceOnce(sw, '__PRECACHE__', JSON.stringify(precache), 'sw.js precache list');
writeFileSync(swPath, await small(sw, false));
console.log(`post-build: ${bootName}, service worker ${build} with ${precache.length} files, public URL ${publicUrl}`);
