// A tool's data file that cannot be fetched (offline before the first visit cached it) and one that
// came damaged are told apart, each in her language, and neither touches her own data; a file that
// comes back later is used the next time the page opens.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, servedApp, storedData, waitForStored, withApp } from './helpers.mjs';

// The service worker would answer from its cache; these tests are about the network's answer.
const NO_WORKER = { contextOptions: { serviceWorkers: 'block' } };

describe('data files', () => {
  const app = servedApp();

  it('a damaged checklist file says it is damaged, not offline, and her data stay as they were', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.fill('#business-name', 'UD Tetap');
      await waitForStored(page, (doc) => doc.profile.business_name === 'UD Tetap');
      const before = JSON.stringify(await storedData(page));
      await page.route('**/data/checklist.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }));
      await open(page, url, '#/checklist');
      const status = page.locator('[data-testid=data-damaged]');
      await status.waitFor();
      assert.match(await status.innerText(), /rusak/);
      assert.equal(await page.locator('[data-testid=data-failed]').count(), 0, 'not called offline');
      assert.equal(JSON.stringify(await storedData(page)), before, 'her data untouched');
      await open(page, url, '#/checklist?lang=en');
      await page.locator('[data-testid=data-damaged]').filter({ hasText: 'damaged' }).waitFor();
    }, NO_WORKER);
  });

  it('an unreachable checklist file says to connect once, and the page works when it is reachable again', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await page.route('**/data/checklist.json', (route) => route.abort('internetdisconnected'));
      await open(page, url, '#/checklist');
      const status = page.locator('[data-testid=data-failed]');
      await status.waitFor();
      assert.match(await status.innerText(), /Sambungkan internet sekali/);
      assert.equal(await page.locator('[data-testid=data-damaged]').count(), 0, 'not called damaged');
      // Back online: the next time the page opens it fetches the file again.
      await page.unroute('**/data/checklist.json');
      await open(page, url, '#/');
      await open(page, url, '#/checklist');
      await page.locator('[data-testid=checklist-item]').first().waitFor();
    }, { ...NO_WORKER, knownErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });
  });
});
