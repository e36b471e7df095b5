// Checks a trip's 会议材料: numbered duplex copies with agenda, meetings, attachments, and versions kept.
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Generation } from '../../../../electron/core/api/views';
import { openTestCore, type TestCore } from '../../../helpers/core';
import { settleJob } from '../../../helpers/jobs';
import { readPdf, type ReadPdf } from '../../documents/helpers/read-pdf';

/** A plain 3-page PDF such as a firm's brochure, each page saying which it is. */
async function brochure(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 3; i += 1)
    doc.addPage([595, 842]).drawText(`Brochure ${i}`, { x: 60, y: 700, font });
  return Buffer.from(await doc.save()).toString('base64');
}

async function demoTrip(t: TestCore) {
  await t.call('workspace.loadDemo', {});
  const summary = (await t.call('trips.list', {})).find((s) => s.kind === 'outbound');
  const detail = await t.call('trips.get', { id: summary?.id ?? '' });
  const visited = detail.trip.days.flatMap((d) => d.items).find((i) => i.folioIds.length > 0);
  const folioId = visited?.folioIds[0] ?? '';
  const folio = (await t.call('folios.get', { id: folioId })).folio;
  const withPdf = await t.call('attachments.add', {
    folioId,
    rev: folio.rev,
    name: '企业宣传册.pdf',
    mime: 'application/pdf',
    dataBase64: await brochure(),
  });
  await t.call('attachments.add', {
    folioId,
    rev: withPdf.rev,
    name: '损坏的文件.pdf',
    mime: 'application/pdf',
    dataBase64: Buffer.from('%PDF-1.7 this is not really a pdf').toString('base64'),
  });
  return detail.trip;
}

async function buildPack(t: TestCore, tripId: string, copies: number) {
  const job = await settleJob(
    t,
    await t.call('documents.generate', {
      requests: [{ template: 'meetingPack', tripId, copies, duplex: true }],
      formats: ['pdf', 'docx'],
      marks: { internal: true, draft: false, classification: '秘密★1年' },
    }),
  );
  expect(job.state).toBe('done');
  return job.generations[0] as Generation;
}

async function readCopy(t: TestCore, generation: Generation, copy: string): Promise<ReadPdf> {
  const file = t.core.generatedFile(generation.id, `pdf-${copy}`);
  return readPdf(new Uint8Array(readFileSync(file?.path ?? '')));
}

const pageText = (pdf: ReadPdf, n: number) =>
  pdf.pages[n - 1]?.items.map((i) => i.str).join('') ?? '';

describe('会议材料 (meeting pack) of a trip', () => {
  it('builds numbered duplex copies with the agenda, the meetings, merged attachments and a notice', async () => {
    const t = await openTestCore();
    const trip = await demoTrip(t);
    const generation = await buildPack(t, trip.id, 3);
    // The Word pack is numbered as the PDF's copies are: its cover carries the 份号.
    expect(generation.files.map((f) => `${f.format}${f.copyNumber ?? ''}`)).toEqual([
      'docx001',
      'docx002',
      'docx003',
      'pdf001',
      'pdf002',
      'pdf003',
    ]);
    expect(generation.problems.some((p) => p.includes('损坏的文件.pdf'))).toBe(true);
    const copies = await Promise.all(['001', '002', '003'].map((c) => readCopy(t, generation, c)));
    for (const copy of copies) {
      expect(copy.pages.length).toBe(generation.files[3]?.pageCount);
      // The 份号 is drawn as outlines (pack/README.md): on the cover, not in its text.
      expect(pageText(copy, 1)).toContain('秘密★1年');
      for (const any of ['001', '002', '003']) expect(pageText(copy, 1)).not.toContain(any);
    }
    const [first] = copies;
    if (!first) throw new Error('three copies');
    // 说明 (what was left out) comes before the sections.
    const top = first.outline.map((o) => o.title).filter((title) => title !== '说明');
    expect(first.outline[0]?.title).toBe('说明');
    expect(top[0]).toBe('考察行程');
    expect(top.length).toBe(
      1 +
        trip.days
          .flatMap((d) => d.items)
          .filter((i) => ['site', 'meeting', 'forum', 'signing'].includes(i.kind)).length,
    );
    // The brochure's pages are merged in and numbered on through them.
    const brochurePages = first.pages
      .map((p, i) => ({ text: p.items.map((x) => x.str).join(''), n: i + 1 }))
      .filter((p) => p.text.includes('Brochure'));
    expect(brochurePages).toHaveLength(3);
    for (const page of brochurePages) expect(page.text).toContain(`— ${page.n} —`);
    // The Word version is there too (without the attachments).
    const docxFile = generation.files.find((f) => f.format === 'docx');
    expect(docxFile?.bytes).toBeGreaterThan(0);
  }, 180_000); // ~50 s measured on the busy 2-core machine: three minutes before it counts as a hang

  it('keeps each build as a version of the trip, with what changed since the one before', async () => {
    const t = await openTestCore();
    const trip = await demoTrip(t);
    const v1 = await buildPack(t, trip.id, 2);
    const afterFirst = (await t.call('trips.get', { id: trip.id })).trip;
    expect(afterFirst.packVersions.map((v) => [v.version, v.changes])).toEqual([[1, ['首次生成']]]);
    expect(afterFirst.packVersions[0]?.generationId).toBe(v1.id);

    const days = afterFirst.days.map((d) => ({
      ...d,
      items: d.items.map((i) =>
        i.kind === 'signing'
          ? { ...i, talkingPoints: `${i.talkingPoints}补充：签约后一周内报送进展。` }
          : i,
      ),
    }));
    await t.call('trips.update', { id: trip.id, rev: afterFirst.rev, days });
    const v2 = await buildPack(t, trip.id, 3);
    const versions = (await t.call('trips.get', { id: trip.id })).trip.packVersions;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const changes = versions[1]?.changes ?? [];
    expect(changes.some((c) => c.startsWith('内容有更新：') && c.endsWith('谈话要点'))).toBe(true);
    expect(changes).toContain('份数：2 → 3');
    // The superseded version's files are still there.
    expect(t.core.generatedFile(v1.id, 'pdf-001')).not.toBeNull();
    expect(v2.id).not.toBe(v1.id);
  });
});
