// Siap Ekspor — small browser glue that Rust imports with
//   #[wasm_bindgen(module = "/assets/js/pwa.js")]
// (trunk copies it under dist/snippets/).
//
// Nothing here may call console.error or console.warn: end-to-end tests fail on
// them, and every failure below is an expected situation (private mode,
// sandboxed iframe, file://), not a bug. console.info only.

const info = (what, err) => console.info(`[siap-ekspor] ${what}`, err === undefined ? '' : String(err));

let registration = null; // Promise<ServiceWorkerRegistration | null>
let reloading = false;

// Registers ./sw.js (scope ./) and calls onUpdateReady() — no arguments — when
// a new version is installed and waiting while this page runs an older one.
// The first install calls nothing: there is nothing to update.
export function registerServiceWorker(onUpdateReady) {
  if (registration) return; // idempotent: Rust may call it again on remount
  const notify = () => {
    try { onUpdateReady(); } catch (err) { info('update callback failed', err); }
  };
  try {
    if (!('serviceWorker' in navigator)) return info('no service worker support');
    // A sandboxed iframe without allow-same-origin has an opaque origin and
    // cannot register; neither can file:// pages.
    if (self.origin === 'null') return info('opaque origin, no service worker');
    if (location.protocol !== 'https:' && location.protocol !== 'http:') return undefined;

    const sw = navigator.serviceWorker;
    registration = afterLoad()
      .then(afterFirstParts)
      .then(() => sw.register('./sw.js', { scope: './' }))
      .then((reg) => {
        // An update found on an earlier visit and still waiting.
        if (reg.waiting && sw.controller) notify();
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            // With no controller this is the first install, not an update.
            if (worker.state === 'installed' && sw.controller) notify();
          });
        });
        return reg;
      })
      .catch((err) => { info('service worker not registered', err); return null; });
  } catch (err) {
    info('service worker not registered', err);
  }
  return undefined;
}

// Precaching downloads every file once more; wait for the page's own load so
// it does not compete with the first wasm download on a slow connection.
function afterLoad() {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

// Resolved by the app once the parts its first page asked for have arrived or failed
// (partsSettled, called by src/parts.rs), or after ten seconds (a page that asks for none).
// Precaching (about 0.6 MB brotli) and the tools' styles wait for it: on a cold visit over a slow
// network they shared the bandwidth with the home page's summary part, whose list of tools and
// progress then arrived about a second later (docs/code-splitting.md).
let settleFirstParts;
const firstParts = new Promise((resolve) => { settleFirstParts = resolve; });
export function partsSettled() { settleFirstParts(); }
function afterFirstParts() {
  return Promise.race([firstParts, new Promise((resolve) => setTimeout(resolve, 10000))]);
}

// The tools' styles (toolStyles below) once the first page's parts are here: fetched before she
// opens a tool, without holding up the page she is on. A tool's page asks for them itself.
export function prefetchToolStyles() {
  afterFirstParts().then(() => toolStyles());
}

// Activates the waiting version and reloads once it controls the page.
// Call it from the "update available" button.
export function applyUpdate() {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const reloadOnce = () => {
    if (reloading) return; // guard: controllerchange may fire more than once
    reloading = true;
    window.location.reload();
  };
  (async () => {
    const reg = (registration && await registration) || await sw.getRegistration();
    if (reg && reg.waiting) {
      // Listen only now: the first install's clients.claim() also fires
      // controllerchange, and that must not reload the page.
      sw.addEventListener('controllerchange', reloadOnce);
      reg.waiting.postMessage({ type: 'skip-waiting' });
    } else if (sw.controller) {
      // Another tab already activated the new version: just load it.
      reloadOnce();
    }
  })().catch((err) => info('update not applied', err));
}

let reporting = false;

// In an iframe (the provincial portal embeds index.html?embed=1), tells the
// parent the document height so it can size the iframe without scrollbars:
// postMessage({type: 'siap-ekspor:height', height}, '*'). '*' because the
// portal's origin is not known in advance; the height is not sensitive.
export function startHeightReporter() {
  if (reporting) return;
  try {
    if (window.parent === window) return;
  } catch (err) {
    return;
  }
  reporting = true;
  let last = -1;
  const report = () => {
    // The height of the <html> box, not documentElement.scrollHeight: inside
    // an iframe scrollHeight is never less than the iframe's own height, so once
    // the parent had grown the iframe, a shorter page could never shrink it
    // (measured in Chromium). Needs html/body without height:100% or
    // min-height:100vh in embed mode.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return; // observers fire for changes that keep the height
    last = height;
    try {
      window.parent.postMessage({ type: 'siap-ekspor:height', height }, '*');
    } catch (err) {
      info('height not posted', err);
    }
  };
  report();
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    if (document.body) observer.observe(document.body);
  } else {
    // Old browsers: any DOM change or viewport resize may change the height.
    new MutationObserver(report).observe(document.documentElement, {
      attributes: true, childList: true, characterData: true, subtree: true,
    });
    window.addEventListener('resize', report);
  }
}

