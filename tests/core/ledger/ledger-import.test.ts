// Checks ledger import: merged headers, 亿元, odd dates, stage words, re-import, GBK and BOM CSVs.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';
import { b64, gbk, monthlyLedger } from './ledger-fixtures';

const ROWS = [
  ['天水电工电器产业园扩建', '电工电器产业链专班', 5, 12000, '已开工', '2024.1.15', '厂房主体封顶'],
  [
    '麦积区冷链物流中心',
    '麦积区专班',
    '0.5亿元',
    '3,000万',
    '已签约',
    '2024年2月5日',
    '完成土地摊牌',
  ],
  ['秦州区数字经济产业园', '数字经济产业链专班', '约5个亿', null, '在谈', null, '对接第二轮'],
  ['甘谷县苹果深加工', '甘谷县专班', 2.3, 0, '已签约', new Date(Date.UTC(2024, 2, 1)), null],
  ['武山县文旅综合体', '武山县专班', 8, 0, '洽谈中', '2024/3/2', null],
];

async function ledger() {
  const rows = ROWS.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], '张三', '李四']);
  return monthlyLedger(rows as never);
}

describe('ledger import', () => {
  it('reads a two-row merged header, 亿元 amounts, odd dates and local stage words', async () => {
    const t = await openTestCore();
    const file = { fileName: '3月台账.xlsx', dataBase64: b64(await ledger()) };
    const preview = await t.call('ledger.preview', file);
    expect(preview.headerRow).toBe(2);
    expect(preview.headerRows).toBe(2);
    expect(preview.fields.totalInvestment).toBe('投资情况/计划总投资（亿元）');
    expect(preview.units.totalInvestment).toBe('yi');
    expect(preview.fields.leader).toBe('包抓县级领导');
    expect(preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, problem: 2 });
    expect(preview.problems.map((p) => p.text)).toEqual([
      '第 6 行 总投资：无法识别“约5个亿”',
      '第 8 行 阶段日期：项目尚未到“签约”阶段，不能填写该阶段日期',
    ]);
    expect(preview.newPeople.sort()).toEqual(['张三', '李四'].sort());
    expect(preview.newGroups).toContain('麦积区专班');

    const refused = await t.fail('ledger.apply', file);
    expect(refused.message).toContain('未导入任何内容');
    expect((await t.call('folios.list', {})).length).toBe(0);

    const applied = await t.call('ledger.apply', { ...file, skipProblems: true });
    expect(applied.backupId).not.toBeNull();
    const list = await t.call('folios.list', {});
    expect(list.map((f) => f.name).sort()).toEqual(
      ['天水电工电器产业园扩建', '麦积区冷链物流中心', '甘谷县苹果深加工'].sort(),
    );
    const park = list.find((f) => f.name === '天水电工电器产业园扩建');
    const detail = await t.call('folios.get', { id: park?.id ?? '' });
    expect(detail.folio.totalInvestment).toBe(50_000);
    expect(detail.folio.fundsInPlace).toBe(12_000);
    expect(detail.folio.stage).toBe('started');
    expect(detail.leader?.name).toBe('张三');
    expect(detail.folio.progress.map((p) => p.text)).toEqual(['厂房主体封顶']);
    const cold = list.find((f) => f.name === '麦积区冷链物流中心');
    const coldDetail = await t.call('folios.get', { id: cold?.id ?? '' });
    expect(coldDetail.folio.totalInvestment).toBe(5_000);
    expect(coldDetail.folio.fundsInPlace).toBe(3_000);
    expect(coldDetail.folio.stageDates.signed).toBe('2024-02-05');

    // One undo step takes the whole import back.
    const undone = await t.call('undo.undo', {});
    expect(undone.undone).toContain('导入台账');
    expect((await t.call('folios.list', {})).length).toBe(0);
  });

  it('changes nothing when the same file comes in again, and updates what changed', async () => {
    const t = await openTestCore();
    const file = { fileName: 'a.xlsx', dataBase64: b64(await ledger()), skipProblems: true };
    await t.call('ledger.apply', file);
    const again = await t.call('ledger.apply', file);
    expect(again.backupId).toBeNull();
    expect(again.preview.counts).toEqual({ new: 0, update: 0, unchanged: 3, problem: 2 });
    const rows = ROWS.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], '张三', '李四']);
    rows[0] = [
      ...(rows[0] ?? []).slice(0, 3),
      20000,
      '已投产',
      '2024.1.15',
      '3月8日投产',
      '张三',
      '李四',
    ];
    const next = { fileName: 'b.xlsx', dataBase64: b64(await monthlyLedger(rows as never)) };
    const preview = await t.call('ledger.preview', {
      ...next,
      mapping: { sheetDate: '2024-03-31' },
    });
    const updated = preview.rows.find((r) => r.action === 'update');
    expect(updated?.name).toBe('天水电工电器产业园扩建');
    expect(updated?.changes).toEqual(expect.arrayContaining(['到位资金', '阶段', '日晒进度']));
  });

  it('reads a GBK csv written by Excel in China and a UTF-8 one with a BOM', async () => {
    const t = await openTestCore();
    const text =
      '项目名称,总投资（万元）,项目阶段,所在地\r\n武山县矿泉水项目,"8,000",已签约,武山县\r\n';
    for (const bytes of [
      gbk(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ]) {
      const preview = await t.call('ledger.preview', { fileName: 'x.csv', dataBase64: b64(bytes) });
      expect(preview.rows[0]).toMatchObject({ name: '武山县矿泉水项目', action: 'new' });
      expect(preview.fields.location).toBe('所在地');
    }
  });

  it('keeps a mapping for next month and applies the officer’s stage words', async () => {
    const t = await openTestCore();
    const text = '项目,金额,进度状态\n甲项目,100,谈判中\n';
    const file = { fileName: 'x.csv', dataBase64: b64(Buffer.from(text)) };
    const first = await t.call('ledger.preview', file);
    expect(first.fields.totalInvestment).toBeUndefined();
    expect(first.problems[0]?.text).toContain('无法识别阶段“谈判中”');
    const mapping = {
      columns: { totalInvestment: '金额' },
      stageWords: { 谈判中: 'talks' as const },
    };
    await t.call('ledger.apply', { ...file, mapping, saveMapping: true });
    const next = await t.call('ledger.preview', {
      fileName: 'y.csv',
      dataBase64: b64(Buffer.from('项目,金额,进度状态\n乙项目,200,谈判中\n')),
    });
    expect(next.savedMapping).toBe(true);
    expect(next.counts).toMatchObject({ new: 1, problem: 0 });
  });
});
