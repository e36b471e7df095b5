// 'dashboard.stats' kept between edits equals the numbers counted afresh from every folio, after random edits.
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../electron/core/api/contract';
import type { DashboardStats, MoneyBucket } from '../../../../electron/core/api/views';
import { STAGES } from '../../../../electron/core/model/enums';
import type { Folio } from '../../../../electron/core/model/records';
import {
  FOLLOW_UP_ORDER,
  blockersOf,
  overdueOf,
} from '../../../../electron/core/services/dashboard/stats';
import { staleOf } from '../../../../electron/core/services/dashboard/rows';
import { fixtureDesk } from '../../../helpers/fixture-desk';
import { folioId, groupId } from '../../../helpers/fixtures';

const fixtureDeskOf = (n: number) => fixtureDesk(n, new Date('2027-06-01T09:00:00+08:00'), 'live');

/** The whole computation: every row of every folio sorted (stable, in the store's order), cut. */
function afresh(folios: readonly Folio[], today: string, shown: number): DashboardStats {
  const bucket = (key: string, of: readonly Folio[]): MoneyBucket => ({
    key,
    count: of.length,
    totalInvestment: of.reduce((s, f) => s + f.totalInvestment, 0),
    fundsInPlace: of.reduce((s, f) => s + f.fundsInPlace, 0),
  });
  const chains = [...new Set(folios.map((f) => f.chain))].map((chain) =>
    bucket(
      chain,
      folios.filter((f) => f.chain === chain),
    ),
  );
  const collator = new Intl.Collator('zh-Hans-CN');
  const overdue = folios.flatMap((f) => [...overdueOf(f, today)]);
  const blockers = folios.flatMap((f) => [...blockersOf(f)]);
  const stale = folios.flatMap((f) => [...staleOf(f, today)]);
  const folioCount = (rows: { folioId: string }[]) => new Set(rows.map((r) => r.folioId)).size;
  return {
    today,
    totals: bucket('all', folios),
    byStage: STAGES.map((stage) =>
      bucket(
        stage,
        folios.filter((f) => f.stage === stage),
      ),
    ),
    byChain: chains.sort(
      (a, b) => b.totalInvestment - a.totalInvestment || collator.compare(a.key, b.key),
    ),
    overdueItems: [...overdue].sort(FOLLOW_UP_ORDER.overdueItems).slice(0, shown),
    openBlockers: [...blockers].sort(FOLLOW_UP_ORDER.openBlockers).slice(0, shown),
    staleFolios: [...stale].sort(FOLLOW_UP_ORDER.staleFolios).slice(0, shown),
    counts: {
      overdueItems: overdue.length,
      overdueFolios: folioCount(overdue),
      openBlockers: blockers.length,
      blockerFolios: folioCount(blockers),
      staleFolios: stale.length,
    },
  };
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const item = (text: string, due: string, doneOn: string | null = null) => ({
  text,
  owner: '园区管委会',
  due,
  doneOn,
  doneBy: doneOn ? '李明' : '',
});

describe("'dashboard.stats' kept between edits", () => {
  it('equals the numbers counted afresh after each of many random edits, deletes and new folios', async () => {
    const desk = await fixtureDeskOf(200);
    const next = random(17);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    // Few distinct days and names, so kept rows tie with new ones (the hard case).
    const day = () => pick(['2023-01-05', '2023-02-10', '2023-02-10', '2024-01-20']);
    const check = async (shown: number) => {
      const stats = await desk.call('dashboard.stats', { shown });
      const folios = [...desk.session.store().all('folios')];
      expect(stats).toEqual(afresh(folios, desk.session.today(), shown));
      return stats;
    };
    let listed = await check(8);
    for (let step = 0; step < 60; step++) {
      // Half the edits touch a folio the lists show: its rows must leave them.
      const shownRows = [...listed.overdueItems, ...listed.openBlockers, ...listed.staleFolios];
      const ids = [...desk.session.store().all('folios')].map((f) => f.id);
      const id = next() < 0.5 && shownRows.length > 0 ? pick(shownRows).folioId : pick(ids);
      const { folio } = await desk.call('folios.get', { id });
      const kind = pick(['items', 'blockers', 'progress', 'stage', 'money', 'delete', 'create']);
      // Often named as a listed folio, so rows of two folios tie (the order is then the store's).
      const name = next() < 0.5 && shownRows.length > 0 ? pick(shownRows).folioName : folio.name;
      const patch: Omit<InputOf<'folios.update'>, 'id' | 'rev'> = { name };
      if (kind === 'items') patch.demandItems = [item('用电指标', day()), item('用水', day())];
      if (kind === 'blockers') {
        const status = pick(['open', 'inProgress', 'solved'] as const);
        patch.blockers = [
          {
            problem: '道路接入',
            raisedOn: day(),
            department: '工信局',
            status,
            resolution: status === 'solved' ? '已解决' : '',
            solvedOn: status === 'solved' ? '2024-03-20' : null,
            onSite: false,
          },
        ];
      }
      if (kind === 'progress') patch.progress = [{ date: day(), author: '王芳', text: '对接' }];
      if (kind === 'money') {
        patch.totalInvestment = folio.fundsInPlace + Math.round(next() * 1000);
        patch.chain = pick(['新材料', '装备制造', '新增的链']);
      }
      if (kind === 'stage' && folio.stage !== 'dropped') {
        const stage = folio.stage === 'paused' ? 'dropped' : 'paused';
        await desk.call('folios.changeStage', {
          id: folio.id,
          rev: folio.rev,
          stage,
          date: desk.session.today(),
          reason: '企业资金链紧张',
        });
      } else if (kind === 'delete')
        await desk.call('folios.delete', { id: folio.id, rev: folio.rev });
      else if (kind === 'create') {
        await desk.call('folios.create', {
          groupId: groupId(1),
          name,
          chain: '新增的链',
          demandItems: [item('用地', day())],
        });
      } else await desk.call('folios.update', { id: folio.id, rev: folio.rev, ...patch });
      listed = await check(step % 10 === 9 ? 3 : 8);
    }
  });

  it('stays right as the shown folios are followed up one by one, past the rows kept in reserve', async () => {
    const desk = await fixtureDeskOf(120);
    const today = desk.session.today();
    let stats = await desk.call('dashboard.stats', { shown: 3 });
    expect(stats.counts.staleFolios).toBeGreaterThan(40);
    for (let round = 0; round < 40; round++) {
      const first = stats.staleFolios[0];
      if (!first) throw new Error('no stale folio listed');
      const { folio } = await desk.call('folios.get', { id: first.folioId });
      const progress = [{ date: today, author: '王芳', text: '现场走访' }];
      await desk.call('folios.update', { id: folio.id, rev: folio.rev, progress });
      stats = await desk.call('dashboard.stats', { shown: 3 });
      const folios = [...desk.session.store().all('folios')];
      expect(stats).toEqual(afresh(folios, today, 3));
      expect(stats.staleFolios.map((r) => r.folioId)).not.toContain(folio.id);
    }
  });

  it('gives the whole of each list when shown covers it, after an edit of a listed folio', async () => {
    const desk = await fixtureDeskOf(30);
    await desk.call('dashboard.stats', { shown: 100 });
    const { folio } = await desk.call('folios.get', { id: folioId(3) });
    await desk.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      supplyItems: [item('用地', '2023-03-01'), item('环评', '2023-03-01')],
    });
    const stats = await desk.call('dashboard.stats', { shown: 100 });
    const folios = [...desk.session.store().all('folios')];
    expect(stats).toEqual(afresh(folios, desk.session.today(), 100));
    expect(stats.overdueItems.filter((r) => r.folioId === folio.id).map((r) => r.text)).toEqual([
      '用地',
      '环评',
    ]);
  });

  it('starts afresh when a commit it was not told of came before the next edit', async () => {
    const desk = await fixtureDeskOf(30);
    const today = desk.session.today();
    const before = await desk.call('dashboard.stats', { shown: 8 });
    // Written straight to the store, as no service does: the session hears nothing of it.
    const store = desk.session.store();
    const unseen = store.get('folios', folioId(5));
    if (!unseen) throw new Error('no folio 5');
    await store.commit({
      put: { folios: [{ ...unseen, totalInvestment: unseen.totalInvestment + 7_000 }] },
    });
    const { folio } = await desk.call('folios.get', { id: folioId(9) });
    await desk.call('folios.update', { id: folio.id, rev: folio.rev, notes: '跟进' });
    const stats = await desk.call('dashboard.stats', { shown: 8 });
    expect(stats.totals.totalInvestment).toBe(before.totals.totalInvestment + 7_000);
    expect(stats).toEqual(afresh([...desk.session.store().all('folios')], today, 8));
  });
});
