// 工作周报 / 月调度 template: a working group's period, its stage moves, funds and progress.
import type { Block, Briefing } from '../model';
import {
  annotate,
  type DocHead,
  briefing,
  chineseDate,
  chinesePeriod,
  col,
  heading,
  numberedTable,
  paragraph,
  plainWan,
  wan,
  yi,
} from './common';

/** Something that happened to a folio in the period, as its history tells it. */
export interface PeriodEvent {
  folio: string;
  /** YYYY-MM-DD, the day it was recorded. */
  date: string;
  text: string;
}

export interface StageMoveEvent extends PeriodEvent {
  from: string;
  to: string;
}

export interface FundsEvent extends PeriodEvent {
  /** 万元, before and after the edit. */
  from: number;
  to: number;
}

export interface GroupReportData {
  head: DocHead;
  groupName: string;
  period: 'week' | 'month';
  from: string;
  to: string;
  folioCount: number;
  /** 万元, the group's folios as they stand today. */
  totalInvestment: number;
  fundsInPlace: number;
  newFolios: readonly PeriodEvent[];
  stageMoves: readonly StageMoveEvent[];
  funds: readonly FundsEvent[];
  struck: readonly PeriodEvent[];
  blockersOpened: readonly PeriodEvent[];
  blockersSolved: readonly PeriodEvent[];
  progress: readonly PeriodEvent[];
  /** Folios with no progress entry for too long at the period's end. */
  stale: readonly { folio: string; lastProgressOn: string | null; staleDays: number }[];
}

/** Progress posts printed; the rest are counted. */
export const REPORT_PROGRESS_CAP = 30;

const eventList = (events: readonly PeriodEvent[]): Block => ({
  kind: 'list',
  ordered: true,
  items: events.map((e) => annotate(`${e.folio}：${e.text}`, chineseDate(e.date))),
});

/** A part of 本期工作进展: its heading and blocks, or null when nothing happened. */
interface Part {
  title: string;
  blocks: Block[] | null;
}

const eventPart = (title: string, events: readonly PeriodEvent[]): Part => ({
  title,
  blocks: events.length > 0 ? [eventList(events)] : null,
});

/** The parts that have something, each under its heading; the empty ones named in one line. */
function periodWork(parts: readonly Part[]): Block[] {
  const out: Block[] = [];
  const empty: string[] = [];
  for (const part of parts) {
    if (part.blocks) out.push(heading(2, part.title), ...part.blocks);
    else empty.push(part.title);
  }
  if (out.length === 0) return [paragraph('本期无项目变动记录。')];
  if (empty.length > 0) out.push(paragraph(`本期无${empty.join('、')}记录。`));
  return out;
}

function overview(d: GroupReportData): Block {
  const span = `${chinesePeriod(d.from, d.to)}`;
  if (d.folioCount === 0) return paragraph(`${d.groupName}暂无项目。本期（${span}）无工作记录。`);
  const base =
    `${d.groupName}共有项目 ${d.folioCount} 个，总投资 ${yi(d.totalInvestment)}，` +
    `已到位资金 ${yi(d.fundsInPlace)}。`;
  const added = d.funds.reduce((s, f) => s + (f.to - f.from), 0);
  const counts = [
    d.newFolios.length > 0 ? `新增项目 ${d.newFolios.length} 个` : '',
    d.stageMoves.length > 0 ? `阶段变动 ${d.stageMoves.length} 次` : '',
    added !== 0 ? `到位资金${added > 0 ? '增加' : '减少'} ${wan(Math.abs(added))}` : '',
    d.struck.length > 0 ? `清单事项销号 ${d.struck.length} 项` : '',
    d.blockersOpened.length > 0 ? `新增堵点 ${d.blockersOpened.length} 个` : '',
    d.blockersSolved.length > 0 ? `解决堵点 ${d.blockersSolved.length} 个` : '',
    d.progress.length > 0 ? `报送进度 ${d.progress.length} 条` : '',
  ].filter(Boolean);
  const period =
    counts.length > 0 ? `本期（${span}）${counts.join('，')}。` : `本期（${span}）无项目变动记录。`;
  const stale = d.stale.length > 0 ? `另有 ${d.stale.length} 个项目进度更新不及时，需督促。` : '';
  return paragraph(base + period + stale);
}

function stageMoves(d: GroupReportData): Part {
  if (d.stageMoves.length === 0) return { title: '阶段变动', blocks: null };
  const table = numberedTable(
    {
      numberWidth: 0.08,
      columns: [
        col('项目名称', 0.4),
        col('原阶段', 0.16, 'center'),
        col('现阶段', 0.2, 'center'),
        col('记录日期', 0.16, 'center'),
      ],
    },
    d.stageMoves,
    (m) => [m.folio, m.from, m.to, m.date],
  );
  return { title: '阶段变动', blocks: [table] };
}

const signedWan = (n: number) => (n < 0 ? '−' : '') + plainWan(Math.abs(n));

function funds(d: GroupReportData): Part {
  if (d.funds.length === 0) return { title: '资金到位', blocks: null };
  const sum = d.funds.reduce((s, f) => s + (f.to - f.from), 0);
  const table = numberedTable(
    {
      caption: '本期到位资金变化（万元）',
      numberWidth: 0.08,
      columns: [
        col('项目名称', 0.41),
        col('原到位', 0.17, 'right'),
        col('现到位', 0.17, 'right'),
        col('本期新增', 0.17, 'right'),
      ],
    },
    d.funds,
    (f) => [f.folio, plainWan(f.from), plainWan(f.to), signedWan(f.to - f.from)],
    ['合计', '', '', '', signedWan(sum)],
  );
  return { title: '资金到位', blocks: [table] };
}

function progress(d: GroupReportData): Part {
  const shown = d.progress.slice(0, REPORT_PROGRESS_CAP);
  const left = d.progress.length - shown.length;
  if (shown.length === 0) return { title: '进度报送', blocks: null };
  return {
    title: '进度报送',
    blocks: [
      eventList(shown),
      ...(left > 0 ? [paragraph(`另有进度记录 ${left} 条，未列出。`)] : []),
    ],
  };
}

function stale(d: GroupReportData): Block[] {
  if (d.stale.length === 0) return [paragraph('专班各项目进度均按时更新。')];
  return [
    {
      kind: 'list',
      ordered: true,
      items: d.stale.map(
        (s) =>
          `${s.folio}：${s.lastProgressOn ? `最近一次进度为${chineseDate(s.lastProgressOn)}` : '尚无进度记录'}，已 ${s.staleDays} 天未更新。`,
      ),
    },
  ];
}

/** 工作周报 / 月调度: what a working group's folios went through over a period, from history. */
export function groupReport(d: GroupReportData): Briefing {
  const title = `${d.groupName}${d.period === 'week' ? '工作周报' : '月调度报告'}`;
  const blocks: Block[] = [heading(1, '总体情况'), overview(d)];
  if (d.folioCount > 0) {
    blocks.push(
      heading(1, '本期工作进展'),
      ...periodWork([
        eventPart('新增项目', d.newFolios),
        stageMoves(d),
        funds(d),
        eventPart('清单销号', d.struck),
        eventPart('新增堵点', d.blockersOpened),
        eventPart('解决堵点', d.blockersSolved),
        progress(d),
      ]),
      heading(1, '需督促的项目'),
      ...stale(d),
    );
  }
  return briefing(d.head, title, blocks, `（${chinesePeriod(d.from, d.to)}）`);
}
