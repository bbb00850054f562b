// Small edits of the built WebAssembly and its wasm-bindgen glue, for the first-visit budget:
// - the imports get short names ("$a", "$b", …) and so do the exports the glue calls as `wasm.NAME`:
//   the generated names, such as __wbg_createElement_de4a31ed2fb252be, are written twice (in the
//   wasm and in the glue) and their random suffixes do not compress: about 3 KB for nothing;
// - the stream adapters wasm-streams exports are dropped (Leptos enables server_fn's browser feature,
//   which brings them; a client-only app never uses them), with their classes in the glue.
// Every edit checks the glue and fails the build loudly if its shape ever changes.

const SECTION_IMPORT = 2;
const SECTION_EXPORT = 7;

function readLeb(bytes, offset) {
  let value = 0;
  let shift = 0;
  let position = offset;
  for (;;) {
    const byte = bytes[position++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, position];
  }
}

function writeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

function readName(bytes, offset) {
  const [length, start] = readLeb(bytes, offset);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

function encodeName(name) {
  const utf8 = Buffer.from(name, 'utf8');
  return [...writeLeb(utf8.length), ...utf8];
}

/** Byte length of an import's description, by kind (function, table, memory, global, tag). */
function descriptionEnd(bytes, offset, kind) {
  const limits = (at) => {
    const flags = bytes[at];
    let [, next] = readLeb(bytes, at + 1);
    if (flags & 1) [, next] = readLeb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0:
      return readLeb(bytes, offset)[1];
    case 1:
      return limits(offset + 1);
    case 2:
      return limits(offset);
    case 3:
      return offset + 2;
    case 4:
      return readLeb(bytes, offset + 1)[1];
    default:
      throw new Error(`shorten-imports: unknown import kind ${kind}`);
  }
}

/** A short, unique, JavaScript-safe name for the n-th entry. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/**
 * Rewrites the entries of one vector section (imports or exports). `entry(bytes, offset)` returns
 * the entry's end and either its new bytes or `null` to drop it.
 */
function rewriteSection(wasm, sectionId, entry) {
  const bytes = new Uint8Array(wasm);
  const chunks = [bytes.subarray(0, 8)];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = readLeb(bytes, offset + 1);
    const end = start + size;
    if (id !== sectionId) {
      chunks.push(bytes.subarray(offset, end));
      offset = end;
      continue;
    }
    let [count, position] = readLeb(bytes, start);
    const kept = [];
    for (let i = 0; i < count; i += 1) {
      const [entryEnd, replacement] = entry(bytes, position);
      if (replacement) kept.push(replacement);
      position = entryEnd;
    }
    const payload = Buffer.concat([Uint8Array.from(writeLeb(kept.length)), ...kept]);
    chunks.push(Uint8Array.from([sectionId, ...writeLeb(payload.length)]), payload);
    offset = end;
  }
  return Buffer.concat(chunks);
}

export function shortenImports(wasm, glue) {
  const renamed = new Map();
  const out = rewriteSection(wasm, SECTION_IMPORT, (bytes, start) => {
    const [module, afterModule] = readName(bytes, start);
    const [name, afterName] = readName(bytes, afterModule);
    const end = descriptionEnd(bytes, afterName + 1, bytes[afterName]);
    const short = renamed.get(name) ?? `$${shortName(renamed.size)}`;
    renamed.set(name, short);
    return [end, Uint8Array.from([...encodeName(module), ...encodeName(short), ...bytes.subarray(afterName, end)])];
  });
  let code = glue;
  for (const [name, short] of renamed) {
    const key = new RegExp(`\\b${name}(?=\\s*:)`, 'g');
    const found = code.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`shorten-imports: ${name} is a key ${found} times in the glue`);
    code = code.replace(key, short);
  }
  return { wasm: out, glue: code, count: renamed.size };
}

/**
 * Renames the exports the glue calls as `wasm.NAME` (closure shims with hashed names, allocator…)
 * to short names. Exports the glue does not name this way keep theirs.
 */
export function shortenExports(wasm, glue) {
  let code = glue;
  let count = 0;
  const out = rewriteSection(wasm, SECTION_EXPORT, (bytes, start) => {
    const [name, afterName] = readName(bytes, start);
    const end = readLeb(bytes, afterName + 1)[1];
    const called = new RegExp(`\\bwasm\\.${name}\\b`, 'g');
    let kept = name;
    if (name !== 'memory' && called.test(code)) {
      kept = `_${shortName(count)}`;
      count += 1;
      code = code.replace(called, `wasm.${kept}`);
      // Same-named local wrapper functions are fine; any other access to the export is not.
      const access = new RegExp(`(\\.${name}\\b|\\[\\s*['"]${name}['"]\\s*\\])`);
      if (access.test(code)) throw new Error(`shorten-imports: ${name} is still accessed in the glue`);
    }
    return [end, Uint8Array.from([...encodeName(kept), ...bytes.subarray(afterName, end)])];
  });
  return { wasm: out, glue: code, count };
}

/** Removes the exports whose name matches `pattern`; wasm-opt can then drop the code they kept. */
export function dropExports(wasm, pattern) {
  let dropped = 0;
  const out = rewriteSection(wasm, SECTION_EXPORT, (bytes, start) => {
    const [name, afterName] = readName(bytes, start);
    const end = readLeb(bytes, afterName + 1)[1];
    if (pattern.test(name)) {
      dropped += 1;
      return [end, null];
    }
    return [end, bytes.subarray(start, end)];
  });
  return { wasm: out, dropped };
}

/** Removes the glue's classes for the dropped stream adapters; fails if any trace of them is left. */
export function dropGlueClasses(glue, prefix) {
  const classes = new RegExp(
    `^export class (${prefix}\\w+) \\{\\n[\\s\\S]*?\\n\\}\\n(?:if \\(Symbol\\.dispose\\) \\1\\.prototype\\[Symbol\\.dispose\\] = \\1\\.prototype\\.free;\\n)?`,
    'gm',
  );
  const registries = new RegExp(`^const ${prefix}\\w+Finalization = [\\s\\S]*?;\\n`, 'gm');
  const code = glue.replace(classes, '').replace(registries, '');
  if (code.includes(prefix)) throw new Error(`shorten-imports: the glue still mentions ${prefix}`);
  return code;
}
