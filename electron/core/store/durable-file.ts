// Durable files: temp file, fsync, rename and folder fsync (new names written in place), with retries and a fault hook for tests.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** A file exists but does not hold parsable JSON (truncated, overwritten, not ours). */
export class UnparsableFileError extends Error {
  readonly path: string;
  constructor(path: string, cause: unknown) {
    super(`文件无法解析（内容不是完整的 JSON）：${path}`, { cause });
    this.name = 'UnparsableFileError';
    this.path = path;
  }
}

/** Windows reports these while an antivirus or indexer briefly holds the file. */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Folders cannot be fsynced on Windows (and some filesystems); the rename is then as durable as it gets. */
const DIR_FSYNC_UNSUPPORTED = new Set(['EPERM', 'EISDIR', 'EINVAL', 'EACCES', 'ENOTSUP']);
const RETRY_DELAYS_MS = [5, 15, 40, 100, 250];

export function errorCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string')
    return e.code;
  return undefined;
}

export async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const delay = RETRY_DELAYS_MS[attempt];
      const code = errorCode(e);
      if (delay === undefined || code === undefined || !TRANSIENT.has(code)) throw e;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** fsync a folder so a rename or a new entry in it survives power loss. */
export function syncDir(dir: string): Promise<void> {
  return new FolderSync(dir).sync();
}

/**
 * A folder opened now and fsynced later: a commit opens its folders while it writes the files,
 * so the fsync after them is one trip to the thread pool, not three. An fsync covers every
 * entry made in the folder before it, whenever the folder was opened. Where folders cannot be
 * fsynced (Windows) it does nothing. Call `sync` or `release` once.
 */
export class FolderSync {
  readonly #opened: Promise<{ handle: FileHandle } | { error: unknown }>;

  constructor(dir: string) {
    this.#opened = open(dir, 'r').then(
      (handle) => ({ handle }),
      (error: unknown) => ({ error }),
    );
  }

  async sync(): Promise<void> {
    const opened = await this.#opened;
    if ('error' in opened) {
      if (unsupported(opened.error)) return;
      throw opened.error;
    }
    try {
      await opened.handle.sync();
    } catch (e) {
      if (!unsupported(e)) throw e;
    } finally {
      // Closing a folder's handle changes nothing on disk: nothing waits for it.
      opened.handle.close().catch(() => undefined);
    }
  }

  /** Lets the folder go without an fsync (what was to be written into it failed). */
  release(): void {
    void this.#opened.then((opened) => {
      if ('handle' in opened) opened.handle.close().catch(() => undefined);
    });
  }
}

const unsupported = (e: unknown) => DIR_FSYNC_UNSUPPORTED.has(errorCode(e) ?? '');

export interface WriteDurableOptions {
  /**
   * fsync the folder after the rename (default true). Callers writing many files into one
   * folder turn it off and call `syncDir` once afterwards.
   */
  syncDir?: boolean;
  /**
   * The temp file is written and fsynced at once, but renamed over `path` only after this
   * resolves (the files the new content refers to are durable by then); if it rejects, nothing
   * is renamed, the temp file is removed and its error is thrown.
   */
  renameAfter?: Promise<unknown>;
  /**
   * `path` is a new name that nothing refers to yet (a shard or page file, until the manifest
   * listing it is renamed in): it is written and fsynced in place, without a temp file and a
   * rename. A crash leaves at worst a partial file that no manifest names, which the next open
   * sweeps; a file such a crash left under the same name is replaced. Not with `renameAfter`.
   */
  fresh?: boolean;
}

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old or the new
 * bytes, never a mix: unique temp file → fsync → rename → fsync the folder. A `fresh` path
 * (a name nothing refers to yet) is written and fsynced in place.
 */
export function writeDurable(
  path: string,
  data: string | Uint8Array,
  options: WriteDurableOptions = {},
): Promise<void> {
  return writeDurableWith(NO_FAULTS, path, data, options);
}

/** A step of a durable write, where a test can make the disk refuse it. */
export type DurableStep = 'write' | 'fsync' | 'rename' | 'dirsync';
/** Called before each step with the file's path; throwing makes that step fail. */
export type FaultHook = (step: DurableStep, path: string) => void;
const NO_FAULTS: FaultHook = () => undefined;

/** writeDurable with a fault hook (tests: ENOSPC at fsync, EROFS at rename, ...). */
export async function writeDurableWith(
  fault: FaultHook,
  path: string,
  data: string | Uint8Array,
  options: WriteDurableOptions = {},
): Promise<void> {
  if (options.fresh && options.renameAfter) throw new Error('writeDurable: fresh has no rename');
  // Awaited before the rename; a failure before then is not an unhandled rejection.
  options.renameAfter?.catch(() => undefined);
  const dir = dirname(path);
  const folder = options.syncDir === false ? null : new FolderSync(dir);
  try {
    await writeInto(fault, path, data, options);
  } catch (e) {
    folder?.release();
    throw e;
  }
  if (!folder) return;
  try {
    fault('dirsync', path);
  } catch (e) {
    folder.release();
    throw e;
  }
  await folder.sync();
}

/** The file's part of writeDurableWith: written, fsynced and in place (the folder not fsynced). */
async function writeInto(
  fault: FaultHook,
  path: string,
  data: string | Uint8Array,
  options: WriteDurableOptions,
): Promise<void> {
  const dir = dirname(path);
  if (options.fresh) {
    try {
      await writeNewFile(fault, path, path, data);
    } catch (e) {
      // A crash left a file under this name (removed by the failed attempt): write it again.
      if (errorCode(e) !== 'EEXIST') throw e;
      await writeNewFile(fault, path, path, data);
    }
  } else {
    const temp = join(
      dir,
      `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
    );
    await writeNewFile(fault, path, temp, data);
    try {
      await options.renameAfter;
      await withRetry(async () => {
        fault('rename', path);
        await rename(temp, path);
      });
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }
}

/**
 * Creates `file` (failing if it exists), writes `data` and fsyncs it; any failure removes the
 * file. `path` is the file's destination, as the fault hook is told.
 */
async function writeNewFile(
  fault: FaultHook,
  path: string,
  file: string,
  data: string | Uint8Array,
): Promise<void> {
  try {
    const handle = await withRetry(() => open(file, 'wx'));
    try {
      fault('write', path);
      await handle.writeFile(data);
      fault('fsync', path);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await unlink(file).catch(() => undefined);
    throw e;
  }
}

/** The write primitive a store uses; tests swap it to inject disk failures. */
export type WriteFn = (
  path: string,
  data: string | Uint8Array,
  options?: WriteDurableOptions,
) => Promise<void>;

/**
 * A lowdb adapter with crash-safe writes. It parses but does not validate: `T` is what the
 * caller promises to check (use `unknown` when reading files you did not just write).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #write: WriteFn;
  readonly #options: WriteDurableOptions | undefined;

  constructor(path: string, write: WriteFn = writeDurable, options?: WriteDurableOptions) {
    this.path = path;
    this.#write = write;
    this.#options = options;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await withRetry(() => readFile(this.path, 'utf8'));
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return null;
      throw e;
    }
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new UnparsableFileError(this.path, e);
    }
  }

  write(data: T): Promise<void> {
    return this.#options
      ? this.#write(this.path, JSON.stringify(data), this.#options)
      : this.#write(this.path, JSON.stringify(data));
  }
}
