// Checks the cell lines both writers set: broken between words, each within the column.
import { describe, expect, it } from 'vitest';
import { cellEms, cellLines } from '../../../electron/core/documents/words/cell-lines';
import { Lexicon } from '../../../electron/core/documents/words/lexicon';

describe('cellLines', () => {
  it('keeps a figure with its unit, a name and a phone number whole in a narrow column', () => {
    const lexicon = new Lexicon(['何晓东', '经开区管委会']);
    const text = '总投资150,000万元，联系何晓东，经开区管委会13909382031';
    const lines = cellLines(text, 6.2, lexicon);
    expect(lines.join('')).toBe(text);
    const joined = lines.join('|');
    for (const word of ['150,000万元', '何晓东', '经开区管委会', '13909382031'])
      expect(joined).toContain(word);
  });

  it('never starts a line with 。，） nor ends one with （', () => {
    const lines = cellLines('签约项目（三个）已开工，投产两个。年产值十亿元。', 4);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[。，）]/);
    for (const line of lines) expect(line).not.toMatch(/（$/);
  });

  it('breaks a word wider than the column between characters, losing nothing', () => {
    const lines = cellLines('A'.repeat(40), 5);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.join('')).toBe('A'.repeat(40));
  });

  it('keeps the text’s own line breaks, and an 11-digit phone fits the 投资机会清单 contact column', () => {
    expect(cellLines('杨静\n13909382031', cellEms(0.185 / 0.98))).toEqual(['杨静', '13909382031']);
  });
});
