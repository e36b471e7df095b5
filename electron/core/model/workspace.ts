// The workspace meta: name, issuing unit, font files, demo flag and other settings outside the collections.
import { z } from 'zod';
import { idSchema, isoTimestamp, lineText, nameText } from './common';
import { exportLogEntrySchema, EXPORT_LOG_KEEP } from './export-log';
import { savedLedgerMappingSchema } from './ledger-mapping';

const fontFileSchema = z.strictObject({
  path: z.string().trim().min(1, '请选择字体文件').max(1000, '字体文件路径过长'),
  /** Picks one face out of a .ttc collection. */
  postscriptName: z.string().trim().max(120).optional(),
});
/** By role: fangsong 仿宋, heiti 黑体, kaiti 楷体, xiaobiaosong 方正小标宋, songti 宋体. */
export const fontFilesSchema = z.strictObject({
  fangsong: fontFileSchema.optional(),
  heiti: fontFileSchema.optional(),
  kaiti: fontFileSchema.optional(),
  xiaobiaosong: fontFileSchema.optional(),
  songti: fontFileSchema.optional(),
});
export type FontFiles = z.infer<typeof fontFilesSchema>;

/** The small part of a workspace that is not a record collection. */
export const workspaceMetaSchema = z.object({
  id: idSchema,
  name: nameText('工作区名称', 80),
  /** True while the workspace holds the demo data set; it can be removed in one step. */
  isDemo: z.boolean(),
  /** The editable list of key industrial chains. */
  chains: z.array(nameText('产业链', 40)).max(200),
  createdAt: isoTimestamp,
  /** Who is working at this desk: written into history entries and 销号 records. */
  operator: lineText('操作人姓名', 40).trim().default(''),
  /** Font files chosen in 设置 for the briefings, by role; they win over the machine's faces. */
  fontFiles: fontFilesSchema.default({}),
  /** How many backups to keep (设置 → 备份); the store's default (10) when absent. */
  backupKeep: z
    .number()
    .int()
    .min(3, '至少保留 3 份备份')
    .max(100, '最多保留 100 份备份')
    .optional(),
  /** 落款单位: who issues the briefings (their issuing line); empty means the workspace's name. */
  issuerUnit: lineText('落款单位', 60).trim().optional(),
  /** Ledger (台账) column mappings kept for next month's file; absent in older workspaces. */
  ledgerMappings: z.array(savedLedgerMappingSchema).max(50).optional(),
  /** The newest version stamp this desk has given or taken in (exchange/hlc.ts). */
  clock: z.string().max(32).optional(),
  /** 导出记录, newest first: each 导出卷宗 once, not a note on every exported record. */
  exportLog: z.array(exportLogEntrySchema).max(EXPORT_LOG_KEEP).optional(),
});
export type WorkspaceMeta = z.infer<typeof workspaceMetaSchema>;

/** The unit on a briefing's issuing line: 落款单位 when set, else the workspace's name. */
export const issuingUnit = (meta: Pick<WorkspaceMeta, 'name' | 'issuerUnit'>): string =>
  meta.issuerUnit?.trim() || meta.name;
