// Heading numbers: Chinese numerals (一, 十一, 一百零五) and the label each heading level gets.
import type { HeadingLevel } from './model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (up to 9999; larger numbers stay Arabic). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += d === 1 && unit === '十' && out === '' ? unit : `${DIGITS[d] ?? ''}${unit}`;
  });
  return out;
}

/** The label a heading of `level` gets as the `n`-th of its level under its parent. */
export function headingLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** Counts headings in document order; a heading restarts the count of every deeper level. */
export class HeadingCounter {
  private readonly counts = [0, 0, 0, 0];

  next(level: HeadingLevel): string {
    const n = (this.counts[level - 1] ?? 0) + 1;
    this.counts[level - 1] = n;
    for (let deeper = level; deeper < this.counts.length; deeper += 1) this.counts[deeper] = 0;
    return headingLabel(level, n);
  }
}