let installEvent = null;

// Chrome on Android offers to install a PWA with its own mini-infobar; we keep
// that offer and show it as a button in the app instead, where she expects it.
// Calls onAvailable() when the browser says installing is possible now, and
// onInstalled() once the app is installed. Not used in embed mode.
export function listenForInstall(onAvailable, onInstalled) {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installEvent = event;
    try { onAvailable(); } catch (err) { info('install callback failed', err); }
  });
  window.addEventListener('appinstalled', () => {
    installEvent = null;
    try { onInstalled(); } catch (err) { info('installed callback failed', err); }
  });
}

// Shows the browser's install dialog, once per offer.
export function promptInstall() {
  if (!installEvent) return;
  const event = installEvent;
  installEvent = null;
  try {
    Promise.resolve(event.prompt()).catch((err) => info('install prompt failed', err));
  } catch (err) {
    info('install prompt failed', err);
  }
}

// Persistent storage (navigator.storage). Each resolves, never rejects: no
// navigator.storage (old browser, opaque origin) is a state to show.

const manager = () => (typeof navigator !== 'undefined' && navigator.storage) || null;

// 1: the browser keeps this site's data; 0: it may clear it; -1: it does not say.
async function answer(method) {
  try {
    const storage = manager();
    if (!storage || typeof storage[method] !== 'function') return -1;
    return (await storage[method]()) ? 1 : 0;
  } catch (err) {
    info(`${method}() not answered`, err);
    return -1;
  }
}

export function storagePersisted() { return answer('persisted'); }

// Chrome decides by itself (how the site is used); Firefox asks her.
export function requestPersistence() { return answer('persist'); }

// [usage, quota] in bytes for the whole site, or [-1, -1].
export async function storageEstimate() {
  try {
    const { usage, quota } = await manager().estimate();
    return [Number.isFinite(usage) ? usage : -1, Number.isFinite(quota) ? quota : -1];
  } catch (err) {
    return [-1, -1];
  }
}

// True when the app runs installed, from the home screen.
export function runsInstalled() {
  try {
    return window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
  } catch (err) {
    return false;
  }
}

// Imports one of the app's scripts that no page needs at first (js/photos.js), by its path from the
// app's own address, so it works under any sub-path and in an iframe. Resolves to the module, or
// to null where it cannot be fetched (offline before the service worker cached it).
export function importScript(path) {
  return import(new URL(path, document.baseURI).href).catch((err) => { info(`${path} not loaded`, err); return null; });
}

// The tools' stylesheet (assets/tools.css), named by index.html in <meta name="siap-ekspor:tools-css">
// (assets/build/post-build.mjs) rather than linked, so that it is not in the first visit: added
// on the first call (prefetchToolStyles, once the first page's parts are here, or a tool's page),
// and a promise that resolves once it has loaded, or failed (offline before the service worker
// cached it: the next call tries again), or at once without the <meta> (a build without the
// step). A tool's page waits for it (src/components/part_page.rs). Never rejects.
let toolStylesLoading = null;
export function toolStyles() {
  if (toolStylesLoading) return toolStylesLoading;
  const meta = document.querySelector('meta[name="siap-ekspor:tools-css"]');
  if (!meta) return Promise.resolve();
  toolStylesLoading = new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = meta.content;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      info('tools.css not loaded');
      link.remove();
      toolStylesLoading = null;
      resolve();
    });
    document.head.appendChild(link);
  });
  return toolStylesLoading;
}

// Resolves once the browser has recorded a paint of the page (Paint Timing): at once if it has
// (on a phone network the static skeleton is on screen long before the wasm arrives), else frame
// by frame until it has, for at most ten frames, each at most 100 ms (a hidden tab or an
// off-screen iframe draws none). The shell mounts after it (src/lib.rs), so the skeleton's heading
// and introduction are always what she sees first, and the largest contentful paint is the
// skeleton's introduction whether or not the wasm beat the first paint. Never rejects.
// It resolves in a task of its own. src/lib.rs awaits it before the boot and again before the
// first render, so that the wasm's instantiation (in the task that fetched it), the boot (storage
// read, address parsed) and the shell's first render are three tasks, none of them a long one
// that holds back a tap (Lighthouse's total blocking time counts each task's time over 50 ms).
// Once it has resolved, a later call resolves in the next task without waiting for a paint again.
let paintWaited = false;
export function afterFirstPaint() {
  const painted = () => {
    try { return performance.getEntriesByType('paint').length > 0; } catch { return false; }
  };
  return new Promise((resolve) => {
    let frames = 0;
    const check = () => {
      if (paintWaited || painted() || frames >= 10) { paintWaited = true; setTimeout(resolve); return; }
      frames += 1;
      let waiting = true;
      const next = () => { if (waiting) { waiting = false; check(); } };
      // A frame is drawn after its animation callbacks: look again in the task after it.
      requestAnimationFrame(() => setTimeout(next));
      setTimeout(next, 100);
    };
    check();
  });
}
