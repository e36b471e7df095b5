// Plans a ledger import: what each row would do, and the one change set that does it.
import type { LedgerAction, LedgerPreview, LedgerProblem } from '../../api/ledger-views';
import type { Stage } from '../../model/enums';
import { type LedgerMapping, LEDGER_FIELDS } from '../../model/ledger-mapping';
import type { Folio } from '../../model/records';
import type { ChangeSet } from '../../store/types';
import { normalizeLabel } from '../../ledger/fields';
import { chooseHeader, headerSignature, type HeaderChoice } from '../../ledger/header';
import type { LedgerBook, LedgerSheet } from '../../ledger/read-file';
import { readRows, resolveColumns, type RowValues } from '../../ledger/rows';
import { lineText } from '../../ledger/values';
import type { Session } from '../session';
import { LedgerDirectory } from './directory';
import {
  createFromRow,
  previewRow,
  problemText,
  problemsOf,
  updateFromRow,
} from './rows-to-folios';

const MAX_PREVIEW_ROWS = 2_000;
const MAX_PROBLEMS = 500;
/** The group of rows that name none, when the mapping names none either. */
export const DEFAULT_IMPORT_GROUP = '台账导入项目';

export interface ImportPlan {
  preview: LedgerPreview;
  change: ChangeSet;
  problemRows: number;
}

function pickSheet(book: LedgerBook, mapping: LedgerMapping): LedgerSheet {
  if (mapping.sheet !== undefined) {
    const named = book.sheets.find((s) => s.name === mapping.sheet);
    if (named) return named;
  }
  return book.sheets.find((s) => !s.hidden) ?? (book.sheets[0] as LedgerSheet);
}

/** A mapping saved for a file with these headers, under the officer's explicit choices. */
function withSaved(session: Session, header: HeaderChoice, mapping: LedgerMapping) {
  const saved = session.store().meta.ledgerMappings ?? [];
  const signature = headerSignature(header.columns);
  const found = saved.find((s) => s.headers === signature);
  if (!found || mapping.columns !== undefined) return { mapping, used: false };
  return { mapping: { ...found.mapping, ...mapping }, used: true };
}

function sheetStageWords(
  sheet: LedgerSheet,
  header: HeaderChoice,
  index: number | undefined,
  table: Record<string, Stage>,
) {
  if (index === undefined) return [];
  const words = new Set<string>();
  for (let r = header.headerRow + header.headerRows - 1; r < sheet.rows.length; r += 1) {
    const word = lineText(sheet.rows[r]?.[index] ?? null);
    if (word && words.size < 200) words.add(word);
  }
  return [...words].map((word) => ({ word, stage: table[normalizeLabel(word)] ?? null }));
}

function samplesOf(sheet: LedgerSheet, header: HeaderChoice, index: number): string[] {
  const start = header.headerRow + header.headerRows - 1;
  return sheet.rows.slice(start, start + 3).map((row) => lineText(row[index] ?? null).slice(0, 40));
}

/**
 * What importing `book` under `mapping` would do, and the one change set that does it. Nothing
 * is written here: the preview calls it to show, and apply calls it again inside its exclusive
 * section, against the state it then commits to.
 */
