// Siap Ekspor — the last step of trunk's `post_build` hook (Node 20, builtins only).
//
// assets/build/hook.mjs (the hook Trunk.toml names) builds the wasm into the
// staging folder, then calls postBuild() here on that folder, the one that
// becomes dist/. Tests run this file with the folder as argv[2] instead.
//
// 1. Moves trunk's inline boot <script type="module"> (and any other inline
//    JavaScript) out of index.html into ./boot-<hash>.js, so hosts can send a
//    fixed CSP `script-src 'self' 'wasm-unsafe-eval'`: no per-build hash, no
//    'unsafe-inline'.
// 1b. Turns the stylesheet link of the tools' styles (./tools-<hash>.css, from
//    assets/tools.css) into <meta name="siap-ekspor:tools-css" content=...>:
//    a stylesheet link would hold back the first paint and share the phone's
//    bandwidth with the main wasm, and only a tool's page needs it. The app
//    adds it once its first page's parts are here (assets/js/pwa.js toolStyles).
// 2. Writes sw.js from the template assets/sw.js with the exact list of built
//    files (trunk hashes their names, so a hand-typed list would go stale) and a
//    cache version derived from their contents. Large data files fetched only
//    when a search needs them (./data/*.csv: the 850 KB HS nomenclature) are
//    not precached, so they are never part of the first visit; they are listed
//    as "lazy" instead, and the worker keeps them in a cache of their own, named
//    after their contents, once the page has fetched them.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('../sw.js', import.meta.url));
const PRECACHE_PLACEHOLDER = 'self.__PRECACHE__';
const VERSION_PLACEHOLDER = '__CACHE_VERSION__';
const LAZY_PLACEHOLDER = 'self.__LAZY__';
const LAZY_VERSION_PLACEHOLDER = '__LAZY_VERSION__';
// Fetched on demand, cached at first use, never precached.
const isLazy = (path) => /^\.\/data\/[^/]+\.csv$/.test(path);

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

// Scripts with these types are executed as JavaScript, so CSP applies to them
// and they can live in a file. Data blocks (application/ld+json, importmap,
// speculationrules, text/template, ...) are left inline: they cannot be
// loaded with src, and JSON-LD is not executed at all.
const JS_TYPES = new Set([
  '', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript',
  'text/ecmascript', 'application/x-javascript', 'text/x-javascript', 'text/jscript',
]);

// Attribute parser for one start tag's attribute text (quoted values may hold '>').
function parseAttrs(text) {
  const attrs = [];
  const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(re)) {
    attrs.push({ name: m[1].toLowerCase(), value: m[2] ?? m[3] ?? m[4] ?? '', raw: m[0] });
  }
  return attrs;
}

// Step 1: externalise inline scripts. The HTML is handled as latin1 so that
// every byte we do not touch is written back unchanged, and the boot file gets
// the script's exact original bytes (UTF-8 or not).
function externaliseScripts(dir) {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) fail(`index.html not found in ${dir} (did trunk's build fail?)`);
  const html = readFileSync(indexPath, 'latin1');
  const moved = [];
  // Comments are matched first so a commented-out <script> is left alone.
  const re = /<!--[\s\S]*?-->|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
  const out = html.replace(re, (whole, attrText, body) => {
    if (attrText === undefined) return whole; // a comment
    const attrs = parseAttrs(attrText);
    if (attrs.some((a) => a.name === 'src')) return whole;
    if (body.trim() === '') return whole;
    const typeAttr = attrs.find((a) => a.name === 'type');
    const type = typeAttr ? typeAttr.value.trim().toLowerCase() : '';
    if (!JS_TYPES.has(type)) return whole;
    // `trunk serve` injects an autoreload script whose {{__TRUNK_...}}
    // placeholders the dev server fills in inside the HTML response only;
    // moved into a file they would never be filled in.
    if (body.includes('{{__TRUNK')) return whole;
    const bytes = Buffer.from(body, 'latin1');
    const name = `boot-${sha256(bytes).slice(0, 16)}.js`;
    writeFileSync(join(dir, name), bytes);
    moved.push(name);
    // Keep the type as written (module or classic), and a nonce if trunk's
    // create_nonce put one there (a nonce-based CSP still needs it). Drop the
    // rest: an inline `integrity` would not match the file.
    const keep = [typeAttr, attrs.find((a) => a.name === 'nonce')].filter(Boolean);
    const extra = keep.map((a) => ` ${a.raw}`).join('');
    return `<script${extra} src="./${name}"></script>`;
  });
  if (out !== html) writeFileSync(indexPath, out, 'latin1');
  return moved;
}

