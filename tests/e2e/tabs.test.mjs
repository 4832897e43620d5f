// Two tabs of one browser (the installed app and a tab opened from a chat link share one storage):
// an edit in one tab is never lost to an edit in the other. Each test opens two pages in one
// context, edits in both, reloads both, and finds both edits, or the conflict kept and announced.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import AxeBuilderModule from '@axe-core/playwright';

import {
  DATA_KEY, assertNoConsoleErrors, downloadText, newContext, open, reload, servedApp, storedData, waitForStored,
} from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RECOVERED_PREFIX = 'siap-ekspor:recovered:';

/** Two pages of one fresh context; fails on any console error in either. */
async function withTwoTabs(browser, server, body) {
  const { context, errors } = await newContext(browser);
  try {
    const a = await context.newPage();
    const b = await context.newPage();
    await body({ a, b, url: server.url });
    assertNoConsoleErrors(errors);
  } finally {
    await context.close();
  }
}

const copies = (page) => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix))
  .map((key) => ({ key, text: localStorage.getItem(key) })), RECOVERED_PREFIX);

/** Makes every localStorage write of this page fail, as a full storage does; returns the undo. */
async function refuseWrites(page) {
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
  });
  return () => page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
}

async function seriousAxe(page, where) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(serious, []);
}

