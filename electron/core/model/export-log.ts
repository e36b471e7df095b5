/** 导出记录: one workspace-level entry per 导出卷宗 (who sent what, when, as which file). */
import { z } from 'zod';
import { isoTimestamp } from './common';

/** How many exports the workspace remembers; older entries drop off the end. */
export const EXPORT_LOG_KEEP = 200;

export const exportLogEntrySchema = z.object({
  at: isoTimestamp,
  /** The operator set in 设置 when the bundle was written ('' when unset). */
  by: z.string().max(40),
  fileName: z.string().max(260),
  /** What was exported, as the officer would say it: 全部, a group's name, 项目甲等3个项目. */
  scope: z.string().max(200),
  counts: z.record(z.string(), z.number().int().min(0)),
  encrypted: z.boolean(),
});
export type ExportLogEntry = z.infer<typeof exportLogEntrySchema>;

/** The log with `entry` first, kept to EXPORT_LOG_KEEP entries. */
export function withExport(
  log: readonly ExportLogEntry[] | undefined,
  entry: ExportLogEntry,
): ExportLogEntry[] {
  return [entry, ...(log ?? [])].slice(0, EXPORT_LOG_KEEP);
}
