// 项目简报 template: one folio's facts, people, progress, blockers and next steps for a leader.
import type { Blocker, ChecklistItem } from '../../model/folio-parts';
import { STAGE_PATH } from '../../model/enums';
import type { Folio, Person } from '../../model/records';
import { BLOCKER_STATUS_LABELS } from '../../model/display-text';
import { isOverdue, openBlockers } from '../../model/folio-status';
import { STAGE_LABELS } from '../../model/display-text';
import type { Block, Briefing } from '../model';
import {
  annotate,
  type DocHead,
  briefing,
  chineseDate,
  col,
  numberedTable,
  filledItems,
  heading,
  newestFirst,
  paragraph,
  rate,
  wanAndYi,
} from './common';

export interface ProjectBriefData {
  head: DocHead;
  folio: Folio;
  groupName: string;
  enterpriseName: string;
  leader: Person | null;
  steward: Person | null;
}

/** Progress entries shown; older ones are counted, not printed. */
export const PROGRESS_CAP = 10;
/** Next steps listed; the rest are in the checklists above. */
const NEXT_STEPS_CAP = 8;

/** `王国先，市委副书记、市长`, with the phone when asked for; empty for nobody. */
export function personLine(p: Person | null, { withPhone = false } = {}): string {
  if (!p) return '';
  const phone = withPhone && p.phone ? `电话 ${p.phone}` : '';
  return [p.name, p.title, phone].filter(Boolean).join('，');
}

function basics(d: ProjectBriefData): Block[] {
  const f = d.folio;
  return [
    heading(1, '项目基本情况'),
    {
      // Empty fields are left out: a leader's page does not print 未填写.
      kind: 'keyValue',
      items: filledItems([
        { key: '项目名称', value: f.name },
        { key: '投资主体', value: d.enterpriseName },
        { key: '所属专班', value: d.groupName },
        { key: '产业链', value: f.chain },
        { key: '项目地点', value: f.location },
        { key: '责任单位', value: f.responsibleUnit },
        { key: '包抓领导', value: personLine(d.leader) },
        { key: '项目管家', value: personLine(d.steward, { withPhone: true }) },
      ]),
    },
    ...(f.notes.trim() ? [paragraph(f.notes.trim())] : []),
  ];
}

function stage(f: Folio): Block[] {
  const dated = [...STAGE_PATH, 'paused' as const, 'dropped' as const].filter(
    (s) => f.stageDates[s],
  );
  const since = f.stageDates[f.stage];
  const path = dated.map((s) => `${STAGE_LABELS[s]}（${chineseDate(f.stageDates[s])}）`);
  const reason = f.stageReason.trim();
  return [
    heading(1, '项目阶段'),
    paragraph(
      `项目当前处于“${STAGE_LABELS[f.stage]}”阶段${since ? `（${chineseDate(since)}起）` : ''}。` +
        (path.length > 1 ? `推进历程：${path.join('、')}。` : '') +
        (reason ? `阶段变更原因：${reason}` : ''),
    ),
  ];
}

function money(f: Folio): Block[] {
  return [
    heading(1, '投资情况'),
    {
      kind: 'keyValue',
      items: filledItems([
        { key: '总投资额', value: wanAndYi(f.totalInvestment) },
        { key: '到位资金', value: wanAndYi(f.fundsInPlace) },
        {
          key: '资金到位率',
          value: f.totalInvestment > 0 ? rate(f.fundsInPlace, f.totalInvestment) : '',
        },
        { key: '预计年产值', value: f.expectedOutput > 0 ? wanAndYi(f.expectedOutput) : '' },
      ]),
    },
  ];
}

function progress(f: Folio): Block[] {
  const { shown, leftOut } = newestFirst(f.progress, PROGRESS_CAP);
  if (shown.length === 0) return [heading(1, '推进情况'), paragraph('暂无进度记录。')];
  return [
    heading(1, '推进情况'),
    {
      kind: 'list',
      ordered: false,
      items: shown.map((p) => {
        const line = `${chineseDate(p.date)}：${p.text}`;
        return p.author ? annotate(line, p.author) : line;
      }),
    },
    ...(leftOut > 0 ? [paragraph(`另有较早的进度记录 ${leftOut} 条，未列出。`)] : []),
  ];
}

