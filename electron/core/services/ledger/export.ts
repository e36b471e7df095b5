// Exports the folio list, opportunity list or a group's 月调度 table as a formatted .xlsx file.
import type ExcelJS from 'exceljs';
import type { ParsedInputOf } from '../../api/contract';
import { DossierError } from '../../api/errors';
import { loadExcel } from '../../ledger/excel';
import type { LedgerExportFile } from '../../api/ledger-views';
import type { Folio } from '../../model/records';
import { periodEvents } from '../briefings/period-events';
import { folioMatcher } from '../folios/filter';
import { openBlockers } from '../../model/folio-status';
import type { Session } from '../session';
import { STAGE_LABELS } from '../../model/display-text';
import { type NameLookup, byName, nameLookup } from '../summaries';

type ExportInput = ParsedInputOf<'ledger.export'>;
type Cell = string | number | Date | null;

interface Column {
  header: string;
  width: number;
  value: (f: Folio) => Cell;
  numFmt?: string;
  wrap?: boolean;
  hidden?: boolean;
}

const WAN = '#,##0';
const YI = '#,##0.00';
const DATE = 'yyyy-mm-dd';
/** The header of the hidden column that lets a re-import find the same folios. */
export const ID_HEADER = '卷宗编号';

const dateOf = (iso: string | undefined | null): Date | null =>
  iso ? new Date(`${iso}T00:00:00Z`) : null;
const yi = (wan: number) => Math.round(wan) / 10_000;
const latest = (f: Folio) =>
  f.progress.reduce<Folio['progress'][number] | null>(
    (last, p) => (!last || p.date >= last.date ? p : last),
    null,
  );

function folioColumns(names: NameLookup): Column[] {
  return [
    { header: '项目名称', width: 32, value: (f) => f.name },
    { header: '所属专班', width: 20, value: (f) => names.group(f.groupId) },
    { header: '项目阶段', width: 12, value: (f) => STAGE_LABELS[f.stage] },
    { header: '阶段日期', width: 12, value: (f) => dateOf(f.stageDates[f.stage]), numFmt: DATE },
    { header: '产业链', width: 14, value: (f) => f.chain },
    { header: '所在地', width: 14, value: (f) => f.location },
    { header: '投资方', width: 24, value: (f) => names.enterprise(f.enterpriseId) },
    { header: '总投资（万元）', width: 14, value: (f) => f.totalInvestment, numFmt: WAN },
    { header: '总投资（亿元）', width: 14, value: (f) => yi(f.totalInvestment), numFmt: YI },
    { header: '到位资金（万元）', width: 16, value: (f) => f.fundsInPlace, numFmt: WAN },
    { header: '包抓领导', width: 12, value: (f) => names.person(f.leaderId) },
    { header: '项目管家', width: 12, value: (f) => names.person(f.stewardId) },
    { header: '签约时间', width: 12, value: (f) => dateOf(f.stageDates.signed), numFmt: DATE },
    { header: '开工时间', width: 12, value: (f) => dateOf(f.stageDates.started), numFmt: DATE },
    { header: '投产时间', width: 12, value: (f) => dateOf(f.stageDates.producing), numFmt: DATE },
    { header: '最新进展', width: 40, value: (f) => latest(f)?.text ?? '', wrap: true },
    { header: '进展日期', width: 12, value: (f) => dateOf(latest(f)?.date), numFmt: DATE },
    { header: '责任单位', width: 18, value: (f) => f.responsibleUnit },
    { header: ID_HEADER, width: 28, value: (f) => f.id, hidden: true },
  ];
}

function opportunityColumns(names: NameLookup): Column[] {
  const contact = (f: Folio) => f.contacts[0];
  return [
    { header: '项目名称', width: 32, value: (f) => f.name },
    { header: '产业链', width: 14, value: (f) => f.chain },
    { header: '项目简介', width: 48, value: (f) => f.notes.slice(0, 30_000), wrap: true },
    { header: '总投资（亿元）', width: 14, value: (f) => yi(f.totalInvestment), numFmt: YI },
    { header: '所在地', width: 14, value: (f) => f.location },
    { header: '项目阶段', width: 12, value: (f) => STAGE_LABELS[f.stage] },
    { header: '投资方', width: 24, value: (f) => names.enterprise(f.enterpriseId) },
    { header: '联系人', width: 12, value: (f) => contact(f)?.name ?? '' },
    { header: '电话', width: 16, value: (f) => contact(f)?.phone ?? '' },
    { header: ID_HEADER, width: 28, value: (f) => f.id, hidden: true },
  ];
}

