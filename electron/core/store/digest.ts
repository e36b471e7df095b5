// SHA-256 digests of shard files (also off the main thread) and the fingerprint of the record schemas.
import { createHash, webcrypto } from 'node:crypto';
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../model/collections';

/**
 * The length and SHA-256 of a shard file's bytes as its commit wrote them. Shard files are never
 * rewritten in place, so different bytes on open mean the file was damaged or edited since.
 * (SHA-256 measured as fast as SHA-1 and faster than MD5 here: ~18 ms for 22 MB.)
 */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

const SHA256_RE = /^[0-9a-f]{64}$/;

export const fileDigestSchema = z.object({
  bytes: z.number().int().min(0),
  sha256: z.string().regex(SHA256_RE),
});

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
 * every record again instead of trusting them. Refinements do not show in it: changing one
 * still needs a SCHEMA_VERSION bump, as any schema change does.
 */
export function schemaFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(
      JSON.stringify(
        COLLECTION_NAMES.map((name) => [
          name,
          z.toJSONSchema(COLLECTION_SCHEMAS[name], { unrepresentable: 'any' }),
        ]),
      ),
    )
    .digest('hex');
  return fingerprint;
}

export const SCHEMA_FINGERPRINT_RE = SHA256_RE;
