// Checks python-docx reads our DOCX: A4 and GB/T 9704 margins, line grid, faces and sizes per role.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCX_FACES } from '../../electron/core/documents/docx/run-fonts';
import { HEADING_FACE } from '../../electron/core/documents/fonts/roles';
import { prepareBriefing } from '../../electron/core/documents/prepare';
import { officeCases } from './cases';
import { PYTHON, run, scratchDir, writeIn } from './tools';

interface Run {
  text: string;
  eastAsia: string | null;
  size: number | null;
  bold: boolean;
}
interface Read {
  page: Record<'width' | 'height' | 'top' | 'bottom' | 'left' | 'right', number>;
  grid: { type: string | null; linePitch: number | null };
  paragraphs: { where: 'body' | 'table' | 'header' | 'footer'; text: string; runs: Run[] }[];
}

const SCRIPT = fileURLToPath(new URL('./docx-read.py', import.meta.url));
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const cases = await officeCases();
const dir = scratchDir('dossier-office-pydocx-');

function readWithPythonDocx(docx: Uint8Array, i: number): Read {
  const result = run(PYTHON, [SCRIPT, writeIn(dir, `case-${i}.docx`, docx)]);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Read;
}

/** Run sizes and faces of the paragraph with exactly this text. */
/** The runs of the body paragraph with this text (a title's line breaks are not text). */
function runsOf(read: Read, text: string): Run[] {
  const plain = (t: string) => t.replace(/\n/g, '');
  return (
    read.paragraphs.find((p) => p.where === 'body' && plain(p.text) === plain(text))?.runs ?? []
  );
}

describe('python-docx reads our DOCX back', () => {
  describe.each(cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const read = readWithPythonDocx(c.docx, i);
    const prepared = prepareBriefing(c.model);

    it('has A4 in twips, GB/T 9704 margins and a line grid of 22 lines', () => {
      expect(read.page).toEqual({
        width: 11906,
        height: 16838,
        top: twips(37),
        bottom: twips(35),
        left: twips(28),
        right: twips(26),
      });
      expect(read.grid.type).toBe('lines');
      expect(Math.floor((16838 - twips(37) - twips(35)) / (read.grid.linePitch ?? 1))).toBe(22);
    });

    it('names one of our role faces as the East Asian font of every run with text', () => {
      const faces = Object.values(DOCX_FACES);
      const texts = read.paragraphs.flatMap((p) => p.runs).filter((r) => r.text !== '');
      for (const r of texts) expect(faces, r.text).toContain(r.eastAsia);
    });

    it('sets the title in 小标宋 22 pt and the body in 仿宋 16 pt', () => {
      if (!prepared) throw new Error('no model');
      if (prepared.title) {
        const title = runsOf(read, prepared.title);
        expect(title.length).toBeGreaterThan(0);
        for (const r of title) expect([r.eastAsia, r.size]).toEqual([DOCX_FACES.xiaobiaosong, 22]);
      }
      for (const block of prepared.blocks) {
        if (block.kind === 'paragraph') {
          const runs = runsOf(read, block.runs.map((r) => r.text).join(''));
          expect(runs.length).toBeGreaterThan(0);
          for (const r of runs) expect([r.eastAsia, r.size]).toEqual([DOCX_FACES.fangsong, 16]);
        }
        if (block.kind === 'heading') {
          const face = HEADING_FACE[block.level];
          for (const r of runsOf(read, block.label + block.text))
            expect([r.eastAsia, r.size, r.bold]).toEqual([DOCX_FACES[face.role], 16, face.bold]);
        }
      }
    });

    it('sets table cells in 12 pt and page numbers in 宋体 14 pt', () => {
      for (const p of read.paragraphs.filter((x) => x.where === 'table'))
        for (const r of p.runs) expect(r.size).toBe(12);
      const footers = read.paragraphs.filter((p) => p.where === 'footer' && p.runs.length > 0);
      expect(footers.length).toBeGreaterThan(0);
      for (const r of footers.flatMap((p) => p.runs))
        expect([r.eastAsia, r.size]).toEqual([DOCX_FACES.songti, 14]);
    });
  });
});
