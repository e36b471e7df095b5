// Checks that briefing figures are not flattered: shares rounded down, 万元 shown, empty fields left out.
import { describe, expect, it } from 'vitest';
import {
  filledItems,
  rate,
  wanAndYi,
  yi,
} from '../../../../electron/core/documents/templates/common';

describe('figures are not flattered', () => {
  it('rounds a share down: a shortfall never prints as 100.0%', () => {
    expect(rate(99_999_999, 100_000_000)).toBe('99.9%');
    expect(rate(9_996, 10_000)).toBe('99.9%');
    expect(rate(100_000_000, 100_000_000)).toBe('100.0%');
    expect(rate(307, 1_000)).toBe('30.7%');
    expect(rate(1, 3)).toBe('33.3%');
    expect(rate(2, 3)).toBe('66.6%');
    expect(rate(5, 0)).toBe('—');
  });

  it('shows the 万元 an amount in 亿元 would round away', () => {
    expect(yi(99_999_999)).toBe('9,999.9999 亿元');
    expect(wanAndYi(99_999_999)).toBe('99,999,999 万元（9,999.9999 亿元）');
    expect(yi(1_666_000)).toBe('166.60 亿元');
    expect(yi(1_666_050)).toBe('166.6050 亿元');
    expect(yi(100_000_000)).toBe('10,000.00 亿元');
  });

  it('leaves empty fields out instead of printing 未填写', () => {
    expect(
      filledItems([
        { key: '项目名称', value: '燧弘' },
        { key: '投资主体', value: '' },
        { key: '项目地点', value: '  ' },
        { key: '项目管家', value: null },
      ]),
    ).toEqual([{ key: '项目名称', value: '燧弘' }]);
  });
});
