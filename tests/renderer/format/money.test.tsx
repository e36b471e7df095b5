// Checks money display: totals in 亿元 with two decimals, single amounts in 万元 with separators.
import { describe, expect, it, vi } from 'vitest';
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

describe('money, formatted by hand as Intl does', () => {
  const wanIntl = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
  const yiIntl = new Intl.NumberFormat('zh-CN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const asIntl = (wan: number) => {
    expect(wanNumber(wan), `wan ${wan}`).toBe(wanIntl.format(Math.round(wan)));
    expect(yiNumber(wan), `yi ${wan}`).toBe(yiIntl.format(Math.round(wan) / 10_000));
  };

  it('at the edges: zero and minus zero, halves, separators, negatives, NaN and ∞', () => {
    const edges = [
      0,
      -0,
      0.4,
      -0.4,
      0.5,
      -0.5,
      1,
      5,
      49,
      50,
      51,
      99,
      100,
      125,
      149,
      150,
      999,
      1000,
      1234,
      9999,
      10_000,
      10_049,
      10_050,
      10_051,
      12_345,
      99_995,
      99_999,
      100_000,
      1_999_780,
      16_660_000,
      999_999_999,
      -1,
      -49,
      -50,
      -51,
      -10_050,
      -1_234_567,
      1e12 + 50,
      1e15,
      1e15 + 2,
      1e16,
      1e21,
      1e22,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (const wan of edges) asIntl(wan);
  });

  it('for many amounts of every size', () => {
    let seed = 12_345;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 20_000; n++) {
      const size = 10 ** Math.floor(random() * 16);
      asIntl((random() - 0.1) * size);
    }
  });
});

describe('money at start', () => {
  it('makes no Intl number formatter for amounts in range (ICU number data: 10–20 ms at start)', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'NumberFormat');
    const fresh = await import('../../../renderer/src/format/money');
    try {
      expect(fresh.formatWan(232_090)).toBe('232,090 万元');
      expect(fresh.formatYi(1_999_780)).toBe('199.98 亿元');
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
    // Far out of range, Intl still formats.
    expect(fresh.wanNumber(1e22)).toBe(new Intl.NumberFormat('zh-CN').format(1e22));
  });
});
