// The parts of a trip (考察): kinds, schedule items, members, hosts, times, each with its labels.
import { z } from 'zod';
import { freeText, idSchema, isoDate, isoTimestamp, lineText, nameText } from './common';
import {
  TRIP_ITEM_KIND_LABELS,
  TRIP_ITEM_KINDS,
  TRIP_KIND_LABELS,
  TRIP_KINDS,
} from './enum-values';

export { TRIP_ITEM_KIND_LABELS, TRIP_ITEM_KINDS, TRIP_KIND_LABELS, TRIP_KINDS };

/*
 * The parts of a trip (考察). Each part has its own id, so schedule items can name the people
 * attending and be moved between days, and colleagues' copies can later be merged item by item.
 */

export const tripKindSchema = z.enum(TRIP_KINDS, { message: '考察类型无效' });
export type TripKind = z.infer<typeof tripKindSchema>;

export const tripItemKindSchema = z.enum(TRIP_ITEM_KINDS, { message: '活动类型无效' });
export type TripItemKind = z.infer<typeof tripItemKindSchema>;

/** A time of day, 24-hour HH:MM. */
export const clockTime = (label: string) =>
  z
    .string({ message: `${label}应为文字` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式应为 HH:MM（如 09:30）`);

/** One of our delegation, in order of precedence; linked to a person record when there is one. */
export const ourMemberSchema = z.object({
  id: idSchema,
  personId: idSchema.nullable(),
  name: nameText('我方人员姓名', 40),
  title: lineText('我方人员职务', 120),
});
export type OurMember = z.infer<typeof ourMemberSchema>;

/** One of the other side: a chamber's president, a firm's vice-president … */
export const theirMemberSchema = z.object({
  id: idSchema,
  name: nameText('对方人员姓名', 40),
  title: lineText('对方人员职务', 120),
  enterpriseId: idSchema.nullable(),
});
export type TheirMember = z.infer<typeof theirMemberSchema>;

/** A host or contact: who receives the delegation, the liaison, the driver … */
export const tripHostSchema = z.object({
  id: idSchema,
  name: nameText('联系人姓名', 40),
  title: lineText('联系人职务', 80),
  unit: lineText('联系人单位', 120),
  phone: lineText('联系电话', 40),
  /** e.g. 接待联络, 随行保障, 驾驶员 */
  role: lineText('联系人职责', 80),
});
export type TripHost = z.infer<typeof tripHostSchema>;

/** One activity of a day's schedule. */
export const tripItemSchema = z.object({
  id: idSchema,
  start: clockTime('开始时间'),
  end: clockTime('结束时间'),
  kind: tripItemKindSchema,
  /** The activity as the agenda names it, e.g. 天水市与重庆市甘肃商会对接洽谈会. */
  title: lineText('活动内容', 200),
  place: lineText('地点', 200),
  /** Ids from the trip's ourDelegation. */
  ourAttendees: z.array(idSchema).max(200, '我方参加人员不能超过 200 人'),
  /** Ids from the trip's theirDelegation. */
  theirAttendees: z.array(idSchema).max(200, '对方参加人员不能超过 200 人'),
  host: lineText('主持/接待', 80),
  contact: lineText('现场联系人', 120),
  folioIds: z.array(idSchema).max(100, '关联项目不能超过 100 个'),
  talkingPoints: freeText('谈话要点', 5000),
  materials: freeText('所需材料', 2000),
});
export type TripItem = z.infer<typeof tripItemSchema>;
export const tripItemDefaults = {
  title: '',
  place: '',
  ourAttendees: [],
  theirAttendees: [],
  host: '',
  contact: '',
  folioIds: [],
  talkingPoints: '',
  materials: '',
};

/**
 * A day's items in time order: by start time, and by their given order where two start together
 * (the only case where the officer's manual order counts). The sort is stable.
 */
export function itemsInTimeOrder<T extends { start: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.start === b.start ? 0 : a.start < b.start ? -1 : 1));
}

/** A trip's days with each day's items in time order (for records stored before the rule). */
export function scheduleInTimeOrder<T extends { days: readonly TripDay[] }>(trip: T): T {
  return {
    ...trip,
    days: trip.days.map((day) => ({ ...day, items: itemsInTimeOrder(day.items) })),
  };
}

/** One day of a schedule; whatever order its items come in, they are kept in time order. */
export const tripDaySchema = z.object({
  date: isoDate,
  items: z
    .array(tripItemSchema)
    .max(100, '一天的日程不能超过 100 项')
    .transform((items) => itemsInTimeOrder(items)),
});
export type TripDay = z.infer<typeof tripDaySchema>;

/** One built meeting pack (会议材料); the pack engine writes these, the newest last. */
export const packVersionSchema = z.object({
  version: z.number().int().min(1),
  builtAt: isoTimestamp,
  builtBy: z.string().max(40),
  copies: z.number().int().min(1).max(999),
  duplex: z.boolean(),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/, '文件摘要无效'),
  pageCount: z.number().int().min(0),
  /** Each section by its path (`4月16日… › 谈话要点`), in the order of the contents. */
  contents: z.array(z.string().max(600)).max(1000),
  /** A SHA-256 of each section's content, beside `contents`: what tells a changed section. */
  fingerprints: z.array(z.string().max(64)).max(1000).default([]),
  /** The 生成记录 holding this version's files. */
  generationId: idSchema.nullable().default(null),
  /** What changed since the version before, in plain Chinese. */
  changes: z.array(z.string().max(500)).max(1000),
});
export type PackVersion = z.infer<typeof packVersionSchema>;

/** Who received which numbered copy (份号) of the pack. */
export const copyEntrySchema = z.object({
  copyNumber: z.number({ message: '份号应为数字' }).int('份号应为整数').min(1, '份号从 1 开始'),
  recipient: lineText('领取人', 40),
  unit: lineText('领取单位', 120),
  /** The day the copy was handed over, once it was. */
  receivedAt: isoDate.nullable(),
  note: freeText('备注', 500),
});
export type CopyEntry = z.infer<typeof copyEntrySchema>;
