// Renders briefings without the UI through the app's API calls, waits for each job and reports failures.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TemplateName } from '../core/model/briefing-request';
import type { DocumentJob } from '../core/api/views';
import { type DossierCore, openCore } from '../core/app';
import { fileKey } from '../core/services/documents/generated-files';
import { todayOf } from '../core/model/folio-status';
import type { RenderArgs } from './render-args';
import { callOrThrow } from './registry-api';
import { type Period, renderTargets } from './render-targets';

export interface RenderedRow {
  template: TemplateName;
  title: string;
  files: { path: string; pageCount: number | null; bytes: number }[];
}

export interface RenderReport {
  rows: RenderedRow[];
  /** One line per template that failed, in Chinese. */
  failures: string[];
}

/** Waits for the job through the API's long poll, as the app does. */
async function settle(core: DossierCore, job: DocumentJob): Promise<DocumentJob> {
  let current = job;
  while (current.state === 'running') {
    current = await callOrThrow(core.registry, 'documents.job', { jobId: job.id, waitMs: 10_000 });
  }
  return current;
}

function defaultPeriod(args: RenderArgs): Period {
  const to = args.to ?? todayOf(new Date());
  const from = args.from ?? todayOf(new Date(Date.parse(to) - 29 * 86_400_000));
  return { from, to };
}

/** A name not yet used in `taken` (two folios may share a name). */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = name.replace(/(\.\w+)$/, `（${n}）$1`);
  taken.add(candidate);
  return candidate;
}

/**
 * Renders briefings without the UI, through the same API calls the app makes (so each is in
 * the workspace's 生成记录 too), and copies the files to `args.out/<template>/`.
 */
export async function runRender(
  args: RenderArgs,
  log: (line: string) => void = () => {},
): Promise<RenderReport> {
  const tempDir = args.dataDir ? null : await mkdtemp(join(tmpdir(), 'dossier-render-'));
  const core = await openCore({ dataDir: args.dataDir ?? tempDir ?? '' });
  const report: RenderReport = { rows: [], failures: [] };
  try {
    const status = await callOrThrow(core.registry, 'workspace.status', {});
    if (status.state !== 'ready') throw new Error(`数据文件夹无法打开：${status.problem.message}`);
    if (tempDir) await callOrThrow(core.registry, 'workspace.loadDemo', {});
    const api = {
      'folios.list': (input: { groupId?: string }) =>
        callOrThrow(core.registry, 'folios.list', input),
      'folios.get': (input: { id: string }) => callOrThrow(core.registry, 'folios.get', input),
      'groups.list': () => callOrThrow(core.registry, 'groups.list', {}),
      'trips.list': () => callOrThrow(core.registry, 'trips.list', {}),
    };
    for (const template of args.templates) {
      const pack = { copies: args.copies, duplex: args.duplex };
      const requests = await renderTargets(api, template, defaultPeriod(args), pack);
      if (requests.length === 0) {
        log(`${template}：没有可生成的记录`);
        continue;
      }
      log(`${template}：生成 ${requests.length} 份……`);
      const started = await callOrThrow(core.registry, 'documents.generate', {
        requests,
        formats: args.formats,
      });
      const job = await settle(core, started);
      if (job.state !== 'done') report.failures.push(`${template}：${job.error ?? '未完成'}`);
      const dir = join(args.out, template);
      await mkdir(dir, { recursive: true });
      const taken = new Set<string>();
      for (const generation of job.generations) {
        const files: RenderedRow['files'] = [];
        for (const file of generation.files) {
          const from = core.generatedFile(generation.id, fileKey(file));
          if (!from) throw new Error(`找不到刚生成的文件“${file.name}”`);
          const path = join(dir, uniqueName(file.name, taken));
          await copyFile(from.path, path);
          files.push({ path, pageCount: file.pageCount, bytes: file.bytes });
        }
        report.rows.push({ template, title: generation.title, files });
      }
    }
  } finally {
    await core.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
  return report;
}
