// Siap Ekspor — builds the wasm into trunk's staging folder, split into a main module and one part
// per tool (Node 20, builtins only). Called by assets/build/hook.mjs, trunk's post_build hook.
//
// Trunk 0.21 has no step between cargo and wasm-bindgen, and the split must run exactly there, so
// index.html has no `data-trunk rel="rust"` link: trunk builds the page, the CSS and the copied
// assets, and this file builds the wasm (docs/code-splitting.md):
//
//   1. cargo build --target wasm32-unknown-unknown --features split [--release]
//      (.cargo/config.toml links with --emit-relocs, which the splitter needs);
//   2. the splitter (tools/wasm-split: wasm_split_cli_support 0.2.4 with merged shared chunks):
//      main.wasm, split_<tool>.wasm (and shared chunks), __wasm_split.js, the loader the main
//      module imports to fetch a part;
//   3. wasm-bindgen --target web --keep-lld-exports on main.wasm (the parts import the main
//      module's memory, table and functions by their linker names, which it must keep);
//   4. wasm-opt -Oz on the main module and on each part (release only);
//   5. content-hashed names, so a host may cache them forever and a new main module never runs
//      with an old part: each part is named after its bytes; the main module's JS and the loader
//      import each other, so both carry one hash over everything (the main wasm, every part, both
//      scripts), and any change to any of them renames both;
//   6. a boot script (boot-<hash>.js) that starts the main module, and preload links for it.
//   Between 4 and 5, in a release build, wasm-bindgen's imports get short names in the main
//   module and its script (assets/build/short-imports.mjs).
//
// `SIAP_SPLIT=0 trunk serve` builds one unsplit module instead (the fastest edit loop).

import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { escapeRegExp, shortenImports } from './short-imports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CRATE = 'siap-ekspor';
export const LOADER = '__wasm_split.js';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const short = (hex) => hex.slice(0, 16);

function fail(message) {
  throw new Error(`wasm build: ${message}`);
}

