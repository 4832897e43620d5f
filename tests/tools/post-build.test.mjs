// node --test tests/tools/
// Tests assets/build/post-build.mjs (the trunk post_build hook) on a throwaway
// fixture that looks like trunk's staging folder, and the service worker it
// generates, run in a vm with fake caches and a fake network.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const SCRIPT = fileURLToPath(new URL('../../assets/build/post-build.mjs', import.meta.url));
const roots = [];
after(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// What trunk 0.21 injects (default initializer, with a nonce).
const BOOT = `
import init, * as bindings from './siap-ekspor-0123456789abcdef.js';
const wasm = await init({ module_or_path: './siap-ekspor-0123456789abcdef_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
`;
const BOOT_NAME = `boot-${createHash('sha256').update(BOOT).digest('hex').slice(0, 16)}.js`;
const LD_JSON = '<script type="application/ld+json">{"@type":"WebApplication"}</script>';
const HEAD = '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>Siap Ekspor — asisten</title>\n'
  + '<link rel="stylesheet" href="./style-aaaaaaaaaaaaaaaa.css" integrity="sha384-xyz" crossorigin="anonymous">\n'
  + '<link rel="modulepreload" href="./siap-ekspor-0123456789abcdef.js" crossorigin="anonymous">\n'
  + '<!-- <script>commented out</script> -->\n'
  + `${LD_JSON}\n`
  + '<script src="./already-external.js"></script>\n</head>\n<body>\n<p>Memuat…</p>\n';
const INLINE = `<script type="module" nonce="abc123" integrity="sha384-q>x">${BOOT}</script>`;
const INDEX = `${HEAD}${INLINE}\n</body>\n</html>\n`;

function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'siap-ekspor-post-build-'));
  roots.push(dir);
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'siap-ekspor-0123456789abcdef.js'), 'export default function init() {}\n');
  writeFileSync(join(dir, 'siap-ekspor-0123456789abcdef_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(join(dir, 'style-aaaaaaaaaaaaaaaa.css'), 'body{margin:0}\n');
  writeFileSync(join(dir, 'style-aaaaaaaaaaaaaaaa.css.map'), '{}');
  writeFileSync(join(dir, 'already-external.js'), '// external\n');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Siap Ekspor"}\n');
  writeFileSync(join(dir, 'sw.js'), '// stale output of a previous build\n');
  mkdirSync(join(dir, 'icons'));
  writeFileSync(join(dir, 'icons', 'icon-192.png'), 'png');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'rules.json'), '{}\n');
  writeFileSync(join(dir, 'data', 'big.csv'), 'section,hscode\n');
  mkdirSync(join(dir, 'snippets', 'siap-ekspor-123', 'assets', 'js'), { recursive: true });
  writeFileSync(join(dir, 'snippets', 'siap-ekspor-123', 'assets', 'js', 'pwa.js'), 'export {}\n');
  return dir;
}

const run = (dir) => execFileSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
const read = (dir, name) => readFileSync(join(dir, name), 'utf8');
const precacheOf = (sw) => JSON.parse(sw.match(/const PRECACHE = (\[.*?\]);/)[1]);
const versionOf = (sw) => sw.match(/const CACHE = 'siap-ekspor-([^']*)'/)[1];

const lazyOf = (sw) => JSON.parse(sw.match(/const LAZY = (\[.*?\]);/)[1]);
const lazyVersionOf = (sw) => sw.match(/const LAZY_CACHE = 'siap-ekspor-lazy-([^']*)'/)[1];

const EXPECTED = [
  './already-external.js', `./${BOOT_NAME}`, './data/rules.json', './icons/icon-192.png', './index.html', './manifest.webmanifest',
  './siap-ekspor-0123456789abcdef.js', './siap-ekspor-0123456789abcdef_bg.wasm',
  './snippets/siap-ekspor-123/assets/js/pwa.js', './style-aaaaaaaaaaaaaaaa.css',
];

