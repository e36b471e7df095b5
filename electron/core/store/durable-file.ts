// Durable JSON files: write, fsync, rename and folder fsync, with retries and a fault hook for tests.
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
export async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = errorCode(e);
    if (code === undefined || !DIR_FSYNC_UNSUPPORTED.has(code)) throw e;
  } finally {
    await handle?.close();
  }
}

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
}

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old or the new
 * bytes, never a mix: unique temp file → fsync → rename → fsync the folder.
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
  // Awaited before the rename; a failure before then is not an unhandled rejection.
  options.renameAfter?.catch(() => undefined);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await withRetry(() => open(temp, 'wx'));
    try {
      fault('write', path);
      await handle.writeFile(data);
      fault('fsync', path);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.renameAfter;
    await withRetry(async () => {
      fault('rename', path);
      await rename(temp, path);
    });
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  if (options.syncDir !== false) {
    fault('dirsync', path);
    await syncDir(dir);
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
