// Siap Ekspor service worker: the app keeps working offline after one visit.
//
// This is a TEMPLATE. assets/build/post-build.mjs (a trunk post_build hook)
// writes dist/sw.js from it, filling in the list of built files and a version
// derived from their contents. Do not copy this file into dist/ by hand.

const PRECACHE = self.__PRECACHE__;
const PREFIX = 'siap-ekspor-';
const CACHE = 'siap-ekspor-__CACHE_VERSION__'; // must start with PREFIX
// Big data files fetched only when a search needs them (the HS list): not
// precached, kept here once fetched. Named after their contents, so an app
// update that does not change them keeps them offline.
const LAZY = self.__LAZY__;
const LAZY_CACHE = 'siap-ekspor-lazy-__LAZY_VERSION__'; // must start with PREFIX
const LAZY_PATHS = new Set(LAZY.map((path) => new URL(path, self.location.href).pathname));
// Resolved against this script's URL, so any sub-path works (public_url "./").
const INDEX_URL = new URL('./index.html', self.location.href).href;
const SCOPE_PATH = new URL('./', self.location.href).pathname;
const INDEX_PATH = new URL(INDEX_URL).pathname;
// On a stalled mobile connection, answer from the cache after this long
// instead of leaving the user on a white screen.
const NETWORK_TIMEOUT_MS = 4000;
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
  // 'no-cache' revalidates with the server (a cheap 304 for files the browser
  // already has) so a stale HTTP-cached index.html never enters the cache.
  // No skipWaiting here: a running page keeps its version until the user
  // accepts the update (the page posts 'skip-waiting').
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Old versions of our own cache only; other apps on the origin keep theirs.
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE && name !== LAZY_CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Anything else goes to the network untouched (the app makes no
  // cross-origin requests, but a host page or extension might).
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  const isIndex = url.pathname === INDEX_PATH || url.pathname === SCOPE_PATH;
  if (request.mode === 'navigate' || isIndex) {
    const network = fetch(request);
    // Keep the cached index.html fresh. The clone is taken in the first
    // callback on `network`, before the page can start reading the body.
    const refresh = network.then((response) => {
      if (!isIndex || !response.ok || response.type !== 'basic') return undefined;
      const copy = response.clone();
      return caches.open(CACHE).then((cache) => cache.put(INDEX_URL, copy));
    });
    event.waitUntil(refresh.catch(() => undefined));
    event.respondWith(networkFirst(request, network));
    return;
  }
  if (LAZY_PATHS.has(url.pathname)) {
    event.respondWith(lazyFile(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// A lazy data file: the kept copy, else the network, keeping a good answer.
async function lazyFile(request) {
  const cache = await caches.open(LAZY_CACHE);
  const cached = await cache.match(request, MATCH);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return offline();
  }
}

// index.html and navigations: the network, so users get new versions, and the
// cached copy when offline (the app is opened as index.html?embed=1#/... or
// ?lang=en, hence ignoreSearch).
async function networkFirst(request, network) {
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, null); });
  const response = await Promise.race([network.catch(() => null), timeout]);
  clearTimeout(timer);
  if (response) return response;
  const cached = await cachedCopy(request) || await cachedCopy(INDEX_URL);
  if (cached) return cached;
  // Timed out with nothing cached: keep waiting for the network after all.
  return (await network.catch(() => null)) || offline();
}

// Hashed files (js, wasm, css, icons): they never change under the same name.
async function cacheFirst(request) {
  const cached = await cachedCopy(request);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch {
    return offline();
  }
}

async function cachedCopy(request) {
  const cache = await caches.open(CACHE);
  const response = await cache.match(request, MATCH);
  // A host that redirects (e.g. index.html -> ./) leaves a "redirected"
  // response in the cache, which browsers refuse for navigations. Re-wrap it.
  if (response && response.redirected) {
    return new Response(response.body, {
      status: response.status, statusText: response.statusText, headers: response.headers,
    });
  }
  return response;
}

// No console.error anywhere: the end-to-end tests fail on console errors.
function offline() {
  return new Response(
    'Siap Ekspor: sedang offline dan halaman ini belum tersimpan. Sambungkan internet lalu muat ulang.\n'
      + 'Siap Ekspor: you are offline and this page is not saved yet. Connect and reload.\n',
    { status: 503, statusText: 'Offline', headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
}
