// Tests of assets/build/wasm.mjs's naming step: the split build's files get content-hashed names,
// and a new main module can never be served with an old part (or the reverse), because any change
// to any file renames the scripts that tie them together.
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';

import { hashNames, LOADER } from '../../assets/build/wasm.mjs';

const dirs = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop(), { recursive: true, force: true });
});

/** What wasm-bindgen and the splitter leave in their output folder, in miniature. */
function stage({ main = 'main-wasm', parts = { split_profile: 'profile', chunk_8: 'shared' }, snippet = 'export function copyText() {}' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'siap-wasm-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main_bg.wasm'), main);
  writeFileSync(
    join(dir, 'main.js'),
    "import { copyText } from './snippets/siap-ekspor-73235e84d37954ec/assets/js/share.js';\n"
      + 'import * as import1 from "./snippets/siap-ekspor-73235e84d37954ec/assets/js/share.js"\n'
      + 'import * as import7 from "./__wasm_split.js"\n'
      + 'const imports = { "./snippets/siap-ekspor-73235e84d37954ec/assets/js/share.js": import1 };\n'
      + "export default function init() { return new URL('main_bg.wasm', import.meta.url); }\n",
  );
  mkdirSync(join(dir, 'snippets', 'siap-ekspor-73235e84d37954ec', 'assets', 'js'), { recursive: true });
  writeFileSync(join(dir, 'snippets', 'siap-ekspor-73235e84d37954ec', 'assets', 'js', 'share.js'), snippet);
  const fetches = Object.keys(parts)
    .map((p) => `const src_${p} = fetch(new URL("./${p}.wasm", import.meta.url));\n`)
    .join('');
  writeFileSync(join(dir, LOADER), `import { initSync } from "./main.js";\n${fetches}`);
  for (const [name, bytes] of Object.entries(parts)) writeFileSync(join(dir, `${name}.wasm`), bytes);
  return dir;
}

const read = (dir, name) => readFileSync(join(dir, name), 'utf8');

describe('hashNames', () => {
  it('names every file after its contents and rewrites every reference', () => {
    const dir = stage();
    const names = hashNames(dir);
    assert.match(names.js, /^siap-ekspor-[0-9a-f]{16}\.js$/);
    assert.equal(names.wasm, names.js.replace('.js', '_bg.wasm'));
    assert.equal(names.loader, names.js.replace('siap-ekspor-', '__wasm_split-'));
    assert.equal(names.parts.length, 2);
    for (const part of names.parts) assert.match(part, /^(split_profile|chunk_8)-[0-9a-f]{16}\.wasm$/);
    assert.deepEqual(readdirSync(dir).sort(), [names.js, names.loader, names.wasm, ...names.parts, 'snippets'].sort());
    assert.equal(names.snippets.length, 1);
    assert.match(names.snippets[0], /^snippets\/share-[0-9a-f]{16}\.js$/);
    assert.deepEqual(readdirSync(join(dir, 'snippets')), [names.snippets[0].slice('snippets/'.length)]);

    const main = read(dir, names.js);
    assert.ok(main.includes(`from "./${names.loader}"`), main);
    assert.ok(main.includes(`'${names.wasm}'`), main);
    // Both import forms point at the hashed snippet; the import object keeps the wasm's module name.
    assert.equal(main.split(`from './${names.snippets[0]}'`).length - 1, 2, main);
    assert.ok(main.includes('"./snippets/siap-ekspor-73235e84d37954ec/assets/js/share.js": import1'), main);
    const loader = read(dir, names.loader);
    assert.ok(loader.includes(`from "./${names.js}"`), loader);
    for (const part of names.parts) assert.ok(loader.includes(`"./${part}"`), loader);
    for (const old of ['main.js', 'main_bg.wasm', LOADER, 'split_profile.wasm', 'chunk_8.wasm']) {
      assert.ok(!main.includes(old) && !loader.includes(old), `${old} is still referenced`);
    }
  });

  it('renames the main module and the loader when any part changes, and only that part', () => {
    const before = hashNames(stage());
    const after = hashNames(stage({ parts: { split_profile: 'profile v2', chunk_8: 'shared' } }));
    assert.notEqual(after.js, before.js);
    assert.notEqual(after.loader, before.loader);
    assert.equal(after.wasm.replace(/-\w+_bg/, ''), before.wasm.replace(/-\w+_bg/, ''));
    const changed = after.parts.filter((p) => !before.parts.includes(p));
    assert.equal(changed.length, 1);
    assert.match(changed[0], /^split_profile-/);
  });

  it('renames the scripts when the main module changes, and keeps the parts', () => {
    const before = hashNames(stage());
    const after = hashNames(stage({ main: 'main-wasm v2' }));
    assert.notEqual(after.js, before.js);
    assert.notEqual(after.loader, before.loader);
    assert.notEqual(after.wasm, before.wasm);
    assert.deepEqual(after.parts, before.parts);
  });

  it('renames the snippet and the main module when a snippet changes', () => {
    const before = hashNames(stage());
    const after = hashNames(stage({ snippet: 'export function copyText() { return 1; }' }));
    assert.notEqual(after.snippets[0], before.snippets[0]);
    assert.notEqual(after.js, before.js);
    assert.deepEqual(after.parts, before.parts);
  });

  it('gives the same names to the same build', () => {
    assert.deepEqual(hashNames(stage()), hashNames(stage()));
  });

  it('refuses a loader that does not load a part it was given', () => {
    const dir = stage();
    writeFileSync(join(dir, 'split_extra.wasm'), 'extra');
    assert.throws(() => hashNames(dir), /does not load split_extra\.wasm/);
  });

  it('refuses output whose main module does not import the loader', () => {
    const dir = stage();
    const main = readFileSync(join(dir, 'main.js'), 'utf8').replace('import * as import7 from "./__wasm_split.js"\n', '');
    writeFileSync(join(dir, 'main.js'), main);
    assert.throws(() => hashNames(dir), /does not import __wasm_split\.js/);
  });

  it('refuses output whose main module does not import a snippet it was given', () => {
    const dir = stage();
    const main = readFileSync(join(dir, 'main.js'), 'utf8').replaceAll('assets/js/share.js', 'assets/js/other.js');
    writeFileSync(join(dir, 'main.js'), main);
    assert.throws(() => hashNames(dir), /does not import snippets\/.*share\.js/);
  });

  it('names an unsplit build (no loader, no parts) after its contents too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siap-wasm-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'main_bg.wasm'), 'whole');
    writeFileSync(join(dir, 'main.js'), "new URL('main_bg.wasm', import.meta.url)\n");
    const names = hashNames(dir);
    assert.equal(names.loader, undefined);
    assert.deepEqual(names.parts, []);
    assert.deepEqual(readdirSync(dir).sort(), [names.js, names.wasm].sort());
  });
});
