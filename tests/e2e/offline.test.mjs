// Offline: after one visit the service worker serves every route without a network (the browser
// is set offline AND the server is shut down, so nothing can leak through), and a new version of
// the app is offered, then applied with one tap.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { DIST, ROUTES, fillCalculator, launch, open, serveApp, waitForController, withApp } from './helpers.mjs';

const PHOTO = fileURLToPath(new URL('../fixtures/photo-basket-400x600.png', import.meta.url));

describe('offline', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('opens every route offline after one visit, and reloads offline', async () => {
    const server = await serveApp();
    try {
      await withApp(browser, server, async ({ context, page, url }) => {
        await open(page, url, '#/profile');
        await waitForController(page);
        // Something of hers to find again offline.
        await page.fill('#business-name', 'UD Luring');
        await page.waitForFunction(() => (localStorage.getItem('siap-ekspor:data') || '').includes('UD Luring'));

        await context.setOffline(true);
        await server.close(); // nothing may reach the network now

        const targets = [
          ...ROUTES.map((r) => ({ path: r.hash, lang: 'id' })),
          { path: '#/nope', lang: 'id' },
          { path: 'index.html?lang=en#/data', lang: 'en', h1: 'Data & backup' },
        ];
        for (const { path, lang, h1 } of targets) {
          // A fresh navigation each time (a new tab, as from the home-screen icon).
          const tab = await context.newPage();
          await open(tab, url, path);
          const text = (await tab.locator('main h1').textContent()).trim();
          assert.ok(text.length > 0, `${path}: renders its h1 offline`);
          if (h1) assert.equal(text, h1, path);
          assert.equal(await tab.getAttribute('html', 'lang'), lang, `${path}: <html lang>`);
          await tab.close();
        }

        // The content the checklist and the guide fetch on demand comes from the cache too.
        const checklist = await context.newPage();
        await open(checklist, url, '#/checklist');
        await checklist.locator('[data-testid=checklist-item]').first().waitFor();
        await checklist.locator('[data-item=commercial-invoice] input[type=checkbox]').check();
        await checklist.waitForFunction(() => localStorage.getItem('siap-ekspor:data').includes('commercial-invoice'));
        await open(checklist, url, '#/market');
        await checklist.locator('[data-testid=market-ec21]').waitFor();
        // So do the photo store's script (imported when a page first needs photos) and the listing
        // builder's writer (its photos card): a photo is added and counted offline.
        await open(checklist, url, '#/describe');
        await checklist.locator('[data-testid=listing-new]').tap();
        await checklist.locator('[data-testid=photo-add]').setInputFiles(PHOTO);
        await checklist.locator('[data-testid=photo-item]').waitFor();
        // The parts fetched at a tool's later step are precached too: "start from a listing" once
        // she has one, and the glossary's reader for the price line's unit in English.
        await open(checklist, url, '#/documents');
        await checklist.locator('#doc-new-listing').waitFor();
        await open(checklist, url, '#/incoterms');
        await fillCalculator(checklist, { unit: 'bungkus' });
        await checklist.waitForFunction(() => /^USD 1\.06\/pack FOB Gresik/.test(document.querySelector('[data-testid=quote-line]')?.textContent ?? ''));
        await open(checklist, url, '#/data');
        await checklist.waitForFunction(() => document.querySelector('[data-testid=photo-usage]')?.dataset.count === '1');
        await checklist.close();

        await open(page, url, 'index.html#/profile');
        assert.equal(await page.inputValue('#business-name'), 'UD Luring');
        await page.reload();
        await page.waitForSelector('#business-name');
        assert.equal(await page.inputValue('#business-name'), 'UD Luring');
        assert.equal(await page.evaluate(() => navigator.onLine), false);
      });
    } finally {
      await server.close();
    }
  });

  it('precaches and fetches the tools\' styles only once the first page\'s parts are here', async () => {
    // On a slow network the precache (every file) and the tools' styles shared the bandwidth with
    // the home page's summary part, whose list of tools and progress then came later (pwa.js).
    const server = await serveApp();
    try {
      await withApp(browser, server, async ({ context, page, url }) => {
        const requested = [];
        page.on('request', (request) => requested.push(new URL(request.url()).pathname));
        context.on('request', (request) => requested.push(new URL(request.url()).pathname));
        let release;
        const held = new Promise((done) => { release = done; });
        await context.route('**/split_home-*.wasm', async (route) => { await held; await route.continue(); });
        await page.goto(url);
        await page.locator('.tools-loading').waitFor({ state: 'visible' });
        // The page has loaded and its other files are here: the service worker would have been
        // registered by now (its script requested) if it did not wait for the part.
        await page.waitForFunction(() => document.readyState === 'complete'
          && performance.getEntriesByType('resource').filter((e) => /\/chunk_/.test(e.name)).length >= 2);
        assert.deepEqual(requested.filter((p) => /\/sw\.js$|\/tools-[0-9a-f]+\.css$/.test(p)), [], 'neither the worker nor the styles yet');
        assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), true);
        release();
        await page.locator('[data-testid=tool-report]').waitFor({ state: 'visible' });
        await page.evaluate(() => navigator.serviceWorker.ready);
        await page.waitForFunction(() => [...document.styleSheets].some((sheet) => /\/tools-/.test(sheet.href ?? '')));
      });
    } finally {
      await server.close();
    }
  });

  it('offers a new version and applies it with one tap', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'siap-ekspor-e2e-'));
    cpSync(DIST, copy, { recursive: true });
    const server = await serveApp({ root: copy });
    try {
      await withApp(browser, server, async ({ page, url }) => {
        await open(page, url, '#/data');
        await waitForController(page);
        assert.equal(await page.locator('[data-testid=update-available]').count(), 0, 'no update on the first visit');

        // A new release: a different sw.js (and a way to ask which version is in control).
        const sw = join(copy, 'sw.js');
        writeFileSync(sw, `${readFileSync(sw, 'utf8')}
// v2
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'e2e-version' && event.ports[0]) event.ports[0].postMessage('v2');
});
`);
        await page.evaluate(() => { window.__e2eBeforeUpdate = true; });
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration.update();
        });
        const notice = page.locator('[data-testid=update-available]');
        await notice.waitFor({ state: 'visible' });

        await Promise.all([
          page.waitForEvent('load'),
          notice.locator('button').tap(),
        ]);
        await page.waitForSelector('[data-testid=lang-switch]');
        assert.equal(await page.evaluate(() => window.__e2eBeforeUpdate), undefined, 'the page was reloaded');
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        const version = await page.evaluate(() => new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data);
          navigator.serviceWorker.controller.postMessage({ type: 'e2e-version' }, [channel.port2]);
        }));
        assert.equal(version, 'v2', 'the new worker controls the reloaded page');
        assert.equal(await page.locator('[data-testid=update-available]').count(), 0);
        assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting), null);
      });
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
