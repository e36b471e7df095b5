// Checks backups through the API: bad ids, restore preview, 备份到… copies, retention, demo removal.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('backups through the API', () => {
  it('a malformed or unknown backup id is a validation error; the store stays open and locked', async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', { name: '数字经济专班', kind: 'project' });
    const lockBefore = await readFile(join(t.dir, 'dossier.lock'), 'utf8');
    for (const backupId of [
      '../../etc',
      '/etc/passwd',
      'C:\\Windows',
      '00000001-20240401T010000000Z-nope',
    ]) {
      for (const method of ['workspace.restoreBackup', 'workspace.backupPreview'] as const) {
        const error = await t.fail(method, { backupId });
        expect(error.kind).toBe('validation');
        expect(error.fields.map((f) => f.path)).toEqual(['backupId']);
      }
    }
    expect(await readFile(join(t.dir, 'dossier.lock'), 'utf8')).toBe(lockBefore);
    expect((await t.call('workspace.status', {})).state).toBe('ready');
    await t.call('groups.update', { id: group.id, rev: group.rev, name: '仍可保存' });
  });

  it('previews what a restore takes back, backs up the current state first, keeps the lock', async () => {
    const t = await openTestCore();
    const kept = await t.call('groups.create', { name: '保留的专班', kind: 'project' });
    const gone = await t.call('groups.create', { name: '将被删除的专班', kind: 'chain' });
    const backup = await t.call('workspace.backupNow', {});
    expect(backup).toMatchObject({ reason: 'manual', valid: true });
    expect(backup.bytes).toBeGreaterThan(0);
    await t.call('groups.update', { id: kept.id, rev: kept.rev, name: '备份后改过名' });
    await t.call('groups.delete', { id: gone.id, rev: gone.rev });
    await t.call('groups.create', { name: '备份后新建', kind: 'chain' });

    const preview = await t.call('workspace.backupPreview', { backupId: backup.id });
    expect(preview.commitsSince).toBe(3);
    const groups = preview.collections.find((c) => c.collection === 'groups');
    expect(groups?.added.names).toEqual(['备份后新建']);
    expect(groups?.removed.names).toEqual(['将被删除的专班']);
    expect(groups?.changed.names).toEqual(['备份后改过名']);

    const lockBefore = await readFile(join(t.dir, 'dossier.lock'), 'utf8');
    await t.call('workspace.restoreBackup', { backupId: backup.id });
    expect(await readFile(join(t.dir, 'dossier.lock'), 'utf8')).toBe(lockBefore);
    const names = (await t.call('groups.list', {})).map((g) => g.name).sort();
    expect(names).toEqual(['保留的专班', '将被删除的专班'].sort());
    const before = (await t.call('workspace.backups', {})).find(
      (b) => b.reason === 'before-restore',
    );
    expect(before?.valid).toBe(true);
    // The state before the restore can itself be restored.
    await t.call('workspace.restoreBackup', { backupId: before?.id ?? '' });
    expect((await t.call('groups.list', {})).map((g) => g.name).sort()).toEqual(
      ['备份后改过名', '备份后新建'].sort(),
    );
  });

  it('备份到… writes an independent copy that opens as a workspace by itself', async () => {
    const t = await openTestCore();
    await t.call('groups.create', { name: '拷走的专班', kind: 'project' });
    const target = await makeTempDir();
    const { path } = await t.call('workspace.copyTo', { folder: target });
    expect(path.startsWith(target)).toBe(true);
    expect(await exists(join(path, 'dossier.json'))).toBe(true);
    const copy = await openTestCore(path);
    expect((await copy.call('groups.list', {})).map((g) => g.name)).toEqual(['拷走的专班']);
    const missing = await t.fail('workspace.copyTo', { folder: join(target, 'no-such-folder') });
    expect(missing.fields.map((f) => f.path)).toEqual(['folder']);
    const relative = await t.fail('workspace.copyTo', { folder: 'relative/path' });
    expect(relative.fields.map((f) => f.path)).toEqual(['folder']);
  });

  it('keeps as many backups as the workspace says', async () => {
    const t = await openTestCore();
    await t.call('workspace.update', { backupKeep: 3 });
    for (let i = 0; i < 5; i++) await t.call('workspace.backupNow', {});
    expect(await t.call('workspace.backups', {})).toHaveLength(3);
    expect((await t.fail('workspace.update', { backupKeep: 1 })).fields[0]?.path).toBe(
      'backupKeep',
    );
  });
});

describe('removing the demo', () => {
  it('names edited demo records and keeps those the officer’s own records point at', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const [demoGroup] = await t.call('groups.list', {});
    if (!demoGroup) throw new Error('demo has groups');
    const folio = (await t.call('folios.list', {}))[0];
    if (!folio) throw new Error('demo has folios');
    const full = (await t.call('folios.get', { id: folio.id })).folio;
    await t.call('folios.update', { id: full.id, rev: full.rev, name: '官员改过的演示项目' });
    const own = await t.call('folios.create', { name: '我自己的项目', groupId: demoGroup.id });

    const preview = await t.call('workspace.demoRemovalPreview', {});
    expect(preview.edited.names).toContain('官员改过的演示项目');
    expect(preview.kept.names).toContain(demoGroup.name);
    expect(preview.own).toBeGreaterThan(0);

    await t.call('workspace.removeDemo', {});
    const folios = await t.call('folios.list', {});
    expect(folios.map((f) => f.id)).toEqual([own.id]);
    expect((await t.call('groups.list', {})).map((g) => g.id)).toEqual([demoGroup.id]);
    const reasons = (await t.call('workspace.backups', {})).map((b) => b.reason);
    expect(reasons).toContain('remove-demo');
  });
});