describe('post-build.mjs', () => {
  test('moves the inline boot script to a hashed file and leaves the rest byte-identical', () => {
    const dir = fixture();
    const out = run(dir);
    assert.equal(read(dir, BOOT_NAME), BOOT, 'boot file holds the exact script content');
    const html = read(dir, 'index.html');
    assert.equal(html, `${HEAD}<script type="module" nonce="abc123" src="./${BOOT_NAME}"></script>\n</body>\n</html>\n`);
    assert.doesNotMatch(html, /import init/);
    // No executable inline script is left (the JSON-LD data block is not one).
    const inline = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs, body]) => !/\bsrc=/.test(attrs) && body.trim() && !attrs.includes('ld+json'));
    assert.deepEqual(inline, []);
    assert.ok(html.includes(LD_JSON));
    assert.match(out, /post-build: 10 files precached, cache siap-ekspor-[0-9a-f]{16}\n$/);
  });

  test('writes sw.js with every file, sorted, without itself or source maps', () => {
    const dir = fixture();
    run(dir);
    const sw = read(dir, 'sw.js');
    assert.deepEqual(precacheOf(sw), EXPECTED);
    assert.deepEqual(lazyOf(sw), ['./data/big.csv'], 'the big CSV is never part of the first visit');
    assert.match(lazyVersionOf(sw), /^[0-9a-f]{16}$/);
    assert.doesNotMatch(sw, /__PRECACHE__|__CACHE_VERSION__|__LAZY__|__LAZY_VERSION__/);
    assert.match(versionOf(sw), /^[0-9a-f]{16}$/);
    assert.doesNotThrow(() => new vm.Script(sw), 'generated sw.js parses');
  });

  test('is idempotent and the version follows the content', () => {
    const dir = fixture();
    run(dir);
    const first = versionOf(read(dir, 'sw.js'));
    run(dir); // nothing inline left, nothing changed
    assert.equal(versionOf(read(dir, 'sw.js')), first);
    writeFileSync(join(dir, 'style-aaaaaaaaaaaaaaaa.css'), 'body{margin:1px}\n');
    run(dir);
    const second = versionOf(read(dir, 'sw.js'));
    assert.match(second, /^[0-9a-f]{16}$/);
    assert.notEqual(second, first);
    writeFileSync(join(dir, 'style-aaaaaaaaaaaaaaaa.css.map'), '{"changed":true}');
    run(dir);
    assert.equal(versionOf(read(dir, 'sw.js')), second, 'source maps do not count');
  });

  test('reads the folder from TRUNK_STAGING_DIR', () => {
    const dir = fixture();
    execFileSync(process.execPath, [SCRIPT], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
    assert.ok(existsSync(join(dir, BOOT_NAME)));
  });

  test('keeps dev-server and non-JavaScript scripts inline, moves classic scripts as classic', () => {
    const dir = fixture();
    const reload = '<script>"use strict"; new WebSocket("ws://{{__TRUNK_ADDRESS__}}/.well-known/trunk/ws");</script>';
    const classic = '<script type="text/javascript">window.x = 1;</script>';
    writeFileSync(join(dir, 'index.html'), `<html><body>${reload}${classic}<script>  </script></body></html>`);
    run(dir);
    const html = read(dir, 'index.html');
    const name = `boot-${createHash('sha256').update('window.x = 1;').digest('hex').slice(0, 16)}.js`;
    assert.equal(html, `<html><body>${reload}<script type="text/javascript" src="./${name}"></script><script>  </script></body></html>`);
  });

  test('names the tools\' stylesheet in a <meta> instead of linking it, and precaches it', () => {
    const dir = fixture();
    // Trunk's minified form, unquoted; the other stylesheet and a commented-out link stay.
    const html = '<html><head><link data-integrity=none href=./app-382e761b2f6d8f6c.css rel=stylesheet>'
      + '<!-- <link href=./tools-0a1b.css rel=stylesheet> -->'
      + '<link data-integrity=none href=./tools-e25d9890ac1efdf.css rel=stylesheet></head><body></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'tools-e25d9890ac1efdf.css'), '.field-row{display:grid}\n');
    const out = run(dir);
    const expected = '<html><head><link data-integrity=none href=./app-382e761b2f6d8f6c.css rel=stylesheet>'
      + '<!-- <link href=./tools-0a1b.css rel=stylesheet> -->'
      + '<meta name="siap-ekspor:tools-css" content="./tools-e25d9890ac1efdf.css"></head><body></body></html>';
    assert.equal(read(dir, 'index.html'), expected);
    assert.match(out, /tools-e25d9890ac1efdf\.css named in <meta/);
    assert.ok(precacheOf(read(dir, 'sw.js')).includes('./tools-e25d9890ac1efdf.css'), 'precached');
    // Run again (trunk serve rebuilds): nothing more changes.
    run(dir);
    assert.equal(read(dir, 'index.html'), expected);
  });

  test('fails loudly without index.html', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siap-ekspor-post-build-'));
    roots.push(dir);
    const result = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /index\.html not found/);
    assert.deepEqual(readdirSync(dir), []);
  });
});

