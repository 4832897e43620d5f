// Code splitting as she meets it: the home page comes without any tool's code, each tool arrives
// the first time she opens it (once), a deep link straight into a tool works on a cold visit, a
// part that cannot be fetched says so and recovers, her stored data is never overwritten when the
// code that reads it cannot be fetched, and an update brings a new main module with its own parts.
// docs/code-splitting.md.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { postBuild } from '../../assets/build/post-build.mjs';
import {
  DATA_KEY, DIST, ROOT, ROUTES, fillCalculator, open, serveApp, servedApp, waitForApp, waitForAttribute,
  waitForController, waitForStored, withApp,
} from './helpers.mjs';

/** The part (`split_<name>`) or shared chunk a request is for, or null. */
function partOf(url) {
  const match = /\/(split_[a-z_]+|chunk_\d+)-[0-9a-f]{16}\.wasm$/.exec(new URL(url).pathname);
  return match ? match[1] : null;
}

/** Counts the requests of `page` for each part from now on. */
function countParts(page) {
  const counts = new Map();
  page.on('request', (request) => {
    const part = partOf(request.url());
    if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
  });
  return counts;
}

const TOOLS = ROUTES.filter((r) => r.slug !== 'home');
// Without a service worker, so that every request the page makes is seen and none is precached.
const NO_WORKER = { contextOptions: { serviceWorkers: 'block' } };
const FAILED_FETCH = [/^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/];

async function goTo(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForFunction((h) => window.location.hash === h, hash);
  await waitForApp(page);
}

