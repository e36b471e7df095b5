// Checks one pagination: every demo briefing has as many pages in LibreOffice's rendering of our DOCX as our PDF.
import { describe, expect, it } from 'vitest';
import { demoPageCounts } from './page-counts';
import { scratchDir } from './tools';

/** Building ~140 briefings and one LibreOffice run over all of them takes minutes on 2 CPUs. */
const SLOW = 900_000;

/**
 * Briefings still a page apart, named so that nothing else may join them: this 投资机会清单's
 * first page holds its third row and 合计 in LibreOffice and not in the PDF (the rows come out a
 * few points shorter in LibreOffice). Each must still differ, so the list cannot go stale.
 */
const KNOWN_DIFFERENT = ['投资机会清单：重庆市甘肃商会对接工作专班'];

describe('one pagination: Word (via LibreOffice, same faces) and PDF', () => {
  it(
    'gives every demo briefing (but the packs) the same number of pages in both',
    async () => {
      const rows = await demoPageCounts(scratchDir('dossier-page-count-'));
      const kinds = new Set(rows.map((r) => r.kind));
      for (const kind of ['项目简报', '政策包', '投资机会清单', '工作周报', '月调度', '考察行程'])
        expect(kinds, kind).toContain(kind);
      const differing = rows.filter((r) => r.pdf !== r.libreOffice);
      const unexpected = differing
        .filter((r) => !KNOWN_DIFFERENT.includes(r.name))
        .map((r) => `${r.name}: PDF ${r.pdf}, LibreOffice ${r.libreOffice}`);
      expect(unexpected).toEqual([]);
      expect(differing.map((r) => r.name).sort()).toEqual([...KNOWN_DIFFERENT].sort());
    },
    SLOW,
  );
});
