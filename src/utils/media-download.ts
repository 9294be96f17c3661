/**
 * Downloading a file value from the page (the media elements' download buttons, `<gr-download-button>`):
 * a link with `download` only names the file for same-origin URLs, so a cross-origin file (an app's
 * `/file=` route) is fetched first and saved from a `blob:` URL; when it cannot be fetched (CORS, network),
 * the URL opens in a new tab instead, where the browser offers it as it would any link.
 */
import { type FileData, fileUrl } from './file-data';
import { safeMediaUrl } from './media-url';

/** The name to save a file value under: its `orig_name`, else the last segment of its path or URL. */
export function downloadName(value: FileData | string | null | undefined): string {
  if (!value) return 'file';
  if (typeof value !== 'string' && value.orig_name) return value.orig_name;
  const source = typeof value === 'string' ? value : (value.path ?? value.url ?? '');
  const last = source.split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(last) || 'file';
  } catch {
    return last || 'file';
  }
}

/**
 * Fetches a media file to read it in script, bypassing the HTTP cache: an `<img>`, `<audio>` or `<video>` of the
 * page may have cached the same URL without CORS headers (Gradio sends them only to requests that carry an
 * `Origin`), and a CORS fetch answered from that entry fails.
 */
export function fetchMedia(url: string): Promise<Response> {
  return fetch(url, { cache: 'no-store' });
}

function clickLink(href: string, name: string | null): void {
  const link = document.createElement('a');
  link.href = href;
  if (name === null) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  } else {
    link.download = name;
  }
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * Saves a file value under its name. Resolves `false` (nothing happens) when the value has no URL or an
 * unsafe one (`javascript:`...); rejects never.
 */
export async function downloadFile(value: FileData | string | null | undefined): Promise<boolean> {
  const url = safeMediaUrl(fileUrl(value) ?? null);
  if (!url) return false;
  const name = downloadName(value);
  if (/^(blob|data):/i.test(url) || new URL(url, location.href).origin === location.origin) {
    clickLink(url, name);
    return true;
  }
  try {
    const response = await fetchMedia(url);
    if (!response.ok) throw new Error(String(response.status));
    const blobUrl = URL.createObjectURL(await response.blob());
    clickLink(blobUrl, name);
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  } catch {
    clickLink(url, null);
  }
  return true;
}
