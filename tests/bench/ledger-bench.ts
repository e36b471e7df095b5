/*
 * 台账 at office scale: a 5,000-row ledger previewed and applied into an empty workspace
 * (goal < 3 s), and 10,000 folios exported to .xlsx (goal < 3 s), through the registry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openCore } from '../../electron/core/app';
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import { buildFixture, fixtureChange } from '../helpers/fixtures';
import { median, type BenchRow } from './report';

const ROWS = 5_000;
const STAGES = ['在谈', '已签约', '已开工', '已投产'];

async function ledgerBytes(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('台账');
  ws.addRow([
    '序号',
    '项目名称',
    '所属专班',
    '计划总投资（亿元）',
    '项目阶段',
    '签约时间',
    '包抓领导',
    '最新进展',
  ]);
  for (let i = 0; i < ROWS; i++) {
    const stage = STAGES[i % STAGES.length] ?? '在谈';
    ws.addRow([
      i + 1,
      `天水第${i + 1}号招商项目`,
      `第${(i % 20) + 1}专班`,
      ((i % 97) + 1) / 10,
      stage,
      stage === '在谈' ? null : '2024.3.5',
      `领导${i % 40}`,
      `第${i + 1}号项目完成前期对接`,
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function call(core: Awaited<ReturnType<typeof openCore>>, method: string, input: unknown) {
  const outcome = await core.registry.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result;
}

export async function benchLedger(): Promise<BenchRow[]> {
  const bytes = (await ledgerBytes()).toString('base64');
  const input = { fileName: 'bench.xlsx', dataBase64: bytes, mapping: { sheetDate: '2024-03-31' } };
  const previews: number[] = [];
  const applies: number[] = [];
  for (let run = 0; run < 3; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-ledger-bench-'));
    const core = await openCore({ dataDir: dir });
    try {
      let t = performance.now();
      await call(core, 'ledger.preview', input);
      previews.push(performance.now() - t);
      t = performance.now();
      await call(core, 'ledger.apply', input);
      applies.push(performance.now() - t);
    } finally {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'dossier-ledger-export-'));
  const exports: number[] = [];
  try {
    const seeded = await openStore(dir, { clock: systemClock });
    if (!seeded.ok) throw new Error(seeded.problem.message);
    await seeded.store.commit(fixtureChange(buildFixture(10_000)));
    await seeded.store.close();
    const core = await openCore({ dataDir: dir });
    try {
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        await call(core, 'ledger.export', { kind: 'folios' });
        exports.push(performance.now() - t);
      }
    } finally {
      await core.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return [
    {
      name: `ledger preview ${ROWS.toLocaleString('en')} rows`,
      median: median(previews),
      unit: 'ms',
      n: 3,
    },
    {
      name: `ledger apply ${ROWS.toLocaleString('en')} rows`,
      median: median(applies),
      unit: 'ms',
      n: 3,
    },
    { name: 'ledger export 10,000 folios', median: median(exports), unit: 'ms', n: 3 },
  ];
}
