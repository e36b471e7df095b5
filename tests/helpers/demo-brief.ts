// Test helper: the demo loaded and one 项目简报 of its first folio generated as Word and PDF.
import type { DocumentJob } from '../../electron/core/api/views';
import type { TestCore } from './core';
import { settleJob } from './jobs';

/** Loads the demo and generates the first folio's 项目简报 in both formats; the finished job. */
export async function demoBriefJob(t: TestCore): Promise<DocumentJob> {
  await t.call('workspace.loadDemo', {});
  const [folio] = await t.call('folios.list', {});
  return settleJob(
    t,
    await t.call('documents.generate', {
      requests: [{ template: 'projectBrief', folioId: folio?.id ?? '' }],
      formats: ['docx', 'pdf'],
    }),
  );
}
