// Language: Indonesian first, English one tap away; the choice survives a reload; `?lang=` before
// or after the hash picks the language of a shared link; `<html lang>` always matches the text.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { open, reload, servedApp, waitForStored, withApp } from './helpers.mjs';

const HOME_TITLE = { id: 'Selamat datang di Siap Ekspor', en: 'Welcome to Siap Ekspor' };
const DATA_TITLE = { id: 'Data & cadangan', en: 'Data & backup' };
const TAB_PROFILE = { id: 'Profil usaha', en: 'Business profile' };

async function expectLanguage(page, lang, h1) {
  await page.waitForFunction(
    ({ l, t }) => document.documentElement.lang === l && document.querySelector('main h1')?.textContent.trim() === t,
    { l: lang, t: h1 },
  );
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  assert.equal((await page.locator('main h1').textContent()).trim(), h1);
  // The chrome around the page follows too.
  assert.ok((await page.locator('nav.tabbar').textContent()).includes(TAB_PROFILE[lang]));
  // The switch offers the other language and is marked up in it.
  const other = lang === 'id' ? 'en' : 'id';
  assert.equal(await page.getAttribute('[data-testid=lang-switch]', 'lang'), other);
  // The tagline fits the top bar of a 360 px phone whole, in either language.
  const tagline = await page.locator('.brand-tagline').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  assert.ok(tagline[0] <= tagline[1], `the tagline is cut: ${tagline}`);
  const bar = await page.locator('header.topbar').boundingBox();
  assert.ok(bar.height <= 56.5, `the top bar stays 56 px high: ${bar.height}`);
}

describe('language', () => {
  const app = servedApp();

  it('starts in Indonesian, switches to English with a tap, and stays English after a reload', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url);
      await expectLanguage(page, 'id', HOME_TITLE.id);
      assert.match(await page.title(), /Siap Ekspor/);

      await page.locator('[data-testid=lang-switch]').tap();
      await expectLanguage(page, 'en', HOME_TITLE.en);
      assert.equal(await page.locator('[data-testid=lang-switch]').textContent(), 'Bahasa Indonesia');

      await waitForStored(page, (doc) => doc.settings.lang === 'en');
      await reload(page);
      await expectLanguage(page, 'en', HOME_TITLE.en);

      // And back.
      await page.locator('[data-testid=lang-switch]').tap();
      await expectLanguage(page, 'id', HOME_TITLE.id);
    });
  });

  it('keeps the language while moving between pages', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('[data-testid=lang-switch]').tap();
      await expectLanguage(page, 'en', 'Business profile');
      await page.locator('nav.tabbar a[href="#/"]').tap();
      await expectLanguage(page, 'en', HOME_TITLE.en);
    });
  });

  it('?lang=id before the hash picks Indonesian even when English was chosen', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/data');
      await page.locator('[data-testid=lang-switch]').tap();
      await expectLanguage(page, 'en', DATA_TITLE.en);
      await waitForStored(page, (doc) => doc.settings.lang === 'en');

      await open(page, url, 'index.html?lang=id#/data');
      await expectLanguage(page, 'id', DATA_TITLE.id);
    });
  });

  it('?lang=en after the hash picks English', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, 'index.html#/data?lang=en');
      await expectLanguage(page, 'en', DATA_TITLE.en);
      assert.equal(await page.locator('[data-testid=export-backup]').textContent(), 'Download backup');
    });
  });

  it('?lang= in a new hash switches the page already open', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/data');
      await expectLanguage(page, 'id', DATA_TITLE.id);
      await page.evaluate(() => { window.location.hash = '#/data?lang=en'; });
      await expectLanguage(page, 'en', DATA_TITLE.en);
      await page.evaluate(() => { window.location.hash = '#/?lang=id'; });
      await expectLanguage(page, 'id', HOME_TITLE.id);
    });
  });
});
