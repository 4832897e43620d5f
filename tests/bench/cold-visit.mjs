// A cold visit as the benchmark measures it, one definition for bench.mjs, timeline.mjs and
// profile.mjs: a phone-sized page in a fresh browser context (nothing cached, no service worker),
// Chromium's CPU slowed 4x, optionally an emulated phone network, and "the home page answers a
// tap": the language switch tapped as soon as it is on screen and <html lang> switched, timed by
// the page's own clock.

/** The phone networks of the targets (CDP throughput is in bytes per second). */
export const NETWORKS = {
  '4g': { name: 'slow 4G (1.6 Mbps, 150 ms)', latency: 150, down: 1.6e6 / 8, up: 0.75e6 / 8 },
  '3g': { name: '3G (400 kbps, 300 ms)', latency: 300, down: 0.4e6 / 8, up: 0.4e6 / 8 },
};

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Chromium from Debian (or CHROME_PATH), with the benchmark's flags. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * One untimed visit to `url`, run before the timed ones. The test server (tests/e2e/serve.mjs)
 * compresses each file on its first request and keeps it: without this, the first timed visit
 * waits for the main wasm's brotli compression (about 0.5 s here; measured 2026-12-02, the first
 * of three runs was 0.5-0.6 s slower than the other two), which a static host serving
 * precompressed files never makes her wait for. Each timed visit is still cold: a fresh context,
 * nothing cached (a fresh browser per run gave the same times).
 */
export async function warmServer(browser, url) {
  const { context, page } = await coldPage(browser);
  await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate(() => window.__switchShown);
  await context.close();
}

/**
 * A fresh 360x640 context and page with the CPU slowed 4x and, if `network` is given (one of
 * NETWORKS), that network emulated; `recordTap` and then `initScript` run in the page before its
 * own scripts. The caller closes `context`.
 */
export async function coldPage(browser, { network, initScript } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(recordTap);
  if (initScript) await page.addInitScript(initScript);
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: network.latency, downloadThroughput: network.down, uploadThroughput: network.up,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/**
 * Runs in the page before its own scripts (`coldPage` adds it): records, on the page's own
 * clock, when the language switch is on screen (`window.__switchShown`) and when <html lang>
 * became "en" (`window.__answered`), each a promise of that time.
 */
export function recordTap() {
  const now = () => Math.round(performance.now());
  let shown;
  let answered;
  window.__switchShown = new Promise((r) => { shown = r; });
  window.__answered = new Promise((r) => { answered = r; });
  document.addEventListener('DOMContentLoaded', () => {
    // Cheap on every mutation (no layout is forced here: the switch's box is read by the test
    // once the page's own task is over), and stopped once the page has answered.
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (document.querySelector('[data-testid=lang-switch]')) shown(now());
      if (document.documentElement.lang === 'en') {
        answered(now());
        observer.disconnect();
      }
    };
    observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
    check();
  });
}

/**
 * Taps the language switch as soon as it is on screen (a mouse press and release at its centre,
 * sent to the browser's input pipeline as a finger's would be) and returns the page's own time
 * (ms since navigation) at which it answered (English shown). The page is one of `coldPage`'s.
 *
 * Why not a locator's click and a poll: the test driver's own work is not the app's time.
 * Measured 2026-12-02 at 4x CPU: a locator retries 20, 100, 100 and 500 ms apart while the switch
 * is not yet there, and its first use parses the driver's own script on the slowed CPU, which put
 * the tap 0.1-0.45 s after the switch appeared; polling for the answer and then reading the clock
 * added 0.1-0.3 s after the page had answered (docs/code-splitting.md).
 */
export async function tapLanguageSwitch(page) {
  await page.evaluate(() => window.__switchShown);
  const { x, y } = await page.evaluate(() => {
    const box = document.querySelector('[data-testid=lang-switch]').getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await page.mouse.click(x, y);
  return page.evaluate(() => window.__answered);
}
