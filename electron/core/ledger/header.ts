// Finds a ledger sheet's header row(s) and proposes which column fills which folio field.
import { LEDGER_FIELDS, type LedgerField, type LedgerMapping } from '../model/ledger-mapping';
import { FIELD_SPECS, normalizeLabel } from './fields';
import type { LedgerSheet } from './read-file';
import { lineText } from './values';

/** How far down a title and notes above the header may reach. */
const HEADER_SEARCH_ROWS = 15;

export interface LedgerColumn {
  index: number;
  /** The column's title; with two header rows, "上层/下层" (a merged group title above). */
  label: string;
}

export interface HeaderChoice {
  headerRow: number;
  headerRows: 1 | 2;
  columns: LedgerColumn[];
  /** For each field, the label of the proposed column, or null. */
  proposals: Partial<Record<LedgerField, string>>;
}

function labelsOf(sheet: LedgerSheet, row: number, count: 1 | 2): LedgerColumn[] {
  const top = sheet.rows[row - 1] ?? [];
  const below = count === 2 ? (sheet.rows[row] ?? []) : [];
  const width = Math.max(top.length, below.length);
  const columns: LedgerColumn[] = [];
  for (let i = 0; i < width; i += 1) {
    const parts = [lineText(top[i] ?? null), lineText(below[i] ?? null)].filter(Boolean);
    const unique = parts.filter((p, k) => parts.indexOf(p) === k);
    if (unique.length > 0) columns.push({ index: i, label: unique.join('/').slice(0, 200) });
  }
  return columns;
}

/**
 * How well a label names a field: 3 the title (or, under a group title, its own lower title) is
 * a synonym, 2 the group title above is, 1 the title contains one.
 */
function score(label: string, field: LedgerField): number {
  const parts = label.split('/').map(normalizeLabel);
  const own = parts[parts.length - 1] ?? '';
  let best = 0;
  for (const synonym of FIELD_SPECS[field].synonyms) {
    const s = normalizeLabel(synonym);
    if (own === s || normalizeLabel(label) === s) best = Math.max(best, 3);
    else if (parts.includes(s)) best = Math.max(best, 2);
    else if (s.length >= 2 && own.includes(s)) best = Math.max(best, 1);
  }
  return best;
}

/** Each field's best column, each column used once; better matches choose first. */
export function proposeColumns(columns: LedgerColumn[]): Partial<Record<LedgerField, string>> {
  const pairs: { field: LedgerField; column: LedgerColumn; score: number }[] = [];
  for (const field of LEDGER_FIELDS) {
    for (const column of columns) {
      const s = score(column.label, field);
      if (s > 0) pairs.push({ field, column, score: s });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.column.index - b.column.index);
  const out: Partial<Record<LedgerField, string>> = {};
  const used = new Set<number>();
  for (const { field, column } of pairs) {
    if (out[field] !== undefined || used.has(column.index)) continue;
    out[field] = column.label;
    used.add(column.index);
  }
  return out;
}

/** A row of titles holds text only: a number or a date marks a data row. */
function isTitleRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || typeof c === 'string');
}

function fit(columns: LedgerColumn[]): number {
  const proposals = proposeColumns(columns);
  return Object.keys(proposals).length + (proposals.name ? 2 : 0);
}

/**
 * The header row(s): the officer's choice, else the row near the top whose titles name the most
 * fields; a second row is taken when it names more (a merged group title above the titles).
 */
export function chooseHeader(sheet: LedgerSheet, mapping: LedgerMapping): HeaderChoice {
  let headerRow = mapping.headerRow ?? 1;
  let headerRows: 1 | 2 = mapping.headerRows === 2 ? 2 : 1;
  if (mapping.headerRow === undefined) {
    let best = -1;
    const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
    for (let row = 1; row <= last; row += 1) {
      for (const count of [1, 2] as const) {
        if (mapping.headerRows !== undefined && count !== mapping.headerRows) continue;
        if (count === 2 && !isTitleRow(sheet.rows[row] ?? [])) continue;
        const value = fit(labelsOf(sheet, row, count));
        if (value > best) {
          best = value;
          headerRow = row;
          headerRows = count;
        }
      }
    }
  }
  const columns = labelsOf(sheet, headerRow, headerRows);
  return { headerRow, headerRows, columns, proposals: proposeColumns(columns) };
}

/** The file's header labels as one key, to find a saved mapping again. */
export function headerSignature(columns: LedgerColumn[]): string {
  return columns.map((c) => normalizeLabel(c.label)).join('|');
}
