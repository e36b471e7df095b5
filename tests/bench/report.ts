// Bench results: rows with medians, the printed table, and merging rows into bench-results.json.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One measured quantity: the median of `n` runs (for a "longest" row, the median of per-run maxima). */
export interface BenchRow {
  name: string;
  median: number;
  unit: string;
  n: number;
}

export const RESULTS_FILE = fileURLToPath(new URL('../../bench-results.json', import.meta.url));

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function printTable(rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [r.name, formatValue(r.median), r.unit, String(r.n)]);
  const header = ['benchmark', 'median', 'unit', 'n'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === 1 || i === 3 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function isRow(value: unknown): value is BenchRow {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.name === 'string' &&
    typeof r.median === 'number' &&
    typeof r.unit === 'string' &&
    typeof r.n === 'number'
  );
}

/** Merges rows into bench-results.json at the repo root: a row replaces the one of the same name. */
export async function writeResults(rows: readonly BenchRow[], file = RESULTS_FILE): Promise<void> {
  let existing: BenchRow[] = [];
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (Array.isArray(parsed)) existing = parsed.filter(isRow);
  } catch {
    // No file yet, or not ours: start afresh.
  }
  const byName = new Map(existing.map((r) => [r.name, r]));
  for (const row of rows) byName.set(row.name, row);
  await writeFile(file, `${JSON.stringify([...byName.values()], null, 2)}\n`);
}
