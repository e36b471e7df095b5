// Test helper: follows a documents job through the API's long poll until it stops running.
import type { DocumentJob } from '../../electron/core/api/views';
import type { TestCore } from './core';

/** Follows a documents job through the API's long poll until it stops running. */
export async function settleJob(t: TestCore, job: DocumentJob): Promise<DocumentJob> {
  let current = job;
  while (current.state === 'running') {
    current = await t.call('documents.job', { jobId: job.id, waitMs: 20_000 });
  }
  return current;
}
