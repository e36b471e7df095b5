// Checks documents are written on a worker thread: progress while the API answers, cancel mid-way.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';
import { TEST_WORKER } from '../../../helpers/document-worker';
import { settleJob } from '../../../helpers/jobs';

async function workerCore() {
  const t = await openTestCore(undefined, { documents: { worker: TEST_WORKER } });
  await t.call('workspace.loadDemo', {});
  const folios = await t.call('folios.list', {});
  return { t, folios };
}

describe('documents are written on a worker thread', () => {
  it('reports progress document by document and keeps the API answering meanwhile', async () => {
    const { t, folios } = await workerCore();
    const requests = folios
      .slice(0, 3)
      .map((f) => ({ template: 'projectBrief' as const, folioId: f.id }));
    let job = await t.call('documents.generate', { requests, formats: ['pdf', 'docx'] });
    const seen: number[] = [job.done];
    // While the worker writes, the main thread still serves other calls.
    expect((await t.call('folios.list', {})).length).toBe(folios.length);
    while (job.state === 'running') {
      job = await t.call('documents.job', { jobId: job.id, waitMs: 20_000 });
      seen.push(job.done);
    }
    expect(job.state).toBe('done');
    expect(job.generations.map((g) => g.recordIds[0])).toEqual(requests.map((r) => r.folioId));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(3);
  });

  it('cancels a job mid-way: the worker stops, finished documents are kept', async () => {
    const { t, folios } = await workerCore();
    const requests = folios.map((f) => ({ template: 'projectBrief' as const, folioId: f.id }));
    const started = await t.call('documents.generate', { requests, formats: ['pdf', 'docx'] });
    const cancelled = await settleJob(t, await t.call('documents.cancel', { jobId: started.id }));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.done).toBeLessThan(requests.length);
    const history = await t.call('documents.history', {});
    expect(history.map((g) => g.id)).toEqual(cancelled.generations.map((g) => g.id).reverse());
    // A new job after a cancel starts a fresh worker and finishes.
    const next = await settleJob(
      t,
      await t.call('documents.generate', { requests: requests.slice(0, 1), formats: ['pdf'] }),
    );
    expect(next.state).toBe('done');
  });
});