// Step 1b: the tools' stylesheet named in a <meta>, not linked.
export const TOOLS_CSS_META = 'siap-ekspor:tools-css';
const TOOLS_CSS = /^\.?\/?tools-[0-9a-f]+\.css$/;
function deferToolStyles(dir) {
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'latin1');
  let found = null;
  const out = html.replace(/<!--[\s\S]*?-->|<link\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi, (whole, attrText) => {
    if (attrText === undefined) return whole; // a comment
    const attrs = parseAttrs(attrText);
    const rel = (attrs.find((a) => a.name === 'rel')?.value ?? '').toLowerCase().split(/\s+/);
    const href = attrs.find((a) => a.name === 'href')?.value ?? '';
    if (!rel.includes('stylesheet') || !TOOLS_CSS.test(href)) return whole;
    found = href.startsWith('./') ? href : `./${href.replace(/^\//, '')}`;
    return `<meta name="${TOOLS_CSS_META}" content="${found}">`;
  });
  if (out !== html) writeFileSync(indexPath, out, 'latin1');
  return found;
}

// Every file under dir, as './a/b' with forward slashes, sorted by code unit.
function listFiles(dir) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder)) {
      const full = join(folder, entry);
      const st = statSync(full); // follows symlinks, like a static host would
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) files.push({ path: './' + relative(dir, full).split(sep).join('/'), full, size: st.size });
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// Step 2: sw.js with the precache list and a content-derived cache version.
function writeServiceWorker(dir) {
  const all = listFiles(dir).filter((f) => f.path !== './sw.js' && !f.path.endsWith('.map'));
  const files = all.filter((f) => !isLazy(f.path));
  const lazy = all.filter((f) => isLazy(f.path));
  if (!files.some((f) => f.path === './index.html')) fail('index.html missing from the precache list');
  // Version = hash over (path NUL sha256(content) LF) of every file: any
  // changed, added or removed file gives a new cache, and nothing else does.
  const versionHash = createHash('sha256');
  for (const f of files) versionHash.update(`${f.path}\0${sha256(readFileSync(f.full))}\n`);
  const version = versionHash.digest('hex').slice(0, 16);
  const lazyHash = createHash('sha256');
  for (const f of lazy) lazyHash.update(`${f.path}\0${sha256(readFileSync(f.full))}\n`);
  const lazyVersion = lazyHash.digest('hex').slice(0, 16);

  if (!existsSync(TEMPLATE)) fail(`service worker template not found: ${TEMPLATE}`);
  const template = readFileSync(TEMPLATE, 'utf8');
  for (const placeholder of [PRECACHE_PLACEHOLDER, VERSION_PLACEHOLDER, LAZY_PLACEHOLDER, LAZY_VERSION_PLACEHOLDER]) {
    if (!template.includes(placeholder)) fail(`${TEMPLATE} lacks ${placeholder}`);
  }
  const sw = template
    .replaceAll(PRECACHE_PLACEHOLDER, JSON.stringify(files.map((f) => f.path)))
    .replaceAll(VERSION_PLACEHOLDER, version)
    .replaceAll(LAZY_PLACEHOLDER, JSON.stringify(lazy.map((f) => f.path)))
    .replaceAll(LAZY_VERSION_PLACEHOLDER, lazyVersion);
  writeFileSync(join(dir, 'sw.js'), sw);
  return { files, lazy, version };
}

/** Both steps on the staging folder `dir`, with a listing of what will be precached. */
export function postBuild(dir) {
  if (!dir) fail('no staging folder: set TRUNK_STAGING_DIR (trunk does) or pass it as the first argument');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`staging folder not found: ${dir}`);
  const moved = externaliseScripts(dir);
  for (const name of moved) console.log(`post-build: inline script moved to ./${name}`);
  const tools = deferToolStyles(dir);
  if (tools) console.log(`post-build: ${tools} named in <meta name="${TOOLS_CSS_META}">, added after the first render`);
  const { files, lazy, version } = writeServiceWorker(dir);
  const width = Math.max(...[...files, ...lazy].map((f) => String(f.size).length));
  for (const f of files) console.log(`${String(f.size).padStart(width)} B  ${f.path}`);
  for (const f of lazy) console.log(`${String(f.size).padStart(width)} B  ${f.path} (lazy: cached when first fetched)`);
  console.log(`post-build: ${files.length} files precached, cache siap-ekspor-${version}`);
}

// Run as a script (the tests do, with the folder as the first argument).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  postBuild(process.argv[2] || process.env.TRUNK_STAGING_DIR);
}
