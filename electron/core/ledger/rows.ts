// Reads a ledger's data rows into folio values, with a problem named per cell that cannot be read.
import type { MoneyUnit } from '../api/money-text';
import { unitOfHeader } from '../api/money-text';
import type { Stage } from '../model/enums';
import {
  LEDGER_FIELDS,
  type LedgerField,
  type LedgerMapping,
  MONEY_FIELDS,
  type MoneyField,
} from '../model/ledger-mapping';
import { DEFAULT_STAGE_WORDS, FIELD_SPECS, normalizeLabel } from './fields';
import type { HeaderChoice } from './header';
import type { LedgerSheet } from './read-file';
import { type CellValue, cellText, lineText, parseDateCell, parseMoneyCell } from './values';

/** A problem of one cell, in the words the preview shows: 第 12 行 总投资：无法识别“约5个亿”. */
export interface RowProblem {
  row: number;
  field: LedgerField | null;
  column: string;
  message: string;
}

type TextField = Exclude<
  LedgerField,
  | MoneyField
  | 'stage'
  | 'stageDate'
  | 'signedDate'
  | 'startedDate'
  | 'producingDate'
  | 'progress'
  | 'notes'
>;

/** What one data row says; a field left out was not mapped or its cell was empty. */
export interface RowValues {
  row: number;
  text: Partial<Record<TextField, string>>;
  money: Partial<Record<MoneyField, number>>;
  stage?: Stage;
  /** Dates by stage (签约/开工/投产 columns, and the current stage's date). */
  dates: Partial<Record<Stage, string>>;
  stageDate?: string;
  progress?: string;
  notes?: string;
}

const MAX_CHARS: Partial<Record<LedgerField, number>> = {
  id: 64,
  name: 120,
  group: 120,
  leader: 40,
  steward: 40,
  location: 80,
  chain: 40,
  enterprise: 120,
  contactName: 40,
  contactPhone: 40,
  responsibleUnit: 120,
  progress: 2000,
  notes: 20_000,
};
const DATE_FIELDS = {
  signedDate: 'signed',
  startedDate: 'started',
  producingDate: 'producing',
} as const satisfies Partial<Record<LedgerField, Stage>>;
const TEXT_FIELDS = LEDGER_FIELDS.filter(
  (f): f is TextField =>
    !(MONEY_FIELDS as readonly string[]).includes(f) &&
    !['stage', 'stageDate', 'progress', 'notes'].includes(f) &&
    !(f in DATE_FIELDS),
);

export interface ResolvedColumns {
  /** Field → column index in the sheet. */
  index: Partial<Record<LedgerField, number>>;
  label: Partial<Record<LedgerField, string>>;
  units: Record<MoneyField, MoneyUnit>;
  stageWords: Record<string, Stage>;
}

/** The mapping's choices over the proposals; a label not in the file is a problem. */
export function resolveColumns(
  header: HeaderChoice,
  mapping: LedgerMapping,
): { columns: ResolvedColumns; problems: string[] } {
  const problems: string[] = [];
  const index: ResolvedColumns['index'] = {};
  const label: ResolvedColumns['label'] = {};
  for (const field of LEDGER_FIELDS) {
    const chosen = mapping.columns?.[field];
    const wanted = chosen === undefined ? header.proposals[field] : chosen;
    if (wanted === null || wanted === undefined) continue;
    const column = header.columns.find((c) => c.label === wanted);
    if (!column) {
      problems.push(`${FIELD_SPECS[field].label}：表中没有“${wanted}”列`);
      continue;
    }
    index[field] = column.index;
    label[field] = column.label;
  }
  const units = {} as Record<MoneyField, MoneyUnit>;
  for (const field of MONEY_FIELDS) {
    units[field] = mapping.units?.[field] ?? unitOfHeader(label[field] ?? '') ?? 'wan';
  }
  const stageWords: Record<string, Stage> = {};
  for (const [word, stage] of Object.entries({ ...DEFAULT_STAGE_WORDS, ...mapping.stageWords })) {
    stageWords[normalizeLabel(word)] = stage;
  }
  return { columns: { index, label, units, stageWords }, problems };
}

const TOTAL_ROW = /^(合计|小计|总计|合\s*计)$/;

/** Reads the data rows under the header; empty rows and 合计 rows are passed over. */
export function readRows(
  sheet: LedgerSheet,
  header: HeaderChoice,
  columns: ResolvedColumns,
): { rows: RowValues[]; problems: RowProblem[] } {
  const rows: RowValues[] = [];
  const problems: RowProblem[] = [];
  const first = header.headerRow + header.headerRows - 1;
  for (let r = first; r < sheet.rows.length; r += 1) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every((c) => cellText(c) === '')) continue;
    if (cells.slice(0, 4).some((c) => TOTAL_ROW.test(lineText(c)))) continue;
    const read = readRow(r + 1, cells, columns);
    problems.push(...read.problems);
    if (read.problems.length === 0) rows.push(read.values);
  }
  return { rows, problems };
}

function readRow(
  row: number,
  cells: CellValue[],
  columns: ResolvedColumns,
): { values: RowValues; problems: RowProblem[] } {
  const values: RowValues = { row, text: {}, money: {}, dates: {} };
  const problems: RowProblem[] = [];
  const problem = (field: LedgerField, message: string) =>
    problems.push({ row, field, column: FIELD_SPECS[field].label, message });
  const cell = (field: LedgerField): CellValue => {
    const i = columns.index[field];
    return i === undefined ? null : (cells[i] ?? null);
  };
  const text = (field: LedgerField, multiline = false): string | undefined => {
    const value = multiline ? cellText(cell(field)) : lineText(cell(field));
    const max = MAX_CHARS[field] ?? 200;
    if (value.length > max) {
      problem(field, `内容超过 ${max} 个字`);
      return undefined;
    }
    return value === '' ? undefined : value;
  };
  for (const field of TEXT_FIELDS) {
    const value = text(field);
    if (value !== undefined) values.text[field] = value;
  }
  if (!values.text.name) problem('name', '项目名称为空');
  for (const field of MONEY_FIELDS) {
    if (columns.index[field] === undefined || cellText(cell(field)) === '') continue;
    const parsed = parseMoneyCell(cell(field), columns.units[field]);
    if (parsed.ok) values.money[field] = parsed.wan;
    else problem(field, parsed.message);
  }
  const stageText = lineText(cell('stage'));
  if (stageText !== '') {
    const stage = columns.stageWords[normalizeLabel(stageText)];
    if (stage) values.stage = stage;
    else problem('stage', `无法识别阶段“${stageText.slice(0, 20)}”，请在阶段对照表中指定`);
  }
  for (const [field, stage] of Object.entries(DATE_FIELDS) as [keyof typeof DATE_FIELDS, Stage][]) {
    const parsed = parseDateCell(cell(field));
    if (!parsed.ok) problem(field, parsed.message);
    else if (parsed.value) values.dates[stage] = parsed.value;
  }
  const stageDate = parseDateCell(cell('stageDate'));
  if (!stageDate.ok) problem('stageDate', stageDate.message);
  else if (stageDate.value) values.stageDate = stageDate.value;
  values.progress = text('progress', true);
  values.notes = text('notes', true);
  return { values, problems };
}
