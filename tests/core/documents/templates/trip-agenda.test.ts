// Checks 考察行程: the demo trip day by day with both delegations, 日程待定, weekdays named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayTitle } from '../../../../electron/core/documents/templates/trip-agenda';
import { openTestCore, type TestCore } from '../../../helpers/core';
import { settleJob } from '../../../helpers/jobs';
import { docxText, readDocx, docxParts } from '../helpers/read-docx';
import { bodyText, readPdf } from '../helpers/read-pdf';

async function agendaTexts(t: TestCore, tripId: string) {
  const job = await settleJob(
    t,
    await t.call('documents.generate', {
      requests: [{ template: 'tripAgenda', tripId }],
      formats: ['docx', 'pdf'],
    }),
  );
  expect(job.state).toBe('done');
  const generation = job.generations[0];
  const read = (format: 'pdf' | 'docx') =>
    new Uint8Array(readFileSync(t.core.generatedFile(generation?.id ?? '', format)?.path ?? ''));
  return {
    pdf: bodyText(await readPdf(read('pdf'))),
    docx: docxText(...docxParts(await readDocx(read('docx'))))
      .join('')
      .replace(/\s/g, ''),
    generation,
  };
}

describe('考察行程 (trip agenda)', () => {
  it('lays out the demo trip day by day with both delegations and contacts, in both formats', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const inbound = (await t.call('trips.list', {})).find((s) => s.kind === 'inbound');
    const { trip } = await t.call('trips.get', { id: inbound?.id ?? '' });
    const { pdf, docx, generation } = await agendaTexts(t, trip.id);
    expect(generation?.recordIds).toEqual([trip.id]);
    for (const text of [pdf, docx]) {
      expect(text).toContain('行程安排');
      for (const day of trip.days) {
        expect(text).toContain(dayTitle(day.date));
        for (const item of day.items) {
          expect(text).toContain(`${item.start}—${item.end}`);
          expect(text).toContain(item.place.replace(/\s/g, ''));
        }
      }
      for (const member of [...trip.ourDelegation, ...trip.theirDelegation]) {
        expect(text).toContain(member.name.replace(/\s/g, ''));
      }
      for (const host of trip.hosts) expect(text).toContain(host.phone.replace(/\s/g, ''));
    }
  });

  it('says 日程待定 for a trip with no schedule yet, and names a missing trip', async () => {
    const t = await openTestCore();
    const trip = await t.call('trips.create', {
      kind: 'outbound',
      title: '赴深圳招商',
      startDate: '2024-05-06',
      endDate: '2024-05-07',
    });
    const { pdf } = await agendaTexts(t, trip.id);
    expect(pdf).toContain('日程待定');
    expect(pdf).toContain('我方人员待定');
    const error = await t.fail('documents.generate', {
      requests: [{ template: 'tripAgenda', tripId: 'no-such-trip' }],
      formats: ['pdf'],
    });
    expect(error.fields.map((f) => f.path)).toEqual(['requests.0.tripId']);
  });

  it('names the weekday of each day', () => {
    expect(dayTitle('2024-03-29')).toBe('3月29日（星期五）');
    expect(dayTitle('2024-04-01')).toBe('4月1日（星期一）');
  });
});
