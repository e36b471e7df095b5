// 工作台's limited lists and pages give exactly the rows of the whole computation.
import { describe, expect, it } from 'vitest';
import type { FollowUpListName } from '../../../../electron/core/api/views';
import type { Folio } from '../../../../electron/core/model/records';
import { dashboardStats, followUpPage } from '../../../../electron/core/services/dashboard/stats';
import { pageOf } from '../../../../electron/core/services/top-n';
import { systemClock } from '../../../../electron/core/clock';
import { openStore } from '../../../../electron/core/store/open-store';
import { openTestCore } from '../../../helpers/core';
import { buildFixture, fixtureChange } from '../../../helpers/fixtures';
import { makeTempDir } from '../../../helpers/temp-dir';

const LISTS: FollowUpListName[] = ['overdueItems', 'openBlockers', 'staleFolios'];
const TODAY = '2024-06-15';

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('bounded selection', () => {
  it('gives the same rows as a stable sort of everything, ties in arrival order', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: Math.floor(next() * 60) }, (_, i) => ({
        key: Math.floor(next() * 8),
        i,
      }));
      const order = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const whole = [...items].sort(order);
      const offset = Math.floor(next() * 20);
      const limit = 1 + Math.floor(next() * 20);
      const page = pageOf(items, order, offset, limit);
      expect(page.total).toBe(items.length);
      expect(page.rows).toEqual(whole.slice(offset, offset + limit));
    }
  });
});

/**
 * The fixture with blockers added (it has none), and a second overdue item on some folios
 * due the same day as the first: ties that only arrival order can break.
 */
function withFollowUps(folios: Folio[]): Folio[] {
  return folios.map((folio, i) => {
    const blockers = Array.from({ length: i % 3 }, (_, k) => ({
      id: `${folio.id}-b${k}`,
      problem: `堵点${k}`,
      raisedOn: `2024-0${1 + ((i + k) % 5)}-1${k}`,
      department: '工信局',
      status: k === 0 ? ('open' as const) : ('inProgress' as const),
      resolution: '',
      solvedOn: null,
      onSite: false,
    }));
    const first = folio.demandItems[0];
    const twin =
      first && i % 4 === 0 ? [{ ...first, id: `${folio.id}-twin`, text: '同日事项' }] : [];
    return { ...folio, blockers, demandItems: [...folio.demandItems, ...twin] };
  });
}

describe('工作台 follow-up lists, limited and paged', () => {
  const folios = withFollowUps(buildFixture(600).folios);
  const whole = dashboardStats(folios, TODAY);

  it('the fixture has long lists to cut', () => {
    for (const list of LISTS) expect(whole[list].length).toBeGreaterThan(20);
  });

  it('the first N of each list are the first N of the whole list, with its full length', () => {
    for (const shown of [0, 1, 8, 25]) {
      const limited = dashboardStats(folios, TODAY, shown);
      expect(limited.totals).toEqual(whole.totals);
      expect(limited.byStage).toEqual(whole.byStage);
      expect(limited.byChain).toEqual(whole.byChain);
      expect(limited.counts).toEqual(whole.counts);
      for (const list of LISTS) {
        expect(limited[list]).toEqual(whole[list].slice(0, shown));
        expect(limited.counts[list]).toBe(whole[list].length);
      }
    }
    const overdueFolios = new Set(whole.overdueItems.map((r) => r.folioId)).size;
    expect(whole.counts.overdueFolios).toBe(overdueFolios);
    expect(whole.counts.blockerFolios).toBe(new Set(whole.openBlockers.map((r) => r.folioId)).size);
  });

  it('every page is the matching slice of the whole list, and the pages add up to it', () => {
    for (const list of LISTS) {
      const rows: unknown[] = [];
      for (let offset = 0; ; offset += 37) {
        const page = followUpPage(folios, TODAY, list, offset, 37);
        expect(page.total).toBe(whole[list].length);
        expect(page.rows).toEqual(whole[list].slice(offset, offset + 37));
        if (page.rows.length === 0) break;
        rows.push(...page.rows);
      }
      expect(rows).toEqual(whole[list]);
    }
  });

  it('through the API: the dashboard sends 8 rows a list, the pages the rest, and an edit shows', async () => {
    const dir = await makeTempDir();
    const fixture = buildFixture(300);
    const data = { ...fixture, folios: withFollowUps(fixture.folios) };
    const seeded = await openStore(dir, { clock: systemClock });
    if (!seeded.ok) throw new Error(seeded.problem.message);
    await seeded.store.commit(fixtureChange(data));
    await seeded.store.close();
    const t = await openTestCore(dir);
    const stats = await t.call('dashboard.stats', {});
    const today = stats.today;
    const full = dashboardStats(data.folios, today);
    for (const list of LISTS) {
      expect(stats[list]).toEqual(full[list].slice(0, 8));
      expect(stats.counts[list]).toBe(full[list].length);
      const page = await t.call('dashboard.followUps', { list, offset: 8, limit: 500 });
      expect(page.rows).toEqual(full[list].slice(8, 508));
    }
    const first = stats.staleFolios[0];
    if (!first) throw new Error('no stale folio in the fixture');
    const detail = await t.call('folios.get', { id: first.folioId });
    await t.call('folios.update', {
      id: first.folioId,
      rev: detail.folio.rev,
      progress: [...detail.folio.progress, { date: today, author: '王芳', text: '今天去了现场' }],
    });
    const after = await t.call('dashboard.stats', {});
    expect(after.counts.staleFolios).toBe(stats.counts.staleFolios - 1);
    expect(after.staleFolios.map((f) => f.folioId)).not.toContain(first.folioId);
  });
});
