// End-to-end: one leader booked in two cities on two trips, flagged in 领导日程; a schedule entered out of order, printed in order.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, type WebShell } from './harness';
import { api, browserPerFile, fetchPdf, openPage, withShell } from './steps';
import { addVisit, generateAgendaPdf, type Visit } from './trip-steps';

const browser = browserPerFile();
const LAPTOP = { width: 1280, height: 720 };

/** The ISO date `days` after today: the calendar shows from today on by default. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openTrip(page: Page, tripId: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/trips/${tripId}`)}`);
  await page.getByTestId('trip-detail-title').waitFor();
  await page.getByTestId('trip-tab-schedule').click();
}

/** The titles of a day's schedule rows, top to bottom. */
async function rowTitles(page: Page, date: string, titles: string[]): Promise<string[]> {
  const rows = await page
    .getByTestId(`schedule-day-${date}`)
    .locator('[data-testid^="schedule-item-"]')
    .allInnerTexts();
  return rows.map((row) => titles.find((title) => row.includes(title)) ?? row);
}

async function createTrip(
  shell: WebShell,
  input: Record<string, unknown>,
): Promise<{ id: string; rev: number }> {
  return api<{ id: string; rev: number }>(shell, 'trips.create', input);
}

describe('an officer’s day', () => {
  it('two trips that put one leader in two places, seen in 领导日程', async () => {
    await withShell(
      async (shell) => {
        const people = await api<{ id: string; name: string; title: string }[]>(
          shell,
          'people.list',
          {},
        );
        const chen = people.find((p) => p.name === '陈立新');
        if (!chen) throw new Error('the demo has 陈立新');
        const day = daysFromNow(20);
        const next = daysFromNow(21);
        const ours = (id: string) => [
          { id, personId: chen.id, name: chen.name, title: chen.title },
        ];
        // 陈立新 is in 西安 09:30–11:30 on one trip …
        await createTrip(shell, {
          kind: 'outbound',
          title: '赴西安对接陕西客商暨秦创原产业园区考察活动（第二批）',
          startDate: day,
          endDate: next,
          ourDelegation: ours('member-chen-xian'),
          days: [
            {
              date: day,
              items: [
                {
                  start: '09:30',
                  end: '11:30',
                  kind: 'meeting',
                  title: '与陕西客商座谈',
                  place: '西安',
                  ourAttendees: ['member-chen-xian'],
                  theirAttendees: [],
                  folioIds: [],
                },
              ],
            },
            { date: next, items: [] },
          ],
        });
        // … and on another trip, over the same days, he is in the delegation at home.
        const home = await createTrip(shell, {
          kind: 'inbound',
          title: '重庆客商来天水考察',
          startDate: day,
          endDate: next,
          ourDelegation: ours('member-chen-home'),
        });

        const page = await openPage(browser(), shell, LAPTOP);
        await openTrip(page, home.id);
        // The officer books him for a site visit in 天水 at 10:00 the same day.
        await addVisit(page, {
          date: day,
          start: '10:00',
          end: '11:00',
          kind: '实地考察',
          title: '陪同客商考察天水经开区',
          place: '天水',
          attendee: '陈立新',
        });

        await page.getByTestId('nav-trips').click();
        await page.getByTestId('open-leader-calendar').click();
        await expect
          .poll(() => page.getByTestId('calendar-clashes').textContent())
          .toContain('有 1 处日程冲突');
        const card = page.getByTestId(`calendar-leader-${chen.id}`);
        expect(await card.textContent()).toContain('1 处冲突');
        const clashRows = card.locator('.trip-clash-row');
        await expect.poll(() => clashRows.count()).toBe(2);
        const [xian, tianshui] = await clashRows.allInnerTexts();
        // Each row is on that day, and names the other place he is booked in.
        expect(xian).toContain(day);
        expect(xian).toContain('09:30—11:30');
        expect(xian).toContain('与考察“重庆客商来天水考察”10:00—11:00（天水）时间重叠');
        expect(tianshui).toContain(day);
        expect(tianshui).toContain('10:00—11:00');
        expect(tianshui).toMatch(/与考察“赴西安.*”09:30—11:30（西安）时间重叠/);

        // The long trip name is cut, and hovering shows it whole.
        await card.getByText(/^赴西安对接陕西客商/).hover();
        await page
          .locator('.ant-tooltip:visible')
          .filter({ hasText: '赴西安对接陕西客商暨秦创原产业园区考察活动（第二批）' })
          .waitFor();
        await screenshot(page, 'leader-calendar-1280');
        await mkdir('/tmp/day6', { recursive: true });
        await page.screenshot({ path: '/tmp/day6/leader-calendar-1280.png' });
      },
      ['--demo'],
    );
  });

  it('a schedule entered out of order, printed in order', async () => {
    await withShell(
      async (shell) => {
        const day = daysFromNow(30);
        const next = daysFromNow(31);
        const trip = await createTrip(shell, {
          kind: 'outbound',
          title: '赴成都招商',
          startDate: day,
          endDate: next,
        });
        // Day 2 first, and each day's afternoon before its morning.
        const entered: Visit[] = [
          {
            date: next,
            start: '15:00',
            end: '16:00',
            kind: '签约仪式',
            title: '项目集中签约',
            place: '成都',
          },
          {
            date: next,
            start: '09:30',
            end: '11:00',
            kind: '座谈会',
            title: '川渝商会座谈',
            place: '成都',
          },
          {
            date: day,
            start: '14:30',
            end: '16:00',
            kind: '对接洽谈会',
            title: '与新希望集团会谈',
            place: '成都',
          },
          {
            date: day,
            start: '09:00',
            end: '10:30',
            kind: '实地考察',
            title: '考察天府软件园',
            place: '成都',
          },
        ];
        const titles = entered.map((v) => v.title);
        const page = await openPage(browser(), shell);
        await openTrip(page, trip.id);
        for (const visit of entered) await addVisit(page, visit);

        await expect
          .poll(() => rowTitles(page, day, titles))
          .toEqual(['考察天府软件园', '与新希望集团会谈']);
        expect(await rowTitles(page, next, titles)).toEqual(['川渝商会座谈', '项目集中签约']);
        const dayTop = await page.getByTestId(`schedule-day-${day}`).boundingBox();
        const nextTop = await page.getByTestId(`schedule-day-${next}`).boundingBox();
        expect(dayTop?.y ?? 0).toBeLessThan(nextTop?.y ?? 0);
        await screenshot(page, 'schedule-in-time-order');

        await generateAgendaPdf(page);

        const history = await api<{ id: string; request: { template: string } }[]>(
          shell,
          'documents.history',
          { recordId: trip.id },
        );
        const agenda = history.find((g) => g.request.template === 'tripAgenda');
        const pdf = await fetchPdf(shell, `/generated/${agenda?.id}/pdf`);
        const text = pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join('');
        const printed = ['考察天府软件园', '与新希望集团会谈', '川渝商会座谈', '项目集中签约'];
        const at = printed.map((title) => text.indexOf(title));
        for (const [i, title] of printed.entries()) expect(at[i], title).toBeGreaterThan(-1);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        const times = ['09:00', '14:30', '09:30', '15:00'].map((time) => text.indexOf(time));
        for (const t of times) expect(t).toBeGreaterThan(-1);
        expect([...times].sort((a, b) => a - b)).toEqual(times);
      },
      ['--demo'],
    );
  });
});
