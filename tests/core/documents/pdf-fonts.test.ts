// Checks font finding: official faces by file name, shipped faces for missing characters, 设置 files.
import { existsSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { discoverFaces } from '../../../electron/core/documents/fonts/discover';
import { loadFontSet } from '../../../electron/core/documents/fonts/font-set';
import type { Briefing } from '../../../electron/core/documents/model';
import { writeBriefingPdf } from '../../../electron/core/documents/pdf/write-pdf';
import { makeTempDir } from '../../helpers/temp-dir';
import { hasTool, runTool } from './helpers/build';
import { bodyText, readPdf } from './helpers/read-pdf';
import { MIXED } from './helpers/sample-briefing';

/** A Latin-only TrueType face that ships with pdfjs-dist: stands in for an official face lacking CJK. */
const LATIN_ONLY = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
  'LiberationSans-Regular.ttf',
);
const DEBIAN_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

const model: Briefing = {
  title: { title: '字体测试' },
  blocks: [
    { kind: 'heading', level: 1, text: '黑体标题Heading' },
    { kind: 'paragraph', text: [{ text: '加粗：', bold: true }, { text: MIXED }] },
  ],
};
const expected = briefingText(model).join('').replace(/\s/g, '');

async function fontNames(bytes: Uint8Array): Promise<string[]> {
  if (!hasTool('pdffonts')) return [];
  const run = await runTool('pdffonts', [], bytes);
  return run.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
}

describe('finding the official faces', () => {
  it('finds them by their Windows file names in the folders it is given, whatever the case', async () => {
    const dir = await makeTempDir();
    await symlink(LATIN_ONLY, join(dir, 'SIMFANG.TTF'));
    await symlink(LATIN_ONLY, join(dir, 'simhei.ttf'));
    const found = discoverFaces({ searchDirs: [dir], fontconfig: false });
    expect(found.roles.fangsong?.path).toBe(join(dir, 'SIMFANG.TTF'));
    expect(found.roles.heiti?.path).toBe(join(dir, 'simhei.ttf'));
    expect(found.roles.kaiti).toBeUndefined();
    expect(found.roles.xiaobiaosong).toBeUndefined();
  });

  it('draws each character a machine face lacks with a shipped face, so nothing goes blank', async () => {
    const dir = await makeTempDir();
    await symlink(LATIN_ONLY, join(dir, 'simfang.ttf'));
    const fonts = await loadFontSet({ discover: { searchDirs: [dir], fontconfig: false } });
    expect(fonts.report().find((r) => r.role === 'fangsong')).toMatchObject({
      source: 'system',
      name: '仿宋',
    });
    const result = await writeBriefingPdf(model, { fontSet: fonts });
    if (!result.ok) throw new Error(result.message);
    expect(bodyText(await readPdf(result.bytes))).toBe(expected);
    const names = await fontNames(result.bytes);
    if (names.length > 0) {
      expect(names.some((n) => /^[A-Z]{6}\+LiberationSans/.test(n))).toBe(true);
      expect(names.some((n) => /^[A-Z]{6}\+NotoSerifSC-Regular/.test(n))).toBe(true);
    }
  });
});

describe('font files chosen in 设置', () => {
  it.runIf(existsSync(DEBIAN_CJK))(
    'take one face out of a .ttc collection and embed it as a subset',
    async () => {
      const result = await writeBriefingPdf(model, {
        fonts: {
          discover: false,
          files: { heiti: { path: DEBIAN_CJK, postscriptName: 'NotoSansCJKsc-Regular' } },
        },
      });
      if (!result.ok) throw new Error(result.message);
      expect(result.fonts.find((r) => r.role === 'heiti')).toMatchObject({
        source: 'settings',
        path: DEBIAN_CJK,
      });
      expect(bodyText(await readPdf(result.bytes))).toBe(expected);
      const names = await fontNames(result.bytes);
      if (names.length > 0) {
        const cjk = names.find((n) => n.includes('NotoSansCJKsc-Regular'));
        expect(cjk).toMatch(
          /^[A-Z]{6}\+NotoSansCJKsc-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/,
        );
      }
    },
  );

  it('fall back to the shipped face with a note when a chosen file cannot be read', async () => {
    const dir = await makeTempDir();
    const gone = join(dir, '不存在的仿宋.ttf');
    const result = await writeBriefingPdf(model, {
      fonts: { discover: false, files: { fangsong: { path: gone } } },
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.problems).toEqual([`设置的仿宋字体文件“${gone}”无法读取，已改用其他字体`]);
    expect(result.fonts.find((r) => r.role === 'fangsong')?.source).toBe('shipped');
    expect(bodyText(await readPdf(result.bytes))).toBe(expected);
  });
});
