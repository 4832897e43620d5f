// Siap Ekspor — where a cold visit's time goes (not a test): three cold visits to the home page on
// an emulated phone network at 4x CPU slowdown, as in the bench, each printed as a timeline: when
// each file was asked for and had arrived (Resource Timing), when the shell's language switch
// appeared, when the test driver's tap reached the page, when the page answered it, and the long
// tasks (over 50 ms) on the way.
//
//   node tests/bench/timeline.mjs [folder=dist] [4g|3g]
//
// docs/code-splitting.md ("Where a cold visit's time goes") reads these figures.

import { resolve } from 'node:path';

import { serve } from '../e2e/serve.mjs';
import { coldPage, launchChromium, NETWORKS, tapLanguageSwitch, warmServer } from './cold-visit.mjs';

const args = process.argv.slice(2);
const dist = resolve(args[0] || 'dist');
const network = NETWORKS[args[1] || '4g'];
if (!network) throw new Error(`network: 4g or 3g, not ${args[1]}`);

/**
 * Runs in the page before its own scripts: marks when the tap reached the page, and the long
 * tasks. (When the switch was on screen and when the page answered: `recordTap`, cold-visit.mjs.)
 */
function record() {
  window.__marks = {};
  window.__longTasks = [];
  const mark = (name) => { window.__marks[name] ??= Math.round(performance.now()); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  for (const type of ['pointerdown', 'click']) document.addEventListener(type, () => mark(type), true);
}

const server = await serve({ root: dist, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  await warmServer(browser, server.url);
  for (let run = 1; run <= 3; run += 1) {
    const { context, page } = await coldPage(browser, { network, initScript: record });
    await page.goto(server.url, { waitUntil: 'commit' });
    await tapLanguageSwitch(page);
    const out = await page.evaluate(async () => ({
      files: performance.getEntriesByType('resource')
        .map((r) => [r.name.split('/').pop().replace(/-[0-9a-f]{16}/, ''), Math.round(r.startTime), Math.round(r.responseEnd)]),
      marks: { 'switch on screen': await window.__switchShown, ...window.__marks, answered: await window.__answered },
      longTasks: window.__longTasks,
    }));
    console.log(`run ${run}: ${Object.entries(out.marks).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    console.log(`  long tasks [start, ms]: ${JSON.stringify(out.longTasks)}`);
    for (const [name, start, end] of out.files) console.log(`  ${String(start).padStart(6)} → ${String(end).padStart(6)} ms  ${name}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
