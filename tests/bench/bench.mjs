// Siap Ekspor benchmark (not a test): what a first visit downloads, and what Lighthouse says.
//
//   node tests/bench/bench.mjs [folder=dist] [--no-lighthouse]
//   bash .ci/bench                      # builds the release first
//
// 1. Reads index.html in the build and follows what a first visit fetches: everything index.html
//    references (boot script, JS module, wasm, CSS, modulepreloads, manifest, icons), the modules
//    those scripts import (wasm-bindgen snippets), the manifest's icons and every file in icons/,
//    and the service worker registered after load. Prints raw, gzip -9 and brotli 11 bytes per
//    file and the totals.
// 2. Serves the folder compressed (brotli, tests/e2e/serve.mjs) on 127.0.0.1 with the README's
//    Content-Security-Policy, runs Lighthouse 12 (default mobile config: phone emulation,
//    simulated throttling) in Debian's Chromium, prints the four category scores and FCP, LCP,
//    TBT, CLS, and saves the JSON report to .lighthouse/report.json.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

import { serve } from '../e2e/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const skipLighthouse = args.includes('--no-lighthouse');
const folderArg = args.find((a) => !a.startsWith('--'));
const DIST = resolve(ROOT, folderArg || process.env.DIST || 'dist');
const REPORT = join(ROOT, '.lighthouse', 'report.json');

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`bench: no index.html in ${DIST} (build first: trunk build --release)`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 1. First-visit downloads

