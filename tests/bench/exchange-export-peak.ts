/*
 * 导出卷宗 of 10,000 folios and 1 GB of attachments, through the registry, in a fresh process.
 * Attachments are made quickly: a unique head and sparse zeros. Prints
 * {"ms": …, "cpuMs": …, "peakMiB": …, "bytes": …}: wall time, the process's CPU time (user +
 * system; steadier than wall time on a shared machine), peak resident memory of the process.
 * Usage: node --import tsx exchange-export-peak.ts [in ROOT]   (it seeds the workspace in a
 * child process; with `in ROOT` it works in ROOT and leaves ROOT/data and ROOT/all.dossier
 * there for the apply bench and the plain-zip comparison)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../electron/core/app';
import { randomIds, systemClock } from '../../electron/core/clock';
import { attachmentPath } from '../../electron/core/store/attachments';
import { openStore } from '../../electron/core/store/open-store';
import { buildFixture, fixtureChange } from '../helpers/fixtures';

const SELF = fileURLToPath(import.meta.url);
const FOLIOS = 10_000;
const FILES = 64;
const FILE_BYTES = 16 * 1024 * 1024;

async function sparseAttachment(dir: string, i: number): Promise<{ sha256: string; size: number }> {
  const temp = join(dir, `sparse-${i}`);
  const handle = await open(temp, 'w');
  await handle.write(Buffer.from(`附件 ${i} `.padEnd(32, '.')), 0);
  await handle.truncate(FILE_BYTES);
  await handle.close();
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(temp)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  const target = attachmentPath(dir, sha256);
  await mkdir(join(target, '..'), { recursive: true });
  await rename(temp, target);
  return { sha256, size: FILE_BYTES };
}

/** The workspace to export, written to `dataDir`; the fixture is let go of before the export. */
async function seed(dataDir: string): Promise<void> {
  const data = buildFixture(FOLIOS);
  await mkdir(dataDir, { recursive: true });
  for (let i = 0; i < FILES; i += 1) {
    const { sha256, size } = await sparseAttachment(dataDir, i);
    const folio = data.folios[i * 7];
    folio?.attachments.push({
      id: `a${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`.slice(0, 36),
      name: `招商材料${i}.bin`,
      sha256,
      size,
      mime: 'application/octet-stream',
      addedAt: new Date().toISOString(),
    });
  }
  const opened = await openStore(dataDir, { clock: systemClock, ids: randomIds });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit(fixtureChange(data));
  await opened.store.close();
}

const [mode, seedDir] = process.argv.slice(2);
if (mode === 'seed' && seedDir) {
  await seed(seedDir);
  process.exit(0);
}

const kept = mode === 'in' && seedDir ? seedDir : null;
const root = kept ?? (await mkdtemp(join(tmpdir(), 'dossier-export-bench-')));
try {
  const dataDir = join(root, 'data');
  // Seeded by another process, so this one's peak memory is opening and exporting only.
  const seeding = spawnSync(process.execPath, ['--import', 'tsx', SELF, 'seed', dataDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (seeding.status !== 0) throw new Error('seeding the export bench failed');

  const out = join(root, 'all.dossier');
  const core = await openCore({
    dataDir,
    exchange: { chooseExportPath: async () => out, stagingRoot: join(root, 'staging') },
  });
  const startMiB = process.memoryUsage().rss / 2 ** 20;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await core.registry.call('exchange.export', { scope: { kind: 'all' } });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if (!outcome.ok) throw new Error(outcome.error.message);
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  await core.close();
  const bytes = (outcome.result as { bytes: number }).bytes;
  process.stdout.write(JSON.stringify({ ms, cpuMs, peakMiB, startMiB, bytes }));
} finally {
  if (!kept) await rm(root, { recursive: true, force: true });
}
