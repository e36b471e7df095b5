// Checks 重做: an undone edit put back, redo and undo in turn, a new edit ends redo, stale steps refused.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';
import { sessionWithPerson } from './session-person';
import { aFolio, folioWithDrafts } from './undo-folio';

describe('redo', () => {
  it('puts an undone edit back, and the two can be taken in turn more than once', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '已签约意向书' });
    const undone = await t.call('undo.undo', {});
    expect(undone.redo).toMatchObject({ label: '修改项目“温泉旅游度假区”' });
    expect(undone.redoCount).toBe(1);

    const redone = await t.call('undo.redo', {});
    expect(redone.redone).toBe('修改项目“温泉旅游度假区”');
    expect(redone).toMatchObject({ label: '修改项目“温泉旅游度假区”', redo: null, redoCount: 0 });
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('已签约意向书');

    await t.call('undo.undo', {});
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('初次接洽');
    await t.call('undo.redo', {});
    const { folio: last } = await t.call('folios.get', { id: folio.id });
    expect(last.notes).toBe('已签约意向书');
    // The record stays editable with its latest rev: revs only went up.
    const edited = await t.call('folios.update', { id: folio.id, rev: last.rev, notes: '已签约' });
    expect(edited.rev).toBeGreaterThan(last.rev);
  });

  it('redoes several undone edits in the order they were first made', async () => {
    const { t, folio } = await folioWithDrafts();
    await t.call('undo.undo', {});
    await t.call('undo.undo', {});
    await t.call('undo.undo', {});
    expect(await t.call('folios.list', {})).toEqual([]);
    expect((await t.call('undo.status', {})).redoCount).toBe(3);

    await t.call('undo.redo', {});
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('初次接洽');
    await t.call('undo.redo', {});
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('第二稿');
    await t.call('undo.redo', {});
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('第三稿');
    expect((await t.fail('undo.redo', {})).message).toBe('没有可以重做的操作。');
  });

  it('redoes a delete that was undone: the folio goes back into the bin', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    await t.call('undo.undo', {});
    expect(await t.call('trash.list', {})).toEqual([]);
    await t.call('undo.redo', {});
    expect(await t.call('folios.list', {})).toEqual([]);
    expect((await t.call('trash.list', {})).map((e) => e.label)).toEqual(['温泉旅游度假区']);
  });

  it('a new edit after an undo ends redo: nothing is put back over it', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '已签约意向书' });
    await t.call('undo.undo', {});
    const { folio: back } = await t.call('folios.get', { id: folio.id });
    await t.call('folios.update', { id: folio.id, rev: back.rev, notes: '改为考察中' });
    expect(await t.call('undo.status', {})).toMatchObject({ redo: null, redoCount: 0 });
    const error = await t.fail('undo.redo', {});
    expect(error).toMatchObject({ kind: 'conflict', message: '没有可以重做的操作。' });
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('改为考察中');
  });

  it('names the records a step changes, so the page can tell whether they are on screen', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const status = await t.call('undo.status', {});
    expect(status.next).toMatchObject({
      label: '新建项目“温泉旅游度假区”',
      records: [{ collection: 'folios', id: folio.id }],
      meta: false,
    });
    await t.call('workspace.update', { name: '秦州区招商局' });
    expect((await t.call('undo.status', {})).next).toMatchObject({ records: [], meta: true });
  });

  it('refuses a step other than the one asked about, and changes nothing', async () => {
    const t = await openTestCore();
    const folio = await aFolio(t);
    const asked = (await t.call('undo.status', {})).next;
    // Something else is edited between the question and the answer.
    await t.call('folios.update', { id: folio.id, rev: folio.rev, notes: '已签约意向书' });
    const error = await t.fail('undo.undo', { serial: asked?.serial ?? 0 });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('修改项目“温泉旅游度假区”');
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('已签约意向书');

    const next = (await t.call('undo.status', {})).next;
    await t.call('undo.undo', { serial: next?.serial ?? 0 });
    expect((await t.call('folios.get', { id: folio.id })).folio.notes).toBe('初次接洽');
  });

  it('refuses to redo over a record changed since by a change it did not see', async () => {
    const { session, store, person } = await sessionWithPerson('r');
    try {
      await session.exclusive(() =>
        session.commit(
          { put: { people: [{ ...person, rev: 2, title: '副市长' }] } },
          '修改人员“张伟”',
        ),
      );
      await session.exclusive(() => session.undoLast('undo'));
      const back = store.get('people', 'person-0001');
      // A change that bypasses the undo stack (as a merge of a colleague's copy could).
      await store.commit({
        put: { people: [{ ...person, rev: (back?.rev ?? 0) + 1, unit: '市政府' }] },
      });
      await expect(session.exclusive(() => session.undoLast('redo'))).rejects.toMatchObject({
        kind: 'conflict',
        message: expect.stringContaining('之后又被修改过'),
      });
      expect(store.get('people', 'person-0001')).toMatchObject({ title: '', unit: '市政府' });
      expect(session.undo.peek().redoCount).toBe(1);
    } finally {
      await session.close();
    }
  });
});
