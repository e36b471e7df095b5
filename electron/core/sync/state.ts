/** Team sync's bookkeeping per group database: the checkpoint, the server's revisions, waiting conflicts. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { errorCode, writeDurable } from '../store/durable-file';

/*
 * Kept in `<data folder>/sync/<database>.json`, beside the workspace's files and not in them:
 * no credentials, only what lets a sync resume. Losing it costs a full re-read of the
 * database, never data: the merge takes the same version in twice without writing anything.
 */

const remoteDocSchema = z.object({
  rev: z.string().max(120),
  /** recordVersion / tombstoneVersion of the server's copy ('' for a file or a deletion). */
  version: z.string().max(64),
  deleted: z.boolean().optional(),
});

const stateSchema = z.object({
  /** The `_changes` sequence every change up to which is in the store (the checkpoint). */
  since: z.string().max(2000).default('0'),
  /** docId → what the server holds, as last seen. */
  remote: z.record(z.string(), remoteDocSchema).default({}),
  /** docId → the server's record whose merge waits for the officer (both sides changed it). */
  pending: z
    .record(
      z.string(),
      z.object({ collection: z.string(), record: z.record(z.string(), z.unknown()) }),
    )
    .default({}),
  /** docId → losing revisions (CouchDB conflicts) merged in, to delete once written back. */
  losers: z.record(z.string(), z.array(z.string().max(120))).default({}),
  lastSync: z.string().nullable().default(null),
  /**
   * The store's commit up to which every change of the group's records is on the server (null:
   * never pushed, or pushed by a build without it): the next push checks only records changed
   * after it (sync/changed.ts), every record when it is null.
   */
  pushedSeq: z.number().int().nullable().default(null),
});
export type SyncState = z.infer<typeof stateSchema>;

export const emptyState = (): SyncState => stateSchema.parse({});

export function statePath(dataDir: string, database: string): string {
  return join(dataDir, 'sync', `${database}.json`);
}

/** The state of a database; a missing or unreadable file starts over from the beginning. */
export async function loadState(dataDir: string, database: string): Promise<SyncState> {
  let text: string;
  try {
    text = await readFile(statePath(dataDir, database), 'utf8');
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return emptyState();
    throw e;
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyState();
  } catch {
    return emptyState();
  }
}

export async function saveState(dataDir: string, database: string, state: SyncState) {
  await mkdir(join(dataDir, 'sync'), { recursive: true });
  await writeDurable(statePath(dataDir, database), JSON.stringify(state));
}
