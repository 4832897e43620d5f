// The listing builder on a phone: she fills the form in her words, reads the English, edits the
// title and sees the marketplace's findings change as she types, copies it, reloads: still there.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, reload, servedApp, waitForStored, withApp } from './helpers.mjs';

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


const rules = (page) => page.locator('[data-testid=lint-finding]').evaluateAll((els) => els.map((e) => e.dataset.rule));

describe('listing builder', () => {
  const app = servedApp();

  it('writes an English listing from Indonesian words, checks it per marketplace, copies it and keeps it', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/describe');
      await page.locator('[data-testid=listing-new]').tap();
      await page.locator('[data-testid=listing-title]').waitFor();
      const empty = await rules(page);
      for (const rule of ['missing-name', 'missing-moq', 'missing-price', 'missing-payment', 'missing-delivery']) {
        assert.ok(empty.includes(rule), `an empty draft reports ${rule}: ${empty}`);
      }
      const before = Number(await page.getAttribute('[data-testid=listing-score]', 'data-score'));

      await page.locator('#listing-name').fill('kursi rotan');
      await page.locator('#listing-material').fill('rotan alami');
      await page.locator('#listing-size').fill('45 x 50 x 90 cm');
      await page.locator('#process-handmade').check();
      await page.locator('#listing-moq').fill('50');
      await page.locator('#listing-moq_unit').fill('pcs');
      await page.locator('#listing-price').fill('35');
      await page.locator('#listing-price_unit').fill('pcs');
      await page.selectOption('#listing-incoterm', 'FOB');
      await page.locator('#listing-place').fill('Tanjung Perak, Surabaya');
      await page.locator('#pay-tt_advance').check();
      await page.locator('#listing-delivery_days').fill('30');
      await page.waitForFunction(() => document.querySelector('[data-testid=listing-title]').value.includes('Rattan Chair'));
      assert.equal(await page.inputValue('[data-testid=listing-title]'), 'Handmade Natural Rattan Chair, 45 x 50 x 90 cm');
      await page.locator('[data-testid=no-findings]').waitFor();
      assert.ok(Number(await page.getAttribute('[data-testid=listing-score]', 'data-score')) > before);
      assert.match(await page.locator('[data-testid=listing-price-line]').textContent(), /USD 35\.00\/piece FOB Tanjung Perak, Surabaya|USD 35\.00\/pcs FOB Tanjung Perak, Surabaya/);
      assert.match(await page.locator('[data-testid=listing-full]').textContent(), /Minimum order/);

      // Amazon's rules, as she edits the title.
      await page.selectOption('[data-testid=marketplace]', 'amazon');
      await page.locator('[data-testid=listing-title]').fill('Best Seller!! Kursi Rotan call +62 812 3456 7890');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=lint-finding]').length >= 3);
      const found = await rules(page);
      for (const rule of ['promo-phrase', 'banned-char', 'contact-in-title', 'untranslated-word']) {
        assert.ok(found.includes(rule), `${rule} in ${found}`);
      }
      await page.locator('[data-testid=listing-title]').fill('<script>alert(1)</script> Handmade Rattan Chair');
      await page.waitForFunction(() => !document.querySelector('[data-rule=contact-in-title]'));

      await page.locator('[data-testid=copy-full]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=listing-status]').textContent.trim() !== '');
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /rattan chair/i);

      await waitForStored(page, (doc) => doc.listings.drafts.length === 1 && doc.listings.drafts[0].draft.marketplace === 'amazon');
      await reload(page);
      await page.locator('[data-testid=listing-title]').waitFor();
      assert.equal(await page.inputValue('[data-testid=listing-title]'), '<script>alert(1)</script> Handmade Rattan Chair');
      assert.equal(await page.inputValue('[data-testid=marketplace]'), 'amazon');
      assert.equal(await page.inputValue('#listing-name'), 'kursi rotan');
      assert.match(await page.locator('[data-testid=reply-quotation]').textContent(), /FOB/);
    }, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  });

  it('countries and ports are names, a half-known phrase is not half-translated, and the score is not full while a finding asks for a fix', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      // As a review of the workshop journey met it.
      await open(page, url, '#/describe');
      await page.locator('[data-testid=listing-new]').tap();
      await page.locator('[data-testid=listing-title]').waitFor();
      for (const [key, value] of [['name', 'keripik tempe'], ['brand', 'Dapur Bu Sri'], ['material', 'tempe, minyak kelapa, garam'],
        ['weight', '100 g'], ['origin', 'Malang'], ['packaging', 'kantong'], ['moq', '50'], ['moq_unit', 'karton'],
        ['price', '25'], ['price_unit', 'karton'], ['place', 'Tanjung Perak, Surabaya'], ['delivery_days', '14'],
        ['capacity', '200'], ['capacity_unit', 'karton'], ['target_market', 'Malaysia, Singapore']]) {
        await page.locator(`#listing-${key}`).fill(value);
      }
      await page.selectOption('#listing-incoterm', 'FOB');
      await page.locator('#cert-halal').check();
      await page.locator('#pay-tt_advance').check();
      await page.locator('label[for=sample-free_sample]').tap();
      // Malaysia and Singapore are names, not untranslated words: nothing to fix, and 100.
      await page.locator('[data-testid=no-findings]').waitFor();
      await attribute(page, '[data-testid=listing-score]', 'data-score', { equals: '100' });
      assert.match(await page.locator('[data-testid=listing-specs]').textContent(), /Target markets\s*Malaysia, Singapore/);

      // "minyak sawit" is palm oil, never "oil sawit".
      await page.locator('#listing-material').fill('tempe, minyak sawit, garam');
      await page.waitForFunction(() => document.querySelector('[data-testid=listing-full]').textContent.includes('palm oil'));
      assert.doesNotMatch(await page.locator('[data-testid=listing-full]').textContent(), /oil sawit/i);

      // A word the glossary does not know after a noun it knows: the phrase is reported whole, and
      // the score drops below 100 while the finding stands.
      await page.locator('#listing-name').fill('keripik tempe goyang');
      await page.locator('[data-rule=untranslated-word]').waitFor();
      await attribute(page, '[data-testid=listing-score]', 'data-score', { below: 100 });
      assert.match(await page.locator('[data-rule=untranslated-word]').textContent(), /keripik tempe goyang/);
      assert.doesNotMatch(await page.inputValue('[data-testid=listing-title]'), /Tempeh Chips Goyang/);
    });
  });
});
