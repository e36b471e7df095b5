// Checks that the 回收站 entries kept inside a folio merge entry by entry: binning on both desks loses nothing.
import { describe, expect, it } from 'vitest';
import {
  contentOf,
  exchange,
  folioOf,
  payloadOf,
  sharedFolio,
  stage,
  type Desk,
} from '../../helpers/exchange';

const item = (text: string) => ({ text, owner: '', due: null, doneOn: null, doneBy: '' });

const pair = () =>
  sharedFolio({
    name: '天水麻辣烫产业园',
    demandItems: [item('员工宿舍配套'), item('污水处理配套'), item('标准化厂房')],
  });

/** Deletes the checklist item with `text` on a desk (it goes to that desk's 回收站). */
async function deleteItem(d: Desk, id: string, text: string): Promise<void> {
  const folio = await folioOf(d, id);
  const demandItems = folio.demandItems.filter((i) => i.text !== text);
  await d.call('folios.update', { id, rev: folio.rev, demandItems });
}

const binnedTexts = async (d: Desk, id: string) =>
  ((await folioOf(d, id)).binned ?? []).map((e) => String(e.item.text)).sort();

describe('回收站 entries inside a folio merge entry by entry', () => {
  it('two officers each deleting a different item: both items in both desks’ 回收站, no question', async () => {
    const { a, b, folioId } = await pair();
    await deleteItem(a, folioId, '员工宿舍配套');
    await deleteItem(b, folioId, '污水处理配套');

    const there = await exchange(a, b);
    expect(there.preview.counts.conflicts).toBe(0);
    const back = await exchange(b, a);
    expect(back.preview.counts.conflicts).toBe(0);

    for (const desk of [a, b]) {
      expect(await binnedTexts(desk, folioId)).toEqual(['员工宿舍配套', '污水处理配套']);
      expect((await folioOf(desk, folioId)).demandItems.map((i) => i.text)).toEqual(['标准化厂房']);
    }
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('both officers deleting the same item: one entry in the 回收站, nothing asked', async () => {
    const { a, b, folioId } = await pair();
    await deleteItem(a, folioId, '员工宿舍配套');
    await deleteItem(b, folioId, '员工宿舍配套');
    expect((await exchange(a, b)).preview.counts.conflicts).toBe(0);
    expect((await exchange(b, a)).preview.counts.conflicts).toBe(0);
    for (const desk of [a, b]) expect(await binnedTexts(desk, folioId)).toEqual(['员工宿舍配套']);
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('an entry restored on one desk leaves the other desk’s 回收站 and is back in the list there', async () => {
    const { a, b, folioId } = await pair();
    await deleteItem(a, folioId, '员工宿舍配套');
    await deleteItem(a, folioId, '污水处理配套');
    await exchange(a, b);
    expect(await binnedTexts(b, folioId)).toEqual(['员工宿舍配套', '污水处理配套']);

    const entry = ((await folioOf(b, folioId)).binned ?? []).find(
      (e) => e.item.text === '员工宿舍配套',
    );
    await b.call('trash.restoreItem', { folioId, itemId: String(entry?.item.id) });
    await deleteItem(a, folioId, '标准化厂房');

    const back = await exchange(b, a);
    expect(back.preview.counts.conflicts).toBe(0);
    await exchange(a, b);
    for (const desk of [a, b]) {
      expect(await binnedTexts(desk, folioId)).toEqual(['标准化厂房', '污水处理配套']);
      expect((await folioOf(desk, folioId)).demandItems.map((i) => i.text)).toEqual([
        '员工宿舍配套',
      ]);
    }
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('a merged 回收站 past its limit keeps the newest entries and still saves', async () => {
    const many = Array.from({ length: 220 }, (_, i) => item(`清单事项${i}`));
    const { a, b, folioId } = await sharedFolio({ name: '天水麻辣烫产业园', demandItems: many });
    const fa = await folioOf(a, folioId);
    await a.call('folios.update', {
      id: folioId,
      rev: fa.rev,
      demandItems: fa.demandItems.slice(110),
    });
    const fb = await folioOf(b, folioId);
    await b.call('folios.update', {
      id: folioId,
      rev: fb.rev,
      demandItems: fb.demandItems.slice(0, 110),
    });
    // Both bins hold 110; together 220 distinct entries, past the limit of 200.
    const deletedAt = new Map<string, string>();
    for (const desk of [a, b])
      for (const e of (await folioOf(desk, folioId)).binned ?? [])
        deletedAt.set(String(e.item.text), e.deletedAt);
    expect(deletedAt.size).toBe(220);
    const stagedId = stage(b, payloadOf(a.session.store()), '甲');
    const preview = await b.call('exchange.preview', { stagedId });
    expect(preview.counts.conflicts).toBe(0);
    await b.call('exchange.apply', { stagedId, prefer: 'theirs' });
    const merged = await folioOf(b, folioId);
    expect(merged.demandItems).toEqual([]);
    expect(merged.binned).toHaveLength(200);
    // The 20 that went are deletions no newer than any that stayed.
    const kept = new Set((merged.binned ?? []).map((e) => String(e.item.text)));
    const dropped = [...deletedAt].filter(([text]) => !kept.has(text)).map(([, at]) => at);
    const oldestKept = [...kept].map((text) => deletedAt.get(text) ?? '').sort()[0] ?? '';
    expect(dropped).toHaveLength(20);
    expect(dropped.every((at) => at <= oldestKept)).toBe(true);
  });
});