describe('parts loaded when first needed', () => {
  const app = servedApp();

  it('opens the home page without any tool, and fetches each tool once, when its route first opens', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      const counts = countParts(page);
      await open(page, url, '#/');
      // The home page's summary (progress, the list of every tool with its state lines) is a part.
      await page.locator('[data-testid=continue][href="#/profile"]').waitFor();
      const tools = TOOLS.map((t) => `split_${t.part ?? t.slug}`);
      assert.deepEqual([...counts.keys()].filter((p) => tools.includes(p)), [], 'no tool on the home page');
      assert.equal(counts.get('split_home'), 1);

      for (const tool of TOOLS) {
        await goTo(page, tool.hash);
        assert.equal(await page.locator('[data-testid=part-failed]').count(), 0, tool.hash);
        assert.equal(counts.get(`split_${tool.part ?? tool.slug}`), 1, `${tool.hash}: its part, once`);
      }
      // Opening them all again fetches nothing more.
      const before = new Map(counts);
      for (const tool of [...TOOLS].reverse()) await goTo(page, tool.hash);
      await goTo(page, '#/');
      assert.deepEqual(counts, before);
      for (const [part, n] of counts) assert.equal(n, 1, `${part} fetched ${n} times`);
    }, NO_WORKER);
  });

  it('replaces the static skeleton only once it has been painted, even when the wasm is first', async () => {
    // The stylesheet (render-blocking) is held back until the main wasm has arrived, so the wasm
    // is ready before anything can be painted: the shell must wait for the first paint
    // (afterFirstPaint in assets/js/pwa.js), or the skeleton's introduction, the page's largest
    // content, is replaced before she (or the LCP measure) ever sees it.
    const recordRemoval = () => {
      window.__skeletonRemoved = null;
      document.addEventListener('DOMContentLoaded', () => {
        const skeleton = document.querySelector('#app .muted[role=status]');
        new MutationObserver(() => {
          if (window.__skeletonRemoved === null && !skeleton.isConnected) {
            window.__skeletonRemoved = { paints: performance.getEntriesByType('paint').map((p) => p.name) };
          }
        }).observe(document.getElementById('app'), { childList: true, subtree: true });
      });
    };
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      let wasmArrived;
      const arrived = new Promise((done) => { wasmArrived = done; });
      page.on('response', (response) => { if (/siap-ekspor-[0-9a-f]{16}_bg\.wasm$/.test(response.url())) wasmArrived(); });
      await context.route('**/app-*.css', async (route) => { await arrived; await route.continue(); });
      await open(page, url, '#/');
      const removed = await page.evaluate(() => window.__skeletonRemoved);
      assert.ok(removed, 'the skeleton was replaced');
      assert.ok(removed.paints.includes('first-contentful-paint'), `replaced before the first paint: ${JSON.stringify(removed)}`);
    }, { ...NO_WORKER, initScripts: [recordRemoval] });
  });

  it('answers a deep link into a tool on a cold first visit', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/classify?q=kopi%20bubuk');
      await page.locator('[data-testid=commodity-result]').first().waitFor();
      assert.equal(await page.locator('main h1').count(), 1);
    }, NO_WORKER);
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/incoterms?cur=USD&qty=100&exw=10000&load=150&inland=100&clear=120&thc=0&freight=1200&ins=0.3&mode=sea');
      await waitForAttribute(page, '[data-testid=quote-CIF]', 'data-amount', { equals: '11608.31' });
    }, NO_WORKER);
  });

  it('fetches what a tool needs only at a later step: the glossary for the price line\'s unit, "from a listing" once she has one', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      const counts = countParts(page);
      let glossaryFetches = 0;
      page.on('request', (request) => { if (request.url().endsWith('/data/glossary.json')) glossaryFetches += 1; });

      // The calculator opens, and writes a line without a unit, with neither the glossary nor its reader.
      await open(page, url, '#/incoterms');
      await fillCalculator(page, { from: 'Tanjung Perak, Surabaya' });
      await page.waitForFunction(() => /^USD 1\.06\/unit FOB/.test(document.querySelector('[data-testid=quote-line]')?.textContent ?? ''));
      assert.equal(counts.get('split_incoterms'), 1);
      assert.equal(counts.get('split_glossary'), undefined, 'no glossary reader before a unit needs it');
      assert.equal(glossaryFetches, 0, 'no glossary before a unit needs it');
      // Her unit, in Indonesian: the glossary and its reader come, and the line says it in English.
      await page.locator('#calc-unit').fill('bungkus');
      await page.waitForFunction(() => /^USD 1\.06\/pack FOB/.test(document.querySelector('[data-testid=quote-line]')?.textContent ?? ''));
      assert.equal(counts.get('split_glossary'), 1);
      assert.equal(glossaryFetches, 1);

      // The documents without a listing: no "from a listing".
      await goTo(page, '#/documents');
      await page.locator('[data-testid=doc-new-blank]').waitFor();
      assert.equal(counts.get('split_documents'), 1);
      assert.equal(counts.get('split_doclisting'), undefined, 'no "from a listing" without a listing');
      assert.equal(await page.locator('#doc-new-listing').count(), 0);

      // She writes a listing; back on the documents, "from a listing" is fetched, first failing.
      await goTo(page, '#/describe');
      await page.locator('[data-testid=listing-new]').tap();
      await page.locator('#listing-name').fill('Kopi bubuk');
      await waitForStored(page, (doc) => doc.listings?.drafts?.some((e) => e.draft.name === 'Kopi bubuk'));
      await context.route('**/split_doclisting-*.wasm', (route) => route.abort());
      await goTo(page, '#/documents');
      const failed = page.locator('[data-testid=part-failed-notice]');
      await failed.waitFor();
      assert.match(await failed.textContent(), /belum bisa dimuat/);
      // The rest of the page works meanwhile.
      assert.equal(await page.locator('[data-testid=doc-new-blank]').isEnabled(), true);
      await context.unroute('**/split_doclisting-*.wasm');
      await page.locator('[data-testid=part-retry]').tap();
      await page.selectOption('#doc-new-listing', { label: 'Kopi bubuk' });
      await page.locator('[data-testid=doc-new-listing]:enabled').tap();
      await waitForStored(page, (doc) => doc.documents?.items?.length === 1);
      await page.waitForFunction(() => /coffee/i.test(document.querySelector('#doc-line-0-description')?.value ?? ''));
      assert.equal(counts.get('split_doclisting'), 2, 'fetched again after the failure, then kept');
      assert.equal(await failed.count(), 0);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('translates her unit on the calculator after the listing builder has read the glossary first', async () => {
    // The listing builder reads the glossary with its own code; the calculator's code for her unit
    // comes with the glossary's reader, which must still be fetched then.
    await withApp(app.browser, app.server, async ({ page, url }) => {
      const counts = countParts(page);
      await open(page, url, '#/describe');
      await page.locator('[data-testid=listing-new]').waitFor();
      assert.equal(counts.get('split_glossary'), undefined);
      await goTo(page, '#/incoterms');
      await fillCalculator(page, { unit: 'bungkus' });
      await page.waitForFunction(() => /^USD 1\.06\/pack FOB Gresik/.test(document.querySelector('[data-testid=quote-line]')?.textContent ?? ''));
      assert.equal(counts.get('split_glossary'), 1);
    }, NO_WORKER);
  });

  it('opens the listing builder with its form; what it writes comes once she has a listing, and she types meanwhile', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      const counts = countParts(page);
      let glossaryFetches = 0;
      page.on('request', (request) => { if (request.url().endsWith('/data/glossary.json')) glossaryFetches += 1; });
      // The writer is held back until she has typed, then fails once: the form never waits for it.
      let typed;
      const hasTyped = new Promise((done) => { typed = done; });
      await context.route('**/split_writer-*.wasm', async (route) => { await hasTyped; await route.abort(); });
      await open(page, url, '#/describe');
      await page.locator('[data-testid=describe-start]').waitFor();
      assert.equal(counts.get('split_describe'), 1);
      assert.equal(counts.get('split_writer'), undefined, 'nothing to write without a listing');
      assert.equal(glossaryFetches, 0, 'no glossary without a listing');

      await page.locator('[data-testid=listing-new]').tap();
      const loading = page.locator('.listing-output [data-testid=listing-writer-loading]');
      await loading.waitFor();
      assert.equal(await page.locator('.listing-output').getAttribute('aria-busy'), 'true');
      await page.locator('#listing-name').fill('Kopi bubuk');
      await page.locator('#listing-material').fill('kopi arabika');
      await waitForStored(page, (doc) => doc.listings?.drafts?.some((e) => e.draft.name === 'Kopi bubuk'));
      assert.equal(await loading.count(), 1, 'still on its way');
      typed();

      // It could not be fetched: said in its own card, with "Try again"; the form still works.
      const failed = page.locator('.listing-output [data-testid=part-failed-notice]');
      await failed.waitFor();
      assert.match(await failed.textContent(), /belum bisa dimuat/);
      await page.locator('#listing-brand').fill('Kopi Ijen');
      await waitForStored(page, (doc) => doc.listings?.drafts?.some((e) => e.draft.brand === 'Kopi Ijen'));
      await context.unroute('**/split_writer-*.wasm');
      await page.locator('[data-testid=part-retry]').tap();
      await page.waitForFunction(() => /Ground Coffee/.test(document.querySelector('[data-testid=listing-title]')?.value ?? ''));
      assert.equal(counts.get('split_writer'), 2, 'fetched again after the failure');
      assert.equal(glossaryFetches, 1);
      // The unit fields' suggestions come with it (the glossary's units).
      await page.waitForFunction(() => document.querySelectorAll('#listing-units option').length > 10);
      assert.equal(await failed.count(), 0);
      assert.equal(await page.locator('.listing-output[aria-busy]').count(), 0);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('opens the catalogue with her products and signature; what it writes comes after, and she chooses meanwhile', async () => {
    const journey = readFileSync(join(ROOT, 'tests', 'fixtures', 'journey.json'), 'utf8');
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      const counts = countParts(page);
      let glossaryFetches = 0;
      page.on('request', (request) => { if (request.url().endsWith('/data/glossary.json')) glossaryFetches += 1; });
      await page.addInitScript(([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, text);
          sessionStorage.setItem('seeded', '1');
        }
      }, [DATA_KEY, journey]);
      // What the catalogue writes is held back until she has chosen, then fails once.
      let chosen;
      const hasChosen = new Promise((done) => { chosen = done; });
      await context.route('**/split_catsheet-*.wasm', async (route) => { await hasChosen; await route.abort(); });
      const glossaryAsked = page.waitForRequest((request) => request.url().endsWith('/data/glossary.json'));
      await open(page, url, '#/catalog');
      const pick = page.locator('[data-testid=catalog-pick]');
      await pick.waitFor();
      assert.equal(await page.locator('label[for=catalog-pick-0]').textContent(), 'keripik tempe', 'her name for it');
      assert.match(await page.locator('[data-testid=email-signature]').textContent(), /^Ibu Sri, Owner\nUD Sumber Rejeki/);
      const loading = page.locator('[data-testid=catalog-sheet-loading]');
      await loading.waitFor();
      assert.equal(await page.locator('section[aria-labelledby=sec-print]').getAttribute('aria-busy'), 'true');
      assert.equal(await page.locator('[data-testid=first-email-loading]').count(), 1);
      assert.equal(counts.get('split_catalog'), 1);
      // The page reads no glossary; its file is asked for beside the part that reads it.
      await glossaryAsked;
      assert.equal(glossaryFetches, 1);
      // She leaves the product out, picks a date, and signs as director while it comes.
      await pick.uncheck();
      await page.locator('[data-testid=catalog-nothing]').waitFor();
      await waitForStored(page, (doc) => doc.listings?.catalog?.left_out?.includes(0));
      assert.equal(await page.locator('[data-testid=first-email-loading]').count(), 0, 'no e-mail offering nothing');
      await pick.check();
      await page.locator('#catalog-valid-until').fill('2027-01-31');
      await waitForStored(page, (doc) => doc.listings?.catalog?.valid_until === '2027-01-31');
      await page.selectOption('#signature-role', 'director');
      assert.match(await page.locator('[data-testid=email-signature]').textContent(), /^Ibu Sri, Director/);
      assert.equal(await loading.count(), 1, 'still on its way');
      chosen();

      // It could not be fetched: said once, in the sheet's card, with "Try again".
      const failed = page.locator('[data-testid=part-failed-notice]');
      await failed.waitFor();
      assert.equal(await failed.count(), 1);
      assert.match(await failed.textContent(), /belum bisa dimuat/);
      assert.equal(await page.locator('[data-testid=first-email-loading]').count(), 0);
      await context.unroute('**/split_catsheet-*.wasm');
      await page.locator('[data-testid=part-retry]').tap();
      await page.locator('[data-testid=catalog-sheet] [data-testid=catalog-item]').waitFor();
      assert.equal(counts.get('split_catsheet'), 2, 'fetched again after the failure');
      assert.equal(glossaryFetches, 1, 'the file asked for beside the part is the one read');
      assert.match(await page.locator('[data-testid=catalog-sheet]').textContent(), /Price valid until31 January 2027/);
      // The first e-mail is signed as she chose before it came.
      await page.waitForFunction(() => /Ibu Sri, Director/.test(document.querySelector('[data-testid=first-email]')?.textContent ?? ''));
      assert.equal(await page.locator('[aria-busy]').count(), 0);
      assert.equal(await failed.count(), 0);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('keeps every tool\'s styles out of the first visit, and shows no tool before they are here', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      const TOOLS_CSS = /\/tools-[0-9a-f]+\.css$/;
      let release;
      const held = new Promise((done) => { release = done; });
      let requests = 0;
      page.on('request', (request) => { if (TOOLS_CSS.test(new URL(request.url()).pathname)) requests += 1; });
      await context.route(TOOLS_CSS, async (route) => { await held; await route.continue(); });
      // A cold deep link into a tool: the shell is on screen without them (not render-blocking).
      await page.goto(new URL('#/incoterms', url).href);
      await page.locator('[data-testid=lang-switch]').waitFor();
      const tools = () => page.evaluate(() => [...document.styleSheets].some((sheet) => /\/tools-/.test(sheet.href ?? '')));
      assert.equal(await tools(), false);
      // Its part arrives, and the tool waits for its styles: no unstyled page.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /split_incoterms-/.test(e.name)));
      assert.equal(await page.locator('[data-testid=part-loading]').count(), 1, 'still its placeholder');
      assert.equal(await page.locator('.field-row').count(), 0);
      release();
      await page.locator('[data-testid=part-loading]').waitFor({ state: 'detached' });
      assert.equal(await tools(), true);
      assert.equal(await page.locator('.field-row').first().evaluate((el) => getComputedStyle(el).display), 'grid');
      // Fetched once, whatever she opens next.
      await goTo(page, '#/checklist');
      await goTo(page, '#/');
      assert.equal(requests, 1);
    }, NO_WORKER);
  });

  it('writes the price line with her own word for the unit when the glossary\'s reader cannot come', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await context.route('**/split_glossary-*.wasm', (route) => route.abort());
      await open(page, url, '#/incoterms');
      await fillCalculator(page, { unit: 'Bungkus' });
      // Her word, tidied (no capital from the phone's keyboard), rather than no line at all.
      await page.waitForFunction(() => /^USD 1\.06\/bungkus FOB Gresik/.test(document.querySelector('[data-testid=quote-line]')?.textContent ?? ''));
      assert.equal(await page.locator('[data-testid=quote-save]').isEnabled(), true);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('says so in her language when a part cannot be fetched, and recovers', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await context.route('**/split_market-*.wasm', (route) => route.abort());
      await open(page, url, '#/');
      await goTo(page, '#/market');
      const failed = page.locator('[data-testid=part-failed]');
      await failed.waitFor();
      assert.match(await failed.textContent(), /belum bisa dimuat/);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Panduan marketplace');
      // The network is back: "Try again" brings the page.
      await context.unroute('**/split_market-*.wasm');
      await page.locator('[data-testid=part-retry]').tap();
      await page.locator('[data-testid=market-ec21]').waitFor();
      assert.equal(await failed.count(), 0);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('says so on the home page when its list of tools cannot be fetched, and recovers', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await context.route('**/split_home-*.wasm', (route) => route.abort());
      await open(page, url, '#/');
      const notice = page.locator('[data-testid=part-failed-notice]');
      await notice.waitFor();
      assert.match(await notice.textContent(), /belum bisa dimuat/);
      assert.equal(await page.locator('.tools').count(), 0);
      // Every tool is still one tap away in the menu (the shell's own list).
      await page.locator('[data-testid=menu-button]').tap();
      await page.locator('#all-tools [data-testid=nav-market]').waitFor({ state: 'visible' });
      await page.locator('[data-testid=menu-button]').tap();
      await context.unroute('**/split_home-*.wasm');
      await page.locator('[data-testid=part-retry]').tap();
      await page.locator('[data-testid=tool-report]').waitFor({ state: 'visible' });
      assert.equal(await notice.count(), 0);
      assert.match(await page.locator('#home-progress-text').textContent(), /\d+ ?%/);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('tries again by itself when the phone comes back online', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await open(page, url, '#/');
      await context.setOffline(true);
      await goTo(page, '#/data');
      await page.locator('[data-testid=part-failed]').waitFor();
      await context.setOffline(false);
      await page.locator('[data-testid=export-backup]').waitFor();
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });

  it('never writes over her stored data when the code that reads it cannot be fetched', async () => {
    const stored = readFileSync(join(ROOT, 'tests', 'fixtures', 'schema-v2.json'), 'utf8');
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await context.route('**/split_codec-*.wasm', (route) => route.abort());
      await page.addInitScript(([key, text]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, text);
          sessionStorage.setItem('seeded', '1');
        }
      }, [DATA_KEY, stored]);
      await open(page, url, '#/profile');
      await page.locator('[data-testid=storage-unread]').waitFor();
      await page.fill('#business-name', 'Tidak boleh tersimpan');
      await page.locator('#business-name').blur();
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), DATA_KEY), stored);
      // Once the code can be fetched again, a reload reads her data whole.
      await context.unroute('**/split_codec-*.wasm');
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.inputValue('#business-name'), 'CV Rotan Jaya');
      assert.equal(await page.locator('[data-testid=storage-unread]').count(), 0);
    }, { ...NO_WORKER, knownErrors: FAILED_FETCH });
  });
});

