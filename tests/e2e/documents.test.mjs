// Export documents as she meets them: a quote from a share link saved at CIF becomes a
// proforma invoice at `#/documents?new=proforma&quote=latest`, with its total in figures and in
// words; it survives a reload and prints on A4 without the app around it; then the chain to the
// commercial invoice and the packing list, her numbers typed the Indonesian way, the list,
// duplicate and delete with an in-page confirmation, and an axe scan of the open form.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import AxeBuilderModule from '@axe-core/playwright';

import { browserToday, open, pdfText, reload, servedApp, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// DESIGN.md's worked example: CIF = USD 11,608.31.
const QUOTE_LINK = '#/incoterms?cur=USD&exw=10000&load=150&inland=100&clear=120&freight=1200&ins=0.3'
  + '&from=Tanjung%20Perak%2C%20Surabaya&to=Hamburg';
const WORDS = 'US Dollars Eleven Thousand Six Hundred Eight and Cents Thirty-One';

const total = (page) => page.getAttribute('[data-testid=doc-total]', 'data-amount');
const words = async (page) => (await page.locator('[data-testid=doc-amount-words]').textContent()).trim();

async function fill(page, id, text) {
  await page.locator(`#${id}`).fill(text);
}

/** Fails the test if the app opens a browser dialog (confirm, alert): confirmations are in the page. */
function noDialogs(page) {
  page.on('dialog', async (dialog) => {
    await dialog.dismiss();
    assert.fail(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
}

/** Visible buttons, inputs, selects and textareas smaller than 24×24 px. */
function smallTargets() {
  return [...document.querySelectorAll('button, input, select, textarea')]
    .filter((el) => el.checkVisibility())
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 24 || r.height < 24)
    .map(({ el, r }) => `${el.tagName} #${el.id} ${r.width}×${r.height}`);
}

describe('export documents', () => {
  const app = servedApp();

  it('a quote saved at CIF becomes a proforma with its total and words, survives a reload, and prints', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      noDialogs(page);
      await open(page, url, QUOTE_LINK);
      await waitForAttribute(page, '[data-testid=quote-CIF]', 'data-amount', { equals: '11608.31' });
      await page.selectOption('[data-testid=quote-rule]', 'CIF');
      await page.locator('[data-testid=quote-save]').tap();
      await waitForStored(page, (doc) => doc.calculator.saved.length === 1 && doc.calculator.saved[0].rule === 'CIF');

      const year = (await browserToday(page)).slice(0, 4);
      await open(page, url, '#/documents?new=proforma&quote=latest');
      await waitForAttribute(page, '[data-testid=doc-total]', 'data-amount', { equals: '11608.31' });
      assert.equal(await words(page), WORDS);
      assert.equal((await page.locator('[data-testid=doc-total]').textContent()).trim(), 'USD 11,608.31');
      // The address no longer asks for a new document: a reload shows this one.
      await page.waitForFunction(() => location.hash === '#/documents');
      await waitForStored(page, (doc, n) => doc.documents.items.length === 1 && doc.documents.items[0].text.number === n, `PI-${year}-001`);
      assert.equal(await page.locator('#doc-number').inputValue(), `PI-${year}-001`);
      assert.equal(await page.locator('#doc-incoterm').inputValue(), 'CIF');
      assert.equal(await page.locator('#doc-place').inputValue(), 'Hamburg');
      assert.equal(await page.locator('#doc-origin').inputValue(), 'Indonesia');
      // Still a draft: the buyer, her address and the terms are missing, each named beside its field.
      await page.locator('[data-testid=doc-draft]').waitFor();
      await page.locator('[data-testid=doc-buyer_name-error]').waitFor();
      assert.match(await page.locator('[data-testid=doc-missing]').textContent(), /Nama pembeli \(perusahaan\): Wajib diisi\./);
      assert.ok(pdfText(await page.pdf({ preferCSSPageSize: true })).includes('DRAFT'), 'a draft prints as DRAFT');

      await fill(page, 'doc-seller_name', 'UD Kopi Ijen');
      await fill(page, 'doc-seller_address', 'Jl. Raya Ijen 1\nBondowoso 68211, Indonesia');
      await fill(page, 'doc-buyer_name', 'Kaffee Haus GmbH');
      await fill(page, 'doc-buyer_address', 'Speicherstadt 5\n20457 Hamburg');
      await fill(page, 'doc-buyer_country', 'Germany');
      await fill(page, 'doc-payment_terms', 'T/T 30% deposit, balance before shipment');
      await fill(page, 'doc-delivery_time', '30 days after receipt of deposit');
      await fill(page, 'doc-valid_until', `${year}-12-31`);
      await fill(page, 'doc-line-0-description', 'Robusta ground coffee, 250 g pouch');
      await page.locator('[data-testid=doc-complete]').waitFor();
      await page.locator('[data-testid=doc-draft]').waitFor({ state: 'detached' });
      await waitForStored(page, (doc) => doc.documents.items[0].text.buyer_country === 'Germany');

      await reload(page);
      await waitForAttribute(page, '[data-testid=doc-total]', 'data-amount', { equals: '11608.31' });
      assert.equal(await words(page), WORDS);
      assert.equal(await page.locator('#doc-buyer_name').inputValue(), 'Kaffee Haus GmbH');
      assert.equal(await page.locator('[data-testid=doc-draft]').count(), 0);
      assert.equal((await page.evaluate(() => JSON.parse(localStorage.getItem('siap-ekspor:data')).documents.items.length)), 1);

      // Printed: only the document, on A4, without leaving the page.
      const before = page.url();
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('[data-testid=doc-sheet]').isVisible(), 'the document prints');
      for (const chrome of ['.topbar', '.tabbar', 'main h1', '#doc-buyer_name', '[data-testid=doc-print]', '.footer']) {
        assert.equal(await page.locator(chrome).first().isVisible(), false, `${chrome} is not printed`);
      }
      assert.match(await page.locator('[data-testid=doc-sheet]').textContent(), /UD Kopi Ijen.*PROFORMA INVOICE.*Kaffee Haus GmbH/s);
      const printed = await page.pdf({ preferCSSPageSize: true });
      const pdf = printed.toString('latin1');
      const text = pdfText(printed);
      assert.ok(text.includes('Page1of1'), `page numbers at the foot: ${text.slice(0, 80)}`);
      assert.ok(text.includes('PROFORMAINVOICE') && text.includes('USDollarsElevenThousandSixHundredEightandCentsThirty-One'), text);
      assert.ok(!text.includes('DRAFT'), 'a complete document prints without DRAFT');
      const box = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
      assert.ok(box, 'the PDF has a page size');
      assert.ok(Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, `A4: ${box[1]} × ${box[2]}`);
      assert.equal(page.url(), before, 'printing does not navigate');
      await page.emulateMedia({ media: 'screen' });
      assert.ok(await page.locator('#doc-buyer_name').isVisible());
    });
  });

  it('the same new-document link opened twice while the page is open makes two documents', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      noDialogs(page);
      await open(page, url, '#/documents?new=proforma');
      await page.locator('[data-testid=doc-editor][data-kind=proforma]').waitFor();
      await page.waitForFunction(() => location.hash === '#/documents');
      // A link in the chat, followed in the same tab: the shell knows the address was used.
      await page.evaluate(() => { location.hash = '#/documents?new=proforma'; });
      await waitForStored(page, (doc) => doc.documents.items.length === 2);
      await page.waitForFunction(() => location.hash === '#/documents');
    });
  });

  it('the chain, numbers typed her way, duplicate and delete asked in the page', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      noDialogs(page);
      await open(page, url, '#/documents');
      await page.locator('[data-testid=doc-list-empty]').waitFor();
      await page.locator('[data-testid=doc-new-blank]').tap();
      await page.locator('[data-testid=doc-editor][data-kind=proforma]').waitFor();
      const today = await browserToday(page);
      assert.equal(await page.locator('#doc-number').inputValue(), `PI-${today.slice(0, 4)}-001`);

      await fill(page, 'doc-line-0-quantity', '1.500');
      await fill(page, 'doc-line-0-unit', 'kg');
      await fill(page, 'doc-line-0-unit_price', 'Rp 5.000');
      await page.locator('[data-testid=doc-line-0-unit_price-error]').waitFor();
      assert.equal(await page.locator('#doc-line-0-unit_price').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('[data-testid=doc-total]').count(), 0, 'no total from a number she did not mean');
      await fill(page, 'doc-line-0-unit_price', '5,80');
      await waitForAttribute(page, '[data-testid=doc-total]', 'data-amount', { equals: '8700.00' });
      assert.equal(await words(page), 'US Dollars Eight Thousand Seven Hundred Only');
      await fill(page, 'doc-buyer_name', '<img src=x onerror=alert(1)>');
      await page.waitForFunction(() => document.querySelector('[data-testid=doc-sheet]').textContent.includes('<img src=x onerror=alert(1)>'));
      assert.equal(await page.locator('[data-testid=doc-sheet] img').count(), 0);

      await page.locator('[data-testid=doc-to-invoice]').tap();
      await page.locator('[data-testid=doc-editor][data-kind=commercial]').waitFor();
      assert.equal(await page.locator('#doc-number').inputValue(), `CI-${today.slice(0, 4)}-001`);
      await waitForAttribute(page, '[data-testid=doc-total]', 'data-amount', { equals: '8700.00' });
      assert.match(await page.locator('[data-testid=doc-sheet]').textContent(), /Proforma invoice PI-\d{4}-001/);

      await page.locator('[data-testid=doc-to-packing]').tap();
      await page.locator('[data-testid=doc-editor][data-kind=packing_list]').waitFor();
      assert.equal(await page.locator('[data-testid=doc-total]').count(), 0, 'no prices on a packing list');
      for (const [key, text] of [['kind', 'Carton'], ['count', '10'], ['net', '20'], ['gross', '21,5'], ['length', '40'], ['width', '30'], ['height', '25']]) {
        await fill(page, `doc-pkg-0-${key}`, text);
      }
      await page.waitForFunction(() => document.querySelector('[data-testid=doc-volume]')?.textContent.trim() === '0.300');
      await fill(page, 'doc-pkg-0-gross', '19');
      await page.locator('[data-testid=doc-pkg-0-gross-error]').waitFor();

      // The open form passes axe, and its targets are big enough for a thumb.
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      assert.deepEqual(serious, []);
      assert.deepEqual(await page.evaluate(smallTargets), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'fits 360 px');

      await page.locator('[data-testid=doc-back]').tap();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=doc-item]').length === 3);
      const kinds = await page.locator('[data-testid=doc-item]').evaluateAll((items) => items.map((i) => i.dataset.kind));
      assert.deepEqual(kinds, ['packing_list', 'commercial', 'proforma'], 'newest first');

      const proforma = page.locator('[data-testid=doc-item][data-kind=proforma]');
      await proforma.locator('[data-testid=doc-duplicate]').tap();
      await page.locator('[data-testid=doc-editor][data-kind=proforma]').waitFor();
      assert.equal(await page.locator('#doc-number').inputValue(), `PI-${today.slice(0, 4)}-002`);
      await fill(page, 'doc-number', `PI-${today.slice(0, 4)}-001`);
      await page.locator('[data-testid=doc-number-error]').waitFor();
      await page.locator('[data-testid=doc-back]').tap();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=doc-item]').length === 4);

      const packing = page.locator('[data-testid=doc-item][data-kind=packing_list]');
      await packing.locator('[data-testid=doc-delete]').tap();
      await page.locator('[data-testid=doc-delete-cancel]').tap();
      assert.equal(await page.locator('[data-testid=doc-item]').count(), 4, 'cancel keeps it');
      await packing.locator('[data-testid=doc-delete]').tap();
      await page.locator('[data-testid=doc-delete-confirm]').tap();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=doc-item]').length === 3);
      await waitForStored(page, (doc) => doc.documents.items.length === 3 && doc.schema_version === 3);
    });
  });
});
