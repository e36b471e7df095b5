// End-to-end: a leader's two-day trip planned, its agenda and a duplex pack of 3 numbered copies printed.
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { topOutlinePages } from '../core/documents/helpers/read-pdf';
import { modalsClosed, screenshot } from './harness';
import { addVisit, generateAgendaPdf, type Visit } from './trip-steps';
import { api, browserPerFile, choose, fetchPdf, openPage, withShell } from './steps';

const browser = browserPerFile();

/** A 4-page brochure the investor left, attached to the folio before the trip. */
async function brochureBase64(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 4; i += 1) {
    doc.addPage([595, 842]).drawText(`Hongxin brochure page ${i}`, { x: 60, y: 760, font });
  }
  return Buffer.from(await doc.save()).toString('base64');
}

const VISITS: (Visit & { folio: string })[] = [
  {
    date: '2024-05-06',
    start: '09:00',
    end: '10:30',
    kind: '实地考察',
    title: '考察弘信电子生产基地',
    place: '厦门',
    folio: '高性能AI算力服务器智造项目',
  },
  {
    date: '2024-05-06',
    start: '14:30',
    end: '16:00',
    kind: '对接洽谈会',
    title: '与弘信电子集团会谈',
    place: '厦门弘信电子集团会议室',
    folio: 'AI智算协同产业化平台项目',
  },
  {
    date: '2024-05-07',
    start: '09:30',
    end: '11:00',
    kind: '签约仪式',
    title: '二期扩能项目签约',
    place: '厦门',
    folio: '高性能AI算力服务器智造项目二期',
  },
];

describe('a leader’s trip, planned and printed', () => {
  it('two days, three visits: the agenda and a duplex pack of 3 numbered copies', async () => {
    await withShell(
      async (shell) => {
        // The investor's brochure is already in the first visit's folio.
        const folios = await api<{ id: string; name: string }[]>(shell, 'folios.list', {});
        const folio = folios.find((f) => f.name === VISITS[0]?.folio);
        const detail = await api<{ folio: { rev: number } }>(shell, 'folios.get', {
          id: folio?.id,
        });
        await api(shell, 'attachments.add', {
          folioId: folio?.id,
          rev: detail.folio.rev,
          name: '弘信电子宣传册.pdf',
          mime: 'application/pdf',
          dataBase64: await brochureBase64(),
        });

        const page = await openPage(browser(), shell);
        await page.getByTestId('nav-trips').click();
        await page.getByTestId('trip-create').click();
        await choose(page, 'trip-form-kind', '外出招商');
        await page.getByTestId('trip-form-title').fill('赴厦门对接弘信电子二期项目');
        await page.getByTestId('trip-form-start').fill('2024-05-06');
        await page.getByTestId('trip-form-end').fill('2024-05-07');
        await page.getByTestId('form-submit').click();
        await page.getByTestId('trip-detail-title').waitFor();
        const tripId = new URL(page.url()).hash.split('/').pop()?.split('?')[0] ?? '';

        await modalsClosed(page);
        await page.getByTestId('trip-tab-schedule').click();
        for (const visit of VISITS) {
          const talkingPoints = `${visit.title}：通报项目进展，商定下一步。`;
          await addVisit(page, { ...visit, talkingPoints });
        }
        await screenshot(page, 'trip-schedule');

        // 考察行程
        await generateAgendaPdf(page);
        await page.keyboard.press('Escape');

        // 会议材料: 3 copies, duplex.
        await page.getByTestId('trip-generate').click();
        await page.getByTestId('trip-generate-pack').click();
        const packModal = page.getByTestId('trip-generate-pack-modal');
        await packModal.getByTestId('trip-pack-copies').fill('3');
        await packModal.getByTestId('trip-pack-duplex').click();
        await packModal.getByTestId('trip-document-submit').click();
        await packModal.getByTestId('document-done').waitFor({ timeout: 90_000 });
        for (const copy of ['001', '002', '003']) {
          await packModal.getByTestId(`generation-copy-${copy}`).waitFor();
        }
        await screenshot(page, 'trip-pack-done');
        await page.keyboard.press('Escape');
        await page.getByTestId('trip-tab-versions').click();
        await page.getByTestId('pack-version-current').waitFor();
        await screenshot(page, 'trip-pack-versions');

        // An independent reader checks what will be printed.
        const history = await api<
          {
            id: string;
            request: { template: string };
            files: { format: string; copyNumber: string | null; pageCount: number | null }[];
          }[]
        >(shell, 'documents.history', { recordId: tripId });
        const agenda = history.find((g) => g.request.template === 'tripAgenda');
        const pack = history.find((g) => g.request.template === 'meetingPack');
        const agendaPdf = await fetchPdf(shell, `/generated/${agenda?.id}/pdf`);
        const agendaText = agendaPdf.pages.flatMap((p) => p.items.map((i) => i.str)).join('');
        for (const visit of VISITS) expect(agendaText).toContain(visit.title);

        const copies = await Promise.all(
          ['001', '002', '003'].map((c) => fetchPdf(shell, `/generated/${pack?.id}/pdf-${c}`)),
        );
        const pageCount = pack?.files.find((f) => f.copyNumber === '001')?.pageCount;
        // The 份号 is drawn as outlines, out of the text layer (pack/README.md): the covers read
        // alike, with no copy number to copy out, and each copy is a file of its own.
        const covers = copies.map((c) => c.pages[0]?.items.map((x) => x.str).join('') ?? '');
        for (const [i, copy] of copies.entries()) {
          expect(copy.pages).toHaveLength(pageCount ?? -1);
          expect(covers[i]).toBe(covers[0]);
          for (const n of ['001', '002', '003']) expect(covers[i]).not.toContain(n);
        }
        expect(new Set(copies.map((c) => Buffer.from(c.bytes).toString('base64'))).size).toBe(3);
        const [first] = copies;
        if (!first) throw new Error('three copies');
        // Bookmarks mirror the contents: the agenda, then the three visits, nested.
        expect(first.outline.map((o) => o.title)).toEqual([
          '考察行程',
          ...VISITS.map((v) => expect.stringContaining(v.title) as unknown as string),
        ]);
        const firstVisit = first.outline[1];
        expect(firstVisit?.children.map((c) => c.title)).toEqual(
          expect.arrayContaining(['谈话要点', VISITS[0]?.folio]),
        );
        // Duplex: every section starts on a right-hand (odd) page.
        const starts = await topOutlinePages(first.bytes);
        expect(starts).toHaveLength(4);
        for (const s of starts) expect(s.page % 2, s.title).toBe(1);
        // The brochure's 4 pages are merged in and carry the pack's page numbers.
        const merged = first.pages
          .map((p, i) => ({ text: p.items.map((x) => x.str).join(''), n: i + 1 }))
          .filter((p) => p.text.includes('Hongxin brochure page'));
        expect(merged).toHaveLength(4);
        for (const p of merged) expect(p.text).toContain(`— ${p.n} —`);
      },
      ['--demo'],
    );
  });
});
