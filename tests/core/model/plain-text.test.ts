// Checks plain text rules: single- and multi-line fields cleaned, file names safe on every system.
import { describe, expect, it } from 'vitest';
import {
  FILE_STEM_LIMIT,
  breaksTheLine,
  multiLineText,
  safeFileName,
  safeFileStem,
  singleLineText,
} from '../../../electron/core/model/plain-text';
import { fileStemOf } from '../../../electron/core/services/briefings/compose';

const bytes = (s: string) => new TextEncoder().encode(s).length;
// eslint-disable-next-line no-control-regex -- finding them is the point
const WINDOWS_REFUSES = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/** What Windows (and Linux, by bytes) would refuse or misread in a file name. */
function expectSafe(name: string): void {
  expect(name).not.toBe('');
  expect(name).not.toMatch(WINDOWS_REFUSES);
  expect(name).not.toMatch(RESERVED);
  expect(name).not.toMatch(/[. ]$/);
  expect(breaksTheLine(name), JSON.stringify(name)).toBe(false);
  expect(bytes(name)).toBeLessThanOrEqual(255);
}

describe('single-line and multi-line text', () => {
  it('a single line loses breaks, tabs, controls, bidi controls and zero-width characters', () => {
    expect(singleLineText('天水\r\n麻辣烫\t二期')).toBe('天水 麻辣烫 二期');
    expect(singleLineText('ABC\u202Egpj.exe\u200B')).toBe('ABCgpj.exe');
    expect(
      singleLineText('\uFEFF甲\u2066乙\u2069\u200E\u200F\u061C\u2060\u200C\u200D\u0085\u009F'),
    ).toBe('甲乙 ');
    expect(singleLineText('天水 麻辣烫（二期）')).toBe('天水 麻辣烫（二期）');
  });

  it('a multi-line text keeps its breaks as \\n and drops the rest', () => {
    expect(multiLineText('一\r\n二\r三\u2028四\n五')).toBe('一\n二\n三\n四\n五');
    expect(multiLineText('要点\u202E一\u0007\u200B')).toBe('要点一');
  });

  it('tells a field that would have to change', () => {
    expect(breaksTheLine('天水 麻辣烫')).toBe(false);
    for (const ch of ['\n', '\r', '\t', '\u0000', '\u007F', '\u202A', '\u2069', '\uFEFF', '\u200B'])
      expect(breaksTheLine(`天${ch}水`), JSON.stringify(ch)).toBe(true);
  });
});

describe('file names made from record names', () => {
  it('never carry a bidi override, a line break or a character Windows refuses', () => {
    expect(safeFileName('项目简报-ABC\u202Egpj.exe\u200B-20261202.docx')).toBe(
      '项目简报-ABCgpj.exe-20261202.docx',
    );
    expect(safeFileName('天水\n二期.pdf')).toBe('天水 二期.pdf');
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j.txt')).toBe('a_b_c_d_e_f_g_h_i_j.txt');
  });

  it('are never a reserved device name, in any case, with or without an extension', () => {
    for (const name of [
      'CON',
      'con.txt',
      'Prn.pdf',
      'AUX',
      'nul.tar.gz',
      'COM1',
      'com9.docx',
      'LPT1',
      'lpt9.x',
    ]) {
      const safe = safeFileName(name);
      expectSafe(safe);
      expect(safe.startsWith('_'), safe).toBe(true);
    }
    expect(safeFileName('CONSOLE.txt')).toBe('CONSOLE.txt');
    expect(safeFileName('COM10.txt')).toBe('COM10.txt');
  });

  it('lose trailing dots and spaces, and are never empty', () => {
    expect(safeFileName('说明. . ')).toBe('说明');
    expect(safeFileName('报告 .pdf')).toBe('报告.pdf');
    expect(safeFileName('...')).toBe('文件');
    expect(safeFileName('\u202E\u200B')).toBe('文件');
    expect(safeFileName('')).toBe('文件');
    expect(safeFileName('.pdf')).toBe('pdf');
  });

  it('are bounded: at most 120 characters and 180 bytes of stem, cut between characters', () => {
    const latin = safeFileName(`${'a'.repeat(300)}.docx`);
    expect(latin).toBe(`${'a'.repeat(120)}.docx`);
    const chinese = safeFileName(`${'麻'.repeat(300)}.pdf`);
    expect(chinese).toBe(`${'麻'.repeat(60)}.pdf`);
    const emoji = safeFileStem('😀'.repeat(300));
    expect([...emoji].every((ch) => ch === '😀')).toBe(true);
    expect(bytes(emoji)).toBeLessThanOrEqual(FILE_STEM_LIMIT.bytes);
    for (const name of [latin, chinese, emoji]) expectSafe(name);
  });

  it('of generated briefings keep kind and date whatever the record is called', () => {
    expect(fileStemOf('项目简报', 'ABC\u202Egpj.exe\u200B', '2026-12-02')).toBe(
      '项目简报-ABCgpj.exe-20261202',
    );
    expect(fileStemOf('项目简报', '天水\n二期', '2026-12-02')).toBe('项目简报-天水 二期-20261202');
    const long = fileStemOf('投资机会清单', '产'.repeat(300), '2026-12-02');
    expect(long.startsWith('投资机会清单-产')).toBe(true);
    expect(long.endsWith('-20261202')).toBe(true);
    expect(bytes(long)).toBeLessThanOrEqual(FILE_STEM_LIMIT.bytes);
    expect(fileStemOf('会议材料', ' ..\u200B ', '2026-12-02')).toBe('会议材料-20261202');
    for (const subject of ['CON', 'a:b', '末尾. ', '😀'.repeat(200)])
      expectSafe(`${fileStemOf('政策包', subject, '2026-12-02')}.docx`);
  });
});
