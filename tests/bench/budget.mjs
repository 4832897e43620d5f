// Checks a build against tests/bench/budget.json: the first visit, and every part of the app.
// Exits 1 with what is over. Run by .ci/test after the release build.
//
//   node tests/bench/budget.mjs [folder=dist]

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { sizes } from './sizes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const dist = resolve(HERE, '..', '..', process.argv[2] || 'dist');
const budget = JSON.parse(readFileSync(join(HERE, 'budget.json'), 'utf8'));
const measured = sizes(dist);

const rows = [['first visit', measured.firstVisit, budget.first_visit]];
for (const [name, part] of Object.entries(measured.parts).sort()) {
  // The codec (fetched on every visit) is measured alone; the home page's summary by what it adds
  // to the codec; a tool by what it adds after the home page (both).
  const bytes = name === 'codec' ? part.alone : name === 'home' ? part.afterCodec : part.afterHome;
  rows.push([`part ${name} (${part.files} files)`, bytes, budget.parts[name] ?? budget.part_default]);
}

// A part fetched at a tool's later step, by what it adds to that tool.
for (const [name, step] of Object.entries(measured.steps).sort()) {
  rows.push([`later step ${name}`, step.adds, budget.steps?.[name] ?? budget.part_default]);
}

let over = 0;
// Each file is a request and an instantiation: the build merges small shared chunks.
for (const [name, part] of Object.entries(measured.parts).sort()) {
  if (part.files > budget.max_files_per_part) {
    over += 1;
    console.log(`part ${name}: ${part.files} files, more than ${budget.max_files_per_part}  OVER BUDGET (are shared chunks still merged?)`);
  }
}
const fmt = (n) => n.toLocaleString('en-US').padStart(9);
console.log(`${'what'.padEnd(34)}${'brotli B'.padStart(9)}  ${'budget B'.padStart(9)}`);
for (const [what, bytes, limit] of rows) {
  const bad = bytes > limit;
  if (bad) over += 1;
  console.log(`${what.padEnd(34)}${fmt(bytes)}  ${fmt(limit)}${bad ? '  OVER BUDGET' : ''}`);
}
if (Object.keys(measured.parts).length === 0) {
  console.error('budget: this build has no parts (was it built without the split?)');
  process.exit(1);
}
if (over) {
  console.error(`budget: ${over} over budget (tests/bench/budget.json)`);
  process.exit(1);
}
console.log('budget: within tests/bench/budget.json');
