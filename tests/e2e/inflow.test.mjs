// What comes in from outside: a share link over her calculator form asks first; links and backups
// are cut to the same limits as typing, and the page names what was cut; a backup that would not
// fit is refused before anything is replaced; and #/data says whether her data are protected.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import AxeBuilderModule from '@axe-core/playwright';

import { DATA_KEY, open, reload, servedApp, storedData, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LINK = '#/incoterms?cur=USD&qty=100&exw=10000&freight=1200&to=Rotterdam';

async function seriousAxe(page, where) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(serious, []);
}

/** Every button of the selector at least 24×24 CSS px. */
async function bigTargets(page, selector) {
  const small = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} button`)]
    .map((b) => b.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length, selector);
  assert.equal(small, 0, `${selector}: targets of at least 24 px`);
}

async function followLink(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

function backupFile(doc, name = 'cadangan.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc), 'utf8') };
}

describe('what comes in', () => {
  const app = servedApp();

  it('a share link over her own numbers asks: keep mine, open the link, or save mine first', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/incoterms');
      await page.selectOption('#calc-cur', 'IDR');
      await page.locator('#calc-exw').fill('350.000.000');
      // Her rate too: the buyer's price line is in dollars, so only then can hers be saved as a quote.
      await page.locator('#calc-rate').fill('16.250');
      await waitForAttribute(page, '[data-testid=quote-FOB]', 'data-amount', { equals: '350000000.00' });

      // Keep mine: nothing replaced, and a reload does not bring the link back.
      await followLink(page, LINK);
      await page.locator('[data-testid=link-prompt]').waitFor();
      assert.equal(await page.inputValue('#calc-exw'), '350.000.000', 'nothing replaced while she decides');
      await bigTargets(page, '[data-testid=link-prompt]');
      await seriousAxe(page, 'link prompt');
      // A reload while she decides asks again.
      await reload(page);
      await page.locator('[data-testid=link-prompt]').waitFor();
      await page.locator('[data-testid=link-keep]').tap();
      await page.waitForFunction(() => location.hash === '#/incoterms');
      assert.equal(await page.inputValue('#calc-exw'), '350.000.000');
      await reload(page);
      assert.equal(await page.locator('[data-testid=link-prompt]').count(), 0);
      assert.equal(await page.inputValue('#calc-exw'), '350.000.000');

      // Save mine first: her numbers become a saved quote, then the link fills the form.
      await followLink(page, LINK);
      await page.locator('[data-testid=link-save-first]').tap();
      await waitForStored(page, (doc) => doc.calculator.form.exw === '10000' && doc.calculator.saved.length === 1);
      assert.equal((await storedData(page)).calculator.saved[0].form.exw, '350.000.000');
      await page.locator('[data-testid=saved-quote]').first().waitFor();

      // Changed by her, the link's numbers are hers: the next link asks again.
      await page.locator('#calc-exw').fill('12000');
      await followLink(page, `${LINK}&rate=16000`);
      await page.locator('[data-testid=link-prompt]').waitFor();
      await page.locator('[data-testid=link-open]').tap();
      await waitForStored(page, (doc) => doc.calculator.form.exw === '10000' && doc.calculator.form.rate === '16000');
      await page.locator('[data-testid=link-status]').waitFor();
      // An opened link's numbers, unchanged, are not hers: another link fills the form at once.
      await followLink(page, '#/incoterms?cur=USD&exw=777');
      await waitForStored(page, (doc) => doc.calculator.form.exw === '777');
      assert.equal(await page.locator('[data-testid=link-prompt]').count(), 0);
    });
  });

  it('a link is cut to the limits, and the page names what was cut', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      const long = 'R'.repeat(100_000);
      await open(page, url, `#/incoterms?cur=USD&exw=10000&to=${long}`);
      await page.locator('[data-testid=link-cuts]').waitFor();
      assert.match(await page.locator('[data-testid=link-cuts]').textContent(), /Tempat tujuan: dipotong menjadi 120 karakter/);
      await waitForStored(page, (doc) => doc.calculator.form.exw === '10000');
      assert.equal((await storedData(page)).calculator.form.to.length, 120);
      assert.equal((await page.inputValue('#calc-to')).length, 120);
      // A search link too: what the search reads, no more.
      await open(page, url, `#/classify?q=${'kopi'.repeat(1000)}`);
      assert.ok((await page.inputValue('[data-testid=classify-query]')).length <= 120);
    });
  });

  it('a backup beyond the limits is cut, and the cuts are named before she agrees', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/data');
      const products = Array.from({ length: 60 }, (_, id) => ({ id, name: `Produk ${id}` }));
      const big = { app: 'siap-ekspor', schema_version: 2, profile: { business_name: 'B'.repeat(5 * 1024 * 1024 - 4096), products } };
      await page.locator('[data-testid=import-file]').setInputFiles(backupFile(big));
      const cuts = page.locator('[data-testid=import-cuts]');
      await cuts.waitFor();
      const text = await cuts.textContent();
      assert.match(text, /Nama usaha: dipotong menjadi 200 karakter/);
      assert.match(text, /Produk: 60 di dalamnya, hanya 50 yang pertama disimpan/);
      assert.equal(await storedData(page), null, 'nothing stored before she agrees');
      await seriousAxe(page, 'import with cuts');
      await page.locator('[data-testid=import-replace]').tap();
      await page.locator('[data-testid=import-done]').waitFor();
      await waitForStored(page, (doc) => doc.profile.products.length === 50);
      const doc = await storedData(page);
      assert.equal(doc.profile.business_name.length, 200);
      assert.equal(doc.profile.products[49].name, 'Produk 49');
      assert.equal(await page.locator('[data-testid=storage-save-failed]').count(), 0);
    });
  });

  it('a backup that would not fit is refused before anything is replaced', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.fill('#business-name', 'UD Penuh');
      await waitForStored(page, (doc) => doc.profile.business_name === 'UD Penuh');
      // Another tab's version kept aside takes nearly all the room left.
      await page.evaluate(() => {
        const key = 'siap-ekspor:recovered:1:tab';
        let lo = 0;
        let hi = 12 * 1024 * 1024;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          try { localStorage.setItem(key, 'x'.repeat(mid)); lo = mid; } catch { hi = mid - 1; }
        }
        localStorage.setItem(key, 'x'.repeat(lo - 50_000));
      });
      await reload(page);
      await open(page, url, '#/data');
      const stored = await page.evaluate((key) => localStorage.getItem(key), DATA_KEY);
      // A real backup within every limit, about 250,000 characters.
      const products = Array.from({ length: 50 }, (_, id) => ({ id, name: `Produk ${id}`, description: 'd'.repeat(4000) }));
      const backup = { app: 'siap-ekspor', schema_version: 2, profile: { business_name: 'UD Besar', products } };
      await page.locator('[data-testid=import-file]').setInputFiles(backupFile(backup));
      const error = page.locator('[data-testid=import-error]');
      await error.waitFor();
      assert.match(await error.textContent(), /butuh sekitar .* KB.*Tidak ada yang diganti/);
      assert.equal(await page.locator('[data-testid=import-confirm]').count(), 0, 'not offered');
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), DATA_KEY), stored, 'untouched');
      assert.equal(await page.locator('[data-testid=storage-save-failed]').count(), 0);
      // Room made by discarding the copy: the same file now goes in.
      await page.locator('[data-testid=recovered-discard]').tap();
      await page.locator('[data-testid=recovered-discard-confirm]').tap();
      await page.locator('[data-testid=import-file]').setInputFiles(backupFile(backup, 'lagi.json'));
      await page.locator('[data-testid=import-replace]').tap();
      await page.locator('[data-testid=import-done]').waitFor();
      await waitForStored(page, (doc) => doc.profile.business_name === 'UD Besar' && doc.profile.products.length === 50);
      assert.equal(await page.locator('[data-testid=storage-save-failed]').count(), 0);
    });
  });

  it('#/data says whether her data are protected, what is used and left, and reminds her of a backup', async () => {
    const countPersist = () => {
      // Not in insecure contexts (the blank page before the first navigation).
      if (typeof StorageManager === 'undefined') return;
      const real = StorageManager.prototype.persist;
      window.__persistCalls = 0;
      StorageManager.prototype.persist = function persist() {
        window.__persistCalls += 1;
        return real.call(this);
      };
    };
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await open(page, url, '#/data');
      await waitForAttribute(page, '[data-testid=storage-protection]', 'data-protected', { equals: 'no' });
      await page.locator('[data-testid=backup-reminder]').waitFor();
      await waitForAttribute(page, '[data-testid=storage-estimate]', 'data-quota', { above: 0 });
      assert.match(await page.locator('[data-testid=storage-estimate]').textContent(), /memakai .* dari sekitar .* sisa/);
      await bigTargets(page, 'section.card');
      // A language choice is not data worth asking for; a business name is.
      await page.locator('[data-testid=lang-switch]').tap();
      await waitForStored(page, (doc) => doc.settings.lang === 'en');
      assert.equal(await page.evaluate(() => window.__persistCalls), 0);
      await open(page, url, '#/profile');
      await page.fill('#business-name', 'UD Terlindungi');
      await page.waitForFunction(() => window.__persistCalls === 1);
      await page.fill('#owner-name', 'Ibu Sri');
      await waitForStored(page, (doc) => doc.profile.owner_name === 'Ibu Sri');
      assert.equal(await page.evaluate(() => window.__persistCalls), 1, 'asked once');

      // Once the browser grants it (here through the DevTools protocol), the page says so.
      const cdp = await context.newCDPSession(page);
      const { targetInfo } = await cdp.send('Target.getTargetInfo');
      await cdp.send('Browser.grantPermissions', {
        permissions: ['durableStorage'], origin: new URL(url).origin, browserContextId: targetInfo.browserContextId,
      });
      await page.evaluate(() => navigator.storage.persist());
      await open(page, url, '#/data');
      await reload(page);
      await waitForAttribute(page, '[data-testid=storage-protection]', 'data-protected', { equals: 'yes' });
      assert.equal(await page.locator('[data-testid=backup-reminder]').count(), 0);
    }, { initScripts: [countPersist] });
  });
});
