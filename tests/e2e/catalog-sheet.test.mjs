// Her product catalogue at #/catalog, as she meets it on a 360×640 phone: two listings written in
// the listing builder become a cover and one product a page; she leaves one out and it stays out
// after a reload; printed, each product is on its own A4 page without the app around it; the
// one-file web page downloads, opens with the network off without a single request, shows her
// hostile text as text, and axe finds nothing serious in it; where the share sheet takes files,
// the page is shared as a file; her first e-mail to a buyer offers the products she picked.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

import AxeBuilderModule from '@axe-core/playwright';

import { downloadText, open, pdfPages, pdfText, reload, servedApp, waitForStored, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HOSTILE = '<img src=x onerror=alert(1)>';

/** Serious or critical axe findings on the page. */
async function serious(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** Her profile and two listings, typed as she would. */
async function twoListings(page, url) {
  await open(page, url, '#/profile');
  await page.locator('#business-name').fill('UD Rotan Jaya');
  await page.selectOption('#region', '3507'); // Kabupaten Malang
  await page.locator('#contact-phone').fill('0812-3456-7890');
  await waitForStored(page, (d) => d.profile.contact?.phone === '0812-3456-7890');
  await open(page, url, '#/describe');
  await page.locator('[data-testid=listing-new]').tap();
  await page.locator('#listing-name').fill('kursi rotan');
  await page.locator('#listing-material').fill('rotan alami');
  await page.locator('#listing-size').fill('45 x 50 x 90 cm');
  await page.locator('#listing-colour').fill(HOSTILE);
  await page.locator('#listing-moq').fill('50');
  await page.locator('#listing-moq_unit').fill('pcs');
  await page.locator('#listing-price').fill('35');
  await page.locator('#listing-price_unit').fill('pcs');
  await page.selectOption('#listing-incoterm', 'FOB');
  await page.locator('#listing-place').fill('Tanjung Perak, Surabaya');
  await page.locator('#listing-delivery_days').fill('30');
  await waitForStored(page, (d) => d.listings.drafts[0]?.draft.delivery_days === '30');
  await page.locator('[data-testid=listing-new]').tap();
  await page.waitForFunction(() => document.querySelector('#listing-name')?.value === '');
  await page.locator('#listing-name').fill('keranjang anyaman');
  await page.locator('#listing-material').fill('rotan');
  await page.locator('#listing-moq').fill('200');
  await page.locator('#listing-moq_unit').fill('pcs');
  await waitForStored(page, (d) => d.listings.drafts[1]?.draft.moq_unit === 'pcs');
}

const itemCount = (page, want) => page.waitForFunction(
  (want) => document.querySelectorAll('[data-testid=catalog-item]').length === want,
  want,
);

describe('product catalogue', () => {
  const app = servedApp();

  it('makes a cover and one product a page from her listings, prints them on A4 and keeps her choice', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await twoListings(page, url);
      // From the menu, as she would.
      await page.locator('[data-testid=menu-button]').tap();
      await page.locator('#all-tools [data-testid=nav-catalog]').tap();
      await itemCount(page, 2);
      const titles = await page.locator('[data-testid=catalog-item] h2').allTextContents();
      assert.deepEqual(titles, ['Natural Rattan Chair, 45 x 50 x 90 cm', 'Rattan Woven Basket']);
      assert.match(await page.locator('[data-testid=company-profile]').textContent(),
        /^UD Rotan Jaya is a small business in Malang, East Java, Indonesia\. Our products: natural rattan chair and rattan woven basket\./);
      // Her hostile colour is shown as characters.
      assert.equal(await page.locator('[data-testid=catalog-sheet] img').count(), 0);
      assert.ok((await page.locator('[data-testid=catalog-item]').first().textContent()).includes(HOSTILE));
      // The Indonesian preview, one tap away.
      await page.locator('[data-testid=catalog-item] summary').first().tap();
      assert.match(await page.locator('[data-testid=catalog-item] details').first().textContent(), /Bahan.*Natural rattan/s);
      assert.deepEqual(await serious(page), []);

      // A date that has passed is warned about in her language; a later one is not.
      await page.locator('[data-testid=catalog-valid-until]').fill('2020-01-31');
      assert.match(await page.locator('[data-testid=catalog-valid-passed]').textContent(), /sudah lewat/);
      // Prices valid until a date: written in English on the priced product only.
      await page.locator('[data-testid=catalog-valid-until]').fill('2030-01-31');
      await page.locator('[data-testid=catalog-valid-passed]').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('[data-testid=catalog-item]').textContent.includes('Price valid until31 January 2030'));
      assert.ok(!(await page.locator('[data-testid=catalog-item]').nth(1).textContent()).includes('Price valid until'));

      // Printed: the cover and each product on a page of its own, nothing of the app around them.
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('[data-testid=catalog-sheet]').isVisible());
      for (const chrome of ['.topbar', '.tabbar', 'main h1', '[data-testid=catalog-print]', '[data-testid=email-signature]', '.footer', '[data-testid=catalog-item] summary']) {
        assert.equal(await page.locator(chrome).first().isVisible(), false, `${chrome} is not printed`);
      }
      const printed = await page.pdf({ preferCSSPageSize: true });
      assert.equal(pdfPages(printed), 3, 'a cover and two products, one a page');
      const box = printed.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
      assert.ok(box && Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, `A4: ${box}`);
      const text = pdfText(printed);
      assert.ok(text.includes('NaturalRattanChair') && text.includes('RattanWovenBasket'), text.slice(0, 200));
      assert.ok(text.includes('Page1of3') && text.includes('Page3of3'), `page numbers at the foot: ${text.slice(0, 200)}`);
      await page.emulateMedia({ media: 'screen' });

      // Her first e-mail to a buyer, offering both products, copied as she would paste it.
      await page.locator('[data-testid=first-email-buyer]').fill('Ms Tanaka');
      await page.waitForFunction(() => document.querySelector('[data-testid=first-email]').textContent.includes('Dear Ms Tanaka,'));
      const email = await page.locator('[data-testid=first-email]').textContent();
      assert.match(email, /^Subject: Products from UD Rotan Jaya, Indonesia\n\nDear Ms Tanaka,\n\nUD Rotan Jaya is a small business/);
      assert.ok(email.includes('Natural Rattan Chair, 45 x 50 x 90 cm\n- Minimum order: 50 pieces\n- Price: USD 35.00/piece FOB Tanjung Perak, Surabaya (Incoterms® 2020)\n- Price valid until: 31 January 2030'), email);
      assert.ok(email.endsWith('Best regards,\nOwner\nUD Rotan Jaya\nMalang, East Java, Indonesia\nPhone / WhatsApp: +62 812-3456-7890'), email);
      await page.locator('[data-testid=copy-first-email]').tap();
      await page.locator('[data-testid=first-email-status]').filter({ hasText: /\S/ }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), email);
      assert.match(await page.getAttribute('[data-testid=mail-first-email]', 'href'), /^mailto:\?subject=Products%20from%20UD%20Rotan%20Jaya/);

      // She leaves both out (no e-mail offering nothing), then puts the chair back: the buyer's
      // name she typed is still there.
      await page.locator('#catalog-pick-0').uncheck();
      await page.locator('#catalog-pick-1').uncheck();
      await page.locator('[data-testid=catalog-nothing]').waitFor();
      await page.locator('[data-testid=first-email]').waitFor({ state: 'detached' });
      assert.equal(await page.locator('[data-testid=first-email-buyer]').count(), 0);
      await page.locator('#catalog-pick-0').check();
      await itemCount(page, 1);
      assert.equal(await page.locator('[data-testid=first-email-buyer]').inputValue(), 'Ms Tanaka');
      assert.match(await page.locator('[data-testid=first-email]').textContent(), /\n\nDear Ms Tanaka,\n/);
      await page.locator('#catalog-pick-1').check();
      await itemCount(page, 2);

      // She leaves the basket out; it stays out after a reload.
      await page.locator('#catalog-pick-1').uncheck();
      await itemCount(page, 1);
      await waitForStored(page, (d) => d.listings.catalog?.left_out?.includes(1));
      await reload(page);
      await itemCount(page, 1);
      assert.equal(await page.locator('#catalog-pick-1').isChecked(), false);
      assert.equal(await page.locator('[data-testid=catalog-valid-until]').inputValue(), '2030-01-31');
      // Leaving everything out: nothing to print, said in her language.
      await page.locator('#catalog-pick-0').uncheck();
      await page.locator('[data-testid=catalog-nothing]').waitFor();
      assert.equal(await page.locator('[data-testid=catalog-print]').count(), 0);
    }, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  });

  it('downloads one web page that fetches nothing, runs nothing and reads well', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await twoListings(page, url);
      // From the listing builder, where she wrote them.
      await page.locator('[data-testid=to-catalogue]').tap();
      await itemCount(page, 2);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=download-web-page]').tap(),
      ]);
      assert.equal(download.suggestedFilename(), 'ud-rotan-jaya-products.html');
      const html = await downloadText(download);
      await page.locator('[data-testid=catalog-status]').filter({ hasText: 'File halaman web sudah dibuat' }).waitFor();
      assert.ok(!html.includes(HOSTILE) && html.includes('&lt;img src=x onerror=alert(1)&gt;'));

      // Opened from the file with the network off: not one request beyond the file itself.
      const file = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'ud-rotan-jaya-products.html');
      writeFileSync(file, html);
      await context.setOffline(true);
      const viewer = await context.newPage();
      const requests = [];
      viewer.on('request', (request) => requests.push(request.url()));
      const dialogs = [];
      viewer.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
      await viewer.goto(pathToFileURL(file).href);
      await viewer.locator('article').nth(1).waitFor();
      assert.deepEqual(requests, [pathToFileURL(file).href]);
      assert.deepEqual(dialogs, []);
      assert.equal(await viewer.locator('img').count(), 0);
      assert.equal(await viewer.locator('h1').textContent(), 'UD Rotan Jaya');
      assert.ok((await viewer.locator('article').first().textContent()).includes(HOSTILE));
      // It fits a phone's width: nothing wider than the screen.
      assert.ok(await viewer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      assert.deepEqual(await serious(viewer), []);
      await viewer.close();
      await context.setOffline(false);
    });
  });

  it('shares the web page as a file where the share sheet takes files', async () => {
    // A phone's share sheet, stood in for: Chromium on Linux has none.
    const shareSheet = () => {
      window.sharedFiles = [];
      navigator.canShare = (data) => Array.isArray(data?.files);
      navigator.share = async (data) => {
        for (const f of data.files) window.sharedFiles.push({ name: f.name, type: f.type, text: await f.text() });
      };
    };
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await twoListings(page, url);
      await open(page, url, '#/catalog');
      await itemCount(page, 2);
      await page.locator('[data-testid=share-web-page]').tap();
      await page.waitForFunction(() => window.sharedFiles.length === 1);
      const [shared] = await page.evaluate(() => window.sharedFiles);
      assert.equal(shared.name, 'ud-rotan-jaya-products.html');
      assert.equal(shared.type, 'text/html');
      assert.ok(shared.text.startsWith('<!DOCTYPE html>') && shared.text.includes('Rattan Woven Basket'));
      await page.locator('[data-testid=catalog-status]').filter({ hasText: /\S/ }).waitFor();
    }, { initScripts: [shareSheet] });
  });
});
