// Pure edits of wasm-bindgen's JavaScript glue and of the page, each checking what it assumes and
// throwing when it does not hold: a new wasm-bindgen that changes the glue's shape fails the build
// loudly instead of shipping a page that renders nothing. Tested by glue.test.mjs.

/** Replaces `old` by `replacement` in `text`, which must hold exactly one `old`. */
export function replaceOnce(text, old, replacement, what) {
  const count = text.split(old).length - 1;
  if (count !== 1) throw new Error(`${what}: expected once, found ${count} times`);
  return text.replace(old, () => replacement);
}

/** The keys of the glue's import object (`const import0 = { … }`), in order. */
export function importKeys(glue) {
  const block = /function __wbg_get_imports\(\) \{\n\s*const import0 = \{\n([\s\S]*?)\n\s{4}\};\n\s*return \{/.exec(glue);
  if (!block) throw new Error('glue: the import object (__wbg_get_imports) was not found');
  return [...block[1].matchAll(/^ {8}([\w$]+): function/gm)].map((match) => match[1]);
}

/** The module name the glue hands its imports under (`"./name_bg.js": import0`). */
export function importModule(glue) {
  const found = [...glue.matchAll(/^\s*"([^"]+)": import0,?$/gm)];
  if (found.length !== 1) throw new Error(`glue: expected one import module, found ${found.length}`);
  return found[0][1];
}

/**
 * Applies binaryen's --minify-imports-and-exports-and-modules mapping to the glue: the import
 * object's keys and module name, and every `wasm.NAME` call of a renamed export.
 * `mapping` is what wasm-opt printed: { imports: [[module, name, short]], exports: [[name, short]] }.
 */
export function applyMapping(glue, mapping, newModule) {
  let code = glue;
  const module = importModule(code);
  const keys = new Set(importKeys(code));
  for (const [oldModule, name, short] of mapping.imports) {
    if (oldModule !== module) throw new Error(`wasm import ${oldModule}.${name} is not from the glue's module ${module}`);
    if (!keys.has(name)) throw new Error(`wasm import ${name} is not in the glue's import object`);
    code = replaceOnce(code, `        ${name}: function`, `        ${short}: function`, `import ${name}`);
  }
  code = replaceOnce(code, `"${module}": import0`, `"${newModule}": import0`, 'import module');
  for (const [name, short] of mapping.exports) {
    const called = new RegExp(`\\bwasm\\.${name}\\b`, 'g');
    code = code.replace(called, `wasm.${short}`);
    if (new RegExp(`\\.${name}\\b|\\[\\s*['"]${name}['"]\\s*\\]`).test(code)) {
      throw new Error(`export ${name} is still reached by its old name in the glue`);
    }
  }
  return code;
}

/** Removes the glue's classes (and their finalization registries) whose names start with `prefix`. */
export function dropClasses(glue, prefix) {
  const classes = new RegExp(
    `^export class (${prefix}\\w+) \\{\\n[\\s\\S]*?\\n\\}\\n(?:if \\(Symbol\\.dispose\\) \\1\\.prototype\\[Symbol\\.dispose\\] = \\1\\.prototype\\.free;\\n)?`,
    'gm',
  );
  const registries = new RegExp(`^const ${prefix}\\w+Finalization = [\\s\\S]*?;\\n`, 'gm');
  const code = glue.replace(classes, '').replace(registries, '');
  if (code === glue) throw new Error(`glue: no class ${prefix}… to drop`);
  if (code.includes(prefix)) throw new Error(`glue: ${prefix} is still mentioned after dropping its classes`);
  return code;
}

/** The one file of `names` matching `pattern`: none or several is a build that changed shape. */
export function theOne(names, pattern, what) {
  const found = names.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`${what}: expected one file matching ${pattern}, found ${found.length} (${found.join(', ')})`);
  return found[0];
}

/** The content of the page's `<meta name="…">`, whichever order and quoting the minifier left. */
export function metaContent(html, name) {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    const attributes = Object.fromEntries(
      [...tag.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)].map((m) => [m[1], m[2] ?? m[3] ?? m[4]]),
    );
    if (attributes.name === name) return attributes.content ?? '';
  }
  throw new Error(`page: no <meta name="${name}">`);
}

/** Open Graph and Twitter card tags for a shared link's preview; absolute addresses only. */
export function previewTags(siteUrl, title, description, image) {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const meta = (attribute, name, content) => `<meta ${attribute}="${name}" content="${escape(content)}">`;
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:locale', 'fr_FR'),
    meta('property', 'og:url', base),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:image', new URL(image, base).href),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', 'Assistant médical : simulateur de l\'aide à l\'emploi'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', new URL(image, base).href),
  ].join('\n  ');
}