/**
 * Turns a copy of the build into "the next release": every content-hashed file gets a new name,
 * every reference follows, and sw.js is written again (a new precache list and cache).
 */
function nextRelease(dir) {
  const hashed = /^(.*-)([0-9a-f]{16})((?:_bg)?\.(?:js|wasm))$/;
  const renames = [];
  const walk = (rel) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else {
        const m = hashed.exec(entry.name);
        if (m && !entry.name.startsWith('boot-')) renames.push([path, path.replace(entry.name, `${m[1]}${m[2].split('').reverse().join('')}${m[3]}`)]);
      }
    }
  };
  walk('');
  for (const [from, to] of renames) renameSync(join(dir, from), join(dir, to));
  const texts = [];
  const collect = (rel) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) collect(path);
      else if (/\.(js|html)$/.test(entry.name) && entry.name !== 'sw.js') texts.push(path);
    }
  };
  collect('');
  const base = (p) => p.split('/').pop();
  for (const path of texts) {
    let text = readFileSync(join(dir, path), 'utf8');
    for (const [from, to] of renames) text = text.replaceAll(base(from), base(to));
    writeFileSync(join(dir, path), text);
  }
  postBuild(dir);
  return renames.map(([from, to]) => [base(from), base(to)]);
}

describe('an update', () => {
  it('keeps her data, and the new main module loads only its own parts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'siap-ekspor-update-'));
    cpSync(DIST, root, { recursive: true });
    const server = await serveApp({ root });
    const app = { browser: undefined };
    const { launch } = await import('./helpers.mjs');
    app.browser = await launch();
    try {
      await withApp(app.browser, server, async ({ page, url }) => {
        const requested = [];
        page.on('request', (r) => { if (partOf(r.url())) requested.push(new URL(r.url()).pathname.split('/').pop()); });
        await open(page, url, '#/profile');
        await waitForController(page);
        await page.fill('#business-name', 'UD Versi Satu');
        await page.waitForFunction((key) => (localStorage.getItem(key) || '').includes('UD Versi Satu'), DATA_KEY);
        const v1 = new Set(readdirSync(root));

        // The host now serves the next release.
        const renames = nextRelease(root);
        const v2Names = new Set(renames.map(([, to]) => to));
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
        const notice = page.locator('[data-testid=update-available]');
        await notice.waitFor({ state: 'visible' });

        // Until she accepts, the old version runs whole: its parts come from its own cache.
        requested.length = 0;
        await goTo(page, '#/market');
        await page.locator('[data-testid=market-ec21]').waitFor();
        assert.ok(requested.length > 0 && requested.every((name) => v1.has(name)), `old parts: ${requested}`);

        await Promise.all([page.waitForEvent('load'), notice.locator('button').tap()]);
        await waitForApp(page);
        requested.length = 0;
        await goTo(page, '#/checklist');
        await page.locator('[data-testid=checklist-item]').first().waitFor();
        await goTo(page, '#/profile');
        assert.equal(await page.inputValue('#business-name'), 'UD Versi Satu', 'her data survives the update');
        assert.ok(requested.length > 0, 'the new version fetched its parts');
        for (const name of requested) assert.ok(v2Names.has(name), `${name} is of the new release`);
      });
    } finally {
      await app.browser?.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
