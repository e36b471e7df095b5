/*
 * Money is stored as a whole number of 万元 (10,000 CNY). People read totals in 亿元
 * (100,000,000 CNY = 10,000 万元) with two decimals, and single amounts in 万元.
 */

const WAN_PER_YI = 10_000;

/**
 * The same text as `Intl.NumberFormat('zh-CN')` gives, made by hand: making that formatter (ICU's
 * number data for zh-CN) took 10–20 ms of the app's start, before the list's first paint.
 * Values far outside money's range (and NaN, ±∞) still go to Intl, made when first needed.
 */
let intlFormats: { wan: Intl.NumberFormat; yi: Intl.NumberFormat } | undefined;
function intl() {
  intlFormats ??= {
    wan: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
    yi: new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
  return intlFormats;
}

/** Whole numbers up to this size are formatted by hand (far beyond any amount in 万元). */
const BY_HAND_MAX = 1e15;

/** `-1234567` → `"-1,234,567"`; -0 keeps its sign, as Intl does. */
function grouped(whole: number): string {
  const sign = whole < 0 || Object.is(whole, -0) ? '-' : '';
  return sign + String(Math.abs(whole)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `12345` → `"12,345"` (万元, thousands separators). */
export function wanNumber(wan: number): string {
  const whole = Math.round(wan);
  if (!(Math.abs(whole) <= BY_HAND_MAX)) return intl().wan.format(whole);
  return grouped(whole);
}

/** `1666000` 万元 → `"166.60"` (亿元, two decimals, thousands separators). */
export function yiNumber(wan: number): string {
  const whole = Math.round(wan);
  if (!(Math.abs(whole) <= BY_HAND_MAX)) return intl().yi.format(whole / WAN_PER_YI);
  // Hundredths of 亿元, rounded half away from zero, in whole numbers: no binary fractions.
  const size = Math.abs(whole);
  const cents = Math.floor(size / 100) + (size % 100 >= 50 ? 1 : 0);
  const sign = whole < 0 || Object.is(whole, -0) ? -1 : 1;
  const yuan = grouped(sign * Math.floor(cents / 100));
  return `${yuan}.${String(cents % 100).padStart(2, '0')}`;
}

/** `12345` → `"12,345 万元"`. */
export function formatWan(wan: number, unit = '万元'): string {
  return `${wanNumber(wan)} ${unit}`;
}

/** `19978` → `"2.00 亿元"`; `1999780` → `"199.98 亿元"`. */
export function formatYi(wan: number, unit = '亿元'): string {
  return `${yiNumber(wan)} ${unit}`;
}
