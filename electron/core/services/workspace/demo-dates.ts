/** Dates the shipped demo relative to the day it is loaded: every plain date moves by one offset. */

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A copy of the demo data in which every value that is exactly a date (YYYY-MM-DD) is moved by
 * the days from the demo's own day (`asOf`) to `today`, so due dates, stage dates, progress posts
 * and trips keep their distance from today. Text that mentions a date is left as it is.
 */
export function shiftDemoDates<T>(value: T, asOf: string, today: string): T {
  const days = daysBetween(asOf, today);
  if (days === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return PLAIN_DATE.test(v) ? addDays(v, days) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}
