// Checks a day's schedule fits 1280×720 unscrolled, so the pinned 操作 column never lies over 关联项目.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chamberTrip, detailOf, openTripTab, renderTrip } from './support';

describe('trip schedule at 1280×720', () => {
  it('its columns, 操作 included, fit in the 960 px the page gives the table', async () => {
    await renderTrip(detailOf(chamberTrip(), []), {});
    openTripTab('schedule');
    const schedule = await screen.findByTestId('trip-schedule');
    const table = schedule.querySelector('table');
    const cols = Array.from(table?.querySelectorAll('colgroup col') ?? []);
    const widths = cols.map((col) => Number.parseFloat((col as HTMLElement).style.width) || 0);
    // Every column but 活动内容 has a width; that one takes what is left (about 150 px).
    expect(widths.filter((w) => w === 0)).toHaveLength(1);
    expect(widths.reduce((a, b) => a + b, 0) + 150).toBeLessThanOrEqual(960);
  });
});
