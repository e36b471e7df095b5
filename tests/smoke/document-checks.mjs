// @ts-check
/**
 * Smoke check of documents.* on the desktop: the built worker (out/main/document-worker.js)
 * writes a 项目简报 in both formats, the system viewer gets the PDF, 保存到 copies to the folder
 * the dialog answers with.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ipcCaller, obj } from './checks.mjs';

/** @param {import('./checks.mjs').SmokeContext} context */
export async function documentChecks(context) {
  const { checks, fake } = context;
  const { dialog, nextCall } = fake;
  const check = checks.check.bind(checks);
  const call = ipcCaller(context);

  await checks.run('documents', async () => {
    const group = await call('groups.create', { name: '文档冒烟专班', kind: 'project' });
    const folio = await call('folios.create', { groupId: group.id, name: '天水麻辣烫产业园' });
    let job = await call('documents.generate', {
      requests: [{ template: 'projectBrief', folioId: folio.id }],
      formats: ['docx', 'pdf'],
    });
    while (job.state === 'running') {
      job = await call('documents.job', { jobId: job.id, waitMs: 20000 });
    }
    check('documents', 'the built worker finished the job', job.state === 'done', job);
    const generation = obj(/** @type {unknown[]} */ (job.generations)[0]);
    const opening = nextCall('shell.openPath', 5000);
    await call('documents.open', { generationId: generation.id, format: 'pdf' });
    const [path] = /** @type {[string]} */ (await opening);
    check(
      'documents',
      'the system viewer gets the PDF',
      readFileSync(path).subarray(0, 5).toString() === '%PDF-',
      path,
    );
    const folder = mkdtempSync(join(tmpdir(), 'dossier-smoke-save-'));
    dialog.openDialogFolder = folder;
    const saved = await call('documents.saveAs', { generationId: generation.id });
    const names = readdirSync(folder).sort();
    check(
      'documents',
      '保存到 copies both files into the folder picked',
      saved.folder === folder && names.length === 2 && names.every((n) => n.includes('麻辣烫')),
      names,
    );
  });
}
