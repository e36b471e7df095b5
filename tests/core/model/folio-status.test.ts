// Whether a folio is stale: more than STALE_AFTER_DAYS (14) days since its last progress entry.
import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS, isStale } from '../../../electron/core/model/folio-status';
import type { Folio } from '../../../electron/core/model/records';
import { buildFixture } from '../../helpers/fixtures';

const base = buildFixture(1).folios[0] as Folio;
const post = base.progress[0];
if (!post) throw new Error('the fixture folio has no progress entry');

/** A folio being worked on whose last progress entry is on `day` (none when null). */
function lastProgress(day: string | null, createdAt = '2020-01-01T08:00:00.000Z'): Folio {
  return {
    ...base,
    stage: 'talks',
    createdAt,
    progress: day === null ? [] : [{ ...post, date: day }],
  } as Folio;
}

/** The same rule counted in days, as the dashboard's help text states it. */
function daysSince(day: string, today: string): number {
  return (Date.parse(today) - Date.parse(day)) / 86_400_000;
}

describe('isStale', () => {
  it('is stale from day 15 on, across month ends, leap days and the new year', () => {
    for (const today of ['2024-03-01', '2024-03-15', '2025-01-03', '2023-03-14', '2024-12-31']) {
      for (let back = 0; back <= 40; back++) {
        const day = new Date(Date.parse(today) - back * 86_400_000).toISOString().slice(0, 10);
        expect(isStale(lastProgress(day), today), `${day} on ${today}`).toBe(
          daysSince(day, today) > STALE_AFTER_DAYS,
        );
      }
    }
  });

  it('counts from the day a folio was made when it has no progress, and never for paused or finished work', () => {
    const today = '2024-06-20';
    expect(isStale(lastProgress(null, '2024-06-06T23:00:00.000Z'), today)).toBe(false);
    expect(isStale(lastProgress(null, '2024-06-05T01:00:00.000Z'), today)).toBe(true);
    for (const stage of ['paused', 'dropped', 'atTarget'] as const)
      expect(isStale({ ...lastProgress('2023-01-01'), stage }, today)).toBe(false);
  });

  it('asks a new cutoff for each day: the same folio turns stale when the days pass', () => {
    const folio = lastProgress('2024-06-01');
    expect(isStale(folio, '2024-06-15')).toBe(false);
    expect(isStale(folio, '2024-06-16')).toBe(true);
    expect(isStale(folio, '2024-06-15')).toBe(false);
  });
});
