// The checklist, the marketplace guide and the report as a workshop participant meets them on her
// phone: what her profile says is ticked already, she ticks more, progress moves, a reload keeps it,
// the guide records her EC21 account, and the report she sends says all of that.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, reload, servedApp, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

const percent = (page) => page.getAttribute('[data-testid=progress-overall]', 'data-percent').then(Number);

describe('checklist, marketplace guide and report', () => {
  const app = servedApp();

  it('pre-ticks what the profile holds, ticks by tap, keeps ticks over a reload, and the report says so', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('#business-name').fill('UD Kopi Ijen');
      await page.locator('[data-testid=add-product]').tap();
      await page.locator('[data-testid=product] input[type=text]').first().fill('Kopi bubuk');
      await page.locator('#doc-npwp').check();
      await page.locator('#doc-halal').check();

      await open(page, url, '#/checklist');
      await page.locator('[data-testid=progress-overall]').waitFor();
      const npwp = page.locator('[data-item=npwp]');
      assert.equal(await npwp.getAttribute('data-done'), 'true');
      assert.equal(await npwp.locator('[data-testid=from-profile]').count(), 1);
      assert.equal(await page.locator('[data-item=halal]').count(), 1, 'a held permit shows');
      assert.equal(await page.locator('[data-item=bpom]').count(), 0, 'a permit neither held nor needed does not');
      const before = await percent(page);
      assert.ok(before > 0, 'the profile already counts');

      // Tick by tapping the label (a real checkbox with an accessible name).
      await page.getByRole('checkbox', { name: /Commercial invoice/ }).check();
      await page.getByRole('checkbox', { name: /Packing list/ }).check();
      await waitForAttribute(page, '[data-testid=progress-overall]', 'data-percent', { above: before });
      const ticked = await percent(page);
      await page.locator('[data-item=npwp] input[type=checkbox]').uncheck();
      await page.locator('[data-item=packing-list] summary').tap();
      await page.locator('#note-packing-list').fill('Contoh dari fasilitator');
      await waitForStored(page, (doc) => doc.checklist.ticks['packing-list']?.note === 'Contoh dari fasilitator');

      await reload(page);
      await page.locator('[data-testid=progress-overall]').waitFor();
      assert.equal(await page.locator('[data-item=commercial-invoice]').getAttribute('data-done'), 'true');
      assert.equal(await page.locator('[data-item=npwp]').getAttribute('data-done'), 'false', 'her untick wins over the profile');
      assert.ok((await percent(page)) < ticked);
      await page.locator('[data-item=packing-list] summary').tap();
      assert.equal(await page.locator('#note-packing-list').inputValue(), 'Contoh dari fasilitator');

      const report = await page.locator('[data-testid=report-text]').textContent();
      assert.match(report, /Usaha: UD Kopi Ijen/);
      assert.match(report, /Produk: Kopi bubuk/);
      assert.match(report, /- Commercial invoice/);
      assert.match(report, /- Packing list/);
      assert.doesNotMatch(report, /- NPWP/);
      assert.match(report, /Langkah berikutnya: /);
      assert.match(report, /Akun marketplace: belum/);

      await page.locator('[data-testid=share-report]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=report-status]').textContent.trim() !== '');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), report);
      assert.match(await page.getAttribute('[data-testid=report-whatsapp]', 'href'), /^https:\/\/wa\.me\/\?text=Laporan%20Siap%20Ekspor/);
    }, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  });

  it('the marketplace guide ticks steps and records an account, which home and the report show', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/market?lang=en');
      const ec21 = page.locator('[data-testid=market-ec21]');
      await ec21.waitFor();
      // The page leads with EC21: its site is one tap away, and its steps and the form words jump into view.
      assert.equal(await ec21.locator('[data-testid=market-site]').getAttribute('href'), 'https://ec21.com');
      await page.locator('[data-testid=jump-glossary]').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'sec-glossary');
      await page.locator('[data-testid=jump-ec21]').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'steps-ec21' && document.activeElement.open);
      const steps = ec21.locator('[data-testid=steps-ec21] input[type=checkbox]');
      assert.ok((await steps.count()) >= 6);
      await steps.nth(0).check();
      await steps.nth(1).check();
      await page.waitForFunction(() => document.querySelector('[data-testid=steps-ec21] summary').textContent.includes('2 of'));
      await ec21.getByRole('checkbox', { name: 'I have an account on EC21' }).check();
      assert.ok((await page.locator('[data-testid=glossary] dt').count()) >= 40);

      await reload(page);
      await page.locator('[data-testid=steps-ec21] summary').waitFor();
      assert.ok((await page.locator('[data-testid=steps-ec21] summary').textContent()).includes('2 of'));
      await open(page, url, '#/');
      await page.waitForFunction(() => document.body.textContent.includes('Accounts: EC21'));
      await open(page, url, '#/checklist');
      await page.waitForFunction(() => document.querySelector('[data-testid=report-text]')?.textContent.includes('Marketplace account: yes (EC21)'));
      // The account counts as the B2B step done, marked as her work, until she answers herself.
      const b2b = page.locator('[data-testid=checklist-item][data-item=step-b2b]');
      assert.equal(await b2b.getAttribute('data-done'), 'true');
      await b2b.locator('[data-testid=from-work]').waitFor();
      await b2b.locator('input[type=checkbox]').uncheck();
      await waitForStored(page, (doc) => doc.checklist.ticks['step-b2b']?.done === false);
      assert.equal(await b2b.getAttribute('data-done'), 'false');
      assert.equal(await b2b.locator('[data-testid=from-work]').count(), 0);
    });
  });

  it('the report and the evaluation have a place of their own: from the home page and from the top of the checklist', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/');
      await page.locator('[data-testid=tool-report]').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'sec-report');
      assert.equal(await page.evaluate(() => location.hash), '#/checklist?to=report');
      await page.locator('[data-testid=jump-eval]').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'sec-eval');
      // On screen, below the sticky top bar rather than under it.
      const heading = await page.locator('#sec-eval').boundingBox();
      const bar = await page.locator('header.topbar').boundingBox();
      assert.ok(heading.y >= bar.y + bar.height - 1 && heading.y < 640, `the evaluation heading is in view: ${JSON.stringify({ heading, bar })}`);
    });
  });

  it('the evaluation sheet keeps ratings and comments and shares them as text', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/checklist');
      await page.locator('#rate-clarity-5').check();
      await page.locator('#rate-readiness-3').check();
      await page.locator('#eval-comments').fill('Tambah contoh harga CIF');
      await reload(page);
      await page.locator('[data-testid=evaluation-text]').waitFor();
      const text = await page.locator('[data-testid=evaluation-text]').textContent();
      assert.match(text, /Materi mudah dipahami: 5\/5/);
      assert.match(text, /Saya siap mencoba ekspor: 3\/5/);
      assert.match(text, /Saran: Tambah contoh harga CIF/);
      assert.ok(await page.locator('#rate-clarity-5').isChecked());
    });
  });

  it('prints the checklist without the app chrome', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/checklist');
      await page.locator('[data-testid=checklist-item]').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['nav.tabbar', '.topbar', '[data-testid=share-report]']) {
        assert.equal(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display), 'none', selector);
      }
      assert.ok(await page.locator('[data-testid=checklist-item]').first().isVisible());
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000, 'a PDF is produced');
    });
  });

  it('the home page shows checklist progress and the next step in one tap', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/');
      await page.locator('[data-testid=next-step]').waitFor();
      assert.equal(await page.getAttribute('[data-testid=continue]', 'href'), '#/profile', 'an empty profile comes first');
      await open(page, url, '#/profile');
      await page.locator('#business-name').fill('CV Rotan Jaya');
      await page.locator('[data-testid=add-product]').tap();
      await page.locator('[data-testid=product] input[type=text]').first().fill('Kursi rotan');
      await open(page, url, '#/');
      await page.waitForFunction(() => document.querySelector('[data-testid=continue]')?.getAttribute('href') !== '#/profile');
      const next = (await page.locator('[data-testid=next-step]').textContent()).trim();
      assert.ok(next.length > 0);
      await page.locator('[data-testid=continue]').tap();
      await page.waitForFunction(() => location.hash !== '#/');
    });
  });
});
