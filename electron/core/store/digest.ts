// SHA-256 digests of shard files (also off the main thread) and the fingerprint of the record schemas.
import { createHash, webcrypto } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../model/collections';
import { OUTLINE_VERSION } from '../model/folio-outline';

/**
 * The length and SHA-256 of a shard file's bytes as its commit wrote them. Shard files are never
 * rewritten in place, so different bytes on open mean the file was damaged or edited since.
 * (SHA-256 measured as fast as SHA-1 and faster than MD5 here: ~18 ms for 22 MB.)
 */
export interface FileDigest {
  bytes: number;
  sha256: string;
  /**
   * A folio shard's head (its header and the outlines of its folios, the first `bytes` of the
   * file): an open reads and checks only this, and the rest of the file after it.
   */
  head?: HeadDigest;
}

/**
 * A head's length and CRC-32. The head is checked again, with the rest of the file, against the
 * file's SHA-256 before anything is written (DossierStore). CRC-32 catches the damage that
 * matters here (any burst of up to 32 bits, anything else but once in 4 billion) at a tenth of
 * the cost on the main thread: 75 MB of heads at 100,000 folios take ~35 ms, where SHA-256
 * takes ~65 ms with the CPU's SHA instructions and ~375 ms on CPUs without them (many office
 * PCs), and on the thread pool spends more in 1,000 round trips than in hashing.
 */
export interface HeadDigest {
  bytes: number;
  crc32: number;
}

const SHA256_RE = /^[0-9a-f]{64}$/;

const byteDigestSchema = z.object({
  bytes: z.number().int().min(0),
  sha256: z.string().regex(SHA256_RE),
});

const headDigestSchema = z.object({
  bytes: z.number().int().min(0),
  crc32: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
});

export const fileDigestSchema = byteDigestSchema.extend({ head: headDigestSchema.optional() });

export function headDigestOf(bytes: Uint8Array): HeadDigest {
  return { bytes: bytes.length, crc32: crc32(bytes) };
}

export function digestOf(bytes: Uint8Array): FileDigest {
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The same, hashed on the thread pool: on open, the main thread parses the shard meanwhile. */
export async function digestInBackground(bytes: Uint8Array): Promise<FileDigest> {
  const hash = await webcrypto.subtle.digest('SHA-256', bytes);
  return { bytes: bytes.length, sha256: Buffer.from(hash).toString('hex') };
}

export function sameDigest(a: FileDigest, b: FileDigest): boolean {
  return a.bytes === b.bytes && a.sha256 === b.sha256;
}

let fingerprint: string | null = null;

/**
 * A hash of the shape of every record schema. A digest vouches for records validated by these
 * schemas; a build whose schemas differ (a field added without a migration, say) validates
 * every record again instead of trusting them (and reads no outline it wrote). Refinements do not show in it: changing one
 * still needs a SCHEMA_VERSION bump, as any schema change does.
 */
export function schemaFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(
      JSON.stringify([
        ...COLLECTION_NAMES.map((name) => [
          name,
          z.toJSONSchema(COLLECTION_SCHEMAS[name], { unrepresentable: 'any' }),
        ]),
        // The outlines a folio shard starts with are vouched for by the same digests.
        ['outline', OUTLINE_VERSION],
      ]),
    )
    .digest('hex');
  return fingerprint;
}

export const SCHEMA_FINGERPRINT_RE = SHA256_RE;
