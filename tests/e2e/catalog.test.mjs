// Her business e-mail kit at #/catalog, as she meets it on a 360×640 phone: from the menu, her
// English signature made from the profile (the place ending "Indonesia", the phone in +62 form),
// a role picked, copied to the clipboard, and the same after a reload and offline.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import AxeBuilderModule from '@axe-core/playwright';

import { open, reload, servedApp, waitForController, waitForStored, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the signature block reads `want`. */
const signatureIs = (page, want) => page.waitForFunction(
  (want) => document.querySelector('[data-testid=email-signature]')?.textContent === want,
  want,
);

describe('business e-mail kit', () => {
  const app = servedApp();

  it('writes her English signature from the profile, copies it, and keeps it offline', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await open(page, url, '#/profile');
      await waitForController(page);
      await page.locator('#business-name').fill('UD Sumber Rejeki');
      await page.locator('#owner-name').fill('Sri Wahyuni');
      await page.selectOption('#region', '3507'); // Kabupaten Malang
      await page.locator('#contact-phone').fill('0812-3456-7890');
      await waitForStored(page, (d) => d.profile.contact?.phone === '0812-3456-7890');

      // From the menu, as she would.
      await page.locator('[data-testid=menu-button]').tap();
      await page.locator('#all-tools [data-testid=nav-catalog]').tap();
      await page.locator('[data-testid=email-signature]').waitFor();
      await signatureIs(page, 'Sri Wahyuni, Owner\nUD Sumber Rejeki\nMalang, East Java, Indonesia\nPhone / WhatsApp: +62 812-3456-7890');
      assert.equal(await page.getAttribute('[data-testid=email-signature]', 'lang'), 'en');
      // No e-mail in the profile yet: said in her language, with the way to the profile.
      assert.match(await page.locator('[data-testid=signature-no-email]').textContent(), /belum punya alamat e-mail/);

      // Her role, picked from the list (the signature says it in English).
      await page.selectOption('[data-testid=signature-role]', 'export');
      await signatureIs(page, 'Sri Wahyuni, Export Manager\nUD Sumber Rejeki\nMalang, East Java, Indonesia\nPhone / WhatsApp: +62 812-3456-7890');
      await page.locator('[data-testid=copy-signature]').tap();
      await page.waitForFunction(() => document.querySelector('[data-testid=signature-status]').textContent.trim() !== '');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
        'Sri Wahyuni, Export Manager\nUD Sumber Rejeki\nMalang, East Java, Indonesia\nPhone / WhatsApp: +62 812-3456-7890');

      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      assert.deepEqual(serious, []);

      // Her e-mail, typed in the profile, joins it; hostile text stays text.
      await open(page, url, '#/profile');
      await page.locator('#contact-email').fill('sumberrejeki@example.com');
      await page.locator('#contact-website').fill('<img src=x onerror=alert(1)>');
      await waitForStored(page, (d) => d.profile.contact?.website?.startsWith('<img'));
      await context.setOffline(true);
      await reload(page);
      await open(page, url, '#/catalog');
      await signatureIs(page, 'Sri Wahyuni, Owner\nUD Sumber Rejeki\nMalang, East Java, Indonesia\n'
        + 'Phone / WhatsApp: +62 812-3456-7890\nE-mail: sumberrejeki@example.com\nWebsite: <img src=x onerror=alert(1)>');
      assert.equal(await page.locator('[data-testid=email-signature] img').count(), 0);
      assert.equal(await page.locator('[data-testid=signature-no-email]').count(), 0);
      await context.setOffline(false);
    }, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  });
});
