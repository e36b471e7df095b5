// History entries for changes to a folio's lists, worded so 工作周报 can read them back.
import type {
  AttachmentRef,
  Blocker,
  ChecklistItem,
  Contact,
  PolicyItem,
  ProgressEntry,
} from '../model/folio-parts';
import type { Folio } from '../model/records';
import {
  BLOCKER_STATUS_LABELS,
  FINANCE_KIND_LABELS,
  POLICY_KIND_LABELS,
  POLICY_STATUS_LABELS,
  clip,
  showDate,
  showWan,
  showYesNo,
} from '../model/display-text';

/** A change to record, before it gets its time and author. */
export interface HistoryChange {
  field: string;
  from: string;
  to: string;
  /** Who the entry names as doing it (填报人, 销号人), when that is not the operator. */
  by?: string;
}

interface Part<T> {
  label: string;
  show: (item: T) => string;
}

interface Told {
  from: string;
  to: string;
  /** Who the change names as doing it (the 销号人). */
  by?: string;
  /** Labels of the parts this change already tells. */
  covers: readonly string[];
}

/**
 * The wording of the entries a 工作周报 reads back (briefings/period-events.ts): the history
 * keeps display text, so each phrase is written and recognised here, in one place.
 */
export const TOLD = {
  added: (title: string) => `新增“${title}”`,
  struck: (title: string, doneOn: string, doneBy: string) =>
    `销号“${title}”（${doneOn}，${doneBy}）`,
  status: (title: string, status: Blocker['status'], solvedOn?: string | null) =>
    `“${title}”：${BLOCKER_STATUS_LABELS[status]}${solvedOn ? `（${solvedOn}）` : ''}`,
};
export const READ_BACK = {
  /** `新增“title”` → the quoted title. */
  added: /^新增(“.*”)$/,
  /** `销号“title”（date，by）` → the quoted title, and who struck it off. */
  struck: /^销号(“.*”)（[^，]*，(.*)）$/,
  /** `“title”：已解决（date）` → the quoted title. */
  solved: new RegExp(`^(“.*”)：${BLOCKER_STATUS_LABELS.solved}`),
};

interface ListSpec<T> {
  field: string;
  title: (item: T) => string;
  parts: readonly Part<T>[];
  /** A change told in its own words (销号, a status move) instead of as a plain edit. */
  told?: (before: T, after: T, title: string) => Told | null;
  /** The person an added item names as doing it (a progress post's 填报人). */
  by?: (item: T) => string;
}

const shown = <T>(part: Part<T>, item: T) => `${part.label}：${part.show(item) || '无'}`;

/** One entry per added, removed or edited item, matched by id. */
function listChanges<T extends { id: string }>(
  spec: ListSpec<T>,
  before: readonly T[],
  after: readonly T[],
): HistoryChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set<string>();
  const out: HistoryChange[] = [];
  const add = (from: string, to: string, by = '') =>
    out.push(by ? { field: spec.field, from, to, by } : { field: spec.field, from, to });
  for (const item of after) {
    kept.add(item.id);
    const title = spec.title(item);
    const prev = old.get(item.id);
    if (!prev) {
      add('', TOLD.added(title), spec.by?.(item).trim());
      continue;
    }
    const told = spec.told?.(prev, item, title) ?? null;
    if (told) add(told.from, told.to, told.by?.trim());
    const changed = spec.parts.filter(
      (p) => !told?.covers.includes(p.label) && p.show(prev) !== p.show(item),
    );
    if (changed.length > 0) {
      add(
        changed.map((p) => shown(p, prev)).join('；'),
        `修改“${title}”：${changed.map((p) => shown(p, item)).join('；')}`,
      );
    }
  }
  for (const item of before) if (!kept.has(item.id)) add('', `删除“${spec.title(item)}”`);
  return out;
}

