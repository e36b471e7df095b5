// Reads an HTTP request body up to a byte limit, refusing a larger one.
import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

/**
 * Reads a request body of at most `limit` bytes. A larger body (by its Content-Length, or
 * as it streams in) is refused at once; what is left of it is read and dropped so the
 * client still receives the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, tooLarge: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve({ ok: true, bytes: Buffer.concat(chunks) });
    });
    req.on('error', (error) => {
      if (!refused) reject(error);
    });
  });
}
