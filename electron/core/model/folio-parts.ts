// The lists kept inside a folio: checklist items (对账销号), blockers (堵点) and their statuses.
import { z } from 'zod';
import {
  freeText,
  idSchema,
  isoDate,
  isoTimestamp,
  lineText,
  nameText,
  requiredFreeText,
  wanYuan,
} from './common';
import { BLOCKER_STATUSES, FINANCE_KINDS, POLICY_KINDS, POLICY_STATUSES } from './enum-values';

export { BLOCKER_STATUSES, FINANCE_KINDS, POLICY_KINDS, POLICY_STATUSES };

/*
 * The parts of a folio an officer keeps beside its basic fields. Each item has its own id
 * so edits from two colleagues' copies can later be matched item by item.
 */

/** 需求侧 / 要素保障供给侧 checklist item, struck off (对账销号) with a date and by whom. */
export const checklistItemBase = z.object({
  id: idSchema,
  text: requiredFreeText('清单事项', 200),
  owner: lineText('责任人/单位', 80),
  due: isoDate.nullable(),
  doneOn: isoDate.nullable(),
  doneBy: lineText('销号人', 40),
});
export function checkChecklistItem(
  item: { doneOn: string | null; doneBy: string },
  ctx: z.RefinementCtx,
): void {
  if (item.doneOn && !item.doneBy.trim()) {
    ctx.addIssue({ code: 'custom', path: ['doneBy'], message: '销号时请填写销号人' });
  }
}
export const checklistItemSchema = checklistItemBase.superRefine(checkChecklistItem);
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const blockerStatusSchema = z.enum(BLOCKER_STATUSES, { message: '堵点状态无效' });
export type BlockerStatus = z.infer<typeof blockerStatusSchema>;

/** 堵点难点: a problem in the way, who owns it, and how it ended. */
export const blockerBase = z.object({
  id: idSchema,
  problem: requiredFreeText('堵点问题', 500),
  raisedOn: isoDate,
  department: lineText('责任部门', 80),
  status: blockerStatusSchema,
  resolution: freeText('解决情况', 2000),
  solvedOn: isoDate.nullable(),
  /** Solved at the mayor's on-site office (市长现场办公). */
  onSite: z.boolean(),
});
export function checkBlocker(
  b: { status: BlockerStatus; solvedOn: string | null; raisedOn: string; resolution: string },
  ctx: z.RefinementCtx,
): void {
  if (b.status === 'solved' && !b.solvedOn) {
    ctx.addIssue({ code: 'custom', path: ['solvedOn'], message: '已解决的堵点请填写解决日期' });
  }
  if (b.status === 'unsolvable' && !b.resolution.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['resolution'],
      message: '无法解决的堵点请在解决情况中说明原因',
    });
  }
  if (b.solvedOn && b.solvedOn < b.raisedOn) {
    ctx.addIssue({ code: 'custom', path: ['solvedOn'], message: '解决日期不能早于提出日期' });
  }
}
export const blockerSchema = blockerBase.superRefine(checkBlocker);
export type Blocker = z.infer<typeof blockerSchema>;

/** 日晒进度: one dated progress post. */
export const progressEntrySchema = z.object({
  id: idSchema,
  date: isoDate,
  author: lineText('填报人', 40),
  text: requiredFreeText('进度内容', 2000),
});
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

/** 政策包 item: 订单协调, 人才引进, 基础设施配套, 用地, 融资 (固贷/流贷/基金/定增), 税费, 其他. */
export const policyItemSchema = z.object({
  id: idSchema,
  kind: z.enum(POLICY_KINDS, { message: '政策类型无效' }),
  financeKind: z.enum(FINANCE_KINDS, { message: '融资方式无效' }).nullable(),
  content: requiredFreeText('政策内容', 1000),
  /** 万元, when the item has an amount. */
  amount: wanYuan.nullable(),
  status: z.enum(POLICY_STATUSES, { message: '政策状态无效' }),
});
export type PolicyItem = z.infer<typeof policyItemSchema>;

/** A person on the enterprise's side. */
export const contactSchema = z.object({
  id: idSchema,
  name: nameText('联系人姓名', 40),
  title: lineText('职务', 80),
  phone: lineText('电话', 40),
  note: freeText('备注', 500),
});
export type Contact = z.infer<typeof contactSchema>;

/** A file kept with the folio; the bytes live once in the data folder, by SHA-256. */
export const attachmentRefSchema = z.object({
  id: idSchema,
  name: nameText('文件名', 255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '文件摘要无效'),
  size: z.number().int().min(0),
  mime: z.string().max(120),
  addedAt: isoTimestamp,
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

/** How many history entries a folio keeps; the oldest are dropped beyond this. */
export const HISTORY_LIMIT = 20_000;

/** One recorded change: who, when, which field, old → new (as display text). */
export const historyEntrySchema = z.object({
  at: isoTimestamp,
  by: z.string().max(40),
  field: z.string().max(80),
  from: z.string().max(2000),
  to: z.string().max(2000),
  /** Where an entry taken in from a colleague came from: 来自 X 的卷宗. */
  via: z.string().max(120).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
