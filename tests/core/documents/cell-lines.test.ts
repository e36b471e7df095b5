// Checks the cell lines both writers set: broken between words, each within the column.
import { describe, expect, it } from 'vitest';
import { cellEms, cellLines } from '../../../electron/core/documents/words/cell-lines';
import { Lexicon, lexiconWords } from '../../../electron/core/documents/words/lexicon';

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

  it('breaks a place name wider than the column between its own words, never leaving a lone bracket', () => {
    // The demo's 考察行程 地点 column: these names were set 张家川县工|业园区, （ alone, 民族食品深|加工.
    const places = ['张家川县工业园区（民族食品深加工企业）', '弘信电子集团总部及生产基地'];
    const lexicon = new Lexicon(lexiconWords(places));
    expect(cellLines(places[0] ?? '', cellEms(0.17), lexicon)).toEqual([
      '张家川县',
      '工业园区',
      '（民族食品',
      '深加工',
      '企业）',
    ]);
    expect(cellLines(places[1] ?? '', cellEms(0.17), lexicon)).toEqual([
      '弘信电子',
      '集团总部及',
      '生产基地',
    ]);
  });

  it('sets each time range of the 考察行程 on one line of its 时间 column', () => {
    for (const range of ['08:30—09:45', '08:30—10:00', '16:30—22:00'])
      expect(cellLines(range, cellEms(0.19))).toEqual([range]);
  });

  it('breaks a workspace name too wide for its column at the names and words inside it', () => {
    // The demo's 项目简报 and 考察行程 set 清水县工业|园区管委会 and 清水县温泉旅游|度假区.
    const names = [
      '清水县工业园区管委会',
      '清水县温泉旅游度假区',
      '天水市清水县',
      '清水县工业园区',
    ];
    const lexicon = new Lexicon(lexiconWords(names));
    expect(cellLines('清水县工业园区管委会', cellEms(0.17), lexicon)).toEqual([
      '清水县',
      '工业园区',
      '管委会',
    ]);
    expect(cellLines('清水县工业园区管委会', 7, lexicon)).toEqual(['清水县工业园区', '管委会']);
    expect(cellLines('清水县温泉旅游度假区', 7, lexicon)).toEqual(['清水县', '温泉旅游度假区']);
    expect(cellLines('清水县温泉旅游度假区', 5, lexicon)).toEqual(['清水县', '温泉旅游', '度假区']);
    // Never one character alone, whatever the width, and nothing lost.
    for (const name of names)
      for (let ems = 4; ems < [...name].length; ems += 1) {
        const lines = cellLines(name, ems, lexicon);
        expect(lines.join('')).toBe(name);
        for (const line of lines) expect([...line].length).toBeGreaterThan(1);
      }
  });
});
