// Checks money display: totals in 亿元 with two decimals, single amounts in 万元 with separators.
import { describe, expect, it } from 'vitest';
import { formatWan, formatYi, wanNumber, yiNumber } from '../../../renderer/src/format/money';

describe('money', () => {
  it('shows totals in 亿元 with two decimals', () => {
    expect(formatYi(1_999_780)).toBe('199.98 亿元');
    expect(formatYi(16_660_000)).toBe('1,666.00 亿元');
    expect(yiNumber(0)).toBe('0.00');
    expect(yiNumber(12_345)).toBe('1.23');
  });

  it('shows single amounts in 万元 with thousands separators', () => {
    expect(formatWan(232_090)).toBe('232,090 万元');
    expect(wanNumber(800)).toBe('800');
  });
});
