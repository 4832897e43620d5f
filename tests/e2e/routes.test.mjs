// Every route at 360 px: a heading, no sideways scrolling, targets a thumb can hit, navigation by
// tap and by keyboard, and an axe-core scan in both languages.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import AxeBuilderModule from '@axe-core/playwright';

import { ROUTES, open, servedApp, withApp } from './helpers.mjs';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Classify with answers too: rule cards (documents, buttons) and an HS card (the HS list loaded).
const ALL = [...ROUTES.map((r) => r.hash), '#/classify?q=kursi%20jati', '#/classify?q=8712', '#/nope'];
const MIN_TARGET = 24;

/**
 * Visible interactive elements smaller than 24×24 CSS px that are not inline text in a sentence
 * (WCAG 2.5.8's inline exception). Checkboxes and radios count as big enough when their label is.
 */
function smallTargets(min) {
  const problems = [];
  const visible = (el) => {
    if (el.checkVisibility && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false; // visually hidden (clipped to 1 px)
    if (r.bottom + window.scrollY <= 0 || r.right + window.scrollX <= 0) return false; // parked off-screen (skip link)
    return true;
  };
  const bigEnough = (el) => {
    const r = el.getBoundingClientRect();
    return r.width >= min - 0.01 && r.height >= min - 0.01;
  };
  const inSentence = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const parent = el.parentElement;
    if (!parent) return false;
    const own = el.textContent.trim();
    const around = parent.textContent.replace(own, '').trim();
    return own.length > 0 && around.length > 0;
  };
  const describe = (el) => {
    const r = el.getBoundingClientRect();
    const name = el.id ? `#${el.id}` : (el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '');
    return `<${el.tagName.toLowerCase()}${name}> "${el.textContent.trim().slice(0, 40)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
  };
  const candidates = document.querySelectorAll('a[href], button, input, select, textarea, label');
  for (const el of candidates) {
    if (el.tagName === 'LABEL') {
      const control = el.control;
      if (!control || !['checkbox', 'radio'].includes(control.type)) continue;
    }
    if (!visible(el) || bigEnough(el) || inSentence(el)) continue;
    if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes(el.type)) {
      const label = el.labels && [...el.labels].find((l) => visible(l) && bigEnough(l));
      if (label) continue;
    }
    problems.push(describe(el));
  }
  return problems;
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, { reverse = false, max = 200 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${max} presses of ${reverse ? 'Shift+Tab' : 'Tab'}`);
}

async function expectRoute(page, hash, h1) {
  await page.waitForFunction(
    ({ h, t }) => window.location.hash === h && (t === null || document.querySelector('main h1')?.textContent.trim() === t),
    { h: hash, t: h1 ?? null },
  );
}

const menuOpen = (page) => page.evaluate(() => {
  const menu = document.getElementById('all-tools');
  return menu.classList.contains('open') && menu.checkVisibility();
});

