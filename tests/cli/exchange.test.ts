// Checks `npm run exchange`: its arguments, inspecting a zip, importing an export, dry runs write nothing.
import { execFile } from 'node:child_process';
import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseExchangeArgs } from '../../electron/cli/exchange-args';
import type { InputOf, MethodName, ResultOf } from '../../electron/core/api/contract';
import { openCore, type DossierCore } from '../../electron/core/app';
import { HOSTILE } from '../core/exchange/hostile-corpus';
import { snapshotDir } from '../helpers/dir-snapshot';
import { makeTempDir } from '../helpers/temp-dir';
import { buildZip } from '../helpers/zip-builder';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', 'electron/cli/exchange.ts'];

async function exchange(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run exchange', () => {
  it('reads its arguments', () => {
    expect(
      parseExchangeArgs([
        'export',
        '--data-dir',
        'd',
        '--folio',
        'a',
        '--folio',
        'b',
        '--out',
        'o',
      ]),
    ).toMatchObject({
      scope: { kind: 'folios', ids: ['a', 'b'] },
    });
    expect(() =>
      parseExchangeArgs(['export', '--data-dir', 'd', '--all', '--group', 'g', '--out', 'o']),
    ).toThrow('只请给出一种范围');
    expect(() => parseExchangeArgs(['import', 'f', '--data-dir', 'd', '--prefer', 'mine'])).toThrow(
      'ours 或 theirs',
    );
  });

  it('inspect shows any zip with its names decoded', async () => {
    const file = join(await makeTempDir(), 'materials.zip');
    const gbk = Buffer.from('b8bdbcfe2fcceccbaec2e9c0b1ccccd5d0c9cccdc6bde92e747874', 'hex');
    await writeFile(file, buildZip([{ name: gbk, data: 'x' }]));
    const { code, stdout } = await exchange(['inspect', file]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      format: unknown;
      entries: { name: string; encoding: string }[];
    };
    expect(report.format).toBe(null);
    expect(report.entries).toEqual([
      expect.objectContaining({ name: '附件/天水麻辣烫招商推介.txt', encoding: 'gbk' }),
    ]);
  });

  it.each(
    HOSTILE.filter((h) => !h.smallLimits)
      .slice(0, 29)
      .filter((_, i) => i % 4 === 0),
  )('import refuses $name: exit 2, one line on stderr, nothing written', async (hostile) => {
    const root = await makeTempDir();
    const dataDir = join(root, 'data');
    const file = join(root, 'received.dossier');
    await writeFile(file, hostile.bytes());
    const { code, stderr } = await exchange(['import', file, '--data-dir', dataDir]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(hostile.expect);
    const files = Object.keys(await snapshotDir(dataDir));
    expect(files.some((f) => f.startsWith('attachments/'))).toBe(false);
    expect(await readdir(root)).toEqual(expect.arrayContaining(['data', 'received.dossier']));
  });

  it('import takes a demo export into an empty folder, re-import is a no-op, a dry run writes nothing', async () => {
    const root = await makeTempDir();
    const from = join(root, 'a');
    const to = join(root, 'b');
    const dry = join(root, 'c');
    const core = await openCore({ dataDir: from });
    const loaded = await core.registry.call('workspace.loadDemo', {});
    expect(loaded.ok).toBe(true);
    await core.close();
    const file = join(root, 'all.dossier');
    const exported = await exchange(['export', '--data-dir', from, '--all', '--out', file]);
    expect(exported.code).toBe(0);

    const first = await exchange(['import', file, '--data-dir', to]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as Record<string, number | boolean>;
    expect(summary).toMatchObject({ applied: true, updated: 0, deleted: 0, conflicts: 0 });
    expect(summary.added).toBeGreaterThan(10);

    const again = await exchange(['import', file, '--data-dir', to]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ applied: false, added: 0, updated: 0 });
    expect((JSON.parse(again.stdout) as { unchanged: number }).unchanged).toBe(summary.added);

    await (await openCore({ dataDir: dry })).close();
    const before = await snapshotDir(dry);
    const dryRun = await exchange(['import', file, '--data-dir', dry, '--dry-run']);
    expect(dryRun.code).toBe(0);
    expect(JSON.parse(dryRun.stdout)).toMatchObject({ applied: false, added: summary.added });
    expect(await snapshotDir(dry)).toEqual(before);
  });

  it('import with conflicts: exit 1 and nothing written; --prefer ours|theirs settles them, exit 0 (refusals: exit 2 above)', async () => {
    const root = await makeTempDir();
    const a = join(root, 'a');
    const b = join(root, 'b');
    const b2 = join(root, 'b2');
    const first = join(root, 'first.dossier');
    const second = join(root, 'second.dossier');
    let out = first;
    const desk = (dataDir: string) =>
      openCore({ dataDir, exchange: { allowPaths: true, chooseExportPath: async () => out } });
    const call = async <M extends MethodName>(core: DossierCore, m: M, input: InputOf<M>) => {
      const outcome = await core.registry.call(m, input);
      if (!outcome.ok) throw new Error(outcome.error.message);
      return outcome.result as ResultOf<M>;
    };
    const notesOf = async (dataDir: string, id: string) => {
      const core = await desk(dataDir);
      const { folio } = await call(core, 'folios.get', { id });
      await core.close();
      return folio.notes;
    };

    // A sends everything to B; then both edit the same folio's 备注.
    const coreA = await desk(a);
    await call(coreA, 'workspace.loadDemo', {});
    await call(coreA, 'exchange.export', { scope: { kind: 'all' } });
    const coreB = await desk(b);
    const staged = await call(coreB, 'exchange.stage', { path: first });
    await call(coreB, 'exchange.apply', { stagedId: staged.stagedId });
    const [folio] = await call(coreA, 'folios.list', {});
    if (!folio) throw new Error('demo has no folios');
    await call(coreA, 'folios.update', { id: folio.id, rev: folio.rev, notes: '甲方：已签约' });
    const ofB = await call(coreB, 'folios.get', { id: folio.id });
    await call(coreB, 'folios.update', { id: folio.id, rev: ofB.folio.rev, notes: '乙方：待签约' });
    out = second;
    await call(coreA, 'exchange.export', { scope: { kind: 'all' } });
    await coreA.close();
    await coreB.close();
    await cp(b, b2, { recursive: true });

    const before = await snapshotDir(b);
    const waiting = await exchange(['import', second, '--data-dir', b]);
    expect(waiting.code).toBe(1);
    const summary = JSON.parse(waiting.stdout) as { applied: boolean; conflicts: number };
    expect(summary).toMatchObject({ applied: false, conflicts: 1 });
    expect(waiting.stdout).toContain('甲方：已签约');
    expect(await snapshotDir(b)).toEqual(before);

    // Two desks, two choices (run side by side: each CLI start costs seconds on a busy machine).
    const [ours, theirs] = await Promise.all([
      exchange(['import', second, '--data-dir', b, '--prefer', 'ours']),
      exchange(['import', second, '--data-dir', b2, '--prefer', 'theirs']),
    ]);
    expect(ours.code).toBe(0);
    expect(JSON.parse(ours.stdout)).toMatchObject({ applied: true });
    expect(await notesOf(b, folio.id)).toBe('乙方：待签约');
    expect(theirs.code).toBe(0);
    expect(await notesOf(b2, folio.id)).toBe('甲方：已签约');
  });
});