describe('two tabs', () => {
  const app = servedApp();

  it('an edit in one tab survives an edit elsewhere in the other, and each tab shows the other\'s', async () => {
    await withTwoTabs(app.browser, app.server, async ({ a, b, url }) => {
      await open(a, url, '#/profile');
      await open(b, url, '#/');
      // A: a business name and a product.
      await a.fill('#business-name', 'UD Dua Tab');
      await a.locator('[data-testid=add-product]').tap();
      await a.locator('[data-testid=product]').first().getByLabel('Nama produk', { exact: true }).fill('Kopi bubuk');
      await waitForStored(a, (doc) => doc.profile.business_name === 'UD Dua Tab' && doc.profile.products[0]?.name === 'Kopi bubuk');
      // B, opened before A typed, switches the language: the defect reverted A's name here.
      await b.locator('[data-testid=lang-switch]').tap();
      await waitForStored(b, (doc) => doc.settings.lang === 'en');
      let doc = await storedData(b);
      assert.equal(doc.profile.business_name, 'UD Dua Tab', 'A\'s name is still stored');
      assert.equal(doc.profile.products.length, 1, 'A\'s product is still stored');
      // A follows B without a reload: the language switches there too.
      await a.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await a.inputValue('#business-name'), 'UD Dua Tab');
      // B edits the profile as well; A, which shows it, then edits another field.
      await open(b, url, '#/profile');
      await b.fill('#owner-name', 'Ibu Sri');
      await a.waitForFunction(() => document.querySelector('#owner-name')?.value === 'Ibu Sri');
      await a.fill('#goals', 'Ekspor ke Jepang');
      await waitForStored(a, (d) => d.profile.goals === 'Ekspor ke Jepang');
      await b.waitForFunction(() => document.querySelector('#goals')?.value === 'Ekspor ke Jepang');

      await reload(a);
      await reload(b);
      for (const page of [a, b]) {
        assert.equal(await page.inputValue('#business-name'), 'UD Dua Tab');
        assert.equal(await page.inputValue('#owner-name'), 'Ibu Sri');
        assert.equal(await page.inputValue('#goals'), 'Ekspor ke Jepang');
        assert.equal(await page.locator('[data-testid=product]').count(), 1);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.equal(await page.locator('[data-testid=storage-recovered]').count(), 0, 'nothing to announce');
      }
      doc = await storedData(a);
      assert.ok(doc.revision.number >= 5, `every save is stamped: ${JSON.stringify(doc.revision)}`);
      assert.deepEqual(await copies(a), []);
    });
  });

  it('a change waiting in one tab is merged with the other tab\'s change to another part', async () => {
    await withTwoTabs(app.browser, app.server, async ({ a, b, url }) => {
      await open(a, url, '#/profile');
      await a.fill('#business-name', 'UD Gabung');
      await waitForStored(a, (doc) => doc.profile.business_name === 'UD Gabung');
      await open(b, url, '#/incoterms');
      // B cannot write for a while (full storage) and types its costs meanwhile.
      const allow = await refuseWrites(b);
      await b.locator('#calc-exw').fill('10000');
      await b.locator('[data-testid=storage-save-failed]').waitFor();
      // A edits the profile, and B takes that in while its own change waits.
      await a.fill('#owner-name', 'Pak Budi');
      await waitForStored(a, (doc) => doc.profile.owner_name === 'Pak Budi');
      // Room again: B's next keystroke writes both.
      await allow();
      await b.locator('#calc-freight').fill('1200');
      await waitForStored(b, (doc) => doc.calculator.form.freight === '1200');
      const doc = await storedData(b);
      assert.equal(doc.calculator.form.exw, '10000', 'B\'s waiting change');
      assert.equal(doc.profile.owner_name, 'Pak Budi', 'A\'s change');
      assert.equal(doc.profile.business_name, 'UD Gabung');
      await reload(a);
      await reload(b);
      assert.equal(await a.inputValue('#owner-name'), 'Pak Budi');
      assert.equal(await b.inputValue('#calc-exw'), '10000');
      assert.deepEqual(await copies(a), [], 'merged: no copy to keep');
    });
  });

  it('both tabs changing the same part keep both versions, announced in both tabs, and the other is a backup file', async () => {
    await withTwoTabs(app.browser, app.server, async ({ a, b, url }) => {
      await open(a, url, '#/profile');
      await a.fill('#business-name', 'UD Awal');
      await waitForStored(a, (doc) => doc.profile.business_name === 'UD Awal');
      await open(b, url, '#/profile');
      const allow = await refuseWrites(b);
      await b.fill('#owner-name', 'Ibu dari B');
      await b.locator('[data-testid=storage-save-failed]').waitFor();
      await a.fill('#goals', 'Tujuan dari A');
      await waitForStored(a, (doc) => doc.profile.goals === 'Tujuan dari A');
      await allow();
      await b.fill('#owner-name', 'Ibu dari B lagi');
      await waitForStored(b, (doc) => doc.profile.owner_name === 'Ibu dari B lagi');

      // Announced in both tabs, B's version in use, A's version kept whole.
      for (const page of [a, b]) {
        await page.locator('[data-testid=storage-recovered][data-kind=other-tab]').waitFor();
      }
      const kept = await copies(a);
      assert.equal(kept.length, 1);
      assert.equal(JSON.parse(kept[0].text).profile.goals, 'Tujuan dari A');
      await a.waitForFunction(() => document.querySelector('#owner-name')?.value === 'Ibu dari B lagi');
      await seriousAxe(a, 'other-tab notice');

      await reload(a);
      await reload(b);
      for (const page of [a, b]) {
        assert.equal(await page.inputValue('#owner-name'), 'Ibu dari B lagi');
        await page.locator('[data-testid=storage-recovered][data-kind=other-tab]').waitFor();
      }
      // The kept version downloads as a backup the data page restores.
      const [download] = await Promise.all([a.waitForEvent('download'), a.locator('[data-testid=recovered-download]').tap()]);
      assert.match(download.suggestedFilename(), /^siap-ekspor-copy-\d{4}-\d{2}-\d{2}\.json$/);
      const text = await downloadText(download);
      await open(a, url, '#/data');
      await a.locator('[data-testid=import-file]').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await a.locator('[data-testid=import-replace]').tap();
      await waitForStored(a, (doc) => doc.profile.goals === 'Tujuan dari A');
      await b.waitForFunction(() => document.querySelector('#goals')?.value === 'Tujuan dari A');
    });
  });

  it('a tab never writes over a document saved by a newer version of the app', async () => {
    await withTwoTabs(app.browser, app.server, async ({ a, url }) => {
      await open(a, url, '#/profile');
      await a.fill('#business-name', 'UD Versi Lama');
      await waitForStored(a, (doc) => doc.profile.business_name === 'UD Versi Lama');
      // Another window runs a newer version, which writes schema 4 (here: a blank window of the same
      // origin, which is not this version of the app).
      const [other] = await Promise.all([a.context().waitForEvent('page'), a.evaluate(() => { window.open('about:blank'); })]);
      const newer = JSON.stringify({ app: 'siap-ekspor', schema_version: 4, profile: { business_name: 'UD Versi Baru' }, photos: ['…'] });
      await other.evaluate(([key, value]) => localStorage.setItem(key, value), [DATA_KEY, newer]);
      await other.close();
      await a.locator('[data-testid=storage-newer]').waitFor();
      await a.fill('#owner-name', 'Tetap di memori');
      await a.locator('#goals').fill('Tidak menimpa');
      assert.equal(await a.evaluate((key) => localStorage.getItem(key), DATA_KEY), newer, 'byte for byte');
      assert.equal(await a.inputValue('#owner-name'), 'Tetap di memori', 'what she typed stays on screen');
      await seriousAxe(a, 'newer-version notice');
      // A reload of the old version still refuses to write.
      await reload(a);
      await a.locator('[data-testid=storage-newer]').waitFor();
      assert.equal(await a.evaluate((key) => localStorage.getItem(key), DATA_KEY), newer);
      // She chooses to keep it aside and go on: a copy, then her data are written.
      await a.fill('#business-name', 'UD Lanjut');
      await a.locator('[data-testid=newer-keep-aside]').tap();
      await waitForStored(a, (doc) => doc.schema_version === 3 && doc.profile.business_name === 'UD Lanjut');
      const kept = await copies(a);
      assert.equal(kept.length, 1);
      assert.equal(kept[0].text, newer);
      await a.locator('[data-testid=storage-recovered][data-kind=newer]').waitFor();
    });
  });
});
