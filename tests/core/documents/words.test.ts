// Checks word segmentation for line breaks (terms, names, figures) and balanced title lines.
import { describe, expect, it } from 'vitest';
import { prepareBriefing } from '../../../electron/core/documents/prepare';
import { Lexicon, lexiconWords } from '../../../electron/core/documents/words/lexicon';
import { words } from '../../../electron/core/documents/words/segment';
import { titleLines } from '../../../electron/core/documents/words/title-lines';

const lexicon = new Lexicon(lexiconWords(['天水市张家川县', '何晓东、马晓军', '市自然资源局']));
const cut = (text: string) => words(text, lexicon).join('|');

/** Checks each text is cut into the words given (`|` between them). */
const expectCuts = (cuts: Record<string, string>) =>
  expect(Object.fromEntries(Object.keys(cuts).map((text) => [text, cut(text)]))).toEqual(cuts);

describe('words for line breaking', () => {
  it('keeps the domain’s terms that ICU splits or does not know', () => {
    expectCuts({
      专班月调度报告: '专班|月调度|报告',
      政策包: '政策包',
      投资机会清单: '投资机会清单',
      备忘录: '备忘录',
      经开区管委会: '经开区|管委会',
    });
  });

  it('keeps the workspace’s names whole, and names ICU cuts into characters', () => {
    expect(cut('张家川县新能源电池项目')).toBe('张家川县|新能源|电池|项目');
    expect(cut('马晓军')).toBe('马晓军');
    expect(cut('联系人何晓东')).not.toContain('晓|东');
    expect(cut('市自然资源局')).toBe('市自然资源局');
    // A name the workspace does not hold, alone in a cell, is still one word.
    expect(cut('王小明')).toBe('王小明');
  });

  it('keeps figures with their units, dates and time ranges whole', () => {
    expectCuts({
      '总投资150,000 万元': '总投资|150,000 万元',
      年产2万台: '年产|2万台',
      '上午08:30—09:45': '上午|08:30—09:45',
      '2025年3月1日签约': '2025年3月1日|签约',
    });
    expect(cut('到位率30.7%')).toContain('30.7%');
  });
});

describe('title lines (GB/T 9704 7.3.3)', () => {
  const cases: [string, string[]][] = [
    ['天水经济技术开发区新能源产业专班月调度报告', ['月|调度', '专班月|']],
    ['张家川县年产2万台新能源电池生产线建设项目简报', ['张家|川县', '2万|台', '新能源电|池']],
    ['关于天水经济技术开发区重点招商引资投资机会清单', ['投|资机会', '投资机|会']],
    ['重庆火锅食材（麻辣烫）供应链加工项目政策包', ['政策|包']],
    ['深圳甘肃天水商会餐饮服务连锁及中央厨房项目简报', ['项|目简报']],
    ['天水市人民政府与弘信电子集团深化合作备忘录签约仪式', ['备忘|录']],
  ];
  it.each(cases)('breaks “%s” between words, in balanced lines', (title, wrong) => {
    const lines = titleLines(title, lexicon);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(2);
    const joined = lines.join('|');
    for (const w of wrong) expect(joined).not.toContain(w);
    const [a = 0, b = 0] = lines.map((l) => [...l].length);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(6);
    for (const line of lines) expect([...line].length).toBeGreaterThan(1);
  });

  it('leaves a title that fits on one line alone, and never strands one character', () => {
    expect(titleLines('天水麻辣烫产业园项目简报', lexicon)).toEqual(['天水麻辣烫产业园项目简报']);
    const lines = titleLines(`${'招商引资'.repeat(5)}包`, lexicon);
    for (const line of lines) expect([...line].length).toBeGreaterThan(1);
  });

  it('breaks inside a word only when the word alone is longer than a line', () => {
    const long = '某'.repeat(45);
    const lines = titleLines(long);
    expect(lines.join('')).toBe(long);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(20);
  });

  it('is what prepare.ts hands both writers, with the briefing’s own names', () => {
    const p = prepareBriefing({
      title: { title: '重庆市甘肃商会企业家考察团赴清水县、张家川县考察对接行程安排' },
      blocks: [],
      lexicon: ['张家川县'],
    });
    expect(p.titleLines.join('')).toBe(p.title);
    expect(p.titleLines.join('|')).not.toContain('张家|川县');
  });
});
