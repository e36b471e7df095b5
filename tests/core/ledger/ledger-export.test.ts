// Checks ledger export: typed cells, frozen filtered header, hidden id, round trip, a group's 月调度.
import ExcelJS from 'exceljs';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { FolioDetail } from '../../../electron/core/api/views';
import { openCore } from '../../../electron/core/app';
import { sequentialIds, steppingClock } from '../../../electron/core/clock';
import { openTestCore, type TestCore } from '../../helpers/core';
import { makeTempDir } from '../../helpers/temp-dir';

type Caller = Pick<TestCore, 'call'>;

/** A workspace whose today is after every date of the demo (which runs into spring 2024). */
async function openLater(): Promise<Caller> {
  const core = await openCore({
    dataDir: await makeTempDir(),
    clock: steppingClock(new Date('2024-12-31T09:00:00+08:00')),
    ids: sequentialIds('later'),
  });
  onTestFinished(() => core.close());
  return {
    async call(method, input) {
      const outcome = await core.registry.call(method, input);
      if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.result as never;
    },
  };
}

/** What a ledger carries of a folio, by names (ids differ between workspaces). */
async function ledgerView(t: Caller) {
  const list = await t.call('folios.list', {});
  const details: FolioDetail[] = [];
  for (const f of list) details.push(await t.call('folios.get', { id: f.id }));
  return details
    .map(({ folio, group, leader, steward, enterprise }) => ({
      name: folio.name,
      group: group.name,
      stage: folio.stage,
      stageDate: folio.stageDates[folio.stage],
      signed: folio.stageDates.signed,
      started: folio.stageDates.started,
      producing: folio.stageDates.producing,
      chain: folio.chain,
      location: folio.location,
      totalInvestment: folio.totalInvestment,
      fundsInPlace: folio.fundsInPlace,
      leader: leader?.name ?? '',
      steward: steward?.name ?? '',
      enterprise: enterprise?.name ?? '',
      responsibleUnit: folio.responsibleUnit,
    }))
    .sort((a, b) => (a.group + a.name).localeCompare(b.group + b.name));
}

describe('ledger export', () => {
  it('writes numbers as numbers, dates as dates, a frozen filtered header and a hidden id', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const file = await t.call('ledger.export', { kind: 'folios' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet('项目台账');
    expect(ws).toBeDefined();
    if (!ws) return;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('总投资（亿元）');
    const col = (h: string) => headers.indexOf(h) + 1;
    const row = ws.getRow(2);
    expect(typeof row.getCell(col('总投资（万元）')).value).toBe('number');
    expect(ws.getColumn(col('总投资（亿元）')).numFmt).toBe('#,##0.00');
    expect(ws.getColumn(col('卷宗编号')).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const dated = ws.getColumn(col('阶段日期')).values.find((v) => v instanceof Date);
    expect(dated).toBeInstanceOf(Date);
    expect(file.rows).toBe((await t.call('folios.list', {})).length);
  });

  it('round trip: the demo’s folio list imported into an empty workspace gives the same folios', async () => {
    const demo = await openTestCore();
    await demo.call('workspace.loadDemo', {});
    const file = await demo.call('ledger.export', { kind: 'folios' });
    const empty = await openLater();
    const input = { fileName: file.fileName, dataBase64: file.dataBase64 };
    const preview = await empty.call('ledger.preview', input);
    expect(preview.problems).toEqual([]);
    await empty.call('ledger.apply', input);
    expect(await ledgerView(empty)).toEqual(await ledgerView(demo));
    // Back into the demo itself: the hidden id finds every folio, and nothing changes.
    const again = await demo.call('ledger.apply', input);
    expect(again.preview.counts.unchanged).toBe(file.rows);
    expect(again.backupId).toBeNull();
  });

  it('writes a group’s 月调度 table with this period’s progress and open blockers', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const [group] = await t.call('groups.list', {});
    const file = await t.call('ledger.export', {
      kind: 'groupReport',
      filter: { groupId: group?.id ?? '' },
      from: '2024-03-01',
      to: '2024-03-31',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const ws = book.worksheets[0];
    expect(String(ws?.getCell(1, 1).value)).toContain('月调度表');
    expect((ws?.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
      '项目名称',
      '总投资（亿元）',
      '项目阶段',
      '本期进展',
    ]);
    expect(file.rows).toBe(group?.folioCount);
  });
});
