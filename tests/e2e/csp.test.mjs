// The README's Content-Security-Policy, sent with every response: every route loads and works under
// it with no violation and no console error, and nothing is ever requested from another origin.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { CSP, ROUTES, open, servedApp, withApp } from './helpers.mjs';

// Runs in every frame before the page's own scripts.
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

describe('content security policy', () => {
  const app = servedApp();

  it('is the README\'s policy, strict enough to matter, and served with every response', async () => {
    assert.match(CSP, /default-src 'self'/);
    assert.match(CSP, /script-src [^;]*'self'/);
    assert.doesNotMatch(CSP, /'unsafe-inline'|'unsafe-eval'|\*/, 'no unsafe-inline, unsafe-eval or wildcard');
    for (const path of ['index.html', 'sw.js', 'manifest.webmanifest']) {
      const response = await fetch(new URL(path, app.server.url));
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-security-policy'), CSP, path);
      await response.arrayBuffer();
    }
  });

  it('every route, in both languages and embedded, runs with no violation and only same-origin requests', async () => {
    await withApp(app.browser, app.server, async ({ context, page, url }) => {
      const origin = new URL(url).origin;
      const requests = [];
      context.on('request', (request) => requests.push(request.url()));

      const paths = [];
      for (const lang of ['id', 'en']) {
        for (const { hash } of ROUTES) paths.push(`index.html?lang=${lang}${hash}`);
        paths.push(`index.html?lang=${lang}#/nope`);
      }
      paths.push('', 'index.html?embed=1#/incoterms');

      for (const path of paths) {
        await page.goto('about:blank');
        await open(page, url, path);
        const violations = await page.evaluate(() => window.__cspViolations);
        assert.deepEqual(violations, [], `${path}: CSP violations`);
      }

      // Interaction renders new markup (and could set inline styles): the profile and the menu.
      await open(page, url, '#/profile');
      await page.fill('#business-name', 'UD Aman');
      await page.locator('[data-testid=add-product]').tap();
      await page.locator('[data-testid=product] input[id$="-name"]').first().fill('Gula aren');
      await page.locator('#doc-other').tap();
      await page.fill('#other-document', 'Sertifikat organik');
      await page.selectOption('#region', 'other');
      await page.fill('#other-region', 'Kota Denpasar, Bali');
      await page.locator('[data-testid=menu-button]').tap();
      await page.locator('[data-testid=nav-data]').tap();
      await page.waitForSelector('[data-testid=export-backup]');
      await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-backup]').tap()]);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations while using the app');

      // The service worker is on the same origin and fetches from it only.
      await page.evaluate(() => navigator.serviceWorker.ready);

      const foreign = requests.filter((r) => {
        if (r.startsWith('blob:')) return new URL(r.slice(5)).origin !== origin;
        if (r.startsWith('data:') || r === 'about:blank') return false;
        return new URL(r).origin !== origin;
      });
      assert.deepEqual(foreign, [], 'requests to another origin');
      assert.ok(requests.some((r) => r.endsWith('.wasm')), 'the recorder saw the wasm download');
    }, { initScripts: [recordViolations] });
  });
});
