// Checks reading money as offices write it in 万元, and dates as serials, dots, 年月日 and slashes.
import { describe, expect, it } from 'vitest';
import { parseMoneyText, unitOfHeader } from '../../../electron/core/api/money-text';
import { parseDateCell } from '../../../electron/core/ledger/values';

describe('money text', () => {
  it('reads the ways offices write amounts, in 万元', () => {
    const wan = (text: string, unit?: 'wan' | 'yi') => parseMoneyText(text, unit);
    expect(wan('5亿')).toEqual({ ok: true, wan: 50_000 });
    expect(wan('5,000万')).toEqual({ ok: true, wan: 5_000 });
    expect(wan('0.5亿元')).toEqual({ ok: true, wan: 5_000 });
    expect(wan('１２００')).toEqual({ ok: true, wan: 1_200 });
    expect(wan('2.35', 'yi')).toEqual({ ok: true, wan: 23_500 });
    expect(wan('3000000元')).toEqual({ ok: true, wan: 300 });
    expect(wan('约5个亿')).toEqual({ ok: false, message: '无法识别“约5个亿”' });
    expect(wan('5-6亿').ok).toBe(false);
    expect(unitOfHeader('计划总投资（亿元）')).toBe('yi');
    expect(unitOfHeader('总投资（万元）')).toBe('wan');
  });

  it('reads dates as serials, dots, 年月日 and slashes', () => {
    expect(parseDateCell(45356)).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateCell('2024.3.5')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateCell('2024年3月5日')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateCell('2024/3/5')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDateCell('2024/2/30').ok).toBe(false);
    expect(parseDateCell('三月初').ok).toBe(false);
  });
});
