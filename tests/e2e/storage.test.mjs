// Storage that goes wrong: damaged data is kept and offered back, blocked storage leaves the app
// working from memory, a full storage says so and keeps what she typed, and an old document is
// migrated through the real app.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DATA_KEY, downloadText, open, reload, servedApp, storedData, waitForStored, withApp } from './helpers.mjs';

const RECOVERED_PREFIX = 'siap-ekspor:recovered:';

const recoveredKeys = (page) => page.evaluate((prefix) => Object.keys(window.localStorage)
  .filter((k) => k.startsWith(prefix)), RECOVERED_PREFIX);

describe('storage', () => {
  const app = servedApp();

  it('keeps damaged data, offers it as a download, stays usable, and discards it on request', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.evaluate((key) => window.localStorage.setItem(key, '{not json'), DATA_KEY);
      await reload(page);

      const notice = page.locator('[data-testid=storage-recovered]');
      await notice.waitFor({ state: 'visible' });
      const keys = await recoveredKeys(page);
      assert.equal(keys.length, 1, `one recovered copy, found ${JSON.stringify(keys)}`);
      assert.equal(await page.evaluate((k) => window.localStorage.getItem(k), keys[0]), '{not json');

      // Still usable: what she types is saved as a good document.
      await page.fill('#business-name', 'UD Setelah Rusak');
      await waitForStored(page, (doc) => doc.profile.business_name === 'UD Setelah Rusak');
      assert.equal(await page.inputValue('#business-name'), 'UD Setelah Rusak');

      // The damaged copy, byte for byte.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=recovered-download]').tap(),
      ]);
      assert.match(download.suggestedFilename(), /^siap-ekspor-recovered-\d{4}-\d{2}-\d{2}\.txt$/);
      assert.equal(await downloadText(download), '{not json');

      // Discarding asks first, then removes the notice and the key; her data stays.
      await page.locator('[data-testid=recovered-discard]').tap();
      await page.locator('[data-testid=recovered-discard-confirm]').tap();
      await notice.waitFor({ state: 'detached' });
      assert.deepEqual(await recoveredKeys(page), []);
      assert.equal((await storedData(page)).profile.business_name, 'UD Setelah Rusak');

      await reload(page);
      assert.equal(await page.locator('[data-testid=storage-recovered]').count(), 0);
      assert.equal(await page.inputValue('#business-name'), 'UD Setelah Rusak');
    });
  });

  it('works from memory, and says so, when storage is blocked', async () => {
    const block = () => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('blocked', 'SecurityError'); },
        configurable: true,
      });
    };
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('[data-testid=storage-unavailable]').waitFor({ state: 'visible' });

      await page.fill('#business-name', 'UD Tanpa Penyimpanan');
      await page.locator('[data-testid=add-product]').tap();
      await page.locator('[data-testid=product]').first().getByLabel('Nama produk', { exact: true }).fill('Keripik tempe');
      assert.equal(await page.locator('[data-testid=storage-save-failed]').count(), 0, 'memory mode is not a failed save');

      // Kept in memory while the page lives: away and back.
      await page.locator('nav.tabbar a[href="#/"]').tap();
      await page.waitForSelector('[data-testid=continue]');
      await page.locator('nav.tabbar a[href="#/profile"]').tap();
      await page.waitForSelector('#business-name');
      assert.equal(await page.inputValue('#business-name'), 'UD Tanpa Penyimpanan');
      assert.equal(await page.locator('[data-testid=product]').first().getByLabel('Nama produk', { exact: true }).inputValue(), 'Keripik tempe');

      // The data page tells the same story, and a backup can still be taken.
      await page.evaluate(() => { window.location.hash = '#/data'; });
      await page.waitForSelector('[data-testid=storage-usage][data-mode=memory]');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-backup]').tap(),
      ]);
      assert.equal(JSON.parse(await downloadText(download)).profile.business_name, 'UD Tanpa Penyimpanan');
    }, { initScripts: [block] });
  });

  it('says so when a save fails (quota) and keeps the typed text on screen', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.fill('#business-name', 'UD Sebelum Penuh');
      await waitForStored(page, (doc) => doc.profile.business_name === 'UD Sebelum Penuh');
      assert.equal(await page.locator('[data-testid=storage-save-failed]').count(), 0);

      await page.evaluate(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.locator('#owner-name').pressSequentially('Budi Santoso');

      await page.locator('[data-testid=storage-save-failed]').waitFor({ state: 'visible' });
      assert.equal(await page.inputValue('#owner-name'), 'Budi Santoso');
      assert.equal(await page.inputValue('#business-name'), 'UD Sebelum Penuh');
      // The last good document is still there, untouched.
      const doc = await storedData(page);
      assert.equal(doc.profile.business_name, 'UD Sebelum Penuh');
      assert.equal(doc.profile.owner_name, '');
    });
  });

  it('migrates a schema-1 document through the real app', async () => {
    const v1 = '{"app":"siap-ekspor","schema_version":1,"lang":"en","profile":{"business_name":"UD Kopi Ijen","city":"Kota Surabaya","products":["Kopi bubuk"],"documents":["npwp"]}}';
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [DATA_KEY, v1]);
      await reload(page);

      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Business profile');
      assert.equal(await page.inputValue('#business-name'), 'UD Kopi Ijen');
      assert.equal(await page.inputValue('#region'), '3578');
      const products = page.locator('[data-testid=product]');
      assert.equal(await products.count(), 1);
      assert.equal(await products.first().getByLabel('Product name', { exact: true }).inputValue(), 'Kopi bubuk');
      assert.equal(await page.isChecked('#doc-npwp'), true);
      assert.equal(await page.locator('[data-testid=storage-recovered]').count(), 0);

      await waitForStored(page, (doc) => doc.schema_version === 3);
      const doc = await storedData(page);
      assert.equal(doc.app, 'siap-ekspor');
      assert.equal(doc.settings.lang, 'en');
      assert.deepEqual(doc.profile.region, { kind: 'east_java', code: '3578' });
      assert.equal(doc.profile.products[0].name, 'Kopi bubuk');
      assert.deepEqual(doc.profile.documents, ['npwp']);
      assert.equal('lang' in doc, false);
      assert.equal('city' in doc.profile, false);

      // A new product after migration gets a fresh id.
      await page.locator('[data-testid=add-product]').tap();
      await waitForStored(page, (d) => d.profile.products.length === 2);
      const ids = (await storedData(page)).profile.products.map((p) => p.id);
      assert.equal(new Set(ids).size, 2, `product ids are unique: ${ids}`);
    });
  });
});
