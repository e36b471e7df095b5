// Password encryption of a .dossier bundle: scrypt key, chunked authenticated stream, decrypt to file.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../types';
import { refuse, WRONG_PASSWORD } from './refusal';

/**
 * An encrypted bundle: MAGIC, a u32 header length, the header (JSON: format, KDF parameters,
 * salt, chunk size, a password check), then the zip in chunks of AES-256-GCM. Each chunk has
 * its own tag; its nonce is its counter and a final-chunk flag, and the header is its
 * additional data, so a reordered, truncated, extended or re-headed file fails to open.
 */
export const MAGIC = Buffer.from('DOSSIER-ENC\0', 'latin1');
const CHUNK = 64 * 1024;
const TAG = 16;
const MAX_HEADER = 4096;

export const KDF = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAXMEM = 256 * 1024 * 1024;

const headerSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  cipher: z.literal('aes-256-gcm'),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
  }),
  chunkSize: z
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024),
  /** SHA-256 of the derived check key: tells a wrong password from a damaged file. */
  check: z.string().regex(/^[0-9a-f]{64}$/),
});
type Header = z.infer<typeof headerSchema>;

async function deriveKeys(
  password: string,
  kdf: Header['kdf'],
): Promise<{ key: Buffer; check: string }> {
  const bytes = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      Buffer.from(password.normalize('NFC'), 'utf8'),
      Buffer.from(kdf.salt, 'base64'),
      64,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: MAXMEM },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
  return {
    key: bytes.subarray(0, 32),
    check: createHash('sha256').update(bytes.subarray(32)).digest('hex'),
  };
}

function nonce(counter: number, final: boolean): Buffer {
  const out = Buffer.alloc(12);
  out.writeUIntBE(counter, 5, 6);
  out[11] = final ? 1 : 0;
  return out;
}

function sealChunk(
  key: Buffer,
  aad: Buffer,
  counter: number,
  final: boolean,
  plain: Buffer,
): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce(counter, final));
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** A stream that turns the zip's bytes into an encrypted bundle. */
export async function encryptingStream(password: string): Promise<Transform> {
  const kdf = { name: 'scrypt' as const, ...KDF, salt: randomBytes(16).toString('base64') };
  const { key, check } = await deriveKeys(password, kdf);
  const header: Header = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    cipher: 'aes-256-gcm',
    kdf,
    chunkSize: CHUNK,
    check,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([MAGIC, length, headerBytes]);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let counter = 0;
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (!started) {
        this.push(aad);
        started = true;
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      // Keep at least one byte back, so the last chunk is always the one flagged final.
      while (pendingBytes > CHUNK) {
        const all = Buffer.concat(pending);
        this.push(sealChunk(key, aad, counter++, false, all.subarray(0, CHUNK)));
        pending = [all.subarray(CHUNK)];
        pendingBytes = all.length - CHUNK;
      }
      callback();
    },
    flush(callback: TransformCallback) {
      if (!started) this.push(aad);
      this.push(sealChunk(key, aad, counter, true, Buffer.concat(pending)));
      callback();
    },
  });
}

/** Whether the file's first bytes are those of an encrypted bundle. */
export function isEncrypted(head: Buffer): boolean {
  return head.length >= MAGIC.length && head.subarray(0, MAGIC.length).equals(MAGIC);
}

const DAMAGED = '加密卷宗已损坏或被篡改（校验未通过），请让对方重新发送。';
const TAIL_FAILED = '加密卷宗不完整或已被篡改（最后一段校验未通过），请让对方重新发送。';
const TRUNCATED = '加密卷宗不完整（文件被截断），请让对方重新发送。';

async function readHeader(path: string): Promise<{ header: Header; aad: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, {
    start: 0,
    end: MAGIC.length + 4 + MAX_HEADER - 1,
  })) {
    chunks.push(chunk as Buffer);
  }
  const head = Buffer.concat(chunks);
  const length = head.length >= MAGIC.length + 4 ? head.readUInt32BE(MAGIC.length) : -1;
  const start = MAGIC.length + 4;
  if (length < 2 || length > MAX_HEADER || head.length < start + length) throw refuse(TRUNCATED);
  let parsed: unknown;
  try {
    parsed = JSON.parse(head.subarray(start, start + length).toString('utf8'));
  } catch {
    throw refuse('加密卷宗的文件头无法读取，文件已损坏。');
  }
  const version = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    throw refuse(`该卷宗由更新版本的程序制作（格式版本 ${version}），请先升级本程序再导入。`);
  }
  const header = headerSchema.safeParse(parsed);
  if (!header.success) throw refuse('加密卷宗的文件头不符合格式，文件已损坏或不是本程序制作的。');
  return { header: header.data, aad: head.subarray(0, start + length) };
}

/** Decrypts an encrypted bundle into `target`; refuses a wrong password or a damaged file. */
export async function decryptFile(source: string, target: string, password: string): Promise<void> {
  const { header, aad } = await readHeader(source);
  const { key, check } = await deriveKeys(password, header.kdf);
  if (!timingSafeEqual(Buffer.from(check, 'hex'), Buffer.from(header.check, 'hex'))) {
    throw refuse(WRONG_PASSWORD, 'password');
  }
  const sealed = header.chunkSize + TAG;
  let buffered = Buffer.alloc(0);
  let counter = 0;
  let finished = false;
  const open = (bytes: Buffer, final: boolean): Buffer => {
    if (bytes.length < TAG) throw refuse(TRUNCATED);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(counter, final));
    decipher.setAAD(aad);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    const plain = decipher.update(bytes.subarray(0, bytes.length - TAG));
    decipher.final();
    counter += 1;
    return plain;
  };
  const decrypt = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        if (finished) throw refuse(DAMAGED);
        buffered = Buffer.concat([buffered, chunk]);
        // A full chunk with more bytes after it cannot be the final one.
        while (buffered.length > sealed) {
          this.push(open(buffered.subarray(0, sealed), false));
          buffered = buffered.subarray(sealed);
        }
        callback();
      } catch (error) {
        callback(error === null ? undefined : toRefusal(error));
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (buffered.length === 0) throw refuse(TRUNCATED);
        try {
          this.push(open(buffered, true));
        } catch {
          // The last chunk was not flagged final: the file stops where a chunk ended.
          try {
            this.push(open(buffered, false));
          } catch {
            throw refuse(TAIL_FAILED);
          }
          throw refuse(TRUNCATED);
        }
        finished = true;
        callback();
      } catch (error) {
        callback(toRefusal(error));
      }
    },
  });
  await pipeline(
    createReadStream(source, { start: aad.length }),
    decrypt,
    createWriteStream(target, { flags: 'wx' }),
  );
}

function toRefusal(error: unknown): Error {
  if (error instanceof Error && 'kind' in error) return error;
  return refuse(DAMAGED);
}
