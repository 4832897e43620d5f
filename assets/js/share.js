// Siap Ekspor — copy and share, for quotes, listings and reports.
// navigator.clipboard is missing in insecure contexts and refused in some iframes; the Web Share
// API is on Chrome Android and Safari but not Firefox desktop. Every path here resolves, never
// rejects, and never logs an error (end-to-end tests fail on console errors).

// Resolves true when the text is on the clipboard.
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (err) {
    // Permission refused (an iframe without clipboard-write): fall back below.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  } catch (err) {
    return false;
  }
}

// True where the browser can open its share sheet for text.
export function canShare() {
  try {
    return typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare({ text: 'x' }));
  } catch (err) {
    return false;
  }
}

// Opens the share sheet; resolves "shared", "cancelled" (she closed it) or "failed".
export async function shareText(title, text) {
  try {
    await navigator.share({ title, text });
    return 'shared';
  } catch (err) {
    return err && err.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

// True where the share sheet takes files (Chrome on Android, Safari): the catalogue's web page is
// then shared as a file, otherwise downloaded.
export function canShareFiles() {
  try {
    return typeof navigator.share === 'function' && typeof navigator.canShare === 'function'
      && navigator.canShare({ files: [new File(['x'], 'x.html', { type: 'text/html' })] });
  } catch (err) {
    return false;
  }
}

// Shares `text` as a file named `name`; resolves "shared", "cancelled" or "failed".
export async function shareFile(name, type, text, title) {
  try {
    const file = new File([text], name, { type });
    if (!navigator.canShare || !navigator.canShare({ files: [file] })) return 'failed';
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch (err) {
    return err && err.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
