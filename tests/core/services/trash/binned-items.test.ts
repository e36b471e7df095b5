// Checks deleted checklist items and progress entries: in the 回收站, restored to their folio, purged.
import { describe, expect, it } from 'vitest';
import { folioCore, item } from '../folios/folio-fixture';

async function folioWithItems() {
  const c = await folioCore();
  const folio = await c.create({
    demandItems: [item('专线电力接入', { due: '2024-05-01' }), item('员工宿舍配套')],
    progress: [
      { date: '2024-03-01', author: '杨静', text: '完成可研评审' },
      { date: '2024-03-20', author: '杨静', text: '签订投资协议' },
    ],
  });
  return { ...c, folio };
}

describe('deleted sub-items in the 回收站', () => {
  it('a removed checklist item and progress entry are listed under their folio and come back', async () => {
    const { t, folio, get } = await folioWithItems();
    const [power, dorm] = folio.demandItems;
    const [review] = folio.progress;
    if (!power || !dorm || !review) throw new Error('fixture');
    await t.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      demandItems: [dorm],
      progress: folio.progress.slice(1),
    });

    const bin = await t.call('trash.list', {});
    expect(bin.map((e) => [e.id, e.label, e.item?.list, e.item?.folioName])).toEqual(
      expect.arrayContaining([
        [power.id, '专线电力接入', 'demandItems', folio.name],
        [review.id, '完成可研评审', 'progress', folio.name],
      ]),
    );
    expect(bin).toHaveLength(2);

    await t.call('trash.restoreItem', { folioId: folio.id, itemId: power.id });
    const back = await get(folio.id);
    expect(back.demandItems.map((i) => i.text)).toEqual(['员工宿舍配套', '专线电力接入']);
    expect(back.demandItems[1]).toEqual(power);
    expect((await t.call('undo.status', {})).label).toBe(
      `恢复项目“${folio.name}”的需求清单事项“专线电力接入”`,
    );
    expect((await t.call('trash.list', {})).map((e) => e.id)).toEqual([review.id]);
    expect((await t.fail('trash.restoreItem', { folioId: folio.id, itemId: power.id })).kind).toBe(
      'not_found',
    );

    await t.call('trash.purgeItem', { folioId: folio.id, itemId: review.id });
    expect(await t.call('trash.list', {})).toEqual([]);
    expect((await get(folio.id)).progress.map((p) => p.text)).toEqual(['签订投资协议']);
  });

  it('an entry whose folio is itself in the bin says to restore the folio first; then it can', async () => {
    const { t, folio, get } = await folioWithItems();
    const [power] = folio.demandItems;
    if (!power) throw new Error('fixture');
    const edited = await t.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      demandItems: folio.demandItems.slice(1),
    });
    await t.call('folios.delete', { id: folio.id, rev: edited.rev });

    const bin = await t.call('trash.list', {});
    const entry = bin.find((e) => e.id === power.id);
    expect(entry?.item?.folioInBin).toBe(true);
    const error = await t.fail('trash.restoreItem', { folioId: folio.id, itemId: power.id });
    expect(error).toMatchObject({
      kind: 'conflict',
      message: `所属项目“${folio.name}”在回收站中。请先在回收站中恢复该项目，再恢复其中的条目。`,
    });

    const folioEntry = bin.find((e) => e.item === undefined);
    if (!folioEntry) throw new Error('no folio entry');
    await t.call('trash.restore', { id: folioEntry.id });
    await t.call('trash.restoreItem', { folioId: folio.id, itemId: power.id });
    expect((await get(folio.id)).demandItems.map((i) => i.text)).toContain('专线电力接入');
  });

  it('undo of the deleting edit takes the item back out of the bin', async () => {
    const { t, folio, get } = await folioWithItems();
    await t.call('folios.update', { id: folio.id, rev: folio.rev, progress: [] });
    expect(await t.call('trash.list', {})).toHaveLength(2);
    await t.call('undo.undo', {});
    expect(await t.call('trash.list', {})).toEqual([]);
    expect((await get(folio.id)).progress).toHaveLength(2);
  });
});
