// Siap Ekspor — minifies the scripts a release build ships (terser, pinned in package.json): the
// main module's JavaScript from wasm-bindgen, the snippets (assets/js/pwa.js, share.js) and
// js/photos.js. Measured 2026-12-02: the first visit's scripts 12.4 → 8.7 KB brotli.
//
// It runs after the files got their content-hashed names (wasm.mjs): those hashes are of the
// unminified text, and minifying is a function of that text and of terser's pinned version, so a
// name still changes whenever what it names does. A debug build (`trunk serve`) stays readable.

import { readFileSync, writeFileSync } from 'node:fs';

/** Minifies each file in place (ES modules: their imports and exports keep their names). */
export async function minifyScripts(paths) {
  const { minify } = await import('terser');
  for (const path of paths) {
    const code = readFileSync(path, 'utf8');
    let result;
    try {
      result = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    } catch (error) {
      throw new Error(`minify: ${path}: ${error.message}`);
    }
    if (!result.code) throw new Error(`minify: ${path}: terser returned nothing`);
    writeFileSync(path, result.code);
  }
}
