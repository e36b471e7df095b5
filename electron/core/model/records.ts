// The record schemas: people, working groups (专班), enterprises (客商) and folios, with their defaults.
import { z } from 'zod';
import { freeText, idSchema, isoDate, lineText, nameText, recordBase, wanYuan } from './common';
import { enterpriseKindSchema, groupKindSchema, stageSchema } from './enums';
import {
  HISTORY_LIMIT,
  attachmentRefSchema,
  blockerSchema,
  checklistItemSchema,
  contactSchema,
  historyEntrySchema,
  policyItemSchema,
  progressEntrySchema,
} from './folio-parts';
import { BINNED_LIMIT, binnedItemSchema } from './binned-items';

/*
 * Each record type has: `*Fields` (the editable fields, all required, no defaults — so a
 * partial patch never fills in defaults), `*Defaults` (what a create leaves out), and the
 * stored `*Schema` (fields + recordBase).
 */

/** A person: a leader, a steward, a group member or an enterprise's contact. */
export const personFields = z.object({
  name: nameText('姓名', 40),
  title: lineText('职务', 80),
  unit: lineText('单位', 120),
  phone: lineText('电话', 40),
});
export const personDefaults = { title: '', unit: '', phone: '' };
export const personSchema = recordBase.extend(personFields.shape);
export type Person = z.infer<typeof personSchema>;

/** 工作专班: the top-level container of folios. */
export const groupFields = z.object({
  kind: groupKindSchema,
  name: nameText('专班名称'),
  chain: lineText('产业链', 40),
  headId: idSchema.nullable(),
  memberIds: z.array(idSchema).max(500, '成员不能超过 500 人'),
  description: freeText('简介'),
});
export const groupDefaults = { chain: '', headId: null, memberIds: [], description: '' };
export const groupSchema = recordBase.extend(groupFields.shape);
export type Group = z.infer<typeof groupSchema>;

/** 客商: an enterprise or a chamber of commerce. */
export const enterpriseFields = z.object({
  name: nameText('客商名称'),
  kind: enterpriseKindSchema,
  headquarters: lineText('总部所在地', 80),
  profile: freeText('简介'),
  /** Key people of the enterprise or chamber (董事长, 会长 …). */
  keyPeople: z.array(contactSchema).max(200),
});
export const enterpriseDefaults = { headquarters: '', profile: '', keyPeople: [] };
export const enterpriseSchema = recordBase.extend(enterpriseFields.shape);
export type Enterprise = z.infer<typeof enterpriseSchema>;

/** Date each stage was reached. */
export const stageDatesSchema = z.partialRecord(stageSchema, isoDate);
export type StageDates = z.infer<typeof stageDatesSchema>;

export const folioFields = z.object({
  groupId: idSchema,
  name: nameText('项目名称'),
  enterpriseId: idSchema.nullable(),
  chain: lineText('产业链', 40),
  location: lineText('项目地点', 80),
  stage: stageSchema,
  stageDates: stageDatesSchema,
  totalInvestment: wanYuan,
  fundsInPlace: wanYuan,
  /** 包抓领导 */
  leaderId: idSchema.nullable(),
  /** 项目管家 */
  stewardId: idSchema.nullable(),
  responsibleUnit: lineText('责任单位', 120),
  /** Expected annual output value, 万元. */
  expectedOutput: wanYuan,
  tags: z.array(nameText('标签', 20)).max(30, '标签不能超过 30 个'),
  /** Why the folio was paused, dropped or moved back a stage. */
  stageReason: freeText('阶段变更原因', 500),
  demandItems: z.array(checklistItemSchema).max(500),
  supplyItems: z.array(checklistItemSchema).max(500),
  blockers: z.array(blockerSchema).max(500),
  progress: z.array(progressEntrySchema).max(5000),
  policies: z.array(policyItemSchema).max(200),
  contacts: z.array(contactSchema).max(200),
  attachments: z.array(attachmentRefSchema).max(1000),
  notes: freeText('备注', 20_000),
  history: z.array(historyEntrySchema).max(HISTORY_LIMIT),
  /** Deleted checklist items and progress entries, for the 回收站 (absent in older data). */
  binned: z.array(binnedItemSchema).max(BINNED_LIMIT).optional(),
});
export const folioDefaults = {
  enterpriseId: null,
  chain: '',
  location: '',
  stage: 'lead' as const,
  stageDates: {},
  totalInvestment: 0,
  fundsInPlace: 0,
  leaderId: null,
  stewardId: null,
  responsibleUnit: '',
  expectedOutput: 0,
  tags: [],
  stageReason: '',
  demandItems: [],
  supplyItems: [],
  blockers: [],
  progress: [],
  policies: [],
  contacts: [],
  attachments: [],
  notes: '',
  history: [],
};

/** Rules across fields of a folio, shared by stored records and by the services. */
export function checkFolioMoney(
  value: { totalInvestment: number; fundsInPlace: number },
  ctx: z.RefinementCtx,
): void {
  if (value.fundsInPlace > value.totalInvestment) {
    ctx.addIssue({ code: 'custom', path: ['fundsInPlace'], message: '到位资金不能超过总投资额' });
  }
}

export const folioSchema = recordBase.extend(folioFields.shape).superRefine(checkFolioMoney);
export type Folio = z.infer<typeof folioSchema>;
