// The price a keripik tempe maker in Malang sends a foreign buyer, as a review of the workshop journey met it: her costs in
// rupiah, the forwarder's sea freight in dollars, the line for the buyer in dollars per pack with
// the minimum order, carried into the listing and the replies. In Indonesian, at 360×640.
//
// Hand calculation (tests/domain_listing.rs and tests/domain_incoterms.rs say the same):
// FOB = 15.000.000 + 250.000 + 1.000.000 + 500.000 + 500.000 = Rp 17.250.000 for 1.000 bungkus;
// freight USD 400 × Rp 16.250 = Rp 6.500.000, CFR = Rp 23.750.000 (not Rp 17.250.400);
// FOB in dollars 17.250.000 / 16.250 = USD 1,061.54, per pack 1.06.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, servedApp, waitForStored, withApp } from './helpers.mjs';

/**
 * Waits until the first `selector`'s attribute `name` meets `test`: `{ equals: text }` or
 * `{ below: number }`. Defined here, page-side with plain data, so that it does not depend on the
 * shape of the shared helper's predicate.
 */
const attribute = (page, selector, name, test) => page.waitForFunction(({ selector, name, test }) => {
  const value = document.querySelector(selector)?.getAttribute(name);
  if (value === null || value === undefined) return false;
  return 'equals' in test ? value === test.equals : Number(value) < test.below;
}, { selector, name, test });


const ISSUE_LINK = '#/incoterms?cur=USD&qty=100&exw=10000&load=150&inland=100&clear=120&thc=0&freight=1200'
  + '&ins=0.3&dthc=0&oncarriage=0&unload=80&broker=150&duty=5&vat=21&basis=cif&mode=sea&rate=16250';

const text = async (page, selector) => (await page.locator(selector).textContent()).trim();

