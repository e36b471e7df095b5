// Reads a static file a resolved request path names, for either shell.
import { readFile } from 'node:fs/promises';
import type { StaticResolution } from './protocol-path';

/** What either shell sends back for a static request. Plain Node: no `electron` here. */
export interface StaticReply {
  status: 200 | 403 | 404;
  mime: string;
  body: Buffer;
}

const TEXT = 'text/plain; charset=utf-8';

function notServed(status: 403 | 404): StaticReply {
  return { status, mime: TEXT, body: Buffer.from(status === 403 ? '403 禁止访问' : '404 未找到') };
}

/**
 * Reads a file `resolveRequestPath`/`resolveAppPath` accepted; a missing file or a folder is
 * a 404. Only `readFile` is used, which Electron also serves from inside `app.asar`.
 * (The resolver already keeps every path lexically inside the root; the renderer build
 * contains no symbolic links.)
 */
export async function loadStaticFile(resolution: StaticResolution): Promise<StaticReply> {
  if (!resolution.ok) return notServed(resolution.status);
  try {
    return { status: 200, mime: resolution.mime, body: await readFile(resolution.file) };
  } catch {
    return notServed(404);
  }
}
