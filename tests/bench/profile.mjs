// Siap Ekspor — a CPU profile of a cold visit to the home page (not a test): where the main
// thread's time goes until the home page answers a tap, at 4x CPU slowdown as in the bench.
//
//   SIAP_WASM_NAMES=1 trunk build --release --dist /tmp/dist-names   # keeps the wasm's names
//   node tests/bench/profile.mjs /tmp/dist-names [route=#/] [--top=40]
//
// Prints the functions with the most self time and the most total time (a function's own time
// plus what it called, each counted once per sample), from the V8 sampling profiler (CDP).

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from '../e2e/serve.mjs';
import { coldPage, launchChromium, tapLanguageSwitch, warmServer } from './cold-visit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const DIST = resolve(ROOT, positional[0] || 'dist');
const route = positional[1] || '';
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) || 40);

const server = await serve({ root: DIST, host: '127.0.0.1' });
const browser = await launchChromium();
try {
  await warmServer(browser, server.url);
  const { cdp, page } = await coldPage(browser);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}${route}`, { waitUntil: 'commit' });
  await tapLanguageSwitch(page);
  const { profile } = await cdp.send('Profiler.stop');

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop().replace(/-[0-9a-f]{16}/, '') : '';
    return `${f.functionName || '(anonymous)'}${file ? ` [${file}]` : ''}`;
  };
  const dt = profile.timeDeltas;
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id);
    const leafName = name(leaf);
    if (leafName.startsWith('(idle)') || leafName.startsWith('(program)')) return;
    busy += ms;
    self.set(leafName, (self.get(leafName) || 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(byId.get(at));
      if (seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) || 0) + ms);
    }
  });
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [n, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${n.slice(0, 150)}`);
    }
  };
  console.log(`busy (not idle, not program): ${busy.toFixed(0)} ms`);
  print('self time', self);
  print('total time', total);
} finally {
  await browser.close();
  await server.close();
}
