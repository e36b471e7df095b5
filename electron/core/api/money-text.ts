/**
 * Money as offices write it ("5亿", "5,000万", "0.5亿元", "1200") → a whole number of 万元.
 * Plain code with no imports, so the renderer's money inputs can use it as they use names.ts.
 */
export type MoneyUnit = 'wan' | 'yi' | 'yuan';

export type MoneyParse = { ok: true; wan: number } | { ok: false; message: string };

const FACTOR: Record<MoneyUnit, number> = { wan: 1, yi: 10_000, yuan: 0.0001 };
/** The stored ceiling (1 万亿元), as in the model's `wanYuan`. */
const MAX_WAN = 100_000_000;

const UNIT_WORDS: ReadonlyArray<[RegExp, MoneyUnit]> = [
  [/亿元$|亿$/, 'yi'],
  [/万元$|万$/, 'wan'],
  [/元$/, 'yuan'],
];

/** Full-width digits and punctuation as typed with a Chinese input method. */
function halfWidth(text: string): string {
  return text
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '');
}

/** The unit a column header names: 亿元 or 万元 (元 alone is read as 元). Null when none. */
export function unitOfHeader(header: string): MoneyUnit | null {
  if (/亿/.test(header)) return 'yi';
  if (/万/.test(header)) return 'wan';
  if (/[（(]\s*元\s*[)）]/.test(header)) return 'yuan';
  return null;
}

/** A number already read from a cell, in `unit`, → 万元 (rounded to the nearest 万元). */
export function moneyFromNumber(value: number, unit: MoneyUnit): MoneyParse {
  if (!Number.isFinite(value)) return { ok: false, message: '不是数字' };
  if (value < 0) return { ok: false, message: '金额不能为负数' };
  const wan = Math.round(value * FACTOR[unit]);
  if (wan > MAX_WAN) return { ok: false, message: '金额超出范围（上限 1 万亿元）' };
  return { ok: true, wan };
}

/**
 * Reads money text. A unit written in the text wins over `defaultUnit` (the header's). Empty
 * text is 0. Anything else — "约5个亿", "5-6亿", "待定" — is refused, never guessed.
 */
export function parseMoneyText(text: string, defaultUnit: MoneyUnit = 'wan'): MoneyParse {
  let rest = halfWidth(text);
  if (rest === '' || rest === '-' || rest === '—') return { ok: true, wan: 0 };
  let unit = defaultUnit;
  for (const [pattern, u] of UNIT_WORDS) {
    if (pattern.test(rest)) {
      unit = u;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(rest)) {
    return { ok: false, message: `无法识别“${text.trim()}”` };
  }
  return moneyFromNumber(Number(rest.replace(/,/g, '')), unit);
}
