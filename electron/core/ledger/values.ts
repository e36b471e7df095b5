// Ledger cell values as text, dates and money, each parsed or refused with a message.
import {
  type MoneyParse,
  type MoneyUnit,
  moneyFromNumber,
  parseMoneyText,
} from '../api/money-text';

/** What a sheet cell holds once read: formulas are already their cached results. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The longest text any field accepts from a cell; a longer cell is a problem, not clipped. */
export const MAX_CELL_CHARS = 20_000;

/** C0/C1 control characters other than tab and line breaks, and the lone surrogates. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Text of a cell, trimmed, with control characters removed (they break Word and XML). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoOfDate(value) ?? '';
  return String(value).replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}

/** One line: runs of spaces and line breaks become one space (names, places). */
export function lineText(value: CellValue): string {
  return cellText(value).replace(/\s+/g, ' ');
}

export function isoOfDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200) return null;
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Excel's day number (1900 system, with its phantom 29 Feb 1900) → ISO date. */
function fromSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 367 || serial > 110_000) return null;
  return isoOfDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

/** Dates as offices write them: Excel dates and serials, 2024.3.5, 2024年3月5日, 2024/3/5, 2024-03-05. */
export function parseDateCell(value: CellValue): Parsed<string | null> {
  if (value === null || value === '') return { ok: true, value: null };
  if (value instanceof Date) {
    const iso = isoOfDate(value);
    return iso ? { ok: true, value: iso } : { ok: false, message: '日期无效' };
  }
  if (typeof value === 'number') {
    const iso = fromSerial(value);
    return iso ? { ok: true, value: iso } : { ok: false, message: `无法识别“${value}”为日期` };
  }
  const text = cellText(value);
  if (text === '') return { ok: true, value: null };
  if (/^\d{5}$/.test(text)) return parseDateCell(Number(text));
  const m = /^(\d{4})\s*(?:[./\-年])\s*(\d{1,2})\s*(?:[./\-月])\s*(\d{1,2})\s*日?$/.exec(text);
  const iso = m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return iso
    ? { ok: true, value: iso }
    : { ok: false, message: `无法识别“${clipForMessage(text)}”为日期` };
}

/** Money from a cell: numbers in the header's unit, text with its own unit or the header's. */
export function parseMoneyCell(value: CellValue, unit: MoneyUnit): MoneyParse {
  if (value === null) return { ok: true, wan: 0 };
  if (typeof value === 'number') return moneyFromNumber(value, unit);
  if (typeof value === 'string') {
    const parsed = parseMoneyText(cellText(value), unit);
    return parsed.ok ? parsed : { ok: false, message: `无法识别“${clipForMessage(value)}”` };
  }
  return { ok: false, message: '不是金额' };
}

/** A cell's text shortened for a problem message. */
export function clipForMessage(text: string): string {
  const flat = cellText(text).replace(/\s+/g, ' ');
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}