// ---- the generated service worker, in a vm with fakes ------------------------

const ORIGIN = 'https://portal.example';
const SW_URL = `${ORIGIN}/umkm/siap/sw.js`;

function loadWorker(dir) {
  const listeners = {};
  const stores = new Map(); // cache name -> Map(url -> Response)
  const key = (req, ignoreSearch) => {
    const url = new URL(typeof req === 'string' ? req : req.url, SW_URL);
    if (ignoreSearch) url.search = '';
    url.hash = '';
    return url.href;
  };
  const cacheApi = (name) => ({
    async addAll(requests) {
      for (const r of requests) this.store.set(key(r), await network.fetch(r));
    },
    async put(req, res) { this.store.set(key(req), res); },
    async match(req, opts = {}) {
      for (const [k, v] of this.store) if (key(k, opts.ignoreSearch) === key(req, opts.ignoreSearch)) return v.clone();
      return undefined;
    },
    get store() { if (!stores.has(name)) stores.set(name, new Map()); return stores.get(name); },
  });
  const network = {
    online: true,
    requests: [],
    async fetch(req) {
      const url = key(req);
      network.requests.push(url);
      if (!network.online) throw new TypeError('Failed to fetch');
      return new Response(`network ${url}`, { status: 200 });
    },
  };
  const self = {
    location: new URL(SW_URL),
    addEventListener: (type, fn) => { listeners[type] = fn; },
    skipWaiting: () => { self.skipped = true; },
    clients: { claim: async () => { self.claimed = true; } },
  };
  const context = vm.createContext({
    self,
    URL,
    Response,
    setTimeout,
    clearTimeout,
    Promise,
    Request: class { constructor(url, init) { this.url = new URL(url, SW_URL).href; this.cache = init.cache; } },
    fetch: (req) => network.fetch(req),
    caches: {
      open: async (name) => cacheApi(name),
      keys: async () => [...stores.keys()],
      delete: async (name) => stores.delete(name),
    },
  });
  vm.runInContext(read(dir, 'sw.js'), context);
  const dispatch = async (type, props = {}) => {
    const waits = [];
    const event = { ...props, waitUntil: (p) => waits.push(p), respondWith(p) { this.response = p; } };
    listeners[type]?.(event);
    const response = event.response ? await event.response : undefined;
    await Promise.all(waits);
    return response;
  };
  return { self, stores, network, dispatch };
}

