// Generates every demo briefing and meeting pack through the app's API, as PDF and DOCX, with a manifest.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type DossierCore } from '../../../electron/core/app';
import { sequentialIds, steppingClock } from '../../../electron/core/clock';
import { fileKey } from '../../../electron/core/services/documents/generated-files';

/**
 * Only value imports that exist at every commit since the render CLI (10e8a23 on): the audit
 * runs this file in an old worktree too, to make the "before" documents the same way.
 */

/** The demo's records run to late 2026: the desk's day is after them, as in the office tests. */
export const AUDIT_TODAY = new Date('2026-11-25T09:00:00+08:00');

export interface AuditRequest {
  template: string;
  [field: string]: unknown;
}

export interface ManifestRow {
  /** `NNN` — both files are `<stem>.pdf` and `<stem>.docx` in the output folder. */
  stem: string;
  template: string;
  title: string;
  request: AuditRequest;
  pdfPages: number | null;
  /** Why the app refused or failed, when it made no file. */
  failure: string | null;
}

type Call = (method: string, input: unknown) => Promise<unknown>;

function caller(core: DossierCore): Call {
  return async (method, input) => {
    const outcome = await core.registry.call(method, input);
    if (!outcome.ok) throw new Error(`${method}：${outcome.error.message}`);
    return outcome.result;
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every request an officer could make over the demo: a 项目简报 of each folio, a 政策包 of each
 * folio with policies, the 投资机会清单 of everything, of each group and of each chain, each
 * group's 工作周报 (7 days) and 月调度 (2024 on), each trip's 考察行程 and 会议材料.
 */
export async function demoRequests(call: Call, today: string): Promise<AuditRequest[]> {
  const folios = (await call('folios.list', {})) as { id: string }[];
  const details = [];
  for (const f of folios)
    details.push(
      (await call('folios.get', { id: f.id })) as {
        folio: { id: string; chain?: string; policies: unknown[] };
      },
    );
  const groups = (await call('groups.list', {})) as { id: string }[];
  const trips = (await call('trips.list', {})) as { id: string }[];
  const chains = [...new Set(details.map((d) => d.folio.chain ?? '').filter(Boolean))];
  const weekFrom = day(new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000));
  return [
    ...details.map((d) => ({ template: 'projectBrief', folioId: d.folio.id })),
    ...details
      .filter((d) => d.folio.policies.length > 0)
      .map((d) => ({ template: 'policyPackage', folioId: d.folio.id })),
    { template: 'opportunityList' },
    ...groups.map((g) => ({ template: 'opportunityList', groupId: g.id })),
    ...chains.map((chain) => ({ template: 'opportunityList', chain })),
    ...groups.flatMap((g) => [
      { template: 'groupReport', groupId: g.id, period: 'week', from: weekFrom, to: today },
      { template: 'groupReport', groupId: g.id, period: 'month', from: '2024-01-01', to: today },
    ]),
    ...trips.map((t) => ({ template: 'tripAgenda', tripId: t.id })),
    ...trips.map((t) => ({ template: 'meetingPack', tripId: t.id, copies: 1, duplex: false })),
  ];
}

interface Job {
  id: string;
  state: string;
  error?: string | null;
  generations: { id: string; title: string; files: { name: string; pageCount: number | null }[] }[];
}

async function generateOne(core: DossierCore, call: Call, request: AuditRequest) {
  let job = (await call('documents.generate', {
    requests: [request],
    formats: ['pdf', 'docx'],
  })) as Job;
  while (job.state === 'running')
    job = (await call('documents.job', { jobId: job.id, waitMs: 10_000 })) as Job;
  return job;
}

/**
 * Loads the demo into a scratch workspace and generates every request one job at a time (an old
 * commit stopped a batch at its first failure), copying the files to `out` as `<stem>.pdf/.docx`.
 */
export async function generateDemo(out: string, log: (line: string) => void = () => {}) {
  await mkdir(out, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-audit-'));
  const core = await openCore({
    dataDir,
    clock: steppingClock(AUDIT_TODAY),
    ids: sequentialIds('a'),
  });
  const call = caller(core);
  const rows: ManifestRow[] = [];
  try {
    await call('workspace.loadDemo', {});
    const requests = await demoRequests(call, day(new Date(AUDIT_TODAY.getTime() + 8 * 3_600_000)));
    for (const [i, request] of requests.entries()) {
      const stem = String(i).padStart(3, '0');
      const job = await generateOne(core, call, request);
      const generation = job.generations[0];
      const row: ManifestRow = {
        stem,
        template: request.template,
        title: generation?.title ?? '',
        request,
        pdfPages: null,
        failure: job.state === 'done' ? null : (job.error ?? job.state),
      };
      for (const file of generation?.files ?? []) {
        const from = core.generatedFile(generation?.id ?? '', fileKey(file as never));
        if (!from) continue;
        const ext = file.name.endsWith('.pdf') ? 'pdf' : 'docx';
        await copyFile(from.path, join(out, `${stem}.${ext}`));
        if (ext === 'pdf') row.pdfPages = file.pageCount;
      }
      rows.push(row);
      log(`${stem} ${row.title || request.template} ${row.failure ?? `${row.pdfPages} 页`}`);
    }
  } finally {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  await writeFile(join(out, 'manifest.json'), JSON.stringify(rows, null, 2));
  return rows;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node --import tsx tests/office/audit/generate.ts OUT_DIR');
  generateDemo(out, (line) => console.log(line)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
