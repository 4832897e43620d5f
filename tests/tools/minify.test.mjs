// Tests of a release build's minifying (assets/build/minify.mjs, called by the build hook) and of
// what the hook must still find in a minified page (assets/build/wasm.mjs).
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, it } from 'node:test';

import { minifyScripts } from '../../assets/build/minify.mjs';
import { withoutRustLink } from '../../assets/build/wasm.mjs';

const dirs = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop(), { recursive: true, force: true });
});

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'siap-minify-'));
  dirs.push(dir);
  return dir;
}

describe('minifyScripts', () => {
  it('shrinks modules that still import each other and export the same names and behaviour', async () => {
    const dir = folder();
    // The shapes the real files have: a named import from a sibling, a namespace import used as an
    // import object's value, string keys that name wasm imports, import.meta.url, comments.
    writeFileSync(join(dir, 'snippet.js'), '/** Doubles. */\nexport function twice(value) {\n  const result = value * 2;\n  return result;\n}\n');
    writeFileSync(
      join(dir, 'main.js'),
      "import { twice } from './snippet.js';\nimport * as import1 from './snippet.js';\n"
        + '// wasm-bindgen keys the import object by module name; the keys must survive.\n'
        + 'const imports = { "./snippet.js": import1, __wbg_twice_0123456789abcdef: twice };\n'
        + 'export function callThrough(longArgumentName) {\n  return imports["./snippet.js"].twice(longArgumentName) + imports.__wbg_twice_0123456789abcdef(1);\n}\n'
        + "export default function wasmUrl() {\n  return new URL('main_bg.wasm', import.meta.url).pathname.endsWith('/main_bg.wasm');\n}\n",
    );
    const before = readFileSync(join(dir, 'main.js'), 'utf8');
    await minifyScripts([join(dir, 'main.js'), join(dir, 'snippet.js')]);
    const after = readFileSync(join(dir, 'main.js'), 'utf8');
    assert.ok(after.length < before.length, `not smaller: ${after.length} >= ${before.length}`);
    assert.doesNotMatch(after, /wasm-bindgen keys|longArgumentName/);
    assert.match(after, /__wbg_twice_0123456789abcdef/);
    assert.doesNotMatch(readFileSync(join(dir, 'snippet.js'), 'utf8'), /Doubles/);
    const module = await import(pathToFileURL(join(dir, 'main.js')).href);
    assert.equal(module.callThrough(5), 12);
    assert.equal(module.default(), true);
  });

  it('fails loudly, naming the file, on a script it cannot parse', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.js'), 'export function (');
    await assert.rejects(minifyScripts([join(dir, 'broken.js')]), /minify: .*broken\.js/);
  });
});

describe('withoutRustLink', () => {
  it('drops the link as index.html writes it and as a minified page has it, and nothing else', () => {
    assert.equal(withoutRustLink('<head>\n  <link data-trunk rel="rust" data-trunk-skip>\n</head>'), '<head>\n</head>');
    assert.equal(
      withoutRustLink('<link href=a.css rel=stylesheet><link data-trunk data-trunk-id=9 data-trunk-skip rel=rust><link rel=modulepreload href=x.js>'),
      '<link href=a.css rel=stylesheet><link rel=modulepreload href=x.js>',
    );
    const other = '<link data-trunk rel="css" href="assets/app.css"><link rel=rust-like data-x>';
    assert.equal(withoutRustLink(other), other);
  });
});
