// 生成记录: the schema of one generation of briefings and of each file it wrote.
import { z } from 'zod';
import { briefingMarksSchema, briefingRequestSchema } from './briefing-request';
import { idSchema, recordBase } from './common';

/** One file a generation wrote, under `generated/<generationId>/` in the data folder. */
export const generatedFileSchema = z.object({
  format: z.enum(['docx', 'pdf']),
  /** The file's name on disk (and offered when saving): `<stem>.<format>`. */
  name: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  pageCount: z.number().int().min(0).nullable(),
  /** 份号 of a numbered copy of a meeting pack. */
  copyNumber: z.string().max(10).nullable().default(null),
});
export type GeneratedFile = z.infer<typeof generatedFileSchema>;

/** 生成记录: what was generated, when, by whom, from which records, and each file's hash. */
export const generationSchema = recordBase.extend({
  request: briefingRequestSchema,
  marks: briefingMarksSchema,
  title: z.string().max(300),
  operator: z.string().max(40),
  recordIds: z.array(idSchema),
  files: z.array(generatedFileSchema).min(1),
  /** Notes for the user (a font from 设置 unreadable, a chart left out of the Word file …). */
  problems: z.array(z.string()),
  /** Characters drawn as 〓 because no font has them (only when the user chose to go on). */
  missingGlyphs: z.array(z.string()),
});
export type Generation = z.infer<typeof generationSchema>;