describe('generated sw.js', () => {
  const dir = fixture();
  run(dir);
  const version = versionOf(read(dir, 'sw.js'));
  const get = (path, mode = 'cors') => ({ url: new URL(path, SW_URL).href, method: 'GET', mode });

  test('install precaches every file under a versioned cache, without skipWaiting', async () => {
    const w = loadWorker(dir);
    await w.dispatch('install');
    assert.deepEqual([...w.stores.keys()], [`siap-ekspor-${version}`]);
    assert.equal(w.stores.get(`siap-ekspor-${version}`).size, EXPECTED.length);
    assert.ok(w.stores.get(`siap-ekspor-${version}`).has(`${ORIGIN}/umkm/siap/index.html`));
    assert.equal(w.self.skipped, undefined);
    await w.dispatch('message', { data: { type: 'skip-waiting' } });
    assert.equal(w.self.skipped, true);
  });

  test('activate removes only older siap-ekspor caches', async () => {
    const w = loadWorker(dir);
    w.stores.set('siap-ekspor-0000000000000000', new Map());
    w.stores.set('another-app', new Map());
    await w.dispatch('install');
    await w.dispatch('activate');
    assert.deepEqual([...w.stores.keys()].sort(), ['another-app', `siap-ekspor-${version}`]);
    assert.equal(w.self.claimed, true);
  });

  test('navigations: network first, cached index.html offline, 503 with nothing cached', async () => {
    const w = loadWorker(dir);
    let res = await w.dispatch('fetch', { request: get('index.html?embed=1', 'navigate') });
    assert.equal(await res.text(), `network ${ORIGIN}/umkm/siap/index.html?embed=1`);
    w.network.online = false;
    res = await w.dispatch('fetch', { request: get('?lang=en', 'navigate') });
    assert.equal(res.status, 503);
    assert.match(await res.text(), /offline/);
    w.network.online = true;
    await w.dispatch('install');
    w.network.online = false;
    res = await w.dispatch('fetch', { request: get('index.html?lang=en', 'navigate') });
    assert.equal(await res.text(), `network ${ORIGIN}/umkm/siap/index.html`);
    res = await w.dispatch('fetch', { request: get('./', 'navigate') });
    assert.equal(await res.text(), `network ${ORIGIN}/umkm/siap/index.html`);
  });

  test('a lazy file is fetched when asked, kept across versions, and served offline', async () => {
    const lazyCache = `siap-ekspor-lazy-${lazyVersionOf(read(dir, 'sw.js'))}`;
    const w = loadWorker(dir);
    await w.dispatch('install');
    assert.equal(w.stores.has(lazyCache), false, 'not fetched at install');
    w.network.requests.length = 0;
    let res = await w.dispatch('fetch', { request: get('data/big.csv') });
    assert.equal(await res.text(), `network ${ORIGIN}/umkm/siap/data/big.csv`);
    assert.deepEqual(w.network.requests, [`${ORIGIN}/umkm/siap/data/big.csv`]);
    w.stores.set('siap-ekspor-0000000000000000', new Map());
    await w.dispatch('activate');
    assert.deepEqual([...w.stores.keys()].sort(), [lazyCache, `siap-ekspor-${version}`].sort());
    w.network.online = false;
    res = await w.dispatch('fetch', { request: get('data/big.csv') });
    assert.equal(await res.text(), `network ${ORIGIN}/umkm/siap/data/big.csv`);
  });

  test('other files: cache first, ignoring the query; foreign and non-GET requests untouched', async () => {
    const w = loadWorker(dir);
    await w.dispatch('install');
    w.network.requests.length = 0;
    const res = await w.dispatch('fetch', { request: get('siap-ekspor-0123456789abcdef_bg.wasm?v=2') });
    assert.equal(await res.text(), `network ${ORIGIN}/umkm/siap/siap-ekspor-0123456789abcdef_bg.wasm`);
    assert.deepEqual(w.network.requests, []);
    assert.equal(await w.dispatch('fetch', { request: { url: 'https://cdn.example/x.js', method: 'GET', mode: 'cors' } }), undefined);
    assert.equal(await w.dispatch('fetch', { request: { ...get('index.html'), method: 'POST' } }), undefined);
  });
});
