// Siap Ekspor — her product photos: resized on the phone with a canvas, kept in IndexedDB, written
// into and read from the backup file. Not a wasm-bindgen snippet (those are static imports of the
// main script, so in every first visit): trunk copies this file to js/photos.js and `src/photos.rs`
// imports it the first time a page needs photos (docs/catalogue.md has the decision).
//
// The rules (how many photos, which backup entries are acceptable) are Rust's (`domain::photos`);
// this file only does what needs the browser. Every function resolves, never rejects: failures are
// short codes Rust turns into her language. Nothing here calls console.error or console.warn (the
// end-to-end tests fail on them).

const DB = 'siap-ekspor-photos';
const STORE = 'photos';
const LONG_SIDE = 1600;
const AIM_BYTES = 250 * 1024;
const MAX_ORIGINAL = 30 * 1024 * 1024;

let opened = null;
/** Object URLs of the photos shown, by id, revoked when a photo goes. */
const urls = new Map();

function db() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex('listing', 'listing');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked'));
    });
    opened.catch(() => { opened = null; });
  }
  return opened;
}

const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

const finished = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = () => reject(tx.error);
  tx.onabort = () => reject(tx.error || new Error('aborted'));
});

/** 'full' for a store that has no room left, else 'failed'. */
const failure = (error) => (error && error.name === 'QuotaExceededError' ? 'full' : 'failed');

async function all(listing) {
  const store = (await db()).transaction(STORE).objectStore(STORE);
  const rows = await (listing === undefined ? done(store.getAll()) : done(store.index('listing').getAll(listing)));
  return rows.sort((a, b) => a.listing - b.listing || a.order - b.order);
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function url(row) {
  let u = urls.get(row.id);
  if (!u) {
    u = URL.createObjectURL(row.blob);
    urls.set(row.id, u);
  }
  return u;
}

function forget(id) {
  const u = urls.get(id);
  if (u) URL.revokeObjectURL(u);
  urls.delete(id);
}

const jpeg = (canvas, quality) => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/** The photo resized to at most LONG_SIDE px and re-encoded as JPEG, or a refusal code. */
async function shrink(file) {
  if (file.type && !file.type.startsWith('image/')) return 'not-image';
  if (file.size > MAX_ORIGINAL) return 'too-big';
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file.type ? 'undecodable' : 'not-image';
  }
  let scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) break;
    // JPEG has no transparency: a PNG's clear background becomes white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    for (const quality of [0.85, 0.75, 0.65, 0.55]) {
      const blob = await jpeg(canvas, quality);
      if (!blob) break;
      if (blob.size <= AIM_BYTES || (attempt === 2 && quality === 0.55)) {
        bitmap.close();
        return { blob, width, height };
      }
    }
    scale *= 0.7;
  }
  bitmap.close();
  return 'undecodable';
}

/** Adds a photo to a listing, last in its order; 'ok' or a refusal code. */
export async function add(file, listing, most) {
  try {
    const shrunk = await shrink(file);
    if (typeof shrunk === 'string') return shrunk;
    const rows = await all(listing);
    if (rows.length >= most) return 'limit';
    const order = rows.reduce((high, row) => Math.max(high, row.order + 1), 0);
    const tx = (await db()).transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put({
      id: newId(), listing, order, type: 'image/jpeg', width: shrunk.width, height: shrunk.height,
      size: shrunk.blob.size, blob: shrunk.blob,
    });
    await finished(tx);
    return 'ok';
  } catch (error) {
    return failure(error);
  }
}

/** A listing's photos in order: [{ id, width, height, size, url }], or null if the store is closed. */
export async function list(listing) {
  try {
    return (await all(listing)).map((row) => ({ id: row.id, width: row.width, height: row.height, size: row.size, url: url(row) }));
  } catch {
    return null;
  }
}

/** Moves a photo one place earlier (-1) or later (1) among its listing's. */
export async function move(listing, id, step) {
  let tx = null;
  try {
    const rows = await all(listing);
    const at = rows.findIndex((row) => row.id === id);
    const to = at + step;
    if (at < 0 || to < 0 || to >= rows.length) return 'ok';
    [rows[at], rows[to]] = [rows[to], rows[at]];
    tx = (await db()).transaction(STORE, 'readwrite');
    rows.forEach((row, order) => { row.order = order; tx.objectStore(STORE).put(row); });
    await finished(tx);
    return 'ok';
  } catch (error) {
    try { tx?.abort(); } catch { /* already finished or aborted */ }
    return failure(error);
  }
}

/** Deletes these rows in one transaction and forgets their object URLs. */
async function drop(gone) {
  try {
    if (gone.length) {
      const tx = (await db()).transaction(STORE, 'readwrite');
      for (const row of gone) tx.objectStore(STORE).delete(row.id);
      await finished(tx);
      gone.forEach((row) => forget(row.id));
    }
    return 'ok';
  } catch (error) {
    return failure(error);
  }
}

/** Deletes the photo `id` of a listing, every photo of the listing (id null), or all (listing null). */
export async function remove(listing, id) {
  try {
    const rows = await all(listing === null ? undefined : listing);
    return drop(rows.filter((row) => id === null || row.id === id));
  } catch (error) {
    return failure(error);
  }
}

/** Deletes the photos of every listing not in `keep` (an array of listing ids). */
export async function prune(keep) {
  try {
    const kept = new Set(keep);
    return drop((await all()).filter((row) => !kept.has(row.listing)));
  } catch (error) {
    return failure(error);
  }
}

