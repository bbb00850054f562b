// Renders every PNG icon from public/icon-source.svg with the project's Chromium, so the icons are
// reproducible: `node .ci/icons.mjs`. "any" icons have rounded corners; the maskable one keeps its
// drawing inside the central safe zone (80 %) on a full-bleed background; iOS rounds its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const source = readFileSync(join(root, 'public/icon-source.svg'), 'utf8');
const inner = source.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

function framed({ rounded, scale }) {
  const offset = (512 * (1 - scale)) / 2;
  const clip = rounded ? '<clipPath id="c"><rect width="512" height="512" rx="96"/></clipPath>' : '';
  const body = inner
    .replace(/<rect id="background"[^>]*\/>/, `<rect width="512" height="512" fill="#0b5cab"${rounded ? ' clip-path="url(#c)"' : ''}/>`)
    .replace('<g id="symbol"', `<g transform="translate(${offset} ${offset}) scale(${scale})"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${clip}${body}</svg>`;
}

const outputs = [
  { file: 'icon-192.png', size: 192, svg: framed({ rounded: true, scale: 1 }) },
  { file: 'icon-512.png', size: 512, svg: framed({ rounded: true, scale: 1 }) },
  { file: 'maskable-512.png', size: 512, svg: framed({ rounded: false, scale: 0.72 }) },
  { file: 'apple-touch-icon.png', size: 180, svg: framed({ rounded: false, scale: 0.86 }) },
  { file: 'favicon-32.png', size: 32, svg: framed({ rounded: true, scale: 1 }) },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
for (const { file, size, svg } of outputs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  writeFileSync(join(root, 'public/icons', file), await page.screenshot({ omitBackground: true }));
  await page.close();
  console.log(`public/icons/${file} ${size}×${size}`);
}
writeFileSync(join(root, 'public/icons/icon.svg'), framed({ rounded: true, scale: 1 }));
console.log('public/icons/icon.svg');
await browser.close();
