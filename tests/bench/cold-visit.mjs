// A cold visit as the benchmark measures it, one definition for bench.mjs, timeline.mjs and
// profile.mjs: a phone-sized page in a fresh browser context (nothing cached, no service worker),
// Chromium's CPU slowed 4x, optionally an emulated phone network, and "the home page answers a
// tap": the language switch tapped and <html lang> switched.

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
 * A fresh 360x640 context and page with the CPU slowed 4x and, if `network` is given (one of
 * NETWORKS), that network emulated; `initScript` runs in the page before its own scripts. The
 * caller closes `context`.
 */
export async function coldPage(browser, { network, initScript } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const page = await context.newPage();
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

/** Taps the language switch and waits until the page has answered (English shown). */
export async function tapLanguageSwitch(page) {
  await page.locator('[data-testid=lang-switch]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}
