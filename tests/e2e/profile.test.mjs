// The business profile (#/profile) as a participant fills it in on her phone: typed text, a region,
// a product, documents, her export experience; everything survives a reload, and completion grows.
// Whatever she types is text: markup and script in a field are shown, never run.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, reload, servedApp, storedData, waitForAttribute, waitForStored, withApp } from './helpers.mjs';

const percent = async (page) => Number(await page.getAttribute('[data-testid=profile-completion]', 'data-percent'));

describe('business profile', () => {
  const app = servedApp();

  it('keeps everything she enters across a reload, and completion grows', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      const start = await percent(page);
      assert.equal(start, 0, 'an empty profile is 0% complete');

      await page.locator('#business-name').tap();
      await page.locator('#business-name').pressSequentially('UD Kopi Ijen Makmur');
      await waitForAttribute(page, '[data-testid=profile-completion]', 'data-percent', { above: start });
      const afterName = await percent(page);

      await page.locator('#owner-name').fill('Siti Rahayu');
      await waitForAttribute(page, '[data-testid=profile-completion]', 'data-percent', { above: afterName });
      const afterOwner = await percent(page);

      await page.selectOption('#region', '3578');
      await waitForAttribute(page, '[data-testid=profile-completion]', 'data-percent', { above: afterOwner });
      const afterRegion = await percent(page);

      // A product: the button adds an editor; its inputs are found by their labels.
      await page.locator('[data-testid=add-product]').tap();
      const product = page.locator('[data-testid=product]').first();
      await product.waitFor();
      const nameInput = product.getByLabel('Nama produk', { exact: true });
      const descriptionInput = product.getByLabel('Keterangan singkat', { exact: true });
      assert.match(await nameInput.getAttribute('id'), /^product-\d+-name$/);
      assert.match(await descriptionInput.getAttribute('id'), /^product-\d+-description$/);
      await nameInput.fill('Kopi bubuk robusta');
      await descriptionInput.fill('Kemasan 250 g, 200 kg per bulan');
      await waitForAttribute(page, '[data-testid=profile-completion]', 'data-percent', { above: afterRegion });
      const afterProduct = await percent(page);

      // Documents: NIB with customs access is an NIB, so ticking it ticks the NIB too.
      await page.locator('#doc-npwp').tap();
      assert.equal(await page.isChecked('#doc-nib'), false);
      await page.locator('#doc-nib_customs').tap();
      await page.waitForFunction(() => document.querySelector('#doc-nib').checked);
      assert.equal(await page.isChecked('#doc-nib_customs'), true);
      assert.equal(await page.isChecked('#doc-npwp'), true);
      await waitForAttribute(page, '[data-testid=profile-completion]', 'data-percent', { above: afterProduct });
      const afterDocuments = await percent(page);

      // Experience: a radio, tapped through its label as a thumb would.
      await page.locator('label[for=exp-through_trader]').tap();
      assert.equal(await page.isChecked('#exp-through_trader'), true);
      await waitForAttribute(page, '[data-testid=profile-completion]', 'data-percent', { above: afterDocuments });
      const afterExperience = await percent(page);

      await waitForStored(page, (doc) => doc.profile.experience === 'through_trader');
      await reload(page);

      assert.equal(await page.inputValue('#business-name'), 'UD Kopi Ijen Makmur');
      assert.equal(await page.inputValue('#owner-name'), 'Siti Rahayu');
      assert.equal(await page.inputValue('#region'), '3578');
      assert.match(await page.locator('#region option:checked').textContent(), /Surabaya/);
      const products = page.locator('[data-testid=product]');
      assert.equal(await products.count(), 1);
      assert.equal(await products.first().getByLabel('Nama produk', { exact: true }).inputValue(), 'Kopi bubuk robusta');
      assert.equal(await products.first().getByLabel('Keterangan singkat', { exact: true }).inputValue(), 'Kemasan 250 g, 200 kg per bulan');
      for (const id of ['doc-npwp', 'doc-nib', 'doc-nib_customs']) assert.equal(await page.isChecked(`#${id}`), true, id);
      for (const id of ['doc-pirt', 'doc-bpom', 'doc-halal']) assert.equal(await page.isChecked(`#${id}`), false, id);
      assert.equal(await page.isChecked('#exp-through_trader'), true);
      assert.equal(await percent(page), afterExperience, 'completion is the same after the reload');
      assert.ok(afterExperience > 0 && afterExperience <= 100);

      const doc = await storedData(page);
      assert.equal(doc.schema_version, 3);
      assert.deepEqual(doc.profile.region, { kind: 'east_java', code: '3578' });
      assert.deepEqual([...doc.profile.documents].sort(), ['nib', 'nib_customs', 'npwp']);
    });
  });

  it('a product just added takes the keyboard: its name field is focused, and typing names it', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('[data-testid=add-product]').tap();
      await page.waitForFunction(() => document.activeElement?.id?.match(/^product-\d+-name$/));
      await page.keyboard.type('Kopi bubuk');
      await waitForStored(page, (doc) => doc.profile.products.length === 1 && doc.profile.products[0].name === 'Kopi bubuk');
      await page.locator('[data-testid=add-product]').tap();
      await page.waitForFunction(() => document.activeElement?.id === 'product-1-name');
    });
  });

  it("her contact details are optional, kept over a reload, and go on a new document's letterhead", async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.fill('#contact-address', 'Jl. Raya Tumpang 12, Malang');
      await page.fill('#contact-phone', '0812-3456-7890');
      await page.fill('#contact-email', 'sari@contoh.id');
      await page.fill('#contact-founded', '2015');
      await page.fill('#contact-staff', '6');
      await waitForStored(page, (doc) => doc.profile.contact?.staff === '6' && doc.profile.contact.email === 'sari@contoh.id');
      await reload(page);
      assert.equal(await page.inputValue('#contact-address'), 'Jl. Raya Tumpang 12, Malang');
      assert.equal(await page.getAttribute('#contact-email', 'autocomplete'), 'email');
      await open(page, url, '#/documents?new=proforma');
      await page.locator('[data-testid=doc-editor]').waitFor();
      assert.equal(await page.inputValue('#doc-seller_address'), 'Jl. Raya Tumpang 12, Malang');
      assert.equal(await page.inputValue('#doc-seller_phone'), '0812-3456-7890');
    });
  });

  it('unticking the NIB also unticks its customs access', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('#doc-nib_customs').tap();
      await page.waitForFunction(() => document.querySelector('#doc-nib').checked);
      await page.locator('#doc-nib').tap();
      await page.waitForFunction(() => !document.querySelector('#doc-nib_customs').checked);
      await waitForStored(page, (doc) => doc.profile.documents.length === 0);
    });
  });

  it('shows letters, emoji and markup as typed text, never runs them, and keeps them', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      await page.exposeFunction('__e2eScriptRan', () => dialogs.push('script ran'));

      const business = 'Kopi Ñusantara 🌶️☕ «ÜÇ» 中文 ✓';
      const owner = '<script>alert(1)</script><script>window.__e2eScriptRan()</script>';
      const productName = '<img src=x onerror=alert(1)><img src=y onerror="window.__e2eScriptRan()">';
      const goals = 'Ekspor ke 日本 & <b>Korea</b> "100%" \'OK\' \\ 👩🏽‍🌾';

      await open(page, url, '#/profile');
      await page.fill('#business-name', business);
      await page.fill('#owner-name', owner);
      await page.locator('[data-testid=add-product]').tap();
      const product = page.locator('[data-testid=product]').first();
      await product.getByLabel('Nama produk', { exact: true }).fill(productName);
      await page.fill('#goals', goals);
      await waitForStored(page, (doc, g) => doc.profile.goals === g, goals);

      const check = async () => {
        assert.equal(await page.inputValue('#business-name'), business);
        assert.equal(await page.inputValue('#owner-name'), owner);
        assert.equal(await product.getByLabel('Nama produk', { exact: true }).inputValue(), productName);
        assert.equal(await page.inputValue('#goals'), goals);
        // Nothing of it became markup.
        assert.equal(await page.locator('main script, main img[src=x], main img[src=y], main b').count(), 0);
      };
      await check();
      await reload(page);
      await check();

      // The same text shown as text elsewhere: the backup's summary on #/data.
      const lines = [];
      await page.evaluate(() => { window.location.hash = '#/data'; });
      await page.waitForSelector('[data-testid=export-backup]');
      const fileChooser = page.locator('[data-testid=import-file]');
      const backup = JSON.stringify({ app: 'siap-ekspor', schema_version: 2, profile: { business_name: owner } });
      await fileChooser.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
      await page.waitForSelector('[data-testid=import-incoming]');
      lines.push(await page.locator('[data-testid=import-current]').textContent());
      lines.push(await page.locator('[data-testid=import-incoming]').textContent());
      assert.ok(lines[0].includes(business), lines[0]);
      assert.ok(lines[1].includes(owner), lines[1]);
      await page.locator('[data-testid=import-cancel]').tap();
      assert.equal(await page.locator('main script, main img').count(), 0);

      assert.deepEqual(dialogs, [], 'no dialog opened and no injected script ran');
    });
  });
});
