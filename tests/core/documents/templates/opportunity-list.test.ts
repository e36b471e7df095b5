// Checks 投资机会清单: one table summing to its 合计, stage and chain charts, dropped folios counted.
import { describe, expect, it } from 'vitest';
import { writeBriefingDocx, writeBriefingPdf } from '../../../../electron/core/documents';
import type { Block, Briefing, TableBlock } from '../../../../electron/core/documents/model';
import { chainChartBlock } from '../../../../electron/core/documents/charts/chart-blocks';
import { cellEms, cellLines } from '../../../../electron/core/documents/words/cell-lines';
import { readDocx } from '../helpers/read-docx';
import { flat, expectNotFound, named, openBriefingCore, renderBoth } from './helpers';

const tableOf = (b: Briefing): TableBlock | undefined =>
  b.blocks.find((x): x is TableBlock => x.kind === 'table');
const charts = (b: Briefing) => b.blocks.filter((x: Block) => x.kind === 'chart');
const wanCell = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));

describe('投资机会清单', () => {
  it('puts a group’s folios in one table whose 合计 is the sum of its rows', async () => {
    const core = await openBriefingCore();
    const store = core.session.store();
    const group = named(store.all('groups'), '集成电路封测产业链专班');
    const folios = [...store.all('folios')].filter((f) => f.groupId === group.id);
    const listed = folios.filter((f) => f.stage !== 'dropped');
    const { briefing, title } = core.compose({ template: 'opportunityList', groupId: group.id });
    expect(title).toBe(`投资机会清单：${group.name}`);

    const table = tableOf(briefing);
    expect(table?.rows).toHaveLength(listed.length);
    const rowSum = (table?.rows ?? []).reduce((s, r) => s + wanCell(r[3]), 0);
    expect(rowSum).toBe(listed.reduce((s, f) => s + f.totalInvestment, 0));
    expect(wanCell(table?.totals?.[3])).toBe(rowSum);

    const { pdfText, docxText } = await renderBoth(briefing);
    for (const text of [pdfText, docxText]) {
      const page = flat(text);
      expect(page).toContain(`合计${listed.length}个项目`);
      expect(page).toContain(table?.totals?.[3]);
      for (const f of listed) expect(page).toContain(flat(f.name));
      expect(page).toContain('图1各阶段项目数及投资额（亿元）');
    }
  });

  it('draws investment by stage, and by chain when the list spans chains, as native Word charts too', async () => {
    const core = await openBriefingCore();
    const one = core.compose({
      template: 'opportunityList',
      chain: '新能源',
    }).briefing;
    expect(charts(one).map((c) => c.title)).toEqual(['图1　各阶段项目数及投资额（亿元）']);

    const all = core.compose({ template: 'opportunityList' }).briefing;
    const [stage, chain] = charts(all);
    expect(stage?.svg).toContain('具备签约条件');
    const chains = new Set([...core.session.store().all('folios')].map((f) => f.chain));
    expect(chain?.data.categories.length).toBeGreaterThan(1);
    for (const c of chain?.data.categories ?? []) expect(chains.has(c)).toBe(true);
    const docx = await readDocx((await writeBriefingDocx(all)).bytes);
    expect(docx.names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
  });

  it('leaves dropped folios out and says how many', async () => {
    const core = await openBriefingCore();
    const group = named(core.session.store().all('groups'), '数字经济产业链专班');
    const { briefing } = core.compose({ template: 'opportunityList', groupId: group.id });
    const dropped = [...core.session.store().all('folios')].filter(
      (f) => f.groupId === group.id && f.stage === 'dropped',
    );
    expect(dropped.length).toBeGreaterThan(0);
    const { pdfText } = await renderBoth(briefing);
    expect(flat(pdfText)).toContain(`不含已终止项目${dropped.length}个`);
    for (const f of dropped) expect(flat(pdfText)).not.toContain(flat(f.name));
  });

  it('gives a valid document for a group with no folios', async () => {
    const core = await openBriefingCore();
    const group = await core.call('groups.create', { kind: 'county', name: '新设县区专班' });
    const { briefing } = core.compose({ template: 'opportunityList', groupId: group.id });
    expect(charts(briefing)).toEqual([]);
    const { pdfText, docxText } = await renderBoth(briefing);
    for (const text of [pdfText, docxText]) {
      expect(flat(text)).toContain('新设县区专班暂无可列入清单的项目。');
    }
  });

  it('fails naming groupId or chain when they name nothing', async () => {
    const core = await openBriefingCore();
    expectNotFound(core, { template: 'opportunityList', groupId: 'gone-group' }, 'groupId');
    expectNotFound(core, { template: 'opportunityList', chain: '不存在的产业链' }, 'chain');
  });

  it('stops the PDF, naming the character, when a chart label cannot be drawn', async () => {
    const block = chainChartBlock(
      {
        totals: { key: 'all', count: 1, totalInvestment: 5000, fundsInPlace: 0 },
        byStage: [],
        byChain: [{ key: '麻辣烫🍜', count: 1, totalInvestment: 5000, fundsInPlace: 0 }],
      },
      '图1　各产业链投资',
    );
    const result = await writeBriefingPdf(
      { title: { title: '图表测试' }, blocks: [block] },
      { fonts: { discover: false } },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missingGlyphs).toContain('🍜');
  });

  it('sets a four-character county, the bold 合计 and a mobile number each on one line', async () => {
    const core = await openBriefingCore();
    const { briefing } = core.compose({ template: 'opportunityList' });
    const table = tableOf(briefing);
    const width = (name: string) => table?.columns.find((c) => c.title === name)?.width ?? 0;
    const oneLine = (text: string, column: string, plain = true) =>
      cellLines(text, cellEms(width(column)), undefined, plain);
    // 张家川|县 at a tenth of the block.
    for (const county of ['张家川县', '清水县', '秦州区'])
      expect(oneLine(county, '所在地')).toEqual([county]);
    expect(oneLine('张家川县工业园区', '所在地')).toEqual(['张家川县', '工业园区']);
    expect(oneLine('3,407,000', '总投资', false)).toEqual(['3,407,000']);
    expect(oneLine('13809311234', '联系人')).toEqual(['13809311234']);
  });
});
