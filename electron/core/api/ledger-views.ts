// What the ledger (台账) methods return: preview rows and problems, the applied counts, the exported file.
import type { MoneyUnit } from './money-text';
import type { Stage } from '../model/enums';
import type { LedgerField, MoneyField } from '../model/ledger-mapping';

export type { LedgerField, LedgerMapping } from '../model/ledger-mapping';

/** What the import would do with one data row. */
export type LedgerAction = 'new' | 'update' | 'unchanged' | 'problem';

export interface LedgerPreviewRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  name: string;
  group: string;
  action: LedgerAction;
  /** For an update: the fields that change, in the folio page's words. */
  changes: string[];
  folioId: string | null;
}

export interface LedgerProblem {
  /** 1-based row, or null for a problem of the whole sheet (a missing column). */
  row: number | null;
  column: string;
  message: string;
  /** 第 12 行 总投资：无法识别“约5个亿” */
  text: string;
}

export interface LedgerPreview {
  fileName: string;
  kind: 'xlsx' | 'csv';
  sheets: { name: string; hidden: boolean; rows: number }[];
  sheet: string;
  sheetHidden: boolean;
  headerRow: number;
  headerRows: 1 | 2;
  /** The header labels, left to right, and the first rows under them (for the mapping screen). */
  columns: { index: number; label: string; samples: string[] }[];
  /** The column chosen for each field (label), the proposals where the officer chose nothing. */
  fields: Partial<Record<LedgerField, string>>;
  proposals: Partial<Record<LedgerField, string>>;
  units: Record<MoneyField, MoneyUnit>;
  /** Every stage word of the sheet and what it maps to (null: unknown). */
  stageWords: { word: string; stage: Stage | null }[];
  sheetDate: string;
  /** True when a mapping saved for this header was used. */
  savedMapping: boolean;
  counts: Record<LedgerAction, number>;
  /** The rows (at most the first 2,000; counts cover all). */
  rows: LedgerPreviewRow[];
  /** At most the first 500 problems; counts.problem covers all rows. */
  problems: LedgerProblem[];
  newPeople: string[];
  newGroups: string[];
  newEnterprises: string[];
}

export interface LedgerApplied {
  preview: LedgerPreview;
  /** The backup taken before writing (its id), or null when nothing had to be written. */
  backupId: string | null;
}

export interface LedgerExportFile {
  fileName: string;
  dataBase64: string;
  rows: number;
}
