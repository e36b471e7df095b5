// Checks documents.generate: files written and recorded with hashes, bad requests refused, undo untouched.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../helpers/core';
import { demoBriefJob } from '../../../helpers/demo-brief';
import { settleJob } from '../../../helpers/jobs';

async function demoCore(): Promise<TestCore & { folioId: string; folioName: string }> {
  const t = await openTestCore();
  await t.call('workspace.loadDemo', {});
  const [folio] = await t.call('folios.list', {});
  if (!folio) throw new Error('the demo has folios');
  return Object.assign(t, { folioId: folio.id, folioName: folio.name });
}

describe('documents.generate', () => {
  it('writes both files, records them in 生成记录 with their hashes, and offers them', async () => {
    const t = await demoCore();
    const started = await t.call('documents.generate', {
      requests: [{ template: 'projectBrief', folioId: t.folioId }],
      formats: ['docx', 'pdf'],
      marks: { internal: true, draft: false, copyNumber: '003' },
    });
    expect(started.total).toBe(1);
    const job = await settleJob(t, started);
    expect(job).toMatchObject({ state: 'done', done: 1, error: null });
    const [generation] = job.generations;
    expect(generation?.title).toContain(t.folioName);
    expect(generation?.recordIds).toContain(t.folioId);
    expect(generation?.files.map((f) => f.format)).toEqual(['docx', 'pdf']);
    for (const file of generation?.files ?? []) {
      const onDisk = t.core.generatedFile(generation?.id ?? '', file.format);
      expect(onDisk?.name).toBe(file.name);
      const bytes = readFileSync(onDisk?.path ?? '');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(bytes.length).toBe(file.bytes);
    }
    expect(generation?.files.find((f) => f.format === 'pdf')?.pageCount).toBeGreaterThan(0);

    const history = await t.call('documents.history', { recordId: t.folioId });
    expect(history.map((g) => g.id)).toEqual([generation?.id]);
    expect(await t.call('documents.history', { recordId: 'no-such-record' })).toEqual([]);
    const opened = await t.call('documents.open', {
      generationId: generation?.id ?? '',
      format: 'pdf',
    });
    expect(opened).toEqual({ opened: false, url: `/generated/${generation?.id}/pdf` });
    const saved = await t.call('documents.saveAs', { generationId: generation?.id ?? '' });
    expect(saved.urls.map((u) => u.name)).toEqual(generation?.files.map((f) => f.name));
  });

  it('refuses a request for a record that does not exist, naming it, and writes nothing', async () => {
    const t = await demoCore();
    const error = await t.fail('documents.generate', {
      requests: [
        { template: 'projectBrief', folioId: t.folioId },
        { template: 'projectBrief', folioId: 'missing-folio-id' },
      ],
      formats: ['pdf'],
    });
    expect(error.fields.map((f) => f.path)).toEqual(['requests.1.folioId']);
    expect(await t.call('documents.history', {})).toEqual([]);
    expect(existsSync(join(t.dir, 'generated'))).toBe(false);
  });

  it('names the field of a malformed request', async () => {
    const t = await demoCore();
    const noFormat = await t.fail('documents.generate', {
      requests: [{ template: 'projectBrief', folioId: t.folioId }],
      formats: [],
    });
    expect(noFormat.fields.map((f) => f.path)).toEqual(['formats']);
    const both = await t.fail('documents.generate', {
      requests: [{ template: 'policyPackage', folioId: t.folioId, enterpriseId: t.folioId }],
      formats: ['pdf'],
    });
    expect(both.fields[0]?.path).toMatch(/^requests\.0\./);
  });

  it('stops on characters no font has, naming them, unless the user chose to go on', async () => {
    const t = await demoCore();
    const detail = await t.call('folios.get', { id: t.folioId });
    await t.call('folios.update', {
      id: t.folioId,
      rev: detail.folio.rev,
      notes: '签约仪式😀圆满',
    });
    const request = { template: 'projectBrief', folioId: t.folioId } as const;
    const stopped = await settleJob(
      t,
      await t.call('documents.generate', { requests: [request], formats: ['pdf', 'docx'] }),
    );
    expect(stopped.state).toBe('failed');
    expect(stopped.error).toContain('😀');
    expect(stopped.missingGlyphs).toEqual(['😀']);
    expect(await t.call('documents.history', {})).toEqual([]);

    const replaced = await settleJob(
      t,
      await t.call('documents.generate', {
        requests: [request],
        formats: ['pdf'],
        missingGlyphs: 'replace',
      }),
    );
    expect(replaced.state).toBe('done');
    expect(replaced.generations[0]?.missingGlyphs).toEqual(['😀']);
  });

  it('goes on past a document that fails: good, bad, good makes the two good ones and names the bad', async () => {
    const t = await demoCore();
    const [a, b, c] = await t.call('folios.list', {});
    if (!a || !b || !c) throw new Error('the demo has three folios');
    const detail = await t.call('folios.get', { id: b.id });
    await t.call('folios.update', { id: b.id, rev: detail.folio.rev, notes: '签约😀' });
    const job = await settleJob(
      t,
      await t.call('documents.generate', {
        requests: [a, b, c].map((f) => ({ template: 'projectBrief' as const, folioId: f.id })),
        formats: ['pdf'],
      }),
    );
    expect(job.state).toBe('failed');
    expect(job.done).toBe(3);
    expect(job.generations.map((g) => g.recordIds[0])).toEqual([a.id, c.id]);
    expect(job.failures).toHaveLength(1);
    expect(job.failures?.[0]?.title).toContain(b.name);
    expect(job.failures?.[0]?.missingGlyphs).toEqual(['😀']);
    expect(job.error).toContain(b.name);
    expect(job.missingGlyphs).toEqual(['😀']);
    expect(await t.call('documents.history', {})).toHaveLength(2);
  });

  it('leaves the undo stack as it was: generating is not an edit', async () => {
    const t = await demoCore();
    const detail = await t.call('folios.get', { id: t.folioId });
    await t.call('folios.update', { id: t.folioId, rev: detail.folio.rev, notes: '改过的备注' });
    const before = await t.call('undo.status', {});
    await settleJob(
      t,
      await t.call('documents.generate', {
        requests: [{ template: 'projectBrief', folioId: t.folioId }],
        formats: ['docx'],
      }),
    );
    expect(await t.call('undo.status', {})).toEqual(before);
    await t.call('undo.undo', {});
    expect((await t.call('folios.get', { id: t.folioId })).folio.notes).toBe(detail.folio.notes);
    expect(await t.call('documents.history', {})).toHaveLength(1);
  });

  it('answers for an unknown job with not_found', async () => {
    const t = await demoCore();
    const error = await t.fail('documents.job', { jobId: 'no-such-job-id' });
    expect(error.kind).toBe('not_found');
    expect(await readdir(t.dir)).not.toContain('generated');
  });
});

describe('documents.print', () => {
  it('hands the PDF to the desktop print dialog, or gives the web shell the address to print', async () => {
    const printed: string[] = [];
    const t = await openTestCore(undefined, {
      documents: { printFile: async (path, name) => void printed.push(`${name}|${path}`) },
    });
    const job = await demoBriefJob(t);
    const generationId = job.generations[0]?.id ?? '';
    expect(await t.call('documents.print', { generationId, format: 'pdf' })).toEqual({
      printed: true,
      url: null,
    });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/\.pdf\|.*\.pdf$/);
    const word = await t.fail('documents.print', { generationId, format: 'docx' });
    expect(word.fields.map((f) => f.path)).toEqual(['format']);

    const web = await demoCore();
    const webJob = await settleJob(
      web,
      await web.call('documents.generate', {
        requests: [{ template: 'projectBrief', folioId: web.folioId }],
        formats: ['pdf'],
      }),
    );
    const webId = webJob.generations[0]?.id ?? '';
    expect(await web.call('documents.print', { generationId: webId, format: 'pdf' })).toEqual({
      printed: false,
      url: `/generated/${webId}/pdf?inline=1`,
    });
  });
});
