// Siap Ekspor — trunk's post_build hook (Trunk.toml), run from the project root with
// TRUNK_STAGING_DIR (the folder that becomes dist/) and TRUNK_PROFILE set. Trunk runs the hooks of
// one stage concurrently, so the steps that depend on each other are in this one hook, in order:
//
//   1. the wasm, split into a main module and one part per tool (wasm.mjs);
//   2. a release build's scripts minified (minify.mjs);
//   3. inline scripts out of index.html, and sw.js with the precache list of every built file,
//      the parts included (post-build.mjs).
//
// `SIAP_SPLIT=0` builds one unsplit module (the fastest edit loop; see the README).

import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { buildWasm } from './wasm.mjs';
import { minifyScripts } from './minify.mjs';
import { postBuild } from './post-build.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('hook: TRUNK_STAGING_DIR is not set (run through trunk build or trunk serve)');
  process.exit(1);
}
try {
  const release = process.env.TRUNK_PROFILE === 'release';
  const built = await buildWasm(dir, { release, split: process.env.SIAP_SPLIT !== '0' });
  console.log(`hook: main module ${built.js} + ${built.wasm}; ${built.parts.length} parts`);
  if (release) {
    // Not the split loader (0.4 KB): the bench and the budget read which files each part needs
    // from its text (tests/bench/sizes.mjs).
    const scripts = [built.js, ...built.snippets, 'js/photos.js'].map((name) => join(dir, name));
    await minifyScripts(scripts.filter((path) => existsSync(path)));
  }
  postBuild(dir);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