export function planImport(
  session: Session,
  book: LedgerBook,
  fileName: string,
  asked: LedgerMapping,
): ImportPlan {
  const sheet = pickSheet(book, asked);
  const firstHeader = chooseHeader(sheet, asked);
  const { mapping, used } = withSaved(session, firstHeader, asked);
  const header = used ? chooseHeader(sheet, mapping) : firstHeader;
  const { columns, problems: columnProblems } = resolveColumns(header, mapping);
  const problems: LedgerProblem[] = columnProblems.map((message) => ({
    row: null,
    column: '列对应',
    message,
    text: message,
  }));
  if (columns.index.name === undefined) {
    const message = '没有找到“项目名称”列，请选择表头行或指定项目名称所在的列';
    problems.push({ row: null, column: '项目名称', message, text: message });
  }
  const read =
    columns.index.name === undefined
      ? { rows: [], problems: [] }
      : readRows(sheet, header, columns);
  for (const p of read.problems) {
    problems.push({
      row: p.row,
      column: p.column,
      message: p.message,
      text: problemText(p.row, p.column, p.message),
    });
  }
  const sheetDate = mapping.sheetDate ?? session.today();
  const directory = new LedgerDirectory(session);
  const store = session.store();
  const byGroupName = new Map<string, Folio>();
  for (const folio of store.all('folios'))
    byGroupName.set(`${folio.groupId}\u0001${folio.name}`, folio);
  const seen = new Map<string, number>();
  const counts: Record<LedgerAction, number> = { new: 0, update: 0, unchanged: 0, problem: 0 };
  const rows: LedgerPreview['rows'] = [];
  const folios: Folio[] = [];
  const problemRows = new Set(read.problems.map((p) => p.row));
  counts.problem = problemRows.size;
  for (const values of read.rows) {
    const outcome = planRow(values);
    counts[outcome.action] += 1;
    if (rows.length < MAX_PREVIEW_ROWS) rows.push(outcome);
  }

  function planRow(values: RowValues) {
    const groupName = values.text.group ?? mapping.defaultGroup ?? DEFAULT_IMPORT_GROUP;
    const byId = values.text.id ? store.get('folios', values.text.id) : undefined;
    const groupId = byId && !values.text.group ? byId.groupId : directory.group(groupName);
    const ctx = { session, directory, groupId, sheetDate };
    const key = `${groupId}\u0001${values.text.name ?? ''}`;
    const current = byId ?? byGroupName.get(key);
    const earlier = seen.get(current?.id ?? key);
    const fail = (found: LedgerProblem[]) => {
      problems.push(...found);
      problemRows.add(values.row);
      return previewRow(values, 'problem', groupName, current?.id ?? null);
    };
    if (earlier !== undefined) {
      const message = `与第 ${earlier} 行是同一个项目，请合并后再导入`;
      return fail([
        {
          row: values.row,
          column: '项目名称',
          message,
          text: problemText(values.row, '项目名称', message),
        },
      ]);
    }
    seen.set(current?.id ?? key, values.row);
    try {
      if (!current) {
        const folio = createFromRow(values, ctx);
        folios.push(folio);
        return previewRow(values, 'new', groupName, folio.id);
      }
      const update = updateFromRow(current, values, ctx);
      if (!update)
        return previewRow(values, 'unchanged', directory.groupName(current.groupId), current.id);
      folios.push(update.next);
      return previewRow(values, 'update', groupName, current.id, update.changes);
    } catch (error) {
      return fail(problemsOf(values.row, error));
    }
  }

  const change: ChangeSet = { put: { folios } };
  if (directory.newPeople.length > 0) change.put = { ...change.put, people: directory.newPeople };
  if (directory.newGroups.length > 0) change.put = { ...change.put, groups: directory.newGroups };
  if (directory.newEnterprises.length > 0)
    change.put = { ...change.put, enterprises: directory.newEnterprises };
  const fields: LedgerPreview['fields'] = {};
  for (const f of LEDGER_FIELDS) if (columns.label[f] !== undefined) fields[f] = columns.label[f];
  return {
    change,
    problemRows: problemRows.size + (columns.index.name === undefined ? 1 : 0),
    preview: {
      fileName,
      kind: book.kind,
      sheets: book.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows.length })),
      sheet: sheet.name,
      sheetHidden: sheet.hidden,
      headerRow: header.headerRow,
      headerRows: header.headerRows,
      columns: header.columns.map((c) => ({ ...c, samples: samplesOf(sheet, header, c.index) })),
      fields,
      proposals: header.proposals,
      units: columns.units,
      stageWords: sheetStageWords(sheet, header, columns.index.stage, columns.stageWords),
      sheetDate,
      savedMapping: used,
      counts,
      rows,
      problems: problems.slice(0, MAX_PROBLEMS),
      newPeople: directory.newPeople.map((p) => p.name),
      newGroups: directory.newGroups.map((g) => g.name),
      newEnterprises: directory.newEnterprises.map((e) => e.name),
    },
  };
}