function reportColumns(
  names: NameLookup,
  from: string,
  to: string,
  funds: Map<string, number>,
): Column[] {
  const inPeriod = (date: string) => date >= from && date <= to;
  return [
    { header: '项目名称', width: 32, value: (f) => f.name },
    { header: '总投资（亿元）', width: 14, value: (f) => yi(f.totalInvestment), numFmt: YI },
    { header: '项目阶段', width: 12, value: (f) => STAGE_LABELS[f.stage] },
    {
      header: '本期进展',
      width: 48,
      wrap: true,
      value: (f) =>
        f.progress
          .filter((p) => inPeriod(p.date))
          .map((p) => `${p.date.slice(5).replace('-', '月')}日：${p.text}`)
          .join('\n'),
    },
    {
      header: '存在问题',
      width: 36,
      wrap: true,
      value: (f) =>
        openBlockers(f)
          .map((b) => b.problem)
          .join('\n'),
    },
    { header: '到位资金（万元）', width: 16, value: (f) => f.fundsInPlace, numFmt: WAN },
    { header: '本期新增到位（万元）', width: 18, value: (f) => funds.get(f.id) ?? 0, numFmt: WAN },
    { header: '包抓领导', width: 12, value: (f) => names.person(f.leaderId) },
    { header: '项目管家', width: 12, value: (f) => names.person(f.stewardId) },
    { header: ID_HEADER, width: 28, value: (f) => f.id, hidden: true },
  ];
}

/** One sheet: Chinese headers, numbers with formats, dates as dates, frozen header, filters. */
function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string | null,
  columns: Column[],
  folios: Folio[],
) {
  const ws = book.addWorksheet(name);
  const headerRow = title ? 2 : 1;
  if (title) {
    ws.mergeCells(1, 1, 1, columns.length);
    const cell = ws.getCell(1, 1);
    cell.value = title;
    cell.font = { bold: true, size: 16 };
    cell.alignment = { horizontal: 'center' };
  }
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    column.hidden = c.hidden ?? false;
    if (c.numFmt) column.numFmt = c.numFmt;
    if (c.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  });
  const header = ws.getRow(headerRow);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const folio of folios) ws.addRow(columns.map((c) => c.value(folio)));
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }];
  ws.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + folios.length, column: columns.length },
  };
}

function pickFolios(session: Session, input: ExportInput): Folio[] {
  const store = session.store();
  if (input.order) {
    return input.order.flatMap((id) => store.get('folios', id) ?? []);
  }
  const matches = folioMatcher(input.filter ?? {}, session.today());
  return [...store.all('folios')].filter(matches).sort(byName);
}

function period(session: Session, input: ExportInput): { from: string; to: string } {
  const to = input.to ?? session.today();
  const from = input.from ?? new Date(Date.parse(to) - 29 * 86_400_000).toISOString().slice(0, 10);
  if (from > to) {
    throw new DossierError('validation', '开始日期不能晚于结束日期', [
      { path: 'from', message: '开始日期晚于结束日期' },
    ]);
  }
  return { from, to };
}

/** The folio list, the opportunity list or a group's 月调度 table as an .xlsx file. */
export async function exportLedger(
  session: Session,
  input: ExportInput,
): Promise<LedgerExportFile> {
  const store = session.store();
  const names = nameLookup(store);
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = '招商卷宗';
  let folios: Folio[];
  let fileName: string;
  if (input.kind === 'folios') {
    folios = pickFolios(session, input);
    addSheet(book, '项目台账', null, folioColumns(names), folios);
    fileName = `项目台账-${session.today()}.xlsx`;
  } else if (input.kind === 'opportunities') {
    const groupId = input.filter?.groupId;
    folios = [...store.all('folios')]
      .filter((f) => f.stage !== 'dropped' && (!groupId || f.groupId === groupId))
      .sort((a, b) => b.totalInvestment - a.totalInvestment || byName(a, b));
    addSheet(book, '投资机会清单', null, opportunityColumns(names), folios);
    fileName = `投资机会清单-${session.today()}.xlsx`;
  } else {
    const groupId = input.filter?.groupId;
    const group = groupId ? store.get('groups', groupId) : undefined;
    if (!group) {
      throw new DossierError('validation', '请选择要导出月调度表的专班', [
        { path: 'filter.groupId', message: '请选择专班' },
      ]);
    }
    const { from, to } = period(session, input);
    folios = [...store.all('folios')].filter((f) => f.groupId === group.id).sort(byName);
    const funds = new Map<string, number>();
    const byName_ = new Map(folios.map((f) => [f.name, f.id]));
    for (const e of periodEvents(folios, from, to).funds) {
      const id = byName_.get(e.folio);
      if (id) funds.set(id, (funds.get(id) ?? 0) + e.to - e.from);
    }
    const title = `${group.name}月调度表（${from} 至 ${to}）`;
    addSheet(book, '月调度', title, reportColumns(names, from, to, funds), folios);
    fileName = `${group.name}-月调度-${to}.xlsx`;
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName, dataBase64: buffer.toString('base64'), rows: folios.length };
}
