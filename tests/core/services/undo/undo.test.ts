// Checks undo: edits, deletes and restores taken back, nothing to undo, session only, conflicts refused.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';
import { sessionWithPerson } from './session-person';
import { aFolio, folioWithDrafts } from './undo-folio';

describe('undo', () => {
  it('undoes an edit: the earlier content comes back under a higher rev', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const edited = await t.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      notes: '已签约意向书',
    });
    expect(await t.call('undo.status', {})).toMatchObject({
      label: '修改项目“温泉旅游度假区”',
      count: 3,
    });

    const result = await t.call('undo.undo', {});
    expect(result).toMatchObject({
      undone: '修改项目“温泉旅游度假区”',
      label: '新建项目“温泉旅游度假区”',
      count: 2,
    });
    const { folio: back } = await t.call('folios.get', { id: folio.id });
    expect(back.notes).toBe('初次接洽');
    expect(back.rev).toBeGreaterThan(edited.rev);
  });

  it('undoes several edits of the same record one after another', async () => {
    const { t, folio } = await folioWithDrafts();
    await t.call('undo.undo', {});
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('第二稿');
    await t.call('undo.undo', {});
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('初次接洽');
    await t.call('undo.undo', {});
    expect(await t.call('folios.list', {})).toEqual([]);
  });

  it('undoes a delete: the folio is back and the bin no longer holds it', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    expect(await t.call('trash.list', {})).toHaveLength(1);
    expect((await t.call('undo.undo', {})).undone).toBe('删除项目“温泉旅游度假区”');
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('初次接洽');
    expect(await t.call('trash.list', {})).toEqual([]);
  });

  it('undoes a restore from the bin: the folio goes back into the bin', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    const [entry] = await t.call('trash.list', {});
    await t.call('trash.restore', { id: entry?.id ?? '' });
    await t.call('undo.undo', {});
    expect(await t.call('folios.list', {})).toEqual([]);
    expect((await t.call('trash.list', {})).map((e) => e.label)).toEqual(['温泉旅游度假区']);
  });

  it('with nothing to undo, says so in Chinese and changes nothing', async () => {
    const t = await openTestCore();
    expect(await t.call('undo.status', {})).toMatchObject({ label: null, count: 0, redo: null });
    const error = await t.fail('undo.undo', {});
    expect(error).toMatchObject({ kind: 'conflict', message: '没有可以撤销的操作。' });
  });

  it('starts empty after a restart of the core: only this session’s edits can be undone', async () => {
    const t = await openTestCore();
    await aFolio(t);
    expect((await t.call('undo.status', {})).count).toBe(2);
    await t.core.close();
    const again = await openTestCore(t.dir);
    expect(await again.call('undo.status', {})).toMatchObject({
      label: null,
      count: 0,
      redo: null,
    });
    expect((await again.fail('undo.undo', {})).kind).toBe('conflict');
    expect(await again.call('folios.list', {})).toHaveLength(1);
  });

  it('refuses, as a conflict, to undo an edit whose record was changed since by a change it did not see', async () => {
    const { session, store, person } = await sessionWithPerson('u');
    try {
      // A change that bypasses the undo stack (as a future merge of a colleague's copy would).
      await store.commit({ put: { people: [{ ...person, rev: 2, title: '副市长' }] } });
      await expect(session.exclusive(() => session.undoLast())).rejects.toMatchObject({
        kind: 'conflict',
        message: expect.stringContaining('之后又被修改过'),
      });
      expect(store.get('people', 'person-0001')?.title).toBe('副市长');
      expect(session.undo.peek().count).toBe(1);
    } finally {
      await session.close();
    }
  });
});
