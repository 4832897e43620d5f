// Tests of assets/build/short-imports.mjs: wasm-bindgen's imports of the main module get short
// names in the wasm and in its script, and the two still link.
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BINDGEN_MODULE, renameImports, shortenImports, shortName } from '../../assets/build/short-imports.mjs';

const SNIPPET = './snippets/siap-ekspor-73235e84d37954ec/assets/js/pwa.js';

/** A wasm module that imports `imports` ([module, field] functions of type () -> i32). */
function wasmImporting(imports) {
  const leb = (n) => {
    const out = [];
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return out;
  };
  const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
  const section = (id, body) => [id, ...leb(body.length), ...body];
  const type = section(1, [1, 0x60, 0, 1, 0x7f]);
  const entries = imports.flatMap(([mod, field]) => [...str(mod), ...str(field), 0, 0]);
  const importSection = section(2, [...leb(imports.length), ...entries]);
  // One function that calls every import and adds the results, exported as `sum`.
  const calls = imports.flatMap((_, i) => (i === 0 ? [0x10, i] : [0x10, i, 0x6a]));
  const body = [0, ...calls, 0x0b];
  const func = section(3, [1, 0]);
  const exp = section(7, [1, ...str('sum'), 0, imports.length]);
  const code = section(10, [1, ...leb(body.length), ...body]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...importSection, ...func, ...exp, ...code]);
}

/** wasm-bindgen's glue in miniature: the imports object, keyed as the real one is. */
const GLUE = `import * as import1 from "${SNIPPET}"
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_new_bb74001155cb8ca8: function() {
            return 1;
        },
        __wbg_set_nodeValue_7e9217115013d873: function() { return 10; },
        __wbindgen_init_externref_table: function() {
            return 100;
        },
    };
    return {
        __proto__: null,
        "${BINDGEN_MODULE}": import0,
        "${SNIPPET}": import1,
    };
}
`;

const IMPORTS = [
  [BINDGEN_MODULE, '__wbg_new_bb74001155cb8ca8'],
  [BINDGEN_MODULE, '__wbg_set_nodeValue_7e9217115013d873'],
  [SNIPPET, 'afterFirstPaint'],
  [BINDGEN_MODULE, '__wbindgen_init_externref_table'],
];

/** Instantiates `wasm` with the imports object the glue `js` builds (its snippet: `snippet`). */
async function link(wasm, js, snippet = { afterFirstPaint: () => 1000 }) {
  const body = js.replace(/^import .*$/m, '');
  const imports = new Function('import1', `${body}\nreturn __wbg_get_imports();`)(snippet);
  const { instance } = await WebAssembly.instantiate(wasm, imports);
  return instance.exports.sum();
}

describe('shortName', () => {
  it('gives distinct identifiers that never start with a digit', () => {
    const names = Array.from({ length: 3000 }, (_, i) => shortName(i));
    assert.deepEqual(names.slice(0, 3), ['a', 'b', 'c']);
    assert.equal(names[51], 'Z');
    assert.equal(names[52], 'aa');
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.match(name, /^[A-Za-z]+$/);
  });
});

describe('shortenImports', () => {
  it('renames the bindings and the modules in both files, and they still link', async () => {
    const wasm = wasmImporting(IMPORTS);
    assert.equal(await link(wasm, GLUE), 1111);
    const out = shortenImports(wasm, GLUE);
    assert.deepEqual(out.renames, [
      ['__wbg_new_bb74001155cb8ca8', 'a'],
      ['__wbg_set_nodeValue_7e9217115013d873', 'b'],
      ['__wbindgen_init_externref_table', 'c'],
    ]);
    const names = WebAssembly.Module.imports(new WebAssembly.Module(out.wasm)).map((i) => `${i.module}:${i.name}`);
    assert.deepEqual(names, ['0:a', '0:b', '1:afterFirstPaint', '0:c']);
    assert.equal(await link(out.wasm, out.js, { afterFirstPaint: () => 1000 }), 1111);
    for (const [from] of out.renames) assert.ok(!out.js.includes(from), out.js);
    // The script's own import statement keeps its path: the build renames it after its contents.
    assert.ok(out.js.includes(`from "${SNIPPET}"`), out.js);
    assert.ok(out.wasm.length < wasm.length);
  });

  it('stops the build when a binding is not a key of the script exactly once', () => {
    const wasm = wasmImporting(IMPORTS);
    const missing = GLUE.replace('__wbg_new_bb74001155cb8ca8: function', 'other: function');
    assert.throws(() => shortenImports(wasm, missing), /__wbg_new_bb74001155cb8ca8 as a key 0 times/);
    const twice = GLUE.replace('__proto__: null,', '__proto__: null,\n        __wbg_new_bb74001155cb8ca8: function() {},');
    assert.throws(() => shortenImports(wasm, twice), /as a key 2 times/);
    const used = GLUE.replace('return 10;', 'return __wbg_new_bb74001155cb8ca8();');
    assert.throws(() => shortenImports(wasm, used), /names the import __wbg_new_bb74001155cb8ca8 2 times/);
  });

  it('stops the build when a module has no key in the imports object', () => {
    const wasm = wasmImporting(IMPORTS);
    const glue = GLUE.replace(`"${SNIPPET}": import1,`, '');
    assert.throws(() => shortenImports(wasm, glue), /no imports object key for the module/);
  });

  it('refuses what is not a wasm module, or one cut short', () => {
    assert.throws(() => shortenImports(Buffer.from('not wasm at all'), GLUE), /not a wasm module/);
    const wasm = wasmImporting(IMPORTS);
    assert.throws(() => renameImports(wasm.subarray(0, 30), (m, f) => [m, f]), /ends inside|past the end/);
  });

  it('copies every other section as it is', () => {
    const wasm = wasmImporting(IMPORTS);
    assert.deepEqual(renameImports(wasm, (m, f) => [m, f]), wasm);
  });
});
