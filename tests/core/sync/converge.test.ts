// Three desks share a group through one PouchDB Server: offline edits converge, conflicts wait.
import { describe, expect, it } from 'vitest';
import { pendingPayload } from '../../../electron/core/sync/client';
import { chainWithFolio, contentOf, folioOf, stage, type Desk } from '../../helpers/exchange';
import { groupDb, sync } from './sync-helpers';
import { threeDesks } from './sync-setup';

/** A fixed-seed shuffle: the reconnect order is random but the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('team sync: three desks on one server', () => {
  it('offline edits on each desk converge in any reconnect order; a both-sides edit waits for a pick', async () => {
    const { couch, a, b, c } = await threeDesks();
    const users = new Map([
      [a, 'alice'],
      [b, 'bob'],
      [c, 'carol'],
    ]);
    const { group, folio: f1 } = await chainWithFolio(a, '新能源专班', { name: '光伏组件项目' });
    const f2 = await a.call('folios.create', {
      name: '储能电池项目',
      groupId: group.id,
      totalInvestment: 30000,
    });
    await groupDb(couch, group.id, [...users.values()]);
    const run = (d: Desk) => sync(d, couch, group.id, users.get(d) ?? '');

    expect((await run(a)).pushed).toBeGreaterThanOrEqual(3);
    await run(b);
    await run(c);
    expect(contentOf(b.session.store())).toEqual(contentOf(a.session.store()));
    expect(contentOf(c.session.store())).toEqual(contentOf(a.session.store()));

    // Offline: each desk edits on its own.
    let f = await folioOf(a, f1.id);
    await a.call('folios.update', { id: f1.id, rev: f.rev, location: '麦积区' });
    f = await folioOf(a, f2.id);
    await a.call('folios.update', { id: f2.id, rev: f.rev, totalInvestment: 40000 });
    f = await folioOf(b, f1.id);
    await b.call('folios.update', { id: f1.id, rev: f.rev, notes: '乙的备注' });
    f = await folioOf(b, f2.id);
    await b.call('folios.update', { id: f2.id, rev: f.rev, totalInvestment: 45000 });
    f = await folioOf(c, f2.id);
    await c.call('folios.update', { id: f2.id, rev: f.rev, name: '储能电池二期' });
    const f3 = await c.call('folios.create', { name: '氢能装备项目', groupId: group.id });

    // Reconnect in a random order, twice round.
    const order = shuffled([a, b, c], 20240401);
    const outcomes = [];
    for (const d of [...order, ...order]) outcomes.push({ d, out: await run(d) });
    const waiting = outcomes.filter((o) => o.out.conflicts > 0).map((o) => o.d);
    // Exactly the desk that met the other's total investment waits for its officer.
    expect(new Set(waiting).size).toBe(1);
    const officer = waiting[0] as Desk;
    expect((await folioOf(officer, f2.id)).totalInvestment).toBe(officer === a ? 40000 : 45000);

    // The officer picks in the exchange's conflict screen: the other side's figure.
    const stagedId = stage(officer, await pendingPayload(officer.session, group.id), '专班协同');
    const preview = await officer.call('exchange.preview', { stagedId });
    expect(preview.conflicts.map((x) => x.path)).toEqual(['totalInvestment']);
    await officer.call('exchange.apply', { stagedId, prefer: 'theirs' });
    const picked = officer === a ? 45000 : 40000;

    for (const d of [...order, ...order]) expect((await run(d)).conflicts).toBe(0);
    const end = contentOf(a.session.store());
    expect(contentOf(b.session.store())).toEqual(end);
    expect(contentOf(c.session.store())).toEqual(end);
    // Every acknowledged edit is there; the figure is the one picked.
    const g1 = await folioOf(b, f1.id);
    expect([g1.location, g1.notes]).toEqual(['麦积区', '乙的备注']);
    const g2 = await folioOf(c, f2.id);
    expect([g2.name, g2.totalInvestment]).toEqual(['储能电池二期', picked]);
    expect((await folioOf(a, f3.id)).name).toBe('氢能装备项目');
    // History from every member is kept.
    const fields = g2.history.map((h) => `${h.by}:${h.field}`);
    expect(fields).toEqual(expect.arrayContaining(['甲:总投资额', '乙:总投资额', '丙:项目名称']));
  });
});
