// The parts of a store open timed one by one (read, hash, parse, validate), with and without digests.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_SCHEMAS, type CollectionName } from '../../electron/core/model/collections';
import { ICU_DECODES, decodeUtf8 } from '../../electron/core/store/utf8';

/** A copy of `dir` whose digests do not vouch for its records (other schemas): full validation. */
export async function withoutDigests(dir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'dossier-bench-nodigests-'));
  await cp(dir, copy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(copy, 'dossier.json'), 'utf8')) as {
    digests?: { schema: string };
  };
  // Digests made under other schemas vouch for nothing: every record is validated.
  if (manifest.digests) manifest.digests.schema = '0'.repeat(64);
  await writeFile(join(copy, 'dossier.json'), JSON.stringify(manifest));
  return copy;
}

const ICU_PART = `UTF-8 decode, ICU transcode${ICU_DECODES ? ' (used)' : ' (unavailable here)'}`;

function timed<T>(times: number[], work: () => T): T {
  const t = performance.now();
  const result = work();
  times.push(performance.now() - t);
  return result;
}

async function timedAsync<T>(times: number[], work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await work();
  times.push(performance.now() - t);
  return result;
}

/**
 * The parts of an open, one after the other over every shard, with the alternatives measured
 * for each: the name says which one the store uses. The last part is what digests skip.
 */
export async function openParts(dir: string, runs: number): Promise<Record<string, number[]>> {
  const parts: Record<string, number[]> = {
    'read every shard, one at a time': [],
    'read every shard, all at once': [],
    'SHA-256 of every shard': [],
    'UTF-8 decode, buffer.toString': [],
    'UTF-8 decode, TextDecoder': [],
    [ICU_PART]: [],
    'JSON.parse': [],
    'zod validation, skipped when digests match': [],
  };
  const part = (name: string) => (parts[name] ??= []);
  const decoder = new TextDecoder();
  for (let i = 0; i < runs; i++) {
    // The shards, not the pages that list them.
    const names = (await readdir(join(dir, 'shards'))).filter((n) => !/-p\d+-\d+\.json$/.test(n));
    const paths = names.map((f) => join(dir, 'shards', f));
    await timedAsync(part('read every shard, one at a time'), async () => {
      for (const path of paths) await readFile(path);
    });
    const files = await timedAsync(part('read every shard, all at once'), () =>
      Promise.all(paths.map((path) => readFile(path))),
    );
    timed(part('SHA-256 of every shard'), () =>
      files.map((bytes) => createHash('sha256').update(bytes).digest('hex')),
    );
    timed(part('UTF-8 decode, buffer.toString'), () => files.map((b) => b.toString('utf8')));
    timed(part('UTF-8 decode, TextDecoder'), () => files.map((b) => decoder.decode(b)));
    const texts = timed(part(ICU_PART), () => files.map(decodeUtf8));
    const shards = timed(part('JSON.parse'), () =>
      texts.map((text) => JSON.parse(text) as { collection: CollectionName; records: unknown[] }),
    );
    timed(part('zod validation, skipped when digests match'), () => {
      for (const shard of shards) {
        const schema = COLLECTION_SCHEMAS[shard.collection];
        for (const record of shard.records)
          if (!schema.safeParse(record).success) throw new Error('invalid');
      }
    });
  }
  return parts;
}
