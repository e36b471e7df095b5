// Backups share the files they have in common (linked), never a live file: a backup after an edit
// copies only what the edit wrote, and each backup still restores on its own.
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOf, type FileDigest } from '../../../electron/core/store/digest';
import type { DossierStore } from '../../../electron/core/store/store';
import { restoreBackup } from '../../../electron/core/store/open-store';
import { must } from '../../helpers/must';
import { openOk, seededDir, testClock } from './support';

const inode = async (path: string) => (await stat(path)).ino;

/** Each file of a backup's shards folder, with its inode. */
async function filesOf(dir: string, id: string): Promise<Map<string, number>> {
  const shards = join(dir, 'backups', id, 'shards');
  const names = await readdir(shards);
  return new Map(
    await Promise.all(names.map(async (name) => [name, await inode(join(shards, name))] as const)),
  );
}

/**
 * A folder with 60 folios and a backup (the newest), then one folio edited since (one shard and
 * its page rewritten).
 */
async function backupThenEdit(): Promise<{ dir: string; store: DossierStore; first: string }> {
  const { dir, data } = await seededDir(60);
  const store = await openOk(dir);
  const folio = must(data.folios[5]);
  // The session's first commit takes its own backup first: the one of this test comes after.
  await store.commit({ put: { folios: [{ ...folio, notes: '改一条', rev: folio.rev + 1 }] } });
  const first = (await store.backup('manual')).id;
  await store.commit({ put: { folios: [{ ...folio, notes: '再改一条', rev: folio.rev + 2 }] } });
  expect((await store.listBackups())[0]?.id).toBe(first);
  return { dir, store, first };
}

describe('backups sharing what they have in common', () => {
  it('links the files the last backup has, copies those an edit wrote, never links a live file', async () => {
    const { dir, store, first } = await backupThenEdit();
    const second = (await store.backup('manual')).id;
    const before = await filesOf(dir, first);
    const after = await filesOf(dir, second);
    const shared = [...after].filter(([name]) => before.get(name) === after.get(name));
    const own = [...after].filter(([name]) => !before.has(name));
    // Of 60 folios' files, the edit wrote a shard and a page; the rest are shared.
    expect(shared.length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(shared.length + own.length).toBe(after.size);
    for (const [name, ino] of after) expect(ino).not.toBe(await inode(join(dir, 'shards', name)));

    // Both are whole backups: each is valid and restores on its own.
    const listed = await store.listBackups();
    expect(listed.filter((b) => b.id === first || b.id === second).map((b) => b.valid)).toEqual([
      true,
      true,
    ]);
    await store.close();
    await rm(join(dir, 'backups', first), { recursive: true });
    const restored = await restoreBackup(dir, second, { clock: testClock() });
    expect(restored.ok).toBe(true);
    if (restored.ok) await restored.store.close();
  });

  it('copies from the live folder what the last backup no longer has, or when it cannot be read', async () => {
    const { dir, store, first } = await backupThenEdit();
    // One file of the last backup gone; then its manifest unreadable.
    const [gone] = await readdir(join(dir, 'backups', first, 'shards'));
    await rm(join(dir, 'backups', first, 'shards', must(gone)));
    const second = (await store.backup('manual')).id;
    const copied = await filesOf(dir, second);
    expect(copied.has(must(gone))).toBe(true);
    await writeFile(join(dir, 'backups', second, 'dossier.json'), '{"not":');
    const third = (await store.backup('manual')).id;
    const shared = await filesOf(dir, third);
    for (const [name, ino] of shared) expect(ino).not.toBe(copied.get(name));
    const valid = (await store.listBackups()).find((b) => b.id === third)?.valid;
    expect(valid).toBe(true);
    await store.close();
  });

  it('does not share a file the last backup records with other bytes than the live one', async () => {
    const { dir, store, first } = await backupThenEdit();
    // The last backup, consistent in itself, records other bytes for the shards of one page.
    const backup = join(dir, 'backups', first);
    const manifest = JSON.parse(await readFile(join(backup, 'dossier.json'), 'utf8')) as {
      pages: Record<string, string>;
      digests: { files: Record<string, FileDigest> };
    };
    const pageFile = must(Object.values(manifest.pages)[0]);
    const page = JSON.parse(await readFile(join(backup, pageFile), 'utf8')) as {
      digests: Record<string, FileDigest>;
    };
    const altered = Object.keys(page.digests);
    for (const shard of altered) must(page.digests[shard]).sha256 = '0'.repeat(64);
    const bytes = Buffer.from(JSON.stringify(page));
    await writeFile(join(backup, pageFile), bytes);
    manifest.digests.files[pageFile] = digestOf(bytes);
    await writeFile(join(backup, 'dossier.json'), JSON.stringify(manifest));

    const before = await filesOf(dir, first);
    const after = await filesOf(dir, (await store.backup('manual')).id);
    expect(altered.length).toBeGreaterThan(0);
    for (const shard of altered) {
      const name = shard.replace(/^shards\//, '');
      expect(after.get(name)).toBeDefined();
      expect(after.get(name)).not.toBe(before.get(name));
    }
    // The other pages' shards are still shared.
    expect([...after].some(([name, ino]) => before.get(name) === ino)).toBe(true);
    await store.close();
  });
});
