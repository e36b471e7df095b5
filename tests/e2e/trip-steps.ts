// Steps on a trip's page the end-to-end files share: a visit added to the schedule, the agenda generated.
import type { Page } from 'playwright-core';
import { modalsClosed } from './harness';
import { choose } from './steps';

/** One schedule item as the officer types it; attendee, folio and talking points are optional. */
export interface Visit {
  date: string;
  start: string;
  end: string;
  kind: string;
  title: string;
  place: string;
  /** One of our delegation who attends. */
  attendee?: string;
  /** A folio the visit is about (typed to narrow the long list). */
  folio?: string;
  talkingPoints?: string;
}

/** Adds one visit through its day's 添加 button and waits until its row shows. */
export async function addVisit(page: Page, visit: Visit): Promise<void> {
  await page.getByTestId(`item-add-${visit.date}`).click();
  await page.getByTestId('item-form-start').fill(visit.start);
  await page.getByTestId('item-form-end').fill(visit.end);
  await choose(page, 'item-form-kind', visit.kind);
  await page.getByTestId('item-form-title').fill(visit.title);
  await page.getByTestId('item-form-place').fill(visit.place);
  if (visit.attendee) {
    await choose(page, 'item-form-ourAttendees', visit.attendee);
    await page.keyboard.press('Escape');
  }
  if (visit.folio) {
    await choose(page, 'item-form-folios', visit.folio, true);
    await page.keyboard.press('Escape');
  }
  if (visit.talkingPoints) {
    await page.getByTestId('item-form-talkingPoints').fill(visit.talkingPoints);
  }
  await page.getByTestId('form-submit').click();
  await page.getByTestId('trip-schedule').getByText(visit.title, { exact: true }).waitFor();
  await modalsClosed(page);
}

/** Generates the open trip's 考察行程 as a PDF from its 生成 menu and waits until it is written. */
export async function generateAgendaPdf(page: Page): Promise<void> {
  await page.getByTestId('trip-generate').click();
  await page.getByTestId('trip-generate-agenda').click();
  const modal = page.getByTestId('trip-generate-agenda-modal');
  await modal.getByTestId('document-format-pdf').check();
  await modal.getByTestId('trip-document-submit').click();
  await modal.getByTestId('document-done').waitFor({ timeout: 60_000 });
}