function run(command, args, { capture = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) fail(`${command} could not start (${result.error.message}); run bash .ci/setup`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}`);
  return result.stdout;
}

/** wasm-opt 132 from the npm package `binaryen` (node_modules/.bin), else the one on PATH. */
function wasmOpt() {
  const local = join(ROOT, 'node_modules', '.bin', 'wasm-opt');
  return existsSync(local) ? local : 'wasm-opt';
}

// wasm-opt reads the name section the splitter writes into each part and warns about a subsection
// it does not know; the warning is harmless (the section is dropped) and would hide real output.
const HARMLESS = /^warning: unknown name subsection with id 3 at \d+$/;

// `SIAP_WASM_NAMES=1` keeps the function names (wasm-opt -g) for a CPU profile
// (tests/bench/profile.mjs); never in a build that ships: the names cost bytes.
// The `producers` and `target_features` sections (which compilers made the file, and the features
// it uses, read by wasm-opt as it loads the file) are for tools, never for the browser: about
// 150 bytes brotli in each of the files a tool fetches (measured 2026-12-03: 5 to 19 per tool).
const STRIP = ['--strip-producers', '--strip-target-features'];
const OPT_FLAGS = process.env.SIAP_WASM_NAMES === '1' ? ['-Oz', '-g', ...STRIP] : ['-Oz', ...STRIP];

/** `wasm-opt -Oz` on each file in place, as many at once as there are cores. */
async function optimise(paths) {
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const current = path;
      await new Promise((done, failed) => {
        const child = spawn(wasmOpt(), [...OPT_FLAGS, current, '-o', current], { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => { stderr += chunk; });
        child.on('error', (error) => failed(new Error(`wasm build: wasm-opt could not start (${error.message}); run bash .ci/setup`)));
        child.on('close', (code) => {
          const rest = stderr.split('\n').filter((line) => line.trim() && !HARMLESS.test(line.trim()));
          if (rest.length) console.error(rest.join('\n'));
          if (code === 0) done();
          else failed(new Error(`wasm build: wasm-opt on ${basename(current)} exited with ${code}`));
        });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
}

/**
 * The splitter: wasm_split_cli_support 0.2.4 with our change that merges shared chunks
 * (tools/wasm-split, NOTICE.md there), built in place by cargo (a no-op when it is up to date).
 */
function splitter() {
  const manifest = join(ROOT, 'tools', 'wasm-split', 'Cargo.toml');
  run('cargo', ['build', '--release', '--locked', '--quiet', '--manifest-path', manifest]);
  return join(ROOT, 'tools', 'wasm-split', 'target', 'release', 'siap-wasm-split');
}

// How the splitter merges shared chunks (tools/wasm-split/src/merge.rs, docs/code-splitting.md):
// every chunk the codec needs is one chunk, as is every other chunk the home page's summary needs
// (both are loaded on a visit to the home page, the codec on every visit); the chunks of under
// 1 KB that only tools share join a larger chunk of tools that contains theirs (2 KB until
// 2026-12-03: docs/code-splitting.md has the measurements).
const SPLIT_ARGS = ['--anchor', 'codec', '--anchor', 'home', '--min-chunk', '1000'];

/** Runs cargo and returns the path of the linked .wasm, read from cargo's own artifact messages. */
function cargoBuild({ release, split }) {
  const args = ['build', '--target', 'wasm32-unknown-unknown', '--bin', CRATE, '--message-format=json-render-diagnostics'];
  if (release) args.push('--release');
  if (split) args.push('--features', 'split');
  const out = run('cargo', args, { capture: true });
  let wasm;
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line);
    if (message.reason === 'compiler-artifact' && message.target?.name === CRATE) {
      wasm = message.filenames?.find((f) => f.endsWith('.wasm')) ?? wasm;
    }
  }
  if (!wasm || !existsSync(wasm)) fail('cargo built no .wasm for the app');
  return wasm;
}

/**
 * Renames the split, bindgen'd output in `stage` to content-hashed names and returns them.
 * Exported for the build hook's tests: every name must change when any file's content does.
 */
export function hashNames(stage) {
  const names = readdirSync(stage);
  const parts = names.filter((n) => n.endsWith('.wasm') && n !== 'main_bg.wasm');
  let mainJs = readFileSync(join(stage, 'main.js'), 'utf8');
  const hasLoader = names.includes(LOADER);
  let loaderJs = hasLoader ? readFileSync(join(stage, LOADER), 'utf8') : '';

  // Parts first: only the loader names them.
  const partNames = {};
  for (const part of parts.sort()) {
    const stem = basename(part, '.wasm');
    const hashed = `${stem}-${short(sha256(readFileSync(join(stage, part))))}.wasm`;
    const quoted = `"./${part}"`;
    if (!loaderJs.includes(quoted)) fail(`${LOADER} does not load ${part}`);
    loaderJs = loaderJs.replaceAll(quoted, `"./${hashed}"`);
    partNames[part] = hashed;
  }

  // wasm-bindgen's snippets (assets/js/*.js) sit under a folder named after the crate, not their
  // contents: give each a content-hashed name and import it by that name (the import object's keys
  // stay, they are the wasm's import module names).
  const snippets = [];
  for (const path of listSnippets(stage)) {
    const bytes = readFileSync(join(stage, path));
    const hashed = `snippets/${basename(path, '.js')}-${short(sha256(bytes))}.js`;
    const imported = new RegExp(`from (['"])\\./${escapeRegExp(path)}\\1`, 'g');
    if (!imported.test(mainJs)) fail(`main.js does not import ${path}`);
    mainJs = mainJs.replace(imported, `from './${hashed}'`);
    snippets.push([path, hashed, bytes]);
  }
  if (snippets.length) {
    rmSync(join(stage, 'snippets'), { recursive: true });
    mkdirSync(join(stage, 'snippets'));
    for (const [, hashed, bytes] of snippets) writeFileSync(join(stage, hashed), bytes);
  }

  // One hash over the main wasm, every part (through the rewritten loader) and both scripts.
  const all = createHash('sha256');
  all.update(readFileSync(join(stage, 'main_bg.wasm')));
  all.update(mainJs);
  all.update(loaderJs);
  const hash = short(all.digest('hex'));
  const js = `${CRATE}-${hash}.js`;
  const wasm = `${CRATE}-${hash}_bg.wasm`;
  const loader = hasLoader ? `__wasm_split-${hash}.js` : undefined;

  let main = mainJs.replaceAll("'main_bg.wasm'", `'${wasm}'`);
  if (hasLoader) {
    const imported = `from "./${LOADER}"`;
    if (!main.includes(imported)) fail(`main.js does not import ${LOADER}`);
    main = main.replaceAll(imported, `from "./${loader}"`);
    const mainImport = 'from "./main.js"';
    if (!loaderJs.includes(mainImport)) fail(`${LOADER} does not import main.js`);
    loaderJs = loaderJs.replaceAll(mainImport, `from "./${js}"`);
    writeFileSync(join(stage, loader), loaderJs);
    rmSync(join(stage, LOADER));
  }
  writeFileSync(join(stage, js), main);
  rmSync(join(stage, 'main.js'));
  renameSync(join(stage, 'main_bg.wasm'), join(stage, wasm));
  for (const [from, to] of Object.entries(partNames)) renameSync(join(stage, from), join(stage, to));
  return { js, wasm, loader, parts: Object.values(partNames).sort(), snippets: snippets.map(([, hashed]) => hashed) };
}

/** The JavaScript files wasm-bindgen copied under snippets/, as paths relative to `dir`. */
function listSnippets(dir) {
  const out = [];
  const walk = (rel) => {
    const full = join(dir, rel);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) out.push(path);
    }
  };
  walk('snippets');
  return out.sort();
}