/** Records, from before the page's own scripts, every layout shift as the elements that moved. */
const recordLayoutShifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className}`).join(' ')); })
    .observe({ type: 'layout-shift', buffered: true });
});
/** The layout shifts recorded so far (`recordLayoutShifts`). */
const layoutShifts = (page) => page.evaluate(() => window.__shifts);

describe('routes at 360 px', () => {
  const app = servedApp();

  it('every route renders a heading, fits 360 px and has targets of at least 24×24 px', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      const problems = [];
      for (const hash of ALL) {
        // A fresh load of each route, as a shared link would open it.
        await page.goto('about:blank');
        await open(page, url, hash);
        if (hash.includes('?q=')) await page.locator('[data-testid=commodity-result]').first().waitFor();
        const h1 = (await page.locator('main h1').textContent()).trim();
        assert.ok(h1.length > 0, `${hash}: h1 has text`);
        assert.equal(await page.locator('main h1').count(), 1, `${hash}: one h1`);
        if (hash === '#/nope') await page.locator('[data-testid=not-found]').waitFor({ state: 'visible' });
        else assert.equal(await page.locator('[data-testid=not-found]').count(), 0, `${hash}: not "not found"`);

        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) problems.push(`${hash}: scrollWidth ${width} > 360`);
        for (const small of await page.evaluate(smallTargets, MIN_TARGET)) problems.push(`${hash}: small target ${small}`);

        // And with the menu open.
        await page.locator('[data-testid=menu-button]').tap();
        await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
        const widthMenu = await page.evaluate(() => document.documentElement.scrollWidth);
        if (widthMenu > 360) problems.push(`${hash} (menu open): scrollWidth ${widthMenu} > 360`);
        for (const small of await page.evaluate(smallTargets, MIN_TARGET)) problems.push(`${hash} (menu open): small target ${small}`);
      }
      assert.deepEqual(problems, []);
    });
  });

  it('the profile with products, hints and a confirmation fits 360 px too', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('[data-testid=add-product]').tap();
      const product = page.locator('[data-testid=product]').first();
      await product.getByLabel('Nama produk', { exact: true }).fill('Sambal pecel khas Madiun dengan kacang tanah pilihan tanpa pengawet');
      await product.locator('[data-testid=remove-product]').tap();
      await page.locator('[data-testid=remove-product-confirm]').waitFor();
      await page.fill('#goals', 'Menjual_satu_kontainer_sambal_pecel_ke_Jepang_dan_Korea_Selatan_tahun_depan_tanpa_spasi');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360);
      assert.deepEqual(await page.evaluate(smallTargets, MIN_TARGET), []);
    });
  });

  it('the tab bar navigates by tap and by keyboard', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/');
      const tabs = page.locator('nav.tabbar a');
      assert.equal(await tabs.count(), 4);
      assert.equal(await page.getAttribute('nav.tabbar a[href="#/"]', 'aria-current'), 'page');

      await page.locator('nav.tabbar a[href="#/profile"]').tap();
      await expectRoute(page, '#/profile', 'Profil usaha');
      assert.equal(await page.getAttribute('nav.tabbar a[href="#/profile"]', 'aria-current'), 'page');
      assert.equal(await page.getAttribute('nav.tabbar a[href="#/"]', 'aria-current'), null);

      // Keyboard: Tab to the "Price" tab, Enter; focus moves to the new page's heading.
      await tabTo(page, 'nav.tabbar a[href="#/incoterms"]');
      await page.keyboard.press('Enter');
      await expectRoute(page, '#/incoterms', 'Hitung harga ekspor');
      await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
      await tabTo(page, 'nav.tabbar a[href="#/checklist"]');
      await page.keyboard.press('Enter');
      await expectRoute(page, '#/checklist', 'Daftar periksa ekspor');
    });
  });

  it('the menu opens by tap, its links navigate and close it', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      // Start where no link of the menu points, so each tap goes somewhere new.
      await open(page, url, '#/nope');
      const button = page.locator('[data-testid=menu-button]');
      assert.equal(await button.getAttribute('aria-controls'), 'all-tools');
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await menuOpen(page), false);

      for (const { hash, slug } of ROUTES) {
        await button.tap();
        await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
        assert.equal(await button.getAttribute('aria-expanded'), 'true');
        const link = page.locator(`[data-testid=nav-${slug}]`);
        assert.ok(await link.isVisible(), `nav-${slug} is visible in the open menu`);
        await link.tap();
        await expectRoute(page, hash);
        await page.waitForFunction(() => !document.getElementById('all-tools').classList.contains('open'));
        // The hash changes on the tap, before the app has rendered the new route: wait for it to
        // mark its link as the current page (asserting at once raced the render).
        await page.waitForFunction((s) => document.querySelector(`[data-testid=nav-${s}]`)?.getAttribute('aria-current') === 'page', slug);
      }

      // A second tap on the button closes it again.
      await button.tap();
      await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
      await button.tap();
      await page.waitForFunction(() => !document.getElementById('all-tools').classList.contains('open'));
    });
  });

  it('the menu works by keyboard: Enter opens, its links are reachable and navigate, Escape closes', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/');
      await tabTo(page, '[data-testid=menu-button]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));

      // The menu follows its button in the document: Tab reaches its links next.
      await tabTo(page, '[data-testid=nav-market]');
      await page.keyboard.press('Enter');
      await expectRoute(page, '#/market', 'Panduan marketplace');
      await page.waitForFunction(() => !document.getElementById('all-tools').classList.contains('open'));

      // Escape inside the open menu closes it.
      await tabTo(page, '[data-testid=menu-button]');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
      await tabTo(page, '#all-tools a');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('all-tools').classList.contains('open'));
      assert.equal(await page.getAttribute('[data-testid=menu-button]', 'aria-expanded'), 'false');
    });
  });

  it('the open menu is next in the keyboard order after its button, and Escape on the button closes it', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/');
      await tabTo(page, '[data-testid=menu-button]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
      await page.keyboard.press('Escape');
      assert.equal(await page.getAttribute('[data-testid=menu-button]', 'aria-expanded'), 'false', 'Escape on the button closes the menu');

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(() => document.getElementById('all-tools').contains(document.activeElement)),
        `Tab after opening the menu focuses a menu link, not ${await page.evaluate(() => document.activeElement?.tagName)}`,
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.getElementById('all-tools').classList.contains('open'));
      assert.ok(
        await page.evaluate(() => document.activeElement === document.querySelector('[data-testid=menu-button]')),
        'Escape returns focus to the menu button',
      );
    });
  });

  it('tapping the link of the page already shown closes the menu', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      await open(page, url, '#/profile');
      await page.locator('[data-testid=menu-button]').tap();
      await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
      await page.locator('[data-testid=nav-profile]').tap();
      await page.waitForFunction(() => !document.getElementById('all-tools').classList.contains('open'), null, { timeout: 5000 });
    });
  });

  it('on a wide screen the side column lists every tool, the page shown marked, and nothing shifts as it comes', async () => {
    await withApp(app.browser, app.server, async ({ page, url }) => {
      // The lists are drawn in a task after the shell's first paint (`drawn`, src/app.rs).
      await recordLayoutShifts(page);
      await open(page, url, '#/market');
      const side = page.locator('#side-tools');
      await side.locator('a').first().waitFor({ state: 'visible' });
      assert.deepEqual(await side.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), ROUTES.map((r) => r.hash));
      assert.equal(await side.locator('a[aria-current=page]').getAttribute('href'), '#/market');
      // The footer is drawn with the lists (src/app.rs), so the list never pushes it down.
      await page.locator('footer.footer').waitFor({ state: 'visible' });
      assert.deepEqual(await layoutShifts(page), [], 'no layout shift (the elements that moved)');
    }, { contextOptions: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false } });
  });

  /**
   * Opens the home page with its summary's part held back until the shell is on screen: the list
   * of every tool comes with that part (pages/home/summary.rs), and its place is kept meanwhile
   * (app.css `.tools-loading`), so that the footer below it is off screen and nothing that is on
   * screen moves when the list arrives. Asserts that, and returns once the list is here.
   */
  async function homeListArrives(context, page, url) {
    let release;
    const held = new Promise((done) => { release = done; });
    await context.route('**/split_home-*.wasm', async (route) => { await held; await route.continue(); });
    await recordLayoutShifts(page);
    await open(page, url, '#/');
    await page.locator('footer.footer').waitFor({ state: 'attached' });
    await page.locator('.tools-loading').waitFor({ state: 'visible' });
    assert.equal(await page.locator('.tools').count(), 0, 'no list before its part');
    const footerTop = await page.evaluate(() => document.querySelector('footer.footer').getBoundingClientRect().top);
    const screen = await page.evaluate(() => window.innerHeight);
    assert.ok(footerTop >= screen, `the footer is below the first screen while the list is on its way (${footerTop} px, screen ${screen} px)`);
    release();
    await page.locator('[data-testid=tool-report]').waitFor({ state: 'visible' });
    assert.equal(await page.locator('.tools-loading').count(), 0);
    const tools = await page.locator('.tools a.tool').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(tools, [...ROUTES.map((r) => r.hash).filter((h) => h !== '#/'), '#/checklist?to=report']);
    assert.deepEqual(await layoutShifts(page), [], 'no layout shift (the elements that moved)');
    await context.unroute('**/split_home-*.wasm');
  }

  it("on a desktop screen the home page's list of tools arrives with its part and moves nothing", async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      await homeListArrives(context, page, url);
    }, { contextOptions: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, isMobile: false } });
  });

  it('on a phone the home page lists its tools when its part arrives, nothing shifts, and the hidden lists wait', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      // The home page's list comes with its summary's part; the footer is drawn in a task after
      // the shell's first paint (`drawn`, src/app.rs); the side column's list only on a wide
      // screen; the menu's on opening.
      await homeListArrives(context, page, url);
      assert.equal(await page.locator('#side-tools ul').count(), 0, 'the side column, hidden on a phone, is not drawn');
      assert.equal(await page.locator('#all-tools ul').count(), 0, 'the closed menu is not drawn');
      await page.locator('[data-testid=menu-button]').tap();
      await page.locator('#all-tools [data-testid=nav-market]').waitFor({ state: 'visible' });
      // Turned to a wide screen (a tablet on its side): the side column lists every tool.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('#side-tools a').first().waitFor({ state: 'visible' });
      assert.equal(await page.locator('#side-tools a').count(), ROUTES.length);
    });
  });

  for (const lang of ['id', 'en']) {
    it(`axe-core finds no serious or critical violation on any route (${lang})`, async () => {
      await withApp(app.browser, app.server, async ({ page, url }) => {
        const serious = [];
        for (const hash of ALL) {
          await page.goto('about:blank');
          await open(page, url, `index.html?lang=${lang}${hash}`);
          await page.waitForFunction((l) => document.documentElement.lang === l, lang);
          if (hash.includes('?q=')) await page.locator('[data-testid=commodity-result]').first().waitFor();
          for (const menu of [false, true]) {
            if (menu) {
              await page.locator('[data-testid=menu-button]').tap();
              await page.waitForFunction(() => document.getElementById('all-tools').classList.contains('open'));
            }
            const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
            const where = `${lang} ${hash}${menu ? ' (menu open)' : ''}`;
            assert.ok(results.passes.length > 10, `${where}: axe ran its rules`);
            for (const v of results.violations) {
              const line = `${where}: [${v.impact}] ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`;
              if (v.impact === 'serious' || v.impact === 'critical') serious.push(line);
              else console.log(`axe (not failing): ${line}`);
            }
          }
        }
        assert.deepEqual(serious, []);
      });
    });
  }
});
