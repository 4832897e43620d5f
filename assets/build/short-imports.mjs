// Siap Ekspor — gives the main module's JavaScript imports short names (release builds; Node 20,
// builtins only). Called by assets/build/wasm.mjs after wasm-opt, before the content-hashed names.
//
// wasm-bindgen names each function the wasm imports from its JavaScript after the Rust binding and
// a hash of its signature (`__wbg_set_nodeValue_7e9217115013d873`), and writes the name twice: in
// the wasm's import section and as a key of the imports object in the main module's script. The
// main module imports about 160 of them (every web API any part calls goes through it), and the
// hashes do not compress. Here each of wasm-bindgen's own imports (module `./main_bg.js`) gets a
// short name (`a`, `b`, … `ba`, …) in both places, and each module a short key (`"0"`, `"1"`, …:
// the snippets' paths, `./snippets/siap-ekspor-<hash>/assets/js/pwa.js`, stood in the wasm once
// per import). The snippets' and the loader's functions keep their names: those files export them.
// Measured 2026-12-03: the first visit 3.8 KB brotli smaller (the wasm 2.1, the script 1.7).
//
// The script is rewritten only where an old name stands as a key (`name: function`, `"module":
// importN`): the build fails if a function's name is not there exactly once, or a module's key
// not at all, so a wasm-bindgen that writes its glue differently stops the build instead of
// shipping a module whose imports do not link. Debug builds and `SIAP_WASM_NAMES=1` keep the names.

/** The module wasm-bindgen's own imports come from, as the wasm names it. */
export const BINDGEN_MODULE = './main_bg.js';

/** The `n`th short name: `a` … `z`, `A` … `Z`, then two letters and more (never a digit first). */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let rest = n;
  do {
    name = letters[rest % letters.length] + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return name;
}

/** A reader of a wasm file's unsigned LEB128 numbers and strings, from `pos`. */
function reader(bytes, pos = 0) {
  const r = {
    pos,
    u32() {
      let result = 0;
      let shift = 0;
      for (;;) {
        if (r.pos >= bytes.length) throw new Error('short-imports: the wasm ends inside a number');
        const byte = bytes[r.pos++];
        result += (byte & 0x7f) * 2 ** shift;
        if (!(byte & 0x80)) return result;
        shift += 7;
        if (shift > 63) throw new Error('short-imports: a number in the wasm is too long');
      }
    },
    bytes(n) {
      if (r.pos + n > bytes.length) throw new Error('short-imports: the wasm ends inside a field');
      const out = bytes.subarray(r.pos, r.pos + n);
      r.pos += n;
      return out;
    },
    string() {
      return Buffer.from(r.bytes(r.u32())).toString('utf8');
    },
  };
  return r;
}

function leb(n) {
  const out = [];
  let rest = n;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return Buffer.from(out);
}

const str = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** Skips one import's description (function, table, memory, global or tag) at `r.pos`. */
function skipImportDesc(r) {
  const kind = r.bytes(1)[0];
  const limits = () => {
    const flags = r.u32();
    r.u32();
    if (flags & 1) r.u32();
  };
  switch (kind) {
    case 0: r.u32(); break; // function: its type
    case 1: r.bytes(1); limits(); break; // table: element type, limits
    case 2: limits(); break; // memory
    case 3: r.bytes(2); break; // global: value type, mutability
    case 4: r.bytes(1); r.u32(); break; // tag: attribute, type
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/**
 * The wasm `bytes` with each import renamed by `rename(module, field) -> [module, field]`. Every
 * other section is copied as it is.
 */
export function renameImports(bytes, rename) {
  const magic = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
  if (bytes.length < 8 || !magic.equals(Buffer.from(bytes.subarray(0, 4)))) throw new Error('short-imports: not a wasm module');
  const out = [Buffer.from(bytes.subarray(0, 8))];
  const r = reader(bytes, 8);
  while (r.pos < bytes.length) {
    const start = r.pos;
    const id = r.bytes(1)[0];
    const size = r.u32();
    const body = r.pos;
    const end = body + size;
    if (end > bytes.length) throw new Error('short-imports: a section runs past the end of the wasm');
    if (id !== 2) {
      out.push(Buffer.from(bytes.subarray(start, end)));
      r.pos = end;
      continue;
    }
    const count = r.u32();
    const entries = [leb(count)];
    for (let i = 0; i < count; i += 1) {
      const mod = r.string();
      const field = r.string();
      const desc = r.pos;
      skipImportDesc(r);
      const [newMod, newField] = rename(mod, field);
      entries.push(str(newMod), str(newField), Buffer.from(bytes.subarray(desc, r.pos)));
    }
    if (r.pos !== end) throw new Error('short-imports: the import section has bytes after its last import');
    const section = Buffer.concat(entries);
    out.push(Buffer.from([2]), leb(section.length), section);
  }
  return Buffer.concat(out);
}

/** `text` as a regular expression that matches exactly it (also used by wasm.mjs). */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Renames the main module's imports (`wasm`, bytes) and the keys of its script's imports object
 * (`js`, text): wasm-bindgen's own functions get short names, and every module a short key
 * (`"0"`, `"1"`, …; the script's `import` statements keep their paths). Throws if a renamed
 * function is not a key of the script exactly once, or a module's key is missing (the two would
 * no longer link). Returns the renamed functions as [old, new] pairs, in import order.
 */
export function shortenImports(wasm, js) {
  const modules = new Map();
  const renames = [];
  const renamed = renameImports(wasm, (mod, field) => {
    if (!modules.has(mod)) modules.set(mod, String(modules.size));
    if (mod !== BINDGEN_MODULE) return [modules.get(mod), field];
    const name = shortName(renames.length);
    renames.push([field, name]);
    return [modules.get(mod), name];
  });
  let script = js;
  for (const [from, to] of renames) {
    const key = new RegExp(`(?<=^|[\\s{,])${escapeRegExp(from)}(?=\\s*:\\s*function\\b)`, 'gm');
    const found = script.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: the script names the import ${from} as a key ${found} times, not once`);
    const anywhere = new RegExp(`(?<![\\w$])${escapeRegExp(from)}(?![\\w$])`, 'g');
    const uses = script.match(anywhere)?.length ?? 0;
    if (uses !== 1) throw new Error(`short-imports: the script names the import ${from} ${uses} times, not only as its key`);
    script = script.replace(key, to);
  }
  for (const [from, to] of modules) {
    // `"./main_bg.js": import0,` in the object the script passes to WebAssembly.instantiate.
    const key = new RegExp(`(["'])${escapeRegExp(from)}\\1(?=\\s*:\\s*import\\d+\\b)`, 'g');
    if (!key.test(script)) throw new Error(`short-imports: the script has no imports object key for the module ${from}`);
    script = script.replace(key, JSON.stringify(to));
  }
  return { wasm: renamed, js: script, renames, modules: [...modules] };
}