function itemState(item: ChecklistItem, today: string): string {
  if (item.doneOn) return [item.doneOn, item.doneBy].filter(Boolean).join(' ');
  return isOverdue(item, today) ? '逾期未销号' : '未销号';
}

function tally(items: readonly ChecklistItem[], today: string): string {
  const done = items.filter((i) => i.doneOn).length;
  const overdue = items.filter((i) => isOverdue(i, today)).length;
  if (done === items.length) return `共 ${items.length} 项，已全部对账销号。`;
  return (
    `共 ${items.length} 项，已对账销号 ${done} 项，未销号 ${items.length - done} 项` +
    (overdue > 0 ? `，其中逾期 ${overdue} 项。` : '。')
  );
}

function checklist(title: string, items: readonly ChecklistItem[], today: string): Block[] {
  if (items.length === 0) return [heading(1, title), paragraph('暂无清单事项。')];
  return [
    heading(1, title),
    paragraph(tally(items, today)),
    numberedTable(
      {
        numberWidth: 0.08,
        columns: [
          col('事项', 0.34),
          col('责任人/单位', 0.18),
          col('期限', 0.16, 'center'),
          col('销号情况', 0.24, 'center'),
        ],
      },
      items,
      (i) => [i.text, i.owner, i.due ?? '—', itemState(i, today)],
    ),
  ];
}

function blockers(f: Folio): Block[] {
  const open = openBlockers(f);
  const solved = f.blockers.filter((b) => b.status === 'solved').length;
  const head = heading(1, '堵点难点');
  const tally = `累计提出堵点 ${f.blockers.length} 个，已解决 ${solved} 个，未解决 ${open.length} 个。`;
  if (f.blockers.length === 0) return [head, paragraph('暂无堵点难点。')];
  if (open.length === 0) return [head, paragraph(`${tally}目前无未解决的堵点。`)];
  return [
    head,
    paragraph(tally),
    numberedTable(
      {
        numberWidth: 0.08,
        columns: [
          col('问题', 0.29),
          col('责任部门', 0.18),
          col('提出日期', 0.16, 'center'),
          col('进展', 0.29),
        ],
      },
      open,
      (b: Blocker) => [
        b.problem,
        b.department,
        b.raisedOn,
        `${BLOCKER_STATUS_LABELS[b.status]}${b.resolution ? `：${b.resolution}` : ''}`,
      ],
    ),
  ];
}

function stepNote(item: ChecklistItem, today: string): string {
  const when = !item.due ? '' : isOverdue(item, today) ? '已逾期' : `${chineseDate(item.due)}前`;
  const note = [item.owner, when].filter(Boolean).join('，');
  return note ? `（${note}）` : '';
}

/** Open blockers first, then open checklist items due soonest (overdue ones lead). */
function nextSteps(f: Folio, today: string): Block[] {
  const open = [...f.demandItems, ...f.supplyItems]
    .filter((i) => !i.doneOn)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const steps = [
    ...openBlockers(f).map(
      (b) => `协调解决“${b.problem}”${b.department ? `（${b.department}）` : ''}。`,
    ),
    ...open.map((i) => `推进“${i.text}”${stepNote(i, today)}。`),
  ];
  const head = heading(1, '下一步工作');
  if (steps.length === 0) return [head, paragraph('清单事项均已销号，暂无待办事项。')];
  const left = steps.length - NEXT_STEPS_CAP;
  return [
    head,
    { kind: 'list', ordered: true, items: steps.slice(0, NEXT_STEPS_CAP) },
    ...(left > 0 ? [paragraph(`另有待办事项 ${left} 项，见上列清单。`)] : []),
  ];
}

/** 项目简报: one folio on paper, as a leader reads it before a visit or a meeting. */
export function projectBrief(d: ProjectBriefData): Briefing {
  const f = d.folio;
  return briefing(
    d.head,
    `${f.name}简报`,
    [
      ...basics(d),
      ...stage(f),
      ...money(f),
      ...progress(f),
      ...checklist('需求侧清单', f.demandItems, d.head.today),
      ...checklist('要素保障供给侧清单', f.supplyItems, d.head.today),
      ...blockers(f),
      ...nextSteps(f, d.head.today),
    ],
    `（截至${chineseDate(d.head.today)}）`,
  );
}
