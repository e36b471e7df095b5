// Turns ledger rows into new folios or update patches, and folio refusals into row problems.
import { DossierError } from '../../api/errors';
import type { LedgerPreviewRow, LedgerProblem } from '../../api/ledger-views';
import { STAGE_PATH, type Stage } from '../../model/enums';
import type { Folio, StageDates } from '../../model/records';
import type { RowValues } from '../../ledger/rows';
import {
  type FolioCreate,
  type FolioEdit,
  draftFolioUpdate,
  draftNewFolio,
} from '../folios/handlers';
import { folioChanges } from '../history';
import { nameLookup } from '../summaries';
import type { Session } from '../session';
import type { LedgerDirectory } from './directory';

/** Field paths of the folio checks, in the ledger's column words. */
const PATH_LABELS: Record<string, string> = {
  name: '项目名称',
  totalInvestment: '总投资',
  fundsInPlace: '到位资金',
  location: '所在地',
  chain: '产业链',
  stage: '项目阶段',
  stageReason: '项目阶段',
  responsibleUnit: '责任单位',
  notes: '备注',
};

function columnOf(path: string): string {
  if (path.startsWith('stageDates')) return '阶段日期';
  if (path.startsWith('progress')) return '进展情况';
  if (path.startsWith('contacts')) return '联系人';
  return PATH_LABELS[path.split('.')[0] ?? ''] ?? path;
}

export function problemText(row: number | null, column: string, message: string): string {
  return `${row === null ? '' : `第 ${row} 行 `}${column}：${message}`;
}

/** The folio checks' refusal of one row, as problems of that row. */
export function problemsOf(row: number, error: unknown): LedgerProblem[] {
  if (!(error instanceof DossierError)) throw error;
  const fields = error.fields.length > 0 ? error.fields : [{ path: '', message: error.message }];
  return fields.map((f) => {
    const column = f.path ? columnOf(f.path) : '项目';
    return { row, column, message: f.message, text: problemText(row, column, f.message) };
  });
}

/** The stage a row states, else the furthest stage along the path its dates reach. */
function stageOf(values: RowValues): Stage | undefined {
  if (values.stage) return values.stage;
  return [...STAGE_PATH].reverse().find((s) => values.dates[s] !== undefined);
}

function datesOf(values: RowValues, stage: Stage | undefined, base: StageDates): StageDates {
  const dates: StageDates = { ...base, ...values.dates };
  if (stage && values.stageDate) dates[stage] = values.stageDate;
  return dates;
}

interface RowContext {
  session: Session;
  directory: LedgerDirectory;
  groupId: string;
  sheetDate: string;
}

/** The fields a row sets, as a create input or an update patch (only what the row states). */
function fieldsOf(values: RowValues, ctx: RowContext): FolioEdit {
  const t = values.text;
  const out: FolioEdit = { groupId: ctx.groupId };
  if (t.name) out.name = t.name;
  if (t.location !== undefined) out.location = t.location;
  if (t.chain !== undefined) out.chain = t.chain;
  if (t.responsibleUnit !== undefined) out.responsibleUnit = t.responsibleUnit;
  if (values.notes !== undefined) out.notes = values.notes;
  if (values.money.totalInvestment !== undefined)
    out.totalInvestment = values.money.totalInvestment;
  if (values.money.fundsInPlace !== undefined) out.fundsInPlace = values.money.fundsInPlace;
  if (t.leader) out.leaderId = ctx.directory.person(t.leader);
  if (t.steward) out.stewardId = ctx.directory.person(t.steward);
  if (t.enterprise) out.enterpriseId = ctx.directory.enterprise(t.enterprise);
  return out;
}

export function createFromRow(values: RowValues, ctx: RowContext): Folio {
  const stage = stageOf(values);
  const input: FolioCreate = {
    ...fieldsOf(values, ctx),
    name: values.text.name ?? '',
    groupId: ctx.groupId,
    stageDates: datesOf(values, stage, {}),
    ...(stage ? { stage } : {}),
    progress: values.progress ? [{ date: ctx.sheetDate, text: values.progress, author: '' }] : [],
    contacts: values.text.contactName
      ? [
          {
            name: values.text.contactName,
            phone: values.text.contactPhone ?? '',
            title: '',
            note: '',
          },
        ]
      : [],
  };
  return draftNewFolio(ctx.session, input, ctx.directory.pending);
}

type Patch = Record<string, unknown>;

/** Only what differs from the folio: an unchanged row gives an empty patch. */
function patchFor(current: Folio, values: RowValues, ctx: RowContext): Patch {
  const patch: Patch = {};
  for (const [key, value] of Object.entries(fieldsOf(values, ctx))) {
    if (current[key as keyof Folio] !== value) patch[key] = value;
  }
  const stage = stageOf(values) ?? current.stage;
  const dates = datesOf(values, stage, current.stageDates);
  const datesChanged = Object.entries(dates).some(([s, d]) => current.stageDates[s as Stage] !== d);
  if (stage !== current.stage) {
    patch.stage = stage;
    patch.stageDates = dates;
    patch.stageReason = '按台账更新';
  } else if (datesChanged) {
    patch.stageDates = dates;
  }
  if (values.progress && !current.progress.some((p) => p.text === values.progress)) {
    patch.progress = [
      ...current.progress,
      { date: ctx.sheetDate, text: values.progress, author: '' },
    ];
  }
  const contact = values.text.contactName;
  if (contact && !current.contacts.some((c) => c.name === contact)) {
    const phone = values.text.contactPhone ?? '';
    patch.contacts = [...current.contacts, { name: contact, phone, title: '', note: '' }];
  }
  return patch;
}

/** The update a row makes to `current`, or null when the row changes nothing. */
export function updateFromRow(
  current: Folio,
  values: RowValues,
  ctx: RowContext,
): { next: Folio; changes: string[] } | null {
  const patch = patchFor(current, values, ctx);
  if (Object.keys(patch).length === 0) return null;
  const next = draftFolioUpdate(ctx.session, current, patch as FolioEdit, ctx.directory.pending);
  const names = nameLookup(ctx.session.store());
  const changes = folioChanges(current, next, names).map((c) => c.field);
  return { next, changes: [...new Set(changes)] };
}

export function previewRow(
  values: RowValues,
  action: LedgerPreviewRow['action'],
  group: string,
  folioId: string | null,
  changes: string[] = [],
): LedgerPreviewRow {
  return { row: values.row, name: values.text.name ?? '', group, action, changes, folioId };
}
