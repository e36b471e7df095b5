// Checks exchange merge rules: new records, one-sided and two-sided changes, lists, deletions, undo.
import { describe, expect, it } from 'vitest';
import {
  contentOf,
  exchange,
  folioOf,
  openDesk,
  payloadOf,
  sharedFolio,
  stage,
} from '../../helpers/exchange';
import { conflictAt } from './conflict-match';

const pair = () =>
  sharedFolio({
    name: '天水麻辣烫产业园',
    totalInvestment: 50000,
    demandItems: [{ text: '员工宿舍配套', owner: '', due: null, doneOn: null, doneBy: '' }],
  });

describe('exchange merge rules', () => {
  it('takes in new records, and re-importing the same payload changes nothing', async () => {
    const { a, b, folioId } = await pair();
    expect((await folioOf(b, folioId)).name).toBe('天水麻辣烫产业园');
    expect(contentOf(b.session.store())).toEqual(contentOf(a.session.store()));
    const again = await exchange(a, b);
    expect(again.result.applied).toBe(false);
    expect(again.preview.counts).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  });

  it('a field changed on one side takes that side; an older payload never rolls it back', async () => {
    const { a, b, folioId } = await pair();
    const old = payloadOf(a.session.store());
    const f = await folioOf(a, folioId);
    await a.call('folios.update', { id: folioId, rev: f.rev, location: '麦积区' });
    const { preview } = await exchange(a, b);
    expect(preview.counts.updated).toBe(1);
    expect(preview.records.find((r) => r.id === folioId)?.fields).toContain('项目地点');
    expect((await folioOf(b, folioId)).location).toBe('麦积区');
    const stale = stage(b, old, '甲');
    const p = await b.call('exchange.preview', { stagedId: stale });
    expect(p.records.find((r) => r.id === folioId)?.outcome).toBe('older');
    await b.call('exchange.apply', { stagedId: stale });
    expect((await folioOf(b, folioId)).location).toBe('麦积区');
  });

  it('both sides changing one field is a conflict shown with both values; apply waits for a pick', async () => {
    const { a, b, folioId } = await pair();
    const fa = await folioOf(a, folioId);
    await a.call('folios.update', { id: folioId, rev: fa.rev, notes: '甲的备注' });
    const fb = await folioOf(b, folioId);
    await b.call('folios.update', {
      id: folioId,
      rev: fb.rev,
      notes: '乙的备注',
      location: '秦州区',
    });
    const stagedId = stage(b, payloadOf(a.session.store()), '甲');
    const preview = await b.call('exchange.preview', { stagedId });
    expect(preview.counts.conflicts).toBe(1);
    expect(preview.conflicts).toEqual([
      conflictAt({ id: folioId, path: 'notes' }, '乙的备注', '甲的备注'),
    ]);
    const refused = await b.fail('exchange.apply', { stagedId });
    expect(refused.kind).toBe('conflict');
    expect(refused.message).toContain('天水麻辣烫产业园');
    await b.call('exchange.apply', {
      stagedId,
      choices: [{ collection: 'folios', id: folioId, path: 'notes', pick: 'theirs' }],
    });
    const merged = await folioOf(b, folioId);
    expect(merged.notes).toBe('甲的备注');
    expect(merged.location).toBe('秦州区');
    // Back to 甲: 乙 had seen 甲's note, and 甲 had not seen 乙's location: no conflict.
    const back = await exchange(b, a, 'ours');
    expect(back.preview.counts.conflicts).toBe(0);
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('keeps both sides’ new list items, and history from both sides in time order, marked', async () => {
    const { a, b, folioId } = await pair();
    const fa = await folioOf(a, folioId);
    const item = { owner: '', due: null, doneOn: null, doneBy: '' };
    await a.call('folios.update', {
      id: folioId,
      rev: fa.rev,
      demandItems: [...fa.demandItems, { ...item, text: '甲加的事项' }],
    });
    const fb = await folioOf(b, folioId);
    await b.call('folios.update', {
      id: folioId,
      rev: fb.rev,
      demandItems: [...fb.demandItems, { ...item, text: '乙加的事项' }],
    });
    const { preview } = await exchange(a, b);
    expect(preview.counts.conflicts).toBe(0);
    const merged = await folioOf(b, folioId);
    const texts = merged.demandItems.map((i) => i.text);
    expect(texts[0]).toBe('员工宿舍配套');
    expect([...texts].sort()).toEqual(['乙加的事项', '员工宿舍配套', '甲加的事项'].sort());
    const times = merged.history.map((h) => h.at);
    expect([...times].sort()).toEqual(times);
    expect(merged.history.some((h) => h.via === '来自 甲 的卷宗')).toBe(true);
    await exchange(b, a);
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('a deletion travels; a deletion against an edit is a conflict, not a loss', async () => {
    const { a, b, folioId } = await pair();
    const fa = await folioOf(a, folioId);
    await a.call('folios.delete', { id: folioId, rev: fa.rev });
    const fb = await folioOf(b, folioId);
    await b.call('folios.update', { id: folioId, rev: fb.rev, notes: '乙还在跟进' });
    const stagedId = stage(b, payloadOf(a.session.store()), '甲');
    const preview = await b.call('exchange.preview', { stagedId });
    expect(preview.conflicts).toEqual([expect.objectContaining({ id: folioId, path: '' })]);
    await b.call('exchange.apply', { stagedId, prefer: 'ours' });
    expect((await folioOf(b, folioId)).notes).toBe('乙还在跟进');
    // 乙 kept it knowing of the deletion: 甲 takes it back without being asked again.
    const back = await exchange(b, a);
    expect(back.preview.counts).toMatchObject({ added: 1, conflicts: 0 });
    expect((await folioOf(a, folioId)).notes).toBe('乙还在跟进');

    // A plain deletion on one side goes to the other's recycle bin.
    const again = await folioOf(a, folioId);
    await a.call('folios.delete', { id: folioId, rev: again.rev });
    const del = await exchange(a, b);
    expect(del.preview.counts.deleted).toBe(1);
    expect(await b.fail('folios.get', { id: folioId })).toMatchObject({ kind: 'not_found' });
    expect((await b.call('trash.list', {})).map((t) => t.label)).toContain('天水麻辣烫产业园');
  });

  it('a list item deleted on one side and edited on the other is a conflict, both ways', async () => {
    for (const [pick, kept] of [
      ['ours', true],
      ['theirs', false],
    ] as const) {
      const { a, b, folioId } = await pair();
      const fa = await folioOf(a, folioId);
      await a.call('folios.update', { id: folioId, rev: fa.rev, demandItems: [] });
      const fb = await folioOf(b, folioId);
      const edited = fb.demandItems.map((i) => ({ ...i, owner: '市住建局' }));
      await b.call('folios.update', { id: folioId, rev: fb.rev, demandItems: edited });

      // 乙 edited what 甲 deleted: 乙 is asked, its edit kept until it picks.
      const stagedId = stage(b, payloadOf(a.session.store()), '甲');
      const preview = await b.call('exchange.preview', { stagedId });
      expect(preview.counts.conflicts).toBe(1);
      expect(preview.conflicts).toEqual([
        expect.objectContaining({
          label: '需求侧清单「员工宿舍配套」',
          ours: expect.objectContaining({ value: '员工宿舍配套' }),
          theirs: expect.objectContaining({ value: '（已删除）' }),
        }),
      ]);
      expect((await b.fail('exchange.apply', { stagedId })).kind).toBe('conflict');
      await b.call('exchange.apply', { stagedId, prefer: pick });
      const items = (await folioOf(b, folioId)).demandItems;
      expect(items.map((i) => i.owner)).toEqual(kept ? ['市住建局'] : []);

      // 甲 takes 乙's copy back: the same question from 甲's side, or nothing left to ask.
      const back = await exchange(b, a, 'theirs');
      if (kept) {
        expect(back.preview.counts.conflicts).toBe(0);
        expect((await folioOf(a, folioId)).demandItems.map((i) => i.owner)).toEqual(['市住建局']);
      } else {
        expect((await folioOf(a, folioId)).demandItems).toEqual([]);
      }
      expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
    }
  });

  it('their edit of an item we deleted is asked too; a new item of theirs just comes in', async () => {
    const { a, b, folioId } = await pair();
    const fb = await folioOf(b, folioId);
    await b.call('folios.update', { id: folioId, rev: fb.rev, demandItems: [] });
    const fa = await folioOf(a, folioId);
    const [first] = fa.demandItems;
    if (!first) throw new Error('the folio has its item');
    const edited = [
      { ...first, owner: '市住建局' },
      { text: '污水处理配套', owner: '', due: null, doneOn: null, doneBy: '' },
    ];
    await a.call('folios.update', { id: folioId, rev: fa.rev, demandItems: edited });
    const stagedId = stage(b, payloadOf(a.session.store()), '甲');
    const preview = await b.call('exchange.preview', { stagedId });
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        ours: expect.objectContaining({ value: '（已删除）' }),
        theirs: expect.objectContaining({ value: '员工宿舍配套' }),
      }),
    ]);
    await b.call('exchange.apply', { stagedId, prefer: 'theirs' });
    const texts = (await folioOf(b, folioId)).demandItems.map((i) => i.text);
    expect(texts).toEqual(['员工宿舍配套', '污水处理配套']);
  });

  it('an import is one step of 撤销, and a backup is taken before it', async () => {
    const { a, b, folioId } = await pair();
    const fa = await folioOf(a, folioId);
    await a.call('folios.update', { id: folioId, rev: fa.rev, location: '麦积区' });
    const before = contentOf(b.session.store());
    const { result } = await exchange(a, b);
    expect(result.label).toMatch(/^导入卷宗/);
    expect((await b.call('undo.status', {})).label).toBe(result.label);
    await b.call('undo.undo', {});
    expect(contentOf(b.session.store())).toEqual(before);
    expect((await b.call('workspace.backups', {})).some((x) => x.reason === 'import')).toBe(true);
    // Undone, the same bundle can be taken in again.
    expect((await exchange(a, b)).result.updated).toBe(1);
  });

  it('refuses a payload that fails the record schemas, naming the record and field; nothing written', async () => {
    const b = await openDesk('乙');
    const before = contentOf(b.session.store());
    const bad = {
      schemaVersion: 2,
      workspaceId: 'someone-else',
      records: {
        folios: [{ id: 'folio-0001', name: '坏项目', totalInvestment: -5 }],
        groups: [],
        enterprises: [],
        people: [],
        trips: [],
      },
      tombstones: [],
    };
    const stagedId = stage(b, bad, '甲');
    const error = await b.fail('exchange.preview', { stagedId });
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('项目“坏项目”');
    expect((await b.fail('exchange.apply', { stagedId })).kind).toBe('validation');
    expect(contentOf(b.session.store())).toEqual(before);
  });
});