/**
 * `html` without the link that stops trunk from building the wasm itself (it has done its job):
 * as written in index.html, or as a release build's minified page has it (attributes unquoted,
 * in another order). Exported for the build hook's tests.
 */
export function withoutRustLink(html) {
  return html.replace(/[ \t]*<link (?=[^>]*\bdata-trunk-skip\b)(?=[^>]*\brel="?rust\b)[^>]*>\n?/, '');
}

/** The boot script and the tags that start the app, put into index.html before </head>. */
function writeBoot(dir, { js, wasm, loader }) {
  // Relative to the page, which is beside these files (public_url "./").
  const boot = `import init from './${js}';\ninit({ module_or_path: './${wasm}' });\n`;
  const name = `boot-${short(sha256(boot))}.js`;
  writeFileSync(join(dir, name), boot);
  const indexPath = join(dir, 'index.html');
  const html = withoutRustLink(readFileSync(indexPath, 'utf8'));
  const marker = '</head>';
  if (!html.includes(marker)) fail('index.html has no </head>');
  // The main module imports the wasm-bindgen snippets (pwa.js, share.js): fetch them alongside.
  const snippets = listSnippets(dir).map((path) => `<link rel="modulepreload" href="./${path}">`);
  // The split loader too: the main script imports it, and without a preload the browser asks for
  // it only once that script has arrived and been parsed (a round trip later).
  const splitLoader = loader ? [`<link rel="modulepreload" href="./${loader}">`] : [];
  const tags = [
    `<link rel="modulepreload" href="./${js}">`,
    ...splitLoader,
    ...snippets,
    `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`,
    `<script type="module" src="./${name}"></script>`,
  ].map((t) => `  ${t}\n`).join('');
  writeFileSync(indexPath, html.replace(marker, `${tags}${marker}`));
  return name;
}

/**
 * The loader logs a failed fetch with console.error before it hands the failure to Rust, which
 * shows it to her with "Try again": a handled failure is a warning, not an error.
 */
function quietLoader(stage) {
  const path = join(stage, LOADER);
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  const logged = 'console.error(e);';
  if (!text.includes(logged)) fail(`${LOADER} changed: no "${logged}" to turn into a warning`);
  writeFileSync(path, text.replace(logged, 'console.warn(e);'));
}

/** wasm-bindgen's imports of the main module under short names (assets/build/short-imports.mjs). */
function shortenMainImports(stage) {
  const wasmPath = join(stage, 'main_bg.wasm');
  const jsPath = join(stage, 'main.js');
  let out;
  try {
    out = shortenImports(readFileSync(wasmPath), readFileSync(jsPath, 'utf8'));
  } catch (error) {
    fail(error.message);
  }
  writeFileSync(wasmPath, out.wasm);
  writeFileSync(jsPath, out.js);
}

/** Builds the wasm for trunk's staging folder `dir`. */
export async function buildWasm(dir, { release = true, split = true } = {}) {
  const input = cargoBuild({ release, split });
  const stage = join(ROOT, 'target', 'wasm-stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });

  let bindgenInput = input;
  if (split) {
    const splitDir = join(stage, 'split');
    mkdirSync(splitDir);
    run(splitter(), [input, splitDir, ...SPLIT_ARGS]);
    bindgenInput = join(splitDir, 'main.wasm');
  }
  const bindgenDir = join(stage, 'out');
  const bindgenArgs = ['--target', 'web', '--out-dir', bindgenDir, '--out-name', 'main', '--no-typescript'];
  if (split) bindgenArgs.push('--keep-lld-exports');
  run('wasm-bindgen', [...bindgenArgs, bindgenInput]);
  if (split) {
    for (const name of readdirSync(join(stage, 'split'))) {
      if (name === 'main.wasm') continue;
      cpSync(join(stage, 'split', name), join(bindgenDir, name));
    }
    quietLoader(bindgenDir);
  }
  if (release) await optimise(readdirSync(bindgenDir).filter((n) => n.endsWith('.wasm')).map((n) => join(bindgenDir, n)));
  if (release && process.env.SIAP_WASM_NAMES !== '1') shortenMainImports(bindgenDir);
  const names = hashNames(bindgenDir);
  for (const name of readdirSync(bindgenDir)) cpSync(join(bindgenDir, name), join(dir, name), { recursive: true });
  const boot = writeBoot(dir, names);
  return { ...names, boot };
}
