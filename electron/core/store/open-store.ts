// Opens (or creates) a data folder as a store under its lock, and restores a backup into it.
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomIds, type Clock, type IdGenerator } from '../clock';
import { SCHEMA_VERSION } from '../model/collections';
import { DEFAULT_CHAINS } from '../model/enums';
import type { Migration } from '../model/migrations';
import type { WorkspaceMeta } from '../model/workspace';
import { takeBackup } from './backups';
import { deepFreeze } from './change';
import { StoreUncertainError, allBuckets, writeCommit, writeManifest } from './commit-writer';
import { writeDurable, type WriteFn } from './durable-file';
import {
  BACKUPS_DIR,
  FORMAT,
  LAYOUT_VERSION,
  MANIFEST_FILE,
  QUARANTINE_DIR,
  SHARDS_DIR,
  initialLayout,
  type Manifest,
} from './layout';
import { layoutBySize } from './sizing';
import { countsOf, emptyCollections, loadFolder } from './load';
import { LOCK_FILE, acquireLock } from './lock';
import { DossierStore } from './store';
import { sweepLeftovers } from './sweep';
import { problemFor } from './problems';
import { restoreFiles } from './restore';
import type { LockHandle, StoreProblem } from './types';

export interface OpenStoreOptions {
  clock: Clock;
  /** Makes the id of a new workspace; random UUIDs by default. */
  ids?: IdGenerator;
  /** The durable write primitive; tests swap it to inject disk failures. */
  write?: WriteFn;
  /** The migration chain; the built-in MIGRATIONS by default. */
  migrations?: readonly Migration[];
  /** A lock this process already holds on the folder (a restore keeps it throughout). */
  lock?: LockHandle;
  /**
   * Return once the folios' outlines are read, and read the folios after (the store's
   * `whenLoaded`): the app's open. Without it the store is returned with every record loaded.
   */
  deferFolios?: boolean;
}

export type OpenStoreResult =
  { ok: true; store: DossierStore; created: boolean } | { ok: false; problem: StoreProblem };

export const NEW_WORKSPACE_NAME = '我的工作区';

/** A folder with data of ours but no manifest: a new workspace here would hide that data. */
async function hasOrphanedData(dir: string, entries: Set<string>): Promise<boolean> {
  for (const sub of [SHARDS_DIR, BACKUPS_DIR, QUARANTINE_DIR]) {
    if (entries.has(sub) && (await readdir(join(dir, sub)).catch(() => [])).length > 0) return true;
  }
  return false;
}

async function createWorkspace(
  dir: string,
  options: OpenStoreOptions,
  write: WriteFn,
): Promise<Manifest> {
  const meta: WorkspaceMeta = deepFreeze({
    id: (options.ids ?? randomIds)(),
    name: NEW_WORKSPACE_NAME,
    isDemo: false,
    chains: [...DEFAULT_CHAINS],
    createdAt: options.clock.now().toISOString(),
    operator: '',
    fontFiles: {},
  });
  const manifest: Manifest = {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    meta,
    layout: initialLayout(),
    shards: new Map(),
    pages: {},
    digests: new Map(),
  };
  await writeManifest(dir, manifest, write);
  return manifest;
}

/** Whether a folio shard's digest lacks its head's (see encodeShard). */
function headlessFolios(manifest: Manifest): boolean {
  for (const [key, file] of manifest.shards)
    if (key.startsWith('folios/') && manifest.digests.get(file)?.head === undefined) return true;
  return false;
}

/**
 * Opens (or, in an empty folder, creates) a workspace. A folder that cannot be opened is left
 * exactly as it was, and the answer says why and which backups could be restored.
 */
export async function openStore(
  dirInput: string,
  options: OpenStoreOptions,
): Promise<OpenStoreResult> {
  const dir = resolve(dirInput);
  const write = options.write ?? writeDurable;
  const runtime = { clock: options.clock, write, migrations: options.migrations };
  await mkdir(dir, { recursive: true });
  const locked = options.lock
    ? { ok: true as const, lock: options.lock }
    : await acquireLock(dir, options.clock);
  if (!locked.ok)
    return problemFor(
      dir,
      { kind: 'locked', file: LOCK_FILE, message: locked.message },
      options.migrations,
    );
  const { lock } = locked;
  try {
    const entries = new Set(await readdir(dir));
    if (!entries.has(MANIFEST_FILE)) {
      if (await hasOrphanedData(dir, entries)) {
        await lock.release();
        return problemFor(
          dir,
          {
            kind: 'missing',
            file: MANIFEST_FILE,
            message: `数据文件夹中缺少 ${MANIFEST_FILE}，但还有数据分片或备份。`,
          },
          options.migrations,
        );
      }
      const manifest = await createWorkspace(dir, options, write);
      return {
        ok: true,
        store: new DossierStore(dir, manifest, emptyCollections(), lock, runtime),
        created: true,
      };
    }

    const loaded = await loadFolder(dir, {
      migrations: options.migrations,
      deferFolios: options.deferFolios === true,
    });
    if (!loaded.ok) {
      await lock.release();
      return problemFor(dir, loaded.failure, options.migrations);
    }
    const { records, migratedFrom, deferred } = loaded.state;
    let { manifest } = loaded.state;
    if (migratedFrom !== null) {
      await takeBackup(dir, `migrate-v${migratedFrom}-v${SCHEMA_VERSION}`, options.clock, {
        manifest,
        counts: countsOf(records),
        verbatim: true,
      });
    }
    // Older data, or an older layout (fixed bucket counts, every shard in the manifest): the
    // records are written beside the old files in the layout their size calls for, and the
    // manifest's rename switches over. A crash before it leaves the old folder as it was.
    if (migratedFrom !== null || manifest.layout.version !== LAYOUT_VERSION) {
      const layout = layoutBySize(manifest, records);
      manifest = await writeCommit({
        dir,
        prev: manifest,
        buckets: allBuckets(records, layout),
        meta: manifest.meta,
        write,
        replaceAll: true,
        layout,
      });
    } else if (headlessFolios(manifest)) {
      // Folio shards whose digests have no head (their digests were lost and made again on this
      // open): written again once, so the next open can read just their heads. An optimization:
      // if the disk refuses, the folder opens as it is.
      manifest = await writeCommit({
        dir,
        prev: manifest,
        buckets: allBuckets(records, manifest.layout, ['folios']),
        meta: manifest.meta,
        write,
      }).catch((e: unknown) => {
        if (e instanceof StoreUncertainError) throw e;
        return manifest;
      });
    }
    await sweepLeftovers(dir, manifest);
    return {
      ok: true,
      store: new DossierStore(dir, manifest, records, lock, runtime, deferred),
      created: false,
    };
  } catch (e) {
    await lock.release();
    throw e;
  }
}

/**
 * Puts a backup back in place of the current data (the current files are moved to
 * `quarantine/<time>/`, never deleted) and opens the folder again.
 */
export async function restoreBackup(
  dirInput: string,
  backupId: string,
  options: OpenStoreOptions,
): Promise<OpenStoreResult> {
  const dir = resolve(dirInput);
  const failed = await restoreFiles(dir, backupId, options, options.lock);
  // With a held lock the folder is reopened as it was; without one the problem is the answer.
  return failed && !options.lock ? failed : openStore(dir, options);
}
