// Checks one pagination: every demo briefing has as many pages in LibreOffice's rendering of our DOCX as our PDF.
import { describe, expect, it } from 'vitest';
import { demoPageCounts } from './page-counts';
import { scratchDir } from './tools';

/** Building ~140 briefings and one LibreOffice run over all of them takes minutes on 2 CPUs. */
const SLOW = 900_000;

describe('one pagination: Word (via LibreOffice, same faces) and PDF', () => {
  it(
    'gives every demo briefing (but the packs) the same number of pages in both',
    async () => {
      const rows = await demoPageCounts(scratchDir('dossier-page-count-'));
      const kinds = new Set(rows.map((r) => r.kind));
      for (const kind of ['项目简报', '政策包', '投资机会清单', '工作周报', '月调度', '考察行程'])
        expect(kinds, kind).toContain(kind);
      // Until the PDF hung a stop past the line's end as LibreOffice does (HANGING in
      // line-break.ts), 投资机会清单 of 重庆市甘肃商会对接工作专班 had 3 pages there and 2 here.
      const differing = rows
        .filter((r) => r.pdf !== r.libreOffice)
        .map((r) => `${r.name}: PDF ${r.pdf}, LibreOffice ${r.libreOffice}`);
      expect(differing).toEqual([]);
    },
    SLOW,
  );
});
