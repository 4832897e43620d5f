// The workshop from the facilitator's side: she creates a session and its QR code is
// scanned from a screenshot; two participants open the session link on their phones and send
// their reports; the chat with both reports, a duplicate and a damaged one is pasted: two
// participants, the damaged one listed and not counted, the CSV has both; the A4 print; deleting.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import AxeBuilderModule from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

import { downloadText, open, servedApp, storedData, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

/** The facilitator shares her laptop's screen in Zoom; participants use phones (the default). */
const LAPTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: true };

/** Decodes the QR code in a PNG screenshot, as a phone camera would: the pixels, nothing else. */
function scan(png) {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return found ? found.data : null;
}

/** A participant opens the session link, fills her profile and returns the report she would send. */
async function participantReport(browser, server, link, business, product) {
  let report = null;
  await withApp(browser, server, async ({ page }) => {
    const address = new URL(link);
    assert.equal(address.origin, new URL(server.url).origin);
    await open(page, server.url, `${address.pathname.replace(/^\//, '')}${address.search}#/profile`);
    const id = address.searchParams.get('ws');
    await waitForStored(page, (doc, ws) => doc.workshop?.session === ws && /^[0-9a-z]{8}$/.test(doc.workshop?.participant), id);
    await page.locator('#business-name').fill(business);
    await page.locator('[data-testid=add-product]').tap();
    await page.locator('[data-testid=product] input[type=text]').first().fill(product);
    await page.locator('#doc-npwp').check();
    await waitForStored(page, (doc, name) => doc.profile.business_name === name, business);
    await open(page, server.url, '#/checklist');
    await page.waitForFunction((name) => {
      const text = document.querySelector('[data-testid=report-text]')?.textContent ?? '';
      return text.includes(`: ${name}`) && /\nSE1 1\/\d+ /.test(text);
    }, business);
    report = await page.locator('[data-testid=report-text]').textContent();
    assert.match(report, new RegExp(`Sesi lokakarya: ${id}`));
    for (const line of report.split('\n').filter((l) => l.startsWith('SE1 '))) {
      assert.ok(line.length <= 70, `a code line of ${line.length} characters`);
      assert.doesNotMatch(line, /[*_~`]/, 'no character WhatsApp formats');
    }
  });
  return report;
}

/** A WhatsApp "Export chat" of an Android phone in Indonesian: `dd/mm/yy HH.MM - Name: text`. */
function androidChat(messages) {
  const lines = ['03/12/26 09.00 - Pesan dan panggilan dienkripsi secara end-to-end.'];
  messages.forEach(([sender, text], i) => lines.push(`03/12/26 10.${String(10 + i).padStart(2, '0')} - ${sender}: ${text}`));
  lines.push('03/12/26 11.00 - Siti Aminah: <Media tidak disertakan>');
  return lines.join('\n');
}

/** The report with one character of its second code line changed, as a slip of a thumb would. */
function damaged(report) {
  return report.split('\n').map((line) => {
    if (!line.startsWith('SE1 2/')) return line;
    const at = line.length - 10;
    const swapped = line[at] === 'A' ? 'B' : 'A';
    return line.slice(0, at) + swapped + line.slice(at + 1);
  }).join('\n');
}

describe('the workshop page', () => {
  const app = servedApp();

  it('creates a session whose QR code scans to its link; collects, counts, exports, prints and deletes', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      // 1. The facilitator creates the session.
      await open(page, url, '#/workshop');
      await page.locator('[data-testid=workshop-stores]').waitFor();
      await page.locator('[data-testid=workshop-new]').tap();
      await page.locator('[data-testid=workshop-title]').fill('Peluang Ekspor UMKM Melalui Pasar Digital');
      const link = await page.locator('[data-testid=workshop-link]').getAttribute('href');
      assert.match(link, /\/(index\.html)?\?ws=[0-9a-z]{8}#\/$/);
      const sessionId = new URL(link).searchParams.get('ws');
      await waitForStored(page, (doc, title) => doc.sessions?.list?.[0]?.title === title, 'Peluang Ekspor UMKM Melalui Pasar Digital');

      // Scanned from a screenshot, at its normal size and enlarged for the Zoom screen.
      const qr = page.locator('[data-testid=workshop-qr]');
      assert.equal(scan(await qr.screenshot()), link);
      const small = (await qr.boundingBox()).width;
      await page.locator('[data-testid=workshop-qr-size]').tap();
      await page.waitForFunction((w) => document.querySelector('[data-testid=workshop-qr]').getBoundingClientRect().width > w, small);
      assert.equal(scan(await qr.screenshot()), link);

      // 2. Two participants open the link on their own phones and write their reports.
      const siti = await participantReport(app.browser, app.server, link, 'UD Kopi Ijen', 'Kopi bubuk');
      const budi = await participantReport(app.browser, app.server, link, 'CV Rotan Jaya', 'Kursi rotan');

      // 3. The facilitator pastes the chat: both reports, Siti's again, and a damaged one.
      assert.equal(await page.getAttribute('[data-testid=workshop-participants]', 'data-count'), '0');
      const chat = androidChat([
        ['Siti Aminah', siti],
        ['Budi', budi],
        ['Fasilitator', 'Terima kasih! Yang belum, silakan kirim laporannya.'],
        ['Siti Aminah', siti],
        ['+62 812-3456-7890', damaged(siti)],
      ]);
      await page.locator('[data-testid=workshop-import]').fill(chat);
      await page.locator('[data-testid=workshop-import-submit]').tap();
      await waitForAttribute(page, '[data-testid=workshop-participants]', 'data-count', { equals: '2' });
      assert.equal(await page.locator('[data-testid=workshop-participant]').count(), 2);
      const errors = page.locator('[data-testid=workshop-import-error]');
      assert.equal(await errors.count(), 1, 'the damaged report is listed');
      assert.match(await errors.first().textContent(), /\+62 812-3456-7890 \(03\/12\/26 10\.14\): kode berubah/);
      assert.match(await page.locator('[data-testid=workshop-import-status]').textContent(), /^3 laporan atau evaluasi dibaca; 1 di antaranya/);
      const table = await page.locator('[data-testid=workshop-participants]').textContent();
      assert.match(table, /UD Kopi Ijen/);
      assert.match(table, /CV Rotan Jaya/);
      await waitForStored(page, (doc) => doc.sessions.list[0].reports.length === 2);

      // The same chat again changes nothing.
      await page.locator('[data-testid=workshop-import-submit]').tap();
      await page.waitForFunction(() => /^3 laporan/.test(document.querySelector('[data-testid=workshop-import-status]').textContent));
      assert.equal(await page.getAttribute('[data-testid=workshop-participants]', 'data-count'), '2');

      // The CSV: UTF-8 with BOM, a header and one row per participant.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=workshop-csv]').tap()]);
      assert.match(download.suggestedFilename(), new RegExp(`^siap-ekspor-workshop-${sessionId}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const csv = await downloadText(download);
      assert.equal(csv.charCodeAt(0), 0xfeff, 'starts with a byte-order mark');
      const rows = csv.slice(1).split('\r\n').filter((r) => r !== '');
      assert.equal(rows.length, 3);
      assert.match(rows[0], /^Peserta,Usaha,Pemilik,/);
      assert.ok(rows.some((r) => r.startsWith('Siti Aminah,UD Kopi Ijen,')), csv);
      assert.ok(rows.some((r) => r.startsWith('Budi,CV Rotan Jaya,')), csv);

      // No serious accessibility problem with the tables and charts on screen.
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(serious, []);
      assert.equal(await page.locator('[data-testid=chart-obstacles] svg[aria-hidden=true]').count(), 1);
      assert.ok(await page.locator('[data-testid=chart-accounts] table').count() === 1 || await page.locator('[data-testid=chart-accounts] p').count() === 1);

      // The A4 print: her write-up and the tables, without the forms.
      await page.locator('[data-testid=workshop-write-up]').fill('Kegiatan berjalan lancar.\n\nTindak lanjut: pendampingan akun EC21.');
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('[data-testid=workshop-print-head]').isVisible());
      assert.match(await page.locator('[data-testid=workshop-print-head]').textContent(), /Tindak lanjut: pendampingan akun EC21/);
      assert.equal(await page.locator('[data-testid=workshop-import]').isVisible(), false);
      assert.ok(await page.locator('[data-testid=workshop-participants]').isVisible());
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000);
      await page.emulateMedia({ media: 'screen' });

      // Deleting the session deletes its reports.
      await page.locator('[data-testid=workshop-delete]').tap();
      await page.locator('[data-testid=workshop-delete-confirm]').tap();
      await waitForStored(page, (doc) => !doc.sessions || doc.sessions.list.length === 0);
      assert.doesNotMatch(JSON.stringify(await storedData(page)), /SE1 /);
    }, { contextOptions: LAPTOP });
  });

  it('in English too, a pasted damaged report is explained, and a paste without reports says so', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, 'index.html?lang=en#/workshop');
      await page.locator('[data-testid=workshop-new]').tap();
      await page.locator('[data-testid=workshop-import]').fill('Hello, see you tomorrow!\nSE1 itu apa?');
      await page.locator('[data-testid=workshop-import-submit]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=workshop-import-status]').textContent === 'There is no report code in this text.');
      await page.locator('[data-testid=workshop-import]').fill('12/3/26, 10:04 AM - Dewi: SE1 1/2 eyJrIjoiciJ9\n12/3/26, 10:05 AM - Dewi: <Media omitted>');
      await page.locator('[data-testid=workshop-import-submit]').tap();
      await page.locator('[data-testid=workshop-import-error]').waitFor();
      assert.match(await page.locator('[data-testid=workshop-import-error]').textContent(), /Dewi \(12\/3\/26, 10:04 AM\): the code is incomplete: 1 of 2 lines arrived/);
      assert.equal(await page.getAttribute('[data-testid=workshop-participants]', 'data-count'), '0');
    });
  });
});
