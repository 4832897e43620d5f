// Every select shows what the state holds, which is what the results are computed
// with. Before the fix a fresh calculator showed "USD", "Multimoda" and "Nilai FOB" (the last
// options) while it priced in rupiah, by sea, with duty on the CIF value.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, reload, servedApp, waitForStored, withApp } from './helpers.mjs';

/** Each calculator select's value beside what the results say they used. */
async function shownAndUsed(page) {
  return page.evaluate(() => {
    const results = document.querySelector('[data-testid=results]');
    // The line, or the note saying why there is none yet: both name the rule they are for.
    const line = document.querySelector('[data-testid=quote-line], [data-testid=quote-line-missing]');
    return {
      shown: {
        currency: document.querySelector('#calc-cur').value,
        mode: document.querySelector('#calc-mode').value,
        basis: document.querySelector('#calc-basis').value,
        rule: document.querySelector('[data-testid=quote-rule]').value,
      },
      used: {
        currency: results?.dataset.currency,
        mode: results?.dataset.mode,
        basis: results?.dataset.basis,
        rule: line?.dataset.rule,
      },
    };
  });
}

async function assertSelectsMatch(page, expected, what) {
  // The line (or why there is none) comes once the glossary has loaded, for its English unit.
  await page.waitForFunction((want) => {
    const results = document.querySelector('[data-testid=results]');
    const line = document.querySelector('[data-testid=quote-line], [data-testid=quote-line-missing]');
    return results && results.dataset.currency === want.currency && results.dataset.mode === want.mode
      && results.dataset.basis === want.basis && line?.dataset.rule === want.rule;
  }, expected);
  const { shown, used } = await shownAndUsed(page);
  assert.deepEqual(shown, used, `${what}: the selects show what the prices use`);
  assert.deepEqual(used, expected, what);
}

describe('selects show the state', () => {
  const app = servedApp();

  it('the calculator shows the currency, mode, duty basis and rule it prices with, fresh, after changes, a reload, a saved quote and a cleared form', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/incoterms');
      await page.locator('#calc-exw').fill('10.000.000');
      await page.locator('#calc-freight').fill('2.000.000');
      await assertSelectsMatch(page, { currency: 'IDR', mode: 'sea', basis: 'cif', rule: 'FOB' }, 'fresh');

      await page.selectOption('#calc-cur', 'USD');
      await page.selectOption('#calc-mode', 'air');
      await page.selectOption('#calc-basis', 'fob');
      await page.selectOption('[data-testid=quote-rule]', 'CPT');
      await assertSelectsMatch(page, { currency: 'USD', mode: 'air', basis: 'fob', rule: 'CPT' }, 'picked');

      await page.locator('[data-testid=quote-save]').tap();
      await waitForStored(page, (doc) => doc.calculator.saved.length === 1 && doc.calculator.form.mode === 'air');
      await reload(page);
      await assertSelectsMatch(page, { currency: 'USD', mode: 'air', basis: 'fob', rule: 'CPT' }, 'after a reload');

      // Changed by the app, not by her pick: opening a saved quote and clearing the form.
      await page.selectOption('#calc-mode', 'road');
      await page.selectOption('[data-testid=quote-rule]', 'DAP');
      await page.locator('[data-testid=saved-open]').tap();
      await assertSelectsMatch(page, { currency: 'USD', mode: 'air', basis: 'fob', rule: 'CPT' }, 'a saved quote opened');

      await page.locator('[data-testid=clear-form]').tap();
      await page.locator('[data-testid=clear-yes]').tap();
      await page.locator('[data-testid=results-empty]').waitFor();
      await page.locator('#calc-exw').fill('5.000.000');
      await assertSelectsMatch(page, { currency: 'IDR', mode: 'sea', basis: 'cif', rule: 'CPT' }, 'a cleared form');

      // A link sets them too, an unknown code shows the choice used with its error.
      await open(page, url, '#/incoterms?cur=USD&exw=100&mode=ship&basis=fob');
      // Over her own numbers (the 5.000.000 above) the link asks first.
      await page.locator('[data-testid=link-open]').tap();
      await page.locator('[data-testid=error-mode]').waitFor();
      await assertSelectsMatch(page, { currency: 'USD', mode: 'sea', basis: 'fob', rule: 'CPT' }, 'a link');
    });
  });

  it('the profile and the listing builder show their stored choices', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      assert.equal(await page.inputValue('#region'), '');
      await page.selectOption('#region', '3507');
      await waitForStored(page, (doc) => doc.profile.region?.code === '3507');
      await reload(page);
      assert.equal(await page.inputValue('#region'), '3507');

      await open(page, url, '#/describe');
      await page.locator('[data-testid=listing-new]').tap();
      await page.locator('[data-testid=listing-title]').waitFor();
      // Fresh: USD (what the price line uses), no Incoterm, the generic marketplace.
      assert.equal(await page.inputValue('#listing-currency'), 'USD');
      assert.equal(await page.inputValue('#listing-incoterm'), '');
      assert.equal(await page.inputValue('[data-testid=marketplace]'), 'generic');
      await page.locator('#listing-price').fill('5,80');
      await page.waitForFunction(() => document.querySelector('[data-testid=listing-price-line]')?.textContent.startsWith('USD 5.80'));
      await page.selectOption('#listing-currency', 'IDR');
      await page.selectOption('#listing-incoterm', 'FOB');
      await page.waitForFunction(() => document.querySelector('[data-testid=listing-price-line]')?.textContent.includes('FOB'));
      await page.locator('[data-testid=listing-new]').tap();
      await page.waitForFunction(() => document.querySelectorAll('#listing-current option').length === 2);
      // The new listing is current, and its selects show its own (empty) choices.
      assert.equal(await page.inputValue('#listing-incoterm'), '');
      assert.equal(await page.inputValue('#listing-currency'), 'USD');
      const [first] = await page.locator('#listing-current option').evaluateAll((os) => os.map((o) => o.value));
      await page.selectOption('#listing-current', first);
      await page.waitForFunction(() => document.querySelector('#listing-incoterm').value === 'FOB');
      assert.equal(await page.inputValue('#listing-currency'), 'IDR');
    });
  });
});
