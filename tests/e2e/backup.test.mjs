// Backup and restore on #/data: the download, a restore into a fresh browser after comparing what
// is there with what comes in, files that are refused without touching her data, and the reset.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { browserToday, downloadText, open, reload, servedApp, storedData, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

async function fillProfile(page, url) {
  await open(page, url, '#/profile');
  await page.fill('#business-name', 'CV Batik Tulis Madura');
  await page.fill('#owner-name', 'Ibu Aminah');
  await page.selectOption('#region', '3528'); // Kabupaten Pamekasan
  await page.locator('[data-testid=add-product]').tap();
  await page.locator('[data-testid=product]').first().getByLabel('Nama produk', { exact: true }).fill('Kain batik tulis');
  await page.locator('#doc-npwp').tap();
  await page.locator('label[for=exp-not_yet]').tap();
  await waitForStored(page, (doc) => doc.profile.experience === 'not_yet' && doc.profile.documents.includes('npwp'));
}

async function goToData(page) {
  await page.evaluate(() => { window.location.hash = '#/data'; });
  await page.waitForSelector('[data-testid=export-backup]');
}

function backupFile(text, name = 'cadangan.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

describe('backup and restore', () => {
  const app = servedApp();

  it('downloads a dated backup and restores it in a fresh browser after a comparison', async () => {
    let backup;
    let fileName;
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await fillProfile(page, url);
      await goToData(page);
      const before = await browserToday(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=export-backup]').tap(),
      ]);
      const afterDay = await browserToday(page);
      fileName = download.suggestedFilename();
      assert.ok(
        [before, afterDay].some((day) => fileName === `siap-ekspor-backup-${day}.json`),
        `file name ${fileName} names today (${before})`,
      );
      backup = await downloadText(download);
      const json = JSON.parse(backup);
      assert.equal(json.app, 'siap-ekspor');
      assert.equal(json.schema_version, 3);
      assert.equal(json.profile.business_name, 'CV Batik Tulis Madura');
      assert.equal(json.profile.products[0].name, 'Kain batik tulis');
      // The page confirms it.
      await page.waitForFunction((name) => document.querySelector('main').textContent.includes(name), fileName);
    });

    // Another phone: a fresh context with nothing stored.
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/data');
      await page.locator('[data-testid=import-file]').setInputFiles(backupFile(backup, fileName));
      const confirm = page.locator('[data-testid=import-confirm]');
      await confirm.waitFor({ state: 'visible' });
      const current = await page.locator('[data-testid=import-current]').textContent();
      const incoming = await page.locator('[data-testid=import-incoming]').textContent();
      assert.ok(!current.includes('CV Batik Tulis Madura'), current);
      assert.ok(current.includes('(kosong)'), `current data is empty: ${current}`);
      assert.ok(incoming.includes('CV Batik Tulis Madura'), incoming);
      assert.ok(incoming.includes('Produk: 1'), incoming);
      // Nothing is replaced before she agrees.
      assert.equal((await storedData(page))?.profile?.business_name ?? '', '');

      await page.locator('[data-testid=import-replace]').tap();
      await page.locator('[data-testid=import-done]').waitFor({ state: 'visible' });
      await waitForStored(page, (doc) => doc.profile.business_name === 'CV Batik Tulis Madura');

      await open(page, url, '#/profile');
      await reload(page);
      assert.equal(await page.inputValue('#business-name'), 'CV Batik Tulis Madura');
      assert.equal(await page.inputValue('#owner-name'), 'Ibu Aminah');
      assert.equal(await page.inputValue('#region'), '3528');
      assert.equal(await page.locator('[data-testid=product]').first().getByLabel('Nama produk', { exact: true }).inputValue(), 'Kain batik tulis');
      assert.equal(await page.isChecked('#doc-npwp'), true);
      assert.equal(await page.isChecked('#exp-not_yet'), true);
    });
  });

  it('refuses a malformed, a foreign and a newer file, and a cancel, without touching her data', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await fillProfile(page, url);
      await goToData(page);
      const stored = await page.evaluate(() => window.localStorage.getItem('siap-ekspor:data'));

      const refused = [
        ['malformed', '{oops', /bukan JSON/],
        ['foreign', '{"hello":1}', /bukan cadangan Siap Ekspor/],
        ['newer schema', '{"app":"siap-ekspor","schema_version":99}', /99/],
      ];
      for (const [what, text, message] of refused) {
        await page.locator('[data-testid=import-file]').setInputFiles(backupFile(text, `${what}.json`));
        const error = page.locator('[data-testid=import-error]');
        await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=import-error]')?.textContent ?? ''), message.source);
        assert.ok(await error.isVisible(), `${what}: the refusal is visible`);
        assert.equal(await page.locator('[data-testid=import-confirm]').count(), 0, `${what}: no replace offered`);
        assert.equal(await page.evaluate(() => window.localStorage.getItem('siap-ekspor:data')), stored, `${what}: data untouched`);
      }

      // A good file, then Cancel.
      const other = JSON.stringify({ app: 'siap-ekspor', schema_version: 2, profile: { business_name: 'Orang Lain' } });
      await page.locator('[data-testid=import-file]').setInputFiles(backupFile(other));
      await page.locator('[data-testid=import-confirm]').waitFor({ state: 'visible' });
      assert.ok((await page.locator('[data-testid=import-current]').textContent()).includes('CV Batik Tulis Madura'));
      assert.ok((await page.locator('[data-testid=import-incoming]').textContent()).includes('Orang Lain'));
      await page.locator('[data-testid=import-cancel]').tap();
      await page.locator('[data-testid=import-confirm]').waitFor({ state: 'detached' });
      assert.equal(await page.locator('[data-testid=import-done]').count(), 0);
      assert.equal(await page.evaluate(() => window.localStorage.getItem('siap-ekspor:data')), stored, 'cancel: data untouched');

      await open(page, url, '#/profile');
      await reload(page);
      assert.equal(await page.inputValue('#business-name'), 'CV Batik Tulis Madura');
    });
  });

  it('shows the storage used, and a confirmed reset empties the profile', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/data');
      const usage = page.locator('[data-testid=storage-usage]');
      await usage.waitFor({ state: 'visible' });
      assert.equal(await usage.getAttribute('data-mode'), 'local');
      const emptyBytes = Number(await usage.getAttribute('data-bytes'));
      // A first visit stores nothing until she changes something.
      assert.equal(emptyBytes, 0, 'nothing stored yet');

      await fillProfile(page, url);
      await goToData(page);
      await waitForAttribute(page, '[data-testid=storage-usage]', 'data-bytes', { above: emptyBytes });
      const fullBytes = Number(await usage.getAttribute('data-bytes'));
      const measured = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('siap-ekspor'))
        .reduce((sum, k) => sum + (k.length + localStorage.getItem(k).length) * 2, 0));
      assert.equal(fullBytes, measured, 'data-bytes counts keys and values as UTF-16');

      // Asking is not doing.
      await page.locator('[data-testid=reset-data]').tap();
      await page.locator('[data-testid=reset-confirm]').waitFor({ state: 'visible' });
      assert.equal((await storedData(page)).profile.business_name, 'CV Batik Tulis Madura');
      await page.locator('[data-testid=reset-confirm]').tap();
      await waitForStored(page, (doc) => doc.profile.business_name === '' && doc.profile.products.length === 0);
      await waitForAttribute(page, '[data-testid=storage-usage]', 'data-bytes', { below: fullBytes });

      await open(page, url, '#/profile');
      await reload(page);
      assert.equal(await page.inputValue('#business-name'), '');
      assert.equal(await page.inputValue('#owner-name'), '');
      assert.equal(await page.inputValue('#region'), '');
      assert.equal(await page.locator('[data-testid=product]').count(), 0);
      assert.equal(await page.isChecked('#doc-npwp'), false);
      assert.equal(await page.getAttribute('[data-testid=profile-completion]', 'data-percent'), '0');
    });
  });
});
