// The Incoterms calculator as a business owner meets it on her phone: a share link from the
// workshop chat, Indonesian-format numbers typed by thumb, a typo, air freight, and the quote line
// she copies and keeps.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, reload, servedApp, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

// The calculator's reference link; hand calculation in tests/domain_incoterms.rs and docs/design.md.
const ISSUE_LINK = '#/incoterms?cur=USD&qty=100&exw=10000&load=150&inland=100&clear=120&thc=0&freight=1200'
  + '&ins=0.3&ins_a=0.5&dthc=0&oncarriage=0&unload=80&broker=150&duty=5&vat=21&basis=cif&mode=sea&rate=16250';

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

const amount = (page, rule) => page.getAttribute(`[data-testid=quote-${rule}]`, 'data-amount');

async function type(page, key, text) {
  await page.locator(`#calc-${key}`).fill(text);
}

describe('incoterms calculator', () => {
  const app = servedApp();

  it('a share link fills the form and prices every rule, and the calculation survives a reload', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, ISSUE_LINK);
      await waitForAttribute(page, '[data-testid=quote-CIF]', 'data-amount', { equals: '11608.31' });
      const expected = {
        EXW: '10000.00', FCA: '10370.00', FAS: '10370.00', FOB: '10370.00', CFR: '11570.00', CIF: '11608.31',
        CPT: '11570.00', DAP: '11570.00', DPU: '11650.00',
      };
      for (const [rule, value] of Object.entries(expected)) assert.equal(await amount(page, rule), value, rule);
      assert.match(await amount(page, 'CIP'), /^\d+\.\d{2}$/);
      assert.match(await amount(page, 'DDP'), /^\d+\.\d{2}$/);
      assert.equal(await page.locator('#calc-exw').inputValue(), '10000');
      await page.locator('[data-testid=link-status]').waitFor();
      // The address no longer carries the link, so a reload keeps what she types next.
      await page.waitForFunction(() => location.hash === '#/incoterms');
      await type(page, 'freight', '1300');
      await waitForAttribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '11670.00' });
      await waitForStored(page, (doc) => doc.calculator.form.freight === '1300');
      await reload(page);
      await waitForAttribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '11670.00' });
      assert.equal(await page.locator('[data-testid=mode-warning]').count(), 0);
    });
  });

  it('takes rupiah typed the Indonesian way, and a typo withholds only what depends on it', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/incoterms');
      await page.locator('[data-testid=results-empty]').waitFor();
      await page.selectOption('#calc-cur', 'IDR');
      await type(page, 'exw', '350.000.000');
      await type(page, 'load', 'Rp 1.500.000');
      await type(page, 'inland', '2.000.000');
      await type(page, 'clear', '750.000');
      await type(page, 'thc', '1.250.000');
      await type(page, 'freight', '12.500.000,50');
      await type(page, 'qty', '2.000');
      await type(page, 'unit', 'kg');
      // 350,000,000 + 1,500,000 + 2,000,000 + 750,000 + 1,250,000 = 355,500,000
      await waitForAttribute(page, '[data-testid=quote-FOB]', 'data-amount', { equals: '355500000.00' });
      await waitForAttribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '368000000.50' });
      assert.match(await page.locator('[data-testid=quote-FOB]').textContent(), /Rp 355\.500\.000/);
      // Per kg: 355,500,000 / 2,000 = 177,750
      assert.match(await page.locator('[data-testid=quote-FOB]').textContent(), /Rp 177\.750/);

      // "12,5 juta" is how she writes twelve and a half million; the page says how it read it.
      // 355,500,000 + 12,500,000 = 368,000,000
      await type(page, 'freight', '12,5 juta');
      await attribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '368000000.00' });
      assert.equal((await page.locator('[data-testid=read-freight]').textContent()).trim(), 'Dibaca: Rp 12.500.000');
      await type(page, 'freight', '12,5 jota');
      await page.locator('[data-testid=error-freight]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid=quote-CFR]').hasAttribute('data-amount'));
      assert.equal(await amount(page, 'FOB'), '355500000.00', 'what does not depend on freight stays priced');
      await type(page, 'freight', '-5');
      await page.locator('[data-testid=error-freight]').waitFor();
      await type(page, 'ins', '95');
      await page.locator('[data-testid=error-ins]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid=quote-CIF]').hasAttribute('data-amount'));
      await type(page, 'exw', '99999999999999999999');
      await page.locator('[data-testid=error-exw]').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid=quote-EXW]'));
    });
  });

  it('warns about the sea-only rules with air, road and rail, and suggests the rule to use', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, ISSUE_LINK);
      await waitForAttribute(page, '[data-testid=quote-FOB]', 'data-amount', { equals: '10370.00' });
      for (const mode of ['air', 'road', 'rail']) {
        await page.selectOption('#calc-mode', mode);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=mode-warning]').length === 4);
        for (const [rule, instead] of [['FAS', 'FCA'], ['FOB', 'FCA'], ['CFR', 'CPT'], ['CIF', 'CIP']]) {
          const text = await page.locator(`[data-testid=quote-${rule}] [data-testid=mode-warning]`).textContent();
          assert.ok(text.includes(instead), `${rule} with ${mode} suggests ${instead}: ${text}`);
        }
      }
      await page.selectOption('#calc-mode', 'sea');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=mode-warning]').length === 0);
      assert.equal(await page.locator('[data-testid=exw-warning]').count(), 1);
    });
  });

  it('builds the price line, copies it, saves it, and reopens it after a reload', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, `${ISSUE_LINK}&unit=kg&from=Tanjung%20Perak%2C%20Surabaya&to=Tokyo`);
      await page.selectOption('[data-testid=quote-rule]', 'FOB');
      await page.locator('#quote-min-order').fill('500');
      const line = page.locator('[data-testid=quote-line]');
      await page.waitForFunction(() => document.querySelector('[data-testid=quote-line]')?.textContent.includes('min. order 500 kg'));
      assert.equal((await line.textContent()).trim(), 'USD 103.70/kg FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 kg');
      assert.match(await page.getAttribute('[data-testid=quote-whatsapp]', 'href'), /^https:\/\/wa\.me\/\?text=USD%20103\.70/);

      await page.locator('[data-testid=quote-copy]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=quote-status]').textContent.trim() !== '');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), (await line.textContent()).trim());

      await page.locator('[data-testid=quote-save]').tap();
      await page.locator('[data-testid=saved-quote]').waitFor();
      await waitForStored(page, (doc) => doc.calculator.saved.length === 1);
      await page.selectOption('[data-testid=quote-rule]', 'CIF');
      await type(page, 'freight', '2000');
      await reload(page);
      await page.locator('[data-testid=saved-quote] [data-testid=saved-open]').tap();
      await waitForAttribute(page, '[data-testid=quote-CFR]', 'data-amount', { equals: '11570.00' });
      await page.waitForFunction(() => document.querySelector('[data-testid=quote-rule]').value === 'FOB');
      await page.locator('[data-testid=saved-delete]').tap();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=saved-quote]').length === 0);
    }, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  });

  it('asks in the page before clearing the form (no window.confirm), and Cancel keeps every field', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      // One tap used to erase the whole calculation. A sandboxed iframe refuses
      // window.confirm(), so the question is asked in the page; any dialog fails this test.
      const dialogs = [];
      page.on('dialog', (dialog) => { dialogs.push(dialog.type()); dialog.dismiss(); });
      await open(page, url, ISSUE_LINK);
      await attribute(page, '[data-testid=quote-CIF]', 'data-amount', { equals: '11608.31' });
      await page.locator('[data-testid=quote-save]').tap();
      await page.locator('[data-testid=saved-quote]').waitFor();

      await page.locator('[data-testid=clear-form]').tap();
      await page.locator('[data-testid=clear-confirm] [role=alert]').waitFor();
      assert.match(await page.locator('[data-testid=clear-confirm]').textContent(), /Kosongkan semua isian kalkulator\?/);
      assert.equal(await page.inputValue('#calc-exw'), '10000', 'asking clears nothing');
      await page.locator('[data-testid=clear-no]').tap();
      await page.waitForFunction(() => !document.querySelector('[data-testid=clear-confirm]'));
      assert.equal(await page.inputValue('#calc-exw'), '10000');
      assert.equal(await page.getAttribute('[data-testid=quote-CIF]', 'data-amount'), '11608.31');

      await page.locator('[data-testid=clear-form]').tap();
      await page.locator('[data-testid=clear-yes]').tap();
      await page.locator('[data-testid=results-empty]').waitFor();
      assert.equal(await page.inputValue('#calc-exw'), '');
      assert.equal(await page.inputValue('#calc-freight'), '');
      assert.equal((await page.locator('[data-testid=quote-status]').textContent()).trim(), 'Formulir dikosongkan.');
      assert.equal(await page.locator('[data-testid=saved-quote]').count(), 1, 'saved quotes stay');
      await waitForStored(page, (doc) => doc.calculator.form.exw === '' && doc.calculator.saved.length === 1);
      assert.deepEqual(dialogs, []);
    });
  });

  it('a link with garbage says so per field and prices nothing from it', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/incoterms?cur=EUR&exw=1e6&ins=abc&mode=ship&qty=-3');
      await page.locator('[data-testid=link-status]').waitFor();
      for (const key of ['cur', 'exw', 'ins', 'mode', 'qty']) await page.locator(`[data-testid=error-${key}]`).waitFor();
      assert.equal(await page.locator('[data-amount]').count(), 0);
      await open(page, url, '#/incoterms?lang=en&cur=USD&exw=1,500,000.50');
      await waitForAttribute(page, '[data-testid=quote-EXW]', 'data-amount', { equals: '1500000.50' });
    });
  });
});
