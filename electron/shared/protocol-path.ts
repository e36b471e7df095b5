// The app:// origin and a traversal-safe mapping from request paths to files in the renderer folder.
import { extname, resolve, sep } from 'node:path';

/**
 * Traversal-safe mapping of a request path to a file under the renderer's folder.
 * Shared by both shells: the desktop `app://` handler and the web shell's static files.
 * Pure (no file access, no `electron`): every rule here is unit-tested in tests/shells.
 *
 * The rules work on the raw, un-normalised path on purpose: a URL parser would silently fold
 * `..` and `%2e%2e` away, and a path the parser folds is a path someone tried to smuggle in.
 */

/** The scheme and host the desktop shell serves the renderer from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export type StaticResolution =
  { ok: true; file: string; mime: string } | { ok: false; status: 403 | 404; reason: string };

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function refuse(status: 403 | 404, reason: string): StaticResolution {
  return { ok: false, status, reason };
}

/** No segment may hold, once decoded: separators, drive colons, NUL and other controls. */
function hasForbiddenCharacter(segment: string): boolean {
  for (const char of segment) {
    const code = char.charCodeAt(0);
    if (char === '/' || char === '\\' || char === ':' || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Resolves the raw path of a request (`/assets/app.js?x#y`, exactly as it arrived) to a file
 * under `root`. `/` serves `index.html`. Refuses `.`/`..` segments (also percent-encoded),
 * encoded or raw backslashes, encoded slashes, empty segments (`//`), drive letters and
 * anything that would land outside `root`.
 */
export function resolveRequestPath(root: string, rawPath: string): StaticResolution {
  const cut = rawPath.search(/[?#]/);
  const path = cut === -1 ? rawPath : rawPath.slice(0, cut);
  if (!path.startsWith('/')) return refuse(403, 'path must start with /');
  if (path.includes('\\')) return refuse(403, 'backslash');
  if (/%(2f|5c|00)/i.test(path)) return refuse(403, 'encoded separator');

  const raw = path === '/' ? ['index.html'] : path.slice(1).split('/');
  const segments: string[] = [];
  for (const piece of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(piece);
    } catch {
      return refuse(403, 'malformed percent-encoding');
    }
    if (segment === '') return refuse(404, 'empty segment');
    if (segment === '.' || segment === '..') return refuse(403, 'dot segment');
    if (hasForbiddenCharacter(segment)) return refuse(403, 'forbidden character');
    segments.push(segment);
  }

  const base = resolve(root);
  const file = resolve(base, ...segments);
  if (!file.startsWith(base + sep)) return refuse(403, 'outside root');
  return { ok: true, file, mime: mimeTypeFor(file) };
}

/**
 * Resolves an `app://dossier/...` URL (raw, as the request carried it) to a file under `root`.
 * Any other scheme or host (or a port or user part) is refused with 403.
 */
export function resolveAppPath(root: string, url: string): StaticResolution {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!match) return refuse(403, 'not an absolute URL');
  const [, scheme = '', host = '', rest = ''] = match;
  if (scheme.toLowerCase() !== APP_SCHEME) return refuse(403, 'other scheme');
  if (host.toLowerCase() !== APP_HOST) return refuse(403, 'other host');
  return resolveRequestPath(root, rest === '' || /^[?#]/.test(rest) ? `/${rest}` : rest);
}

/** `scheme://host[:port]` of a URL, or null. (WHATWG `URL.origin` is "null" for `app:`.) */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`.toLowerCase();
  } catch {
    return null;
  }
}