/** { count, bytes } of every stored photo, or null if the store cannot be opened. */
export async function usage() {
  try {
    const rows = await all();
    return { count: rows.length, bytes: rows.reduce((sum, row) => sum + row.size, 0) };
  } catch {
    return null;
  }
}

const dataUrl = (blob) => new Promise((resolve) => {
  const reader = new FileReader();
  reader.onload = () => resolve(String(reader.result));
  reader.onerror = () => resolve('');
  reader.readAsDataURL(blob);
});

/**
 * The first photo of each listing in `listings`: [{ listing, url }], `url` a data: URI when
 * `inline` (for the one-file web page), else an object URL (for the page and its print).
 */
export async function firsts(listings, inline) {
  try {
    const wanted = new Set(listings);
    const out = [];
    for (const row of await all()) {
      if (!wanted.has(row.listing) || out.some((o) => o.listing === row.listing)) continue;
      out.push({ listing: row.listing, url: inline ? await dataUrl(row.blob) : url(row) });
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * The backup file: her document's JSON (`doc`, a string) with every photo in a `photos` array
 * ({ listing, order, type, data: base64 }), as a Blob made of pieces, never one big string (Rust
 * offers it for download). 'no-photos' when the store could not be read (the caller writes the
 * document alone), 'failed' when the Blob could not be made.
 */
export async function backupBlob(doc) {
  let rows;
  try {
    rows = await all();
  } catch {
    return 'no-photos';
  }
  const end = doc.lastIndexOf('}');
  const head = doc.slice(0, Math.max(end, 0)).trimEnd();
  if (end < 0 || !head) return 'failed';
  const pieces = [head, head.endsWith('{') ? '"photos":[' : ',"photos":['];
  rows.forEach((row, index) => {
    pieces.push(index ? ',' : '', `{"listing":${row.listing},"order":${row.order},"type":${JSON.stringify(row.type)},"data":"`);
    pieces.push(dataUrl(row.blob).then((u) => u.slice(u.indexOf(',') + 1)), '"}');
  });
  pieces.push(']}');
  try {
    return new Blob(await Promise.all(pieces), { type: 'application/json' });
  } catch {
    return 'failed';
  }
}

/** Photos read from a backup file, waiting for her answer before they replace the stored ones. */
let pending = null;

const MAGIC = { 'image/jpeg': [0xff, 0xd8, 0xff], 'image/png': [0x89, 0x50, 0x4e, 0x47], 'image/webp': [0x52, 0x49, 0x46, 0x46] };

/** Decodes base64 to bytes; null if it is not base64. */
function bytes(text) {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/**
 * Reads a backup file: { doc, photos }. `doc` is the text Rust decodes as before (the file itself
 * when it is not JSON or has no `photos`, so every older backup reads exactly as it did). `photos`
 * is null when the file has none, else one entry per photo with what Rust checks: { listing, order,
 * type, size, image } where a field of the wrong kind is -1 or '', `size` is the decoded bytes (-1:
 * not base64) and `image` whether the bytes start as the type says.
 */
export async function readBackup(file) {
  pending = null;
  let text;
  try {
    text = await file.text();
  } catch {
    return null;
  }
  let parsed;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { doc: text, photos: null };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !('photos' in parsed)) return { doc: text, photos: null };
  const raw = parsed.photos;
  delete parsed.photos;
  const doc = JSON.stringify(parsed);
  if (!Array.isArray(raw)) return { doc, photos: [{ listing: -1, order: -1, type: '', size: -1, image: false }] };
  const whole = (n) => (Number.isInteger(n) && n >= 0 ? n : -1);
  const entries = [];
  const blobs = [];
  for (const entry of raw) {
    const e = entry && typeof entry === 'object' ? entry : {};
    const type = typeof e.type === 'string' ? e.type : '';
    const data = typeof e.data === 'string' ? bytes(e.data) : null;
    const magic = MAGIC[type];
    const image = !!(data && magic && magic.every((b, i) => data[i] === b));
    entries.push({ listing: whole(e.listing), order: whole(e.order), type, size: data ? data.length : -1, image });
    blobs.push(data && new Blob([data], { type }));
  }
  pending = entries.map((e, i) => ({ ...e, blob: blobs[i] }));
  return { doc, photos: entries };
}

/** Image size read when a restored photo is first shown (the backup does not carry it). */
async function measure(blob) {
  try {
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return { width: 0, height: 0 };
  }
}

/**
 * Replaces every stored photo with the ones `readBackup` read (after Rust checked them and she
 * agreed), in one transaction: if it fails (no room), the photos she had are all still there.
 */
export async function restorePending() {
  if (!pending) return 'ok';
  const rows = [];
  for (const e of pending) {
    const { width, height } = await measure(e.blob);
    rows.push({ id: newId(), listing: e.listing, order: e.order, type: e.type, width, height, size: e.blob.size, blob: e.blob });
  }
  let tx = null;
  try {
    tx = (await db()).transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.clear();
    for (const row of rows) store.put(row);
    await finished(tx);
    for (const id of [...urls.keys()]) forget(id);
    pending = null;
    return 'ok';
  } catch (error) {
    // A write refused at once (not through the transaction's own abort) would otherwise let the
    // clear() already asked for commit: abort, so the photos she had all stay.
    try { tx?.abort(); } catch { /* already finished or aborted */ }
    return failure(error);
  }
}

export function dropPending() {
  pending = null;
}
