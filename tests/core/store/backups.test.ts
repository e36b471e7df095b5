// Checks store backups: when they are taken, real copies, the ring, damaged ones, restore with quarantine.
import { readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_RING_SIZE } from '../../../electron/core/store/backups';
import { openStore, restoreBackup } from '../../../electron/core/store/open-store';
import { BACKUP_EVERY_COMMITS } from '../../../electron/core/store/store';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { must } from '../../helpers/must';
import { expectSameRecords, openOk, seededDir, testClock } from './support';

const backupDirs = async (dir: string) =>
  (await readdir(join(dir, 'backups'))).filter((n) => !n.startsWith('.'));

describe('backups', () => {
  it('takes one before the first commit of a session, holding the state before it', async () => {
    const { dir, data } = await seededDir(60);
    const store = await openOk(dir);
    const seqBefore = store.seq;
    await store.commit({ meta: { ...data.meta, name: '第一次修改' } });
    await store.commit({ meta: { ...data.meta, name: '第二次修改' } });
    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    const [only] = backups;
    expect(only).toMatchObject({
      reason: 'open',
      valid: true,
      counts: { folios: 60, groups: data.groups.length },
    });
    expect(only?.id).toMatch(new RegExp(`^0*${seqBefore}-\\d{8}T\\d{9}Z-open$`));
    const copy = JSON.parse(
      await readFile(join(dir, 'backups', only?.id ?? '', 'dossier.json'), 'utf8'),
    ) as {
      meta: { name: string };
    };
    expect(copy.meta.name).toBe(data.meta.name);
  });

  it('copies the shard files (never hard links): truncating a live shard leaves the backup whole', async () => {
    const { dir, data } = await seededDir(30);
    let store = await openOk(dir);
    const info = await store.backup('manual');
    const shards = await readdir(join(dir, 'backups', info.id, 'shards'));
    expect(shards.length).toBeGreaterThan(0);
    for (const name of shards) {
      const [a, b] = await Promise.all([
        stat(join(dir, 'shards', name)),
        stat(join(dir, 'backups', info.id, 'shards', name)),
      ]);
      expect(b.ino).not.toBe(a.ino);
    }
    await store.close();
    // A sync tool or a bad disk truncates every live shard in place.
    for (const name of await readdir(join(dir, 'shards')))
      await truncate(join(dir, 'shards', name), 7);
    const broken = await openStore(dir, { clock: testClock() });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problem.backups.map((b) => b.id)).toContain(info.id);
    const restored = await restoreBackup(dir, info.id, { clock: testClock() });
    if (!restored.ok) throw new Error(restored.problem.message);
    store = restored.store;
    expectSameRecords(store, data);
    await store.close();
  });

  it(`takes one every ${BACKUP_EVERY_COMMITS} commits`, async () => {
    const { dir, data } = await seededDir(5);
    const store = await openOk(dir);
    for (let i = 1; i <= 2 * BACKUP_EVERY_COMMITS; i++)
      await store.commit({ meta: { ...data.meta, name: `第${i}次` } });
    const reasons = (await store.listBackups()).map((b) => b.reason).sort();
    expect(reasons).toEqual(['auto', 'auto', 'open']);
  });

  it(`keeps a ring of the newest ${BACKUP_RING_SIZE}`, async () => {
    const { dir } = await seededDir(5);
    const store = await openOk(dir);
    const made: string[] = [];
    for (let i = 0; i < BACKUP_RING_SIZE + 4; i++)
      made.push((await store.backup(`manual ${i}`)).id);
    const kept = await backupDirs(dir);
    expect(kept.sort()).toEqual(made.slice(-BACKUP_RING_SIZE).sort());
    const listed = await store.listBackups();
    expect(listed.map((b) => b.id)).toEqual(made.slice(-BACKUP_RING_SIZE).reverse());
  });

  it('reports a damaged backup as not valid', async () => {
    const { dir } = await seededDir(5);
    const store = await openOk(dir);
    const good = await store.backup('good');
    const bad = await store.backup('bad');
    await writeFile(join(dir, 'backups', bad.id, 'dossier.json'), '{"format":"dossier-desk",');
    const listed = await store.listBackups();
    expect(listed.find((b) => b.id === bad.id)?.valid).toBe(false);
    expect(listed.find((b) => b.id === good.id)?.valid).toBe(true);
  });
});

/** A seeded folder of `folios` folios renamed to `name` by a commit (which backs it up first), closed. */
async function renamedAfterBackup(folios: number, name: string) {
  const { dir, data } = await seededDir(folios);
  const store = await openOk(dir);
  await store.commit({ meta: { ...data.meta, name } });
  const [backup] = await store.listBackups();
  await store.close();
  return { dir, data, backup: must(backup) };
}

describe('restoreBackup', () => {
  it('moves the bad files to quarantine, restores the backup and opens it', async () => {
    const { dir, data, backup } = await renamedAfterBackup(80, '备份之后的修改');

    const badText = '{"format":"dossier-desk","sch';
    await writeFile(join(dir, 'dossier.json'), badText);
    const shardsBefore = await snapshotDir(join(dir, 'shards'));

    const result = await restoreBackup(dir, backup.id, { clock: testClock() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const store = result.store;
    expect(store.meta.name).toBe(data.meta.name);
    expect(store.count('folios')).toBe(80);

    const [quarantine] = await readdir(join(dir, 'quarantine'));
    const kept = join(dir, 'quarantine', quarantine ?? '');
    expect(await readFile(join(kept, 'dossier.json'), 'utf8')).toBe(badText);
    expect(await snapshotDir(join(kept, 'shards'))).toEqual(shardsBefore);

    await store.commit({ meta: { ...store.meta, name: '恢复后继续工作' } });
    await store.close();
    expect((await openOk(dir)).meta.name).toBe('恢复后继续工作');
  });

  it('backs up a healthy current state before replacing it', async () => {
    const { dir, backup } = await renamedAfterBackup(10, '较新的状态');
    const result = await restoreBackup(dir, backup.id, { clock: testClock() });
    if (!result.ok) throw new Error(result.problem.message);
    const reasons = (await result.store.listBackups()).map((b) => b.reason);
    expect(reasons).toContain('before-restore');
    await result.store.close();
  });

  it('refuses an unknown backup id and a damaged backup, changing nothing', async () => {
    const { dir } = await seededDir(10);
    const store = await openOk(dir);
    const info = await store.backup('x');
    await store.close();
    await writeFile(join(dir, 'backups', info.id, 'dossier.json'), 'nope');
    const before = await snapshotDir(dir);
    const unknown = await restoreBackup(dir, '../../etc', { clock: testClock() });
    expect(unknown.ok).toBe(false);
    const damaged = await restoreBackup(dir, info.id, { clock: testClock() });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.problem.file).toBe(`backups/${info.id}/dossier.json`);
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