/** Attribute values of tags in an HTML text (good enough for trunk's output). */
function tags(html, tagName) {
  const out = [];
  const re = new RegExp(`<${tagName}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(re)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push(attrs);
  }
  return out;
}

const isLocal = (url) => url && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);

/** A path inside DIST for a URL relative to `fromFile` (a path inside DIST), or null. */
function toPath(url, fromFile) {
  if (!isLocal(url)) return null;
  const clean = decodeURIComponent(url.split('#')[0].split('?')[0]);
  const full = clean.startsWith('/') ? join(DIST, clean) : resolve(dirname(join(DIST, fromFile)), clean);
  if (full !== DIST && !full.startsWith(DIST + sep)) return null;
  return relative(DIST, full).split(sep).join('/');
}

/**
 * What a script fetches: static and literal dynamic imports, and the wasm the boot script passes
 * as `module_or_path`. (wasm-bindgen's fallback `new URL('…_bg.wasm', import.meta.url)` is not
 * fetched when the boot script names the file, so it is not followed.)
 */
function jsReferences(source) {
  const refs = new Set();
  const patterns = [
    /\bimport\s+(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+(?:\*|{[^}]*})\s+from\s+["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /module_or_path\s*:\s*["']([^"']+)["']/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) refs.add(m[1]);
  return [...refs];
}

const files = new Map(); // path -> kind (first reason it is fetched)
const add = (path, kind) => {
  if (!path || files.has(path)) return false;
  if (!existsSync(join(DIST, path)) || !statSync(join(DIST, path)).isFile()) {
    console.error(`bench: warning: referenced but missing: ${path}`);
    return false;
  }
  files.set(path, kind);
  return true;
};

function followScript(path, kind) {
  if (!add(path, kind)) return;
  const source = readFileSync(join(DIST, path), 'utf8');
  for (const ref of jsReferences(source)) {
    const target = toPath(ref, path);
    if (!target) continue;
    const ext = extname(target);
    if (ext === '.wasm') add(target, 'wasm');
    else if (ext === '.js' || ext === '.mjs') followScript(target, target.startsWith('snippets/') ? 'snippet' : 'JS module');
    else add(target, 'asset');
  }
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
add('index.html', 'document');
for (const link of tags(html, 'link')) {
  const rel = (link.rel || '').toLowerCase().split(/\s+/);
  const path = toPath(link.href, 'index.html');
  if (!path) continue;
  if (rel.includes('stylesheet')) add(path, 'CSS');
  else if (rel.includes('modulepreload')) followScript(path, path.startsWith('snippets/') ? 'snippet' : 'JS module');
  else if (rel.includes('preload')) add(path, extname(path) === '.wasm' ? 'wasm' : `preload (${link.as || '?'})`);
  else if (rel.includes('manifest')) add(path, 'manifest');
  else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add(path, 'icon');
}
for (const script of tags(html, 'script')) {
  const path = toPath(script.src, 'index.html');
  if (path) followScript(path, 'boot script');
}
for (const img of tags(html, 'img')) add(toPath(img.src, 'index.html'), 'image');

// The manifest's icons, then every icon shipped.
for (const [path, kind] of [...files]) {
  if (kind !== 'manifest') continue;
  try {
    const manifest = JSON.parse(readFileSync(join(DIST, path), 'utf8'));
    for (const icon of manifest.icons ?? []) add(toPath(icon.src, path), 'manifest icon');
  } catch (err) {
    console.error(`bench: warning: ${path} is not valid JSON: ${err.message}`);
  }
}
if (existsSync(join(DIST, 'icons'))) {
  for (const name of readdirSync(join(DIST, 'icons')).sort()) add(`icons/${name}`, 'icon');
}

// After load: the service worker (it then precaches the build, most of it from the HTTP cache).
const afterLoad = existsSync(join(DIST, 'sw.js')) ? ['sw.js'] : [];

function measure(path) {
  const raw = readFileSync(join(DIST, path));
  return {
    path,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
}

const ORDER = ['document', 'boot script', 'JS module', 'snippet', 'wasm', 'CSS', 'manifest', 'manifest icon', 'icon', 'image'];
const rank = (kind) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);
const rows = [...files].map(([path, kind]) => ({ ...measure(path), kind }))
  .sort((a, b) => rank(a.kind) - rank(b.kind) || (a.path < b.path ? -1 : 1));
const swRows = afterLoad.map((path) => ({ ...measure(path), kind: 'service worker' }));
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const fmt = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function printTable(title, groups) {
  const all = groups.flatMap((g) => g.rows);
  const w = Math.max(28, ...all.map((r) => r.path.length));
  const kw = Math.max(14, ...all.map((r) => r.kind.length));
  const line = (a, b, c, d, e) => `${a.padEnd(w)}  ${b.padEnd(kw)}  ${c.padStart(10)}  ${d.padStart(10)}  ${e.padStart(10)}`;
  console.log(`\n${title}`);
  console.log(line('file', 'what', 'raw B', 'gzip -9 B', 'brotli 11 B'));
  console.log('-'.repeat(w + kw + 40));
  for (const group of groups) {
    for (const r of group.rows) console.log(line(r.path, r.kind, fmt(r.raw), fmt(r.gzip), fmt(r.brotli)));
    console.log(line(`${group.total}`, `${group.rows.length} file${group.rows.length === 1 ? '' : 's'}`, fmt(sum(group.rows, 'raw')), fmt(sum(group.rows, 'gzip')), fmt(sum(group.rows, 'brotli'))));
    console.log('-'.repeat(w + kw + 40));
  }
}

const critical = rows.filter((r) => ['document', 'boot script', 'JS module', 'snippet', 'wasm', 'CSS'].includes(r.kind));
const shown = relative(ROOT, DIST);
console.log(`Siap Ekspor first-visit download, build: ${shown.startsWith('..') ? DIST : shown || '.'}`);
printTable('What a first visit downloads, per file: raw, gzip (level 9) and brotli (quality 11) bytes', [
  { rows, total: 'TOTAL first visit (page load)' },
  ...(swRows.length ? [{ rows: swRows, total: 'after load (service worker)' }] : []),
]);
console.log(`Critical path (document, scripts, wasm, CSS): ${fmt(sum(critical, 'raw'))} B raw, `
  + `${fmt(sum(critical, 'gzip'))} B gzip, ${fmt(sum(critical, 'brotli'))} B brotli (${kb(sum(critical, 'brotli'))}).`);
const wasm = rows.find((r) => r.kind === 'wasm');
if (wasm) console.log(`wasm: ${fmt(wasm.raw)} B raw, ${fmt(wasm.gzip)} B gzip, ${fmt(wasm.brotli)} B brotli (${kb(wasm.brotli)}).`);

// ---------------------------------------------------------------------------------------------
// 2. The calculator recomputes on every keystroke: time from an input event to the updated price
//    in the page, with Chromium's CPU slowed 4x (Lighthouse's "slow phone"), median of 20.

{
  const { chromium } = await import('playwright-core');
  const server = await serve({ root: DIST, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.url}#/incoterms?cur=USD&qty=100&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3`);
    await page.waitForSelector('[data-testid=quote-CIF][data-amount]');
    const times = await page.evaluate(async () => {
      const input = document.getElementById('calc-freight');
      const out = [];
      for (let i = 1; i <= 20; i += 1) {
        const t0 = performance.now();
        input.value = String(1200 + i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const want = `${11570 + i}.00`;
        await new Promise((done) => {
          const check = () => (document.querySelector('[data-testid=quote-CFR]')?.dataset.amount === want ? done() : requestAnimationFrame(check));
          check();
        });
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    });
    console.log(`\nCalculator, keystroke to updated prices (4x CPU slowdown, to the next frame): `
      + `median ${times[10].toFixed(0)} ms, worst ${times[19].toFixed(0)} ms of 20.`);

    // Classification: the HS list fetched and indexed once (timed), then each query typed
    // into the box, to the next frame with its answer on screen.
    const t0 = Date.now();
    await page.goto(`${server.url}#/classify?q=bicycle`);
    await page.waitForSelector('[data-testid=commodity-result][data-hs="8712"]');
    const firstHs = Date.now() - t0;
    const queries = ['kopi bubuk', 'kursi jati', 'udang beku', 'umbrella', 'bicycle', '0901.11', '8712', 'kripik singkong',
      'artificial flowers', 'minyak atsiri', 'glassware', 'sarang walet', 'qwxz qwxz qwxz', 'rotan', 'guitar', 'keripik tempe',
      'batik tulis', 'sepatu kulit', 'teh hijau', 'madu hutan'];
    const classify = await page.evaluate(async (queries) => {
      const input = document.getElementById('classify-q');
      const out = [];
      for (const q of queries) {
        const t = performance.now();
        input.value = q;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((done) => {
          const check = () => {
            const status = document.querySelector('[data-testid=classify-status], [data-testid=no-result]');
            return status && (status.textContent.includes(q) || status.dataset.testid === 'no-result') ? done() : requestAnimationFrame(check);
          };
          check();
        });
        out.push(performance.now() - t);
      }
      return out.sort((a, b) => a - b);
    }, queries);
    console.log(`Classification, first search needing the HS list (fetch, parse, index, answer; 4x CPU slowdown): ${firstHs} ms.`);
    console.log(`Classification, keystroke to answer on screen over the full data (4x CPU slowdown, to the next frame): `
      + `median ${classify[10].toFixed(0)} ms, worst ${classify[19].toFixed(0)} ms of ${classify.length}.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 2b. Classification in pure Rust (the domain the page calls), per query over the full data.

{
  const { execFileSync } = await import('node:child_process');
  try {
    const out = execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '--example', 'classify_bench'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    console.log(`\n${out.trim()}`);
  } catch (error) {
    console.log(`\nclassify_bench failed: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

if (skipLighthouse) {
  console.log('\nLighthouse skipped (--no-lighthouse).');
  process.exit(0);
}

function readCsp() {
  const readme = join(ROOT, 'README.md');
  if (!existsSync(readme)) return null;
  const line = readFileSync(readme, 'utf8').split(/\r?\n/).map((l) => l.trim().replace(/^`|`$/g, ''))
    .find((l) => l.startsWith('Content-Security-Policy: '));
  return line ? line.slice('Content-Security-Policy: '.length).trim() : null;
}

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const csp = readCsp();
const server = await serve({ root: DIST, host: '127.0.0.1', headers: csp ? { 'Content-Security-Policy': csp } : {} });
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    logLevel: 'silent',
  });
  const url = server.url;
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, Array.isArray(result.report) ? result.report[0] : result.report);

  console.log(`\nLighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} preset, `
    + `${lhr.configSettings.throttlingMethod} throttling, served with brotli at ${url}`);
  if (lhr.runtimeError) console.log(`runtime error: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings ?? []) console.log(`warning: ${warning}`);
  const label = (s) => s.padEnd(26);
  console.log('\nScores (0-100)');
  for (const id of categories) {
    const c = lhr.categories[id];
    console.log(`${label(c.title)}${c.score === null ? 'n/a' : String(Math.round(c.score * 100)).padStart(4)}`);
  }
  console.log('\nMetrics');
  const metrics = [
    ['first-contentful-paint', 'First Contentful Paint', (v) => `${(v / 1000).toFixed(2)} s`],
    ['largest-contentful-paint', 'Largest Contentful Paint', (v) => `${(v / 1000).toFixed(2)} s`],
    ['total-blocking-time', 'Total Blocking Time', (v) => `${Math.round(v)} ms`],
    ['cumulative-layout-shift', 'Cumulative Layout Shift', (v) => v.toFixed(3)],
  ];
  for (const [id, title, show] of metrics) {
    const audit = lhr.audits[id];
    const value = audit && typeof audit.numericValue === 'number' ? show(audit.numericValue) : 'n/a';
    console.log(`${label(title)}${value.padStart(10)}${audit && audit.score !== null ? `   (score ${Math.round(audit.score * 100)})` : ''}`);
  }
  // What cost points, briefly.
  const failing = Object.values(lhr.categories).flatMap((c) => c.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${c.title}: ${a.id} (${a.displayValue || `score ${Math.round(a.score * 100)}`})`));
  if (failing.length) {
    console.log('\nAudits below 90 that carry weight');
    for (const line of [...new Set(failing)]) console.log(`  ${line}`);
  }
  console.log(`\nFull report: ${relative(ROOT, REPORT)}`);
} finally {
  if (chrome) await chrome.kill();
  await server.close();
}
