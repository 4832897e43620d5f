// Her product photos, as she meets them on a 360×640 phone: picked in the listing builder (camera
// or gallery), made smaller on the phone, ordered, removed after she confirms, still there after a
// reload; the first one in the catalogue, its print and the one-file web page; files that are not
// photos, that cannot be opened or that are too big are refused in her language; a full store
// keeps what she had; a backup carries the photos through a reset and back.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import AxeBuilderModule from '@axe-core/playwright';

import { downloadText, open, pdfPages, reload, servedApp, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious or critical axe findings on the page. */
async function serious(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const RATTAN = join(FIXTURES, 'photo-rattan-2400x1800.jpg'); // a 2400×1800 JPEG, 380 KB
const BASKET = join(FIXTURES, 'photo-basket-400x600.png'); // a 400×600 PNG with a clear background
const TITLE = 'Natural Rattan Chair, 45 x 50 x 90 cm';

/** A listing with a title, so the catalogue takes it. */
async function aListing(page, url) {
  await open(page, url, '#/describe');
  await page.locator('[data-testid=listing-new]').tap();
  await page.locator('#listing-name').fill('kursi rotan');
  await page.locator('#listing-material').fill('rotan alami');
  await page.locator('#listing-size').fill('45 x 50 x 90 cm');
  await waitForStored(page, (d) => d.listings.drafts[0]?.draft.size === '45 x 50 x 90 cm');
  await page.waitForFunction((title) => document.querySelector('[data-testid=listing-title]')?.value === title, TITLE);
}

const photoCount = (page, want) => page.waitForFunction(
  (want) => document.querySelectorAll('[data-testid=photo-item]').length === want,
  want,
);

/** Each photo's stored width, in the order shown. */
const widths = (page) => page.locator('[data-testid=photo-item]').evaluateAll((items) => items.map((li) => Number(li.dataset.width)));

/** Waits for the status line under the photos to read `re`. */
const status = (page, re) => page.waitForFunction(
  (source) => new RegExp(source).test(document.querySelector('[data-testid=photo-status]')?.textContent ?? ''),
  re.source,
);

/** Whether every image in the page (or under `selector`) has been decoded and drawn. */
const imagesDrawn = (page, selector) => page.waitForFunction(
  (selector) => {
    const images = [...document.querySelectorAll(selector)];
    return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0);
  },
  selector,
);

describe('product photos', () => {
  const app = servedApp();

  it('adds, orders and removes her photos, keeps them over a reload and shows the first in the catalogue', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await aListing(page, url);
      assert.equal(await page.locator('[data-testid=photo-count]').textContent(), '0 dari 6 foto');

      // A phone camera's photo: made smaller on the phone, 1600 px on the long side, ≤ 250 KB.
      await page.locator('[data-testid=photo-add]').setInputFiles(RATTAN);
      await photoCount(page, 1);
      await status(page, /Foto disimpan/);
      const first = page.locator('[data-testid=photo-item]').first();
      assert.equal(await first.getAttribute('data-width'), '1600');
      assert.equal(await first.getAttribute('data-height'), '1200');
      assert.ok(Number(await first.getAttribute('data-bytes')) <= 250 * 1024, await first.getAttribute('data-bytes'));
      assert.equal(await first.locator('img').getAttribute('alt'), TITLE);
      assert.match(await first.locator('figcaption').textContent(), new RegExp(`Keterangan \\(bahasa Inggris\\): ${TITLE}`));

      // A small one from the gallery stays its size; captions count the photos.
      await page.locator('[data-testid=photo-add]').setInputFiles(BASKET);
      await photoCount(page, 2);
      assert.deepEqual(await widths(page), [1600, 400]);
      assert.deepEqual(await page.locator('[data-testid=photo-item] img').evaluateAll((imgs) => imgs.map((i) => i.alt)),
        [`${TITLE}, photo 1 of 2`, `${TITLE}, photo 2 of 2`]);
      await imagesDrawn(page, '[data-testid=photo-item] img');
      assert.deepEqual(await serious(page), []);
      // Every button a finger can hit: 24 px at least.
      const small = await page.locator('.photos button, .photos label').evaluateAll((els) => els
        .map((el) => el.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
      assert.equal(small, 0);

      // The basket first: one tap.
      await page.locator('[data-testid=photo-earlier]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=photo-item]')?.dataset.width === '400');
      assert.deepEqual(await widths(page), [400, 1600]);

      // Files that are not photos, cannot be opened, or are too big: told why, nothing added.
      const refusals = [
        [{ name: 'katalog.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') }, /bukan foto/],
        [{ name: 'rusak.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]) }, /tidak bisa membuka foto ini/],
        [{ name: 'IMG_0001.heic', mimeType: 'image/heic', buffer: Buffer.from('....ftypheic....') }, /HEIC/],
        [{ name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(31 * 1024 * 1024) }, /lebih dari 30 MB/],
      ];
      for (const [file, message] of refusals) {
        await page.locator('[data-testid=photo-add]').setInputFiles(file);
        await status(page, message);
        assert.equal(await page.locator('[data-testid=photo-status]').getAttribute('class'), 'status error', file.name);
        assert.equal(await page.locator('[data-testid=photo-item]').count(), 2, file.name);
      }

      // Still there, in her order, after a reload.
      await reload(page);
      await photoCount(page, 2);
      assert.deepEqual(await widths(page), [400, 1600]);

      // Removing asks first; "Batal" keeps it.
      await page.locator('[data-testid=photo-remove]').first().tap();
      assert.deepEqual(await serious(page), []);
      await page.getByRole('button', { name: 'Batal' }).tap();
      assert.equal(await page.locator('[data-testid=photo-item]').count(), 2);
      await page.locator('[data-testid=photo-remove]').first().tap();
      await page.locator('[data-testid=photo-remove-confirm]').tap();
      await photoCount(page, 1);
      await status(page, /Foto dihapus/);
      assert.deepEqual(await widths(page), [1600]);
      assert.equal(await page.locator('[data-testid=photo-item] img').getAttribute('alt'), TITLE);

      // The catalogue shows it under the product's title, in print too.
      await page.locator('[data-testid=to-catalogue]').tap();
      await imagesDrawn(page, '[data-testid=catalog-photo]');
      assert.equal(await page.locator('[data-testid=catalog-photo]').getAttribute('alt'), TITLE);
      // Her logo on the cover, chosen from the gallery; without a business name, the catalogue's.
      assert.equal(await page.locator('[data-testid=catalog-logo]').count(), 0);
      await page.locator('[data-testid=logo-add]').setInputFiles(BASKET);
      await imagesDrawn(page, '[data-testid=catalog-logo]');
      assert.equal(await page.locator('[data-testid=catalog-logo]').getAttribute('alt'), 'Product catalogue logo');
      await page.locator('[data-testid=logo-status]').filter({ hasText: 'Logo disimpan' }).waitFor();
      // Chosen again, it replaces the first: one logo.
      await page.locator('[data-testid=logo-add]').setInputFiles(RATTAN);
      await page.waitForFunction(() => document.querySelector('[data-testid=logo-item] img')?.naturalWidth === 1600 && document.querySelectorAll('[data-testid=logo-item]').length === 1);
      await page.waitForFunction(() => document.querySelector('[data-testid=catalog-logo]')?.naturalWidth === 1600);
      assert.deepEqual(await serious(page), []);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('[data-testid=catalog-photo]').isVisible());
      const printed = await page.pdf({ preferCSSPageSize: true });
      assert.equal(pdfPages(printed), 2, 'the cover and the product');
      assert.match(printed.toString('latin1'), /\/Subtype\s*\/Image/, 'the photo is in the PDF');
      await page.emulateMedia({ media: 'screen' });

      // The one-file web page carries it as a data URI and shows it offline, with no request.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=download-web-page]').tap(),
      ]);
      const html = await downloadText(download);
      assert.equal((html.match(/<img src="data:image\/jpeg;base64,[A-Za-z0-9+/=]+" alt="Natural Rattan Chair, 45 x 50 x 90 cm">/g) ?? []).length, 1);
      assert.equal((html.match(/<img class="logo" src="data:image\/jpeg;base64,[A-Za-z0-9+/=]+" alt="Product catalogue logo">/g) ?? []).length, 1);
      const file = join(mkdtempSync(join(tmpdir(), 'photos-')), 'page.html');
      writeFileSync(file, html);
      await context.setOffline(true);
      const viewer = await context.newPage();
      const requests = [];
      viewer.on('request', (request) => { if (!request.url().startsWith('data:')) requests.push(request.url()); });
      await viewer.goto(pathToFileURL(file).href);
      await imagesDrawn(viewer, 'img');
      assert.equal(await viewer.locator('img').count(), 2);
      assert.deepEqual(requests, [pathToFileURL(file).href]);
      assert.ok(await viewer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      await viewer.close();
      await context.setOffline(false);

      // Removing the logo asks first.
      await page.locator('[data-testid=logo-remove]').tap();
      await page.locator('[data-testid=logo-remove-confirm]').tap();
      await page.locator('[data-testid=catalog-logo]').waitFor({ state: 'detached' });
      await page.locator('[data-testid=logo-status]').filter({ hasText: 'Logo dihapus' }).waitFor();
      assert.equal(await page.locator('[data-testid=catalog-photo]').count(), 1, 'the product photo stays');
    });
  });

  it('says the store is full and keeps the photo she had', async () => {
    // The phone's storage full on the second photo: IndexedDB refuses the write as browsers do.
    const fullAfterOne = () => {
      const put = IDBObjectStore.prototype.put;
      let puts = 0;
      IDBObjectStore.prototype.put = function (...args) {
        puts += 1;
        if (puts > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    };
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await aListing(page, url);
      await page.locator('[data-testid=photo-add]').setInputFiles(BASKET);
      await photoCount(page, 1);
      await page.locator('[data-testid=photo-add]').setInputFiles(RATTAN);
      await status(page, /Penyimpanan browser penuh/);
      assert.deepEqual(await widths(page), [400]);
      await imagesDrawn(page, '[data-testid=photo-item] img');
      // In English too, one tap away.
      await page.locator('[data-testid=lang-switch]').tap();
      await status(page, /The browser's storage is full/);
    }, { initScripts: [fullAfterOne] });
  });

  it('carries the photos in the backup through a reset and back, and refuses a damaged one', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await aListing(page, url);
      await page.locator('[data-testid=photo-add]').setInputFiles([RATTAN, BASKET]);
      await photoCount(page, 2);
      await open(page, url, '#/catalog');
      await page.locator('[data-testid=logo-add]').setInputFiles(BASKET);
      await page.locator('[data-testid=catalog-logo]').waitFor();

      await open(page, url, '#/data');
      await waitForAttribute(page, '[data-testid=photo-usage]', 'data-count', { equals: '3' });
      assert.match(await page.locator('[data-testid=photo-usage]').textContent(), /^Foto produk: 3 foto, \d+ KB\.$/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-backup]').tap(),
      ]);
      const backup = await downloadText(download);
      const json = JSON.parse(backup);
      assert.equal(json.app, 'siap-ekspor');
      assert.equal(json.photos.length, 3);
      assert.deepEqual(json.photos.map((p) => [p.listing, p.order, p.type]),
        [[0, 0, 'image/jpeg'], [0, 1, 'image/jpeg'], [4294967295, 0, 'image/jpeg']], 'the two photos, then the logo');
      assert.ok(Buffer.from(json.photos[0].data, 'base64').subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])));

      // A damaged copy (a photo that is not one) is refused; nothing changes.
      const damaged = { ...json, photos: [{ ...json.photos[0], type: 'text/html' }] };
      await page.locator('[data-testid=import-file]').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
      await page.locator('[data-testid=import-error]').filter({ hasText: 'bukan foto' }).waitFor();
      assert.equal(await page.locator('[data-testid=import-confirm]').count(), 0);

      // Reset: the photos go with everything else.
      await page.locator('[data-testid=reset-data]').tap();
      await page.locator('[data-testid=reset-confirm]').tap();
      await waitForAttribute(page, '[data-testid=photo-usage]', 'data-count', { equals: '0' });
      assert.equal(await page.locator('[data-testid=photo-usage]').textContent(), 'Belum ada foto produk.');

      // Restored from the file: she sees the photos coming, agrees, and they are back.
      await page.locator('[data-testid=import-file]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
      await page.locator('[data-testid=import-confirm]').waitFor();
      assert.match(await page.locator('[data-testid=import-photos]').textContent(), /3 foto/);
      await page.locator('[data-testid=import-replace]').tap();
      await page.locator('[data-testid=import-done]').waitFor();
      await waitForAttribute(page, '[data-testid=photo-usage]', 'data-count', { equals: '3' });
      await open(page, url, '#/describe');
      await photoCount(page, 2);
      assert.deepEqual(await widths(page), [1600, 400]);
      await imagesDrawn(page, '[data-testid=photo-item] img');
      await open(page, url, '#/catalog');
      await imagesDrawn(page, '[data-testid=catalog-logo]');

      // A backup made before photos existed keeps the photos she has.
      const older = { ...json };
      delete older.photos;
      await open(page, url, '#/data');
      await page.locator('[data-testid=import-file]').setInputFiles({ name: 'lama.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
      await page.locator('[data-testid=import-confirm]').waitFor();
      assert.equal(await page.locator('[data-testid=import-photos]').count(), 0);
      await page.locator('[data-testid=import-replace]').tap();
      await page.locator('[data-testid=import-done]').waitFor();
      await waitForAttribute(page, '[data-testid=photo-usage]', 'data-count', { equals: '3' });
    });
  });

  it('deletes a listing\'s photos with the listing, once she confirms', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await aListing(page, url);
      await page.locator('[data-testid=photo-add]').setInputFiles(BASKET);
      await photoCount(page, 1);
      // Asked first: "Batal" keeps the listing and its photo.
      await page.locator('[data-testid=listing-delete]').tap();
      await page.locator('[data-testid=listing-delete-keep]').tap();
      await photoCount(page, 1);
      await page.locator('[data-testid=listing-delete]').tap();
      assert.match(await page.getByRole('alertdialog').textContent(), /beserta fotonya/);
      await page.locator('[data-testid=listing-delete-confirm]').tap();
      await page.locator('[data-testid=describe-start]').waitFor();
      await open(page, url, '#/data');
      await waitForAttribute(page, '[data-testid=photo-usage]', 'data-count', { equals: '0' });
    });
  });
});

// Read once, so a missing fixture fails here with its name rather than inside a test.
for (const fixture of [RATTAN, BASKET]) readFileSync(fixture);
