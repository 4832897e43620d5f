// What a build makes a phone download, in bytes (raw, gzip -9, brotli 11): the first visit, and
// each part of the app (a tool, the home page's summary, the stored document's codec) with the
// shared chunks it needs. Used by bench.mjs (printed) and budget.mjs (checked against
// tests/bench/budget.json by .ci/test).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

import { TOOLS_CSS_META } from '../../assets/build/post-build.mjs';

/** Attribute values of tags in an HTML text (good enough for trunk's output). */
function tags(html, tagName) {
  const out = [];
  const re = new RegExp(`<${tagName}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(re)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push(attrs);
  }
  return out;
}

const isLocal = (url) => url && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);

/**
 * What a script fetches at once: static and literal dynamic imports, and the wasm the boot script
 * passes as `module_or_path`. The split loader's `fetch(new URL(...))` of a part happens only when
 * the part is asked for, so it is not followed here.
 */
function jsReferences(source) {
  const refs = new Set();
  const patterns = [
    /\bimport\s+(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+(?:\*|{[^}]*})\s+from\s+["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /module_or_path\s*:\s*["']([^"']+)["']/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) refs.add(m[1]);
  return [...refs];
}

export function measureFile(dist, path) {
  const raw = readFileSync(join(dist, path));
  return {
    path,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
}

/**
 * The first visit: everything index.html references (boot script, JS modules and what they import,
 * the main wasm, CSS, manifest, icons), the manifest's icons and every file in icons/. Not the
 * service worker, which runs after load, nor any part.
 */
export function firstVisit(dist) {
  const files = new Map(); // path -> kind (first reason it is fetched)
  const toPath = (url, fromFile) => {
    if (!isLocal(url)) return null;
    const clean = decodeURIComponent(url.split('#')[0].split('?')[0]);
    const full = clean.startsWith('/') ? join(dist, clean) : resolve(dirname(join(dist, fromFile)), clean);
    if (full !== dist && !full.startsWith(dist + sep)) return null;
    return relative(dist, full).split(sep).join('/');
  };
  const add = (path, kind) => {
    if (!path || files.has(path)) return false;
    if (!existsSync(join(dist, path)) || !statSync(join(dist, path)).isFile()) {
      throw new Error(`referenced but missing: ${path}`);
    }
    files.set(path, kind);
    return true;
  };
  const followScript = (path, kind) => {
    if (!add(path, kind)) return;
    for (const ref of jsReferences(readFileSync(join(dist, path), 'utf8'))) {
      const target = toPath(ref, path);
      if (!target) continue;
      const ext = extname(target);
      if (ext === '.wasm') add(target, 'wasm');
      else if (ext === '.js' || ext === '.mjs') followScript(target, target.startsWith('snippets/') ? 'snippet' : 'JS module');
      else add(target, 'asset');
    }
  };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  add('index.html', 'document');
  for (const link of tags(html, 'link')) {
    const rel = (link.rel || '').toLowerCase().split(/\s+/);
    const path = toPath(link.href, 'index.html');
    if (!path) continue;
    if (rel.includes('stylesheet')) add(path, 'CSS');
    else if (rel.includes('modulepreload')) followScript(path, path.startsWith('snippets/') ? 'snippet' : 'JS module');
    else if (rel.includes('preload')) add(path, extname(path) === '.wasm' ? 'wasm' : `preload (${link.as || '?'})`);
    else if (rel.includes('manifest')) add(path, 'manifest');
    else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add(path, 'icon');
  }
  for (const script of tags(html, 'script')) {
    const path = toPath(script.src, 'index.html');
    if (path) followScript(path, 'boot script');
  }
  for (const img of tags(html, 'img')) add(toPath(img.src, 'index.html'), 'image');
  for (const [path, kind] of [...files]) {
    if (kind !== 'manifest') continue;
    const manifest = JSON.parse(readFileSync(join(dist, path), 'utf8'));
    for (const icon of manifest.icons ?? []) add(toPath(icon.src, path), 'manifest icon');
  }
  if (existsSync(join(dist, 'icons'))) {
    for (const name of readdirSync(join(dist, 'icons')).sort()) add(`icons/${name}`, 'icon');
  }
  return [...files].map(([path, kind]) => ({ ...measureFile(dist, path), kind }));
}

/**
 * Each part of a split build, from its loader (`__wasm_split-<hash>.js`): the part's own file and
 * the shared chunks it needs. `{}` for an unsplit build.
 */
export function parts(dist) {
  const loader = readdirSync(dist).find((name) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(name));
  if (!loader) return {};
  const source = readFileSync(join(dist, loader), 'utf8');
  const chunkFile = new Map();
  for (const m of source.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
    chunkFile.set(m[1], m[2]);
  }
  const out = {};
  const re = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n\}\s*,\s*\[([^\]]*)\]\)\)/g;
  for (const m of source.matchAll(re)) {
    const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean).map((d) => {
      const file = chunkFile.get(d);
      if (!file) throw new Error(`${loader}: ${m[1]} needs ${d}, which it does not load`);
      return file;
    });
    const later = (ON_DEMAND[m[1]] ?? []).filter((path) => existsSync(join(dist, path)));
    out[m[1]] = { file: m[2], files: [m[2], ...deps, ...later] };
  }
  if (!Object.keys(out).length) throw new Error(`${loader}: no part found (has the loader's shape changed?)`);
  // The tools' stylesheet, named in index.html's <meta> (assets/build/post-build.mjs): the app adds
  // it after its first render on every visit, as it fetches the home page's summary.
  const toolsCss = toolStylesheet(dist);
  if (toolsCss && out.home) out.home.files.push(toolsCss);
  return out;
}

/** The tools' stylesheet that index.html names in its <meta name="siap-ekspor:tools-css">, or null. */
export function toolStylesheet(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const meta = tags(html, 'meta').find((m) => m.name === TOOLS_CSS_META);
  if (!meta) return null;
  const path = meta.content.replace(/^\.\//, '');
  if (!existsSync(join(dist, path))) throw new Error(`index.html names ${path}, which is missing`);
  return path;
}

/**
 * Scripts a part imports by a computed path the first time it needs them (not followed by
 * `jsReferences`, nor in the split loader): counted with the part that opens them.
 * `js/photos.js` (her product photos, `src/photos.rs`): the listing builder's writer (its photos
 * card), what the catalogue writes (her logo, the products' photos), and `#/data` (backup and
 * restore carry the photos).
 */
export const ON_DEMAND = { writer: ['js/photos.js'], catsheet: ['js/photos.js'], data: ['js/photos.js'] };

/**
 * Parts a tool fetches at a later step, not when it opens (docs/code-splitting.md): the glossary's
 * reader, with the glossary, once the calculator can write a price line or a classification
 * searches the HS list; "start from a listing" once she has a listing on `#/documents`; what the
 * listing builder writes from her draft, once she has a listing; what the catalogue writes, as
 * its page opens. Each is measured after the tool that fetches it.
 */
export const LATER = {
  glossary: ['incoterms', 'classify'],
  doclisting: ['documents'],
  writer: ['describe'],
  catsheet: ['catalog'],
};

/** Bytes of `files`, counting each file once. */
export function total(dist, files, key = 'brotli') {
  return [...new Set(files)].reduce((n, path) => n + measureFile(dist, path)[key], 0);
}

/**
 * Everything the budget cares about, in brotli bytes: the first visit; each part on its own; what
 * a part adds to the codec (fetched on every visit: the home page's summary is measured so); each
 * tool opened right after the home page (what it adds to what the home page already fetched: its
 * summary and, in the background, the codec).
 */
export function sizes(dist) {
  const first = firstVisit(dist);
  const all = parts(dist);
  const background = ['home', 'codec'].flatMap((name) => all[name]?.files ?? []);
  const codec = all.codec?.files ?? [];
  const part = {};
  for (const [name, { files }] of Object.entries(all)) {
    part[name] = {
      alone: total(dist, files),
      afterCodec: total(dist, files.filter((f) => !codec.includes(f))),
      afterHome: total(dist, files.filter((f) => !background.includes(f))),
      files: files.length,
    };
  }
  // A later step's part: what it adds to its tool, opened after the home page.
  const steps = {};
  for (const [name, tools] of Object.entries(LATER)) {
    if (!all[name]) continue;
    for (const tool of tools) {
      const before = new Set([...background, ...(all[tool]?.files ?? [])]);
      steps[`${tool}+${name}`] = { adds: total(dist, all[name].files.filter((f) => !before.has(f))), files: all[name].files.length };
    }
  }
  return { first, firstVisit: first.reduce((n, r) => n + r.brotli, 0), parts: part, steps };
}
