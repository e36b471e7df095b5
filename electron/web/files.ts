// The web shell's /files/ and /generated/ routes: attachments and generated documents, safely named.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { safeFileName } from '../core/model/plain-text';
import type { AttachmentFile } from '../core/services/attachments/stored-files';
import { tokenMatches } from './guards';

/** Where an attachment's bytes are: the core's `attachmentFile`. */
export type AttachmentLookup = (folioId: string, attachmentId: string) => AttachmentFile | null;

/** The route's prefix: `/files/<folioId>/<attachmentId>?token=<token>`. */
export const FILES_PREFIX = '/files/';
/**
 * Generated briefings: `/generated/<generationId>/<format>?token=<token>`; with `&inline=1` a
 * PDF (our own output, never a stranger's file) opens in the browser, for printing.
 */
export const GENERATED_PREFIX = '/generated/';

function sendText(res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * RFC 5987: the name made safe to save (Windows rules, no hidden characters), percent-encoded
 * as UTF-8 so Chinese names survive every browser.
 */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(safeFileName(name)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** The two ids of the path, or null when the path is not exactly `<folioId>/<attachmentId>`. */
function idsOf(rest: string): [string, string] | null {
  const parts = rest.split('/');
  if (parts.length !== 2) return null;
  try {
    const [folioId, attachmentId] = parts.map((p) => decodeURIComponent(p));
    return folioId && attachmentId ? [folioId, attachmentId] : null;
  } catch {
    return null;
  }
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/**
 * GET /files/<folioId>/<attachmentId>?token=…: an attachment as a download. The token rides
 * in the query because a plain link cannot send a header. The file never renders as a page
 * of this origin: it is an attachment, not sniffed, and sandboxed if a browser shows it.
 */
export async function serveAttachment(
  req: IncomingMessage,
  res: ServerResponse,
  lookup: AttachmentLookup,
  token: string,
  prefix: typeof FILES_PREFIX | typeof GENERATED_PREFIX | '/exports/' = FILES_PREFIX,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) {
    return sendText(res, 401, '401 缺少或错误的访问令牌，请从程序页面中打开附件。');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, '405 不支持的请求方法');
  }
  const ids = idsOf(url.pathname.slice(prefix.length));
  const file = ids && lookup(...ids);
  const size = file && (await sizeOf(file.path));
  if (!file || size === null) return sendText(res, 404, '404 附件不存在，可能已被删除。');
  const inline =
    prefix === GENERATED_PREFIX &&
    file.mime === 'application/pdf' &&
    url.searchParams.get('inline') === '1';
  res.writeHead(200, {
    'Content-Type': file.mime,
    'Content-Length': size,
    'Content-Disposition': inline ? 'inline' : contentDisposition(file.name),
    'X-Content-Type-Options': 'nosniff',
    // Chromium's PDF viewer does not run under a sandboxed CSP.
    ...(inline ? {} : { 'Content-Security-Policy': 'sandbox' }),
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file.path), res);
  } catch {
    // The browser went away, or the file vanished mid-way: the connection is closed anyway.
    res.destroy();
  }
}
