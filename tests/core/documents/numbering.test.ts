// Checks heading numbers (一、（一）1.（1）) and the briefing text in reading order.
import { describe, expect, it } from 'vitest';
import { briefingText } from '../../../electron/core/documents/briefing-text';
import { chineseNumeral } from '../../../electron/core/documents/numbering';

describe('heading numbers', () => {
  it('writes Chinese numerals the way documents count', () => {
    const cases: Array<[number, string]> = [
      [1, '一'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [21, '二十一'],
      [100, '一百'],
      [105, '一百零五'],
      [110, '一百一十'],
      [1001, '一千零一'],
    ];
    for (const [n, text] of cases) expect(chineseNumeral(n)).toBe(text);
  });

  it('numbers four levels 一、（一）1.（1） and restarts deeper levels under a new parent', () => {
    const text = briefingText({
      title: { title: '' },
      blocks: [
        { kind: 'heading', level: 1, text: '基本情况' },
        { kind: 'heading', level: 2, text: '项目' },
        { kind: 'heading', level: 3, text: '投资' },
        { kind: 'heading', level: 4, text: '资金' },
        { kind: 'heading', level: 4, text: '用地' },
        { kind: 'heading', level: 3, text: '进度' },
        { kind: 'heading', level: 2, text: '企业' },
        { kind: 'heading', level: 1, text: '下一步' },
        { kind: 'heading', level: 2, text: '协调' },
      ],
    });
    expect(text).toEqual([
      '一、基本情况',
      '（一）项目',
      '1.投资',
      '（1）资金',
      '（2）用地',
      '2.进度',
      '（二）企业',
      '二、下一步',
      '（一）协调',
    ]);
  });
});

describe('briefing text', () => {
  it('gives the title block, then every block in reading order, without control characters', () => {
    const text = briefingText({
      title: {
        title: '周报\u0007',
        issuer: '招商局',
        date: '2025年3月1日',
        classification: '内部',
      },
      marks: { internal: true, draft: true },
      blocks: [
        {
          kind: 'paragraph',
          text: [{ text: '要点：', bold: true }, { text: '签约\u200b3个\r\n开工2个' }],
        },
        { kind: 'keyValue', items: [{ key: '项目', value: '燧弘' }] },
        { kind: 'list', ordered: false, items: ['甲', '乙'] },
        {
          kind: 'table',
          caption: '表1',
          columns: [
            { title: '名称', width: 2 },
            { title: '金额', width: 1 },
          ],
          rows: [['麻辣烫', '12']],
          totals: ['合计', '12'],
        },
        { kind: 'pageBreak' },
      ],
    });
    expect(text).toEqual([
      '内部',
      '周报',
      '招商局　2025年3月1日',
      '要点：签约3个',
      '开工2个',
      '项目：燧弘',
      '•甲',
      '•乙',
      '表1',
      '名称\t金额',
      '麻辣烫\t12',
      '合计\t12',
    ]);
  });

  it('refuses a table row with more cells than columns, naming the row', () => {
    const model = {
      title: { title: '' },
      blocks: [
        {
          kind: 'table' as const,
          caption: '清单',
          columns: [{ title: '名称', width: 1 }],
          rows: [['甲'], ['乙', '多出的一格']],
        },
      ],
    };
    expect(() => briefingText(model)).toThrow('表格“清单”的第 2 行有 2 格，多于 1 列');
  });
});
