// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, a phone-sized
// context (360×640, touch), the build served with the README's Content-Security-Policy, and a
// console-error collector that makes every test fail on ANY console error or uncaught exception,
// in any page or frame of its context.
//
// Waits are conditions (waitForSelector, waitForFunction, events), never sleeps.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import { after, before } from 'node:test';

import { chromium } from 'playwright-core';

import { serveWithNginx } from './nginx.mjs';
import { serve } from './serve.mjs';

export { serve };

/** The project root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built app: env DIST (relative to the project root unless absolute), default `dist`. */
export const DIST = resolve(ROOT, process.env.DIST || 'dist');

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // CI runs as root, where Chromium refuses to start with its sandbox.
  ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
];

/** The phone the app is designed for. */
export const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * The policy the README tells hosts to send: the line that starts with
 * `Content-Security-Policy: `. The tests serve exactly that.
 */
export function readCsp(readme = resolve(ROOT, 'README.md')) {
  const text = readFileSync(readme, 'utf8');
  const line = text.split(/\r?\n/).map((l) => l.trim().replace(/^`|`$/g, ''))
    .find((l) => l.startsWith('Content-Security-Policy: '));
  if (!line) throw new Error(`${readme} has no line starting with "Content-Security-Policy: "`);
  return line.slice('Content-Security-Policy: '.length).trim();
}

export const CSP = readCsp();

/** Every route of the app with the data-testid slug of its menu link. */
export const ROUTES = [
  { hash: '#/', slug: 'home' },
  { hash: '#/profile', slug: 'profile' },
  { hash: '#/checklist', slug: 'checklist' },
  { hash: '#/classify', slug: 'classify' },
  { hash: '#/incoterms', slug: 'incoterms' },
  { hash: '#/describe', slug: 'describe' },
  { hash: '#/catalog', slug: 'catalog' },
  { hash: '#/market', slug: 'market' },
  { hash: '#/documents', slug: 'documents' },
  { hash: '#/data', slug: 'data' },
  { hash: '#/workshop', slug: 'workshop' },
];

export const DATA_KEY = 'siap-ekspor:data';

function checkDist() {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`No build at ${DIST}: run \`trunk build --release\` first, or set DIST to the folder.`);
  }
}

/**
 * For a `describe` block: serves the build and launches Chromium once before its tests and closes
 * both after them. Returns `{ browser, server }`, filled in once the tests run.
 */
