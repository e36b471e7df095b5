// Checks line breaking: kinsoku rules, Latin at spaces, long strings and URLs, hard breaks.
import { describe, expect, it } from 'vitest';
import type { GlyphItem } from '../../../electron/core/documents/pdf/1-text/glyph-items';
import {
  breakLines,
  NO_LINE_END,
  NO_LINE_START,
} from '../../../electron/core/documents/pdf/1-text/line-break';

/** Items of a fixed-pitch face: CJK 1 em, ASCII half an em (size 1). */
function items(text: string): GlyphItem[] {
  return [...text].map((ch) => ({
    ch,
    face: null,
    syntheticBold: false,
    size: 1,
    width: ch === '\n' ? 0 : ch.charCodeAt(0) < 0x80 ? 0.5 : 1,
    hard: ch === '\n',
    space: ch === ' ',
  }));
}

function lines(text: string, width: number): string[] {
  const list = items(text);
  return breakLines(list, () => width, 0).map((l) =>
    list
      .slice(l.start, l.end)
      .map((i) => i.ch)
      .join(''),
  );
}

describe('line breaking', () => {
  it('fills lines and never starts one with closing punctuation nor ends one with an opening mark', () => {
    const out = lines(
      '项目推进顺利，资金到位。（一）用地《规划》「批复」已完成；下一步：开工！',
      5,
    );
    expect(out.join('')).toBe(
      '项目推进顺利，资金到位。（一）用地《规划》「批复」已完成；下一步：开工！',
    );
    for (const line of out) {
      // Five characters, and a stop hanging past the end.
      expect(line.replace(/[。，；：！]$/u, '').length).toBeLessThanOrEqual(5);
      expect(NO_LINE_START.has(line[0] ?? '')).toBe(false);
      expect(NO_LINE_END.has(line[line.length - 1] ?? '')).toBe(false);
    }
  });

  it('moves a character down with a closing bracket that may not start a line', () => {
    expect(lines('一二三四五）六', 5)).toEqual(['一二三四', '五）六']);
    expect(lines('一二三四五”六', 5)).toEqual(['一二三四', '五”六']);
  });

  it('hangs a stop or comma that alone does not fit past the line end, as Word and LibreOffice do', () => {
    expect(lines('一二三四五。六', 5)).toEqual(['一二三四五。', '六']);
    expect(lines('一二三四五，六七', 5)).toEqual(['一二三四五，', '六七']);
    expect(lines('一二三四五、 六', 5)).toEqual(['一二三四五、', '六']);
    // Only one: a stop followed by a closing quote may not hang, both move down.
    expect(lines('一二三四五。”六', 5)).toEqual(['一二三四', '五。”六']);
  });

  it('breaks Latin at spaces and drops the space at the break', () => {
    expect(lines('see the news', 2)).toEqual(['see', 'the', 'news']);
  });

  it('breaks an unbroken Latin string or URL anywhere when it does not fit a line', () => {
    const url = 'https://example.gov.cn/' + 'a'.repeat(200);
    const out = lines(url, 10);
    expect(out.join('')).toBe(url);
    for (const line of out) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('fills a line with the start of a string too long for any line, rather than leaving it short', () => {
    const out = lines(`见${'a'.repeat(30)}`, 5);
    expect(out[0]).toBe(`见${'a'.repeat(8)}`);
  });

  it('moves a word that fits on the next line down whole', () => {
    expect(lines(`见${'a'.repeat(6)}`, 3)).toEqual(['见', 'aaaaaa']);
  });

  it('keeps kinsoku when forcing a break inside a long string', () => {
    const out = lines(`${'x'.repeat(19)}。后`, 10);
    for (const line of out) expect(NO_LINE_START.has(line[0] ?? '')).toBe(false);
    expect(out.join('')).toBe(`${'x'.repeat(19)}。后`);
  });

  it('breaks at hard line breaks', () => {
    expect(lines('张三\n13800000000', 20)).toEqual(['张三', '13800000000']);
  });
});
