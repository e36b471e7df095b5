// Bench of 卷宗交换: the demo workspace exported as one .dossier, its size, with and without a password.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../electron/core/app';
import type { BenchRow } from './report';

const PEAK = fileURLToPath(new URL('./exchange-export-peak.ts', import.meta.url));

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
  const child = spawnSync(process.execPath, ['--import', 'tsx', PEAK], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`exchange export bench failed: ${child.stderr}`);
  const run = JSON.parse(child.stdout) as {
    ms: number;
    cpuMs: number;
    peakMiB: number;
    bytes: number;
  };
  return [
    {
      name: 'exchange: export 10,000 folios + 1 GiB attachments (< 10 s)',
      median: run.ms,
      unit: 'ms',
      n: 1,
    },
    { name: 'exchange: cpu time of that export', median: run.cpuMs, unit: 'ms', n: 1 },
    { name: 'exchange: peak rss of that process (< 400)', median: run.peakMiB, unit: 'MiB', n: 1 },
    { name: 'exchange: that bundle', median: run.bytes / 2 ** 20, unit: 'MiB', n: 1 },
    ...(await demoSizes()),
  ];
}