export function servedApp() {
  const app = { browser: undefined, server: undefined };
  before(async () => {
    app.server = await serveApp();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Serves the build (DIST unless `root` is given) with the README's CSP, on 127.0.0.1: with Node
 * (tests/e2e/serve.mjs), or with `E2E_SERVER=nginx` with Debian's nginx and deploy/nginx.conf,
 * whose headers are its own (a test checks they are the README's).
 */
export async function serveApp({ root = DIST, csp = CSP, host = '127.0.0.1', headers = {} } = {}) {
  if (root === DIST) checkDist();
  if (process.env.E2E_SERVER === 'nginx') {
    if (csp !== CSP || host !== '127.0.0.1' || Object.keys(headers).length) {
      throw new Error('serveApp: nginx serves deploy/nginx.conf as it is (no other CSP, host or headers)');
    }
    return serveWithNginx({ root, configFile: resolve(ROOT, 'deploy', 'nginx.conf') });
  }
  return serve({ root, host, headers: { ...(csp ? { 'Content-Security-Policy': csp } : {}), ...headers } });
}

// playwright-core 1.65 starts Chromium with `--disable-features=` this list plus
// ThirdPartyStoragePartitioning (microsoft/playwright#32230). Without partitioning, Chromium blocks
// a cross-site iframe's localStorage outright, unlike Chrome on a phone, which has partitioned it
// since Chrome 115. Chromium keeps the last `--disable-features`, so `launch({ partitioned: true })`
// repeats Playwright's list without that one entry.
const PLAYWRIGHT_DISABLED_FEATURES_EXCEPT_PARTITIONING = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];

/**
 * Debian's Chromium, headless. `partitioned: true` gives cross-site iframes partitioned storage,
 * as Chrome does by default; otherwise their storage is blocked (Playwright's default).
 */
export async function launch({ partitioned = false } = {}) {
  const args = [...CHROMIUM_ARGS];
  if (partitioned) args.push(`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES_EXCEPT_PARTITIONING.join(',')}`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}

/** Formats a console message or page error for an assertion message. */
function describe(entry) {
  return `[${entry.kind}] ${entry.text}${entry.url ? ` (at ${entry.url})` : ''}`;
}

/**
 * A fresh phone-sized context whose every page, frame (cross-origin ones too) and service worker
 * reports console errors and uncaught exceptions into `errors`.
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ ...PHONE, acceptDownloads: true, ...options });
  const errors = [];
  // The context's events cover all its pages with their frames, and its workers.
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const source = msg.page()?.url() ?? msg.worker?.()?.url() ?? '';
    errors.push({ kind: 'console', text: msg.text(), url: (loc && loc.url) || source });
  });
  context.on('weberror', (webError) => {
    const err = webError.error();
    errors.push({ kind: 'pageerror', text: String(err && (err.stack || err.message || err)), url: webError.page()?.url() });
  });
  context.on('page', (page) => {
    page.on('crash', () => errors.push({ kind: 'crash', text: 'page crashed', url: page.url() }));
  });
  return { context, errors };
}

/** Fails with every console error and uncaught exception collected so far. */
export function assertNoConsoleErrors(errors, what = 'the test') {
  assert.equal(errors.length, 0, `console errors during ${what}:\n${errors.map(describe).join('\n')}`);
}

/**
 * Runs `body({ context, page, errors, url })` in a fresh context with one page, then asserts
 * that no console error happened, and closes the context whatever happened.
 *
 * `knownErrors` (RegExps) lets a test that checks something else pass despite an app bug that is
 * already pinned by a `todo` test; each error it lets through is printed.
 */
export async function withApp(browser, server, body, { contextOptions = {}, initScripts = [], knownErrors = [] } = {}) {
  const { context, errors } = await newContext(browser, contextOptions);
  try {
    for (const script of initScripts) await context.addInitScript(script);
    const page = await context.newPage();
    await body({ context, page, errors, url: server.url });
    const unexpected = errors.filter((e) => !knownErrors.some((re) => re.test(e.text)));
    for (const e of errors) if (!unexpected.includes(e)) console.log(`known app bug, not failing this test: ${describe(e)}`);
    assertNoConsoleErrors(unexpected);
  } finally {
    await context.close();
  }
}

/**
 * The app (not the static skeleton) has rendered: the language switch only exists in the app; and
 * the page's part has arrived (a tool is a part of its own, fetched when its route first opens).
 */
export async function waitForApp(page) {
  await page.waitForSelector('[data-testid=lang-switch]');
  await page.waitForSelector('main h1');
  await page.waitForSelector('[data-testid=part-loading]', { state: 'detached' });
}

/** Opens `path` (e.g. `#/profile` or `index.html?lang=en#/data`) and waits for the app. */
export async function open(page, baseUrl, path = '') {
  await page.goto(new URL(path, baseUrl).href);
  await waitForApp(page);
}

/** Waits until a service worker controls the page (the first install claims its clients). */
export async function waitForController(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const claimed = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!claimed) {
    await page.reload();
    await page.waitForSelector('[data-testid=lang-switch]');
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Reloads and waits for the app. */
export async function reload(page) {
  await page.reload();
  await waitForApp(page);
}

/** The stored document, parsed, or null. */
export async function storedData(page) {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), DATA_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/**
 * Waits until the stored document satisfies `predicate(doc, arg)`, checked here in Node once per
 * frame of the page (as Playwright's own polling does). Not a string for `waitForFunction`: its
 * polling evaluates strings with `new Function`, which the app's CSP (no 'unsafe-eval') refuses.
 */
export async function waitForStored(page, predicate, arg = null, { timeout = 30000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = null;
  for (;;) {
    last = await page.evaluate((key) => window.localStorage.getItem(key), DATA_KEY);
    if (last !== null) {
      let doc = null;
      try { doc = JSON.parse(last); } catch { doc = null; }
      if (doc !== null && predicate(doc, arg)) return;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitForStored: ${predicate} not met within ${timeout} ms; stored: ${String(last).slice(0, 300)}`);
    }
    await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => frame())));
  }
}

/**
 * Waits until the element's attribute `name` meets `want`: `{ equals: text }`, `{ above: number }`
 * or `{ below: number }`. A function page-side with plain data: no string evaluation, which the
 * app's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
export async function waitForAttribute(page, selector, name, want) {
  await page.waitForFunction(({ selector, name, want }) => {
    const value = document.querySelector(selector)?.getAttribute(name);
    if (value === null || value === undefined) return false;
    if ('equals' in want) return value === want.equals;
    if ('above' in want) return Number(value) > want.above;
    if ('below' in want) return Number(value) < want.below;
    return false;
  }, { selector, name, want });
}

/** The text of a download, read from its file. */
export async function downloadText(download) {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** Today as YYYY-MM-DD on the browser's clock and time zone. */
export async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/**
 * The text Chromium drew into a PDF, letters run together without spaces: its streams inflated,
 * each font's ToUnicode map applied to the hex glyph strings of the page content.
 */
export function pdfText(pdf) {
  const raw = pdf.toString('latin1');
  const streams = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    try {
      streams.push(zlib.inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // not a deflated stream (an image, a font program): nothing to read
    }
  }
  const glyphs = new Map();
  for (const cmap of streams.filter((st) => st.includes('begincmap'))) {
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, from, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        glyphs.set(from.toUpperCase(), String.fromCharCode(parseInt(to, 16)));
      }
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, a, z, u] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        for (let i = parseInt(a, 16); i <= parseInt(z, 16); i += 1) {
          glyphs.set(i.toString(16).toUpperCase().padStart(a.length, '0'), String.fromCharCode(parseInt(u, 16) + i - parseInt(a, 16)));
        }
      }
    }
  }
  let text = '';
  for (const content of streams.filter((st) => !st.includes('begincmap'))) {
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]+)>/g)) {
      for (let i = 0; i < hex.length; i += 4) text += glyphs.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
    }
  }
  return text.replace(/\s+/g, '');
}

/** How many pages a PDF has (its page objects, not the page tree). */
export function pdfPages(pdf) {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
}

/**
 * The issue's keripik tempe in the calculator (rupiah costs, a dollar rate), with `unit` (none if
 * empty) and `from`: enough for an FOB line of USD 1.06 per unit.
 */
export async function fillCalculator(page, { unit = '', from = 'Gresik' } = {}) {
  const fields = [['qty', '1.000'], ['unit', unit], ['exw', '15 juta'], ['load', '250.000'], ['inland', '1.000.000'],
    ['clear', '500.000'], ['thc', '500.000'], ['rate', '16.250'], ['from', from]];
  for (const [key, value] of fields.filter(([, v]) => v)) await page.locator(`#calc-${key}`).fill(value);
}
