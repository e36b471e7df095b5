// Shared zod building blocks: ids, timestamps, dates, money in 万元, text fields, the input parser.
import { z } from 'zod';
import {
  breaksTheLine,
  hiddenCharactersMessage,
  multiLineText,
  singleLineText,
} from './plain-text';

/** Globally unique record id (UUID v4 or ULID); never a counter. */
export const idSchema = z.string().min(8, '编号无效').max(64, '编号无效');

/** ISO-8601 timestamp, as written by the injected clock. */
export const isoTimestamp = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' });

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date({ message: '日期格式应为 YYYY-MM-DD' });

/** Money is stored as a whole number of 万元 (10,000 CNY). */
export const wanYuan = z
  .number({ message: '金额应为数字（万元）' })
  .int('金额应为整数（万元）')
  .min(0, '金额不能为负数')
  .max(100_000_000, '金额超出范围（上限 1 万亿元）');

/*
 * Text fields come in two kinds (electron/core/model/plain-text.ts): single-line (names, titles,
 * places, phone numbers) and multi-line (notes, progress, talking points). Parsed as stored
 * records, a field drops what it may not hold, so records written before this rule still
 * open; parsed as input from outside (`parseInput`), a single-line field refuses it instead,
 * with a message naming the field.
 */
let refusing = false;

/** Parses input from outside: single-line fields refuse line breaks and hidden characters. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown) {
  refusing = true;
  try {
    return schema.safeParse(input);
  } finally {
    refusing = false;
  }
}

const lineString = (label: string) =>
  z
    .string({ message: `${label}应为文字` })
    .refine((v) => !refusing || !breaksTheLine(v), { message: hiddenCharactersMessage(label) })
    .overwrite(singleLineText)
    .meta({ text: 'single-line' });

const blockString = (label: string) =>
  z
    .string({ message: `${label}应为文字` })
    .overwrite(multiLineText)
    .meta({ text: 'multi-line' });

/** A required single-line name or title: trimmed, not empty. */
export const nameText = (label: string, max = 120) =>
  lineString(label).trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字`);

/** An optional single-line field (职务, 电话, 地点 …); empty strings are kept. */
export const lineText = (label: string, max = 120) =>
  lineString(label).max(max, `${label}不能超过 ${max} 个字`);

/** Optional multi-line text; empty strings are kept as empty strings. */
export const freeText = (label: string, max = 5000) =>
  blockString(label).max(max, `${label}不能超过 ${max} 个字`);

/** Required multi-line text (进度内容, 堵点问题 …): trimmed, not empty. */
export const requiredFreeText = (label: string, max = 5000) =>
  blockString(label).trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字`);

/** A version stamp (exchange/hlc.ts): time, counter and node, as one sortable string. */
export const versionStamp = z
  .string()
  .regex(/^[0-9a-z]{9}-[0-9a-z]{3}-[0-9a-f]{10}$/, '版本戳无效');
const stampMap = (key: z.ZodString) =>
  z.record(key, versionStamp).refine((m) => Object.keys(m).length <= 20_000, '版本戳过多');

/**
 * The version stamps of a record (see exchange/README.md): `b` the stamp of every field and
 * list item not in `f`, `f` the stamps that differ from `b` (by field, or `field.itemKey`),
 * `s` per node the newest stamp of that node this copy has taken in, `d` the list items
 * deleted here (`field.itemKey` → the deletion's stamp; absent when none). Records written
 * before stamps existed have none: they are derived from updatedAt when first needed.
 */
export const recordStampsSchema = z.object({
  b: versionStamp,
  f: stampMap(z.string().max(200)),
  s: stampMap(z.string().regex(/^[0-9a-f]{10}$/)),
  d: stampMap(z.string().max(200)).optional(),
});
export type RecordStamps = z.infer<typeof recordStampsSchema>;

/** Fields every stored record carries, so copies can later be merged. */
export const recordBase = z.object({
  id: idSchema,
  rev: z.number().int().min(1),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  workspaceId: idSchema,
  stamps: recordStampsSchema.optional(),
});
export type RecordBase = z.infer<typeof recordBase>;
