// Renders every PNG icon from public/icon-source.svg with the project's Chromium, so the icons are
// reproducible: `node .ci/icons.mjs`. "any" icons have rounded corners; the maskable one keeps its
// drawing inside the central safe zone (80 %) on a full-bleed background; iOS rounds its own. Also
// the share-preview image (public/og-image.png, 1200×630): the symbol and the simulator's name.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { launchChromium } = await import(join(root, 'tests/e2e/chromium.mjs'));
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

const browser = await launchChromium();
for (const { file, size, svg } of outputs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  writeFileSync(join(root, 'public/icons', file), await page.screenshot({ omitBackground: true }));
  await page.close();
  console.log(`public/icons/${file} ${size}×${size}`);
}
writeFileSync(join(root, 'public/icons/icon.svg'), framed({ rounded: true, scale: 1 }));

const card = `<html><body style="margin:0;width:1200px;height:630px;background:#0b5cab;display:flex;align-items:center;gap:56px;padding:0 80px;box-sizing:border-box;font-family:system-ui,sans-serif;color:#fff">
  ${framed({ rounded: true, scale: 1 }).replace('<svg ', '<svg width="360" height="360" ')}
  <div><p style="font-size:64px;font-weight:700;line-height:1.1;margin:0">Aide à l'emploi d'un assistant médical</p>
  <p style="font-size:36px;margin:28px 0 0">Éligibilité, aide par année, objectif : la règle et la source de chaque chiffre</p></div>
</body></html>`;
const preview = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await preview.setContent(card);
writeFileSync(join(root, 'public/og-image.png'), await preview.screenshot());
await preview.close();
console.log('public/og-image.png 1200×630');
console.log('public/icons/icon.svg');
await browser.close();
