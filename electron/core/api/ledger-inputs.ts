// The zod inputs of the ledger.* (台账) methods: file bytes, mapping, import options, export filter.
import { z } from 'zod';
import { idSchema, isoDate } from '../model/common';
import { ledgerMappingSchema } from '../model/ledger-mapping';

/** A ledger file as the renderer sends it: base64 bytes, at most 20 MB once decoded. */
const LEDGER_FILE_BASE64_MAX = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 4;

const file = {
  fileName: z.string().trim().min(1, '文件名不能为空').max(255, '文件名过长'),
  dataBase64: z.string().max(LEDGER_FILE_BASE64_MAX, '文件超过 20 MB 上限，请拆分后再导入'),
  mapping: ledgerMappingSchema.default({}),
};

export const LEDGER_INPUTS = {
  preview: z.strictObject(file),
  apply: z.strictObject({
    ...file,
    /** Import the good rows and leave out the rows with problems. */
    skipProblems: z.boolean().default(false),
    /** Keep this mapping for next month's file with the same header. */
    saveMapping: z.boolean().default(false),
  }),
};

/** The export's input; the folio filter comes from the contract (which imports this file). */
export function ledgerExportInput<F extends z.ZodType>(folioFilter: F) {
  return z.strictObject({
    kind: z.enum(['folios', 'opportunities', 'groupReport'], { message: '导出类型无效' }),
    filter: folioFilter.optional(),
    /** The folio list as the officer sees it: these folios, in this order. */
    order: z.array(idSchema).max(50_000).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  });
}