const checklist = (field: string): ListSpec<ChecklistItem> => ({
  field,
  title: (i) => clip(i.text, 60),
  parts: [
    { label: '事项', show: (i) => clip(i.text) },
    { label: '责任人', show: (i) => i.owner },
    { label: '期限', show: (i) => showDate(i.due) },
    { label: '销号日期', show: (i) => showDate(i.doneOn) },
    { label: '销号人', show: (i) => i.doneBy },
  ],
  told: (prev, item, title) => {
    const covers = ['销号日期', '销号人'];
    if (!prev.doneOn && item.doneOn) {
      return {
        from: '',
        to: TOLD.struck(title, item.doneOn, item.doneBy),
        covers,
        by: item.doneBy,
      };
    }
    if (prev.doneOn && !item.doneOn) return { from: '', to: `撤销销号“${title}”`, covers };
    return null;
  },
});

const blockers: ListSpec<Blocker> = {
  field: '堵点',
  title: (b) => clip(b.problem, 60),
  parts: [
    { label: '问题', show: (b) => clip(b.problem) },
    { label: '提出日期', show: (b) => b.raisedOn },
    { label: '责任部门', show: (b) => b.department },
    { label: '状态', show: (b) => BLOCKER_STATUS_LABELS[b.status] },
    { label: '解决情况', show: (b) => clip(b.resolution) },
    { label: '解决日期', show: (b) => showDate(b.solvedOn) },
    { label: '现场办公', show: (b) => showYesNo(b.onSite) },
  ],
  told: (prev, item, title) => {
    if (prev.status === item.status) return null;
    // A newly solved blocker tells its day in the same entry.
    const solvedNow = item.status === 'solved' && item.solvedOn !== prev.solvedOn;
    return {
      from: TOLD.status(title, prev.status),
      to: TOLD.status(title, item.status, solvedNow ? item.solvedOn : null),
      covers: solvedNow ? ['状态', '解决日期'] : ['状态'],
    };
  },
};

const progress: ListSpec<ProgressEntry> = {
  field: '日晒进度',
  title: (p) => `${p.date} ${clip(p.text, 40)}`,
  parts: [
    { label: '日期', show: (p) => p.date },
    { label: '填报人', show: (p) => p.author },
    { label: '内容', show: (p) => clip(p.text) },
  ],
  by: (p) => p.author,
};

const policies: ListSpec<PolicyItem> = {
  field: '政策包',
  title: (p) => clip(p.content, 60),
  parts: [
    { label: '类型', show: (p) => POLICY_KIND_LABELS[p.kind] },
    { label: '融资方式', show: (p) => (p.financeKind ? FINANCE_KIND_LABELS[p.financeKind] : '') },
    { label: '内容', show: (p) => clip(p.content) },
    { label: '金额', show: (p) => showWan(p.amount) },
    { label: '状态', show: (p) => POLICY_STATUS_LABELS[p.status] },
  ],
  told: (prev, item, title) =>
    prev.status === item.status
      ? null
      : {
          from: `“${title}”：${POLICY_STATUS_LABELS[prev.status]}`,
          to: `“${title}”：${POLICY_STATUS_LABELS[item.status]}`,
          covers: ['状态'],
        },
};

const contacts: ListSpec<Contact> = {
  field: '联系人',
  title: (c) => c.name,
  parts: [
    { label: '姓名', show: (c) => c.name },
    { label: '职务', show: (c) => c.title },
    { label: '电话', show: (c) => c.phone },
    { label: '备注', show: (c) => clip(c.note) },
  ],
};

const attachments: ListSpec<AttachmentRef> = {
  field: '附件',
  title: (a) => a.name,
  parts: [{ label: '文件名', show: (a) => a.name }],
};

/** The changes to a folio's checklists, blockers, progress log, policies, contacts and files. */
export function listHistory(before: Folio, after: Folio): HistoryChange[] {
  return [
    ...listChanges(checklist('需求侧清单'), before.demandItems, after.demandItems),
    ...listChanges(checklist('供给侧清单'), before.supplyItems, after.supplyItems),
    ...listChanges(blockers, before.blockers, after.blockers),
    ...listChanges(progress, before.progress, after.progress),
    ...listChanges(policies, before.policies, after.policies),
    ...listChanges(contacts, before.contacts, after.contacts),
    ...listChanges(attachments, before.attachments, after.attachments),
  ];
}
