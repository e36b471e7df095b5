// The zod inputs of the documents.* methods: generate, wait for a job, save a generated file.
import { z } from 'zod';
import '../model/zh-messages';
import { idSchema } from '../model/common';
import { briefingMarksSchema, briefingRequestSchema } from '../model/briefing-request';

const format = z.enum(['docx', 'pdf'], { message: '格式只能是 Word（docx）或 PDF（pdf）' });

/** The documents.* methods' inputs. */
export const DOCUMENT_INPUTS = {
  generate: z.strictObject({
    requests: z
      .array(briefingRequestSchema)
      .min(1, '请至少选择一份要生成的文档')
      .max(500, '一次最多生成 500 份文档，请分批生成'),
    formats: z
      .array(format)
      .min(1, '请至少选择一种格式')
      .max(2)
      .refine((f) => new Set(f).size === f.length, '格式重复'),
    marks: briefingMarksSchema.default({ internal: false, draft: false }),
    /** `replace`: characters no font has are drawn as 〓 and listed, instead of stopping. */
    missingGlyphs: z.enum(['stop', 'replace']).default('stop'),
  }),
  job: z.strictObject({
    jobId: idSchema,
    /** Answer when the job moves, or after this long (a long poll); 0 answers at once. */
    waitMs: z.number().int().min(0).max(30_000).default(0),
  }),
  cancel: z.strictObject({ jobId: idSchema }),
  history: z.strictObject({
    recordId: idSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  generation: z.strictObject({ generationId: idSchema }),
  file: z.strictObject({
    generationId: idSchema,
    format,
    /** A numbered copy of a meeting pack (`001` …); without it, the first file of the format. */
    copyNumber: z
      .string()
      .regex(/^\d{1,6}$/, '份号应为数字')
      .optional(),
  }),
} as const;
