// The whole workshop journey as she lives it, in Indonesian on a 360×640 phone, tapping and typing:
// a keripik tempe and kopi bubuk maker in Malang fills her profile, is led from it to checking her
// products, prices a shipment, writes an English listing from the saved quote, opens an EC21
// account, sends the report, keeps a backup, and goes on offline. It asserts the numbers she
// would send (the buyer's line in dollars per pack, the minimum order carried over, DAP empty
// until its costs are typed), the steps her work counts, and that no page speaks the other language.
//
// The price (tests/domain_incoterms.rs works the same numbers by hand): FOB = 15.000.000 + 250.000
// + 1.000.000 + 500.000 + 500.000 = Rp 17.250.000 for 1.000 bungkus = USD 1,061.54 at Rp 16.250,
// USD 1.06 per pack.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

import { ROOT, downloadText, open, reload, servedApp, storedData, waitForController, waitForStored, withApp } from './helpers.mjs';

const first = '[data-testid=commodity-result] >> nth=0';

/** Waits until `selector`'s attribute `name` is `value`. */
const attributeIs = (page, selector, name, value) => page.waitForFunction(
  ({ selector, name, value }) => document.querySelector(selector)?.getAttribute(name) === value,
  { selector, name, value },
);

/** Waits until `selector`'s text content (trimmed) is `want`. */
const textIs = (page, selector, want) => page.waitForFunction(
  ({ selector, want }) => document.querySelector(selector)?.textContent.trim() === want,
  { selector, want },
);

/** Taps a tab of the bottom bar by its visible name. */
async function tab(page, name) {
  await page.locator('nav.tabbar').getByRole('link', { name, exact: true }).tap();
}

/** Opens a tool from the menu, as she would: the menu button, then the tool's name. */
async function fromMenu(page, slug) {
  await page.locator('[data-testid=menu-button]').tap();
  await page.locator(`#all-tools [data-testid=nav-${slug}]`).tap();
  await page.waitForFunction((slug) => location.hash.startsWith(`#/${slug}`), slug);
  await page.locator('main h1').waitFor();
}

/**
 * Words of one language that a page in the other must not show, outside what is marked as the
 * other language (`lang` attributes: the English listing, the form words' English, a document's
 * sheet) and outside what she typed herself (her products' and business's names). Short,
 * common words, so that a leaked sentence is caught whatever it says.
 */
/** The Incoterms® rules' official English names, which the Indonesian calculator shows with a gloss. */
const INCOTERM_NAMES = ['Ex Works', 'Free Carrier', 'Free Alongside Ship', 'Free On Board', 'Cost and Freight',
  'Cost, Insurance and Freight', 'Carriage Paid To', 'Carriage and Insurance Paid To', 'Delivered at Place Unloaded',
  'Delivered at Place', 'Delivered Duty Paid'];

const LEAKS = {
  id: ['the', 'and', 'your', 'you', 'with', 'for', 'from', 'this', 'not', 'yet', 'check', 'source', 'step', 'steps', 'save', 'price'],
  en: ['dan', 'yang', 'untuk', 'dengan', 'tidak', 'belum', 'sudah', 'Anda', 'atau', 'dari', 'ini', 'bila', 'tentang', 'langkah', 'simpan', 'harga'],
};

/** Official names quoted as published: not the other language (the file says why). */
const OFFICIAL_NAMES = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/official-names.json'), 'utf8')).names;

/** The visible text of the page's main area and chrome, without subtrees marked in another language or given inputs. */
async function pageText(page, lang) {
  return page.evaluate((lang) => {
    const root = document.body.cloneNode(true);
    for (const el of root.querySelectorAll('[lang]')) if (el.getAttribute('lang') !== lang) el.remove();
    for (const el of root.querySelectorAll('script, style, textarea, input, select, noscript, [hidden]')) el.remove();
    return root.textContent;
  }, lang);
}

/** Fails when the page shows a word of the other language (her own words, `mine`, removed first). */
async function assertNoLeak(page, lang, where, mine) {
  let text = await pageText(page, lang);
  for (const name of [...mine, ...OFFICIAL_NAMES, ...INCOTERM_NAMES]) text = text.split(name).join(' ');
  const words = new Set(text.split(/[^\p{L}]+/u).filter(Boolean));
  const other = lang === 'id' ? LEAKS.id : LEAKS.en;
  const leaked = other.filter((w) => words.has(w) || words.has(w[0].toUpperCase() + w.slice(1)));
  if (leaked.length > 0) {
    const sentence = (w) => text.split(/(?<=[.!?:])\s+/).find((s) => new RegExp(`\\b${w}\\b`, 'i').test(s))?.trim().slice(0, 200);
    assert.fail(`${where} (${lang}) shows ${leaked.map((w) => `"${w}" in: ${sentence(w)}`).join('; ')}`);
  }
}

