/*
 * Money is stored as a whole number of 万元 (10,000 CNY). People read totals in 亿元
 * (100,000,000 CNY = 10,000 万元) with two decimals, and single amounts in 万元.
 */

const WAN_PER_YI = 10_000;

const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const yiFormat = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** `12345` → `"12,345"` (万元, thousands separators). */
export function wanNumber(wan: number): string {
  return wanFormat.format(Math.round(wan));
}

/** `1666000` 万元 → `"166.60"` (亿元, two decimals, thousands separators). */
export function yiNumber(wan: number): string {
  return yiFormat.format(Math.round(wan) / WAN_PER_YI);
}

/** `12345` → `"12,345 万元"`. */
export function formatWan(wan: number, unit = '万元'): string {
  return `${wanNumber(wan)} ${unit}`;
}

/** `19978` → `"2.00 亿元"`; `1999780` → `"199.98 亿元"`. */
export function formatYi(wan: number, unit = '亿元'): string {
  return `${yiNumber(wan)} ${unit}`;
}
