// Checks the data folder lock: one writer, stale and garbled locks taken over, other hosts respected.
import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/open-store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { makeTempDir } from '../../helpers/temp-dir';
import { openOk, seededDir, testClock } from './support';

/** The pid of a process that has certainly exited (as after a SIGKILL). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  if (typeof child.pid !== 'number') throw new Error('could not start a child process');
  return child.pid;
}

/** Writes the lock file a process left behind (started 2024-01-01), as if it still held the folder. */
async function leaveLock(dir: string, holder: { pid: number; hostname: string; token: string }) {
  const lock = { ...holder, startedAt: '2024-01-01T00:00:00.000Z' };
  await writeFile(join(dir, 'dossier.lock'), JSON.stringify(lock));
}

describe('one writer per data folder', () => {
  it('tells a second opener who holds the folder, and changes nothing', async () => {
    const { dir } = await seededDir(50);
    const first = await openOk(dir);
    await first.commit({ meta: { ...first.meta, name: '第一个窗口' } });
    const before = await snapshotDir(dir);

    const second = await openStore(dir, { clock: testClock() });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.problem.kind).toBe('locked');
    expect(second.problem.file).toBe('dossier.lock');
    expect(second.problem.message).toContain(`进程 ${process.pid}`);
    expect(second.problem.message).toMatch(/^数据文件夹正被另一个程序（进程 \d+）使用/);
    expect(second.problem.backups.length).toBeGreaterThan(0);
    expect(await snapshotDir(dir)).toEqual(before);

    // The first store still works and still holds the lock.
    await first.commit({ meta: { ...first.meta, name: '仍可保存' } });
    await first.close();
    const third = await openOk(dir);
    expect(third.meta.name).toBe('仍可保存');
  });

  it('writes pid, hostname and start time into the lock and removes it on close', async () => {
    const dir = await makeTempDir();
    const store = await openOk(dir);
    const lock = JSON.parse(await readFile(join(dir, 'dossier.lock'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(typeof lock.startedAt).toBe('string');
    await store.close();
    expect(await readdir(dir)).not.toContain('dossier.lock');
  });

  it('takes over a stale lock left by a killed process', async () => {
    const { dir } = await seededDir(20);
    await leaveLock(dir, { pid: deadPid(), hostname: hostname(), token: 'old' });
    const store = await openOk(dir);
    expect(store.count('folios')).toBe(20);
    const lock = JSON.parse(await readFile(join(dir, 'dossier.lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
    expect((await readdir(dir)).filter((n) => n.startsWith('dossier.lock'))).toEqual([
      'dossier.lock',
    ]);
  });

  it('takes over a lock naming our own pid that this process does not hold (pid reused)', async () => {
    const { dir } = await seededDir(5);
    await leaveLock(dir, { pid: process.pid, hostname: hostname(), token: 'x' });
    const store = await openOk(dir);
    expect(store.count('folios')).toBe(5);
  });

  it('treats an empty or garbled lock file (a crash while it was written) as stale', async () => {
    const { dir } = await seededDir(5);
    await writeFile(join(dir, 'dossier.lock'), '{"pid":');
    const store = await openOk(dir);
    expect(store.count('folios')).toBe(5);
  });

  it('does not take over a lock held from another computer', async () => {
    const { dir } = await seededDir(5);
    await leaveLock(dir, { pid: 4242, hostname: 'other-pc.example', token: 't' });
    const result = await openStore(dir, { clock: testClock() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('locked');
    expect(result.problem.message).toContain('other-pc.example');
    expect(result.problem.message).toContain('进程 4242');
  });
});
