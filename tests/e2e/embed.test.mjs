// Embedding: the provincial portal (another site) puts the app in an iframe with
// `index.html?embed=1#/…`. The frame reports its height to the parent, shows where its data lives,
// fixes nothing to the viewport, and still works in a sandbox without allow-same-origin (opaque
// origin, no storage, CORS fetches from origin null).
//
// The browser here has partitioned third-party storage, like Chrome on a phone (see `launch` in
// helpers.mjs); one test uses Playwright's default, where a cross-site frame gets no storage at all.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { launch, serve, serveApp, withApp } from './helpers.mjs';

/** The portal's page: one iframe, and a record of the height messages it receives. */
function parentPage(src, iframeAttributes) {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Portal UMKM Jawa Timur</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; } iframe { display: block; width: 100%; height: 200px; border: 0; }</style>
</head>
<body>
<h1>Portal UMKM</h1>
<iframe title="Siap Ekspor" src="${src}" ${iframeAttributes}></iframe>
<script>
  window.heights = [];
  window.origins = [];
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'siap-ekspor:height') return;
    window.heights.push(data.height);
    window.origins.push(event.origin);
    // What a portal does with it: size the frame to the content.
    if (Number.isInteger(data.height) && data.height > 0) document.querySelector('iframe').style.height = data.height + 'px';
  });
</script>
</body>
</html>
`;
}

describe('embedded in another site', () => {
  let browser;
  let blockingBrowser;
  let app;
  let portal;
  let portalDir;
  before(async () => {
    app = await serveApp(); // 127.0.0.1, with the README's CSP
    portalDir = mkdtempSync(join(tmpdir(), 'siap-ekspor-portal-'));
    const src = `${app.url}index.html?embed=1#/profile`;
    writeFileSync(join(portalDir, 'embed.html'), parentPage(src, 'allow="clipboard-write; web-share"'));
    writeFileSync(join(portalDir, 'sandboxed.html'), parentPage(src, 'sandbox="allow-scripts allow-downloads"'));
    portal = await serve({ root: portalDir, host: 'localhost' }); // a different origin
    browser = await launch({ partitioned: true });
    blockingBrowser = await launch();
  });
  after(async () => {
    await browser?.close();
    await blockingBrowser?.close();
    await app?.close();
    await portal?.close();
    if (portalDir) rmSync(portalDir, { recursive: true, force: true });
  });

  const lastHeight = (page) => page.evaluate(() => window.heights[window.heights.length - 1]);
  /**
   * Adds `count` products one tap at a time, each time waiting for the product and for the portal
   * to have sized the frame to it: a tap while the frame is still growing lands on a moving
   * button, which the test driver catches and retries by cancelling the touch, and Chromium logs
   * that cancelling as a console error when the page is mid-scroll.
   */
  const addProducts = async (page, frame, count) => {
    for (let i = 0; i < count; i += 1) {
      const before = await lastHeight(page);
      await frame.locator('[data-testid=add-product]').tap();
      await frame.locator('[data-testid=product]').nth(i).waitFor();
      await page.waitForFunction((h) => window.heights[window.heights.length - 1] > h, before);
    }
  };

  it('reports its height, grows with its content, and shows the embed notice', async () => {
    await withApp(browser, app, async ({ page }) => {
      assert.ok(new URL(portal.url).origin !== new URL(app.url).origin);
      await page.goto(`${portal.url}embed.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid=lang-switch]').waitFor();
      await frame.locator('[data-testid=embed-notice]').waitFor({ state: 'visible' });

      await page.waitForFunction(() => window.heights.length > 0);
      const first = await lastHeight(page);
      assert.ok(Number.isInteger(first) && first > 0, `a positive integer height: ${first}`);
      const origins = await page.evaluate(() => [...new Set(window.origins)]);
      assert.deepEqual(origins, [new URL(app.url).origin]);

      // Nothing fixed to the frame's viewport: the portal sizes the frame to the content.
      const tabbar = frame.locator('nav.tabbar');
      assert.notEqual(await tabbar.evaluate((el) => getComputedStyle(el).position), 'fixed');
      assert.equal(await frame.locator('.app.embed').count(), 1);

      // The content grows: three products.
      await addProducts(page, frame, 3);
      await page.waitForFunction((h) => window.heights[window.heights.length - 1] > h, first);
      const grown = await lastHeight(page);
      assert.ok(Number.isInteger(grown), `an integer height: ${grown}`);

      // The reported height is the content's: the frame, sized to it, has nothing to scroll.
      await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, grown);
      const scroll = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
      assert.ok(scroll <= 1, `the frame needs no scrollbar (${scroll} px to scroll)`);

      // And it shrinks again when the content does.
      for (let i = 0; i < 3; i += 1) await frame.locator('[data-testid=remove-product]').first().tap();
      await frame.locator('[data-testid=product]').first().waitFor({ state: 'detached' });
      await page.waitForFunction((h) => window.heights[window.heights.length - 1] < h, grown);

      // The footer is drawn in the task after the first paint (src/app.rs), before the home page's
      // list of tools arrives with its part; once that list is there, the embedded app still has none.
      await frame.locator('html').evaluate(() => { window.location.hash = '#/'; });
      await frame.locator('[data-testid=tool-report]').waitFor();
      assert.equal(await frame.locator('footer.footer').count(), 0, 'compact chrome: no footer');
    });
  });

  it('says so when the browser gives a cross-site frame no storage at all', async () => {
    await withApp(blockingBrowser, app, async ({ page }) => {
      await page.goto(`${portal.url}embed.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid=lang-switch]').waitFor();
      await frame.locator('[data-testid=storage-unavailable]').waitFor({ state: 'visible' });
      assert.equal(await frame.locator('[data-testid=embed-notice]').count(), 0);
      await page.waitForFunction(() => window.heights.length > 0);
      await frame.locator('#business-name').fill('UD Tanpa Penyimpanan');
      assert.equal(await frame.locator('#business-name').inputValue(), 'UD Tanpa Penyimpanan');
    });
  });


  it('works in a sandbox without allow-same-origin: memory storage and height reports', async () => {
    await withApp(browser, app, async ({ page }) => {
      await page.goto(`${portal.url}sandboxed.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid=lang-switch]').waitFor();
      await frame.locator('main h1').waitFor();
      await frame.locator('[data-testid=storage-unavailable]').waitFor({ state: 'visible' });
      assert.equal(await frame.locator('html').evaluate(() => window.origin), 'null');

      await page.waitForFunction(() => window.heights.length > 0);
      const first = await lastHeight(page);
      assert.ok(Number.isInteger(first) && first > 0, `a positive integer height: ${first}`);
      assert.deepEqual(await page.evaluate(() => [...new Set(window.origins)]), ['null']);

      // The app works (from memory) and the height follows.
      await frame.locator('#business-name').fill('UD Dalam Bingkai');
      await addProducts(page, frame, 3);
      await page.waitForFunction((h) => window.heights[window.heights.length - 1] > h, first);
      assert.equal(await frame.locator('#business-name').inputValue(), 'UD Dalam Bingkai');
    });
  });

  it('in the sandbox, its stylesheet loads and nothing is logged as an error', async () => {
    await withApp(browser, app, async ({ page }) => {
      await page.goto(`${portal.url}sandboxed.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid=lang-switch]').waitFor();
      await frame.locator('[data-testid=storage-unavailable]').waitFor({ state: 'visible' });
      // Styled: the tab bar is the app's grid, not a row of plain links.
      assert.equal(await frame.locator('nav.tabbar').evaluate((el) => getComputedStyle(el).display), 'grid');
    });
  });
});