describe('the workshop journey', () => {
  const app = servedApp();

  it('from her profile to a backup and offline use, the numbers she sends are right and her work counts', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await open(page, url, '#/');
      await waitForController(page);
      assert.deepEqual(page.viewportSize(), { width: 360, height: 640 });

      // 1. The profile, from the tab bar, typed as she would.
      await tab(page, 'Profil usaha');
      await page.locator('#business-name').fill('UD Sumber Rejeki');
      await page.locator('#owner-name').fill('Ibu Sri');
      await page.selectOption('#region', '3507'); // Kabupaten Malang
      await page.locator('[data-testid=add-product]').tap();
      // A new product's name field takes the keyboard.
      await page.waitForFunction(() => document.activeElement?.id?.endsWith('-name') && document.activeElement.id.startsWith('product-'));
      await page.keyboard.type('Keripik tempe');
      await page.locator('[data-testid=add-product]').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'product-1-name');
      await page.keyboard.type('Kopi bubuk');
      await page.locator('label[for=doc-npwp]').tap();
      await page.locator('label[for=doc-nib]').tap();
      await page.locator('label[for=exp-not_yet]').tap();
      await page.locator('label[for=channel-email]').tap();
      assert.equal(await page.locator('[data-testid=profile-next]').count(), 0, 'no next step while the sheet is incomplete');
      await page.locator('#goals').fill('Menjual keripik tempe ke Malaysia tahun depan');
      await attributeIs(page, '[data-testid=profile-completion]', 'data-percent', '100');

      // 2. A complete profile leads on: to checking her first product.
      const next = page.locator('[data-testid=profile-next-link]');
      await next.waitFor();
      assert.equal(await next.getAttribute('href'), '#/classify?q=Keripik%20tempe&product=0');
      await next.tap();
      await attributeIs(page, first.replace(' >> nth=0', ''), 'data-rule', 'tempeh-chips');
      // The result is saved for the product she came from: nothing to ask.
      assert.equal(await page.locator(first).locator('[data-testid=save-for]').count(), 0);
      await page.locator(first).locator('[data-testid=save-product]').tap();
      await waitForStored(page, (d) => d.profile.products[0].class?.id === 'tempeh-chips');
      // The sheet now leads to her second product, and after it to the checklist.
      await tab(page, 'Profil usaha');
      await attributeIs(page, '[data-testid=profile-next-link]', 'href', '#/classify?q=Kopi%20bubuk&product=1');
      await page.locator('[data-testid=profile-next-link]').tap();
      await page.locator(first).waitFor();
      await page.locator(first).locator('[data-testid=save-product]').tap();
      await waitForStored(page, (d) => d.profile.products.length === 2 && d.profile.products.every((p) => p.class));
      await tab(page, 'Profil usaha');
      await attributeIs(page, '[data-testid=profile-next-link]', 'href', '#/checklist');

      // 3. The price, from the tab bar: rupiah costs, dollar freight, her dated rate.
      await tab(page, 'Hitung harga');
      for (const [key, value] of [['qty', '1.000'], ['unit', 'bungkus'], ['exw', '15 juta'], ['load', '250.000'],
        ['inland', '1.000.000'], ['clear', '500.000'], ['thc', '500.000'], ['from', 'Tanjung Perak, Surabaya'], ['rate', '16.250']]) {
        await page.locator(`#calc-${key}`).fill(value);
      }
      await attributeIs(page, '[data-testid=quote-FOB]', 'data-amount', '17250000.00');
      await page.selectOption('#calc-freight_cur', 'USD');
      await page.locator('#calc-freight').fill('400');
      await attributeIs(page, '[data-testid=quote-CFR]', 'data-amount', '23750000.00');
      // DAP waits for the destination costs: empty is not zero.
      await page.locator('[data-testid=quote-DAP] [data-testid=needs-costs]').waitFor();
      assert.equal(await page.getAttribute('[data-testid=quote-DAP]', 'data-amount'), null);
      await page.selectOption('[data-testid=quote-product]', { label: 'Keripik tempe' });
      await page.locator('#quote-min-order').fill('500');
      const line = 'USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020), min. order 500 packs';
      await textIs(page, '[data-testid=quote-line]', line);
      await page.locator('[data-testid=quote-save]').tap();
      await waitForStored(page, (d) => d.calculator.saved.length === 1 && d.calculator.saved[0].form.moq === '500');

      // 4. The English listing, from the menu, from the saved quote.
      await fromMenu(page, 'describe');
      await page.locator('[data-testid=listing-new]').tap();
      await page.locator('#listing-name').fill('keripik tempe');
      await page.selectOption('#listing-from-quote', { index: 1 });
      await page.waitForFunction(() => document.querySelector('#listing-price')?.value === '1.06');
      assert.equal(await page.inputValue('#listing-currency'), 'USD');
      assert.equal(await page.inputValue('#listing-moq'), '500', 'the minimum order is carried over');
      await textIs(page, '[data-testid=listing-price-line]', 'USD 1.06/pack FOB Tanjung Perak, Surabaya (Incoterms® 2020)');
      assert.doesNotMatch(await page.locator('[data-testid=reply-quotation] pre').textContent(), /IDR|Rp|bungkus/);
      await waitForStored(page, (d) => d.listings.drafts.some((e) => e.draft.name === 'keripik tempe'));

      // 4b. A proforma invoice for the buyer, from the menu, filled from the saved quote.
      await fromMenu(page, 'documents');
      await page.locator('[data-testid=doc-new-latest]').tap();
      await page.locator('[data-testid=doc-total]').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid=doc-total]')?.hasAttribute('data-amount'));
      // In the buyer's dollars, at the price per pack her line said: 1.000 × USD 1.06.
      assert.equal(await page.getAttribute('[data-testid=doc-total]', 'data-amount'), '1060.00');
      assert.equal((await page.locator('[data-testid=doc-total]').textContent()).trim(), 'USD 1,060.00');
      assert.equal((await page.locator('[data-testid=doc-amount-words]').textContent()).trim(), 'US Dollars One Thousand Sixty Only');
      await waitForStored(page, (d) => d.documents.items.length === 1);

      // 5. EC21, from the menu: two steps and the account.
      await fromMenu(page, 'market');
      const ec21 = page.locator('[data-testid=market-ec21]');
      await ec21.waitFor();
      await page.locator('[data-testid=jump-ec21]').tap();
      const steps = ec21.locator('[data-testid=steps-ec21] input[type=checkbox]');
      await steps.nth(0).check();
      await steps.nth(1).check();
      await ec21.getByRole('checkbox', { name: 'Saya sudah punya akun di EC21' }).check();
      await waitForStored(page, (d) => JSON.stringify(d.market).includes('ec21'));

      // 6. Her work counts on the checklist, marked as hers; the report says so.
      await tab(page, 'Daftar periksa');
      await page.locator('[data-testid=checklist-item]').first().waitFor();
      for (const step of ['step-product', 'step-rules', 'step-costs', 'step-b2b']) {
        const item = page.locator(`[data-testid=checklist-item][data-item=${step}]`);
        assert.equal(await item.getAttribute('data-done'), 'true', step);
        assert.equal(await item.locator('[data-testid=from-work]').count(), 1, `${step}: from her work`);
      }
      // Her products' permits: PIRT for both, shown because of what she checked.
      assert.equal(await page.locator('[data-item=pirt]').count(), 1);
      await tab(page, 'Beranda');
      await page.locator('[data-testid=tool-report]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=report-text]')?.textContent.includes('Deskripsi produk bahasa Inggris: sudah'));
      const report = await page.locator('[data-testid=report-text]').textContent();
      assert.match(report, /Usaha: UD Sumber Rejeki/);
      assert.match(report, /Produk: Keripik tempe \(Bebas diekspor\), Kopi bubuk \(Bebas diekspor\)/);
      assert.match(report, /Akun marketplace: sudah \(EC21\)/);

      // 7. A backup she keeps: everything above is in it.
      await fromMenu(page, 'data');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-backup]').tap(),
      ]);
      const backupText = await downloadText(download);
      // The native language test renders every page from this journey's data (tests/render_language.rs).
      if (process.env.JOURNEY_BACKUP) writeFileSync(process.env.JOURNEY_BACKUP, backupText);
      const backup = JSON.parse(backupText);
      assert.equal(backup.profile.business_name, 'UD Sumber Rejeki');
      assert.deepEqual(backup.profile.products.map((p) => p.name), ['Keripik tempe', 'Kopi bubuk']);
      assert.equal(backup.calculator.saved[0].form.moq, '500');
      assert.equal(backup.listings.drafts.length, 1);

      // 8. No language leak on any page she visited, in Indonesian, then in English.
      const mine = ['UD Sumber Rejeki', 'Ibu Sri', 'Keripik tempe', 'keripik tempe', 'Kopi bubuk', 'Menjual keripik tempe ke Malaysia tahun depan', 'bungkus'];
      const pages = ['#/', '#/profile', '#/checklist', '#/classify?q=keripik%20tempe', '#/incoterms', '#/describe', '#/catalog', '#/market', '#/documents', '#/data'];
      for (const lang of ['id', 'en']) {
        if (lang === 'en') {
          await page.locator('[data-testid=lang-switch]').tap();
          await page.waitForFunction(() => document.documentElement.lang === 'en');
        }
        for (const hash of pages) {
          await open(page, url, hash);
          await page.locator('main h1').waitFor();
          // What the page fetches (checklist, guide, rules) has arrived.
          await page.waitForFunction(() => !document.querySelector('[data-testid=part-loading], [data-testid=data-loading]'));
          await assertNoLeak(page, lang, hash, mine);
        }
      }
      await page.locator('[data-testid=lang-switch]').tap();
      await page.waitForFunction(() => document.documentElement.lang === 'id');

      // 9. Offline: a reload keeps everything, and her tools open.
      await context.setOffline(true);
      await open(page, url, '#/profile');
      assert.equal(await page.inputValue('#business-name'), 'UD Sumber Rejeki');
      await tab(page, 'Hitung harga');
      await attributeIs(page, '[data-testid=quote-FOB]', 'data-amount', '17250000.00');
      await reload(page);
      await attributeIs(page, '[data-testid=quote-FOB]', 'data-amount', '17250000.00');
      const stored = await storedData(page);
      assert.equal(stored.listings.drafts[0].draft.moq, '500');
      await context.setOffline(false);
    });
  });
});
