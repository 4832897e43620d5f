// Siap Ekspor — two or more builds side by side (not a test): cold visits to the home page on
// emulated slow 4G at 4x CPU slowdown, as the bench makes them (cold-visit.mjs), interleaved
// (A, B, A, B, …) so that both meet the same hours of a shared machine whose speed moves, each
// traced. Prints, per build, the medians and every run of:
//
//   wasm      when the main wasm had arrived (Resource Timing)
//   shown     when the language switch was on screen
//   answered  when the tapped switch had switched <html lang> (the bench's "answers a tap")
//   busy      main-thread time in tasks from the wasm's arrival to the answer
//   longest   the longest of those tasks
//   over50    their time over 50 ms, summed (what Lighthouse's total blocking time counts)
//
//   node tests/bench/compare.mjs RUNS folderA folderB [...]
//   NET=3g node tests/bench/compare.mjs 5 /tmp/dist-before dist
//
// docs/code-splitting.md quotes its figures ("The first screen in shorter tasks").

import { resolve } from 'node:path';

import { serve } from '../e2e/serve.mjs';
import { coldPage, launchChromium, NETWORKS, tapLanguageSwitch, warmServer } from './cold-visit.mjs';

const runs = Number(process.argv[2]);
const folders = process.argv.slice(3).map((folder) => resolve(folder));
const network = NETWORKS[process.env.NET || '4g'];
if (!Number.isInteger(runs) || runs < 1 || folders.length === 0 || !network) {
  console.error('usage: [NET=4g|3g] node tests/bench/compare.mjs RUNS folder [folder ...]');
  process.exit(2);
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'toplevel'];
const KEYS = ['wasm', 'shown', 'answered', 'busy', 'longest', 'over50'];

/** One traced cold visit to `url`: the figures above, in ms since navigation. */
async function visit(browser, url) {
  const { context, page, cdp } = await coldPage(browser, { network });
  try {
    const events = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
    await page.goto(url, { waitUntil: 'commit' });
    const answered = await tapLanguageSwitch(page);
    const shown = await page.evaluate(() => window.__switchShown);
    const wasm = await page.evaluate(() => Math.round(performance.getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('_bg.wasm')).responseEnd));
    await cdp.send('Tracing.end');
    await complete;

    const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame
      && e.args.data.documentLoaderURL?.startsWith('http'));
    const thread = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === navigation.pid);
    const since = (event) => (event.ts - navigation.ts) / 1000;
    const tasks = events
      .filter((e) => e.pid === navigation.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask')
      .filter((e) => since(e) >= wasm - 5 && since(e) <= answered)
      .map((e) => e.dur / 1000);
    return {
      wasm,
      shown,
      answered,
      busy: Math.round(tasks.reduce((sum, t) => sum + t, 0)),
      longest: Math.round(Math.max(0, ...tasks)),
      over50: Math.round(tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0)),
    };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const servers = await Promise.all(folders.map((root) => serve({ root, host: '127.0.0.1' })));
const browser = await launchChromium();
const results = folders.map(() => []);
try {
  for (const server of servers) await warmServer(browser, server.url);
  for (let run = 0; run < runs; run += 1) {
    for (let i = 0; i < folders.length; i += 1) results[i].push(await visit(browser, servers[i].url));
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

console.log(`${runs} cold visits each, interleaved, ${network.name}, 4x CPU slowdown (ms since navigation; busy, longest and over50 from the wasm's arrival to the answer):`);
folders.forEach((folder, i) => {
  console.log(folder);
  for (const key of KEYS) {
    const values = results[i].map((r) => r[key]);
    console.log(`  ${key.padEnd(9)} median ${String(median(values)).padStart(5)}  [${values.join(', ')}]`);
  }
});
