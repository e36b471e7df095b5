// How a ledger (台账) sheet's columns map to folio fields: the fields, header rows and saved mappings.
import { z } from 'zod';
import { isoDate } from './common';
import { stageSchema } from './enums';

/** The folio fields a ledger column can fill. `id` is the hidden 卷宗编号 of an export. */
export const LEDGER_FIELDS = [
  'id',
  'name',
  'group',
  'stage',
  'totalInvestment',
  'fundsInPlace',
  'leader',
  'steward',
  'progress',
  'stageDate',
  'signedDate',
  'startedDate',
  'producingDate',
  'location',
  'chain',
  'enterprise',
  'contactName',
  'contactPhone',
  'responsibleUnit',
  'notes',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];
export const MONEY_FIELDS = ['totalInvestment', 'fundsInPlace'] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

const label = z.string().trim().max(200, '列名过长');
const moneyUnit = z.enum(['wan', 'yi', 'yuan'], { message: '金额单位应为万元、亿元或元' });

/**
 * How a ledger's columns become folio fields: the sheet, the header row(s), for each field the
 * label of its column (null: not imported), money units that override the header's, and the
 * table of local stage words. Every part is optional: what is left out is proposed.
 */
export const ledgerMappingSchema = z.strictObject({
  sheet: z.string().max(200).optional(),
  /** 1-based row of the (first) header row. */
  headerRow: z.number().int().min(1).max(50).optional(),
  /** 1 or 2 header rows (a merged group title above the column titles). */
  headerRows: z.number().int().min(1).max(2).optional(),
  columns: z.partialRecord(z.enum(LEDGER_FIELDS), label.nullable()).optional(),
  units: z.partialRecord(z.enum(MONEY_FIELDS), moneyUnit).optional(),
  /** Local word → stage, on top of the built-in table. */
  stageWords: z
    .record(z.string().trim().min(1).max(20), stageSchema)
    .refine((words) => Object.keys(words).length <= 200, '阶段对照表不能超过 200 项')
    .optional(),
  /** The day progress entries are dated on (the sheet's date); default today. */
  sheetDate: isoDate.optional(),
  /** The group of rows with no 所属专班 column or an empty cell. */
  defaultGroup: z.string().trim().max(120).optional(),
});
export type LedgerMapping = z.infer<typeof ledgerMappingSchema>;

/** A mapping kept for next month's file, found again by the file's header labels. */
export const savedLedgerMappingSchema = z.object({
  headers: z.string().max(20_000),
  mapping: ledgerMappingSchema,
  savedAt: z.string().max(40),
});
export type SavedLedgerMapping = z.infer<typeof savedLedgerMappingSchema>;
