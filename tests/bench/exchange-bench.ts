// Bench of 卷宗交换: export and apply at 10,000 folios + 1 GiB beside a plain zip of the data folder; demo sizes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../electron/core/app';
import type { BenchRow } from './report';

const PEAK = fileURLToPath(new URL('./exchange-export-peak.ts', import.meta.url));
const APPLY = fileURLToPath(new URL('./exchange-apply-peak.ts', import.meta.url));

interface Run {
  ms: number;
  cpuMs: number;
}

/** Runs a bench script of this folder in a fresh process; its stdout is one JSON object. */
function script<T>(file: string, args: string[]): T {
  const child = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`exchange bench failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

/**
 * A shell command's wall time and its CPU time (user + system of the command, from bash's
 * `times`); null when the tool is not installed.
 */
function timed(command: string, cwd: string): Run | null {
  const t = performance.now();
  const child = spawnSync('bash', ['-c', `${command} && times`], { cwd, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (child.status !== 0) return null;
  const children = child.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  );
  return { ms, cpuMs: seconds.reduce((a, b) => a + b, 0) * 1000 };
}

const ratio = (name: string, a: number, b: number): BenchRow => ({
  name,
  median: a / b,
  unit: '×',
  n: 1,
});

/**
 * The alternative to a bundle: `zip -r` of the whole data folder (deflate, as an officer's
 * right-click 压缩 makes it) and `unzip` into an empty folder — no merge, no checks, no
 * password — beside our export and apply of the same workspace.
 */
function plainZipRows(root: string, exported: Run & { bytes: number }, applied: Run): BenchRow[] {
  const zip = timed('zip -r -q data.zip data', root);
  const unzip = zip && timed('unzip -q data.zip -d unzipped', root);
  if (!zip || !unzip) {
    console.log('zip/unzip not installed: the plain-zip comparison is left out');
    return [];
  }
  return [
    { name: 'exchange: plain zip -r of that data folder', median: zip.ms, unit: 'ms', n: 1 },
    { name: 'exchange: cpu time of that zip', median: zip.cpuMs, unit: 'ms', n: 1 },
    { name: 'exchange: unzip of it into an empty folder', median: unzip.ms, unit: 'ms', n: 1 },
    { name: 'exchange: cpu time of that unzip', median: unzip.cpuMs, unit: 'ms', n: 1 },
    ratio('exchange: export / plain zip, wall time', exported.ms, zip.ms),
    ratio('exchange: export / plain zip, cpu time', exported.cpuMs, zip.cpuMs),
    ratio('exchange: apply / unzip, wall time', applied.ms, unzip.ms),
    ratio('exchange: apply / unzip, cpu time', applied.cpuMs, unzip.cpuMs),
  ];
}

/** The demo workspace as one .dossier: its size, and with a password. */
async function demoSizes(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-demo-bundle-'));
  try {
    let out = '';
    const core = await openCore({
      dataDir: join(root, 'data'),
      exchange: { chooseExportPath: async () => out, stagingRoot: join(root, 'staging') },
    });
    await core.registry.call('workspace.loadDemo', {});
    const rows: BenchRow[] = [];
    for (const password of [undefined, 'bench-password']) {
      out = join(root, `demo-${password ? 'locked' : 'open'}.dossier`);
      const outcome = await core.registry.call('exchange.export', {
        scope: { kind: 'all' },
        password,
      });
      if (!outcome.ok) throw new Error(outcome.error.message);
      const { bytes } = outcome.result as { bytes: number };
      rows.push({
        name: `exchange: demo bundle${password ? ' with password' : ''}`,
        median: bytes / 1024,
        unit: 'KiB',
        n: 1,
      });
    }
    await core.close();
    return rows;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function benchExchange(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-exchange-bench-'));
  try {
    const run = script<Run & { peakMiB: number; bytes: number }>(PEAK, ['in', root]);
    const bundle = join(root, 'all.dossier');
    const applied = script<Run & { peakMiB: number; added: number }>(APPLY, [bundle, root]);
    if (applied.added < 10_000) throw new Error(`the apply took in ${applied.added} records`);
    const rows: BenchRow[] = [
      {
        name: 'exchange: export 10,000 folios + 1 GiB attachments (< 10 s)',
        median: run.ms,
        unit: 'ms',
        n: 1,
      },
      { name: 'exchange: cpu time of that export', median: run.cpuMs, unit: 'ms', n: 1 },
      {
        name: 'exchange: peak rss of that process (< 400)',
        median: run.peakMiB,
        unit: 'MiB',
        n: 1,
      },
      { name: 'exchange: that bundle', median: run.bytes / 2 ** 20, unit: 'MiB', n: 1 },
      {
        name: 'exchange: apply that bundle to an empty workspace (stage, preview, apply)',
        median: applied.ms,
        unit: 'ms',
        n: 1,
      },
      { name: 'exchange: cpu time of that apply', median: applied.cpuMs, unit: 'ms', n: 1 },
      { name: 'exchange: peak rss of that apply', median: applied.peakMiB, unit: 'MiB', n: 1 },
    ];
    const plain = plainZipRows(root, run, applied);
    const zipBytes = plain.length > 0 ? (await stat(join(root, 'data.zip'))).size : 0;
    if (zipBytes > 0) {
      plain.splice(
        1,
        0,
        { name: 'exchange: that zip', median: zipBytes / 2 ** 20, unit: 'MiB', n: 1 },
        ratio('exchange: bundle / plain zip, size', run.bytes, zipBytes),
      );
    }
    return [...rows, ...plain, ...(await demoSizes())];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
