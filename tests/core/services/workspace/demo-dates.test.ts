// The demo is dated relative to the day it is loaded: a believable mix of on-time, due-soon and overdue work.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../../electron/core/services/workspace/demo-dates';
import { openCoreAt } from '../../../helpers/core-at';

async function demoOn(day: string) {
  const { call } = await openCoreAt(day, 'demo');
  await call('workspace.loadDemo', {});
  const stats = await call('dashboard.stats', {});
  const list = await call('folios.list', {});
  const folios = await Promise.all(
    list.map(async (f) => (await call('folios.get', { id: f.id })).folio),
  );
  const trips = await call('trips.list', {});
  return { stats, folios, trips };
}

describe('the demo, dated to the day it is loaded', () => {
  it('on the test day shows a few items overdue by days or weeks, and stale folios a minority', async () => {
    const { stats, folios } = await demoOn('2026-11-25');
    const late = stats.overdueItems.map((i) => daysBetween(i.due, stats.today));
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThanOrEqual(10);
    expect(Math.max(...late)).toBeLessThanOrEqual(45);
    expect(stats.staleFolios.length).toBeLessThan(folios.length / 2);
    const blockerAges = stats.openBlockers.map((b) => daysBetween(b.raisedOn, stats.today));
    expect(Math.max(...blockerAges)).toBeLessThan(200);
  });

  it('keeps every progress log free of year-long jumps and of days still to come', async () => {
    const { folios, stats } = await demoOn('2026-11-25');
    for (const folio of folios) {
      const dates = folio.progress.map((p) => p.date).sort();
      dates.forEach((date, i) => {
        if (i > 0) expect(daysBetween(dates[i - 1] ?? date, date), folio.name).toBeLessThan(365);
        expect(date <= stats.today, folio.name).toBe(true);
      });
    }
  });

  it('loaded on another day, shows the same distances from today', async () => {
    const a = await demoOn('2026-11-25');
    const b = await demoOn('2027-06-03');
    expect(b.stats.today).toBe('2027-06-03');
    const distances = (s: typeof a.stats) => ({
      overdue: s.overdueItems.map((i) => daysBetween(i.due, s.today)).sort(),
      stale: s.staleFolios.map((f) => f.folioName).sort(),
      blockers: s.openBlockers.map((x) => daysBetween(x.raisedOn, s.today)).sort(),
    });
    expect(distances(b.stats)).toEqual(distances(a.stats));
    const tripStarts = (trips: typeof a.trips, today: string) =>
      trips.map((t) => daysBetween(today, t.startDate)).sort((x, y) => x - y);
    expect(tripStarts(b.trips, b.stats.today)).toEqual(tripStarts(a.trips, a.stats.today));
    // One trip is still to come, so the 领导日程 and trip list have something ahead.
    expect(tripStarts(a.trips, a.stats.today).some((d) => d > 0)).toBe(true);
  });
});
