// node --test tests/tools/
// The badge beside the app's name is drawn by CSS (`.brand-mark` in assets/app.css) from a copy of
// assets/icons/favicon.svg inlined as a data URI, so that neither the static skeleton nor the shell
// asks for the file (the icon link does, once). This keeps the copy equal to the file, and checks
// that the skeleton and the shell both use the class instead of an <img> of their own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the CSS draws the badge from an exact copy of assets/icons/favicon.svg', () => {
  const css = read('assets/app.css');
  const rule = css.match(/\.brand-mark\s*\{[^}]*url\("data:image\/svg\+xml,([^"]+)"\)/);
  assert.ok(rule, '.brand-mark has no inline SVG background');
  const inlined = decodeURIComponent(rule[1]);
  const file = read('assets/icons/favicon.svg').trim().replaceAll('"', "'");
  assert.equal(inlined, file, 'the inlined badge differs from assets/icons/favicon.svg: copy it again');
});

test('the skeleton and the shell use the class, not an image of the file', () => {
  for (const path of ['index.html', 'src/components/topbar.rs']) {
    const text = read(path);
    assert.match(text, /<span class="brand-mark"><\/span>/, `${path} does not draw the badge with .brand-mark`);
    assert.doesNotMatch(text, /<img[^>]*favicon\.svg/, `${path} still asks for icons/favicon.svg`);
  }
});
