// The data folder's lock file: one writer per folder, stale locks taken over safely.
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { errorCode } from './durable-file';

export const LOCK_FILE = 'dossier.lock';

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Distinguishes our lock from one another process wrote after taking over a stale one. */
  token: string;
}

export type LockResult =
  { ok: true; lock: DirLock } | { ok: false; holder: LockInfo; message: string };

/**
 * Tokens of the locks this process holds. A lock naming our own pid but not one of these was
 * left by an earlier process that had the same pid (pids are reused, e.g. in containers).
 */
const heldTokens = new Set<string>();

/** One writer per data folder; `release` removes the lock only while it is still ours. */
export class DirLock {
  readonly path: string;
  readonly info: LockInfo;
  #released = false;

  constructor(path: string, info: LockInfo) {
    this.path = path;
    this.info = info;
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    heldTokens.delete(this.info.token);
    const current = await readLock(this.path);
    if (current?.token === this.info.token) await unlink(this.path).catch(() => undefined);
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return null;
    const { pid, hostname: host, startedAt, token } = v as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return null;
    return {
      pid,
      hostname: host,
      startedAt: typeof startedAt === 'string' ? startedAt : '',
      token: typeof token === 'string' ? token : '',
    };
  } catch {
    return null;
  }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    return parseLock(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

function isAlive(pid: number, token: string): boolean {
  if (pid === process.pid) return heldTokens.has(token);
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

function lockedMessage(holder: LockInfo): string {
  if (holder.hostname !== hostname()) {
    return `数据文件夹正被另一台电脑（${holder.hostname}，进程 ${holder.pid}）使用。请先在那台电脑上关闭招商卷宗，再打开此文件夹。`;
  }
  return `数据文件夹正被另一个程序（进程 ${holder.pid}）使用。请先关闭另一个招商卷宗窗口，再打开此文件夹。`;
}

/**
 * Creates the lock with its full content in one step: written to a temp file, then hard-linked
 * into place (link fails if the lock exists). Filesystems without hard links fall back to 'wx'.
 */
async function createLock(path: string, text: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, path);
    return true;
  } catch (e) {
    if (errorCode(e) === 'EEXIST') return false;
    try {
      await writeFile(path, text, { flag: 'wx' });
      return true;
    } catch (e2) {
      if (errorCode(e2) === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two processes taking over the same stale
 * lock only one gets it; if what we moved turns out to be a fresh lock, it is linked back.
 */
async function takeOver(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale.${process.pid}.${randomBytes(6).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return;
    throw e;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleText) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function acquireLock(dir: string, clock: Clock): Promise<LockResult> {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: clock.now().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  const text = JSON.stringify(info);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Look before writing anything, so a folder in use is left entirely untouched.
    const existingText = await readFile(path, 'utf8').catch(() => null);
    if (existingText !== null) {
      // An unparsable lock cannot be a live one: live locks appear with their content in one step.
      const holder = parseLock(existingText);
      if (holder && (holder.hostname !== info.hostname || isAlive(holder.pid, holder.token))) {
        return { ok: false, holder, message: lockedMessage(holder) };
      }
      await takeOver(path, existingText);
    }
    if (await createLock(path, text)) {
      heldTokens.add(info.token);
      return { ok: true, lock: new DirLock(path, info) };
    }
  }
  throw new Error(`无法获取数据文件夹的锁：${path}`);
}