describe('the quote she sends', () => {
  const app = servedApp();

  it('rupiah costs and dollar freight reach the buyer in dollars per pack with the minimum order, in the calculator, the listing and the replies', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      // Her product, in her profile.
      await open(page, url, '#/profile');
      await page.locator('[data-testid=add-product]').tap();
      await page.locator('[data-testid=product]').first().getByLabel('Nama produk', { exact: true }).fill('Keripik tempe');
      await waitForStored(page, (doc) => doc.profile.products.some((p) => p.name === 'Keripik tempe'));

      await open(page, url, '#/incoterms');
      for (const [key, value] of [['qty', '1.000'], ['unit', 'bungkus'], ['exw', '15 juta'], ['load', '250.000'],
        ['inland', '1.000.000'], ['clear', '500.000'], ['thc', '500.000'], ['from', 'Tanjung Perak, Surabaya']]) {
        await page.locator(`#calc-${key}`).fill(value);
      }
      await attribute(page, '[data-testid=quote-FOB]', 'data-amount', { equals: '17250000.00' });
      assert.equal(await text(page, '[data-testid=read-exw]'), 'Dibaca: Rp 15.000.000');

      // Bug 2: the forwarder's "400" typed into a rupiah line is flagged.
      await page.locator('#calc-freight').fill('400');
      await page.locator('[data-testid=small-freight]').waitFor();
      assert.match(await text(page, '[data-testid=small-freight]'), /^Rp 400 kurang dari satu dolar AS/);
      // Bug 3: no rate, no dollar line: she is told what to enter.
      await page.locator('[data-testid=quote-line-missing][data-reason=rate]').waitFor();

      // The line is in dollars: without a rate it cannot be added, with one it is converted.
      await page.selectOption('#calc-freight_cur', 'USD');
      await page.locator('[data-testid=error-freight]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid=quote-CFR]').hasAttribute('data-amount'));
      await page.locator('#calc-rate').fill('16.250');
      await attribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '23750000.00' });
      assert.equal(await text(page, '[data-testid=converted-freight]'), 'USD 400,00 dengan kurs Rp 16.250 per USD = Rp 6.500.000');
      assert.equal(await page.locator('[data-testid=small-freight]').count(), 0);

      // Bug 4: DAP waits for the destination costs; an explicit 0 prices it.
      const dap = '[data-testid=quote-DAP] [data-testid=needs-costs]';
      await page.locator(dap).waitFor();
      assert.equal(await page.getAttribute(dap, 'data-fields'), 'dthc oncarriage');
      assert.equal(await page.getAttribute('[data-testid=quote-DAP]', 'data-amount'), null);
      await page.locator('#calc-dthc').fill('0');
      await page.locator('#calc-oncarriage').fill('0');
      await attribute(page, '[data-testid=quote-DAP]', 'data-amount', { equals: '23750000.00' });

      // Bugs 3 and 5: the buyer's line, in dollars per pack, with the minimum order, for her product.
      await page.selectOption('[data-testid=quote-product]', { label: 'Keripik tempe' });
      await page.locator('#quote-min-order').fill('500');
      const line = 'USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 packs';
      await page.waitForFunction((want) => document.querySelector('[data-testid=quote-line]')?.textContent === want, line);
      assert.equal(await page.getAttribute('[data-testid=quote-line]', 'data-currency'), 'USD');
      assert.match(await text(page, '[data-testid=quote-converted]'), /^Dihitung dari biaya dalam IDR dengan kurs Rp 16\.250 per USD \(dicatat \d{4}-\d{2}-\d{2}\)\.$/);

      // The share link carries the minimum order and the freight's currency.
      await page.locator('[data-testid=copy-link]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=quote-status]').textContent.trim() !== '');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(link, /[?&]moq=500(&|$)/);
      assert.match(link, /[?&]freight_cur=USD(&|$)/);

      await page.locator('[data-testid=quote-save]').tap();
      await page.locator('[data-testid=saved-product]').waitFor();
      assert.equal(await text(page, '[data-testid=saved-product]'), 'Untuk: Keripik tempe');
      await waitForStored(page, (doc) => doc.calculator.saved.length === 1 && doc.calculator.saved[0].form.moq === '500');

      // The listing builder takes the quote: dollars, the minimum order, and the English unit.
      await open(page, url, '#/describe');
      await page.locator('[data-testid=listing-new]').tap();
      await page.locator('[data-testid=listing-title]').waitFor();
      await page.locator('#listing-name').fill('keripik tempe');
      const option = await page.locator('#listing-from-quote option').nth(1);
      assert.equal((await option.textContent()).trim(), `Keripik tempe: ${line}`);
      await page.selectOption('#listing-from-quote', { index: 1 });
      await page.waitForFunction(() => document.querySelector('#listing-price').value === '1.06');
      assert.equal(await page.inputValue('#listing-currency'), 'USD');
      assert.equal(await page.inputValue('#listing-moq'), '500');
      assert.equal(await page.inputValue('#listing-moq_unit'), 'bungkus');
      assert.equal(await page.inputValue('#listing-incoterm'), 'FOB');
      assert.equal(await page.inputValue('#listing-from-quote'), '', 'the pick list goes back to its prompt');
      await page.waitForFunction(() => document.querySelector('[data-testid=listing-price-line]')?.textContent
        === 'USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020)');
      const quotation = await text(page, '[data-testid=reply-quotation] pre');
      assert.match(quotation, /- Price: USD 1\.06\/pack FOB Tanjung Perak, Surabaya/);
      assert.match(quotation, /- Minimum order: 500 packs/);
      for (const reply of ['thanks', 'quotation']) {
        const body = await text(page, `[data-testid=reply-${reply}] pre`);
        assert.doesNotMatch(body, /IDR|Rp|bungkus/, `${reply}: ${body}`);
      }

      // Whoever opens the link sees the same calculation, minimum order included.
      await open(page, url, link.slice(link.indexOf('#')));
      await page.waitForFunction(() => document.querySelector('#quote-min-order').value === '500');
      await attribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '23750000.00' });
      assert.equal(await page.inputValue('#calc-freight_cur'), 'USD');
    }, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  });

  it('FAS takes the cost of bringing the goods alongside, and CIP says which insurance rate it used', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, ISSUE_LINK);
      await attribute(page, '[data-testid=quote-FAS]', 'data-amount', { equals: '10370.00' });
      // No clauses A rate: CIP is priced with the clauses C rate, and says so beside its price.
      const note = '[data-testid=quote-CIP] [data-testid=cip-rate-note]';
      await page.locator(note).waitFor();
      assert.match(await text(page, note), /tarif klausul C \(0,3%\)/);
      await attribute(page, '[data-testid=quote-CIP]', 'data-amount', { equals: '11608.31' });

      // FAS = FCA 10,370 + 80 = 10,450; FOB (THC 0) too; CPT 11,650; CIP at 0.5 % =
      // 11,650 / (1 − 0.0055) = 11,714.429… → 11,714.43.
      await page.locator('#calc-alongside').fill('80');
      await attribute(page, '[data-testid=quote-FAS]', 'data-amount', { equals: '10450.00' });
      assert.equal(await page.getAttribute('[data-testid=quote-FCA]', 'data-amount'), '10370.00');
      assert.equal(await page.getAttribute('[data-testid=quote-FOB]', 'data-amount'), '10450.00');
      await page.locator('#calc-ins_a').fill('0,5');
      await attribute(page, '[data-testid=quote-CIP]', 'data-amount', { equals: '11714.43' });
      assert.equal(await page.locator(note).count(), 0);
    });
  });
});
