// The build's edits of the glue and the page (node --test .ci/build-steps/): each does its job on a
// glue of wasm-bindgen's shape, and refuses loudly a glue or a page that is not what it assumes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMapping, dropClasses, importKeys, importModule, metaContent, previewTags, replaceOnce, theOne } from './glue.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// The shape of wasm-bindgen 0.2's glue, cut down to one class, two imports and two exports.
const glue = `export class IntoUnderlyingSink {
    free() {
        wasm.__wbg_intounderlyingsink_free(this.__wbg_ptr, 0);
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_createElement_de4a31ed2fb252be: function(arg0, arg1) {
            return arg0.createElement(arg1);
        },
        __wbg_log_0cc1b7768397bcfe: function(arg0) {
            console.log(arg0);
        },
    };
    return {
        __proto__: null,
        "./assistant-medical_bg.js": import0,
    };
}

const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr >>> 0, 1));

function start() {
    wasm.main(wasm.__wbindgen_malloc(8));
}
`;

const mapping = {
  imports: [
    ['./assistant-medical_bg.js', '__wbg_createElement_de4a31ed2fb252be', 'a'],
    ['./assistant-medical_bg.js', '__wbg_log_0cc1b7768397bcfe', 'b'],
  ],
  exports: [
    ['main', 'c'],
    ['__wbindgen_malloc', 'd'],
  ],
};

describe('replaceOnce', () => {
  test('replaces the one occurrence, even with $ in the replacement', () => {
    assert.equal(replaceOnce('a <b> c', '<b>', '$&$1', 'b'), 'a $&$1 c');
  });
  test('refuses none and several', () => {
    assert.throws(() => replaceOnce('a c', '<b>', 'x', 'the b tag'), /the b tag: expected once, found 0 times/);
    assert.throws(() => replaceOnce('<b><b>', '<b>', 'x', 'the b tag'), /found 2 times/);
  });
});

describe('the import object', () => {
  test('its keys and its module, in order', () => {
    assert.deepEqual(importKeys(glue), ['__wbg_createElement_de4a31ed2fb252be', '__wbg_log_0cc1b7768397bcfe']);
    assert.equal(importModule(glue), './assistant-medical_bg.js');
  });
  test('a glue of another shape is refused', () => {
    assert.throws(() => importKeys(glue.replace('const import0 = {', 'const imports = {')), /import object .* not found/);
    assert.throws(() => importModule(glue.replace('": import0', '": imports')), /expected one import module, found 0/);
  });
});

describe('applyMapping', () => {
  test('renames the imports, the module and every call of a renamed export', () => {
    const renamed = applyMapping(glue, mapping, 'x');
    assert.deepEqual(importKeys(renamed), ['a', 'b']);
    assert.equal(importModule(renamed), 'x');
    assert.match(renamed, /wasm\.c\(wasm\.d\(8\)\)/);
    assert.doesNotMatch(renamed, /wasm\.main|__wbindgen_malloc|createElement_de4a/);
  });
  test('refuses an import the glue does not provide, or from another module', () => {
    assert.throws(() => applyMapping(glue, { ...mapping, imports: [['./assistant-medical_bg.js', '__wbg_gone_1', 'a']] }, 'x'), /__wbg_gone_1 is not in the glue's import object/);
    assert.throws(() => applyMapping(glue, { ...mapping, imports: [['env', '__wbg_log_0cc1b7768397bcfe', 'a']] }, 'x'), /is not from the glue's module/);
  });
  test('refuses an export still reached by its old name', () => {
    const indirect = glue.replace('wasm.main(', 'wasm["main"](wasm.main, ');
    assert.throws(() => applyMapping(indirect, mapping, 'x'), /export main is still reached by its old name/);
  });
});

describe('dropClasses', () => {
  test('removes the classes and their registries', () => {
    const dropped = dropClasses(glue, 'IntoUnderlying');
    assert.doesNotMatch(dropped, /IntoUnderlying|intounderlying/);
    assert.match(dropped, /function __wbg_get_imports/);
  });
  test('a glue without them is refused, so that a renamed class is noticed', () => {
    assert.throws(() => dropClasses(glue, 'ReadableStreamAdapter'), /no class ReadableStreamAdapter/);
  });
});

describe('the page', () => {
  test('theOne: exactly one file of a kind', () => {
    assert.equal(theOne(['main-0123456789abcdef.css', 'x.js'], /^main-[0-9a-f]{16}\.css$/, 'stylesheet'), 'main-0123456789abcdef.css');
    assert.throws(() => theOne(['a.css'], /^main-/, 'stylesheet'), /stylesheet: expected one file .* found 0/);
    assert.throws(() => theOne(['main-1', 'main-2'], /^main-/, 'stylesheet'), /found 2 \(main-1, main-2\)/);
  });
  test('metaContent reads a meta tag however the minifier wrote it', () => {
    assert.equal(metaContent('<meta name="description" content="Éligible ?">', 'description'), 'Éligible ?');
    assert.equal(metaContent('<meta content="Éligible ?" name=description>', 'description'), 'Éligible ?');
    assert.equal(metaContent('<meta content=#0b5cab name=theme-color><meta name=x content=y>', 'theme-color'), '#0b5cab');
    assert.throws(() => metaContent('<meta name=x content=y>', 'description'), /no <meta name="description">/);
  });
  test('previewTags: absolute addresses under the site, the text escaped', () => {
    const tags = previewTags('https://exemple.fr/un/chemin', 'Titre "à" <b>', 'Une & deux', 'og-image.png');
    assert.match(tags, /<meta property="og:url" content="https:\/\/exemple.fr\/un\/chemin\/">/);
    assert.match(tags, /<meta property="og:image" content="https:\/\/exemple.fr\/un\/chemin\/og-image.png">/);
    assert.match(tags, /<meta name="twitter:image" content="https:\/\/exemple.fr\/un\/chemin\/og-image.png">/);
    assert.match(tags, /content="Titre &quot;à&quot; &lt;b>"/);
    assert.match(tags, /content="Une &amp; deux"/);
    assert.doesNotMatch(tags, /content="\//, 'no relative address');
  });
});

// The real glue wasm-bindgen wrote for the last build, before the post-build step edited it.
const built = join(root, 'target/wasm-bindgen/release/assistant-medical.js');
test('the last build’s own glue has the shape the edits assume', { skip: !existsSync(built) && 'no release build yet' }, () => {
  const real = readFileSync(built, 'utf8');
  assert.ok(importKeys(real).length > 50);
  assert.equal(importModule(real), './assistant-medical_bg.js');
  assert.doesNotMatch(dropClasses(real, 'IntoUnderlying'), /IntoUnderlying/);
});
