import { z } from 'zod';
import { idSchema, isoTimestamp, nameText } from './common';

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
  operator: z.string().trim().max(40, '操作人姓名不能超过 40 个字').default(''),
});
export type WorkspaceMeta = z.infer<typeof workspaceMetaSchema>;
