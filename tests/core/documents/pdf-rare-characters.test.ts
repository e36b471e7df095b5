// Rare characters in names (𠮷 U+20BB7, 䶮, 龘): each is set in the first face of its role's chain that has it, never a blank or a box.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { writeBriefingDocx } from '../../../electron/core/documents/docx/write-docx';
import { discoverFaces } from '../../../electron/core/documents/fonts/discover';
import { loadFontSet } from '../../../electron/core/documents/fonts/font-set';
import type { Briefing } from '../../../electron/core/documents/model';
import { writeBriefingPdf } from '../../../electron/core/documents/pdf/write-pdf';
import { makeTempDir } from '../../helpers/temp-dir';
import { hasTool } from './helpers/build';
import { type0Fonts } from './helpers/embedded-fonts';
import { inkIn, renderGray } from './helpers/raster';
import { docxParts, docxText, readDocx, runs } from './helpers/read-docx';
import { bodyItems, bodyText, readPdf } from './helpers/read-pdf';

const NOTO = '/usr/share/fonts/opentype/noto';
const SERIF_CJK = join(NOTO, 'NotoSerifCJK-Regular.ttc');
const SANS_CJK = join(NOTO, 'NotoSansCJK-Regular.ttc');
const haveNotoCjk = existsSync(SERIF_CJK) && existsSync(SANS_CJK);

/** A font folder holding Debian's Noto CJK collections under their own names, as on a Linux machine. */
async function notoFolder(): Promise<string> {
  const dir = await makeTempDir('dossier-fonts-');
  await symlink(SERIF_CJK, join(dir, 'NotoSerifCJK-Regular.ttc'));
  await symlink(SANS_CJK, join(dir, 'NotoSansCJK-Regular.ttc'));
  return dir;
}

const RARE = ['𠮷', '䶮', '龘'];

const model: Briefing = {
  title: { title: '𠮷祥龘项目简报' },
  blocks: [
    { kind: 'heading', level: 1, text: '一把手𠮷田䶮' },
    { kind: 'paragraph', text: '联系人𠮷田、刘䶮和龘某已到位。' },
    {
      kind: 'table',
      columns: [
        { title: '姓名𠮷', width: 1 },
        { title: '职务', width: 2 },
      ],
      rows: [
        ['𠮷田', '总经理'],
        ['刘䶮', '董事长'],
      ],
    },
  ],
};

