// Content-addressed attachments: stored once under their sha256, copied in while hashed.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { errorCode, syncDir, writeDurable } from './durable-file';

export const ATTACHMENTS_DIR = 'attachments';
const SHA256_RE = /^[0-9a-f]{64}$/;

export interface AttachmentRef {
  sha256: string;
  size: number;
}

/** `attachments/<first two hex digits>/<sha256>`; throws on anything that is not a sha256. */
export function attachmentPath(dir: string, sha256: string): string {
  if (!SHA256_RE.test(sha256)) throw new Error(`附件编号无效：${sha256}`);
  return join(dir, ATTACHMENTS_DIR, sha256.slice(0, 2), sha256);
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : null;
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return null;
    throw e;
  }
}

export async function hasAttachment(dir: string, sha256: string): Promise<boolean> {
  return SHA256_RE.test(sha256) && (await sizeOf(attachmentPath(dir, sha256))) !== null;
}

/** Copies a file in while hashing it, so what is stored is exactly what was hashed. */
async function ingestFile(
  dir: string,
  sourcePath: string,
): Promise<{ temp: string } & AttachmentRef> {
  const root = join(dir, ATTACHMENTS_DIR);
  await mkdir(root, { recursive: true });
  const temp = join(root, `.incoming-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(sourcePath), tap, createWriteStream(temp, { flags: 'wx' }));
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  return { temp, sha256: hash.digest('hex'), size };
}

/**
 * Stores content once under its sha256 and returns its reference. Storing the same content
 * again writes nothing. `input` is the bytes themselves or the path of a file to copy in.
 */
export async function putAttachment(
  dir: string,
  input: Uint8Array | string,
): Promise<AttachmentRef> {
  if (typeof input !== 'string') {
    const sha256 = createHash('sha256').update(input).digest('hex');
    const target = attachmentPath(dir, sha256);
    if ((await sizeOf(target)) !== input.byteLength) {
      await mkdir(join(dir, ATTACHMENTS_DIR, sha256.slice(0, 2)), { recursive: true });
      await writeDurable(target, input);
    }
    return { sha256, size: input.byteLength };
  }
  const { temp, sha256, size } = await ingestFile(dir, input);
  const target = attachmentPath(dir, sha256);
  try {
    if ((await sizeOf(target)) === size) {
      await unlink(temp);
    } else {
      await mkdir(join(dir, ATTACHMENTS_DIR, sha256.slice(0, 2)), { recursive: true });
      await rename(temp, target);
      await syncDir(join(dir, ATTACHMENTS_DIR, sha256.slice(0, 2)));
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  return { sha256, size };
}