describe('characters the official and shipped faces lack', () => {
  it('the shipped faces alone lack 𠮷, so the build stops naming it and where it is', async () => {
    const result = await writeBriefingPdf(model, { fonts: { discover: false } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missingGlyphs).toEqual(['𠮷']);
    expect(result.message).toContain('“𠮷”（见“𠮷祥龘项目简报”）');
  });

  it.runIf(haveNotoCjk)(
    'finds Noto CJK by its file names and orders each role’s chain by style',
    async () => {
      const dir = await notoFolder();
      const found = discoverFaces({ searchDirs: [dir], fontconfig: false });
      expect(found.extensions).toEqual([
        {
          path: join(dir, 'NotoSerifCJK-Regular.ttc'),
          postscriptName: 'NotoSerifCJKsc-Regular',
          style: 'serif',
        },
        {
          path: join(dir, 'NotoSansCJK-Regular.ttc'),
          postscriptName: 'NotoSansCJKsc-Regular',
          style: 'sans',
        },
      ]);
      const fonts = await loadFontSet({ discover: { searchDirs: [dir], fontconfig: false } });
      const code = '𠮷'.codePointAt(0) ?? 0;
      expect(fonts.pick(code, 'fangsong', false)?.face.postscriptName).toBe(
        'NotoSerifCJKsc-Regular',
      );
      expect(fonts.pick(code, 'heiti', false)?.face.postscriptName).toBe('NotoSansCJKsc-Regular');
      // A character the role's own (shipped) face has stays in it.
      expect(fonts.pick('龘'.codePointAt(0) ?? 0, 'fangsong', false)?.face.postscriptName).toBe(
        'NotoSerifSC-Regular',
      );
    },
  );

  it.runIf(haveNotoCjk)(
    'sets 𠮷, 䶮 and 龘 in a face that has them: real outlines, extracted as themselves, inked on the page',
    async () => {
      const dir = await notoFolder();
      const result = await writeBriefingPdf(model, {
        fonts: { discover: { searchDirs: [dir], fontconfig: false } },
      });
      if (!result.ok) throw new Error(result.message);
      expect(result.missingGlyphs).toEqual([]);

      const read = await readPdf(result.bytes);
      const text = bodyText(read);
      for (const ch of RARE) expect(text).toContain(ch);
      expect(text).toContain('联系人𠮷田、刘䶮和龘某已到位。');
      expect(text).not.toContain('〓');

      // Every code standing for a rare character is a glyph of its own, not .notdef (0); the
      // ink test below shows it has an outline (the Noto CJK subsets are bare CFF).
      const seen = new Set<string>();
      for (const font of await type0Fonts(result.bytes))
        for (const [gid, ch] of font.toUnicode) {
          if (!RARE.includes(ch)) continue;
          seen.add(ch);
          expect(gid, `${font.baseFont} ${ch}`).not.toBe(0);
          if (ch === '𠮷') expect(font.baseFont).toMatch(/\+NotoS(erif|ans)CJKsc-Regular$/);
        }
      expect([...seen].sort()).toEqual([...RARE].sort());

      if (hasTool('pdftotext')) {
        const file = join(await makeTempDir('dossier-pdf-'), 'rare.pdf');
        await writeFile(file, result.bytes);
        const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        for (const ch of RARE) expect(run.stdout).toContain(ch);
      }
      if (hasTool('pdftoppm')) {
        // Each item holding 𠮷 has ink under every one of its characters' cells.
        const page = await renderGray(result.bytes, 1, 72);
        const height = read.pages[0]?.height ?? 0;
        const items = bodyItems(read.pages[0] ?? { width: 0, height: 0, items: [] }).filter((i) =>
          i.str.includes('𠮷'),
        );
        expect(items.length).toBeGreaterThan(2);
        for (const item of items) {
          const chars = [...item.str];
          const cell = item.width / chars.length;
          chars.forEach((ch, n) => {
            if (ch.trim() === '') return;
            const box = { left: item.x + n * cell, top: height - item.y - item.height * 0.85 };
            const ink = inkIn(page, { ...box, width: cell, height: item.height });
            expect(ink, `${item.str}: ${ch}`).toBeGreaterThan(4);
          });
        }
      }
    },
  );
});

describe('rare characters in Word', () => {
  it('puts 𠮷 in a run of its own that names the extension face, with its fallback in the font table', async () => {
    const docx = await readDocx((await writeBriefingDocx(model)).bytes);
    expect(docxText(...docxParts(docx))).toEqual(briefingText(model));
    const rare = runs(docx.document).filter((r) => r.includes('𠮷'));
    // The table header, two names, the heading, the paragraph (the title is a run of its own too).
    expect(rare.length).toBeGreaterThanOrEqual(5);
    for (const run of rare) {
      expect(run).toMatch(/<w:t xml:space="preserve">𠮷<\/w:t>/);
      expect(run).toContain('w:eastAsia="SimSun-ExtB"');
      expect(run).toContain('w:hint="eastAsia"');
    }
    // Characters the official faces have keep the paragraph style's face.
    const plain = runs(docx.document).filter((r) => r.includes('>联系人<'));
    expect(plain).toHaveLength(1);
    expect(plain[0]).not.toContain('SimSun-ExtB');
    const fontTable = (await docx.part('word/fontTable.xml')) ?? '';
    expect(fontTable).toMatch(/<w:font w:name="SimSun-ExtB"><w:altName w:val="MingLiU-ExtB"\/>/);
  });
});
